// Package baseline records the findings a document collection has today so
// that a CI gate reports only new ones.
//
// A finding is identified by a fingerprint computed from its rule, the
// languages of its locations, the marker path of the block it points at
// (the section and the chain of list markers above it: "resolves/3/b") and
// the block's normalized text. Line numbers are not part of it, so a
// finding keeps its identity when unrelated text above it moves; it
// changes when the block itself is edited, which is what a reviewer wants
// to look at again.
//
// The file is JSON:
//
//	{"schema": "parity-baseline/1",
//	 "findings": [{"fingerprint": "9f2c…", "rule": "numbers/parity",
//	               "path": "res75_zh.txt", "message": "…"}]}
//
// Only fingerprints matter when filtering; rule, path and message are for
// the people who read the file. A fingerprint that occurs n times in the
// baseline suppresses at most n findings.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/rules"
)

// Schema is the version of the baseline file format.
const Schema = "parity-baseline/1"

// Entry is one recorded finding.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path,omitempty"`
	Message     string `json:"message,omitempty"`
}

// Baseline is a set of recorded findings.
type Baseline struct {
	Schema   string  `json:"schema"`
	Findings []Entry `json:"findings"`
}

// Fingerprint returns the stable identity of a finding among the versions
// it was found in (which give the blocks' markers and text). It is a hex
// SHA-256 prefix of 32 characters.
func Fingerprint(f *rules.Finding, versions []*corpus.Document) string {
	h := sha256.New()
	write := func(s string) {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	write(f.Rule)
	langs := []string{locLang(f.Location, versions)}
	var rel []string
	for _, r := range f.Related {
		rel = append(rel, locLang(r, versions))
	}
	sort.Strings(rel)
	langs = append(langs, rel...)
	write(strings.Join(langs, ","))
	write(anchor(f.Location, versions))
	// Related places complete the identity of findings about one block
	// that differ in their counterparts.
	var ra []string
	for _, r := range f.Related {
		ra = append(ra, anchor(r, versions))
	}
	sort.Strings(ra)
	write(strings.Join(ra, "\x01"))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func findDoc(loc rules.Location, versions []*corpus.Document) *corpus.Document {
	for _, d := range versions {
		if d != nil && d.ID == loc.Version {
			return d
		}
	}
	for _, d := range versions {
		if d != nil && loc.Path != "" && d.Path == loc.Path {
			return d
		}
	}
	return nil
}

func locLang(loc rules.Location, versions []*corpus.Document) string {
	if loc.Lang != "" {
		return loc.Lang
	}
	if d := findDoc(loc, versions); d != nil {
		return d.Lang
	}
	return loc.Version
}

// anchor is the marker path and normalized text of the located block.
func anchor(loc rules.Location, versions []*corpus.Document) string {
	d := findDoc(loc, versions)
	if d == nil || loc.Block < 0 || loc.Block >= len(d.Blocks) {
		return ""
	}
	return MarkerPath(d, loc.Block) + "\x01" + Normalize(d.Blocks[loc.Block].Text)
}

// MarkerPath returns the section and the chain of markers leading to a
// block: the marker of each enclosing block of lower level, outermost
// first, then the block's own ("resolves/3/b"). Blocks without a marker
// contribute nothing.
func MarkerPath(d *corpus.Document, i int) string {
	if i < 0 || i >= len(d.Blocks) {
		return ""
	}
	b := &d.Blocks[i]
	var chain []string
	if b.Marker != nil {
		chain = append(chain, markerKey(b))
	}
	level := b.Level
	for j := i - 1; j >= 0 && level > 0; j-- {
		p := &d.Blocks[j]
		if p.Kind == corpus.KindFootnote || p.Level >= level {
			continue
		}
		level = p.Level
		if p.Marker != nil {
			chain = append(chain, markerKey(p))
		}
	}
	// Nearest numbered heading (an article) above a top-level block.
	for j := i - 1; j >= 0; j-- {
		p := &d.Blocks[j]
		if p.Kind == corpus.KindHeading && p.Marker != nil {
			chain = append(chain, markerKey(p))
			break
		}
	}
	for l, r := 0, len(chain)-1; l < r; l, r = l+1, r-1 {
		chain[l], chain[r] = chain[r], chain[l]
	}
	if b.Section != "" {
		chain = append([]string{b.Section}, chain...)
	}
	return strings.Join(chain, "/")
}

// markerKey reads a marker by value so that the key is the same whatever
// the script: "e)", "(e)" and "д)" are all 5.
func markerKey(b *corpus.Block) string {
	m := b.Marker
	if m.Value > 0 {
		key := fmt.Sprint(m.Value)
		if len(m.Path) > 0 {
			parts := make([]string, len(m.Path))
			for i, v := range m.Path {
				parts[i] = fmt.Sprint(v)
			}
			key = strings.Join(parts, ".")
		}
		if u := m.Unit.String(); u != "" {
			key = u + " " + key
		}
		return key
	}
	return m.Raw
}

// Normalize folds text for fingerprints: NFKC (full-width digits and
// brackets become ASCII), lower case, and runs of white space made one
// space.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// New records findings (each with the versions of its set; see
// Fingerprint). Entries are sorted.
func New() *Baseline { return &Baseline{Schema: Schema} }

// Add records the findings of one set.
func (b *Baseline) Add(findings []rules.Finding, versions []*corpus.Document) {
	for i := range findings {
		f := &findings[i]
		b.Findings = append(b.Findings, Entry{
			Fingerprint: Fingerprint(f, versions),
			Rule:        f.Rule,
			Path:        f.Location.Path,
			Message:     f.Message,
		})
	}
}

// Sort orders the entries by fingerprint, then path and message, so that
// the file does not depend on the order sets were checked in.
func (b *Baseline) Sort() {
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.Fingerprint != y.Fingerprint {
			return x.Fingerprint < y.Fingerprint
		}
		if x.Path != y.Path {
			return x.Path < y.Path
		}
		return x.Message < y.Message
	})
}

