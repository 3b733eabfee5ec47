package rules

import (
	"fmt"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// RevisionRenumbering reports renumbering under tracked changes that is
// not consistent.
var RevisionRenumbering = &Rule{
	Name: "revision/renumbering",
	Doc: `Reports inconsistent renumbering in documents with tracked changes. Within one version, the original numbering (before the changes) must be consecutive as well as the final one: an item deleted or inserted without the items after it being re-lettered shows as a gap in one of the two sequences. ` +
		`Across versions, an item inserted (or deleted) in one version must be inserted (or deleted) at the same place in the others. ` +
		`The final numbering itself is checked by numbering/sequence; the run-together markers of plain-text extractions are reported by revision/artifact.`,
	Severity:    Warning,
	MinVersions: 1,
	Run:         runRevisionRenumbering,
}

func runRevisionRenumbering(p *Pass) error {
	vs := p.Versions()
	for v, d := range vs {
		for _, l := range originalLists(d) {
			checkOriginal(p, v, d, l)
		}
	}
	if len(vs) < 2 || p.Alignment == nil {
		return nil
	}
	for r, row := range p.Alignment.Rows {
		state := make([]string, len(vs))
		var ins, del, plain []int
		for v := range vs {
			if v >= len(row.Cells) || len(row.Cells[v]) != 1 {
				continue
			}
			b := &vs[v].Blocks[row.Cells[v][0]]
			if b.Kind != corpus.KindItem {
				continue
			}
			switch {
			case b.Revision == corpus.RevInserted || b.Marker != nil && b.Marker.Change == lang.ChangeInserted:
				state[v] = "inserted"
				ins = append(ins, v)
			case b.Revision == corpus.RevDeleted || b.Marker != nil && b.Marker.Change == lang.ChangeDeleted:
				state[v] = "deleted"
				del = append(del, v)
			default:
				plain = append(plain, v)
			}
		}
		if len(plain) == 0 || len(ins)+len(del) == 0 {
			continue
		}
		var ids []string
		for _, v := range plain {
			ids = append(ids, vs[v].ID)
		}
		for _, v := range append(ins, del...) {
			b := &vs[v].Blocks[row.Cells[v][0]]
			p.Report(Finding{Location: markerLoc(p, v, b.Index),
				Message: fmt.Sprintf("%s has %s %s under tracked changes, but %s %s it unchanged", vs[v].ID, describe(b), state[v], joinIDs(ids), keepKeeps(len(ids))),
				Related: related(p, r, v)})
		}
	}
	return nil
}

func keepKeeps(n int) string {
	if n == 1 {
		return "keeps"
	}
	return "keep"
}

// origItem is an item of the original (pre-change) view: its block and
// its old value.
type origItem struct {
	block int
	value int
	raw   string
}

// originalLists reads the lists of a version as they stood before the
// tracked changes: inserted items are left out, flattened pairs count with
// their old reading, deleted items with theirs. Only lists touched by a
// change are returned.
func originalLists(d *corpus.Document) [][]origItem {
	var out [][]origItem
	var cur []origItem
	touched := false
	level := -1
	var sys lang.System
	flush := func() {
		if touched && len(cur) > 1 {
			out = append(out, cur)
		}
		cur, touched, level = nil, false, -1
	}
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Kind == corpus.KindHeading {
			flush()
			continue
		}
		m := b.Marker
		if b.Kind != corpus.KindItem || !numbered(m) || m.Unit != lang.UnitNone {
			continue
		}
		lvl := b.Level
		if level >= 0 && lvl > level {
			continue // sub-items: their own lists are not followed here
		}
		if level >= 0 && (lvl < level || !sameFamily(m.System, sys) && (m.Old == nil || !sameFamily(m.Old.System, sys))) {
			flush()
		}
		if level < 0 {
			level, sys = lvl, m.System
		}
		switch {
		case b.Revision == corpus.RevInserted || m.Change == lang.ChangeInserted:
			touched = true
		case m.Old != nil:
			touched = true
			cur = append(cur, origItem{i, m.Old.Value, m.Old.Raw})
		case b.Revision == corpus.RevDeleted || m.Change == lang.ChangeDeleted:
			touched = true
			cur = append(cur, origItem{i, m.Value, m.Raw})
		default:
			cur = append(cur, origItem{i, m.Value, m.Raw})
		}
	}
	flush()
	// In flattened text an inserted item carries only its new marker and
	// nothing marks it as inserted: an unchanged-looking item that does
	// not continue the original sequence is taken as inserted.
	for k, l := range out {
		var kept []origItem
		for _, it := range l {
			b := &d.Blocks[it.block]
			flattened := b.Marker.Old != nil
			if !flattened && len(kept) > 0 && it.value != kept[len(kept)-1].value+1 {
				continue
			}
			if n := len(kept); flattened && n > 0 && kept[n-1].value == it.value && d.Blocks[kept[n-1].block].Marker.Old == nil {
				// e) then ef): the plain e) was the inserted one
				kept[n-1] = it
				continue
			}
			kept = append(kept, it)
		}
		out[k] = kept
	}
	return out
}

func checkOriginal(p *Pass, v int, d *corpus.Document, l []origItem) {
	for k := 1; k < len(l); k++ {
		prev, cur := l[k-1], l[k]
		if cur.value == prev.value+1 {
			continue
		}
		p.Report(Finding{Location: markerLoc(p, v, cur.block),
			Message: fmt.Sprintf("%s: in the original text before the tracked changes, %s is followed by %s", d.ID, prev.raw, cur.raw),
			Related: []Location{markerLoc(p, v, prev.block)}})
	}
}
