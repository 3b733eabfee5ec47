package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
)

// Rule is one check. Rules are plain values kept in the explicit registry
// returned by All; a rule sees the aligned set only through its Pass and
// speaks only through Pass.Report.
type Rule struct {
	// Name is the rule id, "area/what" ("numbering/sequence"). It is what
	// findings, the configuration and --disable refer to.
	Name string
	// Doc is one paragraph: the first sentence says what the rule reports,
	// the rest how and when. It feeds 'parity rules', --help and SARIF.
	Doc string
	// Severity is the default severity of the rule's findings.
	Severity Severity
	// MinVersions is how many versions the rule needs: 1 for rules that
	// look at each version on its own, 2 for rules that compare versions.
	MinVersions int
	// Run inspects the set and reports findings through the pass. An error
	// means the rule could not run (not that it found something).
	Run func(*Pass) error
}

// Config adjusts which rules run and how their findings are reported. The
// zero value (or nil) runs every rule with its default severity.
type Config struct {
	// Disabled names rules that do not run.
	Disabled map[string]bool
	// Severity overrides the default severity of the named rules.
	Severity map[string]Severity
	// Ignore drops findings whose message, or whose "rule: message", matches
	// one of the expressions.
	Ignore []*regexp.Regexp
	// OtherView gives, for a version read from a document with tracked
	// changes, the same document in its other view (docx.ReadBoth returns
	// both): a paragraph deleted as a whole is absent from the final view
	// and an inserted one from the original, so revision/pending needs
	// both to see every change. Optional; keyed by the checked version.
	OtherView map[*corpus.Document]*corpus.Document
}

// otherView returns the other view of version d, or nil.
func (c *Config) otherView(d *corpus.Document) *corpus.Document {
	if c == nil {
		return nil
	}
	return c.OtherView[d]
}

// disabled reports whether the named rule is switched off.
func (c *Config) disabled(name string) bool {
	return c != nil && c.Disabled[name]
}

// severity returns the effective severity of the named rule.
func (c *Config) severity(name string, def Severity) Severity {
	if c != nil {
		if s, ok := c.Severity[name]; ok && s != 0 {
			return s
		}
	}
	return def
}

// ignored reports whether a finding is silenced by an Ignore expression.
func (c *Config) ignored(f *Finding) bool {
	if c == nil {
		return false
	}
	for _, re := range c.Ignore {
		if re == nil {
			continue
		}
		if re.MatchString(f.Message) || re.MatchString(f.Rule+": "+f.Message) {
			return true
		}
	}
	return false
}

// Pass is what a rule sees of one run: the set of versions, their
// alignment (one row per aligned unit; nil or empty for a single version),
// the rule itself and the configuration. Report is the only way out.
type Pass struct {
	// Set is the versions being checked, in the order of the alignment.
	Set *corpus.Set
	// Alignment holds one row per aligned unit; it has no rows for a
	// single version.
	Alignment *align.Alignment
	// Rule is the rule running.
	Rule *Rule
	// Config is the run's configuration (nil for the defaults).
	Config *Config
	report func(Finding)
}

// Report records a finding. Empty fields are filled in: the rule name, the
// severity (the rule's default unless the rule set one; a severity
// configured for the rule replaces either), and for the primary
// and related locations the path, language, line and column, derived from
// the version's source text and the byte span (or from the block's line for
// formats without source text).
func (p *Pass) Report(f Finding) {
	if p.Rule != nil {
		if f.Rule == "" {
			f.Rule = p.Rule.Name
		}
		if f.Severity == 0 {
			f.Severity = p.Rule.Severity
		}
		// A configured severity applies to every finding of the rule.
		f.Severity = p.Config.severity(p.Rule.Name, f.Severity)
	}
	if f.Severity == 0 {
		f.Severity = Warning
	}
	p.complete(&f.Location)
	if len(f.Related) > 0 {
		rel := make([]Location, len(f.Related))
		copy(rel, f.Related)
		for i := range rel {
			p.complete(&rel[i])
		}
		f.Related = rel
	}
	if p.report != nil {
		p.report(f)
	}
}

// Loc returns the location of a whole block: version is the index of the
// version in Set.Versions, block the block index (-1 for the whole
// document). Out-of-range indexes give a location naming only what is known.
func (p *Pass) Loc(version, block int) Location {
	d := p.doc(version)
	if d == nil {
		return Location{Block: -1}
	}
	l := Location{Version: d.ID, Path: d.Path, Lang: d.Lang, Block: -1}
	if block >= 0 && block < len(d.Blocks) {
		b := &d.Blocks[block]
		l.Block = block
		l.Span = b.Span
		l.Line = b.Line
	}
	p.complete(&l)
	return l
}

// SpanLoc returns the location of a byte span inside a block of a version
// (a marker, a number, a reference), for findings more precise than a block.
func (p *Pass) SpanLoc(version, block int, span corpus.Span) Location {
	l := p.Loc(version, block)
	if l.Block < 0 {
		return l
	}
	d := p.doc(version)
	if span.Start >= 0 && span.End >= span.Start && span.End <= len(d.Source) {
		l.Span = span
		l.Line, l.Column = 0, 0
		p.complete(&l)
	}
	return l
}

// Versions returns the documents of the set (nil-safe).
func (p *Pass) Versions() []*corpus.Document {
	if p.Set == nil {
		return nil
	}
	return p.Set.Versions
}

func (p *Pass) doc(version int) *corpus.Document {
	if p.Set == nil || version < 0 || version >= len(p.Set.Versions) {
		return nil
	}
	return p.Set.Versions[version]
}

func (p *Pass) docByID(id string) *corpus.Document {
	if p.Set == nil {
		return nil
	}
	for _, d := range p.Set.Versions {
		if d != nil && d.ID == id {
			return d
		}
	}
	return nil
}

// complete fills the empty fields of a location from its version.
func (p *Pass) complete(l *Location) {
	d := p.docByID(l.Version)
	if d == nil {
		return
	}
	if l.Path == "" {
		l.Path = d.Path
	}
	if l.Lang == "" {
		l.Lang = d.Lang
	}
	if l.Line != 0 && l.Column != 0 {
		return
	}
	located := l.Block >= 0 || l.Span != (corpus.Span{})
	if located && d.Source != "" && l.Span.Start >= 0 && l.Span.Start <= len(d.Source) {
		// The same derivation as the printers' (report), so that library
		// users of Run get the lines the command line prints.
		l.Line, l.Column = d.Position(l.Span.Start)
		return
	}
	if l.Line == 0 && l.Block >= 0 && l.Block < len(d.Blocks) {
		l.Line = d.Blocks[l.Block].Line
	}
}

// ParseSeverity reads "error", "warning" or "info" (any case; "warn" and
// "note" are accepted as the SARIF-style synonyms).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info", "note":
		return Info, nil
	}
	return 0, fmt.Errorf("rules: unknown severity %q (want error, warning or info)", s)
}
