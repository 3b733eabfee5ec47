package cmd

import (
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/paritydoc/parity/corpus"
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

// alwaysCandidate is a candidate of every set that has a Latin-script
// language: English, the language an official text is most often drafted
// in and so the one most often left untranslated. Without it, a paragraph
// left in English in a French/Spanish pair would read as French.
const alwaysCandidate = "en"

// candidates returns the detector candidates of one set, from the set's
// own languages only (BCP 47 tags; "und" and empty ones are ignored), so
// that a set's result never depends on the other sets of a run: the base
// codes of the languages, plus English when one of them is written in the
// Latin script, or the default Latin-script candidates when none is.
// The list is sorted and without duplicates.
func candidates(langs []string) []string {
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
		base := corpus.BaseLang(l)
		if base == "" || base == lang.Und {
			continue
		}
		add(base)
		if s, ok := detect.ScriptOf(base); ok && s == "Latin" {
			latin = true
		}
	}
	if latin {
		add(alwaysCandidate)
	} else {
		for _, c := range defaultLatinCandidates {
			add(c)
		}
	}
	sort.Strings(out)
	return out
}

// newDetector builds a language detector for the candidates of a set of
// versions in the languages langs (see candidates). An unknown code is an
// error naming it.
//
// The detector also implements lang.DocumentDetector.
func newDetector(langs []string) (lang.Detector, error) {
	d, err := detect.NewWithOptions(candidates(langs), detect.Options{})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// detectors builds detectors on demand and keeps them by candidate list,
// so that the sets of a directory run that share their languages share a
// detector (building one loads lingua-go models) while each set still
// gets exactly the candidates of its own languages. Safe for concurrent
// use.
type detectors struct {
	mu    sync.Mutex
	built map[string]*detectorEntry
}

type detectorEntry struct {
	once sync.Once
	det  lang.Detector
}

// forLangs returns the detector of a set whose versions are in langs. A
// language the detector does not know makes it fall back to the script
// alone (lang.ScriptDetector) for that set.
func (c *detectors) forLangs(langs []string) lang.Detector {
	cands := candidates(langs)
	key := strings.Join(cands, ",")
	c.mu.Lock()
	if c.built == nil {
		c.built = map[string]*detectorEntry{}
	}
	e := c.built[key]
	if e == nil {
		e = &detectorEntry{}
		c.built[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		d, err := detect.NewWithOptions(cands, detect.Options{})
		if err != nil {
			e.det = lang.ScriptDetector{}
			return
		}
		e.det = d
	})
	return e.det
}

// setLangs returns the languages of a set's files: the language given
// (LANG=PATH, --lang, configuration, folder or directory-mode name), else
// the one the file name carries ("report.fr.html"), else nothing.
func setLangs(files []corpus.SetFile) []string {
	var out []string
	for _, f := range files {
		l := f.Lang
		if l == "" {
			l = nameLang(f.Path)
		}
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// nameLang is the language tag a file's name carries ("zh-Hans" for
// "by-nc-nd-4.0.zh-hans.html"), or "".
func nameLang(path string) string {
	base := filepath.Base(path)
	if l, _, ok := corpus.LangFromName(strings.TrimSuffix(base, filepath.Ext(base))); ok {
		return l
	}
	return ""
}
