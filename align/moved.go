package align

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/paritydoc/parity/corpus"
)

// Limits of the second pass.
const (
	// moveMaxCost is the highest bead cost a second-pass match may have.
	moveMaxCost = 2.0
	// moveMinWords is the least shared-word weight (or number agreement)
	// a second-pass match needs besides length: length alone never moves
	// a block.
	moveMinWords = 1.0
	// moveFarWords is the least shared-word weight of a match out of
	// document order.
	moveFarWords = 1.8
)

// orderBounds says, for each pivot block, between which version blocks
// its counterpart must lie not to cross the one-to-one beads around it.
type orderBounds struct {
	// lo[i] is the last version block of a strong bead wholly before
	// pivot block i (-1 for none); hi[i] the first version block of a
	// strong bead wholly after it (len(a.v) for none).
	lo, hi []int
}

func (a *pairAligner) orderBounds(beads []bead) orderBounds {
	n := len(a.p)
	lo, hi := make([]int, n+1), make([]int, n+1)
	for i := range lo {
		lo[i], hi[i] = -1, len(a.v)
	}
	for _, b := range beads {
		if b.p1 > b.p0 && b.v1 > b.v0 && !weakBead(b) {
			// Before every pivot block from b.p1 on.
			lo[b.p1] = max(lo[b.p1], b.v1-1)
			// After every pivot block before b.p0.
			if b.p0 > 0 {
				hi[b.p0-1] = min(hi[b.p0-1], b.v0)
			}
		}
	}
	for i := 1; i <= n; i++ {
		lo[i] = max(lo[i], lo[i-1])
	}
	for i := n - 1; i >= 0; i-- {
		hi[i] = min(hi[i], hi[i+1])
	}
	return orderBounds{lo: lo, hi: hi}
}

// inOrder reports whether pivot block i and version block j may pair
// without crossing the one-to-one beads around them.
func (o orderBounds) inOrder(i, j int) bool {
	return j > o.lo[i] && j < o.hi[i]
}

// weakBead reports whether a one-to-one bead rests on text alone (length,
// order, shared words) and not on structure (anchors, markers, ids,
// headings), so that a much better match nearby may override it.
func weakBead(b bead) bool {
	if b.p1 == b.p0 || b.v1 == b.v0 || b.moved {
		return false
	}
	for r := range strings.SplitSeq(b.reason, "+") {
		switch {
		case r == "anchor:id", r == "anchor:article", r == "anchor:path", r == "marker", r == "id", r == "terms", r == "heading":
			return false
		}
	}
	return true
}

// moveWindow is how far (in blocks) from its expected place the second
// pass looks for a block's counterpart: moves are local (definitions
// sorted per language within one section), and the window keeps the pass
// linear in the document's length.
const moveWindow = 60

// moveGain is how much cheaper a second-pass match must be than what
// each of its blocks has now.
const moveGain = 1.5

