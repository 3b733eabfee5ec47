package align

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// mkdoc builds a document from a compact spec, one block per element:
//
//	"p120"      a paragraph of 120 characters of filler
//	"p120 70/125" a paragraph of 120 characters that mentions 70/125
//	"A5"        an article heading, Article 5
//	"i3.40"     a list item with marker value 3 and 40 characters
//	"f1.30"     footnote body 1 of 30 characters
//	"#foo.40"   a paragraph whose source id is foo, 40 characters
//
// Filler uses the letter fill ('a' for one version, 'б' for another) so
// versions share no words unless the spec says so.
func mkdoc(id, lg string, fill rune, spec ...string) *corpus.Document {
	d := &corpus.Document{ID: id, Lang: lg, Format: "txt"}
	for i, s := range spec {
		b := corpus.Block{Index: i, Line: i + 1, Lang: lg}
		extra := ""
		if k := strings.IndexByte(s, ' '); k > 0 {
			s, extra = s[:k], s[k+1:]
		}
		num := func(t string) int {
			n, err := strconv.Atoi(t)
			if err != nil {
				panic(err)
			}
			return n
		}
		filler := func(n int) string {
			var sb strings.Builder
			for k := 0; k < n; k++ {
				if k%6 == 5 {
					sb.WriteByte(' ')
				} else {
					sb.WriteRune(fill)
				}
			}
			return sb.String()
		}
		switch s[0] {
		case 'p':
			b.Kind = corpus.KindParagraph
			b.Text = filler(num(s[1:]))
		case 'A':
			v := num(s[1:])
			b.Kind = corpus.KindHeading
			b.Marker = &lang.Marker{Raw: "Article " + s[1:], System: lang.SystemDecimal, Value: v, Unit: lang.UnitArticle}
			b.Text = ""
		case 'i':
			parts := strings.SplitN(s[1:], ".", 2)
			b.Kind = corpus.KindItem
			b.Level = 1
			b.Marker = &lang.Marker{Raw: parts[0] + ")", System: lang.SystemDecimal, Value: num(parts[0])}
			b.Text = filler(num(parts[1]))
		case 'f':
			parts := strings.SplitN(s[1:], ".", 2)
			b.Kind = corpus.KindFootnote
			b.SetFootnoteID(parts[0])
			b.Text = filler(num(parts[1]))
		case '#':
			parts := strings.SplitN(s[1:], ".", 2)
			b.SetAnchor(parts[0])
			b.Text = filler(num(parts[1]))
		default:
			panic("bad spec " + s)
		}
		if extra != "" {
			b.Text += " " + extra
		}
		d.Blocks = append(d.Blocks, b)
	}
	return d
}

// pairsOf renders the alignment as "p:v" pairs of pivot and version-1
// block indexes per row ("0,1:0" = pivot 0 and 1 with version block 0;
// "-:3" = version block 3 alone).
func pairsOf(al *Alignment) []string {
	var out []string
	for _, r := range al.Rows {
		cell := func(c []int) string {
			if len(c) == 0 {
				return "-"
			}
			s := make([]string, len(c))
			for i, x := range c {
				s[i] = strconv.Itoa(x)
			}
			return strings.Join(s, ",")
		}
		s := cell(r.Cells[0]) + ":" + cell(r.Cells[1])
		if r.Moved {
			s += "*"
		}
		out = append(out, s)
	}
	return out
}

