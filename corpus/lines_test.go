package corpus

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// batchesBoth reads the lines of src as readLines does, chunk by chunk
// (chunks of about size bytes) and batch by batch, with lineChunk.lines
// along both ways, the assembly (linesFast) and the Go loop, from the same
// state, and fails at the first batch where anything they write or return
// differs: where they stop, the lines and blocks counted, the line
// starts, the blocks, the trims, the line with a "[" and the bands.
func batchesBoth(t *testing.T, src string, size int) {
	t.Helper()
	if !useLinesAsm {
		t.Skip("no assembly for lineChunk.lines here")
	}
	defer func(n int) { chunkSize = n }(chunkSize)
	chunkSize = size
	sep := sepOf(src)
	var asm, goc lineChunk
	line := 0
	for pos := 0; pos < len(src); pos = asm.end {
		asm.scan(src, pos, sep)
		goc.scan(src, pos, sep)
		for p := pos; p < asm.end; {
			asm.before, goc.before = line, line
			var ra, rg [lineBatch]Block
			var sa, sg [lineBatch]int
			asm.room, goc.room = &ra, &rg
			asm.starts, goc.starts = &sa, &sg
			pa, na, nba := asm.linesFast(src[:asm.end], sep, p)
			useLinesAsm = false
			pg, ng, nbg := goc.lines(src[:goc.end], sep, p)
			useLinesAsm = true
			if pa != pg || na != ng || nba != nbg || asm.ntrim != goc.ntrim || asm.odd != goc.odd || asm.bands != goc.bands ||
				sa != sg || asm.trims != goc.trims || ra != rg {
				t.Fatalf("%q (chunks of %d), batch at %d: the assembly stops at %d after %d lines, %d blocks, "+
					"trims %v, odd %+v, bands %v; the Go loop at %d after %d lines, %d blocks, trims %v, odd %+v, bands %v",
					src, size, p, pa, na, nba, asm.trims[:asm.ntrim], asm.odd, asm.bands,
					pg, ng, nbg, goc.trims[:goc.ntrim], goc.odd, goc.bands)
			}
			line += na
			p = pa
		}
	}
}

// linePieces are what the random texts of TestLinesFastSameAsGo are made
// of: spaces of many lengths, white space of other kinds, characters that
// end like white space ("。"), "[", text of one to four bytes a character,
// line breaks.
var linePieces = []string{
	"", " ", "  ", "   ", "      ", "         ", "            ", strings.Repeat(" ", 15), strings.Repeat(" ", 16),
	strings.Repeat(" ", 17), strings.Repeat(" ", 70), "\t", "\u00a0", "\u3000", "\u2002", "。", "、", "[", "[bookmark: x]",
	"\u1680", "\u205f", "\u2028", "\u202f", "\u200a", "Ā", "ĀĀ", "”", "〈", "\u00a0\u00a0", "a", "Article 1", "a) item", "第一条", "Статья", "😀", "x\u0085", "\v", "\f", "\x01",
	strings.Repeat("text ", 13), strings.Repeat("中文", 30),
}

// randomLines is a text of random lines of linePieces, with line feeds
// or, in one text of four, CRLF; it may end without a line break or with
// spaces.
func randomLines(r *rand.Rand) string {
	var b strings.Builder
	br := "\n"
	if r.IntN(4) == 0 {
		br = "\r\n"
	}
	for n := r.IntN(40); n > 0; n-- {
		for k := r.IntN(5); k > 0; k-- {
			b.WriteString(linePieces[r.IntN(len(linePieces))])
		}
		b.WriteString(br)
	}
	for k := r.IntN(3); k > 0; k-- {
		b.WriteString(linePieces[r.IntN(len(linePieces))])
	}
	return b.String()
}

// TestLinesFastSameAsGo: lineChunk.lines in assembly and in Go on the
// texts of the other tests of readLines and on random ones, in chunks of
// many sizes, so that lines and their spaces cross the blocks of marks
// and the ends of chunks and batches.
func TestLinesFastSameAsGo(t *testing.T) {
	texts := []string{
		"", "\n", " ", "   ", "a", "   \n", "\n\n\n", "a\nb", "  a  \n  ", "[x]\n[y", strings.Repeat("   \n", 1500),
		strings.Repeat("      text\n", 1200), edgeLines(), edgeLines() + "      ", edgeLines() + "   last [x]",
		"line one\r\nline two\r\n\r\nline three",
	}
	// Lines around the longest length widthBands holds (481 bytes).
	for n := 470; n < 490; n++ {
		texts = append(texts, "  "+strings.Repeat("x", n)+"\n"+strings.Repeat("é", n/2)+"y\n")
	}
	r := rand.New(rand.NewPCG(3, 5))
	for i := 0; i < 3000; i++ {
		texts = append(texts, randomLines(r))
	}
	for i, text := range texts {
		for _, size := range []int{1, 7, 64, 300, 64 << 10} {
			if i > 36 && size != 64 && size != 64<<10 && i%4 != 0 {
				continue
			}
			batchesBoth(t, text, size)
		}
	}
	if testing.Short() {
		return
	}
	batchesBoth(t, string(bigText(t)), 64<<10)
}

// TestEndMaySpace: endMaySpace says false only where trimEdges leaves the
// end of the line as it is, for every last byte that may end white space
// and every two bytes before it, in lines of one to four bytes.
func TestEndMaySpace(t *testing.T) {
	var ends []byte
	for c := range 256 {
		if spaceEdge[c]&edgeEnd != 0 {
			ends = append(ends, byte(c))
		}
	}
	exact := 0
	for _, c := range ends {
		for a := range 256 {
			for b := range 256 {
				s := string([]byte{'x', byte(a), byte(b), c})
				for start := 0; start < len(s); start++ {
					if spaceEdge[s[start]]&edgeStart != 0 || endMaySpace(s, start, len(s)) {
						continue
					}
					exact++
					if i, j := trimEdges(s, start, len(s)); i != start || j != len(s) {
						t.Fatalf("endMaySpace(% x) is false, but trimEdges takes it to [%d:%d]", s[start:], i, j)
					}
				}
			}
		}
	}
	if exact == 0 {
		t.Fatal("endMaySpace is never false")
	}
}
