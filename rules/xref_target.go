package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// XrefTarget reports internal cross-references that point at nothing.
var XrefTarget = &Rule{
	Name: "xref/target",
	Doc: `Reports an internal cross-reference that does not resolve in its own version: "resolves 3" in a resolution whose resolves section has two items, "Article 12" in a text with eleven articles, "subsection (4)" in a section with three subsections, "paragraph (5)(c)" when subsection (5) has points (a) and (b). ` +
		`References are read in each version's language ("resolves 1 and 2", "paragraph 35 a) to e)", "Article 3(2)(a)", "l'alinéa b)", "пункт 2", "الفقرة 2", "第3段", "第十二條第一款第六目"); references into other documents ("Article 4 of the Basic Regulation", "《突尼斯议程》第35段") are not checked, nor references in an amending provision or in the text it quotes (Justice Canada type="amending", AmendedText), which point into the Act being amended, nor references whose container cannot be told. ` +
		`A relative reference counts from the nearest enclosing level that has a whole numbered list: "subsection (9)" in subsection (2) of a section with subsections (1) to (3) is looked for among the section's subsections.`,
	Severity:    Error,
	MinVersions: 1,
	Run:         runXrefTarget,
}

func runXrefTarget(p *Pass) error {
	for v, d := range p.Versions() {
		st := newStructure(d)
		for b := range d.Blocks {
			bl := &d.Blocks[b]
			if !final(bl) || bl.Text == "" || bl.Amending {
				// an amending provision refers to the Act it amends
				continue
			}
			refs := lang.References(bl.Text, d.Lang)
			for k, ref := range refs {
				if ref.External || containerElsewhere(bl.Text, refs, k) {
					continue
				}
				for _, tg := range ref.Targets {
					if ok, have := st.resolve(b, ref.Unit, tg); !ok {
						f := Finding{Location: findIn(p, v, b, ref.Raw),
							Message: fmt.Sprintf("%s refers to %s, which %s", d.ID, describeTarget(ref, tg), have)}
						if st.looked >= 0 {
							f.Related = []Location{markerLoc(p, v, st.looked)}
						}
						p.Report(f)
						break
					}
				}
			}
		}
	}
	return nil
}

// otherArticleBefore are the words that, right before a reference, make
// its container another article than the one it is made in: 前條第二項
// (paragraph 2 of the preceding article).
var otherArticleBefore = []string{"前條", "前条", "前一條", "前一条"}

// containerElsewhere reports whether reference k of a block's references
// counts from another container than the block's own: one named just
// before it (前條第二項), the container of the reference it continues
// (第三十條第一項、第六項), or a reference that follows it with nothing but
// further labels in between, as a genitive does ("подпункте (i) (А) (1)
// пункта (а) Раздела 3", subparagraph (i) of paragraph (a) of Section 3).
func containerElsewhere(text string, refs []lang.Reference, k int) bool {
	before := strings.TrimRight(text[:refs[k].Start], " ")
	for _, w := range otherArticleBefore {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	if k > 0 {
		// 前條第二項至第四項, 第三十條第一項至第三項、第六項: the second of
		// two references joined by a word (至, 、, "and") shares the
		// container of the first, when that one names an article or a
		// container elsewhere
		prev := refs[k-1]
		if j := strings.TrimSpace(text[prev.End:refs[k].Start]); utf8.RuneCountInString(j) <= 3 && !strings.ContainsAny(j, "0123456789") &&
			(prev.Unit == "article" && refs[k].Unit != "article" || containerElsewhere(text, refs[:k], k-1)) {
			return true
		}
	}
	if k+1 >= len(refs) {
		return false
	}
	gap := text[refs[k].End:refs[k+1].Start]
	for _, f := range strings.Fields(gap) {
		if len(f) < 3 || f[0] != '(' || f[len(f)-1] != ')' {
			return false
		}
	}
	return true
}

func describeTarget(ref lang.Reference, tg string) string {
	if len(ref.Targets) == 1 {
		return quote(ref.Raw)
	}
	return fmt.Sprintf("%s %s in %s", ref.Unit, tg, quote(ref.Raw))
}

// structure is what a version's references can point at.
type structure struct {
	d *corpus.Document
	// articles maps article numbers to their heading block.
	articles map[int]int
	// sections maps a section heading key to the values of its items.
	sections map[string][]int
	// looked is the first item of the list the last failed resolution
	// looked in, or -1.
	looked int
}

func newStructure(d *corpus.Document) *structure {
	st := &structure{d: d, articles: map[int]int{}, sections: map[string][]int{}, looked: -1}
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if !final(b) {
			continue
		}
		if m := b.Marker; m != nil && m.Unit == lang.UnitArticle && m.Value > 0 {
			key := m.Value
			if len(m.Path) == 2 && m.Path[1] < 1000 {
				// Article 17-1 (第 17-1 條), inserted after 17: keyed as
				// references write it, like 63.1
				key = m.Path[0]*1000 + m.Path[1]
			}
			if _, ok := st.articles[key]; !ok {
				st.articles[key] = i
			}
		}
		if b.Kind == corpus.KindItem && b.Section != "" && b.Level <= 1 && numbered(b.Marker) {
			st.sections[b.Section] = append(st.sections[b.Section], b.Marker.Value)
		}
	}
	return st
}

