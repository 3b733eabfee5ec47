package report

import (
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/rules"
)

// Line and column of a finding are derived here, once, when printing, and
// by the same function that gives blocks their Line:
// corpus.Document.Position. It counts lines the way editors, grep and
// GitHub do: LF and CRLF end a line, and a CR alone ends one only in a file
// that has no LF at all (old Mac files). A stray CR inside an LF file (EUR-Lex
// pages carry hundreds) is not a line end, so a finding in such a file
// points at the line an editor shows.
//
// Every printer reads the findings of a result through positioned, never
// through Result.Findings directly.

// positioned returns the findings of r with the line and column of every
// location (primary and related) derived from its version's source text
// by corpus.Document.Position. Locations in versions without source text
// (DOCX, whose line is the paragraph number) or that name no block or span
// keep the line they have. r is not modified.
func positioned(r *Result) []rules.Finding {
	if len(r.Findings) == 0 {
		return r.Findings
	}
	out := make([]rules.Finding, len(r.Findings))
	for i, f := range r.Findings {
		f.Location = Locate(r.Versions, f.Location)
		if len(f.Related) > 0 {
			rel := make([]rules.Location, len(f.Related))
			for j, rl := range f.Related {
				rel[j] = Locate(r.Versions, rl)
			}
			f.Related = rel
		}
		out[i] = f
	}
	return out
}

// Locate returns l with its line and column derived from the byte span
// (or, when it has none, its block's span) and the source text of its
// version among docs (found by ID, else by path), with
// corpus.Document.Position: the convention blocks' lines follow. A
// location that names no span and no block, or whose version has no
// source text, is returned unchanged.
func Locate(docs []*corpus.Document, l rules.Location) rules.Location {
	d := docOf(docs, l)
	if d == nil || d.Source == "" {
		return l
	}
	off := l.Span.Start
	if l.Span == (corpus.Span{}) {
		if l.Block < 0 || l.Block >= len(d.Blocks) {
			return l
		}
		off = d.Blocks[l.Block].Span.Start
	}
	if off < 0 || off > len(d.Source) {
		return l
	}
	l.Line, l.Column = d.Position(off)
	return l
}

// docOf finds the version a location is in: by ID, else by path when a
// single version has it.
func docOf(docs []*corpus.Document, l rules.Location) *corpus.Document {
	if l.Version != "" {
		for _, d := range docs {
			if d != nil && d.ID == l.Version {
				return d
			}
		}
	}
	var found *corpus.Document
	for _, d := range docs {
		if d != nil && l.Path != "" && d.Path == l.Path {
			if found != nil {
				return nil
			}
			found = d
		}
	}
	return found
}
