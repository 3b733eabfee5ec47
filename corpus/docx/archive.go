package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/paritydoc/parity/corpus"
)

// Limits bound what reading one DOCX file may cost. The zero value of a
// field means its default.
type Limits struct {
	// MaxTotal is the most bytes decompressed from the archive, all parts
	// together (default DefaultMaxTotal). corpus.Options.MaxBytes (the
	// --max-size flag) sets it.
	MaxTotal int64
	// MaxEntry is the largest size of one part (default: MaxTotal).
	MaxEntry int64
	// MaxEntries is the most entries the zip directory may list (default
	// DefaultMaxEntries).
	MaxEntries int
}

// Defaults of Limits.
const (
	DefaultMaxTotal   int64 = 256 << 20
	DefaultMaxEntries       = 10000
	// maxDepth bounds the nesting of XML elements in a part.
	maxDepth = 512
)

func (l Limits) withDefaults() Limits {
	if l.MaxTotal <= 0 {
		l.MaxTotal = DefaultMaxTotal
	}
	if l.MaxEntry <= 0 || l.MaxEntry > l.MaxTotal {
		l.MaxEntry = l.MaxTotal
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = DefaultMaxEntries
	}
	return l
}

// Sentinel errors, wrapped in the errors Read returns; test with errors.Is.
var (
	// ErrNotDocx: the data is not a zip archive holding a Word document.
	ErrNotDocx = errors.New("not a docx file")
	// ErrEncrypted: an OLE compound file: a legacy .doc or a
	// password-protected (encrypted) document.
	ErrEncrypted = errors.New("legacy .doc or encrypted document: save as .docx without a password")
	// ErrLimit: the archive is above a size or entry-count limit.
	ErrLimit = errors.New("limit exceeded")
	// ErrMalformed: a part is not well-formed XML.
	ErrMalformed = errors.New("malformed xml")
	// ErrEntity: a part has a DOCTYPE (entity declarations), which is
	// refused rather than expanded. It is corpus.ErrEntity, so
	// errors.Is(err, corpus.ErrEntity) holds for every format.
	ErrEntity = corpus.ErrEntity
)

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Sniff reports whether data looks like a DOCX file: a zip archive whose
// directory names word/document.xml (or any part under word/ with a
// [Content_Types].xml), as Word writes it. It looks at the bytes only and
// does not decompress anything.
func Sniff(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return false
	}
	// The central directory and local headers hold names in clear text.
	return bytes.Contains(data, []byte("word/document.xml")) ||
		(bytes.Contains(data, []byte("[Content_Types].xml")) && bytes.Contains(data, []byte("word/")))
}

// archive is an opened DOCX zip with its limits and the bytes
// decompressed so far.
type archive struct {
	zr    *zip.Reader
	files map[string]*zip.File
	lim   Limits
	used  int64
}

func openArchive(data []byte, lim Limits) (*archive, error) {
	if bytes.HasPrefix(data, oleMagic) {
		return nil, ErrEncrypted
	}
	if !bytes.HasPrefix(data, []byte("PK")) {
		return nil, fmt.Errorf("%w: not a zip archive", ErrNotDocx)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: truncated or damaged zip archive (%v)", ErrNotDocx, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrNotDocx, err)
	}
	if len(zr.File) > lim.MaxEntries {
		return nil, fmt.Errorf("%w: the archive lists %d entries, above the limit of %d entries (a Word document has a few dozen; callers of the Go API can raise it with docx.Limits.MaxEntries)",
			ErrLimit, len(zr.File), lim.MaxEntries)
	}
	a := &archive{zr: zr, files: make(map[string]*zip.File, len(zr.File)), lim: lim}
	for _, f := range zr.File {
		name := strings.TrimPrefix(f.Name, "/")
		// Part names are case-insensitive in OPC.
		a.files[strings.ToLower(name)] = f
	}
	return a, nil
}

func (a *archive) has(name string) bool {
	_, ok := a.files[strings.ToLower(name)]
	return ok
}

