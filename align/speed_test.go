package align

import (
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestSpeed measures, in CPU time (the development machine is shared, so
// wall-clock benchmarks swing by a factor of two or more), reading and
// segmenting two synthetic versions of 5,000, 10,000 and 20,000 blocks
// and aligning them. It runs with PARITY_SPEED=1:
//
//	PARITY_SPEED=1 go test ./align -run TestSpeed -v
func TestSpeed(t *testing.T) {
	if os.Getenv("PARITY_SPEED") == "" {
		t.Skip("set PARITY_SPEED=1 to measure")
	}
	const reps = 5
	var sb strings.Builder
	sb.WriteString("\n| blocks per version | read+segment CPU ms | align CPU ms | align / read |\n|---|---|---|---|\n")
	for _, n := range []int{5000, 10000, 20000} {
		en, zh := synthPair(n, uint64(n))
		readSynth(t, en, zh) // warm up
		c0 := cpuTime()
		for k := 0; k < reps; k++ {
			readSynth(t, en, zh)
		}
		read := (cpuTime() - c0) / reps
		set := readSynth(t, en, zh)
		if _, err := Align(set, Options{}); err != nil {
			t.Fatal(err)
		}
		c0 = cpuTime()
		for k := 0; k < reps; k++ {
			if _, err := Align(set, Options{}); err != nil {
				t.Fatal(err)
			}
		}
		al := (cpuTime() - c0) / reps
		fmt.Fprintf(&sb, "| %d | %.0f | %.0f | %.2f |\n", n, read.Seconds()*1000, al.Seconds()*1000, al.Seconds()/read.Seconds())
	}
	t.Log(sb.String())
}
