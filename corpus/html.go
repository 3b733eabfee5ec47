package corpus

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paritydoc/parity/lang"
)

// offsetAttr is the attribute readHTML adds to every start tag before
// building the tree, so that each element knows where it starts in Source.
const offsetAttr = "data-parity-offset"

// maxMarkupDepth bounds element nesting in HTML and XML.
const maxMarkupDepth = 512

// readHTML reads an HTML page: block elements become blocks, ordered lists
// get the markers a browser would render, EUR-Lex tables that put a point's
// marker in a cell of its own become one item, and footnote references and
// bodies are recognised.
func readHTML(path string, data []byte, opts Options) (*Document, error) {
	src, enc, err := decodeHTML(path, data, opts.Encoding)
	if err != nil {
		return nil, err
	}
	if off, ok := entityDeclaration(src); ok {
		return nil, &InputError{Path: path, Line: lineAt(src, off), Err: ErrEntity}
	}
	marked, err := markOffsets(src)
	if err != nil {
		return nil, inputErr(path, 0, "%v", err)
	}
	root, err := html.Parse(strings.NewReader(marked))
	if err != nil {
		return nil, inputErr(path, 0, "parsing html: %v", err)
	}
	doc := &Document{Path: path, Format: "html", Encoding: enc, Source: src}
	w := &htmlWalker{doc: doc, lines: lineStarts(src), at: -1}
	content := contentRoot(root)
	// The language of <html lang> is the document's; the content root
	// starts in the language its nearest ancestor declares.
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			w.docLang = htmlLangAttr(n)
		}
	}
	w.lang = w.docLang
	for n := content.Parent; n != nil; n = n.Parent {
		if l := htmlLangAttr(n); l != "" {
			w.lang = l
			break
		}
	}
	if err := w.walk(content, 0); err != nil {
		return nil, &InputError{Path: path, Line: w.lineOf(w.lastOffset), Err: err}
	}
	w.flush()
	finishSpans(doc.Blocks, len(src))
	Segment(doc, opts)
	for i := range doc.Blocks {
		if doc.Blocks[i].DeclaredLang() == doc.Lang {
			doc.Blocks[i].SetDeclaredLang("") // the document's own, undeclared on <html>
		}
	}
	return doc, nil
}

// htmlLangAttr returns the base language code of n's lang attribute, or
// of its xml:lang attribute when it has no lang ("fr" for lang="fr-CA"),
// or "".
func htmlLangAttr(n *html.Node) string {
	var xl string
	for _, a := range n.Attr {
		switch {
		case a.Namespace == "" && strings.EqualFold(a.Key, "lang"):
			if v := strings.TrimSpace(a.Val); v != "" {
				return BaseLang(v)
			}
		case strings.EqualFold(a.Key, "xml:lang"), a.Namespace == "xml" && strings.EqualFold(a.Key, "lang"):
			xl = strings.TrimSpace(a.Val)
		}
	}
	if xl != "" {
		return BaseLang(xl)
	}
	return ""
}

// decodeHTML decodes an HTML file: the forced encoding, else a byte order
// mark, else the charset a <meta> element declares, else the detection
// plain text uses.
func decodeHTML(path string, data []byte, forced string) (string, string, error) {
	if forced == "" && !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) &&
		!bytes.HasPrefix(data, []byte("\xFF\xFE")) && !bytes.HasPrefix(data, []byte("\xFE\xFF")) {
		if cs := metaCharset(data); cs != "" {
			if s, enc, err := decodeAs(path, data, cs); err == nil {
				return s, enc, nil
			} else if ie, ok := err.(*InputError); ok && ie.Line > 0 {
				return "", "", err
			}
			// An unknown declared charset: fall back to detection.
		}
	}
	return decodeText(path, data, forced)
}

