package lang

import (
	"cmp"
	"slices"
	"strings"
	"testing"
)

// The reference for FuzzResolveList: ResolveList's search as it was, with
// pointers between its nodes and steps, renamed ref*.

func refResolveList(ms []*Marker) []int {
	levels := make([]int, len(ms))
	// Old and new readings are told apart only in a text that has
	// flattened pairs; elsewhere every plain marker is in both texts.
	revisions := false
	for _, m := range ms {
		if m != nil && m.Old != nil {
			revisions = true
			break
		}
	}
	var a refArena
	var sbuf [mkBeam]refState
	var nbuf [64]refCand
	states := append(sbuf[:0], refState{})
	next := nbuf[:0]
	for i, m := range ms {
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
				states[j].top, states[j].gap = nil, false
			}
			refSortStates(states)
			states = states[:1]
			continue
		}
		next = next[:0]
		var rbuf [mkMaxReadings]*Marker
		rs := mkAppendReadings(rbuf[:0], m)
		for ri, r := range rs {
			if r.Old != nil && !revisions {
				continue
			}
			// A large roman reading of a marker that also reads otherwise
			// (c) = 100, d) = 500, l) = 50, m) = 1000) only continues a
			// roman list: it opens none.
			continueOnly := len(rs) > 1 && mkRomanNeedsContext(r)
			for si := range states {
				next = states[si].successors(next, si, ri, r, revisions, continueOnly)
			}
		}
		if len(next) == 0 {
			continue // cannot happen: every reading can open a list
		}
		states = refPrune(next, states, i, &a)
	}
	best := &states[0]
	for st := best.steps; st != nil; st = st.prev {
		levels[st.idx] = st.level
		m := ms[st.idx]
		refChooseReading(m, st.reading)
		if m.Old != nil {
			m.Change = ChangeReplaced
		} else {
			m.Change = st.change
		}
	}
	return levels
}

// refChooseReading makes reading k of m's chain the marker, keeping the
// others, in their order, as its Alt chain.
func refChooseReading(m *Marker, k int) {
	if k == 0 {
		return
	}
	rs := mkAppendReadings(nil, m)
	if k >= len(rs) {
		return
	}
	vals := make([]Marker, len(rs))
	for i, r := range rs {
		vals[i] = *r
		vals[i].Alt = nil
	}
	chosen := vals[k]
	rest := append(append([]Marker{}, vals[:k]...), vals[k+1:]...)
	for i := len(rest) - 2; i >= 0; i-- {
		rest[i].Alt = &rest[i+1]
	}
	if len(rest) > 0 {
		chosen.Alt = &rest[0]
	}
	*m = chosen
}

type refFrame struct {
	sys     System
	style   string
	depth   int // components of a multi-level number
	lastNew int
	lastOld int
}

func (f *refFrame) same(r *Marker) bool {
	return f.sys == r.System && f.style == r.Style && f.depth == len(r.Path)
}

// refNode is one open list: a persistent stack, shared between states.
type refNode struct {
	f      refFrame
	parent *refNode
	level  int    // 1 for the outermost list
	hash   uint64 // of this list and those under it
}

// refNodeHash is the hash of a list f opened over parent (nil at the
// outermost level).
func refNodeHash(parent *refNode, f refFrame) uint64 {
	h := uint64(14695981039346656037)
	if parent != nil {
		h = parent.hash
	}
	mix := func(v uint64) {
		h ^= v
		h *= 1099511628211
	}
	mix(uint64(f.sys))
	for i := 0; i < len(f.style); i++ {
		mix(uint64(f.style[i]))
	}
	mix(uint64(f.depth) + 0x100)
	mix(uint64(f.lastNew) + 0x10000)
	mix(uint64(f.lastOld) + 0x1000000)
	return h
}

// refArena hands out the nodes and steps of the states ResolveList keeps,
// from blocks of a few dozen, instead of one allocation each.
type refArena struct {
	nodes []refNode
	steps []refStep
}

// refArenaBlock is the size of the next block after one of n: small
// first, as most lists are short.
func refArenaBlock(n int) int {
	return min(max(2*n, 8), 256)
}

func (a *refArena) node(parent *refNode, f refFrame, hash uint64) *refNode {
	if len(a.nodes) == cap(a.nodes) {
		a.nodes = make([]refNode, 0, refArenaBlock(cap(a.nodes)))
	}
	level := 1
	if parent != nil {
		level = parent.level + 1
	}
	a.nodes = append(a.nodes, refNode{f: f, parent: parent, level: level, hash: hash})
	return &a.nodes[len(a.nodes)-1]
}

