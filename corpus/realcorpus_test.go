package corpus

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
	"github.com/paritydoc/parity/lang"
)

// Tests on the real documents of the shared corpus (see its README). They
// are skipped with a message when the corpus is absent, and fail then when
// PARITY_REQUIRE_CORPUS is set.

func readCorpus(t *testing.T, rel string) *Document {
	t.Helper()
	doc, err := ReadFile(testcorpus.Path(t, rel), Options{Detector: lang.ScriptDetector{}})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	return doc
}

func articleValues(doc *Document) []int {
	var v []int
	for _, b := range doc.Blocks {
		if b.Kind == KindHeading && b.Marker != nil && b.Marker.Unit == lang.UnitArticle {
			v = append(v, b.Marker.Value)
		}
	}
	return v
}

func oneTo(n int) []int {
	v := make([]int, n)
	for i := range v {
		v[i] = i + 1
	}
	return v
}

// UDHR, six languages, text and XML: 30 article headings numbered 1 to 30
// ("Article 1", "Article premier", "Artículo 1", "Статья 1", "المادة 1",
// "第一条"); in XML, 32 list items in all.
func TestCorpusUDHR(t *testing.T) {
	for _, l := range []string{"arb", "cmn_hans", "eng", "fra", "rus", "spa"} {
		for _, f := range []string{"txt", "xml"} {
			t.Run(l+"."+f, func(t *testing.T) {
				doc := readCorpus(t, fmt.Sprintf("udhr/%s/udhr_%s.%s", f, l, f))
				if got := articleValues(doc); !reflect.DeepEqual(got, oneTo(30)) {
					t.Errorf("article numbers %v, want 1..30", got)
				}
				if f != "xml" {
					return
				}
				items := 0
				for _, b := range doc.Blocks {
					if b.Kind == KindItem {
						items++
						if b.Level != 1 || b.Marker == nil || b.Marker.Value < 1 {
							t.Errorf("line %d: item %+v", b.Line, b.Marker)
						}
					}
				}
				if items != 32 {
					t.Errorf("%d list items, want 32", items)
				}
			})
		}
	}
}

// Regulation (EU) 2017/2403 in EUR-Lex HTML: 48 articles, footnotes
// numbered alike in the three languages, points (a)... whether English
// puts them in a cell of their own or Spanish and French write them inline,
// and the same outline of markers in all three.
func TestCorpusEURegulation(t *testing.T) {
	type outline struct {
		system string
		level  int
	}
	var first []outline
	for _, l := range []string{"EN", "ES", "FR"} {
		t.Run(l, func(t *testing.T) {
			doc := readCorpus(t, "eu-2017-2403/CELEX-32017R2403-"+l+"-TXT.html")
			if got := articleValues(doc); !reflect.DeepEqual(got, oneTo(48)) {
				t.Errorf("article numbers %v, want 1..48", got)
			}
			// The HTML holds 16 footnotes (the corpus README counts 17,
			// but the pages have 16 note bodies and 16 references).
			var ids, refs []string
			for _, b := range doc.Blocks {
				if b.Kind == KindFootnote {
					ids = append(ids, b.FootnoteID())
				}
				refs = append(refs, b.FootnoteRefs()...)
			}
			var want []string
			for i := 1; i <= 16; i++ {
				want = append(want, strconv.Itoa(i))
			}
			if !reflect.DeepEqual(ids, want) {
				t.Errorf("footnote bodies %v, want 1..16", ids)
			}
			if !reflect.DeepEqual(refs, want) {
				t.Errorf("footnote references %v, want 1..16 in order", refs)
			}
			// Article 1: an introductory sentence, then points (a) and (b).
			var art1 []string
			in := false
			for _, b := range doc.Blocks {
				if b.Kind == KindHeading && b.Marker != nil && b.Marker.Unit == lang.UnitArticle {
					in = b.Marker.Value == 1
					continue
				}
				if in && b.Kind == KindItem {
					art1 = append(art1, fmt.Sprintf("%s%d/%d", b.Marker.System, b.Marker.Value, b.Level))
				}
			}
			if w := []string{"latin-lower1/1", "latin-lower2/1"}; !reflect.DeepEqual(art1, w) {
				t.Errorf("article 1 items %v, want %v", art1, w)
			}
			var ol []outline
			for _, b := range doc.Blocks {
				if b.Kind == KindItem {
					ol = append(ol, outline{b.Marker.System.String(), b.Level})
				}
			}
			if len(ol) < 200 {
				t.Errorf("only %d items", len(ol))
			}
			if first == nil {
				first = ol
			} else if !reflect.DeepEqual(ol, first) {
				t.Errorf("the outline of markers differs from English")
			}
		})
	}
}

