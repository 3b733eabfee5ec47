package detect

import (
	"strings"
	"testing"
)

// TestCandidates: a set's detector candidates come from that set's own
// languages only (base codes), so that a set gives the same result whatever
// other sets a run holds; English is among them whenever a language of the
// set is written in the Latin script.
func TestCandidates(t *testing.T) {
	for _, tt := range []struct {
		langs []string
		want  string
	}{
		{[]string{"zh-Hant", "en"}, "en zh"},
		{[]string{"fr", "es"}, "en es fr"},
		{[]string{"es", "fr", "fr", "und", ""}, "en es fr"},
		{[]string{"zh", "ar"}, "ar de en es fr it pt zh"},
		{nil, "de en es fr it pt"},
		{[]string{"zh-Hans", "zh_TW", "ru"}, "de en es fr it pt ru zh"},
		{[]string{"FR-ca", "de"}, "de en fr"},
	} {
		if got := strings.Join(Candidates(tt.langs), " "); got != tt.want {
			t.Errorf("Candidates(%q) = %s, want %s", tt.langs, got, tt.want)
		}
	}
}
