package report

import (
	"fmt"
	"io"
)

// Printer writes the results of a 'parity check' run set by set, in the
// order they are added, then the summary. Printers stream: they keep at
// most the findings of the sets (SARIF), never the documents.
type Printer interface {
	// Add prints (or records) one set's result.
	Add(r *Result) error
	// Close ends the report with the summary of the run.
	Close(s *Summary) error
}

// Formats lists the report formats of 'parity check'.
var Formats = []string{"text", "json", "sarif", "github", "html"}

// PrintOptions configure NewPrinter.
type PrintOptions struct {
	// Color is for the text format on a terminal.
	Color bool
	// Rules describe the rules of the run (SARIF metadata, HTML filters).
	Rules []RuleInfo
	// ToolVersion is written into SARIF.
	ToolVersion string
	// Sets selects the directory-mode document for JSON and HTML
	// (several sets and a summary) instead of the single-set one.
	Sets bool
}

// NewPrinter returns the printer of a format (one of Formats).
func NewPrinter(format string, w io.Writer, opt PrintOptions) (Printer, error) {
	switch format {
	case "text":
		return &textPrinter{w: w, opt: TextOptions{Color: opt.Color}}, nil
	case "github":
		return &githubPrinter{w: w}, nil
	case "sarif":
		return &sarifPrinter{NewSARIFWriter(w, opt.Rules, opt.ToolVersion)}, nil
	case "json":
		if opt.Sets {
			return &jsonSetsPrinter{NewJSONSetsWriter(w, JSON)}, nil
		}
		return &jsonPrinter{w: w}, nil
	case "html":
		return NewHTMLReport(w, opt.Rules, opt.Sets), nil
	}
	return nil, fmt.Errorf("unknown format %q (want text, json, sarif, github or html)", format)
}

type textPrinter struct {
	w   io.Writer
	opt TextOptions
}

func (p *textPrinter) Add(r *Result) error    { return TextFindings(p.w, r, p.opt) }
func (p *textPrinter) Close(s *Summary) error { return TextSummary(p.w, s, p.opt) }

type githubPrinter struct{ w io.Writer }

func (p *githubPrinter) Add(r *Result) error  { return GitHub(p.w, r) }
func (p *githubPrinter) Close(*Summary) error { return nil }

type sarifPrinter struct{ s *SARIFWriter }

func (p *sarifPrinter) Add(r *Result) error  { return p.s.Add(r) }
func (p *sarifPrinter) Close(*Summary) error { return p.s.Close() }

type jsonSetsPrinter struct{ j *JSONSetsWriter }

func (p *jsonSetsPrinter) Add(r *Result) error    { return p.j.Add(r) }
func (p *jsonSetsPrinter) Close(s *Summary) error { return p.j.Close(s) }

// jsonPrinter writes the single-set document of the one result added.
type jsonPrinter struct {
	w io.Writer
	n int
}

func (p *jsonPrinter) Add(r *Result) error {
	p.n++
	if p.n > 1 {
		return fmt.Errorf("report: json: several sets need the directory-mode document")
	}
	return JSON(p.w, r)
}

func (p *jsonPrinter) Close(*Summary) error { return nil }
