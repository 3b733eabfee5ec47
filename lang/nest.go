package lang

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// ResolveList reads the markers of consecutive blocks as lists: it picks
// the reading of each ambiguous marker that fits its list, and returns the
// nesting level of each block.
//
// ms holds the markers of the blocks in document order; a nil entry is a
// block without a marker, which does not break a list. A marker with a Unit
// (a numbered heading) is not a list item: it closes every open list.
// Levels are 0 for nil entries and headings, 1 for the outermost list, 2 for
// a sub-list, and so on.
//
// A list is a run of markers of one system and style ("a)", "b)", "c)"); a
// marker of another system opens a sub-list under the item before it, and
// a marker of a system already open closes the lists above it. After a
// block without a marker, a new list starting at 1 in another system starts
// over at level 1 (a new section) rather than opening a sub-list.
//
// Ambiguous markers are resolved in place: the chosen reading becomes the
// marker and the others stay in its Alt chain (the readings move within the
// chain's own markers: a chain must belong to its marker alone, as
// ParseMarker's do, not be shared with another). So "i)" after "h)" is the
// letter i, and "i)" after "a)" (or before "ii)") opens a roman sub-list;
// likewise "v)", "x)", "c)", "d)", "l)", "m)", and Arabic letters in abjad
// or alphabetical order (أ ب ج against أ ب ت).
//
// In text that flattens tracked changes, each list is read twice: the old
// sequence and the new one must each run on by one. A flattened pair ("ef)":
// old e, new f) advances both; a plain marker is in both texts, or only in
// the new one (Change = ChangeInserted), or only in the old one
// (ChangeDeleted), whichever keeps both sequences consecutive. "iii)" after
// an inserted "i)" is thus read as old i) + new ii), not as roman 3.
//
// The search keeps the cheapest few readings of the whole list at each
// step, so a later marker can decide an earlier one. It is linear in the
// number of markers.
func ResolveList(ms []*Marker) []int {
	return ResolveListInto(ms, nil)
}

// ResolveListInto is ResolveList writing the levels into the memory of
// levels when it holds len(ms) of them, so that a caller that resolves
// many runs allocates nothing per run. It returns the levels.
func ResolveListInto(ms []*Marker, levels []int) []int {
	if cap(levels) >= len(ms) {
		levels = levels[:len(ms)]
		clear(levels)
	} else {
		levels = make([]int, len(ms))
	}
	// A list that runs on from its first marker is read as runOn reads
	// it: the markers up to the last that runs on (all, most often) are
	// items at level 1, with no change and their first reading, and the
	// search goes on from the state they leave. Old and new readings are
	// told apart only in a text that has flattened pairs (revisions);
	// elsewhere every plain marker is in both texts.
	start, first, last, more, revisions := mkRunOn(ms)
	for i, m := range ms[:start] {
		if m != nil {
			levels[i] = 1
			m.Change = ChangeNone
		}
	}
	if !more {
		return levels
	}
	lastMarker := len(ms) - 1
	for lastMarker >= 0 && ms[lastMarker] == nil {
		lastMarker--
	}
	a := mkScratchPool.Get().(*mkScratch)
	defer a.release()
	states := append(a.states[:0], mkState{top: -1, steps: -1})
	if start > 0 {
		// The state runOn leaves: the list opened by the first marker
		// (which it notes as a step, at level 1 with no change, as above)
		// and run on to the last value. Its nodes for the markers in
		// between are not needed: no other state shares them.
		a.runOn(&states[0], ms[first], first)
		f := &a.nodes[states[0].top].f
		f.lastNew, f.lastOld = last, last
	}
	for i := start; i < len(ms); i++ {
		m := ms[i]
		switch {
		case m == nil:
			for j := range states {
				states[j].gap = true
			}
			continue
		case m.Unit != UnitNone || m.System == SystemNone:
			// A heading closes every list: the states differ only in
			// cost now, and the cheapest (the first) stands for all.
			for j := range states {
				states[j].top, states[j].gap = -1, false
			}
			mkSortStates(states)
			states = states[:1]
			continue
		}
		if !revisions && len(states) == 1 && a.runOn(&states[0], m, i) {
			continue
		}
		next := a.cands[:0]
		a.least = math.Inf(1)
		// The readings: m, then its Alt chain, up to mkMaxReadings.
		ri := 0
		for r := m; r != nil && ri < mkMaxReadings; r, ri = r.Alt, ri+1 {
			if r.Old != nil && !revisions {
				continue
			}
			// A large roman reading of a marker that also reads otherwise
			// (c) = 100, d) = 500, l) = 50, m) = 1000) only continues a
			// roman list: it opens none.
			continueOnly := m.Alt != nil && mkRomanNeedsContext(r)
			next = a.successors(next, states, ri, r, a.style(r.Style), revisions, continueOnly)
		}
		a.cands = next
		if len(next) == 0 {
			continue // cannot happen: every reading can open a list
		}
		if i == lastMarker {
			// The last marker: the state read at the end is the one prune
			// would keep first, the cheapest candidate (the first made of
			// those that cost as much). The others could only have
			// mattered to markers after it.
			best := 0
			for ci := 1; ci < len(next); ci++ {
				if next[ci].cost < next[best].cost {
					best = ci
				}
			}
			a.kept[0] = int32(best)
			states = a.keep(next, 1, states, i)
			continue
		}
		states = a.prune(next, states, i)
	}
	a.states = states
	for st := states[0].steps; st >= 0; st = a.steps[st].prev {
		step := &a.steps[st]
		levels[step.idx] = int(step.level)
		m := ms[step.idx]
		if step.reading != 0 {
			mkChooseReading(m, int(step.reading))
		}
		if m.Old != nil {
			m.Change = ChangeReplaced
		} else {
			m.Change = step.change
		}
	}
	return levels
}