// metaCharset finds the charset declared by a <meta charset> or <meta
// http-equiv content="...; charset=..."> in the first 1024 bytes.
func metaCharset(data []byte) string {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	low := bytes.ToLower(head)
	for i := 0; ; {
		j := bytes.Index(low[i:], []byte("<meta"))
		if j < 0 {
			return ""
		}
		i += j
		end := bytes.IndexByte(low[i:], '>')
		if end < 0 {
			return ""
		}
		tag := low[i : i+end]
		i += end
		k := bytes.Index(tag, []byte("charset"))
		if k < 0 {
			continue
		}
		rest := bytes.TrimLeft(tag[k+len("charset"):], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		n := 0
		for n < len(rest) && rest[n] != '"' && rest[n] != '\'' && rest[n] != ';' && rest[n] != ' ' && rest[n] != '/' && rest[n] != '>' {
			n++
		}
		if n > 0 {
			cs := string(rest[:n])
			// A page that declares UTF-16 but is read as bytes here is
			// ASCII-compatible: the HTML standard reads it as UTF-8.
			if strings.HasPrefix(cs, "utf-16") {
				cs = "utf-8"
			}
			return cs
		}
	}
}

// entityDeclaration reports whether a DOCTYPE declares entities, and where.
func entityDeclaration(src string) (int, bool) {
	low := src
	if len(low) > 1<<20 {
		low = low[:1<<20]
	}
	d := indexFold(low, "<!doctype")
	if d < 0 {
		return 0, false
	}
	end := strings.IndexByte(low[d:], '>')
	// An internal subset in brackets may contain '>' inside declarations.
	if b := strings.IndexByte(low[d:], '['); b >= 0 && (end < 0 || b < end) {
		if c := strings.Index(low[d:], "]"); c >= 0 {
			end = c
		} else {
			end = len(low) - d
		}
	}
	if end < 0 {
		end = len(low) - d
	}
	if k := indexFold(low[d:d+end], "<!entity"); k >= 0 {
		return d + k, true
	}
	return 0, false
}

func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// markOffsets rewrites src with an attribute on every start tag giving the
// byte offset where the tag starts in src. Everything else is kept byte for
// byte, so the tree html.Parse builds from it is the tree of src.
func markOffsets(src string) (string, error) {
	z := html.NewTokenizer(strings.NewReader(src))
	z.SetMaxBuf(0)
	var b strings.Builder
	b.Grow(len(src) + len(src)/4)
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			t := z.Token()
			t.Attr = append(t.Attr, html.Attribute{Key: offsetAttr, Val: strconv.Itoa(off)})
			b.WriteString(t.String())
		} else {
			b.Write(raw)
		}
		off += len(raw)
	}
	return b.String(), nil
}

