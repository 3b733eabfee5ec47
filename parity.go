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
	"path/filepath"
	"strings"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	_ "github.com/paritydoc/parity/corpus/docx" // registers the DOCX reader
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/lang/detect"
	"github.com/paritydoc/parity/report"
	"github.com/paritydoc/parity/rules"
)

// A Version names one file to load and, optionally, its language.
type Version struct {
	// Path is the file.
	Path string
	// Lang is its language as a BCP 47 code ("zh", "fr"); empty to take it
	// from the file name or detect it.
	Lang string
}

// LoadOptions adjust Load. The zero value detects everything.
type LoadOptions struct {
	// Key names the set.
	Key string
	// Encoding forces the encoding of text files ("gb18030"); empty detects it.
	Encoding string
	// Detector identifies the language of blocks and documents; nil builds
	// the same detector as the parity command, for the versions' languages.
	Detector lang.Detector
}

// Result is what Render prints: the versions, their alignment and the findings.
type Result = report.Result

// AlignOptions adjust Align (pivot version, moved blocks).
type AlignOptions = align.Options

// Load reads the versions of one document into a set. Each version gets
// an ID, its language code (with a suffix when two share a language).
// Errors name the file, and the line where the input was wrong.
func Load(versions ...Version) (*corpus.Set, error) {
	return LoadWith(LoadOptions{}, versions...)
}

// LoadWith is Load with options.
func LoadWith(opts LoadOptions, versions ...Version) (*corpus.Set, error) {
	if len(versions) == 0 {
		return nil, fmt.Errorf("parity: no versions to load")
	}
	langs := make([]string, len(versions))
	for i, v := range versions {
		langs[i] = v.Lang
		if langs[i] == "" {
			if l, _, ok := corpus.LangFromName(strings.TrimSuffix(filepath.Base(v.Path), filepath.Ext(v.Path))); ok {
				langs[i] = l
			}
		}
	}
	det := opts.Detector
	if det == nil {
		d, err := newDetector(langs)
		if err != nil {
			return nil, err
		}
		det = d
	}
	set := &corpus.Set{Key: opts.Key}
	seen := map[string]int{}
	for i, v := range versions {
		d, err := corpus.ReadFile(v.Path, corpus.Options{Encoding: opts.Encoding, Lang: langs[i], Detector: det})
		if err != nil {
			return nil, err
		}
		id := d.Lang
		if id == "" || id == lang.Und {
			id = fmt.Sprintf("v%d", i+1)
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

// newDetector builds a language detector for the given languages plus
// the Latin-script languages most often met beside them.
func newDetector(langs []string) (lang.Detector, error) {
	cands := []string{"en", "fr", "es"}
	for _, l := range langs {
		base, _, _ := strings.Cut(l, "-")
		if base != "" && base != lang.Und {
			cands = append(cands, base)
		}
	}
	return detect.New(dedupe(cands))
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
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
// rule at its default severity.
func Check(set *corpus.Set, al *align.Alignment, cfg *rules.Config) ([]rules.Finding, error) {
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
