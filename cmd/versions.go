package cmd

import (
	"fmt"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// readSet reads the files of one set of versions the same way for every
// command: each file with the language given for it (LANG=PATH, --lang, a
// configuration, a directory-mode name), else the language its file name
// carries ("by-nc-nd-4.0.zh-hans.html" is zh-Hans), else detected; and
// with the detector built for this set's own languages (see candidates),
// so that what a set gives never depends on the other sets of a run. opts
// carries the other reading options (encoding, size limit, view).
//
// Versions get their IDs here: the language tag (zh, zh-Hans), or v1, v2
// ... when the language is unknown, with a suffix -2, -3 ... for the
// second and later versions that share one.
func readSet(key string, files []corpus.SetFile, opts corpus.Options, dets *detectors, det lang.Detector) (*corpus.Set, error) {
	files = withNameLangs(files)
	if det == nil {
		det = dets.forLangs(setLangs(files))
	}
	set := &corpus.Set{Key: key}
	seen := map[string]int{}
	for _, f := range files {
		o := opts
		o.Lang = f.Lang
		o.Detector = det
		d, err := corpus.ReadFile(f.Path, o)
		if err != nil {
			return nil, err
		}
		id := d.ID
		if id == "" || id == lang.Und {
			id = d.Lang
		}
		if id == "" || id == lang.Und {
			id = fmt.Sprintf("v%d", len(set.Versions)+1)
		}
		seen[id]++
		if seen[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, seen[id])
		}
		d.ID = id
		set.Versions = append(set.Versions, d)
	}
	return set, nil
}

// withNameLangs gives each file without a language the one its name
// carries, as directory mode does, so that a file named on the command
// line is read as it would be in a directory.
func withNameLangs(files []corpus.SetFile) []corpus.SetFile {
	out := make([]corpus.SetFile, len(files))
	for i, f := range files {
		if f.Lang == "" {
			f.Lang = nameLang(f.Path)
		}
		out[i] = f
	}
	return out
}