// moves is the second pass: blocks left unmatched, or matched on length
// and order alone, that match each other strongly (shared rare words,
// equal numbers, marker, length) are paired, and reported as moved when
// the pair is out of document order.
func (a *pairAligner) moves(beads []bead) []bead {
	var candP, candV []int
	// curP and curV hold, by block, the cost of its current bead;
	// unmP and unmV whether it is unmatched.
	curP, curV := make([]float64, len(a.p)), make([]float64, len(a.v))
	unmP, unmV := make([]bool, len(a.p)), make([]bool, len(a.v))
	for _, b := range beads {
		switch {
		case b.v0 == b.v1:
			for i := b.p0; i < b.p1; i++ {
				candP = append(candP, i)
				curP[i] = b.cost
				unmP[i] = true
			}
		case b.p0 == b.p1:
			for j := b.v0; j < b.v1; j++ {
				candV = append(candV, j)
				curV[j] = b.cost
				unmV[j] = true
			}
		case weakBead(b):
			// Each block of a merge bears its share of the bead's cost.
			share := b.cost / float64(max(b.p1-b.p0, b.v1-b.v0))
			for i := b.p0; i < b.p1; i++ {
				candP = append(candP, i)
				curP[i] = share
			}
			for j := b.v0; j < b.v1; j++ {
				candV = append(candV, j)
				curV[j] = share
			}
		}
	}
	if len(candP) == 0 || len(candV) == 0 {
		return beads
	}
	sort.Ints(candV)
	// proj[i] is where pivot block i falls in the version, by the beads.
	proj := make([]int, len(a.p)+1)
	for _, b := range beads {
		for i := b.p0; i < b.p1; i++ {
			proj[i] = b.v0
		}
	}
	type link struct {
		i, j int
		cost float64
	}
	var links []link
	if a.loc == nil {
		// The tokens do not change between rounds.
		a.loc = a.newLocalWeights()
	}
	loc := a.loc
	order := a.orderBounds(beads)
	for _, i := range candP {
		lo := sort.SearchInts(candV, proj[i]-moveWindow)
		for _, j := range candV[lo:] {
			if j > proj[i]+moveWindow {
				break
			}
			words := a.sharedWeight(i, i+1, j, j+1)
			both := unmP[i] && unmV[j]
			if both {
				// two blocks both left over: their words count as rare as
				// they are near them
				words = max(words, loc.shared(i, j))
			}
			if words < moveMinWords {
				continue
			}
			if words < moveFarWords && !order.inOrder(i, j) {
				continue
			}
			c := a.cost(i, i+1, j, j+1, nil)
			cp, cv := curP[i], curV[j]
			if both {
				// Two blocks both left over: pair them when that costs
				// less than leaving both out, even with lengths that fit
				// badly (one version splits off lettered parts), given
				// the words they share.
				if c > cp+cv-moveGain || words < moveFarWords {
					continue
				}
			} else if c > moveMaxCost || c > cp-moveGain || c > cv-moveGain {
				// Better than what either block has now.
				continue
			}
			links = append(links, link{i, j, c})
		}
	}
	if len(links) == 0 {
		return beads
	}
	sort.Slice(links, func(x, y int) bool {
		if links[x].cost != links[y].cost {
			return links[x].cost < links[y].cost
		}
		if links[x].i != links[y].i {
			return links[x].i < links[y].i
		}
		return links[x].j < links[y].j
	})
	newV := map[int]int{} // pivot index → version index
	takenV := map[int]bool{}
	for _, l := range links {
		if _, ok := newV[l.i]; ok || takenV[l.j] {
			continue
		}
		newV[l.i] = l.j
		takenV[l.j] = true
	}
	return a.relink(beads, newV, takenV, false)
}

