package lang

import (
	"testing"
	"unicode/utf8"
)

func TestScript(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"", ""},
		{"1. 2030, 25 % – 70/125", ""},
		{"considering that", "Latin"},
		{"Considérant également", "Latin"},
		{"考虑到", "Han"},
		{"a)\t信息社会世界高峰会议（WSIS）两个阶段会议的相关成果；", "Han"},
		{"إذ يأخذ في الاعتبار", "Arabic"},
		{"أ) قرار الجمعية العامة 70/125", "Arabic"},
		{"учитывая, что", "Cyrillic"},
		{"б) резолюцию 75 (Хаммамет, 2016 г.)", "Cyrillic"},
		{"ひらがな", "Kana"},
		{"カタカナ", "Kana"},
		{"한국어", "Hangul"},
		{"Ελληνικά", "Greek"},
		{"עברית", "Hebrew"},
		{"हिन्दी", "Devanagari"},
		{"ภาษาไทย", "Thai"},
		// The dominant script wins: an acronym does not make Chinese Latin.
		{"UNGA第70/125号决议中有关成果文件", "Han"},
		// Chinese-first tie-break is deterministic: Latin is listed first.
		{"ab决议", "Latin"},
	}
	for _, tt := range tests {
		if got := Script(tt.text); got != tt.want {
			t.Errorf("Script(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestScriptNamesAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range ScriptNames() {
		if seen[n] {
			t.Errorf("ScriptNames lists %q twice", n)
		}
		seen[n] = true
		if n == "Latin" {
			if ScriptLanguage(n) != "" {
				t.Errorf("ScriptLanguage(Latin) = %q, want \"\": the script cannot tell", ScriptLanguage(n))
			}
		} else if ScriptLanguage(n) == "" {
			t.Errorf("ScriptLanguage(%q) is empty", n)
		}
	}
}

func TestNeutral(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		// Markers alone, in every system.
		{"a)", true},
		{"(iv)", true},
		{"а)", true},
		{"أ)", true},
		{"一、", true},
		{"（一）", true},
		{"㈠", true},
		{"①", true},
		{"ef)", true},
		{"iiiii)", true},
		{"viiiix)", true},
		{"3.2.1", true},
		{"1.", true},
		// Numbers, dates, percentages, punctuation.
		{"2030", true},
		{"25 %", true},
		{"1 000 000", true},
		{"26.11.2026", true},
		{"2026-11-26", true},
		{"…", true},
		{"", true},
		{"   \t ", true},
		{"« » — ;", true},
		{"١٢٣", true},
		{"2024年", true},
		// Document symbols and acronyms.
		{"A/78/L.49", true},
		{"70/125", true},
		{"ATU/35A18/1", true},
		{"WSIS+20", true},
		{"ITU-T", true},
		{"CWG-WSIS&SDG", true},
		{"UNGA", true},
		{"(WSIS)", true},
		{"ITU-T, ITU-R, ITU-D", true},
		{"MOD ATU/35A18/1", true},
		// URLs and e-mail addresses.
		{"https://www.itu.int/en/ITU-T/Pages/default.aspx", true},
		{"www.itu.int", true},
		{"tsbdir@itu.int", true},
		{"<tsbdir@itu.int>", true},
		// Very short words: below NeutralMinLetters.
		{"of", true},
		{"a) la", true},
		{"UNGA 70/1 et", true},
		{"決", true},
		// Real words.
		{"considering", false},
		{"the end", false},
		{"resolves", false},
		{"Article 5", false},
		{"Préambule", false},
		{"учитывая", false},
		{"إذ يعترف", false},
		{"决议", false},
		{"第二十五条", false},
		{"第75号决议", false},
		{"RESOLUTION 75", false},
		{"a) the outcomes of both phases of WSIS", false},
		{"See https://www.itu.int for the text", false},
		{"WSIS+20 review", false},
	}
	for _, tt := range tests {
		if got := Neutral(tt.text); got != tt.want {
			t.Errorf("Neutral(%q) = %v, want %v (word letters %d)", tt.text, got, tt.want, WordLetters(tt.text))
		}
	}
}

