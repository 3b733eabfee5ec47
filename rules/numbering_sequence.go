package rules

import (
	"fmt"
	"strings"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// NumberingSequence reports list markers that do not follow their
// numbering system within one version.
var NumberingSequence = &Rule{
	Name: "numbering/sequence",
	Doc: `Reports list markers that break their list's sequence within one version: a skipped letter or number (b) followed by d)), a duplicate (c) twice), two markers in the wrong order (d) before c)), or a list that restarts at a) where it should continue. ` +
		`Lists are found per level and per parent item, so roman sub-items under a letter do not interrupt it, and a heading ends every list. ` +
		`In text carrying flattened revision marks ("ef)" = old e) + new f)) the new reading is checked; the run-together markers themselves are reported by revision/artifact.`,
	Severity:    Error,
	MinVersions: 1,
	Run:         runNumberingSequence,
}

func runNumberingSequence(p *Pass) error {
	for v, d := range p.Versions() {
		for _, l := range lists(v, d) {
			checkSequence(p, v, d, l)
		}
	}
	return nil
}

func checkSequence(p *Pass, v int, d *corpus.Document, l *list) {
	vals := l.values(d)
	id := d.ID
	mk := func(i int) string { return d.Blocks[l.items[i]].Marker.Raw }
	first := *d.Blocks[l.items[0]].Marker
	if first.System != l.system && first.Alt != nil {
		first = *first.Alt
	}
	want := func(x int) string { return formatLike(&first, x) }
	kind := kindWord(l.system)
	prev := vals[0]
	// Lettered and roman lists always start at their first value; decimal
	// numbering may legitimately continue across headings (sections).
	if prev > 1 && len(vals) > 1 && l.system != lang.SystemDecimal && l.system != lang.SystemMultiLevel && l.system != lang.SystemCJK {
		p.Report(Finding{Location: markerLoc(p, v, l.items[0]),
			Message: fmt.Sprintf("%s starts the list at %s: %s missing", id, mk(0), missingRange(want, 1, prev-1)+isAre(prev-1))})
	}
	multi := false
	for _, b := range l.items {
		if m := d.Blocks[b].Marker; m.System == lang.SystemMultiLevel || len(m.Path) > 1 {
			multi = true
		}
	}
	if multi {
		// Section numbers with decimal insertions (72.1, 72.11, 72.2)
		// and repealed sections: only a number used twice is wrong.
		seen := map[string]int{}
		for _, b := range l.items {
			raw := d.Blocks[b].Marker.Raw
			if first, ok := seen[raw]; ok {
				p.Report(Finding{Location: markerLoc(p, v, b),
					Message: fmt.Sprintf("%s repeats number %s", id, raw),
					Related: []Location{markerLoc(p, v, first)}})
				continue
			}
			seen[raw] = b
		}
		return
	}
	for i := 1; i < len(vals); i++ {
		cur := vals[i]
		at := markerLoc(p, v, l.items[i])
		// "(e) and (f) [Repealed]": one item stands for a range.
		if hi, ok := rangeEnd(l.system, d.Blocks[l.items[i-1]].Text); ok && hi > prev {
			prev = hi
		}
		switch {
		case cur == prev+1:
			prev = cur
		case cur == prev+2 && i+1 < len(vals) && vals[i+1] == prev+1:
			p.Report(Finding{Location: at,
				Message: fmt.Sprintf("%s has %s before %s: the two items are in the wrong order", id, mk(i), mk(i+1)),
				Related: []Location{markerLoc(p, v, l.items[i+1])}})
			prev = cur
			i++
		case cur == prev:
			p.Report(Finding{Location: at,
				Message: fmt.Sprintf("%s repeats %s %s: %s is followed by %s", id, kind, mk(i), mk(i-1), mk(i)),
				Related: []Location{markerLoc(p, v, l.items[i-1])}})
		case cur == 1:
			p.Report(Finding{Location: at,
				Message: fmt.Sprintf("%s restarts the list at %s after %s; %s expected", id, mk(i), mk(i-1), want(prev+1))})
			prev = cur
		case cur > prev+1:
			missing := missingRange(want, prev+1, cur-1)
			if cur > prev+2 {
				p.Report(Finding{Location: at,
					Message: fmt.Sprintf("%s skips %ss %s: %s is followed by %s", id, kind, missing, mk(i-1), mk(i))})
			} else {
				p.Report(Finding{Location: at,
					Message: fmt.Sprintf("%s skips %s %s: %s is followed by %s", id, kind, missing, mk(i-1), mk(i))})
			}
			prev = cur
		default:
			p.Report(Finding{Location: at,
				Message: fmt.Sprintf("%s has %s out of order: %s is followed by %s", id, mk(i), mk(i-1), mk(i))})
			prev = cur
		}
	}
}

// missingRange writes "c)" or "c) to e)".
func missingRange(want func(int) string, from, to int) string {
	if from >= to {
		return want(from)
	}
	return want(from) + " to " + want(to)
}

func isAre(n int) string {
	if n > 1 {
		return " are"
	}
	return " is"
}

// rangeConnectors join two markers into a range or pair at the start of an
// item's text: "(e) and (f) [Repealed]", "c) à e) [Abrogés]".
var rangeConnectors = []string{"and ", "to ", "or ", "et ", "à ", "ou ", "y ", "a ", "o ", "и ", "или ", "- ", "– ", "— ", "و", "إلى ", "至", "和", "及"}

// rangeEnd reads the closing marker of a range at the start of text.
func rangeEnd(sys lang.System, text string) (int, bool) {
	for _, c := range rangeConnectors {
		rest, ok := strings.CutPrefix(text, c)
		if !ok {
			continue
		}
		m, _, ok := lang.ParseMarker(strings.TrimSpace(rest))
		if !ok {
			return 0, false
		}
		return valueIn(sys, m)
	}
	return 0, false
}