// relink pairs pivot block i with version block newV[i] (takenV holds the
// version blocks so paired), rebuilding the bead list in place: a pivot
// block that got a new partner takes it where the pivot block stood;
// version blocks that lost their partner become unmatched where they
// stood. Only weak and unmatched beads are broken up, unless force. The
// pairs out of the order of both versions are then marked moved.
func (a *pairAligner) relink(beads []bead, newV map[int]int, takenV map[int]bool, force bool) []bead {
	out := make([]bead, 0, len(beads)+len(newV))
	unmatchedV := func(j int, at bead) bead {
		c := a.cost(at.p0, at.p0, j, j+1, nil)
		return bead{p0: at.p0, p1: at.p0, v0: j, v1: j + 1, cost: c, conf: confidence(c, false), reason: "unmatched"}
	}
	for _, b := range beads {
		touched := false
		for i := b.p0; i < b.p1; i++ {
			if _, ok := newV[i]; ok {
				touched = true
			}
		}
		for j := b.v0; j < b.v1; j++ {
			if takenV[j] {
				touched = true
			}
		}
		if !touched || !(force || weakBead(b) || b.p0 == b.p1 || b.v0 == b.v1) {
			out = append(out, b)
			continue
		}
		if force {
			// The blocks of a broken bead that keep no new partner stay
			// together (the lead-in "In this Act," with the French "Les
			// définitions qui suivent…" it shared a bead with).
			if keep, ok := leftover(b, newV, takenV); ok {
				var why []string
				keep.cost = a.cost(keep.p0, keep.p1, keep.v0, keep.v1, &why)
				keep.conf, keep.reason = confidence(keep.cost, true), joinReasons(why)
				for i := b.p0; i < b.p1; i++ {
					if j, ok := newV[i]; ok {
						var why []string
						c := a.cost(i, i+1, j, j+1, &why)
						out = append(out, bead{p0: i, p1: i + 1, v0: j, v1: j + 1, cost: c, conf: confidence(c, true), reason: joinReasons(why)})
					} else if i == keep.p0 {
						out = append(out, keep)
					}
				}
				continue
			}
		}
		for i := b.p0; i < b.p1; i++ {
			if j, ok := newV[i]; ok {
				var why []string
				c := a.cost(i, i+1, j, j+1, &why)
				out = append(out, bead{p0: i, p1: i + 1, v0: j, v1: j + 1, cost: c, conf: termsConfidence(c, why), reason: joinReasons(why)})
			} else {
				c := a.cost(i, i+1, b.v0, b.v0, nil)
				out = append(out, bead{p0: i, p1: i + 1, v0: b.v0, v1: b.v0, cost: c, conf: confidence(c, false), reason: "unmatched"})
			}
		}
		for j := b.v0; j < b.v1; j++ {
			if !takenV[j] {
				out = append(out, unmatchedV(j, b))
			}
		}
	}
	// A link is moved when it stands out of the version's order: the
	// matched beads that keep the longest chain in order of both versions
	// are in place, the others moved.
	var matched []anchor
	for k, b := range out {
		if b.p1 > b.p0 && b.v1 > b.v0 {
			matched = append(matched, anchor{i: b.p0, j: b.v0, kind: strconv.Itoa(k)})
		}
	}
	inOrder := map[string]bool{}
	for _, m := range lis(matched) {
		inOrder[m.kind] = true
	}
	for _, m := range matched {
		if inOrder[m.kind] {
			continue
		}
		k, _ := strconv.Atoi(m.kind)
		b := &out[k]
		if b.moved {
			continue
		}
		b.moved = true
		if b.reason == "order" {
			b.reason = "moved"
		} else {
			b.reason += "+moved"
		}
	}
	return out
}

// grow attaches unmatched blocks to the matched bead just before or after
// them when that lowers the total cost: the DP merges at most two blocks,
// while one version may list (a), (b), (c) where the other writes one
// sentence.
func (a *pairAligner) grow(beads []bead) []bead {
	changed := true
	for pass := 0; changed && pass < 8; pass++ {
		changed = false
		for k := 0; k < len(beads); k++ {
			u := beads[k]
			if (u.p1 > u.p0) == (u.v1 > u.v0) || u.moved {
				continue
			}
			try := func(n int, before bool) bool {
				if n < 0 || n >= len(beads) {
					return false
				}
				m := beads[n]
				if m.p1 == m.p0 || m.v1 == m.v0 || m.moved {
					return false
				}
				// u must touch m on the side where it has blocks.
				g := m
				if before { // u follows m
					if u.p1 > u.p0 && u.p0 != m.p1 || u.v1 > u.v0 && u.v0 != m.v1 {
						return false
					}
					if u.p1 > u.p0 {
						g.p1 = u.p1
					}
					if u.v1 > u.v0 {
						g.v1 = u.v1
					}
				} else { // u precedes m
					if u.p1 > u.p0 && u.p1 != m.p0 || u.v1 > u.v0 && u.v1 != m.v0 {
						return false
					}
					if u.p1 > u.p0 {
						g.p0 = u.p0
					}
					if u.v1 > u.v0 {
						g.v0 = u.v0
					}
				}
				if g.p1-g.p0 > 8 || g.v1-g.v0 > 8 {
					return false
				}
				var why []string
				c := a.cost(g.p0, g.p1, g.v0, g.v1, &why)
				if c >= m.cost+u.cost {
					return false
				}
				g.cost, g.conf, g.reason = c, confidence(c, true), joinReasons(why)
				beads[n] = g
				beads = append(beads[:k], beads[k+1:]...)
				return true
			}
			if try(k-1, true) || try(k+1, false) {
				changed = true
				k--
			}
		}
	}
	return beads
}

// localWeights weigh the words two blocks share by how rare they are near
// each block (within moveWindow blocks), not in the whole document: the
// second pass looks for a counterpart of a left-over block only nearby,
// and a word found once in a section distinguishes its block there
// however often the rest of the document uses it (a paragraph left in
// English elsewhere must not make "decision" common in the French text
// and unpair the definitions of "decision" and "décision").
type localWeights struct {
	a *pairAligner
	// postP and postV list, per token, the blocks holding it, in order.
	postP, postV [][]int32
}

