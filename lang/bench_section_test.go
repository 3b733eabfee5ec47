package lang

import (
	"os"
	"strings"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// benchCorpusFiles are the files of the reading benchmark of corpus
// (corpus/bench_test.go bigText): the seed resolution and six UDHRs.
var benchCorpusFiles = []string{"seed/000_cacf3a00fbb84b6b.txt", "udhr/txt/udhr_eng.txt", "udhr/txt/udhr_fra.txt",
	"udhr/txt/udhr_rus.txt", "udhr/txt/udhr_arb.txt", "udhr/txt/udhr_cmn_hans.txt", "udhr/txt/udhr_spa.txt"}

// benchCorpusLines returns the trimmed, non-empty lines of
// benchCorpusFiles (skipping when the corpus is absent).
func benchCorpusLines(b testing.TB) []string {
	var lines []string
	for _, rel := range benchCorpusFiles {
		data, err := os.ReadFile(testcorpus.Path(b, rel))
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// BenchmarkSectionCorpus times Section on the lines the segmenter hands
// it in the corpus benchmark: the text after any marker, of lines
// without a numbered heading, of at most 800 bytes that do not end a
// sentence (corpus.maybeSection).
func BenchmarkSectionCorpus(b *testing.B) {
	var texts []string
	for _, l := range benchCorpusLines(b) {
		if m, _, ok := ParseMarker(l); ok && m != nil {
			continue // the segmenter reads no marked block as a section
		}
		if len(l) > 800 {
			continue
		}
		switch r := []rune(l); r[len(r)-1] {
		case '.', ';', '!', '?', '。', '；', '！', '？', '؟', '؛':
			continue
		}
		texts = append(texts, l)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Section(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(texts)), "ns/line")
}

// BenchmarkResolveListCorpus times ResolveList on the marker runs of the
// corpus lines, split at headings as the segmenter splits them: a
// numbered heading or a section heading ends a run, and a line without
// a marker is a nil entry.
func BenchmarkResolveListCorpus(b *testing.B) {
	var runs [][]*Marker
	var run []*Marker
	items := 0
	flush := func() {
		if items > 0 {
			runs = append(runs, run)
		}
		run, items = nil, 0
	}
	for _, l := range benchCorpusLines(b) {
		m, _, ok := ParseMarker(l)
		switch {
		case ok && m != nil && m.Unit != UnitNone:
			flush()
		case ok && m != nil:
			run = append(run, m)
			items++
		default:
			if _, sec := Section(l); sec {
				flush()
			} else {
				run = append(run, nil)
			}
		}
	}
	flush()
	// ResolveList reorders Alt chains: each iteration works on copies.
	n := 0
	for _, r := range runs {
		n += len(r)
	}
	vals := make([]Marker, n)
	cps := make([][]*Marker, len(runs))
	for i, r := range runs {
		cps[i] = make([]*Marker, len(r))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := 0
		for ri, r := range runs {
			for j, m := range r {
				cps[ri][j] = nil
				if m != nil {
					vals[k] = *m
					cps[ri][j] = &vals[k]
				}
				k++
			}
			ResolveList(cps[ri])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/block")
}
