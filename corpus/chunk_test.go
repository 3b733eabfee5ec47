package corpus

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// refChunkFlags is chunkFlags written plainly, the definition the tests
// compare it with.
func refChunkFlags(s string) uint8 {
	var fl uint8
	if !utf8.ValidString(s) {
		fl |= lineInvalid
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '[':
			fl |= lineBracket
		case c == 0:
			fl |= lineNUL | lineControl
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			fl |= lineControl
		}
	}
	return fl
}

// chunkFlags reports what the text s holds, as flags (flags.go):
//
//   - lineInvalid when s is not valid UTF-8, exactly as !utf8.ValidString(s)
//     (overlong forms, surrogates, code points above U+10FFFF, the bytes C0,
//     C1 and F5 to FF, stray continuation bytes, a sequence cut off at the
//     end of s);
//   - lineNUL when s holds a 0x00 byte;
//   - lineControl when s holds a byte below 0x20 other than '\t', '\n' and
//     '\r' (NUL included);
//   - lineBracket when s holds a "[".
//
// s may have any length, including 0, and start anywhere in memory; no
// byte outside it is read. It is meant for chunks of a text that end right
// after a line break, so that no UTF-8 sequence is split between two
// calls, and is checked as a whole: which line holds what is not said
// (chunkScan marks where the line breaks and "[" are).
//
// It is chunkScan without the marks, which the tests of the flags call.
func chunkFlags(s string) uint8 {
	var small [32][2]uint64
	marks := small[:]
	if n := markBlocks(len(s)); n > len(marks) {
		marks = make([][2]uint64, n)
	}
	return chunkScan(s, '\n', marks)
}

// haveAVX2 is useAVX2 as the package set it, before any test changed it.
var haveAVX2 = useAVX2

// chunkPath is one way chunkFlags can go.
type chunkPath struct {
	name string
	avx2 bool
}

// chunkPaths are the ways chunkFlags can go on this machine: with AVX2
// where it has it, and the Go fallback everywhere.
func chunkPaths() []chunkPath {
	p := []chunkPath{{"go", false}}
	if haveAVX2 {
		p = append(p, chunkPath{"avx2", true})
	}
	return p
}

// run calls chunkFlags on s the way p says, through useAVX2.
func (p chunkPath) run(s string) uint8 {
	useAVX2 = p.avx2
	defer func() { useAVX2 = haveAVX2 }()
	return chunkFlags(s)
}

// scan calls chunkScan on s the way p says, with marks of one block more
// than it needs, filled with a pattern that must stay in the block past.
func (p chunkPath) scan(s string, sep byte) (uint8, [][2]uint64) {
	useAVX2 = p.avx2
	defer func() { useAVX2 = haveAVX2 }()
	marks := make([][2]uint64, markBlocks(len(s))+1)
	for i := range marks {
		marks[i] = [2]uint64{markPattern, markPattern}
	}
	return chunkScan(s, sep, marks), marks
}

// markPattern fills the marks before chunkScan writes them.
const markPattern = 0xA5A5_5A5A_A5A5_5A5A

// refMarks are the marks chunkScan must write for s, with the block past
// them as scan leaves it.
func refMarks(s string, sep byte) [][2]uint64 {
	marks := make([][2]uint64, markBlocks(len(s))+1)
	marks[len(marks)-1] = [2]uint64{markPattern, markPattern}
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			marks[i/64][0] |= 1 << (i % 64)
		}
		if s[i] == '[' {
			marks[i/64][1] |= 1 << (i % 64)
		}
	}
	return marks
}

// poison is what surrounds the strings the tests pass, so that reading a
// byte before or after s changes the answer: a stray continuation byte, a
// NUL, a "[", lead bytes.
var poison = []byte{0x80, 0x00, '[', 0xF0, 0xFF, 0x01, 0xE1, 0xC2}

// chunkChecker places strings in a poisoned buffer, compares chunkFlags
// along every path with refChunkFlags, and reports the first mismatches.
type chunkChecker struct {
	t        *testing.T
	buf      []byte
	poisoned []byte // buf as it is between checks
	paths    []chunkPath
	fails    int
	checks   int
}

