// Package rules holds parity's checks and the findings they report.
//
// A Rule is a value: name, documentation, default severity, the number of
// versions it needs, and a Run function that sees the aligned set only
// through a Pass and speaks only through Pass.Report. The registry is an
// explicit slice (All), validated at start-up and in a test: unique names
// of the form "area/what", a doc for each.
//
// Run runs the enabled rules over a set of versions and its alignment and
// returns the findings sorted and deduplicated, so the same input always
// gives the same output:
//
//	al, _ := align.Align(set, align.Options{})
//	findings, err := rules.Run(set, al, &rules.Config{})
//
// A finding has a primary location (version, path, block, byte span, and
// the line and column derived from them) and related locations: the
// corresponding places in the other versions. Messages say what differs in
// a translator's terms ("fr skips letter c): b) is followed by d)").
//
// Each rule lives in a file of its own: numbering/sequence,
// numbering/parity, list/count, structure/unaligned, heading/parity,
// xref/target, xref/parity, numbers/parity, footnote/parity,
// text/omission, lang/untranslated, revision/artifact, revision/pending
// and revision/renumbering.
package rules

import "github.com/paritydoc/parity/corpus"

// Severity of a finding. Ordered: Info < Warning < Error.
type Severity uint8

// Severities.
const (
	// Info: worth knowing, not a defect (a DOCX still holding tracked changes).
	Info Severity = iota + 1
	// Warning: probably a defect; a person should look.
	Warning
	// Error: a defect in the text (a skipped letter, a wrong number).
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// Location is a place in one version.
type Location struct {
	// Version is the version's ID in the set ("en", "zh").
	Version string
	Path    string
	Lang    string
	// Block is the block index in the version, -1 when the location is the
	// whole document.
	Block int
	// Span is the byte range in the version's Source (zero for DOCX).
	Span corpus.Span
	// Line and Column are 1-based; derived from Span and Source, or the
	// block's Line when there is no source text (DOCX). Zero when unknown.
	// Column counts characters (runes), not bytes, so that it points at
	// the same place in Chinese or Arabic text as an editor does.
	Line, Column int
}

// Finding is one reported mismatch.
type Finding struct {
	Rule     string
	Severity Severity
	Message  string
	Location Location
	// Related are the corresponding places in the other versions.
	Related []Location
}
