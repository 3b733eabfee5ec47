package report

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/rules"
)

// HTMLReport writes the findings report as one self-contained HTML page
// (inline style and script, nothing fetched, works offline): for each set
// a list of findings, each linking to its row, and the side-by-side view of
// the alignment with each finding shown on its row in every language.
// Rule and severity filters hide what is not wanted. Sets are written as
// they are added, so the page can be produced for a whole archive without
// holding it in memory.
//
// Opening the page with the fragment #parity-selftest makes it click the
// first finding on load and record where the page scrolled in the body's
// data-selftest attribute; the report's test runs it in headless Chromium.
type HTMLReport struct {
	w     *bufio.Writer
	rules []RuleInfo
	multi bool
	n     int
	err   error
}

// NewHTMLReport starts a report. multi says whether several sets follow
// (directory mode), which only changes the headings.
func NewHTMLReport(w io.Writer, rs []RuleInfo, multi bool) *HTMLReport {
	h := &HTMLReport{w: bufio.NewWriter(w), rules: rs, multi: multi}
	h.err = htmlHead.Execute(h.w, struct {
		Rules []RuleInfo
		Multi bool
	}{rs, multi})
	return h
}

// HTML writes the report of one result.
func HTML(w io.Writer, r *Result, rs []RuleInfo) error {
	h := NewHTMLReport(w, rs, false)
	if err := h.Add(r); err != nil {
		return err
	}
	var s Summary
	s.Add(r)
	return h.Close(&s)
}

type htmlFinding struct {
	ID       string
	Row      string
	Severity string
	Rule     string
	Message  string
	Place    string
	Related  []string
}

type htmlMark struct {
	Finding  string
	Severity string
	Rule     string
	Text     string
	Primary  bool
}

type htmlCell struct {
	Lang   string
	Dir    string
	Blocks []htmlBlock
	Marks  []htmlMark
}

type htmlBlock struct {
	Index  int
	Marker string
	Text   string
}

type htmlRow struct {
	ID      string
	N       int
	Cells   []htmlCell
	Flagged bool
}

type htmlVersion struct {
	ID, Lang, Path, Dir string
}

type htmlSet struct {
	N        int
	Key      string
	Versions []htmlVersion
	Findings []htmlFinding
	Rows     []htmlRow
	Counts   string
}

// Add writes one set's section.
func (h *HTMLReport) Add(r *Result) error {
	if h.err != nil {
		return h.err
	}
	s := buildHTMLSet(h.n, r)
	h.n++
	h.err = htmlSetTmpl.Execute(h.w, s)
	return h.err
}

// Close writes the summary and the end of the page.
func (h *HTMLReport) Close(s *Summary) error {
	if h.err != nil {
		return h.err
	}
	var line strings.Builder
	TextSummary(&line, s, TextOptions{})
	if err := htmlFoot.Execute(h.w, struct {
		Summary string
		Script  template.JS
	}{strings.TrimSpace(line.String()), template.JS(htmlScript)}); err != nil {
		return err
	}
	return h.w.Flush()
}

func rtl(lang string) bool {
	base, _, _ := strings.Cut(lang, "-")
	switch base {
	case "ar", "he", "fa", "ur", "ps", "yi":
		return true
	}
	return false
}

func dirOf(lang string) string {
	if rtl(lang) {
		return "rtl"
	}
	return "ltr"
}

