package align

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/paritydoc/parity/corpus"
)

// Options tunes Align. The zero value is ready to use.
type Options struct {
	// Pivot is the ID of the version the others are aligned through.
	// Empty means English when a version is in English, else the first.
	Pivot string
	// NoMoves disables the second pass that matches blocks out of
	// document order (moved rows).
	NoMoves bool
}

// ErrNoVersions is returned by Align for a set without versions.
var ErrNoVersions = errors.New("align: the set has no versions")

// PivotIndex returns the index of the pivot version of set: the version
// whose ID (or else language) is pivot, or by default the first English
// version, else the first.
func PivotIndex(set *corpus.Set, pivot string) (int, error) {
	if set == nil || len(set.Versions) == 0 {
		return 0, ErrNoVersions
	}
	if pivot != "" {
		for i, d := range set.Versions {
			if d.ID == pivot {
				return i, nil
			}
		}
		for i, d := range set.Versions {
			if d.Lang == pivot {
				return i, nil
			}
		}
		ids := make([]string, len(set.Versions))
		for i, d := range set.Versions {
			ids[i] = d.ID
		}
		return 0, fmt.Errorf("align: no version %q to pivot on (versions: %s)", pivot, strings.Join(ids, ", "))
	}
	for i, d := range set.Versions {
		if d.Lang == "en" || d.ID == "en" {
			return i, nil
		}
	}
	return 0, nil
}

// Align aligns every version of the set with every other, block by
// block, through the pivot version.
//
// Each version is aligned with the pivot: anchors first (equal source ids,
// article numbers, marker paths under the same section and article, and
// numbers or words found once in each version), then a dynamic program
// in a band around the anchors, with moves 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2
// scored by a length model estimated from the two documents, number and
// word overlap and marker agreement. A second pass matches blocks left
// over (or weakly matched) that correspond strongly to each other out of
// document order, and reports them as moved. Footnote bodies are aligned
// as a stream of their own. The pairwise alignments are then merged into
// rows keyed by the pivot's blocks; blocks of a version with no
// counterpart in the pivot get rows of their own, in their place.
//
// The result is deterministic, and the cost grows linearly with the
// length of the documents.
func Align(set *corpus.Set, opts Options) (*Alignment, error) {
	pv, err := PivotIndex(set, opts.Pivot)
	if err != nil {
		return nil, err
	}
	for i, d := range set.Versions {
		if d == nil {
			return nil, fmt.Errorf("align: version %d is nil", i)
		}
	}
	al := &Alignment{Pivot: pv}
	for _, d := range set.Versions {
		al.Versions = append(al.Versions, d.ID)
	}
	pivot := set.Versions[pv]
	var streams [2][]Row
	for k, footnotes := range []bool{false, true} {
		pStream := stream(pivot, footnotes)
		pFeat := features(pStream)
		pairs := make([][]bead, len(set.Versions))
		vStreams := make([][]*corpus.Block, len(set.Versions))
		for vi, d := range set.Versions {
			if vi == pv {
				continue
			}
			vStreams[vi] = stream(d, footnotes)
			pairs[vi] = alignStreams(pFeat, features(vStreams[vi]), opts)
		}
		streams[k] = merge(len(set.Versions), pv, pStream, vStreams, pairs)
	}
	al.Rows = interleave(pv, streams[0], streams[1])
	return al, nil
}

