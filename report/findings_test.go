package report

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/rules"
)

// findingsResult is a two-version result with an alignment and findings,
// built by hand so that the printers are tested on their own. extra adds
// unflagged paragraphs before the finding (to make the HTML page scroll).
func findingsResult(extra int) *Result {
	mk := func(id, l, path string, texts []string) *corpus.Document {
		d := &corpus.Document{ID: id, Lang: l, Path: path}
		off := 0
		for i, t := range texts {
			b := corpus.Block{Index: i, Line: i + 1, Span: corpus.Span{Start: off, End: off + len(t)}, Text: t}
			if len(t) > 2 && t[1] == ')' {
				b.Kind, b.Level, b.Text = corpus.KindItem, 1, t[3:]
				b.Marker = &lang.Marker{Raw: t[:2], System: lang.SystemLatinLower, Value: int(t[0]-'a') + 1, Style: "%)"}
			}
			d.Blocks = append(d.Blocks, b)
			d.Source += t + "\n"
			off += len(t) + 1
		}
		return d
	}
	var en, ar []string
	for i := 0; i < extra; i++ {
		en = append(en, "Paragraph of context number "+strings.Repeat("x", i%7))
		ar = append(ar, "فقرة للسياق")
	}
	en = append(en, "a) first item", "b) second item, 25 %")
	ar = append(ar, "أ) البند الأول", "ج) البند الثاني، 35 في المائة")
	d1 := mk("en", "en", "docs/res_en.txt", en)
	d2 := mk("ar", "ar", "docs/res_ar.txt", ar)
	al := &align.Alignment{Versions: []string{"en", "ar"}}
	for i := range en {
		al.Rows = append(al.Rows, align.Row{Cells: [][]int{{i}, {i}}, Confidence: 1})
	}
	loc := func(d *corpus.Document, b int) rules.Location {
		return rules.Location{Version: d.ID, Path: d.Path, Lang: d.Lang, Block: b, Span: d.Blocks[b].Span, Line: b + 1, Column: 1}
	}
	n := len(en) - 1
	return &Result{
		Versions:  []*corpus.Document{d1, d2},
		Alignment: al,
		Findings: []rules.Finding{
			{Rule: "numbering/parity", Severity: rules.Error, Message: "ar has ج) (3rd) where en has b) (2nd)", Location: loc(d2, n), Related: []rules.Location{loc(d1, n)}},
			{Rule: "numbers/parity", Severity: rules.Warning, Message: "percentage 25 in en, 35 in ar", Location: loc(d2, n), Related: []rules.Location{loc(d1, n)}},
			{Rule: "revision/pending", Severity: rules.Info, Message: "whole-document note, with a line\nbreak", Location: rules.Location{Version: "en", Path: "docs/res_en.txt", Lang: "en", Block: -1}},
		},
	}
}

var testRules = []RuleInfo{
	{Name: "numbering/parity", Doc: "Aligned items carry the same marker value in every version. More text.", Severity: rules.Error},
	{Name: "numbers/parity", Doc: "Numbers agree between aligned blocks.", Severity: rules.Error},
}

func TestTextFindings(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, findingsResult(0)); err != nil {
		t.Fatal(err)
	}
	want := `docs/res_ar.txt:2:1: error: ar has ج) (3rd) where en has b) (2nd) [numbering/parity]
    en: docs/res_en.txt:2:1
docs/res_ar.txt:2:1: warning: percentage 25 in en, 35 in ar [numbers/parity]
    en: docs/res_en.txt:2:1
docs/res_en.txt: info: whole-document note, with a line break [revision/pending]
1 error, 1 warning, 1 info in 1 set of 2 versions
`
	if buf.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", buf.String(), want)
	}
	buf.Reset()
	TextFindings(&buf, findingsResult(0), TextOptions{Color: true})
	if !strings.Contains(buf.String(), "\x1b[1;31merror\x1b[0m") {
		t.Errorf("no colour with Color: %q", buf.String())
	}
	buf.Reset()
	TextFindings(&buf, findingsResult(0), TextOptions{})
	if strings.Contains(buf.String(), "\x1b") {
		t.Error("colour without Color")
	}
}

func TestGitHub(t *testing.T) {
	var buf bytes.Buffer
	if err := GitHub(&buf, findingsResult(0)); err != nil {
		t.Fatal(err)
	}
	want := `::error file=docs/res_ar.txt,line=2,col=1,title=numbering/parity::ar has ج) (3rd) where en has b) (2nd)%0Aen: docs/res_en.txt:2:1
::warning file=docs/res_ar.txt,line=2,col=1,title=numbers/parity::percentage 25 in en, 35 in ar%0Aen: docs/res_en.txt:2:1
::notice file=docs/res_en.txt,title=revision/pending::whole-document note, with a line break
`
	if buf.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", buf.String(), want)
	}
	if got := ghProperty("a,b:c%d"); got != "a%2Cb%3Ac%25d" {
		t.Errorf("ghProperty = %q", got)
	}
}