// runOn reads m (marker idx, no flattened pair, in a text without
// revisions) in s, the only state, when there is one way to read it: its
// other readings make no successor (see altsIdle), and either no list is
// open, so that m opens the first one, or m runs on by one a list open
// in s from a value other than 0 (a list at 0 could also restart at 1),
// or it is a bullet of an open list of bullets. It reports false, and
// changes nothing, otherwise: the search then weighs every successor.
// What it makes is what successors, prune and keep make of their single
// candidate.
func (a *mkScratch) runOn(s *mkState, m *Marker, idx int) bool {
	if m.Alt != nil && !a.altsIdle(s, m) {
		return false
	}
	style := a.style(m.Style)
	depth := int32(len(m.Path))
	v := m.Value
	if s.top < 0 {
		// successors: start(-1, first) with its one candidate.
		first := s.firstCost()
		cost := first
		if m.System != SystemBullet {
			if v != 1 {
				first += mkCostFirstOff - mkCostOffStart // mkStartCost adds the rest
			}
			cost = first + mkStartCost(v)
		}
		a.nodes = append(a.nodes, mkNode{f: mkFrame{sys: m.System, style: style, depth: depth, lastNew: v, lastOld: v},
			pre: a.pre(-1, m.System, style, depth), parent: -1, level: 1})
		a.steps = append(a.steps, mkStep{prev: s.steps, idx: int32(idx), level: 1})
		*s = mkState{top: int32(len(a.nodes) - 1), cost: s.cost + cost, steps: int32(len(a.steps) - 1)}
		return true
	}
	for n := s.top; n >= 0; {
		node := &a.nodes[n]
		f := &node.f
		if f.sys != m.System || f.style != style || f.depth != depth {
			n = node.parent
			continue
		}
		top, level := n, node.level
		if m.System != SystemBullet {
			if v == 1 || v != f.lastNew+1 || v != f.lastOld+1 {
				return false
			}
			nf := *f
			nf.lastNew, nf.lastOld = v, v
			// In place, as keep writes them: a literal appended would be
			// built on the stack and copied.
			pre, parent := node.pre, node.parent
			top = int32(len(a.nodes))
			if len(a.nodes) == cap(a.nodes) {
				a.nodes = slices.Grow(a.nodes, 1)
			}
			a.nodes = a.nodes[:top+1]
			nd := &a.nodes[top]
			nd.f, nd.pre, nd.parent, nd.level = nf, pre, parent, level
		}
		st := int32(len(a.steps))
		if len(a.steps) == cap(a.steps) {
			a.steps = slices.Grow(a.steps, 1)
		}
		a.steps = a.steps[:st+1]
		sp := &a.steps[st]
		sp.prev, sp.idx, sp.reading, sp.level, sp.change = s.steps, int32(idx), 0, level, ChangeNone
		s.top, s.gap, s.steps = top, false, st
		return true
	}
	return false
}

