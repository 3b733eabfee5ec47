package corpus

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// chunkScan reports what the text s holds, as flags (flags.go):
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
// It also marks where the line separator sep and "[" stand in s, so that
// the lines need not be searched again: for the i-th block of 32 bytes of
// s (the last one partial), marks[i] has bit k set when s[32*i+k] is sep,
// and bit 32+k when it is "[". marks must have room for len(s)/32+1 words;
// those past the blocks of s are left alone.
//
// s may have any length, including 0, and start anywhere in memory; no
// byte outside it is read. It is meant for chunks of a text that end right
// after a line break, so that no UTF-8 sequence is split between two
// calls.
//
// With AVX2 (chunk_amd64.s) s is read 32 bytes at a time; elsewhere, or
// with the purego build tag, chunkScanGo does the same in Go.
func chunkScan(s string, sep byte, marks []uint64) uint8 {
	if useAVX2 {
		return chunkScanAVX2(s, sep, marks)
	}
	return chunkScanGo(s, sep, marks)
}

// chunkScanGo is chunkScan without assembly: chunkFlagsGo, then the marks
// from the byte searches of the standard library.
func chunkScanGo(s string, sep byte, marks []uint64) uint8 {
	clear(marks[:len(s)/32+1])
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], sep)
		if k < 0 {
			break
		}
		i += k
		marks[i>>5] |= 1 << (i & 31)
	}
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], '[')
		if k < 0 {
			break
		}
		i += k
		marks[i>>5] |= 1 << (32 + i&31)
	}
	return chunkFlagsGo(s)
}

// nextSep returns the place of the first separator at or after off in the
// text chunkScan marked, or -1.
func nextSep(marks []uint64, off int) int {
	w := off >> 5
	if w >= len(marks) {
		return -1
	}
	if x := uint32(marks[w]) >> (off & 31); x != 0 {
		return off + bits.TrailingZeros32(x)
	}
	for w++; w < len(marks); w++ {
		if x := uint32(marks[w]); x != 0 {
			return w<<5 + bits.TrailingZeros32(x)
		}
	}
	return -1
}

// chunkFlagsGo is the flags of chunkScan without assembly:
// utf8.ValidString, then the control bytes eight at a time, then the byte
// searches of the standard library for "[" and, when there is a control
// byte, for NUL.
func chunkFlagsGo(s string) uint8 {
	var fl uint8
	if !utf8.ValidString(s) {
		fl |= lineInvalid
	}
	if strings.IndexByte(s, '[') >= 0 {
		fl |= lineBracket
	}
	if chunkControl(s) {
		fl |= lineControl
		if strings.IndexByte(s, 0) >= 0 {
			fl |= lineNUL
		}
	}
	return fl
}

// chunkControl reports whether s holds a byte below 0x20 other than tab, LF
// and CR. Words of eight bytes without any byte below 0x20 are passed by
// one exact test (no byte borrows from or carries into its neighbour);
// the others, the words that hold a line break, are looked at byte by byte.
func chunkControl(s string) bool {
	const low7, high = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := load64(s, i)
		// Bit 7 of a byte b of below is set when b < 0x20: (b&0x7F)+0x60
		// reaches 0x80 from 0x20 up and stays below 0x100; bytes with
		// bit 7 set are left out by the &^ x.
		below := ^(x&low7 + 0x6060606060606060) &^ x & high
		if below != 0 && hasControl(w) {
			return true
		}
	}
	return hasControl(s[i:])
}