func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path, err := filepath.Abs(filepath.Join("..", "..", "shared", "schemas", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("PARITY_REQUIRE_CORPUS") != "" {
			t.Fatalf("the SARIF schema is required: %v", err)
		}
		t.Skipf("the SARIF schema is not at %s", path)
	}
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func TestSARIFValidates(t *testing.T) {
	sch := sarifSchema(t)
	for name, results := range map[string][]*Result{
		"findings":  {findingsResult(0), findingsResult(3)},
		"none":      {{Versions: findingsResult(0).Versions}},
		"no result": nil,
	} {
		var buf bytes.Buffer
		if err := SARIF(&buf, results, testRules, "v1.2.3"); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: SARIF does not validate: %v\n%s", name, err, buf.String())
		}
	}
}

func TestSARIFContent(t *testing.T) {
	var buf bytes.Buffer
	if err := SARIF(&buf, []*Result{findingsResult(0)}, testRules, "v1"); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	ids := []string{}
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	// Known rules first, in the given order, then rules met in findings.
	if strings.Join(ids, " ") != "numbering/parity numbers/parity revision/pending" {
		t.Errorf("rules = %v", ids)
	}
	if d := run.Tool.Driver.Rules[0]; d.ShortDescription.Text != "Aligned items carry the same marker value in every version." || d.DefaultConfiguration.Level != "error" {
		t.Errorf("rule metadata = %+v", d)
	}
	r := run.Results[1]
	if r.RuleID != "numbers/parity" || r.RuleIndex != 1 || r.Level != "warning" {
		t.Errorf("result = %+v", r)
	}
	if len(r.RelatedLocations) != 1 || r.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI != "docs/res_en.txt" || *r.RelatedLocations[0].ID != 1 {
		t.Errorf("related = %+v", r.RelatedLocations)
	}
	fp := r.PartialFingerprints[FingerprintKey]
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(fp) {
		t.Errorf("fingerprint = %q", fp)
	}
	// The fingerprint does not depend on lines: more text above, same identity.
	buf.Reset()
	SARIF(&buf, []*Result{findingsResult(4)}, testRules, "v1")
	var moved sarifLog
	json.Unmarshal(buf.Bytes(), &moved)
	if got := moved.Runs[0].Results[1].PartialFingerprints[FingerprintKey]; got != fp {
		t.Errorf("fingerprint changed with text above: %s vs %s", got, fp)
	}
	if run.Results[2].Locations[0].PhysicalLocation.Region != nil {
		t.Error("a whole-document location has a region")
	}
}

