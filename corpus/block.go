// Package corpus reads the language versions of an official document and
// segments each into blocks: headings, list items, paragraphs and
// footnotes, each with its parsed marker, its language and its place in
// the source.
//
// A Document is one language version as read from one file (one view of it,
// for Word files with tracked changes). A Set is the versions of one
// document that are compared with each other.
//
// Readers exist for plain text in any common encoding, HTML, legislative
// XML (Akoma Ntoso, Justice Canada, UDHR XML) and DOCX. The format is
// decided from the content, not only from the file name; see Read.
package corpus

import (
	"github.com/paritydoc/parity/lang"
)

// Kind is what a block is in the document's structure.
type Kind uint8

// Block kinds.
const (
	// KindParagraph: running text.
	KindParagraph Kind = iota
	// KindHeading: a title, an article or chapter heading, or a section
	// heading such as "considering" / 考虑到 / considérant.
	KindHeading
	// KindItem: a list item, with a marker (typed or rendered automatic numbering).
	KindItem
	// KindFootnote: a footnote or endnote body.
	KindFootnote
)

var kindNames = [...]string{"paragraph", "heading", "item", "footnote"}

// String returns the stable name used in JSON output.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Revision says how a block stands with respect to tracked changes.
type Revision uint8

// Revision states.
const (
	// RevNone: no revision touches the block.
	RevNone Revision = iota
	// RevInserted: the whole block was inserted (absent from the original view).
	RevInserted
	// RevDeleted: the whole block was deleted (absent from the final view).
	RevDeleted
	// RevChanged: part of the block was inserted, deleted, or its properties
	// (numbering, style) changed.
	RevChanged
	// RevArtifact: plain text carrying flattened revision marks, such as the
	// run-together markers "ef)" (old "e)" and new "f)").
	RevArtifact
)

var revisionNames = [...]string{"none", "inserted", "deleted", "changed", "artifact"}

// String returns the stable name used in JSON output.
func (r Revision) String() string {
	if int(r) < len(revisionNames) {
		return revisionNames[r]
	}
	return "unknown"
}

// Span is a half-open byte range [Start, End) into Document.Source.
type Span struct {
	Start, End int
}

// Block is one segment of a document: a heading, a list item, a paragraph
// or a footnote body.
type Block struct {
	// Index is the block's position in Document.Blocks (0-based, stable).
	Index int
	// Line is the 1-based line where the block starts in the source file
	// (for DOCX: the 1-based paragraph number in the body).
	Line int
	// Span locates the whole block, marker included, in Document.Source.
	Span Span
	// Kind is heading, item, paragraph or footnote.
	Kind Kind
	// Revision is the block's revision state.
	Revision Revision
	// Amending is true for the blocks of an amending provision and of the
	// text it quotes (Justice Canada XML: an element with type="amending",
	// AmendedText): their references point into the Act being amended, not
	// into this document.
	Amending bool
	// Level is the nesting depth: 0 for top-level text and headings, 1 for
	// a list item, 2 for a sub-item, and so on.
	Level int
	// Marker is the parsed list marker or heading number, or nil.
	Marker *lang.Marker
	// MarkerSpan locates the marker in Source (zero when there is none or
	// the marker was rendered by automatic numbering).
	MarkerSpan Span
	// Section is the canonical key of a section heading ("considering",
	// "recognizing", "resolves", ...) for heading blocks that are one, and
	// for other blocks the key of the section they stand in.
	Section string
	// Lang is the detected language of the block ("und" when it is too
	// short or language-neutral to tell), LangConf its confidence in [0,1].
	Lang     string
	LangConf float64
	// Text is the block's text without its marker, whitespace-trimmed,
	// with extraction artifacts (bookmarks, footnote reference tags) removed.
	Text string
	// notes holds what few blocks have (see FootnoteRefs, FootnoteID,
	// Terms, DeclaredLang, Anchor), nil for most: kept apart so that a Block is
	// small, as a large document has hundreds of thousands. Copies of a
	// block share it; the setters replace it, never change it.
	notes *blockNotes
}

// blockNotes is the part of a Block that few blocks have.
type blockNotes struct {
	footnoteRefs []string
	footnoteID   string
	terms        []string
	declaredLang string
	anchor       string
}

