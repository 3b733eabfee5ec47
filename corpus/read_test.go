package corpus

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/tools/txtar"

	"github.com/paritydoc/parity/lang"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/read/*.txtar from the readers' output")

// dumpBlocks renders blocks one per line, the form the fixtures' "want"
// sections use:
//
//	LINE KIND/LEVEL [RAW SYSTEM VALUE old=RAW:VALUE] "TEXT" ^refs #fn @anchor §section rev
func dumpBlocks(doc *Document) string {
	var b strings.Builder
	for _, bl := range doc.Blocks {
		fmt.Fprintf(&b, "%d %s/%d", bl.Line, bl.Kind, bl.Level)
		if m := bl.Marker; m != nil {
			fmt.Fprintf(&b, " [%s %s %d", m.Raw, m.System, m.Value)
			if m.Unit != lang.UnitNone {
				fmt.Fprintf(&b, " %s", m.Unit)
			}
			if m.Old != nil {
				fmt.Fprintf(&b, " old=%s:%d", m.Old.Raw, m.Old.Value)
			}
			b.WriteString("]")
		}
		fmt.Fprintf(&b, " %q", bl.Text)
		if len(bl.FootnoteRefs()) > 0 {
			fmt.Fprintf(&b, " ^%s", strings.Join(bl.FootnoteRefs(), ","))
		}
		if bl.FootnoteID() != "" {
			fmt.Fprintf(&b, " #%s", bl.FootnoteID())
		}
		if bl.Anchor() != "" {
			fmt.Fprintf(&b, " @%s", bl.Anchor())
		}
		if bl.Section != "" {
			fmt.Fprintf(&b, " §%s", bl.Section)
		}
		if bl.Revision != RevNone {
			fmt.Fprintf(&b, " rev=%s", bl.Revision)
		}
		if bl.Lang != "" && bl.Lang != lang.Und {
			fmt.Fprintf(&b, " lang=%s", bl.Lang)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// checkInvariants asserts what every reader promises: indexes in order,
// spans in order, in bounds and on rune boundaries, marker spans inside
// their block, lines matching spans, trimmed text.
func checkInvariants(t testing.TB, doc *Document) {
	t.Helper()
	prev := 0
	starts := lineStarts(doc.Source)
	for i, b := range doc.Blocks {
		if b.Index != i {
			t.Fatalf("block %d has Index %d", i, b.Index)
		}
		if b.Kind > KindFootnote {
			t.Fatalf("block %d: kind %d", i, b.Kind)
		}
		if b.Text != strings.TrimSpace(b.Text) {
			t.Fatalf("block %d: text not trimmed: %q", i, b.Text)
		}
		if !utf8.ValidString(b.Text) {
			t.Fatalf("block %d: invalid UTF-8 text %q", i, b.Text)
		}
		if doc.Source == "" {
			continue
		}
		s := b.Span
		if s.Start < 0 || s.Start > s.End || s.End > len(doc.Source) {
			t.Fatalf("block %d: span %v out of bounds (source %d bytes)", i, s, len(doc.Source))
		}
		if s.Start < prev {
			t.Fatalf("block %d: span %v starts before the previous block's start %d", i, s, prev)
		}
		prev = s.Start
		for _, off := range []int{s.Start, s.End} {
			if off < len(doc.Source) && !utf8.RuneStart(doc.Source[off]) {
				t.Fatalf("block %d: span %v not on a rune boundary", i, s)
			}
		}
		if ms := b.MarkerSpan; ms != (Span{}) {
			if ms.Start < s.Start || ms.End > s.End || ms.Start > ms.End {
				t.Fatalf("block %d: marker span %v outside block span %v", i, ms, s)
			}
		}
		if line := lineFromStarts(starts, s.Start); b.Line != line {
			t.Fatalf("block %d: Line %d but its span starts on line %d", i, b.Line, line)
		}
	}
}

// fixtureOptions reads the "key=value" words of a line "options: ..." in
// the archive comment.
func fixtureOptions(t *testing.T, comment string) Options {
	var o Options
	var words []string
	for _, line := range strings.Split(comment, "\n") {
		if rest, ok := strings.CutPrefix(line, "options:"); ok {
			words = append(words, strings.Fields(rest)...)
		}
	}
	for _, f := range words {
		k, v, ok := strings.Cut(f, "=")
		if !ok {
			continue
		}
		switch k {
		case "format":
			o.Format = v
		case "encoding":
			o.Encoding = v
		case "lang":
			o.Lang = v
		case "detector":
			if v == "script" {
				o.Detector = lang.ScriptDetector{}
			}
		default:
			t.Fatalf("unknown fixture option %q", k)
		}
	}
	return o
}

// TestReadFixtures reads each testdata/read/*.txtar: the file named input.*
// is read with the options in the archive comment, and the blocks must
// match the "want" section (see dumpBlocks). Run with -update to rewrite
// the want sections after checking the differences by eye.
func TestReadFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/read/*.txtar")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input *txtar.File
			want := -1
			for i := range ar.Files {
				switch {
				case strings.HasPrefix(ar.Files[i].Name, "input."):
					input = &ar.Files[i]
				case ar.Files[i].Name == "want":
					want = i
				}
			}
			if input == nil {
				t.Fatal("fixture has no input.* file")
			}
			doc, err := Read(input.Name, input.Data, fixtureOptions(t, string(ar.Comment)))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc)
			got := dumpBlocks(doc)
			if *update {
				if want < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					want = len(ar.Files) - 1
				}
				ar.Files[want].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want < 0 {
				t.Fatal("fixture has no want section (run with -update)")
			}
			if w := string(ar.Files[want].Data); got != w {
				t.Errorf("blocks differ\n--- got\n%s--- want\n%s", got, w)
			}
		})
	}
}

// fakeDetector answers from a table of substrings, for tests of the
// language logic without models.
type fakeDetector map[string]string

func (f fakeDetector) Detect(text string) (string, float64) {
	for k, v := range f {
		if strings.Contains(text, k) {
			return v, 0.9
		}
	}
	return lang.Und, 0
}

func TestLanguages(t *testing.T) {
	src := "Article 1\nThe cat sat on the mat for a while.\nLe chat est sur le tapis.\nThe dog ran off with the cat.\n1.\n"
	det := fakeDetector{"cat": "en", "dog": "en", "chat": "fr"}
	doc, err := Read("x.txt", []byte(src), Options{Detector: det})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Lang != "en" || doc.ID != "en" {
		t.Errorf("document language %q id %q, want en", doc.Lang, doc.ID)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, b.Lang)
	}
	want := []string{"und", "en", "fr", "en", "und"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("block languages %v, want %v", got, want)
	}

	// Forced language without a detector: every block with letters has it.
	doc, err = Read("x.txt", []byte(src), Options{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Lang != "fr" || doc.Blocks[1].Lang != "fr" || doc.Blocks[4].Lang != lang.Und {
		t.Errorf("forced: doc %q, block 1 %q, block 4 %q", doc.Lang, doc.Blocks[1].Lang, doc.Blocks[4].Lang)
	}
	// No detector, no language: und.
	doc, _ = Read("x.txt", []byte(src), Options{})
	if doc.Lang != lang.Und || doc.Blocks[1].Lang != lang.Und {
		t.Errorf("no detector: doc %q block %q, want und", doc.Lang, doc.Blocks[1].Lang)
	}
}

func TestPosition(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		off       int
		line, col int
	}{
		{"lf", "ab\ncd\nef", 7, 3, 2},
		{"crlf", "ab\r\ncd\r\nef", 8, 3, 1},
		{"cr only", "ab\rcd\ref", 4, 2, 2},
		{"stray cr in lf file", "ab\rcd\nef", 4, 1, 5},
		{"runes", "日本\n語です", len("日本\n語で"), 2, 3},
		{"start", "abc", 0, 1, 1},
		{"clamped", "abc", 99, 1, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &Document{Source: tc.src}
			line, col := d.Position(tc.off)
			if line != tc.line || col != tc.col {
				t.Errorf("Position(%d) = %d:%d, want %d:%d", tc.off, line, col, tc.line, tc.col)
			}
			// The same through the line index Segment builds.
			Segment(d, Options{})
			if d.lineIndex == nil {
				t.Fatal("Segment built no line index")
			}
			if l2, c2 := d.Position(tc.off); l2 != line || c2 != col {
				t.Errorf("indexed Position(%d) = %d:%d, want %d:%d", tc.off, l2, c2, line, col)
			}
		})
	}
}

func TestFormats(t *testing.T) {
	got := strings.Join(Formats(), ",")
	for _, f := range []string{"html", "txt", "xml"} {
		if !strings.Contains(got, f) {
			t.Errorf("Formats() = %s, missing %s", got, f)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	for _, tc := range []struct {
		name, path, data, want string
	}{
		{"xml declaration", "a.txt", `<?xml version="1.0"?><doc><p>x</p></doc>`, "xml"},
		{"xml root after comment", "a", "<!-- c --><akomaNtoso><p>x</p></akomaNtoso>", "xml"},
		{"xhtml is html", "a.xml", `<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>`, "html"},
		{"doctype html", "a.txt", "<!DOCTYPE html><p>x", "html"},
		{"html element", "a", "\n  <html><body>x</body></html>", "html"},
		{"fragment by extension", "a.html", "<p>hello</p>", "html"},
		{"xml fragment by extension", "a.xml", "<doc>hello</doc>", "xml"},
		{"text that starts with a bracket", "a.txt", "<p> is a tag name", "txt"},
		{"plain text", "a.html", "Article 1\nText", "txt"},
		{"utf-16 xml", "a", "\xff\xfe<\x00?\x00x\x00m\x00l\x00 \x00", "xml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := detectFormat(tc.path, []byte(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("detectFormat = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestRegisterFormat(t *testing.T) {
	magic := []byte("PARITYTEST\n")
	RegisterFormat("paritytest", func(b []byte) bool { return bytes.HasPrefix(b, magic) },
		func(path string, data []byte, opts Options) (*Document, error) {
			doc := &Document{Path: path, Format: "paritytest", Source: string(data)}
			doc.Blocks = []Block{{Line: 2, Span: Span{len(magic), len(data)}, Text: string(data[len(magic):])}}
			Segment(doc, opts)
			return doc, nil
		})
	t.Cleanup(func() {
		formatsMu.Lock()
		defer formatsMu.Unlock()
		for i, f := range formats {
			if f.name == "paritytest" {
				formats = append(formats[:i], formats[i+1:]...)
				break
			}
		}
	})
	doc, err := Read("x.bin", append(magic, "a) hello"...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "paritytest" || len(doc.Blocks) != 1 || doc.Blocks[0].Kind != KindItem || doc.Blocks[0].Text != "hello" {
		t.Errorf("registered reader not used or not segmented: %+v", doc)
	}
	if !strings.Contains(strings.Join(Formats(), ","), "paritytest") {
		t.Error("Formats() does not list the registered format")
	}
}

// TestTextLineIndex: the line index the text reader builds while splitting
// lines is the one Segment would build.
func TestTextLineIndex(t *testing.T) {
	for _, src := range []string{"a\nb\n", "a\nb", "a\r\nb\r\n\r\n", "a\rb\r", "x", "\n\nx"} {
		doc, err := Read("x.txt", []byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if want := lineStarts(doc.Source); fmt.Sprint(doc.lineIndex) != fmt.Sprint(want) {
			t.Errorf("%q: line index %v, want %v", src, doc.lineIndex, want)
		}
	}
}

// TestReadAllSized: the buffer sized from Stat is only a hint; a reader
// that gives more (a file that grew) or whose size is unknown (0, a pipe)
// is read to its end, in small reads as in one.
func TestReadAllSized(t *testing.T) {
	data := []byte(strings.Repeat("0123456789", 1000))
	for _, hint := range []int64{0, 1, 600, 9999, 10000, 10001, 1 << 20} {
		got, err := readAllSized(iotest.HalfReader(bytes.NewReader(data)), hint)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("size hint %d: read %d bytes (err %v), want %d", hint, len(got), err, len(data))
		}
	}
	if _, err := readAllSized(iotest.ErrReader(errors.New("disk gone")), 10); err == nil {
		t.Error("a read error is not returned")
	}
}
