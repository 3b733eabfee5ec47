package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/report"
)

// TestRunSetsOrderAndBound checks the worker pool: results are consumed in
// the sets' order whatever order they finish in, and no more than 2×jobs
// sets are in memory (checked but not yet consumed, or being checked).
func TestRunSetsOrderAndBound(t *testing.T) {
	for _, jobs := range []int{1, 2, 4} {
		specs := make([]corpus.SetSpec, 40)
		for i := range specs {
			specs[i].Key = fmt.Sprintf("set%02d", i)
		}
		var live, peak atomic.Int64
		var mu sync.Mutex
		rng := rand.New(rand.NewSource(int64(jobs)))
		check := func(sp corpus.SetSpec) checkDone {
			n := live.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			mu.Lock()
			d := time.Duration(rng.Intn(300)) * time.Microsecond
			mu.Unlock()
			time.Sleep(d)
			return checkDone{res: &report.Result{Key: sp.Key}}
		}
		var got []string
		err := runSets(specs, jobs, check, func(d checkDone, key string) error {
			if d.res.Key != key {
				t.Errorf("result %s handed over as %s", d.res.Key, key)
			}
			got = append(got, key)
			live.Add(-1)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, k := range got {
			if k != specs[i].Key {
				t.Fatalf("jobs %d: consumed %v, not in order", jobs, got)
			}
		}
		if len(got) != len(specs) {
			t.Fatalf("jobs %d: consumed %d sets of %d", jobs, len(got), len(specs))
		}
		if p := peak.Load(); p > int64(2*jobs) {
			t.Errorf("jobs %d: %d sets in memory at once, want at most %d", jobs, p, 2*jobs)
		}
	}
}

func TestRunSetsStopsOnError(t *testing.T) {
	specs := make([]corpus.SetSpec, 100)
	var checked atomic.Int64
	stop := errors.New("stop")
	err := runSets(specs, 2, func(corpus.SetSpec) checkDone {
		checked.Add(1)
		return checkDone{res: &report.Result{}}
	}, func(checkDone, string) error { return stop })
	if err != stop {
		t.Fatalf("err = %v", err)
	}
	if n := checked.Load(); n > 6 {
		t.Errorf("%d sets checked after the first failed, want the pool to stop", n)
	}
}

func TestParseShardAndFailOn(t *testing.T) {
	for in, want := range map[string][2]int{"": {1, 1}, "1/1": {1, 1}, "2/4": {2, 4}, "4/4": {4, 4}} {
		k, n, err := ParseShard(in)
		if err != nil || k != want[0] || n != want[1] {
			t.Errorf("ParseShard(%q) = %d, %d, %v", in, k, n, err)
		}
	}
	for _, bad := range []string{"0/2", "3/2", "1/0", "a/b", "2", "1/2/3", "-1/2"} {
		if _, _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
	if _, err := ParseFailOn("fatal"); err == nil {
		t.Error("ParseFailOn(fatal) accepted")
	}
	if s, err := ParseFailOn("none"); err != nil || s != 0 {
		t.Errorf("ParseFailOn(none) = %v, %v", s, err)
	}
}

// TestCheckColour: colour only when Out is a terminal, never with NO_COLOR,
// never into an --output file.
func TestCheckColour(t *testing.T) {
	dir := t.TempDir()
	en, fr := filepath.Join(dir, "r_en.txt"), filepath.Join(dir, "r_fr.txt")
	os.WriteFile(en, []byte("a) one;\n\nb) two;\n\nc) three.\n"), 0o644)
	os.WriteFile(fr, []byte("a) un;\n\nb) deux;\n\nd) trois.\n"), 0o644)
	tests := []struct {
		name   string
		term   bool
		env    map[string]string
		colour bool
	}{
		{"terminal", true, nil, true},
		{"pipe", false, nil, false},
		{"NO_COLOR", true, map[string]string{"NO_COLOR": "1"}, false},
		{"dumb terminal", true, map[string]string{"TERM": "dumb"}, false},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := Main([]string{"check", en, fr}, &IO{Out: &out, ErrOut: &errOut, IsTerminal: tt.term, Getenv: func(k string) string { return tt.env[k] }})
		if code != ExitFindings {
			t.Fatalf("%s: exit %d, stderr %s", tt.name, code, errOut.String())
		}
		if got := strings.Contains(out.String(), "\x1b["); got != tt.colour {
			t.Errorf("%s: colour %v, want %v:\n%s", tt.name, got, tt.colour, out.String())
		}
	}
	report := filepath.Join(dir, "report.txt")
	var out bytes.Buffer
	Main([]string{"check", "-o", report, en, fr}, &IO{Out: &out, ErrOut: &out, IsTerminal: true})
	if b, err := os.ReadFile(report); err != nil || bytes.Contains(b, []byte("\x1b[")) || out.Len() != 0 {
		t.Errorf("--output on a terminal: file %q, err %v, stdout %q", b, err, out.String())
	}
}
