package lang

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		lang, text string
		want       string // "value/kind" separated by spaces
	}{
		{"en", "In 2024, 1,000 people paid 1.5 times more.", "2024/year 1000/number 1.5/decimal"},
		{"en", "resolves 1 and 2", "1/number 2/number"},
		{"en", "paragraphs 1, 2 and 3", "1/number 2/number 3/number"},
		{"fr", "Il y a 1 000 personnes et 1,5 fois plus.", "1000/number 1.5/decimal"},
		{"fr", "soit 25 % du total", "25/percentage"},
		{"fr", "l'article 1er et le 2e alinéa", "1/ordinal 2/ordinal"},
		{"es", "1.000 personas, 2,5 veces", "1000/number 2.5/decimal"},
		{"es", "el 30 por ciento", "30/percentage"},
		{"ru", "1 000 000 рублей, 0,5 процента", "1000000/number 0.5/percentage"},
		{"en", "EUR 1 000 000", "1000000/number"},
		{"en", "in 2024 100 cases", "2024/year 100/number"},
		{"en", "25% of 60 per cent", "25/percentage 60/percentage"},
		{"zh", "２０２４年", "2024/year"},
		{"ar", "عام ٢٠٢٤ و۱۹۴۸", "2024/year 1948/year"},
		{"ar", "٣٫٥", "3.5/decimal"},
		{"zh", "一九四八年十二月十日", "1948/year 10/number"},
		// Taiwan laws (QA #12): amounts and quantities in Chinese
		// numerals, Minguo years, scale words, words run into numbers
		{"zh", "處新臺幣五十萬元以上五百萬元以下罰鍰", "500000/number 5000000/number"},
		{"zh", "於三十日內；四十五個基數", "30/number 45/number"},
		{"zh", "一億五千萬元", "150000000/number"},
		{"zh", "同一人萬一", ""},
		{"zh", "本法自中華民國九十年一月一日施行。", "2001/year 1/number"},
		{"zh", "自一百零六年一月一日施行", "2017/year 1/number"},
		{"zh", "依第三十條之一規定", "30/ordinal 1/ordinal"},
		{"en", "not less than NT$ 5 hundred thousand but not more than NT$ 5 million", "500000/number 5000000/number"},
		{"en", "NT$500,000 or NT$1.5 million; a 3 thousand-year span", "500000/number 1500000/number 3/number"},
		{"en", "Article16 and the Paragraph2, ISO9001", "16/number 2/number ISO9001/symbol"},
		{"fr", "3 millions d'euros", "3000000/number"},
		{"zh", "二〇二四年", "2024/year"},
		{"zh", "第十二条第一款第六目", "12/ordinal 1/ordinal 6/ordinal"},
		{"zh", "两个阶段的三项成果", ""},
		{"zh", "百分之二十五", "25/percentage"},
		{"zh", "2024年5月27-31日", "2024/year 5/month 27/number 31/number"},
		{"zh", "第3段和上文第2段", "3/number 2/number"},
		{"zh", "联大第70/125号决议和第A/78/L.49号决议", "70/125/symbol A/78/L.49/symbol"},
		{"en", "Regulation (EU) 2017/2403", "2017/2403/symbol"},
		{"en", "ITU-T Study Group 15 and UIT-T", "ITU-T/symbol 15/number ITU-T/symbol"},
		{"ru", "МСЭ-Т", "ITU-T/symbol"},
		{"zh", "ITU-T第15研究组", "ITU-T/symbol 15/number"},
		{"en", "WSIS+20 and C2, C5", "WSIS+20/symbol C2/symbol C5/symbol"},
		{"en", "the 2020-2023 plan", "2020/year 2023/year"},
		{"en", "OJ L 354, 31.12.2008, p. 1.", "L/none 354/number 2008-12-31/date 1/number"},
		{"en", "section 3.2.1 applies", "3.2.1/symbol"},
		{"en", "Web 2.0", "2/decimal"},
		{"en", "the 1st and 22nd", "1/ordinal 22/ordinal"},
		{"en", "no numbers here", ""},
		{"es", "resolución 217 A (III), de 10 de diciembre de 1948", "217/number 3/number 10/number 1948/year"},
		{"zh", "第217A(III)号决议 1948 年 12 月 10 日", "217/number 3/number 1948/year 12/month 10/number"},
		{"en", "a 10-day period and a 5-year plan", "10/number 5/number"},
		{"es", "DO C 303 de 19.8.2016, p.116.", "303/number 2016-08-19/date 116/number"},
		{"fr", "la directive 95/46/CE", "95/46/EC/symbol"},
		{"fr", "l'alinéa 70b) et TR/93-101", "70/number SI/93-101/symbol"},
		{"fr", "l'article 46.1a)", "46.1/decimal"},
		{"en", "Directive 95/46/EC", "95/46/EC/symbol"},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range Numbers(tt.text, tt.lang) {
			got = append(got, n.Value+"/"+n.Kind.String())
			if tt.text[n.Start:n.End] != n.Raw {
				t.Errorf("%q: span %d-%d is %q, raw %q", tt.text, n.Start, n.End, tt.text[n.Start:n.End], n.Raw)
			}
		}
		want := strings.ReplaceAll(tt.want, "L/none ", "")
		if strings.Join(got, " ") != want {
			t.Errorf("Numbers(%q, %s) = %q, want %q", tt.text, tt.lang, strings.Join(got, " "), want)
		}
	}
}

