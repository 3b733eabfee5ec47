package lang

import (
	"strings"
	"testing"
)

func TestFormatValue(t *testing.T) {
	cases := []struct {
		sys  System
		v    int
		want string
	}{
		{SystemDecimal, 5, "5"},
		{SystemLatinLower, 5, "e"},
		{SystemLatinUpper, 5, "E"},
		{SystemLatinLower, 26, "z"},
		{SystemLatinLower, 27, "aa"},
		{SystemLatinLower, 53, "aaa"},
		{SystemRomanLower, 5, "v"},
		{SystemRomanUpper, 14, "XIV"},
		{SystemRomanLower, 1999, "mcmxcix"},
		{SystemCyrillicLower, 5, "д"},
		{SystemCyrillicLower, 9, "и"},
		{SystemCyrillicLower, 10, "к"},
		{SystemCyrillicLower, 28, "я"},
		{SystemCyrillicUpper, 3, "В"},
		{SystemArabicAbjad, 5, "ه"},
		{SystemArabicAbjad, 3, "ج"},
		{SystemArabicAbjad, 22, "ت"},
		{SystemArabicAbjad, 28, "غ"},
		{SystemArabicAlpha, 3, "ت"},
		{SystemArabicAlpha, 5, "ج"},
		{SystemArabicAlpha, 28, "ي"},
		{SystemCJK, 5, "五"},
		{SystemCJK, 10, "十"},
		{SystemCJK, 12, "十二"},
		{SystemCJK, 25, "二十五"},
		{SystemCJK, 103, "一百零三"},
		{SystemCJK, 110, "一百一十"},
		{SystemCJK, 2000, "二千"},
		{SystemCJK, 10001, "一万零一"},
		{SystemCircled, 5, "⑤"},
		{SystemCircled, 21, "㉑"},
		{SystemCircled, 50, "㊿"},
		{SystemGreekLower, 5, "ε"},
		{SystemCircled, 51, ""},
		{SystemArabicAbjad, 29, ""},
		{SystemRomanLower, 0, ""},
		{SystemRomanLower, 4000, ""},
		{SystemBullet, 1, ""},
		{SystemNone, 1, ""},
		{SystemLatinLower, 0, ""},
	}
	for _, c := range cases {
		if got := FormatValue(c.sys, c.v); got != c.want {
			t.Errorf("FormatValue(%s, %d) = %q, want %q", c.sys, c.v, got, c.want)
		}
	}
}

func TestParseValue(t *testing.T) {
	cases := []struct {
		sys  System
		s    string
		want int
		ok   bool
	}{
		{SystemLatinLower, "e", 5, true},
		{SystemLatinLower, "ab", 28, true},
		{SystemLatinLower, "bb", 28, true},
		{SystemLatinLower, "E", 0, false},
		{SystemLatinLower, "ef", 0, false},
		{SystemRomanLower, "iv", 4, true},
		{SystemRomanLower, "IV", 0, false},
		{SystemRomanUpper, "IV", 4, true},
		{SystemRomanLower, "iiii", 0, false},
		{SystemRomanLower, "iiiii", 0, false},
		{SystemRomanLower, "viiiix", 0, false},
		{SystemRomanLower, "vv", 0, false},
		{SystemRomanLower, "il", 0, false},
		{SystemDecimal, "١٢", 12, true},
		{SystemDecimal, "۱۲", 12, true},
		{SystemDecimal, "12a", 0, false},
		{SystemArabicAbjad, "ا", 1, true},
		{SystemArabicAbjad, "إ", 1, true},
		{SystemArabicAbjad, "ی", 10, true},
		{SystemArabicAlpha, "ی", 28, true},
		{SystemCyrillicLower, "й", 0, false},
		{SystemCyrillicLower, "ё", 0, false},
		{SystemCyrillicLower, "ы", 0, false},
		{SystemCJK, "两千", 2000, true},
		{SystemCircled, "①", 1, true},
		{SystemCircled, "①②", 0, false},
		{SystemBullet, "•", 0, false},
	}
	for _, c := range cases {
		got, ok := ParseValue(c.sys, c.s)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseValue(%s, %q) = %d, %v; want %d, %v", c.sys, c.s, got, ok, c.want, c.ok)
		}
	}
}

// TestValueRoundTrip writes and reads back 1..200 in every system that
// goes that far, and as far as the others go.
func TestValueRoundTrip(t *testing.T) {
	limits := map[System]int{
		SystemDecimal: 200, SystemMultiLevel: 200, SystemLatinLower: 200, SystemLatinUpper: 200,
		SystemRomanLower: 200, SystemRomanUpper: 200, SystemCyrillicLower: 200, SystemCyrillicUpper: 200,
		SystemGreekLower: 200, SystemCJK: 200, SystemArabicAbjad: 28, SystemArabicAlpha: 28, SystemCircled: 50,
	}
	for sys, max := range limits {
		seen := map[string]int{}
		for v := 1; v <= max; v++ {
			s := FormatValue(sys, v)
			if s == "" {
				t.Errorf("FormatValue(%s, %d) is empty", sys, v)
				continue
			}
			if prev, dup := seen[s]; dup {
				t.Errorf("FormatValue(%s): %d and %d both %q", sys, prev, v, s)
			}
			seen[s] = v
			got, ok := ParseValue(sys, s)
			if !ok || got != v {
				t.Errorf("ParseValue(%s, FormatValue(%d) = %q) = %d, %v", sys, v, s, got, ok)
			}
		}
		if FormatValue(sys, max+1) != "" && (sys == SystemArabicAbjad || sys == SystemArabicAlpha || sys == SystemCircled) {
			t.Errorf("FormatValue(%s, %d) should be empty", sys, max+1)
		}
	}
	// Every system but none and bullet is covered.
	for s := SystemNone; s <= SystemBullet; s++ {
		if _, ok := limits[s]; !ok && s != SystemNone && s != SystemBullet {
			t.Errorf("system %s has no round-trip limit", s)
		}
	}
}

