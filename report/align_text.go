package report

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
)

// errNoAlignment is returned by the alignment printers for a Result
// without an alignment.
var errNoAlignment = errors.New("report: the result has no alignment")

// alExcerptRunes is the length of the text excerpts of the text format.
const alExcerptRunes = 60

// AlignText prints an alignment for a reader: one paragraph per row with
// its number, confidence, reason and, for each version, the indexes of its
// blocks and the start of their text.
//
//	row 12  conf 0.97  anchor:article+heading
//	  en  [11]     Article 5
//	  zh  [11 12]  第五条
func AlignText(w io.Writer, r *Result) error {
	al, err := alCheck(r)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	idw := 0
	for _, id := range al.Versions {
		idw = max(idw, len(id))
	}
	fmt.Fprintf(bw, "%d rows, %d versions, pivot %s\n", len(al.Rows), len(al.Versions), al.Versions[al.Pivot])
	for n, row := range al.Rows {
		fmt.Fprintf(bw, "\nrow %d  conf %.2f  %s", n+1, row.Confidence, row.Reason)
		if row.Moved && !strings.Contains(row.Reason, "moved") {
			bw.WriteString("  moved")
		}
		bw.WriteByte('\n')
		idx := make([]string, len(row.Cells))
		iw := 0
		for v, c := range row.Cells {
			idx[v] = alIndexList(c)
			iw = max(iw, len(idx[v]))
		}
		for v, c := range row.Cells {
			text := "-"
			if len(c) > 0 {
				text = alExcerpt(alCellText(r.Versions[v], c), alExcerptRunes)
			}
			fmt.Fprintf(bw, "  %-*s  %-*s  %s\n", idw, al.Versions[v], iw, idx[v], text)
		}
	}
	return bw.Flush()
}

// alCheck returns the alignment of r after checking that it fits
// r's versions.
func alCheck(r *Result) (*align.Alignment, error) {
	if r == nil || r.Alignment == nil {
		return nil, errNoAlignment
	}
	al := r.Alignment
	if len(al.Versions) != len(r.Versions) || len(al.Versions) == 0 {
		return nil, fmt.Errorf("report: the alignment has %d versions, the result %d", len(al.Versions), len(r.Versions))
	}
	for n, row := range al.Rows {
		if len(row.Cells) != len(al.Versions) {
			return nil, fmt.Errorf("report: alignment row %d has %d cells for %d versions", n+1, len(row.Cells), len(al.Versions))
		}
		for v, c := range row.Cells {
			for _, b := range c {
				if b < 0 || b >= len(r.Versions[v].Blocks) {
					return nil, fmt.Errorf("report: alignment row %d: %s has no block %d", n+1, al.Versions[v], b)
				}
			}
		}
	}
	return al, nil
}

// alIndexList renders block indexes as "[3 4]", or "-" for none.
func alIndexList(c []int) string {
	if len(c) == 0 {
		return "-"
	}
	s := make([]string, len(c))
	for i, x := range c {
		s[i] = strconv.Itoa(x)
	}
	return "[" + strings.Join(s, " ") + "]"
}

// alBlockText is a block's marker and text as a reader sees them.
func alBlockText(b *corpus.Block) string {
	t := b.Text
	if b.Marker != nil && b.Marker.Raw != "" {
		if t == "" {
			return b.Marker.Raw
		}
		return b.Marker.Raw + " " + t
	}
	return t
}

// alCellText joins the texts of the blocks of one cell with spaces.
func alCellText(d *corpus.Document, idx []int) string {
	parts := make([]string, 0, len(idx))
	for _, i := range idx {
		parts = append(parts, alBlockText(&d.Blocks[i]))
	}
	return strings.Join(parts, " ")
}

// alOneLine replaces control characters (tabs, line breaks) with spaces.
func alOneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}

// alExcerpt is the first n runes of s on one line, with "…" when cut.
func alExcerpt(s string, n int) string {
	s = alOneLine(s)
	k := 0
	for i := range s {
		if k == n {
			return strings.TrimRight(s[:i], " ") + "…"
		}
		k++
	}
	return s
}
