package detect

import (
	"sort"

	"github.com/paritydoc/parity/lang"
)

// DefaultLatinCandidates are the Latin-script languages a set's detector
// chooses among when the set's own languages include none (or are not
// known): English, French and Spanish of the UN, and the other EU
// languages most often met beside them. Languages written in a script of
// their own (zh, ar, ru, ja, ko, el, he ...) need no candidate: the script
// alone identifies them (see lang.ScriptDetector).
var DefaultLatinCandidates = []string{"en", "fr", "es", "de", "pt", "it"}

// AlwaysCandidate is a candidate of every set that has a Latin-script
// language: English, the language an official text is most often drafted
// in and so the one most often left untranslated. Without it, a paragraph
// left in English in a French/Spanish pair would read as French.
const AlwaysCandidate = "en"

// Candidates returns the detector candidates of one set of versions, from
// the set's own languages only (BCP 47 tags; "und" and empty ones are
// ignored), so that a set's result never depends on the other sets of a
// run: the base codes of the languages, plus AlwaysCandidate when one of
// them is written in the Latin script, or DefaultLatinCandidates when none
// is. The list is sorted and without duplicates. The command line and the
// library both build a set's detector from it:
//
//	d, err := detect.New(detect.Candidates([]string{"zh-Hans", "fr"})) // en fr zh
func Candidates(langs []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(c string) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	latin := false
	for _, l := range langs {
		base := lang.Base(l)
		if base == "" || base == lang.Und {
			continue
		}
		add(base)
		if s, ok := ScriptOf(base); ok && s == "Latin" {
			latin = true
		}
	}
	if latin {
		add(AlwaysCandidate)
	} else {
		for _, c := range DefaultLatinCandidates {
			add(c)
		}
	}
	sort.Strings(out)
	return out
}