// Canadian Acts (Justice Canada XML), English and French: the same section
// labels in the same order in both languages.
func TestCorpusCanadianActs(t *testing.T) {
	for _, act := range []string{"T-3.4", "R-2", "O-3.01"} {
		t.Run(act, func(t *testing.T) {
			sections := func(rel string) []string {
				doc := readCorpus(t, rel)
				var s []string
				for _, b := range doc.Blocks {
					if b.Kind == KindItem && b.Level == 1 {
						s = append(s, b.Marker.Raw)
					}
				}
				return s
			}
			en := sections("ca-laws/eng/acts/" + act + ".xml")
			fr := sections("ca-laws/fra/lois/" + act + ".xml")
			if len(en) < 20 {
				t.Fatalf("only %d sections in English: %v", len(en), en)
			}
			if !reflect.DeepEqual(en, fr) {
				t.Errorf("section labels differ:\nen %v\nfr %v", en, fr)
			}
			if en[0] != "1" {
				t.Errorf("first section %q, want 1", en[0])
			}
		})
	}
	// Section 7 of the Telecommunications Act: objectives (a) to (i).
	doc := readCorpus(t, "ca-laws/eng/acts/T-3.4.xml")
	var got []string
	for _, b := range doc.Blocks {
		if len(b.Anchor()) > 2 && b.Anchor()[:2] == "7." && b.Kind == KindItem {
			got = append(got, b.Marker.Raw)
		}
	}
	if w := []string{"(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)"}; !reflect.DeepEqual(got, w) {
		t.Errorf("section 7 paragraphs %v, want %v", got, w)
	}
}

// The seed: section headings (a flattened pair among them), every list
// item with its old and new marker values, the footnote.
func TestCorpusSeed(t *testing.T) {
	doc := readCorpus(t, "seed/000_cacf3a00fbb84b6b.txt")
	var sections []string
	for _, b := range doc.Blocks {
		if b.Kind == KindHeading && b.Section != "" {
			s := b.Section
			if b.Revision == RevArtifact {
				s += "*"
			}
			sections = append(sections, s)
		}
	}
	wantSections := []string{"recalling*", "considering further", "recognizing", "recognizing further",
		"bearing in mind", "noting", "noting further", "resolves", "instructs", "invites", "invites", "invites"}
	if !reflect.DeepEqual(sections, wantSections) {
		t.Errorf("sections\n got %q\nwant %q", sections, wantSections)
	}
	// The recalling list, as the README explains it.
	var recalling []string
	for _, b := range doc.Blocks {
		if b.Kind == KindItem && b.Section == "recalling" {
			m := b.Marker
			s := fmt.Sprintf("%s=%d", m.Raw, m.Value)
			if m.Old != nil {
				s += fmt.Sprintf("/%d", m.Old.Value)
			}
			recalling = append(recalling, fmt.Sprintf("%s L%d", s, b.Level))
		}
	}
	want := []string{"a)=1 L1", "b)=2 L1", "c)=3 L1", "d)=4 L1", "e)=5 L1", "ef)=6/5 L1",
		"i)=1 L2", "iii)=2/1 L2", "iiiii)=3/2 L2", "iiiiv)=4/3 L2", "ivv)=5/4 L2", "vvi)=6/5 L2",
		"vivii)=7/6 L2", "viiviii)=8/7 L2", "viiiix)=9/8 L2", "x)=10 L2", "ixxi)=11/9 L2", "xxii)=12/10 L2",
		"xiii)=13 L2", "fg)=7/6 L1", "gh)=8/7 L1", "hi)=9/8 L1", "ij)=10/9 L1"}
	if !reflect.DeepEqual(recalling, want) {
		t.Errorf("recalling items\n got %q\nwant %q", recalling, want)
	}
	// Every item that carries a revision (a flattened pair, or an item
	// only in the new or the old text around them) is a revision
	// artifact, and no other: e), i), x), xiii) were inserted.
	var artifacts []string
	for _, b := range doc.Blocks {
		if b.Kind != KindItem {
			continue
		}
		carries := b.Marker.Old != nil || b.Marker.Change != lang.ChangeNone
		if carries != (b.Revision == RevArtifact) {
			t.Errorf("line %d %s: old %v, change %s, revision %s", b.Line, b.Marker.Raw, b.Marker.Old != nil, b.Marker.Change, b.Revision)
		}
		if b.Revision == RevArtifact && b.Marker.Old == nil {
			artifacts = append(artifacts, b.Marker.Raw+b.Marker.Change.String())
		}
	}
	if w := []string{"e)inserted", "i)inserted", "x)inserted", "xiii)inserted"}; !reflect.DeepEqual(artifacts, w) {
		t.Errorf("plain markers flagged as revision artifacts %q, want %q", artifacts, w)
	}
	// Everywhere: read down each list, the new values are consecutive, and
	// so are the old values of flattened pairs, apart from inserted items.
	type key struct {
		section string
		level   int
	}
	lastNew, lastOld, maybeInserted := map[key]int{}, map[key]int{}, map[key]bool{}
	items := 0
	prevLevel := 0
	for _, b := range doc.Blocks {
		if b.Kind == KindHeading {
			lastNew, lastOld = map[key]int{}, map[key]int{}
			continue
		}
		if b.Kind != KindItem {
			continue
		}
		items++
		m := b.Marker
		k := key{b.Section, b.Level}
		if b.Level > prevLevel {
			delete(lastNew, k)
			delete(lastOld, k)
		}
		prevLevel = b.Level
		if n, ok := lastNew[k]; ok && m.Value != n+1 {
			t.Errorf("line %d: %s new value %d after %d", b.Line, m.Raw, m.Value, n)
		}
		lastNew[k] = m.Value
		o, seen := lastOld[k]
		switch {
		case m.Old != nil:
			// A flattened pair: the old reading continues the old list,
			// or repeats the last old value when the item before it, read
			// as being in both versions, was in fact inserted.
			if seen && m.Old.Value != o+1 && !(maybeInserted[k] && m.Old.Value == o) {
				t.Errorf("line %d: %s old value %d after %d", b.Line, m.Raw, m.Old.Value, o)
			}
			lastOld[k], maybeInserted[k] = m.Old.Value, false
		case !seen || m.Value == o+1:
			// An item in both versions, or an inserted one.
			lastOld[k], maybeInserted[k] = m.Value, true
		default:
			// An inserted item (new reading only): the old list waits.
		}
	}
	if items < 80 {
		t.Errorf("only %d items", items)
	}
	// The footnote: referenced from item d) of "recognizing further", body 1.
	var refs, notes []string
	for _, b := range doc.Blocks {
		for _, r := range b.FootnoteRefs() {
			refs = append(refs, fmt.Sprintf("%d:%s", b.Line, r))
		}
		if b.Kind == KindFootnote {
			notes = append(notes, fmt.Sprintf("%d:%s", b.Line, b.FootnoteID()))
		}
	}
	if !reflect.DeepEqual(refs, []string{"66:1"}) || !reflect.DeepEqual(notes, []string{"66:1"}) {
		t.Errorf("footnote references %v and bodies %v, want [66:1] and [66:1]", refs, notes)
	}
}

