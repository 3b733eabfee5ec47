package lang

import (
	"fmt"
	"strings"
	"testing"
)

// parseLines parses one marker per line; "-" stands for a block without
// a marker.
func parseLines(t *testing.T, lines []string) []*Marker {
	t.Helper()
	ms := make([]*Marker, len(lines))
	for i, l := range lines {
		if l == "-" {
			continue
		}
		m, _, ok := ParseMarker(l + "\ttext")
		if !ok {
			t.Fatalf("ParseMarker(%q): no marker", l)
		}
		ms[i] = m
	}
	return ms
}

// describe writes each resolved marker as "level:system:value", with
// "<old" for a pair and "+"/"-" for inserted/deleted items.
func describe(ms []*Marker, levels []int) string {
	var parts []string
	for i, m := range ms {
		if m == nil {
			parts = append(parts, fmt.Sprintf("%d", levels[i]))
			continue
		}
		s := fmt.Sprintf("%d:%s:%d", levels[i], m.System, m.Value)
		if m.Old != nil {
			s += fmt.Sprintf("<%d", m.Old.Value)
		}
		switch m.Change {
		case ChangeInserted:
			s += "+"
		case ChangeDeleted:
			s += "-"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestResolveList(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"letters h i j", []string{"g)", "h)", "i)", "j)"},
			"1:latin-lower:7 1:latin-lower:8 1:latin-lower:9 1:latin-lower:10"},
		{"letters a to j", []string{"a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)"},
			"1:latin-lower:1 1:latin-lower:2 1:latin-lower:3 1:latin-lower:4 1:latin-lower:5 1:latin-lower:6 1:latin-lower:7 1:latin-lower:8 1:latin-lower:9 1:latin-lower:10"},
		{"roman sub-list", []string{"a)", "i)", "ii)", "b)"},
			"1:latin-lower:1 2:roman-lower:1 2:roman-lower:2 1:latin-lower:2"},
		{"roman i alone then ii", []string{"a)", "-", "i)", "-", "ii)"},
			"1:latin-lower:1 0 2:roman-lower:1 0 2:roman-lower:2"},
		{"roman i alone under a", []string{"a)", "i)", "b)"},
			"1:latin-lower:1 2:roman-lower:1 1:latin-lower:2"},
		{"roman after h decided by ii", []string{"g)", "h)", "i)", "ii)", "iii)", "i)"},
			"1:latin-lower:7 1:latin-lower:8 2:roman-lower:1 2:roman-lower:2 2:roman-lower:3 1:latin-lower:9"},
		{"roman list alone", []string{"i)", "ii)", "iii)", "iv)", "v)", "vi)", "vii)", "viii)", "ix)", "x)", "xi)"},
			"1:roman-lower:1 1:roman-lower:2 1:roman-lower:3 1:roman-lower:4 1:roman-lower:5 1:roman-lower:6 1:roman-lower:7 1:roman-lower:8 1:roman-lower:9 1:roman-lower:10 1:roman-lower:11"},
		{"letters u v w x", []string{"t)", "u)", "v)", "w)", "x)", "y)"},
			"1:latin-lower:20 1:latin-lower:21 1:latin-lower:22 1:latin-lower:23 1:latin-lower:24 1:latin-lower:25"},
		{"roman v after iv", []string{"a)", "i)", "ii)", "iii)", "iv)", "v)", "b)"},
			"1:latin-lower:1 2:roman-lower:1 2:roman-lower:2 2:roman-lower:3 2:roman-lower:4 2:roman-lower:5 1:latin-lower:2"},
		{"letters c d after b", []string{"(a)", "(b)", "(c)", "(d)"},
			"1:latin-lower:1 1:latin-lower:2 1:latin-lower:3 1:latin-lower:4"},
		{"letters l m", []string{"j)", "k)", "l)", "m)", "n)"},
			"1:latin-lower:10 1:latin-lower:11 1:latin-lower:12 1:latin-lower:13 1:latin-lower:14"},
		{"roman upper sections", []string{"I.", "A.", "B.", "C.", "II.", "A."},
			"1:roman-upper:1 2:latin-upper:1 2:latin-upper:2 2:latin-upper:3 1:roman-upper:2 2:latin-upper:1"},
		{"decimal with points", []string{"1.", "(a)", "(b)", "2.", "3.", "(a)"},
			"1:decimal:1 2:latin-lower:1 2:latin-lower:2 1:decimal:2 1:decimal:3 2:latin-lower:1"},
		{"three levels", []string{"1.", "(a)", "(i)", "(ii)", "(b)", "2."},
			"1:decimal:1 2:latin-lower:1 3:roman-lower:1 3:roman-lower:2 2:latin-lower:2 1:decimal:2"},
		{"new list after a section", []string{"a)", "b)", "c)", "-", "1", "2", "-", "1"},
			"1:latin-lower:1 1:latin-lower:2 1:latin-lower:3 0 1:decimal:1 1:decimal:2 0 1:decimal:1"},
		{"restart after a section", []string{"a)", "b)", "-", "a)", "b)", "c)"},
			"1:latin-lower:1 1:latin-lower:2 0 1:latin-lower:1 1:latin-lower:2 1:latin-lower:3"},
		{"heading closes lists", []string{"1.", "(a)", "Article 2", "(a)"},
			"1:decimal:1 2:latin-lower:1 0:decimal:2 1:latin-lower:1"},
		{"arabic abjad", []string{"أ)", "ب)", "ج)", "د)", "ه)", "و)"},
			"1:arabic-abjad:1 1:arabic-abjad:2 1:arabic-abjad:3 1:arabic-abjad:4 1:arabic-abjad:5 1:arabic-abjad:6"},
		{"arabic alphabetical", []string{"أ)", "ب)", "ت)", "ث)", "ج)", "ح)"},
			"1:arabic-alpha:1 1:arabic-alpha:2 1:arabic-alpha:3 1:arabic-alpha:4 1:arabic-alpha:5 1:arabic-alpha:6"},
		{"arabic abjad past ي", []string{"ط)", "ي)", "ك)", "ل)"},
			"1:arabic-abjad:9 1:arabic-abjad:10 1:arabic-abjad:11 1:arabic-abjad:12"},
		{"cyrillic", []string{"з)", "и)", "к)", "л)"},
			"1:cyrillic-lower:8 1:cyrillic-lower:9 1:cyrillic-lower:10 1:cyrillic-lower:11"},
		{"chinese levels", []string{"一、", "（一）", "（二）", "二、", "1.", "2."},
			"1:cjk:1 2:cjk:1 2:cjk:2 1:cjk:2 2:decimal:1 2:decimal:2"},
		{"bullets", []string{"1.", "•", "•", "2.", "—", "—"},
			"1:decimal:1 2:bullet:0 2:bullet:0 1:decimal:2 2:bullet:0 2:bullet:0"},
		{"flattened letters", []string{"a)", "b)", "bc)", "cd)", "de)"},
			"1:latin-lower:1 1:latin-lower:2+ 1:latin-lower:3<2 1:latin-lower:4<3 1:latin-lower:5<4"},
		{"flattened deletion", []string{"a)", "b)", "c)", "dc)", "ed)"},
			"1:latin-lower:1 1:latin-lower:2 1:latin-lower:3- 1:latin-lower:3<4 1:latin-lower:4<5"},
		{"flattened roman", []string{"a)", "i)", "iii)", "iiiii)", "iiiiv)", "ivv)", "b)"},
			"1:latin-lower:1 2:roman-lower:1+ 2:roman-lower:2<1 2:roman-lower:3<2 2:roman-lower:4<3 2:roman-lower:5<4 1:latin-lower:2"},
		{"iii plain in an unchanged list", []string{"a)", "i)", "ii)", "iii)", "iv)"},
			"1:latin-lower:1 2:roman-lower:1 2:roman-lower:2 2:roman-lower:3 2:roman-lower:4"},
		{"xxii plain", []string{"xx)", "xxi)", "xxii)", "xxiii)"},
			"1:roman-lower:20 1:roman-lower:21 1:roman-lower:22 1:roman-lower:23"},
		{"ab continuation", []string{"y)", "z)", "aa)", "ab)", "ac)"},
			"1:latin-lower:25 1:latin-lower:26 1:latin-lower:27 1:latin-lower:28 1:latin-lower:29"},
		{"ab as a pair", []string{"a)", "ab)", "bc)"},
			"1:latin-lower:1+ 1:latin-lower:2<1 1:latin-lower:3<2"},
		{"multi-level", []string{"1.", "1.1", "1.2", "2.", "2.1"},
			"1:decimal:1 2:multilevel:1 2:multilevel:2 1:decimal:2 2:multilevel:1"},
		// A lone c), d), l) or m) among letters is a letter: its roman
		// reading (100, 500, 50, 1000) needs a roman list it continues.
		{"swapped c b", []string{"a)", "c)", "b)", "d)"},
			"1:latin-lower:1 1:latin-lower:3 1:latin-lower:2 1:latin-lower:4"},
		{"swapped d c", []string{"a)", "b)", "d)", "c)", "e)"},
			"1:latin-lower:1 1:latin-lower:2 1:latin-lower:4 1:latin-lower:3 1:latin-lower:5"},
		{"swapped m l", []string{"j)", "k)", "m)", "l)", "n)"},
			"1:latin-lower:10 1:latin-lower:11 1:latin-lower:13 1:latin-lower:12 1:latin-lower:14"},
		{"skipped to c", []string{"a)", "c)", "d)"},
			"1:latin-lower:1 1:latin-lower:3 1:latin-lower:4"},
		{"upper swapped C B", []string{"A.", "C.", "B.", "D."},
			"1:latin-upper:1 1:latin-upper:3 1:latin-upper:2 1:latin-upper:4"},
		{"roman l after xlix", []string{"xlviii)", "xlix)", "l)", "li)"},
			"1:roman-lower:48 1:roman-lower:49 1:roman-lower:50 1:roman-lower:51"},
		{"empty", nil, ""},
		{"no markers", []string{"-", "-"}, "0 0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := parseLines(t, c.lines)
			levels := ResolveList(ms)
			if len(levels) != len(ms) {
				t.Fatalf("%d levels for %d markers", len(levels), len(ms))
			}
			if got := describe(ms, levels); got != c.want {
				t.Errorf("ResolveList(%v)\n got %s\nwant %s", c.lines, got, c.want)
			}
		})
	}
}

