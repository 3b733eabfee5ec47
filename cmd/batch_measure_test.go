package cmd

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// TestMeasureBatch measures directory mode on archives of many sets: the
// six-language UDHR (txt) copied into N folders, checked by the real
// binary with one and with two workers. It reports wall time, sets per
// second and the peak resident memory of the process, for BENCHMARKS.md:
//
//	PARITY_MEASURE=1 go test ./cmd/ -run TestMeasureBatch -v
func TestMeasureBatch(t *testing.T) {
	if os.Getenv("PARITY_MEASURE") == "" {
		t.Skip("set PARITY_MEASURE=1 to measure")
	}
	src := testcorpus.Path(t, "udhr/txt")
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "parity")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/paritydoc/parity/cmd/parity").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	files, err := filepath.Glob(filepath.Join(src, "udhr_*.txt"))
	if err != nil || len(files) != 6 {
		t.Fatalf("udhr txt: %v %v", files, err)
	}
	build := func(n int) string {
		archive := filepath.Join(tmp, fmt.Sprintf("archive%d", n))
		for i := 0; i < n; i++ {
			dir := filepath.Join(archive, fmt.Sprintf("doc%03d", i))
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		return archive
	}
	run := func(archive string, n, jobs int) (wall, cpu time.Duration, rssMiB float64) {
		c := exec.Command(bin, "check", "--fail-on", "none", "--format", "json", "--jobs", fmt.Sprint(jobs), archive)
		c.Stdout, c.Stderr = nil, os.Stderr
		start := time.Now()
		if err := c.Run(); err != nil {
			t.Fatalf("parity check: %v", err)
		}
		wall = time.Since(start)
		cpu = c.ProcessState.UserTime() + c.ProcessState.SystemTime()
		// Maxrss is in KiB on Linux.
		return wall, cpu, float64(c.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) / 1024
	}
	load := func() string {
		b, _ := os.ReadFile("/proc/loadavg")
		return string(b)
	}
	t.Logf("load average before: %s", load())

	// Throughput: the same archive, one and two workers alternately, three
	// times each; the median of each.
	const n = 32
	archive := build(n)
	walls := map[int][]float64{}
	for rep := 0; rep < 3; rep++ {
		for _, jobs := range []int{1, 2} {
			w, cpu, rss := run(archive, n, jobs)
			walls[jobs] = append(walls[jobs], w.Seconds())
			t.Logf("throughput: %d sets, --jobs %d: %.2fs wall (%.2f sets/s), %.2fs CPU, %.1f MiB peak RSS", n, jobs, w.Seconds(), n/w.Seconds(), cpu.Seconds(), rss)
		}
	}
	med := func(x []float64) float64 { sort.Float64s(x); return x[len(x)/2] }
	m1, m2 := med(walls[1]), med(walls[2])
	t.Logf("median wall: --jobs 1 %.2fs, --jobs 2 %.2fs: speed-up %.2f", m1, m2, m1/m2)

	// Memory against the number of sets, two workers.
	for _, n := range []int{8, 32, 128} {
		w, cpu, rss := run(build(n), n, 2)
		t.Logf("memory: %3d sets, --jobs 2: %.2fs wall, %.2fs CPU, %.1f MiB peak RSS", n, w.Seconds(), cpu.Seconds(), rss)
	}
	t.Logf("load average after: %s", load())
}
