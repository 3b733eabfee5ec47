package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/paritydoc/parity/lang"
)

// NumberingParity reports aligned items whose markers carry different
// values in different versions.
var NumberingParity = &Rule{
	Name: "numbering/parity",
	Doc: `Reports aligned list items and numbered headings whose markers mean different positions in different versions, whatever the script: e) ~ (e) ~ д) ~ ه) ~ 五、 all mean "fifth" and agree, but e) against г) does not. ` +
		`When more than two versions are compared the value most versions carry is taken as right and the others are reported; with two versions the one that is not the alignment pivot is reported. Markers of different kinds (an article number against a list letter) and unnumbered items are not compared.`,
	Severity:    Error,
	MinVersions: 2,
	Run:         runNumberingParity,
}

func runNumberingParity(p *Pass) error {
	if p.Alignment == nil {
		return nil
	}
	vs := p.Versions()
	pv := pivot(p)
	for r, row := range p.Alignment.Rows {
		type entry struct {
			v int
			b int
			m *lang.Marker
		}
		var es []entry
		for v, c := range row.Cells {
			if len(c) != 1 {
				continue
			}
			b := &vs[v].Blocks[c[0]]
			if !numbered(b.Marker) || !final(b) {
				continue
			}
			es = append(es, entry{v, c[0], b.Marker})
		}
		if len(es) < 2 {
			continue
		}
		// Compare within the kind of the pivot's marker (or the first).
		ref := es[0]
		for _, e := range es {
			if e.v == pv {
				ref = e
			}
		}
		kept := es[:0]
		for _, e := range es {
			if e.m.Unit == ref.m.Unit {
				kept = append(kept, e)
			}
		}
		es = kept
		key := func(m *lang.Marker) string {
			if len(m.Path) > 1 {
				parts := make([]string, len(m.Path))
				for i, x := range m.Path {
					parts[i] = fmt.Sprint(x)
				}
				return strings.Join(parts, ".")
			}
			return fmt.Sprint(m.Value)
		}
		count := map[string]int{}
		for _, e := range es {
			count[key(e.m)]++
			if e.m.Alt != nil && e.m.Alt.Value != e.m.Value {
				count["alt:"+fmt.Sprint(e.m.Alt.Value)]++
			}
		}
		best := majority(count, key(ref.m))
		var holders []string
		var holder *lang.Marker
		for _, e := range es {
			if key(e.m) == best {
				holders = append(holders, vs[e.v].ID)
				// Quote the pivot's marker when it is among them.
				if holder == nil || e.v == pv {
					holder = e.m
				}
			}
		}
		for _, e := range es {
			if key(e.m) == best || (e.m.Alt != nil && fmt.Sprint(e.m.Alt.Value) == best) {
				continue
			}
			p.Report(Finding{
				Location: markerLoc(p, e.v, e.b),
				Message: fmt.Sprintf("%s has %s (%s) where %s %s %s (%s)", vs[e.v].ID, e.m.Raw, position(e.m),
					joinIDs(holders), hasHave(len(holders)), holder.Raw, position(holder)),
				Related: relatedMarker(p, r, e.v),
			})
		}
	}
	return nil
}

func position(m *lang.Marker) string {
	if len(m.Path) > 1 {
		parts := make([]string, len(m.Path))
		for i, x := range m.Path {
			parts[i] = fmt.Sprint(x)
		}
		return "number " + strings.Join(parts, ".")
	}
	if m.Unit != lang.UnitNone {
		return m.Unit.String() + " " + fmt.Sprint(m.Value)
	}
	return ordinal(m.Value)
}

func hasHave(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}

// majority returns the key with the highest count, preferring ref on a tie
// and otherwise the smallest key (deterministic). Keys starting with
// "alt:" are alternative readings and never win.
func majority(count map[string]int, ref string) string {
	best, n := ref, count[ref]
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if strings.HasPrefix(k, "alt:") {
			continue
		}
		if count[k] > n {
			best, n = k, count[k]
		}
	}
	return best
}
