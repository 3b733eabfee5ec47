package cmd

import (
	"strings"
	"sync"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/readset"
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/lang/detect"
)

// newDetector builds a language detector for the candidates of a set of
// versions in the languages langs (see detect.Candidates, which the
// library uses too). An unknown code is an error naming it.
//
// The detector also implements lang.DocumentDetector.
func newDetector(langs []string) (lang.Detector, error) {
	d, err := detect.NewWithOptions(detect.Candidates(langs), detect.Options{})
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
	cands := detect.Candidates(langs)
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
	return readset.Langs(files)
}
