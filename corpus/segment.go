package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
//   - makes marked blocks items;
//   - resolves nesting levels and ambiguous markers ("i)" after "h)", "iii)"
//     as old i) + new ii) in flattened text) with lang.ResolveList over the
//     blocks between two headings, keeping levels a reader set itself;
//   - flags flattened revision markers (Marker.Old set), and the items
//     ResolveList reads as inserted or deleted around them (Marker.Change
//     set), as RevArtifact, unless the reader set a revision itself;
//   - identifies each block's language and the document's;
//   - renumbers Index and indexes the lines of Source for Position.
//
// Blocks left without text, marker or footnote role are dropped. Segment
// is idempotent on a document it already finished, apart from language
// detection, which it repeats.
func Segment(doc *Document, opts Options) {
	segment(doc, opts, false, false)
}

// segment is Segment; indexed says that doc.lineIndex is the line index of
// doc.Source already (the text reader builds it while splitting lines),
// so that it need not be checked by counting the lines again, and
// prepared that every block went through prepareBlock and the streamer
// already (the text reader does both for each block as it makes it, while
// its text is in the processor's cache), so that only the languages are
// left to identify.
func segment(doc *Document, opts Options, indexed, prepared bool) {
	// One pass: prepare each block and drop the blocks left empty (moving
	// a block only when one before it was dropped), and hand it to the
	// streamer, which carries the sections and resolves the lists.
	st := newStreamer(doc, opts)
	if !prepared {
		blocks := doc.Blocks[:0]
		for i := range doc.Blocks {
			b := &doc.Blocks[i]
			if !prepareBlock(doc, b, false) {
				continue
			}
			if len(blocks) < i {
				blocks = append(blocks, *b)
			} else {
				blocks = blocks[:i+1]
			}
			st.add(blocks)
		}
		st.finish(blocks)
		doc.Blocks = blocks
	}
	detectLanguages(doc, opts, st.und)
	switch {
	case doc.Source == "":
		doc.lineIndex = nil
	case indexed:
	case !validLineIndex(doc.lineIndex, doc.Source):
		doc.lineIndex = lineStarts(doc.Source)
	}
}

// streamer does the part of segmentation that reads blocks in order, one
// block at a time, as they are made (the text reader) or read again
// (segment): it numbers the blocks, carries the current section key to
// the blocks that follow a section heading, and at the end of each run
// of blocks between two headings reads its spaced numbers (spacedRun) and
// resolves its list levels (resolveRun), while the run is fresh in the
// processor's cache.
type streamer struct {
	doc     *Document
	und     bool   // every block's language is undetermined
	section string // the key of the current section
	// The run: the blocks from start (after a heading; 0 before the
	// first) to the last block added. spaced says that the heading is a
	// section heading, under which spacedRun reads the run; items that
	// an item has been added to the run: a run with neither, as most are
	// (the paragraphs of an article), has nothing to read.
	start         int
	spaced, items bool
	markers       []*lang.Marker // memory resolveRun reuses
	levels        []int          // likewise
}

func newStreamer(doc *Document, opts Options) *streamer {
	// Without a detector or a language, every block is undetermined: set
	// here.
	return &streamer{doc: doc, und: opts.Detector == nil && opts.Lang == ""}
}

