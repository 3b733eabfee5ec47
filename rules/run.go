package rules

import (
	"fmt"
	"sort"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
)

// Run runs every enabled rule whose MinVersions the set meets and returns
// the findings sorted (by version order in the set, line, column, rule,
// message) and deduplicated. The same input always gives the same output.
//
// al may be nil for a single version. An error from a rule (or a rule that
// panics) stops the run and is returned naming the rule.
func Run(set *corpus.Set, al *align.Alignment, cfg *Config) ([]Finding, error) {
	if registryErr != nil {
		return nil, registryErr
	}
	return RunRules(registry, set, al, cfg)
}

// RunRules is Run with an explicit list of rules (tests, 'parity check
// --rule'). The list is validated first.
func RunRules(rs []*Rule, set *corpus.Set, al *align.Alignment, cfg *Config) ([]Finding, error) {
	if err := Validate(rs); err != nil {
		return nil, err
	}
	if set == nil {
		return nil, fmt.Errorf("rules: no set to check")
	}
	if al == nil {
		al = &align.Alignment{}
	}
	if err := checkAlignment(set, al); err != nil {
		return nil, err
	}
	var out []Finding
	for _, r := range rs {
		if cfg.disabled(r.Name) || len(set.Versions) < r.MinVersions {
			continue
		}
		p := &Pass{Set: set, Alignment: al, Rule: r, Config: cfg}
		p.report = func(f Finding) {
			if !cfg.ignored(&f) {
				out = append(out, f)
			}
		}
		if err := runOne(r, p); err != nil {
			return nil, err
		}
	}
	return SortFindings(set, out), nil
}

func runOne(r *Rule, p *Pass) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("rules: %s: internal error: %v", r.Name, v)
		}
	}()
	if err := r.Run(p); err != nil {
		return fmt.Errorf("rules: %s: %w", r.Name, err)
	}
	return nil
}

// checkAlignment makes sure every cell names existing blocks, so rules can
// index without checking.
func checkAlignment(set *corpus.Set, al *align.Alignment) error {
	for i, row := range al.Rows {
		if len(row.Cells) > len(set.Versions) {
			return fmt.Errorf("rules: alignment row %d has %d cells for %d versions", i, len(row.Cells), len(set.Versions))
		}
		for v, cell := range row.Cells {
			for _, b := range cell {
				if b < 0 || b >= len(set.Versions[v].Blocks) {
					return fmt.Errorf("rules: alignment row %d names block %d of %s, which has %d blocks", i, b, set.Versions[v].ID, len(set.Versions[v].Blocks))
				}
			}
		}
	}
	return nil
}

// SortFindings sorts findings into their canonical order and drops exact
// duplicates (same rule, severity, message and locations). Versions sort in
// the order of the set, then by line, column, block, rule and message.
func SortFindings(set *corpus.Set, fs []Finding) []Finding {
	order := map[string]int{}
	if set != nil {
		for i, d := range set.Versions {
			if _, ok := order[d.ID]; !ok {
				order[d.ID] = i
			}
		}
	}
	rank := func(id string) int {
		if i, ok := order[id]; ok {
			return i
		}
		return len(order)
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if ra, rb := rank(a.Location.Version), rank(b.Location.Version); ra != rb {
			return ra < rb
		}
		if a.Location.Version != b.Location.Version {
			return a.Location.Version < b.Location.Version
		}
		if a.Location.Line != b.Location.Line {
			return a.Location.Line < b.Location.Line
		}
		if a.Location.Column != b.Location.Column {
			return a.Location.Column < b.Location.Column
		}
		if a.Location.Block != b.Location.Block {
			return a.Location.Block < b.Location.Block
		}
		if a.Location.Span != b.Location.Span {
			return a.Location.Span.Start < b.Location.Span.Start || a.Location.Span.Start == b.Location.Span.Start && a.Location.Span.End < b.Location.Span.End
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		return relatedLess(a.Related, b.Related)
	})
	out := fs[:0]
	for i := range fs {
		if i > 0 && sameFinding(&fs[i-1], &fs[i]) {
			continue
		}
		out = append(out, fs[i])
	}
	return out
}

func relatedLess(a, b []Location) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i].Version != b[i].Version {
				return a[i].Version < b[i].Version
			}
			if a[i].Block != b[i].Block {
				return a[i].Block < b[i].Block
			}
			return a[i].Span.Start < b[i].Span.Start
		}
	}
	return len(a) < len(b)
}

func sameFinding(a, b *Finding) bool {
	if a.Rule != b.Rule || a.Severity != b.Severity || a.Message != b.Message || a.Location != b.Location || len(a.Related) != len(b.Related) {
		return false
	}
	for i := range a.Related {
		if a.Related[i] != b.Related[i] {
			return false
		}
	}
	return true
}