func (a *refArena) step(st refStep) *refStep {
	if len(a.steps) == cap(a.steps) {
		a.steps = make([]refStep, 0, refArenaBlock(cap(a.steps)))
	}
	a.steps = append(a.steps, st)
	return &a.steps[len(a.steps)-1]
}

type refStep struct {
	prev    *refStep
	idx     int
	reading int
	change  Change
	level   int
}

type refState struct {
	top   *refNode
	gap   bool
	cost  float64
	steps *refStep
}

// refCand is a state that may follow one of the current states: its stack
// is top, or a list f pushed over parent when push is set, which (like
// its step) is made only if the state is kept.
type refCand struct {
	from   int // the state it follows
	parent *refNode
	f      refFrame
	push   bool
	top    *refNode
	hash   uint64 // of its stack
	level  int
	cost   float64
	ri     int
	change Change
}

// successors appends to out the states that follow s (state si) when a
// marker is read as r (reading ri of its chain). continueOnly says that r
// may only continue a list that is open, not open one.
func (s *refState) successors(out []refCand, si, ri int, r *Marker, revisions, continueOnly bool) []refCand {
	alt := mkCostAltReader * float64(ri)
	// keep continues with the stack top; open opens f over parent.
	keep := func(top *refNode, cost float64, ch Change) {
		out = append(out, refCand{from: si, top: top, hash: top.hash, level: top.level,
			cost: s.cost + alt + cost, ri: ri, change: ch})
	}
	open := func(parent *refNode, f refFrame, cost float64, ch Change) {
		level := 1
		if parent != nil {
			level = parent.level + 1
		}
		out = append(out, refCand{from: si, parent: parent, f: f, push: true, hash: refNodeHash(parent, f),
			level: level, cost: s.cost + alt + cost, ri: ri, change: ch})
	}
	v := r.Value
	pair := r.Old != nil
	oldV := 0
	if pair {
		oldV = r.Old.Value
	}
	// Continue or restart a list that is open.
	for n := s.top; n != nil; n = n.parent {
		f := n.f
		if !f.same(r) {
			continue
		}
		if r.System == SystemBullet {
			keep(n, 0, ChangeNone)
			return out
		}
		if pair {
			nf := f
			nf.lastNew, nf.lastOld = v, oldV
			newOK, oldOK := v == f.lastNew+1, oldV == f.lastOld+1
			switch {
			case newOK && oldOK:
				open(n.parent, nf, 0, ChangeReplaced)
			case newOK:
				open(n.parent, nf, mkCostPairNew, ChangeReplaced)
			case oldOK:
				open(n.parent, nf, mkCostPairOld, ChangeReplaced)
			default:
				open(n.parent, nf, mkCostPairNone, ChangeReplaced)
			}
			return out
		}
		newOK, oldOK := v == f.lastNew+1, v == f.lastOld+1
		if newOK && oldOK {
			nf := f
			nf.lastNew, nf.lastOld = v, v
			open(n.parent, nf, 0, ChangeNone)
		}
		if revisions && newOK {
			nf := f
			nf.lastNew = v
			open(n.parent, nf, mkCostInserted, ChangeInserted)
		}
		if revisions && oldOK {
			nf := f
			nf.lastOld = v
			open(n.parent, nf, mkCostDeleted, ChangeDeleted)
		}
		if v == 1 {
			nf := f
			nf.lastNew, nf.lastOld = 1, 1
			open(n.parent, nf, mkCostRestart, ChangeNone)
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
			open(n.parent, nf, mkCostJump+0.1*float64(d), ChangeNone)
		}
		return out
	}
	if continueOnly {
		return out
	}
	// Open a list: the first one, a sub-list, or a new list at level 1.
	start := func(parent *refNode, cost float64) {
		if parent != nil && parent.level >= mkMaxDepth {
			return
		}
		f := refFrame{sys: r.System, style: r.Style, depth: len(r.Path), lastNew: v, lastOld: v}
		if r.System == SystemBullet {
			open(parent, f, cost, ChangeNone)
			return
		}
		if pair {
			f.lastOld = oldV
			open(parent, f, cost+mkStartCost(oldV)+mkStartCost(v)/2, ChangeReplaced)
			return
		}
		off := mkStartCost(v)
		open(parent, f, cost+off, ChangeNone)
		if revisions {
			fi := f
			fi.lastOld = v - 1
			open(parent, fi, cost+off+mkCostInserted, ChangeInserted)
			fd := f
			fd.lastNew = v - 1
			open(parent, fd, cost+off+mkCostDeleted, ChangeDeleted)
		}
	}
	if s.top == nil {
		first := 0.0
		if s.steps != nil {
			first = mkCostPush // a list after headings
			if s.gap {
				first = mkCostResetGap
			}
		}
		if v != 1 && r.System != SystemBullet {
			first += mkCostFirstOff - mkCostOffStart // mkStartCost adds the rest
		}
		start(nil, first)
		return out
	}
	push, reset := mkCostPush, mkCostReset
	if s.gap {
		// After a block without a marker, a list of a system that nests
		// deeper by convention (roman under letters under numbers) is
		// still a sub-list; another one starts over at level 1.
		push, reset = mkCostPushGap, mkCostResetGap
		if mkRank(r) > mkRankOf(s.top.f.sys, s.top.f.style) {
			push, reset = mkCostPush, mkCostPushGap
		}
	}
	start(s.top, push)
	start(nil, reset)
	return out
}