// mkRunOn reads the start of ms that is one list that runs on, in a list
// without flattened pairs, which the search reads with runOn alone,
// weighing nothing: no marker of it is a heading, all are of the first
// one's system, style and depth, each after the first runs on by one from
// the one before it to a value other than 1 (which could also restart the
// list), or, a bullet, just follows it, and each reading in their Alt
// chains is a flattened pair or a large roman numeral of a list other
// than theirs (see altsIdle). runOn then opens the list with the first
// marker, at level 1, whatever its value, and runs it on with each of the
// others, at level 1, with no change and its first reading. mkRunOn
// returns the end of that start of ms (after its last marker, 0 when
// there is none), the index of its first marker and the value of its
// last, whether ms has markers after it, and whether ms has a flattened
// pair (revisions, with no such start).
func mkRunOn(ms []*Marker) (end, first, last int, more, revisions bool) {
	i := 0
	for i < len(ms) && ms[i] == nil {
		i++
	}
	if i < len(ms) {
		if m0 := ms[i]; m0.Unit == UnitNone && m0.System != SystemNone && m0.Old == nil && (m0.Alt == nil || mkAltsIdle(m0, nil)) {
			// The markers after the first that run on from it.
			first, end, last = i, i+1, m0.Value
			sys, style, depth := m0.System, m0.Style, len(m0.Path)
			for i++; i < len(ms); i++ {
				m := ms[i]
				if m == nil {
					continue
				}
				if m.System != sys || m.Unit != UnitNone || m.Old != nil || len(m.Path) != depth ||
					len(m.Style) != len(style) || unsafe.StringData(m.Style) != unsafe.StringData(style) && m.Style != style ||
					sys != SystemBullet && (m.Value == 1 || m.Value != last+1) ||
					m.Alt != nil && !mkAltsIdle(m, m0) {
					break
				}
				end, last = i+1, m.Value
			}
		}
	}
	// The markers after them, if any: is one of them a flattened pair?
	for ; i < len(ms); i++ {
		if m := ms[i]; m != nil {
			more = true
			if m.Old != nil {
				return 0, 0, 0, true, true
			}
		}
	}
	return end, first, last, more, false
}

// mkAltsIdle reports whether every reading in m's Alt chain is a
// flattened pair or a large roman numeral of a list other than that of
// m0 (m's own when m0 is nil): none makes a successor when runOn reads m
// (see altsIdle).
func mkAltsIdle(m, m0 *Marker) bool {
	if m0 == nil {
		m0 = m
	}
	for r := m.Alt; r != nil; r = r.Alt {
		if r.Old == nil && (!mkRomanNeedsContext(r) || r.System == m0.System && mkSameStyle(r, m0)) {
			return false
		}
	}
	return true
}

// mkSameStyle reports whether m and n have the same style and depth. The
// styles of a list's markers are most often one string, whose bytes need
// no compare.
func mkSameStyle(m, n *Marker) bool {
	return len(m.Path) == len(n.Path) && len(m.Style) == len(n.Style) &&
		(unsafe.StringData(m.Style) == unsafe.StringData(n.Style) || m.Style == n.Style)
}

// altsIdle reports whether none of m's readings after the first makes a
// successor of s, in a text without revisions: each is a flattened pair
// (weighed only in text with revisions) or a large roman numeral that
// only continues a roman list (mkRomanNeedsContext), of which s has none
// open.
func (a *mkScratch) altsIdle(s *mkState, m *Marker) bool {
	ri := 1
	for r := m.Alt; r != nil && ri < mkMaxReadings; r, ri = r.Alt, ri+1 {
		if r.Old != nil {
			continue
		}
		if !mkRomanNeedsContext(r) {
			return false
		}
		style := a.styleIndex(r.Style)
		if style < 0 {
			continue // no list of that style is open
		}
		for n := s.top; n >= 0; n = a.nodes[n].parent {
			if a.nodes[n].f.same(r, style) {
				return false
			}
		}
	}
	return true
}

// mkBeam is how many partial readings ResolveList keeps, and mkSlack how
// much more than the best one they may cost.
const (
	mkBeam  = 16
	mkSlack = 6.0
)

// mkMaxDepth bounds list nesting.
const mkMaxDepth = 9

