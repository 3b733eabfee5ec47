package report

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// AlignTSV prints an alignment as tab-separated values for spreadsheets
// and scripts: a header line, then one line per row with its number,
// confidence, reason and moved flag, and for each version the block
// indexes (space-separated, empty for none) and the text. Tabs and line
// breaks inside texts become spaces.
func AlignTSV(w io.Writer, r *Result) error {
	al, err := alCheck(r)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	head := []string{"row", "confidence", "reason", "moved"}
	for _, id := range al.Versions {
		head = append(head, id+".blocks", id+".text")
	}
	bw.WriteString(strings.Join(head, "\t"))
	bw.WriteByte('\n')
	for n, row := range al.Rows {
		f := []string{strconv.Itoa(n + 1), strconv.FormatFloat(row.Confidence, 'f', 3, 64), row.Reason, strconv.FormatBool(row.Moved)}
		for v, c := range row.Cells {
			idx := make([]string, len(c))
			for i, x := range c {
				idx[i] = strconv.Itoa(x)
			}
			text := ""
			if len(c) > 0 {
				text = alOneLine(alCellText(r.Versions[v], c))
			}
			f = append(f, strings.Join(idx, " "), text)
		}
		bw.WriteString(strings.Join(f, "\t"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
