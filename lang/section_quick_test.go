package lang

import (
	"math/rand"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// quickInputs are lines that start sectionQuick's ways out: every phrase
// of every table with white space and NBSP around it, in full-width
// forms, in mixed case, decomposed (NFD), followed by ":", "," or text,
// cut short or run on into a longer word ("considerable", "resolved",
// "décidément"), with the quotes and dashes of mkQuickStable around and
// inside it, with Arabic tatweel and harakat, and two of them run
// together. With stride > 1 it keeps every stride-th of the variants of
// each phrase (a prime stride walks through the white space, case, forms
// and what comes after them) and of the random lines; the pairs it keeps
// all.
func quickInputs(stride int) []string {
	var all []string
	for _, t := range mkTables {
		for _, s := range t.sections {
			all = append(all, s.phrase)
		}
	}
	stable := []string{"‘", "’", "“", "”", "–", "—", "«", "»", "©"}
	after := []string{"", ":", ",", " :", "：", "，", " que", " que la", " qu’il", " the", " a", " à", " e", " en", " 成员国", "成员国", "、",
		" des", " with", "ment", "able", "d", "s", "x", "é", "e\u0301", "\u0301", "\u064e", "ـ", "\u0654", ".", ";", "。", "\t", "  ", "\u00a0",
		" — text", " «x»", "’s", " “x”", "’", "\u2019\u0301", "’a", " recalling", "recalling", " noting", "忆及", "注意到", " rappelant", " y"}
	mixed := func(s string) string {
		rs := []rune(s)
		for i := range rs {
			if i%2 == 0 {
				rs[i] = unicode.ToUpper(rs[i])
			}
		}
		return string(rs)
	}
	var in []string
	k := 0
	keep := func(s ...string) {
		for _, v := range s {
			if k++; k%stride == 0 {
				in = append(in, v)
			}
		}
	}
	for i, p := range all {
		vs := []string{p, strings.ToUpper(p), mixed(p), norm.NFD.String(p), norm.NFD.String(strings.ToUpper(p)), fullWidth(p),
			harakat(p), tatweel(p), hamza(p), strings.ReplaceAll(p, "’", "'"), strings.ReplaceAll(p, "'", "’"),
			strings.ReplaceAll(p, " ", "  "), strings.ReplaceAll(p, " ", "\t"), strings.ReplaceAll(p, " ", "\u00a0"),
			strings.ReplaceAll(p, " ", " ’ "), strings.ReplaceAll(p, " ", "’"), strings.ReplaceAll(p, " ", "—")}
		if r, n := utf8.DecodeRuneInString(p); n > 0 {
			vs = append(vs, strings.ToUpper(string(r))+p[n:])
		}
		if k := strings.IndexByte(p, ' '); k > 0 {
			vs = append(vs, p[:k], p[:k]+"able", p[:k]+"d", p[:k]+"ment", p[:k]+" x", p[:k]+"’x")
		}
		for _, v := range vs {
			for _, a := range after {
				keep(v+a, " \u00a0"+v+a+" \u3000", "\u3000"+v+a+":")
			}
			for _, s := range stable {
				keep(s+v, v+s, s+v+s, v+" "+s+"x", v+s+"\u0301", v+s+"\u064e"+"x")
			}
		}
		q := all[(i*13+5)%len(all)]
		in = append(in, p+q, p+" "+q, p+"’"+q, p+"\u064e"+q, p+q+" the Secretary-General", strings.ToUpper(p+q))
		// Lines of ideographs and "、" alone (which Section reads along
		// the trie, sectionHan): a phrase and whom it addresses, up to
		// and past the 30 runes allowed, and two phrases run together.
		if mkAllHan(p) {
			for k := 27; k <= 33; k++ {
				in = append(in, p+strings.Repeat("成", k), p+strings.Repeat("员、", k/2), p+q+strings.Repeat("国", k-5))
			}
			in = append(in, p+"、", "、"+p, p+"、"+q, p+q+"、", p+p+p)
		}
		// A phrase, then the start of another of its table cut short
		// (where fastStartsAt reads on past sectionFastTo's walk) and
		// what may stop that reading.
		for _, t := range mkTables {
			for j, ps := range t.sections {
				if ps.phrase != p {
					continue
				}
				q := t.sections[(j*7+3)%len(t.sections)].phrase
				rs := []rune(q)
				for _, cut := range []int{1, 2, len(rs) / 2, len(rs) - 1, len(rs)} {
					if cut < 1 || cut > len(rs) {
						continue
					}
					for _, tail := range []string{"", "x", "zz", "\u0301", "\t", " \u064e", " ـx", "’", "é", "e\u0301", " x", "  x", " \tx", "\u00a0x", "Ё", "ё\u0308", ":", ","} {
						keep(p+" "+string(rs[:cut])+tail, strings.ToUpper(p)+"  "+string(rs[:cut])+tail+" text", p+string(rs[:cut])+tail)
					}
				}
			}
		}
		// Around the eight bytes that sectionFastTo may skip at once
		// (mkTrie.start8).
		if f := mkFoldPhrase(p); len(f) > 8 && utf8.RuneStart(f[8]) {
			for _, mid := range []string{"\u0301", "\u064e", " ", "  ", "\t", "’", "x", "\u00a0"} {
				in = append(in, f[:8]+mid+f[8:], strings.ToUpper(f[:8])+mid+f[8:], f[:8]+mid)
			}
			in = append(in, f[:8], strings.ToUpper(f[:8]), f[:7]+"\u0301"+f[7:])
		}
	}
	rng := rand.New(rand.NewSource(3))
	for k := 0; k < 20000; k++ {
		rs := []rune(all[rng.Intn(len(all))])
		for j := rng.Intn(3); j >= 0; j-- {
			i := rng.Intn(len(rs) + 1)
			ins := []rune(stable[rng.Intn(len(stable))])
			if rng.Intn(2) == 0 {
				ins = []rune(after[rng.Intn(len(after))])
			}
			rs = append(rs[:i], append(ins, rs[i:]...)...)
		}
		keep(string(rs))
	}
	return in
}

// TestSectionQuick checks sectionQuick against sectionSlow and Section
// against refSection on the lines of the corpus, the synthetic lines of
// the differential dump and quickInputs. It reads them all (about 2.2
// million) with PARITY_SECTION_FULL=1, as CI runs it, and otherwise every
// sectionStride-th of the corpus lines and of quickInputs' variants and
// random lines (all of its pairs), which keeps every kind of input and
// takes a fraction of the time.
func TestSectionQuick(t *testing.T) {
	var lines []string
	for _, f := range diffFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	stride := 1
	if os.Getenv("PARITY_SECTION_FULL") == "" {
		stride = sectionStride
		if testing.Short() {
			stride = 5 * sectionStride
		}
	}
	in := sectionInputs(lines)
	if stride > 1 {
		some := in[:0:0]
		for i := 0; i < len(in); i += stride {
			some = append(some, in[i])
		}
		in = some
	}
	in = append(in, quickInputs(stride)...)
	x := mkIndex()
	settled, yes, bad, fast := 0, 0, 0, 0
	for _, s := range in {
		if gm, gok := Section(s); true {
			wm, wok := refSection(s)
			if gm != wm || gok != wok {
				if bad++; bad <= 20 {
					t.Errorf("Section(%q) = %+v %v, refSection %+v %v", s, gm, gok, wm, wok)
				}
			}
		}
		line := mkTrimSection(s)
		if mkNoTrim(s) && line != s {
			if bad++; bad <= 20 {
				t.Errorf("mkNoTrim(%q), but mkTrimSection trims it to %q", s, line)
			}
		}
		if line == "" || len(line) > 400 {
			continue
		}
		if m, ok, done := x.sectionFast(line); done {
			fast++
			if wm, wok := x.sectionSlow(line); m != wm || ok != wok {
				if bad++; bad <= 20 {
					t.Errorf("sectionFast(%q) = %+v %v, sectionSlow %+v %v", line, m, ok, wm, wok)
				}
			}
		}
		m, ok, done := x.sectionQuick(line)
		if !done {
			continue
		}
		settled++
		if ok {
			yes++
		}
		if wm, wok := x.sectionSlow(line); m != wm || ok != wok {
			if bad++; bad <= 20 {
				t.Errorf("sectionQuick(%q) = %+v %v, sectionSlow %+v %v", line, m, ok, wm, wok)
			}
		}
	}
	t.Logf("%d lines, %d settled by sectionQuick, %d of them headings, %d by sectionFast", len(in), settled, yes, fast)
}

// sectionStride is the stride of TestSectionQuick's sample without
// PARITY_SECTION_FULL: a prime, so that the sample of quickInputs goes
// through the forms of each phrase and what comes after them.
const sectionStride = 7

// TestQuickStable checks the runes of mkQuickStable: NFKC leaves each as
// it is and composes it with nothing before or after it, folding keeps
// it, and it is no white space and no sentence punctuation.
func TestQuickStable(t *testing.T) {
	var marks []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.M, r) || norm.NFKC.PropertiesString(string(r)).CCC() != 0 {
			marks = append(marks, r)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !mkQuickStable(r) {
			continue
		}
		s := string(r)
		p := norm.NFKC.PropertiesString(s)
		if norm.NFKC.String(s) != s || !p.BoundaryBefore() || !p.BoundaryAfter() || p.CCC() != 0 {
			t.Errorf("%U: NFKC changes it or composes it", r)
		}
		if mkFoldRune(r) != r || unicode.IsSpace(r) || mkPlainRune(r) || mkSentence(s) {
			t.Errorf("%U: folded, white space, plain or sentence punctuation", r)
		}
		for _, m := range marks {
			nm := norm.NFKC.String(string(m))
			for _, c := range [][2]string{
				{s + string(m), s + nm},
				{"a" + s + string(m), "a" + s + nm},
				{string(m) + s, nm + s},
				{"e" + string(m) + s + "a", norm.NFKC.String("e"+string(m)) + s + "a"},
			} {
				if got := norm.NFKC.String(c[0]); got != c[1] {
					t.Errorf("%U composes with %U: NFKC(%q) = %q, want %q", r, m, c[0], got, c[1])
				}
			}
		}
	}
}

