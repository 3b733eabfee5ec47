package align

import (
	"math"
	"slices"
	"strings"
)

// bead is one step of a pairwise alignment: the pivot blocks [p0,p1) and
// the version blocks [v0,v1) (stream indexes) correspond. One side may be
// empty.
type bead struct {
	p0, p1, v0, v1 int
	cost           float64
	conf           float64
	reason         string
	moved          bool
}

// move is a DP step: how many pivot and version blocks it takes.
type move struct{ dp, dv int }

// moves are the DP steps, in the order ties are broken.
var moves = []move{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}}

// Prior probabilities of the moves, after Gale and Church: most
// paragraphs translate one to one.
const (
	prob11 = 0.89
	prob10 = 0.006
	prob21 = 0.04
	prob22 = 0.01
)

// Prior costs of the moves (-log of their probability).
var (
	cost11 = -math.Log(prob11)
	cost10 = -math.Log(prob10)
	cost21 = -math.Log(prob21)
	cost22 = -math.Log(prob22)
)

func movePrior(m move) float64 {
	switch {
	case m.dp == 1 && m.dv == 1:
		return cost11
	case m.dp == 0 || m.dv == 0:
		return cost10
	case m.dp == 2 && m.dv == 2:
		return cost22
	}
	return cost21
}

// Weights of the cues in the cost of a bead (negative is a reward).
const (
	wMarkerSame    = -2.0
	wMarkerDiff    = 2.5
	wMarkerOne     = 0.3
	wHeadingBoth   = -1.0
	wHeadingOne    = 2.0
	wArticleSame   = -4.0
	wArticleDiff   = 6.0
	wNumbers       = 2.5
	wNumbersOne    = 0.7
	wTokenEach     = 1.5
	wTokenMax      = 3.5
	wIDSame        = -4.0
	wIDDiff        = 0.0
	wAnchor        = -3.0
	wAnchorStrong  = -8.0
	wUnmatchedBase = 0.0
)

// Weights of marker agreement in a list whose markers differ between the
// versions (a letter skipped or repeated, an item left out and the rest
// relettered): there equal markers say little about which items
// correspond, and unequal ones are expected.
const (
	wMarkerSameLoose = -1.0
	wMarkerDiffLoose = 1.0
)

// pairAligner aligns one stream of the pivot with one of a version.
type pairAligner struct {
	p, v []feat
	lm   LengthModel
	// pw and vw hold the weight of each token of each block: the inverse
	// of its document frequency in the pivot plus in the version, so a
	// word found in few blocks of either version counts most.
	pw, vw [][]float64
	// ptok and vtok are the blocks' tokens as sorted, distinct integer
	// IDs; dfP and dfV the number of blocks of each stream holding each
	// ID; isNumber tells numbers from words.
	ptok, vtok [][]int32
	// pnum and vnum are the IDs of the blocks' numbers, sorted: one ID
	// per distinct number, so they count shared numbers as the strings do.
	pnum, vnum [][]int32
	dfP, dfV   []int32
	isNumber   []bool
	// anchorV[i] is the version index anchored to pivot block i, or -1;
	// anchorKind[i] says why.
	anchorV    []int
	anchorKind []string
	// uniqueID holds the source ids found exactly once in each stream:
	// only those say that two blocks correspond.
	uniqueID map[string]bool
	// shapeP and shapeV number the shapes of the streams' lists, by list
	// number (see listShapes).
	shapeP, shapeV []int32
	// gapP and gapV are the costs of leaving each block unmatched, for
	// the length model whose ratio is gapRatio (see gapCosts).
	gapP, gapV []float64
	gapRatio   float64
	// loc weighs words by how rare they are near each block, for the
	// moved pass (built on first use).
	loc *localWeights
}

