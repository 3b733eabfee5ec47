package rules

import (
	"fmt"
	"strings"

	"github.com/paritydoc/parity/corpus"
)

// ListCount reports lists that have a different number of items in
// different versions.
var ListCount = &Rule{
	Name: "list/count",
	Doc: `Reports a list that has a different number of items in one version than in the others, and names the items that are missing or extra. ` +
		`Lists are matched across versions through the alignment of their items; when the versions disagree, the count most versions share is taken as right (with two versions, the pivot's). A list that one version writes as plain paragraphs without markers is not compared.`,
	Severity:    Error,
	MinVersions: 2,
	Run:         runListCount,
}

func runListCount(p *Pass) error {
	if p.Alignment == nil || len(p.Alignment.Rows) == 0 {
		return nil
	}
	vs := p.Versions()
	ix := rowIndex(p)
	pv := pivot(p)
	all := make([][]*list, len(vs))
	of := make([][]*list, len(vs))
	for v, d := range vs {
		all[v] = lists(v, d)
		of[v] = listOf(all[v], len(d.Blocks))
	}
	for _, L := range all[pv] {
		// counterpart list in every other version
		cp := make([]*list, len(vs))
		cp[pv] = L
		for v := range vs {
			if v == pv {
				continue
			}
			votes := map[*list]int{}
			var order []*list
			for _, b := range L.items {
				r := ix.row[pv][b]
				for _, ob := range cell(p, r, v) {
					if m := of[v][ob]; m != nil && m.level == L.level {
						if votes[m] == 0 {
							order = append(order, m)
						}
						votes[m]++
					}
				}
			}
			var best *list
			for _, m := range order {
				if best == nil || votes[m] > votes[best] {
					best = m
				}
			}
			// The counterpart must hold at least half of the pivot's items
			// (or of its own) to be the same list.
			if best != nil && votes[best]*2 >= max(len(L.items), len(best.items)) {
				cp[v] = best
			} else {
				reportMissingList(p, ix, L, v, all[v])
			}
		}
		counts := map[string]int{}
		n := 0
		for _, m := range cp {
			if m != nil {
				counts[fmt.Sprint(len(m.items))]++
				n++
			}
		}
		if n < 2 || len(counts) < 2 {
			continue
		}
		right := majority(counts, fmt.Sprint(len(L.items)))
		var ref *list
		var holders []string
		for v, m := range cp {
			if m != nil && fmt.Sprint(len(m.items)) == right {
				holders = append(holders, vs[v].ID)
				// Name the pivot's items when it is among them.
				if ref == nil || v == pv {
					ref = m
				}
			}
		}
		for _, m := range cp {
			if m == nil || m == ref || fmt.Sprint(len(m.items)) == right {
				continue
			}
			reportListDiff(p, ix, ref, m, holders)
		}
	}
	return nil
}

// reportListDiff reports list got (in one version) against list ref (the
// version(s) taken as right), naming missing and extra items.
func reportListDiff(p *Pass, ix *index, ref, got *list, holders []string) {
	vs := p.Versions()
	rd, gd := vs[ref.version], vs[got.version]
	inGot := map[int]bool{}
	for _, b := range got.items {
		inGot[b] = true
	}
	inRef := map[int]bool{}
	for _, b := range ref.items {
		inRef[b] = true
	}
	rowsOf := func(l *list) map[int]bool {
		m := map[int]bool{}
		for _, b := range l.items {
			if r := ix.row[l.version][b]; r >= 0 {
				m[r] = true
			}
		}
		return m
	}
	gotRows, refRows := rowsOf(got), rowsOf(ref)
	// Missing: ref items whose row holds nothing of got.
	var missing []string
	firstMissing := -1
	at := -1 // got item before which the first missing item belongs
	for k, b := range ref.items {
		r := ix.row[ref.version][b]
		if r >= 0 && gotRows[r] {
			continue
		}
		missing = append(missing, markerName(rd, b))
		if firstMissing < 0 {
			firstMissing = b
			for _, nb := range ref.items[k+1:] {
				for _, gb := range cell(p, ix.row[ref.version][nb], got.version) {
					if inGot[gb] {
						at = gb
						break
					}
				}
				if at >= 0 {
					break
				}
			}
		}
	}
	var extra []string
	extraAt := -1
	for _, b := range got.items {
		r := ix.row[got.version][b]
		if r >= 0 && refRows[r] {
			continue
		}
		extra = append(extra, markerName(gd, b))
		if extraAt < 0 {
			extraAt = b
		}
	}
	msg := fmt.Sprintf("%s list has %d items where %s %s %d", gd.ID, len(got.items), joinIDs(holders), hasHave(len(holders)), len(ref.items))
	if len(missing) > 0 {
		msg += fmt.Sprintf("; no counterpart in %s for %s item %s", gd.ID, rd.ID, joinList(missing))
	}
	if len(extra) > 0 {
		msg += fmt.Sprintf("; %s item %s has no counterpart in %s", gd.ID, joinList(extra), rd.ID)
	}
	loc := got.items[0]
	switch {
	case len(missing) > 0 && at >= 0:
		loc = at
	case len(missing) > 0:
		loc = got.items[len(got.items)-1]
	case extraAt >= 0:
		loc = extraAt
	}
	relBlock := ref.items[0]
	if firstMissing >= 0 {
		relBlock = firstMissing
	}
	rel := []Location{markerLoc(p, ref.version, relBlock)}
	p.Report(Finding{Location: markerLoc(p, got.version, loc), Message: msg, Related: rel})
}

