package lang

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// TestMarkersIndependent: the markers ParseMarker returns come from shared
// chunks, but each is its own: parsers running at once get distinct
// markers, and changing one (as ResolveList reorders Alt chains) changes
// no other.
func TestMarkersIndependent(t *testing.T) {
	lines := []string{"a)", "c) x", "iii) y", "ef)", "Article 5", "第五条", "1\tText", "(a)", "Статья 2"}
	const workers, rounds = 4, 300
	got := make([][]*Marker, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				for _, l := range lines {
					m, _, ok := ParseMarker(l)
					if !ok {
						t.Errorf("ParseMarker(%q) read nothing", l)
						return
					}
					got[w] = append(got[w], m)
				}
			}
		}()
	}
	wg.Wait()
	seen := map[*Marker]bool{}
	for _, ms := range got {
		for _, m := range ms {
			for a := m; a != nil; a = a.Alt {
				for _, b := range []*Marker{a, a.Old} {
					if b == nil {
						continue
					}
					if seen[b] {
						t.Fatalf("a marker returned twice: %+v", *b)
					}
					seen[b] = true
				}
			}
		}
	}
	for _, ms := range got {
		for i, m := range ms {
			want, _, _ := ParseMarker(lines[i%len(lines)])
			if m.Raw != want.Raw || m.Value != want.Value || m.System != want.System || m.Style != want.Style {
				t.Fatalf("marker %d of %q = %+v, want %+v", i, lines[i%len(lines)], *m, *want)
			}
			m.Value, m.Alt = -1, nil // changes no other marker
		}
	}
}

// TestMarkerSize keeps the three small fields of Marker together, after
// the words.
func TestMarkerSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("64-bit layout")
	}
	if got := unsafe.Sizeof(Marker{}); got != 88 {
		t.Errorf("Marker is %d bytes, want 88", got)
	}
}

// TestFirstCall runs ParseMarker as the first call of a process, before
// anything has built the index, on lines of each kind of heading word and
// marker (a test process of its own for each): the quick check's filters
// are filled as the index is built, and must be read only after it.
func TestFirstCall(t *testing.T) {
	if line, ok := os.LookupEnv("PARITY_FIRST_CALL"); ok {
		m, n, ok := ParseMarker(line)
		var b strings.Builder
		pmDumpResult(&b, line, m, n, ok)
		fmt.Print(b.String())
		return
	}
	if testing.Short() {
		t.Skip("starts a process a line")
	}
	mkIndex() // here, what later calls read
	for _, line := range []string{"Article 5", "ARTICLE 12", "Artículo 1", "Статья 2", "المادة 4", "第五条", "Chapter I",
		"Section 2", "Annex D", "a)", "iii) y", "1\tText", "Toute personne", "Каждый человек"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFirstCall$", "-test.count=1")
		cmd.Env = append(os.Environ(), "PARITY_FIRST_CALL="+line)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		var want strings.Builder
		m, n, ok := ParseMarker(line)
		pmDumpResult(&want, line, m, n, ok)
		if got := strings.TrimSuffix(string(out), "PASS\n"); got != want.String() {
			t.Errorf("first call:\n\t%s later:\n\t%s", got, want.String())
		}
	}
}