func buildHTMLSet(n int, r *Result) htmlSet {
	s := htmlSet{N: n, Key: r.Key}
	var sum Summary
	sum.Add(r)
	s.Counts = fmt.Sprintf("%s, %s, %s", countOf(sum.Errors, "error", "errors"), countOf(sum.Warnings, "warning", "warnings"), countOf(sum.Infos, "info", "infos"))
	ids := VersionIDs(r.Versions)
	vindex := map[string]int{}
	for i, d := range r.Versions {
		s.Versions = append(s.Versions, htmlVersion{ID: ids[i], Lang: d.Lang, Path: d.Path, Dir: dirOf(d.Lang)})
		vindex[ids[i]] = i
		if d.ID != "" {
			vindex[d.ID] = i
		}
	}
	// Rows: the alignment's, or one per block of each version without one.
	var cells [][][]int
	if r.Alignment != nil && len(r.Alignment.Rows) > 0 {
		for _, row := range r.Alignment.Rows {
			cells = append(cells, row.Cells)
		}
	} else {
		for v, d := range r.Versions {
			for b := range d.Blocks {
				c := make([][]int, len(r.Versions))
				c[v] = []int{b}
				cells = append(cells, c)
			}
		}
	}
	rowOf := map[[2]int]int{} // (version, block) → row
	for ri, c := range cells {
		for v, bs := range c {
			for _, b := range bs {
				if _, dup := rowOf[[2]int{v, b}]; !dup {
					rowOf[[2]int{v, b}] = ri
				}
			}
		}
	}
	rows := make([]htmlRow, len(cells))
	for ri, c := range cells {
		row := htmlRow{ID: fmt.Sprintf("s%d-r%d", n, ri+1), N: ri + 1, Cells: make([]htmlCell, len(r.Versions))}
		for v, d := range r.Versions {
			cell := htmlCell{Lang: d.Lang, Dir: dirOf(d.Lang)}
			if v < len(c) {
				for _, b := range c[v] {
					if b >= 0 && b < len(d.Blocks) {
						cell.Blocks = append(cell.Blocks, htmlBlockOf(&d.Blocks[b]))
					}
				}
			}
			row.Cells[v] = cell
		}
		rows[ri] = row
	}
	locRow := func(l rules.Location) (int, int) {
		v, ok := vindex[l.Version]
		if !ok {
			return -1, -1
		}
		if ri, ok := rowOf[[2]int{v, l.Block}]; ok {
			return v, ri
		}
		return v, -1
	}
	for fi, f := range positioned(r) {
		id := fmt.Sprintf("s%d-f%d", n, fi+1)
		hf := htmlFinding{ID: id, Severity: f.Severity.String(), Rule: f.Rule, Message: singleLine(f.Message), Place: Place(f.Location)}
		for _, rl := range f.Related {
			hf.Related = append(hf.Related, rl.Version+": "+Place(rl))
		}
		pv, pr := locRow(f.Location)
		if pr < 0 {
			// A finding about a whole document: find a row through a related place.
			for _, rl := range f.Related {
				if _, rr := locRow(rl); rr >= 0 {
					pr = rr
					break
				}
			}
		}
		if pr >= 0 {
			hf.Row = rows[pr].ID
			rows[pr].Flagged = true
			// The finding on its row, in every language.
			for v := range rows[pr].Cells {
				text := f.Rule
				if v == pv {
					text = f.Rule + ": " + hf.Message
				}
				rows[pr].Cells[v].Marks = append(rows[pr].Cells[v].Marks, htmlMark{Finding: id, Severity: hf.Severity, Rule: f.Rule, Text: text, Primary: v == pv})
			}
		}
		// Related places on other rows are marked there too.
		for _, rl := range f.Related {
			v, rr := locRow(rl)
			if rr >= 0 && rr != pr {
				rows[rr].Flagged = true
				rows[rr].Cells[v].Marks = append(rows[rr].Cells[v].Marks, htmlMark{Finding: id, Severity: hf.Severity, Rule: f.Rule, Text: f.Rule + " (related)"})
			}
		}
		s.Findings = append(s.Findings, hf)
	}
	s.Rows = rows
	return s
}

func htmlBlockOf(b *corpus.Block) htmlBlock {
	hb := htmlBlock{Index: b.Index, Text: b.Text}
	if b.Marker != nil {
		hb.Marker = b.Marker.Raw
	}
	return hb
}

// ruleNames returns the sorted names of rules for the filter.
func ruleNames(rs []RuleInfo) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Name)
	}
	sort.Strings(out)
	return out
}

