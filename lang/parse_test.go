package lang

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

type markerCase struct {
	in    string
	raw   string
	sys   System
	value int
	style string
	unit  Unit
	path  []int
	old   int    // value of Old, 0 for none
	rest  string // s[n:]
	alt   System // system of the first alternative, SystemNone for none
}

func TestParseMarker(t *testing.T) {
	cases := []markerCase{
		// Decimal.
		{in: "1. Everyone", raw: "1.", sys: SystemDecimal, value: 1, style: "%.", rest: "Everyone"},
		{in: "12) text", raw: "12)", sys: SystemDecimal, value: 12, style: "%)", rest: "text"},
		{in: "(3) text", raw: "(3)", sys: SystemDecimal, value: 3, style: "(%)", rest: "text"},
		{in: "1.- Texto", raw: "1.-", sys: SystemDecimal, value: 1, style: "%.-", rest: "Texto"},
		{in: "1\t向ITU-T", raw: "1", sys: SystemDecimal, value: 1, style: "%", rest: "向ITU-T"},
		{in: "2  Two spaces", raw: "2", sys: SystemDecimal, value: 2, style: "%", rest: "Two spaces"},
		{in: "3\u3000文本", raw: "3", sys: SystemDecimal, value: 3, style: "%", rest: "文本"},
		{in: "1、总则", raw: "1、", sys: SystemDecimal, value: 1, style: "%、", rest: "总则"},
		{in: "2.Possibility of", raw: "2.", sys: SystemDecimal, value: 2, style: "%.", rest: "Possibility of"},
		{in: "4.", raw: "4.", sys: SystemDecimal, value: 4, style: "%.", rest: ""},
		{in: "(1)", raw: "(1)", sys: SystemDecimal, value: 1, style: "(%)", rest: ""},
		// Multi-level.
		{in: "1.1 Scope", raw: "1.1", sys: SystemMultiLevel, value: 1, path: []int{1, 1}, style: "%", rest: "Scope"},
		{in: "3.2.1\tText", raw: "3.2.1", sys: SystemMultiLevel, value: 1, path: []int{3, 2, 1}, style: "%", rest: "Text"},
		{in: "3.2.1. Text", raw: "3.2.1.", sys: SystemMultiLevel, value: 1, path: []int{3, 2, 1}, style: "%.", rest: "Text"},
		{in: "2.10) Text", raw: "2.10)", sys: SystemMultiLevel, value: 10, path: []int{2, 10}, style: "%)", rest: "Text"},
		// Full-width, Arabic-Indic and Persian digits.
		{in: "１．文本", raw: "１．", sys: SystemDecimal, value: 1, style: "%．", rest: "文本"},
		{in: "（１）文本", raw: "（１）", sys: SystemDecimal, value: 1, style: "（%）", rest: "文本"},
		{in: "１２） 文本", raw: "１２）", sys: SystemDecimal, value: 12, style: "%）", rest: "文本"},
		{in: "١٢- نص", raw: "١٢-", sys: SystemDecimal, value: 12, style: "%-", rest: "نص"},
		{in: "(٣) نص", raw: "(٣)", sys: SystemDecimal, value: 3, style: "(%)", rest: "نص"},
		{in: "۱) متن", raw: "۱)", sys: SystemDecimal, value: 1, style: "%)", rest: "متن"},
		{in: "⑴ text", raw: "⑴", sys: SystemDecimal, value: 1, style: "(%)", rest: "text"},
		{in: "⒉ text", raw: "⒉", sys: SystemDecimal, value: 2, style: "%.", rest: "text"},
		// Latin letters.
		{in: "a) text", raw: "a)", sys: SystemLatinLower, value: 1, style: "%)", rest: "text"},
		{in: "(b) text", raw: "(b)", sys: SystemLatinLower, value: 2, style: "(%)", rest: "text"},
		{in: "e. text", raw: "e.", sys: SystemLatinLower, value: 5, style: "%.", rest: "text"},
		{in: "B. General", raw: "B.", sys: SystemLatinUpper, value: 2, style: "%.", rest: "General"},
		{in: "(G) text", raw: "(G)", sys: SystemLatinUpper, value: 7, style: "(%)", rest: "text"},
		{in: "z)\ttext", raw: "z)", sys: SystemLatinLower, value: 26, style: "%)", rest: "text"},
		{in: "aa) text", raw: "aa)", sys: SystemLatinLower, value: 27, style: "%)", rest: "text"},
		{in: "bb) text", raw: "bb)", sys: SystemLatinLower, value: 28, style: "%)", rest: "text"},
		{in: "ab) text", raw: "ab)", sys: SystemLatinLower, value: 28, style: "%)", rest: "text", alt: SystemLatinLower},
		{in: "an) text", raw: "an)", sys: SystemLatinLower, value: 40, style: "%)", rest: "text"},
		{in: "(ab) text", raw: "(ab)", sys: SystemLatinLower, value: 28, style: "(%)", rest: "text", alt: SystemLatinLower},
		{in: "a)", raw: "a)", sys: SystemLatinLower, value: 1, style: "%)", rest: ""},
		{in: "（ａ） text", raw: "（ａ）", sys: SystemLatinLower, value: 1, style: "（%）", rest: "text"},
		{in: "⒜ text", raw: "⒜", sys: SystemLatinLower, value: 1, style: "(%)", rest: "text"},
		// Roman numerals, and the letters they share.
		{in: "i) text", raw: "i)", sys: SystemRomanLower, value: 1, style: "%)", rest: "text", alt: SystemLatinLower},
		{in: "(iv) text", raw: "(iv)", sys: SystemRomanLower, value: 4, style: "(%)", rest: "text"},
		{in: "IV. Text", raw: "IV.", sys: SystemRomanUpper, value: 4, style: "%.", rest: "Text"},
		{in: "ii) text", raw: "ii)", sys: SystemRomanLower, value: 2, style: "%)", rest: "text", alt: SystemLatinLower},
		{in: "xiii) text", raw: "xiii)", sys: SystemRomanLower, value: 13, style: "%)", rest: "text"},
		{in: "xl) text", raw: "xl)", sys: SystemRomanLower, value: 40, style: "%)", rest: "text"},
		{in: "v) text", raw: "v)", sys: SystemRomanLower, value: 5, style: "%)", rest: "text", alt: SystemLatinLower},
		{in: "x) text", raw: "x)", sys: SystemRomanLower, value: 10, style: "%)", rest: "text", alt: SystemLatinLower},
		{in: "c) text", raw: "c)", sys: SystemLatinLower, value: 3, style: "%)", rest: "text", alt: SystemRomanLower},
		{in: "d) text", raw: "d)", sys: SystemLatinLower, value: 4, style: "%)", rest: "text", alt: SystemRomanLower},
		{in: "l) text", raw: "l)", sys: SystemLatinLower, value: 12, style: "%)", rest: "text", alt: SystemRomanLower},
		{in: "m) text", raw: "m)", sys: SystemLatinLower, value: 13, style: "%)", rest: "text", alt: SystemRomanLower},
		{in: "I. Introduction", raw: "I.", sys: SystemRomanUpper, value: 1, style: "%.", rest: "Introduction", alt: SystemLatinUpper},
		{in: "C. Scope", raw: "C.", sys: SystemLatinUpper, value: 3, style: "%.", rest: "Scope", alt: SystemRomanUpper},
		// Flattened revision pairs.
		{in: "ef)\ttext", raw: "ef)", sys: SystemLatinLower, value: 6, old: 5, style: "%)", rest: "text"},
		{in: "ij)\ttext", raw: "ij)", sys: SystemLatinLower, value: 10, old: 9, style: "%)", rest: "text"},
		{in: "hi)\ttext", raw: "hi)", sys: SystemLatinLower, value: 9, old: 8, style: "%)", rest: "text"},
		{in: "iiiii)\ttext", raw: "iiiii)", sys: SystemRomanLower, value: 3, old: 2, style: "%)", rest: "text", alt: SystemRomanLower},
		{in: "iiiiv)\ttext", raw: "iiiiv)", sys: SystemRomanLower, value: 4, old: 3, style: "%)", rest: "text"},
		{in: "viiiix)\ttext", raw: "viiiix)", sys: SystemRomanLower, value: 9, old: 8, style: "%)", rest: "text"},
		{in: "ixxi)\ttext", raw: "ixxi)", sys: SystemRomanLower, value: 11, old: 9, style: "%)", rest: "text"},
		{in: "(ef) text", raw: "(ef)", sys: SystemLatinLower, value: 6, old: 5, style: "(%)", rest: "text"},
		{in: "EF. Text", raw: "EF.", sys: SystemLatinUpper, value: 6, old: 5, style: "%.", rest: "Text"},
		{in: "iii)\ttext", raw: "iii)", sys: SystemRomanLower, value: 3, style: "%)", rest: "text", alt: SystemLatinLower},
		{in: "xxii)\ttext", raw: "xxii)", sys: SystemRomanLower, value: 22, style: "%)", rest: "text", alt: SystemRomanLower},
		{in: "（一）（二）配偶", raw: "（一）（二）", sys: SystemCJK, value: 2, old: 1, style: "（%）", rest: "配偶"},
		{in: "(三)(二)文本", raw: "(三)(二)", sys: SystemCJK, value: 2, old: 3, style: "(%)", rest: "文本"},
		{in: "(1)(2) text", raw: "(1)(2)", sys: SystemDecimal, value: 2, old: 1, style: "(%)", rest: "text"},
		{in: "гд) текст", raw: "гд)", sys: SystemCyrillicLower, value: 5, old: 4, style: "%)", rest: "текст"},
		// Cyrillic in Russian legal order.
		{in: "а) текст", raw: "а)", sys: SystemCyrillicLower, value: 1, style: "%)", rest: "текст"},
		{in: "б) текст", raw: "б)", sys: SystemCyrillicLower, value: 2, style: "%)", rest: "текст"},
		{in: "и) текст", raw: "и)", sys: SystemCyrillicLower, value: 9, style: "%)", rest: "текст"},
		{in: "к) текст", raw: "к)", sys: SystemCyrillicLower, value: 10, style: "%)", rest: "текст"},
		{in: "э) текст", raw: "э)", sys: SystemCyrillicLower, value: 26, style: "%)", rest: "текст"},
		{in: "я) текст", raw: "я)", sys: SystemCyrillicLower, value: 28, style: "%)", rest: "текст"},
		{in: "(в) текст", raw: "(в)", sys: SystemCyrillicLower, value: 3, style: "(%)", rest: "текст"},
		{in: "Д. Текст", raw: "Д.", sys: SystemCyrillicUpper, value: 5, style: "%.", rest: "Текст"},
		// Arabic letters: abjad first, alphabetical as Alt.
		{in: "أ) نص", raw: "أ)", sys: SystemArabicAbjad, value: 1, style: "%)", rest: "نص", alt: SystemArabicAlpha},
		{in: "ب) نص", raw: "ب)", sys: SystemArabicAbjad, value: 2, style: "%)", rest: "نص", alt: SystemArabicAlpha},
		{in: "ج) نص", raw: "ج)", sys: SystemArabicAbjad, value: 3, style: "%)", rest: "نص", alt: SystemArabicAlpha},
		{in: "ه) نص", raw: "ه)", sys: SystemArabicAbjad, value: 5, style: "%)", rest: "نص", alt: SystemArabicAlpha},
		// Typed with a space before the bracket (RP051-Arabic: "أ )\t"),
		// as right-to-left typing often leaves it; the presentation form
		// of heh (ﻫ) reads as ه.
		{in: "أ )\tإدخال", raw: "أ )", sys: SystemArabicAbjad, value: 1, style: "%)", rest: "إدخال", alt: SystemArabicAlpha},
		{in: "د ) أنه", raw: "د )", sys: SystemArabicAbjad, value: 4, style: "%)", rest: "أنه", alt: SystemArabicAlpha},
		{in: "ﻫ )\tأن", raw: "ﻫ )", sys: SystemArabicAbjad, value: 5, style: "%)", rest: "أن", alt: SystemArabicAlpha},
		{in: "و\u00a0)\tأن", raw: "و\u00a0)", sys: SystemArabicAbjad, value: 6, style: "%)", rest: "أن", alt: SystemArabicAlpha},
		{in: "هـ) نص", raw: "هـ)", sys: SystemArabicAbjad, value: 5, style: "%)", rest: "نص", alt: SystemArabicAlpha},
		{in: "ت) نص", raw: "ت)", sys: SystemArabicAbjad, value: 22, style: "%)", rest: "نص", alt: SystemArabicAlpha},
		{in: "(د) نص", raw: "(د)", sys: SystemArabicAbjad, value: 4, style: "(%)", rest: "نص", alt: SystemArabicAlpha},
		{in: "ا) نص", raw: "ا)", sys: SystemArabicAbjad, value: 1, style: "%)", rest: "نص", alt: SystemArabicAlpha},
		{in: "غ- نص", raw: "غ-", sys: SystemArabicAbjad, value: 28, style: "%-", rest: "نص", alt: SystemArabicAlpha},
		// Greek.
		{in: "β) κείμενο", raw: "β)", sys: SystemGreekLower, value: 2, style: "%)", rest: "κείμενο"},
		// Chinese.
		{in: "一、总则", raw: "一、", sys: SystemCJK, value: 1, style: "%、", rest: "总则"},
		{in: "十二、各级", raw: "十二、", sys: SystemCJK, value: 12, style: "%、", rest: "各级"},
		{in: "二十五、", raw: "二十五、", sys: SystemCJK, value: 25, style: "%、", rest: ""},
		{in: "（一）配偶及子女。", raw: "（一）", sys: SystemCJK, value: 1, style: "（%）", rest: "配偶及子女。"},
		{in: "(三)祖父母", raw: "(三)", sys: SystemCJK, value: 3, style: "(%)", rest: "祖父母"},
		{in: "㈠ 人人", raw: "㈠", sys: SystemCJK, value: 1, style: "(%)", rest: "人人"},
		{in: "㈩文本", raw: "㈩", sys: SystemCJK, value: 10, style: "(%)", rest: "文本"},
		{in: "①文本", raw: "①", sys: SystemCircled, value: 1, style: "%", rest: "文本"},
		{in: "⑳ 文本", raw: "⑳", sys: SystemCircled, value: 20, style: "%", rest: "文本"},
		{in: "㉑ 文本", raw: "㉑", sys: SystemCircled, value: 21, style: "%", rest: "文本"},
		{in: "㊿ 文本", raw: "㊿", sys: SystemCircled, value: 50, style: "%", rest: "文本"},
		// Headings.
		{in: "Ａｒｔｉｃｌｅ ３５", raw: "Ａｒｔｉｃｌｅ ３５", sys: SystemDecimal, value: 35, style: "Ａｒｔｉｃｌｅ %", unit: UnitArticle, rest: ""},
		{in: "ＡＲＴＩＣＬＥ 1", raw: "ＡＲＴＩＣＬＥ 1", sys: SystemDecimal, value: 1, style: "ＡＲＴＩＣＬＥ %", unit: UnitArticle, rest: ""},
		{in: "第二十五条", raw: "第二十五条", sys: SystemCJK, value: 25, style: "第%条", unit: UnitArticle, rest: ""},
		{in: "第一条", raw: "第一条", sys: SystemCJK, value: 1, style: "第%条", unit: UnitArticle, rest: ""},
		{in: "第三十条\u3000本宣言", raw: "第三十条", sys: SystemCJK, value: 30, style: "第%条", unit: UnitArticle, rest: "本宣言"},
		{in: "第 5 條", raw: "第 5 條", sys: SystemDecimal, value: 5, style: "第 % 條", unit: UnitArticle, rest: ""},
		{in: "第 174-1 條", raw: "第 174-1 條", sys: SystemMultiLevel, value: 1, path: []int{174, 1}, style: "第 % 條", unit: UnitArticle, rest: ""},
		{in: "第一章", raw: "第一章", sys: SystemCJK, value: 1, style: "第%章", unit: UnitChapter, rest: ""},
		{in: "第 一 章 總則", raw: "第 一 章", sys: SystemCJK, value: 1, style: "第 % 章", unit: UnitChapter, rest: "總則"},
		{in: "第 十一 節 送達", raw: "第 十一 節", sys: SystemCJK, value: 11, style: "第 % 節", unit: UnitSection, rest: "送達"},
		{in: "第二编", raw: "第二编", sys: SystemCJK, value: 2, style: "第%编", unit: UnitPart, rest: ""},
		{in: "附件一", raw: "附件一", sys: SystemCJK, value: 1, style: "附件%", unit: UnitAnnex, rest: ""},
		{in: "附件", raw: "附件", sys: SystemNone, value: 0, style: "附件", unit: UnitAnnex, rest: ""},
		{in: "Article 1", raw: "Article 1", sys: SystemDecimal, value: 1, style: "Article %", unit: UnitArticle, rest: ""},
		{in: "Article 30", raw: "Article 30", sys: SystemDecimal, value: 30, style: "Article %", unit: UnitArticle, rest: ""},
		{in: "ARTICLE 7", raw: "ARTICLE 7", sys: SystemDecimal, value: 7, style: "ARTICLE %", unit: UnitArticle, rest: ""},
		{in: "Article 12 Scope", raw: "Article 12", sys: SystemDecimal, value: 12, style: "Article %", unit: UnitArticle, rest: "Scope"},
		{in: "Article 12 – Scope", raw: "Article 12", sys: SystemDecimal, value: 12, style: "Article %", unit: UnitArticle, rest: "– Scope"},
		{in: "Article 2. Definitions", raw: "Article 2.", sys: SystemDecimal, value: 2, style: "Article %.", unit: UnitArticle, rest: "Definitions"},
		{in: "Article 174-1", raw: "Article 174-1", sys: SystemMultiLevel, value: 1, path: []int{174, 1}, style: "Article %", unit: UnitArticle, rest: ""},
		{in: "Article premier", raw: "Article premier", sys: SystemDecimal, value: 1, style: "Article %", unit: UnitArticle, rest: ""},
		{in: "Article 1er", raw: "Article 1er", sys: SystemDecimal, value: 1, style: "Article %er", unit: UnitArticle, rest: ""},
		{in: "Artículo 1", raw: "Artículo 1", sys: SystemDecimal, value: 1, style: "Artículo %", unit: UnitArticle, rest: ""},
		{in: "ARTÍCULO 14", raw: "ARTÍCULO 14", sys: SystemDecimal, value: 14, style: "ARTÍCULO %", unit: UnitArticle, rest: ""},
		{in: "Artículo primero", raw: "Artículo primero", sys: SystemDecimal, value: 1, style: "Artículo %", unit: UnitArticle, rest: ""},
		{in: "Статья 1", raw: "Статья 1", sys: SystemDecimal, value: 1, style: "Статья %", unit: UnitArticle, rest: ""},
		{in: "Статья 5. Текст", raw: "Статья 5.", sys: SystemDecimal, value: 5, style: "Статья %.", unit: UnitArticle, rest: "Текст"},
		{in: "المادة 1", raw: "المادة 1", sys: SystemDecimal, value: 1, style: "المادة %", unit: UnitArticle, rest: ""},
		{in: "المادة (1)", raw: "المادة (1)", sys: SystemDecimal, value: 1, style: "المادة (%)", unit: UnitArticle, rest: ""},
		{in: "المادة ١٢", raw: "المادة ١٢", sys: SystemDecimal, value: 12, style: "المادة %", unit: UnitArticle, rest: ""},
		{in: "المادة الأولى", raw: "المادة الأولى", sys: SystemDecimal, value: 1, style: "المادة %", unit: UnitArticle, rest: ""},
		{in: "Artigo 3.º", raw: "Artigo 3.º", sys: SystemDecimal, value: 3, style: "Artigo %.º", unit: UnitArticle, rest: ""},
		{in: "Artigo 1.º Objeto", raw: "Artigo 1.º", sys: SystemDecimal, value: 1, style: "Artigo %.º", unit: UnitArticle, rest: "Objeto"},
		{in: "6. cikk", raw: "6. cikk", sys: SystemDecimal, value: 6, style: "%. cikk", unit: UnitArticle, rest: ""},
		{in: "II. fejezet", raw: "II. fejezet", sys: SystemRomanUpper, value: 2, style: "%. fejezet", unit: UnitChapter, rest: ""},
		{in: "Artikel 4", raw: "Artikel 4", sys: SystemDecimal, value: 4, style: "Artikel %", unit: UnitArticle, rest: ""},
		{in: "Articolo 4", raw: "Articolo 4", sys: SystemDecimal, value: 4, style: "Articolo %", unit: UnitArticle, rest: ""},
		{in: "Chapter I", raw: "Chapter I", sys: SystemRomanUpper, value: 1, style: "Chapter %", unit: UnitChapter, rest: ""},
		{in: "Chapter I General Provisions", raw: "Chapter I", sys: SystemRomanUpper, value: 1, style: "Chapter %", unit: UnitChapter, rest: "General Provisions"},
		{in: "CHAPITRE II", raw: "CHAPITRE II", sys: SystemRomanUpper, value: 2, style: "CHAPITRE %", unit: UnitChapter, rest: ""},
		{in: "Capítulo III", raw: "Capítulo III", sys: SystemRomanUpper, value: 3, style: "Capítulo %", unit: UnitChapter, rest: ""},
		{in: "Глава 2", raw: "Глава 2", sys: SystemDecimal, value: 2, style: "Глава %", unit: UnitChapter, rest: ""},
		{in: "Section 1 Rules of Application", raw: "Section 1", sys: SystemDecimal, value: 1, style: "Section %", unit: UnitSection, rest: "Rules of Application"},
		{in: "Part C", raw: "Part C", sys: SystemLatinUpper, value: 3, style: "Part %", unit: UnitPart, rest: ""},
		{in: "ANNEX", raw: "ANNEX", sys: SystemNone, value: 0, style: "ANNEX", unit: UnitAnnex, rest: ""},
		{in: "ANNEX II", raw: "ANNEX II", sys: SystemRomanUpper, value: 2, style: "ANNEX %", unit: UnitAnnex, rest: ""},
		{in: "Annexe", raw: "Annexe", sys: SystemNone, value: 0, style: "Annexe", unit: UnitAnnex, rest: ""},
		{in: "ПРИЛОЖЕНИЕ", raw: "ПРИЛОЖЕНИЕ", sys: SystemNone, value: 0, style: "ПРИЛОЖЕНИЕ", unit: UnitAnnex, rest: ""},
		// Bullets.
		{in: "• item", raw: "•", sys: SystemBullet, style: "•", rest: "item"},
		{in: "— indent", raw: "—", sys: SystemBullet, style: "—", rest: "indent"},
		{in: "- item", raw: "-", sys: SystemBullet, style: "-", rest: "item"},
	}
	for _, c := range cases {
		m, n, ok := ParseMarker(c.in)
		if !ok {
			t.Errorf("ParseMarker(%q): no marker, want %s %d", c.in, c.sys, c.value)
			continue
		}
		got := markerCase{in: c.in, raw: m.Raw, sys: m.System, value: m.Value, style: m.Style, unit: m.Unit, path: m.Path, rest: c.in[n:]}
		if m.Old != nil {
			got.old = m.Old.Value
		}
		if m.Alt != nil {
			got.alt = m.Alt.System
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("ParseMarker(%q)\n got %+v\nwant %+v", c.in, got, c)
		}
		if m.Old != nil && m.Change != ChangeReplaced {
			t.Errorf("ParseMarker(%q): pair with Change %s", c.in, m.Change)
		}
	}
}

