package lang

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// The differential harness of ParseMarker: a large, fixed set of inputs
// (every line of the shared corpus, of the examples and rule test data,
// the fuzz seeds, and synthetic marker variants) and a canonical dump of
// what ParseMarker returns for each. Optimizations of the parser must
// leave the dump byte for byte as it was:
//
//	PARITY_PM_DUMP=/tmp/pm_before.txt go test ./lang -run TestParseMarkerDump
//	(change the parser)
//	PARITY_PM_DUMP=/tmp/pm_after.txt go test ./lang -run TestParseMarkerDump
//	cmp /tmp/pm_before.txt /tmp/pm_after.txt

// pmDiffInputs collects the inputs of the harness, without duplicates, in
// a stable order.
func pmDiffInputs(t testing.TB) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	addLines := func(text string) {
		for _, l := range strings.Split(text, "\n") {
			l = strings.TrimSuffix(l, "\r")
			add(l)
			add(strings.TrimSpace(l))
		}
	}
	var corpusLines []string
	walk := func(root string, corpus bool) {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			for _, text := range pmFileTexts(t, path) {
				addLines(text)
				if corpus && strings.HasSuffix(path, ".txt") {
					corpusLines = append(corpusLines, strings.Split(text, "\n")...)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	walk(testcorpus.Dir(t), true)
	walk(filepath.Join("..", "examples"), false)
	walk(filepath.Join("..", "rules", "testdata"), false)
	for _, s := range pmFuzzSeeds(t, filepath.Join("testdata", "fuzz")) {
		add(s)
		add(strings.TrimSpace(s))
	}
	for _, s := range pmSynthetic(corpusLines) {
		add(s)
	}
	for _, s := range pmWordShapes() {
		add(s)
	}
	for _, s := range pmCaseShapes() {
		add(s)
	}
	return out
}

// pmCaseShapes are heading lines whose words fold alike but differ in the
// case of one letter, each after the word as written first: the cache of
// the word last seen (unitFolded) and of the style last made (styleOf)
// compare them by loads of four and eight bytes, which must tell apart
// every byte. Words of 4 to 7 bytes, 8 to 16, and more.
func pmCaseShapes() []string {
	words := []string{"Part", "Title", "Article", "Chapter", "Section", "Artikel", "Articolo",
		"Artículo", "Artigo", "Статья", "Глава", "Раздел", "Fejezet", "Hoofdstuk", "المادة", "Paragraph", "Abschnitt"}
	var out []string
	for _, w := range words {
		rs := []rune(w)
		for k := range rs {
			v := append([]rune(nil), rs...)
			if u := unicode.ToUpper(v[k]); u != v[k] {
				v[k] = u
			} else {
				v[k] = unicode.ToLower(v[k])
			}
			for _, x := range []string{w, string(v), w, strings.ToUpper(w), w + w, string(v) + string(v)} {
				out = append(out, x+" 5", x+" 12", x+"  5", x+" 5.")
			}
		}
	}
	// 第…X headings: each unit, and ideographs that share two of its
	// three bytes (mkParseCJKArticle compares them byte by byte).
	for _, u := range mkCJKUnits {
		ws := []string{u.word}
		if len(u.word) == 3 {
			for k := 0; k < 3; k++ {
				b := []byte(u.word)
				b[k] ^= 1
				if k == 0 {
					b[k] ^= 3
				}
				ws = append(ws, string(b))
			}
		}
		for _, w := range ws {
			for _, n := range []string{"第五", "第12", "第十一", "第 3 "} {
				out = append(out, n+w, n+w+" 总则", n+w+"规定", n+w+":", n+w+"\t")
			}
		}
	}
	return out
}

// pmTag matches a markup tag; pmFileTexts reads the text between tags of
// markup files as lines of their own.
var pmTag = regexp.MustCompile(`<[^>]*>`)

// pmFileTexts returns the texts of a file: its content, and for markup
// and Word files (zip archives of XML) the text between the tags.
func pmFileTexts(t testing.TB, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(string(data), "PK\x03\x04") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil
		}
		defer zr.Close()
		var texts []string
		for _, f := range zr.File {
			if !strings.HasSuffix(f.Name, ".xml") {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				continue
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err == nil {
				texts = append(texts, pmTag.ReplaceAllString(string(b), "\n"))
			}
		}
		return texts
	}
	texts := []string{string(data)}
	switch filepath.Ext(path) {
	case ".html", ".xml", ".htm", ".native", ".md":
		texts = append(texts, pmTag.ReplaceAllString(string(data), "\n"))
	}
	return texts
}

// pmFuzzSeeds reads the string arguments of every fuzz seed file under dir.
func pmFuzzSeeds(t testing.TB, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			l := sc.Text()
			if q, ok := strings.CutPrefix(l, "string("); ok && strings.HasSuffix(q, ")") {
				if s, err := strconv.Unquote(strings.TrimSuffix(q, ")")); err == nil {
					out = append(out, s)
				}
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// pmPrefixes are markers, headings and near misses that synthetic inputs
// start with.
var pmPrefixes = []string{
	"a)", "(iv)", "ef)", "iiiii)", "第五条", "（一）", "㈠", "①", "Article 3", "Статья 2", "المادة 4", "أ)", "١.", "１．",
	"(a)", "A.", "IV.", "iii)", "viiiix)", "ixxi)", "б)", "Б.", "α)", "ϛ)", "1.", "1)", "(1)", "1.1", "3.2.1", "1.1.", "1\t", "12.-", "1、",
	"一、", "二十五、", "（１）", "⑴", "⒈", "第 5 條", "第一章", "第二节", "第 174-1 條", "附件", "附件一", "附件 1", "Article premier",
	"Artículo 1", "Artículo primero", "Artigo 3.º", "Artigo 1º", "6. cikk", "II. fejezet", "Chapter I", "CHAPITRE II", "ANNEX",
	"ANNEXE", "Annex D", "Part C", "Section 2", "•", "–", "—", "-", "*", "▪", "\uf0b7", "هـ)", "أ )", "ب-", "ﻫ )", "v.", "e.g.", "c.",
	"p.", "ab)", "aa)", "zz)", "aaa)", "Ⅳ.", "ｉｖ）", "ｉ．", "А.", "Ж)", "ي)", "ی)", "ک)", "۱۲.", "(一)", "（二）（三）", "(1)(2)",
	"(5)(6)", "2030", "1948)", "1 197", "Article 5(1)", "Article 5 of", "المادة (1)", "المادة (12)", "المادّة 3", "ㄱ)", "가.", "١٢-",
	"1er", "1re", "Article 1er", "Статья 1.", "СТАТЬЯ 2", "Глава I", "Раздел 3", "第五條", "第5条", "第五条规定", "考虑到忆及", "I think",
	"A new", "In 1948,", "v. Smith", "28.12.2017", "1.a)", "i.", "I.", "x)", "xl)", "c)", "d)", "m)", "mix.", "dix.", "cm)", "ⅰ)",
	"ﾊ)", "ㄅ)", "①②", "㉑", "㊿", "⑳", "〇、", "一九四八、", "廿一、", "Ａｒｔｉｃｌｅ ３", "ＡＮＮＥＸ", "Ａ）", "ａ)", "（ａ）",
	"Article\u00a03", "Article\u30003", "1\u00a0197", "1\u202f", "1\u3000", "(\u0301a)", "a\u0301)", "e\u0308)", "ا\u064e)",
	"أ\u0651)", "ـأ)", "أـ)", "المـادة 4", "الماده 4", "Art. 3", "Art 3", "Articolo 3", "Artikel 3", "Cikk", "1.\u0301",
	// The fast paths of the quick check and of mkParseCommon.
	"©", "®", "© 1996", "---", "**", "*x", "-1", "- ", "1948 年", "2022年", "1948", "1234567890", "12abc", "1st", "2015. évi",
	"1948,", "12 ", "第75号", "第5条", "第123456789条", "第1234567890条", "第二十五条规定", "第十条:", "第十条.", "第十条　",
	"第一九四八条", "第零条", "第〇条", "第十十条", "第5-1条", "第５条", "第五部分", "第五部", "第二十一章", "第九十九节",
	"第一百条", "第两条", "第五条\u0301", "第五\u0301条", "第", "СТАТЬЯ 5", "статья 5", "Статья\u00a05", "ARTÍCULO 2",
	"Artículo\u0301 1", "Capítulo III", "Приложение", "ПРИЛОЖЕНИЕ", "Каждый человек", "Ёж)", "ё)", "اعتُمد", "لمّا", "الماده",
	"Everyone", "Toute", "Titre 2", "TITRE II", "Teil 3", "Attachment", "ANNEXE I", "Anexo", "abcdefghijklmnop)",
	"abcdefghijklmnopq)", "Abcdefghijklmn)", "ABCDEFGHIJKLMNO.", "Considérant", "Déclaration", "Ω)", "ω)", "Ա)", "א)",
	"ﻣ)", "ａ）", "١)", "۵.", "٣-", "\u00a0a)", "\u0301a)", "\u200ba)", "l)", "L.", "M)", "cm.", "xl.", "XC)",
}

// pmSeps go between a synthetic prefix and its text.
var pmSeps = []string{"", " ", "\t", "  ", "\u00a0", "\u3000", "\u2003", ".", ")", ":", " - ", "\n", "\r\n", "\u2028"}

// pmFullWidth writes the ASCII characters of s in their full-width forms.
func pmFullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < 0x7F {
			r += 0xFF01 - '!'
		} else if r == ' ' {
			r = '\u3000'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// pmMarkAfterFirst puts a combining mark after the first rune of s.
func pmMarkAfterFirst(s string, mark rune) string {
	for i := range s {
		if i > 0 {
			return s[:i] + string(mark) + s[i:]
		}
	}
	return s + string(mark)
}

// pmSynthetic builds marker variants: every prefix, plain, full-width,
// upper and lower case and with a combining mark, before a separator and
// a sample of corpus lines; their truncations at every byte of their
// start; and random strings of the runes the parser looks at.
func pmSynthetic(lines []string) []string {
	var sample []string
	for i, l := range lines {
		if l = strings.TrimSpace(l); l != "" && i%37 == 0 {
			sample = append(sample, l)
		}
	}
	sample = append(sample, "", "x", "Text", "text", "Текст", "نص", "文本", "2. x", "(b) y", "“quoted”", "«q»", "(x)")
	var out []string
	for _, p := range pmPrefixes {
		variants := []string{p, pmFullWidth(p), strings.ToUpper(p), strings.ToLower(p),
			pmMarkAfterFirst(p, '\u0301'), pmMarkAfterFirst(p, '\u0651'), pmMarkAfterFirst(p, '\u20dd')}
		for _, v := range variants {
			for si, sep := range pmSeps {
				for li, l := range sample {
					if (li+si)%5 != 0 && li > 8 {
						continue
					}
					s := v + sep + l
					out = append(out, s)
					if li < 3 {
						for n := 1; n < len(s) && n < 40; n++ {
							out = append(out, s[:n])
						}
					}
				}
			}
		}
	}
	// Random strings over the runes that matter to the parser.
	alphabet := []rune("aeivxlcdmAIVXCefz0159().-)（）、。．：:　 \t\u00a0\u202f第条條章节附件一二五十百〇①⑴㈠⒈１５ｉａアあ" +
		"абвжАБЖСтатьяأبجهـدةالمادة٠١٢۱۲αβϛ•–—*\u0301\u0308\u064e\u0651ºª°°\uff0e\uff09\ufe59\u2028\u0085\xffé")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 30000 {
		n := 1 + rng.IntN(10)
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		out = append(out, b.String())
	}
	// Random prefixes glued to random words.
	for range 20000 {
		p := pmPrefixes[rng.IntN(len(pmPrefixes))]
		var b strings.Builder
		b.WriteString(p)
		for range rng.IntN(4) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		b.WriteString(pmSeps[rng.IntN(len(pmSeps))])
		b.WriteString(sample[rng.IntN(len(sample))])
		out = append(out, b.String())
	}
	return out
}

// pmDumpMarker writes m and its Old and Alt readings canonically.
func pmDumpMarker(b *strings.Builder, m *Marker) {
	if m == nil {
		b.WriteString("nil")
		return
	}
	fmt.Fprintf(b, "{Raw:%q System:%d(%s) Value:%d Path:%#v Style:%q Unit:%d Change:%d Old:",
		m.Raw, m.System, m.System, m.Value, m.Path, m.Style, m.Unit, m.Change)
	pmDumpMarker(b, m.Old)
	b.WriteString(" Alt:")
	pmDumpMarker(b, m.Alt)
	b.WriteString("}")
}

// pmDumpOne is the canonical line of ParseMarker(s).
func pmDumpOne(b *strings.Builder, s string) {
	m, n, ok := ParseMarker(s)
	pmDumpResult(b, s, m, n, ok)
}

// pmDumpResult writes the canonical line of a result of ParseMarker(s).
func pmDumpResult(b *strings.Builder, s string, m *Marker, n int, ok bool) {
	fmt.Fprintf(b, "%q n=%d ok=%t m=", s, n, ok)
	pmDumpMarker(b, m)
	b.WriteByte('\n')
}

// pmSlow is ParseMarker with the start of s normalized whole before the
// parser reads it, and without the heading word the quick check found,
// nor the fast paths of ParseMarker. The quick check stays, as it was
// (refQuickCheck): it is not exact, it rejects some markers the parser
// would read ("Ａｒｔｉｃｌｅ　３"), so what it lets through is part of
// what ParseMarker reads.
func pmSlow(s string) (*Marker, int, bool) {
	if s == "" || !refQuickCheck(s).candidate {
		return nil, 0, false
	}
	return mkParseMarker(s, mkMaxRunes, mkQuick{candidate: true})
}

// pmCompareSlow reports the first difference between ParseMarker(s) and
// pmSlow(s), or "".
func pmCompareSlow(s string) string {
	var fast, slow strings.Builder
	m, n, ok := ParseMarker(s)
	pmDumpResult(&fast, s, m, n, ok)
	m, n, ok = pmSlow(s)
	pmDumpResult(&slow, s, m, n, ok)
	if fast.String() != slow.String() {
		return fmt.Sprintf("ParseMarker:\n\t%s without shortcuts:\n\t%s", fast.String(), slow.String())
	}
	return ""
}

// pmDiffs counts the lines ParseMarker reads otherwise than the parser
// without shortcuts (pmCompareSlow), and reports the first ten of them.
type pmDiffs struct {
	t *testing.T
	n int
}

// check compares what ParseMarker and the parser without shortcuts read
// of s.
func (d *pmDiffs) check(s string) {
	if diff := pmCompareSlow(s); diff != "" {
		if d.n++; d.n <= 10 {
			d.t.Helper()
			d.t.Error(diff)
		}
	}
}

// TestParseMarkerDump runs ParseMarker over the inputs of the harness
// (every fifth of them, every fiftieth with -short, all of them with
// PARITY_PM_FULL=1, as CI runs it) and checks that each reads alike
// without the shortcuts (pmSlow): the common markers read without the
// normalized view, the heading word the quick check hands on, and the
// parser, which normalizes as far as it reads, as it would read the whole
// normalized view. With $PARITY_PM_DUMP set it writes the dump there, and
// checks that the inputs read alike a second time (the shared style table
// changes no result).
func TestParseMarkerDump(t *testing.T) {
	inputs := pmDiffInputs(t)
	dump := os.Getenv("PARITY_PM_DUMP")
	if dump == "" && os.Getenv("PARITY_PM_FULL") == "" {
		stride := 5
		if testing.Short() {
			stride = 50
		}
		some := inputs[:0:0]
		for i := 0; i < len(inputs); i += stride {
			some = append(some, inputs[i])
		}
		inputs = some
	}
	diffs := pmDiffs{t: t}
	for _, s := range inputs {
		diffs.check(s)
	}
	if diffs.n > 0 {
		t.Errorf("%d of %d inputs read otherwise without the shortcuts", diffs.n, len(inputs))
	}
	if dump == "" {
		return
	}
	var b, again strings.Builder
	for _, s := range inputs {
		pmDumpOne(&b, s)
	}
	for _, s := range inputs {
		pmDumpOne(&again, s)
	}
	if b.String() != again.String() {
		t.Errorf("ParseMarker gives other results the second time over the same inputs")
	}
	if err := os.WriteFile(dump, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d inputs, dump in %s", len(inputs), dump)
}

// FuzzParseMarkerShortcuts: ParseMarker reads as it would without its
// shortcuts (pmSlow). Seeds are FuzzParseMarker's.
func FuzzParseMarkerShortcuts(f *testing.F) {
	for _, s := range pmFuzzSeeds(f, filepath.Join("testdata", "fuzz", "FuzzParseMarker")) {
		f.Add(s)
	}
	for _, s := range pmPrefixes {
		f.Add(s + "\tx")
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := pmCompareSlow(s); d != "" {
			t.Fatal(d)
		}
	})
}