// Creative Commons BY-NC-ND 4.0 legal code, seven HTML versions: every
// list item carries the same id in every language, and the browser's
// numbering (<ol type="a">, type="A", type="i", nesting) gives the same
// marker and level in all of them.
func TestCorpusCreativeCommons(t *testing.T) {
	outline := func(l string) []string {
		doc := readCorpus(t, "cc-legalcode/by-nc-nd-4.0."+l+".html")
		var s []string
		for _, b := range doc.Blocks {
			if b.Kind == KindItem && b.Anchor() != "" {
				s = append(s, fmt.Sprintf("%s %s %d", b.Anchor(), b.Marker.Raw, b.Level))
			}
		}
		return s
	}
	en := outline("en")
	if len(en) < 50 || en[0] != "s1a_adapted_material a. 1" {
		t.Fatalf("English outline: %d items, first %v", len(en), en[:min(1, len(en))])
	}
	for _, want := range []string{"s3a1 1. 2", "s3a1A A. 3", "s3a1Aiv iv. 4", "s8d d. 1"} {
		found := false
		for _, s := range en {
			found = found || s == want
		}
		if !found {
			t.Errorf("English outline lacks %q", want)
		}
	}
	for _, l := range []string{"ar", "es", "fr", "ru", "zh-hans", "zh-hant"} {
		if got := outline(l); !reflect.DeepEqual(got, en) {
			t.Errorf("%s: outline differs from English:\n%v\n%v", l, got, en)
		}
	}
}

// Taiwan laws, official Chinese and English, one block per line: every
// line is a block, and every line the gold marks as an article heading
// (A<n>) reads as an article numbered n ("第 5 條", "Article 5").
func TestCorpusTaiwanLaws(t *testing.T) {
	for _, code := range []string{"A0030055", "N0030001", "K0060111"} {
		for _, l := range []string{"zh", "en"} {
			t.Run(code+"."+l, func(t *testing.T) {
				doc := readCorpus(t, "tw-laws/"+code+"."+l+".txt")
				data, err := os.ReadFile(testcorpus.Path(t, "tw-laws/"+code+"."+l+".gold"))
				if err != nil {
					t.Fatal(err)
				}
				gold := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
				if len(doc.Blocks) != len(gold) {
					t.Fatalf("%d blocks for %d gold lines", len(doc.Blocks), len(gold))
				}
				articles := 0
				for i, b := range doc.Blocks {
					if b.Line != i+1 {
						t.Fatalf("block %d on line %d", i, b.Line)
					}
					id := gold[i]
					isArticle := id[0] == 'A' && !strings.Contains(id, ".")
					got := ""
					if b.Kind == KindHeading && b.Marker != nil && b.Marker.Unit == lang.UnitArticle {
						got = "A" + strconv.Itoa(b.Marker.Value)
						if p := b.Marker.Path; len(p) > 1 {
							// Inserted articles: 第 9-1 條, Article 9-1.
							got = "A" + strconv.Itoa(p[0])
							for _, v := range p[1:] {
								got += "-" + strconv.Itoa(v)
							}
						}
					}
					switch {
					case isArticle && got != id:
						t.Errorf("line %d: gold %s, read %q (%s)", b.Line, id, got, b.Text)
					case !isArticle && got != "":
						t.Errorf("line %d: gold %s, read as article %s", b.Line, id, got)
					}
					if isArticle {
						articles++
					}
				}
				if articles < 20 {
					t.Errorf("only %d articles", articles)
				}
			})
		}
	}
}
