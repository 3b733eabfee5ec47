package docx

import (
	"fmt"
	"os"
	"testing"

	"github.com/paritydoc/parity/corpus"
)

// TestDump prints the blocks of the file named by DOCX_DUMP in both views
// (a debugging aid: go test ./corpus/docx -run TestDump -v with DOCX_DUMP=file.docx).
func TestDump(t *testing.T) {
	path := os.Getenv("DOCX_DUMP")
	if path == "" {
		t.Skip("set DOCX_DUMP to a .docx file to print its blocks")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	final, original, err := ReadBoth(path, data, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []*corpus.Document{final, original} {
		fmt.Printf("== %s view: %d blocks\n", doc.View, len(doc.Blocks))
		for _, b := range doc.Blocks {
			m := ""
			if b.Marker != nil {
				m = fmt.Sprintf("[%s %s %d %v]", b.Marker.Raw, b.Marker.System, b.Marker.Value, b.Marker.Path)
			}
			fmt.Printf("%4d L%-4d %-9s %-8s lvl%d %s %q refs=%v fn=%s anchor=%s\n", b.Index, b.Line, b.Kind, b.Revision, b.Level, m, b.Text, b.FootnoteRefs(), b.FootnoteID(), b.Anchor())
		}
	}
}
