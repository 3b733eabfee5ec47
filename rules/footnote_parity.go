package rules

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/paritydoc/parity/corpus"
)

// FootnoteParity reports footnote references and footnote bodies that do
// not correspond.
var FootnoteParity = &Rule{
	Name: "footnote/parity",
	Doc: `Reports footnotes that do not correspond: within one version, a footnote reference with no footnote text (at the reference) and a footnote text that nothing refers to (at the text); across versions, aligned blocks with a different number of footnote references (a reference dropped or added), and versions with a different number of numbered footnotes (at the first reference without a text, the place of the missing footnote, or the extra footnote). Notes without a label (a head note) are compared as ordinary blocks by structure/unaligned. ` +
		`When most versions agree, the others are reported; with two versions, the one that is not the pivot.`,
	Severity:    Error,
	MinVersions: 1,
	Run:         runFootnoteParity,
}

// notesInline are the formats whose reader takes a footnote's text from the
// same file whenever the file has a reference to it: text extracted from
// Word ("[footnoteRef:1]1" in the text, "[1: 1 …]" for the note) and DOCX
// (word/footnotes.xml). A reference with no text in such a version is a
// footnote lost. Other formats (HTML, XML) may keep their notes elsewhere:
// there a reference without a text is reported only when the version has
// footnote texts at all.
var notesInline = map[string]bool{"txt": true, "docx": true}

// notes are the footnote references and bodies of one version: the first
// block holding each label, and the labels in document order.
type notes struct {
	refs, bodies        map[string]int
	refOrder, bodyOrder []string
	firstRef, firstBody int // -1 when none
}

func collectNotes(d *corpus.Document) *notes {
	n := &notes{refs: map[string]int{}, bodies: map[string]int{}, firstRef: -1, firstBody: -1}
	for b := range d.Blocks {
		bl := &d.Blocks[b]
		if id := bl.FootnoteID(); bl.Kind == corpus.KindFootnote && id != "" {
			if _, ok := n.bodies[id]; !ok {
				n.bodyOrder = append(n.bodyOrder, id)
				n.bodies[id] = b
			}
			if n.firstBody < 0 {
				n.firstBody = b
			}
		}
		for _, r := range bl.FootnoteRefs() {
			if _, ok := n.refs[r]; !ok {
				n.refOrder = append(n.refOrder, r)
				n.refs[r] = b
			}
			if n.firstRef < 0 {
				n.firstRef = b
			}
		}
	}
	return n
}

// dangling returns the labels referenced in the version with no footnote
// text, in document order.
func (n *notes) dangling() []string {
	var out []string
	for _, r := range n.refOrder {
		if _, ok := n.bodies[r]; !ok {
			out = append(out, r)
		}
	}
	return out
}

// refLoc locates the reference to footnote id in block b of version v: the
// "[footnoteRef:id]" tag in extracted text, else the block.
func refLoc(p *Pass, v, b int, id string) Location {
	return findIn(p, v, b, "[footnoteRef:"+id+"]")
}