// Costs of the reading choices. A list that runs on costs nothing; every
// departure from that costs something.
const (
	mkCostInserted  = 1.0 // plain marker in the new text only
	mkCostDeleted   = 1.5 // plain marker in the old text only
	mkCostRestart   = 1.0 // a list of the same system starts again at 1
	mkCostPush      = 1.0 // a sub-list opens at 1
	mkCostPushGap   = 2.0 // ... after a block without a marker
	mkCostReset     = 3.0 // a new list at level 1 closes the open ones
	mkCostResetGap  = 1.0 // ... after a block without a marker
	mkCostOffStart  = 4.0 // a list opens at a value other than 1
	mkCostJump      = 4.0 // a list skips or repeats values
	mkCostPairNew   = 2.5 // a pair whose new half runs on, the old not
	mkCostPairOld   = 3.0 // a pair whose old half runs on, the new not
	mkCostPairNone  = 5.0 // a pair neither half of which runs on
	mkCostAltReader = 0.3 // per step down the Alt chain
	mkCostFirstOff  = 1.5 // the first list of the text starts past 1
)

// mkFrame is one open list. style is the index of its Style in
// mkScratch.styles: the frames, nodes and steps of the search hold no
// pointers, so that the garbage collector has nothing to scan or track in
// them.
type mkFrame struct {
	lastNew int
	lastOld int
	style   int32
	depth   int32 // components of a multi-level number
	sys     System
}

func (f *mkFrame) same(r *Marker, style int32) bool {
	return f.sys == r.System && f.style == style && int(f.depth) == len(r.Path)
}

// mkNode is one open list: a persistent stack, shared between states,
// in mkScratch.nodes. parent is the index of the list it is under, -1
// at the outermost level. pre is the hash of the lists under it and of
// its system, style and depth, which the lists that continue it share:
// its hash (of this list and those under it) is mkHash(pre, f).
type mkNode struct {
	f      mkFrame
	pre    uint64
	parent int32
	level  int32 // 1 for the outermost list
}

// mkStep is the reading of one marker in a state's history, in
// mkScratch.steps; prev is the index of the step before, -1 for none.
type mkStep struct {
	prev    int32
	idx     int32
	reading int32
	level   int32
	change  Change
}

// mkState is one partial reading of the list: top is the index of its
// innermost open list (-1 for none), steps of its last step.
type mkState struct {
	top   int32
	gap   bool
	cost  float64
	steps int32
}

// firstCost is what opening the first list of the text costs in state s:
// nothing at the start, more after headings, less after a block without a
// marker.
func (s *mkState) firstCost() float64 {
	switch {
	case s.steps < 0:
		return 0
	case s.gap:
		return mkCostResetGap
	}
	return mkCostPush // a list after headings
}

// mkCand is a state that may follow one of the current states: its stack
// is top, or a list f pushed over parent when push is set, which (like
// its step) is made only if the state is kept; pre is then the list's
// mkNode.pre.
type mkCand struct {
	f      mkFrame
	cost   float64
	pre    uint64
	from   int32 // the state it follows
	parent int32
	top    int32
	level  int32
	ri     int32
	push   bool
	change Change
}

// candHash is the hash of c's stack.
func (a *mkScratch) candHash(c *mkCand) uint64 {
	if c.push {
		return mkHash(c.pre, &c.f)
	}
	n := &a.nodes[c.top]
	return mkHash(n.pre, &n.f)
}

// The stacks of lists are told apart by an FNV-1a hash of their frames,
// from the outermost list in: system, style, depth, last values.
const (
	mkHashSeed  = 14695981039346656037
	mkHashPrime = 1099511628211
)

// pre is the mkNode.pre of a list of system sys, style and depth opened
// over node parent (-1 at the outermost level).
func (a *mkScratch) pre(parent int32, sys System, style, depth int32) uint64 {
	h := uint64(mkHashSeed)
	if parent >= 0 {
		n := &a.nodes[parent]
		h = mkHash(n.pre, &n.f)
	}
	h = (h ^ uint64(sys)) * mkHashPrime
	st := a.styles[style]
	for i := 0; i < len(st); i++ {
		h = (h ^ uint64(st[i])) * mkHashPrime
	}
	return (h ^ (uint64(depth) + 0x100)) * mkHashPrime
}

// mkHash is the hash of a stack whose innermost list is f, from the
// mkNode.pre of that list.
func mkHash(pre uint64, f *mkFrame) uint64 {
	h := (pre ^ (uint64(f.lastNew) + 0x10000)) * mkHashPrime
	return (h ^ (uint64(f.lastOld) + 0x1000000)) * mkHashPrime
}

