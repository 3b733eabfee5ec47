package align

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// anchor is a pair of blocks (stream indexes) that certainly correspond.
type anchor struct {
	i, j int
	// kind is why: "id", "article", "path", "number", "token".
	kind string
}

// uniqueKeys maps each key that occurs exactly once in the stream to the
// index of the block that carries it.
func uniqueKeys(n int, keys func(i int) []string) map[string]int {
	seen := make(map[string]int)
	for i := 0; i < n; i++ {
		for _, k := range keys(i) {
			if k == "" {
				continue
			}
			if _, ok := seen[k]; ok {
				seen[k] = -1
			} else {
				seen[k] = i
			}
		}
	}
	for k, v := range seen {
		if v < 0 {
			delete(seen, k)
		}
	}
	return seen
}

// candidates returns the pairs of blocks that share a key found exactly
// once in each stream, sorted by (i, j), each pair once with the kind of
// its first key.
func candidates(p, v []feat, kind func(key string) string, keys func(f *feat) []string) []anchor {
	up := uniqueKeys(len(p), func(i int) []string { return keys(&p[i]) })
	uv := uniqueKeys(len(v), func(j int) []string { return keys(&v[j]) })
	names := make([]string, 0, len(up))
	for k := range up {
		if _, ok := uv[k]; ok {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	var out []anchor
	for _, k := range names {
		out = append(out, anchor{i: up[k], j: uv[k], kind: kind(k)})
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].i != out[b].i {
			return out[a].i < out[b].i
		}
		return out[a].j < out[b].j
	})
	// Several keys may join the same two blocks.
	return dedupPairs(out)
}

// lis keeps the longest chain of candidates increasing strictly in both i
// and j (patience sorting, O(k log k)). The input is sorted by i.
func lis(c []anchor) []anchor {
	if len(c) == 0 {
		return nil
	}
	// Process ties in i with decreasing j so that two candidates with the
	// same i cannot both be chosen.
	order := make([]int, len(c))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := c[order[a]], c[order[b]]
		if x.i != y.i {
			return x.i < y.i
		}
		return x.j > y.j
	})
	tails := []int{} // indexes into c of the smallest tail of each length
	prev := make([]int, len(c))
	for _, k := range order {
		j := c[k].j
		pos := sort.Search(len(tails), func(t int) bool { return c[tails[t]].j >= j })
		if pos > 0 {
			prev[k] = tails[pos-1]
		} else {
			prev[k] = -1
		}
		if pos == len(tails) {
			tails = append(tails, k)
		} else {
			tails[pos] = k
		}
	}
	out := make([]anchor, len(tails))
	for k, t := len(tails)-1, tails[len(tails)-1]; k >= 0; k-- {
		out[k] = c[t]
		t = prev[t]
	}
	return out
}

// selectAnchors finds the anchors of two streams: first the structural
// ones (equal source ids, article numbers, marker paths under the same
// section and article), then, between those, blocks sharing a number or a
// word that occurs exactly once in each version. Each tier keeps the
// longest chain consistent with document order.
//
// Two list items with the same marker path anchor only when their lists,
// and the lists of the items they are nested in, have the same shape in
// both versions (pairAligner.sameShape): where one version skips a
// letter, repeats one, or inserts, deletes or reletters an item, equal
// markers no longer say which items correspond, and the DP decides by
// length, numbers and rare words, marker agreement being one cue among
// them.
func selectAnchors(a *pairAligner) []anchor {
	p, v := a.p, a.v
	strong := candidates(p, v, func(k string) string {
		switch {
		case strings.HasPrefix(k, "id:"):
			return "id"
		case strings.Contains(k, "|article:"):
			return "article"
		default:
			return "path"
		}
	}, func(f *feat) []string {
		var ks []string
		if a := f.block.Anchor(); a != "" {
			ks = append(ks, "id:"+a)
		}
		if f.pathKey != "" {
			ks = append(ks, "path:"+f.pathKey)
		}
		return ks
	})
	kept := 0
	for _, c := range strong {
		if c.kind == "path" && !a.sameShape(c.i, c.j) {
			continue
		}
		strong[kept] = c
		kept++
	}
	strong = strong[:kept]
	chain := lis(strong)
	weak := tokenCandidates(a)
	// Keep weak candidates that fall strictly inside a gap of the chain
	// and whose place in the gap is plausible, then chain them per gap.
	out := make([]anchor, 0, len(chain)+len(weak))
	wk := 0
	for g := 0; g <= len(chain); g++ {
		i0, j0 := -1, -1
		if g > 0 {
			i0, j0 = chain[g-1].i, chain[g-1].j
		}
		i1, j1 := len(p), len(v)
		if g < len(chain) {
			i1, j1 = chain[g].i, chain[g].j
		}
		var in []anchor
		for wk < len(weak) && weak[wk].i < i1 {
			a := weak[wk]
			wk++
			if a.i <= i0 || a.j <= j0 || a.j >= j1 {
				continue
			}
			n, m := float64(i1-i0), float64(j1-j0)
			if n > 8 || m > 8 {
				rp := float64(a.i-i0) / n
				rv := float64(a.j-j0) / m
				if d := rp - rv; d > 0.2 || d < -0.2 {
					continue
				}
			}
			in = append(in, a)
		}
		out = append(out, lis(in)...)
		if g < len(chain) {
			out = append(out, chain[g])
		}
	}
	return out
}

