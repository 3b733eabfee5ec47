package docx

import (
	"regexp"
	"strconv"
	"strings"
)

// This file reads styles.xml and numbering.xml and renders automatic
// numbering the way Word does: counters per abstract numbering definition
// shared by every w:num that points at it, start values and overrides,
// restarts of lower levels, lvlText patterns and isLgl.

// style is one paragraph style of styles.xml, as far as parity needs it.
type style struct {
	id, name, basedOn string
	numID             string // "" when the style sets no numbering
	ilvl              int    // -1 when not given
	outline           int    // -1 when not given
}

// styles is the style sheet of a document.
type styles struct {
	byID        map[string]*style
	defaultPara string
	defaultLang string
	// Caches by style id: resolving a style chain per paragraph would
	// repeat the same work thousands of times.
	headingCache map[string]int
	numCache     map[string]styleNum
}

type styleNum struct {
	numID string
	ilvl  int
}

// headingName matches the names of built-in heading styles in the
// languages Word localises them to ("heading 1", "Titre 2", "Überschrift 3",
// "Заголовок 1", "Título 1", "标题 1").
var headingName = regexp.MustCompile(`(?i)^(heading|titre|título|titulo|überschrift|заголовок|标题|標題|titolo|kop|nagłówek)\s*([1-9])$`)

func parseStyles(root *node) *styles {
	s := &styles{byID: map[string]*style{}, headingCache: map[string]int{}, numCache: map[string]styleNum{}}
	if root == nil {
		return s
	}
	top := root.child("styles")
	if top == nil {
		return s
	}
	if dd := top.child("docDefaults"); dd != nil {
		if l := dd.child("rPrDefault").child("rPr").child("lang"); l != nil {
			s.defaultLang = l.attr("val")
		}
	}
	for _, k := range top.kids {
		if k.name != "style" || (k.attr("type") != "paragraph" && k.attr("type") != "") {
			continue
		}
		st := &style{id: k.attr("styleId"), ilvl: -1, outline: -1}
		st.name, _ = k.val("name")
		st.basedOn, _ = k.val("basedOn")
		ppr := k.child("pPr")
		if np := ppr.child("numPr"); np != nil {
			if v, ok := np.val("numId"); ok {
				st.numID = v
			}
			if v, ok := np.val("ilvl"); ok {
				st.ilvl = atoiDefault(v, -1)
			}
		}
		if v, ok := ppr.val("outlineLvl"); ok {
			st.outline = atoiDefault(v, -1)
		}
		if d := k.attr("default"); d == "1" || d == "true" || d == "on" {
			s.defaultPara = st.id
		}
		s.byID[st.id] = st
	}
	return s
}

// chain walks a style and the styles it is based on (bounded, so a loop
// in basedOn cannot hang the reader).
func (s *styles) chain(id string, f func(*style) bool) {
	if id == "" {
		id = s.defaultPara
	}
	for i := 0; i < 16 && id != ""; i++ {
		st := s.byID[id]
		if st == nil || !f(st) {
			return
		}
		id = st.basedOn
	}
}

// headingLevel returns the outline level (0-based) of a paragraph with
// style id and direct outline level outline (-1 if none), or -1 when the
// paragraph is body text.
func (s *styles) headingLevel(id string, outline int) int {
	if outline >= 0 && outline < 9 {
		return outline
	}
	if outline == 9 {
		return -1 // explicitly body text
	}
	if l, ok := s.headingCache[id]; ok {
		return l
	}
	level := -1
	defer func() { s.headingCache[id] = level }()
	s.chain(id, func(st *style) bool {
		if st.outline >= 0 {
			if st.outline < 9 {
				level = st.outline
			}
			return false
		}
		if m := headingName.FindStringSubmatch(st.name); m != nil {
			level, _ = strconv.Atoi(m[2])
			level--
			return false
		}
		if m := headingName.FindStringSubmatch(st.id); m != nil {
			level, _ = strconv.Atoi(m[2])
			level--
			return false
		}
		return true
	})
	return level
}