// TestParseMarkerPairOld checks both halves of flattened pairs.
func TestParseMarkerPairOld(t *testing.T) {
	cases := []struct{ in, oldRaw, newRaw string }{
		{"ef)\tx", "e)", "ef)"},
		{"iiiii)\tx", "ii)", "iiiii)"},
		{"viiiix)\tx", "viii)", "viiiix)"},
		{"(ef) x", "(e)", "(ef)"},
		{"（一）（二）x", "（一）", "（一）（二）"},
	}
	for _, c := range cases {
		m, _, ok := ParseMarker(c.in)
		if !ok || m.Old == nil {
			t.Fatalf("ParseMarker(%q): %v %+v", c.in, ok, m)
		}
		if m.Raw != c.newRaw || m.Old.Raw != c.oldRaw || m.Old.System != m.System || m.Old.Style != m.Style {
			t.Errorf("ParseMarker(%q): raw %q old %+v", c.in, m.Raw, m.Old)
		}
	}
	// A plain reading comes first; the pair is an alternative.
	m, _, _ := ParseMarker("iii)\tx")
	var pair *Marker
	for a := m.Alt; a != nil && pair == nil; a = a.Alt {
		if a.Old != nil {
			pair = a
		}
	}
	if pair == nil || pair.Value != 2 || pair.Old.Value != 1 || pair.Old.Raw != "i)" {
		t.Errorf("iii): want alternative pair i) + ii), got %+v", pair)
	}
}