func TestWordLetters(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"a) the end", 6},
		{"WSIS+20 review", 6},
		{"决议", 4},
		{"UNGA第70/125号决议", 8}, // 第 号 决 议: four ideographs; UNGA is an acronym
		{"tsbdir@itu.int wrote", 5},
		{"(iv) ratio", 5},
	}
	for _, tt := range tests {
		if got := WordLetters(tt.text); got != tt.want {
			t.Errorf("WordLetters(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestScriptDetector(t *testing.T) {
	tests := []struct {
		name string
		d    ScriptDetector
		text string
		want string
	}{
		{"han", ScriptDetector{}, "世界电信标准化全会", "zh"},
		{"japanese with kana", ScriptDetector{}, "世界電気通信標準化総会は、次のことを考慮する", "ja"},
		{"kana only", ScriptDetector{}, "ひらがなとカタカナ", "ja"},
		{"hangul", ScriptDetector{}, "세계전기통신표준화총회", "ko"},
		{"arabic", ScriptDetector{}, "إن الجمعية العالمية لتقييس الاتصالات", "ar"},
		{"cyrillic default", ScriptDetector{}, "Всемирная ассамблея по стандартизации электросвязи", "ru"},
		{"cyrillic configured", ScriptDetector{Languages: map[string]string{"Cyrillic": "uk"}}, "Всесвітня асамблея зі стандартизації", "uk"},
		{"cyrillic undecided", ScriptDetector{Languages: map[string]string{"Cyrillic": Und}}, "Всемирная ассамблея", Und},
		{"greek", ScriptDetector{}, "Παγκόσμια Συνέλευση", "el"},
		{"hebrew", ScriptDetector{}, "האסיפה העולמית", "he"},
		{"latin cannot tell", ScriptDetector{}, "The World Telecommunication Standardization Assembly", Und},
		{"neutral", ScriptDetector{}, "WSIS+20", Und},
		{"neutral chinese marker", ScriptDetector{}, "（一）", Und},
		{"other script", ScriptDetector{}, "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾ", Und},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := tt.d.Detect(tt.text)
			if got != tt.want {
				t.Fatalf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if got == Und && conf != 0 {
				t.Errorf("Detect(%q) confidence = %v, want 0 for und", tt.text, conf)
			}
			if got != Und && (conf <= 0.5 || conf > 1) {
				t.Errorf("Detect(%q) confidence = %v, want in (0.5, 1]", tt.text, conf)
			}
		})
	}
	// An English acronym inside Chinese text lowers the confidence a little
	// but does not change the answer.
	l, c := ScriptDetector{}.Detect("UNGA第70/125号决议中有关成果文件")
	if l != "zh" || c >= 1 || c < 0.6 {
		t.Errorf("mixed Chinese text: got (%q, %v), want zh with confidence in [0.6, 1)", l, c)
	}
}

var _ Detector = ScriptDetector{}

func FuzzNeutral(f *testing.F) {
	for _, s := range []string{"a)", "（一）", "WSIS+20", "A/78/L.49", "considering", "决议", "tsbdir@itu.int", "ef)", "\xff\xfe", "أ) قرار"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := WordLetters(s)
		if n < 0 || n > 2*utf8.RuneCountInString(s) {
			t.Fatalf("WordLetters(%q) = %d out of range", s, n)
		}
		if Neutral(s) != (n < NeutralMinLetters) {
			t.Fatalf("Neutral(%q) disagrees with WordLetters = %d", s, n)
		}
		l, c := ScriptDetector{}.Detect(s)
		if c < 0 || c > 1 || (l == Und) != (c == 0) {
			t.Fatalf("Detect(%q) = (%q, %v)", s, l, c)
		}
		_ = Script(s)
	})
}

// fakeDetector answers from a fixed table, so DocumentLanguage is tested
// without any model.
type fakeDetector map[string]string

func (f fakeDetector) Detect(text string) (string, float64) {
	if l, ok := f[text]; ok {
		return l, 0.9
	}
	return Und, 0
}

func TestDocumentLanguage(t *testing.T) {
	fr1 := "Considérant que la reconnaissance de la dignité inhérente à tous"
	fr2 := "Considérant qu'il est essentiel d'encourager le développement"
	en := "Whereas it is essential to promote the development of friendly relations"
	d := fakeDetector{fr1: "fr", fr2: "fr", en: "en", "a)": Und}
	tests := []struct {
		name  string
		texts []string
		want  string
	}{
		{"majority", []string{fr1, "a)", en, fr2}, "fr"},
		{"one untranslated block does not win", []string{fr1, en, fr2, fr1}, "fr"},
		{"nothing decided", []string{"a)", "1."}, Und},
		{"empty", nil, Und},
	}
	for _, tt := range tests {
		got, conf := DocumentLanguage(d, tt.texts)
		if got != tt.want {
			t.Errorf("%s: DocumentLanguage = %q, want %q", tt.name, got, tt.want)
		}
		if (got == Und) != (conf == 0) || conf > 1 {
			t.Errorf("%s: confidence %v for %q", tt.name, conf, got)
		}
	}
	// Order does not matter; ties go to the first code in sort order.
	a, _ := DocumentLanguage(fakeDetector{"xxxx": "fr", "yyyy": "en"}, []string{"xxxx", "yyyy"})
	b, _ := DocumentLanguage(fakeDetector{"xxxx": "fr", "yyyy": "en"}, []string{"yyyy", "xxxx"})
	if a != "en" || b != "en" {
		t.Errorf("tie: got %q and %q, want en both times", a, b)
	}
}