func newChunkChecker(t *testing.T, size int) *chunkChecker {
	c := &chunkChecker{t: t, buf: make([]byte, size), poisoned: make([]byte, size), paths: chunkPaths()}
	for i := range c.buf {
		c.poisoned[i] = poison[i%len(poison)]
	}
	copy(c.buf, c.poisoned)
	return c
}

// at returns the n bytes of the buffer from off, filled with fill, as a
// byte slice to finish and then pass to check.
func (c *chunkChecker) at(off, n int, fill byte) []byte {
	b := c.buf[off : off+n]
	for i := range b {
		b[i] = fill
	}
	return b
}

// check compares the paths on b, a slice of the buffer, then poisons it
// again.
func (c *chunkChecker) check(b []byte, what func() string) {
	s := unsafe.String(unsafe.SliceData(b), len(b))
	want := refChunkFlags(s)
	for _, p := range c.paths {
		c.checks++
		if got := p.run(s); got != want {
			c.fails++
			if c.fails <= 10 {
				c.t.Errorf("%s: %s: chunkFlags(% x) = %05b, want %05b", p.name, what(), b, got, want)
			}
		}
		// The marks, with one separator or the other in turn (in one
		// check of four unless exhaustive: the pairs are 17 million).
		if !exhaustive && c.checks%4 > 1 {
			continue
		}
		sep := byte('\n')
		if c.checks%2 == 0 {
			sep = '\r'
		}
		got, marks := p.scan(s, sep)
		if wm := refMarks(s, sep); got != want || !slices.Equal(marks, wm) {
			c.fails++
			if c.fails <= 10 {
				c.t.Errorf("%s: %s: chunkScan(% x, %q) = %05b, marks %x, want %05b, %x", p.name, what(), b, sep, got, marks, want, wm)
			}
		}
	}
	off := int(uintptr(unsafe.Pointer(unsafe.SliceData(b))) - uintptr(unsafe.Pointer(&c.buf[0])))
	copy(b, c.poisoned[off:])
}

func (c *chunkChecker) done() {
	c.t.Helper()
	if c.fails > 10 {
		c.t.Errorf("%d mismatches in all", c.fails)
	}
	var names []string
	for _, p := range c.paths {
		names = append(names, p.name)
	}
	c.t.Logf("%d checks, paths %v", c.checks, names)
}

// exhaustive says to run the slower, larger tables too
// (PARITY_CHUNK_EXHAUSTIVE=1).
var exhaustive = os.Getenv("PARITY_CHUNK_EXHAUSTIVE") != ""

func TestChunkFlagsSmall(t *testing.T) {
	c := newChunkChecker(t, 256)
	for n := 0; n <= 100; n++ {
		for off := 0; off < 40; off += 13 {
			c.check(c.at(off+8, n, 'a'), func() string { return fmt.Sprintf("%d bytes of a", n) })
		}
	}
	for _, s := range []string{
		"", "\n", "\t\r\n", "[", "\x00", "\x1f", "\x7f", "\xc3\xa9", "\xc3", "\xe2\x82\xac", "\xe2\x82",
		"\xf0\x9f\x98\x80", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\x80", "\xe0\x80\x80", "\xf0\x80\x80\x80",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
	} {
		for pad := 0; pad < 70; pad++ {
			b := c.at(40, pad+len(s), 'a')
			copy(b[pad:], s)
			c.check(b, func() string { return fmt.Sprintf("%q after %d a", s, pad) })
		}
	}
	c.done()
}

// TestChunkFlagsPairs: every byte and every pair of bytes at every offset
// from 0 to 63 of 65 to 96 bytes of "a", and at the very end of the string.
func TestChunkFlagsPairs(t *testing.T) {
	c := newChunkChecker(t, 256)
	for o := 0; o < 64; o++ {
		for x := 0; x < 256; x++ {
			n := 65 + o/2
			b := c.at(7+o%5, n, 'a')
			b[o] = byte(x)
			c.check(b, func() string { return fmt.Sprintf("%02x at %d of %d", x, o, n) })
			b = c.at(64-o, o+1, 'a')
			b[o] = byte(x)
			c.check(b, func() string { return fmt.Sprintf("%02x at the end, %d", x, o) })
		}
	}
	for o := 0; o < 64; o++ {
		for x := 0; x < 256*256; x++ {
			n := 65 + o/2
			b := c.at(3+o%7, n, 'a')
			b[o], b[o+1] = byte(x>>8), byte(x)
			c.check(b, func() string { return fmt.Sprintf("%04x at %d of %d", x, o, n) })
			b = c.at(70-o, o+2, 'a')
			b[o], b[o+1] = byte(x>>8), byte(x)
			c.check(b, func() string { return fmt.Sprintf("%04x at the end, %d", x, o) })
		}
	}
	c.done()
}

