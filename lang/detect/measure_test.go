package detect

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/paritydoc/parity/lang"
)

// Start-up time and memory of the detector are measured in a fresh process
// for each configuration, because lingua-go keeps its loaded models in
// package-level caches: a second build in the same process costs nothing.
//
//	PARITY_MEASURE=1 go test ./lang/detect/ -run TestMeasureStartup -v
//
// The figures are recorded in BENCHMARKS.md.
func TestMeasureStartup(t *testing.T) {
	if os.Getenv("PARITY_MEASURE") == "" {
		t.Skip("set PARITY_MEASURE=1 to measure the detector's start-up time and memory")
	}
	configs := []string{
		"low:en,fr,es",
		"low:en,fr,es,de,pt,it",
		"high:en,fr,es",
		"high:en,fr,es,de,pt,it",
		"low:ar,en,es,fr,ru,zh",
	}
	t.Logf("%-24s %8s %11s %11s %10s %10s %s", "config", "build", "heap after", "sys after", "per block", "para ok", "20-letter starts ok")
	for _, c := range configs {
		cmd := exec.Command(os.Args[0], "-test.run=^TestMeasureChild$", "-test.v")
		cmd.Env = append(os.Environ(), "PARITY_MEASURE_CHILD="+c)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", c, err, out)
		}
		line := ""
		for _, l := range strings.Split(string(out), "\n") {
			if i := strings.Index(l, "MEASURE "); i >= 0 {
				line = l[i+len("MEASURE "):]
			}
		}
		if line == "" {
			t.Fatalf("%s: no figures in\n%s", c, out)
		}
		t.Log(line)
	}
}

// TestMeasureChild runs in the child process of TestMeasureStartup.
func TestMeasureChild(t *testing.T) {
	c := os.Getenv("PARITY_MEASURE_CHILD")
	if c == "" {
		t.Skip("run by TestMeasureStartup")
	}
	mode, list, _ := strings.Cut(c, ":")
	cands := strings.Split(list, ",")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	d, err := NewWithOptions(cands, Options{HighAccuracy: mode == "high"})
	if err != nil {
		t.Fatal(err)
	}
	build := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	sys := float64(after.Sys) / (1 << 20)

	// Per-block time and accuracy over the Latin-script UDHR versions
	// that are among the candidates.
	var blocks, right, judged int
	var elapsed time.Duration
	for _, f := range udhrFiles {
		if f.code != "en" && f.code != "fr" && f.code != "es" {
			continue
		}
		paras := readUDHR(t, f.file)
		t0 := time.Now()
		got := make([]string, len(paras))
		for i, p := range paras {
			got[i], _ = d.Detect(p)
		}
		elapsed += time.Since(t0)
		blocks += len(paras)
		for i, p := range paras {
			if lang.WordLetters(p) > 40 {
				judged++
				if got[i] == f.code {
					right++
				}
			}
		}
	}
	per := elapsed / time.Duration(blocks)

	// Short blocks: the first words of each long paragraph, cut once they
	// hold 20 letters (the length of a heading or a short list item).
	var short, shortRight, shortUnd int
	for _, f := range udhrFiles {
		if f.code != "en" && f.code != "fr" && f.code != "es" {
			continue
		}
		for _, p := range readUDHR(t, f.file) {
			if lang.WordLetters(p) <= 40 {
				continue
			}
			words := strings.Fields(p)
			n := 1
			for n < len(words) && lang.WordLetters(strings.Join(words[:n], " ")) < 20 {
				n++
			}
			short++
			switch l, _ := d.Detect(strings.Join(words[:n], " ")); l {
			case f.code:
				shortRight++
			case lang.Und:
				shortUnd++
			}
		}
	}
	fmt.Printf("MEASURE %-24s %8s %8.1f MB %8.1f MB %10s %8d/%d %6d/%d (%d und)\n", c,
		build.Round(time.Millisecond), heap, sys, per.Round(time.Microsecond), right, judged,
		shortRight, short, shortUnd)
}

// BenchmarkDetect measures the detection of one block (a UDHR paragraph of
// the six UN languages in turn) with the detector already built.
//
//	go test ./lang/detect/ -run '^$' -bench Detect -benchtime=2000x
func BenchmarkDetect(b *testing.B) {
	d := unDet(b)
	var paras []string
	for _, f := range udhrFiles {
		paras = append(paras, readUDHR(b, f.file)...)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Detect(paras[i%len(paras)])
	}
}

// TestMeasureShortBlocks measures how often lingua-go is right, wrong or
// undecided on short Latin-script blocks, by length, in both accuracy
// modes: the figures behind DefaultMinLetters.
//
//	PARITY_MEASURE=1 go test ./lang/detect/ -run TestMeasureShortBlocks -v
//
// The blocks are the shipped example's lines of 12 to 60 letters and, from
// the English, French and Spanish UDHR, the paragraphs of that length and
// the shortest ending (the last two to seven words) of every paragraph
// that reaches 12 letters.
func TestMeasureShortBlocks(t *testing.T) {
	if os.Getenv("PARITY_MEASURE") == "" {
		t.Skip("set PARITY_MEASURE=1 to measure detection on short blocks")
	}
	type sample struct{ code, text string }
	var samples []sample
	for _, code := range []string{"en", "fr", "es"} {
		for _, b := range exampleBlocks(t, "clean", code) {
			if n := lang.WordLetters(b); n >= 12 && n < 60 {
				samples = append(samples, sample{code, b})
			}
		}
	}
	for _, f := range udhrFiles {
		if f.code != "en" && f.code != "fr" && f.code != "es" {
			continue
		}
		for _, p := range readUDHR(t, f.file) {
			if n := lang.WordLetters(p); n >= 12 && n < 60 {
				samples = append(samples, sample{f.code, p})
			}
			w := strings.Fields(p)
			for k := 2; k <= len(w) && k < 8; k++ {
				x := strings.Join(w[len(w)-k:], " ")
				if n := lang.WordLetters(x); n >= 12 && n < 60 {
					samples = append(samples, sample{f.code, x})
					break
				}
			}
		}
	}
	t.Logf("%-10s %-5s %-8s %-9s %5s %5s %5s", "candidates", "mode", "letters", "threshold", "right", "wrong", "und")
	for _, cands := range [][]string{{"en", "fr", "es"}, {"en", "fr", "es", "de", "pt", "it"}} {
		for _, high := range []bool{false, true} {
			d, err := NewWithOptions(cands, Options{HighAccuracy: high})
			if err != nil {
				t.Fatal(err)
			}
			g := d.groups["Latin"]
			mode := "low"
			if high {
				mode = "high"
			}
			for _, bin := range [][2]int{{12, 20}, {20, 30}, {30, 40}, {40, 60}} {
				for _, th := range []float64{0.5, 0.7} {
					right, wrong, und := 0, 0, 0
					for _, x := range samples {
						if n := lang.WordLetters(x.text); n < bin[0] || n >= bin[1] {
							continue
						}
						best := g.lingua.ComputeLanguageConfidenceValues(x.text)[0]
						switch {
						case best.Value() < th:
							und++
						case g.code[best.Language()] == x.code:
							right++
						default:
							wrong++
						}
					}
					t.Logf("%-10d %-5s %-8s %-9.1f %5d %5d %5d", len(cands), mode,
						fmt.Sprintf("%d-%d", bin[0], bin[1]-1), th, right, wrong, und)
				}
			}
		}
	}
}
