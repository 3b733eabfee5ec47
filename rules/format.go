package rules

import (
	"strconv"
	"strings"

	"github.com/paritydoc/parity/lang"
)

// Alphabets used to write a value in a numbering system, for messages that
// name a marker that is not in the text ("skips letter c)").
var (
	latinLetters    = []rune("abcdefghijklmnopqrstuvwxyz")
	cyrillicLetters = []rune("абвгдежзиклмнопрстуфхцчшщэюя")
	abjadLetters    = []rune("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ")
	alphaLetters    = []rune("أبتثجحخدذرزسشصضطظعغفقكلمنهوي")
	greekLetters    = []rune("αβγδεζηθικλμνξοπρστυφχψω")
)

// formatValue writes value v in system s, with the marker style of m when
// it has one ("%)" → "c)"), and a bare ")" style otherwise.
func formatValue(s lang.System, v int, style string) string {
	n := numeral(s, v)
	if style == "" || !strings.Contains(style, "%") {
		style = "%)"
		switch s {
		case lang.SystemCJK:
			style = "%、"
		case lang.SystemCircled:
			style = "%"
		}
	}
	return strings.Replace(style, "%", n, 1)
}

// formatLike writes value v the way marker m writes its own value.
func formatLike(m *lang.Marker, v int) string {
	if m == nil {
		return strconv.Itoa(v)
	}
	if m.System == lang.SystemMultiLevel && len(m.Path) > 0 {
		parts := make([]string, len(m.Path))
		for i, x := range m.Path {
			parts[i] = strconv.Itoa(x)
		}
		parts[len(parts)-1] = strconv.Itoa(v)
		return strings.Join(parts, ".")
	}
	style := m.Style
	if m.System == lang.SystemLatinUpper || m.System == lang.SystemRomanUpper || m.System == lang.SystemCyrillicUpper {
		return strings.ToUpper(formatValue(m.System, v, style))
	}
	return formatValue(m.System, v, style)
}

// numeral writes v in system s without punctuation.
func numeral(s lang.System, v int) string {
	if v <= 0 {
		return strconv.Itoa(v)
	}
	switch s {
	case lang.SystemLatinLower, lang.SystemLatinUpper:
		return letters(latinLetters, v)
	case lang.SystemCyrillicLower, lang.SystemCyrillicUpper:
		return letters(cyrillicLetters, v)
	case lang.SystemArabicAbjad:
		return letters(abjadLetters, v)
	case lang.SystemArabicAlpha:
		return letters(alphaLetters, v)
	case lang.SystemGreekLower:
		return letters(greekLetters, v)
	case lang.SystemRomanLower:
		return strings.ToLower(roman(v))
	case lang.SystemRomanUpper:
		return roman(v)
	case lang.SystemCJK:
		return cjkNumeral(v)
	case lang.SystemCircled:
		if v <= 20 {
			return string(rune('①' + v - 1))
		}
	}
	return strconv.Itoa(v)
}

// letters writes v as a letter, doubling past the end of the alphabet
// (z, aa, bb) the way most official documents continue.
func letters(alpha []rune, v int) string {
	n := len(alpha)
	r := alpha[(v-1)%n]
	return strings.Repeat(string(r), (v-1)/n+1)
}

// roman writes v in upper-case roman numerals (lang's table), digits from 4000.
func roman(v int) string {
	if v >= 4000 {
		return strconv.Itoa(v)
	}
	return strings.ToUpper(lang.FormatValue(lang.SystemRomanLower, v))
}

// cjkNumeral writes v in Chinese numerals (lang's table), digits from 10000.
func cjkNumeral(v int) string {
	if v >= 10000 {
		return strconv.Itoa(v)
	}
	return lang.FormatValue(lang.SystemCJK, v)
}

// kindWord names what a numbering system counts, for messages: "letter",
// "number".
func kindWord(s lang.System) string {
	if s.Letter() {
		return "letter"
	}
	return "number"
}

// ordinal writes "1st", "2nd", "5th".
func ordinal(v int) string {
	suf := "th"
	if v%100 < 11 || v%100 > 13 {
		switch v % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(v) + suf
}