// interesting are the byte values where UTF-8 and the flags change.
var interesting = []byte{0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x5B, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
	0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF}

// TestChunkFlagsTriples: every three bytes of interesting at offsets of
// two blocks of 32 bytes, and every four of a smaller set across the
// boundaries of the blocks, within 67 to 99 bytes of "a" and at the end.
func TestChunkFlagsTriples(t *testing.T) {
	c := newChunkChecker(t, 256)
	// By default the offsets around the ends of the blocks and a few
	// more, with PARITY_CHUNK_EXHAUSTIVE all.
	offs := []int{0, 1, 2, 3, 13, 26, 27, 28, 29, 30, 31, 32, 33, 34, 45, 58, 59, 60, 61, 62, 63}
	if exhaustive {
		offs = offs[:0]
		for o := 0; o < 64; o++ {
			offs = append(offs, o)
		}
	}
	var seq [4]byte
	for _, o := range offs {
		for _, x := range interesting {
			for _, y := range interesting {
				for _, z := range interesting {
					seq = [4]byte{x, y, z}
					n := 67 + o/2
					b := c.at(5+o%3, n, 'a')
					copy(b[o:], seq[:3])
					c.check(b, func() string { return fmt.Sprintf("% x at %d of %d", seq[:3], o, n) })
					b = c.at(80-o, o+3, 'a')
					copy(b[o:], seq[:3])
					c.check(b, func() string { return fmt.Sprintf("% x at the end, %d", seq[:3], o) })
				}
			}
		}
	}
	four := []byte{0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5}
	// Across the two blocks of 32 bytes that chunkAVX2 reads at a time,
	// and across two such pairs.
	offs = []int{28, 29, 30, 31, 32, 60, 61, 62, 63, 64}
	if exhaustive {
		four = interesting
		offs = []int{0, 1, 27, 28, 29, 30, 31, 32, 33, 59, 60, 61, 62, 63, 64, 65}
	}
	for _, o := range offs {
		for _, w := range four {
			for _, x := range four {
				for _, y := range four {
					for _, z := range four {
						seq = [4]byte{w, x, y, z}
						n := 68 + o%32
						b := c.at(1+o%9, n, 'a')
						copy(b[o:], seq[:])
						c.check(b, func() string { return fmt.Sprintf("% x at %d of %d", seq, o, n) })
						b = c.at(90-o, o+4, 'a')
						copy(b[o:], seq[:])
						c.check(b, func() string { return fmt.Sprintf("% x at the end, %d", seq, o) })
					}
				}
			}
		}
	}
	c.done()
}

// TestChunkFlagsBlocks: strings of four blocks of 32 bytes and a short
// tail, each block one of a few kinds: ASCII, ASCII that leaves a sequence
// open at its end, blocks that close one at their start, or not, and
// non-ASCII ones. What the blocks carry to the next, and past a block of
// ASCII, is tested on every combination.
func TestChunkFlagsBlocks(t *testing.T) {
	a := func(n int) string { return strings.Repeat("a", n) }
	kinds := []string{
		a(32),
		a(31) + "\xc3", a(30) + "\xe2\x82", a(31) + "\xe2", a(29) + "\xf0\x9f\x98", a(30) + "\xf0\x9f", a(31) + "\xf0",
		"\x80" + a(31), "\xa9" + a(31), "\xac" + a(31), "\x82\xac" + a(30), "\x98\x80" + a(30), "\x9f\x98\x80" + a(29),
		strings.Repeat("é", 16), a(16) + strings.Repeat("é", 8),
	}
	tails := []string{"", "a", "é", "\xa9", a(31)}
	c := newChunkChecker(t, 256)
	for _, k0 := range kinds {
		for _, k1 := range kinds {
			for _, k2 := range kinds {
				for _, k3 := range kinds {
					for _, tail := range tails {
						s := k0 + k1 + k2 + k3 + tail
						b := c.at(len(s)%7, len(s), 0)
						copy(b, s)
						c.check(b, func() string { return "blocks" })
					}
				}
			}
		}
	}
	c.done()
}

