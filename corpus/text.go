package corpus

import (
	"bytes"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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

// block is the block of the line's text.
func (l *textLine) block() Block {
	b := Block{Line: l.num, Span: Span{l.start, l.end}, Text: l.text}
	b.SetFootnoteRefs(l.refs)
	return b
}

// textNote is a footnote body found inline: "[1: 1 \ttext]".
type textNote struct {
	id         string
	text       string
	start, end int // span in Source, brackets included
}

// block is the footnote block of the note, on line num.
func (nt *textNote) block(num int) Block {
	b := Block{Line: num, Span: Span{nt.start, nt.end}, Kind: KindFootnote, Text: nt.text}
	b.SetFootnoteID(nt.id)
	return b
}

// readText reads plain text: one block per line, or per paragraph when the
// file wraps its paragraphs over several lines (see wrappedParagraphs).
//
// UTF-8, the usual case, is read in place: the first pass over the lines
// (readLines) checks that the bytes are valid UTF-8 as it splits them, and
// Source is data itself, not a copy. Any other encoding, or bytes that turn
// out not to be UTF-8, take the decoding path (decodeText), which detects
// the encoding or reports the error.
func readText(path string, data []byte, opts Options) (*Document, error) {
	if src, ok := utf8InPlace(data, opts.Encoding); ok {
		doc := &Document{Path: path, Format: "txt", Encoding: "utf-8", Source: src}
		// Bytes that are not UTF-8, or a NUL, send the file to the
		// decoding path, which says what they mean.
		if segmentText(doc, opts, lineInvalid|lineNUL) {
			return doc, nil
		}
	}
	src, enc, err := decodeText(path, data, opts.Encoding)
	if err != nil {
		return nil, err
	}
	doc := &Document{Path: path, Format: "txt", Encoding: enc, Source: src}
	// Decoded text is valid UTF-8. It holds a NUL only when the encoding
	// was named (--encoding; detection calls such a file binary), and a
	// NUL is then dropped with the other control characters.
	if !segmentText(doc, opts, lineInvalid) {
		return nil, inputErr(path, 0, "invalid text after decoding as %s", enc)
	}
	return doc, nil
}

// segmentText splits doc.Source into blocks, one per line or per
// paragraph when lines are wrapped, and segments them. It reports false,
// with nothing set, when the text has one of the flags of stop
// (lineInvalid, lineNUL; see chunkScan).
func segmentText(doc *Document, opts Options, stop uint8) bool {
	done, fl := readLines(doc, opts, stop)
	if fl&stop != 0 {
		return false
	}
	if !done {
		readWrappedLines(doc)
		if fl&lineControl != 0 {
			dropControls(doc)
		}
	}
	// readLines segments the blocks as it makes them: then only the
	// languages are left.
	segment(doc, opts, true, done)
	return true
}

// utf8InPlace returns data as the text of a UTF-8 file without copying it,
// its byte order mark removed, when the encoding is UTF-8 or may be (it is
// detected, and neither a byte order mark, nor UTF-16, nor binary bytes say
// otherwise: see detectEncoding). The caller must still check that the
// bytes are valid UTF-8. Read documents that it keeps data.
func utf8InPlace(data []byte, forced string) (string, bool) {
	if forced != "" {
		if _, name, err := lookupEncoding(forced); err != nil || name != "utf-8" {
			return "", false
		}
	} else if name, decided := encodingBeforeUTF8(data); decided && name != "utf-8" {
		return "", false
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", false // decodeText reports it
	}
	return unsafe.String(unsafe.SliceData(data), len(data)), true
}

// readLines reads a file written one paragraph per line, the usual case,
// in one pass over the text: it checks and indexes the lines, makes a block
// of each line that holds text and segments it (prepareBlock: its marker
// parsed, its kind and section heading read; then the streamer: its
// section, and the lists of each run between headings) while the line is
// still in the processor's cache, and gathers what wrappedParagraphs
// needs to rule wrapping out. It returns done false, with doc unchanged,
// when the file may be wrapped after all (then readWrappedLines decides
// with the whole analysis) or when the text has one of the flags of stop,
// such as lineInvalid (the pass stops at the chunk that has it). fl
// gathers the flags of the text read.
//
// The bytes are checked (chunkScan: UTF-8, NUL, control characters) a
// chunk of about chunkSize bytes at a time, each ending with a line break,
// just before the lines of the chunk are read; the same pass marks where
// the chunk's line breaks and "[" are, so that each line's end, and the
// lines with a "[" (which may hold extraction artifacts, see cleanLine),
// are found from the marks. In a chunk with control characters, the
// blocks that hold one lose them as dropControls would take them out.
func readLines(doc *Document, opts Options, stop uint8) (done bool, fl uint8) {
	src := doc.Source
	sep := sepOf(src)
	// Room for lines of 64 bytes on average; append grows it for shorter.
	idx := make([]int, 0, len(src)/64+16)
	// Blocks for the first chunk, and then for the whole text.
	blocks := make([]Block, 0, min(len(src), chunkSize)/32+16)
	firstEnd := 0
	// The blocks, and what wrappedParagraphs needs, as the lines go.
	lb := &lineBlocks{doc: doc, st: newStreamer(doc, opts), src: src, blocks: blocks}
	// The chunk being read, and its lines in batches.
	ck := new(lineChunk)
	for pos := 0; pos < len(src); pos = ck.end {
		cf := ck.scan(src, pos, sep)
		fl |= cf
		if cf&stop != 0 {
			return false, fl
		}
		if pos == 0 {
			firstEnd = ck.end
		} else if pos == firstEnd {
			lb.blocks = reserveBlocks(lb.blocks, len(src), pos)
		}
		// The lines of the chunk, a batch at a time: indexed (in the
		// room after idx), the blank ones counted, the others made
		// blocks, in the room after lb.blocks, which lb.add then
		// prepares and streams. The first loop (lines) makes no call,
		// so that its few values stay in registers; the second makes
		// calls for every block.
		for p := pos; p < ck.end; {
			if cap(lb.blocks)-len(lb.blocks) < lineBatch {
				lb.blocks = slices.Grow(lb.blocks, lineBatch)
			}
			if cap(idx)-len(idx) < lineBatch {
				idx = slices.Grow(idx, lineBatch)
			}
			var n, nb int
			ck.before = len(idx)
			ck.room = (*[lineBatch]Block)(lb.blocks[len(lb.blocks) : len(lb.blocks)+lineBatch])
			ck.starts = (*[lineBatch]int)(idx[len(idx) : len(idx)+lineBatch])
			p, n, nb = ck.lines(src[:ck.end], sep, p)
			idx = idx[:len(idx)+n]
			lb.blanks += n - nb
			lb.add(cf, nb, ck.trims[:ck.ntrim])
			if r := &ck.odd; r.num != 0 {
				// The line with a "[" that ended the batch.
				lb.blanks--
				lb.oddLine(r.start, r.end, r.num, true, cf&lineControl != 0)
			}
		}
	}
	for i, c := range ck.bands {
		lb.bands[i] += c
	}
	if n := len(src); n > 0 && src[n-1] == sep {
		idx = append(idx, n)
	}
	blocks = lb.blocks
	bands := &lb.bands
	w19, w120 := bands[0], bands[0]+bands[1]+bands[2]
	w19max, w120max := bands[0]+bands[1], w120+bands[3]
	if n := w120max + bands[4]; lb.blanks > 0 && n >= 4 && !wrapRuledOut(src, blocks, lb.counted, n*95/100, w19, w19max, w120, w120max) {
		return false, fl
	}
	lb.st.finish(blocks)
	doc.lineIndex = idx
	doc.Blocks = blocks
	return true, fl
}

// lineBlocks makes the blocks of the lines readLines reads, prepared and
// streamed (prepareBlock, streamer), and counts what wrappedParagraphs
// needs (lineTally). It is kept in memory and its methods read its fields
// where they need them: with a call for each line, values held in
// registers would be saved and restored around every call anyway.
type lineBlocks struct {
	doc    *Document
	st     *streamer
	src    string
	blocks []Block
	lineTally
}

// add prepares and streams the nb blocks that lineChunk.lines wrote after
// lb.blocks, in order, for the lines of a batch of a chunk with the flags
// cf, and adds them to lb.blocks. The blocks whose places in the batch
// are in trims may start or end with white space (see edgesMaySpace), and
// in a chunk with control characters any block may hold one: fixAll
// finishes those first. The loop that makes a call for every block keeps
// few values, which the calls make it save and restore.
func (lb *lineBlocks) add(cf uint8, nb int, trims []int) {
	first := len(lb.blocks)
	blocks := lb.blocks[first : first+nb]
	if len(trims) > 0 || cf&lineControl != 0 {
		blocks = lb.fixAll(blocks, trims, cf&lineControl != 0)
	}
	all := lb.blocks[:first+len(blocks)]
	for i := first; i < len(all); i++ {
		b := &all[i]
		if b.Text == "" {
			// As lines left it (fix sets the texts it finishes).
			b.Text = lb.src[b.Span.Start:b.Span.End]
		}
		// The text is trimmed (trimLine trims as strings.TrimSpace,
		// and stripControls with it) and holds no control character,
		// and it is never empty: prepareBlock keeps the block. Should
		// it not, dropRest goes on.
		if !prepareBlock(lb.doc, b, true) {
			lb.dropRest(all, i)
			return
		}
		lb.st.add(all[:i+1])
	}
	lb.blocks = all
}

// dropRest is add from the block at i of all on, which prepareBlock
// dropped: the blocks after it move down, and are prepared and streamed
// in turn, those dropped left out.
func (lb *lineBlocks) dropRest(all []Block, i int) {
	keep := i
	all[i] = Block{}
	for i++; i < len(all); i++ {
		b := &all[i]
		if b.Text == "" {
			b.Text = lb.src[b.Span.Start:b.Span.End]
		}
		all[keep] = *b
		*b = Block{}
		b = &all[keep]
		if !prepareBlock(lb.doc, b, true) {
			*b = Block{}
			continue
		}
		keep++
		lb.st.add(all[:keep])
	}
	lb.blocks = all[:keep]
}

// fixAll finishes the blocks of a batch that lines wrote, before they are
// prepared (see fix): those at the places trims lists, and, with control
// set, all of them. It drops the blocks fix drops, moving the others down
// and clearing the places left, and returns the blocks kept.
func (lb *lineBlocks) fixAll(blocks []Block, trims []int, control bool) []Block {
	dropped := false
	if control {
		for i := range blocks {
			trim := len(trims) > 0 && trims[0] == i
			if trim {
				trims = trims[1:]
			}
			if !lb.fix(&blocks[i], trim, true) {
				blocks[i] = Block{} // Line 0: dropped
				dropped = true
			}
		}
	} else {
		for _, i := range trims {
			if !lb.fix(&blocks[i], true, false) {
				blocks[i] = Block{}
				dropped = true
			}
		}
	}
	if !dropped {
		return blocks
	}
	keep := 0
	for i := range blocks {
		if blocks[i].Line == 0 {
			continue
		}
		if keep < i {
			blocks[keep] = blocks[i]
			blocks[i] = Block{}
		}
		keep++
	}
	return blocks[:keep]
}

// fix finishes a block that lineChunk.lines wrote for line b.Line, before
// it is prepared: with trim set, its span and text may start or end with
// white space, which fix takes off, and it counts the line's width band,
// which lines left; with control set, its text may hold control
// characters, which fix takes out (dropBlockControls), counting the width
// of the line in characters instead (lineTally.exact). It reports whether
// the block is kept: a line of white space only is counted as blank, and
// a text left empty once its control characters are out is dropped.
func (lb *lineBlocks) fix(b *Block, trim, control bool) bool {
	src := lb.src
	b.Text = src[b.Span.Start:b.Span.End]
	if trim {
		start, end := trimEdges(src, b.Span.Start, b.Span.End)
		if start == end {
			lb.blanks++
			return false
		}
		b.Span = Span{start, end}
		b.Text = src[start:end]
	}
	if control && hasControl(b.Text) {
		if !trim {
			// lines counted its band.
			lb.bands[widthBands[min(len(b.Text), len(widthBands)-1)]&7]--
		}
		lb.exact(b.Line, runeCount(b.Text))
		return dropBlockControls(b)
	}
	if trim {
		lb.bands[widthBands[min(len(b.Text), len(widthBands)-1)]&7]++
	}
	return true
}

// lineTally is what readLines gathers for the wrapping decision (see
// wrappedParagraphs): the blank lines, and the non-blank lines by band of
// width. The widths of lines in characters, which wrappedParagraphs
// reads, are bounded by their lengths in bytes (a character takes one to
// four), which put each line in a band (widthBand): at most 19 characters
// wide for sure, maybe, at most 120 for sure, maybe, wider. Only when the
// bands leave the decision open are characters counted (wrapRuledOut).
// The lines in counted, those cleanLine read and those that held control
// characters, whose widths wrapRuledOut must not count again, are put in
// the band of their width in characters, exact.
type lineTally struct {
	blanks int
	// The bands are 0 to 4 (widthBand); 8 places let an index masked
	// with 7 go unchecked.
	bands   [8]int
	counted []int
}

// exact counts line num, w characters wide, in its band, exact.
func (t *lineTally) exact(num, w int) {
	switch {
	case w <= 19:
		t.bands[0]++
	case w <= 120:
		t.bands[2]++
	default:
		t.bands[4]++
	}
	t.counted = append(t.counted, num)
}

// lineChunk is the chunk of the text that readLines reads, src[base:end]:
// the marks of its line breaks and "[" (chunkScan), the room where lines
// writes the places where the lines of a batch start and the room where it
// writes their blocks, and what lines found in the batch it read last:
// which of the blocks it wrote may need trimming and the line with a "["
// that ended it, if any; and the width bands of the lines it made blocks
// of, for all the chunks (see lineTally).
type lineChunk struct {
	base, end int
	marks     [][2]uint64
	before    int // how many lines the text has before the batch
	starts    *[lineBatch]int
	trims     [lineBatch]int
	ntrim     int
	odd       lineRec
	room      *[lineBatch]Block
	bands     [8]int
}

// lineBatch is how many lines lineChunk.lines reads at most at a time.
const lineBatch = 512

// scan checks and marks the chunk of src that starts at pos, about
// chunkSize bytes up to the end of a line, or to the end of src, and
// returns its flags.
func (c *lineChunk) scan(src string, pos int, sep byte) uint8 {
	end := min(pos+chunkSize, len(src))
	if k := strings.IndexByte(src[end:], sep); k >= 0 {
		end += k + 1
	} else {
		end = len(src)
	}
	c.base, c.end = pos, end
	if n := markBlocks(end - pos); n > cap(c.marks) {
		c.marks = make([][2]uint64, n)
	} else {
		c.marks = c.marks[:n]
	}
	fl := chunkScan(src[pos:end], sep, c.marks)
	if end == len(src) && (end == pos || src[end-1] != sep) {
		// The last line has no separator: a mark at the end of the
		// text stands for one, so that lines finds an end for every
		// line from the marks.
		k := end - pos
		c.marks[k>>6][0] |= 1 << (k & 63)
	}
	return fl
}

// lineRec is a line that lines found to hold a "[": its number, its first
// byte that is not a space, and its end (the place of its separator, or
// the end of the text). num is 0 for none.
type lineRec struct {
	num, start, end int
}

// lines reads the lines of the chunk from pos on, which scan has marked,
// until the chunk ends, lineBatch lines are read, or a line holds a "[":
// it writes where each line starts to c.starts, and makes a block in
// c.room of each line that holds something other than spaces, its Line
// and its Span (the line without its spaces at either end), and returns
// where it stopped, how many lines it read and how many blocks it made.
// The other lines are blank, but for the line with a "[", the last it
// read, which it leaves to oddLine in c.odd. It counts the width bands of
// the lines it makes blocks of in c.bands (see lineTally), except for the
// blocks whose span may start or end with other white space
// (edgesMaySpace, its end made exact by endMaySpace), which it lists in
// c.trims for lineBlocks.fix. The texts
// of the blocks are left to lineBlocks.add: a string holds a pointer,
// stored with a write barrier. src must end where the chunk does, and the
// blocks of c.room be zero. It makes no call (but skipSpaces for a line
// indented by more than 16 spaces) and keeps what it writes in c, so that
// its few values stay in registers. On amd64 with BMI2 the same loop runs
// in assembly (linesFast, lines_amd64.s), which keeps them all there and
// checks no bounds: TestLinesFastSameAsGo compares the two.
//
// A line that starts with spaces and then its separator, or the end of
// the text, is blank: its first byte that is not a space, most often in
// the first two words of the line, settles it, and the marks are not
// read. Any other line's end is found from the marks, from that byte on:
// the first separator's bit set, and the "[" in the blocks up to it,
// before the separator.
func (c *lineChunk) lines(src string, sep byte, pos int) (next, n, nb int) {
	if useLinesAsm {
		return c.linesFast(src, sep, pos)
	}
	c.ntrim = 0
	c.odd = lineRec{}
	for pos < len(src) && n < lineBatch {
		// The first byte that is not a space: in the first 16 bytes,
		// most often, or after them.
		var start int
		var blank bool
		if pos+16 <= len(src) {
			head := src[pos : pos+16]
			if x := load64(head, 0) ^ spaces8; x != 0 {
				t := bits.TrailingZeros64(x) >> 3
				start, blank = pos+t, head[t] == sep
			} else if x := load64(head, 8) ^ spaces8; x != 0 {
				t := 8 + bits.TrailingZeros64(x)>>3
				start, blank = pos+t, head[t] == sep
			} else {
				start = skipSpaces(src, pos+16)
				blank = start == len(src) || src[start] == sep
			}
		} else {
			start = spacesTail(src, pos)
			blank = start == len(src) || src[start] == sep
		}
		c.starts[n&(lineBatch-1)] = pos // n < lineBatch: the mask spares a check
		n++
		if blank {
			pos = start + 1
			continue
		}
		// The separators and "[" of each block of 64 bytes, from the
		// line's first byte that is not a space. The chunk ends with a
		// separator's mark (see scan).
		marks := c.marks
		off := start - c.base
		b, from := off>>6, ^uint64(0)<<(off&63)
		m, brackets := marks[b][0]&from, marks[b][1]&from
		var before uint64 // the "[" of the blocks before b
		for m == 0 {
			before |= brackets
			b++
			m, brackets = marks[b][0], marks[b][1]
		}
		k := bits.TrailingZeros64(m)
		brackets = before | brackets&(1<<k-1)
		end := c.base + b<<6 + k
		pos = end + 1
		if brackets != 0 {
			c.odd = lineRec{num: c.before + n, start: start, end: end}
			break
		}
		// The block, in place: two fields of a zero block.
		bl := &c.room[nb&(lineBatch-1)] // nb < n ≤ lineBatch
		bl.Line = c.before + n
		bl.Span = Span{start, end}
		// edgesMaySpace, written out.
		if spaceEdge[src[start]]&edgeStart != 0 || spaceEdge[src[end-1]]&edgeEnd != 0 && endMaySpace(src, start, end) {
			c.trims[c.ntrim&(lineBatch-1)] = nb
			c.ntrim++
		} else {
			c.bands[widthBands[min(uint(end-start), uint(len(widthBands)-1))]&7]++
		}
		nb++
	}
	return pos, n, nb
}

// reserveBlocks gives blocks, the blocks of the first pos bytes of a text
// of n bytes, room for as many blocks in the whole text, in proportion,
// and a tenth more; append grows it for a text that has more further on.
func reserveBlocks(blocks []Block, n, pos int) []Block {
	want := len(blocks) + int(float64(len(blocks))*1.1*float64(n-pos)/float64(pos)) + 16
	if want > cap(blocks) {
		blocks = append(make([]Block, 0, want), blocks...)
	}
	return blocks
}

// skipSpaces returns the place of the first byte at or after i in s that
// is not a space, or len(s): eight bytes at a time, then one at a time.
func skipSpaces(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if x := load64(s, i) ^ spaces8; x != 0 {
			return i + bits.TrailingZeros64(x)>>3
		}
	}
	return spacesTail(s, i)
}