// open returns a reader of the decompressed part, bounded by the limits.
func (a *archive) open(name string) (io.ReadCloser, error) {
	f, ok := a.files[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("%s: %w", name, errMissing)
	}
	if f.UncompressedSize64 > uint64(a.lim.MaxEntry) {
		return nil, a.limitError(name, "part", int64(f.UncompressedSize64))
	}
	if f.Flags&0x1 != 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEncrypted)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotDocx, name, err)
	}
	return &limitedPart{rc: rc, a: a, name: name}, nil
}

var errMissing = errors.New("missing part")

func (a *archive) limitError(name, what string, size int64) error {
	if what == "part" {
		return fmt.Errorf("%w: %s: part decompresses to %s, above the per-part limit of %s (raise it with Options.MaxBytes or --max-size)",
			ErrLimit, name, humanSize(size), humanSize(a.lim.MaxEntry))
	}
	return fmt.Errorf("%w: %s: the archive decompresses to more than %s in all, the total limit (raise it with Options.MaxBytes or --max-size)",
		ErrLimit, name, humanSize(a.lim.MaxTotal))
}

// limitedPart counts decompressed bytes against the per-part and total
// limits, whatever the zip headers claim.
type limitedPart struct {
	rc   io.ReadCloser
	a    *archive
	name string
	n    int64
}

func (p *limitedPart) Read(b []byte) (int, error) {
	n, err := p.rc.Read(b)
	p.n += int64(n)
	p.a.used += int64(n)
	if p.n > p.a.lim.MaxEntry {
		return n, p.a.limitError(p.name, "part", p.n)
	}
	if p.a.used > p.a.lim.MaxTotal {
		return n, p.a.limitError(p.name, "total", p.a.used)
	}
	if err != nil && err != io.EOF {
		return n, fmt.Errorf("%w: %s: %v", ErrNotDocx, p.name, err)
	}
	return n, err
}

func (p *limitedPart) Close() error { return p.rc.Close() }

func humanSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1fMiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// partDecoder is an XML token reader over one part that refuses DOCTYPE
// declarations, bounds nesting and names the part in its errors.
type partDecoder struct {
	d     *xml.Decoder
	name  string
	depth int
	// open holds the names of the open elements: RawToken (faster than
	// Token, which resolves namespaces parity does not need) leaves the
	// matching of end tags to the caller.
	open []xml.Name
}

func newPartDecoder(r io.Reader, name string) *partDecoder {
	d := xml.NewDecoder(r)
	d.Strict = true
	// Parts are UTF-8 or UTF-16 by the OPC rules; Go's decoder reads
	// UTF-8 and refuses other declared encodings with a clear error.
	return &partDecoder{d: d, name: name}
}

// next returns the next token; io.EOF at the end of the part.
func (p *partDecoder) next() (xml.Token, error) {
	tok, err := p.d.RawToken()
	if err != nil {
		if err == io.EOF {
			if p.depth != 0 {
				return nil, fmt.Errorf("%w: %s: unexpected end of part", ErrMalformed, p.name)
			}
			return nil, io.EOF
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("%w: %s:%d: %s", ErrMalformed, p.name, se.Line, se.Msg)
		}
		if errors.Is(err, ErrLimit) || errors.Is(err, ErrNotDocx) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, p.name, err)
	}
	switch t := tok.(type) {
	case xml.Directive:
		return nil, fmt.Errorf("%w: %s", ErrEntity, p.name)
	case xml.StartElement:
		p.depth++
		if p.depth > maxDepth {
			return nil, fmt.Errorf("%w: %s: elements nested deeper than %d", ErrMalformed, p.name, maxDepth)
		}
		p.open = append(p.open, t.Name)
	case xml.EndElement:
		if p.depth == 0 || p.open[p.depth-1] != t.Name {
			line, _ := p.d.InputPos()
			return nil, fmt.Errorf("%w: %s:%d: unexpected end element </%s>", ErrMalformed, p.name, line, t.Name.Local)
		}
		p.depth--
		p.open = p.open[:p.depth]
	}
	return tok, nil
}

