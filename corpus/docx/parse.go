package docx

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// This file streams a story part (document.xml, footnotes.xml,
// endnotes.xml) into source paragraphs that keep every revision mark, so
// that both views can be built from one pass over the XML.

// rev is the revision state of a piece of content.
type rev uint8

const (
	revNone rev = iota
	revIns      // inserted (w:ins, w:moveTo)
	revDel      // deleted (w:del, w:moveFrom)
	revBoth     // inserted then deleted: absent from both views
)

// segment is a run of text with one revision state.
type segment struct {
	text string
	rev  rev
}

// noteRef is a footnote or endnote reference in a paragraph.
type noteRef struct {
	endnote bool
	id      string
	rev     rev
	pos     int // number of segments before it
	// mark is the reference mark typed by the author (w:customMarkFollows:
	// the text that follows, such as "*"), or "" for automatic numbering.
	mark   string
	custom bool
}

// srcPara is one w:p of a story as written in the file.
type srcPara struct {
	index     int // 1-based paragraph number in the part
	segs      []segment
	refs      []noteRef
	props     numProps // current properties
	orig      numProps // properties before w:pPrChange, when hasOrig
	hasOrig   bool
	numChange bool   // w:numberingChange, an inserted/deleted w:numPr, or a tracked content control
	anchor    string // name of the first bookmark in the paragraph
	markRev   rev    // revision of the paragraph mark
	numRev    rev    // revision of the numbering properties (w:numPr/w:ins, w:numPr/w:del)
	cell      *cell
	rowRev    rev
	note      *note
}

// cell is a table cell; rows group cells.
type cell struct {
	row *row
}

type row struct {
	rev   rev
	cells []*cell
}

// note is a footnote or endnote body.
type note struct {
	endnote bool
	id      string
	special bool // separator and continuation notes
}

// story is a parsed part.
type story struct {
	paras []*srcPara
}

// parseStory reads a story part. notes is true for footnotes.xml and
// endnotes.xml.
func parseStory(r io.Reader, name string, endnotes bool) (*story, error) {
	p := newPartDecoder(r, name)
	s := &story{}
	st := &storyState{s: s, endnotes: endnotes}
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
			if skipElement[t.Name.Local] {
				if err := p.skip(); err != nil {
					return nil, err
				}
				continue
			}
			st.start(t)
		case xml.EndElement:
			st.end(t.Name.Local)
		case xml.CharData:
			if st.inText > 0 && st.visible() && st.para != nil {
				if st.customMark != nil {
					// The text right after a custom-mark reference is
					// the mark, shown in place of a number.
					st.customMark.mark += string(t)
					continue
				}
				st.add(string(t))
			}
		}
	}
	return s, nil
}

// skipElement lists subtrees that hold no text a reader sees in the flow
// of the story: drawings and text boxes (their text floats elsewhere),
// field instructions, content control properties, alternative content
// fallbacks, and property blocks other than paragraph properties.
var skipElement = map[string]bool{
	"drawing": true, "pict": true, "object": true, "Fallback": true,
	"txbxContent": true, "instrText": true, "delInstrText": true,
	"sdtPr": true, "sdtEndPr": true, "tblPr": true, "tblGrid": true,
	"tcPr": true, "sectPr": true, "footnoteRef": true, "endnoteRef": true,
	"commentReference": true, "annotationRef": true, "tblPrEx": true,
	"separator": true, "continuationSeparator": true,
	"rt": true, // ruby (phonetic guide) text above the base text
}

type fieldState struct{ instr bool }

type storyState struct {
	s        *story
	endnotes bool
	stack    []string
	para     *srcPara
	paraN    int
	inText   int
	ins, del int
	fields   []fieldState
	nInstr   int // fields on the stack still in their instruction part
	// hidden: the current run is hidden text (w:vanish), which Word does
	// not show or print.
	hidden bool
	// customMark is the note reference whose mark text is being read.
	customMark *noteRef
	// buf collects the text of the segment being read (revision bufRev),
	// so that a paragraph of many runs costs linear time.
	buf    strings.Builder
	bufRev rev
	cells  []*cell // enclosing cells, outermost first
	rows   []*row
	note   *note
	// inPPr: inside the w:pPr of the current paragraph (1), or inside its
	// w:pPrChange (2).
	inPPr int
}

