package rules

import (
	"testing"

	"github.com/paritydoc/parity/lang"
)

// TestNumberContext: a number missing in one version is quoted with the
// words before it and the rest of its token, never from the middle of a
// word, and not at all when it stands alone.
func TestNumberContext(t *testing.T) {
	for _, tc := range []struct {
		text, lang, value, want string
	}{
		{"has the same meaning as in subsection 2(1) of the Broadcasting Act;", "en", "2", "as in subsection 2(1)"},
		{"reconsider a decision referred back to it under subsection (1) and may confirm", "en", "1", "under subsection (1)"},
		{"Notwithstanding subsections (1) and (2), a Canadian carrier may provide", "en", "2", "(1) and (2)"},
		{"The Assembly decides to meet in 2025.", "en", "2025", "to meet in 2025"},
		{"2025", "en", "2025", ""},
		{"Le Conseil, en 2025, décide.", "fr", "2025", "en 2025"},
		{"应于三十日内依第三十条之一规定办理。", "zh", "30", "应于三十"},
	} {
		var n *lang.Number
		for _, m := range lang.Numbers(tc.text, tc.lang) {
			if m.Value == tc.value {
				m := m
				n = &m
				break
			}
		}
		if n == nil {
			t.Fatalf("%q: no number %s (%v)", tc.text, tc.value, lang.Numbers(tc.text, tc.lang))
		}
		if got := numberContext(tc.text, *n); got != tc.want {
			t.Errorf("numberContext(%q, %s) = %q, want %q", tc.text, tc.value, got, tc.want)
		}
	}
}