func runFootnoteParity(p *Pass) error {
	vs := p.Versions()
	ns := make([]*notes, len(vs))
	// Within each version: references and bodies match up.
	for v, d := range vs {
		n := collectNotes(d)
		ns[v] = n
		if len(n.bodies) == 0 && !notesInline[d.Format] {
			continue // footnote texts not extracted: nothing to check
		}
		for _, r := range n.dangling() {
			p.Report(Finding{Location: refLoc(p, v, n.refs[r], r),
				Message: fmt.Sprintf("%s refers to footnote %s, which has no footnote text", d.ID, r)})
		}
		for _, id := range n.bodyOrder {
			if _, ok := n.refs[id]; !ok {
				p.Report(Finding{Location: p.Loc(v, n.bodies[id]),
					Message: fmt.Sprintf("%s has footnote %s, which no text refers to", d.ID, id)})
			}
		}
	}
	if len(vs) < 2 || p.Alignment == nil {
		return nil
	}
	// Across versions: the same number of references in aligned blocks.
	pv := pivot(p)
	for r, row := range p.Alignment.Rows {
		n := make([]int, len(vs))
		present := []int{}
		counts := map[string]int{}
		for v := range vs {
			if v >= len(row.Cells) || len(row.Cells[v]) == 0 {
				n[v] = -1
				continue
			}
			for _, b := range row.Cells[v] {
				n[v] += len(vs[v].Blocks[b].FootnoteRefs())
			}
			present = append(present, v)
			counts[strconv.Itoa(n[v])]++
		}
		if len(present) < 2 || len(counts) < 2 {
			continue
		}
		ref := present[0]
		if n[pv] >= 0 {
			ref = pv
		}
		right := majority(counts, strconv.Itoa(n[ref]))
		var holders []string
		for _, v := range present {
			if strconv.Itoa(n[v]) == right {
				holders = append(holders, vs[v].ID)
			}
		}
		want, _ := strconv.Atoi(right)
		for _, v := range present {
			if n[v] == want {
				continue
			}
			c := row.Cells[v]
			p.Report(Finding{Location: p.Loc(v, c[0]),
				Message: fmt.Sprintf("%s has %s here where %s %s %s", vs[v].ID, refsWord(n[v]), joinIDs(holders), hasHave(len(holders)), refsWord(want)),
				Related: related(p, r, v)})
		}
	}
	// Footnote bodies: the same number in every version.
	counts := map[string]int{}
	nb := make([]int, len(vs))
	for v, d := range vs {
		for b := range d.Blocks {
			if d.Blocks[b].Kind == corpus.KindFootnote && d.Blocks[b].FootnoteID() != "" {
				nb[v]++
			}
		}
		counts[strconv.Itoa(nb[v])]++
	}
	if len(counts) > 1 {
		right := majority(counts, strconv.Itoa(nb[pv]))
		want, _ := strconv.Atoi(right)
		var holders []string
		var holderVs []int
		model := -1 // the version the others are compared with: the pivot if it holds
		for v := range vs {
			if nb[v] == want {
				holders = append(holders, vs[v].ID)
				holderVs = append(holderVs, v)
				if model < 0 || v == pv {
					model = v
				}
			}
		}
		sort.Strings(holders)
		for v, d := range vs {
			if nb[v] != want {
				loc, rel := notesPlace(p, ns, v, model, holderVs)
				p.Report(Finding{Location: loc, Related: rel,
					Message: fmt.Sprintf("%s has %s where %s %s %d", d.ID, footnotesWord(nb[v]), joinIDs(holders), hasHave(len(holders)), want)})
			}
		}
	}
	return nil
}

// notesPlace gives the place of the finding that version v has another
// number of footnotes than the holders (the versions with the right
// number), compared with one of them, model; and the related places in
// the holders. With fewer footnotes: the first reference in v without a
// text; else the place, in v, of the first footnote of model whose label
// v lacks (the row of model's reference to it, else of the footnote
// itself). With more: the first footnote of v whose label model lacks.
// Failing those, v's first footnote, its first reference, or its first
// block.
func notesPlace(p *Pass, ns []*notes, v, model int, holders []int) (Location, []Location) {
	n, m := ns[v], ns[model]
	bodiesOf := func(id string) []Location { // the holders' texts of footnote id
		var out []Location
		for _, h := range holders {
			if b, ok := ns[h].bodies[id]; ok {
				out = append(out, p.Loc(h, b))
			}
		}
		return out
	}
	if len(n.bodies) < len(m.bodies) {
		if d := n.dangling(); len(d) > 0 {
			return refLoc(p, v, n.refs[d[0]], d[0]), bodiesOf(d[0])
		}
		for _, id := range m.bodyOrder {
			if _, ok := n.bodies[id]; ok {
				continue
			}
			from := []int{m.bodies[id]}
			if b, ok := m.refs[id]; ok {
				from = []int{b, m.bodies[id]}
			}
			for _, b := range from {
				if c := cell(p, rowOf(p, model, b), v); len(c) > 0 {
					return p.Loc(v, c[0]), bodiesOf(id)
				}
			}
			break
		}
	} else {
		for _, id := range n.bodyOrder {
			if _, ok := m.bodies[id]; !ok {
				return p.Loc(v, n.bodies[id]), related(p, rowOf(p, v, n.bodies[id]), v)
			}
		}
	}
	switch {
	case n.firstBody >= 0:
		return p.Loc(v, n.firstBody), nil
	case n.firstRef >= 0:
		return p.Loc(v, n.firstRef), nil
	}
	return p.Loc(v, 0), nil
}

// rowOf returns the alignment row holding block b of version v, or -1.
func rowOf(p *Pass, v, b int) int {
	if p.Alignment == nil {
		return -1
	}
	for r, row := range p.Alignment.Rows {
		if v < len(row.Cells) {
			for _, x := range row.Cells[v] {
				if x == b {
					return r
				}
			}
		}
	}
	return -1
}

func refsWord(n int) string {
	switch n {
	case 0:
		return "no footnote reference"
	case 1:
		return "1 footnote reference"
	}
	return fmt.Sprintf("%d footnote references", n)
}

func footnotesWord(n int) string {
	if n == 1 {
		return "1 footnote"
	}
	return fmt.Sprintf("%d footnotes", n)
}