// TestSectionFirst checks sectionFirst on every rune and on the bytes
// that start no rune: a byte that rules a line out starts no white space
// and no rune whose fold starts a phrase; likewise sectionFirstHan on
// every CJK ideograph. It compares Section with refSection on the lines
// of ideographs alone that Section looks up as phrases.
func TestSectionFirst(t *testing.T) {
	x := mkIndex()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if !x.sectionFirst[s[0]] && (unicode.IsSpace(r) || x.trie.starts(mkFoldRune(r))) {
			t.Errorf("sectionFirst[%#x] rules out %U", s[0], r)
		}
	}
	for r := rune(0x80); r < 0x800; r++ {
		if !x.sectionFirst2[r] && (unicode.IsSpace(r) || x.trie.starts(mkFoldRune(r))) {
			t.Errorf("sectionFirst2 rules out %U", r)
		}
	}
	for r := rune(mkHanFirst); r <= mkHanLast; r++ {
		if f := mkFoldRune(r); !x.mayStartHan(r) && (unicode.IsSpace(r) || f != r || x.trie.starts(f) || norm.NFKC.String(string(r)) != string(r)) {
			t.Errorf("mayStartHan rules out %U", r)
		}
		if x.mayStartHan(r) && !x.trie.starts(r) {
			t.Errorf("mayStartHan lets %U through", r)
		}
	}
	// The lines of ideographs alone that Section looks up as phrases: the
	// phrases, and the phrases with an ideograph more or one less.
	for _, ref := range x.all {
		if !mkAllHan(ref.folded) {
			continue
		}
		for _, s := range []string{ref.folded, ref.folded + "的", "的" + ref.folded, ref.folded[:len(ref.folded)-3], ref.folded[3:]} {
			got, ok := Section(s)
			if want, wok := refSection(s); got != want || ok != wok {
				t.Errorf("Section(%q) = %v, %v; refSection gives %v, %v", s, got, ok, want, wok)
			}
		}
	}
	for c := 0; c < 256; c++ {
		if r, _ := utf8.DecodeRune([]byte{byte(c)}); !x.sectionFirst[c] && x.trie.starts(mkFoldRune(r)) {
			t.Errorf("sectionFirst[%#x] rules out %U", c, r)
		}
	}
}

