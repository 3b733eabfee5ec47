package docx

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// The LIR files (Open-Xml-PowerTools list item retriever tests) hold 3,500
// numbered paragraphs each, one number format per file, and the text of
// each paragraph is its index. The label Word shows is therefore known
// from the index alone; this file computes it with formatters written
// independently of the reader's (enumeration and per-place tables rather
// than the reader's arithmetic), and checks every label.

// lirCases: file, the expected label of index n (without the "|" that the
// files' lvlText adds).
var lirCases = []struct {
	file   string
	expect func(n int) string
}{
	{"LIR001-en-US-ordinal.docx", wantEnglishOrdinal},
	{"LIR002-en-US-ordinalText.docx", func(n int) string { return wantEnglishText(n, true) }},
	{"LIR003-en-US-upperLetter.docx", func(n int) string { return strings.ToUpper(wantLetters(n)) }},
	{"LIR004-en-US-upperRoman.docx", func(n int) string { return strings.ToUpper(wantRoman(n)) }},
	{"LIR005-fr-FR-cardinalText.docx", func(n int) string { return wantFrench(n, false) }},
	{"LIR006-fr-FR-ordinal.docx", func(n int) string {
		if n == 1 {
			return "1er"
		}
		return strconv.Itoa(n) + "e"
	}},
	{"LIR006-fr-FR-ordinalText.docx", func(n int) string { return wantFrench(n, true) }},
	{"LIR007-ru-RU-ordinalText.docx", wantRussianOrdinal},
	{"LIR008-zh-CH-chineseCountingThousand.docx", wantChineseThousand},
	{"LIR009-zh-CN-chineseCounting.docx", wantChineseCounting},
	{"LIR010-zh-CN-ideographTraditional.docx", func(n int) string {
		stems := strings.Split("甲 乙 丙 丁 戊 己 庚 辛 壬 癸", " ")
		if n <= 10 {
			return stems[n-1]
		}
		return strconv.Itoa(n)
	}},
	{"LIR011-en-US-00001.docx", func(n int) string { return fmt.Sprintf("%05d", n) }},
	{"LIR012-en-US-0001.docx", func(n int) string { return fmt.Sprintf("%04d", n) }},
	{"LIR013-en-US-001.docx", func(n int) string { return fmt.Sprintf("%03d", n) }},
	{"LIR014-en-US-01.docx", func(n int) string { return fmt.Sprintf("%02d", n) }},
	{"LIR015-en-US-cardinalText.docx", func(n int) string { return wantEnglishText(n, false) }},
	{"LIR016-en-US-decimal.docx", strconv.Itoa},
	{"LIR017-en-US-decimalEnclosedCircle.docx", func(n int) string {
		if n <= 20 {
			return strings.Split("① ② ③ ④ ⑤ ⑥ ⑦ ⑧ ⑨ ⑩ ⑪ ⑫ ⑬ ⑭ ⑮ ⑯ ⑰ ⑱ ⑲ ⑳", " ")[n-1]
		}
		return strconv.Itoa(n)
	}},
	{"LIR018-en-US-decimalZero.docx", func(n int) string { return fmt.Sprintf("%02d", n) }},
	{"LIR019-en-US-lowerLetter.docx", wantLetters},
	{"LIR020-en-US-lowerRoman.docx", wantRoman},
}

func TestLIRLabels(t *testing.T) {
	dir := testcorpus.Path(t, "docx-revisions/LIR")
	for _, c := range lirCases {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Read(c.file, data, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checked, bad := 0, 0
			for _, b := range doc.Blocks {
				n, err := strconv.Atoi(b.Text)
				if err != nil {
					t.Errorf("block %d: text %q is not an index", b.Index, b.Text)
					continue
				}
				want := c.expect(n) + "|"
				got := ""
				if b.Marker != nil {
					got = b.Marker.Raw
				}
				checked++
				if got != want {
					bad++
					if bad <= 5 {
						t.Errorf("paragraph %d: label %q, want %q", n, got, want)
					}
				}
			}
			if bad > 5 {
				t.Errorf("%d of %d labels wrong", bad, checked)
			}
			if min := 19; checked < min {
				t.Errorf("only %d numbered paragraphs read", checked)
			}
		})
	}
}