// Write writes the baseline as indented JSON, sorted.
func (b *Baseline) Write(w io.Writer) error {
	b.Sort()
	if b.Findings == nil {
		b.Findings = []Entry{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Read reads a baseline file. Errors name the file and, for syntax
// errors, the line.
func Read(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("baseline: %s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse parses a baseline; name is used in error messages.
func Parse(name string, data []byte) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		line := 0
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			line = lineOf(data, se.Offset)
		case errors.As(err, &te):
			line = lineOf(data, te.Offset)
		case errors.Is(err, io.EOF):
			return nil, fmt.Errorf("baseline: %s: empty file (want a parity baseline written by --write-baseline)", name)
		}
		msg := strings.TrimPrefix(err.Error(), "json: ")
		if line > 0 {
			return nil, fmt.Errorf("baseline: %s:%d: %s", name, line, msg)
		}
		return nil, fmt.Errorf("baseline: %s: %s", name, msg)
	}
	if dec.More() {
		return nil, fmt.Errorf("baseline: %s:%d: unexpected data after the baseline", name, lineOf(data, dec.InputOffset()))
	}
	if b.Schema != Schema {
		return nil, fmt.Errorf("baseline: %s: schema %q, want %q (write it with 'parity check --write-baseline')", name, b.Schema, Schema)
	}
	for i, e := range b.Findings {
		if len(e.Fingerprint) != 32 || strings.Trim(e.Fingerprint, "0123456789abcdef") != "" {
			return nil, fmt.Errorf("baseline: %s: finding %d: malformed fingerprint %q", name, i+1, e.Fingerprint)
		}
	}
	return &b, nil
}

func lineOf(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

// Filter is a baseline being applied: it remembers how many times each
// fingerprint may still be suppressed. Use one Filter for a whole run.
type Filter struct {
	left map[string]int
}

// NewFilter prepares a baseline for filtering.
func (b *Baseline) NewFilter() *Filter {
	f := &Filter{left: map[string]int{}}
	for _, e := range b.Findings {
		f.left[e.Fingerprint]++
	}
	return f
}

// Apply returns the findings that are not in the baseline (filtering the
// slice in place) and the number suppressed.
func (f *Filter) Apply(findings []rules.Finding, versions []*corpus.Document) ([]rules.Finding, int) {
	out := findings[:0]
	n := 0
	for i := range findings {
		fp := Fingerprint(&findings[i], versions)
		if f.left[fp] > 0 {
			f.left[fp]--
			n++
			continue
		}
		out = append(out, findings[i])
	}
	return out, n
}