func TestFileURI(t *testing.T) {
	for in, want := range map[string]string{
		"docs/res en.txt": "docs/res%20en.txt",
		"/abs/x.txt":      "file:///abs/x.txt",
		"c:d.txt":         "./c:d.txt",
		"a#b.txt":         "a%23b.txt",
	} {
		if got := fileURI(in); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJSONSetsAndMerge(t *testing.T) {
	enc := func(w *bytes.Buffer, rs ...*Result) *Summary {
		jw := NewJSONSetsWriter(w, JSON)
		var s Summary
		for _, r := range rs {
			s.Add(r)
			if err := jw.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := jw.Close(&s); err != nil {
			t.Fatal(err)
		}
		return &s
	}
	a, b, c := findingsResult(0), findingsResult(1), findingsResult(2)
	a.Key, b.Key, c.Key = "k/a", "k/b", "k/c"
	var all, s1, s2 bytes.Buffer
	enc(&all, a, b, c)
	enc(&s1, a, c)
	enc(&s2, b)
	var doc struct {
		Schema string `json:"schema"`
		Sets   []struct {
			Key      string            `json:"key"`
			Findings []json.RawMessage `json:"findings"`
		} `json:"sets"`
		Summary JSONSummary `json:"summary"`
	}
	if err := json.Unmarshal(all.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, all.String())
	}
	if doc.Schema != Schema || len(doc.Sets) != 3 || doc.Sets[1].Key != "k/b" || len(doc.Sets[2].Findings) != 3 || doc.Summary.Errors != 3 || doc.Summary.Sets != 3 {
		t.Errorf("document = %+v", doc)
	}
	dir := t.TempDir()
	p1, p2 := filepath.Join(dir, "1.json"), filepath.Join(dir, "2.json")
	os.WriteFile(p1, s1.Bytes(), 0o644)
	os.WriteFile(p2, s2.Bytes(), 0o644)
	var merged bytes.Buffer
	if _, err := MergeSets(&merged, []string{p2, p1}); err != nil {
		t.Fatal(err)
	}
	if merged.String() != all.String() {
		t.Errorf("merged shards differ from the whole run:\n%s\nwant:\n%s", merged.String(), all.String())
	}
}

func TestHTMLReport(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, findingsResult(0), testRules); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<a href="#s0-r2" data-row="s0-r2">`, // the finding links to its row
		`<tr id="s0-r2" class="flagged">`,    // the row is there
		`<td lang="ar" dir="rtl">`,           // Arabic right to left
		`data-finding="s0-f1" data-rule="numbering/parity" data-severity="error" dir="ltr">numbering/parity: ar has`,
		`<option value="numbers/parity">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Shown on its row in every language: one mark per version.
	if n := strings.Count(page, `data-finding="s0-f1"`); n != 2 {
		t.Errorf("finding 1 marked in %d cells, want 2", n)
	}
	// Self-contained: nothing is fetched.
	if regexp.MustCompile(`(?i)(src|href)="(https?:)?//`).MatchString(page) {
		t.Error("the page refers to an outside resource")
	}
}

// TestHTMLReportInChromium opens a report in headless Chromium with the
// page's self-test fragment: it clicks the last finding, whose row is far
// down the page, and records whether the row was scrolled into view and
// highlighted, and what the rule filter showed.
func TestHTMLReportInChromium(t *testing.T) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		if os.Getenv("PARITY_REQUIRE_TOOLS") != "" {
			t.Fatal("chromium is required (PARITY_REQUIRE_TOOLS is set) but not installed")
		}
		t.Skip("chromium is not installed")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := HTML(f, findingsResult(200), testRules); err != nil {
		t.Fatal(err)
	}
	f.Close()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + filepath.Join(dir, "profile"),
		"--window-size=1200,800", "--dump-dom", "file://" + page + "#parity-selftest"}
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := regexp.MustCompile(`data-selftest="([^"]*)"`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("the self-test did not run; DOM starts:\n%.500s", out)
	}
	got := strings.ReplaceAll(string(m[1]), "&quot;", `"`)
	t.Logf("self-test: %s", got)
	for _, want := range []string{"clicked=s0-r202", "target=true", "visible=true", `shown="1 of 3 findings shown"`} {
		if !strings.Contains(got, want) {
			t.Errorf("self-test %q lacks %q", got, want)
		}
	}
	if !regexp.MustCompile(`scrolled=[1-9]\d*`).MatchString(got) {
		t.Errorf("the page did not scroll: %s", got)
	}
}

// TestSARIFGolden pins the SARIF document (a contract read by code
// scanning). Rewrite with: go test ./report -run TestSARIFGolden -update
func TestSARIFGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := SARIF(&buf, []*Result{findingsResult(0)}, testRules, "v1.0.0"); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "findings_sarif.golden")
	if updating() {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("SARIF differs from %s (run with -update if the change is intended):\n%s", golden, buf.String())
	}
}

func FuzzMergeSets(f *testing.F) {
	f.Add([]byte(`{"schema": "parity/1", "sets": [{"key": "a"}], "summary": {"sets": 1}}`))
	f.Add([]byte(`{"schema": "parity/1", "sets": [], "summary": {}}`))
	f.Add([]byte(`{"schema": "parity/1", "versions": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "shard.json")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		_, err := MergeSets(&out, []string{p})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "merge: ") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("malformed error %q", err)
			}
			return
		}
		if !json.Valid(out.Bytes()) {
			t.Fatalf("merged output is not JSON:\n%s", out.String())
		}
	})
}

func TestHTMLReportSets(t *testing.T) {
	a, b := findingsResult(0), findingsResult(1)
	a.Key, b.Key = "set/a", "set/b"
	b.Versions[0].Blocks[0].Text = `<script>alert("x")</script> & co`
	var buf bytes.Buffer
	h := NewHTMLReport(&buf, testRules, true)
	var s Summary
	for _, r := range []*Result{a, b} {
		s.Add(r)
		if err := h.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	s.Unmatched = []string{"misc/notes.txt"}
	if err := h.Close(&s); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<section class="set" id="set0">`, `<h2>set/a</h2>`, `<tr id="s0-r1"`,
		`<section class="set" id="set1">`, `<h2>set/b</h2>`, `<tr id="s1-r1"`, `href="#s1-r3"`,
		`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co`,
		`fit no set`, `2 errors, 2 warnings, 2 infos in 2 sets of 4 versions`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Count(page, "<html") != 1 || strings.Count(page, "</html>") != 1 {
		t.Error("not one page")
	}
	if strings.Contains(page, `<script>alert`) {
		t.Error("block text is not escaped")
	}
}
