package lang

import (
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
