package lang

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Numbering systems as data: the letters of each alphabetic system in list
// order, roman numerals, Chinese counting numerals and circled numbers.
//
// Values are ordinals: the n-th item of a list has Value n in every system,
// so e), (e), д), ه) (abjad) and 五、 all have Value 5.

// mkAlphabet is the ordered letter set of an alphabetic numbering system.
type mkAlphabet struct {
	// letters in list order: letters[i] has value i+1.
	letters []rune
	// variants maps other spellings of a letter (bare alef for hamzated
	// alef, Persian yeh and kaf) to its value.
	variants map[rune]int
	// repeat: after the last letter the list goes on with doubled letters
	// (aa, bb ... zz, then aaa), as Word's lowerLetter numbering does.
	repeat bool
	// aPrefixed: two-letter markers "ab" ... "az" also continue the list
	// after z (spreadsheet style, 28 ... 52), as some documents number.
	aPrefixed bool
	// index is built from letters and variants; ascii holds the values
	// of its ASCII letters (0 for none), read without a map lookup.
	index map[rune]int
	ascii [utf8.RuneSelf]uint8
}

func mkNewAlphabet(letters string, variants map[rune]int, repeat, aPrefixed bool) *mkAlphabet {
	a := &mkAlphabet{letters: []rune(letters), variants: variants, repeat: repeat, aPrefixed: aPrefixed}
	a.index = make(map[rune]int, len(a.letters)+len(variants))
	for i, r := range a.letters {
		a.index[r] = i + 1
	}
	for r, v := range variants {
		a.index[r] = v
	}
	for r, v := range a.index {
		if r < utf8.RuneSelf {
			a.ascii[r] = uint8(v)
		}
	}
	return a
}

// value returns the value of the letter r.
func (a *mkAlphabet) value(r rune) (int, bool) {
	if r >= 0 && r < utf8.RuneSelf {
		v := a.ascii[r]
		return int(v), v != 0
	}
	v, ok := a.index[r]
	return v, ok
}

// Alphabets of the letter systems. Russian legal order leaves out ё й ъ ы ь.
var (
	mkAlphaLatinLower    = mkNewAlphabet("abcdefghijklmnopqrstuvwxyz", nil, true, true)
	mkAlphaLatinUpper    = mkNewAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ", nil, true, true)
	mkAlphaCyrillicLower = mkNewAlphabet("абвгдежзиклмнопрстуфхцчшщэюя", nil, true, false)
	mkAlphaCyrillicUpper = mkNewAlphabet("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ", nil, true, false)
	mkAlphaGreekLower    = mkNewAlphabet("αβγδεζηθικλμνξοπρστυφχψω", map[rune]int{'ϛ': 6}, true, false)
	// Abjad order: أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ.
	mkAlphaArabicAbjad = mkNewAlphabet("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ", mkArabicVariants(map[rune]int{'ی': 10, 'ک': 11}), false, false)
	// Alphabetical (hijā'ī) order: أ ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي.
	mkAlphaArabicAlpha = mkNewAlphabet("أبتثجحخدذرزسشصضطظعغفقكلمنهوي", mkArabicVariants(map[rune]int{'ی': 28, 'ک': 22}), false, false)
)

// mkArabicVariants adds the other spellings of alef (bare, hamza below,
// madda) as the first letter, plus the given script variants.
func mkArabicVariants(m map[rune]int) map[rune]int {
	m['ا'] = 1
	m['إ'] = 1
	m['آ'] = 1
	return m
}

// mkAlphabetOf returns the mkAlphabet of a letter system, or nil.
func mkAlphabetOf(sys System) *mkAlphabet {
	switch sys {
	case SystemLatinLower:
		return mkAlphaLatinLower
	case SystemLatinUpper:
		return mkAlphaLatinUpper
	case SystemCyrillicLower:
		return mkAlphaCyrillicLower
	case SystemCyrillicUpper:
		return mkAlphaCyrillicUpper
	case SystemGreekLower:
		return mkAlphaGreekLower
	case SystemArabicAbjad:
		return mkAlphaArabicAbjad
	case SystemArabicAlpha:
		return mkAlphaArabicAlpha
	}
	return nil
}

// format writes value v (v >= 1) in the mkAlphabet: a ... z, then doubled
// letters when the mkAlphabet repeats.
func (a *mkAlphabet) format(v int) string {
	n := len(a.letters)
	if v < 1 || (!a.repeat && v > n) {
		return ""
	}
	times := (v-1)/n + 1
	return strings.Repeat(string(a.letters[(v-1)%n]), times)
}