// spacesTail returns the place of the first byte at or after i in s that
// is not a space, or len(s), one byte at a time: lineChunk.lines and
// skipSpaces read spaces eight at a time, and the last few bytes of a
// chunk with this.
func spacesTail(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// oddLine adds to lb.blocks the blocks of line num that add's usual path
// leaves, and prepares and streams them as the usual path does. With
// clean set, the line src[start:end] holds a "[": cleanLine trims it and
// removes its artifacts, and its footnote bodies become blocks of their
// own; control tells whether the chunk holds control characters, which
// the blocks then lose (dropBlockControls). Without clean, src[start:end]
// is the line's text, trimmed already, and it holds control characters.
// The width of the line is counted in lb.lineTally.
func (lb *lineBlocks) oddLine(start, end, num int, clean bool, control bool) {
	doc, st, src, t, blocks := lb.doc, lb.st, lb.src, &lb.lineTally, lb.blocks
	first := len(blocks)
	if clean {
		l := cleanLine(src, start, end, num)
		if l.blank {
			t.blanks++
			return
		}
		t.exact(num, runeCount(l.text))
		if l.text != "" {
			blocks = append(blocks, l.block())
		}
		for _, nt := range l.notes {
			blocks = append(blocks, nt.block(l.num))
		}
	} else {
		text := src[start:end]
		t.exact(num, runeCount(text))
		blocks = append(blocks, Block{Line: num, Span: Span{start, end}, Text: text})
		control = true
	}
	// The blocks of the line: without control characters, then prepared;
	// those left with nothing dropped. The text of a plain line is
	// trimmed already.
	trimmed := !clean
	keep := first
	for i := first; i < len(blocks); i++ {
		b := &blocks[i]
		if control && hasControl(b.Text) {
			trimmed = false
			if !dropBlockControls(b) {
				continue
			}
		}
		if !prepareBlock(doc, b, trimmed) {
			continue
		}
		if keep < i {
			blocks[keep] = *b
		}
		keep++
		st.add(blocks[:keep])
	}
	if keep < len(blocks) {
		clear(blocks[keep:])
		blocks = blocks[:keep]
	}
	lb.blocks = blocks
}

// widthBands is widthBand of the lengths from 0 to 4*120+1, those above
// in the last place.
var widthBands = func() (t [4*120 + 2]uint8) {
	for n := range t {
		t[n] = uint8(widthBand(n))
	}
	return t
}()

// widthBand is the band of width (see readLines) of a line of n bytes:
// 0 when it is at most 19 characters wide, 1 when it may be, 2 when it is
// wider but at most 120, 3 when it may be, 4 when it is wider.
func widthBand(n int) int {
	switch {
	case n <= 19:
		return 0
	case n <= 4*19:
		return 1
	case n <= 120:
		return 2
	case n <= 4*120:
		return 3
	}
	return 4
}

// wrapRuledOut reports whether wrappedParagraphs would rule wrapping out,
// as it does when the 95th percentile of line widths is above 120 or
// below 20 characters: when at most q non-blank lines are 120 characters
// wide or less, or more than q are 19 or less. It is given bounds of
// both counts from the lengths of the lines in bytes (lo19 ≤ the count of
// lines at most 19 characters wide ≤ hi19, the same for 120) and counts
// the characters of the lines whose width the bounds leave open, in
// order, only until the answer is certain: the bounds are often close to
// deciding alone, and a few lines settle it. The lines are read from the
// spans of the blocks readLines made, one for each non-blank line but the
// lines in counted (their line numbers, in order), whose widths the
// bounds hold exactly already.
func wrapRuledOut(src string, blocks []Block, counted []int, q, lo19, hi19, lo120, hi120 int) bool {
	ruledOut := func(le19, le120 int) bool { return le120 <= q || le19 > q }
	line := 0 // the line of the last block read
	for i := 0; ; i++ {
		switch {
		case ruledOut(lo19, hi120):
			return true // whatever the widths still open
		case !ruledOut(hi19, lo120):
			return false
		case i >= len(blocks):
			// With every width counted the bounds meet, and a case
			// above has answered; should they not, the full analysis
			// decides.
			return false
		}
		b := &blocks[i]
		if b.Line == line {
			continue // one line, one width
		}
		line = b.Line
		for len(counted) > 0 && counted[0] < line {
			counted = counted[1:]
		}
		if len(counted) > 0 && counted[0] == line {
			continue
		}
		// The bands readLines could not decide (see there): a line of
		// 20 to 76 bytes is at most 120 characters wide but may be 19
		// or less; one of 121 to 480 bytes is wider than 19 but may be
		// 120 or less.
		start, stop := b.Span.Start, b.Span.End
		switch w := stop - start; {
		case w > 19 && w <= 4*19:
			if runeCount(src[start:stop]) <= 19 {
				lo19++
			} else {
				hi19--
			}
		case w > 120 && w <= 4*120:
			if runeCount(src[start:stop]) <= 120 {
				lo120++
			} else {
				hi120--
			}
		}
	}
}

// chunkSize is about how many bytes readLines checks at a time: small
// enough to stay in the processor's cache until the lines are split. A
// variable only so that tests can make chunks of a few bytes.
var chunkSize = 64 << 10

// trimLine returns the span of src[start:end] without white space at
// either end, ASCII or Unicode (NBSP, ideographic space), as cleanLine
// trims it.
func trimLine(src string, start, end int) (int, int) {
	// ASCII white space, then Unicode white space recognised by its
	// bytes (Source is valid UTF-8): U+0085, U+00A0, U+1680,
	// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F and U+3000, the
	// runes above ASCII that unicode.IsSpace accepts. Most edges are
	// settled by one byte (spaceEdge): a byte that can neither start nor
	// end white space.
	// Indentation, eight bytes at a time: the spaces up to the first
	// byte that is not one.
	for end-start >= 8 {
		x := load64(src, start) ^ spaces8
		if x != 0 {
			start += bits.TrailingZeros64(x) >> 3
			break
		}
		start += 8
	}
	for start < end {
		c := src[start]
		if spaceEdge[c]&edgeStart == 0 {
			break
		}
		if isSpaceByte(c) {
			start++
		} else if n := spaceRuneAt(src[start:end]); n > 0 {
			start += n
		} else {
			break
		}
	}
	for end > start {
		c := src[end-1]
		if spaceEdge[c]&edgeEnd == 0 {
			break
		}
		if isSpaceByte(c) {
			end--
		} else if n := spaceRuneBefore(src[start:end]); n > 0 {
			end -= n
		} else {
			break
		}
	}
	return start, end
}

// endMaySpace makes exact, after the last byte of src[start:end], the
// test of whether the line may end with white space that lineChunk.lines
// makes (and linesAsm, and edgesMaySpace in the tests) for most lines whose
// last byte may end white space: those whose last character is above ASCII
// and not white space, such as "。" (E3 80 82, which ends like U+2002),
// which trimEdges would leave as they are. It reports false only for them:
// when the byte before the last cannot be the second to last of white
// space (C2, or 80, 81, 9A of three bytes), or the last three bytes are E3
// 80 and not 80. It is meant for lines whose first byte cannot start white
// space and whose last byte is in spaceEdge with edgeEnd.
func endMaySpace(src string, start, end int) bool {
	c := src[end-1]
	if c < 0x80 || end-start < 2 {
		return true
	}
	switch src[end-2] {
	case 0xC2, 0x81, 0x9A:
		return true
	case 0x80:
		return c == 0x80 || end-start < 3 || src[end-3] != 0xE3
	}
	return false
}

// trimEdges is trimLine for a line whose first byte is not a space, as
// lineBlocks.add has them: most often only its end may be white space
// (its last byte is also the last of a few characters that are not, such
// as "。"), and the word loop of trimLine is left out.
func trimEdges(src string, start, end int) (int, int) {
	if spaceEdge[src[start]]&edgeStart != 0 {
		return trimLine(src, start, end)
	}
	// As trimLine's loop, with spaceRuneBefore written out.
	for end > start {
		c := src[end-1]
		switch {
		case spaceEdge[c]&edgeEnd == 0:
			return start, end
		case isSpaceByte(c):
			end--
		case end-start >= 3 && isSpaceRune3(src[end-3], src[end-2], c):
			end -= 3
		case end-start >= 2 && src[end-2] == 0xC2 && (c == 0x85 || c == 0xA0):
			end -= 2
		default:
			return start, end
		}
	}
	return start, end
}

// spaces8 is eight spaces read as a word (load64).
const spaces8 = 0x2020202020202020

// load64 reads s[i:i+8] as a little-endian word, byte i the low byte; the
// compiler makes it one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Bits of spaceEdge: the byte may be the first, or the last, of a white
// space character.
const (
	edgeStart = 1 << iota
	edgeEnd
)

// spaceEdge marks the bytes that may start or end a white space character
// (see trimLine): the ASCII white space bytes, the lead bytes C2, E1, E2
// and E3, and the last bytes of U+0085, U+00A0, U+1680, U+2000-U+200A,
// U+2028, U+2029, U+202F, U+205F and U+3000.
var spaceEdge = func() (t [256]uint8) {
	for c := range 256 {
		if asciiSpace[c] {
			t[c] = edgeStart | edgeEnd
		}
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] |= edgeStart
	}
	for _, r := range []rune{0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
		0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000} {
		s := string(r)
		t[s[len(s)-1]] |= edgeEnd
	}
	return t
}()