// add reads the last block of blocks, which holds every block added before
// it, in order (blocks may have moved since: a growing slice). The block
// went through prepareBlock, which left the Section of any block but a
// footnote or a section heading empty: a block of the current section
// needs it set only when that section has a key. A heading ends the run
// before it and opens the next (read in add itself, as one block in four
// is a heading), and it opens a section (a section heading) or closes
// one (an article or chapter).
func (st *streamer) add(blocks []Block) {
	i := len(blocks) - 1
	b := &blocks[i]
	b.Index = i
	if st.und {
		b.Lang, b.LangConf = lang.Und, 0
	}
	switch b.Kind {
	case KindHeading:
		if st.spaced || st.items {
			st.endRun(blocks[:i])
		}
		switch {
		case isSectionHeading(b):
			st.section = b.Section
		case b.Marker != nil && b.Marker.Unit != lang.UnitNone:
			// A new article or chapter ends the previous section. Its
			// own Section is empty (prepareBlock), but for a footnote a
			// reader numbered as one: both are written only when they
			// change.
			if st.section != "" {
				st.section = ""
			}
			if b.Section != "" {
				b.Section = ""
			}
		default:
			b.Section = st.section
		}
		st.start, st.spaced = i+1, b.Section != ""
		return
	case KindFootnote:
		return
	case KindItem:
		st.items = true
	}
	if st.section != "" {
		b.Section = st.section
	}
}

// finish ends the last run.
func (st *streamer) finish(blocks []Block) {
	st.endRun(blocks)
}

// endRun reads the run that ends with the last of blocks: its spaced
// numbers when it follows a section heading, which may make items, and
// its list, when it has an item.
func (st *streamer) endRun(blocks []Block) {
	if st.start < len(blocks) {
		if st.spaced && spacedRun(st.doc, blocks[st.start:]) {
			st.items = true
		}
		if st.items {
			st.markers, st.levels = resolveRun(blocks[st.start:], st.markers, st.levels)
		}
	}
	st.items = false
}

// prepareBlock does the part of segmentation that reads nothing but the
// block itself: it trims the text, parses a typed marker at its start,
// makes marked blocks items and those numbered as articles or chapters
// headings, recognises section headings (setting Section to the key, which
// isSectionHeading reads afterwards; other blocks get their section from
// segment), and flags the flattened revision markers of headings and
// footnotes. It reports false for a block left without text, marker or
// footnote role, which is dropped. trimmed says that the text has no
// white space at either end (the caller trimmed it as strings.TrimSpace
// does).
func prepareBlock(doc *Document, b *Block, trimmed bool) bool {
	if t := b.Text; !trimmed && t != "" && edgeSpace(t) {
		b.Text = strings.TrimSpace(t)
	}
	if b.Text == "" && b.Marker == nil && b.Kind != KindFootnote {
		return false
	}
	if b.Kind != KindFootnote {
		// Set again below or by segment; cleared so that a block of a
		// document segmented before is not taken for a section heading
		// (most blocks have none: a test is cheaper than the store).
		if b.Section != "" {
			b.Section = ""
		}
		if b.Marker == nil {
			// A marker written at the start of the text, which most
			// blocks do not have: the parse is called from here, the
			// rest only for a marker.
			if m, n, ok := lang.ParseMarker(b.Text); ok {
				markParsed(doc, b, m, n)
			}
		}
	}
	if b.Marker != nil {
		switch {
		case b.Marker.Unit != lang.UnitNone:
			b.Kind = KindHeading
		case b.Kind != KindFootnote && b.Kind != KindHeading:
			b.Kind = KindItem
		}
	}
	if b.Kind == KindHeading {
		b.Level = 0
	}
	if mayBeSection(b) && sectionHeading(b) {
		return true
	}
	if b.Kind == KindHeading || b.Kind == KindFootnote {
		// Outside the lists resolveLevels reads: the marker as parsed
		// is final.
		markArtifact(b)
	}
	return true
}

// isSectionHeading reports whether prepareBlock read b as a section
// heading ("considering", 考虑到).
func isSectionHeading(b *Block) bool {
	return b.Section != "" && b.Kind == KindHeading && b.Marker == nil
}

// validLineIndex reports whether idx looks like the line index of src (a
// reader may build it while splitting lines): it starts at 0, ends within
// src, and has one entry per line separator plus one.
func validLineIndex(idx []int, src string) bool {
	if len(idx) == 0 || idx[0] != 0 || idx[len(idx)-1] > len(src) {
		return false
	}
	return len(idx) == strings.Count(src, string(sepOf(src)))+1
}

