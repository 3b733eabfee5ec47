// Package rules holds parity's checks and the findings they report.
//
// A Rule is a value: name, documentation, default severity and a Run
// function that sees the aligned set only through a Pass and speaks only
// through Pass.Report. The registry is an explicit slice validated at
// start-up.
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
