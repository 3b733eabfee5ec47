package rules

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
	"github.com/paritydoc/parity/lang"
)

// readReal reads files of the shared corpus (paths relative to it) as one
// set, each version's language taken from its file name, and aligns them.
func readReal(t testing.TB, rel ...string) (*corpus.Set, *align.Alignment) {
	t.Helper()
	set := &corpus.Set{}
	for _, r := range rel {
		path := testcorpus.Path(t, r)
		stem := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		lg, _, ok := corpus.LangFromName(stem)
		if !ok {
			lg = ""
			for _, dir := range strings.Split(filepath.ToSlash(r), "/") {
				if l, ok := folderLang[dir]; ok {
					lg = l
				}
			}
		}
		lg, _, _ = strings.Cut(lg, "-")
		d, err := corpus.ReadFile(path, corpus.Options{Lang: lg, Detector: lang.ScriptDetector{}})
		if err != nil {
			t.Fatal(err)
		}
		d.Path = r
		set.Versions = append(set.Versions, d)
	}
	ids(set)
	return set, alignSet(t, set)
}

// ids names the versions by language, with a suffix for repeats.
func ids(set *corpus.Set) {
	seen := map[string]int{}
	for _, d := range set.Versions {
		id := d.Lang
		if id == "" {
			id = "und"
		}
		seen[id]++
		if seen[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, seen[id])
		}
		d.ID = id
	}
}

func alignSet(t testing.TB, set *corpus.Set) *align.Alignment {
	t.Helper()
	if len(set.Versions) < 2 {
		return nil
	}
	al, err := align.Align(set, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return al
}

// render writes a finding the way the expectations in tests are written:
// "version:line: rule: message".
func render(f Finding) string {
	return fmt.Sprintf("%s:%d: %s: %s", f.Location.Version, f.Location.Line, f.Rule, f.Message)
}

// folderLang: corpus folders named for their language.
var folderLang = map[string]string{"eng": "en", "fra": "fr", "en": "en", "fr": "fr"}