// wantLetters enumerates Word's letter sequence: a…z, aa…zz, …, up to 30
// repetitions, then starts over.
func wantLetters(n int) string {
	var seq []string
	for rep := 1; rep <= 30; rep++ {
		for c := 'a'; c <= 'z'; c++ {
			seq = append(seq, strings.Repeat(string(c), rep))
		}
	}
	return seq[(n-1)%len(seq)]
}

// wantRoman writes lower-case roman numerals place by place.
func wantRoman(n int) string {
	ones := []string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
	tens := []string{"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"}
	hundreds := []string{"", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"}
	return strings.Repeat("m", n/1000) + hundreds[n/100%10] + tens[n/10%10] + ones[n%10]
}

func wantEnglishOrdinal(n int) string {
	suffix := "th"
	if n/10%10 != 1 {
		suffix = map[int]string{1: "st", 2: "nd", 3: "rd"}[n%10]
		if suffix == "" {
			suffix = "th"
		}
	}
	return strconv.Itoa(n) + suffix
}

func title(s string) string {
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// wantEnglishText: "Three thousand five hundred", "Twenty-first".
func wantEnglishText(n int, ordinal bool) string {
	units := strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	unitsOrd := strings.Fields("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth")
	tens := strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
	tensOrd := strings.Fields("_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")
	var words []string
	if th := n / 1000; th > 0 {
		words = append(words, units[th], "thousand")
	}
	if h := n / 100 % 10; h > 0 {
		words = append(words, units[h], "hundred")
	}
	r := n % 100
	switch {
	case r == 0:
		if ordinal {
			words[len(words)-1] += "th"
		}
	case r < 20 && ordinal:
		words = append(words, unitsOrd[r])
	case r < 20:
		words = append(words, units[r])
	case r%10 == 0 && ordinal:
		words = append(words, tensOrd[r/10])
	case r%10 == 0:
		words = append(words, tens[r/10])
	case ordinal:
		words = append(words, tens[r/10]+"-"+unitsOrd[r%10])
	default:
		words = append(words, tens[r/10]+"-"+units[r%10])
	}
	return title(strings.Join(words, " "))
}

// wantFrench follows the French spelling rules as a French grammar states
// them: "et" before un and onze from 21 to 71, plural "quatre-vingts" and
// "cents" only when nothing follows, invariable "mille", ordinals from the
// last word.
func wantFrench(n int, ordinal bool) string {
	if ordinal && n == 1 {
		return "Premier"
	}
	small := strings.Fields("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize")
	var below100 func(r int) string
	below100 = func(r int) string {
		switch {
		case r <= 16:
			return small[r]
		case r < 20:
			return "dix-" + small[r-10]
		case r < 60:
			t := map[int]string{2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante"}[r/10]
			switch r % 10 {
			case 0:
				return t
			case 1:
				return t + " et un"
			}
			return t + "-" + small[r%10]
		case r < 80:
			if r == 60 {
				return "soixante"
			}
			if r == 61 || r == 71 {
				return "soixante et " + small[r-60]
			}
			return "soixante-" + below100(r-60)
		case r == 80:
			return "quatre-vingts"
		}
		return "quatre-vingt-" + below100(r-80)
	}
	below1000 := func(r int, last bool) string {
		h, rest := r/100, r%100
		var w string
		switch {
		case h == 0:
		case h == 1:
			w = "cent"
		case rest == 0 && last:
			w = small[h] + " cents"
		default:
			w = small[h] + " cent"
		}
		if rest > 0 {
			if w != "" {
				w += " "
			}
			w += below100(rest)
		}
		return w
	}
	var s string
	switch th := n / 1000; {
	case th == 1:
		s = "mille"
	case th > 1:
		s = below1000(th, false) + " mille"
	}
	if r := n % 1000; r > 0 {
		if s != "" {
			s += " "
		}
		s += below1000(r, true)
	}
	if ordinal {
		i := strings.LastIndexAny(s, " -") + 1
		w := s[i:]
		switch w {
		case "un":
			w = "unième"
		case "cinq":
			w = "cinquième"
		case "neuf":
			w = "neuvième"
		default:
			w = strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e") + "ième"
		}
		if s[i:] == "trois" || s[i:] == "six" || s[i:] == "deux" {
			w = s[i:] + "ième"
		}
		s = s[:i] + w
	}
	return title(s)
}

// wantRussianOrdinal: compound ordinals change only the last word; round
// hundreds and thousands fuse into one word (двухсотый, трехтысячный).
func wantRussianOrdinal(n int) string {
	units := strings.Fields("_ один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать")
	unitsOrd := strings.Fields("_ первый второй третий четвертый пятый шестой седьмой восьмой девятый десятый одиннадцатый двенадцатый тринадцатый четырнадцатый пятнадцатый шестнадцатый семнадцатый восемнадцатый девятнадцатый")
	tens := strings.Fields("_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто")
	tensOrd := strings.Fields("_ _ двадцатый тридцатый сороковой пятидесятый шестидесятый семидесятый восьмидесятый девяностый")
	hundreds := strings.Fields("_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот")
	hundredsOrd := strings.Fields("_ сотый двухсотый трехсотый четырехсотый пятисотый шестисотый семисотый восьмисотый девятисотый")
	thousands := []string{"", "тысяча", "две тысячи", "три тысячи"}
	thousandsOrd := []string{"", "тысячный", "двухтысячный", "трехтысячный"}
	th, h, r := n/1000, n/100%10, n%100
	var words []string
	if th > 0 {
		if h == 0 && r == 0 {
			return title(thousandsOrd[th])
		}
		words = append(words, thousands[th])
	}
	if h > 0 {
		if r == 0 {
			return title(strings.Join(append(words, hundredsOrd[h]), " "))
		}
		words = append(words, hundreds[h])
	}
	switch {
	case r < 20:
		words = append(words, unitsOrd[r])
	case r%10 == 0:
		words = append(words, tensOrd[r/10])
	default:
		words = append(words, tens[r/10], unitsOrd[r%10])
	}
	_ = units
	return title(strings.Join(words, " "))
}

var zhDigits = []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// wantChineseCounting: 一…十, 十一, 二十一, then digit by digit with ○ for zero.
func wantChineseCounting(n int) string {
	if n >= 100 {
		var b strings.Builder
		for _, c := range strconv.Itoa(n) {
			if c == '0' {
				b.WriteString("○")
			} else {
				b.WriteString(zhDigits[c-'0'])
			}
		}
		return b.String()
	}
	return zhBelow100(n, false)
}

func zhBelow100(n int, keepOne bool) string {
	t, u := n/10, n%10
	s := ""
	switch {
	case t == 0:
		return zhDigits[u]
	case t == 1 && !keepOne:
		s = "十"
	default:
		s = zhDigits[t] + "十"
	}
	if u > 0 {
		s += zhDigits[u]
	}
	return s
}

// wantChineseThousand: 一千〇一, 一千〇一十, 一千一百〇一, 三千五百.
func wantChineseThousand(n int) string {
	if n < 100 {
		return zhBelow100(n, false)
	}
	var parts []string
	th, h, t, u := n/1000, n/100%10, n/10%10, n%10
	zero := false
	for _, d := range []struct {
		v    int
		unit string
	}{{th, "千"}, {h, "百"}, {t, "十"}, {u, ""}} {
		if d.v == 0 {
			if len(parts) > 0 {
				zero = true
			}
			continue
		}
		if zero {
			parts = append(parts, "〇")
			zero = false
		}
		parts = append(parts, zhDigits[d.v]+d.unit)
	}
	return strings.Join(parts, "")
}

// Hand-written values from grammars of each language, checking the
// formatters above as well as the reader.
func TestNumberWordsSpotValues(t *testing.T) {
	cases := []struct {
		n               int
		format, lang    string
		want            string
		testFormatterFn func(int) string
	}{
		{21, "ordinalText", "en-US", "Twenty-first", func(n int) string { return wantEnglishText(n, true) }},
		{100, "ordinalText", "en-US", "One hundredth", func(n int) string { return wantEnglishText(n, true) }},
		{3500, "cardinalText", "en-US", "Three thousand five hundred", func(n int) string { return wantEnglishText(n, false) }},
		{112, "cardinalText", "en-US", "One hundred twelve", func(n int) string { return wantEnglishText(n, false) }},
		{71, "cardinalText", "fr-FR", "Soixante et onze", func(n int) string { return wantFrench(n, false) }},
		{80, "cardinalText", "fr-FR", "Quatre-vingts", func(n int) string { return wantFrench(n, false) }},
		{81, "cardinalText", "fr-FR", "Quatre-vingt-un", func(n int) string { return wantFrench(n, false) }},
		{99, "cardinalText", "fr-FR", "Quatre-vingt-dix-neuf", func(n int) string { return wantFrench(n, false) }},
		{200, "cardinalText", "fr-FR", "Deux cents", func(n int) string { return wantFrench(n, false) }},
		{2201, "cardinalText", "fr-FR", "Deux mille deux cent un", func(n int) string { return wantFrench(n, false) }},
		{3500, "cardinalText", "fr-FR", "Trois mille cinq cents", func(n int) string { return wantFrench(n, false) }},
		{21, "ordinalText", "fr-FR", "Vingt et unième", func(n int) string { return wantFrench(n, true) }},
		{80, "ordinalText", "fr-FR", "Quatre-vingtième", func(n int) string { return wantFrench(n, true) }},
		{3000, "ordinalText", "fr-FR", "Trois millième", func(n int) string { return wantFrench(n, true) }},
		{1, "ordinalText", "fr-FR", "Premier", func(n int) string { return wantFrench(n, true) }},
		{3, "ordinalText", "fr-FR", "Troisième", func(n int) string { return wantFrench(n, true) }},
		{40, "ordinalText", "ru-RU", "Сороковой", wantRussianOrdinal},
		{200, "ordinalText", "ru-RU", "Двухсотый", wantRussianOrdinal},
		{1001, "ordinalText", "ru-RU", "Тысяча первый", wantRussianOrdinal},
		{3000, "ordinalText", "ru-RU", "Трехтысячный", wantRussianOrdinal},
		{2345, "ordinalText", "ru-RU", "Две тысячи триста сорок пятый", wantRussianOrdinal},
		{110, "chineseCountingThousand", "zh-CN", "一百一十", wantChineseThousand},
		{1010, "chineseCountingThousand", "zh-CN", "一千〇一十", wantChineseThousand},
		{2050, "chineseCountingThousand", "zh-CN", "二千〇五十", wantChineseThousand},
		{105, "chineseCounting", "zh-CN", "一○五", wantChineseCounting},
		{25, "chineseCounting", "zh-CN", "二十五", wantChineseCounting},
	}
	for _, c := range cases {
		if got := formatNumber(c.n, c.format, "", c.lang); got != c.want {
			t.Errorf("formatNumber(%d, %s, %s) = %q, want %q", c.n, c.format, c.lang, got, c.want)
		}
		if got := c.testFormatterFn(c.n); got != c.want {
			t.Errorf("test formatter for %d %s %s = %q, want %q", c.n, c.format, c.lang, got, c.want)
		}
	}
}

func TestFormatFallbacks(t *testing.T) {
	cases := []struct {
		n                    int
		format, custom, lang string
		want                 string
	}{
		{5, "cardinalText", "", "es-ES", "5"},
		{5, "cardinalText", "", "", "Five"},
		{3, "ordinal", "", "ru-RU", "3-й"},
		{21, "decimalEnclosedCircle", "", "", "21"},
		{12, "decimalFullWidth", "", "", "１２"},
		{12, "hindiNumbers", "", "", "١٢"},
		{29, "arabicAlpha", "", "", "أأ"},
		{28, "arabicAbjad", "", "", "غ"},
		{29, "russianUpper", "", "", "АА"},
		{0, "lowerLetter", "", "", "0"},
		{781, "lowerLetter", "", "", "a"},
		{7, "custom", "001, 002, 003, ...", "", "007"},
		{7, "custom", "A, B, C", "", "7"},
		{7, "none", "", "", ""},
		{7, "somethingNew", "", "", "7"},
		{11, "ideographTraditional", "", "", "11"},
	}
	for _, c := range cases {
		if got := formatNumber(c.n, c.format, c.custom, c.lang); got != c.want {
			t.Errorf("formatNumber(%d, %q, %q, %q) = %q, want %q", c.n, c.format, c.custom, c.lang, got, c.want)
		}
	}
}