// mkScratch holds the memory of one ResolveList call: the nodes and
// steps of the states it keeps, its candidates, and the styles of its
// lists. Calls take one from mkScratchPool and give it back, so that a
// document's many short lists allocate nothing.
type mkScratch struct {
	nodes  []mkNode
	steps  []mkStep
	cands  []mkCand
	states []mkState
	order  []int32
	styles []string
	// spare is the memory of the states before the last marker, for
	// those after the next.
	spare []mkState
	// kept are the candidates prune keeps.
	kept [mkBeam]int32
	// ocost are the costs of prune's order, as it sorts up to 64, and
	// ord the order itself.
	ocost [64]float64
	ord   [64]int32
	// rd is the reading successors weighs, as start reads it.
	rd mkReadingCtx
	// least is the cost of the cheapest candidate so far for the marker
	// at hand: a candidate that costs more than it by mkSlack is one
	// prune would drop, and successors does not make it (see open).
	least float64
}

var mkScratchPool = sync.Pool{New: func() any { return new(mkScratch) }}

// release empties a and puts it back in the pool, unless a long list
// made it large.
func (a *mkScratch) release() {
	if cap(a.steps) > 1<<16 || cap(a.cands) > 1<<14 {
		return
	}
	clear(a.styles)
	a.nodes, a.steps, a.cands = a.nodes[:0], a.steps[:0], a.cands[:0]
	a.states, a.order, a.styles, a.spare = a.states[:0], a.order[:0], a.styles[:0], a.spare[:0]
	mkScratchPool.Put(a)
}

// style is the index of style in a.styles, added if new.
func (a *mkScratch) style(style string) int32 {
	if i := a.styleIndex(style); i >= 0 {
		return i
	}
	a.styles = append(a.styles, style)
	return int32(len(a.styles) - 1)
}

// styleIndex is the index of style in a.styles, -1 if absent.
func (a *mkScratch) styleIndex(style string) int32 {
	for i, s := range a.styles {
		// The styles of a list's markers are most often one string
		// ("%)", "Article %"): the same bytes, which need no compare.
		if len(s) == len(style) && (unsafe.StringData(s) == unsafe.StringData(style) || s == style) {
			return int32(i)
		}
	}
	return -1
}

// level is the level of a list opened over node parent.
func (a *mkScratch) level(parent int32) int32 {
	if parent < 0 {
		return 1
	}
	return a.nodes[parent].level + 1
}

// mkMaxRomanOpen is the largest roman value that opens a list: a roman
// list starts at i), and a sub-list that opens past xl) is a letter read
// as a numeral (c = 100, l = 50).
const mkMaxRomanOpen = 40

// mkRomanNeedsContext reports whether r is a roman reading that only a
// roman list already open can explain: a plain numeral past
// mkMaxRomanOpen.
func mkRomanNeedsContext(r *Marker) bool {
	return (r.System == SystemRomanLower || r.System == SystemRomanUpper) && r.Old == nil && r.Value > mkMaxRomanOpen
}

// mkReadingCtx is what the successors of the states need of one reading of
// a marker.
type mkReadingCtx struct {
	r         *Marker
	f         mkFrame // the list it opens
	oldV      int     // the old value of a flattened pair
	alt       float64 // the cost of reading it (its place in the Alt chain)
	ri        int32   // its place in the Alt chain
	rank      int     // mkRank(r)
	pre1      uint64  // the mkNode.pre of a list it opens at level 1
	pre1k     bool    // pre1 is worked out
	revisions bool
}