func TestDPMoves(t *testing.T) {
	tests := []struct {
		name   string
		pivot  []string
		other  []string
		want   []string
		reason string // a cue the reason of every matched row must name, if set
	}{
		{
			name:  "1-1",
			pivot: []string{"p120", "p40", "p300", "p80"},
			other: []string{"p130", "p35", "p310", "p75"},
			want:  []string{"0:0", "1:1", "2:2", "3:3"},
		},
		{
			name:  "1-0 deletion",
			pivot: []string{"p120", "p40", "p300", "p80", "p200", "p90", "p150", "p60", "p100"},
			other: []string{"p130", "p35", "p75", "p190", "p95", "p140", "p65", "p105"},
			want:  []string{"0:0", "1:1", "2:-", "3:2", "4:3", "5:4", "6:5", "7:6", "8:7"},
		},
		{
			name:  "0-1 insertion",
			pivot: []string{"p120", "p40", "p80", "p200", "p90", "p150", "p60", "p100"},
			other: []string{"p130", "p35", "p300", "p75", "p190", "p95", "p140", "p65", "p105"},
			want:  []string{"0:0", "1:1", "-:2", "2:3", "3:4", "4:5", "5:6", "6:7", "7:8"},
		},
		{
			name:  "2-1 merge",
			pivot: []string{"p120", "p40", "p150", "p160", "p80"},
			other: []string{"p130", "p35", "p315", "p75"},
			want:  []string{"0:0", "1:1", "2,3:2", "4:3"},
		},
		{
			name:  "1-2 split",
			pivot: []string{"p120", "p40", "p300", "p80"},
			other: []string{"p130", "p35", "p140", "p150", "p75"},
			want:  []string{"0:0", "1:1", "2:2,3", "3:4"},
		},
		{
			name:  "2-2 crossed split",
			pivot: []string{"p120", "p30", "p200", "p80"},
			other: []string{"p130", "p200", "p30", "p75"},
			want:  []string{"0:0", "1,2:1,2", "3:3"},
		},
		{
			name:  "markers decide between equal lengths",
			pivot: []string{"i1.50", "i2.50", "i3.50", "i4.50"},
			other: []string{"i1.50", "i3.50", "i4.50"},
			want:  []string{"0:0", "1:-", "2:1", "3:2"},
		},
		{
			name:  "numbers decide between equal lengths",
			pivot: []string{"p60 1999", "p60 2004", "p60 2011", "p60 2020"},
			other: []string{"p60 1999", "p60 2011", "p60 2020"},
			want:  []string{"0:0", "1:-", "2:1", "3:2"},
		},
		{
			name:  "moved: definitions sorted differently",
			pivot: []string{"A1", "p80 alpha", "p60 beta", "p90 gamma", "p70 delta", "A2", "p50"},
			other: []string{"A1", "p60 beta", "p80 alpha", "p90 gamma", "p70 delta", "A2", "p50"},
			want:  []string{"0:0", "1:2*", "2:1", "3:3", "4:4", "5:5", "6:6"},
		},
		{
			name:  "articles anchor",
			pivot: []string{"A1", "p100", "A2", "p100", "p100", "A3", "p50"},
			other: []string{"A1", "p100", "A2", "p200", "A3", "p50"},
			want:  []string{"0:0", "1:1", "2:2", "3,4:3", "5:4", "6:5"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			set := &corpus.Set{Versions: []*corpus.Document{mkdoc("en", "en", 'a', tc.pivot...), mkdoc("ru", "ru", 'б', tc.other...)}}
			al, err := Align(set, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := pairsOf(al); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("rows\n got %v\nwant %v", got, tc.want)
			}
			for _, r := range al.Rows {
				if r.Confidence < 0 || r.Confidence > 1 || math.IsNaN(r.Confidence) {
					t.Errorf("confidence %v out of [0,1]", r.Confidence)
				}
				if r.Reason == "" {
					t.Errorf("row %v has no reason", r.Cells)
				}
			}
		})
	}
}

