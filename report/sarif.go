package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/paritydoc/parity/baseline"
	"github.com/paritydoc/parity/rules"
)

// SARIFVersion is the version of the SARIF standard parity writes.
const SARIFVersion = "2.1.0"

const sarifSchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

// The wire structs of the SARIF 2.1.0 subset parity writes.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string       `json:"id"`
		ShortDescription     sarifText    `json:"shortDescription"`
		FullDescription      sarifText    `json:"fullDescription"`
		Help                 sarifText    `json:"help"`
		DefaultConfiguration sarifRuleCfg `json:"defaultConfiguration"`
	}
	sarifRuleCfg struct {
		Level string `json:"level"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifText    `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
)

// FingerprintKey is the partialFingerprints key of parity's finding
// identity (the baseline fingerprint).
const FingerprintKey = "parityFinding/v1"

// SARIFLevel maps a severity to a SARIF level: error, warning, note.
func SARIFLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}

// SARIF writes results as one SARIF 2.1.0 log with one run. The rules
// become the tool's rule metadata (id, descriptions from the doc, default
// level), in the order given; findings of rules not listed get an entry of
// their own. Each finding's related places in the other versions become
// relatedLocations, and its baseline fingerprint a partial fingerprint, so
// that code-scanning tools follow it across commits.
func SARIF(w io.Writer, results []*Result, rs []RuleInfo, toolVersion string) error {
	s := NewSARIFWriter(w, rs, toolVersion)
	for _, r := range results {
		if err := s.Add(r); err != nil {
			return err
		}
	}
	return s.Close()
}

// SARIFWriter collects results set by set and writes the log on Close.
// It keeps only the converted findings, not the documents.
type SARIFWriter struct {
	w       io.Writer
	log     sarifLog
	index   map[string]int
	results []sarifResult
}

// NewSARIFWriter starts a SARIF log.
func NewSARIFWriter(w io.Writer, rs []RuleInfo, toolVersion string) *SARIFWriter {
	s := &SARIFWriter{w: w, index: map[string]int{}}
	s.log = sarifLog{Schema: sarifSchemaURI, Version: SARIFVersion}
	s.log.Runs = []sarifRun{{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "parity",
			InformationURI: "https://github.com/paritydoc/parity",
			Version:        toolVersion,
			Rules:          []sarifRule{},
		}},
		ColumnKind: "unicodeCodePoints",
	}}
	for _, r := range rs {
		s.addRule(r)
	}
	return s
}

func (s *SARIFWriter) addRule(r RuleInfo) int {
	if i, ok := s.index[r.Name]; ok {
		return i
	}
	doc := strings.TrimSpace(r.Doc)
	if doc == "" {
		doc = r.Name
	}
	drv := &s.log.Runs[0].Tool.Driver
	drv.Rules = append(drv.Rules, sarifRule{
		ID:                   r.Name,
		ShortDescription:     sarifText{firstSentence(doc)},
		FullDescription:      sarifText{doc},
		Help:                 sarifText{doc},
		DefaultConfiguration: sarifRuleCfg{Level: SARIFLevel(r.Severity)},
	})
	s.index[r.Name] = len(drv.Rules) - 1
	return len(drv.Rules) - 1
}

// Add converts the findings of one result.
func (s *SARIFWriter) Add(r *Result) error {
	findings := positioned(r)
	for i := range findings {
		f := &findings[i]
		idx, ok := s.index[f.Rule]
		if !ok {
			idx = s.addRule(RuleInfo{Name: f.Rule, Severity: f.Severity})
		}
		res := sarifResult{
			RuleID:              f.Rule,
			RuleIndex:           idx,
			Level:               SARIFLevel(f.Severity),
			Message:             sarifText{singleLine(f.Message)},
			Locations:           []sarifLocation{sarifLoc(f.Location)},
			PartialFingerprints: map[string]string{FingerprintKey: baseline.Fingerprint(f, r.Versions)},
		}
		for j, rl := range f.Related {
			l := sarifLoc(rl)
			id := j + 1
			l.ID = &id
			who := rl.Version
			if rl.Lang != "" && rl.Lang != rl.Version {
				who += " (" + rl.Lang + ")"
			}
			l.Message = &sarifText{"the " + who + " version"}
			res.RelatedLocations = append(res.RelatedLocations, l)
		}
		s.results = append(s.results, res)
	}
	return nil
}

// Close writes the log.
func (s *SARIFWriter) Close() error {
	s.log.Runs[0].Results = s.results
	if s.log.Runs[0].Results == nil {
		s.log.Runs[0].Results = []sarifResult{}
	}
	bw := bufio.NewWriter(s.w)
	enc := json.NewEncoder(bw)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&s.log); err != nil {
		return fmt.Errorf("report: sarif: %w", err)
	}
	return bw.Flush()
}

func sarifLoc(l rules.Location) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: fileURI(l.Path)}}}
	if l.Line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: l.Line, StartColumn: l.Column}
	}
	return loc
}

// fileURI turns a path into a URI reference: relative paths stay relative
// (code scanning resolves them against the repository root), absolute ones
// become file: URIs.
func fileURI(p string) string {
	slash := filepath.ToSlash(p)
	u := url.URL{Path: slash}
	if filepath.IsAbs(p) {
		u.Scheme = "file"
		if !strings.HasPrefix(slash, "/") {
			u.Path = "/" + slash
		}
		return u.String()
	}
	s := u.String()
	// A relative path with a colon in its first segment would read as a scheme.
	if i := strings.IndexByte(s, ':'); i >= 0 && !strings.Contains(s[:i], "/") {
		s = "./" + s
	}
	return s
}

// firstSentence returns the doc's first sentence.
func firstSentence(doc string) string {
	doc = singleLine(doc)
	for i := 0; i < len(doc); i++ {
		if doc[i] == '.' && (i+1 == len(doc) || doc[i+1] == ' ') {
			return doc[:i+1]
		}
	}
	return doc
}
