// Package config reads parity's project configuration, the file
// .parity.yaml, which adjusts 'parity check' for a document collection:
//
//	# .parity.yaml
//	fail-on: warning              # default for --fail-on
//	rules:                        # per rule: off, on, error, warning or info
//	  lang/untranslated: off
//	  numbers/parity: warning
//	ignore:                       # regular expressions: findings whose message
//	  - 'WSIS\+20'                # matches are dropped (text that legitimately differs)
//	languages:                    # the language of files whose names say nothing
//	  seed/*.txt: zh
//	exclude:                      # files and folders directory mode does not enter
//	  - "**/SOURCE.txt"
//	overrides:                    # the same settings for some paths only
//	  - paths: ["ca-laws/**"]
//	    rules:
//	      structure/unaligned: info
//	    ignore: ['\bà\b']
//
// Path patterns are slash-separated and relative to the directory holding
// the configuration file (files outside it are matched by their path as
// given): "*" matches within one path element, "**" any number of
// elements, "?" one character; a pattern without a slash matches the
// file's name in any folder.
//
// Find locates the file by walking up from a directory, as 'parity check'
// does from its inputs. Load reports every error as one line naming the
// file and the line: "config: .parity.yaml:7: unknown severity \"fatal\"".
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/paritydoc/parity/rules"
)

// FileName is the name of the configuration file.
const FileName = ".parity.yaml"

// Setting is what the configuration says of one rule.
type Setting struct {
	// Off disables the rule.
	Off bool
	// Severity overrides the rule's default severity; 0 keeps it.
	Severity rules.Severity
	// Line is where the setting was written, for error messages.
	Line int
}

// Override applies settings to the files whose path matches one of its
// patterns.
type Override struct {
	// Paths are the patterns as written.
	Paths []string
	// Rules and Ignore are as in Config.
	Rules  map[string]Setting
	Ignore []*regexp.Regexp
	// Line is where the override starts.
	Line  int
	match []*regexp.Regexp
}

// Config is a parsed configuration. The zero value is the default: every
// rule on with its default severity.
type Config struct {
	// Path is the file the configuration was read from ("" for none).
	Path string
	// Dir is the directory path patterns are relative to.
	Dir string
	// FailOn is the default --fail-on threshold: "error", "warning",
	// "info", "none", or "" when the file does not say.
	FailOn string
	// Rules holds the per-rule settings, by rule name.
	Rules map[string]Setting
	// Ignore drops the findings whose message matches.
	Ignore []*regexp.Regexp
	// Languages gives the language of the files matching a pattern.
	Languages []LangPattern
	// Exclude lists patterns of files and folders to skip in directory mode.
	Exclude []string
	// Overrides apply to some paths only, later ones winning.
	Overrides []Override

	exclude []*regexp.Regexp
}

// LangPattern gives a language to the files matching a pattern.
type LangPattern struct {
	Pattern string
	Lang    string
	Line    int
	re      *regexp.Regexp
}

// Find looks for FileName in dir and its parents and returns the path of
// the first one found, or "" when there is none.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	for {
		p := filepath.Join(abs, FileName)
		fi, err := os.Stat(p)
		if err == nil && !fi.IsDir() {
			return p, nil
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("config: %w", err)
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs = parent
	}
}

// Load reads and parses a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("config: %s: %w", path, err)
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	c.Dir = dir
	return c, nil
}

