package lang

import (
	"cmp"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// ParseMarker reads a list marker or a numbered heading at the start of s
// and returns it with the number of bytes of s it took, including the
// spaces, tabs and ideographic spaces (U+3000) after it. ok is false when s
// does not start with a marker; s must not start with white space (callers
// strip indentation first).
//
// What it reads:
//   - decimal 1 (before a tab), 1. 1) (1) 1.- 1、 and multi-level 1.1, 3.2.1
//     (Path), in ASCII, full-width, Arabic-Indic (١٢) or Persian (۱۲) digits;
//   - Latin letters a) (a) a. A) (A) A., with the continuations aa) and ab);
//     roman numerals i) (iv) IV.; Cyrillic а) б) in Russian legal order;
//     Arabic letters أ) ب) ج) in abjad order, with the alphabetical reading
//     as Alt; Greek α);
//   - Chinese 一、 （一） (一) ㈠ ① and the circled numbers ① ... ㊿;
//   - numbered headings, as a whole line or at the start of one, with Unit
//     set: "Article 1", "Article premier", "Artículo 1", "Статья 1",
//     "المادة 1", "المادة (1)", "第一条", "第 5 條", "第一章", "Artigo 3.º",
//     "6. cikk", "Chapter I", "CHAPITRE II", "ANNEX";
//   - bullets (• – — - ▪) followed by a space, as SystemBullet.
//
// Normalization is explicit: the start of s is read through width folding
// (golang.org/x/text/width.Fold) and then NFKC
// (golang.org/x/text/unicode/norm), so full-width digits and brackets
// （１） read as (1), ⑴ as (1) and ㈠ as (一). Circled numbers (①), which NFKC
// would turn into plain digits, and º are kept as written. Raw is always the
// exact prefix of s that was read, and Style its punctuation as written,
// with "%" for the numeral: "%)", "(%)", "%.", "%、", "（%）", "第%条",
// "Article %". Punctuation that NFKC takes out of one code point (⑴, ㈠) is
// written in its normalized form.
//
// Running text is not a marker: "I think", "A new", "2030 Agenda",
// "In 1948,", "e.g.", "v. Smith", "Article 5 of the Regulation". A letter
// needs its closing ")" or "." followed by a space, a tab or the end of s; a
// bare number needs a tab (or two spaces) after it.
//
// Ambiguous markers carry their other readings in Alt (see Marker): "i)" is
// roman 1 with the letter i (9) as Alt; "c)" the letter c with roman 100 as
// Alt. A letter string that no single marker explains is read as a flattened
// revision pair: "ef)" is f) with Old e), "iiiii)" is iii) with Old ii),
// "viiiix)" is ix) with Old viii). A string that one marker explains keeps
// that reading first ("ii)" is roman 2, "aa)" the 27th letter) and lists the
// pair readings after it ("iii)": roman 3, or ii) with Old i)); ResolveList
// picks the one that fits the list.
func ParseMarker(s string) (m *Marker, n int, ok bool) {
	// mkQuickCheck, with its commonest cases written out here, as it
	// decides them, without its call: most lines are no marker.
	var q mkQuick
	if uint(len(s)-6) <= 32-6 {
		// A heading line of the word kept in its slot (mkHeadWords), one
		// space and a number ("Article 5", "Статья 5", "Artículo 5"),
		// read from the slot (heading) before anything else: the cases
		// below would read it so, and most lines of six to 32 bytes are
		// such lines. Longer ones are told below.
		if hw := mkHeadWordOf(s); hw != nil {
			if m, ok := hw.heading(s); ok {
				return m, len(s), true
			}
		}
	}
	switch {
	case s == "":
		return nil, 0, false
	case len(s) >= 8 && s[0]|0x20-'a' <= 'z'-'a':
		// A word of fewer than eight ASCII letters and what ends it, in
		// the first eight bytes.
		w := mkLoadFull(s)
		k := uint(mkLetterBytes(w))
		if k >= 8 {
			if len(s) > 16 {
				// A word of eight to 15 ASCII letters ("Everyone",
				// "Considerando") and an ASCII byte after it, in the
				// first 16 bytes: mkQuickCheck reads it as
				// unitWordASCII would, and rules it out first by its
				// first two letters and length, as here.
				w2 := mkLoadFull(s[8:])
				if k2 := uint(mkLetterBytes(w2)); k2 < 8 {
					i := 8 + k2
					if e := byte(w2 >> (8 * k2)); e < utf8.RuneSelf && (i > 14 || e != ')' && e != '.' && e != '-') {
						mkIndex() // which sets mkUnitASCIIStart
						if mkUnitASCIIStart[uint(w&0x1F)<<5|uint(w>>8&0x1F)]&(1<<i) == 0 {
							return nil, 0, false
						}
					}
				}
			}
			q = mkQuickCheck(s)
			break
		}
		switch e := byte(w >> (8 * k)); {
		case e >= utf8.RuneSelf:
			if hw := mkHeadWordOf(s); hw != nil {
				if m, ok := hw.heading(s); ok {
					return m, len(s), true // "Artículo 5"
				}
				if wq, hit := hw.at(s); hit {
					q = wq
					break
				}
			}
			if pw := mkPlainWordOf(s); pw != nil && pw.none(s) {
				return nil, 0, false // "Considérant que"
			}
			q = mkQuickWordScan(s)
		case e == ')' && (int(k)+1 == len(s) || mkListEnd(s[k+1])):
			// "a)\t", "iv) ": what mkParseCommon reads of them.
			return mkLetterMarker(s, int(k))
		case e == ')' || e == '.' || e == '-':
			q = mkQuick{candidate: true}
		case k < 3:
			return nil, 0, false
		default:
			x := mkIndex() // which sets mkUnitASCIIStart
			if mkUnitASCIIStart[uint(w&0x1F)<<5|uint(w>>8&0x1F)]&(1<<k) == 0 {
				return nil, 0, false
			}
			// A heading line of such a word ("Article 5": the word,
			// a space and at most nine digits, 17 bytes at most) was
			// read from the slot of the word above.
			u := x.unitWordASCIIShort(w, k)
			if u == nil {
				return nil, 0, false
			}
			if k >= 4 {
				mkKeepHeadWord(s[:k], u, int(k))
			}
			q = mkQuick{candidate: true, units: u, runes: int(k), bytes: int(k)}
		}
	case len(s) > 2 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 && s[0]-0xE4 <= 0xE9-0xE4:
		// An ideograph (U+4000 ... U+9FFF), as mkDecodeRune reads it.
		r := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
		if r < 0x4E00 {
			q = mkQuickCheck(s)
			break
		}
		if r == '第' {
			// What mkParseCommon does with it, without its cases.
			if m, n, ok, done := mkParseCJKArticle(s); done {
				return m, n, ok
			}
			return mkParseMarker(s, 0, mkQuick{candidate: true})
		}
		if r != '附' && !mkIsCJKNumeral(r) {
			return nil, 0, false
		}
		q = mkQuick{candidate: true}
	case len(s) > 1 && s[1]&0xC0 == 0x80 && s[0]-0xC2 <= 0xDF-0xC2:
		// Two bytes, as mkDecodeRune reads them.
		if mkRune2[(uint(s[0]&0x1F)<<6|uint(s[1]&0x3F))&(mkClassRunes-1)]&mkClassLetter == 0 {
			q = mkQuick{candidate: true} // brackets, bullets, Arabic-Indic digits, ©
			break
		}
		if hw := mkHeadWordOf(s); hw != nil {
			if m, ok := hw.heading(s); ok {
				return m, len(s), true // "Статья 5", "المادة 5"
			}
			if wq, hit := hw.at(s); hit {
				q = wq
				break
			}
		}
		if pw := mkPlainWordOf(s); pw != nil && pw.none(s) {
			return nil, 0, false // "Каждый человек", "لكل شخص"
		}
		q = mkQuickWordScan(s)
	default:
		q = mkQuickCheck(s)
	}
	if !q.candidate {
		return nil, 0, false
	}
	if m, n, ok, done := mkParseCommon(s, q); done {
		return m, n, ok
	}
	return mkParseMarker(s, 0, q)
}

// mkParseCommon reads the commonest kinds of marker without the
// normalized view, giving what the parser gives (done), or leaves the
// line to the parser:
//   - a word of one to 14 ASCII letters and ")" before an ASCII space, a
//     tab, a line break or the end ("a)", "iii)", "ef)"): what parseNumeral
//     reads, the parsers before it having no use for it;
//   - one to three ASCII digits before a tab ("1\tText");
//   - a plain heading word the quick check found (q.units), one space and
//     one to nine ASCII digits, the whole line ("Article 1", "Статья 1",
//     "المادة 1"): what parseWordHeading reads.
//
// The tests check these lines against the parser (pmSlow).
func mkParseCommon(s string, q mkQuick) (m *Marker, n int, ok, done bool) {
	if q.units != nil {
		if len(q.units.before) == 0 || q.bytes+1 >= len(s) || s[q.bytes] != ' ' || len(s)-q.bytes-1 > 9 {
			return nil, 0, false, false
		}
		v := 0
		for _, c := range []byte(s[q.bytes+1:]) {
			if c < '0' || c > '9' {
				return nil, 0, false, false
			}
			v = v*10 + int(c-'0')
		}
		m := mkNew() // zero: set the fields, not a literal
		m.Raw, m.System, m.Value, m.Unit = s, SystemDecimal, v, q.units.before[0].w.unit
		m.Style = q.units.styleOf(s[:q.bytes+1])
		return m, len(s), true, true
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9':
		return mkParseNumberTab(s)
	case c == '-' || c == '*':
		return mkParseDash(s)
	case c == 0xE7 && strings.HasPrefix(s, "第"):
		return mkParseCJKArticle(s)
	case c == 0xC2 && (strings.HasPrefix(s, "©") || strings.HasPrefix(s, "®")):
		// No marker starts with these signs, which normalization leaves
		// as they are.
		return nil, 0, false, true
	}
	i := 0
	for i < len(s) && i <= 14 && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == 0 || i > 14 || i >= len(s) || s[i] != ')' {
		return nil, 0, false, false
	}
	if i+1 < len(s) && !mkListEnd(s[i+1]) {
		return nil, 0, false, false
	}
	m, n, ok = mkLetterMarker(s, i)
	return m, n, ok, true
}

// mkListEnd reports whether c may follow the ")" of a marker of ASCII
// letters that mkParseCommon reads: a space, a tab or a line break.
func mkListEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// mkLetterMarker reads for mkParseCommon, and ParseMarker, a marker of
// one to 14 ASCII letters s[:i] and ")" before what mkListEnd accepts, or
// the end of s ("a)", "iii)", "ef)"): what parseNumeral reads, the
// parsers before it having no use for it.
func mkLetterMarker(s string, i int) (m *Marker, n int, ok bool) {
	if i == 1 {
		m = mkLatinLetter(s[0], s[:2], mkPercentASCII[')'])
		if len(s) > 3 && (s[2] == ' ' || s[2] == '\t') && mkBlankLead[s[3]] == 0 {
			return m, 3, true // one space or tab and the text: mkSkipBlanks
		}
		return m, mkSkipBlanks(s, 2), true
	}
	m = mkWordReadings(s[:i], s[:i+1])
	if m == nil {
		return nil, 0, false
	}
	return m, mkSkipBlanks(s, i+1), true
}

// mkParseMarker is ParseMarker after the quick check q. The parser
// normalizes the start of s as far as it reads; eager > 0 normalizes that
// many runes before (the tests check that the results are the same, and
// the same without what q learned of the first word).
func mkParseMarker(s string, eager int, q mkQuick) (m *Marker, n int, ok bool) {
	var p mkParser
	p.s = s
	p.word = q
	if q.units != nil {
		p.readPlain(q.runes)
	}
	p.grow(eager)
	m, end, ok := p.parse()
	if !ok || end <= 0 || !p.has(end-1) || !p.cut(end) {
		return nil, 0, false
	}
	n = p.buf[end-1].end
	raw := s[:n]
	for a := m; a != nil; a = a.Alt {
		a.Raw = raw
	}
	return m, mkSkipBlanks(s, n), true
}

// mkParseNumberTab reads for mkParseCommon a number of one to three
// ASCII digits before a tab ("1\tText"): what parseDecimal reads as a
// bare number, the parsers before it having no use for it.
func mkParseNumberTab(s string) (m *Marker, n int, ok, done bool) {
	if m, n, ok, done = mkParseNumberText(s); done {
		return m, n, ok, done
	}
	v, i := 0, 0
	for i < len(s) && i <= mkMaxListDigits && s[i] >= '0' && s[i] <= '9' {
		v = v*10 + int(s[i]-'0')
		i++
	}
	if i > mkMaxListDigits || i >= len(s) || s[i] != '\t' {
		return nil, 0, false, false
	}
	m = mkNew() // zero: set the fields, not a literal
	m.Raw, m.System, m.Value, m.Style = s[:i], SystemDecimal, v, "%"
	return m, mkSkipBlanks(s, i), true, true
}

// styleOf returns the style of a number after the heading word and space
// written as w ("Article "): w + "%", the style made last for the word
// when it is that.
func (u *mkUnits) styleOf(w string) string {
	if st := u.style.Load(); st != nil && len(*st) == len(w)+1 && (*st)[len(w)] == '%' && mkSameBytes((*st)[:len(w)], w) {
		return *st
	}
	st := mkJoin(w, "%", "")
	u.style.Store(&st)
	return st
}

// mkSkipBlanks returns the end of the spaces, tabs and ideographic spaces
// at s[n:]: the runes mkIsBlank reports, read by their UTF-8 bytes.
func mkSkipBlanks(s string, n int) int {
	for n < len(s) {
		switch c := s[n]; c {
		case ' ', '\t':
			n++
		case 0xC2: // U+00A0
			if n+1 >= len(s) || s[n+1] != 0xA0 {
				return n
			}
			n += 2
		case 0xE3: // U+3000
			if n+2 >= len(s) || s[n+1] != 0x80 || s[n+2] != 0x80 {
				return n
			}
			n += 3
		case 0xE2: // U+2000 ... U+200A, U+202F
			if n+2 >= len(s) || s[n+1] != 0x80 || !(s[n+2] >= 0x80 && s[n+2] <= 0x8A || s[n+2] == 0xAF) {
				return n
			}
			n += 3
		default:
			return n
		}
	}
	return n
}

// mkBlankLead is 1 for the bytes that start a blank mkSkipBlanks skips:
// a space, a tab, and the lead bytes of U+00A0, U+3000 and U+2000 ...
// U+200A, U+202F. After a byte that is 0, mkSkipBlanks skips nothing.
var mkBlankLead = [256]uint8{' ': 1, '\t': 1, 0xC2: 1, 0xE2: 1, 0xE3: 1}

// mkMaxRunes bounds how much of a line the parser reads: enough for the
// longest marker or heading ("Artículo primero", "المادة (12)").
const mkMaxRunes = 32

// mkMaxListRoman caps roman list markers: "mix." and "dix." are words, not
// the 1009th and 509th items of a list.
const mkMaxListRoman = 100

// mkMaxListRepeat caps repeated list letters: "aaa)" is the 53rd item, a
// longer run of one letter is not a marker ("iiiii)" is a flattened pair).
const mkMaxListRepeat = 3

// mkMaxListDigits: list numbers have at most three digits.
const mkMaxListDigits = 3

// mkRune is one rune of the normalized view of the start of a line, with
// the byte span of the original text (one normalization segment) it comes
// from.
type mkRune struct {
	r          rune
	start, end int
}

func mkIsBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '\u00a0', '\u202f', '\u2007':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// mkQuick is what the quick check learned of a line: whether it may
// start with a marker and, when its first word is a heading word written
// so that the normalized view starts with the same word (letters that
// normalization leaves alone, then an ASCII character or the end), the
// units of that word and its length. The parser takes the units
// from there instead of folding the word and looking it up again.
type mkQuick struct {
	candidate bool
	units     *mkUnits
	// runes and bytes: the length of the word.
	runes, bytes int
}

// mkCommonLetter reports whether r is a letter of the blocks parity reads
// most (Latin-1, Cyrillic, Arabic, CJK ideographs), as unicode.IsLetter
// would, without its table search.
func mkCommonLetter(r rune) bool {
	switch {
	case r >= 0x00C0 && r <= 0x00FF:
		return r != 0xD7 && r != 0xF7
	case r >= 0x0410 && r <= 0x044F, r >= 0x0620 && r <= 0x064A, r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return false
}

// has reports whether the normalized view has a rune k, normalizing s up
// to it first. Most lines are decided by their first few runes, so the
// parser normalizes no further than it reads.
func (p *mkParser) has(k int) bool {
	if k < p.n {
		return true
	}
	if p.done {
		return false
	}
	// A few runes at a time: the parser reads on from k, mostly.
	p.grow(k + 4)
	return k < p.n
}

// readPlain reads the first n runes of s into the view when the quick
// check found them to be a plain heading word (mkQuick): letters that
// normalization leaves alone, not followed by a combining mark, so the
// view holds them as written, which grow would check rune by rune.
func (p *mkParser) readPlain(n int) {
	for p.n < n {
		r, size := mkDecodeRune(p.s[p.i:])
		p.push(r, p.i, p.i+size)
		p.i += size
	}
}

// push appends a rune to the view.
func (p *mkParser) push(r rune, start, end int) {
	p.buf[p.n] = mkRune{r, start, end}
	p.n++
}

// grow normalizes s until the view has n runes or is complete: at the end
// of s, at a line break, or when it is full (truncated). It reads s one
// normalization segment at a time, so the view it builds in steps is the
// one it would build at once.
func (p *mkParser) grow(n int) {
	s := p.s
	for p.n < n && !p.done {
		i := p.i
		if i >= len(s) || p.n == len(p.buf) {
			p.done, p.truncated = true, i < len(s)
			return
		}
		b := s[i]
		if b < utf8.RuneSelf {
			if b == '\n' || b == '\r' {
				p.done = true
				return
			}
			p.push(rune(b), i, i+1)
			p.i++
			continue
		}
		r, size := mkDecodeRune(s[i:])
		if mkInert(r) && !mkMarkAt(s, i+size) {
			p.push(r, i, i+size)
			p.i += size
			continue
		}
		j := i + norm.NFKC.NextBoundaryInString(s[i:], true)
		if j <= i || r == utf8.RuneError && size <= 1 {
			// Invalid UTF-8: one byte, read as U+FFFD.
			p.push(utf8.RuneError, i, i+1)
			p.i++
			continue
		}
		if r == '\u2028' || r == '\u2029' || r == '\u0085' {
			p.done = true
			return
		}
		seg := s[i:j]
		if size == len(seg) && mkKeepRune(r) {
			p.push(r, i, j)
			p.i = j
			continue
		}
		if f := width.LookupRune(r).Folded(); f != 0 {
			if f < utf8.RuneSelf && size == len(seg) {
				// A full-width ASCII character alone: folded, it is
				// normal as it is.
				p.push(f, i, j)
				p.i = j
				continue
			}
			seg = string(f) + seg[size:]
		}
		if !norm.NFKC.IsNormalString(seg) {
			seg = norm.NFKC.String(seg)
		}
		for _, fr := range seg {
			if p.n == len(p.buf) {
				p.done, p.truncated = true, true
				return
			}
			p.push(fr, i, j)
		}
		p.i = j
	}
}

// mkInert: runes that NFKC and width folding leave alone whatever
// follows, unless a combining mark follows (checked by mkMarkAt): the
// letters of the scripts parity reads most, and Chinese ideographs and
// punctuation. They skip the normalizer.
func mkInert(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, // CJK unified ideographs
		r >= 0x00C0 && r <= 0x00FF, // Latin-1 letters
		r >= 0x0391 && r <= 0x03C9, // Greek
		r >= 0x0410 && r <= 0x044F, // Cyrillic
		r >= 0x0621 && r <= 0x064A, // Arabic letters
		r == 0x3001 || r == 0x3002: // 、。
		return true
	}
	return false
}

// mkMarkAt reports whether a combining mark starts at byte i of s.
func mkMarkAt(s string, i int) bool {
	if i >= len(s) || s[i] < 0xCC { // marks start at U+0300 (0xCC 0x80)
		return false
	}
	if c := s[i]; c == 0xD0 || c == 0xD1 || c >= 0xE4 && c <= 0xE9 {
		return false // U+0400-047F (Cyrillic), U+4000-9FFF (ideographs): no marks
	}
	r, _ := mkDecodeRune(s[i:])
	return !mkCommonLetter(r) && unicode.Is(unicode.M, r)
}

// mkDecodeRune is utf8.DecodeRuneInString with the two- and three-byte
// sequences of the common scripts (Cyrillic, Arabic, CJK) decoded inline.
func mkDecodeRune(s string) (rune, int) {
	if len(s) >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	// E1-EC and EE-EF take any continuation bytes (E0 and ED do not).
	if len(s) >= 3 && (s[0] >= 0xE1 && s[0] <= 0xEC || s[0] >= 0xEE && s[0] <= 0xEF) &&
		s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// mkKeepRune: runes that NFKC would turn into something the parser cannot
// tell apart from plain text.
func mkKeepRune(r rune) bool {
	if _, ok := mkCircledValue(r); ok {
		return true
	}
	return r == 'º' || r == 'ª'
}

// mkParser reads a marker from the normalized view of the start of s,
// which it builds as far as it reads (has). It lives on the stack of
// ParseMarker: the parser runs on every line of a document.
type mkParser struct {
	// buf[:n] is the normalized view read so far.
	buf [mkMaxRunes]mkRune
	n   int
	s   string
	// i is where in s the view stops; done: the view is complete.
	i    int
	done bool
	// word: what the quick check learned of the first word.
	word mkQuick
	// truncated: t stops because the buffer is full, not at the end of
	// the line.
	truncated bool
}

// join returns a + b + c. Most styles are one of a, b, c, or "%" and a
// punctuation mark, which need no new string; others come from the
// styles made so far when they are there (mkInternStyle): the styles of a
// document are few and repeated.
func (p *mkParser) join(a, b, c string) string {
	return mkJoin(a, b, c)
}

// mkJoin is mkParser.join.
func mkJoin(a, b, c string) string {
	switch {
	case b == "" && c == "":
		return a
	case a == "" && c == "":
		return b
	case a == "" && b == "":
		return c
	case a == "%" && c == "" && len(b) == 1 && b[0] < utf8.RuneSelf:
		return mkPercentASCII[b[0]]
	}
	var buf [64]byte
	return mkInternStyle(append(append(append(buf[:0], a...), b...), c...))
}

// mkPercentASCII[c] is "%" followed by the ASCII character c: "%)", "%.".
var mkPercentASCII = func() (t [utf8.RuneSelf]string) {
	for c := range t {
		t[c] = "%" + string(rune(c))
	}
	return t
}()

// mkStyles holds styles made so far ("%)", "Article %"), so that each is
// allocated once, in a table indexed by a hash of the style, two slots
// to a hash: styles displace each other only when three share a pair of
// slots. Entries are replaced whole, atomically, so that concurrent
// parsers share the table without a lock; any entry is a correct style
// for its text, whichever parser wrote it.
var mkStyles [1024]atomic.Pointer[string]

// mkInternStyle returns string(k), from mkStyles when it is there.
func mkInternStyle(k []byte) string {
	// The length and the bytes at both ends tell the styles of a
	// document apart well enough.
	h := uint32(len(k)) * 0x9E3779B1
	if len(k) > 0 {
		h ^= uint32(k[0]) | uint32(k[len(k)-1])<<8 | uint32(k[len(k)/2])<<16
	}
	if len(k) > 3 {
		h ^= uint32(k[1])<<24 | uint32(k[len(k)-2])<<4
	}
	h *= 0x85EBCA6B
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	i := h & uint32(len(mkStyles)-2)
	a, b := &mkStyles[i], &mkStyles[i+1]
	if st := a.Load(); st != nil && *st == string(k) {
		return *st
	}
	st := b.Load()
	if st != nil && *st == string(k) {
		return *st
	}
	v := string(k)
	if st == nil || h&(1<<20) != 0 {
		b.Store(&v)
	} else {
		a.Store(&v)
	}
	return v
}

// cut reports whether a marker may end before rune k: not in the middle of
// what one original code point became.
func (p *mkParser) cut(k int) bool {
	return k <= 0 || !p.has(k) || p.buf[k].start >= p.buf[k-1].end
}

// atEnd reports whether rune index k is the end of the line.
func (p *mkParser) atEnd(k int) bool {
	if p.has(k) {
		return false
	}
	return !p.truncated
}

func (p *mkParser) blank(k int) bool {
	return p.has(k) && (p.buf[k].r == ' ' || p.buf[k].r == '\t')
}

func (p *mkParser) is(k int, r rune) bool {
	return p.has(k) && p.buf[k].r == r
}

// spaceOrEnd: strict boundary after a letter marker.
func (p *mkParser) spaceOrEnd(k int) bool {
	return p.atEnd(k) || p.blank(k)
}

// looseEnd: boundary after a number marker: a space, the end, or text in
// a script written without spaces (Chinese, Japanese), or an opening
// quotation mark.
func (p *mkParser) looseEnd(k int) bool {
	if p.spaceOrEnd(k) {
		return true
	}
	if !p.has(k) {
		return false
	}
	r := p.buf[k].r
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		strings.ContainsRune("“‘«《「『【〈\"", r)
}

// upperAt: a capital letter right after "1." starts the text of an item
// whose space was lost in extraction ("2.Possibility of ...").
func (p *mkParser) upperAt(k int) bool {
	return p.has(k) && unicode.IsUpper(p.buf[k].r)
}

// punct returns the punctuation rune k as written in s, or in its
// normalized form when it shares its original code point with other runes
// (⑴, ㈠).
func (p *mkParser) punct(k int) string {
	if p.has(k) && p.cut(k) && p.cut(k+1) {
		return p.s[p.buf[k].start:p.buf[k].end]
	}
	if p.has(k) {
		return string(p.buf[k].r)
	}
	return ""
}

// raw returns the original text of runes [i, j), or "" when they do not
// start and end on original code point boundaries.
func (p *mkParser) raw(i, j int) string {
	if i >= j || !p.has(j-1) || !p.cut(i) || !p.cut(j) {
		return ""
	}
	return p.s[p.buf[i].start:p.buf[j-1].end]
}

// str returns the normalized runes [i, j) as a string.
func (p *mkParser) str(i, j int) string {
	if j > 0 {
		p.has(j - 1)
	}
	j = min(j, p.n)
	if i >= j {
		return ""
	}
	// Runes read as written, one after the other, are the text of s
	// itself: no need to build a string.
	start, end := p.buf[i].start, p.buf[i].start
	for k := i; k < j; k++ {
		t := p.buf[k]
		if t.start != end {
			start = -1
			break
		}
		if t.r < utf8.RuneSelf {
			if t.end != t.start+1 || p.s[t.start] != byte(t.r) {
				start = -1
				break
			}
		} else if r, size := mkDecodeRune(p.s[t.start:t.end]); r != t.r || size != t.end-t.start {
			start = -1
			break
		}
		end = t.end
	}
	if start >= 0 {
		return p.s[start:end]
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		b.WriteRune(p.buf[k].r)
	}
	return b.String()
}

func (p *mkParser) parse() (*Marker, int, bool) {
	if !p.has(0) {
		return nil, 0, false
	}
	r0 := p.buf[0].r
	if v, ok := mkCircledValue(r0); ok {
		return &Marker{System: SystemCircled, Value: v, Style: "%"}, 1, true
	}
	if r0 == '第' {
		return p.parseCJKHeading()
	}
	if r0 == '附' {
		return p.parseCJKAnnex()
	}
	if m, e, ok := p.parseWordHeading(); ok {
		return m, e, true
	}
	if m, e, ok := p.parseNumberFirstHeading(); ok {
		return m, e, true
	}
	if mkIsBullet(r0) && p.blank(1) {
		return &Marker{System: SystemBullet, Style: p.punct(0)}, 1, true
	}
	if r0 == '(' {
		return p.parseEnclosed()
	}
	return p.parseNumeral()
}

func mkIsBullet(r rune) bool {
	switch r {
	case '•', '·', '‣', '◦', '▪', '▫', '■', '□', '●', '○', '◆', '◇', '►', '▸', '➢', '➤', '–', '—', '-', '*', '\uf0b7', '\uf0a7':
		return true
	}
	return false
}

// digitsAt reads decimal digits from k: value and end (≤ 9 digits).
func (p *mkParser) digitsAt(k int) (int, int, bool) {
	v, j := 0, k
	for j-k < 9 && p.has(j) {
		d, ok := mkDigitValue(p.buf[j].r)
		if !ok {
			break
		}
		v = v*10 + d
		j++
	}
	if j == k {
		return 0, k, false
	}
	if p.has(j) {
		if _, ok := mkDigitValue(p.buf[j].r); ok {
			return 0, k, false // too long to be a marker
		}
	}
	return v, j, true
}

// cjkAt reads a Chinese counting numeral from k (not a digit-by-digit
// year).
func (p *mkParser) cjkAt(k int) (int, int, bool) {
	j := k
	for j-k < 10 && p.has(j) && mkIsCJKNumeral(p.buf[j].r) {
		j++
	}
	if j == k {
		return 0, k, false
	}
	if j-k == 1 {
		// One digit (一, 五), as ParseCJKNumber reads it, or a unit.
		if v, ok := mkCjkDigits[p.buf[k].r]; ok {
			if v < 1 {
				return 0, k, false
			}
			return v, j, true
		}
	}
	s := p.str(k, j)
	if j-k > 1 {
		digitsOnly := true
		for _, r := range s {
			if _, ok := mkCjkDigits[r]; !ok {
				digitsOnly = false
				break
			}
		}
		if digitsOnly {
			return 0, k, false // 一九四八: a year, not an ordinal
		}
	}
	v, ok := ParseCJKNumber(s)
	if !ok || v < 1 {
		return 0, k, false
	}
	return v, j, true
}

// mkScript of a letter, for letter markers.
type mkScript uint8

const (
	mkNoScript mkScript = iota
	mkLatin
	mkCyrillic
	mkGreek
	mkArabic
)

func mkLetterScript(r rune) mkScript {
	switch {
	case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		return mkLatin
	case r >= 0x0410 && r <= 0x044F:
		return mkCyrillic
	case r >= 0x03B1 && r <= 0x03C9 || r == 'ϛ':
		return mkGreek
	case r >= 0x0621 && r <= 0x064A || r == 'ی' || r == 'ک':
		return mkArabic
	}
	return mkNoScript
}

// lettersAt reads a run of letters of one script from k (tatweel skipped
// in Arabic): the letters, the script and the end.
func (p *mkParser) lettersAt(k int) (string, mkScript, int) {
	if !p.has(k) {
		return "", mkNoScript, k
	}
	sc := mkLetterScript(p.buf[k].r)
	if sc == mkNoScript {
		return "", mkNoScript, k
	}
	j := k
	tatweel := false
	for j-k < 14 && p.has(j) {
		r := p.buf[j].r
		if sc == mkArabic && r == 'ـ' {
			tatweel = true
			j++
			continue
		}
		if mkLetterScript(r) != sc {
			break
		}
		j++
	}
	if p.has(j) && unicode.IsLetter(p.buf[j].r) {
		return "", mkNoScript, k // a word in another script or too long
	}
	if !tatweel {
		return p.str(k, j), sc, j
	}
	var b strings.Builder
	for _, t := range p.buf[k:j] {
		if t.r != 'ـ' {
			b.WriteRune(t.r)
		}
	}
	return b.String(), sc, j
}

// parseEnclosed reads "(1)", "(a)", "(iv)", "(一)", "（一）", ㈠.
func (p *mkParser) parseEnclosed() (*Marker, int, bool) {
	k := 1
	var m *Marker
	var j int
	strict := false
	if v, e, ok := p.digitsAt(k); ok {
		m, j = &Marker{System: SystemDecimal, Value: v}, e
	} else if v, e, ok := p.cjkAt(k); ok {
		m, j = &Marker{System: SystemCJK, Value: v}, e
	} else if w, sc, e := p.lettersAt(k); w != "" {
		m = mkLetterReadings(w, sc)
		j = e
		strict = true
	}
	if m == nil || !p.is(j, ')') {
		return nil, 0, false
	}
	end := j + 1
	style := p.join(p.punct(0), "%", p.punct(j))
	// A flattened pair of numbers in brackets: （一）（二） is （一） deleted
	// and （二） inserted. Letters in brackets run together inside one pair
	// of brackets instead ("(ef)").
	if !strict && m.Alt == nil && p.is(end, '(') {
		if sys, v, close, ok := p.bracketNumberAt(end); ok && sys == m.System && mkPairStep(m.Value, v, 3) &&
			p.punct(end)+"%"+p.punct(close) == style && (sys != SystemDecimal || p.looseEnd(close+1)) {
			pair := &Marker{System: sys, Value: v, Change: ChangeReplaced,
				Old: &Marker{System: sys, Value: m.Value, Raw: p.str(1, j)}}
			mkSetStyle(pair, style)
			pair.Old.Raw = p.raw(0, end) // as written, full-width brackets and all
			return pair, close + 1, true
		}
	}
	if strict && !p.spaceOrEnd(end) {
		return nil, 0, false
	}
	if !strict && m.System == SystemDecimal && !p.looseEnd(end) {
		return nil, 0, false
	}
	mkSetStyle(m, style)
	return m, end, true
}

// bracketNumberAt reads "(5)" or "(五)" at k: the system, the value and
// the index of the closing bracket.
func (p *mkParser) bracketNumberAt(k int) (System, int, int, bool) {
	if !p.is(k, '(') {
		return SystemNone, 0, 0, false
	}
	if v, e, ok := p.digitsAt(k + 1); ok && p.is(e, ')') {
		return SystemDecimal, v, e, true
	}
	if v, e, ok := p.cjkAt(k + 1); ok && p.is(e, ')') {
		return SystemCJK, v, e, true
	}
	return SystemNone, 0, 0, false
}

// parseNumeral reads a numeral followed by its punctuation: "1.", "1)",
// "1.1", "1\t", "一、", "a)", "iv.", "أ)".
func (p *mkParser) parseNumeral() (*Marker, int, bool) {
	if v, j, ok := p.digitsAt(0); ok {
		if j > mkMaxListDigits {
			return nil, 0, false // 2030., 1948): years, not list numbers
		}
		return p.parseDecimal(v, j)
	}
	if v, j, ok := p.cjkAt(0); ok {
		switch {
		case p.is(j, '、'), p.is(j, ')'), p.is(j, '.') && p.looseEnd(j+1):
			m := &Marker{System: SystemCJK, Value: v}
			mkSetStyle(m, p.join("%", p.punct(j), ""))
			return m, j + 1, true
		}
		return nil, 0, false
	}
	w, sc, j := p.lettersAt(0)
	if w == "" {
		return nil, 0, false
	}
	if sc == mkArabic && p.is(j, ' ') && p.is(j+1, ')') && utf8.RuneCountInString(w) == 1 {
		// "أ )": one Arabic letter, a space, the bracket, as right-to-left
		// typing often leaves it. The space is part of Raw, not of Style,
		// so that "أ )" and "ب)" are one list.
		j++
	}
	closing := p.is(j, ')') || p.is(j, '.') || sc == mkArabic && p.is(j, '-')
	if !closing || !p.spaceOrEnd(j+1) {
		return nil, 0, false
	}
	if sc == mkLatin && p.is(j, '.') && p.abbreviation(w, j+1) {
		return nil, 0, false
	}
	m := mkLetterReadings(w, sc)
	if m == nil {
		return nil, 0, false
	}
	mkSetStyle(m, p.join("%", p.punct(j), ""))
	return m, j + 1, true
}

// abbreviation reports whether a lower-case letter and "." at the start of
// a line are an abbreviation: "v. Smith", "p. 5", "c. 1950".
func (p *mkParser) abbreviation(w string, k int) bool {
	abbrev := false
	for _, a := range mkAbbrevWords {
		if a == w {
			abbrev = true
			break
		}
	}
	if !abbrev {
		return false
	}
	for p.has(k) && p.blank(k) {
		k++
	}
	if !p.has(k) {
		return false
	}
	r := p.buf[k].r
	if r >= '0' && r <= '9' {
		return true
	}
	if w != mkVersus || !unicode.IsUpper(r) {
		return false
	}
	// "v. Smith", "v. Smith, 123 U.S. 456", "v. Smith (1999)": one name,
	// then the end of the line or a citation.
	j := k + 1
	for p.has(j) && (unicode.IsLetter(p.buf[j].r) || p.buf[j].r == '\'' || p.buf[j].r == '-') {
		j++
	}
	if p.atEnd(j) {
		return true
	}
	if !p.has(j) {
		return false
	}
	switch p.buf[j].r {
	case ',', ';':
		return true
	case ' ':
		return p.is(j+1, '(') || p.has(j+1) && unicode.IsDigit(p.buf[j+1].r)
	}
	return false
}

// parseDecimal goes on after the digits of value v that end at j.
func (p *mkParser) parseDecimal(v, j int) (*Marker, int, bool) {
	var pbuf [8]int
	path := append(pbuf[:0], v)
	k := j
	for p.is(k, '.') {
		w, e, ok := p.digitsAt(k + 1)
		if !ok || len(path) >= 8 {
			break
		}
		if e-(k+1) > mkMaxListDigits {
			return nil, 0, false // 28.12.2017: a date
		}
		path = append(path, w)
		k = e
	}
	if len(path) > 1 {
		m := &Marker{System: SystemMultiLevel, Value: path[len(path)-1], Path: slices.Clone(path)}
		style := "%"
		end := k
		if p.is(k, '.') || p.is(k, ')') {
			style += p.punct(k)
			end = k + 1
		}
		if !p.looseEnd(end) {
			return nil, 0, false
		}
		m.Style = style
		return m, end, true
	}
	m := &Marker{System: SystemDecimal, Value: v}
	switch {
	case p.is(j, ')'):
		if !p.looseEnd(j+1) && !p.upperAt(j+1) {
			return nil, 0, false
		}
		m.Style = p.join("%", p.punct(j), "")
		return m, j + 1, true
	case p.is(j, '.') && p.is(j+1, '-'):
		if !p.looseEnd(j + 2) {
			return nil, 0, false
		}
		m.Style = p.join("%", p.punct(j), p.punct(j+1))
		return m, j + 2, true
	case p.is(j, '.'):
		if !p.looseEnd(j+1) && !p.upperAt(j+1) {
			return nil, 0, false
		}
		m.Style = p.join("%", p.punct(j), "")
		return m, j + 1, true
	case p.is(j, '、'):
		m.Style = p.join("%", p.punct(j), "")
		return m, j + 1, true
	case p.is(j, '-') && p.blank(j+1):
		m.Style = p.join("%", p.punct(j), "")
		return m, j + 1, true
	case p.bareGap(j):
		m.Style = "%"
		return m, j, true
	}
	return nil, 0, false
}

// bareGap: after a bare number, a tab, an ideographic space or two spaces
// set the number apart from the text ("1\tText"); one space does not
// ("2030 Agenda").
func (p *mkParser) bareGap(k int) bool {
	if !p.has(k) {
		return false
	}
	switch {
	case p.buf[k].r == '\t':
		return true
	case p.buf[k].r == ' ':
		if p.s[p.buf[k].start:p.buf[k].end] != " " {
			// U+3000 and other wide spaces, but a no-break, narrow or
			// figure space before a digit groups thousands: 1 197,6.
			_, digit := mkDigitValue(p.at(k + 1))
			return !digit
		}
		return p.blank(k + 1)
	}
	return false
}

// mkSetStyle sets the style on a reading and its alternatives. The Raw
// of an old reading holds its numeral until now, and becomes the numeral
// in the style ("e" becomes "e)"); the old Raws share one allocation.
func mkSetStyle(m *Marker, style string) {
	pct := strings.IndexByte(style, '%')
	size := 0
	for a := m; a != nil; a = a.Alt {
		a.Style = style
		if a.Old != nil {
			a.Old.Style = style
			size += len(style) - 1 + len(a.Old.Raw)
		}
	}
	if size == 0 || pct < 0 {
		for a := m; a != nil; a = a.Alt {
			if a.Old != nil {
				a.Old.Raw = strings.Replace(style, "%", a.Old.Raw, 1)
			}
		}
		return
	}
	var b strings.Builder
	b.Grow(size)
	for a := m; a != nil; a = a.Alt {
		if a.Old != nil {
			b.WriteString(style[:pct])
			b.WriteString(a.Old.Raw)
			b.WriteString(style[pct+1:])
		}
	}
	raws := b.String()
	for a := m; a != nil; a = a.Alt {
		if a.Old != nil {
			n := len(style) - 1 + len(a.Old.Raw)
			a.Old.Raw, raws = raws[:n], raws[n:]
		}
	}
}

// mkReading is one candidate reading of a letter string.
type mkReading struct {
	sys      System
	value    int
	old      int // > 0 for a flattened pair
	oldRaw   string
	priority int // lower first
}

// mkLetterReadings reads a string of letters of one script as markers: the
// plain readings (a letter, a roman numeral) first, then the flattened
// pairs, as a chain through Alt. It returns nil when nothing reads it.
func mkLetterReadings(w string, sc mkScript) *Marker {
	var buf [16]mkReading
	rs := buf[:0]
	switch sc {
	case mkLatin:
		rs = mkLatinReadings(rs, w)
	case mkCyrillic:
		if mkAllRunes(w, unicode.ToLower) {
			rs = mkAlphaReadings(rs, w, SystemCyrillicLower, 2)
		} else if mkAllRunes(w, unicode.ToUpper) {
			rs = mkAlphaReadings(rs, w, SystemCyrillicUpper, 2)
		}
	case mkGreek:
		rs = mkAlphaReadings(rs, w, SystemGreekLower, 2)
	case mkArabic:
		if utf8.RuneCountInString(w) <= 2 {
			rs = mkAlphaReadings(mkAlphaReadings(rs, w, SystemArabicAbjad, 1), w, SystemArabicAlpha, 1)
			for i := range rs {
				if rs[i].sys == SystemArabicAlpha {
					rs[i].priority++
				}
			}
		}
	}
	if len(rs) == 0 {
		return nil
	}
	if len(rs) > 1 {
		slices.SortStableFunc(rs, func(a, b mkReading) int { return cmp.Compare(a.priority, b.priority) })
	}
	// The readings and their old halves, in one allocation.
	olds := 0
	for _, r := range rs {
		if r.old > 0 {
			olds++
		}
	}
	ms := mkAlloc(len(rs) + olds)
	old := ms[len(rs):]
	for i, r := range rs {
		m := &ms[i]
		m.System, m.Value = r.sys, r.value
		if r.old > 0 {
			o := &old[0]
			old = old[1:]
			o.System, o.Value, o.Raw = r.sys, r.old, r.oldRaw
			m.Old = o
			m.Change = ChangeReplaced
		}
		if i > 0 {
			ms[i-1].Alt = m
		}
	}
	return &ms[0]
}

// mkAllRunes reports whether w == strings.Map(f, w), as w ==
// strings.ToLower(w) does for f = unicode.ToLower, without making the
// mapped string: w is a run of letters of the normalized view.
func mkAllRunes(w string, f func(rune) rune) bool {
	for _, r := range w {
		if f(r) != r {
			return false
		}
	}
	return true
}

// mkLatinReadings appends to rs the readings of w: Latin letters are
// letters or roman numerals, and a string of them may be a flattened pair
// of either.
func mkLatinReadings(rs []mkReading, w string) []mkReading {
	lower := mkAllRunes(w, unicode.ToLower)
	if !lower && !mkAllRunes(w, unicode.ToUpper) {
		return rs
	}
	romanSys, letterSys := SystemRomanLower, SystemLatinLower
	if !lower {
		romanSys, letterSys = SystemRomanUpper, SystemLatinUpper
	}
	rv, rok := mkParseRoman(w)
	// Single letters keep their roman reading as an alternative (c = 100,
	// d = 500, m = 1000); longer ones are numerals only up to the cap.
	rok = rok && (rv <= mkMaxListRoman || len(w) == 1)
	lv, lok := mkAlphabetOf(letterSys).parse(w)
	lok = lok && len(w) <= mkMaxListRepeat
	switch {
	case rok && lok:
		// Small roman numerals (i, v, x, ii) read as roman first; c, d,
		// l, m and cc as letters.
		if rv <= 40 {
			rs = append(rs, mkReading{sys: romanSys, value: rv, priority: 0}, mkReading{sys: letterSys, value: lv, priority: 1})
		} else {
			rs = append(rs, mkReading{sys: letterSys, value: lv, priority: 0}, mkReading{sys: romanSys, value: rv, priority: 1})
		}
	case rok:
		rs = append(rs, mkReading{sys: romanSys, value: rv})
	case lok:
		rs = append(rs, mkReading{sys: letterSys, value: lv})
	}
	// Flattened pairs: old and new run together.
	for i := 1; i < len(w); i++ {
		a, b := w[:i], w[i:]
		if av, ok := mkParseRoman(a); ok {
			if bv, ok := mkParseRoman(b); ok && mkPairStep(av, bv, 3) && bv <= mkMaxListRoman && av <= mkMaxListRoman {
				rs = append(rs, mkReading{sys: romanSys, value: bv, old: av, oldRaw: a, priority: mkPairPriority(av, bv)})
			}
		}
		if len(a) <= 2 && len(b) <= 2 {
			av, aok := mkAlphabetOf(letterSys).parse(a)
			bv, bok := mkAlphabetOf(letterSys).parse(b)
			if aok && bok && mkPairStep(av, bv, 2) {
				rs = append(rs, mkReading{sys: letterSys, value: bv, old: av, oldRaw: a, priority: mkPairPriority(av, bv) + 1})
			}
		}
	}
	return rs
}

// mkAlphaReadings appends to rs the readings of w in sys: one letter, a
// doubled letter, or a pair of letters whose values differ by 1 ...
// maxStep.
func mkAlphaReadings(rs []mkReading, w string, sys System, maxStep int) []mkReading {
	a := mkAlphabetOf(sys)
	if v, ok := a.parse(w); ok && utf8.RuneCountInString(w) <= mkMaxListRepeat {
		rs = append(rs, mkReading{sys: sys, value: v})
	}
	first, size := utf8.DecodeRuneInString(w)
	rest := w[size:]
	if rest == "" || utf8.RuneCountInString(rest) != 1 {
		return rs
	}
	second, _ := utf8.DecodeRuneInString(rest)
	av, aok := a.value(first)
	bv, bok := a.value(second)
	if aok && bok && mkPairStep(av, bv, maxStep) {
		rs = append(rs, mkReading{sys: sys, value: bv, old: av, oldRaw: string(first), priority: mkPairPriority(av, bv)})
	}
	return rs
}

// mkPairStep: the new value of a flattened pair is 1 ... max above the old
// one (items inserted before it: e→f), or one below (an item deleted
// before it: d→c).
func mkPairStep(old, new, max int) bool {
	d := new - old
	return d >= 1 && d <= max || d == -1
}

// mkPairPriority orders pair readings: a step of one first, insertions
// (the number goes up) before deletions.
func mkPairPriority(old, new int) int {
	d := new - old
	if d > 0 {
		return 10 + 4*(d-1)
	}
	return 12 + 4*(-d-1)
}

// parseCJKHeading reads 第…条 / 第 5 條 / 第一章 / 第 174-1 條 / 第二节.
func (p *mkParser) parseCJKHeading() (*Marker, int, bool) {
	k := 1
	for p.blank(k) {
		k++
	}
	numStart := k
	m := &Marker{}
	if v, j, ok := p.digitsAt(k); ok {
		m.System, m.Value = SystemDecimal, v
		k = j
		if p.is(k, '-') {
			if w, j2, ok := p.digitsAt(k + 1); ok {
				m.System, m.Value, m.Path = SystemMultiLevel, w, []int{v, w}
				k = j2
			}
		}
	} else if v, j, ok := p.cjkAt(k); ok {
		m.System, m.Value = SystemCJK, v
		k = j
	} else {
		return nil, 0, false
	}
	numEnd := k
	for p.blank(k) {
		k++
	}
	for _, u := range mkCJKUnits {
		end, match := p.runesAt(k, u.word)
		if !match {
			continue
		}
		if !p.atEnd(end) && !p.blank(end) && !strings.ContainsRune(":：.", p.at(end)) {
			return nil, 0, false // 第五条规定……: running text
		}
		m.Unit = u.unit
		m.Style = p.join(p.raw(0, numStart), "%", p.raw(numEnd, end))
		return m, end, true
	}
	return nil, 0, false
}

// runesAt reports whether the runes of w are at k, and where they end.
func (p *mkParser) runesAt(k int, w string) (int, bool) {
	for _, r := range w {
		if !p.is(k, r) {
			return 0, false
		}
		k++
	}
	return k, true
}

// parseCJKAnnex reads 附件, 附件一, 附件 1.
func (p *mkParser) parseCJKAnnex() (*Marker, int, bool) {
	for _, w := range mkCJKAnnexWords {
		k, match := p.runesAt(0, w)
		if !match {
			continue
		}
		m := &Marker{Unit: UnitAnnex}
		j := k
		for p.blank(j) {
			j++
		}
		if v, e, ok := p.digitsAt(j); ok {
			m.System, m.Value = SystemDecimal, v
			m.Style = p.join(p.raw(0, j), "%", "")
			k = e
		} else if v, e, ok := p.cjkAt(j); ok {
			m.System, m.Value = SystemCJK, v
			m.Style = p.join(p.raw(0, j), "%", "")
			k = e
		} else {
			m.Style = p.raw(0, k)
		}
		if !p.atEnd(k) && !p.blank(k) && !strings.ContainsRune(":：", p.at(k)) {
			return nil, 0, false
		}
		return m, k, true
	}
	return nil, 0, false
}

// wordAt reads a word of letters (and combining marks) from k.
func (p *mkParser) wordAt(k int) (string, int) {
	j := p.wordEnd(k)
	return p.str(k, j), j
}

// wordEnd returns the end of the word of letters (and combining marks)
// that starts at k.
func (p *mkParser) wordEnd(k int) int {
	j := k
	for p.has(j) {
		if r := p.buf[j].r; r < utf8.RuneSelf {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				break
			}
		} else if !mkCommonLetter(r) && !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j++
	}
	return j
}

// foldAt appends mkFoldWord(p.str(i, j)) to b. Runes that normalization
// leaves alone whatever is around them (ASCII, mkInert) fold one by one;
// a word with any other rune (a combining mark, º) goes through
// mkAppendFold.
func (p *mkParser) foldAt(b []byte, i, j int) []byte {
	n := len(b)
	for k := i; k < j; k++ {
		r := p.buf[k].r
		if r >= utf8.RuneSelf && !mkInert(r) {
			return mkAppendFold(b[:n], p.str(i, j))
		}
		if r = mkFoldRune(r); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// parseWordHeading reads "Article 5", "Article premier", "CHAPITRE II",
// "Artigo 3.º", "المادة (1)", "ANNEX".
func (p *mkParser) parseWordHeading() (*Marker, int, bool) {
	var k int
	var refs []mkUnitRef
	if p.word.units != nil {
		// The quick check read the word and looked it up.
		k, refs = p.word.runes, p.word.units.before
	} else if k = p.wordEnd(0); k == 0 {
		return nil, 0, false
	} else {
		x := mkIndex()
		var buf [64]byte
		if key := p.foldAt(buf[:0], 0, k); x.mayBeUnit(key) {
			refs = x.unitsBefore[string(key)]
		}
	}
	if len(refs) == 0 || !p.cut(k) {
		return nil, 0, false
	}
	ref := refs[0]
	j := k
	for p.blank(j) {
		j++
	}
	if j > k {
		if m, end, ok := p.headingNumber(j); ok {
			m.Unit = ref.w.unit
			if ok := p.headingEnd(end); ok {
				m.Style = p.join(p.raw(0, j), m.Style, "")
				return m, end, true
			}
			return nil, 0, false
		}
	}
	if ref.w.bare && p.headingEnd(k) {
		return &Marker{Unit: ref.w.unit, Style: p.raw(0, k)}, k, true
	}
	return nil, 0, false
}

// headingNumber reads the number of a heading at k: digits (5, 9-1),
// roman (II), an ordinal word (premier), in parentheses or not, with a
// suffix (".", ".º", "º", "°", "er"). Style is the numeral part with "%".
func (p *mkParser) headingNumber(k int) (*Marker, int, bool) {
	open := p.is(k, '(')
	i := k
	if open {
		i++
	}
	m := &Marker{}
	j := i
	if v, e, ok := p.digitsAt(i); ok {
		m.System, m.Value = SystemDecimal, v
		j = e
		if p.is(j, '-') {
			if w, e2, ok := p.digitsAt(j + 1); ok {
				m.System, m.Value, m.Path = SystemMultiLevel, w, []int{v, w}
				j = e2
			}
		}
	} else {
		e := p.wordEnd(i)
		if e == i || !p.cut(e) {
			return nil, 0, false
		}
		var buf [64]byte
		if v, ok := mkIndex().ordinals[string(p.foldAt(buf[:0], i, e))]; ok {
			m.System, m.Value = SystemDecimal, v
		} else if !mkLetterNumber(m, p.str(i, e)) {
			return nil, 0, false
		}
		j = e
	}
	numEnd := j
	if open {
		if !p.is(j, ')') {
			return nil, 0, false
		}
		j++
	}
	// Suffixes: 3.º, 1º, 1°, 1er, 1re, 1.
	switch r, next := p.at(j), p.at(j+1); {
	case r == '.' && (next == 'º' || next == '°'):
		j += 2
	case r == 'º', r == '°':
		j++
	case m.System == SystemDecimal && (r == 'e' && next == 'r' || r == 'r' && next == 'e'):
		if !unicode.IsLetter(p.at(j + 2)) {
			j += 2
		}
	}
	if p.is(j, '.') || p.is(j, ':') {
		if p.spaceOrEnd(j + 1) {
			j++
		}
	}
	m.Style = p.join(p.raw(k, i), "%", p.raw(numEnd, j))
	if numEnd == j && i == k {
		m.Style = "%"
	}
	return m, j, true
}

// mkLetterNumber reads the word w as the number of a heading: a roman
// numeral (II), or a single capital (Part C, Annex D).
func mkLetterNumber(m *Marker, w string) bool {
	if v, ok := mkParseRoman(w); ok {
		m.System, m.Value = SystemRomanUpper, v
		if w[0] >= 'a' {
			m.System = SystemRomanLower
		}
		if len(w) == 1 && v >= 100 {
			// "Part C", "Annex D": a letter.
			m.System, m.Value = SystemLatinUpper, int(w[0]-'A')+1
			if w[0] >= 'a' {
				m.System, m.Value = SystemLatinLower, int(w[0]-'a')+1
			}
		}
		return true
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		m.System, m.Value = SystemLatinUpper, int(w[0]-'A')+1
		return true
	}
	return false
}

func (p *mkParser) at(k int) rune {
	if p.has(k) {
		return p.buf[k].r
	}
	return 0
}

// headingEnd: after a heading number comes the end of the line, a
// separator (tab, two spaces, dash, colon), or a title that starts with a
// capital or in a script without case. A lower-case word ("Article 5 of
// the Regulation") or an opening parenthesis ("Article 5(1)") means a
// cross-reference in running text.
func (p *mkParser) headingEnd(k int) bool {
	if p.atEnd(k) {
		return true
	}
	if !p.has(k) {
		return false
	}
	r := p.buf[k].r
	switch {
	case r == '\t':
		return true
	case strings.ContainsRune("-–—:.", r):
		return true
	case r != ' ':
		return false
	}
	j := k
	for p.blank(j) {
		j++
	}
	if p.atEnd(j) || j-k >= 2 || p.raw(k, k+1) != " " {
		return true
	}
	if !p.has(j) {
		return false
	}
	n := p.buf[j].r
	switch {
	case strings.ContainsRune("-–—:", n):
		return true
	case unicode.IsUpper(n):
		return true
	case unicode.In(n, unicode.Han, unicode.Hiragana, unicode.Katakana):
		return true
	}
	return false
}

// parseNumberFirstHeading reads "6. cikk", "II. fejezet".
func (p *mkParser) parseNumberFirstHeading() (*Marker, int, bool) {
	var m Marker // allocated once it reads
	var j int
	if v, e, ok := p.digitsAt(0); ok {
		m.System, m.Value, j = SystemDecimal, v, e
	} else {
		// Only an upper-case roman numeral: the word must start with one
		// of its letters.
		if !p.has(0) || !strings.ContainsRune("IVXLCDM", p.buf[0].r) {
			return nil, 0, false
		}
		w, e := p.wordAt(0)
		v, ok := mkParseRoman(w)
		if !ok || w[0] < 'A' || w[0] > 'Z' {
			return nil, 0, false
		}
		m.System, m.Value, j = SystemRomanUpper, v, e
	}
	if !p.is(j, '.') || !p.is(j+1, ' ') {
		return nil, 0, false
	}
	e := p.wordEnd(j + 2)
	if e == j+2 {
		return nil, 0, false
	}
	var buf [64]byte
	var refs []mkUnitRef
	if x, key := mkIndex(), p.foldAt(buf[:0], j+2, e); x.mayBeUnit(key) {
		refs = x.unitsAfter[string(key)]
	}
	if len(refs) == 0 || !p.headingEnd(e) {
		return nil, 0, false
	}
	m.Unit = refs[0].w.unit
	m.Style = p.join("%", p.raw(j, e), "")
	res := new(Marker)
	*res = m
	return res, e, true
}

// mkMaxSpacedDigits: a number set apart by one space is a paragraph
// number only up to 999; "2030 Agenda" and "1948 saw" start sentences.
const mkMaxSpacedDigits = 3

// ParseSpacedNumber reads a bare paragraph number followed by one space and
// a word at the start of s ("1 que tout texte…", "2 that the…"): what a
// "1<TAB>" paragraph becomes when HTML extraction or copying turns the tab
// into a space. It returns the marker (decimal, Style "%", as ParseMarker
// reads "1\t") and the bytes it took, the space included.
//
// On its own such a prefix is as often running text ("3 States have…",
// "12 months after…"), which is why ParseMarker does not read it: callers
// accept it only in context, for a run of blocks numbered 1, 2, 3 … under
// a section heading (corpus.Segment does). What it never reads: a number of
// more than three digits or with a leading zero ("2030 Agenda", "007"),
// a number followed by another digit group ("1 197,6", "1 000 pages") or
// by anything but a letter ("1 %", "1 – 2"), or two spaces or a tab (that
// is ParseMarker's bare number).
func ParseSpacedNumber(s string) (m *Marker, n int, ok bool) {
	v, digits, i := 0, 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		d, isDigit := mkDigitValue(r)
		if !isDigit && r >= '０' && r <= '９' {
			d, isDigit = int(r-'０'), true
		}
		if !isDigit {
			break
		}
		if digits == 0 && d == 0 {
			return nil, 0, false
		}
		v = v*10 + d
		digits++
		i += size
		if digits > mkMaxSpacedDigits {
			return nil, 0, false
		}
	}
	if digits == 0 || i >= len(s) {
		return nil, 0, false
	}
	raw := s[:i]
	sp, size := utf8.DecodeRuneInString(s[i:])
	if sp != ' ' && sp != '\u00a0' {
		return nil, 0, false
	}
	i += size
	if r, _ := utf8.DecodeRuneInString(s[i:]); i >= len(s) || !unicode.IsLetter(r) {
		return nil, 0, false
	}
	return &Marker{Raw: raw, System: SystemDecimal, Value: v, Style: "%"}, i, true
}
