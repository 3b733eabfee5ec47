package rules

import (
	"fmt"

	"github.com/paritydoc/parity/corpus"
)

// RevisionPending reports documents that still hold tracked changes.
var RevisionPending = &Rule{
	Name: "revision/pending",
	Doc: `Reports a document (a Word file) that still contains tracked changes: how many paragraphs were inserted, deleted or changed. ` +
		`This is information, not a defect: parity compares the final view (all changes accepted), and the translation should normally be checked again once the changes are accepted.`,
	Severity:    Info,
	MinVersions: 1,
	Run:         runRevisionPending,
}

func runRevisionPending(p *Pass) error {
	for v, d := range p.Versions() {
		var ins, del, chg int
		first := -1
		for b := range d.Blocks {
			switch d.Blocks[b].Revision {
			case corpus.RevInserted:
				ins++
			case corpus.RevDeleted:
				del++
			case corpus.RevChanged:
				chg++
			default:
				continue
			}
			if first < 0 {
				first = b
			}
		}
		if first >= 0 {
			p.Report(Finding{Location: p.Loc(v, first),
				Message: fmt.Sprintf("%s still contains tracked changes: %d inserted, %d deleted and %d changed paragraphs in the %s view", d.ID, ins, del, chg, viewName(d))})
		}
	}
	return nil
}

func viewName(d *corpus.Document) string {
	if d.View == "" {
		return "final"
	}
	return d.View
}
