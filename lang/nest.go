package lang

import (
	"sort"
	"strconv"
	"strings"
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
// marker and the others stay in its Alt chain. So "i)" after "h)" is the
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
	levels := make([]int, len(ms))
	states := []*mkState{{}}
	for i, m := range ms {
		switch {
		case m == nil:
			for _, s := range states {
				s.gap = true
			}
			continue
		case m.Unit != UnitNone || m.System == SystemNone:
			for _, s := range states {
				s.stack, s.gap = nil, false
			}
			states = mkPrune(states)
			continue
		}
		var next []*mkState
		for ri, r := range mkReadingsOf(m) {
			for _, s := range states {
				next = append(next, s.successors(i, ri, r)...)
			}
		}
		if len(next) == 0 {
			// Cannot happen (every reading can start a list), but keep
			// the states rather than lose them.
			continue
		}
		states = mkPrune(next)
	}
	best := states[0]
	for st := best.steps; st != nil; st = st.prev {
		levels[st.idx] = st.level
		m := ms[st.idx]
		mkChooseReading(m, st.reading)
		if m.Old != nil {
			m.Change = ChangeReplaced
		} else {
			m.Change = st.change
		}
	}
	return levels
}

// mkBeam is how many partial readings ResolveList keeps.
const mkBeam = 48

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

type mkFrame struct {
	sys     System
	style   string
	depth   int // components of a multi-level number
	lastNew int
	lastOld int
}

func (f mkFrame) same(r *Marker) bool {
	return f.sys == r.System && f.style == r.Style && f.depth == len(r.Path)
}

type mkStep struct {
	prev    *mkStep
	idx     int
	reading int
	change  Change
	level   int
}

type mkState struct {
	stack []mkFrame
	gap   bool
	cost  float64
	steps *mkStep
}

// successors of s when marker idx is read as r (reading ri of its chain).
func (s *mkState) successors(idx, ri int, r *Marker) []*mkState {
	alt := mkCostAltReader * float64(ri)
	var out []*mkState
	add := func(stack []mkFrame, cost float64, ch Change) {
		st := &mkState{stack: stack, cost: s.cost + alt + cost}
		st.steps = &mkStep{prev: s.steps, idx: idx, reading: ri, change: ch, level: len(stack)}
		out = append(out, st)
	}
	v := r.Value
	pair := r.Old != nil
	oldV := 0
	if pair {
		oldV = r.Old.Value
	}
	// Continue or restart a list that is open.
	matched := false
	for j := len(s.stack) - 1; j >= 0; j-- {
		f := s.stack[j]
		if !f.same(r) {
			continue
		}
		matched = true
		base := make([]mkFrame, j+1)
		copy(base, s.stack[:j+1])
		with := func(nf mkFrame) []mkFrame {
			st := make([]mkFrame, len(base))
			copy(st, base)
			st[j] = nf
			return st
		}
		if r.System == SystemBullet {
			add(with(f), 0, ChangeNone)
			break
		}
		if pair {
			nf := f
			nf.lastNew, nf.lastOld = v, oldV
			newOK, oldOK := v == f.lastNew+1, oldV == f.lastOld+1
			switch {
			case newOK && oldOK:
				add(with(nf), 0, ChangeReplaced)
			case newOK:
				add(with(nf), mkCostPairNew, ChangeReplaced)
			case oldOK:
				add(with(nf), mkCostPairOld, ChangeReplaced)
			default:
				add(with(nf), mkCostPairNone, ChangeReplaced)
			}
			break
		}
		newOK, oldOK := v == f.lastNew+1, v == f.lastOld+1
		if newOK && oldOK {
			nf := f
			nf.lastNew, nf.lastOld = v, v
			add(with(nf), 0, ChangeNone)
		}
		if newOK {
			nf := f
			nf.lastNew = v
			add(with(nf), mkCostInserted, ChangeInserted)
		}
		if oldOK {
			nf := f
			nf.lastOld = v
			add(with(nf), mkCostDeleted, ChangeDeleted)
		}
		if v == 1 {
			nf := f
			nf.lastNew, nf.lastOld = 1, 1
			add(with(nf), mkCostRestart, ChangeNone)
		} else if !newOK && !oldOK {
			nf := f
			nf.lastNew, nf.lastOld = v, v
			d := v - f.lastNew - 1
			if d < 0 {
				d = -d
			}
			if d > 10 {
				d = 10
			}
			add(with(nf), mkCostJump+0.1*float64(d), ChangeNone)
		}
		break
	}
	if matched {
		return out
	}
	// Open a list: the first one, a sub-list, or a new list at level 1.
	start := func(base []mkFrame, cost float64) {
		if len(base) >= mkMaxDepth {
			return
		}
		f := mkFrame{sys: r.System, style: r.Style, depth: len(r.Path), lastNew: v, lastOld: v}
		if r.System == SystemBullet {
			add(append(base, f), cost, ChangeNone)
			return
		}
		if pair {
			f.lastOld = oldV
			add(append(mkCopyFrames(base), f), cost+mkStartCost(oldV)+mkStartCost(v)/2, ChangeReplaced)
			return
		}
		off := mkStartCost(v)
		add(append(mkCopyFrames(base), f), cost+off, ChangeNone)
		fi := f
		fi.lastOld = v - 1
		add(append(mkCopyFrames(base), fi), cost+off+mkCostInserted, ChangeInserted)
		fd := f
		fd.lastNew = v - 1
		add(append(mkCopyFrames(base), fd), cost+off+mkCostDeleted, ChangeDeleted)
	}
	if len(s.stack) == 0 {
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
		if mkRank(r) > mkRank2(s.stack[len(s.stack)-1]) {
			push, reset = mkCostPush, mkCostPushGap
		}
	}
	start(s.stack, push)
	start(nil, reset)
	return out
}

