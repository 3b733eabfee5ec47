package lang

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// seedBookmark is the extraction artifact at the start of some seed lines.
var seedBookmark = regexp.MustCompile(`^(\[bookmark: [^\]]*\])+`)

// TestSeedDocument reads the seed document (a plain-text extraction of an
// ITU proposal with tracked changes) line by line, as the text reader does:
// one paragraph per line. Every list item must parse, the lists must
// resolve to the old and new values derived by hand below, and the section
// headings must come out with the right keys.
func TestSeedDocument(t *testing.T) {
	data, err := os.ReadFile(testcorpus.Path(t, "seed/000_cacf3a00fbb84b6b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimPrefix(string(data), "\ufeff"), "\n")
	if len(lines) < 113 {
		t.Fatalf("seed has %d lines, want 113", len(lines))
	}

	// Expected markers by 1-based line: "level system new[<old][+|-]".
	// The recalling list (lines 19-41) was edited with tracked changes:
	// e) was inserted before the old e), which became f) (ef), and so on
	// to ij); its roman sub-list got a new i) (Resolution 70) and x)
	// (Resolution 175) and xiii) (Resolution 214), so the old i) ... x)
	// became ii) ... xii) around them (iii = i+ii, iiiii = ii+iii, ...,
	// ixxi = ix+xi, xxii = x+xii). Every other list is unchanged.
	want := map[int]string{
		19: "1 latin-lower 1", 20: "1 latin-lower 2", 21: "1 latin-lower 3", 22: "1 latin-lower 4",
		23: "1 latin-lower 5+", 24: "1 latin-lower 6<5",
		25: "2 roman-lower 1+", 26: "2 roman-lower 2<1", 27: "2 roman-lower 3<2", 28: "2 roman-lower 4<3",
		29: "2 roman-lower 5<4", 30: "2 roman-lower 6<5", 31: "2 roman-lower 7<6", 32: "2 roman-lower 8<7",
		33: "2 roman-lower 9<8", 34: "2 roman-lower 10+", 35: "2 roman-lower 11<9", 36: "2 roman-lower 12<10",
		37: "2 roman-lower 13+",
		38: "1 latin-lower 7<6", 39: "1 latin-lower 8<7", 40: "1 latin-lower 9<8", 41: "1 latin-lower 10<9",
	}
	letters := func(from, first, n int) {
		for i := 0; i < n; i++ {
			want[from+i] = fmt.Sprintf("1 latin-lower %d", first+i)
		}
	}
	decimals := func(from, n int) {
		for i := 0; i < n; i++ {
			want[from+i] = fmt.Sprintf("1 decimal %d", i+1)
		}
	}
	letters(43, 1, 9)            // considering further a)-i)
	letters(53, 1, 7)            // recognizing a)-g)
	want[60] = "2 roman-lower 1" // g) i) ii)
	want[61] = "2 roman-lower 2"
	letters(63, 1, 4) // recognizing further a)-d), footnote, blank line,
	letters(68, 5, 5) // e)-i)
	letters(74, 1, 6) // bearing in mind a)-f)
	letters(81, 1, 4) // noting a)-d)
	letters(86, 1, 5) // noting further a)-e)
	decimals(92, 5)   // resolves 1-5
	decimals(98, 6)   // instructs 1-6
	decimals(105, 4)  // invites Member States, Sector Members ... 1-4
	decimals(112, 2)  // invites all stakeholders 1-2

	wantSections := map[int]SectionMatch{
		18:  {Key: "recalling", OldKey: "considering", Lang: "zh"}, // 考虑到忆及
		42:  {Key: "considering further", Lang: "zh"},
		52:  {Key: "recognizing", Lang: "zh"},
		62:  {Key: "recognizing further", Lang: "zh"},
		73:  {Key: "bearing in mind", Lang: "zh"},
		80:  {Key: "noting", Lang: "zh"},
		85:  {Key: "noting further", Lang: "zh"},
		91:  {Key: "resolves", Lang: "zh"},
		97:  {Key: "instructs", Lang: "zh"},
		104: {Key: "invites", Lang: "zh"},
		109: {Key: "invites", Lang: "zh"},
		111: {Key: "invites", Lang: "zh"},
	}

	ms := make([]*Marker, len(lines))
	for i, l := range lines {
		l = seedBookmark.ReplaceAllString(l, "")
		l = strings.TrimLeft(l, " \t")
		if m, _, ok := ParseMarker(l); ok {
			ms[i] = m
		}
		got, ok := Section(lines[i])
		if w, isSection := wantSections[i+1]; isSection {
			if !ok || got != w {
				t.Errorf("line %d %q: Section = %+v, %v; want %+v", i+1, lines[i], got, ok, w)
			}
		} else if ok {
			t.Errorf("line %d %q: Section = %+v; want no heading", i+1, lines[i], got)
		}
	}
	levels := ResolveList(ms)
	for i, m := range ms {
		w, isItem := want[i+1]
		if m == nil {
			if isItem {
				t.Errorf("line %d %q: no marker, want %s", i+1, lines[i], w)
			}
			continue
		}
		if !isItem {
			t.Errorf("line %d %q: marker %q, want none", i+1, lines[i], m.Raw)
			continue
		}
		got := fmt.Sprintf("%d %s %d", levels[i], m.System, m.Value)
		if m.Old != nil {
			got += fmt.Sprintf("<%d", m.Old.Value)
		}
		switch m.Change {
		case ChangeInserted:
			got += "+"
		case ChangeDeleted:
			got += "-"
		}
		if got != w {
			t.Errorf("line %d %q: got %s, want %s", i+1, m.Raw, got, w)
		}
	}

	// Read down each list, the old and the new sequences are each
	// consecutive: an inserted item has only a new value, a deleted one
	// only an old value.
	type seq struct{ old, new int }
	lists := map[string]*seq{}
	for i, m := range ms {
		if m == nil {
			// A section heading ends every list.
			if _, isSection := wantSections[i+1]; isSection {
				lists = map[string]*seq{}
			}
			continue
		}
		k := fmt.Sprintf("%d/%s", levels[i], m.System)
		if levels[i] == 1 {
			for kk := range lists {
				if !strings.HasPrefix(kk, "1/") {
					delete(lists, kk) // a new item closes its sub-lists
				}
			}
		}
		s := lists[k]
		if s == nil {
			s = &seq{}
			lists[k] = s
		}
		oldV, newV := m.Value, m.Value
		if m.Old != nil {
			oldV = m.Old.Value
		}
		if m.Change != ChangeInserted {
			if oldV != s.old+1 {
				t.Errorf("line %d %q: old value %d after %d", i+1, m.Raw, oldV, s.old)
			}
			s.old = oldV
		}
		if m.Change != ChangeDeleted {
			if newV != s.new+1 {
				t.Errorf("line %d %q: new value %d after %d", i+1, m.Raw, newV, s.new)
			}
			s.new = newV
		}
	}
}

// TestUDHRArticleHeadings: the 30 article headings of the Universal
// Declaration in the six UN languages parse with the right numbers.
func TestUDHRArticleHeadings(t *testing.T) {
	dir := testcorpus.Path(t, "udhr/txt")
	words := map[string]string{
		"udhr_eng.txt": "Article", "udhr_fra.txt": "Article", "udhr_spa.txt": "Artículo",
		"udhr_rus.txt": "Статья", "udhr_arb.txt": "المادة", "udhr_cmn_hans.txt": "第",
	}
	for file, word := range words {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, file))
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, line := range strings.Split(string(data), "\n") {
				line = strings.TrimSpace(line)
				if !strings.HasPrefix(line, word) {
					continue
				}
				m, n, ok := ParseMarker(line)
				if !ok || m.Unit != UnitArticle {
					if word != "第" { // 第 also starts running text in Chinese
						t.Errorf("%q: not an article heading", line)
					}
					continue
				}
				if n != len(line) {
					t.Errorf("%q: heading is not the whole line (n=%d)", line, n)
				}
				got = append(got, m.Value)
			}
			if len(got) != 30 {
				t.Fatalf("%d article headings, want 30: %v", len(got), got)
			}
			for i, v := range got {
				if v != i+1 {
					t.Errorf("heading %d has number %d", i+1, v)
				}
			}
		})
	}
}