// interleave merges the rows of the main text and of the footnotes into
// the pivot's document order. A row without pivot blocks stays after the
// row it follows in its own stream.
func interleave(pv int, a, b []Row) []Row {
	ka := make([]int, len(a))
	last := -1
	for i, r := range a {
		if c := r.Cells[pv]; len(c) > 0 {
			last = c[0]
		}
		ka[i] = last
	}
	// A footnote row the pivot has no block in goes where its version's
	// block stands: after the main row holding that version's block just
	// before it (a note under a title stays under the title).
	nv := 0
	if len(a) > 0 {
		nv = len(a[0].Cells)
	} else if len(b) > 0 {
		nv = len(b[0].Cells)
	}
	type at struct{ block, row int }
	byVersion := make([][]at, nv)
	for i, r := range a {
		for v, c := range r.Cells {
			for _, x := range c {
				byVersion[v] = append(byVersion[v], at{x, i})
			}
		}
	}
	for v := range byVersion {
		sort.Slice(byVersion[v], func(x, y int) bool { return byVersion[v][x].block < byVersion[v][y].block })
	}
	kb := make([]int, len(b))
	last = -1
	for j, r := range b {
		key := -1
		if c := r.Cells[pv]; len(c) > 0 {
			key = c[0]
		} else {
			for v, c := range r.Cells {
				if len(c) == 0 {
					continue
				}
				l := byVersion[v]
				k := sort.Search(len(l), func(k int) bool { return l[k].block >= c[0] })
				if k > 0 {
					key = ka[l[k-1].row]
				}
				break
			}
		}
		if key < last {
			key = last
		}
		kb[j], last = key, key
	}
	out := make([]Row, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || (i < len(a) && ka[i] <= kb[j]) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// stream returns the blocks of a document that are footnote bodies, or
// those that are not.
func stream(d *corpus.Document, footnotes bool) []*corpus.Block {
	var out []*corpus.Block
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if (b.Kind == corpus.KindFootnote) == footnotes {
			out = append(out, b)
		}
	}
	return out
}

// alignStreams aligns a version's stream with the pivot's.
func alignStreams(p, v []feat, opts Options) []bead {
	if len(p) == 0 && len(v) == 0 {
		return nil
	}
	a := newPairAligner(p, v)
	anchors := selectAnchors(a)
	// The length model's ratio and variance come from pairs known to
	// correspond: anchored blocks with text, and single blocks between two
	// consecutive anchors. When there are enough of them the DP runs once;
	// otherwise a first DP run supplies the pairs and the DP runs again
	// when the model changed noticeably.
	var known [][2]float64
	prevI, prevJ := -1, -1
	for k, an := range anchors {
		if p[an.i].length > 0 && v[an.j].length > 0 {
			known = append(known, [2]float64{p[an.i].length, v[an.j].length})
		}
		if an.i == prevI+2 && an.j == prevJ+2 && k > 0 {
			known = append(known, [2]float64{p[an.i-1].length, v[an.j-1].length})
		}
		prevI, prevJ = an.i, an.j
	}
	var beads []bead
	if len(known) >= 20 {
		a.lm = a.lm.refit(known)
		beads = a.run(anchors)
	} else {
		beads = a.run(anchors)
		var pairs [][2]float64
		for _, b := range beads {
			if b.p1-b.p0 == 1 && b.v1-b.v0 == 1 && b.conf >= 0.8 {
				pairs = append(pairs, [2]float64{p[b.p0].length, v[b.v0].length})
			}
		}
		lm := a.lm.refit(pairs)
		if r := lm.Variance / a.lm.Variance; r > 1.25 || r < 0.8 || lm.Ratio/a.lm.Ratio > 1.1 || lm.Ratio/a.lm.Ratio < 0.9 {
			a.lm = lm
			beads = a.run(anchors)
		}
	}
	if !opts.NoMoves {
		beads = a.definitions(beads)
		// A relink can leave blocks over that another round pairs.
		for round := 0; round < 3; round++ {
			n := len(beads)
			beads = a.moves(beads)
			if len(beads) == n {
				break
			}
		}
	}
	return a.grow(a.pairAdjacent(beads))
}

// merge builds the n-way rows of one stream from the pairwise beads.
func merge(nv, pv int, pStream []*corpus.Block, vStreams [][]*corpus.Block, pairs [][]bead) []Row {
	np := len(pStream)
	// Union pivot blocks that share a bead in any version.
	parent := make([]int, np)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, bs := range pairs {
		for _, b := range bs {
			for i := b.p0 + 1; i < b.p1; i++ {
				ra, rb := find(b.p0), find(i)
				if ra != rb {
					if ra < rb {
						parent[rb] = ra
					} else {
						parent[ra] = rb
					}
				}
			}
		}
	}
	type rowAcc struct {
		key     [3]int // pivot position, insertion slot, sequence
		cells   [][]int
		conf    float64
		reasons uint32 // bits of rowReasons
		moved   bool
	}
	comp := make([]*rowAcc, np) // by root pivot block
	var rows []*rowAcc
	// Rows and their cells are carved from chunks, not allocated one by one.
	const chunk = 256
	var accs []rowAcc
	var cellPool [][]int
	newRow := func() *rowAcc {
		if len(accs) == 0 {
			accs = make([]rowAcc, chunk)
		}
		if len(cellPool) < nv {
			cellPool = make([][]int, chunk*nv)
		}
		r := &accs[0]
		accs = accs[1:]
		r.cells, cellPool = cellPool[:nv:nv], cellPool[nv:]
		r.conf = 1
		rows = append(rows, r)
		return r
	}
	for i := 0; i < np; i++ {
		root := find(i)
		r := comp[root]
		if r == nil {
			r = newRow()
			r.key = [3]int{root, 0, 0}
			comp[root] = r
		}
		r.cells[pv] = append(r.cells[pv], pStream[i].Index)
	}
	masks := map[string]uint32{}
	addReason := func(r *rowAcc, reason string) {
		m, ok := masks[reason]
		if !ok {
			m = reasonMask(reason)
			masks[reason] = m
		}
		r.reasons |= m
	}
	seq := 0
	// ins[slot][version] are the version's blocks without a pivot
	// counterpart placed after the pivot row slot (-1: before the first).
	ins := map[int][][]int{}
	var slots []int
	for vi, bs := range pairs {
		if vi == pv {
			continue
		}
		vs := vStreams[vi]
		// The row each version block went to, for placing insertions.
		lastPivot := -1
		for _, b := range bs {
			if b.p1 > b.p0 {
				r := comp[find(b.p0)]
				for j := b.v0; j < b.v1; j++ {
					r.cells[vi] = append(r.cells[vi], vs[j].Index)
				}
				if b.conf < r.conf {
					r.conf = b.conf
				}
				addReason(r, b.reason)
				if b.moved {
					r.moved = true
				}
				if !b.moved && b.v1 > b.v0 {
					lastPivot = find(b.p0)
				}
				continue
			}
			// Version blocks with no pivot counterpart: rows of their own
			// after the last row this version reached.
			if ins[lastPivot] == nil {
				ins[lastPivot] = make([][]int, nv)
				slots = append(slots, lastPivot)
			}
			for j := b.v0; j < b.v1; j++ {
				ins[lastPivot][vi] = append(ins[lastPivot][vi], vs[j].Index)
			}
		}
	}
	// At each place, when several versions insert the same number of
	// blocks the pivot lacks (a note the pivot has not), they are taken to
	// correspond to each other in order; otherwise each block has a row
	// of its own.
	for _, slot := range slots {
		per := ins[slot]
		count, versions := -1, 0
		zip := true
		for _, l := range per {
			if len(l) == 0 {
				continue
			}
			versions++
			if count >= 0 && len(l) != count {
				zip = false
			}
			count = len(l)
		}
		zip = zip && versions > 1
		if zip {
			for k := 0; k < count; k++ {
				r := newRow()
				seq++
				r.key = [3]int{slot, 1, seq}
				r.conf = 0.5
				for vi, l := range per {
					if len(l) > 0 {
						r.cells[vi] = []int{l[k]}
					}
				}
				addReason(r, "order")
			}
			continue
		}
		for vi, l := range per {
			for _, x := range l {
				r := newRow()
				seq++
				r.key = [3]int{slot, 1 + vi, seq}
				r.cells[vi] = []int{x}
				r.conf = 0.5
			}
		}
	}
	sort.SliceStable(rows, func(a, b int) bool {
		x, y := rows[a].key, rows[b].key
		if x[0] != y[0] {
			return x[0] < y[0]
		}
		if x[1] != y[1] {
			return x[1] < y[1]
		}
		return x[2] < y[2]
	})
	// Rows where the pivot has blocks but some version has none are
	// partial: their confidence says so.
	out := make([]Row, 0, len(rows))
	for _, r := range rows {
		present := 0
		for _, c := range r.cells {
			if len(c) > 0 {
				present++
			}
			sort.Ints(c)
		}
		for vi, c := range r.cells {
			if vi != pv && len(c) == 0 && len(r.cells[pv]) > 0 && r.conf > 0.5 {
				r.conf = 0.5
			}
		}
		if present < nv {
			r.reasons |= reasonMask("unmatched")
		}
		out = append(out, Row{Cells: r.cells, Confidence: r.conf, Reason: joinMask(r.reasons), Moved: r.moved})
	}
	return out
}

// rowReasons are the cues a row's reason can name, in the order named.
var rowReasons = append(append([]string{}, reasonOrder...), "order", "unmatched")

// reasonMask maps a "+"-joined reason to bits of rowReasons.
func reasonMask(reason string) uint32 {
	var m uint32
	for _, x := range strings.Split(reason, "+") {
		for k, r := range rowReasons {
			if r == x {
				m |= 1 << k
			}
		}
	}
	return m
}

// joinMask names the cues of a mask in the order of rowReasons.
func joinMask(m uint32) string {
	var out []string
	for k, r := range rowReasons {
		if m&(1<<k) != 0 {
			out = append(out, r)
		}
	}
	return strings.Join(out, "+")
}