// mkRank is the conventional depth of a numbering system in legal texts:
// I. > A. > 1. > a) > i) > bullets; Chinese 一、 > （一） > 1. > (1).
func mkRank(m *Marker) int { return mkRankOf(m.System, m.Style) }

func mkRank2(f mkFrame) int { return mkRankOf(f.sys, f.style) }

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

func mkCopyFrames(fs []mkFrame) []mkFrame {
	out := make([]mkFrame, len(fs), len(fs)+1)
	copy(out, fs)
	return out
}

// mkPrune keeps the cheapest state of each distinct stack, then the
// cheapest mkBeam of those, in a deterministic order.
func mkPrune(states []*mkState) []*mkState {
	sort.SliceStable(states, func(i, j int) bool { return states[i].cost < states[j].cost })
	seen := make(map[string]bool, len(states))
	out := states[:0:0]
	for _, s := range states {
		k := s.key()
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
		if len(out) == mkBeam {
			break
		}
	}
	return out
}

func (s *mkState) key() string {
	var b strings.Builder
	if s.gap {
		b.WriteByte('g')
	}
	for _, f := range s.stack {
		b.WriteByte('|')
		b.WriteString(strconv.Itoa(int(f.sys)))
		b.WriteByte(' ')
		b.WriteString(f.style)
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(f.depth))
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(f.lastNew))
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(f.lastOld))
	}
	return b.String()
}

// mkReadingsOf lists a marker's readings: itself, then its Alt chain.
func mkReadingsOf(m *Marker) []*Marker {
	rs := []*Marker{m}
	for a := m.Alt; a != nil && len(rs) < 16; a = a.Alt {
		rs = append(rs, a)
	}
	return rs
}

// mkChooseReading makes reading k of m's chain the marker, keeping the
// others, in their order, as its Alt chain.
func mkChooseReading(m *Marker, k int) {
	if k == 0 {
		return
	}
	rs := mkReadingsOf(m)
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
