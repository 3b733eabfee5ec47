package align

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
	"github.com/paritydoc/parity/lang"
)

// starSuffix rewrites ids of the form PREFIX#k (the k-th block after a
// labelled one) into PREFIX#* when the two versions have a different
// number of such blocks after PREFIX: the unit is then scored as a whole.
func starSuffix(a, b []string) {
	count := func(g []string) map[string]int {
		c := map[string]int{}
		for _, id := range g {
			if i := strings.LastIndexByte(id, '#'); i >= 0 {
				c[id[:i]]++
			}
		}
		return c
	}
	ca, cb := count(a), count(b)
	for _, g := range [][]string{a, b} {
		for x, id := range g {
			if i := strings.LastIndexByte(id, '#'); i >= 0 && ca[id[:i]] != cb[id[:i]] {
				g[x] = id[:i] + "#*"
			}
		}
	}
}

// udhrXMLGold derives gold ids per source line from the UDHR XML: the
// title, the note (Chinese only), the preamble as one unit, article
// titles by number, and paragraphs and list items by position in their
// article (A5.2).
func udhrXMLGold(t *testing.T, path string) map[int]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	g := map[int]string{}
	var stack []string
	article, k := 0, 0
	inItem := false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			if ee, ok := tok.(xml.EndElement); ok && len(stack) > 0 {
				stack = stack[:len(stack)-1]
				if ee.Name.Local == "listitem" {
					inItem = false
				}
			}
			continue
		}
		parent := ""
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		// After a start tag, InputPos is on the line where the tag ends,
		// which for these files is the line where it starts.
		ln, _ := dec.InputPos()
		name := se.Name.Local
		stack = append(stack, name)
		switch name {
		case "article":
			for _, a := range se.Attr {
				if a.Name.Local == "number" {
					article, _ = strconv.Atoi(a.Value)
				}
			}
			k = 0
		case "title":
			switch parent {
			case "udhr":
				g[ln] = "title"
			case "preamble":
				g[ln] = "preamble-heading"
			case "article":
				g[ln] = "A" + strconv.Itoa(article)
			}
		case "note":
			g[ln] = "note"
		case "listitem":
			k++
			inItem = true
			g[ln] = fmt.Sprintf("A%d#%d", article, k)
		case "para":
			switch {
			case slices.Contains(stack, "note"):
				g[ln] = "note"
			case slices.Contains(stack, "preamble"):
				g[ln] = "P"
			case inItem:
				g[ln] = fmt.Sprintf("A%d#%d", article, k)
			case article > 0:
				k++
				g[ln] = fmt.Sprintf("A%d#%d", article, k)
			}
		}
	}
	return g
}

// labelGold derives gold ids from the labels of a document's blocks:
// articles by number (titles and chapters are not labelled alike in
// every language, "TITLE I" / "TÍTULO I", so they count as unlabelled
// headings), list items by
// the path of marker values under them, footnotes by their label, and
// unlabelled blocks by their position after the last labelled one
// (UNIT/PATH#k).
func labelGold(d *corpus.Document) []string {
	g := make([]string, len(d.Blocks))
	prefix := "start"
	var stack []int
	last := prefix
	k := 0
	for i := range d.Blocks {
		b := &d.Blocks[i]
		switch {
		case b.Kind == corpus.KindFootnote:
			g[i] = "fn:" + b.FootnoteID()
			continue
		case b.Marker != nil && b.Marker.Unit == lang.UnitArticle && b.Marker.Value > 0:
			prefix = b.Marker.Unit.String() + strconv.Itoa(b.Marker.Value)
			stack = stack[:0]
			last, k = prefix, 0
			g[i] = last
		case b.Marker != nil && b.Marker.Unit == lang.UnitNone && b.Marker.Value > 0 && b.Marker.System != lang.SystemBullet:
			lvl := min(max(b.Level, 0), 16)
			for len(stack) <= lvl {
				stack = append(stack, 0)
			}
			stack = stack[:lvl+1]
			stack[lvl] = b.Marker.Value
			var sb strings.Builder
			sb.WriteString(prefix)
			for _, v := range stack {
				sb.WriteString("/" + strconv.Itoa(v))
			}
			last, k = sb.String(), 0
			g[i] = last
		default:
			k++
			g[i] = last + "#" + strconv.Itoa(k)
		}
	}
	return g
}

// enDefinition and frDefinition find the defined term of a Canadian
// definition: "Minister means ... (ministre)" and "ministre Le ministre
// ... (Minister)" both give "minister".
var (
	enDefinition = regexp.MustCompile(`^(.+?) (?:means|includes|has the same meaning|has the meaning)\b`)
	frDefinition = regexp.MustCompile(`\(([^()]+)\)\s*$`)
)

