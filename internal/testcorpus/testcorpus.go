// Package testcorpus locates the shared corpus of real documents
// (../shared/corpus beside the project root) for tests.
//
// Tests that need it call Dir or Path; when the corpus is absent (a user's
// fresh clone) they are skipped with a clear message, unless the
// environment variable PARITY_REQUIRE_CORPUS is set (CI sets it), in which
// case they fail.
package testcorpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Dir returns the absolute path of the shared corpus directory.
func Dir(t testing.TB) string {
	t.Helper()
	root, err := projectRoot()
	if err != nil {
		t.Fatalf("testcorpus: %v", err)
	}
	dir := filepath.Join(filepath.Dir(root), "shared", "corpus")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		if os.Getenv("PARITY_REQUIRE_CORPUS") != "" {
			t.Fatalf("testcorpus: the shared corpus is required (PARITY_REQUIRE_CORPUS is set) but %s is missing", dir)
		}
		t.Skipf("skipping: the shared corpus of real documents is not at %s (it sits beside the project root on the developers' machines and in CI)", dir)
	}
	return dir
}

// Path returns the absolute path of a file or directory inside the shared
// corpus, given as slash-separated parts relative to it ("udhr/txt/udhr_eng.txt").
func Path(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(Dir(t), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("testcorpus: %v", err)
	}
	return p
}

func projectRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// BenchFiles are the corpus files the reading benchmark repeats: the seed
// and the six UDHR text files, a mix of scripts, markers and headings.
var BenchFiles = []string{"seed/000_cacf3a00fbb84b6b.txt", "udhr/txt/udhr_eng.txt", "udhr/txt/udhr_fra.txt",
	"udhr/txt/udhr_rus.txt", "udhr/txt/udhr_arb.txt", "udhr/txt/udhr_cmn_hans.txt", "udhr/txt/udhr_spa.txt"}

// BenchText builds the reading benchmark's input from the corpus at dir:
// the lines of BenchFiles, repeated up to about 20 MB (corpus's
// BenchmarkReadText and internal/cmd/readbench read the same bytes).
func BenchText(dir string) ([]byte, error) {
	var lines []string
	for _, rel := range BenchFiles {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			return nil, err
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	var b bytes.Buffer
	for b.Len() < 20<<20 {
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.Bytes(), nil
}
