package lang

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestResolveListRef compares ResolveList with refResolveList (the search
// as it was) on runs made to take every way through it: plain lists
// that run on (runOn), the first list and lists after headings, bullets,
// gaps, letters that are also large roman numerals (c, d, l, m: altsIdle),
// roman and Latin readings, Arabic abjad and alphabetical order, flattened
// pairs, inserted and deleted items, deep nesting past mkMaxDepth,
// multi-level numbers, restarts and jumps, and runs long and ambiguous
// enough to fill the beam. Levels, readings, Alt chains and changes must
// be the same.
func TestResolveListRef(t *testing.T) {
	seqs := [][]string{
		strings.Fields("a) b) c) d) e) f) g) h) i) j) k) l) m) n) o) p)"),
		strings.Fields("i) ii) iii) iv) v) vi) vii) viii) ix) x) xi) xii)"),
		strings.Fields("1. 2. 3. 4. 5. 6. 7. 8. 9. 10. 11. 12. 13."),
		strings.Fields("(a) (b) (c) (d) (e) (f) (g) (h) (i) (j)"),
		strings.Fields("(1) (2) (3) (4) (5) (6)"),
		strings.Fields("I. II. III. IV. V. VI."),
		strings.Fields("A. B. C. D. E."),
		strings.Fields("أ) ب) ج) د) هـ) و) ز) ح) ط) ي)"),
		strings.Fields("أ) ب) ت) ث) ج) ح) خ) د)"),
		strings.Fields("а) б) в) г) д) е) ж) з) и) к)"),
		strings.Fields("一、 二、 三、 四、 五、 六、"),
		strings.Fields("（一） （二） （三） （四）"),
		strings.Fields("1.1 1.2 1.3 2.1 2.2 3.1"),
		strings.Fields("ab) bc) cd) de) ef) fg) gh) hi) ij) jk)"),
		strings.Fields("a) b) c) d) e) ef) i) iii) iiiii) iiiiv) ivv) vvi) x) ixxi) xxii) xiii) fg) gh) hi) ij)"),
		strings.Fields("① ② ③ ④"),
		{"•", "•", "•"},
		{"-", "-", "-"},
	}
	vocab := []string{"a)", "b)", "c)", "d)", "l)", "m)", "h)", "i)", "ii)", "v)", "x)", "xl)", "xli)", "ci)", "lx)",
		"cd)", "ef)", "iii)", "iiiii)", "(a)", "(i)", "1.", "2.", "0.", "1)", "12.", "1.1", "2.1", "I.", "A.", "C.",
		"D.", "•", "-", "Article 5", "第五条", "أ)", "ب)", "ج)", "ت)", "а)", "б)", "一、", "（一）", "①"}
	parse := func(w string) *Marker {
		if w == "" {
			return nil
		}
		m, _, _ := ParseMarker(w + "\tx") // nil, a block without a marker, if it reads nothing
		return m
	}
	var runs [][]string
	rng := rand.New(rand.NewPCG(3, 4))
	n := 8000
	if testing.Short() {
		n = 1000
	}
	for k := range n {
		var run []string
		length := 1 + rng.IntN(40)
		if k%400 == 0 {
			length = 300 + rng.IntN(300) // long runs
		}
		pairs := k%3 == 0 // runs with flattened pairs read old and new apart
		for len(run) < length {
			switch rng.IntN(10) {
			case 0:
				run = append(run, vocab[rng.IntN(len(vocab))])
			case 1:
				run = append(run, "") // a gap
			case 2:
				if pairs {
					run = append(run, []string{"ef)", "iiiii)", "cd)", "vvi)", "ab)"}[rng.IntN(5)])
				} else {
					run = append(run, "a)") // a restart
				}
			default:
				s := seqs[rng.IntN(len(seqs))]
				i := 0
				if rng.IntN(3) == 0 {
					i = rng.IntN(len(s))
				}
				for l := rng.IntN(10); l >= 0 && i < len(s); l-- {
					run = append(run, s[i])
					i++
					if rng.IntN(8) == 0 {
						i++ // a jump, or an inserted item
					}
					if rng.IntN(10) == 0 && i > 1 {
						i -= 2 // a repeat, or a deleted item
					}
				}
			}
		}
		runs = append(runs, run)
	}
	// Lists that run on, which mkRunsOn reads without the search, with
	// gaps, from any item of a sequence (a first item at any value), and
	// the same with one item changed: a restart, a jump, a repeat, an item
	// of another list, a heading, a flattened pair.
	seqs = append(seqs, strings.Fields("xxxviii) xxxix) xl) xli) xlii) xliii) xliv)"),
		strings.Fields("a) b) c) d) e) f) g) h) i) j) k) l) m) n) o) p) q) r) s) t) u) v) w) x) y) z)"),
		strings.Fields("0. 1. 2. 3. 4."), strings.Fields("A) B) C) D) E) F)"), strings.Fields("1 2 3 4 5 6"))
	others := strings.Fields("2) 3) 4) b) c) d) ii) iii) B) C) б) в) ب) ج) 2. 3. b. B. II. (2) (b) （二） 二、 ② • - 1.2 1.1.2")
	for k := range 2000 {
		s := seqs[rng.IntN(len(seqs))]
		i := rng.IntN(len(s))
		var run []string
		for l := 1 + rng.IntN(12); l > 0 && i < len(s); l-- {
			if rng.IntN(4) == 0 {
				run = append(run, "")
			}
			run = append(run, s[i])
			i++
		}
		if k%2 == 1 {
			j := rng.IntN(len(run))
			switch k / 2 % 4 {
			case 0:
				run[j] = vocab[rng.IntN(len(vocab))]
			case 1:
				run[j] = s[rng.IntN(len(s))]
				if rng.IntN(2) == 0 {
					// The value the list runs on to, or close, in another
					// system or style.
					run[j] = others[rng.IntN(len(others))]
				}
			case 2:
				run = append(run[:j], append([]string{[]string{"ef)", "iiiii)", "cd)", "Article 5", "第五条"}[rng.IntN(5)]}, run[j:]...)...)
			case 3:
				run = append(run, s[0])
			}
		}
		runs = append(runs, run)
	}
	// Deep nesting: each system opens a sub-list under the one before.
	deep := []string{"I.", "A.", "1.", "(1)", "a)", "(a)", "i)", "(i)", "①", "•", "一、", "（一）", "а)", "أ)", "1.1", "-"}
	for range 20 {
		var run []string
		for _, w := range deep {
			run = append(run, w)
		}
		for j := len(deep) - 1; j >= 0; j-- {
			run = append(run, deep[j])
		}
		runs = append(runs, run)
	}
	for _, run := range runs {
		got := make([]*Marker, len(run))
		want := make([]*Marker, len(run))
		for i, w := range run {
			got[i], want[i] = parse(w), parse(w)
		}
		wl := checkResolveList(t, run, got, want)
		// ResolveListInto with memory too short, long enough and
		// holding old levels gives the same levels.
		for _, buf := range [][]int{nil, make([]int, 0, len(run)), {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7}} {
			again := make([]*Marker, len(run))
			for i, w := range run {
				again[i] = parse(w)
			}
			if l := ResolveListInto(again, buf); fmt.Sprint(l) != fmt.Sprint(wl) {
				t.Fatalf("%q: ResolveListInto(%v) = %v, want %v", run, buf, l, wl)
			}
		}
	}
	t.Logf("%d runs", len(runs))
}

// checkResolveList resolves got with ResolveList and want, markers read
// from the same input (named by what in a failure), with refResolveList,
// fails t at the first block whose level or marker differs, and returns
// the levels of refResolveList.
func checkResolveList(t *testing.T, what any, got, want []*Marker) []int {
	t.Helper()
	gl, wl := ResolveList(got), refResolveList(want)
	for i := range got {
		g := fmt.Sprint(gl[i], " ", diffMarker(got[i]))
		w := fmt.Sprint(wl[i], " ", diffMarker(want[i]))
		if g != w {
			t.Fatalf("%q: block %d: got %s, want %s", what, i, g, w)
		}
	}
	return wl
}