// anchorGold derives gold ids from the source ids (anchors) the reader
// found: the anchor, or the last anchor and the position after it; for
// Canadian definitions (several blocks under one subsection anchor), the
// English defined term, read from the English text or from the French
// text's parenthesised English equivalent.
func anchorGold(d *corpus.Document, defs bool) []string {
	g := make([]string, len(d.Blocks))
	last, k := "start", 0
	lastDef := ""
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Kind == corpus.KindFootnote {
			g[i] = "fn:" + b.FootnoteID()
			continue
		}
		// The lettered parts of a definition belong to it.
		if lastDef != "" && b.Kind == corpus.KindItem && b.Level > 1 {
			g[i] = lastDef
			continue
		}
		lastDef = ""
		if defs && b.Kind == corpus.KindParagraph && b.Marker == nil && b.Anchor() != "" && !strings.HasPrefix(b.Text, "(") {
			term := ""
			if d.Lang == "en" {
				if m := enDefinition.FindStringSubmatch(b.Text); m != nil {
					term = m[1]
				}
			} else if m := frDefinition.FindStringSubmatch(b.Text); m != nil {
				term = m[1]
			} else {
				// A definition with lettered parts: the English term
				// closes its last part.
				last := ""
				for n := i + 1; n < len(d.Blocks) && d.Blocks[n].Kind == corpus.KindItem && d.Blocks[n].Level > 1; n++ {
					last = d.Blocks[n].Text
				}
				if m := frDefinition.FindStringSubmatch(last); m != nil {
					term = m[1]
				}
			}
			if term != "" && !strings.Contains(term, "Version") {
				g[i] = "def:" + strings.ToLower(term)
				lastDef = g[i]
				continue
			}
		}
		if b.Anchor() != "" {
			id := b.Anchor()
			if defs {
				// Canadian gold is at the level of sections and
				// subsections ("12.5"): paragraphs (a), (b) legitimately
				// differ between the two texts. Part ids are spelt per
				// language.
				parts := strings.Split(id, ".")
				keep := 1
				if len(parts) > 1 && parts[1] != "" && parts[1][0] >= '0' && parts[1][0] <= '9' {
					keep = 2
				}
				id = strings.Join(parts[:min(keep, len(parts))], ".")
				id = strings.NewReplacer("PARTIE", "PART", "-à-", "-to-", "-et-", "-and-").Replace(id)
			}
			// Every block carrying the anchor (or, in Canadian acts, an
			// anchor inside the same subsection) is the same unit.
			last, k = id, 0
			g[i] = id
			continue
		}
		k++
		g[i] = last + "#" + strconv.Itoa(k)
	}
	return g
}

// hideAnchors returns a copy of d without source ids, so that the
// aligner cannot lean on the ids the gold is derived from.
func hideAnchors(d *corpus.Document) *corpus.Document {
	c := *d
	c.Blocks = append([]corpus.Block(nil), d.Blocks...)
	for i := range c.Blocks {
		c.Blocks[i].SetAnchor("")
	}
	return &c
}

// evalAllPairs aligns and scores every pair of the given versions.
func evalAllPairs(t *testing.T, rep *evalReport, set string, docs map[string]*corpus.Document, golds map[string][]string, target float64, star func(a, b []string), prepare func(*corpus.Document) *corpus.Document) {
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for x := 0; x < len(ids); x++ {
		for y := x + 1; y < len(ids); y++ {
			a, b := docs[ids[x]], docs[ids[y]]
			if prepare != nil {
				a, b = prepare(a), prepare(b)
			}
			ga := append([]string(nil), golds[ids[x]]...)
			gb := append([]string(nil), golds[ids[y]]...)
			star(ga, gb)
			rep.add(t, evaluate(set, ids[x]+"-"+ids[y], alignPair(t, a, b), [2][]string{ga, gb}), target)
		}
	}
}

func evalUDHRXML(t *testing.T, rep *evalReport) {
	dir := testcorpus.Path(t, "udhr/xml")
	docs := map[string]*corpus.Document{}
	golds := map[string][]string{}
	for _, l := range udhrLangs {
		p := filepath.Join(dir, "udhr_"+l.file+".xml")
		d := readDoc(t, p, l.id, l.id)
		docs[l.id] = d
		golds[l.id] = lineGold(d, udhrXMLGold(t, p))
	}
	evalAllPairs(t, rep, "udhr-xml", docs, golds, 0.98, starSuffix, nil)
}

func evalEU(t *testing.T, rep *evalReport) {
	dir := testcorpus.Path(t, "eu-2017-2403")
	docs := map[string]*corpus.Document{}
	golds := map[string][]string{}
	for _, lg := range []string{"en", "es", "fr"} {
		d := readDoc(t, filepath.Join(dir, "CELEX-32017R2403-"+strings.ToUpper(lg)+"-TXT.html"), lg, lg)
		docs[lg] = d
		golds[lg] = labelGold(d)
	}
	evalAllPairs(t, rep, "eu-2017-2403", docs, golds, 0.98, starSuffix, nil)
}