// refPrune keeps the cheapest candidate of each distinct stack, within
// mkSlack of the best, then the cheapest mkBeam of those, in a
// deterministic order (ties keep the order of generation), and makes them
// the states after marker idx. states are the current ones (their memory
// is reused for the result).
func refPrune(cands []refCand, states []refState, idx int, a *refArena) []refState {
	// Sort the indexes of the candidates, not the candidates themselves.
	var obuf [256]int32
	order := obuf[:0]
	for ci := range cands {
		order = append(order, int32(ci))
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(cands[a].cost, cands[b].cost) })
	var kept [mkBeam]int
	var seen [mkBeam]uint64
	n := 0
	for _, ci := range order {
		c := &cands[ci]
		if n == mkBeam || n > 0 && c.cost > cands[kept[0]].cost+mkSlack {
			break
		}
		dup := false
		for _, h := range seen[:n] {
			if h == c.hash {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		seen[n] = c.hash
		kept[n] = int(ci)
		n++
	}
	// The steps of the new states point to those of the old ones: read
	// them all before overwriting.
	var prev [mkBeam]*refStep
	for k := 0; k < n; k++ {
		prev[k] = states[cands[kept[k]].from].steps
	}
	states = states[:0]
	for k := 0; k < n; k++ {
		c := &cands[kept[k]]
		top := c.top
		if c.push {
			top = a.node(c.parent, c.f, c.hash)
		}
		states = append(states, refState{top: top, cost: c.cost,
			steps: a.step(refStep{prev: prev[k], idx: idx, reading: c.ri, change: c.change, level: c.level})})
	}
	return states
}

// refSortStates orders states by cost, ties in their order.
func refSortStates(states []refState) {
	slices.SortStableFunc(states, func(a, b refState) int { return cmp.Compare(a.cost, b.cost) })
}

// FuzzResolveList compares ResolveList with refResolveList on lists of
// markers read from the fields of the input ("-" for a block without a
// marker): the levels, the chosen readings, their Alt chains and changes
// must be the same.
func FuzzResolveList(f *testing.F) {
	for _, s := range []string{"a) b) c) d) e) ef) i) iii) iiiii) iiiiv) ivv) vvi) x) ixxi) xxii) xiii) fg)",
		"1. (a) (b) (c) (i) (ii) (iii) (d) 2. 3. (a) (b) 4. a) b) c) i) ii) iii) iv) v) d)", "a) - i) - ii) Article5 c) d)",
		"أ) ب) ج) ت) د)", "一、 （一） （二） 二、", "I. A. B. C. II. A. • • 1.1 1.2 2.1", "h) i) ii) iii) i) c) l) m) xl) xli)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fields := strings.Fields(s)
		if len(fields) > 200 {
			fields = fields[:200]
		}
		read := func() []*Marker {
			ms := make([]*Marker, len(fields))
			for i, w := range fields {
				if w != "-" {
					w = strings.Replace(w, "Article", "Article ", 1)
					ms[i], _, _ = ParseMarker(w + "\tx")
				}
			}
			return ms
		}
		got, want := read(), read()
		checkResolveList(t, s, got, want)
	})
}
