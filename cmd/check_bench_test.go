package cmd

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// BenchmarkCheckUDHR measures a whole 'parity check' of the six-language
// UDHR (XML): reading, segmentation, language detection (lingua-go built
// for the languages present), alignment, every rule and the text report.
// It is what a user waits for, less process start.
func BenchmarkCheckUDHR(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(testcorpus.Path(b, "udhr/xml"), "*.xml"))
	if err != nil || len(files) != 6 {
		b.Fatalf("want the six UDHR XML files, got %d (%v)", len(files), err)
	}
	args := append([]string{"check", "--fail-on", "none"}, files...)
	b.ReportAllocs()
	for b.Loop() {
		s := &IO{Out: io.Discard, ErrOut: io.Discard}
		if code := Main(args, s); code != ExitOK {
			b.Fatalf("parity check exited %d", code)
		}
	}
}