func TestParseMarkerNegative(t *testing.T) {
	for _, s := range []string{
		"", " 1. leading space", "I think", "A new approach", "2030 Agenda", "In 1948, the",
		"e.g. this", "i.e. that", "v. Smith", "v. Smith, 123 U.S. 456", "p. 5", "c. 1950",
		"etc. and so on", "mix. of things", "dix. ", "Inc.", "U.S. law", "a.m. today",
		"1948 年", "2022年，日内瓦；", "（2008年，约翰内斯堡；", "一九四八年十二月十日", "一些国家",
		"十分重要", "第140号决议", "第五条规定的", "第一百十七條規定", "全权代表大会",
		"Article 5 of the Basic Regulation", "Article 5(1)", "Article 5, point (a)", "Articles 3 and 4",
		"Section 2 of the Act", "Chapter in the book", "Annex to Resolution 75", "Статья 5 настоящего",
		"MOD\tATU/35A18/1", "abc) words", "Ab) mixed", "a)b", "a)text", "(a)text", "a.b", "iv.x",
		"1.5million", "28.12.2017", "(nl) x", "1)x", "12345. too long", "1234\tfour digits", "5", "5 apples",
		"ééé) x", "ё) текст", "й) текст", "ы) текст", "(a", "(1", "()", "( )", "-5 degrees", "—",
		"[bookmark: _Toc114651360]第75号决议", "•no space", "\uFFFD) x", "A", "in) the",
		"or) so", "no. 5", "في) نص", "下列機關之行政行為", "\t1. tab first",
		// A space (no-break, narrow, figure) between digits groups
		// thousands: "1 197,6-1 164 MHz" (RP051-Arabic) is no item 1.
		"1\u00a0197,6-1\u00a0164\u00a0MHz", "215-1\u00a0197,6\u00a0MHz", "1\u202f000 pages", "1\u2007000",
		// Spaced brackets only after one Arabic letter.
		"a ) text", "في ) نص", "أ )نص", "أ  ) نص",
	} {
		if m, n, ok := ParseMarker(s); ok {
			t.Errorf("ParseMarker(%q) = %q (%s %d), n=%d; want no marker", s, m.Raw, m.System, m.Value, n)
		}
	}
}