func (a *pairAligner) newLocalWeights() *localWeights {
	post := func(toks [][]int32) [][]int32 {
		// Count first, so that the lists share one backing array.
		n := make([]int, len(a.isNumber))
		total := 0
		for _, l := range toks {
			for _, t := range l {
				n[t]++
			}
			total += len(l)
		}
		backing := make([]int32, total)
		out := make([][]int32, len(a.isNumber))
		for t, c := range n {
			out[t] = backing[:0:c]
			backing = backing[c:]
		}
		for b, l := range toks {
			for _, t := range l {
				out[t] = append(out[t], int32(b))
			}
		}
		return out
	}
	return &localWeights{a: a, postP: post(a.ptok), postV: post(a.vtok)}
}

// near counts the blocks of a posting list within moveWindow of block b.
func near(post []int32, b int) int {
	lo := sort.Search(len(post), func(k int) bool { return int(post[k]) >= b-moveWindow })
	hi := sort.Search(len(post), func(k int) bool { return int(post[k]) > b+moveWindow })
	return hi - lo
}

// shared sums, over the tokens pivot block i and version block j share,
// the inverse of the token's frequency near i in the pivot plus near j in
// the version.
func (l *localWeights) shared(i, j int) float64 {
	x, y := l.a.ptok[i], l.a.vtok[j]
	s := 0.0
	for p, q := 0, 0; p < len(x) && q < len(y); {
		switch {
		case x[p] == y[q]:
			t := x[p]
			s += 1/float64(max(1, near(l.postP[t], i))) + 1/float64(max(1, near(l.postV[t], j)))
			p++
			q++
		case x[p] < y[q]:
			p++
		default:
			q++
		}
	}
	return s
}

// leftover returns the bead of the blocks of b that relink leaves without
// a new partner, when there are some on both sides and each side's are
// consecutive.
func leftover(b bead, newV map[int]int, takenV map[int]bool) (bead, bool) {
	k := bead{p0: -1, v0: -1}
	for i := b.p0; i < b.p1; i++ {
		if _, ok := newV[i]; ok {
			continue
		}
		if k.p0 >= 0 && k.p1 != i {
			return bead{}, false
		}
		if k.p0 < 0 {
			k.p0 = i
		}
		k.p1 = i + 1
	}
	for j := b.v0; j < b.v1; j++ {
		if takenV[j] {
			continue
		}
		if k.v0 >= 0 && k.v1 != j {
			return bead{}, false
		}
		if k.v0 < 0 {
			k.v0 = j
		}
		k.v1 = j + 1
	}
	return k, k.p0 >= 0 && k.v0 >= 0
}

// definitions pairs the definitions of the two versions that define the
// same terms (corpus.Block.Terms: a French definition names the English
// term and the English one the French term), wherever each version sorts
// them, and the list items that follow each such pair in order when both
// have as many: each language sorts its definitions alphabetically, so
// their order differs, and no shared word or length says which is which
// as surely as the terms do. Only terms found once in each version count.
// Pairs out of document order are marked moved.
func (a *pairAligner) definitions(beads []bead) []bead {
	count := func(fs []feat) map[string]int {
		m := map[string]int{}
		for i := range fs {
			if fs[i].terms != "" {
				if _, ok := m[fs[i].terms]; ok {
					m[fs[i].terms] = -1
				} else {
					m[fs[i].terms] = i
				}
			}
		}
		return m
	}
	inV := count(a.v)
	if len(inV) == 0 {
		return beads
	}
	inP := count(a.p)
	paired := map[[2]int]bool{}
	for _, b := range beads {
		if b.p1-b.p0 == 1 && b.v1-b.v0 == 1 {
			paired[[2]int{b.p0, b.v0}] = true
		}
	}
	newV := map[int]int{}
	takenV := map[int]bool{}
	link := func(i, j int) {
		if !paired[[2]int{i, j}] {
			newV[i] = j
			takenV[j] = true
		}
	}
	for i := range a.p {
		t := a.p[i].terms
		if t == "" || inP[t] < 0 {
			continue
		}
		j, ok := inV[t]
		if !ok || j < 0 {
			continue
		}
		link(i, j)
		ti, tj := definitionTail(a.p, i), definitionTail(a.v, j)
		if ti == tj {
			for k := 1; k <= ti; k++ {
				link(i+k, j+k)
			}
		}
	}
	if len(newV) == 0 {
		return beads
	}
	return a.absorbTails(a.relink(beads, newV, takenV, true))
}

