package docx

import (
	"os"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// corpus.ReadViews reads both views of a Word file through the registry,
// with the same finishing as corpus.Read (ID from the language tag).
func TestCorpusReadViews(t *testing.T) {
	path := testcorpus.Path(t, "docx-revisions/RP/RP051-Arabic.docx")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, other, err := corpus.ReadViews(path, data, corpus.Options{Lang: "ar-EG"})
	if err != nil {
		t.Fatal(err)
	}
	if other == nil || doc.View != "final" || other.View != "original" {
		t.Fatalf("views: got doc %q, other %v; want final and original", doc.View, other)
	}
	for _, d := range []*corpus.Document{doc, other} {
		if d.ID != "ar-EG" || d.Lang != "ar" || d.Format != "docx" || d.Path != path {
			t.Errorf("%s view: ID %q Lang %q Format %q Path %q", d.View, d.ID, d.Lang, d.Format, d.Path)
		}
	}
	inserted, deleted := 0, 0
	for _, b := range doc.Blocks {
		if b.Revision == corpus.RevDeleted {
			t.Errorf("final view holds a deleted block %d", b.Index)
		}
		if b.Revision == corpus.RevInserted {
			inserted++
		}
	}
	for _, b := range other.Blocks {
		if b.Revision == corpus.RevDeleted {
			deleted++
		}
	}
	if inserted == 0 || deleted == 0 {
		t.Errorf("inserted %d in the final view, deleted %d in the original; want both > 0", inserted, deleted)
	}
	// One view asked for: no other view.
	if _, other, err := corpus.ReadViews(path, data, corpus.Options{View: "original"}); err != nil || other != nil {
		t.Errorf("View original: other %v, err %v; want nil, nil", other, err)
	}
	// A text file has one view.
	if _, other, err := corpus.ReadViews("a.txt", []byte("Article 1\nText.\n"), corpus.Options{}); err != nil || other != nil {
		t.Errorf("text: other %v, err %v; want nil, nil", other, err)
	}
}