func newPairAligner(p, v []feat) *pairAligner {
	a := &pairAligner{p: p, v: v}
	var lp, lv float64
	for i := range p {
		lp += p[i].length
	}
	for j := range v {
		lv += v[j].length
	}
	a.lm = NewLengthModel(lp, lv)
	// Intern the tokens: the DP compares integers, not strings. Each
	// block's list is sorted by ID and deduplicated.
	ids := make(map[string]int32)
	a.isNumber = a.isNumber[:0]
	// stamp[id] is the last block (numbered across both streams from
	// stamp0) whose list holds id.
	var stamp []int32
	stamp0 := int32(0)
	intern := func(fs []feat) (out, numOut [][]int32) {
		defer func() { stamp0 += int32(len(fs)) }()
		out = make([][]int32, len(fs))
		numOut = make([][]int32, len(fs))
		total, totalNum := 0, 0
		for i := range fs {
			total += len(fs[i].tokens)
			totalNum += len(fs[i].numbers)
		}
		numBacking := make([]int32, totalNum)
		// One backing array; each block's list is capped at its own part.
		backing := make([]int32, total)
		for i := range fs {
			n := len(fs[i].tokens)
			l := backing[:n:n]
			backing = backing[n:]
			l = l[:0]
			// The last tokens are the block's numbers ("#70"), in order.
			firstNum := n - len(fs[i].numbers)
			nums := numBacking[:0:len(fs[i].numbers)]
			numBacking = numBacking[len(fs[i].numbers):]
			for k, t := range fs[i].tokens {
				id, ok := ids[t]
				if !ok {
					id = int32(len(ids))
					ids[t] = id
					a.isNumber = append(a.isNumber, strings.HasPrefix(t, "#"))
					stamp = append(stamp, -1)
				}
				// Drop repeats before sorting: the sorted distinct
				// IDs are the same, the sort shorter.
				if stamp[id] != stamp0+int32(i) {
					stamp[id] = stamp0 + int32(i)
					l = append(l, id)
				}
				if k >= firstNum {
					nums = append(nums, id)
				}
			}
			slices.Sort(l)
			out[i] = l
			slices.Sort(nums)
			numOut[i] = nums
		}
		return out, numOut
	}
	a.ptok, a.pnum = intern(p)
	a.vtok, a.vnum = intern(v)
	dfP := make([]int32, len(ids))
	dfV := make([]int32, len(ids))
	for _, l := range a.ptok {
		for _, t := range l {
			dfP[t]++
		}
	}
	for _, l := range a.vtok {
		for _, t := range l {
			dfV[t]++
		}
	}
	a.dfP, a.dfV = dfP, dfV
	weights := func(toks [][]int32) [][]float64 {
		out := make([][]float64, len(toks))
		total := 0
		for _, l := range toks {
			total += len(l)
		}
		backing := make([]float64, total)
		for i, l := range toks {
			w := backing[:len(l):len(l)]
			backing = backing[len(l):]
			for k, t := range l {
				if x, y := dfP[t], dfV[t]; x > 0 && y > 0 {
					w[k] = 1/float64(x) + 1/float64(y)
				}
			}
			out[i] = w
		}
		return out
	}
	a.pw = weights(a.ptok)
	a.vw = weights(a.vtok)
	// uniqueKeys does not keep the slice keys returns: one will do.
	key := make([]string, 1)
	idP := uniqueKeys(len(p), func(i int) []string { key[0] = p[i].block.Anchor(); return key })
	idV := uniqueKeys(len(v), func(j int) []string { key[0] = v[j].block.Anchor(); return key })
	a.shapeP, a.shapeV = listShapes(p, v)
	a.uniqueID = make(map[string]bool)
	for k := range idP {
		if _, ok := idV[k]; ok {
			a.uniqueID[k] = true
		}
	}
	return a
}

// sharedWeight sums the weights of the tokens shared by the union of the
// pivot blocks [p0,p1) and the union of the version blocks [v0,v1).
func (a *pairAligner) sharedWeight(p0, p1, v0, v1 int) float64 {
	if p1-p0 == 1 && v1-v0 == 1 {
		return sharedSorted(a.ptok[p0], a.pw[p0], a.vtok[v0])
	}
	if p1-p0 <= 2 && v1-v0 <= 2 {
		return a.sharedMerged(p0, p1, v0, v1)
	}
	// Rare: long merges from the grow pass. Collect the version tokens once.
	set := make(map[int32]bool)
	for j := v0; j < v1; j++ {
		for _, t := range a.vtok[j] {
			set[t] = true
		}
	}
	seen := make(map[int32]bool)
	s := 0.0
	for i := p0; i < p1; i++ {
		for k, t := range a.ptok[i] {
			if set[t] && !seen[t] {
				seen[t] = true
				s += a.pw[i][k]
			}
		}
	}
	return s
}

// pair2 walks the sorted union of one or two sorted string lists.
type pair2 struct {
	a, b   []int32
	wa, wb []float64
	i, j   int
}

