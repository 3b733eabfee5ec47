package report

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
	"github.com/paritydoc/parity/lang"
)

// The -update flag rewrites golden files. Another test file of the
// package may declare it first; then that declaration is used.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// alignFixture is a small three-language set with its alignment: an
// article heading, a paragraph split in Chinese, a list item, a paragraph
// only the pivot has, one only Arabic has, a moved row, and text that
// needs escaping in every format.
func alignFixture() *Result {
	blk := func(i int, kind corpus.Kind, m *lang.Marker, text string) corpus.Block {
		return corpus.Block{Index: i, Line: i + 1, Kind: kind, Marker: m, Text: text}
	}
	art := func(raw string) *lang.Marker {
		return &lang.Marker{Raw: raw, System: lang.SystemDecimal, Value: 1, Unit: lang.UnitArticle}
	}
	item := func(raw string) *lang.Marker {
		return &lang.Marker{Raw: raw, System: lang.SystemLatinLower, Value: 1}
	}
	en := &corpus.Document{ID: "en", Lang: "en", Path: "doc.en.txt", Format: "txt", Blocks: []corpus.Block{
		blk(0, corpus.KindHeading, art("Article 1"), ""),
		blk(1, corpus.KindParagraph, nil, "Everyone has the right to <life> & liberty.\tAll are equal."),
		blk(2, corpus.KindItem, item("a)"), "the first item, per resolution 70/125;"),
		blk(3, corpus.KindParagraph, nil, "A paragraph only English has."),
		blk(4, corpus.KindParagraph, nil, "Definitions sorted alphabetically."),
	}}
	zh := &corpus.Document{ID: "zh", Lang: "zh", Path: "doc.zh.txt", Format: "txt", Blocks: []corpus.Block{
		blk(0, corpus.KindHeading, art("第一条"), ""),
		blk(1, corpus.KindParagraph, nil, "人人有权享有生命和自由。"),
		blk(2, corpus.KindParagraph, nil, "人人平等。"),
		blk(3, corpus.KindItem, item("(a)"), "第一项，依照第70/125号决议；"),
		blk(4, corpus.KindParagraph, nil, "按字母排序的定义。"),
	}}
	ar := &corpus.Document{ID: "ar", Lang: "ar", Path: "doc.ar.txt", Format: "txt", Blocks: []corpus.Block{
		blk(0, corpus.KindHeading, art("المادة 1"), ""),
		blk(1, corpus.KindParagraph, nil, "لكل فرد الحق في الحياة والحرية. الجميع سواسية."),
		blk(2, corpus.KindItem, item("أ)"), "البند الأول، وفقا للقرار 70/125؛"),
		blk(3, corpus.KindParagraph, nil, "فقرة لا توجد إلا بالعربية."),
		blk(4, corpus.KindParagraph, nil, "تعاريف مرتبة أبجديا."),
	}}
	al := &align.Alignment{Versions: []string{"en", "zh", "ar"}, Pivot: 0, Rows: []align.Row{
		{Cells: [][]int{{0}, {0}, {0}}, Confidence: 0.99, Reason: "anchor:article+heading"},
		{Cells: [][]int{{1}, {1, 2}, {1}}, Confidence: 0.91, Reason: "length"},
		{Cells: [][]int{{2}, {3}, {2}}, Confidence: 0.97, Reason: "marker+numbers+length"},
		{Cells: [][]int{{3}, {}, {}}, Confidence: 0.5, Reason: "unmatched"},
		{Cells: [][]int{{}, {}, {3}}, Confidence: 0.5, Reason: "unmatched"},
		{Cells: [][]int{{4}, {4}, {4}}, Confidence: 0.42, Reason: "words+moved", Moved: true},
	}}
	return &Result{Key: "doc", Versions: []*corpus.Document{en, zh, ar}, Alignment: al}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run TestAlignGolden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

func TestAlignGolden(t *testing.T) {
	printers := []struct {
		name string
		fn   func(w *bytes.Buffer, r *Result) error
	}{
		{"align_text.golden", func(w *bytes.Buffer, r *Result) error { return AlignText(w, r) }},
		{"align_tsv.golden", func(w *bytes.Buffer, r *Result) error { return AlignTSV(w, r) }},
		{"align_tmx.golden", func(w *bytes.Buffer, r *Result) error { return AlignTMX(w, r) }},
		{"align_html.golden", func(w *bytes.Buffer, r *Result) error { return AlignHTML(w, r) }},
	}
	for _, p := range printers {
		t.Run(p.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := p.fn(&a, alignFixture()); err != nil {
				t.Fatal(err)
			}
			if err := p.fn(&b, alignFixture()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("two runs printed different bytes")
			}
			golden(t, p.name, a.Bytes())
		})
	}
}

