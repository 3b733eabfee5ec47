package config

import (
	"testing"

	"github.com/paritydoc/parity/rules"
)

// TestOverrideReenables checks the precedence docs/ci.md describes: a rule's
// setting for a file is the top-level one, then that of each override
// matching the file in the order written, a later one winning, so an
// override can switch back on a rule switched off at the top level (QA #28).
func TestOverrideReenables(t *testing.T) {
	c, err := Parse(".parity.yaml", []byte(`rules:
  numbers/parity: off
  xref/parity: warning
  list/count: info
overrides:
  - paths: ["a/b/resolution.es.txt"]
    rules:
      numbers/parity: on
      xref/parity: off
  - paths: ["a/b/resolution.es.txt"]
    rules:
      xref/parity: on
  - paths: ["**/*.fr.txt"]
    rules:
      numbers/parity: error
      list/count: off
`))
	if err != nil {
		t.Fatal(err)
	}
	set := []string{"a/b/resolution.en.txt", "a/b/resolution.es.txt"}
	rc := c.RulesConfig(set)
	if rc.Disabled["numbers/parity"] {
		t.Errorf("numbers/parity is not run for a set where an override switches it on for resolution.es.txt")
	}
	if rc.Severity["xref/parity"] != rules.Warning {
		t.Errorf("xref/parity severity = %v, want warning (off, then on again, keeps the severity set before)", rc.Severity["xref/parity"])
	}
	// A set none of whose files the overrides match keeps the top level.
	if rc := c.RulesConfig([]string{"c/x.en.txt", "c/x.es.txt"}); !rc.Disabled["numbers/parity"] {
		t.Errorf("numbers/parity runs where no override switches it on")
	}
	// A rule off in every file of the set does not run.
	if rc := c.RulesConfig([]string{"c/x.fr.txt", "d/x.fr.txt"}); !rc.Disabled["list/count"] || rc.Severity["numbers/parity"] != rules.Error {
		t.Errorf("fr-only set: disabled %v, severity %v", rc.Disabled, rc.Severity)
	}
	// Findings are settled by the setting for their own file.
	fs := []rules.Finding{
		{Rule: "numbers/parity", Severity: rules.Warning, Location: rules.Location{Path: "a/b/resolution.en.txt"}},
		{Rule: "numbers/parity", Severity: rules.Warning, Location: rules.Location{Path: "a/b/resolution.es.txt"}},
		{Rule: "xref/parity", Severity: rules.Warning, Location: rules.Location{Path: "a/b/resolution.es.txt"}},
		{Rule: "list/count", Severity: rules.Error, Location: rules.Location{Path: "a/b/resolution.es.txt"}},
	}
	got := c.Apply(fs)
	want := []struct {
		rule, path string
		sev        rules.Severity
	}{
		{"numbers/parity", "a/b/resolution.es.txt", rules.Warning},
		{"xref/parity", "a/b/resolution.es.txt", rules.Warning},
		{"list/count", "a/b/resolution.es.txt", rules.Info},
	}
	if len(got) != len(want) {
		t.Fatalf("Apply kept %d findings, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Rule != w.rule || got[i].Location.Path != w.path || got[i].Severity != w.sev {
			t.Errorf("finding %d = %s %s %v, want %s %s %v", i, got[i].Rule, got[i].Location.Path, got[i].Severity, w.rule, w.path, w.sev)
		}
	}
	// Mixed severities in one set: the engine keeps the default, each
	// finding gets its file's.
	rc = c.RulesConfig([]string{"a/b/resolution.es.txt", "a/b/resolution.fr.txt"})
	if rc.Disabled["numbers/parity"] || rc.Severity["numbers/parity"] != 0 {
		t.Errorf("es+fr: numbers/parity disabled %v, severity %v; want run with its default", rc.Disabled["numbers/parity"], rc.Severity["numbers/parity"])
	}
	got = c.Apply([]rules.Finding{{Rule: "numbers/parity", Severity: rules.Warning, Location: rules.Location{Path: "a/b/resolution.fr.txt"}}})
	if len(got) != 1 || got[0].Severity != rules.Error {
		t.Errorf("fr finding = %+v, want an error", got)
	}
}
