package lang

// Hungarian: the number comes first ("6. cikk", "II. fejezet").
var mkTableHU = mkLangTable{
	code: "hu",
	units: []mkUnitWord{
		{word: "cikk", unit: UnitArticle, after: true},
		{word: "fejezet", unit: UnitChapter, after: true},
		{word: "szakasz", unit: UnitSection, after: true},
		{word: "rész", unit: UnitPart, after: true},
		{word: "melléklet", unit: UnitAnnex, after: true},
		{word: "MELLÉKLET", unit: UnitAnnex, bare: true},
	},
}