// skip consumes the rest of the current element.
func (p *partDecoder) skip() error {
	depth := 1
	for depth > 0 {
		tok, err := p.next()
		if err != nil {
			if err == io.EOF {
				return fmt.Errorf("%w: %s: unexpected end of part", ErrMalformed, p.name)
			}
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// node is a small element tree for the parts read whole (styles,
// numbering, relationships): they are small and looked up at random.
type node struct {
	name  string // local name
	attrs []xml.Attr
	kids  []*node
	taken bool // an mc:AlternateContent whose first mc:Choice was read
}

// attr returns the value of the attribute with the local name, or "".
func (n *node) attr(local string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// child returns the first child element with the local name, or nil.
func (n *node) child(local string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == local {
			return k
		}
	}
	return nil
}

// val is the w:val attribute of the named child, and whether it exists.
func (n *node) val(local string) (string, bool) {
	c := n.child(local)
	if c == nil {
		return "", false
	}
	return c.attr("val"), true
}

// readTree reads a whole part into a tree. mc:AlternateContent is resolved
// to its first mc:Choice (Word 2010 features parity reads, such as custom
// number formats), dropping the fallback.
func (a *archive) readTree(name string) (*node, error) {
	rc, err := a.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	p := newPartDecoder(rc, name)
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := p.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := stack[len(stack)-1]
			local := t.Name.Local
			if local == "Fallback" || (local == "Choice" && parent.taken) {
				if err := p.skip(); err != nil {
					return nil, err
				}
				continue
			}
			n := &node{name: local, attrs: t.Attr}
			if local == "AlternateContent" || local == "Choice" {
				// Transparent wrappers: their children are spliced into the
				// enclosing element when they end; only the first Choice counts.
				parent.taken = parent.taken || local == "Choice"
				n.attrs = nil
			}
			parent.kids = append(parent.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if n.name == "AlternateContent" || n.name == "Choice" {
				// Splice the children into the parent in place of the wrapper.
				parent := stack[len(stack)-1]
				parent.kids = parent.kids[:len(parent.kids)-1]
				parent.kids = append(parent.kids, n.kids...)
			}
		}
	}
	return root, nil
}

// partNames finds the main document part and its related parts (styles,
// numbering, footnotes, endnotes) through the package relationships,
// falling back to the names Word uses.
type partNames struct {
	document, styles, numbering, footnotes, endnotes string
}

const (
	relOfficeDocument = "officeDocument"
	relStyles         = "styles"
	relNumbering      = "numbering"
	relFootnotes      = "footnotes"
	relEndnotes       = "endnotes"
)

func (a *archive) findParts() (partNames, error) {
	pn := partNames{document: "word/document.xml"}
	if a.has("_rels/.rels") {
		if root, err := a.readTree("_rels/.rels"); err == nil {
			for _, r := range relationships(root) {
				if r.typ == relOfficeDocument {
					pn.document = resolveTarget("", r.target)
					break
				}
			}
		} else if !errors.Is(err, ErrMalformed) {
			return pn, err
		}
	}
	if !a.has(pn.document) {
		if pn.document != "word/document.xml" && a.has("word/document.xml") {
			pn.document = "word/document.xml"
		} else {
			return pn, fmt.Errorf("%w: the archive has no %s (is it a Word document?)", ErrNotDocx, pn.document)
		}
	}
	dir := path.Dir(pn.document)
	pn.styles = path.Join(dir, "styles.xml")
	pn.numbering = path.Join(dir, "numbering.xml")
	pn.footnotes = path.Join(dir, "footnotes.xml")
	pn.endnotes = path.Join(dir, "endnotes.xml")
	relsName := path.Join(dir, "_rels", path.Base(pn.document)+".rels")
	if a.has(relsName) {
		root, err := a.readTree(relsName)
		if err != nil {
			return pn, err
		}
		for _, r := range relationships(root) {
			t := resolveTarget(dir, r.target)
			switch r.typ {
			case relStyles:
				pn.styles = t
			case relNumbering:
				pn.numbering = t
			case relFootnotes:
				pn.footnotes = t
			case relEndnotes:
				pn.endnotes = t
			}
		}
	}
	return pn, nil
}

type relationship struct{ typ, target string }

func relationships(root *node) []relationship {
	var out []relationship
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if k.name == "Relationship" {
				if k.attr("TargetMode") == "External" {
					continue
				}
				typ := k.attr("Type")
				typ = typ[strings.LastIndexByte(typ, '/')+1:]
				out = append(out, relationship{typ: typ, target: k.attr("Target")})
			}
			walk(k)
		}
	}
	walk(root)
	return out
}

func resolveTarget(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(dir, target), "/")
}