// setTypedMarker makes m, read from the first n bytes of b.Text, the
// block's marker: it strips it from Text and records MarkerSpan.
func setTypedMarker(doc *Document, b *Block, m *lang.Marker, n int) {
	markBlock(doc, b, m, n, false)
}

// markBlock is setTypedMarker, and, with parsed, the same for a marker
// that lang.ParseMarker read: then n is m.Raw, the exact prefix of the
// text it read, and the blanks after it (FuzzParseMarker checks both),
// so that the marker's text trimmed is Raw itself, when Raw is those
// bytes of the text and its last byte ends no white space character,
// without reading the first n bytes again.
func markBlock(doc *Document, b *Block, m *lang.Marker, n int, parsed bool) {
	t := b.Text
	if m == nil || n <= 0 || n > len(t) {
		return
	}
	raw := m.Raw
	if !parsed || raw == "" || len(raw) > n || unsafe.StringData(raw) != unsafe.StringData(t) || spaceEdge[raw[len(raw)-1]]&edgeEnd != 0 {
		raw = trimRightSpace(t[:n])
	}
	rest := t[n:]
	// The text of a prepared block is trimmed, and the parser took the
	// blanks after the marker: what is left needs trimming only when a
	// byte at its edges may be white space (spaceEdge).
	if rest != "" && (spaceEdge[rest[0]]&edgeStart != 0 || spaceEdge[rest[len(rest)-1]]&edgeEnd != 0) {
		rest = trimSpace(rest)
	}
	b.Marker = m
	b.Text = rest
	// Locate the marker in the source: it is the first occurrence of its
	// raw text inside the block's span (readers keep typed markers
	// verbatim), most often right at its start.
	start, end := b.Span.Start, b.Span.End
	if raw == "" || end > len(doc.Source) || start < 0 || start > end {
		return
	}
	span := doc.Source[start:end]
	k := 0
	// Most often the text is the span itself, the same bytes of Source
	// (the reader slices both from it): then raw, a prefix of the text,
	// is a prefix of the span without comparing a byte.
	if len(raw) > len(span) || unsafe.StringData(raw) != unsafe.StringData(span) {
		if !strings.HasPrefix(span, raw) {
			if k = strings.Index(span, raw); k < 0 {
				return
			}
		}
	}
	b.MarkerSpan = Span{start + k, start + k + len(raw)}
}

// markParsed is markBlock of a marker that lang.ParseMarker read from
// the first n bytes of b.Text, told in one test for most markers: m.Raw
// is those bytes of the text, its last byte ends no white space, and the
// text starts where b.Span does in doc.Source (the reader slices both
// from it). Then markBlock would take Raw as the marker's text and its
// span from the start of b.Span, which this does without the steps in
// between; it leaves the other markers to markBlock.
func markParsed(doc *Document, b *Block, m *lang.Marker, n int) {
	t, raw, start := b.Text, m.Raw, b.Span.Start
	if raw == "" || len(raw) > n || n > len(t) || unsafe.StringData(raw) != unsafe.StringData(t) ||
		spaceEdge[raw[len(raw)-1]]&edgeEnd != 0 ||
		start < 0 || b.Span.End > len(doc.Source) || start+len(raw) > b.Span.End ||
		unsafe.StringData(raw) != unsafe.StringData(doc.Source[start:]) {
		markBlock(doc, b, m, n, true)
		return
	}
	rest := t[n:]
	if rest != "" && (spaceEdge[rest[0]]&edgeStart != 0 || spaceEdge[rest[len(rest)-1]]&edgeEnd != 0) {
		rest = trimSpace(rest)
	}
	b.Marker, b.Text = m, rest
	b.MarkerSpan = Span{start, start + len(raw)}
}

