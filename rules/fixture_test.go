package rules

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// TestFixtures runs every rule on its txtar fixtures,
// testdata/<rule name>/*.txtar. Each archive holds one file per version
// ("en.txt", "zh.txt", "ar.html" ...; the language is the file name's stem)
// and a "want" file with one expectation per line:
//
//	en:3 numbering/sequence skips letter c\)
//
// (version:line, rule, and a regular expression the message must match).
// Like analysistest, the test fails on a finding no expectation matches and
// on an expectation no finding matched. Lines starting with # are comments.
func TestFixtures(t *testing.T) {
	for _, r := range All() {
		dir := filepath.Join("testdata", filepath.FromSlash(r.Name))
		files, _ := filepath.Glob(filepath.Join(dir, "*.txtar"))
		if len(files) == 0 {
			t.Errorf("%s: no fixtures in %s", r.Name, dir)
			continue
		}
		for _, f := range files {
			t.Run(r.Name+"/"+filepath.Base(f), func(t *testing.T) {
				runFixture(t, r, f)
			})
		}
	}
}

type expectation struct {
	version string
	line    int
	rule    string
	re      *regexp.Regexp
	src     string
	matched bool
}

func runFixture(t *testing.T, r *Rule, path string) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	set := &corpus.Set{Key: filepath.Base(path)}
	var wants []*expectation
	for _, f := range ar.Files {
		if f.Name == "want" {
			wants = parseWants(t, path, string(f.Data))
			continue
		}
		lg := strings.TrimSuffix(f.Name, filepath.Ext(f.Name))
		lg, _, _ = strings.Cut(lg, "-")
		d, err := corpus.Read(f.Name, f.Data, corpus.Options{Lang: lg, Detector: lang.ScriptDetector{}})
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		d.Path = f.Name
		set.Versions = append(set.Versions, d)
	}
	ids(set)
	al := alignSet(t, set)
	fs, err := RunRules([]*Rule{r}, set, al, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		ok := false
		for _, w := range wants {
			if w.version == f.Location.Version && w.line == f.Location.Line && w.rule == f.Rule && w.re.MatchString(f.Message) {
				w.matched, ok = true, true
			}
		}
		if !ok {
			t.Errorf("%s: unexpected finding %s:%d: %s [%s]", path, f.Location.Version, f.Location.Line, f.Message, f.Rule)
		}
	}
	for _, w := range wants {
		if !w.matched {
			t.Errorf("%s: no finding matched %q", path, w.src)
		}
	}
	if t.Failed() {
		dumpFixture(t, set)
	}
}

// parseWants reads the expectations of a fixture.
func parseWants(t *testing.T, path, s string) []*expectation {
	var out []*expectation
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		loc, rest, ok1 := strings.Cut(line, " ")
		rule, pat, ok2 := strings.Cut(strings.TrimSpace(rest), " ")
		ver, ln, ok3 := strings.Cut(loc, ":")
		n, err := strconv.Atoi(ln)
		if !ok1 || !ok2 || !ok3 || err != nil {
			t.Fatalf("%s: bad expectation %q (want \"version:line rule regexp\")", path, line)
		}
		re, err := regexp.Compile(strings.TrimSpace(pat))
		if err != nil {
			t.Fatalf("%s: %q: %v", path, line, err)
		}
		out = append(out, &expectation{version: ver, line: n, rule: rule, re: re, src: line})
	}
	return out
}

// dumpFixture prints how the fixture was read, to help write expectations.
func dumpFixture(t *testing.T, set *corpus.Set) {
	if os.Getenv("PARITY_FIXTURE_DUMP") == "" {
		return
	}
	for _, d := range set.Versions {
		var lines []string
		for _, b := range d.Blocks {
			m := ""
			if b.Marker != nil {
				m = fmt.Sprintf("%s(%s %d)", b.Marker.Raw, b.Marker.System, b.Marker.Value)
			}
			lines = append(lines, fmt.Sprintf("  %s:%d %s lv%d %s %s %q", d.ID, b.Line, b.Kind, b.Level, m, b.Section, snippet(b.Text, 30)))
		}
		sort.Strings(lines)
		t.Log("\n" + strings.Join(lines, "\n"))
	}
}
