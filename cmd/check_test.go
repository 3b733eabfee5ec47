package cmd

import (
	"errors"
	"fmt"
	"math/rand"
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
