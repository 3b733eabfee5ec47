package detect

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
	"github.com/paritydoc/parity/lang"
)

// The six UN languages, as the UDHR files of the shared corpus name them.
var udhrFiles = []struct{ code, file string }{
	{"ar", "udhr/txt/udhr_arb.txt"},
	{"en", "udhr/txt/udhr_eng.txt"},
	{"es", "udhr/txt/udhr_spa.txt"},
	{"fr", "udhr/txt/udhr_fra.txt"},
	{"ru", "udhr/txt/udhr_rus.txt"},
	{"zh", "udhr/txt/udhr_cmn_hans.txt"},
}

var unLanguages = []string{"ar", "en", "es", "fr", "ru", "zh"}

// readUDHR returns the paragraphs (non-empty lines) of a UDHR text file,
// after the header that ends with a line "---".
func readUDHR(t testing.TB, rel string) []string {
	t.Helper()
	f, err := os.Open(testcorpus.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	body := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !body {
			body = line == "---"
			continue
		}
		if line != "" {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 80 {
		t.Fatalf("%s: only %d paragraphs read", rel, len(out))
	}
	return out
}

// The detector for the six UN languages is built once for all tests, as
// it is once per run.
var (
	unOnce     sync.Once
	unDetector *Detector
	unErr      error
)

func unDet(t testing.TB) *Detector {
	t.Helper()
	unOnce.Do(func() { unDetector, unErr = NewWithOptions(unLanguages, Options{}) })
	if unErr != nil {
		t.Fatal(unErr)
	}
	return unDetector
}

func TestUDHRDocumentsAndParagraphs(t *testing.T) {
	d := unDet(t)
	for _, f := range udhrFiles {
		t.Run(f.code, func(t *testing.T) {
			paras := readUDHR(t, f.file)
			got, conf := d.Document(paras)
			if got != f.code {
				t.Errorf("document language = %q (%.2f), want %q", got, conf, f.code)
			}
			long, right := 0, 0
			for _, p := range paras {
				if lang.WordLetters(p) <= 40 {
					continue
				}
				long++
				if l, _ := d.Detect(p); l == f.code {
					right++
				} else {
					t.Logf("paragraph taken as %q: %.80s", l, p)
				}
			}
			share := float64(right) / float64(long)
			t.Logf("%s: %d/%d paragraphs over 40 letters right (%.1f %%)", f.code, right, long, 100*share)
			if long < 40 || share < 0.95 {
				t.Errorf("%d/%d paragraphs over 40 letters identified, want at least 95 %%", right, long)
			}
		})
	}
}

// An English paragraph left untranslated in the French version is caught
// block by block, and does not change the document's language.
func TestUntranslatedParagraphInFrench(t *testing.T) {
	d := unDet(t)
	fr := readUDHR(t, "udhr/txt/udhr_fra.txt")
	en := readUDHR(t, "udhr/txt/udhr_eng.txt")
	// Article 3 in English, put where the French Article 3 stands.
	var enArt3 string
	for i, p := range en {
		if p == "Article 3" {
			enArt3 = en[i+1]
		}
	}
	if enArt3 == "" {
		t.Fatal("English Article 3 not found")
	}
	mixed := append([]string(nil), fr...)
	pos := -1
	for i, p := range mixed {
		if p == "Article 3" {
			pos = i + 1
		}
	}
	if pos < 0 {
		t.Fatal("French Article 3 not found")
	}
	mixed[pos] = enArt3
	if l, c := d.Detect(mixed[pos]); l != "en" || c < DefaultThreshold {
		t.Errorf("untranslated paragraph %q: got (%q, %.2f), want en", enArt3, l, c)
	}
	if l, _ := d.Document(mixed); l != "fr" {
		t.Errorf("document with one English paragraph: got %q, want fr", l)
	}
	// Every other long paragraph is still French: the English one is the
	// only block a lang/untranslated rule would report.
	for i, p := range mixed {
		if i == pos || lang.WordLetters(p) <= 40 {
			continue
		}
		if l, _ := d.Detect(p); l == "en" {
			t.Errorf("French paragraph %d taken as English: %.80s", i, p)
		}
	}
}

func TestBlocks(t *testing.T) {
	d := unDet(t)
	tests := []struct {
		text, want string
	}{
		// Neutral text is und, whatever the script.
		{"a)", lang.Und},
		{"(iv)", lang.Und},
		{"а)", lang.Und},
		{"أ)", lang.Und},
		{"（一）", lang.Und},
		{"一、", lang.Und},
		{"WSIS+20", lang.Und},
		{"A/78/L.49", lang.Und},
		{"70/125", lang.Und},
		{"2030", lang.Und},
		{"25 %", lang.Und},
		{"ITU-T, CWG-WSIS&SDG", lang.Und},
		{"https://www.itu.int/", lang.Und},
		// Too short for Latin-script candidates to be told apart.
		{"Annex", lang.Und},
		{"Article 5", lang.Und},
		// The script decides, even on short text.
		{"考虑到", "zh"},
		{"第二十五条", "zh"},
		{"إذ يأخذ في اعتباره", "ar"},
		{"учитывая", "ru"},
		// lingua-go decides among the Latin-script candidates.
		{"considering that the outcomes of both phases of the World Summit", "en"},
		{"considérant que les résultats des deux phases du Sommet mondial", "fr"},
		{"considerando que los resultados de las dos fases de la Cumbre Mundial", "es"},
		{"instructs the Director of the Telecommunication Standardization Bureau", "en"},
		{"charge le Directeur du Bureau de la normalisation des télécommunications", "fr"},
		{"encarga al Director de la Oficina de Normalización de las Telecomunicaciones", "es"},
	}
	for _, tt := range tests {
		got, conf := d.Detect(tt.text)
		if got != tt.want {
			t.Errorf("Detect(%q) = (%q, %.2f), want %q", tt.text, got, conf, tt.want)
			continue
		}
		if got == lang.Und && conf != 0 {
			t.Errorf("Detect(%q): und with confidence %v, want 0", tt.text, conf)
		}
		if got != lang.Und && (conf < DefaultThreshold || conf > 1) {
			t.Errorf("Detect(%q): confidence %v out of [%v, 1]", tt.text, conf, DefaultThreshold)
		}
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		cands   []string
		wantErr string // "" for success
	}{
		{[]string{"en", "fr", "es"}, ""},
		{[]string{"EN", "fr-CA", "zh-Hans", "und", ""}, ""},
		{[]string{"en"}, ""},
		{nil, ""},
		{[]string{"en", "xx"}, `"xx"`},
		{[]string{"klingon"}, `"klingon"`},
		{[]string{"fr", "qq-QQ"}, `"qq-QQ"`},
	}
	for _, tt := range tests {
		_, err := New(tt.cands)
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("New(%q): %v", tt.cands, err)
		case tt.wantErr != "" && err == nil:
			t.Errorf("New(%q): no error, want one naming %s", tt.cands, tt.wantErr)
		case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
			t.Errorf("New(%q): error %q does not name %s", tt.cands, err, tt.wantErr)
		}
	}
}

func TestCandidatesNormalized(t *testing.T) {
	d, err := NewWithOptions([]string{"fr-CA", "EN", "en", "zh-Hans", "und"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(d.Candidates(), ",")
	if got != "en,fr,zh" {
		t.Errorf("Candidates() = %s, want en,fr,zh", got)
	}
}

// With one Latin-script candidate, Latin text of enough letters is that
// candidate and no lingua-go model is needed; with none, it is und.
func TestSingleAndNoLatinCandidate(t *testing.T) {
	en := "considering that the outcomes of both phases of the World Summit"
	one, err := NewWithOptions([]string{"en", "zh"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := one.Detect(en); l != "en" {
		t.Errorf("one Latin candidate: got %q, want en", l)
	}
	if g := one.groups["Latin"]; g == nil || g.lingua != nil {
		t.Errorf("one Latin candidate: a lingua-go detector was built")
	}
	none, err := NewWithOptions([]string{"zh", "ar"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l, _ := none.Detect(en); l != lang.Und {
		t.Errorf("no Latin candidate: got %q, want und", l)
	}
	if l, _ := none.Detect("учитывая, что резолюция"); l != "ru" {
		t.Errorf("Cyrillic without candidate: got %q, want ru from the script", l)
	}
}

// With the CLI's default Latin-script candidates (en, fr, es, de, pt, it)
// the English, French and Spanish UDHR are still told apart from the
// languages closest to them.
func TestUDHRWithDefaultLatinCandidates(t *testing.T) {
	d, err := NewWithOptions([]string{"en", "fr", "es", "de", "pt", "it"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range udhrFiles {
		if f.code != "en" && f.code != "fr" && f.code != "es" {
			continue
		}
		paras := readUDHR(t, f.file)
		if got, _ := d.Document(paras); got != f.code {
			t.Errorf("%s: document language = %q", f.code, got)
		}
		long, right := 0, 0
		for _, p := range paras {
			if lang.WordLetters(p) <= 40 {
				continue
			}
			long++
			if l, _ := d.Detect(p); l == f.code {
				right++
			}
		}
		if float64(right) < 0.95*float64(long) {
			t.Errorf("%s: %d/%d paragraphs over 40 letters identified, want at least 95 %%", f.code, right, long)
		}
	}
}

// Several candidates in one non-Latin script: lingua-go decides among them.
func TestSharedCyrillicScript(t *testing.T) {
	d, err := NewWithOptions([]string{"ru", "uk", "en"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Усі люди народжуються вільними і рівними у своїй гідності та правах", "uk"},
		{"Все люди рождаются свободными и равными в своем достоинстве и правах", "ru"},
	}
	for _, tt := range tests {
		if got, _ := d.Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if g := d.groups["Cyrillic"]; g == nil || g.lingua == nil {
		t.Errorf("no lingua-go detector for the two Cyrillic candidates")
	}
}

// Only lang/detect (and the command line) may import lingua-go: its
// models are about 120 MB. The library packages must not depend on it.
func TestLinguaStaysInDetect(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-e", "-deps", "-f", "{{.ImportPath}}",
		"github.com/paritydoc/parity/lang",
		"github.com/paritydoc/parity/corpus/...",
		"github.com/paritydoc/parity/align/...",
		"github.com/paritydoc/parity/rules/...",
		"github.com/paritydoc/parity/report/...")
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("go list failed: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if strings.Contains(p, "lingua-go") || strings.HasSuffix(p, "/lang/detect") {
			t.Errorf("a library package depends on %s; only cmd may import lang/detect", p)
		}
	}
}

// FuzzDetect: any text, valid UTF-8 or not, gives a candidate or und with
// a confidence in [0,1] (0 exactly for und), and never panics.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"a)", "considering that the outcomes", "考虑到", "أ) قرار", "учитывая, что", "WSIS+20", "\xff\xfe\x00", "ひらがなと漢字", "Ⅻ ⅻ ㈠ ①"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := unDet(t)
		l, c := d.Detect(s)
		if c < 0 || c > 1 || (l == lang.Und) != (c == 0) {
			t.Fatalf("Detect(%q) = (%q, %v)", s, l, c)
		}
		if l == "" {
			t.Fatalf("Detect(%q): empty code", s)
		}
	})
}
