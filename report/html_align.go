package report

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
)

// lowConfidence is the confidence under which the HTML view highlights a row.
const lowConfidence = 0.6

// rtlLangs are the languages written right to left.
var rtlLangs = map[string]bool{"ar": true, "fa": true, "he": true, "ur": true}

// alignCSS styles the side-by-side view. Fonts are local only: the page
// loads nothing from the network.
const alignCSS = `
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1b1b;background:#fff}
header{padding:12px 16px;border-bottom:1px solid #ccc}
h1{font-size:18px;margin:0 0 4px}
.legend span{display:inline-block;margin-right:14px;padding:0 6px}
table{border-collapse:collapse;table-layout:fixed;width:100%}
th,td{border:1px solid #d0d0d0;padding:4px 6px;vertical-align:top;text-align:start;overflow-wrap:anywhere}
thead th{position:sticky;top:0;background:#f2f2f2;z-index:1}
th.n,td.n{width:8em;font:12px ui-monospace,"DejaVu Sans Mono",monospace;color:#555}
td.n small{display:block;color:#777}
.b{color:#777;font:11px ui-monospace,"DejaVu Sans Mono",monospace;margin-inline-end:4px}
tr.low td{background:#fff4d6}
tr.moved td.n{border-inline-start:4px solid #7a4ee0}
tr td.none,tr.low td.none{background:#fde4e4}
td.none::after{content:"—";color:#b55}
:lang(zh),:lang(ja){font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
:lang(ar){font-family:"Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro","Segoe UI",Tahoma,sans-serif;font-size:15px}
`

// AlignHTML prints an alignment as one self-contained HTML page: one
// column per version, one table row per aligned row, low-confidence rows
// and empty cells highlighted, moved rows marked, Arabic cells right to
// left, a CJK font stack. The page has no script and loads nothing.
func AlignHTML(w io.Writer, r *Result) error {
	al, err := alCheck(r)
	if err != nil {
		return err
	}
	esc := html.EscapeString
	bw := bufio.NewWriter(w)
	title := "parity alignment"
	if r.Key != "" {
		title += ": " + r.Key
	}
	bw.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	bw.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(bw, "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(title), alignCSS)
	fmt.Fprintf(bw, "<header><h1>%s</h1>\n<p>%d rows, %d versions, pivot %s.</p>\n", esc(title), len(al.Rows), len(al.Versions), esc(al.Versions[al.Pivot]))
	fmt.Fprintf(bw, "<p class=\"legend\"><span style=\"background:#fff4d6\">confidence below %.2f</span><span style=\"background:#fde4e4\">no counterpart</span><span style=\"border-left:4px solid #7a4ee0\">moved</span></p></header>\n", lowConfidence)
	bw.WriteString("<table>\n<thead><tr><th class=\"n\">row</th>")
	langs := make([]string, len(al.Versions))
	for v, id := range al.Versions {
		lg := r.Versions[v].Lang
		if lg == "" || lg == "und" {
			lg = id
		}
		langs[v] = lg
		fmt.Fprintf(bw, "<th>%s <small>%s</small></th>", esc(id), esc(r.Versions[v].Path))
	}
	bw.WriteString("</tr></thead>\n<tbody>\n")
	for n, row := range al.Rows {
		var cls []string
		if row.Confidence < lowConfidence {
			cls = append(cls, "low")
		}
		if row.Moved {
			cls = append(cls, "moved")
		}
		bw.WriteString("<tr")
		if len(cls) > 0 {
			fmt.Fprintf(bw, " class=\"%s\"", strings.Join(cls, " "))
		}
		fmt.Fprintf(bw, " id=\"r%d\"><td class=\"n\">%d<small>%.2f</small><small>%s</small></td>", n+1, n+1, row.Confidence, esc(row.Reason))
		for v, c := range row.Cells {
			if len(c) == 0 {
				bw.WriteString("<td class=\"none\"></td>")
				continue
			}
			bw.WriteString("<td lang=\"" + esc(langs[v]) + "\"")
			if rtlLangs[langs[v]] {
				bw.WriteString(" dir=\"rtl\"")
			}
			bw.WriteString(">")
			for k, b := range c {
				if k > 0 {
					bw.WriteString("<br>")
				}
				fmt.Fprintf(bw, "<span class=\"b\">%s</span>%s", strconv.Itoa(b), esc(alBlockText(&r.Versions[v].Blocks[b])))
			}
			bw.WriteString("</td>")
		}
		bw.WriteString("</tr>\n")
	}
	bw.WriteString("</tbody>\n</table>\n</body>\n</html>\n")
	return bw.Flush()
}
