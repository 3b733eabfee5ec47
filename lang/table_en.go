package lang

// English: numbered headings and the section headings of UN, ITU and EU
// resolutions.
var mkTableEN = mkLangTable{
	code: "en",
	units: []mkUnitWord{
		{word: "Article", unit: UnitArticle},
		{word: "Chapter", unit: UnitChapter},
		{word: "Section", unit: UnitSection},
		{word: "Part", unit: UnitPart},
		{word: "Title", unit: UnitPart},
		{word: "Annex", unit: UnitAnnex, bare: true},
		{word: "Appendix", unit: UnitAnnex, bare: true},
		{word: "Attachment", unit: UnitAnnex, bare: true},
	},
	sections: []mkSection{
		{phrase: "considering", key: "considering"},
		{phrase: "considering further", key: "considering further"},
		{phrase: "considering also", key: "considering further"},
		{phrase: "further considering", key: "considering further"},
		{phrase: "recalling", key: "recalling"},
		{phrase: "recalling further", key: "recalling further"},
		{phrase: "recalling also", key: "recalling further"},
		{phrase: "further recalling", key: "recalling further"},
		{phrase: "recognizing", key: "recognizing"},
		{phrase: "recognising", key: "recognizing"},
		{phrase: "recognizing further", key: "recognizing further"},
		{phrase: "recognising further", key: "recognizing further"},
		{phrase: "recognizing also", key: "recognizing further"},
		{phrase: "further recognizing", key: "recognizing further"},
		{phrase: "bearing in mind", key: "bearing in mind"},
		{phrase: "noting", key: "noting"},
		{phrase: "noting further", key: "noting further"},
		{phrase: "noting also", key: "noting further"},
		{phrase: "further noting", key: "noting further"},
		{phrase: "noting with satisfaction", key: "noting with satisfaction"},
		{phrase: "taking into account", key: "taking into account"},
		{phrase: "emphasizing", key: "emphasizing"},
		{phrase: "emphasising", key: "emphasizing"},
		{phrase: "aware", key: "aware"},
		{phrase: "convinced", key: "convinced"},
		{phrase: "resolves", key: "resolves"},
		{phrase: "further resolves", key: "further resolves"},
		{phrase: "resolves further", key: "further resolves"},
		{phrase: "decides", key: "decides"},
		{phrase: "instructs", key: "instructs", addressee: true},
		{phrase: "resolves to instruct", key: "instructs", addressee: true},
		{phrase: "invites", key: "invites", addressee: true},
		{phrase: "resolves to invite", key: "invites", addressee: true},
		{phrase: "requests", key: "requests", addressee: true},
		{phrase: "encourages", key: "encourages", addressee: true},
		{phrase: "urges", key: "urges", addressee: true},
		{phrase: "calls upon", key: "calls upon", addressee: true},
		{phrase: "calls on", key: "calls upon", addressee: true},
		{phrase: "welcomes", key: "welcomes"},
	},
}

// mkAbbrevWords are lower-case abbreviations that, followed by "." and a
// number, start running text rather than a list item: "p. 5" (page),
// "pp. 3", "c. 1950" (circa), "n. 3" (note), "no. 5", "s. 12" (section),
// "l. 4" (line), "f. 2" (folio), "v. 2" (volume), "vol. 3", "art. 5".
var mkAbbrevWords = []string{"p", "pp", "c", "ca", "n", "nn", "no", "nos", "s", "ss", "l", "ll", "f", "ff", "v", "vol", "art", "para", "ch", "cf", "op"}

// mkVersus followed by "." and a name is "versus" ("v. Smith").
const mkVersus = "v"
