package lang

// Dutch: numbered headings of EU acts ("Artikel 1", "HOOFDSTUK II").
var mkTableNL = mkLangTable{
	code: "nl",
	units: []mkUnitWord{
		{word: "Artikel", unit: UnitArticle},
		{word: "Hoofdstuk", unit: UnitChapter},
		{word: "Afdeling", unit: UnitSection},
		{word: "Titel", unit: UnitPart},
		{word: "Bijlage", unit: UnitAnnex, bare: true},
	},
}
