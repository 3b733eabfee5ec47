package lang

import (
	"strings"
	"testing"
)

// benchLines mixes list items, headings and running text in several
// scripts, as the segmenter meets them.
var benchLines = []string{
	"The Member States shall ensure that the measures referred to in paragraph 1 are applied.",
	"a)\t信息社会世界高峰会议（WSIS）两个阶段会议的相关成果；",
	"全权代表大会第70号决议（2022年，布加勒斯特，修订版）涉及将性别平等观点纳入国际电联的主要工作。",
	"ef)\t与落实WSIS两个阶段会议成果以及全权代表大会通过的有关国际互联网相关公共政策问题的决议和决定：",
	"Article 5",
	"(b) the conditions laid down in Article 4 of the Basic Regulation;",
	"Все люди рождаются свободными и равными в своем достоинстве и правах.",
	"يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.",
	"1.   For the purpose of this Regulation, the following definitions apply:",
	"In 1948, the General Assembly adopted the Universal Declaration of Human Rights.",
	"考虑到忆及",
	"第 5 條",
}

func BenchmarkParseMarker(b *testing.B) {
	n := 0
	for _, l := range benchLines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		for _, l := range benchLines {
			ParseMarker(l)
		}
	}
}

func BenchmarkSection(b *testing.B) {
	n := 0
	for _, l := range benchLines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		for _, l := range benchLines {
			Section(l)
		}
	}
}

func BenchmarkResolveList(b *testing.B) {
	b.Run("plain", func(b *testing.B) {
		benchResolve(b, "1. (a) (b) (c) (i) (ii) (iii) (d) 2. 3. (a) (b) 4. a) b) c) i) ii) iii) iv) v) d) e) f) g) h) i) j)")
	})
	b.Run("revisions", func(b *testing.B) {
		benchResolve(b, "a) b) c) d) e) ef) i) iii) iiiii) iiiiv) ivv) vvi) x) ixxi) xxii) xiii) fg) gh) hi) ij)")
	})
}

// benchResolve reports the time per marker.
func benchResolve(b *testing.B, list string) {
	var ms []*Marker
	for _, l := range strings.Fields(list) {
		m, _, _ := ParseMarker(l + "\tx")
		ms = append(ms, m)
	}
	cp := make([]*Marker, len(ms))
	vals := make([]Marker, len(ms))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, m := range ms {
			vals[j] = *m
			cp[j] = &vals[j]
		}
		ResolveList(cp)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ms)), "ns/marker")
}