func TestLengthModel(t *testing.T) {
	m := NewLengthModel(3000, 1000) // a Chinese version of an English text
	if math.Abs(m.Ratio-1.0/3) > 1e-9 {
		t.Fatalf("ratio = %v, want 1/3", m.Ratio)
	}
	if d := m.Delta(300, 100); math.Abs(d) > 1e-9 {
		t.Errorf("Delta(300,100) = %v, want 0 for the expected length", d)
	}
	if m.Cost(300, 100) > 1e-9 {
		t.Errorf("Cost of a perfect fit = %v, want 0", m.Cost(300, 100))
	}
	// Cost grows with the distance from the expected length, on both sides.
	prev := 0.0
	for _, b := range []float64{110, 130, 160, 220, 400, 2000} {
		c := m.Cost(300, b)
		if c <= prev {
			t.Errorf("Cost(300,%v) = %v, not above %v", b, c, prev)
		}
		prev = c
	}
	if m.Cost(300, 60) <= m.Cost(300, 90) {
		t.Errorf("shorter than expected should cost more the shorter it is")
	}
	if math.IsInf(m.Cost(1, 1e6), 0) || math.IsNaN(m.Cost(1, 1e6)) {
		t.Errorf("Cost must stay finite for absurd lengths")
	}
	// Relative: the same absolute difference matters less in long texts.
	if m.Cost(3000, 1030) >= m.Cost(30, 40) {
		t.Errorf("a 30-char difference on 3000 chars should cost less than a 30-char one on 30")
	}
	// Refit on pairs with a known spread recovers the ratio and a variance
	// near the spread's.
	var pairs [][2]float64
	for k := 0; k < 200; k++ {
		a := 100 + float64(k%7)*50
		noise := float64(k%5-2) * math.Sqrt(a) * 0.9 // ±1.8·√a in pivot units
		pairs = append(pairs, [2]float64{a, (a + noise) / 2})
	}
	r := m.refit(pairs)
	if math.Abs(r.Ratio-0.5) > 0.02 {
		t.Errorf("refit ratio = %v, want 0.5", r.Ratio)
	}
	if r.Variance < 0.5 || r.Variance > 10 {
		t.Errorf("refit variance = %v, want a small value", r.Variance)
	}
	if got := m.refit(pairs[:2]); got != m {
		t.Errorf("refit on too few pairs changed the model: %+v", got)
	}
}

