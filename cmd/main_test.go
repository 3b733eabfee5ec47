package cmd

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary stand in for the parity command in the
// testscript files: "exec parity ..." runs Main in a child process.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"parity": func() {
			os.Exit(Main(os.Args[1:], &IO{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, Getenv: os.Getenv}))
		},
	})
}

// TestScript runs the CLI tests in testdata/script: each .txtar file is a
// session of parity commands with their expected output and exit status.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			env.Setenv("CORPUS", corpusDir())
			ex, err := filepath.Abs(filepath.Join("..", "examples"))
			if err != nil {
				return err
			}
			env.Setenv("EXAMPLES", ex)
			return nil
		},
		// [corpus] holds when the shared corpus of real documents is there;
		// with PARITY_REQUIRE_CORPUS set, its absence is an error.
		Condition: func(cond string) (bool, error) {
			if cond != "corpus" {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			if corpusDir() != "" {
				return true, nil
			}
			if os.Getenv("PARITY_REQUIRE_CORPUS") != "" {
				return false, errors.New("the shared corpus is required (PARITY_REQUIRE_CORPUS is set) but ../shared/corpus is missing")
			}
			return false, nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// jsonset IN KEY OUT writes to OUT the object of the set KEY in
			// the directory-mode JSON report IN, re-indented, so that one
			// set's result can be compared (cmp) with another run's.
			"jsonset": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 3 {
					ts.Fatalf("usage: jsonset IN KEY OUT")
				}
				var doc struct {
					Sets []json.RawMessage `json:"sets"`
				}
				if err := json.Unmarshal([]byte(ts.ReadFile(args[0])), &doc); err != nil {
					ts.Fatalf("jsonset: %s: %v", args[0], err)
				}
				for _, raw := range doc.Sets {
					var k struct{ Key string }
					if err := json.Unmarshal(raw, &k); err != nil {
						ts.Fatalf("jsonset: %v", err)
					}
					if k.Key != args[1] {
						continue
					}
					var buf bytes.Buffer
					if err := json.Indent(&buf, raw, "", "  "); err != nil {
						ts.Fatalf("jsonset: %v", err)
					}
					buf.WriteByte('\n')
					if err := os.WriteFile(ts.MkAbs(args[2]), buf.Bytes(), 0o644); err != nil {
						ts.Fatalf("jsonset: %v", err)
					}
					return
				}
				ts.Fatalf("jsonset: no set %q in %s", args[1], args[0])
			},
			// exits N PROGRAM ARGS... runs a program and checks that its exit
			// status is N; its output is kept for stdout and stderr.
			"exits": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: exits N program [args...]")
				}
				want, err := strconv.Atoi(args[0])
				if err != nil {
					ts.Fatalf("exits: %v", err)
				}
				got := 0
				if err := ts.Exec(args[1], args[2:]...); err != nil {
					var ee *exec.ExitError
					if !errors.As(err, &ee) {
						ts.Fatalf("exits: %v", err)
					}
					got = ee.ExitCode()
				}
				if got != want {
					ts.Fatalf("exit status %d, want %d", got, want)
				}
			},
		},
	})
}

// corpusDir is the absolute path of the shared corpus (../../shared/corpus
// from this package), or "" when it is absent.
func corpusDir() string {
	d, err := filepath.Abs(filepath.Join("..", "..", "shared", "corpus"))
	if err != nil {
		return ""
	}
	if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
		return ""
	}
	return d
}
