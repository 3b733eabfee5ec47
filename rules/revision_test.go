package rules

import (
	"runtime"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// TestRevisionAcrossVersions builds Word-like views by hand: an item
// inserted under tracked changes in the Chinese version only.
func TestRevisionAcrossVersions(t *testing.T) {
	en := doc("en", "en", "a)\tfirst item of the list", "b)\tsecond item of the list", "c)\tthird item of the list")
	zh := doc("zh", "zh", "a)\t列表的第一项", "b)\t列表的第二项", "c)\t列表的第三项")
	ar := doc("ar", "ar", "أ)\tالبند الأول من القائمة", "ب)\tالبند الثاني من القائمة", "ج)\tالبند الثالث من القائمة")
	zh.Blocks[1].Revision = corpus.RevInserted
	zh.View = "final"
	set := &corpus.Set{Versions: []*corpus.Document{en, zh, ar}}
	fs, err := RunRules([]*Rule{RevisionRenumbering, RevisionPending}, set, identity(set), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := messages(fs)
	want := []string{
		"2: zh has item b) inserted under tracked changes, but en and ar keep it unchanged",
		"2: zh still contains tracked changes: 1 inserted, 0 deleted and 0 changed paragraphs in the final view",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// The same insertion in every version is consistent.
	en.Blocks[1].Revision = corpus.RevInserted
	ar.Blocks[1].Revision = corpus.RevInserted
	fs, _ = RunRules([]*Rule{RevisionRenumbering}, set, identity(set), nil)
	if len(fs) != 0 {
		t.Errorf("consistent insertion reported: %q", messages(fs))
	}
	// A marker the parser marked as inserted counts too.
	en.Blocks[1].Revision, ar.Blocks[1].Revision, zh.Blocks[1].Revision = corpus.RevNone, corpus.RevNone, corpus.RevNone
	m := *ar.Blocks[1].Marker
	m.Change = lang.ChangeInserted
	ar.Blocks[1].Marker = &m
	fs, _ = RunRules([]*Rule{RevisionRenumbering}, set, identity(set), nil)
	if got := messages(fs); len(got) != 1 || !strings.Contains(got[0], "ar has item ب) inserted") {
		t.Errorf("got %q", got)
	}
}

// TestDeterministicOnRealSet runs every rule twice on the six-language
// UDHR with different GOMAXPROCS and compares the findings.
func TestDeterministicOnRealSet(t *testing.T) {
	set, al := readReal(t, udhr("txt")...)
	first, err := Run(set, al, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	second, err := Run(set, al, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != len(second) || len(first) == 0 {
		t.Fatalf("%d findings, then %d", len(first), len(second))
	}
	for i := range first {
		if !sameFinding(&first[i], &second[i]) {
			t.Fatalf("finding %d differs: %v / %v", i, first[i], second[i])
		}
	}
}
