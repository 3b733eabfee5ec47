package corpus

import (
	"unicode/utf8"
	"unsafe"
)

// The text reader's first pass reads every byte of the file once. scanLine
// does, for one line, what used to take four passes over the whole file
// (UTF-8 validation, the search for NUL, for control characters and for
// "[" artifacts): it reads the line eight bytes at a time as a uint64 and
// tests all eight bytes at once with the carry-free byte tricks below.

const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080 // bit 7 of every byte
	swarLow7 = 0x7F7F7F7F7F7F7F7F
)

// Flags scanLine reports for a line.
const (
	// lineBracket: the line holds a "[" (it may carry extraction
	// artifacts, see cleanLine).
	lineBracket uint8 = 1 << iota
	// lineControl: the line holds a C0 control byte other than tab and CR
	// (see isControl).
	lineControl
	// lineNUL: the line holds a NUL byte (a binary file).
	lineNUL
	// lineWide: the line holds bytes above ASCII.
	lineWide
	// lineInvalid: the line is not valid UTF-8.
	lineInvalid
)

// bcast repeats b in the eight bytes of a word.
func bcast(b byte) uint64 { return swarOnes * uint64(b) }

// zeroBytes sets bit 7 of each byte of v that is zero, and no other bit.
// Unlike the classic (v-0x01…)&^v test it is exact for every byte, as no
// addition carries from one byte into the next: (b&0x7F)+0x7F ≤ 0xFE.
func zeroBytes(v uint64) uint64 { return ^((v&swarLow7 + swarLow7) | v) & swarHigh }

// load64 reads s[i:i+8] as a little-endian word: byte i is the low byte.
// The compiler makes it one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// loadTail reads the last, partial word s[i:end] (end-i < 8), padded with
// spaces, which no test below reacts to.
func loadTail(s string, i, end int) uint64 {
	n := uint(end - i)
	keep := uint64(1)<<(8*n) - 1
	if i+8 <= len(s) {
		return load64(s, i)&keep | bcast(' ')&^keep
	}
	x := bcast(' ') &^ keep
	for k := uint(0); k < n; k++ {
		x |= uint64(s[i+int(k)]) << (8 * k)
	}
	return x
}

// scanLine reads the line s[i:end] (without its line break) and reports
// the line flags that apply and how many UTF-8 continuation bytes it holds
// (its length in characters is its length in bytes less those).
//
// UTF-8 is checked by structure, eight bytes at a time: every byte
// 11xxxxxx leads a sequence and must be followed by one continuation byte
// (10xxxxxx), by two when it is 111xxxxx and three when 1111xxxx, and
// every continuation byte must be one of those. With the lead bytes of a
// word as bit masks, the continuation bytes they call for are the masks
// shifted by one, two and three bytes (what runs past the word is carried
// into the next), and the line is well formed when that equals the mask of
// continuation bytes. The few lead bytes with narrower rules (C0 and C1,
// always overlong; E0 and ED, whose next byte is restricted; F0 to FF) are
// not checked by structure: a line holding one is checked by utf8.ValidString
// instead, so the answer is exact either way.
func scanLine(s string, i, end int) (fl uint8, conts int) {
	// The loop makes no calls, so that the compiler keeps its state in
	// registers: the last, partial word is read after it, and the words
	// that hold a byte below 0x20 or a "[" are read again afterwards,
	// only when there is one (the classic (v-0x01…)&^v test, which can
	// flag a byte above a true hit but never a word without one).
	var carry, odd, gate, high uint64
	start := i
	if haveScan16 && end-i >= 16 {
		// Sixteen bytes at a time with SSE2 (scan_amd64.s), then the
		// rest here, with the continuation bytes the last block calls
		// for moved from its one-bit-a-byte masks to this loop's
		// bit-7-of-each-byte ones.
		n := (end - i) &^ 15
		g, h, o, c, cy := scan16(unsafe.StringData(s[i:]), n, 0)
		if g != 0 {
			gate = swarHigh
		}
		if h != 0 {
			high = swarHigh
		}
		odd, conts = o, int(c/255)
		carry = cy&1<<7 | cy&2<<14 | cy&4<<21
		i += n
	}
	full := i + (end-i)&^7
	var tail uint64
	if full < end {
		tail = loadTail(s, full, end)
	}
	for ; i < end; i += 8 {
		x := tail
		if i < full {
			x = load64(s, i)
		}
		t := x ^ bcast('[')
		gate |= (x-bcast(0x20))&^x | (t-swarOnes)&^t
		h := x & swarHigh
		if h|carry == 0 {
			continue
		}
		high |= h
		// UTF-8 structure (see above).
		b6 := x << 1 & swarHigh // bit 6 of each byte, moved to bit 7
		b5 := x << 2 & swarHigh
		b4 := x << 3 & swarHigh
		cont := h &^ b6
		lead2 := h & b6
		lead3 := lead2 & b5
		lead4 := lead3 & b4
		want := lead2<<8 | lead3<<16 | lead4<<24 | carry
		carry = lead2>>56 | lead3>>48 | lead4>>40
		c0, e0, ed := x&bcast(0xFE)^bcast(0xC0), x^bcast(0xE0), x^bcast(0xED)
		odd |= want ^ cont | lead4 | ((c0-swarOnes)&^c0|(e0-swarOnes)&^e0|(ed-swarOnes)&^ed)&swarHigh
		// One bit a byte at most: a multiplication adds them up.
		conts += int((cont >> 7) * swarOnes >> 56)
	}
	if high&swarHigh != 0 {
		fl |= lineWide
	}
	if gate&swarHigh != 0 {
		for i = start; i < end; i += 8 {
			if i+8 <= end {
				fl |= special(load64(s, i))
			} else {
				fl |= special(loadTail(s, i, end))
			}
		}
	}
	if odd|carry != 0 && !utf8.ValidString(s[start:end]) {
		fl |= lineInvalid
	}
	return fl, conts
}

// special reads a word that holds a byte below 0x20 or a "[" and says
// which: a "[", a control byte other than tab and CR, a NUL.
func special(x uint64) uint8 {
	var fl uint8
	if zeroBytes(x^bcast('[')) != 0 {
		fl |= lineBracket
	}
	// Bytes below 0x20, exactly: (b&0x7F)+0x60 reaches bit 7 from 0x20
	// up, without carrying; bytes above ASCII are left out.
	below := ^(x&swarLow7 + bcast(0x60)) &^ x & swarHigh
	if below&^(zeroBytes(x^bcast('\t'))|zeroBytes(x^bcast('\r'))) != 0 {
		fl |= lineControl
		if zeroBytes(x) != 0 {
			fl |= lineNUL
		}
	}
	return fl
}
