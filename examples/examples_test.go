package examples

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paritydoc/parity"
)

var languages = []string{"ar", "en", "es", "fr", "ru", "zh"}

func readLines(t *testing.T, dir, code string) []string {
	t.Helper()
	name := filepath.Join(dir, "resolution."+code+".txt")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case !utf8.Valid(b):
		t.Fatalf("%s: not valid UTF-8", name)
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		t.Fatalf("%s: starts with a BOM", name)
	case bytes.ContainsRune(b, '\r'):
		t.Fatalf("%s: has CR line ends", name)
	case !bytes.HasSuffix(b, []byte("\n")) || bytes.Contains(b, []byte("\n\n")):
		t.Fatalf("%s: must end with one newline and have no blank line", name)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// ordinal is the position of a list marker in its list (a, а, أ and 1 are
// all 1), with a prefix for its kind, or "" for a line without marker.
func ordinal(line string) string {
	m, _, ok := strings.Cut(line, "\t")
	if !ok {
		return ""
	}
	if strings.HasPrefix(m, "[") {
		return "footnote"
	}
	if m >= "1" && m <= "9" {
		return "n" + m
	}
	m = strings.TrimSuffix(m, ")")
	for _, roman := range []string{"i", "ii", "iii", "iv", "v"} {
		if m == roman {
			return "roman " + m
		}
	}
	for _, alphabet := range []string{"abcdefghij", "абвгдежзик", "أبجدهوزحطي"} {
		for i, r := range []rune(alphabet) {
			if m == string(r) {
				return fmt.Sprintf("letter %d", i+1)
			}
		}
	}
	return "unknown marker " + m
}

// The clean versions correspond line by line: same length, same list
// markers (in each language's alphabet) on the same lines.
func TestCleanVersionsCorrespond(t *testing.T) {
	en := readLines(t, "clean", "en")
	if len(en) < 40 || len(en) > 60 {
		t.Fatalf("clean English has %d lines, want 40 to 60", len(en))
	}
	for _, code := range languages {
		lines := readLines(t, "clean", code)
		if len(lines) != len(en) {
			t.Errorf("clean/%s: %d lines, English has %d", code, len(lines), len(en))
			continue
		}
		for i := range lines {
			if got, want := ordinal(lines[i]), ordinal(en[i]); got != want || strings.HasPrefix(got, "unknown") {
				t.Errorf("clean/%s:%d: marker %q, English has %q", code, i+1, got, want)
			}
		}
	}
}

// The defect set is the clean set with exactly the documented defects:
// each changed line is listed in DEFECTS.md, and each defect is there.
func TestDefectsAreExactlyTheDocumentedOnes(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("resolution", "DEFECTS.md"))
	if err != nil {
		t.Fatal(err)
	}
	// changed: the lines of the defect file that differ from the clean
	// file; deleted: the clean lines missing from the defect file.
	want := map[string]struct{ changed, deleted []int }{
		"ar": {changed: []int{15}},
		"en": {},
		"es": {changed: []int{15}},
		"fr": {changed: []int{11, 12}},
		"ru": {changed: []int{32}},
		"zh": {deleted: []int{24}},
	}
	for _, code := range languages {
		clean := readLines(t, "clean", code)
		defect := readLines(t, "resolution", code)
		var changed, deleted []int
		i, j := 0, 0
		for i < len(clean) || j < len(defect) {
			switch {
			case i < len(clean) && j < len(defect) && clean[i] == defect[j]:
				i, j = i+1, j+1
			case len(clean)-i > len(defect)-j:
				deleted = append(deleted, i+1)
				i++
			default:
				changed = append(changed, j+1)
				i, j = i+1, j+1
			}
		}
		w := want[code]
		if fmt.Sprint(changed) != fmt.Sprint(w.changed) || fmt.Sprint(deleted) != fmt.Sprint(w.deleted) {
			t.Errorf("%s: changed lines %v, deleted clean lines %v; want %v and %v", code, changed, deleted, w.changed, w.deleted)
		}
		if len(w.changed) > 0 {
			ref := fmt.Sprintf("`resolution.%s.txt:%d`", code, w.changed[0])
			if !bytes.Contains(doc, []byte(ref)) {
				t.Errorf("DEFECTS.md does not list %s", ref)
			}
		}
		if len(w.deleted) > 0 {
			// The missing line is listed by the line it should follow.
			ref := fmt.Sprintf("`resolution.%s.txt:%d`", code, w.deleted[0]-1)
			if !bytes.Contains(doc, []byte(ref)) {
				t.Errorf("DEFECTS.md does not list %s", ref)
			}
		}
	}
}

// parity check reports each defect of DEFECTS.md where it is, and nothing
// else: on the defect set exactly these rules at these lines (the French
// letter skipped in defect 1 is a skip and a letter mismatch, not an item
// missing plus another added: no structure/unaligned there), and on the
// clean set no finding at all.
func TestCheckFindsExactlyTheDefects(t *testing.T) {
	want := map[string][]string{
		"resolution": {
			"ar:15 lang/untranslated",   // defect 4
			"es:15 numbers/parity",      // defect 2
			"fr:11 numbering/parity",    // defect 1: d) where the others have c)
			"fr:11 numbering/sequence",  // defect 1: c) skipped
			"fr:12 numbering/parity",    // defect 1: e) where the others have d)
			"ru:32 numbers/parity",      // defect 3: 7 where the others have 3
			"ru:32 xref/parity",         // defect 3
			"ru:32 xref/target",         // defect 3
			"zh:23 list/count",          // defect 5
			"zh:24 structure/unaligned", // defect 5
		},
		"clean": nil,
	}
	for _, dir := range []string{"resolution", "clean"} {
		t.Run(dir, func(t *testing.T) {
			var vs []parity.Version
			for _, code := range languages {
				vs = append(vs, parity.Version{Path: filepath.Join(dir, "resolution."+code+".txt")})
			}
			set, err := parity.Load(vs...)
			if err != nil {
				t.Fatal(err)
			}
			al, err := parity.Align(set, parity.AlignOptions{})
			if err != nil {
				t.Fatal(err)
			}
			fs, err := parity.Check(set, al, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				got = append(got, fmt.Sprintf("%s:%d %s", f.Location.Version, f.Location.Line, f.Rule))
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(want[dir], "\n") {
				var msgs []string
				for _, f := range fs {
					msgs = append(msgs, fmt.Sprintf("%s:%d: %s [%s]", f.Location.Version, f.Location.Line, f.Message, f.Rule))
				}
				t.Errorf("findings on %s/:\n got: %q\nwant: %q\n%s", dir, got, want[dir], strings.Join(msgs, "\n"))
			}
		})
	}
}
