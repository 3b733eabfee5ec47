package docx

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// This file builds one view (final or original) of a parsed document:
// paragraphs whose mark is removed in the view merge with the next one,
// removed content and table rows disappear, numbering is rendered over
// the paragraphs that remain, and blocks are made from paragraphs and
// table cells.

// viewPara is a paragraph as it stands in one view.
type viewPara struct {
	index   int // source paragraph number of the first merged paragraph
	anchor  string
	segs    []segment
	refs    []noteRef
	props   numProps
	cell    *cell
	changed bool // merged paragraphs, a mark or numbering property revised
	visible bool // some text of it shows in the view
	label   *label
	heading int
}

// text is the paragraph's visible text and a summary of the revisions in it.
func (vp *viewPara) text(final bool) (text string, added, removed, kept bool) {
	var b strings.Builder
	for _, s := range vp.segs {
		switch {
		case visibleIn(s.rev, final) && s.rev != revNone:
			added = added || strings.TrimSpace(s.text) != ""
			b.WriteString(s.text)
		case visibleIn(s.rev, final):
			kept = kept || strings.TrimSpace(s.text) != ""
			b.WriteString(s.text)
		case s.rev != revBoth:
			removed = removed || strings.TrimSpace(s.text) != ""
		}
	}
	return b.String(), added, removed, kept
}

// removedIn reports whether content of revision r is absent from the view.
func removedIn(r rev, final bool) bool { return r != revNone && !visibleIn(r, final) }

// buildParas turns the source paragraphs of a story into the paragraphs
// of a view.
func buildParas(src []*srcPara, final bool) []*viewPara {
	var out []*viewPara
	var pending *viewPara
	for i, p := range src {
		if removedIn(p.rowRev, final) {
			continue
		}
		if pending != nil && (pending.cell != p.cell) {
			out = flushPending(out, pending, final)
			pending = nil
		}
		props := p.props
		if !final && p.hasOrig {
			props = p.orig
			if props.lang == "" {
				props.lang = p.props.lang
			}
		}
		if removedIn(p.numRev, final) && !(p.hasOrig && !final) {
			// The numbering itself was inserted (or deleted): without it
			// the paragraph is not numbered, whatever its style says.
			props.numID, props.hasNum = "0", false
		}
		vp := pending
		if vp == nil {
			vp = &viewPara{index: p.index, cell: p.cell}
		} else if vp.visible {
			// Text of a paragraph whose mark is gone joins this one.
			vp.changed = true
		} else {
			// Nothing of the removed paragraph shows: this paragraph
			// stands as it was.
			vp = &viewPara{index: p.index, cell: p.cell}
		}
		base := len(vp.segs)
		vp.segs = append(vp.segs, p.segs...)
		for _, sg := range p.segs {
			if visibleIn(sg.rev, final) && strings.TrimSpace(sg.text) != "" {
				vp.visible = true
				break
			}
		}
		for _, r := range p.refs {
			r.pos += base
			vp.refs = append(vp.refs, r)
		}
		vp.props = props
		if vp.anchor == "" {
			vp.anchor = p.anchor
		}
		if p.markRev != revNone || p.numChange || (p.hasOrig && numberingDiffers(p.props, p.orig)) {
			vp.changed = true
		}
		next := i + 1
		lastInContainer := next >= len(src) || src[next].cell != p.cell || src[next].note != p.note
		if removedIn(p.markRev, final) && !lastInContainer {
			pending = vp
			continue
		}
		pending = nil
		out = append(out, vp)
	}
	if pending != nil {
		out = flushPending(out, pending, final)
	}
	return out
}

// markerShape is what a cell holding only a list marker looks like, for
// markers the marker parser does not read: "(a)", "a)", "iv.", "1.", "①".
var markerShape = regexp.MustCompile(`^(?:[(（][\p{L}\p{N}]{1,5}[)）]|[\p{L}\p{N}]{1,5}[)）.、]|[①-⑳㈠-㈩])$`)

// flushPending keeps a paragraph whose mark was removed at the end of its
// container only when something of it remains visible.
func flushPending(out []*viewPara, vp *viewPara, final bool) []*viewPara {
	if vp.visible {
		out = append(out, vp)
	}
	return out
}

// numberingDiffers reports whether a property change touches what the
// reader sees of a paragraph's role: its numbering, style or outline level.
func numberingDiffers(a, b numProps) bool {
	return a.numID != b.numID || a.ilvl != b.ilvl || a.style != b.style || a.outline != b.outline || a.hasNum != b.hasNum
}

// document is a parsed DOCX: everything both views are built from.
type document struct {
	body      *story
	footnotes *story
	endnotes  *story
	st        *styles
	nb        *numbering
}

