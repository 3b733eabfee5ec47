package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paritydoc/parity/lang"
)

// textLine is one line of a plain-text file after artifact removal.
type textLine struct {
	num        int // 1-based line number
	raw        int // offset where the line starts in Source
	start, end int // content span in Source, trimmed of white space
	text       string
	refs       []string
	notes      []textNote
	blank      bool // nothing but white space and removed artifacts
}

// textNote is a footnote body found inline: "[1: 1 \ttext]".
type textNote struct {
	id         string
	text       string
	start, end int // span in Source, brackets included
}

// readText reads plain text: one block per line, or per paragraph when the
// file wraps its paragraphs over several lines (see wrappedParagraphs).
func readText(path string, data []byte, opts Options) (*Document, error) {
	src, enc, err := decodeText(path, data, opts.Encoding)
	if err != nil {
		return nil, err
	}
	doc := &Document{Path: path, Format: "txt", Encoding: enc, Source: src}
	lines := scanLines(src)
	wrapped := wrappedParagraphs(lines)
	doc.Blocks = make([]Block, 0, len(lines))
	cur := -1 // the block a wrapped continuation line joins
	for i := range lines {
		l := &lines[i]
		if l.blank {
			cur = -1
			continue
		}
		if wrapped && cur >= 0 && l.text != "" && !startsBlock(l.text) {
			b := &doc.Blocks[cur]
			b.Text = joinWrapped(b.Text, l.text)
			b.Span.End = l.end
			b.FootnoteRefs = append(b.FootnoteRefs, l.refs...)
		} else if l.text != "" {
			doc.Blocks = append(doc.Blocks, Block{
				Line:         l.num,
				Span:         Span{l.start, l.end},
				Text:         l.text,
				FootnoteRefs: l.refs,
			})
			cur = len(doc.Blocks) - 1
			if wrapped && isHeadingLine(l.text) {
				cur = -1
			}
		}
		for _, n := range l.notes {
			doc.Blocks = append(doc.Blocks, Block{
				Line:       l.num,
				Span:       Span{n.start, n.end},
				Kind:       KindFootnote,
				Text:       n.text,
				FootnoteID: n.id,
			})
			cur = -1
		}
	}
	// The line index Position uses, from the lines already split.
	doc.lineIndex = make([]int, len(lines), len(lines)+1)
	for i := range lines {
		doc.lineIndex[i] = lines[i].raw
	}
	if n := len(src); n > 0 && src[n-1] == sepOf(src) {
		doc.lineIndex = append(doc.lineIndex, n)
	}
	Segment(doc, opts)
	return doc, nil
}

// sepOf is the byte that ends lines in src (see crBreaks).
func sepOf(src string) byte {
	if crBreaks(src) {
		return '\r'
	}
	return '\n'
}

// scanLines splits src at LF or CRLF (or CR, in files without LF, see
// crBreaks) and cleans each line.
func scanLines(src string) []textLine {
	sep := byte('\n')
	if crBreaks(src) {
		sep = '\r'
	}
	lines := make([]textLine, 0, strings.Count(src, string(sep))+1)
	num := 1
	for pos := 0; pos < len(src); num++ {
		end := strings.IndexByte(src[pos:], sep)
		if end < 0 {
			end = len(src)
		} else {
			end += pos
		}
		l := cleanLine(src, pos, end, num)
		l.raw = pos
		lines = append(lines, l)
		pos = end + 1
	}
	return lines
}

// cleanLine trims a line and removes the artifacts of text extracted from
// Word files: "[bookmark: _Toc123]" is dropped, "[footnoteRef:1]1" becomes
// a footnote reference "1" (with the rendered label that follows it), and
// "[1: 1 \ttext]" is a footnote body, taken out as a note.
func cleanLine(src string, start, end, num int) textLine {
	for start < end && isSpaceByte(src[start]) {
		start++
	}
	for end > start && isSpaceByte(src[end-1]) {
		end--
	}
	// Unicode white space (NBSP, ideographic space) at the edges.
	s := src[start:end]
	if t := strings.TrimSpace(s); len(t) != len(s) {
		lead := strings.Index(s, t)
		start += lead
		end = start + len(t)
		s = t
	}
	l := textLine{num: num, start: start, end: end}
	if strings.IndexByte(s, '[') < 0 {
		l.text = s
		l.blank = s == ""
		return l
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '[')
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "[bookmark:"):
			if k := strings.IndexByte(rest, ']'); k >= 0 {
				i += k + 1
				continue
			}
		case strings.HasPrefix(rest, "[footnoteRef:"):
			if k := strings.IndexByte(rest, ']'); k >= 0 {
				id := strings.TrimSpace(rest[len("[footnoteRef:"):k])
				i += k + 1
				// The extractor repeats the rendered label after the tag.
				if id != "" && strings.HasPrefix(s[i:], id) {
					i += len(id)
				}
				if id != "" {
					l.refs = append(l.refs, id)
				}
				continue
			}
		default:
			if id, body, k, ok := footnoteBody(rest); ok {
				l.notes = append(l.notes, textNote{
					id: id, text: body,
					start: start + i, end: start + i + k,
				})
				i += k
				continue
			}
		}
		b.WriteByte('[')
		i++
	}
	l.text = strings.TrimSpace(b.String())
	l.blank = l.text == "" && len(l.notes) == 0
	return l
}

