package corpus

import (
	"bufio"
	"bytes"
	"io"
	"math/bits"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// bigText builds about 20 MB of plain text from the lines of the seed and
// the UDHR text files, repeated: the input of the reading benchmark.
func bigText(tb testing.TB) []byte {
	tb.Helper()
	data, err := testcorpus.BenchText(testcorpus.Dir(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// scanLines is the baseline: split the same bytes into lines with
// bufio.Scanner.
func scanLinesBaseline(data []byte) int {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
	}
	return n
}

// BenchmarkReadText compares, on the same ~20 MB, parity's plain-text
// reading and segmentation (decoding check, artifact removal, marker
// parsing, section headings, list levels; no language detector) with
// bufio.Scanner line splitting. Run:
//
//	go test ./corpus -run '^$' -bench ReadText -benchtime 5x -benchmem -count 5
//
// The sub-benchmarks parity and scanner time each alone; ratio runs both
// on the same bytes in each iteration, one after the other, and reports
// their wall-clock and process CPU times per operation and the ratios
// (x-wall, x-cpu: parity's time over the scanner's).
func BenchmarkReadText(b *testing.B) {
	data := bigText(b)
	b.Run("parity", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			readBig(b, data)
		}
	})
	b.Run("scanner", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if scanLinesBaseline(data) == 0 {
				b.Fatal("no lines")
			}
		}
	})
	// Parts of a read, for BENCHMARKS.md: the byte check and the line
	// splitting alone (chunkFlags on each chunk, strings.IndexByte for
	// each line, as readLines does), and the standard library's UTF-8
	// validation of the same bytes.
	src := string(data)
	b.Run("scanlines", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			chunkLines(src)
		}
	})
	b.Run("utf8valid", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			if !utf8.ValidString(src) {
				b.Fatal("not UTF-8")
			}
		}
	})
	b.Run("ratio", func(b *testing.B) {
		var pw, pc, sw, sc time.Duration
		for i := 0; i < b.N; i++ {
			w, c := timed(func() { readBig(b, data) })
			pw, pc = pw+w, pc+c
			w, c = timed(func() { scanLinesBaseline(data) })
			sw, sc = sw+w, sc+c
		}
		n := float64(b.N)
		b.ReportMetric(float64(pw.Nanoseconds())/n, "parity-ns/op")
		b.ReportMetric(float64(sw.Nanoseconds())/n, "scanner-ns/op")
		b.ReportMetric(float64(pc.Nanoseconds())/n, "parity-cpu-ns/op")
		b.ReportMetric(float64(sc.Nanoseconds())/n, "scanner-cpu-ns/op")
		b.ReportMetric(float64(pw)/float64(max(sw, 1)), "x-wall")
		b.ReportMetric(float64(pc)/float64(max(sc, 1)), "x-cpu")
	})
}

// BenchmarkReadFileCost times what reading the benchmark input from its
// file costs before parity reads a line, for BENCHMARKS.md: the file read
// into a buffer used before (reused) and into a new one (new, as ReadFile
// does); then the bytes checked and marked as readLines does, after the
// whole file is read (whole) or each chunk right after it is read
// (chunks). Run:
//
//	go test ./corpus -run '^$' -bench ReadFileCost -benchtime 20x -count 3
func BenchmarkReadFileCost(b *testing.B) {
	data := bigText(b)
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, len(data))
	var ck lineChunk
	read := func(b *testing.B, into []byte, check bool) {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		step := len(into)
		if check {
			step = chunkSize
		}
		for pos := 0; pos < len(into); pos += step {
			end := min(pos+step, len(into))
			if _, err := io.ReadFull(f, into[pos:end]); err != nil {
				b.Fatal(err)
			}
			if check {
				// The chunk as it came, without looking for its last
				// line's end: the cost is the same.
				s := unsafe.String(&into[pos], end-pos)
				ck.scan(s, 0, '\n')
			}
		}
	}
	whole := func(into []byte) {
		src := unsafe.String(&into[0], len(into))
		for pos := 0; pos < len(src); pos = ck.end {
			ck.scan(src, pos, '\n')
		}
	}
	b.Run("reused", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			read(b, buf, false)
		}
	})
	b.Run("new", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			read(b, make([]byte, len(data)), false)
		}
	})
	b.Run("whole", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			into := make([]byte, len(data))
			read(b, into, false)
			whole(into)
		}
	})
	b.Run("chunks", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			read(b, make([]byte, len(data)), true)
		}
	})
}

// readBig reads the benchmark input as parity reads a text file.
func readBig(tb testing.TB, data []byte) {
	doc, err := Read("big.txt", data, Options{})
	if err != nil || len(doc.Blocks) == 0 {
		tb.Fatal(err)
	}
}

// timed runs f and returns the wall-clock and process CPU time it took.
// The CPU time is the whole process's (the garbage collector's workers
// included), so nothing else should run meanwhile.
func timed(f func()) (wall, cpu time.Duration) {
	c0, w0 := cpuTime(), time.Now()
	f()
	return time.Since(w0), cpuTime() - c0
}

