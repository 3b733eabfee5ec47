package rules

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected findings of TestRealDocuments")

// realSets are the real document sets of the shared corpus the rules are
// checked on. For the seed every finding is expected; for the others every
// error-severity finding and every finding of the rules in pinnedRules
// (other warnings are counted in the log).
var realSets = []struct {
	name  string
	files []string
	all   bool // expect every finding, not only errors
}{
	{"seed", []string{"seed/000_cacf3a00fbb84b6b.txt"}, true},
	{"udhr-xml", udhr("xml"), false},
	{"udhr-txt", udhr("txt"), false},
	{"eu-2017-2403", []string{"eu-2017-2403/CELEX-32017R2403-EN-TXT.html", "eu-2017-2403/CELEX-32017R2403-ES-TXT.html", "eu-2017-2403/CELEX-32017R2403-FR-TXT.html"}, false},
	{"ca-T-3.4", []string{"ca-laws/eng/acts/T-3.4.xml", "ca-laws/fra/lois/T-3.4.xml"}, false},
	{"ca-R-2", []string{"ca-laws/eng/acts/R-2.xml", "ca-laws/fra/lois/R-2.xml"}, false},
	{"ca-O-3.01", []string{"ca-laws/eng/acts/O-3.01.xml", "ca-laws/fra/lois/O-3.01.xml"}, false},
	{"cc-legalcode", cc(), false},
	{"tw-A0030055", []string{"tw-laws/A0030055.en.txt", "tw-laws/A0030055.zh.txt"}, false},
	{"tw-K0060111", []string{"tw-laws/K0060111.en.txt", "tw-laws/K0060111.zh.txt"}, false},
	{"tw-N0030001", []string{"tw-laws/N0030001.en.txt", "tw-laws/N0030001.zh.txt"}, false},
}

// pinnedRules are rules whose findings of any severity are expected on
// every real set: text/omission is a warning, but the clean sets must not
// set it off (a finding there is either a verified omission or a false
// alarm).
var pinnedRules = map[string]bool{"text/omission": true}

func cc() []string {
	var out []string
	for _, l := range []string{"ar", "en", "es", "fr", "ru", "zh-hans", "zh-hant"} {
		out = append(out, "cc-legalcode/by-nc-nd-4.0."+l+".html")
	}
	return out
}

func udhr(format string) []string {
	var out []string
	for _, l := range []string{"eng", "fra", "spa", "rus", "arb", "cmn_hans"} {
		out = append(out, fmt.Sprintf("udhr/%s/udhr_%s.%s", format, l, format))
	}
	return out
}

// TestRealDocuments checks the findings on real documents against the
// expectations in testdata/real/<set>.want, each of which was read and
// confirmed as a real difference between the versions (or, for the seed,
// a real problem of the document). Run with -update to rewrite them after
// a change, then review the diff.
func TestRealDocuments(t *testing.T) {
	for _, rs := range realSets {
		t.Run(rs.name, func(t *testing.T) {
			set, al := readReal(t, rs.files...)
			fs, err := Run(set, al, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			warnings := 0
			for _, f := range fs {
				if f.Severity != Error && !rs.all && !pinnedRules[f.Rule] {
					warnings++
					continue
				}
				got = append(got, fmt.Sprintf("%s:%d:%d: %s: %s: %s", f.Location.Version, f.Location.Line, f.Location.Column, f.Severity, f.Rule, f.Message))
			}
			t.Logf("%s: %d findings, %d expected in testdata, %d warnings and infos not pinned", rs.name, len(fs), len(got), warnings)
			path := filepath.Join("testdata", "real", rs.name+".want")
			if *update {
				os.MkdirAll(filepath.Dir(path), 0o755)
				if err := os.WriteFile(path, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
			if len(want) == 1 && want[0] == "" {
				want = nil
			}
			wantSet := map[string]bool{}
			for _, w := range want {
				wantSet[w] = true
			}
			gotSet := map[string]bool{}
			for _, g := range got {
				gotSet[g] = true
				if !wantSet[g] {
					t.Errorf("unexpected finding: %s", g)
				}
			}
			for _, w := range want {
				if !gotSet[w] {
					t.Errorf("expected finding missing: %s", w)
				}
			}
		})
	}
}
