package rules

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

func TestRegistryValid(t *testing.T) {
	if err := Validate(All()); err != nil {
		t.Fatal(err)
	}
	if registryErr != nil {
		t.Fatal(registryErr)
	}
	for _, r := range All() {
		got, ok := Lookup(r.Name)
		if !ok || got != r {
			t.Errorf("Lookup(%q) = %v, %v", r.Name, got, ok)
		}
		if !strings.HasSuffix(strings.TrimSpace(r.Doc), ".") {
			t.Errorf("%s: doc should be full sentences", r.Name)
		}
	}
	if _, ok := Lookup("no/such"); ok {
		t.Error("Lookup of an unknown rule succeeded")
	}
}

func TestValidateRejects(t *testing.T) {
	run := func(*Pass) error { return nil }
	ok := &Rule{Name: "a/b", Doc: "Does.", Severity: Error, MinVersions: 1, Run: run}
	tests := []struct {
		name string
		rs   []*Rule
		want string
	}{
		{"nil", []*Rule{nil}, "is nil"},
		{"bad name", []*Rule{{Name: "Numbering", Doc: "x", Severity: Error, MinVersions: 1, Run: run}}, "invalid name"},
		{"upper", []*Rule{{Name: "a/B", Doc: "x", Severity: Error, MinVersions: 1, Run: run}}, "invalid name"},
		{"dup", []*Rule{ok, ok}, "duplicate"},
		{"no doc", []*Rule{{Name: "a/c", Severity: Error, MinVersions: 1, Run: run}}, "missing doc"},
		{"no severity", []*Rule{{Name: "a/c", Doc: "x", MinVersions: 1, Run: run}}, "severity"},
		{"no run", []*Rule{{Name: "a/c", Doc: "x", Severity: Info, MinVersions: 1}}, "run function"},
		{"min versions", []*Rule{{Name: "a/c", Doc: "x", Severity: Info, Run: run}}, "MinVersions"},
	}
	for _, tt := range tests {
		err := Validate(tt.rs)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Validate = %v, want error containing %q", tt.name, err, tt.want)
		}
	}
	if err := Validate([]*Rule{ok}); err != nil {
		t.Errorf("valid rule rejected: %v", err)
	}
}

