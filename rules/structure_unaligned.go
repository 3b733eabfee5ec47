package rules

import (
	"fmt"
	"strings"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// StructureUnaligned reports blocks that have no counterpart in another
// version.
var StructureUnaligned = &Rule{
	Name: "structure/unaligned",
	Doc: `Reports a block that has no counterpart in another version: a paragraph, item or heading omitted from one version or added to it, with the place where it would have been. ` +
		`When most versions hold the block, the versions without it are reported (omitted text, located at the block it would precede); when most versions lack it, the versions holding it are reported (added text); with two versions, the version that is not the alignment pivot is reported either way. When every version has one block at a place but the alignment splits them over two rows, the pivot and some versions on one side and more versions on the other, only the pivot is reported (the versions beside it are there through their own pairing with it). Numbered footnote bodies are left to footnote/parity and blocks with no text are ignored.`,
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
	ratio := charRatios(p)
	for r, row := range rows {
		checkMerge(p, r, ratio)
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
		if crossed(p, r, have, lack) {
			// Every version has one block here, split between two rows,
			// and the pivot's side is the smaller: the others each failed
			// to pair with the pivot's block, while the versions beside
			// the pivot stand there only through their own pairing with
			// it. The pivot's block is the odd one; only it is reported.
			if omitted {
				lack = []int{pv}
			} else {
				have = []int{pv}
			}
		}
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
					Message: fmt.Sprintf("%s has no counterpart of the %s %s in %s (%s)%s", vs[v].ID, describe(sb), lineOf(sb),
						joinIDs(ids), quote(snippet(sb.Text, 40)), where),
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
				Message:  fmt.Sprintf("%s has %s with no counterpart in %s (%s)", vs[v].ID, withArticle(describe(b)), joinIDs(ids), quote(snippet(b.Text, 40))),
				Related:  neighbours(p, r, lack),
			})
		}
	}
	return nil
}

// crossed reports whether row r, whose versions split into have and lack,
// and a row next to it hold one block of every version between them, each
// version in exactly one of the two rows, with the pivot on the smaller
// side and not alone there: the versions disagree about which blocks
// correspond, and the pivot's disagrees with most.
func crossed(p *Pass, r int, have, lack []int) bool {
	pv := pivot(p)
	mine, other := have, lack
	if contains(lack, pv) {
		mine, other = lack, have
	}
	if len(mine) < 2 || len(mine) >= len(other) {
		return false
	}
	rows := p.Alignment.Rows
	vs := p.Versions()
	single := func(k int, want []int) bool {
		row := rows[k]
		for v := range vs {
			n := 0
			if v < len(row.Cells) {
				n = len(row.Cells[v])
			}
			if contains(want, v) != (n == 1) || n > 1 {
				return false
			}
			if n == 1 && !countable(vs[v], row.Cells[v]) {
				return false
			}
		}
		return true
	}
	if !single(r, have) {
		return false
	}
	for _, n := range []int{r - 1, r + 1} {
		if n >= 0 && n < len(rows) && single(n, lack) {
			return true
		}
	}
	return false
}