var htmlFuncs = template.FuncMap{"ruleNames": ruleNames}

var htmlHead = template.Must(template.New("head").Funcs(htmlFuncs).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>parity report</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
header.top { position: sticky; top: 0; z-index: 2; background: #24292f; color: #fff; padding: 8px 16px; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
header.top h1 { font-size: 16px; margin: 0 16px 0 0; }
header.top label { white-space: nowrap; }
main { padding: 0 16px 40vh; }
section.set { margin: 16px 0 32px; }
section.set h2 { font-size: 16px; margin: 16px 0 4px; }
.counts { color: #57606a; margin-bottom: 8px; }
ol.findings { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 8px 8px 40px; margin: 0 0 16px; }
ol.findings li { margin: 2px 0; }
ol.findings a { color: inherit; text-decoration: none; }
ol.findings a:hover { text-decoration: underline; }
.related { color: #57606a; font-size: 12px; margin-left: 8px; }
.sev { display: inline-block; min-width: 56px; font-weight: 600; }
.sev-error .sev, .mark.sev-error { color: #cf222e; }
.sev-warning .sev, .mark.sev-warning { color: #9a6700; }
.sev-info .sev, .mark.sev-info { color: #0969da; }
.rule { color: #57606a; }
table.align { border-collapse: collapse; width: 100%; table-layout: fixed; background: #fff; }
table.align th, table.align td { border: 1px solid #d0d7de; padding: 4px 6px; vertical-align: top; overflow-wrap: anywhere; }
table.align th { background: #f6f8fa; position: sticky; top: 44px; z-index: 1; text-align: left; }
table.align td.n, table.align th.n { width: 44px; color: #57606a; text-align: right; }
tr.flagged td { background: #fff8e6; }
tr.target td { background: #ffe58f; outline: 2px solid #bf8700; }
.blk + .blk { border-top: 1px dashed #d0d7de; margin-top: 4px; padding-top: 4px; }
.marker { font-weight: 600; margin-inline-end: 4px; }
.empty { color: #8c959f; font-style: italic; }
.mark { font-size: 12px; border-left: 3px solid currentColor; padding-left: 4px; margin-top: 4px; }
.mark.primary { font-weight: 600; }
.hidden { display: none !important; }
footer { padding: 8px 16px; color: #57606a; border-top: 1px solid #d0d7de; }
</style>
</head>
<body>
<header class="top">
<h1>parity report</h1>
<label>Rule <select id="filter-rule"><option value="">all rules</option>{{range ruleNames .Rules}}<option value="{{.}}">{{.}}</option>{{end}}</select></label>
<label><input type="checkbox" class="filter-sev" value="error" checked> errors</label>
<label><input type="checkbox" class="filter-sev" value="warning" checked> warnings</label>
<label><input type="checkbox" class="filter-sev" value="info" checked> infos</label>
<span id="shown"></span>
</header>
<main>
`))

var htmlSetTmpl = template.Must(template.New("set").Parse(`<section class="set" id="set{{.N}}">
<h2>{{if .Key}}{{.Key}}{{else}}{{range $i, $v := .Versions}}{{if $i}} · {{end}}{{$v.Path}}{{end}}{{end}}</h2>
<div class="counts">{{.Counts}} · {{len .Versions}} versions: {{range $i, $v := .Versions}}{{if $i}}, {{end}}{{$v.ID}} ({{$v.Path}}){{end}}</div>
{{if .Findings}}<ol class="findings">
{{range .Findings}}<li class="finding sev-{{.Severity}}" id="{{.ID}}" data-rule="{{.Rule}}" data-severity="{{.Severity}}"><a href="#{{if .Row}}{{.Row}}{{else}}{{.ID}}{{end}}" data-row="{{.Row}}"><span class="sev">{{.Severity}}</span> {{.Place}}: {{.Message}} <span class="rule">[{{.Rule}}]</span></a>{{range .Related}}<span class="related">{{.}}</span>{{end}}</li>
{{end}}</ol>
{{end}}<table class="align">
<thead><tr><th class="n">#</th>{{range .Versions}}<th lang="{{.Lang}}">{{.ID}} <span class="rule">{{.Path}}</span></th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr id="{{.ID}}"{{if .Flagged}} class="flagged"{{end}}><td class="n">{{.N}}</td>{{range .Cells}}<td lang="{{.Lang}}" dir="{{.Dir}}">{{range .Blocks}}<div class="blk" title="block {{.Index}}">{{if .Marker}}<span class="marker">{{.Marker}}</span>{{end}}{{.Text}}</div>{{else}}<div class="empty">—</div>{{end}}{{range .Marks}}<div class="mark sev-{{.Severity}}{{if .Primary}} primary{{end}}" data-finding="{{.Finding}}" data-rule="{{.Rule}}" data-severity="{{.Severity}}" dir="ltr">{{.Text}}</div>{{end}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
</section>
`))

var htmlFoot = template.Must(template.New("foot").Parse(`</main>
<footer id="summary">{{.Summary}}</footer>
<script>{{.Script}}</script>
</body>
</html>
`))

// htmlScript: finding links scroll to and highlight their row; the filters
// hide findings and marks. #parity-selftest runs a click on load and
// records the outcome for the test.
const htmlScript = `(function () {
  "use strict";
  function show(rowId) {
    var row = document.getElementById(rowId);
    if (!row) { return null; }
    var old = document.querySelectorAll("tr.target");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("target"); }
    row.classList.add("target");
    row.scrollIntoView({block: "center"});
    return row;
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a[data-row]") : null;
    if (!a || !a.getAttribute("data-row")) { return; }
    ev.preventDefault();
    show(a.getAttribute("data-row"));
    if (history.replaceState) { history.replaceState(null, "", "#" + a.getAttribute("data-row")); }
  });
  function applyFilters() {
    var rule = document.getElementById("filter-rule").value;
    var sevs = {};
    var boxes = document.querySelectorAll(".filter-sev");
    for (var i = 0; i < boxes.length; i++) { sevs[boxes[i].value] = boxes[i].checked; }
    var items = document.querySelectorAll("[data-severity]");
    var shown = 0, total = 0;
    for (var j = 0; j < items.length; j++) {
      var el = items[j];
      var ok = (!rule || el.getAttribute("data-rule") === rule) && sevs[el.getAttribute("data-severity")];
      el.classList.toggle("hidden", !ok);
      if (el.classList.contains("finding")) { total++; if (ok) { shown++; } }
    }
    document.getElementById("shown").textContent = shown + " of " + total + " findings shown";
  }
  document.getElementById("filter-rule").addEventListener("change", applyFilters);
  var boxes = document.querySelectorAll(".filter-sev");
  for (var i = 0; i < boxes.length; i++) { boxes[i].addEventListener("change", applyFilters); }
  applyFilters();
  if (location.hash && location.hash !== "#parity-selftest") { show(location.hash.slice(1)); }
  if (location.hash === "#parity-selftest") {
    var links = document.querySelectorAll("a[data-row]");
    var a = null;
    for (var k = links.length - 1; k >= 0; k--) { if (links[k].getAttribute("data-row")) { a = links[k]; break; } }
    var out = "no finding";
    if (a) {
      var before = window.scrollY;
      a.click();
      var row = document.getElementById(a.getAttribute("data-row"));
      var r = row.getBoundingClientRect();
      var visible = r.top >= 0 && r.bottom <= window.innerHeight;
      out = "clicked=" + a.getAttribute("data-row") + " target=" + row.classList.contains("target") +
        " visible=" + visible + " scrolled=" + (window.scrollY - before);
      var sel = document.getElementById("filter-rule");
      sel.value = a.parentNode.getAttribute("data-rule");
      applyFilters();
      out += " shown=" + JSON.stringify(document.getElementById("shown").textContent);
      sel.value = "";
      applyFilters();
    }
    document.body.setAttribute("data-selftest", out);
  }
})();`
