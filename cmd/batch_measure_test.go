package cmd

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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
	t.Logf("%6s %5s %9s %9s %9s %12s", "sets", "jobs", "wall", "sets/s", "CPU", "peak RSS")
	for _, n := range []int{4, 16, 48} {
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
		for _, jobs := range []int{1, 2} {
			c := exec.Command(bin, "check", "--fail-on", "none", "--format", "json", "--jobs", fmt.Sprint(jobs), archive)
			c.Stdout, c.Stderr = nil, os.Stderr
			start := time.Now()
			if err := c.Run(); err != nil {
				t.Fatalf("parity check: %v", err)
			}
			wall := time.Since(start)
			ru := c.ProcessState.SysUsage().(*syscall.Rusage)
			cpu := c.ProcessState.UserTime() + c.ProcessState.SystemTime()
			// Maxrss is in KiB on Linux.
			t.Logf("%6d %5d %8.2fs %9.2f %8.2fs %8.1f MiB", n, jobs, wall.Seconds(), float64(n)/wall.Seconds(), cpu.Seconds(), float64(ru.Maxrss)/1024)
		}
	}
}
