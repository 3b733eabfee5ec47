// Command readbench reads a text file with corpus.Read a given number of
// times, or splits its lines with bufio.Scanner, for measurements that
// need a process of their own, such as counting instructions under
// valgrind, which, unlike timings, do not depend on what else the machine
// is doing (see BENCHMARKS.md, Reading and segmentation):
//
//	go build -o /tmp/readbench ./internal/cmd/readbench
//	/tmp/readbench -write /tmp/big.txt    # the benchmark input, from ../shared/corpus
//	valgrind --tool=cachegrind --cache-sim=no /tmp/readbench -n 1 /tmp/big.txt
//	valgrind --tool=cachegrind --cache-sim=no /tmp/readbench -n 2 /tmp/big.txt
//
// The difference between the two counts is one read.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

func main() {
	n := flag.Int("n", 1, "read the file `N` times")
	scan := flag.Bool("scanner", false, "split lines with bufio.Scanner instead of reading with parity")
	write := flag.String("write", "", "write the 20 MB benchmark input to `FILE` (from -corpus) and stop")
	dir := flag.String("corpus", "../shared/corpus", "the shared corpus `DIR`")
	flag.Parse()
	if *write != "" {
		if err := writeInput(*write, *dir); err != nil {
			fmt.Fprintln(os.Stderr, "readbench:", err)
			os.Exit(2)
		}
		return
	}
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: readbench [-n N] [-scanner] FILE | readbench -write FILE")
		os.Exit(2)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "readbench:", err)
		os.Exit(2)
	}
	total := 0
	for i := 0; i < *n; i++ {
		if *scan {
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for sc.Scan() {
				total++
			}
			continue
		}
		doc, err := corpus.Read(flag.Arg(0), data, corpus.Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		total += len(doc.Blocks)
	}
	fmt.Println(total)
}

// writeInput writes the benchmark input (see testcorpus.BenchText).
func writeInput(path, dir string) error {
	data, err := testcorpus.BenchText(dir)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
