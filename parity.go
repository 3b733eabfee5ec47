// Package parity checks the language versions of one official document
// against each other, as a library: the same work as the parity command,
// without it.
//
// A run has four steps, each a function of this package:
//
//	set, err := parity.Load(parity.Version{Path: "res.en.txt"}, parity.Version{Path: "res.fr.txt"})
//	al, err := parity.Align(set, parity.AlignOptions{})        // block by block, all versions at once
//	findings, err := parity.Check(set, al, nil)                // every rule, default severities
//	err = parity.Render(os.Stdout, "text", &parity.Result{...}) // or json, sarif, github, html
//
// Load reads each file (plain text in any common encoding, HTML,
// legislative XML, DOCX) and segments it into blocks with parsed markers;
// the language of a version is taken from Version.Lang, else from its file
// name (res.fr.txt, udhr_fra.txt, A_RES_75-F.docx), else detected. Sets
// finds the sets of versions in directories, as 'parity check DIR' does.
//
// The types are those of the packages that do the work: corpus (documents
// and sets), align (the alignment), rules (findings and their
// configuration) and report (what the printers render); see them for
// details.
package parity

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"weak"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	_ "github.com/paritydoc/parity/corpus/docx" // registers the DOCX reader
	"github.com/paritydoc/parity/internal/readset"
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/lang/detect"
	"github.com/paritydoc/parity/report"
	"github.com/paritydoc/parity/rules"
)

// A Version names one file to load and, optionally, its language.
type Version struct {
	// Path is the file.
	Path string
	// Lang is its language as a BCP 47 tag ("zh", "fr", "zh-Hant"); empty
	// to take it from the file name or detect it.
	Lang string
}

// LoadOptions adjust Load. The zero value detects everything.
type LoadOptions struct {
	// Key names the set.
	Key string
	// Encoding forces the encoding of text files ("gb18030"); empty detects it.
	Encoding string
	// Detector identifies the language of blocks and documents; nil builds
	// the same detector as the parity command, for the versions' languages
	// (detect.Candidates).
	Detector lang.Detector
}

// Result is what Render prints: the versions, their alignment and the findings.
type Result = report.Result

// AlignOptions adjust Align (pivot version, moved blocks).
type AlignOptions = align.Options

// Load reads the versions of one document into a set. Each version gets
// an ID, its language tag (with a suffix when two share a language).
// Errors name the file, and the line where the input was wrong.
func Load(versions ...Version) (*corpus.Set, error) {
	return LoadWith(LoadOptions{}, versions...)
}

// LoadWith is Load with options.
//
// The files are read as 'parity check' reads them (package
// internal/readset does it for both): each with its language, else the
// one its name carries ("report.zh-hans.html" is zh-Hans), else detected,
// by a detector built for the set's own languages
// (detect.Candidates); each version's ID is its language tag (zh-Hans
// beside zh-Hant), v1, v2 ... when the language is unknown, with a suffix
// -2, -3 ... when two share one. A Word file is read once for both views:
// the set holds the final view, and Check gives the original one to
// revision/pending (rules.Config.OtherView), which sees paragraphs deleted
// as a whole only there.
func LoadWith(opts LoadOptions, versions ...Version) (*corpus.Set, error) {
	if len(versions) == 0 {
		return nil, fmt.Errorf("parity: no versions to load")
	}
	files := make([]corpus.SetFile, len(versions))
	for i, v := range versions {
		files[i] = corpus.SetFile{Path: v.Path, Lang: v.Lang}
	}
	det := opts.Detector
	if det == nil {
		d, err := detect.New(detect.Candidates(readset.Langs(files)))
		if err != nil {
			return nil, fmt.Errorf("parity: %w", err)
		}
		det = d
	}
	set, others, err := readset.Read(opts.Key, files, corpus.Options{Encoding: opts.Encoding}, det)
	if err != nil {
		return nil, err
	}
	for d, o := range others {
		rememberView(d, o)
	}
	return set, nil
}

