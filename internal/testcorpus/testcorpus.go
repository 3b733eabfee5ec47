// Package testcorpus locates the shared corpus of real documents
// (../shared/corpus beside the project root) for tests.
//
// Tests that need it call Dir or Path; when the corpus is absent (a user's
// fresh clone) they are skipped with a clear message, unless the
// environment variable PARITY_REQUIRE_CORPUS is set (CI sets it), in which
// case they fail.
package testcorpus

import (
	"os"
	"path/filepath"
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