// TestParseMarkerRawIsPrefix checks that Raw and n always describe a
// prefix of the input, on all the positive cases above and a few odd ones.
func TestParseMarkerRawIsPrefix(t *testing.T) {
	for _, s := range []string{"（１）\u3000文本", "ef)\t", "Article premier\t \u3000x", "①", "㈠ x", "1\t\t\tx"} {
		m, n, ok := ParseMarker(s)
		if !ok {
			t.Fatalf("ParseMarker(%q): no marker", s)
		}
		if !strings.HasPrefix(s, m.Raw) || n < len(m.Raw) || n > len(s) || !utf8.ValidString(s[:n]) {
			t.Errorf("ParseMarker(%q): raw %q n %d", s, m.Raw, n)
		}
		if strings.TrimLeft(s[len(m.Raw):n], " \t\u3000") != "" {
			t.Errorf("ParseMarker(%q): n takes more than blanks: %q", s, s[len(m.Raw):n])
		}
	}
}

// TestParseSpacedNumber: a paragraph number whose tab became one space is
// read (in context, by the caller); numbers that start running text are
// not.
func TestParseSpacedNumber(t *testing.T) {
	cases := []struct {
		in    string
		value int    // 0: no marker
		rest  string // s[n:]
	}{
		{"1 que tout texte adopté", 1, "que tout texte adopté"},
		{"2 that the verification", 2, "that the verification"},
		{"3 что любое", 3, "что любое"},
		{"4 أن الإدارات", 4, "أن الإدارات"},
		{"12\u00a0de faire rapport", 12, "de faire rapport"},
		{"１ que", 1, "que"},
		{"٣ أن", 3, "أن"},
		{"2030 Agenda for Sustainable Development", 0, ""},
		{"1948 saw the adoption", 0, ""},
		{"1 197,6-1 164 MHz", 0, ""},
		{"1\u00a0197,6 MHz", 0, ""},
		{"1 000 pages", 0, ""},
		{"1  two spaces", 0, ""},
		{"1\ttab", 0, ""},
		{"1. dot", 0, ""},
		{"1 %", 0, ""},
		{"1 – 2", 0, ""},
		{"0 zero", 0, ""},
		{"07 leading zero", 0, ""},
		{"1 ", 0, ""},
		{"1", 0, ""},
		{"que 1", 0, ""},
		{"", 0, ""},
	}
	for _, c := range cases {
		m, n, ok := ParseSpacedNumber(c.in)
		if c.value == 0 {
			if ok {
				t.Errorf("ParseSpacedNumber(%q) = %q (%d); want no marker", c.in, m.Raw, m.Value)
			}
			continue
		}
		if !ok {
			t.Errorf("ParseSpacedNumber(%q): no marker, want %d", c.in, c.value)
			continue
		}
		if m.Value != c.value || m.System != SystemDecimal || m.Style != "%" || c.in[n:] != c.rest ||
			!strings.HasPrefix(c.in, m.Raw) || strings.TrimSpace(m.Raw) != m.Raw {
			t.Errorf("ParseSpacedNumber(%q) = %q %s %d style %q rest %q; want %d rest %q",
				c.in, m.Raw, m.System, m.Value, m.Style, c.in[n:], c.value, c.rest)
		}
	}
}
