package lang

import (
	"os"
	"strings"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// BenchmarkParseMarkerCorpus runs ParseMarker on the lines of the texts
// of the reading benchmark (corpus.BenchmarkReadText: the seed and six
// UDHR translations), trimmed as the segmenter trims block texts: the
// real mix of running text, list items and headings. It reports the time
// per line.
func BenchmarkParseMarkerCorpus(b *testing.B) {
	var lines []string
	for _, rel := range []string{"seed/000_cacf3a00fbb84b6b.txt", "udhr/txt/udhr_eng.txt", "udhr/txt/udhr_fra.txt",
		"udhr/txt/udhr_rus.txt", "udhr/txt/udhr_arb.txt", "udhr/txt/udhr_cmn_hans.txt", "udhr/txt/udhr_spa.txt"} {
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
	markers := 0
	for _, l := range lines {
		if _, _, ok := ParseMarker(l); ok {
			markers++
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			ParseMarker(l)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(lines)), "ns/line")
	b.ReportMetric(float64(markers)/float64(len(lines)), "markers/line")
}
