package lang

import (
	"strings"
	"unicode/utf8"
)

// Fast paths of mkParseCommon: lines that the parser would read, or
// reject, without the normalized view. Each gives what the parser gives
// (done) or leaves the line to it; the tests check them against the
// parser (pmSlow).

// mkLatinLetter returns the readings of one ASCII letter before ")", as
// mkLetterReadings reads it, with Raw raw and Style style: the letter,
// and a roman numeral for i v x l c d m (roman first for i, v and x,
// which are 40 or less). Each reading is written once, fields and all.
func mkLatinLetter(c byte, raw, style string) *Marker {
	letterSys, romanSys := SystemLatinLower, SystemRomanLower
	if c < 'a' {
		letterSys, romanSys = SystemLatinUpper, SystemRomanUpper
	}
	lv := int(c|0x20-'a') + 1
	rv := 0
	switch c | 0x20 {
	case 'i':
		rv = 1
	case 'v':
		rv = 5
	case 'x':
		rv = 10
	case 'l':
		rv = 50
	case 'c':
		rv = 100
	case 'd':
		rv = 500
	case 'm':
		rv = 1000
	}
	if rv == 0 {
		m := mkNew()
		m.Raw, m.System, m.Value, m.Style = raw, letterSys, lv, style
		return m
	}
	ms := mkAlloc(2)
	if rv <= 40 {
		ms[0].System, ms[0].Value, ms[1].System, ms[1].Value = romanSys, rv, letterSys, lv
	} else {
		ms[0].System, ms[0].Value, ms[1].System, ms[1].Value = letterSys, lv, romanSys, rv
	}
	ms[0].Raw, ms[0].Style, ms[1].Raw, ms[1].Style = raw, style, raw, style
	ms[0].Alt = &ms[1]
	return &ms[0]
}

// mkParseNumberText rejects for mkParseNumberTab the lines that start
// with ASCII digits and go on with what no marker has after its number:
// nothing, ten digits or more, a letter ("1st"), a Chinese ideograph
// ("2022年"), or, after four digits or more, anything ASCII but "."
// ("1948 saw", "2030: ..."; "2015. évi" may be a heading).
func mkParseNumberText(s string) (m *Marker, n int, ok, done bool) {
	d := 0
	for d < len(s) && d < 10 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == len(s) || d >= 10 {
		return nil, 0, false, true
	}
	switch c := s[d]; {
	case c < utf8.RuneSelf:
		if d >= 4 && c != '.' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			return nil, 0, false, true
		}
	case mkIdeographAt(s, d):
		return nil, 0, false, true
	}
	return nil, 0, false, false
}

// mkIdeographAt reports whether s has at i a rune from U+4000 to U+9FFF
// (CJK ideographs): runes that normalization leaves alone, whatever
// follows them, and that are no digit, punctuation or letter of a marker.
func mkIdeographAt(s string, i int) bool {
	return i+2 < len(s) && s[i] >= 0xE4 && s[i] <= 0xE9 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// mkParseDash rejects for mkParseCommon a "-" or "*" that is not a bullet:
// at the end of s or before an ASCII character other than a space or a
// tab ("---", "-1", "**").
func mkParseDash(s string) (m *Marker, n int, ok, done bool) {
	if len(s) == 1 {
		return nil, 0, false, true
	}
	if c := s[1]; c < utf8.RuneSelf && c != ' ' && c != '\t' {
		return nil, 0, false, true
	}
	return nil, 0, false, false
}

// mkParseCJKArticle reads for mkParseCommon the commonest Chinese
// headings, 第 and a number of ASCII digits or of Chinese numerals
// written together, then the unit (条, 章, 节 ...), as parseCJKHeading
// reads them: "第五条", "第75条". What follows the unit must be the end
// of s or ASCII; other lines (a space or a dash inside, a unit of two
// characters, full-width digits) are left to the parser.
func mkParseCJKArticle(s string) (m *Marker, n int, ok, done bool) {
	const first = len("第")
	if k := (len(s) - first) / 3; k >= 2 && k <= 4 && (len(s)-first)%3 == 0 && s[len(s)-3:] == "条" {
		// The commonest line: one to three numerals of mkCJKDigit3 and
		// 条, the whole of s ("第五条", "第十二条"), as the lines below
		// read it when mkCJKSmallOf finds a number.
		var d [3]int
		k--
		j := 0
		for ; j < k; j++ {
			i := first + 3*j
			if d[j] = mkCJKDigit3(s[i], s[i+1], s[i+2]); d[j] == 0 {
				break
			}
		}
		if j == k {
			if v, ok := mkCJKSmallOf(d, k); ok && v > 0 {
				m = mkNew() // zero: set the fields, not a literal
				m.Raw, m.System, m.Value, m.Unit, m.Style = s, SystemCJK, v, mkCJKUnits[0].unit, mkCJKUnitStyles[0]
				return m, len(s), true, true
			}
		}
	}
	i := first
	sys, v := SystemNone, 0
	if i < len(s) && s[i] >= '0' && s[i] <= '9' {
		for i < len(s) && i-first < 10 && s[i] >= '0' && s[i] <= '9' {
			v = v*10 + int(s[i]-'0')
			i++
		}
		if i-first > 9 {
			return nil, 0, false, false
		}
		sys = SystemDecimal
	} else {
		// The ideographs of the number, decoded as mkIdeographAt and
		// mkDecodeRune read them. The commonest numerals first, by
		// their three bytes (mkCJKDigit3), the values of the first
		// three for mkCJKSmallOf; small tells whether they are all
		// there is.
		k := 0
		var d [3]int
		small := true
		for k < 3 && i+2 < len(s) {
			v := mkCJKDigit3(s[i], s[i+1], s[i+2])
			if v == 0 {
				break
			}
			d[k] = v
			i += 3
			k++
		}
		for i+2 < len(s) {
			c := s[i]
			if c < 0xE4 || c > 0xE9 || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
				break
			}
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if !mkIsCJKNumeral(r) {
				break
			}
			// A fourth numeral, or one that is none of 一 ... 九 and
			// 十 (the loop above read those): no number of
			// mkCJKSmallOf.
			small = false
			i += 3
			if k++; k >= 10 {
				return nil, 0, false, false
			}
		}
		if k == 0 {
			return nil, 0, false, false
		}
		var cok bool
		if small {
			v, cok = mkCJKSmallOf(d, k)
		}
		if v == 0 {
			v, cok = mkCJKValue(s[first:i], k)
		}
		if !cok {
			return nil, 0, false, true // 第一九四八: no number, no heading
		}
		sys = SystemCJK
	}
	// The unit.
	switch {
	case i == len(s):
		return nil, 0, false, true
	case s[i] < utf8.RuneSelf:
		if c := s[i]; c == ' ' || c == '\t' || c == '-' {
			return nil, 0, false, false
		}
		return nil, 0, false, true // 第5a: no unit
	case !mkIdeographAt(s, i) || strings.HasPrefix(s[i:], "部"):
		return nil, 0, false, false
	}
	unit, style := UnitNone, ""
	end := i + 3
	// s[i:end] == u.word, byte by byte: a call to compare three bytes
	// costs more than the compare.
	w := s[i:end]
	for k, u := range mkCJKUnits {
		if len(u.word) == 3 && u.word[0] == w[0] && u.word[1] == w[1] && u.word[2] == w[2] {
			unit, style = u.unit, mkCJKUnitStyles[k]
			break
		}
	}
	if unit == UnitNone {
		return nil, 0, false, true // 第75号: no unit
	}
	// What follows the unit: the end, a space, ":" or "." (or a line
	// break, which ends the parser's view).
	if end < len(s) {
		switch c := s[end]; {
		case c == ' ' || c == '\t' || c == ':' || c == '.' || c == '\n' || c == '\r':
		case c < utf8.RuneSelf || mkIdeographAt(s, end):
			return nil, 0, false, true // 第五条规定……: running text
		default:
			return nil, 0, false, false
		}
	}
	m = mkNew() // zero: set the fields, not a literal
	m.Raw, m.System, m.Value, m.Unit, m.Style = s[:end], sys, v, unit, style
	return m, mkSkipBlanks(s, end), true, true
}