// build makes the blocks of one view.
func (d *document) build(final bool) []corpus.Block {
	paras := buildParas(d.body.paras, final)
	num := newNumberer(d.nb)
	for _, vp := range paras {
		if vp.props.lang == "" {
			vp.props.lang = d.st.defaultLang
		}
		vp.label = num.next(vp.props)
		// Headings come from styles (heading names, built-in ids, the
		// style's outline level). A direct w:outlineLvl on a paragraph is
		// left out: documents set it on body text to show it in the
		// navigation pane (pandoc reads such paragraphs as text too).
		vp.heading = d.st.headingLevel(vp.props.style, -1)
	}
	b := &blockBuilder{final: final, labels: map[string]string{}}
	for i := 0; i < len(paras); {
		vp := paras[i]
		if vp.cell == nil {
			b.paragraph(vp)
			i++
			continue
		}
		// Gather the row: consecutive paragraphs whose cells share a row.
		r := vp.cell.row
		j := i
		for j < len(paras) && paras[j].cell != nil && paras[j].cell.row == r {
			j++
		}
		if r == nil || j == i {
			j = i + 1
		}
		b.row(paras[i:j])
		i = j
	}
	b.notes(d, final)
	return b.blocks
}

type blockBuilder struct {
	final  bool
	blocks []corpus.Block
	// labels maps "f:id" / "e:id" to the displayed footnote label, in
	// order of first reference.
	labels    map[string]string
	noteOrder []noteRef
	noteLine  map[string]int // paragraph number of a note's first reference
	nFoot     int
	nEnd      int
}

// status gives the revision state of a block made of paragraphs.
func (b *blockBuilder) status(ps []*viewPara) corpus.Revision {
	var added, removed, kept, changed bool
	for _, vp := range ps {
		_, a, r, k := vp.text(b.final)
		added, removed, kept = added || a, removed || r, kept || k
		changed = changed || vp.changed
		for _, ref := range vp.refs {
			if ref.rev != revNone {
				if visibleIn(ref.rev, b.final) {
					added = true
				} else {
					removed = true
				}
			}
		}
	}
	switch {
	case added && !kept && !removed:
		if b.final {
			return corpus.RevInserted
		}
		return corpus.RevDeleted
	case added || removed || changed:
		return corpus.RevChanged
	}
	return corpus.RevNone
}

// refLabels returns the displayed labels of the notes a paragraph
// references in this view, numbering notes on first reference.
func (b *blockBuilder) refLabels(vp *viewPara) []string {
	var out []string
	for _, r := range vp.refs {
		if !visibleIn(r.rev, b.final) {
			continue
		}
		key := "f:" + r.id
		if r.endnote {
			key = "e:" + r.id
		}
		l, ok := b.labels[key]
		if !ok {
			switch {
			case r.custom:
				l = strings.TrimSpace(r.mark)
			case r.endnote:
				b.nEnd++
				l = strings.ToLower(roman(b.nEnd))
			default:
				b.nFoot++
				l = strconv.Itoa(b.nFoot)
			}
			b.labels[key] = l
			b.noteOrder = append(b.noteOrder, r)
			if b.noteLine == nil {
				b.noteLine = map[string]int{}
			}
			b.noteLine[key] = vp.index
		}
		out = append(out, l)
	}
	return out
}

func cleanText(s string) string {
	return strings.TrimSpace(s)
}

func (b *blockBuilder) paragraph(vp *viewPara) {
	text, _, _, _ := vp.text(b.final)
	text = cleanText(text)
	refs := b.refLabels(vp)
	hasLabel := vp.label != nil && (vp.label.text != "" || vp.label.format == "bullet")
	if text == "" && !hasLabel && len(refs) == 0 {
		return
	}
	blk := corpus.Block{Line: vp.index, Text: text, Revision: b.status([]*viewPara{vp})}
	blk.SetAnchor(vp.anchor)
	blk.SetFootnoteRefs(refs)
	b.classify(&blk, vp)
	b.add(blk)
}

// classify sets kind, level and marker from the heading level and the
// rendered numbering.
func (b *blockBuilder) classify(blk *corpus.Block, vp *viewPara) {
	if vp.label != nil {
		blk.Marker = labelMarker(vp.label)
	}
	switch {
	case vp.heading >= 0:
		blk.Kind = corpus.KindHeading
	case blk.Marker != nil:
		blk.Kind = corpus.KindItem
		blk.Level = vp.label.ilvl + 1
	}
}

func (b *blockBuilder) add(blk corpus.Block) {
	blk.Index = len(b.blocks)
	b.blocks = append(b.blocks, blk)
}

