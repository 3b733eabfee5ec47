package lang

import (
	"bufio"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The differential dump: Section and ResolveList on every line of the
// shared corpus, the examples, the fuzz seeds and synthetic variants of
// every section phrase and marker list, written to files so that the
// output before and after a change to either can be compared byte for
// byte. Run with the output prefix in PARITY_DIFF_OUT:
//
//	PARITY_DIFF_OUT=/tmp/before go test ./lang -run TestDiffDump
//
// which writes /tmp/before.section.txt and /tmp/before.resolve.txt.
func TestDiffDump(t *testing.T) {
	out := os.Getenv("PARITY_DIFF_OUT")
	if out == "" {
		t.Skip("PARITY_DIFF_OUT not set")
	}
	files := diffFiles(t)
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	sec := sectionInputs(lines)
	if err := writeDump(out+".section.txt", func(w *bufio.Writer) {
		for _, s := range sec {
			m, ok := Section(s)
			fmt.Fprintf(w, "%s\t%v\t%q\t%q\t%q\n", strconv.Quote(s), ok, m.Key, m.OldKey, m.Lang)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := writeDump(out+".resolve.txt", func(w *bufio.Writer) {
		for _, run := range resolveInputs(lines) {
			ms := make([]*Marker, len(run))
			for i, l := range run {
				if l != "" {
					ms[i], _, _ = ParseMarker(l)
				}
			}
			levels := ResolveList(ms)
			fmt.Fprintf(w, "%q\n", run)
			for i, m := range ms {
				fmt.Fprintf(w, "\t%d %s\n", levels[i], diffMarker(m))
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d section inputs, %d files", len(sec), len(files))
}

func writeDump(path string, fill func(w *bufio.Writer)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	fill(w)
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// diffMarker writes a marker and its Alt chain in full.
func diffMarker(m *Marker) string {
	if m == nil {
		return "-"
	}
	var b strings.Builder
	for k, a := 0, m; a != nil && k < 32; k, a = k+1, a.Alt {
		if k > 0 {
			b.WriteString(" | ")
		}
		fmt.Fprintf(&b, "%q %s %d %v %q u%d c%d", a.Raw, a.System, a.Value, a.Path, a.Style, a.Unit, a.Change)
		if a.Old != nil {
			fmt.Fprintf(&b, " old(%q %s %d %v %q c%d)", a.Old.Raw, a.Old.System, a.Old.Value, a.Old.Path, a.Old.Style, a.Old.Change)
		}
	}
	return b.String()
}

// diffFiles lists the text files of the shared corpus, the examples, the
// rules' test data and the fuzz seeds of lang, sorted.
func diffFiles(t *testing.T) []string {
	var files []string
	add := func(root string, keep func(string) bool) {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && keep(p) {
				files = append(files, p)
			}
			return nil
		})
	}
	text := func(p string) bool {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".xml", ".html", ".htm", ".md":
			return true
		}
		return false
	}
	add("../../shared/corpus", text)
	add("/work/shared/corpus", text)
	add("../examples", func(p string) bool { return !strings.HasSuffix(p, ".go") })
	add("../rules/testdata", func(string) bool { return true })
	add("testdata", func(string) bool { return true })
	sort.Strings(files)
	// The two corpus roots may be the same directory.
	seen := map[string]bool{}
	var uniq []string
	for _, f := range files {
		abs, _ := filepath.Abs(f)
		if !seen[abs] {
			seen[abs] = true
			uniq = append(uniq, f)
		}
	}
	return uniq
}

// sectionInputs: every line as it is and trimmed, a fuzz seed's string
// unquoted, the text after a marker, and the synthetic variants of the
// section phrases.
func sectionInputs(lines []string) []string {
	var in []string
	for _, l := range lines {
		in = append(in, l)
		if t := strings.TrimSpace(l); t != l {
			in = append(in, t)
		}
		if strings.HasPrefix(l, "string(") && strings.HasSuffix(l, ")") {
			if s, err := strconv.Unquote(l[len("string(") : len(l)-1]); err == nil {
				in = append(in, s)
			}
		}
		if _, n, ok := ParseMarker(l); ok && n > 0 && n <= len(l) {
			in = append(in, strings.TrimSpace(l[n:]))
		}
	}
	return append(in, sectionSynthetic()...)
}

// sectionSynthetic builds variants of every section phrase: alone, with
// trailing punctuation and spaces, in upper and title case, in full-width
// forms, with Arabic harakat and tatweel, run together with the others of
// its language, followed by an addressee or a sentence, cut short or
// lengthened, and randomly mixed with characters that normalization
// changes.
func sectionSynthetic() []string {
	var in []string
	var byLang [][]string // in table order
	var all []string
	for _, t := range mkTables {
		var ps []string
		for _, s := range t.sections {
			ps = append(ps, s.phrase)
			all = append(all, s.phrase)
		}
		byLang = append(byLang, ps)
	}
	suffixes := []string{"", ":", ",", "：", "，", "  ", " :", ":,", "::", "\u00a0", "\u3000", ".", ";", "。", "；", "!", "?", "؛", "s", "x", "1"}
	tails := []string{
		" the Director of the Telecommunication Standardization Bureau",
		" the Secretary-General",
		" Member States, Sector Members and Associates",
		"成员国、部门成员和学术成员",
		"电信标准化局主任",
		" that the world is round.",
		" that the world is round",
		" that",
		" a b c d e f g h i j k l m n",
		" a b c d e f g h i j k l m n o",
		" a b c d e f g h i j k l m n o p q r s t u v w x y z",
		" les États Membres",
		" الأمين العام",
		" Генерального секретаря",
		"，",
		"、",
		"，请成员国",
		" \u064e\u064f",
	}
	variants := func(p string) []string {
		v := []string{p, strings.ToUpper(p), strings.ToLower(p), " " + p, "\t" + p}
		if r, n := utf8.DecodeRuneInString(p); n > 0 {
			v = append(v, strings.ToUpper(string(r))+p[n:])
		}
		v = append(v, fullWidth(p), harakat(p), tatweel(p), hamza(p))
		return v
	}
	for _, p := range all {
		for _, v := range variants(p) {
			for _, s := range suffixes {
				in = append(in, v+s)
			}
			for _, tl := range tails {
				in = append(in, v+tl, v+tl+":", v+tl+",")
			}
		}
		// Cut short and lengthened by one rune at each end.
		for i := range p {
			in = append(in, p[:i], p[i:])
		}
		in = append(in, "a"+p, p+"a", "考"+p, p+"考", "ا"+p, p+"ا")
	}
	for _, ps := range byLang {
		for _, p := range ps {
			for _, q := range ps {
				in = append(in, p+q, p+" "+q, strings.ToUpper(p+q), p+q+":", p+"  "+q+"，",
					p+q+tails[0], p+q+tails[3], p+" "+q+tails[2], harakat(p+q), p+q+q)
			}
		}
	}
	// Pairs across languages, a sample.
	for i, p := range all {
		q := all[(i*7+3)%len(all)]
		in = append(in, p+q, p+" "+q)
	}
	in = append(in, sectionRandom(all, 60000)...)
	return in
}

// sectionRandom mixes fragments of the phrases with characters that
// normalization and folding treat specially.
func sectionRandom(all []string, n int) []string {
	rng := rand.New(rand.NewSource(1))
	special := []string{" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\u0301", "\u0308", "\u0653", "\u0654", "\u0655",
		"\u064b", "\u0650", "\u0670", "ـ", "ﻻ", "ﺍ", "ﬁ", "Ⅰ", "㈠", "Ａ", "ａ", "ｃ", "é", "e\u0301", "É", "ß", "İ", "K", "Ω",
		":", "，", "：", ",", "、", ".", ";", "ی", "ک", "ى", "أ", "إ", "آ", "ٱ", "\u200b", "\u200f", "\ufeff", "ſ", "ﬀ",
		"\u0345", "Ꭰ", "𝐜", "①", "⑴", "\x00", "\xff", "\xc3", "\u0085", "\u2028"}
	var in []string
	for k := 0; k < n; k++ {
		var b strings.Builder
		parts := 1 + rng.Intn(4)
		for j := 0; j < parts; j++ {
			switch rng.Intn(4) {
			case 0, 1:
				p := all[rng.Intn(len(all))]
				if rng.Intn(3) == 0 {
					rs := []rune(p)
					i := rng.Intn(len(rs) + 1)
					l := rng.Intn(len(rs) + 1 - i)
					p = string(rs[i : i+l])
				}
				if rng.Intn(4) == 0 {
					p = strings.ToUpper(p)
				}
				b.WriteString(p)
			case 2:
				b.WriteString(special[rng.Intn(len(special))])
			case 3:
				// Insert a special character inside a phrase.
				rs := []rune(all[rng.Intn(len(all))])
				i := rng.Intn(len(rs) + 1)
				b.WriteString(string(rs[:i]) + special[rng.Intn(len(special))] + string(rs[i:]))
			}
		}
		in = append(in, b.String())
	}
	return in
}

func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7f {
			return r - '!' + 0xFF01
		}
		if r == ' ' {
			return 0x3000
		}
		return r
	}, s)
}

// harakat puts a fatha after every Arabic letter.
func harakat(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		if r >= 0x0621 && r <= 0x064A {
			b.WriteRune(0x064E)
		}
	}
	return b.String()
}

// tatweel stretches every Arabic letter with a tatweel after it.
func tatweel(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		if r >= 0x0621 && r <= 0x064A && r != 'ـ' {
			b.WriteRune('ـ')
		}
	}
	return b.String()
}

// hamza writes every bare alef as alef and a combining hamza above,
// which NFKC composes into أ.
func hamza(s string) string {
	return strings.ReplaceAll(s, "ا", "ا\u0654")
}

// resolveInputs builds the marker lists: the runs of lines between
// headings of every file, as the segmenter builds them ("" for a line
// without a marker), and random lists.
func resolveInputs(lines []string) [][]string {
	var runs [][]string
	var run []string
	items := 0
	flush := func() {
		if items > 0 {
			runs = append(runs, run)
		}
		run, items = nil, 0
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		m, _, ok := ParseMarker(l)
		if ok && m != nil && m.Unit != UnitNone {
			flush()
			continue
		}
		if !ok || m == nil {
			if _, sec := Section(l); sec {
				flush()
				continue
			}
			run = append(run, "")
			continue
		}
		run = append(run, l)
		items++
	}
	flush()
	return append(runs, resolveRandom(30000)...)
}

// resolveRandom makes lists of markers that mostly run on, with
// sub-lists, revision pairs, ambiguous letters, gaps and headings.
func resolveRandom(n int) [][]string {
	rng := rand.New(rand.NewSource(2))
	vocab := []string{"a)", "b)", "c)", "d)", "e)", "h)", "i)", "ii)", "iii)", "iv)", "v)", "vi)", "x)", "l)", "m)",
		"ef)", "iiiii)", "iiiiv)", "ivv)", "vvi)", "ixxi)", "hi)", "ij)", "(a)", "(b)", "(i)", "(ii)", "1.", "2.", "3.",
		"1.1", "1.2", "2.1", "I.", "II.", "A.", "B.", "C.", "•", "-", "", "Article 5", "أ)", "ب)", "ج)", "ت)", "د)",
		"一、", "二、", "（一）", "（二）", "1、", "а)", "б)", "в)", "(1)", "(2)", "12)", "cd)", "C)", "D)", "c.", "xl)", "xli)", "ci)", "mi)"}
	seqs := [][]string{
		strings.Fields("a) b) c) d) e) f) g) h) i) j) k) l) m) n) o) p) q) r) s) t) u) v) w) x) y) z)"),
		strings.Fields("i) ii) iii) iv) v) vi) vii) viii) ix) x) xi) xii) xiii) xiv) xv)"),
		strings.Fields("1. 2. 3. 4. 5. 6. 7. 8. 9. 10. 11. 12."),
		strings.Fields("(a) (b) (c) (d) (e) (f) (g) (h) (i) (j) (k) (l) (m)"),
		strings.Fields("I. II. III. IV. V. VI. VII. VIII. IX. X."),
		strings.Fields("أ) ب) ج) د) هـ) و) ز) ح) ط) ي)"),
		strings.Fields("أ) ب) ت) ث) ج) ح) خ) د)"),
		strings.Fields("一、 二、 三、 四、 五、 六、"),
		strings.Fields("ab) bc) cd) de) ef) fg) gh) hi) ij) jk)"),
	}
	var runs [][]string
	for k := 0; k < n; k++ {
		var run []string
		length := 1 + rng.Intn(30)
		for len(run) < length {
			switch rng.Intn(5) {
			case 0:
				w := vocab[rng.Intn(len(vocab))]
				if w != "" {
					w += "\tx"
				}
				run = append(run, w)
			default:
				s := seqs[rng.Intn(len(seqs))]
				i := 0
				if rng.Intn(3) == 0 {
					i = rng.Intn(len(s))
				}
				for l := rng.Intn(8); l >= 0 && i < len(s); l-- {
					run = append(run, s[i]+"\tx")
					i++
					if rng.Intn(10) == 0 {
						i++
					}
					if rng.Intn(12) == 0 {
						run = append(run, "")
					}
				}
			}
		}
		runs = append(runs, run)
	}
	return runs
}
