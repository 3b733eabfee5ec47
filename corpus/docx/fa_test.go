package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// faExpect is the revision status of every block of each FA-RevTracking
// file (one kind of revision per file), in the final and original views.
// Formatting-only revisions (run, paragraph alignment, section, table,
// row and cell properties) leave the text and numbering a reader compares
// unchanged, so their blocks are "none"; numbering and tracked content
// controls make blocks "changed".
var faExpect = []struct {
	file            string
	final, original string
}{
	{"001-DeletedRun.docx", "changed", "changed"},
	{"002-DeletedNumberedParagraphs.docx", "none none", "none deleted deleted deleted deleted deleted none"},
	{"003-DeletedFieldCode.docx", "changed", "changed"},
	{"004-InsertedNumberingProperties.docx", "changed changed changed", "changed changed changed"},
	{"005-InsertedNumberedParagraph.docx", "changed inserted changed none none", "changed changed none none"},
	{"006-DeletedTableRow.docx", "none none none none none none", "none none none none deleted deleted none none"},
	{"007-InsertedTableRow.docx", "none none none none inserted inserted none none none none", "none none none none none none none none"},
	{"008-InsertedFieldCode.docx", "changed", "changed"},
	{"009-InsertedParagraph.docx", "none none inserted none none none", "none none none none none"},
	{"010-InsertedRun.docx", "changed none none none none", "changed none none none none"},
	{"011-InsertedMathChar.docx", "changed", "changed"},
	{"012-DeletedMathChar.docx", "changed", "changed"},
	{"013-DeletedParagraph.docx", "none none none none", "none none deleted none none"},
	{"014-MovedParagraph.docx", "none none inserted none none", "none deleted none none none"},
	{"015-InsertedContentControl.docx", "changed none none none none", "changed none none none none"},
	{"016-DeletedContentControl.docx", "changed none none none none", "changed none none none none"},
	{"017-NumberingChange.docx", "none changed changed changed none", "none changed changed changed none"},
	{"018-ParagraphPropertiesChange.docx", "none none none none none", "none none none none none"},
	{"019-RunPropertiesChange.docx", "none none none none none", "none none none none none"},
	{"020-SectionPropertiesChange.docx", "none none none none none", "none none none none none"},
	{"021-TableGridChange.docx", strings.Repeat("none ", 20), strings.Repeat("none ", 20)},
	{"022-TablePropertiesChange.docx", strings.Repeat("none ", 20), strings.Repeat("none ", 20)},
	{"023-CellPropertiesChange.docx", strings.Repeat("none ", 15), strings.Repeat("none ", 15)},
	{"024-RowPropertiesChange.docx", strings.Repeat("none ", 16), strings.Repeat("none ", 16)},
}

func statuses(doc *corpus.Document) string {
	var s []string
	for _, b := range doc.Blocks {
		s = append(s, b.Revision.String())
	}
	return strings.Join(s, " ")
}

func TestFARevTrackingStatus(t *testing.T) {
	dir := testcorpus.Path(t, "docx-revisions/FA-RevTracking")
	for _, c := range faExpect {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			final, original, err := ReadBoth(c.file, data, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := statuses(final), strings.TrimSpace(c.final); got != want {
				t.Errorf("final view:\n got  %s\n want %s", got, want)
			}
			if got, want := statuses(original), strings.TrimSpace(c.original); got != want {
				t.Errorf("original view:\n got  %s\n want %s", got, want)
			}
		})
	}
}

// TestFAContent checks what the revisions are, not only that they are
// there: the deleted numbered items keep their numbers in the original
// view, the moved paragraph lands after the one it jumped over.
func TestFAContent(t *testing.T) {
	dir := testcorpus.Path(t, "docx-revisions/FA-RevTracking")
	final, original, err := ReadBoth("014", mustRead(t, filepath.Join(dir, "014-MovedParagraph.docx")), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(final.Blocks[2].Text, "When you click") || !strings.HasPrefix(original.Blocks[1].Text, "When you click") {
		t.Errorf("moved paragraph not at its new place in final and old place in original: %q / %q", final.Blocks[2].Text, original.Blocks[1].Text)
	}
	_, original, err = ReadBoth("002", mustRead(t, filepath.Join(dir, "002-DeletedNumberedParagraphs.docx")), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"1.", "2.", "3.", "4.", "5."} {
		b := original.Blocks[i+1]
		if b.Marker == nil || b.Marker.Raw != want || b.Kind != corpus.KindItem {
			t.Errorf("original block %d: marker %+v kind %v, want item %q", i+1, b.Marker, b.Kind, want)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
