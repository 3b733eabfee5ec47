// Package align aligns the language versions of a document block by block,
// all versions at once: every row of an Alignment says, for each version,
// which of its blocks (none, one, or several) correspond.
package align

// Row is one aligned unit.
type Row struct {
	// Cells holds, for each version (in the order of Alignment.Versions),
	// the indexes of the blocks that belong to this row: none when the
	// version has no counterpart, several when it splits a paragraph.
	Cells [][]int
	// Confidence is in [0,1].
	Confidence float64
	// Reason says why the row was made ("marker", "numbers", "length",
	// "heading", "terms" for definitions that define the same terms,
	// joined by "+"; "order" when only their place pairs the blocks).
	Reason string
	// Moved is true when the row was matched in the second pass, out of
	// document order in at least one version.
	Moved bool
}

// Alignment is the result of aligning a set.
type Alignment struct {
	// Versions are the IDs of the set's versions, in the set's order.
	Versions []string
	// Pivot is the index in Versions of the version others were aligned through.
	Pivot int
	// Rows are in document order of the pivot (moved rows where the pivot has them).
	Rows []Row
}
