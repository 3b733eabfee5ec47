package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInspectBadInput runs 'parity inspect' on each kind of bad input: exit
// status 2, one line on stderr naming the file, nothing on stdout.
func TestInspectBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing", []string{filepath.Join(dir, "nope.txt")}, "nope.txt: no such file"},
		{"empty", []string{write("empty.txt", "")}, "empty.txt: empty file"},
		{"binary", []string{write("bin.dat", "\x00\x01\x02\x03\x00\xff\x00\x10")}, "bin.dat: binary file"},
		{"xml entities", []string{write("lol.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>\n<l>&b;</l>\n")}, "lol.xml:2: entity declarations are not allowed"},
		{"html entities", []string{write("lol.html", "<!DOCTYPE html [\n<!ENTITY a \"aaaa\">\n]><p>&a;</p>")}, "lol.html:2: entity declarations are not allowed"},
		{"invalid utf-8 forced", []string{"--encoding", "utf-8", write("latin1.txt", "ok\ncaf\xe9\n")}, "latin1.txt:2: invalid UTF-8"},
		{"above the size limit", []string{"--max-size", "1KiB", write("big.txt", strings.Repeat("a line of text\n", 100))}, "big.txt: file too large: 1500 bytes is above the 1KiB limit (raise it with --max-size)"},
		{"unsupported", []string{write("doc.pdf", "%PDF-1.4\n1 0 obj\n")}, "doc.pdf: unsupported format: PDF (parity reads "},
		{"unknown encoding", []string{"--encoding", "martian", write("x.txt", "hello")}, `x.txt: unknown encoding "martian"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := Main(append([]string{"inspect"}, tc.args...), &IO{Out: &out, ErrOut: &errOut})
			if code != ExitError {
				t.Errorf("exit status %d, want %d", code, ExitError)
			}
			msg := errOut.String()
			if strings.Count(msg, "\n") != 1 {
				t.Errorf("stderr is not one line: %q", msg)
			}
			if !strings.HasPrefix(msg, "parity: corpus: ") || !strings.Contains(msg, tc.want) {
				t.Errorf("stderr %q does not contain %q", msg, tc.want)
			}
			if out.Len() != 0 {
				t.Errorf("stdout not empty: %q", out.String())
			}
		})
	}
}

func TestInspectUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"inspect"}, "requires at least 1 arg"},
		{[]string{"inspect", "--format", "xml", "a.txt"}, `--format must be text or json, not "xml"`},
		{[]string{"inspect", "--view", "sideways", "a.txt"}, `--view must be final, original or both, not "sideways"`},
		{[]string{"inspect", "--max-size", "lots", "a.txt"}, `--max-size: "lots" is not a size`},
		{[]string{"inspect", "--max-size", "3XB", "a.txt"}, `unknown unit "xb"`},
	} {
		var out, errOut bytes.Buffer
		if code := Main(tc.args, &IO{Out: &out, ErrOut: &errOut}); code != ExitError {
			t.Errorf("%v: exit status %d, want 2", tc.args, code)
		}
		if !strings.Contains(errOut.String(), tc.want) {
			t.Errorf("%v: stderr %q does not contain %q", tc.args, errOut.String(), tc.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"1": 1, "1024": 1024, "1K": 1 << 10, "2KiB": 2 << 10, "64MiB": 64 << 20, "200MB": 200 << 20,
		"1.5GiB": 3 << 29, "1g": 1 << 30, " 10 mb ": 10 << 20,
	} {
		got, err := ParseSize(in)
		if err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0", "-1", "MB", "1TB", "2000GiB", "1..2M"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) succeeded", in)
		}
	}
}

// TestInspectJSON reads two versions in one language: the JSON has schema
// parity/1 and the IDs zh, zh-2.
func TestInspectJSON(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("第一条\n人人生而自由。\n"), 0o644)
	os.WriteFile(b, []byte("第一条\n人人平等。\n"), 0o644)
	var out, errOut bytes.Buffer
	if code := Main([]string{"inspect", "--format", "json", a, b}, &IO{Out: &out, ErrOut: &errOut}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var v struct {
		Schema   string
		Versions []struct {
			ID     string
			Blocks []struct{ Kind string }
		}
	}
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Schema != "parity/1" || len(v.Versions) != 2 || v.Versions[0].ID != "zh" || v.Versions[1].ID != "zh-2" {
		t.Errorf("got %+v", v)
	}
	if len(v.Versions[0].Blocks) != 2 || v.Versions[0].Blocks[0].Kind != "heading" {
		t.Errorf("blocks %+v", v.Versions[0].Blocks)
	}
}