func evalCanada(t *testing.T, rep *evalReport, hide bool) {
	dir := testcorpus.Path(t, "ca-laws")
	name := "ca-laws"
	var prep func(*corpus.Document) *corpus.Document
	if hide {
		name = "ca-laws (ids hidden)"
		prep = hideAnchors
	}
	pairs := [][2]string{
		{"eng/acts/T-3.4.xml", "fra/lois/T-3.4.xml"},
		{"eng/acts/R-2.xml", "fra/lois/R-2.xml"},
		{"eng/acts/O-3.01.xml", "fra/lois/O-3.01.xml"},
		{"annual/en/2025-c5_E.xml", "annual/fr/2025-c5_F.xml"},
	}
	for _, p := range pairs {
		en := readDoc(t, filepath.Join(dir, p[0]), "en", "en")
		fr := readDoc(t, filepath.Join(dir, p[1]), "fr", "fr")
		ge, gf := anchorGold(en, true), anchorGold(fr, true)
		starSuffix(ge, gf)
		a, b := en, fr
		if prep != nil {
			a, b = prep(en), prep(fr)
		}
		rep.add(t, evaluate(name, strings.TrimSuffix(filepath.Base(p[0]), ".xml")+" en-fr", alignPair(t, a, b), [2][]string{ge, gf}), 0.98)
	}
}

func evalCC(t *testing.T, rep *evalReport, hide bool) {
	dir := testcorpus.Path(t, "cc-legalcode")
	docs := map[string]*corpus.Document{}
	golds := map[string][]string{}
	for _, lg := range []string{"ar", "en", "es", "fr", "ru", "zh-hans"} {
		id := strings.TrimSuffix(lg, "-hans")
		d := readDoc(t, filepath.Join(dir, "by-nc-nd-4.0."+lg+".html"), id, id)
		docs[id] = d
		golds[id] = anchorGold(d, false)
	}
	name := "cc-legalcode"
	var prep func(*corpus.Document) *corpus.Document
	if hide {
		name = "cc-legalcode (ids hidden)"
		prep = hideAnchors
	}
	evalAllPairs(t, rep, name, docs, golds, 0.98, starSuffix, prep)
}

// project keeps two versions of an n-way alignment, as a pairwise one.
func project(al *Alignment, x, y int) *Alignment {
	out := &Alignment{Versions: []string{al.Versions[x], al.Versions[y]}}
	for _, r := range al.Rows {
		if len(r.Cells[x]) == 0 && len(r.Cells[y]) == 0 {
			continue
		}
		out.Rows = append(out.Rows, Row{Cells: [][]int{r.Cells[x], r.Cells[y]}, Confidence: r.Confidence, Reason: r.Reason, Moved: r.Moved})
	}
	return out
}

// evalUDHRSixWay aligns the six UDHR XML versions at once (through the
// English pivot) and scores every pair of the merged rows.
func evalUDHRSixWay(t *testing.T, rep *evalReport) {
	dir := testcorpus.Path(t, "udhr/xml")
	set := &corpus.Set{}
	var golds [][]string
	for _, l := range udhrLangs {
		p := filepath.Join(dir, "udhr_"+l.file+".xml")
		d := readDoc(t, p, l.id, l.id)
		set.Versions = append(set.Versions, d)
		golds = append(golds, lineGold(d, udhrXMLGold(t, p)))
	}
	al, err := Align(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for x := range set.Versions {
		for y := x + 1; y < len(set.Versions); y++ {
			ga := append([]string(nil), golds[x]...)
			gb := append([]string(nil), golds[y]...)
			starSuffix(ga, gb)
			rep.add(t, evaluate("udhr-xml six-way", al.Versions[x]+"-"+al.Versions[y], project(al, x, y), [2][]string{ga, gb}), 0.98)
		}
	}
}

// evalCCSixWay aligns the six CC legal code versions at once, ids hidden
// from the aligner, and scores every pair of the merged rows.
func evalCCSixWay(t *testing.T, rep *evalReport) {
	dir := testcorpus.Path(t, "cc-legalcode")
	set := &corpus.Set{}
	var golds [][]string
	for _, lg := range []string{"ar", "en", "es", "fr", "ru", "zh-hans"} {
		id := strings.TrimSuffix(lg, "-hans")
		d := readDoc(t, filepath.Join(dir, "by-nc-nd-4.0."+lg+".html"), id, id)
		golds = append(golds, anchorGold(d, false))
		set.Versions = append(set.Versions, hideAnchors(d))
	}
	al, err := Align(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for x := range set.Versions {
		for y := x + 1; y < len(set.Versions); y++ {
			ga := append([]string(nil), golds[x]...)
			gb := append([]string(nil), golds[y]...)
			starSuffix(ga, gb)
			rep.add(t, evaluate("cc-legalcode six-way (ids hidden)", al.Versions[x]+"-"+al.Versions[y], project(al, x, y), [2][]string{ga, gb}), 0.98)
		}
	}
}
