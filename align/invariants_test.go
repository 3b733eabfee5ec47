package align

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
	"github.com/paritydoc/parity/lang"
)

// checkAlignment verifies what every alignment must satisfy: one cell per
// version in every row, every block of every version in exactly one row,
// cells sorted, confidences in [0,1], a reason on every row, and rows in
// the pivot's order (of their first pivot block: a row of the main text
// may span a footnote body that has a row of its own).
func checkAlignment(t *testing.T, set *corpus.Set, al *Alignment) {
	t.Helper()
	if len(al.Versions) != len(set.Versions) {
		t.Fatalf("%d versions in the alignment, %d in the set", len(al.Versions), len(set.Versions))
	}
	seen := make([][]int, len(set.Versions))
	for v, d := range set.Versions {
		seen[v] = make([]int, len(d.Blocks))
	}
	lastPivot := -1
	for n, r := range al.Rows {
		if len(r.Cells) != len(set.Versions) {
			t.Fatalf("row %d has %d cells", n, len(r.Cells))
		}
		empty := true
		for v, c := range r.Cells {
			for k, b := range c {
				if b < 0 || b >= len(seen[v]) {
					t.Fatalf("row %d: block %d out of range in version %d", n, b, v)
				}
				seen[v][b]++
				if k > 0 && c[k-1] >= b {
					t.Errorf("row %d: cell %v not sorted", n, c)
				}
				empty = false
			}
		}
		if empty {
			t.Errorf("row %d is empty", n)
		}
		if r.Confidence < 0 || r.Confidence > 1 || r.Confidence != r.Confidence {
			t.Errorf("row %d: confidence %v", n, r.Confidence)
		}
		if r.Reason == "" {
			t.Errorf("row %d has no reason", n)
		}
		if c := r.Cells[al.Pivot]; len(c) > 0 {
			if c[0] <= lastPivot {
				t.Errorf("row %d: pivot blocks %v out of order (after %d)", n, c, lastPivot)
			}
			lastPivot = c[0]
		}
	}
	for v := range seen {
		for b, k := range seen[v] {
			if k != 1 {
				t.Errorf("version %s block %d is in %d rows", al.Versions[v], b, k)
			}
		}
	}
}

// fuzzDoc builds a document from bytes: each byte is one block, its low
// bits the length class, the high bits the kind and marker.
func fuzzDoc(id string, data []byte, fill rune) *corpus.Document {
	d := &corpus.Document{ID: id, Lang: id}
	for i, x := range data {
		b := corpus.Block{Index: i, Line: i + 1}
		n := int(x&0x1f)*7 + 1
		b.Text = strings.Repeat(string(fill), n)
		switch x >> 5 {
		case 1:
			b.Kind = corpus.KindHeading
			b.Marker = &lang.Marker{Raw: "Article", Value: int(x&7) + 1, Unit: lang.UnitArticle, System: lang.SystemDecimal}
		case 2:
			b.Kind = corpus.KindItem
			b.Level = 1
			b.Marker = &lang.Marker{Raw: "a)", Value: int(x & 3), System: lang.SystemLatinLower}
		case 3:
			b.Kind = corpus.KindFootnote
			b.SetFootnoteID(string(rune('1' + x&3)))
		case 4:
			b.Text += " 70/125 " + string(rune('0'+x&7))
		case 5:
			b.SetAnchor("id" + string(rune('a'+x&7)))
		}
		d.Blocks = append(d.Blocks, b)
	}
	return d
}

func FuzzAlign(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4}, []byte{1, 2, 3, 4}, []byte{})
	f.Add([]byte{0x21, 5, 6, 0x41, 0x42, 0x22, 9}, []byte{0x21, 5, 0x41, 0x22, 9, 9}, []byte{0x21, 11, 0x41, 0x42, 0x61})
	f.Add([]byte{0x81, 0x82, 0xa1, 0xa2, 0x61}, []byte{0xa2, 0xa1, 0x82, 0x81}, []byte{3})
	f.Add([]byte{}, []byte{7}, []byte{0x61, 0x62})
	f.Fuzz(func(t *testing.T, a, b, c []byte) {
		if len(a)+len(b)+len(c) > 600 {
			return
		}
		set := &corpus.Set{Versions: []*corpus.Document{fuzzDoc("en", a, 'e'), fuzzDoc("fr", b, 'f'), fuzzDoc("zh", c, '中')}}
		al, err := Align(set, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkAlignment(t, set, al)
		again, err := Align(set, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(al, again) {
			t.Fatal("two runs differ")
		}
	})
}

func TestAlignInvariantsOnSynthetic(t *testing.T) {
	en, zh := synthPair(3000, 3)
	set := readSynth(t, en, zh)
	al, err := Align(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkAlignment(t, set, al)
	// Pivot choice: by ID, by language, default English, unknown.
	for _, tc := range []struct {
		pivot string
		want  int
		fail  bool
	}{{"", 0, false}, {"zh", 1, false}, {"en", 0, false}, {"de", 0, true}} {
		al, err := Align(set, Options{Pivot: tc.pivot})
		if tc.fail {
			if err == nil {
				t.Errorf("pivot %q: no error", tc.pivot)
			}
			continue
		}
		if err != nil || al.Pivot != tc.want {
			t.Errorf("pivot %q: got %v, %v; want %d", tc.pivot, al, err, tc.want)
		}
	}
	if _, err := Align(&corpus.Set{}, Options{}); err == nil {
		t.Error("an empty set aligned without error")
	}
}

// TestBeadsPartitionStreams checks, on a real pair with moved blocks
// (Canadian definitions), that the pairwise beads cover every block of
// both streams exactly once.
func TestBeadsPartitionStreams(t *testing.T) {
	dir := testcorpus.Path(t, "ca-laws")
	en := readDoc(t, filepath.Join(dir, "eng/acts/R-2.xml"), "en", "en")
	fr := readDoc(t, filepath.Join(dir, "fra/lois/R-2.xml"), "fr", "fr")
	p, v := features(stream(en, false)), features(stream(fr, false))
	beads := alignStreams(p, v, Options{})
	cp, cv := make([]int, len(p)), make([]int, len(v))
	moved := 0
	for _, b := range beads {
		for i := b.p0; i < b.p1; i++ {
			cp[i]++
		}
		for j := b.v0; j < b.v1; j++ {
			cv[j]++
		}
		if b.moved {
			moved++
		}
	}
	for i, n := range cp {
		if n != 1 {
			t.Errorf("pivot block %d is in %d beads", i, n)
		}
	}
	for j, n := range cv {
		if n != 1 {
			t.Errorf("version block %d is in %d beads", j, n)
		}
	}
	if moved == 0 {
		t.Error("no moved bead among the definitions, which are sorted per language")
	}
}