// parse reads a letter numeral: one letter, the same letter repeated (aa =
// 27 when the mkAlphabet repeats) or, for Latin, "a" followed by another
// letter (ab = 28 ... az = 52).
func (a *mkAlphabet) parse(s string) (int, bool) {
	first, size := utf8.DecodeRuneInString(s)
	v1, ok := a.value(first)
	if !ok || size == 0 {
		return 0, false
	}
	rest := s[size:]
	if rest == "" {
		return v1, true
	}
	n := len(a.letters)
	second, size2 := utf8.DecodeRuneInString(rest)
	if a.aPrefixed && v1 == 1 && len(rest) == size2 {
		if v2, ok := a.value(second); ok && v2 > 1 {
			return n + v2, true
		}
	}
	if !a.repeat {
		return 0, false
	}
	times := 1
	for _, r := range rest {
		if r != first {
			return 0, false
		}
		times++
	}
	return (times-1)*n + v1, true
}

// Roman numerals.

var mkRomanTable = []struct {
	v int
	s string
}{
	{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
	{50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"},
}

// mkFormatRoman writes v in lower-case canonical roman numerals (1 ... 3999).
func mkFormatRoman(v int) string {
	if v < 1 || v > 3999 {
		return ""
	}
	var b strings.Builder
	for _, e := range mkRomanTable {
		for v >= e.v {
			b.WriteString(e.s)
			v -= e.v
		}
	}
	return b.String()
}

// mkParseRoman reads a canonical roman numeral in one case (all lower or all
// upper): "iv" and "IV" are 4, "iiii", "IIX" and "Iv" are not numerals.
// Canonical is how mkFormatRoman writes: thousands, hundreds, tens and
// units in turn, each as nothing, 1-3 ones, 4, 5 and 0-3 ones, or 9 (i,
// ii, iii, iv, v, vi ... ix for the units). mkParseRoman runs on every
// letter marker and on the halves of flattened pairs, so it reads the
// digits in one pass instead of writing the value back out.
func mkParseRoman(s string) (int, bool) {
	if s == "" || len(s) > 15 {
		return 0, false
	}
	lower := s[0] >= 'a'
	for i := 0; i < len(s); i++ {
		if lower != (s[i] >= 'a') {
			return 0, false
		}
	}
	v, i := 0, 0
	for i < len(s) && i < 3 && s[i]|0x20 == 'm' {
		v += 1000
		i++
	}
	v, i = mkRomanDigit(s, i, v, 'c', 'd', 'm', 100)
	v, i = mkRomanDigit(s, i, v, 'x', 'l', 'c', 10)
	v, i = mkRomanDigit(s, i, v, 'i', 'v', 'x', 1)
	if i != len(s) || v == 0 {
		return 0, false
	}
	return v, true
}

// mkRomanDigit reads the roman digit at s[i:] whose letters for one,
// five and ten units are given, in canonical form, and adds its value to
// v. It returns v and the end of the digit (i when there is none).
func mkRomanDigit(s string, i, v int, one, five, ten byte, unit int) (int, int) {
	at := func(k int) byte {
		if k < len(s) {
			return s[k] | 0x20
		}
		return 0
	}
	switch c := at(i); {
	case c == one && at(i+1) == ten:
		return v + 9*unit, i + 2
	case c == one && at(i+1) == five:
		return v + 4*unit, i + 2
	case c == five:
		v += 5 * unit
		i++
	}
	for n := 0; n < 3 && at(i) == one; n++ {
		v += unit
		i++
	}
	return v, i
}

// Chinese numerals.

var mkCjkDigits = map[rune]int{
	'〇': 0, '零': 0, '○': 0, 'Ｏ': 0,
	'一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
	'壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
}

var mkCjkUnits = map[rune]int{
	'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
}

var mkCjkBigUnits = map[rune]int{
	'万': 10000, '萬': 10000, '亿': 100000000, '億': 100000000,
}

// Tens written as one character: 廿 = 20, 卅 = 30, 卌 = 40.
var mkCjkTens = map[rune]int{'廿': 20, '卅': 30, '卌': 40}

// mkIsCJKNumeral reports whether r can be part of a Chinese numeral. The
// parser asks it of the first rune of every Chinese line: ideographs are
// looked up in a bitmap made from the tables, other runes in the tables.
func mkIsCJKNumeral(r rune) bool {
	// Small enough to be inlined: most runes asked about are ideographs.
	if i := uint32(r - 0x4E00); i <= 0x9FFF-0x4E00 {
		return mkCJKNumeralBits[i/64]&(1<<(i%64)) != 0
	}
	return r >= mkCJKNumeralMin && mkInCJKNumeralTables(r)
}

// mkInCJKNumeralTables reports whether r is in one of the tables of Chinese
// numerals.
func mkInCJKNumeralTables(r rune) bool {
	if _, ok := mkCjkDigits[r]; ok {
		return true
	}
	if _, ok := mkCjkUnits[r]; ok {
		return true
	}
	if _, ok := mkCjkBigUnits[r]; ok {
		return true
	}
	_, ok := mkCjkTens[r]
	return ok
}

// mkCJKNumeralBits has bit r-0x4E00 set for the numerals among the CJK
// unified ideographs; mkCJKNumeralMin is the least numeral rune.
var mkCJKNumeralBits, mkCJKNumeralMin = func() (bits [(0x9FFF - 0x4E00 + 64) / 64]uint64, least rune) {
	least = utf8.MaxRune
	for _, m := range []map[rune]int{mkCjkDigits, mkCjkUnits, mkCjkBigUnits, mkCjkTens} {
		for r := range m {
			least = min(least, r)
			if r >= 0x4E00 && r <= 0x9FFF {
				i := r - 0x4E00
				bits[i/64] |= 1 << (i % 64)
			}
		}
	}
	return bits, least
}()

// ParseCJKNumber reads a Chinese numeral: counting numerals (一, 十二,
// 二十五, 一百零三, 两千, 三万五千, 〇/零 for zero, financial forms 壹 贰 叁)
// and years written digit by digit (一九四八 → 1948, 二〇二四 → 2024).
// It returns false for anything else, including an empty string.
func ParseCJKNumber(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	runes := []rune(s)
	if len(runes) > 24 {
		return 0, false
	}
	// Digit by digit: only digits (no unit characters) and more than one.
	allDigits := true
	for _, r := range runes {
		if _, ok := mkCjkDigits[r]; !ok {
			allDigits = false
			break
		}
	}
	if allDigits {
		if len(runes) == 1 {
			return mkCjkDigits[runes[0]], true
		}
		v := 0
		for _, r := range runes {
			if r == '两' || r == '兩' {
				return 0, false // 两 is never a positional digit
			}
			v = v*10 + mkCjkDigits[r]
		}
		return v, true
	}
	total, section := 0, 0
	digit, haveDigit := 0, false
	lastUnit := 100000 // units within a section must decrease
	lastBig := math.MaxInt
	zeroSeen := false
	for _, r := range runes {
		if d, ok := mkCjkDigits[r]; ok {
			if haveDigit {
				return 0, false // two digits in a row: 二三
			}
			if d == 0 {
				if zeroSeen && digit == 0 {
					return 0, false
				}
				zeroSeen = true
				continue
			}
			digit, haveDigit = d, true
			continue
		}
		if t, ok := mkCjkTens[r]; ok {
			if haveDigit || lastUnit <= 10 {
				return 0, false
			}
			section += t
			lastUnit = 10
			continue
		}
		if u, ok := mkCjkUnits[r]; ok {
			if u >= lastUnit {
				return 0, false
			}
			if !haveDigit {
				// 十 without a digit means 一十 (十二 = 12, 一百十七 = 117);
				// 百 and 千 need their digit.
				if u != 10 {
					return 0, false
				}
				digit = 1
			}
			section += digit * u
			digit, haveDigit = 0, false
			lastUnit = u
			zeroSeen = false
			continue
		}
		if b, ok := mkCjkBigUnits[r]; ok {
			if b >= lastBig {
				return 0, false
			}
			section += digit
			if section == 0 {
				return 0, false
			}
			total += section * b
			section, digit, haveDigit = 0, 0, false
			lastUnit = 100000
			lastBig = b
			zeroSeen = false
			continue
		}
		return 0, false
	}
	section += digit
	return total + section, true
}

// mkFormatCJK writes v as a Chinese counting numeral (五, 十二, 二十五,
// 一百零三, 一百一十, 两千 is written 二千).
func mkFormatCJK(v int) string {
	if v < 0 {
		return ""
	}
	if v == 0 {
		return "零"
	}
	const digits = "零一二三四五六七八九"
	d := []rune(digits)
	var b strings.Builder
	if v >= 100000000 {
		b.WriteString(mkFormatCJK(v / 100000000))
		b.WriteRune('亿')
		v %= 100000000
		if v == 0 {
			return b.String()
		}
		if v < 10000000 {
			b.WriteRune('零')
		}
		b.WriteString(mkFormatCJKSection(v, d, true))
		return b.String()
	}
	if v >= 10000 {
		b.WriteString(mkFormatCJKSection(v/10000, d, false))
		b.WriteRune('万')
		v %= 10000
		if v == 0 {
			return b.String()
		}
		if v < 1000 {
			b.WriteRune('零')
		}
		b.WriteString(mkFormatCJKSection(v, d, true))
		return b.String()
	}
	return mkFormatCJKSection(v, d, false)
}

// mkFormatCJKSection writes 1 ≤ v ≤ 9999. inner: the section follows a
// higher one, so 10..19 are written 一十 ... 一十九.
func mkFormatCJKSection(v int, d []rune, inner bool) string {
	if v >= 10000 {
		return mkFormatCJK(v)
	}
	var b strings.Builder
	units := []struct {
		v int
		r rune
	}{{1000, '千'}, {100, '百'}, {10, '十'}}
	started, pendingZero := false, false
	for _, u := range units {
		q := v / u.v
		v %= u.v
		if q == 0 {
			if started {
				pendingZero = true
			}
			continue
		}
		if pendingZero {
			b.WriteRune('零')
			pendingZero = false
		}
		if !(u.v == 10 && q == 1 && !started && !inner) {
			b.WriteRune(d[q])
		}
		b.WriteRune(u.r)
		started = true
	}
	if v > 0 {
		if pendingZero {
			b.WriteRune('零')
		}
		b.WriteRune(d[v])
	}
	return b.String()
}

// Circled numbers ① ... ⑳ (U+2460), ㉑ ... ㉟ (U+3251), ㊱ ... ㊿ (U+32B1).

func mkCircledValue(r rune) (int, bool) {
	switch {
	case r >= 0x2460 && r <= 0x2473:
		return int(r-0x2460) + 1, true
	case r >= 0x3251 && r <= 0x325F:
		return int(r-0x3251) + 21, true
	case r >= 0x32B1 && r <= 0x32BF:
		return int(r-0x32B1) + 36, true
	}
	return 0, false
}

func mkFormatCircled(v int) string {
	switch {
	case v >= 1 && v <= 20:
		return string(rune(0x2460 + v - 1))
	case v >= 21 && v <= 35:
		return string(rune(0x3251 + v - 21))
	case v >= 36 && v <= 50:
		return string(rune(0x32B1 + v - 36))
	}
	return ""
}

// Decimal digits of the scripts parity reads: ASCII, Arabic-Indic
// (١٢٣), Extended Arabic-Indic / Persian (۱۲۳) and Devanagari. Full-width
// digits are folded to ASCII before they get here.
func mkDigitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660), true
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0), true
	case r >= 0x0966 && r <= 0x096F:
		return int(r - 0x0966), true
	}
	return 0, false
}

