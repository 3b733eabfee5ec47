package corpus

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/paritydoc/parity/lang"
)

// xnode is an element of an XML document, with where it starts in Source.
type xnode struct {
	name  string // local name as written
	attrs []xml.Attr
	kids  []xchild
	off   int
}

// xchild is an element or a run of character data.
type xchild struct {
	el   *xnode
	text string
	off  int
}

// readXML reads legislative XML: Akoma Ntoso, Justice Canada, UDHR XML and
// XML of the same kind. Elements carrying text become blocks; <num> and
// <Label> children become the markers of the block that follows them;
// heading, title, TitleText and MarginalNote become headings; footnotes
// (Footnote, authorialNote, note) become footnote blocks. A DOCTYPE that
// declares entities is refused, and entities are never expanded.
func readXML(path string, data []byte, opts Options) (*Document, error) {
	enc := opts.Encoding
	if enc == "" && !bytes.HasPrefix(data, []byte("\xFF\xFE")) && !bytes.HasPrefix(data, []byte("\xFE\xFF")) {
		enc = declaredXMLEncoding(data)
	}
	src, encName, err := decodeText(path, data, enc)
	if err != nil {
		var ie *InputError
		if enc != opts.Encoding && errors.As(err, &ie) && ie.Line == 0 && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) {
			// An encoding name we do not know in the declaration: detect instead.
			src, encName, err = decodeText(path, data, opts.Encoding)
		}
		if err != nil {
			return nil, err
		}
	}
	root, err := parseXML(path, src)
	if err != nil {
		return nil, err
	}
	doc := &Document{Path: path, Format: "xml", Encoding: encName, Source: src}
	w := &xmlWalker{doc: doc, lines: lineStarts(src)}
	for _, k := range root.kids {
		if k.el != nil { // the document element declares the document's language
			w.docLang = xmlLangAttr(k.el)
			break
		}
	}
	w.container(root, 0, "")
	finishSpans(doc.Blocks, len(src))
	Segment(doc, opts)
	for i := range doc.Blocks {
		if doc.Blocks[i].DeclaredLang() == doc.Lang {
			doc.Blocks[i].SetDeclaredLang("") // the document's own, undeclared at its root
		}
	}
	return doc, nil
}

// xmlLangAttr returns the base language code of n's xml:lang attribute
// ("fr" for xml:lang="fr-CA"), or "".
func xmlLangAttr(n *xnode) string {
	for _, a := range n.attrs {
		if a.Name.Local == "lang" && (a.Name.Space == "xml" || a.Name.Space == "http://www.w3.org/XML/1998/namespace") {
			return BaseLang(a.Value)
		}
	}
	return ""
}

// enterAmending marks the blocks made inside n as amending when n is an
// amending provision (type="amending") or the text one quotes
// (AmendedText); the returned function leaves it.
func (w *xmlWalker) enterAmending(n *xnode) func() {
	if xattr(n, "type") != "amending" && !strings.EqualFold(n.name, "AmendedText") {
		return func() {}
	}
	w.amending++
	return func() { w.amending-- }
}

// enterLang makes n's xml:lang, if it has one, the language of the blocks
// made inside it; the returned function restores the enclosing language.
func (w *xmlWalker) enterLang(n *xnode) func() {
	l := xmlLangAttr(n)
	if l == "" {
		return func() {}
	}
	prev := w.lang
	w.lang = l
	return func() { w.lang = prev }
}

