//go:build amd64 && !purego

package corpus

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// useLinesAsm says that lineChunk.lines reads the lines with linesAsm
// (lines_amd64.s), which needs BMI2 (SHLX, BZHI); a test sets it to false
// to compare with the Go loop.
var useLinesAsm = cpu.X86.HasBMI2

// linesFrame is what linesAsm reads and writes, at the offsets that
// lines_amd64.s uses (checked by TestLinesFrameLayout).
type linesFrame struct {
	src    *byte      // 0: the text, up to the end of the chunk
	n      int        // 8: its length
	pos    int        // 16: where to start; where lines stopped
	count  int        // 24: how many lines were read
	nb     int        // 32: how many blocks were made
	ntrim  int        // 40: how many of them are in trims
	base   int        // 48: lineChunk.base
	before int        // 56: lineChunk.before
	marks  *[2]uint64 // 64: lineChunk.marks
	starts *int       // 72: lineChunk.starts
	room   *Block     // 80: lineChunk.room
	trims  *int       // 88: lineChunk.trims
	bands  *int       // 96: lineChunk.bands
	odd    *lineRec   // 104: lineChunk.odd
	sep    uint64     // 112: the separator
}

// linesFast is lineChunk.lines in assembly: the same loop, the same
// results, with its values kept in registers.
func (c *lineChunk) linesFast(src string, sep byte, pos int) (next, n, nb int) {
	c.odd = lineRec{}
	f := linesFrame{
		src: unsafe.StringData(src), n: len(src), pos: pos,
		base: c.base, before: c.before,
		marks: &c.marks[0], starts: &c.starts[0], room: &c.room[0],
		trims: &c.trims[0], bands: &c.bands[0], odd: &c.odd, sep: uint64(sep),
	}
	linesAsm(&f)
	c.ntrim = f.ntrim
	return f.pos, f.count, f.nb
}

// linesAsm is the loop of linesFast (lines_amd64.s).
//
//go:noescape
func linesAsm(f *linesFrame)

// linesFrameOffsets are the offsets of the fields of linesFrame, for
// TestLinesFrameLayout.
func linesFrameOffsets() []uintptr {
	var f linesFrame
	return []uintptr{
		unsafe.Offsetof(f.src), unsafe.Offsetof(f.n), unsafe.Offsetof(f.pos), unsafe.Offsetof(f.count),
		unsafe.Offsetof(f.nb), unsafe.Offsetof(f.ntrim), unsafe.Offsetof(f.base), unsafe.Offsetof(f.before),
		unsafe.Offsetof(f.marks), unsafe.Offsetof(f.starts), unsafe.Offsetof(f.room), unsafe.Offsetof(f.trims),
		unsafe.Offsetof(f.bands), unsafe.Offsetof(f.odd), unsafe.Offsetof(f.sep),
	}
}
