package rules

import (
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
)

func messages(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, itoa(f.Location.Line)+": "+f.Message)
	}
	return out
}

func TestNumberingSequence(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"clean", []string{"a)\tx", "b)\tx", "c)\tx"}, nil},
		{"skip", []string{"a)\tx", "b)\tx", "d)\tx"}, []string{"3: v skips letter c): b) is followed by d)"}},
		{"skip two", []string{"1)\tx", "4)\tx"}, []string{"2: v skips numbers 2) to 3): 1) is followed by 4)"}},
		{"duplicate", []string{"a)\tx", "b)\tx", "b)\tx", "c)\tx"}, []string{"3: v repeats letter b): b) is followed by b)"}},
		{"swap", []string{"a)\tx", "c)\tx", "b)\tx", "d)\tx"}, []string{"2: v has c) before b): the two items are in the wrong order"}},
		{"restart", []string{"a)\tx", "b)\tx", "a)\tx"}, []string{"3: v restarts the list at a) after b); c) expected"}},
		{"starts late", []string{"# h", "b)\tx", "c)\tx"}, []string{"2: v starts the list at b): a) is missing"}},
		{"heading restarts", []string{"a)\tx", "b)\tx", "# h", "a)\tx"}, nil},
		{"text then new list", []string{"a)\tx", "b)\tx", "plain text", "a)\tx"}, nil},
		{"sub-items", []string{"a)\tx", "  i)\tx", "  ii)\tx", "b)\tx", "  i)\tx", "c)\tx"}, nil},
		{"sub-item skip", []string{"a)\tx", "  i)\tx", "  iii)\tx", "b)\tx"}, []string{"3: v skips number ii): i) is followed by iii)"}},
		{"cyrillic", []string{"а)\tx", "б)\tx", "г)\tx"}, []string{"3: v skips letter в): б) is followed by г)"}},
		{"arabic abjad", []string{"أ)\tx", "ب)\tx", "د)\tx"}, []string{"3: v skips letter ج): ب) is followed by د)"}},
	}
	for _, tt := range tests {
		set := &corpus.Set{Versions: []*corpus.Document{doc("v", "en", tt.lines...)}}
		fs, err := RunRules([]*Rule{NumberingSequence}, set, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := messages(fs); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestNumberingParityAndListCount(t *testing.T) {
	en := doc("en", "en", "a)\tone", "b)\ttwo", "c)\tthree")
	ru := doc("ru", "ru", "а)\tодин", "б)\tдва", "г)\tтри")
	ar := doc("ar", "ar", "أ)\tواحد", "ب)\tاثنان", "ج)\tثلاثة")
	set := &corpus.Set{Versions: []*corpus.Document{en, ru, ar}}
	fs, err := RunRules([]*Rule{NumberingParity}, set, identity(set), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := messages(fs)
	want := []string{"3: ru has г) (4th) where en and ar have c) (3rd)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("numbering/parity:\ngot  %q\nwant %q", got, want)
	}
	if fs[0].Location.Version != "ru" || len(fs[0].Related) != 2 || fs[0].Related[0].Version != "en" {
		t.Errorf("locations: %+v", fs[0])
	}

	// list/count: fr lacks item b).
	fr := doc("fr", "fr", "a)\tun", "c)\ttrois")
	set = &corpus.Set{Versions: []*corpus.Document{en, fr}}
	al := identity(&corpus.Set{Versions: []*corpus.Document{en}})
	al.Versions = []string{"en", "fr"}
	al.Rows[0].Cells = [][]int{{0}, {0}}
	al.Rows[1].Cells = [][]int{{1}, nil}
	al.Rows[2].Cells = [][]int{{2}, {1}}
	fs, err = RunRules([]*Rule{ListCount, StructureUnaligned}, set, al, nil)
	if err != nil {
		t.Fatal(err)
	}
	got = messages(fs)
	want = []string{
		`2: fr has no counterpart of the item b) at line 2 in en ("two"); it would come before line 2`,
		"2: fr list has 2 items where en has 3; no counterpart in fr for en item b)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("list/count + structure/unaligned:\ngot  %q\nwant %q", got, want)
	}
}