// next returns the next distinct token and its weight; ok is false at the end.
func (p *pair2) next() (tok int32, w float64, ok bool) {
	switch {
	case p.i < len(p.a) && p.j < len(p.b):
		x, y := p.a[p.i], p.b[p.j]
		switch {
		case x < y:
			tok, w = x, p.weightA()
			p.i++
		case y < x:
			tok, w = y, p.weightB()
			p.j++
		default:
			tok, w = x, p.weightA()
			p.i++
			p.j++
		}
	case p.i < len(p.a):
		tok, w = p.a[p.i], p.weightA()
		p.i++
	case p.j < len(p.b):
		tok, w = p.b[p.j], p.weightB()
		p.j++
	default:
		return 0, 0, false
	}
	return tok, w, true
}

func (p *pair2) weightA() float64 {
	if p.wa == nil {
		return 0
	}
	return p.wa[p.i]
}

func (p *pair2) weightB() float64 {
	if p.wb == nil {
		return 0
	}
	return p.wb[p.j]
}

// sharedMerged is sharedWeight for sides of one or two blocks, without
// allocating: it walks the sorted token lists of both sides together.
func (a *pairAligner) sharedMerged(p0, p1, v0, v1 int) float64 {
	ps := pair2{a: a.ptok[p0], wa: a.pw[p0]}
	if p1-p0 == 2 {
		ps.b, ps.wb = a.ptok[p0+1], a.pw[p0+1]
	}
	vs := pair2{a: a.vtok[v0]}
	if v1-v0 == 2 {
		vs.b = a.vtok[v0+1]
	}
	np, nv := len(ps.a)+len(ps.b), len(vs.a)+len(vs.b)
	if nv*8 < np {
		// Few version tokens: look each up on the pivot side. A token's
		// weight depends on the token alone, the matches come in the same
		// ascending order: the sum is the same.
		s := 0.0
		var ia, ib int
		for y, _, ok := vs.next(); ok; y, _, ok = vs.next() {
			k, found := slices.BinarySearch(ps.a[ia:], y)
			ia += k
			if found {
				s += ps.wa[ia]
				continue
			}
			k, found = slices.BinarySearch(ps.b[ib:], y)
			ib += k
			if found {
				s += ps.wb[ib]
			}
		}
		return s
	}
	if np*8 < nv {
		// Few pivot tokens: look each up on the version side.
		s := 0.0
		var ia, ib int
		for x, w, ok := ps.next(); ok; x, w, ok = ps.next() {
			k, found := slices.BinarySearch(vs.a[ia:], x)
			ia += k
			if found {
				s += w
				continue
			}
			k, found = slices.BinarySearch(vs.b[ib:], x)
			ib += k
			if found {
				s += w
			}
		}
		return s
	}
	s := 0.0
	x, w, okx := ps.next()
	y, _, oky := vs.next()
	for okx && oky {
		switch {
		case x == y:
			s += w
			x, w, okx = ps.next()
			y, _, oky = vs.next()
		case x < y:
			x, w, okx = ps.next()
		default:
			y, _, oky = vs.next()
		}
	}
	return s
}

