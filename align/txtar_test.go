package align

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/paritydoc/parity/corpus"
)

// TestTxtarFixtures aligns the versions of each testdata/*.txtar fixture
// (one file per version, read by the text reader; the file name before
// ".txt" is the language) and compares the rows with the "want" file:
// one line per row, "id:blocks" per version, "-" for none, then "moved"
// for a moved row.
func TestTxtarFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			set := &corpus.Set{}
			var want []string
			for _, file := range ar.Files {
				if file.Name == "want" {
					want = strings.Split(strings.TrimSpace(string(file.Data)), "\n")
					continue
				}
				lg := strings.TrimSuffix(file.Name, ".txt")
				d, err := corpus.Read(file.Name, file.Data, corpus.Options{Lang: lg, Format: "txt"})
				if err != nil {
					t.Fatal(err)
				}
				d.ID = lg
				set.Versions = append(set.Versions, d)
			}
			al, err := Align(set, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkAlignment(t, set, al)
			var got []string
			for _, r := range al.Rows {
				var parts []string
				for v, c := range r.Cells {
					s := "-"
					if len(c) > 0 {
						idx := make([]string, len(c))
						for k, x := range c {
							idx[k] = strconv.Itoa(x)
						}
						s = strings.Join(idx, ",")
					}
					parts = append(parts, al.Versions[v]+":"+s)
				}
				if r.Moved {
					parts = append(parts, "moved")
				}
				got = append(got, strings.Join(parts, " "))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("rows\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
