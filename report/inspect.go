package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// InspectTextWidth is the number of characters of a block's text the
// inspect table shows before truncating it with "…".
const InspectTextWidth = 60

// Inspect prints how parity read each version of r: a header line per
// version, then one row per block with its index, source line, kind,
// level, marker (raw text, numbering system, value, and the old reading of
// a flattened revision pair), language and text. Columns are separated by
// two or more spaces; the text is the last column, on one line, truncated
// to InspectTextWidth characters.
func Inspect(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	ids := VersionIDs(r.Versions)
	for i, d := range r.Versions {
		if i > 0 {
			fmt.Fprintln(bw)
		}
		fmt.Fprintf(bw, "== %s: %s (%s", ids[i], d.Path, d.Format)
		if d.Encoding != "" {
			fmt.Fprintf(bw, ", %s", d.Encoding)
		}
		if d.View != "" {
			fmt.Fprintf(bw, ", %s view", d.View)
		}
		fmt.Fprintf(bw, ", lang %s", orUnd(d.Lang))
		if d.LangConf > 0 {
			fmt.Fprintf(bw, " %.2f", d.LangConf)
		}
		fmt.Fprintf(bw, ", %d blocks)\n", len(d.Blocks))
		rows := [][]string{{"INDEX", "LINE", "KIND", "LEVEL", "MARKER", "SYSTEM", "VALUE", "OLD", "LANG", "TEXT"}}
		for _, b := range d.Blocks {
			rows = append(rows, inspectRow(b))
		}
		writeColumns(bw, rows)
	}
	return bw.Flush()
}

func inspectRow(b corpus.Block) []string {
	marker, system, value, old := "-", "-", "-", "-"
	if m := b.Marker; m != nil {
		marker = oneLine(m.Raw)
		system = m.System.String()
		if m.Unit != lang.UnitNone {
			system += "/" + m.Unit.String()
		}
		value = strconv.Itoa(m.Value)
		if len(m.Path) > 1 {
			parts := make([]string, len(m.Path))
			for i, p := range m.Path {
				parts[i] = strconv.Itoa(p)
			}
			value = strings.Join(parts, ".")
		}
		if m.Old != nil {
			old = oneLine(m.Old.Raw) + "=" + strconv.Itoa(m.Old.Value)
		}
	}
	kind := b.Kind.String()
	if b.Revision != corpus.RevNone {
		kind += "/" + b.Revision.String()
	}
	text := oneLine(b.Text)
	if id := b.FootnoteID(); id != "" {
		text = "[" + id + "] " + text
	}
	if refs := b.FootnoteRefs(); len(refs) > 0 {
		text += " [^" + strings.Join(refs, ",^") + "]"
	}
	return []string{
		strconv.Itoa(b.Index), strconv.Itoa(b.Line), kind, strconv.Itoa(b.Level),
		marker, system, value, old, orUnd(b.Lang), truncate(text, InspectTextWidth),
	}
}

// oneLine replaces tabs, line breaks and other control characters with
// spaces and folds runs of spaces.
func oneLine(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' }) < 0 {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// truncate keeps the first n characters of s, marking a cut with "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n-1 {
			return s[:i] + "…"
		}
		k++
	}
	return s
}

// cellWidth is the number of terminal columns a cell takes: two for East
// Asian wide and full-width characters (第一条, （一）), one for others.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// writeColumns writes rows as columns padded with spaces to the widest
// cell (see cellWidth); the last column is not padded.
func writeColumns(w *bufio.Writer, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r[:len(r)-1] {
			if n := cellWidth(c); n > widths[i] {
				widths[i] = n
			}
		}
	}
	for _, r := range rows {
		for i, c := range r {
			if i == len(r)-1 || strings.TrimSpace(strings.Join(r[i+1:], "")) == "" {
				// No padding after the last non-empty cell.
				w.WriteString(c)
				break
			}
			w.WriteString(c)
			w.WriteString(strings.Repeat(" ", widths[i]-cellWidth(c)+2))
		}
		w.WriteByte('\n')
	}
}