// sharedSorted sums the weights w of the tokens of x also in y (both sorted).
func sharedSorted(x []int32, w []float64, y []int32) float64 {
	s := 0.0
	if len(y)*8 < len(x) {
		// Few tokens on one side (Chinese text carries numbers and the odd
		// Latin name): look each up. The matches come in the same
		// ascending order, so the sum is the same.
		i := 0
		for _, t := range y {
			k, found := slices.BinarySearch(x[i:], t)
			i += k
			if found {
				s += w[i]
				i++
			}
			if i >= len(x) {
				break
			}
		}
		return s
	}
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			s += w[i]
			i++
			j++
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// numberOverlap returns the numbers shared by the two sides and the size
// of their union.
func numberOverlap(x, y [][]string) (inter, union int) {
	if len(x) == 1 && len(y) == 1 {
		a, b := x[0], y[0]
		i, j := 0, 0
		for i < len(a) && j < len(b) {
			switch c := strings.Compare(a[i], b[j]); {
			case c == 0:
				inter++
				i++
				j++
			case c < 0:
				i++
			default:
				j++
			}
		}
		return inter, len(a) + len(b) - inter
	}
	sa := map[string]bool{}
	for _, l := range x {
		for _, n := range l {
			sa[n] = true
		}
	}
	sb := map[string]bool{}
	for _, l := range y {
		for _, n := range l {
			sb[n] = true
		}
	}
	for n := range sa {
		if sb[n] {
			inter++
		}
	}
	return inter, len(sa) + len(sb) - inter
}

// numberLists returns the first two non-empty number lists of the blocks
// [b0,b1) (number IDs by block), and how many of the blocks have numbers.
func numberLists(ids [][]int32, b0, b1 int) (l [2][]int32, n int) {
	for i := b0; i < b1; i++ {
		if nums := ids[i]; len(nums) > 0 {
			if n < 2 {
				l[n] = nums
			}
			n++
		}
	}
	return l, n
}

// collectNumbers returns the non-empty number lists of the blocks [b0,b1) of fs.
func collectNumbers(fs []feat, b0, b1 int) [][]string {
	var out [][]string
	for i := b0; i < b1; i++ {
		if len(fs[i].numbers) > 0 {
			out = append(out, fs[i].numbers)
		}
	}
	return out
}

// numberOverlap2 is numberOverlap for sides of at most two number lists
// each (the second may be nil), without allocating.
func numberOverlap2(x, y [2][]int32) (inter, union int) {
	xs, ys := pair2{a: x[0], b: x[1]}, pair2{a: y[0], b: y[1]}
	nx, ny := 0, 0
	s, _, okx := xs.next()
	t, _, oky := ys.next()
	for okx && oky {
		switch {
		case s == t:
			inter++
			nx++
			ny++
			s, _, okx = xs.next()
			t, _, oky = ys.next()
		case s < t:
			nx++
			s, _, okx = xs.next()
		default:
			ny++
			t, _, oky = ys.next()
		}
	}
	for ; okx; _, _, okx = xs.next() {
		nx++
	}
	for ; oky; _, _, oky = ys.next() {
		ny++
	}
	return inter, nx + ny - inter
}

// gapCost is the cost of a bead with blocks on one side only: an
// unmatched block costs its prior and a little more when it is long:
// long paragraphs are rarely left out of a translation.
func (a *pairAligner) gapCost(p0, p1, v0, v1 int) float64 {
	c := movePrior(move{p1 - p0, v1 - v0})
	var l float64
	for i := p0; i < p1; i++ {
		l += a.p[i].length
	}
	for j := v0; j < v1; j++ {
		l += a.v[j].length / a.lm.Ratio
	}
	return c + wUnmatchedBase + 0.5*math.Log1p(l/20)
}

// gapCosts precomputes the cost of leaving each single block unmatched
// under the current length model.
func (a *pairAligner) gapCosts() {
	a.gapP = make([]float64, len(a.p))
	a.gapV = make([]float64, len(a.v))
	for i := range a.p {
		a.gapP[i] = a.gapCost(i, i+1, 0, 0)
	}
	for j := range a.v {
		a.gapV[j] = a.gapCost(0, 0, j, j+1)
	}
	a.gapRatio = a.lm.Ratio
}

// cost scores the bead [p0,p1) × [v0,v1). When why is non-nil it receives
// the cues that spoke for the bead.
func (a *pairAligner) cost(p0, p1, v0, v1 int, why *[]string) float64 {
	return a.costLC(p0, p1, v0, v1, why, -1)
}

// costLC is cost with the length cost of a bead with blocks on both sides
// already known (lc, as lowerBound computes it), or -1 to compute it.
func (a *pairAligner) costLC(p0, p1, v0, v1 int, why *[]string, lc float64) float64 {
	m := move{p1 - p0, v1 - v0}
	c := movePrior(m)
	if m.dp == 0 || m.dv == 0 {
		if a.gapRatio == a.lm.Ratio && a.gapP != nil {
			// One block: precomputed by gapCosts.
			switch {
			case m.dp == 1 && m.dv == 0:
				return a.gapP[p0]
			case m.dp == 0 && m.dv == 1:
				return a.gapV[v0]
			}
		}
		return a.gapCost(p0, p1, v0, v1)
	}
	var lp, lv float64
	for i := p0; i < p1; i++ {
		lp += a.p[i].length
	}
	for j := v0; j < v1; j++ {
		lv += a.v[j].length
	}
	pb, vb := a.p[p0].block, a.v[v0].block
	if why != nil && a.p[p0].terms != "" && a.p[p0].terms == a.v[v0].terms {
		*why = append(*why, "terms")
	}
	if lc < 0 {
		lc = a.lm.Cost(lp, lv)
	}
	c += lc
	if why != nil && lc < 1.5 {
		*why = append(*why, "length")
	}
	// Markers and headings: the first block of each side carries them.
	mp, mv := markerValue(pb), markerValue(vb)
	same, diff := wMarkerSame, wMarkerDiff
	if lp, lv := a.p[p0].list, a.v[v0].list; lp > 0 && lv > 0 && a.shapeP[lp] != a.shapeV[lv] {
		same, diff = wMarkerSameLoose, wMarkerDiffLoose
	}
	switch {
	case mp > 0 && mv > 0 && mp == mv:
		c += same
		if why != nil {
			*why = append(*why, "marker")
		}
	case mp > 0 && mv > 0:
		c += diff
	case mp > 0 || mv > 0:
		c += wMarkerOne
	}
	// A block that carries a marker of its own rarely continues the one
	// before it, unless it is a sub-item of it (one version lists (a),
	// (b) where the other writes one sentence).
	for i := p0 + 1; i < p1; i++ {
		if b := a.p[i].block; markerValue(b) > 0 && b.Level <= pb.Level {
			c += wMarkerDiff
		}
	}
	for j := v0 + 1; j < v1; j++ {
		if b := a.v[j].block; markerValue(b) > 0 && b.Level <= vb.Level {
			c += wMarkerDiff
		}
	}
	hp, hv := pb.Kind == 1, vb.Kind == 1 // corpus.KindHeading
	switch {
	case hp && hv:
		c += wHeadingBoth
		if why != nil {
			*why = append(*why, "heading")
		}
	case hp != hv:
		c += wHeadingOne
	}
	if isArticle(pb) && isArticle(vb) {
		if pb.Marker.Value == vb.Marker.Value {
			c += wArticleSame
		} else {
			c += wArticleDiff
		}
	}
	if pa, va := pb.Anchor(), vb.Anchor(); pa != "" && va != "" && m.dp == 1 && m.dv == 1 {
		if pa == va && a.uniqueID[pa] {
			c += wIDSame
			if why != nil {
				*why = append(*why, "id")
			}
		} else {
			// Ids need not be shared across versions (generated
			// ids, translated slugs): a difference says little.
			c += wIDDiff
		}
	}
	// Numbers.
	np, nump := numberLists(a.pnum, p0, p1)
	nv, numv := numberLists(a.vnum, v0, v1)
	switch {
	case nump > 0 && numv > 0:
		var inter, union int
		if nump <= 2 && numv <= 2 {
			inter, union = numberOverlap2(np, nv)
		} else {
			inter, union = numberOverlap(collectNumbers(a.p, p0, p1), collectNumbers(a.v, v0, v1))
		}
		jac := float64(inter) / float64(union)
		c += wNumbers * (1 - 2*jac)
		if why != nil && jac >= 0.5 {
			*why = append(*why, "numbers")
		}
	case nump > 0 || numv > 0:
		c += wNumbersOne
	}
	// Shared rare tokens (names, acronyms, loanwords, numbers).
	if s := a.sharedWeight(p0, p1, v0, v1); s > 0 {
		r := wTokenEach * s
		if r > wTokenMax {
			r = wTokenMax
		}
		c -= r
		if why != nil && s >= 0.5 {
			*why = append(*why, "words")
		}
	}
	// Anchors inside the bead.
	for i := p0; i < p1; i++ {
		if j := a.anchorV[i]; j >= v0 && j < v1 {
			switch a.anchorKind[i] {
			case "id", "article", "path":
				// Structure: the same label path under the same article,
				// or the same unique id, holds even when the texts are
				// built differently (a French subsection that puts the
				// penalty first, an English one that lists it after).
				c += wAnchorStrong
			default:
				c += wAnchor
			}
			if why != nil {
				*why = append(*why, "anchor:"+a.anchorKind[i])
			}
		}
	}
	return c
}

// lowerBound is a cheap bound under cost for a bead with blocks on both
// sides: the prior and the length cost, minus every reward the bead could
// still earn.
func (a *pairAligner) lowerBound(p0, p1, v0, v1 int) (bound, lc float64) {
	var lp, lv float64
	anyTokP, anyTokV, anyNumP, anyNumV := false, false, false, false
	for i := p0; i < p1; i++ {
		lp += a.p[i].length
		anyTokP = anyTokP || len(a.ptok[i]) > 0
		anyNumP = anyNumP || len(a.p[i].numbers) > 0
	}
	for j := v0; j < v1; j++ {
		lv += a.v[j].length
		anyTokV = anyTokV || len(a.vtok[j]) > 0
		anyNumV = anyNumV || len(a.v[j].numbers) > 0
	}
	lc = a.lm.Cost(lp, lv)
	c := movePrior(move{p1 - p0, v1 - v0}) + lc
	if anyTokP && anyTokV {
		c -= wTokenMax
	}
	if anyNumP && anyNumV {
		c -= wNumbers
	}
	pb, vb := a.p[p0].block, a.v[v0].block
	if pb.Marker != nil && vb.Marker != nil {
		c += wMarkerSame + wArticleSame
	}
	if pb.Kind == 1 && vb.Kind == 1 {
		c += wHeadingBoth
	}
	if pb.Anchor() != "" && vb.Anchor() != "" {
		c += wIDSame
	}
	for i := p0; i < p1; i++ {
		if a.anchorV[i] >= 0 {
			c += wAnchorStrong
		}
	}
	return c, lc
}

// confidence maps a bead's cost to [0,1].
func confidence(cost float64, matched bool) float64 {
	if !matched {
		return 0.5
	}
	return 1 / (1 + math.Exp(cost-3.5))
}

// band is, for each pivot row i, the range [lo, hi] of version indexes the
// DP explores.
type band struct{ lo, hi []int }

// makeBand lays a band of half-width w around the piecewise-linear path
// through the anchors from (0,0) to (n,m).
func makeBand(n, m int, anchors []anchor, w int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range b.lo {
		b.lo[i] = m + 1
		b.hi[i] = -1
	}
	// Path points in DP coordinates: an anchor (i,j) means the path passes
	// through (i,j) and (i+1,j+1).
	pts := [][2]int{{0, 0}}
	for _, a := range anchors {
		pts = append(pts, [2]int{a.i, a.j}, [2]int{a.i + 1, a.j + 1})
	}
	pts = append(pts, [2]int{n, m})
	cover := func(i, jlo, jhi int) {
		if i < 0 || i > n {
			return
		}
		if jlo < b.lo[i] {
			b.lo[i] = jlo
		}
		if jhi > b.hi[i] {
			b.hi[i] = jhi
		}
	}
	for k := 1; k < len(pts); k++ {
		i0, j0, i1, j1 := pts[k-1][0], pts[k-1][1], pts[k][0], pts[k][1]
		if i1 < i0 || j1 < j0 {
			continue
		}
		if i1 == i0 {
			cover(i0, j0, j1)
			continue
		}
		for i := i0; i <= i1; i++ {
			// The segment's j over [i-1, i+1].
			ja := j0 + (j1-j0)*max(i-1-i0, 0)/(i1-i0)
			jb := j0 + (j1-j0)*min(i+1-i0, i1-i0)/(i1-i0)
			cover(i, ja, jb)
		}
	}
	for i := range b.lo {
		lo, hi := b.lo[i]-w, b.hi[i]+w
		if lo < 0 {
			lo = 0
		}
		if hi > m {
			hi = m
		}
		if hi < lo {
			lo, hi = 0, m
		}
		b.lo[i], b.hi[i] = lo, hi
	}
	// Make the band connected: each row overlaps the next.
	for i := 1; i <= n; i++ {
		if b.lo[i] > b.hi[i-1]+2 {
			b.lo[i] = b.hi[i-1]
		}
	}
	for i := n - 1; i >= 0; i-- {
		if b.hi[i] < b.lo[i+1]-2 {
			b.hi[i] = b.lo[i+1]
		}
	}
	return b
}

// run aligns the two streams with a DP restricted to a band around the
// anchor path. The band widens until the best path stays inside it.
func (a *pairAligner) run(anchors []anchor) []bead {
	n, m := len(a.p), len(a.v)
	a.anchorV = make([]int, n)
	a.anchorKind = make([]string, n)
	for i := range a.anchorV {
		a.anchorV[i] = -1
	}
	for _, an := range anchors {
		a.anchorV[an.i] = an.j
		a.anchorKind[an.i] = an.kind
	}
	a.gapCosts()
	w := 6
	var last [][2]int
	for {
		bd := makeBand(n, m, anchors, w)
		if last != nil && bandCells(bd) > maxBandCells {
			// Memory and time stay bounded: keep the best path of the
			// widest band affordable.
			return a.beads(last)
		}
		path, touches := a.dp(bd)
		if path != nil {
			last = path
		}
		if last != nil && (!touches || w >= n+m) {
			return a.beads(last)
		}
		w *= 3
	}
}

// maxBandCells bounds the DP table (about 9 bytes a cell).
const maxBandCells = 30_000_000

func bandCells(bd band) int {
	c := 0
	for i := range bd.lo {
		c += bd.hi[i] - bd.lo[i] + 1
	}
	return c
}

// dp runs the banded DP and returns the path as DP points from (0,0) to
// (n,m), and whether the path touches the band's edge.
func (a *pairAligner) dp(bd band) ([][2]int, bool) {
	n, m := len(a.p), len(a.v)
	off := make([]int, n+2)
	for i := 0; i <= n; i++ {
		off[i+1] = off[i] + bd.hi[i] - bd.lo[i] + 1
	}
	inf := math.Inf(1)
	cost := make([]float64, off[n+1])
	back := make([]uint8, off[n+1])
	for k := range cost {
		cost[k] = inf
	}
	at := func(i, j int) int {
		if i < 0 || j < bd.lo[i] || j > bd.hi[i] {
			return -1
		}
		return off[i] + j - bd.lo[i]
	}
	if k := at(0, 0); k >= 0 {
		cost[k] = 0
	}
	for i := 0; i <= n; i++ {
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			k := at(i, j)
			if i == 0 && j == 0 {
				continue
			}
			best, bm := inf, uint8(0)
			for mi, mv := range moves {
				pi, pj := i-mv.dp, j-mv.dv
				if pi < 0 || pj < 0 {
					continue
				}
				pk := at(pi, pj)
				if pk < 0 || math.IsInf(cost[pk], 1) {
					continue
				}
				lc := -1.0
				if mi >= 3 {
					var lb float64
					if lb, lc = a.lowerBound(pi, i, pj, j); cost[pk]+lb >= best {
						// A merge that cannot beat the best move so far.
						continue
					}
				}
				c := cost[pk] + a.costLC(pi, i, pj, j, nil, lc)
				if c < best {
					best, bm = c, uint8(mi)
				}
			}
			cost[k], back[k] = best, bm
		}
	}
	var path [][2]int
	i, j := n, m
	touches := false
	if at(n, m) < 0 || math.IsInf(cost[at(n, m)], 1) {
		// The band does not reach the end: widen.
		return nil, true
	}
	for i > 0 || j > 0 {
		path = append(path, [2]int{i, j})
		if (j == bd.lo[i] && j > 0) || (j == bd.hi[i] && j < m) {
			touches = true
		}
		mv := moves[back[at(i, j)]]
		i, j = i-mv.dp, j-mv.dv
	}
	path = append(path, [2]int{0, 0})
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	return path, touches
}