// styleNumbering returns the numbering a style (or the styles it is based
// on) gives its paragraphs: numId and ilvl (-1 when the style gives none).
func (s *styles) styleNumbering(id string) (numID string, ilvl int) {
	if c, ok := s.numCache[id]; ok {
		return c.numID, c.ilvl
	}
	defer func() { s.numCache[id] = styleNum{numID, ilvl} }()
	ilvl = -1
	s.chain(id, func(st *style) bool {
		if ilvl < 0 && st.ilvl >= 0 {
			ilvl = st.ilvl
		}
		if st.numID != "" {
			numID = st.numID
			return false
		}
		return true
	})
	return numID, ilvl
}

// level is one w:lvl of a numbering definition.
type level struct {
	start   int
	format  string // w:numFmt w:val
	custom  string // w:numFmt w:format, for "custom"
	text    string // w:lvlText w:val
	hasText bool
	restart int // w:lvlRestart: -1 default (after any higher level), 0 never, n after level n (1-based)
	isLgl   bool
	pStyle  string
}

type abstractNum struct {
	id           string
	levels       [9]*level
	numStyleLink string
}

type override struct {
	start    int
	hasStart bool
	lvl      *level
}

type numDef struct {
	id        string
	abstract  string
	overrides map[int]override
}

// numbering is the parsed numbering.xml.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*numDef
	st        *styles
}

func parseLevel(n *node) *level {
	l := &level{start: 0, restart: -1}
	if v, ok := n.val("start"); ok {
		l.start = atoiDefault(v, 0)
	} else {
		l.start = 0
	}
	if f := n.child("numFmt"); f != nil {
		l.format = f.attr("val")
		l.custom = f.attr("format")
	} else {
		l.format = "decimal"
	}
	if v, ok := n.val("lvlText"); ok {
		l.text, l.hasText = v, true
	}
	if v, ok := n.val("lvlRestart"); ok {
		l.restart = atoiDefault(v, -1)
	}
	if c := n.child("isLgl"); c != nil {
		v := c.attr("val")
		l.isLgl = v == "" || v == "1" || v == "true" || v == "on"
	}
	l.pStyle, _ = n.val("pStyle")
	return l
}

func parseNumbering(root *node, st *styles) *numbering {
	nb := &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*numDef{}, st: st}
	if root == nil {
		return nb
	}
	top := root.child("numbering")
	if top == nil {
		return nb
	}
	for _, k := range top.kids {
		switch k.name {
		case "abstractNum":
			a := &abstractNum{id: k.attr("abstractNumId")}
			a.numStyleLink, _ = k.val("numStyleLink")
			for _, lv := range k.kids {
				if lv.name != "lvl" {
					continue
				}
				i := atoiDefault(lv.attr("ilvl"), -1)
				if i >= 0 && i < 9 {
					a.levels[i] = parseLevel(lv)
				}
			}
			nb.abstracts[a.id] = a
		case "num":
			d := &numDef{id: k.attr("numId"), overrides: map[int]override{}}
			d.abstract, _ = k.val("abstractNumId")
			for _, o := range k.kids {
				if o.name != "lvlOverride" {
					continue
				}
				i := atoiDefault(o.attr("ilvl"), -1)
				if i < 0 || i >= 9 {
					continue
				}
				var ov override
				if v, ok := o.val("startOverride"); ok {
					ov.start, ov.hasStart = atoiDefault(v, 0), true
				}
				if lv := o.child("lvl"); lv != nil {
					ov.lvl = parseLevel(lv)
				}
				d.overrides[i] = ov
			}
			nb.nums[d.id] = d
		}
	}
	return nb
}

// abstractOf resolves a w:num to its abstract numbering, following a
// numStyleLink to the numbering style's own w:num.
func (nb *numbering) abstractOf(d *numDef) *abstractNum {
	a := nb.abstracts[d.abstract]
	for i := 0; i < 4 && a != nil && a.numStyleLink != ""; i++ {
		numID, _ := nb.st.styleNumbering(a.numStyleLink)
		linked := nb.nums[numID]
		if linked == nil {
			break
		}
		b := nb.abstracts[linked.abstract]
		if b == nil || b == a {
			break
		}
		a = b
	}
	return a
}

