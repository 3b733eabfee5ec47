package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// alignFiles writes a small English-French pair and returns their paths.
func alignFiles(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	en := filepath.Join(dir, "doc.en.txt")
	fr := filepath.Join(dir, "doc.fr.txt")
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(en, "Article 1\nEveryone has the right to life, liberty and security of person, as set out in resolution 70/125.\nArticle 2\nNo one shall be held in slavery or servitude.\n1. The first point of the list.\n2. The second point, a little longer than the first one.\n")
	write(fr, "Article premier\nTout individu a droit à la vie, à la liberté et à la sûreté de sa personne, comme le dit la résolution 70/125.\nArticle 2\nNul ne sera tenu en esclavage ni en servitude.\n1. Le premier point de la liste.\n2. Le second point, un peu plus long que le premier point.\n")
	return en, fr
}

func runParity(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Main(args, &IO{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	return code, out.String(), errOut.String()
}

func TestAlignCommand(t *testing.T) {
	en, fr := alignFiles(t)
	code, out, errOut := runParity("align", en, fr)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if !strings.HasPrefix(out, "6 rows, 2 versions, pivot en") {
		t.Errorf("text output starts %q", strings.SplitN(out, "\n", 2)[0])
	}
	if !strings.Contains(out, "fr  [1]  Tout individu a droit") {
		t.Errorf("text output lacks the excerpts:\n%s", out)
	}

	// Pivot by language; TSV has one line per row plus the header, with the pivot first.
	code, out, errOut = runParity("align", "--pivot", "fr", "--format", "tsv", en, fr)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 7 {
		t.Errorf("tsv has %d lines, want 7:\n%s", len(lines), out)
	}

	// JSON: the contract object with an alignment array.
	code, out, errOut = runParity("align", "--format", "json", en, fr)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var obj struct {
		Schema    string            `json:"schema"`
		Alignment []json.RawMessage `json:"alignment"`
	}
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		t.Fatalf("json output does not parse: %v", err)
	}
	if obj.Schema == "" || len(obj.Alignment) != 6 {
		t.Errorf("json: schema %q, %d alignment rows, want 6", obj.Schema, len(obj.Alignment))
	}

	// --output writes the file and nothing to stdout.
	html := filepath.Join(t.TempDir(), "a.html")
	code, out, errOut = runParity("align", "--format", "html", "--output", html, en, fr)
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, out, errOut)
	}
	if b, err := os.ReadFile(html); err != nil || !bytes.Contains(b, []byte("<table>")) {
		t.Errorf("--output did not write the page: %v", err)
	}
}

func TestAlignCommandErrors(t *testing.T) {
	en, fr := alignFiles(t)
	before, _ := os.ReadFile(en)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"one file", []string{"align", en}, "at least two files"},
		{"missing file", []string{"align", en, filepath.Join(t.TempDir(), "nope.txt")}, "nope.txt"},
		{"bad format", []string{"align", "--format", "pdf", en, fr}, "unknown --format"},
		{"bad pivot", []string{"align", "--pivot", "de", en, fr}, "no version \"de\""},
		{"output over an input", []string{"align", "--output", en, en, fr}, "is one of the input files"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runParity(tc.args...)
			if code != ExitError {
				t.Errorf("exit %d, want %d", code, ExitError)
			}
			if !strings.Contains(errOut, tc.want) || !strings.HasPrefix(errOut, "parity: ") {
				t.Errorf("stderr %q, want a parity: line containing %q", errOut, tc.want)
			}
		})
	}
	if after, _ := os.ReadFile(en); !bytes.Equal(before, after) {
		t.Error("an input file was modified")
	}
}