// mkCJKValue is cjkAt's value of the k Chinese numerals of w (k >= 1):
// one digit other than zero, or a counting numeral (not a year written
// digit by digit) of 1 or more.
func mkCJKValue(w string, k int) (int, bool) {
	if k == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if v, ok := mkCjkDigits[r]; ok {
			return v, v >= 1
		}
	} else {
		digitsOnly := true
		for _, r := range w {
			if _, ok := mkCjkDigits[r]; !ok {
				digitsOnly = false
				break
			}
		}
		if digitsOnly {
			return 0, false
		}
	}
	v, ok := ParseCJKNumber(w)
	return v, ok && v >= 1
}

// mkCJKUnitStyles are the styles of 第…X headings, by mkCJKUnits: "第%条".
var mkCJKUnitStyles = func() []string {
	st := make([]string, len(mkCJKUnits))
	for k, u := range mkCJKUnits {
		st[k] = "第%" + u.word
	}
	return st
}()

// mkCJKDigit3 is the value of 一 ... 九 and 十 of the rune whose UTF-8
// bytes are a, b and c, 0 for any other three bytes.
func mkCJKDigit3(a, b, c byte) int {
	switch uint32(a)<<16 | uint32(b)<<8 | uint32(c) {
	case 0xE4B880: // 一
		return 1
	case 0xE4BA8C: // 二
		return 2
	case 0xE4B889: // 三
		return 3
	case 0xE59B9B: // 四
		return 4
	case 0xE4BA94: // 五
		return 5
	case 0xE585AD: // 六
		return 6
	case 0xE4B883: // 七
		return 7
	case 0xE585AB: // 八
		return 8
	case 0xE4B99D: // 九
		return 9
	case 0xE58D81: // 十
		return 10
	}
	return 0
}

// mkCJKSmallOf is mkCJKValue of the commonest numerals, of one to three
// of 一 ... 九 and 十 (五, 十, 十二, 二十, 二十五), of values d (mkCJKDigit3,
// none 0); k is how many there are. v is 0 for others.
func mkCJKSmallOf(d [3]int, k int) (v int, ok bool) {
	if k > 3 {
		return 0, false
	}
	switch {
	case k == 1:
		return d[0], true
	case k == 2 && d[0] == 10 && d[1] < 10:
		return 10 + d[1], true // 十二
	case k == 2 && d[0] < 10 && d[1] == 10:
		return 10 * d[0], true // 二十
	case k == 2 && d[0] < 10 && d[1] < 10:
		return -1, false // 二三: digits, a year, no number
	case k == 3 && d[0] < 10 && d[1] == 10 && d[2] < 10:
		return 10*d[0] + d[2], true // 二十五
	}
	return 0, false
}
