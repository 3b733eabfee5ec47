package docx

import (
	"os"
	"runtime"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// Benchmarks for BENCHMARKS.md: reading a 3,500-paragraph LIR file (every
// paragraph numbered, labels in words) and the real RP051-Arabic proposal
// with its tracked changes, both views.
//
//	go test ./corpus/docx -run '^$' -bench . -benchmem
func benchRead(b *testing.B, rel string) {
	data, err := os.ReadFile(testcorpus.Path(b, rel))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		final, original, err := ReadBoth(rel, data, corpus.Options{})
		if err != nil || len(final.Blocks) == 0 || len(original.Blocks) == 0 {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	// Live heap held by the two documents once read (what stays after
	// the parse garbage is collected).
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	final, original, _ := ReadBoth(rel, data, corpus.Options{})
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc)-float64(before.HeapAlloc), "live-B")
	runtime.KeepAlive(final)
	runtime.KeepAlive(original)
}

func BenchmarkReadLIR3500(b *testing.B) {
	benchRead(b, "docx-revisions/LIR/LIR002-en-US-ordinalText.docx")
}

func BenchmarkReadRP051Arabic(b *testing.B) {
	benchRead(b, "docx-revisions/RP/RP051-Arabic.docx")
}

// BenchmarkParseLIR3500 measures the reader alone, without the shared
// corpus.Segment finishing step (marker parsing, sections, language).
func BenchmarkParseLIR3500(b *testing.B) {
	data, err := os.ReadFile(testcorpus.Path(b, "docx-revisions/LIR/LIR002-en-US-ordinalText.docx"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, err := parse(data, Limits{}.withDefaults())
		if err != nil {
			b.Fatal(err)
		}
		_ = d.build(true)
		_ = d.build(false)
	}
}