// spacedRun reads the operative paragraphs of a resolution whose numbers
// lost their tab ("1 que tout texte…", "2 que la vérification…", as an
// HTML page or a copy shows "1<TAB>que…"): a number and one space is a
// marker only in context, when the blocks right under a section heading
// ("décide", "resolves", "решает") run 1, 2, 3 … and there are at least two
// of them. run is the blocks after such a heading, up to the next heading.
// Typed bare numbers ("3\t") may take part in the run, and other markers
// (the sub-items a), b) of a paragraph) may stand inside it; running text
// or a number out of turn ends it. "2030 Agenda", "1 197,6 MHz" and a
// sentence that starts with a year are never numbers of a run
// (lang.ParseSpacedNumber). It reports whether it made items.
func spacedRun(doc *Document, run []Block) bool {
	type cand struct {
		b *Block
		m *lang.Marker
		n int
	}
	var found []cand
	next := 1
	for j := range run {
		b := &run[j]
		if b.Kind == KindFootnote {
			continue
		}
		if m := b.Marker; m != nil {
			if m.System == lang.SystemDecimal && m.Style == "%" && m.Value == next && m.Unit == lang.UnitNone {
				next++ // a typed "2\t" in the run
				continue
			}
			if next == 1 {
				break // another list under the heading
			}
			continue // a sub-item
		}
		t := b.Text
		if t == "" || !(isASCIIDigit(t[0]) || t[0] >= utf8.RuneSelf) {
			break
		}
		m, n, ok := lang.ParseSpacedNumber(t)
		if !ok || m.Value != next {
			break
		}
		found = append(found, cand{b, m, n})
		next++
	}
	if next <= 2 || len(found) == 0 {
		return false
	}
	for _, c := range found {
		setTypedMarker(doc, c.b, c.m, c.n)
		c.b.Kind = KindItem
	}
	return true
}

// mayBeSection is the cheap test of whether b may be a section heading
// ("considering", "resolves", 考虑到): a block with neither a marker nor a
// footnote role, whose text maybeSection lets through.
func mayBeSection(b *Block) bool {
	return b.Marker == nil && b.Kind != KindFootnote && maybeSection(b.Text)
}

// sectionHeading reads b as a section heading when lang.Section says it
// is one, and reports whether it did.
func sectionHeading(b *Block) bool {
	sm, ok := lang.Section(b.Text)
	if !ok {
		return false
	}
	b.Kind = KindHeading
	b.Level = 0
	b.Section = sm.Key
	if sm.OldKey != "" && b.Revision == RevNone {
		// Two headings run together: flattened tracked changes.
		b.Revision = RevArtifact
	}
	return true
}

// edgeSpace reports whether strings.TrimSpace would change t, from the
// bytes at its edges: white space is an ASCII space byte or one of the
// few multi-byte space characters (spaceRuneAt, spaceRuneBefore), and
// bytes that are not valid UTF-8 are no space for TrimSpace either.
func edgeSpace(t string) bool {
	return isSpaceByte(t[0]) || isSpaceByte(t[len(t)-1]) ||
		t[0] >= utf8.RuneSelf && spaceRuneAt(t) > 0 ||
		t[len(t)-1] >= utf8.RuneSelf && spaceRuneBefore(t) > 0
}

// trimSpace is strings.TrimSpace, quicker on the usual edges: it reads the
// bytes of the white space characters (see trimLine) instead of decoding
// runes.
func trimSpace(s string) string {
	start, end := trimLine(s, 0, len(s))
	return s[start:end]
}

// trimRightSpace is strings.TrimRightFunc(s, unicode.IsSpace), reading
// bytes as trimSpace does.
func trimRightSpace(s string) string {
	end := len(s)
	for end > 0 {
		// Most strings end with a byte that can end no white space
		// character (a marker's ")", ".", digit or letter).
		if c := s[end-1]; spaceEdge[c]&edgeEnd == 0 {
			break
		} else if isSpaceByte(c) {
			end--
		} else if n := spaceRuneBefore(s[:end]); n > 0 {
			end -= n
		} else {
			break
		}
	}
	return s[:end]
}

