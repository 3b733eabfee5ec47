// Package detect identifies the language of parity's blocks and documents
// with the script first and lingua-go second.
//
// The script decides wherever it can: Han is Chinese, kana Japanese,
// Hangul Korean, Arabic Arabic, Greek Greek, Cyrillic Russian (see
// lang.ScriptDetector). Only where several candidate languages share a
// script (English, French and Spanish share Latin; Russian and Ukrainian
// share Cyrillic) does a lingua-go detector decide, built for exactly
// those candidates. The command line builds one per set of versions, from
// that set's own languages (sets with the same candidates share it), so a
// set's result never depends on the other sets of a run.
//
// This is the only package of parity that imports lingua-go. Its models
// are embedded in the binary (about 120 MB for all languages), so library
// packages (corpus, align, rules, report) must not import this one: they
// take a lang.Detector, and the command line builds it here.
//
// Language-neutral text (a marker alone, numbers, acronyms such as
// WSIS+20; see lang.Neutral) is lang.Und with confidence 0, and so is text
// in a shared script that is too short for lingua-go (DefaultMinLetters)
// or on which lingua-go's confidence falls below DefaultThreshold. The
// script still decides short text in a script of its own: "考虑到" is zh.
//
// Typical use, once per set of candidates:
//
//	d, err := detect.New([]string{"en", "fr", "es", "ru", "zh", "ar"})
//	...
//	code, conf := d.Detect(block.Text)                 // one block
//	code, conf = d.(lang.DocumentDetector).Document(texts) // a whole version
package detect

import (
	"fmt"
	"sort"

	"github.com/paritydoc/parity/lang"
	"github.com/pemistahl/lingua-go"
)

// Defaults of Options.
const (
	// DefaultThreshold is the lingua-go confidence under which a block is
	// Und: at 0.5 or below, another candidate is about as likely as the
	// winner. Raising it to 0.7 turns few wrong answers on short blocks
	// into many undecided ones (see BENCHMARKS.md); the length threshold
	// below does more for them.
	DefaultThreshold = 0.5
	// DefaultMinLetters is the number of letters of real words (see
	// lang.WordLetters) a block needs before lingua-go is asked in the
	// default (low-accuracy, trigram) mode: below it, text in a script
	// shared by several candidates is Und. Measured on short English,
	// French and Spanish blocks (BENCHMARKS.md), trigrams are wrong on
	// about one block in ten under 20 letters and on almost none from 20.
	DefaultMinLetters = 20
	// DefaultMinLettersHigh is the same threshold in high-accuracy mode,
	// whose uni- to five-gram models are reliable on shorter text.
	DefaultMinLettersHigh = 12
)

// Options tune a Detector. The zero value selects the defaults.
type Options struct {
	// HighAccuracy loads lingua-go's uni- to five-gram models instead of
	// the trigram models alone. lingua-go uses them only for texts shorter
	// than 120 characters; they cost about twenty times the heap and ten
	// times the start-up time (see BENCHMARKS.md). New leaves it off.
	HighAccuracy bool
	// Threshold overrides DefaultThreshold when positive.
	Threshold float64
	// MinLetters overrides DefaultMinLetters (DefaultMinLettersHigh in
	// high-accuracy mode) when positive.
	MinLetters int
	// Script chooses the language a script stands for when no candidate
	// is written in it (for instance {"Cyrillic": "uk"}).
	Script lang.ScriptDetector
}

// Detector is the language detector of a run. It is safe for concurrent
// use. Build it with New or NewWithOptions.
type Detector struct {
	candidates []string
	groups     map[string]*group // keyed by script name
	opts       Options
}

// group is the candidate languages written in one script.
type group struct {
	codes  []string                // sorted
	lingua lingua.LanguageDetector // nil unless len(codes) >= 2
	code   map[lingua.Language]string
}

