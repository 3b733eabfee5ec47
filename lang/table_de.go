package lang

// German: numbered headings of EU acts ("Artikel 1", "KAPITEL II").
var mkTableDE = mkLangTable{
	code: "de",
	units: []mkUnitWord{
		{word: "Artikel", unit: UnitArticle},
		{word: "Kapitel", unit: UnitChapter},
		{word: "Abschnitt", unit: UnitSection},
		{word: "Teil", unit: UnitPart},
		{word: "Titel", unit: UnitPart},
		{word: "Anhang", unit: UnitAnnex, bare: true},
	},
}