// resolve reports whether target tg (a path "3/2/1") of a reference of the
// given unit, made in block at, exists; when not, the second result says
// what the version has instead.
func (st *structure) resolve(at int, unit, tg string) (bool, string) {
	st.looked = -1
	path := parsePathKey(tg)
	if len(path) == 0 {
		return true, ""
	}
	switch unit {
	case "resolves", "instructs":
		vals, ok := st.sections[unit]
		if !ok || len(vals) < 2 {
			return true, ""
		}
		if containsInt(vals, path[0]) {
			return true, ""
		}
		return false, fmt.Sprintf("the %s section does not have (it has %s)", unit, spanOf(vals))
	case "article":
		if len(st.articles) < 2 {
			return true, ""
		}
		h, ok := st.articles[path[0]]
		if !ok {
			return false, fmt.Sprintf("does not exist (articles %s)", spanOf(keysOf(st.articles)))
		}
		r, why := st.resolveUnder(h, path[1:])
		return r != missing, why
	case "paragraph", "subsection", "subparagraph", "point", "item":
		if !relative(tg) {
			// "subsection 35(3)": a section elsewhere, not checked
			return true, ""
		}
		// The target may count from any enclosing level: "paragraph
		// (f)" from the subsection, "subsection (3)" from the section.
		// A level without a whole list to judge (a subsection without
		// paragraphs) neither finds nor loses it: "subsection (9)" in
		// subsection (2) of a section with subsections (1) to (3) is
		// looked for in the section.
		cands := st.containers(at)
		var why string
		looked := -1
		for _, c := range cands {
			r, w := st.resolveUnder(c, path)
			if r == found {
				st.looked = -1
				return true, ""
			}
			if r == missing && why == "" {
				why, looked = w, st.looked
			}
		}
		st.looked = looked
		return why == "", why
	}
	return true, ""
}

// container finds the block a relative reference made in block at counts
// from: the nearest article heading or top-level numbered item (a section)
// before it.
func (st *structure) container(at int) int {
	hasArticles := len(st.articles) > 0
	for i := at; i >= 0; i-- {
		b := &st.d.Blocks[i]
		m := b.Marker
		if m == nil {
			continue
		}
		if hasArticles {
			if m.Unit == lang.UnitArticle {
				return i
			}
			continue
		}
		if b.Kind == corpus.KindItem && b.Level <= 1 && (m.System == lang.SystemDecimal || m.System == lang.SystemMultiLevel) && !strings.HasPrefix(m.Style, "(") {
			return i
		}
	}
	return -1
}

// containers lists the blocks a relative reference in block at may count
// from, innermost first: the enclosing items, then the article or section.
func (st *structure) containers(at int) []int {
	var out []int
	level := st.d.Blocks[at].Level + 1
	for i := at; i >= 0 && level > 1; i-- {
		b := &st.d.Blocks[i]
		if b.Kind == corpus.KindHeading && b.Marker != nil {
			break
		}
		if b.Kind == corpus.KindItem && numbered(b.Marker) && b.Level < level {
			out = append(out, i)
			level = b.Level
		}
	}
	if c := st.container(at); c >= 0 && !containsInt(out, c) {
		out = append(out, c)
	}
	return out
}

// relative: a target counted within the current article or section
// ("paragraph 2", "subsection (1)", "(5)(b)"), as opposed to one that
// names its section first ("35(3)", written "35/3" here and read from a
// leading number followed by sub-levels).
func relative(tg string) bool {
	return !strings.Contains(tg, "/") || !leadingSection(tg)
}

// leadingSection: references such as "subsection 35(3)" carry the section
// number first; the Reference keeps no trace of the parentheses, so any
// multi-level target of a unit below the article is taken as absolute.
func leadingSection(string) bool { return true }

