package corpus

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
)

// sameAsWrappedReader checks the one-line-per-paragraph reader (readLines,
// which prepares each block for segmentation as it makes it) against the
// full analysis it short-cuts (readWrappedLines, which decides on wrapping
// with wrappedParagraphs, then dropControls and the whole of segment):
// when readLines takes a file, both must give the same blocks and line
// index.
func sameAsWrappedReader(t *testing.T, name string, data []byte) {
	t.Helper()
	src, _, err := decodeText(name, data, "")
	if err != nil {
		return
	}
	fast := &Document{Source: src}
	if done, _ := readLines(fast, Options{}, lineInvalid|lineNUL); !done {
		return
	}
	segment(fast, Options{}, true, true)
	full := &Document{Source: src}
	readWrappedLines(full)
	if hasControl(src) {
		dropControls(full)
	}
	segment(full, Options{}, true, false)
	if len(fast.Blocks) != len(full.Blocks) {
		t.Fatalf("%s: %d blocks, the full reader reads %d", name, len(fast.Blocks), len(full.Blocks))
	}
	for i := range fast.Blocks {
		if !reflect.DeepEqual(fast.Blocks[i], full.Blocks[i]) {
			t.Fatalf("%s: block %d\n%+v\nthe full reader reads\n%+v", name, i, fast.Blocks[i], full.Blocks[i])
		}
	}
	if !reflect.DeepEqual(fast.lineIndex, full.lineIndex) {
		t.Fatalf("%s: line index differs", name)
	}
}

// TestReadLinesSameAsFull: on every text file of the shared corpus and on
// the benchmark input.
func TestReadLinesSameAsFull(t *testing.T) {
	dir := testcorpus.Dir(t)
	n := 0
	err := filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() || filepath.Ext(p) != ".txt" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sameAsWrappedReader(t, p, data)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no text files in the corpus")
	}
	sameAsWrappedReader(t, "big.txt", bigText(t))
	sameAsWrappedReader(t, "edges.txt", []byte(edgeLines()))
}

// TestReadLinesSmallChunks: with chunks of a few bytes, every line of a
// text starts a chunk or ends one somewhere, with "[" artifacts, control
// characters and wrapped paragraphs: the blocks must be those of the full
// analysis, and those read with the usual chunks.
func TestReadLinesSmallChunks(t *testing.T) {
	texts := []string{
		"Article 1\na) one\nb) two\n",
		"[bookmark: _Toc1]考虑到忆及\nef)\t文本[footnoteRef:1]1 [1: 1 \t注]\n[2: only]\n",
		"line one\r\nline two\r\n\r\nline three",
		"form\ffeed [x] text\nnul-free \x01 control\n\x02\n[footnoteRef:2] after\n",
		"a\rb\rc[d]\re",
		strings.Repeat("considering\na)\tfirst [bookmark: b] item;\nb)\tsecond\n\n", 5),
		edgeLines(),
		edgeLines() + "      ",
		edgeLines() + "   last [x]",
	}
	seeds, _ := filepath.Glob(filepath.Join(testcorpus.Dir(t), "seed", "*.txt"))
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	defer func(n int) { chunkSize = n }(chunkSize)
	for _, text := range texts {
		want := &Document{Source: text}
		doneWant, _ := readLines(want, Options{}, lineInvalid|lineNUL)
		for _, size := range []int{1, 2, 7, 64, 300} {
			chunkSize = size
			sameAsWrappedReader(t, "chunks.txt", []byte(text))
			got := &Document{Source: text}
			done, _ := readLines(got, Options{}, lineInvalid|lineNUL)
			if done != doneWant || !reflect.DeepEqual(got.Blocks, want.Blocks) || !reflect.DeepEqual(got.lineIndex, want.lineIndex) {
				t.Fatalf("chunks of %d bytes read %q otherwise than chunks of 64 KB", size, text)
			}
			chunkSize = 64 << 10
		}
	}
}

// edgeLines is a text of the lines that take the other paths of
// readLines' loops: blank lines of every kind of white space, indented or
// not, lines with white space or characters that end like it (such as
// "。") at either edge, lines with "[" before, at and after block
// boundaries of the marks (64 bytes), long lines, and a line of spaces
// as long as several blocks.
func edgeLines() string {
	var b strings.Builder
	spaces := []string{"", " ", "\t", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"}
	for _, sp := range spaces {
		for _, indent := range []int{0, 3, 9, 16} {
			pad := strings.Repeat(" ", indent)
			b.WriteString(pad + sp + "\n")
			b.WriteString(pad + sp + "文本。" + sp + "\n")
			b.WriteString(pad + "Article 1" + sp + "\n")
			b.WriteString(pad + sp + "a) item\n")
		}
	}
	for _, n := range []int{0, 1, 55, 62, 63, 64, 65, 127, 128, 200} {
		b.WriteString(strings.Repeat("x", n) + "[bookmark: b]text\n")
		b.WriteString("  " + strings.Repeat("é", n) + " [1: 1 note]\n")
		b.WriteString(strings.Repeat(" ", n) + "\n")
		b.WriteString(strings.Repeat(" ", n) + "y" + strings.Repeat(" ", n) + "\n")
	}
	b.WriteString(strings.Repeat(" ", 300) + "\n")
	return b.String()
}

func FuzzReadLines(f *testing.F) {
	for _, s := range []string{
		"Article 1\na) one\nb) two\n",
		"[bookmark: _Toc1]考虑到忆及\nef)\t文本[footnoteRef:1]1 [1: 1 \t注]\n",
		"line one\r\nline two\r\n\r\nline three",
		"\u00a0 x \u3000\n\n\u2003\ny\rz\n",
		"[1: note] text\n[bookmark: a]\n\n[2: only]\n",
		"a\rb\rc",
	} {
		f.Add([]byte(s))
	}
	f.Add([]byte(edgeLines()))
	// White space too long to keep in a byte, or as long as the mark.
	f.Add([]byte(strings.Repeat(" ", 300) + "x" + strings.Repeat("\t", 260) + "\n\u3000y\n"))
	f.Add([]byte(strings.Repeat(" ", 254) + "00"))
	f.Add([]byte("a" + strings.Repeat(" ", 254) + "\nb"))
	// Wrapped at 120 characters, the widest line last, before a final
	// line break: the character counts decide.
	var w strings.Builder
	for i := 0; i < 19; i++ {
		w.WriteString(strings.Repeat("wrapped text ", 7) + "and more\n")
		if i%5 == 4 {
			w.WriteString("\n")
		}
	}
	w.WriteString("é" + strings.Repeat("x", 119) + "\n")
	f.Add([]byte(w.String()))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsWrappedReader(t, "fuzz.txt", data)
		// lineChunk.lines in assembly and in Go (see
		// TestLinesFastSameAsGo), in chunks of a few bytes and whole.
		if useLinesAsm {
			batchesBoth(t, string(data), 7)
			batchesBoth(t, string(data), 64<<10)
		}
	})
}