// lineStarts returns the offsets where lines start (see crBreaks).
func lineStarts(src string) []int {
	starts := []int{0}
	sep := byte('\n')
	if crBreaks(src) {
		sep = '\r'
	}
	for i := 0; i < len(src); i++ {
		if src[i] == sep {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func lineFromStarts(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
}

// finishSpans ends each block's span where the next one starts, so spans
// are in order and do not overlap.
func finishSpans(blocks []Block, n int) {
	for i := range blocks {
		end := n
		if i+1 < len(blocks) {
			end = blocks[i+1].Span.Start
		}
		if end < blocks[i].Span.Start {
			end = blocks[i].Span.Start
		}
		blocks[i].Span.End = end
	}
}

// contentRoot returns the element holding the document proper: <main>, an
// element with role="main", or the EUR-Lex text container; else <body>;
// else the whole tree.
func contentRoot(root *html.Node) *html.Node {
	var body, found *html.Node
	rank := 0
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxMarkupDepth || found != nil && rank == 1 {
			return
		}
		if n.Type == html.ElementNode {
			r := 0
			switch {
			case n.DataAtom == atom.Main, attr(n, "role") == "main":
				r = 1
			case contentIDs[attr(n, "id")]:
				r = 2
			case n.DataAtom == atom.Body && body == nil:
				body = n
			}
			if r > 0 && (found == nil || r < rank) {
				found, rank = n, r
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(root, 0)
	switch {
	case found != nil:
		return found
	case body != nil:
		return body
	}
	return root
}

// contentIDs are the ids of the containers that hold the text proper on
// sites whose pages have no <main> (EUR-Lex).
var contentIDs = map[string]bool{"TexteOnly": true, "textTabContent": true, "document1": true}

// skipped elements carry no document text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Option: true, atom.Input: true, atom.Textarea: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Head: true, atom.Img: true, atom.Label: true,
	atom.Colgroup: true, atom.Col: true,
}

// blockElements each start a new block.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Td: true, atom.Th: true, atom.Tr: true, atom.Table: true, atom.Caption: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Address: true,
	atom.Figure: true, atom.Figcaption: true, atom.Ol: true, atom.Ul: true, atom.Dl: true,
	atom.Hr: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Main: true,
	atom.Body: true, atom.Html: true, atom.Center: true, atom.Fieldset: true, atom.Legend: true,
	atom.Details: true, atom.Summary: true,
}

// headingClasses are class names that mark headings in official HTML
// (EUR-Lex: article titles, their subtitles, section and document titles).
var headingClasses = map[string]bool{
	"ti-art": true, "sti-art": true, "ti-section-1": true, "ti-section-2": true,
	"doc-ti": true, "ti-grseq-1": true, "title-article-norm": true, "title-division-1": true,
	"title-division-2": true, "stitle-article-norm": true,
}

// footnoteClasses mark footnote bodies.
var footnoteClasses = map[string]bool{"note": true, "footnote": true, "footnotes": true, "endnote": true}

type htmlList struct {
	ordered  bool
	typ      string // "1", "a", "A", "i", "I"
	next     int
	step     int
	depth    int
	isBullet bool
}

type htmlWalker struct {
	doc   *Document
	lines []int

	buf        strings.Builder
	at         int // offset of the element the buffered text belongs to, -1 when none
	refs       []string
	kind       Kind
	anchor     string
	footnoteID string
	noteLabel  bool // a footnote body whose label has not been seen yet

	marker      *lang.Marker // rendered marker for the next block
	markerLevel int
	typed       string // typed marker from a table cell of its own

	lists      []htmlList
	lastOffset int

	// docLang is the language <html lang> declares, lang the one the
	// element being walked declares (its own lang or an ancestor's), and
	// blockLang the language of the element that opened the current block:
	// a block whose language differs from the document's is declared in it
	// (Block.DeclaredLang); an inline <span lang> does not declare its block.
	docLang, lang, blockLang string
	langSet                  bool // blockLang is set for the current block
	noteDepth                int  // inside a footnote body (or the container of several)
}

func (w *htmlWalker) lineOf(off int) int {
	if off < 0 {
		return 0
	}
	return lineFromStarts(w.lines, off)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, set map[string]bool) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if set[c] {
			return true
		}
	}
	return false
}

// offsetOf returns where n starts in Source: its own start tag, or for
// elements the parser implied, the first descendant that has one.
func offsetOf(n *html.Node) int {
	for d := 0; n != nil && d < maxMarkupDepth; d++ {
		if v := attr(n, offsetAttr); v != "" {
			if k, err := strconv.Atoi(v); err == nil {
				return k
			}
		}
		if n.FirstChild == nil {
			break
		}
		n = n.FirstChild
	}
	return -1
}

func hidden(n *html.Node) bool {
	if attr(n, "hidden") != "" || hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "display:none")
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func (w *htmlWalker) walk(n *html.Node, depth int) error {
	if depth > maxMarkupDepth {
		return fmt.Errorf("elements nested more than %d deep", maxMarkupDepth)
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return nil
	case html.DocumentNode:
		return w.children(n, depth)
	case html.ElementNode:
	default:
		return nil
	}
	if off := offsetOf(n); off >= 0 {
		w.lastOffset = off
	}
	if skippedElements[n.DataAtom] || hidden(n) {
		return nil
	}
	if l := htmlLangAttr(n); l != "" {
		prev := w.lang
		w.lang = l
		defer func() { w.lang = prev }()
	}
	if n.DataAtom == atom.Br {
		w.text(" ")
		return nil
	}
	if label, ok := footnoteRef(n); ok {
		if w.noteLabel && w.kind == KindFootnote && strings.TrimSpace(w.buf.String()) == "" {
			w.footnoteID = label
			w.noteLabel = false
		} else {
			w.refs = append(w.refs, label)
		}
		return nil
	}
	switch n.DataAtom {
	case atom.Ol, atom.Ul:
		w.flush()
		w.lists = append(w.lists, newList(n, len(w.lists)+1))
		err := w.children(n, depth)
		w.flush()
		w.lists = w.lists[:len(w.lists)-1]
		return err
	case atom.Li:
		w.flush()
		w.startBlock(n, KindParagraph)
		if len(w.lists) > 0 {
			l := &w.lists[len(w.lists)-1]
			w.marker, w.markerLevel = l.render(n)
		} else {
			w.marker, w.markerLevel = &lang.Marker{Raw: "•", System: lang.SystemBullet}, 1
		}
		err := w.children(n, depth)
		w.flushEmptyItem()
		w.flush()
		return err
	case atom.Tr:
		w.flush()
		return w.row(n, depth)
	}
	if !blockElements[n.DataAtom] {
		return w.children(n, depth)
	}
	w.flush()
	kind := KindParagraph
	note := hasClass(n, footnoteClasses)
	switch {
	case headingAtom(n.DataAtom), hasClass(n, headingClasses):
		kind = KindHeading
	case note:
		kind = KindFootnote
	}
	if note {
		w.noteDepth++
		w.noteLabel = true
		w.footnoteID = ""
	}
	w.startBlock(n, kind)
	err := w.children(n, depth)
	w.flush()
	if note {
		w.noteDepth--
		w.noteLabel = false
	}
	return err
}

func headingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func (w *htmlWalker) children(n *html.Node, depth int) error {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := w.walk(c, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// startBlock records where the next block starts and what it is.
func (w *htmlWalker) startBlock(n *html.Node, kind Kind) {
	if w.typed == "" || w.at < 0 {
		// A row whose marker sits in a cell of its own starts at the row.
		w.at = offsetOf(n)
		if w.at < 0 {
			w.at = w.lastOffset
		}
		// An element without an id inherits the id of the element that
		// opened the block (<li id="s3a1"><p>...).
		if id := attr(n, "id"); id != "" {
			w.anchor = id
		}
	}
	if w.noteDepth > 0 {
		kind = KindFootnote
	}
	w.kind = kind
	w.blockLang, w.langSet = w.lang, true
}

// text adds character data to the current block, collapsing white space
// as a browser does (except inside <pre>).
func (w *htmlWalker) text(s string) {
	if w.at < 0 {
		w.at = w.lastOffset
	}
	if !w.langSet && strings.TrimSpace(s) != "" {
		// Text outside any block element: the language where it starts.
		w.blockLang, w.langSet = w.lang, true
	}
	w.buf.WriteString(s)
}

func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// flush ends the current block.
func (w *htmlWalker) flush() {
	blockLang := w.blockLang
	w.langSet = false
	text := collapseSpace(w.buf.String())
	w.buf.Reset()
	if w.typed != "" && text != "" {
		text = strings.TrimSpace(w.typed + " " + text)
		w.typed = ""
	}
	if text == "" && len(w.refs) == 0 {
		return
	}
	at := w.blockStart()
	b := Block{
		Line: w.lineOf(at),
		Span: Span{Start: at, End: at},
		Kind: w.kind,
		Text: text,
	}
	b.SetAnchor(w.anchor)
	b.SetFootnoteRefs(w.refs)
	if blockLang != w.docLang {
		b.SetDeclaredLang(blockLang)
	}
	if w.kind == KindFootnote {
		id := w.footnoteID
		if id == "" && w.marker != nil && w.marker.Value > 0 {
			// A footnote list numbered by the browser (<ol> of notes).
			id = strconv.Itoa(w.marker.Value)
		}
		b.SetFootnoteID(id)
		w.marker = nil
		w.footnoteID = ""
		w.noteLabel = false
	}
	if w.marker != nil {
		b.Marker, b.Level = w.marker, w.markerLevel
		w.marker = nil
	}
	w.doc.Blocks = append(w.doc.Blocks, b)
	w.refs = nil
	w.anchor = ""
	w.at = -1
	w.kind = KindParagraph
	if w.noteDepth > 0 {
		w.kind = KindFootnote
	}
}

// blockStart is the source offset of the block being flushed: where its
// element started, else the last offset seen. The HTML tree builder moves
// misnested content (text fostered out of a table, formatting elements
// reopened), so it never goes before the previous block: spans stay in
// source order.
func (w *htmlWalker) blockStart() int {
	at := w.at
	if at < 0 {
		at = w.lastOffset
	}
	if at < 0 {
		at = 0
	}
	if k := len(w.doc.Blocks); k > 0 && w.doc.Blocks[k-1].Span.Start > at {
		at = w.doc.Blocks[k-1].Span.Start
	}
	return at
}

// flushEmptyItem keeps a list item that has no text of its own (its
// content is a nested list), so the numbering stays visible.
func (w *htmlWalker) flushEmptyItem() {
	if w.marker == nil || strings.TrimSpace(w.buf.String()) != "" {
		return
	}
	at := w.blockStart()
	b := Block{
		Line: w.lineOf(at), Span: Span{at, at}, Kind: KindItem,
		Marker: w.marker, Level: w.markerLevel,
	}
	b.SetAnchor(w.anchor)
	w.doc.Blocks = append(w.doc.Blocks, b)
	w.marker = nil
	w.anchor = ""
	w.at = -1
}

// row reads a table row. When its first cell holds nothing but a marker
// ("(a)", "—") and other cells follow, the row is one item: the marker is
// put in front of the text of the next block.
func (w *htmlWalker) row(n *html.Node, depth int) error {
	var cells []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			cells = append(cells, c)
		}
	}
	start := 0
	if len(cells) >= 2 {
		first := collapseSpace(nodeText(cells[0], 0))
		if first != "" && bareMarker(first) {
			w.typed = first
			w.at = offsetOf(n)
			w.anchor = attr(n, "id")
			start = 1
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if start == 1 && c == cells[0] {
			continue
		}
		if err := w.walk(c, depth+1); err != nil {
			return err
		}
	}
	w.flush()
	if w.typed != "" {
		// The marker cell had no text beside it: keep the marker alone.
		w.buf.WriteString(w.typed)
		w.typed = ""
		w.flush()
	}
	return nil
}

// bareMarker reports whether s is a marker and nothing else.
func bareMarker(s string) bool {
	switch s {
	case "—", "–", "-", "•", "·", "*":
		return true
	}
	_, n, ok := lang.ParseMarker(s)
	if ok && strings.TrimSpace(s[n:]) == "" {
		return true
	}
	// Until the marker parser knows every form, accept short bracketed
	// labels: "(a)", "(iv)", "a)", "1.".
	if utf8.RuneCountInString(s) <= 6 {
		t := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(s, "("), ")"), ".")
		if t != s && t != "" {
			for _, r := range t {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// nodeText returns the text inside n.
func nodeText(n *html.Node, depth int) string {
	if depth > maxMarkupDepth {
		return ""
	}
	if n.Type == html.TextNode {
		return n.Data
	}
	if n.Type == html.ElementNode && (skippedElements[n.DataAtom] || hidden(n)) {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c, depth+1))
	}
	return b.String()
}

// footnoteRef recognises a footnote reference: <sup>1</sup>, <a
// class="footnote">, or an anchor to a note holding a superscript label
// (EUR-Lex: <a href="#ntr1-..."> (<span class="super note-tag">1</span>)</a>).
// It returns the label.
func footnoteRef(n *html.Node) (string, bool) {
	switch n.DataAtom {
	case atom.Sup:
	case atom.A:
		cls := " " + attr(n, "class") + " "
		if !strings.Contains(cls, "footnote") && !strings.Contains(cls, "noteref") && !strings.Contains(cls, "note-ref") &&
			!(strings.HasPrefix(attr(n, "href"), "#") && hasSuper(n, 0)) {
			return "", false
		}
	default:
		return "", false
	}
	label := strings.TrimSpace(collapseSpace(nodeText(n, 0)))
	label = strings.TrimSuffix(strings.TrimPrefix(label, "("), ")")
	label = strings.TrimSuffix(strings.TrimPrefix(label, "["), "]")
	label = strings.TrimSpace(label)
	if label == "" || utf8.RuneCountInString(label) > 4 {
		return "", false
	}
	digits := false
	for _, r := range label {
		switch {
		case unicode.IsDigit(r), r == '*', r == '†', r == '‡':
			digits = true
		case unicode.IsLetter(r):
		default:
			return "", false
		}
	}
	// A bare superscript of letters is an ordinal or an abbreviation
	// ("1<sup>er</sup>", "2<sup>nd</sup>", "n.<sup>o</sup>"), not a note:
	// letter labels count only on links to a note.
	if !digits && n.DataAtom == atom.Sup && !linkedNote(n) {
		return "", false
	}
	return label, true
}

// linkedNote reports whether a <sup> holds a link to a place in the page.
func linkedNote(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && strings.HasPrefix(attr(c, "href"), "#") {
			return true
		}
	}
	return false
}

func hasSuper(n *html.Node, depth int) bool {
	if depth > 4 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Sup {
			return true
		}
		for _, k := range strings.Fields(attr(c, "class")) {
			if k == "super" || k == "note-tag" || k == "sup" {
				return true
			}
		}
		if hasSuper(c, depth+1) {
			return true
		}
	}
	return false
}

