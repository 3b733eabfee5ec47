// Package readset reads the files of one set of language versions the way
// both the parity command and the library (package parity) do, so that
// the two give the same versions, IDs and findings for the same files.
//
// Each file is read with the language given for it, else the language its
// name carries ("by-nc-nd-4.0.zh-hans.html" is zh-Hans), else detected;
// versions get their IDs from the language tag (see Read). A Word file is
// read once for both of its views (docx.ReadBoth): the final one, which is
// checked, and the original one, which Read returns beside the set for
// rules.Config.OtherView (revision/pending sees paragraphs deleted as a
// whole only there).
package readset

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/paritydoc/parity/corpus"
	_ "github.com/paritydoc/parity/corpus/docx" // both views of Word files
	"github.com/paritydoc/parity/lang"
)

// Read reads the files of one set of versions with the detector det
// (built by the caller for Langs(files), see detect.Candidates). opts
// carries the other reading options (encoding, size limit); opts.Lang and
// opts.Detector are set per file, and opts.View must be empty: Word files
// are read in both views.
//
// Versions get their IDs here: the language tag (zh, zh-Hans), or v1, v2
// ... when the language is unknown, with a suffix -2, -3 ... for the
// second and later versions that share one.
//
// others maps each version read from a Word file to its original view
// (all changes rejected), the way rules.Config.OtherView takes it; it is
// nil when no file is a Word file.
func Read(key string, files []corpus.SetFile, opts corpus.Options, det lang.Detector) (set *corpus.Set, others map[*corpus.Document]*corpus.Document, err error) {
	files = NameLangs(files)
	set = &corpus.Set{Key: key}
	seen := map[string]int{}
	for _, f := range files {
		o := opts
		o.Lang = f.Lang
		o.Detector = det
		d, orig, err := Document(f.Path, o)
		if err != nil {
			return nil, nil, err
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
		if orig != nil {
			orig.ID = id
			if others == nil {
				others = map[*corpus.Document]*corpus.Document{}
			}
			others[d] = orig
		}
		set.Versions = append(set.Versions, d)
	}
	return set, others, nil
}

// Document reads one file as corpus.ReadFile does. A Word file is read
// once and gives both views: doc is the final view (or the view opts.View
// names, with other nil) and other the original one. Files of other
// formats give other nil.
func Document(path string, opts corpus.Options) (doc, other *corpus.Document, err error) {
	return corpus.ReadFileViews(path, opts)
}

// NameLangs gives each file without a language the one its name carries,
// as directory mode does, so that a file named on its own is read as it
// would be in a directory.
func NameLangs(files []corpus.SetFile) []corpus.SetFile {
	out := make([]corpus.SetFile, len(files))
	for i, f := range files {
		if f.Lang == "" {
			f.Lang = NameLang(f.Path)
		}
		out[i] = f
	}
	return out
}

// Langs returns the languages of a set's files: the language given, else
// the one the file name carries, else nothing. A set's detector is built
// for detect.Candidates(Langs(files)).
func Langs(files []corpus.SetFile) []string {
	var out []string
	for _, f := range NameLangs(files) {
		if f.Lang != "" {
			out = append(out, f.Lang)
		}
	}
	return out
}

// NameLang is the language tag a file's name carries ("zh-Hans" for
// "by-nc-nd-4.0.zh-hans.html"), or "".
func NameLang(path string) string {
	base := filepath.Base(path)
	if l, _, ok := corpus.LangFromName(strings.TrimSuffix(base, filepath.Ext(base))); ok {
		return l
	}
	return ""
}