// otherViews keeps, for each version Load read from a Word file, its
// original view, until the version is garbage: the key is a weak pointer,
// and a cleanup attached to the version removes the entry.
var otherViews struct {
	sync.Mutex
	m map[weak.Pointer[corpus.Document]]*corpus.Document
}

func rememberView(d, other *corpus.Document) {
	k := weak.Make(d)
	otherViews.Lock()
	if otherViews.m == nil {
		otherViews.m = map[weak.Pointer[corpus.Document]]*corpus.Document{}
	}
	otherViews.m[k] = other
	otherViews.Unlock()
	runtime.AddCleanup(d, func(k weak.Pointer[corpus.Document]) {
		otherViews.Lock()
		delete(otherViews.m, k)
		otherViews.Unlock()
	}, k)
}

// viewsOf returns the other views Load kept for the versions of set, or nil.
func viewsOf(set *corpus.Set) map[*corpus.Document]*corpus.Document {
	if set == nil {
		return nil
	}
	var out map[*corpus.Document]*corpus.Document
	otherViews.Lock()
	defer otherViews.Unlock()
	for _, d := range set.Versions {
		if o, ok := otherViews.m[weak.Make(d)]; ok {
			if out == nil {
				out = map[*corpus.Document]*corpus.Document{}
			}
			out[d] = o
		}
	}
	return out
}

// Sets finds the documents under directories and groups them into sets
// of language versions by the languages in their file and folder names
// (see corpus.FindSets). Load a set with LoadSpec.
func Sets(dirs ...string) (*corpus.Grouping, error) {
	return corpus.FindSets(dirs, corpus.GroupOptions{})
}

// LoadSpec loads a set found by Sets.
func LoadSpec(spec corpus.SetSpec, opts LoadOptions) (*corpus.Set, error) {
	vs := make([]Version, len(spec.Files))
	for i, f := range spec.Files {
		vs[i] = Version{Path: f.Path, Lang: f.Lang}
	}
	if opts.Key == "" {
		opts.Key = spec.Key
	}
	return LoadWith(opts, vs...)
}

// Align aligns the versions of a set block by block. A set of a single
// version has no alignment: Align returns nil and no error.
func Align(set *corpus.Set, opts AlignOptions) (*align.Alignment, error) {
	if set == nil || len(set.Versions) < 2 {
		return nil, nil
	}
	return align.Align(set, opts)
}

// Check runs the rules on an aligned set (al may be nil for a single
// version) and returns the findings, sorted. cfg may be nil for every
// rule at its default severity. Unless cfg sets OtherView, the original
// views of the Word files Load read are given to the rules.
func Check(set *corpus.Set, al *align.Alignment, cfg *rules.Config) ([]rules.Finding, error) {
	if cfg == nil || cfg.OtherView == nil {
		// The original views of the Word files Load read in both.
		if ov := viewsOf(set); ov != nil {
			c := rules.Config{}
			if cfg != nil {
				c = *cfg
			}
			c.OtherView = ov
			cfg = &c
		}
	}
	return rules.Run(set, al, cfg)
}

// Render prints a result in one of the formats of 'parity check': "text",
// "json", "sarif", "github" or "html".
func Render(w io.Writer, format string, r *Result) error {
	var ri []report.RuleInfo
	for _, rl := range rules.All() {
		ri = append(ri, report.RuleInfo{Name: rl.Name, Doc: rl.Doc, Severity: rl.Severity})
	}
	if format == "text" {
		return report.Text(w, r)
	}
	p, err := report.NewPrinter(format, w, report.PrintOptions{Rules: ri, ToolVersion: "library"})
	if err != nil {
		return fmt.Errorf("parity: %w", err)
	}
	if err := p.Add(r); err != nil {
		return err
	}
	var s report.Summary
	s.Add(r)
	return p.Close(&s)
}
