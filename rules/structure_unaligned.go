package rules

import (
	"fmt"
	"strings"

	"github.com/paritydoc/parity/corpus"
)

// StructureUnaligned reports blocks that have no counterpart in another
// version.
var StructureUnaligned = &Rule{
	Name: "structure/unaligned",
	Doc: `Reports a block that has no counterpart in another version: a paragraph, item or heading omitted from one version or added to it, with the place where it would have been. ` +
		`When most versions hold the block, the versions without it are reported (omitted text, located at the block it would precede); when most versions lack it, the versions holding it are reported (added text); with two versions, the version that is not the alignment pivot is reported either way. Numbered footnote bodies are left to footnote/parity and blocks with no text are ignored.`,
	Severity:    Warning,
	MinVersions: 2,
	Run:         runStructureUnaligned,
}

func runStructureUnaligned(p *Pass) error {
	if p.Alignment == nil || len(p.Alignment.Rows) == 0 {
		return nil
	}
	vs := p.Versions()
	pv := pivot(p)
	rows := p.Alignment.Rows
	for r, row := range rows {
		var have, lack []int
		for v := range vs {
			if v < len(row.Cells) && len(row.Cells[v]) > 0 {
				if !countable(vs[v], row.Cells[v]) {
					have = nil
					lack = nil
					break
				}
				have = append(have, v)
			} else {
				lack = append(lack, v)
			}
		}
		if len(have) == 0 || len(lack) == 0 {
			continue
		}
		omitted := len(have) > len(lack) || len(have) == len(lack) && contains(have, pv)
		if omitted {
			var ids []string
			for _, v := range have {
				ids = append(ids, vs[v].ID)
			}
			src := have[0]
			if contains(have, pv) {
				src = pv
			}
			sb := &vs[src].Blocks[row.Cells[src][0]]
			for _, v := range lack {
				loc, where := insertionPoint(p, r, v)
				p.Report(Finding{
					Location: loc,
					Message: fmt.Sprintf("%s has no counterpart of the %s %s in %s (%q)%s", vs[v].ID, describe(sb), lineOf(sb),
						joinIDs(ids), snippet(sb.Text, 40), where),
					Related: related(p, r, v),
				})
			}
			continue
		}
		var ids []string
		for _, v := range lack {
			ids = append(ids, vs[v].ID)
		}
		for _, v := range have {
			b := &vs[v].Blocks[row.Cells[v][0]]
			p.Report(Finding{
				Location: p.Loc(v, row.Cells[v][0]),
				Message:  fmt.Sprintf("%s has a %s with no counterpart in %s (%q)", vs[v].ID, describe(b), joinIDs(ids), snippet(b.Text, 40)),
				Related:  neighbours(p, r, lack),
			})
		}
	}
	return nil
}

// countable: a cell of real text, not footnote bodies or empty blocks.
func countable(d *corpus.Document, blocks []int) bool {
	for _, b := range blocks {
		bl := &d.Blocks[b]
		if bl.Kind == corpus.KindFootnote && bl.FootnoteID != "" || !final(bl) {
			return false
		}
		if bl.Text == "" && bl.Marker == nil {
			return false
		}
	}
	return true
}

// insertionPoint locates where version v would hold row r: at the start of
// the next block v has after the row, or at the end of the previous one.
func insertionPoint(p *Pass, r, v int) (Location, string) {
	rows := p.Alignment.Rows
	d := p.Versions()[v]
	for k := r + 1; k < len(rows); k++ {
		if c := cell(p, k, v); len(c) > 0 {
			b := &d.Blocks[c[0]]
			l := p.SpanLoc(v, c[0], corpus.Span{Start: b.Span.Start, End: b.Span.Start})
			return l, fmt.Sprintf("; it would come before %s", strings.TrimPrefix(lineOf(b), "at "))
		}
	}
	for k := r - 1; k >= 0; k-- {
		if c := cell(p, k, v); len(c) > 0 {
			last := c[len(c)-1]
			b := &d.Blocks[last]
			l := p.SpanLoc(v, last, corpus.Span{Start: b.Span.End, End: b.Span.End})
			return l, fmt.Sprintf("; it would come after %s", strings.TrimPrefix(lineOf(b), "at "))
		}
	}
	return p.Loc(v, -1), ""
}

// neighbours locates, in each listed version, the place row r falls in.
func neighbours(p *Pass, r int, vs []int) []Location {
	var out []Location
	for _, v := range vs {
		l, _ := insertionPoint(p, r, v)
		out = append(out, l)
	}
	return out
}

func describe(b *corpus.Block) string {
	switch b.Kind {
	case corpus.KindItem:
		if b.Marker != nil {
			return "item " + b.Marker.Raw
		}
		return "item"
	case corpus.KindHeading:
		return "heading"
	case corpus.KindFootnote:
		return "footnote"
	}
	return "paragraph"
}

func lineOf(b *corpus.Block) string {
	if b.Line > 0 {
		return fmt.Sprintf("at line %d", b.Line)
	}
	return fmt.Sprintf("(block %d)", b.Index)
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
