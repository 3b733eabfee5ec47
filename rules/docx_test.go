package rules

import (
	"os"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/corpus/docx" // also registers the DOCX reader
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

// TestRevisionPendingViews checks revision/pending in either view of a Word
// file, alone and with the other view given (docx.ReadBoth): a deleted run
// shows as a changed paragraph in both views; an inserted paragraph shows
// only in the final view and a paragraph deleted as a whole only in the
// original, so with both views every file is reported.
func TestRevisionPendingViews(t *testing.T) {
	tests := []struct {
		file            string
		final, original string // message part with one view alone, "" for none
		both            string // with both views
	}{
		{"docx-revisions/FA-RevTracking/001-DeletedRun.docx", "0 inserted, 0 deleted and 1 changed paragraphs in the final view", "0 inserted, 0 deleted and 1 changed paragraphs in the original view", "0 inserted, 0 deleted and 1 changed paragraphs in the final and original views"},
		{"docx-revisions/FA-RevTracking/009-InsertedParagraph.docx", "1 inserted, 0 deleted and 0 changed", "", "1 inserted, 0 deleted and 0 changed paragraphs in the final and original views"},
		{"docx-revisions/FA-RevTracking/013-DeletedParagraph.docx", "", "deleted", "0 inserted, 1 deleted and 0 changed paragraphs in the final and original views"},
		{"docx-revisions/RP/RP001-Tracked-Revisions-01-Accepted.docx", "", "", ""},
	}
	run := func(d *corpus.Document, cfg *Config) string {
		t.Helper()
		d.ID = "en"
		set := &corpus.Set{Versions: []*corpus.Document{d}}
		fs, err := RunRules([]*Rule{RevisionPending}, set, nil, cfg)
		if err != nil {
			t.Fatal(err)
		}
		switch len(fs) {
		case 0:
			return ""
		case 1:
			if fs[0].Severity != Info {
				t.Errorf("%s: severity %v, want info", d.Path, fs[0].Severity)
			}
			return fs[0].Message
		}
		t.Errorf("%s: %d findings, want at most one: %v", d.Path, len(fs), fs)
		return ""
	}
	check := func(file, what, got, want string) {
		t.Helper()
		if (want == "") != (got == "") || !strings.Contains(got, want) {
			t.Errorf("%s, %s: got %q, want a finding containing %q", file, what, got, want)
		}
	}
	for _, tt := range tests {
		path := testcorpus.Path(t, tt.file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fin, orig, err := docx.ReadBoth(path, data, corpus.Options{Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		check(tt.file, "final view", run(fin, nil), tt.final)
		check(tt.file, "original view", run(orig, nil), tt.original)
		check(tt.file, "final view with the original", run(fin, &Config{OtherView: map[*corpus.Document]*corpus.Document{fin: orig}}), tt.both)
		check(tt.file, "original view with the final", run(orig, &Config{OtherView: map[*corpus.Document]*corpus.Document{orig: fin}}), tt.both)
	}
}