// TestReadLinesWidthBands: files whose line widths sit around the
// thresholds of the wrapping decision (19/20 and 120/121 characters),
// written in characters of one to four bytes so that the lengths in bytes
// leave the widths open, with blank lines: readLines must never take a file
// the full analysis reads as wrapped, and the blocks must agree.
func TestReadLinesWidthBands(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	chars := []string{"x", "é", "д", "中", "😀", " "}
	widths := []int{1, 5, 18, 19, 20, 21, 25, 40, 76, 77, 100, 119, 120, 121, 122, 160, 300, 481}
	taken, wrapped := 0, 0
	for f := 0; f < 3000; f++ {
		var sb strings.Builder
		// Mostly one width band per file, so that the percentile falls
		// near a threshold.
		base := widths[rng.Intn(len(widths))]
		end := []string{".\n", "\n"}[rng.Intn(2)]
		// Half the files in one script, so that the lengths in bytes
		// reach the ends of the bands (19 characters of four bytes).
		pick := func() string { return chars[rng.Intn(len(chars)-1)] }
		if rng.Intn(2) == 0 {
			one := pick()
			pick = func() string { return one }
		}
		for n := 4 + rng.Intn(40); n > 0; n-- {
			if rng.Intn(6) == 0 {
				sb.WriteString("\n")
				continue
			}
			w := base
			if rng.Intn(4) == 0 {
				w = widths[rng.Intn(len(widths))]
			}
			sb.WriteString("w")
			for i := 1; i < w; i++ {
				c := pick()
				if rng.Intn(8) == 0 {
					c = chars[len(chars)-1]
				}
				sb.WriteString(c)
			}
			sb.WriteString(end)
		}
		src := sb.String()
		doc := &Document{Source: src}
		done, _ := readLines(doc, Options{}, lineInvalid|lineNUL)
		isWrapped := wrappedParagraphs(scanLines(src))
		if done && isWrapped {
			t.Fatalf("readLines took a file the full analysis reads as wrapped:\n%s", src)
		}
		if done {
			taken++
		}
		if isWrapped {
			wrapped++
		}
		sameAsWrappedReader(t, "bands.txt", []byte(src))
	}
	// Both outcomes must occur, or the test proves nothing.
	if taken < 300 || wrapped < 100 {
		t.Fatalf("%d files taken by readLines, %d wrapped: the generator misses the thresholds", taken, wrapped)
	}
	t.Logf("%d files taken by readLines, %d read as wrapped", taken, wrapped)
}

// TestLineBlocksDropRest: should prepareBlock drop a block of a batch
// (which it does not for the blocks lines makes, never empty), add goes on
// with dropRest, which must give the blocks that add gives for the batch
// without the dropped ones.
func TestLineBlocksDropRest(t *testing.T) {
	src := "Article 1\na) one\n\nb) two\nconsidering\nc) three\nArticle 2\n"
	// The lines with text, and empty spans (texts prepareBlock drops)
	// at some places among them.
	var spans []Span
	for pos := 0; pos < len(src); {
		end := pos + strings.IndexByte(src[pos:], '\n')
		if end > pos {
			spans = append(spans, Span{pos, end})
		}
		pos = end + 1
	}
	read := func(drop map[int]bool) []Block {
		doc := &Document{Source: src}
		lb := &lineBlocks{doc: doc, st: newStreamer(doc, Options{}), src: src, blocks: make([]Block, 0, 64)}
		room := lb.blocks[:cap(lb.blocks)]
		nb := 0
		for i, sp := range spans {
			if drop[i] {
				room[nb] = Block{Line: 100 + i, Span: Span{sp.Start, sp.Start}}
				nb++
			}
			room[nb] = Block{Line: i + 1, Span: sp}
			nb++
		}
		lb.add(0, nb, nil)
		for _, b := range room[len(lb.blocks):] {
			if !reflect.DeepEqual(b, Block{}) {
				t.Fatalf("a block left after those kept: %+v", b)
			}
		}
		return lb.blocks
	}
	want := read(nil)
	if len(want) != len(spans) {
		t.Fatalf("%d blocks for %d lines", len(want), len(spans))
	}
	for _, drop := range []map[int]bool{{0: true}, {2: true}, {1: true, 2: true, 5: true}, {len(spans) - 1: true}} {
		if got := read(drop); !reflect.DeepEqual(got, want) {
			t.Fatalf("with blocks dropped at %v:\n%+v\nwant\n%+v", drop, got, want)
		}
	}
}
