package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/rules"
)

// inspectFixture is two versions read by the text reader, the second
// sharing the first one's language (IDs zh and zh-2), with a flattened
// revision marker, a section heading, a footnote and a tab in the text.
func inspectFixture(t *testing.T) *Result {
	t.Helper()
	read := func(path, src string) *corpus.Document {
		d, err := corpus.Read(path, []byte(src), corpus.Options{Detector: lang.ScriptDetector{}})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	zh := read("res75.zh.txt", "第75号决议\n考虑到忆及\na)\t信息社会世界高峰会议的成果；\nef)\t落实WSIS成果[footnoteRef:1]1的决议； [1: 1 \t其中包括最不发达国家。]\n做出决议\n1\tITU-T继续\t开展工作。\n")
	zh2 := read("res75.zh-old.txt", "第75号决议\n忆及\na)\t信息社会世界高峰会议的成果；\n")
	return &Result{Versions: []*corpus.Document{zh, zh2}}
}

// golden (align_test.go) compares with, or with -update rewrites,
// testdata/NAME.

func TestJSONGolden(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, inspectFixture(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "inspect_json.golden", b.Bytes())
}

func TestInspectGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Inspect(&b, inspectFixture(t)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "\t") {
		t.Error("the table contains a tab")
	}
	golden(t, "inspect_text.golden", b.Bytes())
}

// TestJSONContract checks the fields users' scripts rely on, as
// documented in docs/json.md, by decoding the output generically.
func TestJSONContract(t *testing.T) {
	r := inspectFixture(t)
	r.Alignment = &align.Alignment{Versions: []string{"zh", "zh-2"}, Pivot: 0, Rows: []align.Row{
		{Cells: [][]int{{0}, {0}}, Confidence: 0.98765, Reason: "heading"},
		{Cells: [][]int{{2}, nil}, Confidence: 0.5, Reason: "marker", Moved: true},
	}}
	r.Findings = []rules.Finding{{
		Rule: "numbering/sequence", Severity: rules.Error, Message: "ef) follows e)",
		Location: rules.Location{Version: "zh", Path: "res75.zh.txt", Lang: "zh", Block: 3, Line: 4, Column: 1},
		Related:  []rules.Location{{Version: "zh-2", Path: "res75.zh-old.txt", Lang: "zh", Block: -1}},
	}}
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Schema   string `json:"schema"`
		Versions []struct {
			ID, Path, Lang, Format, Encoding string
			Blocks                           []map[string]any
		} `json:"versions"`
		Pivot     string `json:"pivot"`
		Alignment []struct {
			Cells      map[string][]int `json:"cells"`
			Confidence float64          `json:"confidence"`
			Reason     string           `json:"reason"`
			Moved      bool             `json:"moved"`
		} `json:"alignment"`
		Findings []struct {
			Rule, Severity, Message string
			Location                map[string]any
			Related                 []map[string]any
		} `json:"findings"`
	}
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Schema != "parity/1" {
		t.Errorf("schema %q", v.Schema)
	}
	if len(v.Versions) != 2 || v.Versions[0].ID != "zh" || v.Versions[1].ID != "zh-2" {
		t.Fatalf("version ids: %+v", v.Versions)
	}
	if v.Versions[0].Format != "txt" || v.Versions[0].Encoding != "utf-8" || v.Versions[0].Lang != "zh" {
		t.Errorf("version 0: %+v", v.Versions[0])
	}
	// The flattened marker "ef)": new f (6), old e (5), revision artifact.
	var ef map[string]any
	for _, blk := range v.Versions[0].Blocks {
		if m, ok := blk["marker"].(map[string]any); ok && m["raw"] == "ef)" {
			ef = blk
		}
	}
	if ef == nil {
		t.Fatal("no block with marker ef)")
	}
	m := ef["marker"].(map[string]any)
	old, _ := m["old"].(map[string]any)
	if m["system"] != "latin-lower" || m["value"] != 2.0 && m["value"] != 6.0 || old == nil || old["raw"] != "e)" {
		t.Errorf("marker %v", m)
	}
	if ef["revision"] != "artifact" || ef["kind"] != "item" || ef["line"] != 4.0 || ef["level"] != 1.0 {
		t.Errorf("block %v", ef)
	}
	for _, k := range []string{"index", "line", "kind", "level", "lang", "revision", "text"} {
		if _, ok := ef[k]; !ok {
			t.Errorf("block lacks %q", k)
		}
	}
	a := v.Alignment
	if v.Pivot != "zh" || len(a) != 2 || a[0].Confidence != 0.988 ||
		len(a[1].Cells["zh"]) != 1 || a[1].Cells["zh-2"] == nil || len(a[1].Cells["zh-2"]) != 0 || !a[1].Moved {
		t.Errorf("pivot %q, alignment %+v", v.Pivot, a)
	}
	if len(v.Findings) != 1 || v.Findings[0].Severity != "error" || v.Findings[0].Location["line"] != 4.0 ||
		v.Findings[0].Related[0]["version"] != "zh-2" {
		t.Errorf("findings %+v", v.Findings)
	}
	// Inspect output has neither alignment nor findings.
	b.Reset()
	if err := JSON(&b, inspectFixture(t)); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); strings.Contains(s, `"alignment"`) || strings.Contains(s, `"findings"`) || strings.Contains(s, `"pivot"`) {
		t.Error("inspect JSON carries alignment, pivot or findings")
	}
}

