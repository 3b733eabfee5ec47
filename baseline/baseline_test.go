package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/rules"
)

// doc builds a version whose blocks are the given lines; lines starting
// with a marker such as "a)" become level-1 items.
func doc(id, lng string, lines ...string) *corpus.Document {
	d := &corpus.Document{ID: id, Lang: lng, Path: id + ".txt"}
	off := 0
	for i, l := range lines {
		b := corpus.Block{Index: i, Line: i + 1, Span: corpus.Span{Start: off, End: off + len(l)}, Text: l, Section: "resolves"}
		if len(l) > 3 && l[1] == ')' && l[0] >= 'a' && l[0] <= 'z' {
			m := &lang.Marker{Raw: l[:2], System: lang.SystemLatinLower, Value: int(l[0]-'a') + 1, Style: "%)"}
			b.Marker, b.Kind, b.Level, b.Text = m, corpus.KindItem, 1, strings.TrimSpace(l[2:])
		}
		d.Blocks = append(d.Blocks, b)
		d.Source += l + "\n"
		off += len(l) + 1
	}
	return d
}

func finding(rule string, en, fr *corpus.Document, ei, fi int) rules.Finding {
	loc := func(d *corpus.Document, i int) rules.Location {
		b := d.Blocks[i]
		return rules.Location{Version: d.ID, Path: d.Path, Lang: d.Lang, Block: i, Span: b.Span, Line: b.Line, Column: 1}
	}
	return rules.Finding{Rule: rule, Severity: rules.Error, Message: "numbers differ", Location: loc(en, ei), Related: []rules.Location{loc(fr, fi)}}
}

func TestFingerprintStableWhenTextAboveMoves(t *testing.T) {
	en := doc("en", "en", "Resolves", "1 to do this", "a) pay 300 francs", "b) by 2025")
	fr := doc("fr", "fr", "Décide", "1 de faire", "a) payer 30 francs", "b) d'ici 2025")
	base := Fingerprint(ptr(finding("numbers/parity", en, fr, 2, 2)), []*corpus.Document{en, fr})

	// Two new paragraphs above, in both versions: lines and spans move.
	en2 := doc("en", "en", "Preamble", "Considering this", "Resolves", "1 to do this", "a) pay 300 francs", "b) by 2025")
	fr2 := doc("fr", "fr", "Préambule", "Considérant", "Décide", "1 de faire", "a) payer 30 francs", "b) d'ici 2025")
	moved := Fingerprint(ptr(finding("numbers/parity", en2, fr2, 4, 4)), []*corpus.Document{en2, fr2})
	if moved != base {
		t.Errorf("fingerprint changed when unrelated text above moved: %s vs %s", moved, base)
	}
	// White space and width are normalized.
	en3 := doc("en", "en", "Resolves", "1 to do this", "a)  pay   300 francs", "b) by 2025")
	if got := Fingerprint(ptr(finding("numbers/parity", en3, fr, 2, 2)), []*corpus.Document{en3, fr}); got != base {
		t.Error("fingerprint depends on white space")
	}

	others := map[string]string{}
	others["other rule"] = Fingerprint(ptr(finding("numbering/parity", en, fr, 2, 2)), []*corpus.Document{en, fr})
	others["other block"] = Fingerprint(ptr(finding("numbers/parity", en, fr, 3, 3)), []*corpus.Document{en, fr})
	en4 := doc("en", "en", "Resolves", "1 to do this", "a) pay 400 francs", "b) by 2025")
	others["edited text"] = Fingerprint(ptr(finding("numbers/parity", en4, fr, 2, 2)), []*corpus.Document{en4, fr})
	es := doc("es", "es", "Resuelve", "1 hacer", "a) pagar 30 francos", "b) para 2025")
	others["other language"] = Fingerprint(ptr(finding("numbers/parity", en, es, 2, 2)), []*corpus.Document{en, es})
	for what, fp := range others {
		if fp == base {
			t.Errorf("%s: same fingerprint", what)
		}
		if len(fp) != 32 {
			t.Errorf("%s: fingerprint %q is not 32 hex digits", what, fp)
		}
	}
}