func TestAnchors(t *testing.T) {
	feats := func(d *corpus.Document) []feat {
		bs := make([]*corpus.Block, len(d.Blocks))
		for i := range d.Blocks {
			bs[i] = &d.Blocks[i]
		}
		return features(bs)
	}
	tests := []struct {
		name  string
		pivot []string
		other []string
		want  []string // "i:j:kind"
	}{
		{
			name:  "articles",
			pivot: []string{"A1", "p50", "A2", "p50", "A3"},
			other: []string{"A1", "p50", "A2", "p50", "p50", "A3"},
			want:  []string{"0:0:article", "2:2:article", "4:5:article"},
		},
		{
			name:  "duplicate key is not an anchor",
			pivot: []string{"A1", "p50", "A1", "A2"},
			other: []string{"A1", "p50", "A2"},
			want:  []string{"3:2:article"},
		},
		{
			name:  "crossing candidates keep the longest chain",
			pivot: []string{"#a.10", "#b.10", "#c.10", "#d.10"},
			other: []string{"#a.10", "#d.10", "#b.10", "#c.10"},
			want:  []string{"0:0:id", "1:2:id", "2:3:id"},
		},
		{
			name:  "item paths under articles",
			pivot: []string{"A1", "i1.20", "i2.20", "A2", "i1.20"},
			other: []string{"A1", "i1.20", "i2.20", "A2", "i1.20"},
			want:  []string{"0:0:article", "1:1:path", "2:2:path", "3:3:article", "4:4:path"},
		},
		{
			name:  "rare numbers between structural anchors",
			pivot: []string{"A1", "p40", "p40 70/125", "p40", "A2"},
			other: []string{"A1", "p40", "p40", "p40 70/125", "A2"},
			want:  []string{"0:0:article", "2:3:number", "4:4:article"},
		},
		{
			name:  "a number seen twice is no anchor",
			pivot: []string{"p40 1948", "p40 1948", "p40 2000"},
			other: []string{"p40 1948", "p40 2000"},
			want:  []string{"2:1:number"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := []string{}
			for _, a := range selectAnchors(newPairAligner(feats(mkdoc("en", "en", 'a', tc.pivot...)), feats(mkdoc("fr", "fr", 'б', tc.other...)))) {
				got = append(got, fmt.Sprintf("%d:%d:%s", a.i, a.j, a.kind))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("anchors\n got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestExtractNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"resolution 70/125 of 2015", []string{"125", "2015", "70"}},
		{"A/78/L.49", []string{"49", "78"}},
		{"第十二條第一款第六目", []string{"1", "12", "6"}},
		{"第 5 條", []string{"5"}},
		{"一般規定", nil},
		{"المادة ٢٥", []string{"25"}},
		{"第２５条", []string{"25"}},
		{"007 and 0", []string{"0", "7"}},
	}
	for _, tc := range tests {
		got := extractNumbers(tc.in)
		if len(got) == 0 && len(tc.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("extractNumbers(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestSharedWeightMergedMatchesMap(t *testing.T) {
	p := mkdoc("en", "en", 'a', "p40 WSIS 2030 Geneva", "p30 Tunis WSIS", "p20 2005", "p10")
	v := mkdoc("zh", "zh", 'б', "p30 WSIS 2030", "p10 Tunis 2005", "p20 Geneva", "p15 WSIS")
	blocks := func(d *corpus.Document) []*corpus.Block {
		out := make([]*corpus.Block, len(d.Blocks))
		for i := range d.Blocks {
			out[i] = &d.Blocks[i]
		}
		return out
	}
	a := newPairAligner(features(blocks(p)), features(blocks(v)))
	for p0 := 0; p0 < 4; p0++ {
		for p1 := p0 + 1; p1 <= min(p0+2, 4); p1++ {
			for v0 := 0; v0 < 4; v0++ {
				for v1 := v0 + 1; v1 <= min(v0+2, 4); v1++ {
					// Reference: the union of each side's tokens, by string.
					set := map[string]bool{}
					for j := v0; j < v1; j++ {
						for _, t := range a.v[j].tokens {
							set[t] = true
						}
					}
					seen := map[string]bool{}
					want := 0.0
					df := func(fs []feat, t string) int {
						n := 0
						for i := range fs {
							for _, x := range fs[i].tokens {
								if x == t {
									n++
									break
								}
							}
						}
						return n
					}
					for i := p0; i < p1; i++ {
						for _, t := range a.p[i].tokens {
							if set[t] && !seen[t] {
								seen[t] = true
								want += 1/float64(df(a.p, t)) + 1/float64(df(a.v, t))
							}
						}
					}
					if got := a.sharedMerged(p0, p1, v0, v1); math.Abs(got-want) > 1e-9 {
						t.Errorf("sharedMerged(%d,%d,%d,%d) = %v, want %v", p0, p1, v0, v1, got, want)
					}
				}
			}
		}
	}
}

func TestTailCostTable(t *testing.T) {
	for d := 0.0; d < 70; d += 0.0137 {
		if got, want := tailCost(d), exactTailCost(d); math.Abs(got-want) > 1e-3*math.Max(1, want) {
			t.Fatalf("tailCost(%v) = %v, exact %v", d, got, want)
		}
	}
}

func TestBandCapKeepsLargeUnanchoredInputBounded(t *testing.T) {
	// Two long versions with nothing to anchor on and lengths that never
	// fit: the band must stop widening at maxBandCells.
	var ps, vs []string
	for k := 0; k < 6000; k++ {
		ps = append(ps, fmt.Sprintf("p%d", 10+(k*37)%200))
		vs = append(vs, fmt.Sprintf("p%d", 10+(k*91)%200))
	}
	set := &corpus.Set{Versions: []*corpus.Document{mkdoc("en", "en", 'a', ps...), mkdoc("ru", "ru", 'б', vs...)}}
	al, err := Align(set, Options{NoMoves: true})
	if err != nil {
		t.Fatal(err)
	}
	checkAlignment(t, set, al)
}