// FuzzAddresseeBytes compares mkAddresseeBytes with mkAddressee on
// valid UTF-8.
func FuzzAddresseeBytes(f *testing.F) {
	for _, s := range []string{"the Director of the Bureau", "成员国、部门成员", "成员国，部门", "a。b", "a；b", "a！", "？", "x,y", strings.Repeat("a ", 14), "\u3000"} {
		f.Add(s, "en")
		f.Add(s, "zh")
	}
	f.Fuzz(func(t *testing.T, rest, lang string) {
		if !utf8.ValidString(rest) {
			return
		}
		if got, want := mkAddresseeBytes([]byte(rest), lang), mkAddressee(rest, lang); got != want {
			t.Errorf("mkAddresseeBytes(%q, %q) = %v, want %v", rest, lang, got, want)
		}
	})
}

// TestSpaceEnd checks mkSpaceEnd on every rune, after ASCII and after
// bytes that start no rune, and on bytes that are no UTF-8.
func TestSpaceEnd(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for _, pre := range []string{"", "a", "\x80", "\xE2", "\xE2\x80", "\xC2"} {
			s := pre + string(r)
			last, _ := utf8.DecodeLastRuneInString(s)
			if got, want := mkSpaceEnd(s), unicode.IsSpace(last); got != want {
				t.Errorf("mkSpaceEnd(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range []string{"\x85", "\xA0", "\x80\x80", "\xE2\x80", "\x9A\x80", "a\xE3\x80\x80\x80", "\xF0\xE2\x80\x80", "\xC2\xC2\xA0"} {
		last, _ := utf8.DecodeLastRuneInString(s)
		if got, want := mkSpaceEnd(s), unicode.IsSpace(last); got != want {
			t.Errorf("mkSpaceEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

// sectionFast is sectionFastTo as sectionQuick answers: done is false
// when it leaves the line to sectionQuick.
func (x *mkIndexT) sectionFast(line string) (m SectionMatch, ok, done bool) {
	switch x.sectionFastTo(line, &m) {
	case mkFastNo:
		return SectionMatch{}, false, true
	case mkFastYes:
		return m, true, true
	}
	return SectionMatch{}, false, false
}

// mayStartASCII reports whether a line that starts with the bytes c and
// d, followed by ASCII, may be a heading, by the phrases of x: false when
// c and d are ASCII other than white space and no phrase starts with
// them, ASCII capitals lowered. It is the reference for startPair.
func (x *mkIndexT) mayStartASCII(c, d byte) bool {
	if c >= utf8.RuneSelf || d >= utf8.RuneSelf || mkASCIISpace(c) || mkASCIISpace(d) {
		return true
	}
	if c-'A' < 26 {
		c += 'a' - 'A'
	}
	if d-'A' < 26 {
		d += 'a' - 'A'
	}
	for _, ref := range x.all {
		if f := ref.folded; len(f) == 1 && f[0] == c || len(f) >= 2 && f[0] == c && f[1] == d {
			return true
		}
	}
	return false
}

// TestStartPair checks startPair, which Section reads for a line that
// starts with three ASCII bytes, against mayStartASCII on every pair.
func TestStartPair(t *testing.T) {
	x := mkIndex()
	for c := 0; c < utf8.RuneSelf; c++ {
		for d := 0; d < utf8.RuneSelf; d++ {
			k := c<<7 | d
			if got, want := x.startPair[k/64]&(1<<(k%64)) != 0, x.mayStartASCII(byte(c), byte(d)); got != want {
				t.Errorf("startPair(%q, %q) = %v, mayStartASCII %v", rune(c), rune(d), got, want)
			}
		}
	}
}
