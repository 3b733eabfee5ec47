package cmd

import (
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/lang/detect"
)

// defaultLatinCandidates are the Latin-script languages the detector
// chooses among when the versions' own languages include none (or are not
// known): English, French and Spanish of the UN, and the other EU
// languages most often met beside them. Languages written in a script of
// their own (zh, ar, ru, ja, ko, el, he ...) need no candidate: the script
// alone identifies them (see lang.ScriptDetector).
var defaultLatinCandidates = []string{"en", "fr", "es", "de", "pt", "it"}

// newDetector builds the language detector of one run, once, for the
// languages of the versions being read (BCP 47 codes; "und" and empty
// codes are ignored). When none of them is written in the Latin script
// (no language known, or only zh, ar, ru ...), the default Latin-script
// candidates are added, so that a paragraph left in English inside the
// Arabic or Chinese version is still identified. An unknown code is an
// error naming it.
//
// The detector also implements lang.DocumentDetector.
func newDetector(langs []string) (lang.Detector, error) {
	var cands []string
	latin := false
	for _, l := range langs {
		if l == "" || l == lang.Und {
			continue
		}
		cands = append(cands, l)
		if s, ok := detect.ScriptOf(l); ok && s == "Latin" {
			latin = true
		}
	}
	if !latin {
		cands = append(cands, defaultLatinCandidates...)
	}
	d, err := detect.NewWithOptions(cands, detect.Options{})
	if err != nil {
		return nil, err
	}
	return d, nil
}