// resolution is what resolveUnder finds of a target under a block.
type resolution uint8

const (
	// unknown: there is no whole list to look in.
	unknown resolution = iota
	// found: the target exists.
	found
	// missing: the list is there and the target is not in it.
	missing
)

// resolveUnder walks path down the numbered items under block c.
func (st *structure) resolveUnder(c int, path []int) (resolution, string) {
	for _, want := range path {
		if want >= 1000 {
			// an inserted subsection such as (1.2): readers do not all
			// give these a marker, so they are not judged
			return unknown, ""
		}
		kids := st.children(c)
		if len(kids) < 2 || st.d.Blocks[kids[0]].Marker.Value != 1 {
			// not a whole list we can judge (a quoted amendment that
			// inserts subsections (2.1) to (4) lists only those)
			return unknown, ""
		}
		hit := -1
		var vals []int
		for _, k := range kids {
			v := st.d.Blocks[k].Marker.Value
			vals = append(vals, v)
			if v == want || st.d.Blocks[k].Marker.Alt != nil && st.d.Blocks[k].Marker.Alt.Value == want {
				hit = k
			}
		}
		if hit < 0 {
			if n := st.paragraphs(c); n > 0 {
				// An article of unnumbered paragraphs (Taiwanese laws:
				// 第三十六條第四項, "Paragraph 4 of Article 36") counts
				// them, its numbered items being subparagraphs inside one.
				if want <= n {
					return found, ""
				}
				st.looked = kids[0]
				return missing, fmt.Sprintf("does not exist there (it has %d unnumbered paragraphs and items %s)", n, spanOf(vals))
			}
			st.looked = kids[0]
			return missing, fmt.Sprintf("does not exist there (it has %s)", spanOf(vals))
		}
		c = hit
	}
	return found, ""
}

// paragraphs counts the unnumbered paragraphs of the article whose heading
// is block c, when the article opens with one (its paragraphs are then
// unnumbered, and numbered items are subparagraphs inside them); 0
// otherwise.
func (st *structure) paragraphs(c int) int {
	d := st.d
	if d.Blocks[c].Kind != corpus.KindHeading || d.Blocks[c].Marker == nil || d.Blocks[c].Marker.Unit != lang.UnitArticle {
		return 0
	}
	n := 0
	for i := c + 1; i < len(d.Blocks); i++ {
		b := &d.Blocks[i]
		if !final(b) || b.Kind == corpus.KindFootnote {
			continue
		}
		if b.Kind == corpus.KindHeading {
			if b.Marker != nil {
				break
			}
			continue // an article title
		}
		if b.Kind == corpus.KindParagraph && b.Marker == nil && b.Level == 0 {
			n++
			continue
		}
		if n == 0 {
			return 0 // the article opens with a numbered item
		}
	}
	return n
}

// children are the numbered items directly under block c: the items of
// the next level after it, up to the next block at c's level or a numbered
// heading.
func (st *structure) children(c int) []int {
	d := st.d
	base := d.Blocks[c].Level
	if d.Blocks[c].Kind == corpus.KindHeading {
		base = 0
	}
	childLevel := -1
	var out []int
	for i := c + 1; i < len(d.Blocks); i++ {
		b := &d.Blocks[i]
		if !final(b) {
			continue
		}
		if b.Kind == corpus.KindHeading && b.Marker != nil {
			break
		}
		if b.Kind != corpus.KindItem || !numbered(b.Marker) {
			continue
		}
		if b.Level <= base {
			break
		}
		if childLevel < 0 {
			childLevel = b.Level
		}
		if b.Level == childLevel {
			out = append(out, i)
		}
	}
	return out
}

func parsePathKey(s string) []int {
	var out []int
	for _, part := range strings.Split(s, "/") {
		v, err := strconv.Atoi(part)
		if err != nil {
			return nil
		}
		out = append(out, v)
	}
	return out
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func keysOf(m map[int]int) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	return out
}

// spanOf writes a set of values as "1 to 5" or "1, 2 and 4".
func spanOf(vals []int) string {
	s := append([]int{}, vals...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	if len(s) == 0 {
		return "none"
	}
	consecutive := true
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1]+1 {
			consecutive = false
		}
	}
	if consecutive && len(s) > 2 {
		return fmt.Sprintf("%d to %d", s[0], s[len(s)-1])
	}
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = strconv.Itoa(v)
	}
	return joinIDs(parts)
}