// declaredXMLEncoding returns the encoding named in the XML declaration.
func declaredXMLEncoding(data []byte) string {
	head := bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 || end > 512 {
		return ""
	}
	decl := string(head[:end])
	k := strings.Index(decl, "encoding")
	if k < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[k+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	e := strings.IndexByte(rest[1:], q)
	if e < 0 {
		return ""
	}
	name := strings.ToLower(rest[1 : 1+e])
	if strings.HasPrefix(name, "utf-16") {
		// Without a BOM the bytes were readable as ASCII: the declaration
		// is wrong; trust the bytes.
		return ""
	}
	return name
}

// parseXML builds the element tree of src. It refuses entity declarations,
// nesting deeper than maxMarkupDepth and malformed XML, naming the line.
func parseXML(path, src string) (*xnode, error) {
	d := xml.NewDecoder(strings.NewReader(src))
	d.Strict = true
	// Source is UTF-8 already, whatever the declaration said.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	root := &xnode{name: "#document"}
	stack := []*xnode{root}
	lines := lineStarts(src)
	for {
		off := int(d.InputOffset())
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, &InputError{Path: path, Line: se.Line, Err: fmt.Errorf("xml: %s", se.Msg)}
			}
			return nil, &InputError{Path: path, Line: lineFromStarts(lines, off), Err: fmt.Errorf("xml: %v", err)}
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.Directive:
			if bytes.Contains(bytes.ToUpper(t), []byte("<!ENTITY")) || bytes.Contains(bytes.ToUpper(t), []byte("ENTITY ")) {
				at := off
				if k := indexFold(src[off:min(len(src), off+len(t)+4)], "<!entity"); k >= 0 {
					at += k
				}
				return nil, &InputError{Path: path, Line: lineFromStarts(lines, at), Err: ErrEntity}
			}
		case xml.StartElement:
			if len(stack) > maxMarkupDepth {
				return nil, &InputError{Path: path, Line: lineFromStarts(lines, off),
					Err: fmt.Errorf("elements nested more than %d deep", maxMarkupDepth)}
			}
			n := &xnode{name: t.Name.Local, attrs: t.Copy().Attr, off: off}
			top.kids = append(top.kids, xchild{el: n, off: off})
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top.kids = append(top.kids, xchild{text: string(t), off: off})
		}
	}
	return root, nil
}

// Element roles in legislative XML, by lower-case local name.
var (
	// xmlSkipped carry metadata, not text of the document.
	xmlSkipped = map[string]bool{
		"historicalnote": true, "billhistory": true, "runninghead": true, "recentamendments": true,
		"chapter": true, "meta": true, "references": true, "proprietary": true, "lifecycle": true,
		"analysis": true, "identification-meta": true, "stages": true, "date": true,
	}
	// xmlHeadings are headings.
	xmlHeadings = map[string]bool{
		"title": true, "heading": true, "titletext": true, "marginalnote": true, "subheading": true,
		"longtitle": true, "shorttitle": true, "doctitle": true, "scheduleformheading": true,
	}
	// xmlMarkers hold the number or label of their parent.
	xmlMarkers = map[string]bool{"num": true, "label": true}
	// xmlNotes are footnote bodies.
	xmlNotes = map[string]bool{"footnote": true, "authorialnote": true, "note": true, "endnote": true}
	// xmlNoteRefs are footnote references.
	xmlNoteRefs = map[string]bool{"footnoteref": true, "noteref": true}
	// xmlStructural never run inline into the text of a block.
	xmlStructural = map[string]bool{
		"section": true, "subsection": true, "paragraph": true, "subparagraph": true, "clause": true,
		"subclause": true, "definition": true, "article": true, "point": true, "list": true,
		"orderedlist": true, "listitem": true, "item": true, "para": true, "p": true, "text": true,
		"provision": true, "content": true, "intro": true, "wrapup": true, "blocklist": true,
		"table": true, "tr": true, "row": true, "preamble": true, "part": true, "division": true,
		"schedule": true, "body": true, "heading": true, "title": true,
	}
	// xmlListItems are items of a list numbered automatically when they
	// carry no label.
	xmlListItems = map[string]bool{"listitem": true}
	xmlLists     = map[string]bool{"orderedlist": true}
)

type xmlWalker struct {
	doc   *Document
	lines []int

	// docLang is the document element's xml:lang, lang the one in scope
	// (base codes, "" when none is declared).
	docLang, lang string
	// amending counts the amending provisions and quoted amending texts
	// being walked.
	amending int

	// pending marker from a <num>/<Label>, for the next block
	marker      *lang.Marker
	markerSpan  Span
	markerLevel int
	typed       string
	typedOff    int
	level       int
	refs        []string // footnote references found in a label
	terms       []string // defined terms of the definition being walked, for its first block
}

// labelText returns the text of a <Label>/<num> without the footnote
// references inside it, which it appends to refs.
func labelText(n *xnode, refs *[]string) string {
	var b strings.Builder
	for _, k := range n.kids {
		switch {
		case k.el == nil:
			b.WriteString(k.text)
		case xmlNoteRefs[strings.ToLower(k.el.name)]:
			if refs != nil {
				if l := collapseSpace(xmlText(k.el, 0)); l != "" {
					*refs = append(*refs, l)
				}
			}
		default:
			b.WriteString(labelText(k.el, refs))
		}
	}
	return b.String()
}

