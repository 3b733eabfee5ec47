package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paritydoc/parity/lang"
)

// This file renders one counter value in one of Word's number formats
// (w:numFmt), the way Word displays it. The alphabets and number words are
// tables; the few grammatical rules of each language sit beside its table.

// letterCycle is where Word's letter formats wrap around: after 26 letters
// repeated 30 times ("zzz…z", 30 letters) the sequence starts again at "a".
const letterCycle = 780

var (
	latinLower = []rune("abcdefghijklmnopqrstuvwxyz")
	latinUpper = []rune("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	// Russian list letters in Word's order: the alphabet without ё й ъ ы ь.
	russianLower = []rune("абвгдежзиклмнопрстуфхцчшщэюя")
	russianUpper = []rune("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ")
	// Arabic letters in alphabetical (hijā'ī) order, as arabicAlpha numbers.
	arabicAlpha = []rune("أبتثجحخدذرزسشصضطظعغفقكلمنهوي")
	// Arabic letters in abjad order, as arabicAbjad numbers.
	arabicAbjad = []rune("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ")
	// The ten heavenly stems of ideographTraditional.
	heavenlyStems = []rune("甲乙丙丁戊己庚辛壬癸")
)

// formatSystem maps a w:numFmt value to the numbering system of the
// markers it produces.
var formatSystem = map[string]lang.System{
	"decimal":                 lang.SystemDecimal,
	"decimalZero":             lang.SystemDecimal,
	"decimalFullWidth":        lang.SystemDecimal,
	"decimalFullWidth2":       lang.SystemDecimal,
	"decimalHalfWidth":        lang.SystemDecimal,
	"hindiNumbers":            lang.SystemDecimal,
	"arabicNumbers":           lang.SystemDecimal,
	"ordinal":                 lang.SystemDecimal,
	"cardinalText":            lang.SystemDecimal,
	"ordinalText":             lang.SystemDecimal,
	"custom":                  lang.SystemDecimal,
	"lowerLetter":             lang.SystemLatinLower,
	"upperLetter":             lang.SystemLatinUpper,
	"lowerRoman":              lang.SystemRomanLower,
	"upperRoman":              lang.SystemRomanUpper,
	"russianLower":            lang.SystemCyrillicLower,
	"russianUpper":            lang.SystemCyrillicUpper,
	"arabicAlpha":             lang.SystemArabicAlpha,
	"arabicAbjad":             lang.SystemArabicAbjad,
	"chineseCounting":         lang.SystemCJK,
	"chineseCountingThousand": lang.SystemCJK,
	"ideographTraditional":    lang.SystemCJK,
	"decimalEnclosedCircle":   lang.SystemCircled,
	"bullet":                  lang.SystemBullet,
}

// formatNumber renders n in the w:numFmt format fmtName. custom is the
// w:format attribute of a "custom" format ("001, 002, 003, ..."); language
// is the BCP 47 tag of the paragraph ("fr-FR"), used by the text formats.
func formatNumber(n int, fmtName, custom, language string) string {
	switch fmtName {
	case "none", "bullet":
		return ""
	case "decimal", "":
		return strconv.Itoa(n)
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	case "custom":
		return formatCustom(n, custom)
	case "lowerLetter":
		return letters(n, latinLower)
	case "upperLetter":
		return letters(n, latinUpper)
	case "russianLower":
		return letters(n, russianLower)
	case "russianUpper":
		return letters(n, russianUpper)
	case "arabicAlpha":
		return letters(n, arabicAlpha)
	case "arabicAbjad":
		return letters(n, arabicAbjad)
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "upperRoman":
		return roman(n)
	case "decimalFullWidth", "decimalFullWidth2":
		return shiftDigits(strconv.Itoa(n), '０')
	case "hindiNumbers", "arabicNumbers":
		return shiftDigits(strconv.Itoa(n), '٠')
	case "decimalEnclosedCircle":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
		return strconv.Itoa(n)
	case "chineseCounting":
		return chineseCounting(n)
	case "chineseCountingThousand":
		return chineseCountingThousand(n)
	case "ideographTraditional":
		if n >= 1 && n <= 10 {
			return string(heavenlyStems[n-1])
		}
		return strconv.Itoa(n)
	case "ordinal":
		return ordinal(n, language)
	case "cardinalText":
		if t, ok := numberWords(n, language, false); ok {
			return t
		}
		return strconv.Itoa(n)
	case "ordinalText":
		if t, ok := numberWords(n, language, true); ok {
			return t
		}
		return strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// formatCustom renders the zero-padded custom formats Word 2010 added
// ("01, 02, 03, ...", "001, 002, 003, ..."): the width is that of the first
// example. Other custom patterns fall back to decimal.
func formatCustom(n int, pattern string) string {
	first, _, _ := strings.Cut(pattern, ",")
	first = strings.TrimSpace(first)
	width := 0
	for _, c := range first {
		if c < '0' || c > '9' {
			return strconv.Itoa(n)
		}
		width++
	}
	s := strconv.Itoa(n)
	if n >= 0 && len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

// letters is Word's letter numbering: a…z, then aa…zz, aaa…zzz (the letter
// repeated, not a base-26 count), wrapping after letterCycle.
func letters(n int, alphabet []rune) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	n = (n-1)%letterCycle + 1
	k := len(alphabet)
	return strings.Repeat(string(alphabet[(n-1)%k]), (n-1)/k+1)
}

var romanDigits = []struct {
	v int
	s string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// roman writes n in upper-case roman numerals (thousands as repeated M).
func roman(n int) string {
	if n <= 0 || n > 100000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, d := range romanDigits {
		for n >= d.v {
			b.WriteString(d.s)
			n -= d.v
		}
	}
	return b.String()
}

// shiftDigits replaces ASCII digits with the digits starting at zero.
func shiftDigits(s string, zero rune) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(zero + c - '0')
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

var (
	cjkDigits = []rune("〇一二三四五六七八九")
	// chineseCounting writes hundreds and above digit by digit, with a
	// white circle for zero.
	cjkCountingZero = '○'
)

// chineseCounting: 一 … 十, 十一, 二十, 九十九, then digit by digit: 一○○, 三五○○.
func chineseCounting(n int) string {
	switch {
	case n <= 0:
		return strconv.Itoa(n)
	case n < 10:
		return string(cjkDigits[n])
	case n < 100:
		s := ""
		if n >= 20 {
			s = string(cjkDigits[n/10])
		}
		s += "十"
		if n%10 != 0 {
			s += string(cjkDigits[n%10])
		}
		return s
	}
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		if c == '0' {
			b.WriteRune(cjkCountingZero)
		} else {
			b.WriteRune(cjkDigits[c-'0'])
		}
	}
	return b.String()
}

// chineseCountingThousand: 一 … 十, 十一, 一百, 一百〇一, 一百一十, 一千〇一十, 三千五百.
// A run of zeros inside the number is written once as 〇; tens after a
// hundred or thousand keep their 一 (一百一十).
func chineseCountingThousand(n int) string {
	if n <= 0 || n >= 100000 {
		return strconv.Itoa(n)
	}
	if n < 20 {
		if n < 10 {
			return string(cjkDigits[n])
		}
		if n == 10 {
			return "十"
		}
		return "十" + string(cjkDigits[n-10])
	}
	units := []string{"", "十", "百", "千", "万"}
	s := strconv.Itoa(n)
	var b strings.Builder
	zero := false
	for i, c := range s {
		pos := len(s) - 1 - i
		d := int(c - '0')
		if d == 0 {
			zero = true
			continue
		}
		if zero {
			b.WriteRune('〇')
			zero = false
		}
		b.WriteRune(cjkDigits[d])
		b.WriteString(units[pos])
	}
	return b.String()
}

// ordinal writes digits with the language's ordinal suffix: 1st 2nd 3rd
// 11th (English), 1er 2e (French), 1-й (Russian).
func ordinal(n int, language string) string {
	s := strconv.Itoa(n)
	switch lang.Base(language) {
	case "fr":
		if n == 1 {
			return s + "er"
		}
		return s + "e"
	case "ru":
		return s + "-й"
	}
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}

// numberWords writes n in words in the language of the paragraph
// (English, French or Russian; English when the document names no
// language), with the first letter capitalised as Word shows it. ok is
// false for other languages, which then get digits.
func numberWords(n int, language string, ord bool) (string, bool) {
	if n <= 0 || n >= 1000000 {
		return "", false
	}
	var s string
	switch lang.Base(language) {
	case "fr":
		s = frenchWords(n, ord)
	case "ru":
		s = russianWords(n, ord)
	case "en", "":
		s = englishWords(n, ord)
	default:
		// No number words for this language: digits are closer to what
		// Word shows than words in another language.
		return "", false
	}
	return capitalize(s), true
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return strings.ToUpper(string(r)) + s[size:]
}
