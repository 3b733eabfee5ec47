package align

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// synthPair writes a synthetic statute of about n blocks in English and
// its "translation" in Chinese, as plain text one block per line: article
// headings every few blocks ("Article 12" / "第12条"), paragraphs whose
// Chinese length is about a third of the English with noise, lettered
// items, numbers and document symbols carried over, and now and then a
// paragraph the translation leaves out or merges with the next.
func synthPair(n int, seed uint64) (en, zh []byte) {
	r := rand.New(rand.NewPCG(seed, 7))
	words := strings.Fields("the of and to in shall be any person who under this act such a or by for with may on as its other all member state authority right rights provision provisions regulation council measure")
	han := []rune("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府")
	var e, z strings.Builder
	letters := "abcdefgh"
	article := 0
	for b := 0; b < n; {
		if b%12 == 0 {
			article++
			fmt.Fprintf(&e, "Article %d\n", article)
			fmt.Fprintf(&z, "第%d条\n", article)
			b++
			continue
		}
		nw := 8 + r.IntN(60)
		var ew []string
		for k := 0; k < nw; k++ {
			ew = append(ew, words[r.IntN(len(words))])
		}
		var nums []string
		if r.IntN(4) == 0 {
			nums = append(nums, fmt.Sprintf("%d/%d", 60+r.IntN(20), r.IntN(300)))
		}
		if r.IntN(5) == 0 {
			nums = append(nums, fmt.Sprint(1950+r.IntN(75)))
		}
		etext := strings.Join(append(ew, nums...), " ")
		zl := int(float64(len(etext))/3*(0.8+0.4*r.Float64())) + 1
		var zt strings.Builder
		for k := 0; k < zl; k++ {
			zt.WriteRune(han[r.IntN(len(han))])
		}
		ztext := zt.String() + strings.Join(nums, "，")
		prefixE, prefixZ := "", ""
		if item := b % 12; item >= 6 && item < 10 {
			prefixE = fmt.Sprintf("(%c) ", letters[item-6])
			prefixZ = fmt.Sprintf("(%c) ", letters[item-6])
		}
		e.WriteString(prefixE + etext + "\n")
		switch x := r.IntN(500); {
		case x == 0: // left out
		case x == 1 && prefixZ == "" && (b+1)%12 != 0: // merged with the next paragraph
			z.WriteString(prefixZ + ztext)
		default:
			z.WriteString(prefixZ + ztext + "\n")
		}
		b++
	}
	return []byte(e.String()), []byte(z.String())
}

func readSynth(tb testing.TB, en, zh []byte) *corpus.Set {
	tb.Helper()
	de, err := corpus.Read("synth.en.txt", en, corpus.Options{Lang: "en"})
	if err != nil {
		tb.Fatal(err)
	}
	dz, err := corpus.Read("synth.zh.txt", zh, corpus.Options{Lang: "zh"})
	if err != nil {
		tb.Fatal(err)
	}
	de.ID, dz.ID = "en", "zh"
	return &corpus.Set{Versions: []*corpus.Document{de, dz}}
}

// BenchmarkAlignTwoVersions aligns two versions of 5,000, 10,000 and
// 20,000 blocks, and, in the same run, reads and segments the same two
// texts, so the two costs can be compared.
func BenchmarkAlignTwoVersions(b *testing.B) {
	for _, n := range []int{5000, 10000, 20000} {
		en, zh := synthPair(n, uint64(n))
		b.Run(fmt.Sprintf("read/blocks=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(en) + len(zh)))
			for b.Loop() {
				readSynth(b, en, zh)
			}
		})
		set := readSynth(b, en, zh)
		b.Run(fmt.Sprintf("align/blocks=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(en) + len(zh)))
			for b.Loop() {
				if _, err := Align(set, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAlignUDHRSix aligns the six UN-language versions of the UDHR
// (XML), and reads them in the same run.
func BenchmarkAlignUDHRSix(b *testing.B) {
	dir := testcorpus.Path(b, "udhr/xml")
	var paths []string
	for _, l := range udhrLangs {
		paths = append(paths, filepath.Join(dir, "udhr_"+l.file+".xml"))
	}
	read := func() *corpus.Set {
		set := &corpus.Set{}
		for k, p := range paths {
			d, err := corpus.ReadFile(p, corpus.Options{Lang: udhrLangs[k].id})
			if err != nil {
				b.Fatal(err)
			}
			d.ID = udhrLangs[k].id
			set.Versions = append(set.Versions, d)
		}
		return set
	}
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			read()
		}
	})
	set := read()
	b.Run("align", func(b *testing.B) {
		for b.Loop() {
			if _, err := Align(set, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestSyntheticAlignment checks the benchmark's synthetic pair aligns
// right, so the benchmark measures a real alignment: every article
// heading lands with its own number.
func TestSyntheticAlignment(t *testing.T) {
	en, zh := synthPair(1200, 1)
	set := readSynth(t, en, zh)
	al, err := Align(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	de, dz := set.Versions[0], set.Versions[1]
	checked := 0
	for _, r := range al.Rows {
		if len(r.Cells[0]) != 1 {
			continue
		}
		b := &de.Blocks[r.Cells[0][0]]
		if !isArticle(b) {
			continue
		}
		checked++
		if len(r.Cells[1]) != 1 || !isArticle(&dz.Blocks[r.Cells[1][0]]) || dz.Blocks[r.Cells[1][0]].Marker.Value != b.Marker.Value {
			t.Errorf("article %d is aligned with %v", b.Marker.Value, r.Cells[1])
		}
	}
	if checked < 90 {
		t.Errorf("only %d article headings found; the reader does not parse the synthetic headings", checked)
	}
}