// anchorAttr returns the element's own identifier: eId (Akoma Ntoso), id
// or xml:id, but not attributes of other namespaces (Justice Canada's
// lims:id is a database key that differs between languages).
func anchorAttr(n *xnode) string {
	for _, key := range []string{"eId", "id", "GUID"} {
		for _, a := range n.attrs {
			if a.Name.Local == key && (a.Name.Space == "" || a.Name.Space == "xml" || a.Name.Space == "http://www.w3.org/XML/1998/namespace") {
				return a.Value
			}
		}
	}
	return ""
}

func xattr(n *xnode, local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// hasDirectText reports whether n holds character data of its own.
func hasDirectText(n *xnode) bool {
	for _, k := range n.kids {
		if k.el == nil && strings.TrimSpace(k.text) != "" {
			return true
		}
	}
	return false
}

// container walks an element that is not itself a block: its children are
// markers, headings, blocks and further containers. path is the label path
// of the enclosing numbered elements ("2.1.a"), used as the blocks' anchor.
func (w *xmlWalker) container(n *xnode, depth int, path string) {
	if depth > maxMarkupDepth {
		return
	}
	defer w.enterLang(n)()
	defer w.enterAmending(n)()
	// An element's own identifier (Akoma Ntoso eId) names the blocks
	// inside it; a UDHR article its number.
	if id := anchorAttr(n); id != "" {
		path = id
	} else if num := xattr(n, "number"); num != "" {
		path = strings.ToLower(n.name) + "-" + num
	}
	ownID := anchorAttr(n) != ""
	if strings.EqualFold(n.name, "definition") {
		w.terms = definedTerms(n)
	}
	listPos := 0
	for _, k := range n.kids {
		c := k.el
		if c == nil {
			if strings.TrimSpace(k.text) != "" {
				// Stray text in a container: a block of its own.
				w.emit(n, collapseSpace(k.text), k.off, KindParagraph, nil, "", path)
			}
			continue
		}
		name := strings.ToLower(c.name)
		switch {
		case xmlSkipped[name]:
		case xmlMarkers[name]:
			w.setMarker(c, path)
			if l := labelKey(labelText(c, nil)); l != "" && !ownID {
				if path != "" {
					path += "." + l
				} else {
					path = l
				}
			}
		case xmlNotes[name]:
			w.note(c, depth+1)
		case xmlHeadings[name] && !hasStructuralChild(c):
			w.block(c, depth+1, KindHeading, path)
		case xmlListItems[name] && xmlLists[strings.ToLower(n.name)]:
			listPos++
			w.listItem(c, depth+1, listPos, path)
		case hasDirectText(c):
			w.block(c, depth+1, KindParagraph, path)
		default:
			w.levelIn(c, depth+1, path)
		}
	}
	if w.marker != nil || w.typed != "" {
		// A label with nothing after it (a repealed section): keep it.
		w.emit(n, "", n.off, KindParagraph, nil, "", path)
	}
	if strings.EqualFold(n.name, "definition") {
		w.terms = nil // a definition without text keeps its terms to itself
	}
}

// levelIn enters a child container; numbered children nest one level deeper.
func (w *xmlWalker) levelIn(c *xnode, depth int, path string) {
	// A numbered child opens a level, unless its number is a heading's
	// ("Article 1", "PART I"): the items of an article are at level 1.
	numbered := false
	for _, k := range c.kids {
		if k.el != nil && xmlMarkers[strings.ToLower(k.el.name)] {
			m, n, ok := lang.ParseMarker(labelText(k.el, nil))
			numbered = !(ok && m != nil && n > 0 && m.Unit != lang.UnitNone)
			break
		}
	}
	if numbered {
		w.level++
	}
	w.container(c, depth, path)
	if numbered {
		w.level--
	}
}

// listItem walks an item of an automatically numbered list: its tag
// attribute (UDHR: tag='㈠') or its position is the marker.
func (w *xmlWalker) listItem(c *xnode, depth, pos int, path string) {
	raw := xattr(c, "tag")
	var m *lang.Marker
	if raw != "" {
		if pm, n, ok := lang.ParseMarker(raw); ok && pm != nil && n >= len(strings.TrimSpace(raw)) {
			m = pm
		} else {
			m = &lang.Marker{Raw: raw, Value: pos}
		}
	} else {
		m = &lang.Marker{Raw: strconv.Itoa(pos) + ".", System: lang.SystemDecimal, Value: pos, Style: "%."}
	}
	w.level++
	w.marker, w.markerSpan, w.typed, w.markerLevel = m, Span{}, "", w.level
	key := strconv.Itoa(pos)
	if path != "" {
		key = path + "." + key
	}
	if hasDirectText(c) {
		w.block(c, depth, KindParagraph, key)
	} else {
		w.container(c, depth, key)
	}
	w.level--
}

// setMarker records the label in c for the next block.
func (w *xmlWalker) setMarker(c *xnode, path string) {
	var refs []string
	raw := collapseSpace(labelText(c, &refs))
	w.refs = append(w.refs, refs...)
	off := c.off
	if raw == "" {
		return
	}
	if w.marker != nil || w.typed != "" {
		// A label followed directly by a numbered child (section 2 whose
		// text is in subsection (1)): the label is a block of its own.
		w.emit(c, "", c.off, KindParagraph, nil, "", path)
	}
	w.markerLevel = w.level
	// Where the label's text starts in Source.
	start := off
	if k := strings.Index(w.doc.Source[off:min(len(w.doc.Source), off+len(raw)+512)], raw); k >= 0 {
		start = off + k
	}
	if m, n, ok := lang.ParseMarker(raw); ok && m != nil && n >= len(raw) {
		w.marker, w.typed = m, ""
		w.markerSpan = Span{start, start + len(raw)}
		return
	}
	if allASCIIDigits(raw) {
		v, err := strconv.Atoi(raw)
		if err == nil {
			w.marker = &lang.Marker{Raw: raw, System: lang.SystemDecimal, Value: v, Style: "%"}
			w.markerSpan = Span{start, start + len(raw)}
			w.typed = ""
			return
		}
	}
	// Let Segment read it as a typed marker in front of the text.
	w.marker, w.typed, w.typedOff = nil, raw, off
}

func allASCIIDigits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return true
}