// successors appends to out the states that follow each of states when
// a marker is read as r (reading ri of its chain, whose Style is
// a.styles[style]), in the order of states. continueOnly says that r may
// only continue a list that is open, not open one.
//
// Each successor costs s.cost + alt + the cost of its step, added in
// that order.
func (a *mkScratch) successors(out []mkCand, states []mkState, ri int, r *Marker, style int32, revisions, continueOnly bool) []mkCand {
	alt := mkCostAltReader * float64(ri)
	v := r.Value
	pair := r.Old != nil
	oldV := 0
	if pair {
		oldV = r.Old.Value
	}
	depth := int32(len(r.Path))
	// What start needs of the reading, written (in the scratch, which
	// needs no zeroing) before the first state that opens a list with
	// it: the states that continue a list, as most do, need none of it.
	rd, rdSet := &a.rd, false
	// At most 6 successors a state.
	out = slices.Grow(out, 6*len(states))
next:
	for si := range states {
		s := &states[si]
		from := int32(si)
		if s.cost+alt > a.least+mkSlack {
			// Every successor of s costs s.cost + alt or more, and so
			// does every successor of the states after it, which cost
			// no less (prune and keep order the states by cost, and
			// a.least only falls).
			break
		}
		// Continue or restart a list that is open.
		for n := s.top; n >= 0; n = a.nodes[n].parent {
			node := &a.nodes[n]
			if node.f.sys != r.System || node.f.style != style || node.f.depth != depth {
				continue
			}
			// A list opened over node.parent is at node.level.
			f, parent, level, pre := node.f, node.parent, node.level, node.pre
			if r.System == SystemBullet {
				// s.cost + alt is within mkSlack of a.least (above).
				a.least = min(a.least, s.cost+alt+0)
				out = out[:len(out)+1]
				c := &out[len(out)-1]
				*c = mkCand{top: n, level: level, cost: s.cost + alt + 0, from: from, ri: int32(ri)}
				continue next
			}
			if pair {
				nf := f
				nf.lastNew, nf.lastOld = v, oldV
				newOK, oldOK := v == f.lastNew+1, oldV == f.lastOld+1
				var cost float64
				switch {
				case newOK && oldOK:
					cost = s.cost + alt + 0
				case newOK:
					cost = s.cost + alt + mkCostPairNew
				case oldOK:
					cost = s.cost + alt + mkCostPairOld
				default:
					cost = s.cost + alt + mkCostPairNone
				}
				out = a.open(out, from, int32(ri), parent, level, pre, &nf, cost, ChangeReplaced)
				continue next
			}
			newOK, oldOK := v == f.lastNew+1, v == f.lastOld+1
			if newOK && oldOK {
				nf := f
				nf.lastNew, nf.lastOld = v, v
				out = a.open(out, from, int32(ri), parent, level, pre, &nf, s.cost+alt+0, ChangeNone)
			}
			if revisions && newOK {
				nf := f
				nf.lastNew = v
				out = a.open(out, from, int32(ri), parent, level, pre, &nf, s.cost+alt+mkCostInserted, ChangeInserted)
			}
			if revisions && oldOK {
				nf := f
				nf.lastOld = v
				out = a.open(out, from, int32(ri), parent, level, pre, &nf, s.cost+alt+mkCostDeleted, ChangeDeleted)
			}
			if v == 1 {
				nf := f
				nf.lastNew, nf.lastOld = 1, 1
				out = a.open(out, from, int32(ri), parent, level, pre, &nf, s.cost+alt+mkCostRestart, ChangeNone)
			} else if !(newOK && oldOK) && !(revisions && (newOK || oldOK)) {
				nf := f
				nf.lastNew, nf.lastOld = v, v
				d := v - f.lastNew - 1
				if d < 0 {
					d = -d
				}
				if d > 10 {
					d = 10
				}
				jump := mkCostJump + 0.1*float64(d)
				out = a.open(out, from, int32(ri), parent, level, pre, &nf, s.cost+alt+jump, ChangeNone)
			}
			continue next
		}
		if continueOnly {
			continue
		}
		// Open a list: the first one, a sub-list, or a new list at level 1.
		if !rdSet {
			*rd = mkReadingCtx{r: r, alt: alt, ri: int32(ri), revisions: revisions, rank: -1, oldV: oldV,
				f: mkFrame{sys: r.System, style: style, depth: depth, lastNew: v, lastOld: v}}
			rdSet = true
		}
		if s.top < 0 {
			first := s.firstCost()
			if v != 1 && r.System != SystemBullet {
				first += mkCostFirstOff - mkCostOffStart // mkStartCost adds the rest
			}
			out = a.start(out, rd, s, from, -1, first)
			continue
		}
		push, reset := mkCostPush, mkCostReset
		if s.gap {
			// After a block without a marker, a list of a system that nests
			// deeper by convention (roman under letters under numbers) is
			// still a sub-list; another one starts over at level 1.
			push, reset = mkCostPushGap, mkCostResetGap
			top := &a.nodes[s.top].f
			if rd.rank < 0 {
				rd.rank = mkRank(r)
			}
			if rd.rank > mkRankOf(top.sys, a.styles[top.style]) {
				push, reset = mkCostPush, mkCostPushGap
			}
		}
		out = a.start(out, rd, s, from, s.top, push)
		out = a.start(out, rd, s, from, -1, reset)
	}
	return out
}