// editNotes returns a copy of b's notes (new ones when it has none) that
// becomes b's, for a setter to change: copies of b made before keep theirs.
func (b *Block) editNotes() *blockNotes {
	n := &blockNotes{}
	if b.notes != nil {
		*n = *b.notes
	}
	b.notes = n
	return n
}

// FootnoteRefs returns the footnote labels referenced from this block
// ("1", "2", "*"), in order of appearance.
func (b *Block) FootnoteRefs() []string {
	if b.notes == nil {
		return nil
	}
	return b.notes.footnoteRefs
}

// SetFootnoteRefs sets the labels FootnoteRefs returns.
func (b *Block) SetFootnoteRefs(refs []string) {
	if len(refs) == 0 && b.notes == nil {
		return
	}
	b.editNotes().footnoteRefs = refs
}

// FootnoteID returns the label of a footnote body (KindFootnote only), or
// "".
func (b *Block) FootnoteID() string {
	if b.notes == nil {
		return ""
	}
	return b.notes.footnoteID
}

// SetFootnoteID sets the label FootnoteID returns.
func (b *Block) SetFootnoteID(id string) {
	if id == "" && b.notes == nil {
		return
	}
	b.editNotes().footnoteID = id
}

// Terms returns the terms a definition defines, in every language the
// source names them (Justice Canada XML: DefinedTermEn and DefinedTermFr,
// "decision" and "décision"), lower-cased, sorted and deduplicated; set on
// the first block of the definition only. The versions of one definition
// carry the same terms, whatever order each version sorts its definitions
// in.
func (b *Block) Terms() []string {
	if b.notes == nil {
		return nil
	}
	return b.notes.terms
}

// SetTerms sets the terms Terms returns.
func (b *Block) SetTerms(terms []string) {
	if len(terms) == 0 && b.notes == nil {
		return
	}
	b.editNotes().terms = terms
}

// DeclaredLang returns the language the source declares for the block
// when it is not the document's own (BCP 47 base code such as "fr"): XML
// text inside an element whose xml:lang, or an ancestor's, differs from the
// document element's, such as the French AmendedText an amending provision
// of an English Justice Canada Act quotes. Empty otherwise. Text in a
// declared language is quoted on purpose, not untranslated.
func (b *Block) DeclaredLang() string {
	if b.notes == nil {
		return ""
	}
	return b.notes.declaredLang
}

// SetDeclaredLang sets the language DeclaredLang returns.
func (b *Block) SetDeclaredLang(code string) {
	if code == "" && b.notes == nil {
		return
	}
	b.editNotes().declaredLang = code
}

// Anchor returns a stable identifier from the source where one exists
// (HTML id, XML id or label path), or "".
func (b *Block) Anchor() string {
	if b.notes == nil {
		return ""
	}
	return b.notes.anchor
}

// SetAnchor sets the identifier Anchor returns.
func (b *Block) SetAnchor(id string) {
	if id == "" && b.notes == nil {
		return
	}
	b.editNotes().anchor = id
}

// Document is one language version read from one file.
type Document struct {
	// ID distinguishes the versions of a set: the language code, with a
	// suffix when two versions share a language ("zh", "zh-2").
	ID string
	// Path is the file as named by the user.
	Path string
	// Lang is the document's language (BCP 47 base code such as "zh", "ar").
	Lang     string
	LangConf float64
	// Format is the reader that read it: "txt", "html", "xml", "docx".
	Format string
	// Encoding is the character encoding of the file ("utf-8", "gb18030").
	Encoding string
	// View is "final" or "original" for documents with tracked changes,
	// empty otherwise.
	View string
	// Source is the decoded file text (UTF-8, after BOM removal) that block
	// spans point into; line and column of a block are derived from it.
	// Empty for DOCX, whose blocks carry paragraph numbers instead.
	Source string
	// Blocks are the segments in document order.
	Blocks []Block

	// lineIndex holds the offsets where the lines of Source start, built
	// by Segment so that Position is fast; nil until then.
	lineIndex []int
}

// Set is the language versions of one document, compared with each other.
type Set struct {
	// Key names the set (the common part of the file names in directory mode).
	Key      string
	Versions []*Document
}