func (st *storyState) parent(i int) string {
	if len(st.stack) > i {
		return st.stack[len(st.stack)-1-i]
	}
	return ""
}

func (st *storyState) visible() bool {
	return st.nInstr == 0
}

func (st *storyState) curRev() rev {
	switch {
	case st.ins > 0 && st.del > 0:
		return revBoth
	case st.del > 0:
		return revDel
	case st.ins > 0:
		return revIns
	}
	return revNone
}

func (st *storyState) add(text string) {
	if text == "" || st.hidden {
		return
	}
	r := st.curRev()
	if st.buf.Len() > 0 && r != st.bufRev {
		st.flush()
	}
	st.bufRev = r
	st.buf.WriteString(text)
}

// flush ends the segment being collected.
func (st *storyState) flush() {
	if st.buf.Len() == 0 || st.para == nil {
		st.buf.Reset()
		return
	}
	st.para.segs = append(st.para.segs, segment{text: st.buf.String(), rev: st.bufRev})
	st.buf.Reset()
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func (st *storyState) start(t xml.StartElement) {
	local := t.Name.Local
	parent := st.parent(0)
	st.stack = append(st.stack, local)
	if st.inPPr > 0 {
		st.pprStart(local, parent, t)
		return
	}
	switch local {
	case "footnote", "endnote":
		if parent == "footnotes" || parent == "endnotes" {
			typ := attr(t, "type")
			st.note = &note{endnote: local == "endnote", id: attr(t, "id"),
				special: typ == "separator" || typ == "continuationSeparator" || typ == "continuationNotice"}
		}
	case "p":
		if st.para != nil {
			return // a paragraph inside a paragraph (text box content): flattened
		}
		st.paraN++
		st.para = &srcPara{index: st.paraN, props: numProps{ilvl: -1, outline: -1}, note: st.note}
		if len(st.cells) > 0 {
			st.para.cell = st.cells[0]
		}
		if len(st.rows) > 0 {
			for _, r := range st.rows {
				if r.rev != revNone {
					st.para.rowRev = r.rev
				}
			}
		}
	case "pPr":
		if parent == "p" && st.para != nil {
			st.inPPr = 1
		}
	case "tr":
		r := &row{}
		st.rows = append(st.rows, r)
	case "trPr":
	case "ins", "moveTo":
		if parent == "trPr" && len(st.rows) > 0 {
			st.rows[len(st.rows)-1].rev = revIns
			return
		}
		st.ins++
	case "del", "moveFrom":
		if parent == "trPr" && len(st.rows) > 0 {
			st.rows[len(st.rows)-1].rev = revDel
			return
		}
		st.del++
	case "tc":
		c := &cell{}
		if len(st.rows) > 0 {
			c.row = st.rows[len(st.rows)-1]
			c.row.cells = append(c.row.cells, c)
		}
		st.cells = append(st.cells, c)
	case "t", "delText":
		st.inText++
	case "tab", "ptab":
		if st.para != nil && st.visible() && parent == "r" {
			st.add("\t")
		}
	case "br", "cr":
		if st.para != nil && st.visible() {
			st.add("\n")
		}
	case "noBreakHyphen":
		if st.para != nil && st.visible() {
			st.add("-")
		}
	case "sym":
		if st.para != nil && st.visible() {
			if v, err := strconv.ParseUint(attr(t, "char"), 16, 32); err == nil {
				r := rune(v)
				if r >= 0xF020 && r <= 0xF0FF {
					r -= 0xF000 // Symbol-font private-use code points
				}
				if r > 0x20 && r < 0x110000 {
					st.add(string(r))
				}
			}
		}
	case "fldChar":
		switch attr(t, "fldCharType") {
		case "begin":
			st.fields = append(st.fields, fieldState{instr: true})
			st.nInstr++
		case "separate":
			if n := len(st.fields); n > 0 && st.fields[n-1].instr {
				st.fields[n-1].instr = false
				st.nInstr--
			}
		case "end":
			if n := len(st.fields); n > 0 {
				if st.fields[n-1].instr {
					st.nInstr--
				}
				st.fields = st.fields[:n-1]
			}
		}
	case "vanish":
		if parent == "rPr" && st.parent(2) == "r" {
			v := attr(t, "val")
			st.hidden = v != "0" && v != "false" && v != "off"
		}
	case "bookmarkStart":
		// Bookmarks are what REF fields and internal hyperlinks point at
		// (_Ref…, _Toc…); _GoBack is Word's last-edit position.
		if st.para != nil && st.para.anchor == "" {
			if name := attr(t, "name"); name != "" && name != "_GoBack" {
				st.para.anchor = name
			}
		}
	case "customXmlInsRangeStart", "customXmlDelRangeStart":
		// A content control or custom XML element inserted or removed
		// around text that stays: the paragraph's structure changed.
		if st.para != nil {
			st.para.numChange = true
		}
	case "footnoteReference", "endnoteReference":
		if st.para != nil && st.visible() {
			st.flush()
			st.customMark = nil
			cm := attr(t, "customMarkFollows")
			st.para.refs = append(st.para.refs, noteRef{endnote: local == "endnoteReference",
				id: attr(t, "id"), rev: st.curRev(), pos: len(st.para.segs),
				custom: cm == "1" || cm == "true" || cm == "on"})
			if r := &st.para.refs[len(st.para.refs)-1]; r.custom {
				st.customMark = r
			}
		}
	}
}

// pprStart reads paragraph properties and their tracked changes.
func (st *storyState) pprStart(local, parent string, t xml.StartElement) {
	p := st.para
	props := &p.props
	if st.inPPr == 2 {
		props = &p.orig
	}
	switch local {
	case "pPrChange":
		st.inPPr = 2
		p.hasOrig = true
		p.orig = numProps{ilvl: -1, outline: -1, lang: p.props.lang}
	case "pStyle":
		props.style = attr(t, "val")
	case "numPr":
		props.hasNum = true
	case "ilvl":
		if parent == "numPr" {
			props.ilvl = atoiDefault(attr(t, "val"), -1)
		}
	case "numId":
		if parent == "numPr" {
			props.numID = attr(t, "val")
		}
	case "numberingChange":
		p.numChange = true
	case "outlineLvl":
		props.outline = atoiDefault(attr(t, "val"), -1)
	case "lang":
		if v := attr(t, "val"); v != "" {
			props.lang = v
		}
	case "ins", "moveTo":
		switch parent {
		case "rPr":
			p.markRev = revIns
		case "numPr":
			p.numChange, p.numRev = true, revIns
		}
	case "del", "moveFrom":
		switch parent {
		case "rPr":
			p.markRev = revDel
		case "numPr":
			p.numChange, p.numRev = true, revDel
		}
	}
}

func (st *storyState) end(local string) {
	if n := len(st.stack); n > 0 {
		st.stack = st.stack[:n-1]
	}
	if st.inPPr > 0 {
		switch local {
		case "pPrChange":
			st.inPPr = 1
		case "pPr":
			if st.inPPr == 1 {
				st.inPPr = 0
			}
		}
		return
	}
	switch local {
	case "p":
		if st.para != nil && st.parent(0) != "r" && !st.insideRunContent() {
			st.flush()
			st.s.paras = append(st.s.paras, st.para)
			st.para = nil
		}
	case "t", "delText":
		if st.inText > 0 {
			st.inText--
		}
	case "r":
		st.customMark = nil
		st.hidden = false
	case "ins", "moveTo":
		if st.parent(0) != "trPr" && st.ins > 0 {
			st.ins--
		}
	case "del", "moveFrom":
		if st.parent(0) != "trPr" && st.del > 0 {
			st.del--
		}
	case "tc":
		if n := len(st.cells); n > 0 {
			st.cells = st.cells[:n-1]
		}
	case "tr":
		if n := len(st.rows); n > 0 {
			st.rows = st.rows[:n-1]
		}
	case "footnote", "endnote":
		st.note = nil
	}
}

// insideRunContent reports whether the element stack still holds a w:p,
// that is, the paragraph that ended was nested in another (text boxes).
func (st *storyState) insideRunContent() bool {
	for _, s := range st.stack {
		if s == "p" {
			return true
		}
	}
	return false
}

// visibleIn reports whether content with revision r is shown in the final
// view (final) or the original view.
func visibleIn(r rev, final bool) bool {
	switch r {
	case revIns:
		return final
	case revDel:
		return !final
	case revBoth:
		return false
	}
	return true
}