// start appends the successors of s (state from) that open the list of
// reading rd over node parent (-1 for a list at level 1), at cost.
func (a *mkScratch) start(out []mkCand, rd *mkReadingCtx, s *mkState, from, parent int32, cost float64) []mkCand {
	level := int32(1)
	var pre uint64
	f := rd.f
	if parent >= 0 {
		if a.nodes[parent].level >= mkMaxDepth {
			return out
		}
		level = a.nodes[parent].level + 1
		pre = a.pre(parent, f.sys, f.style, f.depth)
	} else {
		if !rd.pre1k {
			rd.pre1, rd.pre1k = a.pre(-1, f.sys, f.style, f.depth), true
		}
		pre = rd.pre1
	}
	v := f.lastNew
	base := s.cost + rd.alt
	if rd.r.System == SystemBullet {
		return a.open(out, from, rd.ri, parent, level, pre, &f, base+cost, ChangeNone)
	}
	if rd.r.Old != nil {
		f.lastOld = rd.oldV
		pc := cost + mkStartCost(rd.oldV) + mkStartCost(v)/2
		return a.open(out, from, rd.ri, parent, level, pre, &f, base+pc, ChangeReplaced)
	}
	off := mkStartCost(v)
	out = a.open(out, from, rd.ri, parent, level, pre, &f, base+(cost+off), ChangeNone)
	if rd.revisions {
		fi := f
		fi.lastOld = v - 1
		ic := cost + off + mkCostInserted
		out = a.open(out, from, rd.ri, parent, level, pre, &fi, base+ic, ChangeInserted)
		fd := f
		fd.lastNew = v - 1
		dc := cost + off + mkCostDeleted
		out = a.open(out, from, rd.ri, parent, level, pre, &fd, base+dc, ChangeDeleted)
	}
	return out
}

// open appends the candidate that opens list f over parent, at level
// (pre is its mkNode.pre), into the capacity of out, writing it in place,
// unless it costs more than a.least by mkSlack: prune, which keeps no
// candidate that costs more than the cheapest of all by mkSlack, would
// drop it, and the others keep their order.
func (a *mkScratch) open(out []mkCand, from, ri, parent, level int32, pre uint64, f *mkFrame, cost float64, ch Change) []mkCand {
	if cost > a.least+mkSlack {
		return out
	}
	a.least = min(a.least, cost)
	out = out[:len(out)+1]
	c := &out[len(out)-1]
	c.f, c.cost, c.pre = *f, cost, pre
	c.from, c.parent, c.top, c.level, c.ri = from, parent, -1, level, ri
	c.push, c.change = true, ch
	return out
}

// mkRank is the conventional depth of a numbering system in legal texts:
// I. > A. > 1. > a) > i) > bullets; Chinese 一、 > （一） > 1. > (1).
func mkRank(m *Marker) int { return mkRankOf(m.System, m.Style) }

func mkRankOf(sys System, style string) int {
	switch sys {
	case SystemRomanUpper:
		return 0
	case SystemLatinUpper, SystemCyrillicUpper:
		return 1
	case SystemCJK:
		if strings.HasPrefix(style, "(") || strings.HasPrefix(style, "（") {
			return 2
		}
		return 1
	case SystemDecimal, SystemMultiLevel:
		if strings.HasPrefix(style, "(") || strings.HasPrefix(style, "（") {
			return 3
		}
		return 2
	case SystemLatinLower, SystemCyrillicLower, SystemArabicAbjad, SystemArabicAlpha, SystemGreekLower:
		return 4
	case SystemRomanLower:
		return 5
	case SystemCircled:
		return 6
	case SystemBullet:
		return 7
	}
	return 8
}

// mkStartCost: a list normally opens at 1 (bullets have no value).
func mkStartCost(v int) float64 {
	if v == 1 || v == 0 {
		return 0
	}
	return mkCostOffStart
}

