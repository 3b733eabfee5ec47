package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paritydoc/parity/lang"
)

// Segment is the finishing step every reader calls once it has filled
// doc.Blocks. Readers leave typed markers in Text (Marker nil) and set
// Marker themselves only for markers rendered by automatic numbering (an
// HTML <ol>, DOCX numbering); they give Kind hints (KindHeading for h1-h6,
// <heading>, <title>; KindFootnote for footnote bodies), Line, Span,
// FootnoteRefs, FootnoteID, Anchor and Revision.
//
// Segment then, in order:
//   - parses a typed marker at the start of each block's Text with
//     lang.ParseMarker, strips it from Text and records MarkerSpan;
//   - makes blocks numbered as articles, chapters, parts (Marker.Unit set)
//     headings, and recognises section headings ("considering", 忆及);
//   - carries the current section key to the blocks that follow it;
//   - resolves nesting levels and ambiguous markers ("i)" after "h)") over
//     each run of consecutive list items;
//   - makes marked blocks items and flags flattened revision markers
//     (Marker.Old set) as RevArtifact;
//   - identifies each block's language and the document's;
//   - renumbers Index.
//
// Segment is idempotent on a document it already finished, apart from
// language detection, which it repeats.
func Segment(doc *Document, opts Options) {
	blocks := doc.Blocks[:0]
	for _, b := range doc.Blocks {
		b.Text = strings.TrimSpace(b.Text)
		if b.Text == "" && b.Marker == nil && b.Kind != KindFootnote {
			continue
		}
		blocks = append(blocks, b)
	}
	doc.Blocks = blocks

	section := ""
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		b.Index = i
		if b.Marker == nil && b.Kind != KindFootnote {
			parseTypedMarker(doc, b)
		}
		if b.Marker != nil {
			switch {
			case b.Marker.Unit != lang.UnitNone:
				b.Kind = KindHeading
			case b.Kind != KindFootnote && b.Kind != KindHeading:
				b.Kind = KindItem
			}
			if b.Marker.Old != nil && b.Revision == RevNone {
				b.Revision = RevArtifact
			}
		}
		if b.Kind == KindHeading {
			b.Level = 0
		}
		if sm, ok := sectionKey(b); ok {
			b.Kind = KindHeading
			b.Level = 0
			b.Section = sm.Key
			if sm.OldKey != "" && b.Revision == RevNone {
				// Two headings run together: flattened tracked changes.
				b.Revision = RevArtifact
			}
			section = sm.Key
			continue
		}
		if b.Kind == KindHeading && b.Marker != nil && b.Marker.Unit != lang.UnitNone {
			// A new article or chapter ends the previous section.
			section = ""
		}
		if b.Kind != KindFootnote {
			b.Section = section
		}
	}
	resolveLevels(doc.Blocks)
	detectLanguages(doc, opts)
	doc.lineIndex = nil
	if doc.Source != "" {
		doc.lineIndex = lineStarts(doc.Source)
	}
}

// parseTypedMarker reads a marker written at the start of b.Text.
func parseTypedMarker(doc *Document, b *Block) {
	m, n, ok := lang.ParseMarker(b.Text)
	if !ok || m == nil || n <= 0 || n > len(b.Text) {
		return
	}
	raw := strings.TrimRightFunc(b.Text[:n], unicode.IsSpace)
	rest := strings.TrimSpace(b.Text[n:])
	b.Marker = m
	b.Text = rest
	// Locate the marker in the source: it is the first occurrence of its
	// raw text inside the block's span (readers keep typed markers verbatim).
	if raw != "" && b.Span.End <= len(doc.Source) && b.Span.Start >= 0 && b.Span.Start <= b.Span.End {
		if k := strings.Index(doc.Source[b.Span.Start:b.Span.End], raw); k >= 0 {
			b.MarkerSpan = Span{b.Span.Start + k, b.Span.Start + k + len(raw)}
		}
	}
}

// sectionKey reports whether b is a section heading ("considering",
// "resolves", 考虑到) and reads it.
func sectionKey(b *Block) (lang.SectionMatch, bool) {
	if b.Marker != nil || b.Kind == KindFootnote || !maybeSection(b.Text) {
		return lang.SectionMatch{}, false
	}
	return lang.Section(b.Text)
}

// maybeSection is a cheap test that rules out most lines before
// lang.Section reads them: a section heading is a whole line of at most
// 200 characters (800 bytes), and a line that ends a sentence (".", ";",
// "。", "；", "!", "?") is running text, not a heading, which may end only
// with ":" or ",".
func maybeSection(text string) bool {
	if len(text) > 800 || text == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	switch r {
	case '.', ';', '!', '?', '。', '；', '！', '？', '؟', '؛':
		return false
	}
	return true
}

// resolveLevels gives list items their nesting level. Over each run of
// list items (a heading ends a run; unmarked paragraphs between items, such
// as the text that continues a point after its sub-points, do not), a
// marker in a new numbering system opens a sub-list one level deeper, a
// marker in the system of an enclosing list returns to it. An ambiguous
// marker ("i)" is the letter after "h)" or the roman one) takes the reading
// that continues the list it would belong to.
func resolveLevels(blocks []Block) {
	var run []*Block
	for i := 0; i <= len(blocks); i++ {
		if i == len(blocks) || blocks[i].Kind == KindHeading {
			if len(run) > 0 {
				resolveRun(run)
				run = run[:0]
			}
			continue
		}
		if blocks[i].Kind == KindItem && blocks[i].Marker != nil {
			run = append(run, &blocks[i])
		}
	}
}