// countable: a cell of real text, not footnote bodies or empty blocks.
func countable(d *corpus.Document, blocks []int) bool {
	for _, b := range blocks {
		bl := &d.Blocks[b]
		if bl.Kind == corpus.KindFootnote && bl.FootnoteID() != "" || !final(bl) {
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

// charRatios returns, for every version, its length in characters over
// the pivot's, measured on the rows both hold one block of (Chinese runs
// about a third of English).
func charRatios(p *Pass) []float64 {
	vs := p.Versions()
	pv := pivot(p)
	out := make([]float64, len(vs))
	num := make([]float64, len(vs))
	den := make([]float64, len(vs))
	for _, row := range p.Alignment.Rows {
		if pv >= len(row.Cells) || len(row.Cells[pv]) != 1 {
			continue
		}
		pl := float64(textLen(&vs[pv].Blocks[row.Cells[pv][0]]))
		for v := range vs {
			if v < len(row.Cells) && len(row.Cells[v]) == 1 {
				num[v] += float64(textLen(&vs[v].Blocks[row.Cells[v][0]]))
				den[v] += pl
			}
		}
	}
	for v := range vs {
		if den[v] > 0 {
			out[v] = num[v] / den[v]
		}
	}
	return out
}

func textLen(b *corpus.Block) int {
	return len([]rune(b.Text))
}

// checkMerge looks at a row where one version has a single block against
// two or three in the others: a legitimate split (one long sentence
// against two) or a paragraph omitted and absorbed by the aligner. It is
// an omission when the single block is about as long as one of the others'
// blocks (in the version pair's length ratio) and much shorter than all of
// them together.
func checkMerge(p *Pass, r int, ratio []float64) {
	vs := p.Versions()
	pv := pivot(p)
	row := p.Alignment.Rows[r]
	ref, k := -1, 0
	for v := range vs {
		if v < len(row.Cells) && len(row.Cells[v]) > k {
			ref, k = v, len(row.Cells[v])
		}
	}
	if k < 2 || k > 3 {
		return
	}
	if pv < len(row.Cells) && len(row.Cells[pv]) == k {
		ref = pv
	}
	var holders []string
	for v := range vs {
		if v < len(row.Cells) && len(row.Cells[v]) == k {
			holders = append(holders, vs[v].ID)
		}
	}
	for v := range vs {
		if v >= len(row.Cells) || len(row.Cells[v]) != 1 || ratio[v] <= 0 || ratio[ref] <= 0 {
			continue
		}
		g := ratio[v] / ratio[ref]
		single := float64(textLen(&vs[v].Blocks[row.Cells[v][0]]))
		total := 0.0
		for _, b := range row.Cells[ref] {
			total += float64(textLen(&vs[ref].Blocks[b]))
		}
		if total == 0 || single/total > 0.7*g {
			continue
		}
		// which of the reference blocks the single one renders
		best, dev := -1, 1e9
		for i, b := range row.Cells[ref] {
			l := float64(textLen(&vs[ref].Blocks[b]))
			if l == 0 {
				continue
			}
			d := abs(single/l/g - 1)
			if shareNumbers(vs[v].Blocks[row.Cells[v][0]].Text, vs[v].Lang, vs[ref].Blocks[b].Text, vs[ref].Lang) {
				d -= 0.2
			}
			if d < dev {
				best, dev = i, d
			}
		}
		if best < 0 || dev > 0.35 {
			continue
		}
		vb := row.Cells[v][0]
		bl := &vs[v].Blocks[vb]
		for i, b := range row.Cells[ref] {
			if i == best {
				continue
			}
			sb := &vs[ref].Blocks[b]
			loc := p.SpanLoc(v, vb, corpus.Span{Start: bl.Span.Start, End: bl.Span.Start})
			where := fmt.Sprintf("; it would come before %s", strings.TrimPrefix(lineOf(bl), "at "))
			if i > best {
				// before the next block of v, as for an unaligned row
				if vb+1 < len(vs[v].Blocks) {
					nb := &vs[v].Blocks[vb+1]
					loc = p.SpanLoc(v, vb+1, corpus.Span{Start: nb.Span.Start, End: nb.Span.Start})
					where = fmt.Sprintf("; it would come before %s", strings.TrimPrefix(lineOf(nb), "at "))
				} else {
					loc = p.SpanLoc(v, vb, corpus.Span{Start: bl.Span.End, End: bl.Span.End})
					where = fmt.Sprintf("; it would come after %s", strings.TrimPrefix(lineOf(bl), "at "))
				}
			}
			p.Report(Finding{
				Location: loc,
				Message: fmt.Sprintf("%s has no counterpart of the %s %s in %s (%s)%s", vs[v].ID, describe(sb), lineOf(sb),
					joinIDs(holders), quote(snippet(sb.Text, 40)), where),
				Related: []Location{p.Loc(ref, b)},
			})
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// shareNumbers: two texts have a number in common.
func shareNumbers(a, la, b, lb string) bool {
	nb := map[string]bool{}
	for _, n := range lang.Numbers(b, lb) {
		nb[n.Value] = true
	}
	for _, n := range lang.Numbers(a, la) {
		if nb[n.Value] {
			return true
		}
	}
	return false
}
