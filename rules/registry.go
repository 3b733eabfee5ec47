package rules

import (
	"fmt"
	"sort"
	"strings"
)

// registry is the explicit list of every rule, in the order 'parity rules'
// shows them. Each rule lives in a file of its own.
var registry = []*Rule{
	NumberingSequence,
	NumberingParity,
	ListCount,
	StructureUnaligned,
	HeadingParity,
	XrefTarget,
	XrefParity,
	NumbersParity,
	FootnoteParity,
	TextOmission,
	LangUntranslated,
	RevisionArtifact,
	RevisionPending,
	RevisionRenumbering,
}

// registryErr is the result of validating the registry at start-up.
var registryErr = Validate(registry)

// All returns every rule, in registry order. The slice is a copy; the rules
// are shared and must not be modified.
func All() []*Rule {
	out := make([]*Rule, len(registry))
	copy(out, registry)
	return out
}

// Lookup finds a rule by name.
func Lookup(name string) (*Rule, bool) {
	for _, r := range registry {
		if r.Name == name {
			return r, true
		}
	}
	return nil, false
}

// Names returns the names of every rule, sorted.
func Names() []string {
	names := make([]string, len(registry))
	for i, r := range registry {
		names[i] = r.Name
	}
	sort.Strings(names)
	return names
}

// Validate checks a list of rules: every rule has a name of the form
// "area/what" in lower case, a doc, a severity, a run function and
// MinVersions of at least 1, and no two rules share a name.
func Validate(rs []*Rule) error {
	seen := map[string]bool{}
	for i, r := range rs {
		if r == nil {
			return fmt.Errorf("rules: rule %d is nil", i)
		}
		if !validName(r.Name) {
			return fmt.Errorf("rules: rule %d: invalid name %q (want area/what in lower case)", i, r.Name)
		}
		if seen[r.Name] {
			return fmt.Errorf("rules: duplicate rule name %q", r.Name)
		}
		seen[r.Name] = true
		if strings.TrimSpace(r.Doc) == "" {
			return fmt.Errorf("rules: %s: missing doc", r.Name)
		}
		if r.Severity < Info || r.Severity > Error {
			return fmt.Errorf("rules: %s: invalid default severity %d", r.Name, r.Severity)
		}
		if r.Run == nil {
			return fmt.Errorf("rules: %s: missing run function", r.Name)
		}
		if r.MinVersions < 1 {
			return fmt.Errorf("rules: %s: MinVersions must be at least 1", r.Name)
		}
	}
	return nil
}

func validName(s string) bool {
	area, what, ok := strings.Cut(s, "/")
	if !ok || area == "" || what == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '/') {
			return false
		}
	}
	return true
}