// TestValuesComparable: the fifth item is 5 in every system.
func TestValuesComparable(t *testing.T) {
	for _, s := range []string{"e) x", "(e) x", "д) x", "ه) x", "五、x", "v) x", "⑤ x", "E. x", "(5) x", "５．文"} {
		m, _, ok := ParseMarker(s)
		if !ok {
			t.Errorf("ParseMarker(%q): no marker", s)
			continue
		}
		if m.Value != 5 {
			t.Errorf("ParseMarker(%q).Value = %d, want 5", s, m.Value)
		}
	}
}

func TestParseCJKNumber(t *testing.T) {
	cases := []struct {
		s    string
		want int
		ok   bool
	}{
		{"一", 1, true},
		{"十", 10, true},
		{"十二", 12, true},
		{"二十", 20, true},
		{"二十五", 25, true},
		{"一百", 100, true},
		{"一百零三", 103, true},
		{"一百一十", 110, true},
		{"一百十七", 117, true},
		{"一百二十", 120, true},
		{"两千", 2000, true},
		{"二千零二十四", 2024, true},
		{"三万五千", 35000, true},
		{"一万零一", 10001, true},
		{"廿五", 25, true},
		{"〇", 0, true},
		{"零", 0, true},
		{"壹佰", 100, true},
		{"一九四八", 1948, true},
		{"二〇二四", 2024, true},
		{"二〇〇八", 2008, true},
		{"", 0, false},
		{"二三十", 0, false},
		{"十十", 0, false},
		{"百", 0, false},
		{"一十百", 0, false},
		{"万", 0, false},
		{"五a", 0, false},
		{"两〇", 0, false},
		{"第一", 0, false},
	}
	for _, c := range cases {
		got, ok := ParseCJKNumber(c.s)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseCJKNumber(%q) = %d, %v; want %d, %v", c.s, got, ok, c.want, c.ok)
		}
	}
}

// TestParseRomanCanonical checks mkParseRoman against its definition: a
// string of roman letters in one case is a numeral when mkFormatRoman
// writes its value (by the subtractive rule) back as it is. Every string
// of up to six roman letters, in lower case, in upper case and with one
// letter in the other case, and a few other bytes.
func TestParseRomanCanonical(t *testing.T) {
	letters := "ivxlcdm"
	check := func(s string) {
		t.Helper()
		wantOK := s != "" && len(s) <= 15 && strings.Trim(strings.ToLower(s), letters) == "" &&
			(s == strings.ToLower(s) || s == strings.ToUpper(s))
		want := 0
		if wantOK {
			want = mkRomanValue(s)
			wantOK = mkFormatRoman(want) == strings.ToLower(s)
		}
		if !wantOK {
			want = 0
		}
		if v, ok := mkParseRoman(s); v != want || ok != wantOK {
			t.Fatalf("mkParseRoman(%q) = %d, %t; want %d, %t", s, v, ok, want, wantOK)
		}
	}
	var walk func(prefix string, n int)
	walk = func(prefix string, n int) {
		check(prefix)
		check(strings.ToUpper(prefix))
		if len(prefix) > 1 {
			check(strings.ToUpper(prefix[:1]) + prefix[1:])
			check(prefix[:len(prefix)-1] + strings.ToUpper(prefix[len(prefix)-1:]))
		}
		if n == 0 {
			return
		}
		for i := 0; i < len(letters); i++ {
			walk(prefix+letters[i:i+1], n-1)
		}
	}
	walk("", 6)
	for _, s := range []string{"mmmcmxcix", "mmmdccclxxxviii", "mmmm", "i\x00", "\xffi", "j", "ivx", "MCMXCIX", "mcmxcixi", "a", "@"} {
		check(s)
	}
}

// mkRomanValue evaluates roman letters with the subtractive rule, without
// checking canonical form: the reference of TestParseRomanCanonical.
func mkRomanValue(s string) int {
	val := func(c byte) int {
		switch c | 0x20 {
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		case 'l':
			return 50
		case 'c':
			return 100
		case 'd':
			return 500
		case 'm':
			return 1000
		}
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if i+1 < len(s) && val(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// mkCJKDigit is the value of 一 ... 九 and 十, 0 for any other rune: the
// reference of TestCJKDigit3.
func mkCJKDigit(r rune) int {
	switch r {
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	case '十':
		return 10
	}
	return 0
}

// TestCJKDigit3 checks mkCJKDigit3, which mkParseCJKArticle reads the
// commonest numerals with, against mkCJKDigit on every rune of three
// bytes, and that the runes it gives a value are numerals
// (mkIsCJKNumeral).
func TestCJKDigit3(t *testing.T) {
	for r := rune(0x800); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		b := string(r)
		got := mkCJKDigit3(b[0], b[1], b[2])
		if want := mkCJKDigit(r); got != want {
			t.Fatalf("mkCJKDigit3(%q) = %d, mkCJKDigit gives %d", b, got, want)
		}
		if got != 0 && !mkIsCJKNumeral(r) {
			t.Fatalf("mkCJKDigit3(%q) = %d, but it is no numeral", b, got)
		}
	}
}