// maybeSection is a cheap test that rules out most lines before
// lang.Section reads them: a section heading is a whole line of at most
// 200 characters (800 bytes), and a line that ends a sentence (".", ";",
// "。", "；", "!", "?") is running text, not a heading, which may end only
// with ":" or ",".
func maybeSection(text string) bool {
	n := len(text)
	if n > 800 || n == 0 {
		return false
	}
	switch c := text[n-1]; {
	case c == '.' || c == ';' || c == '!' || c == '?':
		return false
	case c < utf8.RuneSelf:
		return true
	case c == 0x82:
		// "。" is E3 80 82.
		return n < 3 || text[n-3] != 0xE3 || text[n-2] != 0x80
	case c == 0x9B || c == 0x81 || c == 0x9F:
		// "；", "！", "？" are EF BC 9B, EF BC 81, EF BC 9F; "؛", "؟" are
		// D8 9B, D8 9F.
		if n >= 3 && text[n-3] == 0xEF && text[n-2] == 0xBC {
			return false
		}
		return c == 0x81 || n < 2 || text[n-2] != 0xD8
	}
	// Not the last byte of any of sentenceEnds.
	return true
}

// sentenceEnds are the characters above ASCII that end a sentence (see
// maybeSection, which reads their bytes: the last ones are 82, 9B, 81,
// 9F, 9F and 9B).
var sentenceEnds = [...]string{"。", "；", "！", "？", "؟", "؛"}

// resolveRun gives the list items of one run of blocks between headings
// their nesting level and picks the reading of ambiguous markers, with
// lang.ResolveList. Paragraphs inside the run (the text that continues a
// point after its sub-points) are passed as nil entries: they do not break
// a list. Footnotes are left out. When the reader set every item's level
// itself (HTML list nesting, XML structure, DOCX numbering levels), those
// levels are kept and only the readings are resolved. markers and levels
// are memory to reuse for the run's markers and their levels, returned
// for the next run. The streamer calls it for the runs that have an item
// (a run without one has nothing to resolve: every entry is nil).
func resolveRun(run []Block, markers []*lang.Marker, levels []int) ([]*lang.Marker, []int) {
	markers = markers[:0]
	preset := true
	end := 0 // run[:end] ends with the last item, markers[:len(run[:end])] with its marker
	n := 0
	for i := range run {
		b := &run[i]
		switch {
		case b.Kind == KindFootnote:
			continue
		case b.Kind == KindItem && b.Marker != nil:
			markers = append(markers, b.Marker)
			if b.Level <= 0 {
				preset = false
			}
			end, n = i+1, len(markers)
		default:
			markers = append(markers, nil)
		}
	}
	// The paragraphs after the last item have no say in the list.
	markers = markers[:n]
	levels = lang.ResolveListInto(markers, levels)
	k := 0 // the entry of markers that is run[i]'s
	for i := range run[:end] {
		b := &run[i]
		if b.Kind == KindFootnote {
			continue
		}
		if markers[k] != nil {
			markArtifact(b)
			if !preset {
				b.Level = 1
				if k < len(levels) && levels[k] > 0 {
					b.Level = levels[k]
				}
			}
		}
		k++
	}
	return markers, levels
}

// markArtifact flags a block whose marker is a flattened revision pair, or
// an item the list resolver read as only in the old or only in the new
// text of a flattened list, as RevArtifact, unless the reader set a
// revision state itself.
func markArtifact(b *Block) {
	if m := b.Marker; m != nil && b.Revision == RevNone && (m.Old != nil || m.Change != lang.ChangeNone) {
		b.Revision = RevArtifact
	}
}

// detectLanguages sets each block's language and the document's. done
// says that the blocks are set already (undetermined, as they are without
// a detector or a language).
func detectLanguages(doc *Document, opts Options, done bool) {
	det := opts.Detector
	if det == nil && opts.Lang == "" {
		// Nothing to detect with: every language is undetermined.
		for i := 0; !done && i < len(doc.Blocks); i++ {
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