// spaceRuneAt returns the length of the white space character above ASCII
// that s starts with, or 0.
func spaceRuneAt(s string) int {
	switch {
	case len(s) >= 2 && s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0):
		return 2
	case len(s) >= 3 && isSpaceRune3(s[0], s[1], s[2]):
		return 3
	}
	return 0
}

// spaceRuneBefore returns the length of the white space character above
// ASCII that s ends with, or 0.
func spaceRuneBefore(s string) int {
	n := len(s)
	if n < 2 {
		return 0
	}
	// The last two bytes: C2 85 or C2 A0, or the end of a character of
	// three bytes (C2 is never the second of three).
	b, c := s[n-2], s[n-1]
	switch {
	case b == 0xC2:
		if c == 0x85 || c == 0xA0 {
			return 2
		}
	case n >= 3 && isSpaceRune3(s[n-3], b, c):
		return 3
	}
	return 0
}

// isSpaceRune3 reports whether the three bytes encode U+1680,
// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F or U+3000.
func isSpaceRune3(a, b, c byte) bool {
	switch a {
	case 0xE1:
		return b == 0x9A && c == 0x80
	case 0xE2:
		return b == 0x80 && (c >= 0x80 && c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) ||
			b == 0x81 && c == 0x9F
	case 0xE3:
		return b == 0x80 && c == 0x80
	}
	return false
}

