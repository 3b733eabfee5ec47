package lang

// Portuguese: numbered headings of EU acts ("Artigo 3.º", "CAPÍTULO II").
var mkTablePT = mkLangTable{
	code: "pt",
	units: []mkUnitWord{
		{word: "Artigo", unit: UnitArticle},
		{word: "Capítulo", unit: UnitChapter},
		{word: "Secção", unit: UnitSection},
		{word: "Seção", unit: UnitSection},
		{word: "Título", unit: UnitPart},
		{word: "Anexo", unit: UnitAnnex, bare: true},
	},
	ordinals: map[string]int{"primeiro": 1, "único": 1},
}
