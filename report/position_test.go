package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/rules"
)

// strayCRPage is an HTML page with LF line ends and stray CRs inside lines,
// as EUR-Lex pages have (CELEX-32017R2403-ES-TXT.html: 155 of them before
// line 4520): an editor, grep and GitHub count 6 lines, with "Reglamento
// 1380/2013" on line 5.
const strayCRPage = "<html><body>\n<p>uno\rdos</p>\n<p>tres\r cuatro\r</p>\n\r\n" +
	"<p>El Reglamento 1380/2013 exige</p>\n</body></html>\n"

// TestFindingLinesFollowBlockLines: every printer derives the line and
// column of a finding as blocks get theirs (corpus.Document.Position),
// whatever line the rule filled in. A rule that counted the stray CRs
// (line 9) used to be printed as is.
func TestFindingLinesFollowBlockLines(t *testing.T) {
	d, err := corpus.Read("es.html", []byte(strayCRPage), corpus.Options{Lang: "es"})
	if err != nil {
		t.Fatal(err)
	}
	d.ID = "es"
	var blk *corpus.Block
	for i := range d.Blocks {
		if strings.Contains(d.Blocks[i].Text, "1380/2013") {
			blk = &d.Blocks[i]
		}
	}
	if blk == nil || blk.Line != 5 {
		t.Fatalf("block with 1380/2013: %+v, want one on line 5", blk)
	}
	off := strings.Index(d.Source, "1380/2013")
	if line, col := d.Position(off); line != 5 || col != 18 {
		t.Fatalf("Position(%d) = %d:%d, want 5:18", off, line, col)
	}
	// What a rule that counts every CR as a line end reports.
	wrong := rules.Location{Version: "es", Path: "es.html", Lang: "es", Block: blk.Index,
		Span: corpus.Span{Start: off, End: off + len("1380/2013")}, Line: 9, Column: 19}
	whole := rules.Location{Version: "es", Path: "es.html", Lang: "es", Block: blk.Index, Line: 9, Column: 1}
	r := &Result{Versions: []*corpus.Document{d}, Checked: true, Findings: []rules.Finding{
		{Rule: "numbers/parity", Severity: rules.Warning, Message: "symbol 1380/2013", Location: wrong, Related: []rules.Location{whole}},
	}}

	var text bytes.Buffer
	if err := TextFindings(&text, r, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if want := "es.html:5:18: warning: symbol 1380/2013 [numbers/parity]\n    es: es.html:5:1\n"; text.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", text.String(), want)
	}

	var gh bytes.Buffer
	if err := GitHub(&gh, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gh.String(), "file=es.html,line=5,col=18,") {
		t.Errorf("github: %s", gh.String())
	}

	var sarif bytes.Buffer
	sw := NewSARIFWriter(&sarif, nil, "test")
	if err := sw.Add(r); err != nil {
		t.Fatal(err)
	}
	if err := sw.Close(); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						Region struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(sarif.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if reg := log.Runs[0].Results[0].Locations[0].PhysicalLocation.Region; reg.StartLine != 5 || reg.StartColumn != 18 {
		t.Errorf("sarif region %+v, want 5:18", reg)
	}

	var js bytes.Buffer
	if err := JSON(&js, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"line": 5,
        "column": 18`) {
		t.Errorf("json location is not 5:18:\n%s", js.String())
	}

	// The result itself is not changed by printing.
	if got := r.Findings[0].Location; fmt.Sprint(got.Line, got.Column) != "9 19" {
		t.Errorf("printing changed the result's finding: %+v", got)
	}
}