// mkParseDigits reads a whole string of decimal digits (any supported script).
func mkParseDigits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	v, n := 0, 0
	for _, r := range s {
		d, ok := mkDigitValue(r)
		if !ok {
			return 0, false
		}
		n++
		if n > 9 {
			return 0, false
		}
		v = v*10 + d
	}
	return v, true
}

// FormatValue writes the ordinal v in a numbering system: FormatValue of 5
// is "5" (decimal), "e" (Latin), "E", "v" (roman), "V", "д" (Cyrillic),
// "ه" (abjad), "ث" (Arabic alphabetical), "五" (Chinese), "⑤" (circled),
// "ε" (Greek). Letter systems go on with doubled letters after the last
// letter (27 is "aa") except the Arabic ones, which stop at 28. It returns
// "" when v cannot be written in the system (v < 1, a bullet, roman
// numerals above 3999, circled numbers above 50).
func FormatValue(sys System, v int) string {
	switch sys {
	case SystemDecimal, SystemMultiLevel:
		if v < 0 {
			return ""
		}
		return mkItoa(v)
	case SystemRomanLower:
		return mkFormatRoman(v)
	case SystemRomanUpper:
		return strings.ToUpper(mkFormatRoman(v))
	case SystemCJK:
		if v < 1 {
			return ""
		}
		return mkFormatCJK(v)
	case SystemCircled:
		return mkFormatCircled(v)
	}
	if a := mkAlphabetOf(sys); a != nil {
		return a.format(v)
	}
	return ""
}

// ParseValue reads a numeral written in a numbering system, without
// punctuation: ParseValue(SystemLatinLower, "e") is 5, ParseValue(SystemCJK,
// "二十五") is 25. It is the inverse of FormatValue and also accepts the other
// spellings FormatValue does not produce ("ab" for 28 in Latin, Arabic-Indic
// digits, bare alef, 两).
func ParseValue(sys System, s string) (int, bool) {
	switch sys {
	case SystemDecimal, SystemMultiLevel:
		return mkParseDigits(s)
	case SystemRomanLower:
		if s != strings.ToLower(s) {
			return 0, false
		}
		return mkParseRoman(s)
	case SystemRomanUpper:
		if s != strings.ToUpper(s) {
			return 0, false
		}
		return mkParseRoman(s)
	case SystemCJK:
		return ParseCJKNumber(s)
	case SystemCircled:
		r, size := utf8.DecodeRuneInString(s)
		if size != len(s) {
			return 0, false
		}
		return mkCircledValue(r)
	}
	if a := mkAlphabetOf(sys); a != nil {
		return a.parse(s)
	}
	return 0, false
}

func mkItoa(v int) string {
	if v == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return string(buf[i:])
}