// footnoteBody reads "[ID: text]" at the start of s, where ID is a short
// label (digits, letters or *) and the body repeats the label first
// ("[1: 1 \ttext]"). It returns the label, the body without the repeated
// label, and the length taken. The body runs to the matching bracket, or to
// the end of the line when there is none.
func footnoteBody(s string) (id, body string, n int, ok bool) {
	k := 1
	for k < len(s) && k <= 6 && (isASCIIDigit(s[k]) || s[k] == '*' || (s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z')) {
		k++
	}
	if k == 1 || k+1 >= len(s) || s[k] != ':' || s[k+1] != ' ' {
		return "", "", 0, false
	}
	id = s[1:k]
	if !isASCIIDigit(id[0]) && id != "*" {
		return "", "", 0, false
	}
	depth := 1
	end := len(s)
	for i := k + 1; i < len(s); i++ {
		if s[i] == '[' {
			depth++
		} else if s[i] == ']' {
			depth--
			if depth == 0 {
				end = i + 1
				break
			}
		}
	}
	inner := s[k+2 : end]
	inner = strings.TrimSuffix(inner, "]")
	inner = strings.TrimSpace(inner)
	if strings.HasPrefix(inner, id) {
		after := inner[len(id):]
		if after == "" || after[0] == ' ' || after[0] == '\t' {
			inner = strings.TrimSpace(after)
		}
	}
	return id, inner, end, true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\n' || c == '\r'
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// startsBlock reports whether a line must open a block of its own: it starts
// with a marker or is a section heading.
func startsBlock(text string) bool {
	if _, _, ok := lang.ParseMarker(text); ok {
		return true
	}
	_, ok := lang.Section(text)
	return ok
}

// isHeadingLine reports whether a line is an article/chapter heading or a
// section heading, which a wrapped continuation never joins.
func isHeadingLine(text string) bool {
	if m, _, ok := lang.ParseMarker(text); ok && m != nil && m.Unit != lang.UnitNone {
		return true
	}
	_, ok := lang.Section(text)
	return ok
}

// wrappedParagraphs decides, for the whole file, whether paragraphs are
// wrapped over several lines and separated by blank lines (text wrapped to
// a fixed width by an editor or an extractor), or written one per line
// (how official texts are usually extracted).
//
// The evidence: in a wrapped file, lines fill up to a common width, most
// lines that are followed by another line of the same paragraph are close
// to that width and do not end a sentence, and blank lines separate the
// paragraphs. In a one-per-line file, line lengths follow the paragraph
// lengths and spread widely, and consecutive lines end sentences.
func wrappedParagraphs(lines []textLine) bool {
	// The 95th percentile of line widths, from a histogram of widths up
	// to 121 characters (wider lines count as 121: they rule wrapping out).
	var hist [122]int
	blanks, n := 0, 0
	for i := range lines {
		if lines[i].blank {
			blanks++
			continue
		}
		// A line of more than 4×121 bytes has more than 121 characters:
		// count characters only when it can matter.
		w := 121
		if len(lines[i].text) <= 4*121 {
			w = runesUpTo(lines[i].text, 121)
		}
		hist[min(w, 121)]++
		n++
	}
	if blanks == 0 || n < 4 {
		return false
	}
	width, seen := 0, 0
	for w, c := range hist {
		seen += c
		if seen > n*95/100 {
			width = w
			break
		}
	}
	if width > 120 || width < 20 {
		return false
	}
	var wrap, brk int
	for i := 0; i+1 < len(lines); i++ {
		l, next := &lines[i], &lines[i+1]
		if l.blank || next.blank || l.text == "" || next.text == "" || startsBlock(next.text) || isHeadingLine(l.text) {
			continue
		}
		n := utf8.RuneCountInString(l.text)
		if n*10 >= width*7 && !endsSentence(l.text) {
			wrap++
		} else {
			brk++
		}
	}
	return wrap >= 2 && wrap > brk
}

// runesUpTo counts the characters of s, stopping at max.
func runesUpTo(s string, max int) int {
	n := 0
	for i := 0; i < len(s) && n < max; n++ {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// endsSentence reports whether text ends with sentence-final or clause-final
// punctuation.
func endsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	switch r {
	case '.', ';', ':', '!', '?', '。', '；', '：', '！', '？', '؟', '؛', '»', '”', '"', ')':
		return true
	}
	return false
}

// joinWrapped joins a continuation line to a paragraph: with a space,
// except between two characters of scripts written without spaces.
func joinWrapped(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if noSpaceScript(last) || noSpaceScript(first) {
		return a + b
	}
	return a + " " + b
}

func noSpaceScript(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