// newList reads the numbering of an <ol> (type, start, reversed, or a CSS
// list-style-type) or a <ul>.
func newList(n *html.Node, depth int) htmlList {
	l := htmlList{depth: depth, step: 1, typ: "1"}
	if n.DataAtom == atom.Ul {
		l.isBullet = true
		return l
	}
	l.ordered = true
	if t := attr(n, "type"); t != "" {
		switch t {
		case "1", "a", "A", "i", "I":
			l.typ = t
		}
	}
	st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	for css, t := range map[string]string{
		"list-style-type:lower-alpha": "a", "list-style-type:lower-latin": "a",
		"list-style-type:upper-alpha": "A", "list-style-type:upper-latin": "A",
		"list-style-type:lower-roman": "i", "list-style-type:upper-roman": "I",
		"list-style-type:decimal": "1",
	} {
		if strings.Contains(st, css) {
			l.typ = t
		}
	}
	if strings.Contains(st, "list-style-type:none") || strings.Contains(st, "list-style:none") {
		l.isBullet = true
		l.ordered = false
	}
	if hasAttr(n, "reversed") {
		l.step = -1
		// A reversed list counts down from the number of its items.
		count := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				count++
			}
		}
		l.next = count
	} else {
		l.next = 1
	}
	if s := attr(n, "start"); s != "" {
		if v, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && v > -1<<20 && v < 1<<20 {
			l.next = v
		}
	}
	return l
}

