package rules

import (
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	_ "github.com/paritydoc/parity/corpus/docx" // registers the DOCX reader
	"github.com/paritydoc/parity/internal/testcorpus"
)

// TestRevisionPendingDOCX checks revision/pending on Word files of the
// shared corpus: documents with tracked changes are reported once, with
// their counts; the accepted twin of a document is not reported.
func TestRevisionPendingDOCX(t *testing.T) {
	tests := []struct {
		file string
		want string // substring of the message, "" for no finding
	}{
		{"docx-revisions/RP/RP001-Tracked-Revisions-01.docx", "still contains tracked changes"},
		{"docx-revisions/RP/RP001-Tracked-Revisions-01-Accepted.docx", ""},
		{"docx-revisions/FA-RevTracking/005-InsertedNumberedParagraph.docx", "still contains tracked changes"},
		{"docx-revisions/FA-RevTracking/009-InsertedParagraph.docx", "still contains tracked changes"},
	}
	for _, tt := range tests {
		path := testcorpus.Path(t, tt.file)
		d, err := corpus.ReadFile(path, corpus.Options{Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		d.ID = "en"
		set := &corpus.Set{Versions: []*corpus.Document{d}}
		fs, err := RunRules([]*Rule{RevisionPending}, set, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "" {
			if len(fs) != 0 {
				t.Errorf("%s: unexpected %v", tt.file, fs)
			}
			continue
		}
		if len(fs) != 1 || !strings.Contains(fs[0].Message, tt.want) || fs[0].Severity != Info {
			t.Errorf("%s: got %+v, want one info finding containing %q", tt.file, fs, tt.want)
		}
	}
}
