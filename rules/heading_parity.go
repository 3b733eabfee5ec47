package rules

import (
	"fmt"

	"github.com/paritydoc/parity/corpus"
)

// HeadingParity reports aligned section headings that differ between
// versions.
var HeadingParity = &Rule{
	Name: "heading/parity",
	Doc: `Reports section headings of resolutions (considering, recalling, recognizing, noting, resolves, instructs, invites ... and their equivalents in the six UN languages) that differ between aligned headings: a heading replaced by another, or headings that come in another order in one version and so face different headings in the others. ` +
		`Headings are compared by meaning, not by wording: "considering", "considérant", "considerando", "учитывая", "إذ تضع في اعتبارها" and "考虑到" are the same heading. When most versions agree the others are reported; with two versions, the one that is not the pivot.`,
	Severity:    Warning,
	MinVersions: 2,
	Run:         runHeadingParity,
}

func runHeadingParity(p *Pass) error {
	if p.Alignment == nil {
		return nil
	}
	vs := p.Versions()
	pv := pivot(p)
	for r, row := range p.Alignment.Rows {
		keys := make([]string, len(vs))
		counts := map[string]int{}
		n := 0
		for v := range vs {
			if v >= len(row.Cells) || len(row.Cells[v]) != 1 {
				continue
			}
			if k := sectionHeading(&vs[v].Blocks[row.Cells[v][0]]); k != "" {
				keys[v] = k
				counts[k]++
				n++
			}
		}
		if n < 2 || len(counts) < 2 {
			continue
		}
		ref := ""
		if keys[pv] != "" {
			ref = keys[pv]
		}
		right := majority(counts, ref)
		var holders []string
		for v := range vs {
			if keys[v] == right {
				holders = append(holders, vs[v].ID)
			}
		}
		for v := range vs {
			if keys[v] == "" || keys[v] == right {
				continue
			}
			p.Report(Finding{Location: p.Loc(v, row.Cells[v][0]),
				Message: fmt.Sprintf("%s has the section heading %s (%s) where %s %s %s", vs[v].ID,
					quote(snippet(vs[v].Blocks[row.Cells[v][0]].Text, 30)), keys[v], joinIDs(holders), hasHave(len(holders)), quote(right)),
				Related: related(p, r, v)})
		}
	}
	return nil
}

// sectionHeading returns the section key of a heading block that is a
// section heading, or "".
func sectionHeading(b *corpus.Block) string {
	if b.Kind != corpus.KindHeading || b.Marker != nil {
		return ""
	}
	return b.Section
}
