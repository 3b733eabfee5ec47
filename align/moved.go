package align

import "sort"

// Limits of the second pass.
const (
	// maxMoveCandidates bounds the blocks of each side the second pass
	// compares (the comparison is quadratic in them).
	maxMoveCandidates = 3000
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

// inOrder reports whether pivot block i and version block j may pair
// without crossing the one-to-one beads around them.
func (a *pairAligner) inOrder(beads []bead, i, j int) bool {
	lo, hi := -1, len(a.v)
	for _, b := range beads {
		if b.p1 > b.p0 && b.v1 > b.v0 && !weakBead(b) {
			if b.p1 <= i && b.v1-1 > lo {
				lo = b.v1 - 1
			}
			if b.p0 > i && b.v0 < hi {
				hi = b.v0
			}
		}
	}
	return j > lo && j < hi
}

// weakBead reports whether a one-to-one bead rests on length and order
// alone, so that a strong match elsewhere may override it.
func weakBead(b bead) bool {
	return b.p1-b.p0 == 1 && b.v1-b.v0 == 1 && b.conf < 0.75 &&
		(b.reason == "length" || b.reason == "order")
}

// moves is the second pass: blocks left unmatched, or matched on length
// and order alone, that match each other strongly (shared rare words,
// equal numbers, marker, length) are paired, and reported as moved when
// the pair is out of document order.
func (a *pairAligner) moves(beads []bead) []bead {
	var candP, candV []int
	curCost := map[[2]int]float64{} // side (0 pivot, 1 version), index → cost of its current bead
	for _, b := range beads {
		switch {
		case b.v0 == b.v1:
			for i := b.p0; i < b.p1; i++ {
				candP = append(candP, i)
				curCost[[2]int{0, i}] = b.cost
			}
		case b.p0 == b.p1:
			for j := b.v0; j < b.v1; j++ {
				candV = append(candV, j)
				curCost[[2]int{1, j}] = b.cost
			}
		case weakBead(b):
			candP = append(candP, b.p0)
			candV = append(candV, b.v0)
			curCost[[2]int{0, b.p0}] = b.cost
			curCost[[2]int{1, b.v0}] = b.cost
		}
	}
	if len(candP) == 0 || len(candV) == 0 || len(candP) > maxMoveCandidates || len(candV) > maxMoveCandidates {
		return beads
	}
	type link struct {
		i, j int
		cost float64
	}
	var links []link
	for _, i := range candP {
		for _, j := range candV {
			words := a.sharedWeight(i, i+1, j, j+1)
			if words < moveMinWords {
				continue
			}
			if words < moveFarWords && !a.inOrder(beads, i, j) {
				continue
			}
			c := a.cost(i, i+1, j, j+1, nil)
			if c > moveMaxCost {
				continue
			}
			// Better than what either block has now (an unmatched block
			// costs its deletion prior).
			if c >= curCost[[2]int{0, i}] || c >= curCost[[2]int{1, j}] {
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
	// Rebuild the bead list in place: a pivot block that got a new partner
	// takes it where the pivot block stood; version blocks that lost their
	// partner become unmatched where they stood.
	out := make([]bead, 0, len(beads)+len(newV))
	unmatchedV := func(j int, at bead) bead {
		c := a.cost(at.p0, at.p0, j, j+1, nil)
		return bead{p0: at.p0, p1: at.p0, v0: j, v1: j + 1, cost: c, conf: confidence(c, false), reason: "unmatched"}
	}
	for _, b := range beads {
		_, pTaken := newV[b.p0]
		switch {
		case weakBead(b) && !pTaken && !takenV[b.v0]:
			out = append(out, b)
		case b.p1 > b.p0 && b.v1 == b.v0 || weakBead(b):
			for i := b.p0; i < b.p1; i++ {
				if j, ok := newV[i]; ok {
					var why []string
					c := a.cost(i, i+1, j, j+1, &why)
					out = append(out, bead{p0: i, p1: i + 1, v0: j, v1: j + 1, cost: c, conf: confidence(c, true), reason: joinReasons(why)})
				} else {
					c := a.cost(i, i+1, b.v0, b.v0, nil)
					out = append(out, bead{p0: i, p1: i + 1, v0: b.v0, v1: b.v0, cost: c, conf: confidence(c, false), reason: "unmatched"})
				}
			}
			if b.v1 > b.v0 && !takenV[b.v0] {
				out = append(out, unmatchedV(b.v0, b))
			}
		case b.p0 == b.p1:
			for j := b.v0; j < b.v1; j++ {
				if !takenV[j] {
					out = append(out, unmatchedV(j, b))
				}
			}
		default:
			out = append(out, b)
		}
	}
	// Mark the new links that stand out of the version's order.
	for k := range out {
		b := &out[k]
		if b.p1-b.p0 != 1 || b.v1-b.v0 != 1 {
			continue
		}
		if j, ok := newV[b.p0]; !ok || j != b.v0 {
			continue
		}
		prev, next := -1, 1<<62
		for x := k - 1; x >= 0; x-- {
			if o := out[x]; o.v1 > o.v0 && o.p1 > o.p0 && !isNew(o, newV) {
				prev = o.v1 - 1
				break
			}
		}
		for x := k + 1; x < len(out); x++ {
			if o := out[x]; o.v1 > o.v0 && o.p1 > o.p0 && !isNew(o, newV) {
				next = o.v0
				break
			}
		}
		if b.v0 <= prev || b.v0 >= next {
			b.moved = true
			if b.reason == "order" {
				b.reason = "moved"
			} else {
				b.reason += "+moved"
			}
		}
	}
	return out
}

func isNew(b bead, newV map[int]int) bool {
	if b.p1-b.p0 != 1 {
		return false
	}
	j, ok := newV[b.p0]
	return ok && j == b.v0
}
