package rules

import (
	"sort"
	"strings"
	"unicode"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// list is one numbered list of one version, as a reader sees it in the
// final view: consecutive items at one level, in one numbering system,
// under one parent item, not interrupted by a heading.
type list struct {
	version int
	level   int
	system  lang.System
	// parent is the block of the item the list hangs under, or -1.
	parent int
	// items are block indexes, in document order.
	items []int
}

// values returns the list's item values in its system.
func (l *list) values(d *corpus.Document) []int {
	vs := make([]int, len(l.items))
	for i, b := range l.items {
		vs[i], _ = valueIn(l.system, d.Blocks[b].Marker)
	}
	return vs
}

// valueIn reads marker m in system s, using the alternative reading of an
// ambiguous marker ("i)" as a letter or a roman numeral) when it fits.
func valueIn(s lang.System, m *lang.Marker) (int, bool) {
	if m == nil {
		return 0, false
	}
	if sameFamily(m.System, s) {
		return m.Value, true
	}
	if m.Alt != nil && sameFamily(m.Alt.System, s) {
		return m.Alt.Value, true
	}
	return 0, false
}

// sameFamily: systems that continue one list. Multi-level and decimal
// numbers continue each other (1.1 after 1).
func sameFamily(a, b lang.System) bool {
	if a == b {
		return true
	}
	dec := func(s lang.System) bool { return s == lang.SystemDecimal || s == lang.SystemMultiLevel }
	return dec(a) && dec(b)
}

// lists finds the numbered lists of a version. Numbered headings close
// every open list; a first item (value 1) after running text starts a new list rather
// than restarting the open one; deleted blocks of a tracked-changes view
// and bullets are skipped; article and chapter headings are not list items.
func lists(v int, d *corpus.Document) []*list {
	var out []*list
	open := map[int]*list{} // level → open list
	lastWasText := false
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if !final(b) {
			continue
		}
		switch {
		case b.Kind == corpus.KindHeading && b.Marker != nil:
			// a numbered heading (Article 5) ends every list
			open = map[int]*list{}
			lastWasText = false
			continue
		case b.Kind == corpus.KindHeading:
			// other headings (section headings such as "considering",
			// marginal notes between subsections) are text: a list after
			// them that starts again at its first value is a new list
			lastWasText = true
			if b.Section != "" {
				// A section heading ("recognizing" after "considering")
				// ends its lettered lists: the next section letters
				// from a) again. Numbers may run on across sections.
				for l, ol := range open {
					if ol.system.Letter() || ol.system == lang.SystemRomanLower || ol.system == lang.SystemRomanUpper {
						delete(open, l)
					}
				}
			}
			continue
		case b.Kind == corpus.KindFootnote:
			continue
		case !numbered(b.Marker) || b.Marker.Unit != lang.UnitNone:
			if b.Kind == corpus.KindParagraph || b.Kind == corpus.KindItem {
				lastWasText = true
			}
			continue
		}
		lvl := b.Level
		if lvl < 1 {
			lvl = 1
		}
		for l := range open {
			if l > lvl {
				delete(open, l)
			}
		}
		if initial(b) {
			continue
		}
		cur := open[lvl]
		if cur != nil {
			val, ok := valueIn(cur.system, b.Marker)
			if !ok || (val == 1 && lastWasText) {
				cur = nil
			}
		}
		if cur == nil {
			// A reader may put an item at another level than the items it
			// continues (after a continuation paragraph): an open list of
			// the same system whose next value this is takes it.
			levels := make([]int, 0, len(open))
			for l := range open {
				levels = append(levels, l)
			}
			sort.Ints(levels)
			for _, l := range levels {
				ol := open[l]
				if val, ok := valueIn(ol.system, b.Marker); ok && val == lastValue(d, ol)+1 && val > 1 {
					cur, lvl = ol, l
					for k := range open {
						if k > l {
							delete(open, k)
						}
					}
					break
				}
			}
		}
		if cur == nil {
			parent := -1
			if up := open[lvl-1]; up != nil && len(up.items) > 0 {
				parent = up.items[len(up.items)-1]
			}
			cur = &list{version: v, level: lvl, system: b.Marker.System, parent: parent}
			// An ambiguous first marker ("i)") opens a roman list only
			// when its alternative is not a fitter reading: a list starts
			// at 1, and roman i is 1 while letter i is 9.
			if b.Marker.Alt != nil && b.Marker.Value != 1 && b.Marker.Alt.Value == 1 {
				cur.system = b.Marker.Alt.System
			}
			out = append(out, cur)
			open[lvl] = cur
		}
		cur.items = append(cur.items, i)
		lastWasText = false
	}
	return out
}

// listOf maps each block of a version to the list holding it.
func listOf(ls []*list, n int) []*list {
	m := make([]*list, n)
	for _, l := range ls {
		for _, b := range l.items {
			m[b] = l
		}
	}
	return m
}

// lastValue is the value of a list's last item.
func lastValue(d *corpus.Document, l *list) int {
	v, _ := valueIn(l.system, d.Blocks[l.items[len(l.items)-1]].Marker)
	return v
}

// initial reports whether an "item" is a person's initial read as a
// marker: "A. TAJANI", "M. MAASIKAS" under a signature. The name must be
// written in capitals, so every word has an upper-case letter and none a
// lower-case one; text in a script without case (禁止對後手限制 after "B.")
// is never a name in capitals.
func initial(b *corpus.Block) bool {
	m := b.Marker
	if m.System != lang.SystemLatinUpper || m.Style != "%." {
		return false
	}
	words := strings.Fields(b.Text)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		upper := false
		for _, r := range w {
			switch {
			case unicode.IsLower(r):
				return false
			case unicode.IsUpper(r):
				upper = true
			case unicode.IsLetter(r):
				return false // a letter without case
			}
		}
		if !upper {
			return false
		}
	}
	return true
}