// TestReadTextSpeed checks the performance target: reading and segmenting
// a large text file costs at most 4x line splitting with bufio.Scanner
// (PARITY_BENCH_RATIO sets another bound). It compares the two twice: from
// the file, as a user runs parity (corpus.ReadFile against a
// bufio.Scanner reading the same file), and from memory (corpus.Read of
// the bytes against a bufio.Scanner over a bytes.Reader of them). Each
// pair is timed alternately, nine times, keeping the fastest run of each,
// in process CPU time (steadier than wall-clock time on a shared machine;
// the garbage collector's work and the kernel's copying from the page
// cache are counted). The bound applies to the comparison named by
// PARITY_BENCH_MODE, "memory" (the default) or "file"; both are logged.
// It is skipped unless PARITY_BENCH is set, as timings on a loaded machine
// are noisy:
//
//	PARITY_BENCH=1 go test ./corpus -run TestReadTextSpeed -v
func TestReadTextSpeed(t *testing.T) {
	if os.Getenv("PARITY_BENCH") == "" {
		t.Skip("set PARITY_BENCH=1 to time reading against bufio.Scanner")
	}
	bound := 4.0
	if v := os.Getenv("PARITY_BENCH_RATIO"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f <= 0 {
			t.Fatalf("PARITY_BENCH_RATIO=%q: want a positive number", v)
		}
		bound = f
	}
	mode := os.Getenv("PARITY_BENCH_MODE")
	if mode == "" {
		mode = "memory"
	}
	if mode != "file" && mode != "memory" {
		t.Fatalf("PARITY_BENCH_MODE=%q: want file or memory", mode)
	}
	data := bigText(t)
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ratios := map[string]float64{}
	for _, m := range []struct {
		name            string
		parity, scanner func()
	}{
		{"file", func() { readBigFile(t, path) }, func() { scanFileBaseline(t, path) }},
		{"memory", func() { readBig(t, data) }, func() { scanLinesBaseline(data) }},
	} {
		pw, pc, sw, sc := fastest(m.parity, m.scanner)
		// CPU time is counted in ticks: at least a millisecond for the scanner.
		ratio := float64(pc) / float64(max(sc, time.Millisecond))
		ratios[m.name] = ratio
		t.Logf("from %s: %d MB, %d lines: parity %v wall / %v CPU, bufio.Scanner %v wall / %v CPU; ratio %.1fx wall, %.1fx CPU",
			m.name, len(data)>>20, scanLinesBaseline(data), pw, pc, sw, sc, float64(pw)/float64(max(sw, 1)), ratio)
	}
	// The part of a read that touches every byte: checking the bytes and
	// splitting the lines (chunkLines, as readLines does them); the rest
	// is per line and per block.
	src := unsafe.String(unsafe.SliceData(data), len(data))
	_, lc, _, sc := fastest(func() { chunkLines(src) }, func() { scanLinesBaseline(data) })
	t.Logf("of which checking the bytes and splitting the lines (chunkLines): %v CPU, %.1fx the scanner's %v",
		lc, float64(lc)/float64(max(sc, time.Millisecond)), sc)
	if r := ratios[mode]; r > bound {
		t.Errorf("reading from %s costs %.1fx line splitting in CPU time, the bound is %gx (see BENCHMARKS.md, Reading and segmentation)", mode, r, bound)
	}
}

// fastest times a and b alternately, nine times each, and returns the
// fastest wall-clock and CPU time of each.
func fastest(a, b func()) (aw, ac, bw, bc time.Duration) {
	for i := 0; i < 9; i++ {
		w, c := timed(a)
		if i == 0 || w < aw {
			aw = w
		}
		if i == 0 || c < ac {
			ac = c
		}
		w, c = timed(b)
		if i == 0 || w < bw {
			bw = w
		}
		if i == 0 || c < bc {
			bc = c
		}
	}
	return aw, ac, bw, bc
}

// readBigFile reads the benchmark input from its file, as parity does.
func readBigFile(tb testing.TB, path string) {
	doc, err := ReadFile(path, Options{})
	if err != nil || len(doc.Blocks) == 0 {
		tb.Fatal(err)
	}
}

// scanFileBaseline splits the lines of the file at path with bufio.Scanner.
func scanFileBaseline(tb testing.TB, path string) int {
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
	}
	return n
}

// chunkLines checks src a chunk at a time and finds its lines, as
// readLines' pass does before it reads the lines (lineChunk.scan, then
// each line's end from the marks), and returns the flags.
func chunkLines(src string) uint8 {
	var fl uint8
	var ck lineChunk
	for pos := 0; pos < len(src); pos = ck.end {
		fl |= ck.scan(src, pos, '\n')
		for p := 0; ; p++ {
			if p = nextSep(ck.marks, p); p < 0 {
				break
			}
		}
	}
	return fl
}

// nextSep returns the place of the first separator at or after off in the
// text chunkScan marked, or -1: how chunkLines reads the marks, one line
// at a time (lineChunk.lines reads them inline).
func nextSep(marks [][2]uint64, off int) int {
	i := off >> 6
	if i >= len(marks) {
		return -1
	}
	if x := marks[i][0] >> (off & 63); x != 0 {
		return off + bits.TrailingZeros64(x)
	}
	for i++; i < len(marks); i++ {
		if x := marks[i][0]; x != 0 {
			return i<<6 + bits.TrailingZeros64(x)
		}
	}
	return -1
}
