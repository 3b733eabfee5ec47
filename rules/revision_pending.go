package rules

import (
	"fmt"

	"github.com/paritydoc/parity/corpus"
)

// RevisionPending reports documents that still hold tracked changes.
var RevisionPending = &Rule{
	Name: "revision/pending",
	Doc: `Reports a document (a Word file) that still contains tracked changes: how many paragraphs were inserted, deleted or changed. ` +
		`This is information, not a defect: parity compares the final view (all changes accepted), and the translation should normally be checked again once the changes are accepted. ` +
		`Changes are read from the revision state of the blocks in whichever view was read (final or original); a paragraph deleted as a whole leaves no block in the final view, nor an inserted one in the original, so those are counted only when the other view is given as well.`,
	Severity:    Info,
	MinVersions: 1,
	Run:         runRevisionPending,
}

// revCounts are the paragraphs a view shows inserted, deleted or changed,
// and the first block showing a change.
type revCounts struct {
	ins, del, chg int
	first         int
}

func countRevisions(d *corpus.Document) revCounts {
	c := revCounts{first: -1}
	if d == nil {
		return c
	}
	for b := range d.Blocks {
		switch d.Blocks[b].Revision {
		case corpus.RevInserted:
			c.ins++
		case corpus.RevDeleted:
			c.del++
		case corpus.RevChanged:
			c.chg++
		default:
			continue
		}
		if c.first < 0 {
			c.first = b
		}
	}
	return c
}

func runRevisionPending(p *Pass) error {
	for v, d := range p.Versions() {
		c := countRevisions(d)
		other := p.Config.otherView(d)
		if o := countRevisions(other); other != nil {
			// Each view shows the whole paragraphs it keeps: insertions
			// in the final view, deletions in the original; the changed
			// paragraphs are in both.
			c.ins, c.del, c.chg = max(c.ins, o.ins), max(c.del, o.del), max(c.chg, o.chg)
			if c.first < 0 && o.first >= 0 {
				// the change shows only in the other view: point at the
				// block of this view standing where it was
				c.first = min(shared(other, o.first), len(d.Blocks)-1)
			}
		}
		if c.first < 0 || len(d.Blocks) == 0 {
			continue
		}
		views := viewName(d)
		if other != nil {
			views = "final and original"
		}
		p.Report(Finding{Location: p.Loc(v, c.first),
			Message: fmt.Sprintf("%s still contains tracked changes: %d inserted, %d deleted and %d changed paragraphs in the %s %s", d.ID, c.ins, c.del, c.chg, views, plural(views))})
	}
	return nil
}

// shared counts the blocks of a view before block end that the other view
// has too: all but those inserted or deleted as a whole.
func shared(d *corpus.Document, end int) int {
	n := 0
	for b := 0; b < end; b++ {
		if r := d.Blocks[b].Revision; r != corpus.RevInserted && r != corpus.RevDeleted {
			n++
		}
	}
	return n
}

func plural(views string) string {
	if views == "final and original" {
		return "views"
	}
	return "view"
}

func viewName(d *corpus.Document) string {
	if d.View == "" {
		return "final"
	}
	return d.View
}
