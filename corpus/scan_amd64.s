//go:build amd64 && !purego

#include "textflag.h"

// scan16 is the vector part of scanLine (scan.go): it reads n bytes
// (a multiple of 16, at least 16) from p, sixteen at a time, with SSE2
// only, which every amd64 processor has.
//
// func scan16(p *byte, n int, carry uint64) (gate, high, odd, conts255, carryOut uint64)
//
// For each block of sixteen bytes x:
//   - gate collects the bytes at most 0x1F (min(x, 0x1F) == x) and "[";
//   - PMOVMSKB gives bit 7 of every byte as a 16-bit mask, and again after
//     doubling the bytes once, twice and three times (PADDB), bits 6, 5
//     and 4; from those the UTF-8 structure is checked as in scanLine,
//     with the masks one bit a byte, so "shifted by one byte" is a shift
//     by one bit, and carry holds what runs past the block;
//   - the lead bytes with narrower rules (C0, C1, E0, ED) are collected;
//   - the continuation bytes (x & 0xC0 == 0x80, 0xFF in the compare) are
//     added up with PSADBW, 255 for each.
// Blocks of ASCII with nothing carried in skip everything but the gate.
TEXT ·scan16(SB), NOSPLIT, $0-64
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ carry+16(FP), DX
	XORQ R8, R8 // odd
	XORQ R9, R9 // high
	MOVOU c1f<>(SB), X3
	MOVOU c5b<>(SB), X4
	MOVOU cfe<>(SB), X5
	MOVOU cc0<>(SB), X6
	MOVOU ce0<>(SB), X7
	MOVOU ced<>(SB), X8
	MOVOU c80<>(SB), X9
	PXOR X10, X10 // zero
	PXOR X11, X11 // gate
	PXOR X12, X12 // odd lead bytes
	PXOR X13, X13 // continuation bytes, 255 each

loop:
	MOVOU (SI), X0
	// The gate: bytes up to 0x1F, and "[".
	MOVOU X0, X1
	PMINUB X3, X1
	PCMPEQB X0, X1
	POR X1, X11
	MOVOU X0, X2
	PCMPEQB X4, X2
	POR X2, X11
	// Bit 7 of each byte; nothing above ASCII and nothing carried in: done.
	PMOVMSKB X0, AX
	MOVQ AX, BX
	ORQ DX, BX
	JZ next
	ORQ AX, R9
	// Bits 6, 5 and 4 of each byte.
	MOVOU X0, X1
	PADDB X1, X1
	PMOVMSKB X1, R10
	PADDB X1, X1
	PMOVMSKB X1, R11
	PADDB X1, X1
	PMOVMSKB X1, R12
	// cont = high &^ b6; lead2 = high & b6; lead3 = lead2 & b5; lead4 = lead3 & b4.
	MOVQ R10, R13
	NOTQ R13
	ANDQ AX, R13
	ANDQ AX, R10
	ANDQ R10, R11
	ANDQ R11, R12
	// want = lead2<<1 | lead3<<2 | lead4<<3 | carry; carry = want >> 16.
	MOVQ R10, BX
	SHLQ $1, BX
	MOVQ R11, DI
	SHLQ $2, DI
	ORQ DI, BX
	MOVQ R12, DI
	SHLQ $3, DI
	ORQ DI, BX
	ORQ DX, BX
	MOVQ BX, DX
	SHRQ $16, DX
	// odd |= (want ^ cont) & 0xFFFF | lead4.
	XORQ R13, BX
	ANDQ $0xFFFF, BX
	ORQ BX, R8
	ORQ R12, R8
	// C0, C1, E0, ED.
	MOVOU X0, X1
	PAND X5, X1
	PCMPEQB X6, X1
	MOVOU X0, X2
	PCMPEQB X7, X2
	POR X2, X1
	MOVOU X0, X2
	PCMPEQB X8, X2
	POR X2, X1
	POR X1, X12
	// Continuation bytes.
	MOVOU X0, X2
	PAND X6, X2
	PCMPEQB X9, X2
	PSADBW X10, X2
	PADDQ X2, X13

next:
	ADDQ $16, SI
	SUBQ $16, CX
	JNZ loop

	PMOVMSKB X11, AX
	MOVQ AX, gate+24(FP)
	MOVQ R9, high+32(FP)
	PMOVMSKB X12, AX
	ORQ AX, R8
	MOVQ R8, odd+40(FP)
	PSHUFD $0xEE, X13, X0
	PADDQ X0, X13
	MOVQ X13, AX
	MOVQ AX, conts255+48(FP)
	MOVQ DX, carryOut+56(FP)
	RET

DATA c1f<>+0(SB)/8, $0x1f1f1f1f1f1f1f1f
DATA c1f<>+8(SB)/8, $0x1f1f1f1f1f1f1f1f
GLOBL c1f<>(SB), RODATA|NOPTR, $16
DATA c5b<>+0(SB)/8, $0x5b5b5b5b5b5b5b5b
DATA c5b<>+8(SB)/8, $0x5b5b5b5b5b5b5b5b
GLOBL c5b<>(SB), RODATA|NOPTR, $16
DATA cfe<>+0(SB)/8, $0xfefefefefefefefe
DATA cfe<>+8(SB)/8, $0xfefefefefefefefe
GLOBL cfe<>(SB), RODATA|NOPTR, $16
DATA cc0<>+0(SB)/8, $0xc0c0c0c0c0c0c0c0
DATA cc0<>+8(SB)/8, $0xc0c0c0c0c0c0c0c0
GLOBL cc0<>(SB), RODATA|NOPTR, $16
DATA ce0<>+0(SB)/8, $0xe0e0e0e0e0e0e0e0
DATA ce0<>+8(SB)/8, $0xe0e0e0e0e0e0e0e0
GLOBL ce0<>(SB), RODATA|NOPTR, $16
DATA ced<>+0(SB)/8, $0xedededededededed
DATA ced<>+8(SB)/8, $0xedededededededed
GLOBL ced<>(SB), RODATA|NOPTR, $16
DATA c80<>+0(SB)/8, $0x8080808080808080
DATA c80<>+8(SB)/8, $0x8080808080808080
GLOBL c80<>(SB), RODATA|NOPTR, $16
