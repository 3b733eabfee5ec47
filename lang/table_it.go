package lang

// Italian: numbered headings of EU acts ("Articolo 1", "CAPO II").
var mkTableIT = mkLangTable{
	code: "it",
	units: []mkUnitWord{
		{word: "Articolo", unit: UnitArticle},
		{word: "Capo", unit: UnitChapter},
		{word: "Capitolo", unit: UnitChapter},
		{word: "Sezione", unit: UnitSection},
		{word: "Titolo", unit: UnitPart},
		{word: "Allegato", unit: UnitAnnex, bare: true},
	},
}
