package parity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity"
	"github.com/paritydoc/parity/internal/testcorpus"
	"github.com/paritydoc/parity/rules"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestLoadIDs: versions are named by their language tag, as 'parity
// check' names them: zh-Hans and zh-Hant are two versions, not zh and zh-2.
func TestLoadIDs(t *testing.T) {
	dir := t.TempDir()
	set, err := parity.Load(
		parity.Version{Path: write(t, dir, "note.en.txt", "The Assembly decides to continue the work on the outcomes of the Summit.\n")},
		parity.Version{Path: write(t, dir, "note.zh-hans.txt", "大会决定继续开展关于峰会成果的工作。\n")},
		parity.Version{Path: write(t, dir, "note.zh-hant.txt", "大會決定繼續開展關於峰會成果的工作。\n")},
		parity.Version{Path: write(t, dir, "note.txt", "大会决定继续开展关于峰会成果的工作。\n"), Lang: "zh"},
	)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range set.Versions {
		ids = append(ids, d.ID+"/"+d.Lang)
	}
	if got, want := strings.Join(ids, " "), "en/en zh-Hans/zh zh-Hant/zh zh/zh"; got != want {
		t.Errorf("IDs/languages = %s, want %s", got, want)
	}
}

// TestLoadCandidates: the detector of a set is built from the set's own
// languages as the command line builds it (detect.Candidates): a set in
// Chinese and Arabic still recognises German left in one version.
func TestLoadCandidates(t *testing.T) {
	dir := t.TempDir()
	set, err := parity.Load(
		parity.Version{Path: write(t, dir, "note.zh.txt", "大会决定继续开展关于峰会成果的工作。\n\nDie Versammlung beschließt, die Arbeit an den Ergebnissen des Gipfels fortzusetzen und den Bericht zu prüfen.\n")},
		parity.Version{Path: write(t, dir, "note.ar.txt", "تقرر الجمعية مواصلة العمل بشأن نتائج القمة.\n\nوتقرر الجمعية مواصلة العمل بشأن نتائج القمة واستعراض التقرير.\n")},
	)
	if err != nil {
		t.Fatal(err)
	}
	zh := set.Versions[0]
	if got := zh.Blocks[len(zh.Blocks)-1].Lang; got != "de" {
		t.Errorf("German paragraph of the Chinese version read as %q, want de", got)
	}
}

// TestCheckWordViews: a Word file whose only tracked changes are
// paragraphs deleted as a whole (absent from the final view) is reported
// by revision/pending, Load having read both views.
func TestCheckWordViews(t *testing.T) {
	path := testcorpus.Path(t, "docx-revisions/FA-RevTracking/002-DeletedNumberedParagraphs.docx")
	set, err := parity.Load(parity.Version{Path: path, Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, cfg := range []*rules.Config{nil, {Disabled: map[string]bool{"lang/untranslated": true}}} {
		fs, err := parity.Check(set, nil, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, f := range fs {
			if f.Rule == "revision/pending" {
				msgs = append(msgs, f.Message)
			}
		}
		want := "en still contains tracked changes: 0 inserted, 5 deleted and 0 changed paragraphs in the final and original views"
		if len(msgs) != 1 || msgs[0] != want {
			t.Errorf("revision/pending: %q, want [%q]", msgs, want)
		}
		if cfg != nil && cfg.OtherView != nil {
			t.Errorf("Check changed the configuration it was given")
		}
	}
}