// TestJSONAlignmentArray pins the shape issue 4 specifies: "alignment" is
// an array of rows {"cells", "confidence", "reason", "moved"}, the pivot a
// top-level member; "findings" is [] when the rules ran and found nothing,
// and absent when they did not run (inspect, align).
func TestJSONAlignmentArray(t *testing.T) {
	r := inspectFixture(t)
	r.Alignment = &align.Alignment{Versions: []string{"zh", "zh-2"}, Pivot: 1, Rows: []align.Row{{Cells: [][]int{{1}, nil}, Confidence: 0.5}}}
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var v map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(v["alignment"], &rows); err != nil {
		t.Fatalf("alignment is not an array: %s", v["alignment"])
	}
	if len(rows) != 1 || rows[0]["confidence"] != 0.5 {
		t.Errorf("alignment = %s", v["alignment"])
	}
	if cells, _ := rows[0]["cells"].(map[string]any); cells == nil || fmt.Sprint(cells["zh-2"]) != "[]" {
		t.Errorf("alignment cells = %v, want zh-2: []", rows[0]["cells"])
	}
	if string(v["pivot"]) != `"zh-2"` {
		t.Errorf("pivot = %s, want \"zh-2\"", v["pivot"])
	}
	if _, ok := v["findings"]; ok {
		t.Errorf("align output (rules not run) has findings: %s", v["findings"])
	}
	r.Checked = true
	b.Reset()
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	v = nil
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if string(v["findings"]) != "[]" {
		t.Errorf("check output with no finding: findings = %s, want []", v["findings"])
	}
}

// TestJSONDeterministic prints the same result twice and compares.
func TestJSONDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	r := inspectFixture(t)
	r.Alignment = &align.Alignment{Versions: []string{"zh", "zh-2"}, Rows: []align.Row{{Cells: [][]int{{1, 2}, {1}}}}}
	if err := JSON(&a, r); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		b.Reset()
		if err := JSON(&b, r); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatal("two printings differ")
		}
	}
}

func TestVersionIDs(t *testing.T) {
	docs := []*corpus.Document{{Lang: "en"}, {Lang: "fr"}, {Lang: "en"}, {}, {Lang: "en"}, {ID: "fr"}}
	got := strings.Join(VersionIDs(docs), " ")
	if want := "en fr en-2 und en-3 fr-2"; got != want {
		t.Errorf("VersionIDs = %s, want %s", got, want)
	}
}

// TestJSONDocumented checks that docs/json.md documents every field of the
// wire structs, so the contract cannot grow a field silently.
func TestJSONDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "json.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{jsonResult{}, jsonVersion{}, jsonBlock{}, jsonSpan{}, jsonMarker{},
		jsonRow{}, jsonFinding{}, jsonLocation{}} {
		rt := reflect.TypeOf(v)
		for i := 0; i < rt.NumField(); i++ {
			name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
			if !bytes.Contains(doc, []byte("`"+name+"`")) && !bytes.Contains(doc, []byte("."+name+"`")) {
				t.Errorf("docs/json.md does not document %s.%s (`%s`)", rt.Name(), rt.Field(i).Name, name)
			}
		}
	}
}

// TestJSONStreamedAsWhole: JSON writes the blocks one by one into the
// document encoded without them; the result must be the bytes encoding
// the whole document at once gives, whatever the texts hold (the
// placeholder `"blocks": []` itself, quotes, backslashes, markup) and with
// a version without blocks.
func TestJSONStreamedAsWhole(t *testing.T) {
	r := inspectFixture(t)
	odd := `say "blocks": [] and \ <b>&</b>`
	tricky, err := corpus.Read(`dir/"blocks": []/x.en.txt`, []byte("1.\t"+odd+"\n2.\tplain\n"), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	empty := &corpus.Document{ID: "fr", Path: "empty.fr.txt", Lang: "fr", Format: "txt"}
	r.Versions = append(r.Versions, tricky, empty)
	r.Key = `key "blocks": []`
	r.Checked = true
	r.Findings = []rules.Finding{{Rule: "numbers/parity", Severity: rules.Warning, Message: odd,
		Location: rules.Location{Version: "en", Path: tricky.Path, Block: 0}}}

	var streamed bytes.Buffer
	if err := JSON(&streamed, r); err != nil {
		t.Fatal(err)
	}
	var whole jsonResult
	if err := json.Unmarshal(streamed.Bytes(), &whole); err != nil {
		t.Fatalf("the streamed JSON does not parse: %v\n%s", err, streamed.Bytes())
	}
	for i, d := range r.Versions {
		if got := len(whole.Versions[i].Blocks); got != len(d.Blocks) {
			t.Fatalf("version %d: %d blocks in the JSON, want %d", i, got, len(d.Blocks))
		}
		for j, b := range whole.Versions[i].Blocks {
			if b.Index != d.Blocks[j].Index || b.Text != d.Blocks[j].Text {
				t.Fatalf("version %d block %d: %+v, want index %d text %q", i, j, b, d.Blocks[j].Index, d.Blocks[j].Text)
			}
		}
	}
	var again bytes.Buffer
	enc := json.NewEncoder(&again)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(whole); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(streamed.Bytes(), again.Bytes()) {
		t.Errorf("streamed JSON differs from the whole document encoded at once:\n%s\nwant\n%s", streamed.Bytes(), again.Bytes())
	}
}
