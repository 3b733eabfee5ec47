package corpus

import (
	"errors"
	"strings"
	"testing"
)

// TestTextControlBytes: a plain-text file with a few stray C0 controls
// (common in text extracted from Word or PDF files) is text, and the
// controls are not part of the blocks; NUL bytes or a high share of
// controls still make a file binary.
func TestTextControlBytes(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // block texts; nil: the file is refused
	}{
		{"one \\x01", "a)\tx\x01y\nb)\tz\n", []string{"xy", "z"}},
		{"form feed inside a line", "a)\tx\x0cy\nb)\tz\n", []string{"x y", "z"}},
		{"form feed line between pages", "Resolution\n\x0c\na)\tfirst item\nb)\tsecond\x0b item\n", []string{"Resolution", "first item", "second item"}},
		{"control before a marker", "Title\n\n\x02a)\tfirst\n\x1fb)\tsecond\n", []string{"Title", "first", "second"}},
		{"a line of controls only", "First paragraph.\n\x01\x02\nSecond paragraph.\n", []string{"First paragraph.", "Second paragraph."}},
		{"a few controls in UTF-8", "Résolution\x01 adoptée\x07 le 3 juin.\n\x08Texte.\n", []string{"Résolution adoptée le 3 juin.", "Texte."}},
		{"many controls", "\x01\x02\x03\x04\x05\x06\x07 text \x0e\x0f\x10\x11\n", nil},
		{"NUL", "Some text of a resolution, and a NUL byte\x00 in it.\nMore text.\n", nil},
		{"PNG", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00", nil},
		{"ELF", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00\x01\x00\x00\x00", nil},
		{"zip", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml", nil},
		{"controls without NUL", strings.Repeat("\x01\x02\x03\x04abcdef", 50), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("f.txt", []byte(tt.src), Options{Lang: "en"})
			if tt.want == nil {
				// A binary file, or a known format that is not text.
				var ie *InputError
				if !errors.As(err, &ie) || !errors.Is(err, ErrBinary) && !strings.Contains(err.Error(), "unsupported format") {
					t.Fatalf("err = %v, want a binary or unsupported file", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range doc.Blocks {
				got = append(got, b.Text)
				if b.Span.Start > b.Span.End || b.Span.End > len(doc.Source) {
					t.Errorf("block %q: span %v out of the source", b.Text, b.Span)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("blocks %q, want %q", got, tt.want)
			}
		})
	}
}