func TestAlignPrintersRejectBadInput(t *testing.T) {
	bad := alignFixture()
	bad.Alignment.Rows[1].Cells[1] = []int{1, 99}
	short := alignFixture()
	short.Alignment.Rows[0].Cells = short.Alignment.Rows[0].Cells[:2]
	for _, fn := range []func(*bytes.Buffer, *Result) error{
		func(w *bytes.Buffer, r *Result) error { return AlignText(w, r) },
		func(w *bytes.Buffer, r *Result) error { return AlignTSV(w, r) },
		func(w *bytes.Buffer, r *Result) error { return AlignTMX(w, r) },
		func(w *bytes.Buffer, r *Result) error { return AlignHTML(w, r) },
	} {
		for _, r := range []*Result{bad, short, {Versions: bad.Versions}} {
			var w bytes.Buffer
			if err := fn(&w, r); err == nil {
				t.Errorf("a bad alignment printed without error:\n%s", w.String())
			}
		}
	}
}

func TestAlignTSVShape(t *testing.T) {
	var w bytes.Buffer
	if err := AlignTSV(&w, alignFixture()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(w.String(), "\n"), "\n")
	if len(lines) != 1+6 {
		t.Fatalf("got %d lines, want a header and 6 rows", len(lines))
	}
	for i, l := range lines {
		if n := strings.Count(l, "\t"); n != 4+2*3-1 {
			t.Errorf("line %d has %d tabs, want %d: %q", i+1, n, 4+2*3-1, l)
		}
	}
	if !strings.Contains(lines[2], "1 2\t人人有权享有生命和自由。 人人平等。") {
		t.Errorf("the split row should list both Chinese blocks and their text: %q", lines[2])
	}
}

// requireTool returns the path of a tool, skipping the test when it is
// absent unless PARITY_REQUIRE_TOOLS is set.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("PARITY_REQUIRE_TOOLS") != "" {
			t.Fatalf("%s is required (PARITY_REQUIRE_TOOLS is set) but not installed", name)
		}
		t.Skipf("skipping: %s is not installed", name)
	}
	return p
}

// schemaDir is the shared schemas directory beside the project root.
func schemaDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "shared", "schemas"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "tmx14.dtd")); err != nil {
		if os.Getenv("PARITY_REQUIRE_TOOLS") != "" || os.Getenv("PARITY_REQUIRE_CORPUS") != "" {
			t.Fatalf("tmx14.dtd not found in %s", dir)
		}
		t.Skipf("skipping: tmx14.dtd not found in %s", dir)
	}
	return dir
}

func TestAlignTMXValidatesAgainstDTD(t *testing.T) {
	xmllint := requireTool(t, "xmllint")
	dtd := filepath.Join(schemaDir(t), "tmx14.dtd")
	var w bytes.Buffer
	if err := AlignTMX(&w, alignFixture()); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "a.tmx")
	if err := os.WriteFile(f, w.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", dtd, f).CombinedOutput()
	if err != nil {
		t.Fatalf("xmllint rejects the TMX: %v\n%s", err, out)
	}
	// A TMX missing a required attribute must fail, or the check proves nothing.
	broken := strings.Replace(w.String(), ` srclang="en"`, "", 1)
	if err := os.WriteFile(f, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", dtd, f).Run(); err == nil {
		t.Fatal("xmllint accepted a TMX header without srclang: the validation is not checking")
	}
}

// measureScript, injected by the test only (the page itself has no
// script), writes the number of table rows and the left x-position of
// every header cell and of the cells of row 2 into the title after layout.
const measureScript = `<script>
addEventListener('load', function () {
  var xs = function (cells) { return Array.prototype.map.call(cells, function (c) { return Math.round(c.getBoundingClientRect().left); }).join(','); };
  var rows = document.querySelectorAll('tbody tr');
  document.title = 'rows=' + rows.length + ' head=' + xs(document.querySelectorAll('thead th')) +
    ' row2=' + xs(rows[1].children) + ' rtl=' + getComputedStyle(document.querySelector('td[dir=rtl]')).direction +
    ' w=' + Math.round(document.querySelector('tbody').getBoundingClientRect().width);
});
</script>`