// runeCount counts the characters of valid UTF-8 text (Source always is):
// its bytes that are not continuation bytes (10xxxxxx), eight at a time.
func runeCount(s string) int {
	const hi, next = 0x8080808080808080, 0x4040404040404040
	cont := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		// Bit 7 set and bit 6 clear in a byte: a continuation byte.
		cont += bits.OnesCount64(x & hi &^ ((x & next) << 1))
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// readWrappedLines reads a file that may wrap its paragraphs over several
// lines: it keeps every line, decides with wrappedParagraphs, and joins
// the continuation lines of each paragraph.
func readWrappedLines(doc *Document) {
	src := doc.Source
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
			b.SetFootnoteRefs(append(b.FootnoteRefs(), l.refs...))
		} else if l.text != "" {
			doc.Blocks = append(doc.Blocks, l.block())
			cur = len(doc.Blocks) - 1
			if wrapped && isHeadingLine(l.text) {
				cur = -1
			}
		}
		for _, n := range l.notes {
			doc.Blocks = append(doc.Blocks, n.block(l.num))
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
	start, end = trimLine(src, start, end)
	s := src[start:end]
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

func isSpaceByte(c byte) bool { return asciiSpace[c] }

// asciiSpace marks the ASCII white space bytes: space, \t, \v, \f, \n, \r.
var asciiSpace = [256]bool{' ': true, '\t': true, '\v': true, '\f': true, '\n': true, '\r': true}

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

// isControl reports whether c is a C0 control byte other than the tab and
// the line ends.
func isControl(c byte) bool { return c < 0x20 && c != '\t' && c != '\n' && c != '\r' }

// hasControl reports whether s holds a byte isControl accepts.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if isControl(s[i]) {
			return true
		}
	}
	return false
}

// dropControls removes the stray C0 control characters that text
// extracted from Word or PDF files carries (\x01, a form feed at a page
// break) from the blocks' text: the white-space ones (form feed, vertical
// tab) become a space, the others are dropped, and a block left with no
// text is dropped. Spans still cover the source as it is.
func dropControls(doc *Document) {
	out := doc.Blocks[:0]
	for _, b := range doc.Blocks {
		if dropBlockControls(&b) {
			out = append(out, b)
		}
	}
	doc.Blocks = out
}

// dropBlockControls is dropControls for one block: it reports false for a
// block to drop.
func dropBlockControls(b *Block) bool {
	if !hasControl(b.Text) {
		return true
	}
	b.Text = stripControls(b.Text)
	return b.Text != "" || len(b.FootnoteRefs()) > 0
}

// stripControls is s without its control bytes (see dropControls), white
// space not doubled and trimmed.
func stripControls(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\f' || c == '\v':
			if b.Len() > 0 && !isSpaceByte(b.String()[b.Len()-1]) && i+1 < len(s) && !isSpaceByte(s[i+1]) {
				b.WriteByte(' ')
			}
		case isControl(c):
		default:
			b.WriteByte(c)
		}
	}
	return strings.TrimSpace(b.String())
}
