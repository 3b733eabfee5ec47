package rules

import (
	"strings"
	"unicode"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// index maps every block of every version to its alignment row.
type index struct {
	// row[v][b] is the row holding block b of version v, or -1.
	row [][]int
}

// rowIndex builds the block-to-row map of the pass's alignment.
func rowIndex(p *Pass) *index {
	vs := p.Versions()
	ix := &index{row: make([][]int, len(vs))}
	for v, d := range vs {
		ix.row[v] = make([]int, len(d.Blocks))
		for i := range ix.row[v] {
			ix.row[v][i] = -1
		}
	}
	if p.Alignment == nil {
		return ix
	}
	for r, row := range p.Alignment.Rows {
		for v, cell := range row.Cells {
			for _, b := range cell {
				if ix.row[v][b] < 0 {
					ix.row[v][b] = r
				}
			}
		}
	}
	return ix
}

// pivot returns the index of the alignment's pivot version (0 by default).
func pivot(p *Pass) int {
	if p.Alignment != nil && p.Alignment.Pivot >= 0 && p.Alignment.Pivot < len(p.Versions()) {
		return p.Alignment.Pivot
	}
	return 0
}

// cell returns the blocks of version v in row r.
func cell(p *Pass, r, v int) []int {
	if p.Alignment == nil || r < 0 || r >= len(p.Alignment.Rows) {
		return nil
	}
	row := p.Alignment.Rows[r]
	if v >= len(row.Cells) {
		return nil
	}
	return row.Cells[v]
}

// related returns the locations of row r in every version but except (the
// first block of each non-empty cell), in version order.
func related(p *Pass, r, except int) []Location {
	var out []Location
	for v := range p.Versions() {
		if v == except {
			continue
		}
		if c := cell(p, r, v); len(c) > 0 {
			out = append(out, p.Loc(v, c[0]))
		}
	}
	return out
}

// relatedMarker is like related but points at the markers of item blocks.
func relatedMarker(p *Pass, r, except int) []Location {
	var out []Location
	for v := range p.Versions() {
		if v == except {
			continue
		}
		if c := cell(p, r, v); len(c) > 0 {
			out = append(out, markerLoc(p, v, c[0]))
		}
	}
	return out
}

// markerLoc locates a block's marker, or the block when the marker has no
// span (automatic numbering).
func markerLoc(p *Pass, v, b int) Location {
	d := p.Versions()[v]
	bl := &d.Blocks[b]
	if bl.MarkerSpan.End > bl.MarkerSpan.Start {
		return p.SpanLoc(v, b, bl.MarkerSpan)
	}
	return p.Loc(v, b)
}

// findIn locates the first occurrence of needle inside block b's source
// text, for findings about a word or number in the block; it falls back to
// the whole block when the source does not hold it verbatim (DOCX, or text
// rewritten by the reader).
func findIn(p *Pass, v, b int, needle string) Location {
	d := p.Versions()[v]
	bl := &d.Blocks[b]
	if needle != "" && bl.Span.End <= len(d.Source) && bl.Span.Start <= bl.Span.End {
		if i := strings.Index(d.Source[bl.Span.Start:bl.Span.End], needle); i >= 0 {
			s := bl.Span.Start + i
			return p.SpanLoc(v, b, corpus.Span{Start: s, End: s + len(needle)})
		}
	}
	return p.Loc(v, b)
}

// final reports whether a block belongs to the final view of its document
// (it is not a deleted block of a tracked-changes view).
func final(b *corpus.Block) bool {
	return b.Revision != corpus.RevDeleted
}

// numbered reports whether a marker carries a comparable value.
func numbered(m *lang.Marker) bool {
	return m != nil && m.Value > 0 && m.System != lang.SystemNone && m.System != lang.SystemBullet
}

// snippet returns the first n characters of a text, for messages.
func snippet(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// joinIDs lists version IDs for messages: "en", "en and fr", "en, fr and es".
func joinIDs(ids []string) string {
	switch len(ids) {
	case 0:
		return ""
	case 1:
		return ids[0]
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " and " + ids[len(ids)-1]
}

// quote puts user text between double quotes for a message, as it reads:
// the no-break, narrow no-break and thin spaces (U+00A0, U+202F, U+2009)
// become plain spaces and control characters are dropped, where %q would
// print escapes such as \u00a0 that no reader of the document sees.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\u00a0' || r == '\u202f' || r == '\u2009':
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// withArticle puts "a" or "an" before a phrase, chosen by its first
// letter: "an item c)", "a paragraph", "a heading".
func withArticle(phrase string) string {
	if phrase != "" && strings.ContainsRune("aeiouAEIOU", rune(phrase[0])) {
		return "an " + phrase
	}
	return "a " + phrase
}
