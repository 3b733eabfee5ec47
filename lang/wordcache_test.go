package lang

import (
	"strings"
	"testing"
)

// TestWordCache: words of ASCII letters before ")" read from the cache
// (mkWordReadings) as the parser reads them (pmSlow), the first time and
// again, with more words than the cache holds in between, and a marker
// changed after it was read (as ResolveList reorders Alt chains and sets
// Change) changes none read later.
func TestWordCache(t *testing.T) {
	var words []string
	letters := "ivxlcdmabefhjnoyzIVXCDMAEFZ"
	for _, a := range letters {
		for _, b := range letters {
			words = append(words, string(a)+string(b))
		}
	}
	words = append(words, "iii", "iiii", "iiiii", "iiiiv", "ivv", "vvi", "vivii", "viiviii", "viiiix", "ixxi", "xxii",
		"xiii", "xl", "xli", "mix", "dix", "cm", "aaa", "aaaa", "ab", "ba", "zz", "abcdefghijklmn", "IIII", "XLIX",
		"xciv", "lxxxviii", "mmm", "Iv", "iV", "aB")
	seps := []string{"", " x", "\tx", "  x"}
	for round := range 3 {
		for i, w := range words {
			s := w + ")" + seps[(i+round)%len(seps)]
			if d := pmCompareSlow(s); d != "" {
				t.Fatalf("round %d: %s", round, d)
			}
			m, _, ok := ParseMarker(s)
			if !ok {
				continue
			}
			// Spoil what was read: the next reading must not see it.
			for a := m; a != nil; a = a.Alt {
				a.Value, a.Change, a.Style = -1, ChangeDeleted, "spoilt"
				if a.Old != nil {
					a.Old.Value, a.Old.Raw = -1, strings.ToUpper(a.Old.Raw)+"!"
				}
			}
			m.Alt = nil
		}
	}
}
