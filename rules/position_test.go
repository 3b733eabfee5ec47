package rules

import (
	"testing"

	"github.com/paritydoc/parity/corpus"
)

// TestPositionLikePrinters: the line and column Run gives a finding are
// those corpus.Document.Position gives (and so the printers): a lone CR in
// a file whose lines end with LF (EUR-Lex pages have them) ends no line.
func TestPositionLikePrinters(t *testing.T) {
	src := "1. First item\nwith a stray\rcarriage return\n\n2. Second\r item\n\n3. Third item\n"
	d, err := corpus.Read("stray-cr.en.txt", []byte(src), corpus.Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	d.ID = "en"
	last := len(d.Blocks) - 1
	probe := &Rule{Name: "test/probe", Doc: "Reports the last block and a span inside it.", Severity: Info, MinVersions: 1,
		Run: func(p *Pass) error {
			p.Report(Finding{Location: p.Loc(0, last), Message: "block"})
			b := d.Blocks[last]
			p.Report(Finding{Location: p.SpanLoc(0, last, corpus.Span{Start: b.Span.Start + 3, End: b.Span.End}), Message: "span"})
			return nil
		}}
	fs, err := RunRules([]*Rule{probe}, &corpus.Set{Versions: []*corpus.Document{d}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want 2", len(fs))
	}
	for _, f := range fs {
		line, col := d.Position(f.Location.Span.Start)
		if f.Location.Line != line || f.Location.Column != col {
			t.Errorf("%s: line %d column %d, want %d:%d as corpus.Document.Position gives", f.Message, f.Location.Line, f.Location.Column, line, col)
		}
	}
	if fs[0].Location.Line != 6 {
		t.Errorf("the third item is on line 6 of the file, got %d", fs[0].Location.Line)
	}
}