// labelKey turns a label into a path component: "(a)" and "a)" give "a",
// "2" gives "2", "PART I" gives "PART-I".
func labelKey(raw string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(raw) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == ' ' || r == '.':
			if b.Len() > 0 {
				b.WriteByte('-')
			}
		}
	}
	return strings.Trim(b.String(), "-")
}

func hasStructuralChild(n *xnode) bool {
	for _, k := range n.kids {
		if k.el != nil && (xmlStructural[strings.ToLower(k.el.name)] || xmlMarkers[strings.ToLower(k.el.name)]) && hasDirectTextDeep(k.el, 0) {
			return true
		}
	}
	return false
}

func hasDirectTextDeep(n *xnode, depth int) bool {
	if depth > 8 {
		return false
	}
	if hasDirectText(n) {
		return true
	}
	for _, k := range n.kids {
		if k.el != nil && hasDirectTextDeep(k.el, depth+1) {
			return true
		}
	}
	return false
}

// block makes a block of an element that carries text. Inline children
// (cross-references, defined terms, emphasis) are part of its text;
// footnote references are collected; structural children and footnote
// bodies become blocks of their own after it.
func (w *xmlWalker) block(n *xnode, depth int, kind Kind, path string) {
	defer w.enterLang(n)()
	defer w.enterAmending(n)()
	var b strings.Builder
	var refs []string
	var after []*xnode
	var collect func(x *xnode, d int)
	collect = func(x *xnode, d int) {
		if d > maxMarkupDepth {
			return
		}
		for _, k := range x.kids {
			c := k.el
			if c == nil {
				b.WriteString(k.text)
				continue
			}
			name := strings.ToLower(c.name)
			switch {
			case xmlSkipped[name]:
			case xmlNoteRefs[name]:
				label := collapseSpace(xmlText(c, 0))
				if label == "" {
					label = xattr(c, "marker")
				}
				if label == "" {
					label = xattr(c, "idref")
				}
				if label != "" {
					refs = append(refs, label)
				}
			case xmlNotes[name], (xmlStructural[name] || xmlMarkers[name]) && d == 0 && hasDirectTextDeep(c, 0) && !isInlineContext(x):
				after = append(after, c)
			default:
				collect(c, d+1)
			}
		}
	}
	collect(n, 0)
	w.emit(n, collapseSpace(b.String()), n.off, kind, refs, "", path)
	for _, c := range after {
		name := strings.ToLower(c.name)
		switch {
		case xmlNotes[name]:
			w.note(c, depth+1)
		case xmlMarkers[name]:
			w.setMarker(c, path)
		case hasDirectText(c):
			w.block(c, depth+1, KindParagraph, path)
		default:
			w.levelIn(c, depth+1, path)
		}
	}
}

// isInlineContext is false for every element: kept as a hook for formats
// whose paragraphs hold nested structure inline.
func isInlineContext(*xnode) bool { return false }

