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
	cjkDigits       = []rune("〇一二三四五六七八九")
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

func roman(v int) string {
	if v >= 4000 {
		return strconv.Itoa(v)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, x := range vals {
		for v >= x {
			b.WriteString(syms[i])
			v -= x
		}
	}
	return b.String()
}

func cjkNumeral(v int) string {
	if v >= 10000 {
		return strconv.Itoa(v)
	}
	var b strings.Builder
	units := []struct {
		n int
		r string
	}{{1000, "千"}, {100, "百"}, {10, "十"}}
	zero := false
	for _, u := range units {
		d := v / u.n
		v %= u.n
		if d > 0 {
			if zero {
				b.WriteRune('零')
				zero = false
			}
			if !(u.n == 10 && d == 1 && b.Len() == 0) {
				b.WriteRune(cjkDigits[d])
			}
			b.WriteString(u.r)
		} else if b.Len() > 0 {
			zero = true
		}
	}
	if v > 0 {
		if zero && b.Len() > 0 {
			b.WriteRune('零')
		}
		b.WriteRune(cjkDigits[v])
	}
	return b.String()
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