// runeRanges are the scripts the random strings are written in.
var runeRanges = [][2]rune{
	{0x20, 0x7E},       // ASCII
	{0xC0, 0x17F},      // Latin
	{0x400, 0x4FF},     // Cyrillic
	{0x600, 0x6FF},     // Arabic
	{0x4E00, 0x9FFF},   // CJK
	{0x1F300, 0x1FAFF}, // emoji
	{0x80, 0x7FF},      // every 2-byte rune
	{0x800, 0xFFFF},    // every 3-byte rune but the surrogates, below
	{0x10000, 0x10FFFF},
}

// randomChunk writes a string of up to max bytes: runes of one or two
// scripts with ASCII, line breaks and tabs, then, half of the time, a few
// corruptions.
func randomChunk(r *rand.Rand, max int) []byte {
	n := r.IntN(max + 1)
	b := make([]byte, 0, n+8)
	a, z := runeRanges[r.IntN(len(runeRanges))], runeRanges[r.IntN(len(runeRanges))]
	ascii := r.IntN(4) // how much ASCII: none to most
	for len(b) < n {
		var c rune
		switch k := r.IntN(16); {
		case k < ascii*4:
			c = rune('a' + r.IntN(26))
			if r.IntN(20) == 0 {
				c = []rune{'\n', '\t', '\r', ' ', '.'}[r.IntN(5)]
			}
		case k%2 == 0:
			c = a[0] + rune(r.IntN(int(a[1]-a[0]+1)))
		default:
			c = z[0] + rune(r.IntN(int(z[1]-z[0]+1)))
		}
		if !utf8.ValidRune(c) {
			c = 0xFFFD
		}
		b = utf8.AppendRune(b, c)
	}
	if r.IntN(2) == 0 {
		return b
	}
	for k := r.IntN(3) + 1; k > 0 && len(b) > 0; k-- {
		i := r.IntN(len(b))
		switch r.IntN(7) {
		case 0: // a byte replaced
			b[i] = byte(r.IntN(256))
		case 1: // a bit flipped
			b[i] ^= 1 << r.IntN(8)
		case 2: // cut off, likely within a sequence
			b = b[:i]
		case 3: // a control byte
			b = append(b[:i], append([]byte{byte(r.IntN(0x20))}, b[i:]...)...)
		case 4:
			b = append(b[:i], append([]byte{0}, b[i:]...)...)
		case 5:
			b = append(b[:i], append([]byte{'['}, b[i:]...)...)
		case 6: // a byte removed
			b = append(b[:i], b[i+1:]...)
		}
	}
	return b
}

// TestChunkFlagsRandom: random strings of 0 to 300 bytes (see randomChunk)
// at random places of a poisoned buffer.
func TestChunkFlagsRandom(t *testing.T) {
	n := 200000
	if exhaustive {
		n *= 10
	}
	r := rand.New(rand.NewPCG(1, uint64(os.Getpid())))
	c := newChunkChecker(t, 400)
	for i := 0; i < n; i++ {
		s := randomChunk(r, 300)
		b := c.at(r.IntN(64), len(s), 0)
		copy(b, s)
		c.check(b, func() string { return fmt.Sprintf("random string %d", i) })
	}
	c.done()
}

// TestChunkFlagsLong: long strings, with one oddity at many places, so that
// what the loop carries from block to block over many blocks is tested.
func TestChunkFlagsLong(t *testing.T) {
	c := newChunkChecker(t, 5000)
	text := bytes.Repeat([]byte("Статья 1 — 第一条 ﴾١﴿ 😀 article\n"), 100)
	text = text[:4000]
	for len(text) > 0 && !utf8.Valid(text) {
		text = text[:len(text)-1]
	}
	odd := []string{"", "[", "\x00", "\x01", "\x80", "\xed\xa0\x80", "\xe0\x9f\xbf", "\xf4\x90\x80\x80", "\xc3"}
	for _, o := range odd {
		for at := 0; at <= len(text); at += 97 {
			b := c.at(7, len(text)+len(o), 0)
			copy(b, text[:at])
			copy(b[at:], o)
			copy(b[at+len(o):], text[at:])
			c.check(b, func() string { return fmt.Sprintf("%q at %d of a long text", o, at) })
		}
	}
	c.done()
}

