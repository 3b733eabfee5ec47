package lang

import (
	"strings"
	"testing"
)

func TestReferences(t *testing.T) {
	tests := []struct {
		lang, text string
		want       string // "unit:targets[:ext]" separated by " | "
	}{
		{"en", "in accordance with resolves 1 and 2 above", "resolves:1,2"},
		// Taiwan laws (QA #12): chained containers, inserted articles,
		// lists that name their container once
		{"en", "Subparagraphs 1, 3 and 4 of Paragraph 1 of Article 56", "article:56/1/1,56/1/3,56/1/4"},
		{"zh", "第五十六條第一項第一款、第三款及第四款", "article:56/1/1 | article:56/1/3 | article:56/1/4"},
		{"zh", "依第三十條之一規定", "article:30001"},
		{"en", "According to Article 30-1,", "article:30001"},
		{"zh", "第三十條第一項至第三項、第六項", "article:30/1 | article:30/2,30/3 | article:30/6"},
		{"zh", "但依第二項、第四項規定", "item:2 | item:4"},
		{"en", "paragraph 35 a) to e) of the Tunis Agenda", "paragraph:35/1,35/2,35/3,35/4,35/5:ext"},
		{"en", "as provided in Article 3(2)(a)", "article:3/2/1"},
		{"en", "under subsection (1)", "subsection:1"},
		{"en", "point (a) of Article 5(1)", "article:5/1/1"},
		{"en", "Article 43(3) TFEU", "article:43/3:ext"},
		{"en", "Article 62(2) and (3) of UNCLOS", "article:62/2,62/3:ext"},
		{"en", "paragraph 2 of this Article", "paragraph:2"},
		{"en", "Article 4 of the Basic Regulation", "article:4:ext"},
		{"en", "points 1 to 4, 15, 16 and 22 of Article 2", "article:2/1,2/2,2/3,2/4,2/15,2/16,2/22"},
		{"en", "sections 63, 63.1, 64.1 to 69 and 78", "section:63,63001,64001,69,78"},
		{"en", "subparagraph 5(1)(a)(ii)", "subparagraph:5/1/1/2"},
		{"en", "Article 3(1)(f)", "article:3/1/6"},
		{"en", "under subsection 8(5.1).", "subsection:8/5001"},
		{"en", "the article of the law", ""},
		{"fr", "l'alinéa b) du présent article", "subparagraph:2"},
		{"fr", "à l'article 2, points 1) à 4), du règlement", "article:2/1,2/2,2/3,2/4:ext"},
		{"fr", "l'article 16, paragraphe 8, du règlement de base", "article:16/8:ext"},
		{"fr", "article 3(1)f)", "article:3/1/6"},
		{"es", "el artículo 62, apartados 2 y 3, de la Convención", "article:62/2,62/3:ext"},
		{"es", "en el apartado 2 del presente artículo", "paragraph:2"},
		{"es", "el artículo 208, apartado 1, párrafo segundo, del Tratado", "article:208/1:ext"},
		{"es", "en el apartado 2, letras b) a d)", "paragraph:2/2,2/3,2/4"},
		{"ru", "в соответствии с пунктом 2", "paragraph:2"},
		{"ru", "подпункт а) статьи 5", "subparagraph:1 | article:5"},
		{"ru", "статьи 5 Регламента", "article:5:ext"},
		{"ar", "وفقا للفقرة 2", "paragraph:2"},
		{"ar", "الفقرة 2 من هذه المادة", "paragraph:2"},
		{"zh", "第3段", "paragraph:3"},
		{"zh", "上文第2段", "paragraph:2"},
		{"zh", "第十二條第一款第六目", "article:12/1/6"},
		{"zh", "《信息社会突尼斯议程》第35 a)至e)段", "paragraph:35/1,35/2,35/3,35/4,35/5:ext"},
		{"zh", "按照做出决议1和2，", "resolves:1,2"},
		{"zh", "联大第70/125号决议", ""},
		{"zh", "根据做出决议第3段所做的更正", "resolves:3"},
		{"zh", "做出决议第1至4段亦适用", "resolves:1,2,3,4"},
		{"fr", "en application du point 3 du décide sont", "resolves:3"},
		{"ru", "в соответствии с пунктом 7 раздела решает", "resolves:7"},
		{"ar", "بموجب الفقرة 3 من \"تقرر\" في", "resolves:3"},
		// Spanish: the section named by its heading, before or after the
		// number, or as the operative part; "de la TSB" further on does
		// not make it another document's
		{"es", "que las correcciones efectuadas en virtud del resuelve 7 se anuncien mediante circular de la TSB;", "resolves:7"},
		{"es", "en virtud del punto 7 del resuelve se anuncien mediante circular de la TSB;", "resolves:7"},
		{"es", "de conformidad con el punto 7 de la parte dispositiva, la TSB", "resolves:7"},
		{"es", "que los resuelve 1 a 4 se apliquen también a los textos de la Asamblea", "resolves:1,2,3,4"},
		{"es", "el resuelve 2 de la Resolución 70 (Rev. Hammamet, 2016)", "resolves:2:ext"},
		{"es", "el resuelve 2 de la presente Resolución", "resolves:2"},
		{"en", "resolves 2 of Resolution 70 (Rev. Hammamet, 2016)", "resolves:2:ext"},
		{"en", "resolves 3 and the decisions of the Council", "resolves:3"},
		// a container after the second reference is its own (Taiwan laws)
		{"en", "set forth in Article 17, Paragraph 7 of Article 17-1, and Article 55", "article:17 | article:17001/7 | article:55"},
		{"en", "Articles 22-25 and Article 17-1", "article:22,23,24,25 | article:17001"},
		{"en", "Articles 22 to 25, Paragraphs 1 to 3 of Article 30, Article 32", "article:22,23,24,25 | article:30/1,30/2,30/3 | article:32"},
		{"fr", "l'article 2, points 1) à 4), du règlement", "article:2/1,2/2,2/3,2/4:ext"},
		// references qualified by a named instrument point outside the text
		{"zh", "遵循《世界知识产权组织版权条约》（1996年12月20日通过）第十一条或类似国际协定", "article:11:ext"},
		{"zh", "世界智慧財產權組織著作權條約（WIPO Copyright Treaty）第11條及/或相似國際條約", "article:11:ext"},
		{"zh", "不適用預算法第九十四條", "article:94:ext"},
		{"zh", "違反本法第三十六條第四項規定", "article:36/4"},
		{"zh", "依本辦法第三條", "article:3"},
		{"zh", "《联合国宪章》的第3条", "article:3:ext"},
		{"en", "under Article 11 of the WIPO Copyright Treaty adopted on", "article:11:ext"},
		{"es", "del artículo 11 del Tratado de la OMPI sobre Derecho de Autor", "article:11:ext"},
		{"fr", "de l’Article 11 du Traité de l’OMPI sur le droit d’auteur", "article:11:ext"},
		{"ru", "в соответствии со Статьей 11 Договора ВОИС", "article:11:ext"},
		{"ru", "в соответствии со статьей 11 договора ВОИС", "article:11:ext"},
		{"ru", "в соответствии со статьей 11 настоящего договора", "article:11"},
		{"ar", "المادة 11 من اتفاقية الوايبو", "article:11:ext"},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range References(tt.text, tt.lang) {
			s := r.Unit + ":" + strings.Join(r.Targets, ",")
			if r.External {
				s += ":ext"
			}
			got = append(got, s)
			if tt.text[r.Start:r.End] != r.Raw {
				t.Errorf("%q: span %d-%d is %q, raw %q", tt.text, r.Start, r.End, tt.text[r.Start:r.End], r.Raw)
			}
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("References(%q, %s) = %q, want %q", tt.text, tt.lang, g, tt.want)
		}
	}
}

func FuzzReferences(f *testing.F) {
	for _, s := range []string{"Article 3(2)(a)", "paragraph 35 a) to e)", "第十二條第一款第六目", "l'alinéa b)", "пункт 2", "الفقرة 2", "points 1 to 4, 15"} {
		f.Add(s, "en")
		f.Add(s, "zh")
		f.Add(s, "ar")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		for _, r := range References(text, lang) {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End || text[r.Start:r.End] != r.Raw {
				t.Fatalf("bad span %d-%d in %q", r.Start, r.End, text)
			}
			if len(r.Targets) == 0 {
				t.Fatalf("reference without targets in %q", text)
			}
		}
	})
}