func markerName(d *corpus.Document, b int) string {
	if m := d.Blocks[b].Marker; m != nil {
		return m.Raw
	}
	return fmt.Sprintf("at line %d", d.Blocks[b].Line)
}

func joinList(xs []string) string {
	if len(xs) > 6 {
		return joinIDs(append(xs[:5:5], fmt.Sprintf("%d more", len(xs)-5)))
	}
	return joinIDs(xs)
}

// reportMissingList reports a list of the pivot that version v writes
// without a list (T-3.4 s. 12(5): (a) and (b) in English, one sentence in
// French): the block that leads into the list has a counterpart in v, no
// list follows that counterpart, and v numbers lists of the same kind
// elsewhere (so it is not a version that drops markers altogether).
func reportMissingList(p *Pass, ix *index, L *list, v int, vl []*list) {
	if len(L.items) < 2 {
		return
	}
	uses := false
	for _, m := range vl {
		if sameFamily(m.system, L.system) {
			uses = true
		}
	}
	if !uses {
		return
	}
	vs := p.Versions()
	pd, vd := vs[L.version], vs[v]
	lead := L.items[0] - 1
	for lead >= 0 && (!final(&pd.Blocks[lead]) || pd.Blocks[lead].Kind == corpus.KindFootnote) {
		lead--
	}
	if lead < 0 {
		return
	}
	lr := ix.row[L.version][lead]
	pc := cell(p, lr, v)
	if row := p.Alignment.Rows[lr]; len(pc) == 0 || row.Confidence < 0.8 || row.Moved && !strings.Contains(row.Reason, "terms") {
		// the lead-in's counterpart must be certain, or the finding would
		// point at an unrelated place (a moved row is, when both versions
		// define the same terms in it: a Canadian definition)
		return
	}
	// a list in v right after the counterpart of the lead-in (or inside it)
	starts := map[int]bool{}
	for _, m := range vl {
		starts[m.items[0]] = true
	}
	last := pc[len(pc)-1]
	for b := pc[0]; b <= last+1 && b < len(vd.Blocks); b++ {
		if starts[b] {
			return
		}
	}
	// the pivot's items must have no item counterparts in v at all
	for _, b := range L.items {
		for _, ob := range cell(p, ix.row[L.version][b], v) {
			if vd.Blocks[ob].Kind == corpus.KindItem && !containsInt(pc, ob) {
				return
			}
		}
	}
	var names []string
	for _, b := range L.items {
		names = append(names, markerName(pd, b))
	}
	p.Report(Finding{Location: p.Loc(v, pc[0]),
		Message: fmt.Sprintf("%s has no list where %s has %d items %s after %s", vd.ID, pd.ID, len(L.items), joinList(names), quote(snippet(pd.Blocks[lead].Text, 30))),
		Related: []Location{markerLoc(p, L.version, L.items[0])}})
}