func TestCJKValue(t *testing.T) {
	for s, want := range map[string]int{"十": 10, "十二": 12, "二十五": 25, "一百零三": 103, "三千": 3000, "两万": 20000, "一二": 12, "九十九": 99} {
		if v, ok := cjkValue(s); !ok || v != want {
			t.Errorf("cjkValue(%s) = %d, %v; want %d", s, v, ok, want)
		}
	}
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"1,000.5", "1 000,5", "二〇二四年", "第十二条", "A/78/L.49", "٣٫٥", "2020-20232024-2027", "ITU-T", "25 %"} {
		f.Add(s, "en")
		f.Add(s, "fr")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		prev := -1
		for _, n := range Numbers(text, lang) {
			if n.Start < 0 || n.End > len(text) || n.Start >= n.End {
				t.Fatalf("bad span %d-%d in %q", n.Start, n.End, text)
			}
			if text[n.Start:n.End] != n.Raw {
				t.Fatalf("raw %q != text %q", n.Raw, text[n.Start:n.End])
			}
			if n.Start < prev {
				t.Fatalf("out of order in %q", text)
			}
			prev = n.Start
			if n.Value == "" || !utf8.ValidString(n.Value) && utf8.ValidString(text) {
				t.Fatalf("bad value %q", n.Value)
			}
		}
	})
}

func TestHasNumberWord(t *testing.T) {
	tests := []struct {
		text, lang string
		v          int
		want       bool
	}{
		{"the two phases", "en", 2, true},
		{"the second phase", "en", 2, true},
		{"the twentieth", "en", 2, false},
		{"Article premier", "fr", 1, true},
		{"les deux phases", "fr", 2, true},
		{"las dos fases", "es", 2, true},
		{"двух этапов", "ru", 2, true},
		{"в трёх случаях", "ru", 3, true},
		{"المرحلتين الاثنتين", "ar", 2, true},
		{"مرحلتين اثنتين", "ar", 2, true},
		{"两个阶段", "zh", 2, true},
		{"三个阶段", "zh", 2, false},
		{"一九四八年十二月十日", "zh", 10, false},
		{"过去十年", "zh", 10, true},
		{"two", "xx", 2, false},
		{"eleven", "en", 11, true},
		{"dans un délai de quinze jours", "fr", 15, true},
		{"treinta días naturales", "es", 30, true},
		{"en un plazo de quince días", "es", 16, false},
		{"seventeen", "en", 70, false},
		{"shall not exceed forty-eight hours", "en", 48, true},
		{"twenty four hours", "en", 24, true},
		{"forty hours", "en", 48, false},
		{"as of the sixtieth day", "en", 60, true},
	}
	for _, tt := range tests {
		if got := HasNumberWord(tt.text, tt.lang, tt.v); got != tt.want {
			t.Errorf("HasNumberWord(%q, %s, %d) = %v", tt.text, tt.lang, tt.v, got)
		}
	}
}
