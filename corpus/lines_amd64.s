//go:build amd64 && !purego

#include "textflag.h"

// linesAsm is the loop of lineChunk.lines (text.go) in assembly, for
// linesFast (lines_amd64.go): the same steps, the same results.
//
// func linesAsm(f *linesFrame)
//
// Registers: DI the frame, SI the text, R8 its length, DX the place read
// (pos), CX the lines read, BX the blocks made, R9 the marks, R12 the
// starts, R13 the room for the blocks; AX the line's first byte that is
// not a space (start), R10, R11 and R14 temporary, and DX too once a line
// with text has its start.
TEXT ·linesAsm(SB), NOSPLIT, $0-8
	MOVQ f+0(FP), DI
	MOVQ 0(DI), SI
	MOVQ 8(DI), R8
	MOVQ 16(DI), DX
	XORL CX, CX
	XORL BX, BX
	MOVQ 64(DI), R9
	MOVQ 72(DI), R12
	MOVQ 80(DI), R13
	MOVQ $0, 40(DI)

top:
	CMPQ DX, R8
	JGE done
	CMPQ CX, $512 // lineBatch
	JGE done
	// The first byte that is not a space: in the first 16 bytes, most
	// often, or one byte at a time.
	LEAQ 16(DX), AX
	CMPQ AX, R8
	JGT slow
	MOVQ (SI)(DX*1), AX
	XORQ spaces8<>(SB), AX
	JZ word2
	BSFQ AX, AX
	SHRQ $3, AX
	ADDQ DX, AX

have:
	MOVQ DX, (R12)(CX*8) // starts[n] = pos
	INCQ CX
	MOVBLZX (SI)(AX*1), R11
	CMPB R11, 112(DI)
	JNE text
	// Blank: spaces, then the separator.
	LEAQ 1(AX), DX
	JMP top

word2:
	MOVQ 8(SI)(DX*1), AX
	XORQ spaces8<>(SB), AX
	JZ slow
	BSFQ AX, AX
	SHRQ $3, AX
	LEAQ 8(DX)(AX*1), AX
	JMP have

slow:
	MOVQ DX, AX

slowloop:
	CMPQ AX, R8
	JGE atend
	CMPB (SI)(AX*1), $0x20
	JNE have
	INCQ AX
	JMP slowloop

atend:
	// Spaces up to the end of the text: blank.
	MOVQ DX, (R12)(CX*8)
	INCQ CX
	LEAQ 1(AX), DX
	JMP top

text:
	// The separators and "[" of each block of 64 bytes of marks, from
	// start on. The chunk ends with a separator's mark.
	MOVQ AX, R10
	SUBQ 48(DI), R10 // off = start - base
	MOVQ $-1, R11
	SHLXQ R10, R11, R11 // from = -1 << (off & 63)
	SHRQ $6, R10
	SHLQ $4, R10 // the block's place in marks
	MOVQ 8(R9)(R10*1), R14
	ANDQ R11, R14 // "[" from start
	ANDQ (R9)(R10*1), R11 // separators from start
	JNZ found

more:
	ADDQ $16, R10
	MOVQ (R9)(R10*1), R11
	TESTQ R11, R11
	JNZ lastblock
	ORQ 8(R9)(R10*1), R14
	JMP more

lastblock:
	BSFQ R11, R11
	BZHIQ R11, 8(R9)(R10*1), DX // the "[" before the separator
	ORQ DX, R14
	JMP end

found:
	BSFQ R11, R11
	BZHIQ R11, R14, R14

end:
	SHLQ $2, R10
	ADDQ R11, R10
	ADDQ 48(DI), R10 // end = base + 64*block + k
	LEAQ 1(R10), DX // pos = end + 1
	TESTQ R14, R14
	JNZ odd
	// The block, in place: Line and Span of a zero block.
	IMUL3Q $136, BX, R11
	ADDQ R13, R11
	MOVQ 56(DI), R14
	ADDQ CX, R14
	MOVQ R14, 8(R11) // Line = before + n
	MOVQ AX, 16(R11) // Span.Start
	MOVQ R10, 24(R11) // Span.End
	// edgesMaySpace: the first byte, then the last, then endMaySpace.
	LEAQ ·spaceEdge(SB), R14
	MOVBLZX (SI)(AX*1), R11
	TESTB $1, (R14)(R11*1) // edgeStart
	JNZ trim
	MOVBLZX -1(SI)(R10*1), R11
	TESTB $2, (R14)(R11*1) // edgeEnd
	JZ width
	// endMaySpace: ASCII is white space; the byte before the last
	// settles most others.
	CMPL R11, $0x80
	JB trim
	MOVQ R10, R14
	SUBQ AX, R14
	CMPQ R14, $2
	JLT trim
	MOVBLZX -2(SI)(R10*1), R14
	CMPL R14, $0xC2
	JEQ trim
	CMPL R14, $0x81
	JEQ trim
	CMPL R14, $0x9A
	JEQ trim
	CMPL R14, $0x80
	JNE width
	// E3 80 xx is white space only as E3 80 80.
	CMPL R11, $0x80
	JEQ trim
	MOVQ R10, R14
	SUBQ AX, R14
	CMPQ R14, $3
	JLT trim
	CMPB -3(SI)(R10*1), $0xE3
	JNE trim

width:
	// The line's width band: widthBands[min(end-start, 481)] & 7.
	SUBQ AX, R10
	CMPQ R10, $481
	JLE band
	MOVL $481, R10

band:
	LEAQ ·widthBands(SB), R14
	MOVBLZX (R14)(R10*1), R10
	ANDL $7, R10
	MOVQ 96(DI), R14
	INCQ (R14)(R10*8)
	INCQ BX
	JMP top

trim:
	// trims[ntrim] = nb, ntrim++
	MOVQ 40(DI), R11
	MOVQ 88(DI), R14
	MOVQ BX, (R14)(R11*8)
	INCQ 40(DI)
	INCQ BX
	JMP top

odd:
	// A line with "[": left to oddLine, and the batch ends.
	MOVQ 104(DI), R11
	MOVQ 56(DI), R14
	ADDQ CX, R14
	MOVQ R14, 0(R11)
	MOVQ AX, 8(R11)
	MOVQ R10, 16(R11)

done:
	MOVQ DX, 16(DI)
	MOVQ CX, 24(DI)
	MOVQ BX, 32(DI)
	RET

DATA spaces8<>+0(SB)/8, $0x2020202020202020
GLOBL spaces8<>(SB), RODATA|NOPTR, $8