// render returns the marker a browser shows for the next item of the list.
func (l *htmlList) render(li *html.Node) (*lang.Marker, int) {
	if !l.ordered {
		if l.isBullet && strings.Contains(strings.ToLower(strings.ReplaceAll(attr(li, "style"), " ", "")), "list-style-type:none") {
			return nil, l.depth
		}
		return &lang.Marker{Raw: "•", System: lang.SystemBullet}, l.depth
	}
	if v := attr(li, "value"); v != "" {
		if k, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && k > -1<<20 && k < 1<<20 {
			l.next = k
		}
	}
	value := l.next
	l.next += l.step
	typ := l.typ
	if t := attr(li, "type"); t == "1" || t == "a" || t == "A" || t == "i" || t == "I" {
		typ = t
	}
	label, sys := listLabel(value, typ)
	raw := label + "."
	m := &lang.Marker{Raw: raw, System: sys, Value: value, Style: "%."}
	// Prefer the marker parser's reading when it agrees with the list type,
	// so rendered and typed markers look alike.
	if pm, n, ok := lang.ParseMarker(raw); ok && n == len(raw) && pm != nil && pm.System == sys && pm.Value == value {
		m = pm
	}
	return m, l.depth
}

// listLabel renders value in an HTML list type, as browsers do: letters
// continue past z as aa, ab ...; roman numerals for 1-3999; decimal
// otherwise.
func listLabel(value int, typ string) (string, lang.System) {
	switch typ {
	case "a", "A":
		if value >= 1 {
			s := alphaLabel(value)
			if typ == "A" {
				return strings.ToUpper(s), lang.SystemLatinUpper
			}
			return s, lang.SystemLatinLower
		}
	case "i", "I":
		if value >= 1 && value < 4000 {
			s := lang.FormatValue(lang.SystemRomanLower, value)
			if typ == "I" {
				return strings.ToUpper(s), lang.SystemRomanUpper
			}
			return s, lang.SystemRomanLower
		}
	}
	return strconv.Itoa(value), lang.SystemDecimal
}

func alphaLabel(v int) string {
	var b []byte
	for v > 0 {
		v--
		b = append([]byte{byte('a' + v%26)}, b...)
		v /= 26
	}
	return string(b)
}
