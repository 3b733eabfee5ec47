package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/lang"
)

// exampleBlocks reads a shipped example file (one paragraph per line) and
// returns its lines without the list marker before the tab.
func exampleBlocks(t *testing.T, dir, code string) []string {
	t.Helper()
	p := filepath.Join("..", "..", "examples", dir, "resolution."+code+".txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if _, text, ok := strings.Cut(line, "\t"); ok {
			line = text
		}
		out = append(out, line)
	}
	return out
}

// On the shipped example, every version is identified, and the only block
// in another language than its version's is the English paragraph planted
// in the Arabic version (defect 4 of examples/resolution/DEFECTS.md).
func TestShippedExamples(t *testing.T) {
	d := unDet(t)
	for _, dir := range []string{"clean", "resolution"} {
		for _, code := range unLanguages {
			t.Run(dir+"/"+code, func(t *testing.T) {
				blocks := exampleBlocks(t, dir, code)
				if got, conf := d.Document(blocks); got != code || conf < 0.9 {
					t.Errorf("document language = (%q, %.2f), want %q above 0.9", got, conf, code)
				}
				var foreign []string
				for i, b := range blocks {
					l, _ := d.Detect(b)
					if l != lang.Und && l != code {
						foreign = append(foreign, fmt.Sprintf("%d:%s", i+1, l))
					}
				}
				want := ""
				if dir == "resolution" && code == "ar" {
					want = "15:en"
				}
				if got := strings.Join(foreign, " "); got != want {
					t.Errorf("blocks in another language (line:lang): %q, want %q", got, want)
				}
			})
		}
	}
}
