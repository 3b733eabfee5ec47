package rules

import (
	"strings"
	"testing"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// TestStructureUnalignedCrossed checks the attribution of structure/unaligned
// where every version has one paragraph at a place but the alignment splits
// them over two rows: when the pivot's side is the smaller, only the pivot
// is reported (the versions beside it are there through their pairing with
// it); when the pivot's side is the larger, the versions on the other side
// are reported, as for any omission.
func TestStructureUnalignedCrossed(t *testing.T) {
	texts := map[string]string{
		"en": "Article 18\nEveryone has the right to freedom of thought, conscience and religion.\nArticle 19\n",
		"ar": "المادة 18\nلكل شخص الحق في حرية التفكير والضمير والدين.\nالمادة 19\n",
		"fr": "Article 18\nToute personne a droit à la liberté de pensée, de conscience et de religion.\nArticle 19\n",
		"es": "Artículo 18\nToda persona tiene derecho a la libertad de pensamiento, de conciencia y de religión.\nArtículo 19\n",
		"ru": "Статья 18\nКаждый человек имеет право на свободу мысли, совести и религии.\nСтатья 19\n",
	}
	order := []string{"en", "ar", "fr", "es", "ru"}
	set := &corpus.Set{}
	for _, lg := range order {
		d, err := corpus.Read(lg+".txt", []byte(texts[lg]), corpus.Options{Lang: lg, Format: "txt", Detector: lang.ScriptDetector{}})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Blocks) != 3 {
			t.Fatalf("%s: %d blocks, want 3", lg, len(d.Blocks))
		}
		set.Versions = append(set.Versions, d)
	}
	ids(set)
	row := func(vs ...int) align.Row {
		r := align.Row{Cells: make([][]int, len(order)), Confidence: 0.5}
		for v := range order {
			if contains(vs, v) {
				r.Cells[v] = []int{1}
			}
		}
		return r
	}
	heading := func(b int) align.Row {
		r := align.Row{Cells: make([][]int, len(order)), Confidence: 1}
		for v := range order {
			r.Cells[v] = []int{b}
		}
		return r
	}
	tests := []struct {
		name    string
		a, b    []int // the versions of the two rows
		reports []string
	}{
		{"pivot with ar against fr, es, ru", []int{2, 3, 4}, []int{0, 1}, []string{"en"}},
		{"pivot with fr, es, ru against ar", []int{0, 2, 3, 4}, []int{1}, []string{"ar"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al := &align.Alignment{Versions: order, Pivot: 0,
				Rows: []align.Row{heading(0), row(tt.a...), row(tt.b...), heading(2)}}
			fs, err := RunRules([]*Rule{StructureUnaligned}, set, al, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(fs) == 0 {
				t.Fatal("no finding")
			}
			for _, f := range fs {
				if !contains(indexesOf(order, tt.reports), indexOf(order, f.Location.Version)) {
					t.Errorf("finding about %s: %s (want findings about %s only)", f.Location.Version, f.Message, strings.Join(tt.reports, ", "))
				}
			}
		})
	}
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func indexesOf(xs, ys []string) []int {
	var out []int
	for _, y := range ys {
		out = append(out, indexOf(xs, y))
	}
	return out
}
