package cmd

import (
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/readset"
	"github.com/paritydoc/parity/lang"
)

// readSet reads the files of one set of versions the same way for every
// command, and as the library does (see readset.Read): each file with the
// language given for it (LANG=PATH, --lang, a configuration, a
// directory-mode name), else the language its file name carries
// ("by-nc-nd-4.0.zh-hans.html" is zh-Hans), else detected; and with the
// detector built for this set's own languages (see detect.Candidates), so
// that what a set gives never depends on the other sets of a run. opts
// carries the other reading options (encoding, size limit).
//
// Versions get their IDs there: the language tag (zh, zh-Hans), or v1, v2
// ... when the language is unknown, with a suffix -2, -3 ... for the
// second and later versions that share one. A Word file is read once for
// both of its views: the set holds the final one, and others maps it to
// the original one, for rules.Config.OtherView.
func readSet(key string, files []corpus.SetFile, opts corpus.Options, dets *detectors, det lang.Detector) (set *corpus.Set, others map[*corpus.Document]*corpus.Document, err error) {
	if det == nil {
		det = dets.forLangs(setLangs(files))
	}
	return readset.Read(key, files, opts, det)
}

// withNameLangs gives each file without a language the one its name
// carries, as directory mode does, so that a file named on the command
// line is read as it would be in a directory.
func withNameLangs(files []corpus.SetFile) []corpus.SetFile {
	return readset.NameLangs(files)
}