func TestParseSeverity(t *testing.T) {
	tests := []struct {
		in   string
		want Severity
		err  bool
	}{
		{"error", Error, false}, {"Warning", Warning, false}, {"warn", Warning, false},
		{" info ", Info, false}, {"note", Info, false}, {"fatal", 0, true}, {"", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseSeverity(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseSeverity(%q) = %v, %v", tt.in, got, err)
		}
		if err == nil && got.String() == "none" {
			t.Errorf("%v has no name", got)
		}
	}
}

// doc builds a plain-text version from lines: each line is one block;
// "a)\ttext" lines are items at level 1, "i)\ttext" at level 2 when marked
// with a leading "  ", "# text" is a heading.
func doc(id, lg string, lines ...string) *corpus.Document {
	d := &corpus.Document{ID: id, Path: id + ".txt", Lang: lg, Format: "txt"}
	var src strings.Builder
	for i, ln := range lines {
		start := src.Len()
		src.WriteString(ln)
		end := src.Len()
		src.WriteString("\n")
		b := corpus.Block{Index: i, Line: i + 1, Span: corpus.Span{Start: start, End: end}, Kind: corpus.KindParagraph, Lang: lg}
		text := ln
		level := 1
		if strings.HasPrefix(text, "  ") {
			level = 2
			text = text[2:]
		}
		if strings.HasPrefix(text, "# ") {
			b.Kind = corpus.KindHeading
			b.Text = text[2:]
		} else if m, n, ok := testMarker(text); ok {
			b.Kind = corpus.KindItem
			b.Level = level
			b.Marker = m
			off := start + len(ln) - len(text)
			b.MarkerSpan = corpus.Span{Start: off, End: off + len(m.Raw)}
			b.Text = strings.TrimSpace(text[n:])
		} else {
			b.Text = text
		}
		d.Blocks = append(d.Blocks, b)
	}
	d.Source = src.String()
	return d
}

// testMarker reads the few marker forms the engine tests use, so that they
// do not depend on the full parser: "3)", "c)", "iv)" (after "  "), "д)", "ه)".
func testMarker(s string) (*lang.Marker, int, bool) {
	raw, _, ok := strings.Cut(s, ")")
	if !ok || raw == "" || strings.ContainsAny(raw, " \t") {
		return nil, 0, false
	}
	m := &lang.Marker{Raw: raw + ")", Style: "%)"}
	for _, sys := range []struct {
		s     lang.System
		alpha []rune
	}{{lang.SystemLatinLower, latinLetters}, {lang.SystemCyrillicLower, cyrillicLetters}, {lang.SystemArabicAbjad, abjadLetters}} {
		for i, r := range sys.alpha {
			if string(r) == raw {
				m.System, m.Value = sys.s, i+1
			}
		}
	}
	for v := 1; v < 40; v++ {
		if strings.ToLower(roman(v)) == raw {
			if m.System == lang.SystemLatinLower {
				m.Alt = &lang.Marker{Raw: m.Raw, System: lang.SystemRomanLower, Value: v, Style: "%)"}
			} else {
				m.System, m.Value = lang.SystemRomanLower, v
			}
		}
		if itoa(v) == raw {
			m.System, m.Value = lang.SystemDecimal, v
		}
	}
	if m.System == lang.SystemNone {
		return nil, 0, false
	}
	return m, len(raw) + 1, true
}

func itoa(v int) string { return formatValue(lang.SystemDecimal, v, "%") }

// identity aligns versions with the same number of blocks row by row.
func identity(set *corpus.Set) *align.Alignment {
	al := &align.Alignment{}
	for _, d := range set.Versions {
		al.Versions = append(al.Versions, d.ID)
	}
	n := len(set.Versions[0].Blocks)
	for i := 0; i < n; i++ {
		row := align.Row{Cells: make([][]int, len(set.Versions)), Confidence: 1}
		for v, d := range set.Versions {
			if i < len(d.Blocks) {
				row.Cells[v] = []int{i}
			}
		}
		al.Rows = append(al.Rows, row)
	}
	return al
}

func TestReportFillsLocation(t *testing.T) {
	d := doc("zh", "zh", "# 认识到", "a)\t第一", "b)\t第二", "d)\t第四")
	set := &corpus.Set{Versions: []*corpus.Document{d}}
	fs, err := RunRules([]*Rule{NumberingSequence}, set, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1: %+v", len(fs), fs)
	}
	f := fs[0]
	want := Location{Version: "zh", Path: "zh.txt", Lang: "zh", Block: 3, Span: d.Blocks[3].MarkerSpan, Line: 4, Column: 1}
	if f.Location != want {
		t.Errorf("location = %+v, want %+v", f.Location, want)
	}
	if f.Rule != "numbering/sequence" || f.Severity != Error {
		t.Errorf("rule/severity = %s/%v", f.Rule, f.Severity)
	}
	if f.Message != "zh skips letter c): b) is followed by d)" {
		t.Errorf("message = %q", f.Message)
	}
}

func TestColumnsCountCharacters(t *testing.T) {
	d := &corpus.Document{ID: "zh", Path: "zh.txt", Lang: "zh", Source: "第一行\r\n考虑到x\rz"}
	d.Blocks = []corpus.Block{{Index: 0, Line: 1, Span: corpus.Span{Start: 0, End: 9}}, {Index: 1, Line: 2, Span: corpus.Span{Start: 11, End: 21}}}
	p := &Pass{Set: &corpus.Set{Versions: []*corpus.Document{d}}}
	x := strings.Index(d.Source, "x")
	l := p.SpanLoc(0, 1, corpus.Span{Start: x, End: x + 1})
	if l.Line != 2 || l.Column != 4 {
		t.Errorf("x at %d:%d, want 2:4", l.Line, l.Column)
	}
	z := strings.Index(d.Source, "z")
	l = p.SpanLoc(0, 1, corpus.Span{Start: z, End: z + 1})
	// A lone CR in a file whose lines end with LF ends no line, as in
	// corpus.Document.Position (which the printers use).
	if l.Line != 2 || l.Column != 6 {
		t.Errorf("z after a lone CR at %d:%d, want 2:6", l.Line, l.Column)
	}
	// DOCX: no source, the block's paragraph number is the line.
	d2 := &corpus.Document{ID: "en", Path: "en.docx", Lang: "en", Blocks: []corpus.Block{{Index: 0, Line: 7}}}
	p2 := &Pass{Set: &corpus.Set{Versions: []*corpus.Document{d2}}}
	if l := p2.Loc(0, 0); l.Line != 7 || l.Column != 0 {
		t.Errorf("docx location %d:%d, want 7:0", l.Line, l.Column)
	}
}

func TestRunConfig(t *testing.T) {
	d := doc("en", "en", "a)\tone", "c)\tthree", "c)\tthree again")
	set := &corpus.Set{Versions: []*corpus.Document{d}}
	all, err := RunRules([]*Rule{NumberingSequence}, set, nil, nil)
	if err != nil || len(all) != 2 {
		t.Fatalf("got %v, %v; want 2 findings", all, err)
	}
	fs, _ := RunRules([]*Rule{NumberingSequence}, set, nil, &Config{Disabled: map[string]bool{"numbering/sequence": true}})
	if len(fs) != 0 {
		t.Errorf("disabled rule reported %v", fs)
	}
	fs, _ = RunRules([]*Rule{NumberingSequence}, set, nil, &Config{Severity: map[string]Severity{"numbering/sequence": Info}})
	for _, f := range fs {
		if f.Severity != Info {
			t.Errorf("severity override ignored: %v", f.Severity)
		}
	}
	fs, _ = RunRules([]*Rule{NumberingSequence}, set, nil, &Config{Ignore: []*regexp.Regexp{regexp.MustCompile(`repeats`)}})
	if len(fs) != 1 || strings.Contains(fs[0].Message, "repeats") {
		t.Errorf("ignore pattern not applied: %v", fs)
	}
	// A rule needing two versions does not run on one.
	two := &Rule{Name: "t/two", Doc: "Needs two.", Severity: Error, MinVersions: 2, Run: func(p *Pass) error {
		t.Error("ran with one version")
		return nil
	}}
	if _, err := RunRules([]*Rule{two}, set, nil, nil); err != nil {
		t.Error(err)
	}
}

func TestRunErrors(t *testing.T) {
	set := &corpus.Set{Versions: []*corpus.Document{doc("en", "en", "a)\tx")}}
	failing := &Rule{Name: "t/fail", Doc: "Fails.", Severity: Error, MinVersions: 1, Run: func(*Pass) error { return errors.New("boom") }}
	if _, err := RunRules([]*Rule{failing}, set, nil, nil); err == nil || err.Error() != "rules: t/fail: boom" {
		t.Errorf("err = %v", err)
	}
	panicking := &Rule{Name: "t/panic", Doc: "Panics.", Severity: Error, MinVersions: 1, Run: func(*Pass) error { panic("oops") }}
	if _, err := RunRules([]*Rule{panicking}, set, nil, nil); err == nil || !strings.Contains(err.Error(), "t/panic") {
		t.Errorf("panic not turned into an error: %v", err)
	}
	bad := &align.Alignment{Rows: []align.Row{{Cells: [][]int{{5}}}}}
	if _, err := RunRules([]*Rule{NumberingSequence}, set, bad, nil); err == nil || !strings.Contains(err.Error(), "block 5") {
		t.Errorf("bad alignment accepted: %v", err)
	}
	if _, err := Run(nil, nil, nil); err == nil {
		t.Error("nil set accepted")
	}
}

func TestRunSortsAndDeduplicates(t *testing.T) {
	en := doc("en", "en", "a)\tone", "b)\ttwo")
	fr := doc("fr", "fr", "a)\tun", "b)\tdeux")
	set := &corpus.Set{Versions: []*corpus.Document{en, fr}}
	emit := &Rule{Name: "t/emit", Doc: "Emits.", Severity: Warning, MinVersions: 1, Run: func(p *Pass) error {
		p.Report(Finding{Location: p.Loc(1, 1), Message: "z"})
		p.Report(Finding{Location: p.Loc(0, 1), Message: "b"})
		p.Report(Finding{Location: p.Loc(0, 1), Message: "b"})
		p.Report(Finding{Location: p.Loc(0, 0), Message: "y"})
		p.Report(Finding{Location: p.Loc(1, 0), Message: "a"})
		return nil
	}}
	first, err := RunRules([]*Rule{emit}, set, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range first {
		got = append(got, f.Location.Version+":"+itoa(f.Location.Line)+":"+f.Message)
	}
	if strings.Join(got, " ") != "en:1:y en:2:b fr:1:a fr:2:z" {
		t.Errorf("order = %v", got)
	}
	for i := 0; i < 20; i++ {
		again, _ := RunRules([]*Rule{emit}, set, nil, nil)
		if len(again) != len(first) {
			t.Fatal("non-deterministic")
		}
		for j := range again {
			if !sameFinding(&again[j], &first[j]) {
				t.Fatalf("run %d differs at %d", i, j)
			}
		}
	}
}