// beads turns a DP path into beads with their cost, confidence and reason.
func (a *pairAligner) beads(path [][2]int) []bead {
	out := make([]bead, 0, len(path))
	var why []string // reused: joinReasons copies what it keeps
	for k := 1; k < len(path); k++ {
		p0, v0, p1, v1 := path[k-1][0], path[k-1][1], path[k][0], path[k][1]
		why = why[:0]
		c := a.cost(p0, p1, v0, v1, &why)
		matched := p1 > p0 && v1 > v0
		b := bead{p0: p0, p1: p1, v0: v0, v1: v1, cost: c, conf: confidence(c, matched)}
		if !matched {
			b.reason = "unmatched"
		} else {
			b.reason = joinReasons(why)
			for _, r := range why {
				if strings.HasPrefix(r, "anchor:") && r != "anchor:token" && r != "anchor:number" && b.conf < 0.95 {
					b.conf = 0.95
				}
			}
		}
		out = append(out, b)
	}
	return out
}

// reasonOrder is the order in which cues are named in a reason.
var reasonOrder = []string{"anchor:id", "anchor:article", "anchor:path", "anchor:number", "anchor:token",
	"id", "terms", "heading", "marker", "numbers", "words", "length", "moved"}

func joinReasons(why []string) string {
	var sb strings.Builder
	for _, r := range reasonOrder {
		if slices.Contains(why, r) {
			if sb.Len() > 0 {
				sb.WriteByte('+')
			}
			sb.WriteString(r)
		}
	}
	if sb.Len() == 0 {
		return "order"
	}
	return sb.String()
}
