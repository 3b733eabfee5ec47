package align

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// streamOf returns the blocks of a document as a stream.
func streamOf(d *corpus.Document) []*corpus.Block {
	out := make([]*corpus.Block, len(d.Blocks))
	for i := range d.Blocks {
		out[i] = &d.Blocks[i]
	}
	return out
}

// TestPairAdjacent: a pivot block and a version block left unmatched in
// the same gap between two matched beads become one bead of low
// confidence, unless something speaks against it.
func TestPairAdjacent(t *testing.T) {
	for _, tc := range []struct {
		name   string
		p, v   []string
		paired bool
	}{
		{"lengths fit", []string{"p300", "p80", "p300"}, []string{"p300", "p90", "p300"}, true},
		{"a number on one side only", []string{"p300", "p80 2", "p300"}, []string{"p300", "p90", "p300"}, true},
		{"numbers that disagree", []string{"p300", "p80 17", "p300"}, []string{"p300", "p90 93", "p300"}, false},
		{"lengths far apart", []string{"p300", "p900", "p300"}, []string{"p300", "p10", "p300"}, false},
		{"different markers", []string{"p300", "i2.80", "p300"}, []string{"p300", "i3.90", "p300"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := features(streamOf(mkdoc("en", "en", 'a', tc.p...)))
			v := features(streamOf(mkdoc("zh", "zh", '中', tc.v...)))
			a := newPairAligner(p, v)
			a.run(selectAnchors(a)) // sets up the anchors cost reads
			beads := []bead{
				{p0: 0, p1: 1, v0: 0, v1: 1, conf: 0.99, reason: "length"},
				{p0: 1, p1: 2, v0: 1, v1: 1, conf: 0.5, reason: "unmatched"},
				{p0: 2, p1: 2, v0: 1, v1: 2, conf: 0.5, reason: "unmatched"},
				{p0: 2, p1: 3, v0: 2, v1: 3, conf: 0.99, reason: "length"},
			}
			got := a.pairAdjacent(beads)
			if !tc.paired {
				if len(got) != 4 {
					t.Fatalf("paired: %+v", got)
				}
				return
			}
			if len(got) != 3 {
				t.Fatalf("%d beads, want 3: %+v", len(got), got)
			}
			b := got[1]
			if b.p0 != 1 || b.p1 != 2 || b.v0 != 1 || b.v1 != 2 || b.conf > adjacentConf || !strings.HasSuffix(b.reason, "+order") {
				t.Errorf("bead %+v, want pivot 1 with version 1, confidence at most %.2f, reason ending in +order", b, adjacentConf)
			}
		})
	}
}

// TestAdjacentLeftoversTaiwan: QA #33, K0060111 zh 254 "前項網路漫遊之協議，
// 應於實施前二個月內…" and en 254 "The agreement in regard to the network
// roaming … 2 months prior …" translate each other and sit in one row.
func TestAdjacentLeftoversTaiwan(t *testing.T) {
	dir := testcorpus.Path(t, "tw-laws")
	zh := readDoc(t, filepath.Join(dir, "K0060111.zh.txt"), "zh", "zh")
	en := readDoc(t, filepath.Join(dir, "K0060111.en.txt"), "en", "en")
	// the pivot parity check uses (English), and Chinese
	al := alignPair(t, en, zh)
	for _, r := range al.Rows {
		r.Cells[0], r.Cells[1] = r.Cells[1], r.Cells[0]
	}
	find := func(d *corpus.Document, prefix string) int {
		for _, b := range d.Blocks {
			if strings.HasPrefix(b.Text, prefix) {
				return b.Index
			}
		}
		t.Fatalf("%s: no block starts with %q", d.ID, prefix)
		return -1
	}
	bz, be := find(zh, "前項網路漫遊之協議"), find(en, "The agreement in regard to the network roaming")
	for _, r := range al.Rows {
		if len(r.Cells[0]) == 1 && r.Cells[0][0] == bz {
			if len(r.Cells[1]) != 1 || r.Cells[1][0] != be {
				t.Fatalf("zh block %d is with en %v, want [%d]", bz, r.Cells[1], be)
			}
			if r.Confidence > adjacentConf {
				t.Errorf("confidence %.2f, want at most %.2f", r.Confidence, adjacentConf)
			}
			if al2 := alignPair(t, zh, en); !sameRow(al2, bz, be) {
				t.Errorf("with Chinese as the pivot, zh %d and en %d are not in one row", bz, be)
			}
			return
		}
	}
	t.Fatalf("no row holds zh block %d alone", bz)
}

// sameRow reports whether pivot block i and version-1 block j are the
// only blocks of one row.
func sameRow(al *Alignment, i, j int) bool {
	for _, r := range al.Rows {
		if len(r.Cells[0]) == 1 && r.Cells[0][0] == i {
			return len(r.Cells[1]) == 1 && r.Cells[1][0] == j
		}
	}
	return false
}
