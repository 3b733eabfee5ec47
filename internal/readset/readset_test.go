package readset

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// TestDocumentLikeReadFile: Document gives what corpus.ReadFile gives
// (document, ID from the tag, errors), and for a Word file the original
// view beside the final one.
func TestDocumentLikeReadFile(t *testing.T) {
	path := testcorpus.Path(t, "docx-revisions/FA-RevTracking/013-DeletedParagraph.docx")
	opts := corpus.Options{Lang: "en_gb"}
	want, err := corpus.ReadFile(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	doc, other, err := Document(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != want.ID || doc.Lang != want.Lang || doc.View != want.View || doc.Format != want.Format || len(doc.Blocks) != len(want.Blocks) {
		t.Errorf("final view: ID %q lang %q view %q format %q, %d blocks; corpus.ReadFile: %q %q %q %q, %d blocks",
			doc.ID, doc.Lang, doc.View, doc.Format, len(doc.Blocks), want.ID, want.Lang, want.View, want.Format, len(want.Blocks))
	}
	if doc.ID != "en-GB" || doc.Lang != "en" {
		t.Errorf("ID %q, language %q, want en-GB and en", doc.ID, doc.Lang)
	}
	if other == nil || other.View != "original" || other.ID != "en-GB" || len(other.Blocks) != len(doc.Blocks)+1 {
		t.Errorf("original view: %+v, want one block more than the final view (the deleted paragraph)", other)
	}

	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte("One paragraph.\n"), 0o644)
	if d, other, err := Document(txt, corpus.Options{}); err != nil || d == nil || other != nil {
		t.Errorf("text file: %v, %v, %v; want a document and no other view", d, other, err)
	}
	for _, p := range []string{filepath.Join(dir, "missing.docx"), dir} {
		_, wantErr := corpus.ReadFile(p, corpus.Options{})
		_, _, err := Document(p, corpus.Options{})
		if err == nil || wantErr == nil || err.Error() != wantErr.Error() {
			t.Errorf("%s: error %v, want %v as corpus.ReadFile gives", p, err, wantErr)
		}
	}
	_, wantErr := corpus.ReadFile(path, corpus.Options{MaxBytes: 100})
	if _, _, err := Document(path, corpus.Options{MaxBytes: 100}); err == nil || err.Error() != wantErr.Error() {
		t.Errorf("over the size limit: %v, want %v", err, wantErr)
	}
}
