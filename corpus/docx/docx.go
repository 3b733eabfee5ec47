// Package docx reads Word documents (.docx) the way their readers see
// them, into corpus blocks.
//
// A DOCX file with tracked changes has two texts: the final one, with
// every revision accepted, and the original one, with every revision
// rejected. Read returns either (corpus.Options.View "final", the
// default, or "original"); ReadBoth returns both from one pass over the
// file. Each block records how revisions touch it (inserted, deleted,
// changed or none): in the final view a block can be inserted or changed,
// in the original view deleted or changed.
//
// Automatic numbering is rendered from word/numbering.xml as Word renders
// it: abstract definitions and their instances, levels and lvlText
// patterns such as "%1)" or "%1.%2", start values and overrides, restarts,
// continuation across other paragraphs, isLgl, numbering given by styles,
// and Word's number formats (decimal, letters, roman, Cyrillic and Arabic
// letters, Chinese counting, circled and full-width digits, ordinals, and
// number words in English, French and Russian). The rendered label becomes
// the block's marker, parsed like a typed marker, so that a list numbered
// automatically in one language compares with a list typed by hand in
// another. Typed markers stay in the block text for corpus.Segment to parse.
//
// One block is made per paragraph and per table cell (a row whose first
// cell holds only a marker is one item block); footnotes and endnotes are
// footnote blocks after the body, linked by label to the blocks that
// reference them. Fields show their result, not their code; content
// controls, tabs and breaks are read as text; hidden text (w:vanish) is
// left out. The first bookmark of a paragraph (the target of REF fields)
// becomes its block's Anchor. Block.Line is the 1-based number of the
// paragraph in word/document.xml (footnote bodies: that of the paragraph
// that references them), the same in both views.
//
// Not read: headers and footers, comments, text boxes and drawings, and
// numbering inside footnotes.
//
// Revision states follow what a reader compares: text inserted or
// deleted, paragraph marks, table rows, moves, and changes to a
// paragraph's numbering or style. Formatting-only revisions (run,
// paragraph alignment, section and table properties) leave a block "none".
//
// The reader is defensive: the zip archive is read with limits on the
// decompressed size and the number of entries, parts are streamed through
// encoding/xml with DOCTYPE declarations refused, and every problem is a
// one-line corpus.InputError naming the file.
package docx

import (
	"errors"
	"fmt"
	"io"

	"github.com/paritydoc/parity/corpus"
)

func init() {
	corpus.RegisterFormat("docx", Sniff, Read)
	corpus.RegisterViews("docx", ReadBoth)
}

// View names.
const (
	ViewFinal    = "final"
	ViewOriginal = "original"
)

// Read reads a DOCX file held in data and returns the view opts.View asks
// for: "final" (the default, all revisions accepted) or "original" (all
// rejected). opts.MaxBytes, when set, is the limit on the decompressed
// size of the archive. path names the file in errors only.
func Read(path string, data []byte, opts corpus.Options) (*corpus.Document, error) {
	view := opts.View
	if view == "" {
		view = ViewFinal
	}
	if view != ViewFinal && view != ViewOriginal {
		return nil, inputError(path, fmt.Errorf("unknown view %q (want %s or %s)", view, ViewFinal, ViewOriginal))
	}
	d, err := parse(data, limitsFor(opts))
	if err != nil {
		return nil, inputError(path, err)
	}
	return d.document(path, view, opts), nil
}

// ReadBoth reads a DOCX file once and returns both views: final (all
// revisions accepted) and original (all rejected). opts.View is ignored.
func ReadBoth(path string, data []byte, opts corpus.Options) (final, original *corpus.Document, err error) {
	d, err := parse(data, limitsFor(opts))
	if err != nil {
		return nil, nil, inputError(path, err)
	}
	return d.document(path, ViewFinal, opts), d.document(path, ViewOriginal, opts), nil
}

// ReadWithLimits is Read with explicit archive limits (for callers that
// need to raise the entry count or bound single parts).
func ReadWithLimits(path string, data []byte, opts corpus.Options, lim Limits) (*corpus.Document, error) {
	d, err := parse(data, lim.withDefaults())
	if err != nil {
		return nil, inputError(path, err)
	}
	view := opts.View
	if view == "" {
		view = ViewFinal
	}
	if view != ViewFinal && view != ViewOriginal {
		return nil, inputError(path, fmt.Errorf("unknown view %q (want %s or %s)", view, ViewFinal, ViewOriginal))
	}
	return d.document(path, view, opts), nil
}

func limitsFor(opts corpus.Options) Limits {
	return Limits{MaxTotal: opts.MaxBytes}.withDefaults()
}

func inputError(path string, err error) error {
	return &corpus.InputError{Path: path, Err: err}
}

func (d *document) document(path, view string, opts corpus.Options) *corpus.Document {
	doc := &corpus.Document{
		Path:     path,
		Format:   "docx",
		Encoding: "utf-8",
		View:     view,
		Lang:     opts.Lang,
		Blocks:   d.build(view == ViewFinal),
	}
	corpus.Segment(doc, opts)
	return doc
}

// parse reads the parts of the archive that parity needs.
func parse(data []byte, lim Limits) (*document, error) {
	a, err := openArchive(data, lim)
	if err != nil {
		return nil, err
	}
	pn, err := a.findParts()
	if err != nil {
		return nil, err
	}
	d := &document{}
	if a.has(pn.styles) {
		root, err := a.readTree(pn.styles)
		if err != nil {
			return nil, err
		}
		d.st = parseStyles(root)
	} else {
		d.st = parseStyles(nil)
	}
	if a.has(pn.numbering) {
		root, err := a.readTree(pn.numbering)
		if err != nil {
			return nil, err
		}
		d.nb = parseNumbering(root, d.st)
	} else {
		d.nb = parseNumbering(nil, d.st)
	}
	if d.body, err = readStory(a, pn.document, false); err != nil {
		return nil, err
	}
	if a.has(pn.footnotes) {
		if d.footnotes, err = readStory(a, pn.footnotes, false); err != nil {
			return nil, err
		}
	}
	if a.has(pn.endnotes) {
		if d.endnotes, err = readStory(a, pn.endnotes, true); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func readStory(a *archive, name string, endnotes bool) (*story, error) {
	rc, err := a.open(name)
	if err != nil {
		if errors.Is(err, errMissing) {
			return nil, fmt.Errorf("%w: the archive has no %s", ErrNotDocx, name)
		}
		return nil, err
	}
	defer rc.Close()
	s, err := parseStory(rc, name, endnotes)
	if err != nil {
		return nil, err
	}
	// Drain what the decoder did not read so truncation is noticed.
	if _, err := io.Copy(io.Discard, rc); err != nil {
		return nil, err
	}
	return s, nil
}