// Parse parses a configuration; name is used in error messages. Path
// patterns are relative to the current directory until Dir is set.
func Parse(name string, data []byte) (*Config, error) {
	c := &Config{Path: name, Dir: "."}
	p := &parser{name: name}
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, p.yamlError(err)
	}
	if len(doc.Content) == 0 {
		return c, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, p.errf(root, "the configuration must be a mapping of settings")
	}
	err := p.mapping(root, func(key string, k, v *yaml.Node) error {
		var err error
		switch key {
		case "fail-on":
			c.FailOn, err = p.failOn(v)
		case "rules":
			c.Rules, err = p.rules(v)
		case "ignore":
			c.Ignore, err = p.regexps(v)
		case "languages":
			c.Languages, err = p.languages(v)
		case "exclude":
			var pats []string
			pats, err = p.strings(v)
			for _, s := range pats {
				re, perr := globRegexp(s)
				if perr != nil {
					return p.errf(v, "exclude: %v", perr)
				}
				c.exclude = append(c.exclude, re)
			}
			c.Exclude = pats
		case "overrides":
			c.Overrides, err = p.overrides(v)
		default:
			err = p.errf(k, "unknown setting %q (want fail-on, rules, ignore, languages, exclude or overrides)", key)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// CheckRules reports the first rule name the configuration mentions that
// known does not accept, as an error naming the file and line.
func (c *Config) CheckRules(known func(name string) bool) error {
	type use struct {
		name string
		line int
	}
	var uses []use
	for n, s := range c.Rules {
		uses = append(uses, use{n, s.Line})
	}
	for _, o := range c.Overrides {
		for n, s := range o.Rules {
			uses = append(uses, use{n, s.Line})
		}
	}
	sort.Slice(uses, func(i, j int) bool {
		if uses[i].line != uses[j].line {
			return uses[i].line < uses[j].line
		}
		return uses[i].name < uses[j].name
	})
	for _, u := range uses {
		if !known(u.name) {
			return fmt.Errorf("config: %s:%d: unknown rule %q (see 'parity rules')", c.Path, u.line, u.name)
		}
	}
	return nil
}

// rel returns path relative to the configuration's directory, slash
// separated; a path outside that directory is matched as given (so that
// patterns such as "**/seed/*.txt" still apply to it).
func (c *Config) rel(path string) string {
	if r := c.within(path); r != "" {
		return r
	}
	return strings.TrimPrefix(filepath.ToSlash(filepath.Clean(path)), "/")
}

// within returns path relative to the configuration's directory, or ""
// when it lies outside.
func (c *Config) within(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	dir := c.Dir
	if dir == "" {
		dir = "."
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return ""
	}
	r, err := filepath.Rel(dir, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return ""
	}
	return filepath.ToSlash(r)
}

func matchAny(res []*regexp.Regexp, rel string) bool {
	if rel == "" {
		return false
	}
	for _, re := range res {
		if re.MatchString(rel) {
			return true
		}
	}
	return false
}

// Excluded reports whether directory mode skips the file or folder.
func (c *Config) Excluded(path string) bool {
	if c == nil {
		return false
	}
	return matchAny(c.exclude, c.rel(path))
}

// LangOf returns the language the configuration gives the file, or "".
// The last matching pattern wins.
func (c *Config) LangOf(path string) string {
	if c == nil {
		return ""
	}
	rel := c.rel(path)
	lang := ""
	for _, l := range c.Languages {
		if rel != "" && l.re.MatchString(rel) {
			lang = l.Lang
		}
	}
	return lang
}

// setting returns the setting of the named rule for the file at rel
// (relative, slash separated; "" for no file): the top-level setting, then
// that of every override whose paths match the file, in the order written,
// a later one winning. "off" switches the rule off; "on" switches it on
// again with the severity set before it (the rule's default if none);
// "error", "warning" and "info" switch it on with that severity. ok is
// false when nothing is said of the rule.
func (c *Config) setting(rel, name string) (s Setting, ok bool) {
	say := func(m map[string]Setting) {
		later, found := m[name]
		if !found {
			return
		}
		ok = true
		s.Off, s.Line = later.Off, later.Line
		if later.Severity != 0 {
			s.Severity = later.Severity
		}
	}
	say(c.Rules)
	for _, o := range c.Overrides {
		if rel != "" && matchAny(o.match, rel) {
			say(o.Rules)
		}
	}
	return s, ok
}

// ruleNames returns the names of the rules the configuration mentions,
// sorted.
func (c *Config) ruleNames() []string {
	seen := map[string]bool{}
	for n := range c.Rules {
		seen[n] = true
	}
	for _, o := range c.Overrides {
		for n := range o.Rules {
			seen[n] = true
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// RulesConfig returns the rules engine configuration for a set whose
// files are paths. Each rule's setting is resolved per file, as setting
// describes (top level, then the matching overrides in order, later
// wins): the engine runs a rule that is on for at least one of the files,
// so an override can switch back on, for some files, a rule switched off
// at the top level; it runs with a severity the files agree on. Apply
// then settles each finding by the file of its primary location. Ignore
// expressions of overrides matching any of the paths are added.
func (c *Config) RulesConfig(paths []string) *rules.Config {
	rc := &rules.Config{Disabled: map[string]bool{}, Severity: map[string]rules.Severity{}}
	if c == nil {
		return rc
	}
	rels := make([]string, len(paths))
	for i, p := range paths {
		rels[i] = c.rel(p)
	}
	if len(rels) == 0 {
		rels = []string{""}
	}
	for _, n := range c.ruleNames() {
		on, agree := false, true
		var sev rules.Severity
		for _, r := range rels {
			s, _ := c.setting(r, n)
			switch {
			case s.Off:
			case !on:
				on, sev = true, s.Severity
			case s.Severity != sev:
				agree = false // Apply settles each finding
			}
		}
		switch {
		case !on:
			rc.Disabled[n] = true
		case agree && sev != 0:
			rc.Severity[n] = sev
		}
	}
	rc.Ignore = append(rc.Ignore, c.Ignore...)
	for _, o := range c.Overrides {
		for _, r := range rels {
			if r != "" && matchAny(o.match, r) {
				rc.Ignore = append(rc.Ignore, o.Ignore...)
				break
			}
		}
	}
	return rc
}

// Apply settles findings by the setting of their rule for the file of
// their primary location (see setting): findings of a rule that is off
// there are dropped, and the severity set there is given. A finding with
// no path is left as the engine made it. The slice is filtered in place
// and returned.
func (c *Config) Apply(findings []rules.Finding) []rules.Finding {
	if c == nil || len(c.Overrides) == 0 {
		// Without overrides every file has the top-level settings, which
		// the engine already applied.
		return findings
	}
	out := findings[:0]
	for _, f := range findings {
		if f.Location.Path != "" {
			if s, ok := c.setting(c.rel(f.Location.Path), f.Rule); ok {
				if s.Off {
					continue
				}
				if s.Severity != 0 {
					f.Severity = s.Severity
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// parser walks the YAML nodes and builds errors with file and line.
type parser struct{ name string }

func (p *parser) errf(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("config: %s:%d: %s", p.name, n.Line, fmt.Sprintf(format, args...))
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func (p *parser) yamlError(err error) error {
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("config: %s:%s: %s", p.name, m[1], m[2])
	}
	return fmt.Errorf("config: %s: %s", p.name, strings.TrimPrefix(msg, "yaml: "))
}

func (p *parser) mapping(n *yaml.Node, f func(key string, k, v *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return p.errf(n, "want a mapping (key: value lines)")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return p.errf(k, "want a plain key")
		}
		if seen[k.Value] {
			return p.errf(k, "%q is set twice", k.Value)
		}
		seen[k.Value] = true
		if err := f(k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) scalar(n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", p.errf(n, "want a single value")
	}
	return n.Value, nil
}

func (p *parser) strings(n *yaml.Node) ([]string, error) {
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errf(n, "want a list")
	}
	var out []string
	for _, e := range n.Content {
		s, err := p.scalar(e)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (p *parser) failOn(n *yaml.Node) (string, error) {
	s, err := p.scalar(n)
	if err != nil {
		return "", err
	}
	switch s {
	case "error", "warning", "info", "none":
		return s, nil
	}
	return "", p.errf(n, "fail-on: unknown threshold %q (want error, warning, info or none)", s)
}

func (p *parser) rules(n *yaml.Node) (map[string]Setting, error) {
	out := map[string]Setting{}
	err := p.mapping(n, func(name string, k, v *yaml.Node) error {
		s, err := p.scalar(v)
		if err != nil {
			return err
		}
		set := Setting{Line: k.Line}
		switch strings.ToLower(s) {
		case "off", "false", "disable", "disabled":
			set.Off = true
		case "on", "true", "enable", "enabled":
		case "error":
			set.Severity = rules.Error
		case "warning":
			set.Severity = rules.Warning
		case "info":
			set.Severity = rules.Info
		default:
			return p.errf(v, "rule %s: unknown setting %q (want off, on, error, warning or info)", name, s)
		}
		out[name] = set
		return nil
	})
	return out, err
}

func (p *parser) regexps(n *yaml.Node) ([]*regexp.Regexp, error) {
	if n.Kind != yaml.SequenceNode && n.Kind != yaml.ScalarNode {
		return nil, p.errf(n, "ignore: want a list of regular expressions")
	}
	nodes := n.Content
	if n.Kind == yaml.ScalarNode {
		nodes = []*yaml.Node{n}
	}
	var out []*regexp.Regexp
	for _, e := range nodes {
		s, err := p.scalar(e)
		if err != nil {
			return nil, err
		}
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, p.errf(e, "ignore: %s", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
		}
		out = append(out, re)
	}
	return out, nil
}

func (p *parser) languages(n *yaml.Node) ([]LangPattern, error) {
	var out []LangPattern
	err := p.mapping(n, func(pat string, k, v *yaml.Node) error {
		s, err := p.scalar(v)
		if err != nil {
			return err
		}
		if !validTag(s) {
			return p.errf(v, "languages: %q is not a language code (want en, fr, zh-Hans...)", s)
		}
		re, err := globRegexp(pat)
		if err != nil {
			return p.errf(k, "languages: %v", err)
		}
		out = append(out, LangPattern{Pattern: pat, Lang: s, Line: k.Line, re: re})
		return nil
	})
	return out, err
}

func (p *parser) overrides(n *yaml.Node) ([]Override, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, p.errf(n, "overrides: want a list of {paths, rules, ignore}")
	}
	var out []Override
	for _, e := range n.Content {
		o := Override{Line: e.Line}
		err := p.mapping(e, func(key string, k, v *yaml.Node) error {
			var err error
			switch key {
			case "paths":
				o.Paths, err = p.strings(v)
				for _, s := range o.Paths {
					re, gerr := globRegexp(s)
					if gerr != nil {
						return p.errf(v, "paths: %v", gerr)
					}
					o.match = append(o.match, re)
				}
			case "rules":
				o.Rules, err = p.rules(v)
			case "ignore":
				o.Ignore, err = p.regexps(v)
			default:
				err = p.errf(k, "overrides: unknown setting %q (want paths, rules or ignore)", key)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		if len(o.Paths) == 0 {
			return nil, p.errf(e, "overrides: an override needs paths")
		}
		out = append(out, o)
	}
	return out, nil
}

var tagRe = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$`)

func validTag(s string) bool { return tagRe.MatchString(s) }

// globRegexp compiles a path pattern to an anchored regular expression.
func globRegexp(pat string) (*regexp.Regexp, error) {
	if pat == "" {
		return nil, errors.New("empty pattern")
	}
	p := strings.TrimPrefix(pat, "./")
	var b strings.Builder
	b.WriteString("^")
	if !strings.Contains(strings.TrimSuffix(p, "/"), "/") {
		// A bare name matches in any folder.
		b.WriteString("(.*/)?")
	}
	p = strings.TrimSuffix(p, "/")
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '*' && i+1 < len(p) && p[i+1] == '*':
			i++
			if i+1 < len(p) && p[i+1] == '/' {
				i++
				b.WriteString("(.*/)?")
			} else {
				b.WriteString(".*")
			}
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		case c == '[' || c == ']':
			return nil, fmt.Errorf("pattern %q: brackets are not supported", pat)
		case c < 0x80:
			b.WriteString(regexp.QuoteMeta(string(rune(c))))
		default:
			b.WriteByte(c) // part of a multi-byte character: never special

		}
	}
	// A folder pattern also covers everything under it.
	b.WriteString("(/.*)?$")
	return regexp.Compile(b.String())
}