// absorbTails folds the list items of a definition that only one version
// enumerates ((a) endangers…, (b) significantly degrades… where the other
// writes one sentence) into the bead of the definition they follow, when
// they are left unmatched: they are part of that definition, not blocks
// the other version lacks.
func (a *pairAligner) absorbTails(beads []bead) []bead {
	loneP, loneV := map[int]int{}, map[int]int{} // block → bead index, for beads of one unmatched block
	for k, b := range beads {
		switch {
		case b.v0 == b.v1 && b.p1 == b.p0+1:
			loneP[b.p0] = k
		case b.p0 == b.p1 && b.v1 == b.v0+1:
			loneV[b.v0] = k
		}
	}
	drop := map[int]bool{}
	for k := range beads {
		b := &beads[k]
		if b.p1 != b.p0+1 || b.v1 != b.v0+1 || a.p[b.p0].terms == "" || a.p[b.p0].terms != a.v[b.v0].terms {
			continue
		}
		tp, tv := definitionTail(a.p, b.p0), definitionTail(a.v, b.v0)
		if (tp == 0) == (tv == 0) {
			continue
		}
		lone, n := loneP, tp
		if tv > 0 {
			lone, n = loneV, tv
		}
		base := b.p0
		if tv > 0 {
			base = b.v0
		}
		all := true
		for t := 1; t <= n; t++ {
			if _, ok := lone[base+t]; !ok {
				all = false
			}
		}
		if !all {
			continue
		}
		for t := 1; t <= n; t++ {
			drop[lone[base+t]] = true
		}
		if tp > 0 {
			b.p1 += tp
		} else {
			b.v1 += tv
		}
		var why []string
		b.cost = a.cost(b.p0, b.p1, b.v0, b.v1, &why)
		b.conf = termsConfidence(b.cost, why)
		reason := joinReasons(why)
		if b.moved {
			reason += "+moved"
		}
		b.reason = reason
	}
	if len(drop) == 0 {
		return beads
	}
	out := beads[:0]
	for k, b := range beads {
		if !drop[k] {
			out = append(out, b)
		}
	}
	return out
}

// definitionTail counts the blocks that follow definition block i and
// belong to it: its list items ((a), (b), at the level of the first one or
// deeper) and the paragraphs among or after them ("(c.1) the office of…",
// "but does not include"), up to the next definition, a heading, or an
// item of a shallower level; a definition without items has none.
func definitionTail(fs []feat, i int) int {
	n, items := 0, 0
	lvl := -1
	for k := i + 1; k < len(fs); k++ {
		b := fs[k].block
		if fs[k].terms != "" || b.Kind == corpus.KindHeading {
			break
		}
		if b.Kind == corpus.KindItem && b.Marker != nil {
			if lvl < 0 {
				lvl = b.Level
			} else if b.Level < lvl {
				break
			}
			items++
		} else if items == 0 {
			break
		}
		n++
	}
	// paragraphs after the last item belong to the next provision unless
	// a definition follows
	for n > 0 && i+n+1 < len(fs) && fs[i+n+1].terms == "" {
		if b := fs[i+n].block; b.Kind == corpus.KindItem && b.Marker != nil {
			break
		}
		n--
	}
	return n
}

// termsConfidence is the confidence of a matched bead of cost c: at
// least termsMinConf when its first blocks define the same terms, which
// says they correspond whatever their lengths.
func termsConfidence(c float64, why []string) float64 {
	conf := confidence(c, true)
	if slices.Contains(why, "terms") {
		conf = max(conf, termsMinConf)
	}
	return conf
}

// termsMinConf is the least confidence of a row whose definitions define
// the same terms in both versions.
const termsMinConf = 0.95
