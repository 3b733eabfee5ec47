package align

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// The accuracy evaluation reads the real documents of the shared corpus
// and scores the alignment against gold derived from their structure. It
// is slow-ish and prints a table, so it runs only with -eval:
//
//	go test ./align -run TestEval -eval -v
var evalFlag = flag.Bool("eval", false, "run the alignment accuracy evaluation on the shared corpus")

// score is the outcome of one evaluated pair.
type score struct {
	set, pair         string
	linked, correct   int // blocks with at least one link; those whose links are all right
	expected, covered int // blocks with a gold counterpart; those linked to one
}

func (s score) precision() float64 { return ratio(s.correct, s.linked) }
func (s score) recall() float64    { return ratio(s.covered, s.expected) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// evaluate scores the alignment of two documents against gold ids, one
// per block ("" for blocks outside the gold, which are ignored). Blocks
// with the same id in the two versions belong together.
//
// Scoring is per block, on both sides: a block that the alignment links
// to blocks of the other version is correct when all of them carry its
// gold id (precision); a block whose gold id occurs in the other version
// is covered when it is linked to at least one of them (recall).
func evaluate(set, pair string, al *Alignment, gold [2][]string) score {
	s := score{set: set, pair: pair}
	if os.Getenv("PARITY_EVAL_DEBUG") == pair {
		for _, r := range al.Rows {
			ga, gb := []string{}, []string{}
			for _, a := range r.Cells[0] {
				ga = append(ga, gold[0][a])
			}
			for _, b := range r.Cells[1] {
				gb = append(gb, gold[1][b])
			}
			fmt.Printf("%v %v | %v %v | %.2f %s\n", r.Cells[0], ga, r.Cells[1], gb, r.Confidence, r.Reason)
		}
	}
	links := [2]map[int][]int{{}, {}}
	for _, r := range al.Rows {
		for _, a := range r.Cells[0] {
			for _, b := range r.Cells[1] {
				links[0][a] = append(links[0][a], b)
				links[1][b] = append(links[1][b], a)
			}
		}
	}
	for side := 0; side < 2; side++ {
		other := map[string]bool{}
		for _, g := range gold[1-side] {
			if g != "" {
				other[g] = true
			}
		}
		for x, g := range gold[side] {
			if g == "" {
				continue
			}
			ls := links[side][x]
			if len(ls) > 0 {
				s.linked++
				ok, hit := true, false
				for _, y := range ls {
					if y < len(gold[1-side]) && gold[1-side][y] == g {
						hit = true
					} else {
						ok = false
					}
				}
				if ok {
					s.correct++
				}
				if hit && other[g] {
					s.covered++
				}
			}
			if other[g] {
				s.expected++
			}
		}
	}
	return s
}

// evalReport collects the scores of a run and prints them as a table.
type evalReport struct {
	scores []score
}

func (r *evalReport) add(t *testing.T, s score, target float64) {
	t.Helper()
	r.scores = append(r.scores, s)
	if s.f1() < target {
		t.Errorf("%s %s: F1 %.3f below the target %.2f (P %.3f R %.3f)", s.set, s.pair, s.f1(), target, s.precision(), s.recall())
	}
}

func (r *evalReport) print(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("\n| set | pair | P | R | F1 |\n|---|---|---|---|---|\n")
	for _, s := range r.scores {
		fmt.Fprintf(&sb, "| %s | %s | %.3f | %.3f | %.3f |\n", s.set, s.pair, s.precision(), s.recall(), s.f1())
	}
	// Per-set summary: micro-averaged over pairs, and the worst pair.
	type agg struct {
		s     score
		worst float64
		n     int
	}
	sets := map[string]*agg{}
	var names []string
	for _, s := range r.scores {
		a, ok := sets[s.set]
		if !ok {
			a = &agg{worst: 2}
			sets[s.set] = a
			names = append(names, s.set)
		}
		a.s.linked += s.linked
		a.s.correct += s.correct
		a.s.expected += s.expected
		a.s.covered += s.covered
		a.n++
		if f := s.f1(); f < a.worst {
			a.worst = f
		}
	}
	sb.WriteString("\n| set | pairs | P | R | F1 | worst pair F1 |\n|---|---|---|---|---|---|\n")
	for _, n := range names {
		a := sets[n]
		fmt.Fprintf(&sb, "| %s | %d | %.3f | %.3f | %.3f | %.3f |\n", n, a.n, a.s.precision(), a.s.recall(), a.s.f1(), a.worst)
	}
	t.Log(sb.String())
	if out := os.Getenv("PARITY_EVAL_OUT"); out != "" {
		if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
}

func readDoc(t *testing.T, path, id, lg string) *corpus.Document {
	t.Helper()
	d, err := corpus.ReadFile(path, corpus.Options{Lang: lg})
	if err != nil {
		t.Fatal(err)
	}
	d.ID = id
	d.Lang = lg
	return d
}

// lineGold maps gold ids given per source line to blocks (the id of the
// line a block starts on).
func lineGold(d *corpus.Document, perLine map[int]string) []string {
	g := make([]string, len(d.Blocks))
	for i, b := range d.Blocks {
		g[i] = perLine[b.Line]
	}
	return g
}

func alignPair(t *testing.T, a, b *corpus.Document) *Alignment {
	t.Helper()
	al, err := Align(&corpus.Set{Versions: []*corpus.Document{a, b}}, Options{Pivot: a.ID})
	if err != nil {
		t.Fatal(err)
	}
	return al
}

func TestEval(t *testing.T) {
	if !*evalFlag {
		t.Skip("the accuracy evaluation runs with -eval")
	}
	rep := &evalReport{}
	defer rep.print(t)
	t.Run("tw-laws", func(t *testing.T) { evalTaiwan(t, rep) })
	t.Run("udhr-txt", func(t *testing.T) { evalUDHRText(t, rep, false) })
	t.Run("udhr-txt-stripped", func(t *testing.T) { evalUDHRText(t, rep, true) })
	t.Run("udhr-xml", func(t *testing.T) { evalUDHRXML(t, rep) })
	t.Run("udhr-xml-six-way", func(t *testing.T) { evalUDHRSixWay(t, rep) })
	t.Run("eu-2017-2403", func(t *testing.T) { evalEU(t, rep) })
	t.Run("ca-laws", func(t *testing.T) { evalCanada(t, rep, false) })
	t.Run("ca-laws-ids-hidden", func(t *testing.T) { evalCanada(t, rep, true) })
	t.Run("cc-legalcode", func(t *testing.T) { evalCC(t, rep, false) })
	t.Run("cc-legalcode-ids-hidden", func(t *testing.T) { evalCC(t, rep, true) })
	t.Run("cc-legalcode-six-way", func(t *testing.T) { evalCCSixWay(t, rep) })
}

func evalTaiwan(t *testing.T, rep *evalReport) {
	dir := testcorpus.Path(t, "tw-laws")
	for _, code := range []string{"A0030055", "K0060111", "N0030001"} {
		var docs [2]*corpus.Document
		var gold [2][]string
		for k, lg := range []string{"zh", "en"} {
			docs[k] = readDoc(t, filepath.Join(dir, code+"."+lg+".txt"), lg, lg)
			perLine := map[int]string{}
			f, err := os.Open(filepath.Join(dir, code+"."+lg+".gold"))
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(f)
			for n := 1; sc.Scan(); n++ {
				perLine[n] = strings.TrimSpace(sc.Text())
			}
			f.Close()
			gold[k] = lineGold(docs[k], perLine)
		}
		al := alignPair(t, docs[0], docs[1])
		rep.add(t, evaluate("tw-laws", code+" zh-en", al, gold), 0.98)
	}
}

// udhrLangs are the six UN languages of the UDHR files.
var udhrLangs = []struct{ file, id string }{
	{"arb", "ar"}, {"cmn_hans", "zh"}, {"eng", "en"}, {"fra", "fr"}, {"rus", "ru"}, {"spa", "es"},
}

// udhrArticle recognises the article headings of the UDHR text files in
// the six languages (gold derivation only; the aligner does not see it).
var udhrArticle = regexp.MustCompile(`^(?:Article (\d+|premier)|Artículo (\d+)|Статья (\d+)|المادة (\d+)|第(.+)条)$`)

var udhrPreamble = map[string]bool{"Preamble": true, "Préambule": true, "Preámbulo": true, "ПРЕАМБУЛА": true, "Преамбула": true, "الديباجة": true, "序言": true}

// udhrTextGold derives per-line gold ids for a UDHR text file: header
// lines by position, the preamble as one unit, article headings by
// number, and article lines by position within the article where the
// other version has as many (else the whole article is one unit).
func udhrTextGold(t *testing.T, path string) map[int]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	g := map[int]string{}
	state := "header"
	hdr, article, k, intro := 0, 0, 0, 0
	for i, raw := range lines {
		n := i + 1
		s := strings.TrimSpace(raw)
		if s == "" {
			continue
		}
		switch {
		case state == "header":
			hdr++
			g[n] = "hdr" + strconv.Itoa(hdr)
			if s == "---" {
				state = "title"
			}
		case udhrPreamble[s]:
			state = "preamble"
			g[n] = "preamble-heading"
		case udhrArticle.MatchString(s):
			state = "article"
			article++
			k = 0
			g[n] = "A" + strconv.Itoa(article)
		case state == "title":
			// The title, then in some versions a line or two of
			// introduction ("Adopted and proclaimed by resolution 217 A
			// (III)"), by position.
			if hdr >= 0 {
				g[n] = "title"
				hdr = -1
			} else {
				intro++
				g[n] = "intro" + strconv.Itoa(intro)
			}
		case state == "preamble":
			g[n] = "P"
		case state == "article":
			k++
			g[n] = fmt.Sprintf("A%d.%d", article, k)
		}
	}
	return g
}

// starArticles rewrites the per-position ids of articles whose number of
// lines differ between the two versions into one id for the article.
func starArticles(a, b []string) {
	count := func(g []string) map[string]int {
		c := map[string]int{}
		for _, id := range g {
			if i := strings.IndexByte(id, '.'); i > 0 && id[0] == 'A' {
				c[id[:i]]++
			}
		}
		return c
	}
	ca, cb := count(a), count(b)
	for _, g := range [][]string{a, b} {
		for x, id := range g {
			if i := strings.IndexByte(id, '.'); i > 0 && id[0] == 'A' && ca[id[:i]] != cb[id[:i]] {
				g[x] = id[:i] + ".*"
			}
		}
	}
}

// stripStructure removes every marker and every structural hint from a
// document: the aligner sees text only.
func stripStructure(d *corpus.Document) {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		b.Marker = nil
		b.Kind = corpus.KindParagraph
		b.Level = 0
		b.Section = ""
		b.SetAnchor("")
	}
}

func evalUDHRText(t *testing.T, rep *evalReport, strip bool) {
	dir := testcorpus.Path(t, "udhr/txt")
	docs := map[string]*corpus.Document{}
	golds := map[string][]string{}
	for _, l := range udhrLangs {
		p := filepath.Join(dir, "udhr_"+l.file+".txt")
		d := readDoc(t, p, l.id, l.id)
		if strip {
			stripStructure(d)
		}
		docs[l.id] = d
		golds[l.id] = lineGold(d, udhrTextGold(t, p))
	}
	name := "udhr-txt"
	if strip {
		name = "udhr-txt-stripped"
	}
	target := 0.98
	if strip {
		target = 0.95
	}
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for x := 0; x < len(ids); x++ {
		for y := x + 1; y < len(ids); y++ {
			a, b := docs[ids[x]], docs[ids[y]]
			ga := append([]string(nil), golds[ids[x]]...)
			gb := append([]string(nil), golds[ids[y]]...)
			starArticles(ga, gb)
			rep.add(t, evaluate(name, ids[x]+"-"+ids[y], alignPair(t, a, b), [2][]string{ga, gb}), target)
		}
	}
}
