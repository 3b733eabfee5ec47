package lang

// Arabic: numbered headings ("المادة 1", "المادة (1)", "المادة الأولى") and
// the section headings of UN and ITU resolutions, in the masculine (يـ) and
// feminine (تـ, "the Conference") forms, with and without the linking و.
// Words are matched without diacritics, tatweel or hamza on alef.
var mkTableAR = mkLangTable{
	code: "ar",
	units: []mkUnitWord{
		{word: "المادة", unit: UnitArticle},
		{word: "مادة", unit: UnitArticle},
		{word: "الفصل", unit: UnitChapter},
		{word: "الباب", unit: UnitPart},
		{word: "القسم", unit: UnitSection},
		{word: "الجزء", unit: UnitPart},
		{word: "المرفق", unit: UnitAnnex, bare: true},
		{word: "الملحق", unit: UnitAnnex, bare: true},
	},
	ordinals: map[string]int{
		"الأولى": 1, "الأول": 1, "الثانية": 2, "الثاني": 2, "الثالثة": 3, "الثالث": 3,
		"الرابعة": 4, "الرابع": 4, "الخامسة": 5, "الخامس": 5, "السادسة": 6, "السادس": 6,
		"السابعة": 7, "السابع": 7, "الثامنة": 8, "الثامن": 8, "التاسعة": 9, "التاسع": 9,
		"العاشرة": 10, "العاشر": 10,
	},
	sections: mkArabicSections(),
}

// mkArabicSections writes each heading in its masculine and feminine
// forms, with and without the linking و ("وإذ").
func mkArabicSections() []mkSection {
	base := []mkSection{
		{phrase: "إذ يضع في اعتباره", key: "considering"},
		{phrase: "إذ تضع في اعتبارها", key: "considering"},
		{phrase: "إذ يأخذ في اعتباره", key: "considering"},
		{phrase: "إذ تأخذ في اعتبارها", key: "considering"},
		{phrase: "إذ يضع في اعتباره كذلك", key: "considering further"},
		{phrase: "إذ تضع في اعتبارها كذلك", key: "considering further"},
		{phrase: "إذ يضع في اعتباره أيضاً", key: "considering further"},
		{phrase: "إذ تضع في اعتبارها أيضاً", key: "considering further"},
		{phrase: "إذ يذكّر", key: "recalling"},
		{phrase: "إذ تذكّر", key: "recalling"},
		{phrase: "إذ يشير", key: "recalling"},
		{phrase: "إذ تشير", key: "recalling"},
		{phrase: "إذ يذكّر كذلك", key: "recalling further"},
		{phrase: "إذ تذكّر كذلك", key: "recalling further"},
		{phrase: "إذ يقر", key: "recognizing"},
		{phrase: "إذ تقر", key: "recognizing"},
		{phrase: "إذ يدرك", key: "recognizing"},
		{phrase: "إذ تدرك", key: "recognizing"},
		{phrase: "إذ يعترف", key: "recognizing"},
		{phrase: "إذ تعترف", key: "recognizing"},
		{phrase: "إذ يقر كذلك", key: "recognizing further"},
		{phrase: "إذ تقر كذلك", key: "recognizing further"},
		{phrase: "إذ يدرك كذلك", key: "recognizing further"},
		{phrase: "إذ تدرك كذلك", key: "recognizing further"},
		{phrase: "إذ يضع في حسبانه", key: "bearing in mind"},
		{phrase: "إذ تضع في حسبانها", key: "bearing in mind"},
		{phrase: "إذ يلاحظ", key: "noting"},
		{phrase: "إذ تلاحظ", key: "noting"},
		{phrase: "إذ يلاحظ كذلك", key: "noting further"},
		{phrase: "إذ تلاحظ كذلك", key: "noting further"},
		{phrase: "إذ يلاحظ مع الارتياح", key: "noting with satisfaction"},
		{phrase: "إذ تلاحظ مع الارتياح", key: "noting with satisfaction"},
		{phrase: "إذ يأخذ في الاعتبار", key: "taking into account"},
		{phrase: "إذ تأخذ في الاعتبار", key: "taking into account"},
		{phrase: "إذ يأخذ في الحسبان", key: "taking into account"},
		{phrase: "إذ تأخذ في الحسبان", key: "taking into account"},
		{phrase: "إذ يؤكد", key: "emphasizing"},
		{phrase: "إذ تؤكد", key: "emphasizing"},
		{phrase: "إذ يشدد", key: "emphasizing"},
		{phrase: "إذ تشدد", key: "emphasizing"},
		{phrase: "إذ يدرك تماماً", key: "aware"},
		{phrase: "إذ تدرك تماماً", key: "aware"},
		{phrase: "وعياً منه", key: "aware"},
		{phrase: "وعياً منها", key: "aware"},
		{phrase: "واقتناعاً منه", key: "convinced"},
		{phrase: "واقتناعاً منها", key: "convinced"},
		{phrase: "إذ هو مقتنع", key: "convinced"},
		{phrase: "إذ هي مقتنعة", key: "convinced"},
	}
	verbs := []mkSection{
		{phrase: "يقرر", key: "resolves"},
		{phrase: "تقرر", key: "resolves"},
		{phrase: "يقرر كذلك", key: "further resolves"},
		{phrase: "تقرر كذلك", key: "further resolves"},
		{phrase: "يقرر أيضاً", key: "further resolves"},
		{phrase: "تقرر أيضاً", key: "further resolves"},
		{phrase: "يكلف", key: "instructs", addressee: true},
		{phrase: "تكلف", key: "instructs", addressee: true},
		{phrase: "يدعو", key: "invites", addressee: true},
		{phrase: "تدعو", key: "invites", addressee: true},
		{phrase: "يطلب", key: "requests", addressee: true},
		{phrase: "تطلب", key: "requests", addressee: true},
		{phrase: "يشجع", key: "encourages", addressee: true},
		{phrase: "تشجع", key: "encourages", addressee: true},
		{phrase: "يحث", key: "urges", addressee: true},
		{phrase: "تحث", key: "urges", addressee: true},
		{phrase: "يهيب", key: "calls upon", addressee: true},
		{phrase: "تهيب", key: "calls upon", addressee: true},
		{phrase: "يرحب", key: "welcomes"},
		{phrase: "ترحب", key: "welcomes"},
	}
	out := make([]mkSection, 0, 2*len(base)+2*len(verbs))
	for _, s := range base {
		out = append(out, s)
		w := s
		w.phrase = "و" + s.phrase
		out = append(out, w)
	}
	for _, s := range verbs {
		out = append(out, s)
		w := s
		w.phrase = "و" + s.phrase
		out = append(out, w)
	}
	return out
}
