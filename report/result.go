// Package report renders parity's results: the inspected blocks, the
// alignment and the findings, as text, JSON, TSV, TMX, HTML, SARIF and
// GitHub annotations. Every printer is a pure function
// func(w io.Writer, r *Result) error with its own wire structs.
package report

import (
	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/rules"
)

// Schema is the version of the JSON contract. It changes only when a field
// is removed or changes meaning; new fields are added without changing it.
const Schema = "parity/1"

// Result is what a command produced for one set of versions.
type Result struct {
	// Key names the set (directory mode); empty for files named one by one.
	Key string
	// Versions are the documents read, in the set's order.
	Versions []*corpus.Document
	// Alignment is nil for 'parity inspect'.
	Alignment *align.Alignment
	// Findings are nil unless the rules ran ('parity check'); sorted.
	Findings []rules.Finding
	// Checked says that the rules ran, so that a result with no finding
	// prints "findings": [] in JSON rather than leaving the member out. A
	// non-nil Findings says the same.
	Checked bool
	// RulesRun names the rules that ran, sorted.
	RulesRun []string
}
