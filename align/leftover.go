package align

import "github.com/paritydoc/parity/corpus"

// Limits of the pairing of adjacent left-overs.
const (
	// adjacentMaxLength is the highest length cost (the length model's
	// -log probability) at which two left-over blocks pair: their lengths
	// must fit the ratio of the two languages.
	adjacentMaxLength = 2.5
	// adjacentConf caps the confidence of such a row: it rests on place
	// and length alone.
	adjacentConf = 0.6
)

// pairAdjacent pairs, after the DP and the second pass, a pivot block
// and a version block left unmatched in the same gap between two matched
// rows (or the start or end of the streams), one block on each side,
// when their lengths fit and nothing speaks against it (numbers both
// write but none in common, different markers, a heading against a
// paragraph). One version cannot at once omit a paragraph and add
// another at the same place: reporting a 1-0 and a 0-1 there gives two
// contradictory findings where the two blocks are, far more likely,
// translations of each other. The row gets a low confidence.
func (a *pairAligner) pairAdjacent(beads []bead) []bead {
	out := make([]bead, 0, len(beads))
	for k := 0; k < len(beads); k++ {
		if k+1 < len(beads) {
			x, y := beads[k], beads[k+1]
			if x.p0 == x.p1 && y.v0 == y.v1 {
				x, y = y, x // version block first
			}
			if x.v0 == x.v1 && x.p1 == x.p0+1 && y.p0 == y.p1 && y.v1 == y.v0+1 && !x.moved && !y.moved &&
				a.gapOfOne(beads, k, x.p0, y.v0) && a.adjacentFit(x.p0, y.v0) {
				var why []string
				c := a.cost(x.p0, x.p0+1, y.v0, y.v0+1, &why)
				conf := min(confidence(c, true), adjacentConf)
				reason := joinReasons(why)
				if reason == "order" {
					reason = "length"
				}
				out = append(out, bead{p0: x.p0, p1: x.p0 + 1, v0: y.v0, v1: y.v0 + 1, cost: c, conf: conf, reason: reason + "+order"})
				k++
				continue
			}
		}
		out = append(out, beads[k])
	}
	return out
}

// gapOfOne reports whether pivot block i and version block j, held by
// beads k and k+1, are the only blocks between the matched beads (or
// stream ends) around them.
func (a *pairAligner) gapOfOne(beads []bead, k, i, j int) bool {
	if k > 0 {
		b := beads[k-1]
		if b.moved || b.p1 != i || b.v1 != j {
			return false
		}
	} else if i != 0 || j != 0 {
		return false
	}
	if k+2 < len(beads) {
		b := beads[k+2]
		if b.moved || b.p0 != i+1 || b.v0 != j+1 {
			return false
		}
	} else if i+1 != len(a.p) || j+1 != len(a.v) {
		return false
	}
	return true
}

// adjacentFit reports whether pivot block i and version block j may be
// paired on place and length: lengths that fit, and no contrary evidence.
func (a *pairAligner) adjacentFit(i, j int) bool {
	p, v := &a.p[i], &a.v[j]
	if p.length == 0 || v.length == 0 || a.lm.Cost(p.length, v.length) > adjacentMaxLength {
		return false
	}
	pb, vb := p.block, v.block
	if (pb.Kind == corpus.KindHeading) != (vb.Kind == corpus.KindHeading) {
		return false
	}
	if mp, mv := markerValue(pb), markerValue(vb); (mp > 0 || mv > 0) && mp != mv {
		return false
	}
	if len(p.numbers) > 0 && len(v.numbers) > 0 && !sharesString(p.numbers, v.numbers) {
		return false
	}
	if p.terms != "" && v.terms != "" && p.terms != v.terms {
		return false
	}
	return true
}

// sharesString reports whether two sorted string slices have an element
// in common.
func sharesString(x, y []string) bool {
	for p, q := 0, 0; p < len(x) && q < len(y); {
		switch {
		case x[p] == y[q]:
			return true
		case x[p] < y[q]:
			p++
		default:
			q++
		}
	}
	return false
}