// row makes the blocks of one table row: a block per cell, or one item
// block when the first cell holds only a marker.
func (b *blockBuilder) row(ps []*viewPara) {
	var cells [][]*viewPara
	for i, vp := range ps {
		if i == 0 || vp.cell != ps[i-1].cell {
			cells = append(cells, nil)
		}
		cells[len(cells)-1] = append(cells[len(cells)-1], vp)
	}
	cellText := func(c []*viewPara) string {
		var parts []string
		for _, vp := range c {
			if t, _, _, _ := vp.text(b.final); cleanText(t) != "" {
				parts = append(parts, cleanText(t))
			}
		}
		return strings.Join(parts, "\n")
	}
	if len(cells) >= 2 {
		first := cellText(cells[0])
		lb := cells[0][0].label
		autoOnly := first == "" && lb != nil && lb.text != ""
		typedOnly := false
		if !autoOnly && first != "" && !strings.ContainsAny(first, "\n") {
			if _, n, ok := lang.ParseMarker(first); ok && n >= len(first) {
				typedOnly = true
			} else if markerShape.MatchString(first) {
				typedOnly = true
			}
		}
		if autoOnly || typedOnly {
			var parts []string
			if typedOnly {
				parts = append(parts, first)
			}
			var all []*viewPara
			for _, c := range cells {
				all = append(all, c...)
			}
			for _, c := range cells[1:] {
				if t := cellText(c); t != "" {
					parts = append(parts, t)
				}
			}
			var refs []string
			for _, vp := range all {
				refs = append(refs, b.refLabels(vp)...)
			}
			blk := corpus.Block{Line: cells[0][0].index, Kind: corpus.KindItem, Level: 1,
				Text: strings.Join(parts, " "), Revision: b.status(all)}
			blk.SetFootnoteRefs(refs)
			if autoOnly {
				blk.Marker = labelMarker(lb)
				blk.Level = lb.ilvl + 1
			}
			b.add(blk)
			return
		}
	}
	for _, c := range cells {
		text := cellText(c)
		var refs []string
		for _, vp := range c {
			refs = append(refs, b.refLabels(vp)...)
		}
		first := c[0]
		hasLabel := first.label != nil && (first.label.text != "" || first.label.format == "bullet")
		if text == "" && !hasLabel && len(refs) == 0 {
			continue
		}
		blk := corpus.Block{Line: first.index, Text: text, Revision: b.status(c)}
		blk.SetAnchor(first.anchor)
		blk.SetFootnoteRefs(refs)
		b.classify(&blk, first)
		b.add(blk)
	}
}

// notes appends the footnote and endnote bodies referenced in this view,
// in order of first reference.
func (b *blockBuilder) notes(d *document, final bool) {
	if len(b.noteOrder) == 0 {
		return
	}
	byNote := func(s *story) map[string][]*srcPara {
		m := map[string][]*srcPara{}
		if s == nil {
			return m
		}
		for _, p := range s.paras {
			if p.note != nil && !p.note.special {
				m[p.note.id] = append(m[p.note.id], p)
			}
		}
		return m
	}
	foot, end := byNote(d.footnotes), byNote(d.endnotes)
	for _, r := range b.noteOrder {
		src := foot[r.id]
		key := "f:" + r.id
		if r.endnote {
			src, key = end[r.id], "e:"+r.id
		}
		paras := buildParas(src, final)
		var parts []string
		for _, vp := range paras {
			if t, _, _, _ := vp.text(final); cleanText(t) != "" {
				parts = append(parts, cleanText(t))
			}
		}
		// A note body has no place in the body's paragraphs: its Line is
		// that of the paragraph that first references it.
		blk := corpus.Block{Kind: corpus.KindFootnote,
			Text: strings.Join(parts, "\n"), Line: b.noteLine[key], Revision: b.status(paras)}
		blk.SetFootnoteID(b.labels[key])
		if r.rev != revNone {
			if final {
				blk.Revision = corpus.RevInserted
			} else {
				blk.Revision = corpus.RevDeleted
			}
		}
		b.add(blk)
	}
}

// labelMarker turns a rendered numbering label into a marker: parsed like
// a typed marker when the parser reads the whole label as the same
// number, otherwise built from what the numbering definition says.
func labelMarker(lb *label) *lang.Marker {
	raw := lb.text
	if lb.format == "bullet" {
		return &lang.Marker{Raw: raw, System: lang.SystemBullet}
	}
	if strings.TrimSpace(raw) == "" {
		return nil
	}
	if m, n, ok := lang.ParseMarker(raw); ok && n >= len(strings.TrimRight(raw, " \t")) && m.Value == lb.value {
		m.Raw = raw
		return m
	}
	m := &lang.Marker{Raw: raw, Value: lb.value, System: formatSystem[lb.format]}
	if m.System == lang.SystemNone {
		m.System = lang.SystemDecimal
	}
	if lb.lvl != nil && lb.lvl.isLgl && m.System != lang.SystemDecimal {
		m.System = lang.SystemDecimal
	}
	if len(lb.path) > 1 {
		m.System = lang.SystemMultiLevel
		m.Path = append([]int(nil), lb.path...)
	} else if lb.lvl != nil && strings.Count(lb.lvl.text, "%") == 1 {
		i := strings.IndexByte(lb.lvl.text, '%')
		if i+1 < len(lb.lvl.text) {
			m.Style = lb.lvl.text[:i] + "%" + lb.lvl.text[i+2:]
		}
	}
	return m
}