func ptr(f rules.Finding) *rules.Finding { return &f }

func TestMarkerPath(t *testing.T) {
	d := doc("en", "en", "Resolves", "a) first", "b) second")
	d.Blocks[2].Level = 2
	d.Blocks[1].Level = 1
	if got := MarkerPath(d, 2); got != "resolves/1/2" {
		t.Errorf("MarkerPath = %q, want resolves/1/2", got)
	}
	if got := MarkerPath(d, 99); got != "" {
		t.Errorf("out of range MarkerPath = %q", got)
	}
}

func TestWriteReadFilter(t *testing.T) {
	en := doc("en", "en", "Resolves", "a) pay 300 francs", "b) by 2025")
	fr := doc("fr", "fr", "Décide", "a) payer 30 francs", "b) d'ici 2026")
	vs := []*corpus.Document{en, fr}
	old := []rules.Finding{finding("numbers/parity", en, fr, 1, 1)}
	b := New()
	b.Add(old, vs)
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "baseline.json")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Read(p)
	if err != nil {
		t.Fatal(err)
	}
	now := []rules.Finding{finding("numbers/parity", en, fr, 1, 1), finding("numbers/parity", en, fr, 2, 2), finding("numbers/parity", en, fr, 1, 1)}
	kept, n := got.NewFilter().Apply(now, vs)
	// One recorded occurrence suppresses one finding, not its repetition.
	if n != 1 || len(kept) != 2 || kept[0].Location.Block != 2 || kept[1].Location.Block != 1 {
		t.Errorf("Apply = %d suppressed, kept %+v", n, kept)
	}
}

func TestParseErrors(t *testing.T) {
	fp := strings.Repeat("ab", 16)
	tests := []struct{ name, data, want string }{
		{"empty", "", `^baseline: b.json: empty file`},
		{"syntax", "{\n \"schema\": \"parity-baseline/1\",\n \"findings\": [\n}", `^baseline: b.json:4: invalid character`},
		{"type", "{\"schema\": \"parity-baseline/1\",\n\"findings\": {}}", `^baseline: b.json:2: cannot unmarshal`},
		{"schema", `{"schema": "parity/1", "findings": []}`, `^baseline: b.json: schema "parity/1", want "parity-baseline/1"`},
		{"unknown field", `{"schema": "parity-baseline/1", "finding": []}`, `^baseline: b.json: unknown field "finding"`},
		{"fingerprint", `{"schema": "parity-baseline/1", "findings": [{"fingerprint": "xyz", "rule": "a"}]}`, `^baseline: b.json: finding 1: malformed fingerprint "xyz"`},
		{"trailing", `{"schema": "parity-baseline/1", "findings": [{"fingerprint": "` + fp + `", "rule": "a"}]}` + "\n{}", `^baseline: b.json:2: unexpected data`},
		{"sarif given", `{"version": "2.1.0", "runs": []}`, `^baseline: b.json: unknown field "version"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("b.json", []byte(tt.data))
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), "\n") || !regexp.MustCompile(tt.want).MatchString(err.Error()) {
				t.Errorf("error %q does not match %q", err, tt.want)
			}
		})
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.json")); err == nil || !strings.HasSuffix(err.Error(), "none.json: no such file or directory") {
		t.Errorf("Read missing = %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"schema": "parity-baseline/1", "findings": []}`))
	f.Add([]byte(`{"schema": "parity-baseline/1", "findings": [{"fingerprint": "abababababababababababababababab", "rule": "a"}]}`))
	f.Add([]byte("{\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("f.json", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "baseline: f.json") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("malformed error %q", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := b.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := Parse("f.json", buf.Bytes()); err != nil {
			t.Fatalf("round trip: %v", err)
		}
	})
}