// levelDef returns the definition of level i of a w:num, overrides applied.
func (nb *numbering) levelDef(d *numDef, a *abstractNum, i int) *level {
	if ov, ok := d.overrides[i]; ok && ov.lvl != nil {
		return ov.lvl
	}
	if a == nil || i < 0 || i >= 9 {
		return nil
	}
	return a.levels[i]
}

// numProps are the numbering-related properties of one paragraph.
type numProps struct {
	style   string
	numID   string // "" none given directly
	ilvl    int    // -1 none given directly
	hasNum  bool   // a w:numPr was present
	outline int    // -1 none
	lang    string
}

// counter is the numbering state of one abstract numbering definition.
type counter struct {
	count [9]int
	used  [9]bool
}

// numberer renders labels paragraph by paragraph, in document order, for
// one view of a document.
type numberer struct {
	nb       *numbering
	counters map[*abstractNum]*counter
	applied  map[string]bool // w:num whose start overrides were applied
}

func newNumberer(nb *numbering) *numberer {
	return &numberer{nb: nb, counters: map[*abstractNum]*counter{}, applied: map[string]bool{}}
}

// label is the rendered automatic number of a paragraph.
type label struct {
	text   string
	format string
	value  int
	path   []int // the numbers shown, in order (for multi-level labels)
	ilvl   int
	lvl    *level
}

// next advances the numbering for a paragraph with properties p and
// returns its label, or nil when the paragraph is not numbered.
func (n *numberer) next(p numProps) *label {
	if n.nb == nil {
		return nil
	}
	numID, ilvl := p.numID, p.ilvl
	if numID == "" || ilvl < 0 {
		sNum, sLvl := n.nb.st.styleNumbering(p.style)
		if numID == "" {
			numID = sNum
		}
		if ilvl < 0 {
			ilvl = sLvl
		}
	}
	if numID == "" || numID == "0" {
		return nil
	}
	d := n.nb.nums[numID]
	if d == nil {
		return nil
	}
	a := n.nb.abstractOf(d)
	if a == nil {
		return nil
	}
	if ilvl < 0 {
		// A style linked to a level of the list (w:lvl/w:pStyle) numbers at that level.
		ilvl = 0
		for i, l := range a.levels {
			if l != nil && p.style != "" && l.pStyle == p.style {
				ilvl = i
				break
			}
		}
	}
	if ilvl > 8 {
		ilvl = 8
	}
	lv := n.nb.levelDef(d, a, ilvl)
	if lv == nil {
		return nil
	}
	c := n.counters[a]
	if c == nil {
		c = &counter{}
		n.counters[a] = c
	}
	if !n.applied[numID] {
		n.applied[numID] = true
		for i, ov := range d.overrides {
			if ov.hasStart && i >= 0 && i < 9 {
				c.count[i], c.used[i] = ov.start-1, true
			}
		}
	}
	if c.used[ilvl] {
		c.count[ilvl]++
	} else {
		c.count[ilvl], c.used[ilvl] = lv.start, true
	}
	for k := ilvl + 1; k < 9; k++ {
		r := -1
		if l := n.nb.levelDef(d, a, k); l != nil {
			r = l.restart
		}
		if r < 0 || (r > 0 && ilvl < r) {
			c.used[k] = false
		}
	}
	lb := &label{format: lv.format, value: c.count[ilvl], ilvl: ilvl, lvl: lv}
	if !lv.hasText {
		lb.text = ""
		return lb
	}
	var b strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			i++
			kl := n.nb.levelDef(d, a, k)
			v := 0
			switch {
			case c.used[k]:
				v = c.count[k]
			case kl != nil:
				v = kl.start
			}
			f, custom := "decimal", ""
			if kl != nil {
				f, custom = kl.format, kl.custom
			}
			if lv.isLgl && f != "decimalZero" {
				f = "decimal"
			}
			if f == "bullet" || f == "none" {
				continue
			}
			b.WriteString(formatNumber(v, f, custom, p.lang))
			lb.path = append(lb.path, v)
			continue
		}
		b.WriteByte(t[i])
	}
	lb.text = b.String()
	return lb
}

func atoiDefault(s string, def int) int {
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return def
	}
	return v
}
