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
	Doc: `Reports footnotes that do not correspond: within one version, a footnote reference with no footnote text and a footnote text that nothing refers to; across versions, aligned blocks with a different number of footnote references (a reference dropped or added), and versions with a different number of numbered footnotes. Notes without a label (a head note) are compared as ordinary blocks by structure/unaligned. ` +
		`When most versions agree, the others are reported; with two versions, the one that is not the pivot.`,
	Severity:    Error,
	MinVersions: 1,
	Run:         runFootnoteParity,
}

func runFootnoteParity(p *Pass) error {
	vs := p.Versions()
	// Within each version: references and bodies match up.
	for v, d := range vs {
		bodies := map[string]int{}
		refs := map[string]int{}
		var bodyOrder, refOrder []string
		for b := range d.Blocks {
			bl := &d.Blocks[b]
			if bl.Kind == corpus.KindFootnote && bl.FootnoteID != "" {
				if _, ok := bodies[bl.FootnoteID]; !ok {
					bodyOrder = append(bodyOrder, bl.FootnoteID)
					bodies[bl.FootnoteID] = b
				}
			}
			for _, r := range bl.FootnoteRefs {
				if _, ok := refs[r]; !ok {
					refOrder = append(refOrder, r)
					refs[r] = b
				}
			}
		}
		if len(bodies) == 0 {
			continue // footnote texts not extracted: nothing to check
		}
		for _, r := range refOrder {
			if _, ok := bodies[r]; !ok {
				p.Report(Finding{Location: p.Loc(v, refs[r]),
					Message: fmt.Sprintf("%s refers to footnote %s, which has no footnote text", d.ID, r)})
			}
		}
		for _, id := range bodyOrder {
			if _, ok := refs[id]; !ok {
				p.Report(Finding{Location: p.Loc(v, bodies[id]),
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
				n[v] += len(vs[v].Blocks[b].FootnoteRefs)
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
			if d.Blocks[b].Kind == corpus.KindFootnote && d.Blocks[b].FootnoteID != "" {
				nb[v]++
			}
		}
		counts[strconv.Itoa(nb[v])]++
	}
	if len(counts) > 1 {
		right := majority(counts, strconv.Itoa(nb[pv]))
		want, _ := strconv.Atoi(right)
		var holders []string
		for v := range vs {
			if nb[v] == want {
				holders = append(holders, vs[v].ID)
			}
		}
		sort.Strings(holders)
		for v, d := range vs {
			if nb[v] != want {
				p.Report(Finding{Location: p.Loc(v, -1),
					Message: fmt.Sprintf("%s has %d footnotes where %s %s %d", d.ID, nb[v], joinIDs(holders), hasHave(len(holders)), want)})
			}
		}
	}
	return nil
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