// levelOf is the list-run resolver: lang.ResolveList when it exists. It
// takes the markers of a run and returns their levels (1-based), choosing
// among ambiguous readings in place.
var levelOf = resolveListLocal

func resolveRun(run []*Block) {
	markers := make([]*lang.Marker, len(run))
	for i := range run {
		markers[i] = run[i].Marker
	}
	preset := true
	for i := range run {
		if run[i].Level <= 0 {
			preset = false
		}
	}
	if preset {
		// The reader knew the nesting (HTML list depth, DOCX numbering level).
		return
	}
	levels := levelOf(markers)
	for i := range run {
		run[i].Marker = markers[i]
		switch {
		case run[i].Level > 0:
		case i < len(levels) && levels[i] > 0:
			run[i].Level = levels[i]
		default:
			run[i].Level = 1
		}
	}
}

// resolveListLocal is a small stack resolver used until lang.ResolveList
// is available: the system (and punctuation style) of each open list
// level is kept on a stack, with the last value of its new and of its old
// sequence (they differ after a flattened revision pair).
func resolveListLocal(ms []*lang.Marker) []int {
	type open struct {
		sys              lang.System
		style            string
		lastNew, lastOld int
	}
	var stack []open
	levels := make([]int, len(ms))
	find := func(m *lang.Marker) int {
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].sys == m.System && stack[k].style == m.Style {
				return k
			}
		}
		return -1
	}
	oldValue := func(m *lang.Marker) int {
		if m.Old != nil {
			return m.Old.Value
		}
		return m.Value
	}
	for i, m := range ms {
		if m == nil {
			levels[i] = 1
			continue
		}
		if m.Alt != nil {
			// Among the readings (m and its chain of alternatives), prefer
			// the one that continues an open list (its new or its old
			// sequence; deeper lists first), then one that opens a new list
			// (value 1), then the parser's first reading.
			score := func(r *lang.Marker) int {
				if k := find(r); k >= 0 {
					n := 0
					if stack[k].lastNew+1 == r.Value {
						n++
					}
					if stack[k].lastOld+1 == oldValue(r) {
						n++
					}
					if n > 0 {
						return 4*(k+1) + n
					}
				}
				if r.Value == 1 || oldValue(r) == 1 {
					return 1
				}
				return 0
			}
			best, bestScore := m, score(m)
			for a, n := m.Alt, 0; a != nil && n < 16; a, n = a.Alt, n+1 {
				if sc := score(a); sc > bestScore {
					best, bestScore = a, sc
				}
			}
			if best != m {
				chosen := *best
				chosen.Alt = nil
				*m = chosen
			}
		}
		k := find(m)
		if k >= 0 {
			stack = stack[:k+1]
		} else {
			stack = append(stack, open{sys: m.System, style: m.Style})
			k = len(stack) - 1
		}
		stack[k].lastNew, stack[k].lastOld = m.Value, oldValue(m)
		levels[i] = k + 1
	}
	return levels
}

// detectLanguages sets each block's language and the document's.
func detectLanguages(doc *Document, opts Options) {
	det := opts.Detector
	if det == nil && opts.Lang == "" {
		// Nothing to detect with: every language is undetermined.
		for i := range doc.Blocks {
			doc.Blocks[i].Lang, doc.Blocks[i].LangConf = lang.Und, 0
		}
		doc.Lang, doc.LangConf = lang.Und, 0
		if doc.ID == "" {
			doc.ID = doc.Lang
		}
		return
	}
	weights := map[string]float64{}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		b.Lang, b.LangConf = lang.Und, 0
		if !hasLetters(b.Text) {
			continue
		}
		switch {
		case det != nil:
			b.Lang, b.LangConf = det.Detect(b.Text)
			if b.Lang == "" {
				b.Lang = lang.Und
			}
		case opts.Lang != "":
			b.Lang, b.LangConf = opts.Lang, 1
		}
		if b.Lang != lang.Und && b.LangConf > 0 {
			// The vote of lang.DocumentLanguage: letters of real words
			// times confidence, from the answers already in hand.
			weights[b.Lang] += float64(lang.WordLetters(b.Text)) * b.LangConf
		}
	}
	switch {
	case opts.Lang != "":
		doc.Lang, doc.LangConf = opts.Lang, 1
	case det == nil:
		doc.Lang, doc.LangConf = lang.Und, 0
	default:
		best, total := "", 0.0
		for code, w := range weights {
			total += w
			if w > weights[best] || (w == weights[best] && code < best) {
				best = code
			}
		}
		if best != "" && total > 0 {
			doc.Lang, doc.LangConf = best, weights[best]/total
			break
		}
		// No confident block: ask about the text as a whole.
		var sb strings.Builder
		for _, b := range doc.Blocks {
			if sb.Len() > 1<<16 {
				break
			}
			sb.WriteString(b.Text)
			sb.WriteByte('\n')
		}
		doc.Lang, doc.LangConf = det.Detect(sb.String())
		if doc.Lang == "" {
			doc.Lang = lang.Und
		}
	}
	if doc.ID == "" {
		doc.ID = doc.Lang
	}
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
