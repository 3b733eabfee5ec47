package corpus

import (
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
// the lines need not be searched again: for the i-th block of 64 bytes of
// s (the last one partial), marks[i][0] has bit k set when s[64*i+k] is
// sep, and marks[i][1] bit k when it is "[" (side by side, so that a
// line's end and its "[" are read together). marks must have room for
// markBlocks(len(s)) blocks; those past them are left alone.
//
// s may have any length, including 0, and start anywhere in memory; no
// byte outside it is read. It is meant for chunks of a text that end right
// after a line break, so that no UTF-8 sequence is split between two
// calls.
//
// With AVX2 (chunk_amd64.s) s is read 32 bytes at a time; elsewhere, or
// with the purego build tag, chunkScanGo does the same in Go.
func chunkScan(s string, sep byte, marks [][2]uint64) uint8 {
	if useAVX2 {
		return chunkScanAVX2(s, sep, marks)
	}
	return chunkScanGo(s, sep, marks)
}

// markBlocks is how many blocks of marks chunkScan writes for a text of n
// bytes: one for each 64 bytes, the last one partial.
func markBlocks(n int) int { return n/64 + 1 }

// chunkScanGo is chunkScan without assembly: chunkFlagsGo, then the marks
// from the byte searches of the standard library.
func chunkScanGo(s string, sep byte, marks [][2]uint64) uint8 {
	clear(marks[:markBlocks(len(s))])
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], sep)
		if k < 0 {
			break
		}
		i += k
		marks[i>>6][0] |= 1 << (i & 63)
	}
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], '[')
		if k < 0 {
			break
		}
		i += k
		marks[i>>6][1] |= 1 << (i & 63)
	}
	return chunkFlagsGo(s)
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