// listShapes numbers the shapes of the lists of two streams: lists that
// hold the same sequence of marker values (as many items, the same
// values, in the same order) get the same number, in either stream. The
// results are indexed by list number (feat.list); index 0 is unused.
func listShapes(p, v []feat) (sp, sv []int32) {
	ids := make(map[string]int32)
	shapes := func(fs []feat) []int32 {
		var seqs [][]byte
		for k := range fs {
			if l := fs[k].list; l > 0 {
				for len(seqs) <= l {
					seqs = append(seqs, nil)
				}
				seqs[l] = strconv.AppendInt(append(seqs[l], ','), int64(markerValue(fs[k].block)), 10)
			}
		}
		out := make([]int32, len(seqs))
		for l, seq := range seqs {
			id, ok := ids[string(seq)]
			if !ok {
				id = int32(len(ids))
				ids[string(seq)] = id
			}
			out[l] = id
		}
		return out
	}
	return shapes(p), shapes(v)
}

// sameShape reports whether the list items i of the pivot and j of the
// version, which carry the same marker path, certainly correspond: their
// lists have the same shape in both streams, and so do the lists of the
// items they are nested in, up to the outermost. Blocks that are not list
// items (numbered headings) pass.
func (a *pairAligner) sameShape(i, j int) bool {
	p, v := a.p, a.v
	if p[i].list == 0 || v[j].list == 0 {
		return p[i].list == v[j].list
	}
	for i >= 0 && j >= 0 {
		if a.shapeP[p[i].list] != a.shapeV[v[j].list] {
			return false
		}
		i, j = p[i].parent, v[j].parent
	}
	return i < 0 && j < 0
}

// tokenCandidates pairs the blocks that share a token (word or number)
// found in exactly one block of each stream, sorted by (i, j), each pair
// once.
func tokenCandidates(a *pairAligner) []anchor {
	where := func(toks [][]int32, df []int32) map[int32]int {
		m := make(map[int32]int)
		for i, l := range toks {
			for _, t := range l {
				if df[t] == 1 {
					m[t] = i
				}
			}
		}
		return m
	}
	wp := where(a.ptok, a.dfP)
	wv := where(a.vtok, a.dfV)
	var out []anchor
	for t, i := range wp {
		if j, ok := wv[t]; ok {
			kind := "token"
			if a.isNumber[t] {
				kind = "number"
			}
			out = append(out, anchor{i: i, j: j, kind: kind})
		}
	}
	sort.Slice(out, func(x, y int) bool {
		if out[x].i != out[y].i {
			return out[x].i < out[y].i
		}
		if out[x].j != out[y].j {
			return out[x].j < out[y].j
		}
		return out[x].kind < out[y].kind // "number" before "token"
	})
	return dedupPairs(out)
}

// dedupPairs keeps the first anchor of each (i, j) pair of a list sorted by
// (i, j), in place.
func dedupPairs(out []anchor) []anchor {
	w := 0
	for r := range out {
		if w > 0 && out[w-1].i == out[r].i && out[w-1].j == out[r].j {
			continue
		}
		out[w] = out[r]
		w++
	}
	return out[:w]
}