// prune keeps the cheapest candidate of each distinct stack, within
// mkSlack of the best, then the cheapest mkBeam of those, in a
// deterministic order (ties keep the order of generation), and makes them
// the states after marker idx. states are the current ones (their memory
// is reused for the result).
func (a *mkScratch) prune(cands []mkCand, states []mkState, idx int) []mkState {
	if len(cands) == 1 {
		// One way on: it is kept.
		a.kept[0] = 0
		return a.keep(cands, 1, states, idx)
	}
	// The cheapest candidate is kept first, and none that costs more
	// than it by mkSlack is: sort the indexes of the others, not the
	// candidates themselves. Costs are never NaN: they compare as
	// cmp.Compare does.
	// a.least is the cost of the cheapest candidate (successors tracks
	// it as it makes them).
	limit := a.least + mkSlack
	var order []int32
	if len(cands) <= 64 {
		// By insertion, as the candidates come: a candidate goes
		// after those that cost as much. The costs of the sorted ones
		// move with them in a.ocost (the indexes in a.ord), so that the
		// compares read them in a row rather than through the indexes.
		oc := &a.ocost
		ord := &a.ord
		m := 0
		for ci := range cands {
			c := cands[ci].cost
			if c > limit {
				continue
			}
			j := m & 63 // m < len(cands) <= 64
			for ; j > 0 && oc[j-1] > c; j-- {
				ord[j], oc[j] = ord[j-1], oc[j-1]
			}
			ord[j], oc[j] = int32(ci), c
			m++
		}
		order = ord[:m]
	} else {
		order = a.order[:0]
		for ci := range cands {
			if !(cands[ci].cost > limit) {
				order = append(order, int32(ci))
			}
		}
		slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(cands[a].cost, cands[b].cost) })
		a.order = order
	}
	var seen [mkBeam]uint64
	// bits has the bit h%64 of each hash h in seen: a hash whose bit is
	// not set is not there, which spares most candidates the scan.
	var bits uint64
	n := 0
next:
	for _, ci := range order {
		h := a.candHash(&cands[ci])
		if bits&(1<<(h%64)) != 0 {
			for _, s := range seen[:n] {
				if s == h {
					continue next
				}
			}
		}
		bits |= 1 << (h % 64)
		seen[n] = h
		a.kept[n] = ci
		if n++; n == mkBeam {
			break
		}
	}
	return a.keep(cands, n, states, idx)
}

// keep makes the first n candidates of a.kept the states after marker
// idx, in the memory of a.spare, and keeps that of states as the spare.
// It writes the nodes, steps and states in place: a literal appended
// would be built on the stack and copied.
func (a *mkScratch) keep(cands []mkCand, n int, states []mkState, idx int) []mkState {
	next := a.spare[:0]
	if cap(next) < n {
		next = make([]mkState, 0, max(n, 2*cap(next)))
	}
	next = next[:n]
	nodes := slices.Grow(a.nodes, n)
	// Every kept candidate makes one step: they are the n after s0.
	s0 := len(a.steps)
	steps := slices.Grow(a.steps, n)[:s0+n]
	for k, ci := range a.kept[:n] {
		c := &cands[ci]
		st := &next[k]
		st.top, st.gap, st.cost = c.top, false, c.cost
		if c.push {
			st.top = int32(len(nodes))
			nodes = nodes[:len(nodes)+1]
			nd := &nodes[len(nodes)-1]
			nd.f, nd.pre, nd.parent, nd.level = c.f, c.pre, c.parent, c.level
		}
		st.steps = int32(s0 + k)
		sp := &steps[s0+k]
		sp.prev, sp.idx, sp.reading, sp.level, sp.change = states[c.from].steps, int32(idx), c.ri, c.level, c.change
	}
	a.nodes, a.steps, a.spare = nodes, steps, states
	return next
}

// mkSortStates orders states by cost, ties in their order.
func mkSortStates(states []mkState) {
	slices.SortStableFunc(states, func(a, b mkState) int { return cmp.Compare(a.cost, b.cost) })
}

// mkMaxReadings bounds the readings of a marker ResolveList weighs.
const mkMaxReadings = 16

// mkAppendReadings appends m and its Alt chain to rs, up to mkMaxReadings.
func mkAppendReadings(rs []*Marker, m *Marker) []*Marker {
	rs = append(rs, m)
	for a := m.Alt; a != nil && len(rs) < mkMaxReadings; a = a.Alt {
		rs = append(rs, a)
	}
	return rs
}

// mkChooseReading makes reading k of m's chain (as far as
// mkMaxReadings) the marker, keeping the others, in their order, as its
// Alt chain. It moves the readings within the chain's own markers, which
// the parser made for m alone: reading k to m, and those before it one
// place down the chain.
func mkChooseReading(m *Marker, k int) {
	if k == 0 {
		return
	}
	var rbuf [mkMaxReadings]*Marker
	rs := mkAppendReadings(rbuf[:0], m)
	if k >= len(rs) {
		return
	}
	chosen := *rs[k]
	for i := k; i > 0; i-- {
		*rs[i] = *rs[i-1]
	}
	*rs[0] = chosen
	for i, r := range rs {
		r.Alt = nil
		if i+1 < len(rs) {
			r.Alt = rs[i+1]
		}
	}
}
