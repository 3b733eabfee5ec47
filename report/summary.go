package report

import (
	"sort"

	"github.com/paritydoc/parity/rules"
)

// RuleInfo describes a rule for the printers that list the rules of a run
// (SARIF's tool metadata, the HTML report's filters).
type RuleInfo struct {
	Name     string
	Doc      string
	Severity rules.Severity
}

// Summary counts what a run of 'parity check' found, over all its sets.
type Summary struct {
	// Sets is the number of sets checked, Versions the number of versions.
	Sets, Versions int
	// Errors, Warnings and Infos count the findings reported, by severity.
	Errors, Warnings, Infos int
	// Suppressed counts the findings left out because the baseline has them.
	Suppressed int
	// Singles are the keys of sets with a single version (directory mode).
	Singles []string
	// Unmatched are files whose name carries no language (directory mode).
	Unmatched []string
	// Failed counts the sets that could not be read or checked.
	Failed int
}

// Findings is the number of findings reported.
func (s *Summary) Findings() int { return s.Errors + s.Warnings + s.Infos }

// Add counts a result.
func (s *Summary) Add(r *Result) {
	s.Sets++
	s.Versions += len(r.Versions)
	for _, f := range r.Findings {
		switch f.Severity {
		case rules.Error:
			s.Errors++
		case rules.Warning:
			s.Warnings++
		default:
			s.Infos++
		}
	}
}

// Merge adds the counts of another summary (a shard's).
func (s *Summary) Merge(o *Summary) {
	s.Sets += o.Sets
	s.Versions += o.Versions
	s.Errors += o.Errors
	s.Warnings += o.Warnings
	s.Infos += o.Infos
	s.Suppressed += o.Suppressed
	s.Failed += o.Failed
	s.Singles = mergeSorted(s.Singles, o.Singles)
	s.Unmatched = mergeSorted(s.Unmatched, o.Unmatched)
}

func mergeSorted(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range append(append([]string(nil), a...), b...) {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// AtLeast reports whether the summary counts a finding of severity min or
// above; min 0 (--fail-on none) never matches.
func (s *Summary) AtLeast(min rules.Severity) bool {
	switch min {
	case rules.Info:
		return s.Findings() > 0
	case rules.Warning:
		return s.Errors+s.Warnings > 0
	case rules.Error:
		return s.Errors > 0
	}
	return false
}
