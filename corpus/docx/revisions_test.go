package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// rpMismatchAllowed lists RP files whose views legitimately differ from
// the -Accepted/-Rejected twins, with the reason.
var rpMismatchAllowed = map[string]string{}

// normBlocks returns the normalized text of the non-empty blocks of a
// document (marker label, if any, then text, whitespace collapsed).
func normBlocks(doc *corpus.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		s := b.Text
		if b.Marker != nil {
			s = b.Marker.Raw + " " + s
		}
		s = strings.Join(strings.Fields(s), " ")
		if s == "" {
			continue
		}
		out = append(out, s)
	}
	return out
}

func readFile(t *testing.T, path string, opts corpus.Options) *corpus.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(filepath.Base(path), data, opts)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestRPViewsMatchTwins: the final view of each RP file equals its
// -Accepted twin and the original view its -Rejected twin, block by block.
func TestRPViewsMatchTwins(t *testing.T) {
	dir := testcorpus.Path(t, "docx-revisions/RP")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".docx") || strings.HasSuffix(name, "-Accepted.docx") || strings.HasSuffix(name, "-Rejected.docx") {
			continue
		}
		base := strings.TrimSuffix(name, ".docx")
		for _, tw := range []struct{ suffix, view string }{{"-Accepted.docx", ViewFinal}, {"-Rejected.docx", ViewOriginal}} {
			twin := filepath.Join(dir, base+tw.suffix)
			if _, err := os.Stat(twin); err != nil {
				continue
			}
			t.Run(base+"/"+tw.view, func(t *testing.T) {
				if why, ok := rpMismatchAllowed[base+"/"+tw.view]; ok {
					t.Skip(why)
				}
				got := normBlocks(readFile(t, filepath.Join(dir, name), corpus.Options{View: tw.view}))
				want := normBlocks(readFile(t, twin, corpus.Options{}))
				compared++
				diffBlocks(t, got, want)
			})
		}
	}
	if compared < 50 {
		t.Errorf("compared only %d views", compared)
	}
}

func diffBlocks(t *testing.T, got, want []string) {
	t.Helper()
	n := len(got)
	if len(want) > n {
		n = len(want)
	}
	bad := 0
	for i := 0; i < n; i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			bad++
			if bad <= 3 {
				t.Errorf("block %d:\n got  %q\n want %q", i, g, w)
			}
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d blocks, want %d", len(got), len(want))
	}
}