// note makes footnote blocks of a footnote element: its label (a <Label>
// child, or a marker or id attribute) is the footnote's ID.
func (w *xmlWalker) note(n *xnode, depth int) {
	id := ""
	var b strings.Builder
	if w.marker != nil || w.typed != "" {
		w.emit(n, "", n.off, KindParagraph, nil, "", "")
	}
	var walk func(x *xnode, d int)
	walk = func(x *xnode, d int) {
		if d > maxMarkupDepth {
			return
		}
		for _, k := range x.kids {
			if k.el == nil {
				b.WriteString(k.text)
				b.WriteByte(' ')
				continue
			}
			name := strings.ToLower(k.el.name)
			if xmlMarkers[name] && id == "" {
				id = collapseSpace(xmlText(k.el, 0))
				continue
			}
			if xmlSkipped[name] {
				continue
			}
			walk(k.el, d+1)
		}
	}
	walk(n, depth)
	if id == "" {
		id = xattr(n, "marker")
	}
	if id == "" {
		id = xattr(n, "id")
	}
	w.emit(n, collapseSpace(b.String()), n.off, KindFootnote, nil, id, "")
}

// emit appends a block, attaching the pending marker.
func (w *xmlWalker) emit(n *xnode, text string, off int, kind Kind, refs []string, noteID, path string) {
	start := off
	if len(w.refs) > 0 && kind != KindFootnote {
		refs = append(w.refs, refs...)
		w.refs = nil
	}
	b := Block{Kind: kind}
	b.SetFootnoteRefs(refs)
	b.SetFootnoteID(noteID)
	if w.lang != w.docLang {
		b.SetDeclaredLang(w.lang)
	}
	b.Amending = w.amending > 0
	if w.typed != "" {
		text = strings.TrimSpace(w.typed + " " + text)
		if w.typedOff < start {
			start = w.typedOff
		}
		w.typed = ""
	}
	if w.marker != nil {
		b.Marker, b.MarkerSpan, b.Level = w.marker, w.markerSpan, w.markerLevel
		if b.MarkerSpan.End > 0 && b.MarkerSpan.Start < start {
			start = b.MarkerSpan.Start
		}
		w.marker = nil
		if b.Level < 1 {
			b.Level = 1
		}
	}
	if text == "" && b.Marker == nil && kind != KindFootnote {
		return
	}
	b.Text = text
	b.SetTerms(w.terms)
	w.terms = nil
	b.Span = Span{start, start}
	anchor := anchorAttr(n)
	if anchor == "" {
		anchor = path
	}
	b.SetAnchor(anchor)
	// Keep spans in document order even when a marker came from an
	// attribute of an element that starts earlier.
	if k := len(w.doc.Blocks); k > 0 && w.doc.Blocks[k-1].Span.Start > b.Span.Start {
		b.Span.Start = w.doc.Blocks[k-1].Span.Start
		if b.MarkerSpan.Start < b.Span.Start {
			b.MarkerSpan = Span{}
		}
	}
	b.Line = lineFromStarts(w.lines, b.Span.Start)
	w.doc.Blocks = append(w.doc.Blocks, b)
}

// xmlTermElements name the defined terms of a definition, by lower-case
// local name.
var xmlTermElements = map[string]bool{"definedtermen": true, "definedtermfr": true, "definedterm": true}

// definedTerms returns the terms a definition element defines, in every
// language it names them: lower-cased, space-collapsed, sorted, without
// duplicates; nil when it names none.
func definedTerms(n *xnode) []string {
	var out []string
	var walk func(x *xnode, d int)
	walk = func(x *xnode, d int) {
		if d > maxMarkupDepth {
			return
		}
		for _, k := range x.kids {
			if k.el == nil {
				continue
			}
			if xmlTermElements[strings.ToLower(k.el.name)] {
				if t := strings.ToLower(collapseSpace(xmlText(k.el, 0))); t != "" {
					out = append(out, t)
				}
				continue
			}
			walk(k.el, d+1)
		}
	}
	walk(n, 0)
	slices.Sort(out)
	return slices.Compact(out)
}

// xmlText returns all character data inside n.
func xmlText(n *xnode, depth int) string {
	if depth > maxMarkupDepth {
		return ""
	}
	var b strings.Builder
	for _, k := range n.kids {
		if k.el == nil {
			b.WriteString(k.text)
		} else {
			b.WriteString(xmlText(k.el, depth+1))
		}
	}
	return b.String()
}