func FuzzChunkFlags(f *testing.F) {
	f.Add([]byte("Article 1\n[bookmark: x]\n"), uint8(0))
	f.Add([]byte("Статья 1 — 第一条 😀\n\x00"), uint8(3))
	f.Add([]byte("\xed\xa0\x80\xf0\x9f\x98"), uint8(31))
	f.Fuzz(func(t *testing.T, data []byte, off uint8) {
		c := newChunkChecker(t, len(data)+128)
		b := c.at(int(off%64), len(data), 0)
		copy(b, data)
		c.check(b, func() string { return "fuzz" })
		if c.fails > 0 {
			t.FailNow()
		}
	})
}

// chunkBounds cuts s into chunks of about size bytes, each ending right
// after a line break (or at the end of s), as readLines does.
func chunkBounds(s string, size int) []int {
	var ends []int
	for pos := 0; pos < len(s); {
		end := min(pos+size, len(s))
		if end < len(s) {
			if nl := strings.LastIndexByte(s[pos:end], '\n'); nl >= 0 {
				end = pos + nl + 1
			}
		}
		ends = append(ends, end)
		pos = end
	}
	return ends
}

// BenchmarkChunkFlags reads the text of BenchmarkReadText (about 21 MB)
// with chunkFlags, whole and in chunks of 64 KB, along each path, and, to
// compare, validates it with utf8.ValidString and splits it into lines with
// bytes.IndexByte as bufio.Scanner does.
func BenchmarkChunkFlags(b *testing.B) {
	data := bigText(b)
	s := unsafe.String(unsafe.SliceData(data), len(data))
	ends := chunkBounds(s, 64<<10)
	want := refChunkFlags(s)
	for _, p := range chunkPaths() {
		// chunkScan with the marks in memory allocated once, as
		// readLines calls it.
		b.Run(p.name+"/whole", func(b *testing.B) {
			useAVX2 = p.avx2
			defer func() { useAVX2 = haveAVX2 }()
			marks := make([][2]uint64, markBlocks(len(s)))
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				if chunkScan(s, '\n', marks) != want {
					b.Fatal("wrong flags")
				}
			}
		})
		b.Run(p.name+"/64KB", func(b *testing.B) {
			useAVX2 = p.avx2
			defer func() { useAVX2 = haveAVX2 }()
			marks := make([][2]uint64, markBlocks(len(s)))
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				var fl uint8
				pos := 0
				for _, end := range ends {
					fl |= chunkScan(s[pos:end], '\n', marks)
					pos = end
				}
				if fl != want {
					b.Fatal("wrong flags")
				}
			}
		})
	}
	b.Run("utf8.ValidString", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			if !utf8.ValidString(s) {
				b.Fatal("not valid")
			}
		}
	})
	b.Run("lines", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			n := 0
			for rest := data; len(rest) > 0; n++ {
				i := bytes.IndexByte(rest, '\n')
				if i < 0 {
					break
				}
				rest = rest[i+1:]
			}
			if n == 0 {
				b.Fatal("no lines")
			}
		}
	})
}

// BenchmarkChunkFlagsSizes: the cost of a call on short strings, which do
// not need the corpus: the start of a line of mixed scripts, n bytes long.
func BenchmarkChunkFlagsSizes(b *testing.B) {
	text := strings.Repeat("Article 1 — Статья 1 — 第一条 — المادة 1 😀 [1]\n", 30)
	for _, n := range []int{0, 16, 31, 32, 64, 200, 1000} {
		s := text[:n]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		want := refChunkFlags(s)
		for _, p := range chunkPaths() {
			b.Run(fmt.Sprintf("%s/%d", p.name, n), func(b *testing.B) {
				useAVX2 = p.avx2
				defer func() { useAVX2 = haveAVX2 }()
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					if chunkFlags(s) != want {
						b.Fatal("wrong flags")
					}
				}
			})
		}
	}
}
