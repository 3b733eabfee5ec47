package lang

// System is a numbering system: the alphabet or number form in which a
// list marker or a heading number is written. Values of every system are
// comparable: e), (e), д), ه) and 五、 all have Value 5.
type System uint8

// The numbering systems parity understands. The zero value is SystemNone.
const (
	// SystemNone: no numbering system (a bullet, a dash, or no marker).
	SystemNone System = iota
	// SystemDecimal: 1, 2, 3 (ASCII, full-width or Arabic-Indic digits).
	SystemDecimal
	// SystemMultiLevel: 1.1, 3.2.1; Value is the last component, Path holds all.
	SystemMultiLevel
	// SystemLatinLower: a, b, c ... z, then aa, bb (or ab, ac) as the document does.
	SystemLatinLower
	// SystemLatinUpper: A, B, C ...
	SystemLatinUpper
	// SystemRomanLower: i, ii, iii, iv ...
	SystemRomanLower
	// SystemRomanUpper: I, II, III, IV ...
	SystemRomanUpper
	// SystemCyrillicLower: а, б, в, г, д, е, ж, з, и, к ... (Russian legal order, no й ъ ы ь).
	SystemCyrillicLower
	// SystemCyrillicUpper: А, Б, В ...
	SystemCyrillicUpper
	// SystemArabicAbjad: أ ب ج د ه و ز ح ط ي ... (abjad order).
	SystemArabicAbjad
	// SystemArabicAlpha: أ ب ت ث ج ح خ ... (alphabetical, hijā'ī order).
	SystemArabicAlpha
	// SystemCJK: Chinese counting numerals 一 二 三 ... 二十五.
	SystemCJK
	// SystemCircled: ① ② ③ (and ㈠ ㈡ parenthesised ideographs use SystemCJK with Style).
	SystemCircled
	// SystemGreekLower: α, β, γ ...
	SystemGreekLower
	// SystemBullet: •, –, —, - indents: no value but a list item all the same.
	SystemBullet
)

var systemNames = [...]string{
	SystemNone:          "none",
	SystemDecimal:       "decimal",
	SystemMultiLevel:    "multilevel",
	SystemLatinLower:    "latin-lower",
	SystemLatinUpper:    "latin-upper",
	SystemRomanLower:    "roman-lower",
	SystemRomanUpper:    "roman-upper",
	SystemCyrillicLower: "cyrillic-lower",
	SystemCyrillicUpper: "cyrillic-upper",
	SystemArabicAbjad:   "arabic-abjad",
	SystemArabicAlpha:   "arabic-alpha",
	SystemCJK:           "cjk",
	SystemCircled:       "circled",
	SystemGreekLower:    "greek-lower",
	SystemBullet:        "bullet",
}

// String returns the stable name used in JSON output ("latin-lower").
func (s System) String() string {
	if int(s) < len(systemNames) {
		return systemNames[s]
	}
	return "unknown"
}

// ParseSystem is the inverse of System.String.
func ParseSystem(name string) (System, bool) {
	for i, n := range systemNames {
		if n == name {
			return System(i), true
		}
	}
	return SystemNone, false
}

// Letter reports whether the system is alphabetic (Latin, Cyrillic, Arabic, Greek):
// a list of letters, as opposed to numbers.
func (s System) Letter() bool {
	switch s {
	case SystemLatinLower, SystemLatinUpper, SystemCyrillicLower, SystemCyrillicUpper,
		SystemArabicAbjad, SystemArabicAlpha, SystemGreekLower:
		return true
	}
	return false
}

// Unit names what a numbered heading numbers: an article, a chapter, a section.
// List items have UnitNone.
type Unit uint8

// Units of numbered headings.
const (
	// UnitNone: a list item marker, not a heading number.
	UnitNone Unit = iota
	// UnitArticle: "Article 5", "Artículo 5", "Статья 5", "المادة 5", "第五条", "第 5 條".
	UnitArticle
	// UnitChapter: "Chapter I", "第一章".
	UnitChapter
	// UnitSection: "Section 2", "第二节".
	UnitSection
	// UnitPart: "Part II", "第二编".
	UnitPart
	// UnitAnnex: "Annex 1", "ANNEXE".
	UnitAnnex
)

var unitNames = [...]string{"", "article", "chapter", "section", "part", "annex"}

// String returns the stable name used in JSON output.
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return "unknown"
}

// Marker is a parsed list marker or heading number.
//
// Raw is the text as written ("(e)", "ef)", "第二十五条"); System and Value
// are its reading. For multi-level numbers Path holds every component
// (3.2.1 → [3 2 1]) and Value the last one. Old is set when the marker is a
// flattened revision pair ("ef)" = old "e)" + new "f)"): the marker itself is
// the new reading and Old the deleted one.
type Marker struct {
	Raw   string `json:"raw"`
	Value int    `json:"value"`
	// Path is the multi-level path (nil for single-level markers).
	Path []int `json:"path,omitempty"`
	// Style is the punctuation pattern with the numeral replaced by "%":
	// "%)", "(%)", "%.", "%、", "（%）", "第%条".
	Style string `json:"style,omitempty"`
	// Old is the deleted reading of a flattened revision pair, or nil.
	Old *Marker `json:"old,omitempty"`
	// Alt is an alternative reading of an ambiguous marker ("i)" is the
	// ninth letter or the first roman numeral) before context resolves it.
	// Alternatives form a chain (Alt.Alt ...), the likeliest first; a
	// reading may itself be a flattened pair ("iii)" is roman 3, or
	// "i)" deleted and "ii)" inserted). ResolveList moves the reading that
	// fits the list to the front.
	Alt *Marker `json:"-"`
	// System, Unit and Change stand together at the end, where they
	// take one word between them (88 bytes a marker, not 104).
	System System `json:"-"`
	// Unit is set for numbered headings (articles, chapters).
	Unit Unit `json:"-"`
	// Change says whether the marker belongs to the old text, the new
	// text or both, in text that flattens tracked changes. ParseMarker
	// sets ChangeReplaced on flattened pairs; ResolveList tells inserted
	// and deleted items from unchanged ones.
	Change Change `json:"-"`
}

// Change says how a marker reads in a text extracted from a document with
// tracked changes, where the old and the new text stand side by side.
type Change uint8

// Changes of a marker.
const (
	// ChangeNone: the marker is in the old and in the new text alike.
	ChangeNone Change = iota
	// ChangeInserted: the marker is only in the new text (an inserted item).
	ChangeInserted
	// ChangeDeleted: the marker is only in the old text (a deleted item).
	ChangeDeleted
	// ChangeReplaced: a flattened pair ("ef)"); the marker is the new
	// reading and Old the deleted one.
	ChangeReplaced
)

var changeNames = [...]string{"none", "inserted", "deleted", "replaced"}

// String returns the stable name of the change ("inserted").
func (c Change) String() string {
	if int(c) < len(changeNames) {
		return changeNames[c]
	}
	return "unknown"
}
