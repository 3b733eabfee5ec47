//go:build amd64 && !purego

package corpus

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// useAVX2 says that chunkScan reads with chunkAVX2 (chunk_amd64.s); a test
// sets it to false to reach chunkFlagsGo.
var useAVX2 = cpu.X86.HasAVX2

// spaces64 pads the last, partial 64 bytes that chunkAVX2 reads: a space
// is ASCII and no flag reacts to it, and after a sequence cut off at the
// end of s it is the byte that makes the cut an error.
var spaces64 = [64]byte{
	' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
	' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
	' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
	' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
}

// chunkScanAVX2 is chunkScan with AVX2: the blocks of 64 bytes of s are
// read in place, the rest (0 to 63 bytes) from a copy padded with spaces,
// so that no byte past the end of s is read.
func chunkScanAVX2(s string, sep byte, marks [][2]uint64) uint8 {
	n := len(s) &^ 63
	tail := spaces64
	copy(tail[:], s[n:])
	var seps [32]byte
	for i := range seps {
		seps[i] = sep
	}
	// chunkAVX2 writes a block of marks for each 64 bytes and the tail:
	// markBlocks(len(s)) in all.
	_ = marks[markBlocks(len(s))-1]
	ctl, bad := chunkAVX2(unsafe.StringData(s), n, &tail, &seps, &marks[0][0])
	// The bytes of ctl are the ORs of the per-byte classes of chunkAVX2:
	// lineBracket, lineControl and lineNUL as they are, and ctlC1, the
	// control bytes from 0x10 to 0x1F, which are lineControl too.
	ctl |= ctl >> 32
	ctl |= ctl >> 16
	ctl |= ctl >> 8
	fl := uint8(ctl) & (lineBracket | lineControl | lineNUL)
	if uint8(ctl)&ctlC1 != 0 {
		fl |= lineControl
	}
	if bad {
		fl |= lineInvalid
	}
	return fl
}

// ctlC1 is the class chunkAVX2 gives the bytes 0x10 to 0x1F (see the
// tables in chunk_amd64.s).
const ctlC1 = 0x40

// chunkAVX2 reads the n bytes at p (n a multiple of 64, possibly 0), then
// the 64 bytes of tail as if they followed, and returns the OR of the
// classes of all their bytes, folded to eight bytes, and whether they are
// not valid UTF-8, all together. It writes the marks of each 64 bytes, the
// tail's last, from marks on, as the blocks of marks chunkScan describes
// (seps holds the separator 32 times). It is in chunk_amd64.s.
//
//go:noescape
func chunkAVX2(p *byte, n int, tail *[64]byte, seps *[32]byte, marks *uint64) (ctl uint64, bad bool)
