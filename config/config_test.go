package config

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paritydoc/parity/rules"
)

const sample = `# a project configuration
fail-on: warning
rules:
  lang/untranslated: off
  numbers/parity: warning
  revision/pending: error
ignore:
  - 'WSIS\+20'
languages:
  seed/*.txt: zh
  "**/*-x.txt": zh-Hant
exclude:
  - "**/SOURCE.txt"
  - drafts/
overrides:
  - paths: ["ca-laws/**"]
    rules:
      structure/unaligned: info
      numbers/parity: off
    ignore: ['\bà\b']
  - paths: old.txt
    rules:
      lang/untranslated: on
`

func TestParse(t *testing.T) {
	c, err := Parse(".parity.yaml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if c.FailOn != "warning" {
		t.Errorf("FailOn = %q", c.FailOn)
	}
	if s := c.Rules["numbers/parity"]; s.Severity != rules.Warning || s.Off || s.Line != 5 {
		t.Errorf("numbers/parity = %+v", s)
	}
	if !c.Rules["lang/untranslated"].Off {
		t.Error("lang/untranslated is not off")
	}
	tests := []struct {
		path string
		lang string
		excl bool
	}{
		{"seed/000_cacf3a00fbb84b6b.txt", "zh", false},
		{"seed/sub/a.txt", "", false},
		{"a/b/doc-x.txt", "zh-Hant", false},
		{"udhr/SOURCE.txt", "", true},
		{"SOURCE.txt", "", true},
		{"drafts", "", true},
		{"drafts/x_en.txt", "", true},
		{"notdrafts/x_en.txt", "", false},
		{"../outside/seed/a.txt", "", false},
		{"../outside/x/SOURCE.txt", "", true}, // outside: matched as given
	}
	for _, tt := range tests {
		if got := c.LangOf(tt.path); got != tt.lang {
			t.Errorf("LangOf(%q) = %q, want %q", tt.path, got, tt.lang)
		}
		if got := c.Excluded(tt.path); got != tt.excl {
			t.Errorf("Excluded(%q) = %v, want %v", tt.path, got, tt.excl)
		}
	}
}

func TestRulesConfigAndApply(t *testing.T) {
	c, err := Parse(".parity.yaml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	// A set entirely under ca-laws gets the override for the engine.
	rc := c.RulesConfig([]string{"ca-laws/eng/T-3.4.xml", "ca-laws/fra/T-3.4.xml"})
	if !rc.Disabled["numbers/parity"] || !rc.Disabled["lang/untranslated"] {
		t.Errorf("disabled = %v", rc.Disabled)
	}
	if rc.Severity["structure/unaligned"] != rules.Info || rc.Severity["revision/pending"] != rules.Error {
		t.Errorf("severity = %v", rc.Severity)
	}
	if len(rc.Ignore) != 2 {
		t.Errorf("ignore = %v, want the global and the override's expression", rc.Ignore)
	}
	// A set elsewhere does not.
	rc = c.RulesConfig([]string{"udhr/udhr_eng.txt", "udhr/udhr_fra.txt"})
	if rc.Disabled["numbers/parity"] || len(rc.Ignore) != 1 {
		t.Errorf("override leaked: disabled %v, ignore %v", rc.Disabled, rc.Ignore)
	}
	// Findings are adjusted one by one by the path of their primary location.
	fs := []rules.Finding{
		{Rule: "numbers/parity", Severity: rules.Warning, Location: rules.Location{Path: "ca-laws/eng/T-3.4.xml"}},
		{Rule: "numbers/parity", Severity: rules.Warning, Location: rules.Location{Path: "udhr/udhr_eng.txt"}},
		{Rule: "structure/unaligned", Severity: rules.Error, Location: rules.Location{Path: "ca-laws/fra/T-3.4.xml"}},
		{Rule: "lang/untranslated", Severity: rules.Warning, Location: rules.Location{Path: "old.txt"}},
	}
	got := c.Apply(fs)
	if len(got) != 3 || got[0].Location.Path != "udhr/udhr_eng.txt" || got[1].Severity != rules.Info || got[2].Rule != "lang/untranslated" {
		t.Errorf("Apply = %+v", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"syntax", "rules:\n  a: [b\n", `^config: p.yaml:\d+: `},
		{"tab", "rules:\n\tx: off\n", `^config: p.yaml:2: `},
		{"not a mapping", "- a\n- b\n", `^config: p.yaml:1: the configuration must be a mapping`},
		{"unknown key", "fail-on: error\nrulez: {}\n", `^config: p.yaml:2: unknown setting "rulez"`},
		{"fail-on", "fail-on: fatal\n", `^config: p.yaml:1: fail-on: unknown threshold "fatal"`},
		{"severity", "rules:\n  numbers/parity: fatal\n", `^config: p.yaml:2: rule numbers/parity: unknown setting "fatal"`},
		{"rule list", "rules:\n  - a\n", `^config: p.yaml:2: want a mapping`},
		{"regexp", "ignore:\n  - 'a(b'\n", `^config: p.yaml:2: ignore: missing closing \)`},
		{"language", "languages:\n  seed/*.txt: chinese!\n", `^config: p.yaml:2: languages: "chinese!" is not a language code`},
		{"glob", "exclude: ['a[b]']\n", `^config: p.yaml:1: exclude: pattern "a\[b\]"`},
		{"twice", "rules:\n  a: off\n  a: on\n", `^config: p.yaml:3: "a" is set twice`},
		{"override paths", "overrides:\n  - rules: {a: off}\n", `^config: p.yaml:2: overrides: an override needs paths`},
		{"override key", "overrides:\n  - paths: x\n    severity: info\n", `^config: p.yaml:3: overrides: unknown setting "severity"`},
		{"override list", "overrides: {paths: x}\n", `^config: p.yaml:1: overrides: want a list`},
		{"nested value", "fail-on: [error]\n", `^config: p.yaml:1: want a single value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("p.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if !regexp.MustCompile(tt.want).MatchString(err.Error()) {
				t.Errorf("error %q does not match %q", err, tt.want)
			}
		})
	}
}

func TestCheckRules(t *testing.T) {
	c, err := Parse("p.yaml", []byte("rules:\n  numbers/parity: off\noverrides:\n  - paths: x\n    rules:\n      numbres/parity: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	known := func(n string) bool { return n == "numbers/parity" }
	err = c.CheckRules(known)
	if err == nil || err.Error() != `config: p.yaml:6: unknown rule "numbres/parity" (see 'parity rules')` {
		t.Errorf("err = %v", err)
	}
}

func TestFindAndLoad(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(sub); err != nil || p != "" && strings.HasPrefix(p, dir) {
		t.Fatalf("Find with no file = %q, %v", p, err)
	}
	cfg := filepath.Join(dir, "a", FileName)
	if err := os.WriteFile(cfg, []byte("languages:\n  b/seed.txt: zh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Find(sub)
	if err != nil || p != cfg {
		t.Fatalf("Find = %q, %v; want %q", p, err, cfg)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	// Patterns are relative to the file's directory, whatever the working directory.
	if got := c.LangOf(filepath.Join(sub, "seed.txt")); got != "zh" {
		t.Errorf("LangOf = %q", got)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml: no such file") {
		t.Errorf("Load missing = %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("rules: {a: off}\n"))
	f.Add([]byte("overrides:\n  - paths: ['**/x']\n    ignore: x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yaml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "config: f.yaml") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("malformed error %q", err)
			}
			return
		}
		c.RulesConfig([]string{"a/b.txt"})
		c.LangOf("a/b.txt")
		c.Excluded("a/b.txt")
	})
}