// New builds the detector for the candidate languages, given as BCP 47
// codes ("en", "fr", "es", "zh-Hans"; only the base code counts). An
// unknown or unsupported code is an error naming it.
func New(candidates []string) (lang.Detector, error) {
	d, err := NewWithOptions(candidates, Options{})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// NewWithOptions is New with options.
func NewWithOptions(candidates []string, opts Options) (*Detector, error) {
	if opts.Threshold <= 0 {
		opts.Threshold = DefaultThreshold
	}
	if opts.MinLetters <= 0 {
		opts.MinLetters = DefaultMinLetters
		if opts.HighAccuracy {
			opts.MinLetters = DefaultMinLettersHigh
		}
	}
	d := &Detector{groups: map[string]*group{}, opts: opts}
	seen := map[string]bool{}
	for _, c := range candidates {
		code := lang.Base(c)
		if code == "" || code == lang.Und {
			continue
		}
		if seen[code] {
			continue
		}
		seen[code] = true
		script, ok := scriptOfLanguage(code)
		if !ok {
			return nil, fmt.Errorf("detect: unknown or unsupported language code %q", c)
		}
		g := d.groups[script]
		if g == nil {
			g = &group{code: map[lingua.Language]string{}}
			d.groups[script] = g
		}
		g.codes = append(g.codes, code)
		d.candidates = append(d.candidates, code)
	}
	sort.Strings(d.candidates)
	for _, g := range d.groups {
		sort.Strings(g.codes)
		if len(g.codes) < 2 {
			continue
		}
		langs := make([]lingua.Language, 0, len(g.codes))
		for _, c := range g.codes {
			l := linguaLanguage(c)
			if l == lingua.Unknown {
				// Only languages lingua-go knows reach a shared-script
				// group (see scriptOfLanguage); keep the guard anyway.
				return nil, fmt.Errorf("detect: language %q has no lingua-go model", c)
			}
			langs = append(langs, l)
			g.code[l] = c
		}
		b := lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithPreloadedLanguageModels()
		if !opts.HighAccuracy {
			b = b.WithLowAccuracyMode()
		}
		g.lingua = b.Build()
	}
	return d, nil
}

// Candidates returns the candidate languages the detector was built for,
// sorted, as base codes.
func (d *Detector) Candidates() []string {
	return append([]string(nil), d.candidates...)
}

// Detect implements lang.Detector: the language of one block and a
// confidence in [0,1], or (lang.Und, 0) for neutral, short or ambiguous
// text.
func (d *Detector) Detect(text string) (string, float64) {
	if lang.Neutral(text) {
		return lang.Und, 0
	}
	script, share := dominantScript(text)
	g := d.groups[script]
	switch {
	case g == nil:
		// No candidate is written in this script: the script alone tells
		// the language where it can (Arabic text in a French/English set
		// is still Arabic), and Latin text stays undetermined.
		if l := d.opts.Script.Language(script); l != "" {
			return l, share
		}
		return lang.Und, 0
	case g.lingua == nil:
		// One candidate in this script: it is the only possible answer
		// among the candidates.
		if script == "Latin" && lang.WordLetters(text) < d.opts.MinLetters {
			return lang.Und, 0
		}
		return g.codes[0], share
	}
	if lang.WordLetters(text) < d.opts.MinLetters {
		return lang.Und, 0
	}
	values := g.lingua.ComputeLanguageConfidenceValues(text)
	if len(values) == 0 {
		return lang.Und, 0
	}
	best := values[0]
	if best.Value() < d.opts.Threshold {
		return lang.Und, 0
	}
	code, ok := g.code[best.Language()]
	if !ok {
		return lang.Und, 0
	}
	return code, best.Value() * share
}

// Document implements lang.DocumentDetector: the language of a whole
// document, by a vote of its blocks weighted by their length and
// confidence (see lang.DocumentLanguage), so a few untranslated blocks do
// not change it.
func (d *Detector) Document(texts []string) (string, float64) {
	return lang.DocumentLanguage(d, texts)
}

// dominantScript returns the script of the text as the detector groups
// languages (Han with kana counts as "Kana", for Japanese) and the share
// of the letters written in it.
func dominantScript(text string) (string, float64) {
	c := lang.CountScripts(text)
	s := c.Dominant()
	n := c.ByScript[s]
	if s == "Han" {
		if kana := c.ByScript["Kana"]; kana > 0 && 20*kana >= kana+n {
			s, n = "Kana", n+kana
		}
	}
	if c.Letters == 0 {
		return s, 0
	}
	return s, float64(n) / float64(c.Letters)
}

// ScriptOf returns the script (as lang.Script names it) in which the
// detector expects the language of a BCP 47 code to be written: "Latin"
// for "en" or "fr", "Cyrillic" for "ru", "Han" for "zh". ok is false for a
// code the detector does not support.
func ScriptOf(code string) (script string, ok bool) {
	return scriptOfLanguage(lang.Base(code))
}

// linguaLanguage maps a base code to lingua-go's language, or Unknown.
func linguaLanguage(code string) lingua.Language {
	iso := lingua.GetIsoCode639_1FromValue(code)
	if iso == lingua.UnknownIsoCode639_1 {
		return lingua.Unknown
	}
	return lingua.GetLanguageFromIsoCode639_1(iso)
}

// scriptOfLanguage returns the script name (as lang.Script reports it) a
// language is written in: lingua-go's script groups for the languages it
// models in Latin, Cyrillic, Arabic and Devanagari script, and the
// languages lang.ScriptLanguage ties to their own script (zh, ja, ko, el,
// he, th ...).
func scriptOfLanguage(code string) (string, bool) {
	for _, s := range lang.ScriptNames() {
		if lang.ScriptLanguage(s) == code {
			if s != "Cyrillic" && s != "Arabic" && s != "Devanagari" {
				return s, true
			}
		}
	}
	l := linguaLanguage(code)
	if l == lingua.Unknown {
		return "", false
	}
	for _, sg := range []struct {
		name  string
		langs []lingua.Language
	}{
		{"Latin", lingua.AllLanguagesWithLatinScript()},
		{"Cyrillic", lingua.AllLanguagesWithCyrillicScript()},
		{"Arabic", lingua.AllLanguagesWithArabicScript()},
		{"Devanagari", lingua.AllLanguagesWithDevanagariScript()},
	} {
		for _, x := range sg.langs {
			if x == l {
				return sg.name, true
			}
		}
	}
	return "", false
}