func TestAlignHTMLRendersInChromium(t *testing.T) {
	chromium := requireTool(t, "chromium")
	var w bytes.Buffer
	if err := AlignHTML(&w, alignFixture()); err != nil {
		t.Fatal(err)
	}
	page := w.String()
	if strings.Contains(page, "<script") || regexp.MustCompile(`(?i)(src|href)="?(https?:)?//`).MatchString(page) {
		t.Fatal("the page must have no script and load nothing from the network")
	}
	dir := t.TempDir()
	measured := strings.Replace(page, "</body>", measureScript+"</body>", 1)
	f := filepath.Join(dir, "a.html")
	if err := os.WriteFile(f, []byte(measured), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "a.png")
	if s := os.Getenv("PARITY_SCREENSHOT"); s != "" {
		shot = s
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--window-size=1200,700", "--virtual-time-budget=3000", "--screenshot="+shot, "--dump-dom", "file://"+f)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := regexp.MustCompile(`<title>rows=(\d+) head=([\d,]+) row2=([\d,]+) rtl=(\w+) w=(\d+)</title>`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("the measuring script did not run; DOM:\n%.2000s", out)
	}
	if m[1] != "6" {
		t.Errorf("rendered %s rows, want 6", m[1])
	}
	head, row := ints(m[2]), ints(m[3])
	if len(head) != 4 || len(row) != 4 {
		t.Fatalf("want 4 columns (row number + 3 versions), header %v row %v", head, row)
	}
	for i := range head {
		if i > 0 && head[i] <= head[i-1] {
			t.Errorf("header columns do not stand side by side: x = %v", head)
		}
		if d := head[i] - row[i]; d > 1 || d < -1 {
			t.Errorf("column %d of row 2 starts at x=%d, its header at x=%d: rows are not aligned", i, row[i], head[i])
		}
	}
	if m[4] != "rtl" {
		t.Errorf("the Arabic cell has direction %s, want rtl", m[4])
	}
	if st, err := os.Stat(shot); err != nil || st.Size() == 0 {
		t.Errorf("no screenshot: %v", err)
	}
}

func ints(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(f)
		if err == nil {
			out = append(out, n)
		}
	}
	return out
}

// udhrSix aligns the six UN-language versions of the UDHR (XML) from the
// shared corpus.
func udhrSix(t *testing.T) *Result {
	t.Helper()
	dir := testcorpus.Path(t, "udhr/xml")
	set := &corpus.Set{}
	for _, l := range [][2]string{{"ar", "arb"}, {"zh", "cmn_hans"}, {"en", "eng"}, {"fr", "fra"}, {"ru", "rus"}, {"es", "spa"}} {
		d, err := corpus.ReadFile(filepath.Join(dir, "udhr_"+l[1]+".xml"), corpus.Options{Lang: l[0]})
		if err != nil {
			t.Fatal(err)
		}
		d.ID, d.Lang = l[0], l[0]
		set.Versions = append(set.Versions, d)
	}
	al, err := align.Align(set, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &Result{Key: "udhr", Versions: set.Versions, Alignment: al}
}

func TestAlignHTMLUDHRSixLanguages(t *testing.T) {
	r := udhrSix(t)
	var w bytes.Buffer
	if err := AlignHTML(&w, r); err != nil {
		t.Fatal(err)
	}
	if w.Len() >= 2<<20 {
		t.Errorf("the six-language UDHR page is %d bytes, want under 2 MB", w.Len())
	}
	page := w.String()
	if n := strings.Count(page, `dir="rtl"`); n < 80 {
		t.Errorf("only %d right-to-left cells; every Arabic cell should be one", n)
	}
	if n := strings.Count(page, "<tr"); n != len(r.Alignment.Rows)+1 {
		t.Errorf("%d table rows for %d alignment rows", n, len(r.Alignment.Rows))
	}
	chromium := requireTool(t, "chromium")
	dir := t.TempDir()
	f := filepath.Join(dir, "udhr.html")
	if err := os.WriteFile(f, []byte(strings.Replace(page, "</body>", measureScript+"</body>", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "udhr.png")
	if s := os.Getenv("PARITY_SCREENSHOT_UDHR"); s != "" {
		shot = s
	}
	out, err := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--window-size=1400,900", "--virtual-time-budget=3000", "--screenshot="+shot, "--dump-dom", "file://"+f).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := regexp.MustCompile(`<title>rows=(\d+) head=([\d,]+) row2=([\d,]+) rtl=(\w+) w=(\d+)</title>`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatal("the measuring script did not run")
	}
	if m[1] != strconv.Itoa(len(r.Alignment.Rows)) {
		t.Errorf("rendered %s rows, want %d", m[1], len(r.Alignment.Rows))
	}
	if head := ints(m[2]); len(head) != 7 {
		t.Errorf("want 7 columns (row number and six languages), got x = %v", head)
	}
	if m[4] != "rtl" {
		t.Errorf("Arabic cells render %s", m[4])
	}
}
