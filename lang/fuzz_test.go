package lang

import (
	"strings"
	"testing"
)

// FuzzParseMarker: ParseMarker never panics; n is within s and on a rune
// boundary; Raw is the exact prefix of s the marker was read from (Raw is
// never normalized: the normalized view is only how it is read), and the
// rest of s[:n] is blank; readings are well formed. Section and
// ResolveList run on the same input without panicking. The seed corpus
// is in testdata/fuzz/FuzzParseMarker.
func FuzzParseMarker(f *testing.F) {
	for _, s := range []string{
		"1. x", "a) x", "ef)\tx", "iiiii)\tx", "viiiix)\tx", "（一）x", "㈠ x", "① x", "第二十五条", "第 5 條",
		"Article premier", "المادة (1)", "Статья 1", "6. cikk", "Artigo 3.º", "١٢- x", "3.2.1 x", "考虑到忆及",
		"v. Smith", "\xff) x", "(", "第", "Article", "هـ) x", "أ )\tx", "ﻫ ) x", "1\u00a0197,6", "1 que", "c) x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, n, ok := ParseMarker(s)
		if !ok {
			if m != nil || n != 0 {
				t.Fatalf("ParseMarker(%q): not ok but m=%v n=%d", s, m, n)
			}
		} else {
			if m == nil || n <= 0 || n > len(s) {
				t.Fatalf("ParseMarker(%q): m=%v n=%d", s, m, n)
			}
			if !onRuneBoundary(s, n) {
				t.Fatalf("ParseMarker(%q): n=%d is inside a rune", s, n)
			}
			if m.Raw == "" || !strings.HasPrefix(s, m.Raw) || len(m.Raw) > n {
				t.Fatalf("ParseMarker(%q): Raw %q, n=%d", s, m.Raw, n)
			}
			for _, r := range s[len(m.Raw):n] {
				if !mkIsBlank(r) {
					t.Fatalf("ParseMarker(%q): n takes %q after the marker", s, s[len(m.Raw):n])
				}
			}
			for a := m; a != nil; a = a.Alt {
				if a.Raw != m.Raw || a.Value < 0 {
					t.Fatalf("ParseMarker(%q): bad reading %+v", s, a)
				}
				if a.Unit == UnitNone && a.System != SystemBullet && !strings.Contains(a.Style, "%") {
					t.Fatalf("ParseMarker(%q): style %q has no %%", s, a.Style)
				}
				if a.Old != nil && (a.Old.System != a.System || a.Old.Value < 0 || a.Change != ChangeReplaced) {
					t.Fatalf("ParseMarker(%q): bad pair %+v old %+v", s, a, a.Old)
				}
			}
			levels := ResolveList([]*Marker{m, nil, m})
			if len(levels) != 3 || levels[1] != 0 {
				t.Fatalf("ResolveList: %v", levels)
			}
		}
		if m, n, ok := ParseSpacedNumber(s); ok {
			if n <= len(m.Raw) || n > len(s) || !strings.HasPrefix(s, m.Raw) || !onRuneBoundary(s, n) ||
				m.System != SystemDecimal || m.Value < 1 || m.Value > 999 {
				t.Fatalf("ParseSpacedNumber(%q): %+v n=%d", s, m, n)
			}
		}
		Section(s)
		ParseCJKNumber(s)
	})
}

// onRuneBoundary reports whether n is where a rune starts when s is read
// as Go reads it (an invalid byte is a rune of its own), or len(s).
func onRuneBoundary(s string, n int) bool {
	for i := range s {
		if i == n {
			return true
		}
	}
	return n == len(s)
}
