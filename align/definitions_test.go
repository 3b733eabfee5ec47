package align

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// TestDefinitionsMatchedByTerms: QA #11. Canadian Acts sort their
// definitions alphabetically in each language; a definition that defines
// the same terms in both versions (corpus.Block.Terms) is in the row of
// its counterpart, out of order rows marked moved.
func TestDefinitionsMatchedByTerms(t *testing.T) {
	dir := testcorpus.Path(t, "ca-laws")
	for _, act := range []string{"T-3.4", "R-2", "O-3.01"} {
		t.Run(act, func(t *testing.T) {
			en := readDoc(t, filepath.Join(dir, "eng", "acts", act+".xml"), "en", "en")
			fr := readDoc(t, filepath.Join(dir, "fra", "lois", act+".xml"), "fr", "fr")
			al := alignPair(t, en, fr)
			byTerms := map[string][]int{}
			for _, b := range fr.Blocks {
				if len(b.Terms()) > 0 {
					k := strings.Join(b.Terms(), "|")
					byTerms[k] = append(byTerms[k], b.Index)
				}
			}
			rowOf := map[int]Row{}
			for _, r := range al.Rows {
				for _, i := range r.Cells[0] {
					rowOf[i] = r
				}
			}
			defs, moved := 0, 0
			for _, b := range en.Blocks {
				fb := byTerms[strings.Join(b.Terms(), "|")]
				if len(b.Terms()) == 0 || len(fb) != 1 {
					continue
				}
				defs++
				r := rowOf[b.Index]
				if len(r.Cells[1]) == 0 || r.Cells[1][0] != fb[0] {
					t.Errorf("en %d %q is with fr %v, want fr %d %q", b.Index, snippet(b.Text), r.Cells[1], fb[0], snippet(fr.Blocks[fb[0]].Text))
				}
				if r.Moved {
					moved++
				}
			}
			if defs < 10 || moved == 0 {
				t.Errorf("%d definitions in both versions, %d moved: want at least 10 and some moved", defs, moved)
			}
		})
	}
}

// TestDefinitionTailEnumeratedOnOneSide: R-2 "harmful interference"
// enumerates (a) and (b) in English, where French writes one sentence:
// the items belong to the definition's row, not to rows of their own.
func TestDefinitionTailEnumeratedOnOneSide(t *testing.T) {
	dir := testcorpus.Path(t, "ca-laws")
	en := readDoc(t, filepath.Join(dir, "eng", "acts", "R-2.xml"), "en", "en")
	fr := readDoc(t, filepath.Join(dir, "fra", "lois", "R-2.xml"), "fr", "fr")
	al := alignPair(t, en, fr)
	for _, r := range al.Rows {
		if len(r.Cells[0]) == 0 || !strings.HasPrefix(en.Blocks[r.Cells[0][0]].Text, "harmful interference means") {
			continue
		}
		if len(r.Cells[0]) != 3 || len(r.Cells[1]) != 1 || !strings.HasPrefix(fr.Blocks[r.Cells[1][0]].Text, "brouillage préjudiciable") {
			t.Fatalf("row %v / %v, want the definition and its items (a), (b) with \"brouillage préjudiciable\"", r.Cells[0], r.Cells[1])
		}
		if r.Confidence < 0.8 || !strings.Contains(r.Reason, "terms") {
			t.Errorf("confidence %.2f reason %q, want at least 0.8 and terms", r.Confidence, r.Reason)
		}
		return
	}
	t.Fatal("no row starts with the definition of harmful interference")
}

func snippet(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40])
	}
	return s
}