// TestResolveListKeepsAlternatives: the reading not chosen stays in Alt.
func TestResolveListKeepsAlternatives(t *testing.T) {
	ms := parseLines(t, []string{"h)", "i)"})
	ResolveList(ms)
	i := ms[1]
	if i.System != SystemLatinLower || i.Alt == nil || i.Alt.System != SystemRomanLower || i.Alt.Value != 1 {
		t.Errorf("i) after h): got %+v alt %+v", i, i.Alt)
	}
	if i.Raw != "i)" || i.Style != "%)" {
		t.Errorf("i) after h): raw %q style %q", i.Raw, i.Style)
	}
}

// TestResolveListDeterministic: the same input gives the same output.
func TestResolveListDeterministic(t *testing.T) {
	lines := []string{"a)", "b)", "c)", "cd)", "i)", "iii)", "v)", "x)", "-", "أ)", "ب)", "ت)", "1.", "c)"}
	want := ""
	for i := 0; i < 20; i++ {
		ms := parseLines(t, lines)
		got := describe(ms, ResolveList(ms))
		if i == 0 {
			want = got
		} else if got != want {
			t.Fatalf("run %d: %s, first run %s", i, got, want)
		}
	}
}

// TestResolveListLong: a long list stays linear and consistent.
func TestResolveListLong(t *testing.T) {
	var lines []string
	for v := 1; v <= 2000; v++ {
		lines = append(lines, fmt.Sprintf("%d.", v%500+1))
		if v%7 == 0 {
			lines = append(lines, "(a)", "(b)", "(c)", "-")
		}
	}
	ms := parseLines(t, lines)
	levels := ResolveList(ms)
	for i, m := range ms {
		if m != nil && m.System == SystemDecimal && levels[i] != 1 {
			t.Fatalf("line %d (%s): level %d", i, m.Raw, levels[i])
		}
	}
}
