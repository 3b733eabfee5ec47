//go:build amd64 && !purego

#include "textflag.h"

// UTF8ERRORS ORs into Y8 the errors of the 32 bytes in cur, read after
// the 32 bytes in prev, whose high nibbles are in hi (Keiser and Lemire's
// lookups, tables in Y14, Y13, Y12). The bytes 1, 2 and 3 places before
// each byte of cur come from Y15, the high half of prev and the low half
// of cur, as VPALIGNR shifts the two 16-byte halves separately. Bit 7 of
// Y4: a third or fourth byte of a sequence is expected here (a byte b two
// places before at E0..FF leaves b-0x60 >= 0x80, below it b-0x60 < 0x80
// or 0; likewise F0..FF and 0x70 three places before); Y5: the errors of
// each pair (byte before, byte). Y4, Y5 and Y15 are overwritten.
#define UTF8ERRORS(cur, prev, hi) \
	VPERM2I128 $0x21, cur, prev, Y15 \
	VPALIGNR $14, Y15, cur, Y4 \
	VPALIGNR $13, Y15, cur, Y5 \
	VPSUBUSB c60<>(SB), Y4, Y4 \
	VPSUBUSB c70<>(SB), Y5, Y5 \
	VPOR Y4, Y5, Y4 \
	VPAND c80<>(SB), Y4, Y4 \
	VPALIGNR $15, Y15, cur, Y15 \
	VPSRLW $4, Y15, Y5 \
	VPAND nibble<>(SB), Y5, Y5 \
	VPSHUFB Y5, Y14, Y5 \
	VPAND nibble<>(SB), Y15, Y15 \
	VPSHUFB Y15, Y13, Y15 \
	VPAND Y15, Y5, Y5 \
	VPSHUFB hi, Y12, Y15 \
	VPAND Y15, Y5, Y5 \
	VPXOR Y4, Y5, Y5 \
	VPOR Y5, Y8, Y8

// chunkAVX2 is the loop of chunkScanAVX2 (chunk_amd64.go), 64 bytes at a
// time with AVX2.
//
// func chunkAVX2(p *byte, n int, tail *[64]byte, seps *[32]byte, marks *uint64) (ctl uint64, bad bool)
//
// It reads the n bytes at p (n a multiple of 64, possibly 0), then the 64
// bytes at tail as if they came right after them, as two blocks of 32
// bytes, A and B, at a time.
//
// Marks: for each 64 bytes, a block of marks (two words, see chunkScan):
// the separators of A and of B (seps holds the line separator 32 times)
// as the low and high halves of the first word, the "[" of A and of B as
// those of the second.
//
// Control bytes and "[": each byte is given a class, the AND of a lookup
// (VPSHUFB) of its low nibble in ctlLo and of its high nibble in ctlHi,
// and the classes are ORed into Y6 (see the tables at the end).
//
// UTF-8: 64 bytes that are all ASCII need nothing more than the check
// that no sequence was left open at the end of the 64 before them. Other
// blocks, A and B both, are checked by looking at every pair of a byte and
// the one before it (the previous block's last byte before the block's
// first): three lookups give, each as a set of 8 possible errors (one bit
// each), the errors that the high nibble of the byte before, its low
// nibble, and the high nibble of the byte itself allow; the AND of the
// three is the errors that all three allow, which is the errors present,
// as each error below is a condition on the three nibbles separately:
//
//   0x01 too short:  a lead byte (Cx..Fx) not followed by a continuation
//                    byte (8x..Bx);
//   0x02 too long:   an ASCII byte followed by a continuation byte;
//   0x04 overlong 3: E0 followed by 80..9F;
//   0x08 too large:  F4..FF followed by 90..BF;
//   0x10 surrogate:  ED followed by A0..BF;
//   0x20 overlong 2: C0 or C1 followed by a continuation byte;
//   0x40 F0 followed by 80..8F (overlong 4), or F5..FF followed by 80..8F
//        (too large): one bit serves both, as the product of their nibble
//        sets, F x {0, 5..F} x {8}, holds errors only;
//   0x80 two continuation bytes in a row.
//
// The last needs the bytes further back: two continuation bytes in a row
// are right exactly when the second is the third byte of a sequence of 3
// or 4 (the byte two before it is E0..FF) or the fourth of a sequence of 4
// (the byte three before it is F0..FF). That condition, as bit 7, is XORed
// with the errors found: it cancels 0x80 where it is expected, and is an
// error of its own where 0x80 is missing (a sequence of 3 or 4 cut short
// by ASCII or a lead byte in third or fourth place).
//
// A sequence open at the end of B (its last byte C0..FF, the one before
// E0..FF or the one before that F0..FF, found as bytes above a limit,
// VPSUBUSB, in Y7) is checked by the next A like any other, or, when the
// next 64 bytes are ASCII, is an error as it is. The tail that
// chunkScanAVX2 passes always ends with at least one padding space, which
// cuts any sequence left open at the end of s.
//
// Registers: Y0 and Y1 the blocks A and B, Y2 and Y3 their high nibbles,
// Y4, Y5 and Y15 temporary; Y6 the classes, Y7 the open sequences of the
// B before, Y8 the UTF-8 errors, Y9 the B before (zero before the first);
// Y10..Y14 the tables. SI and DI the place read and the end, DX the tail,
// R9 the separators, R10 the next marks; AX and BX temporary.
TEXT ·chunkAVX2(SB), NOSPLIT, $0-49
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), DI
	MOVQ tail+16(FP), DX
	MOVQ seps+24(FP), R9
	MOVQ marks+32(FP), R10
	ADDQ SI, DI // end of the blocks at p

	VMOVDQU prevHi<>(SB), Y14
	VMOVDQU prevLo<>(SB), Y13
	VMOVDQU curHi<>(SB), Y12
	VMOVDQU ctlLo<>(SB), Y11
	VMOVDQU ctlHi<>(SB), Y10
	VPXOR Y9, Y9, Y9
	VPXOR Y8, Y8, Y8
	VPXOR Y7, Y7, Y7
	VPXOR Y6, Y6, Y6

	CMPQ SI, DI
	JEQ last

loop:
	VMOVDQU (SI), Y0
	VMOVDQU 32(SI), Y1
	ADDQ $64, SI
	// The marks: separators, then "[" in the next word.
	VPCMPEQB (R9), Y0, Y4
	VPMOVMSKB Y4, AX
	VPCMPEQB (R9), Y1, Y5
	VPMOVMSKB Y5, BX
	MOVL AX, (R10)
	MOVL BX, 4(R10)
	VPCMPEQB c5b<>(SB), Y0, Y4
	VPMOVMSKB Y4, AX
	VPCMPEQB c5b<>(SB), Y1, Y5
	VPMOVMSKB Y5, BX
	MOVL AX, 8(R10)
	MOVL BX, 12(R10)
	ADDQ $16, R10
	// The classes, from the nibbles (a byte with bit 7 set looks up 0
	// in ctlLo).
	VPSRLW $4, Y0, Y2
	VPAND nibble<>(SB), Y2, Y2
	VPSRLW $4, Y1, Y3
	VPAND nibble<>(SB), Y3, Y3
	VPSHUFB Y0, Y11, Y4
	VPSHUFB Y2, Y10, Y5
	VPAND Y4, Y5, Y4
	VPOR Y4, Y6, Y6
	VPSHUFB Y1, Y11, Y4
	VPSHUFB Y3, Y10, Y5
	VPAND Y4, Y5, Y4
	VPOR Y4, Y6, Y6
	// ASCII when no byte of A or B has bit 7 set.
	VPOR Y0, Y1, Y4
	VPTEST c80<>(SB), Y4
	JZ ascii

	// A, after the B before it (Y9); then B, after A.
	UTF8ERRORS(Y0, Y9, Y2)
	UTF8ERRORS(Y1, Y0, Y3)
	// The sequence left open at the end of B, if any.
	VPSUBUSB openMax<>(SB), Y1, Y7
	VMOVDQA Y1, Y9
	CMPQ SI, DI
	JNE loop
	JMP last

ascii:
	// A sequence open at the end of the B before is cut.
	VPOR Y7, Y8, Y8
	VMOVDQA Y1, Y9
	CMPQ SI, DI
	JNE loop

last:
	// The blocks at p are done: read the tail, once (DX is then 0).
	TESTQ DX, DX
	JZ done
	MOVQ DX, SI
	LEAQ 64(DX), DI
	XORL DX, DX
	JMP loop

done:
	VPOR Y7, Y8, Y8
	VPTEST Y8, Y8
	SETNE bad+48(FP)
	VEXTRACTI128 $1, Y6, X0
	VPOR X0, X6, X0
	VPSRLDQ $8, X0, X1
	VPOR X1, X0, X0
	VMOVQ X0, AX
	MOVQ AX, ctl+40(FP)
	VZEROUPPER
	RET

// The lookups of the UTF-8 errors (16 bytes, twice: VPSHUFB looks up
// each 16-byte half of a register in the same half of the table).
//
// prevHi, by the high nibble of the byte before:
//   0..7 too long; 8..B two continuations; C too short, overlong 2;
//   D too short; E too short, overlong 3, surrogate; F too short, too
//   large, 0x40.
// 02 02 02 02 02 02 02 02 80 80 80 80 21 01 15 49
DATA prevHi<>+0(SB)/8, $0x0202020202020202
DATA prevHi<>+8(SB)/8, $0x4915012180808080
DATA prevHi<>+16(SB)/8, $0x0202020202020202
DATA prevHi<>+24(SB)/8, $0x4915012180808080
GLOBL prevHi<>(SB), RODATA|NOPTR, $32

// prevLo, by the low nibble of the byte before: too short, too long and
// two continuations (0x83) whatever it is; and 0: overlong 3, overlong 2,
// 0x40; 1: overlong 2; 4: too large; 5..F: too large, 0x40; D: surrogate.
// E7 A3 83 83 8B CB CB CB CB CB CB CB CB DB CB CB
DATA prevLo<>+0(SB)/8, $0xcbcbcb8b8383a3e7
DATA prevLo<>+8(SB)/8, $0xcbcbdbcbcbcbcbcb
DATA prevLo<>+16(SB)/8, $0xcbcbcb8b8383a3e7
DATA prevLo<>+24(SB)/8, $0xcbcbdbcbcbcbcbcb
GLOBL prevLo<>(SB), RODATA|NOPTR, $32

// curHi, by the high nibble of the byte: 0..7 and C..F too short;
// 8: too long, two continuations, overlong 3, overlong 2, 0x40;
// 9: too long, two continuations, overlong 3, overlong 2, too large;
// A, B: too long, two continuations, overlong 2, too large, surrogate.
// 01 01 01 01 01 01 01 01 E6 AE BA BA 01 01 01 01
DATA curHi<>+0(SB)/8, $0x0101010101010101
DATA curHi<>+8(SB)/8, $0x01010101babaaee6
DATA curHi<>+16(SB)/8, $0x0101010101010101
DATA curHi<>+24(SB)/8, $0x01010101babaaee6
GLOBL curHi<>(SB), RODATA|NOPTR, $32

// The classes of the bytes, ctlHi[high nibble] & ctlLo[low nibble]:
//   0x01 "[" (lineBracket): high 5, low B;
//   0x02 a control byte 00..0F other than tab, LF, CR (lineControl):
//        high 0, low not 9, A, D;
//   0x04 NUL (lineNUL): high 0, low 0 (with 0x02);
//   0x40 a control byte 10..1F (ctlC1 in chunk_amd64.go): high 1.
// Other bytes are 0: ctlHi is 0 for the high nibbles 2..4 and 6..F.
// 06 40 00 00 00 01 00 00 00 00 00 00 00 00 00 00
DATA ctlHi<>+0(SB)/8, $0x0000010000004006
DATA ctlHi<>+8(SB)/8, $0x0000000000000000
DATA ctlHi<>+16(SB)/8, $0x0000010000004006
DATA ctlHi<>+24(SB)/8, $0x0000000000000000
GLOBL ctlHi<>(SB), RODATA|NOPTR, $32

// 46 42 42 42 42 42 42 42 42 40 40 43 42 40 42 42
DATA ctlLo<>+0(SB)/8, $0x4242424242424246
DATA ctlLo<>+8(SB)/8, $0x4242404243404042
DATA ctlLo<>+16(SB)/8, $0x4242424242424246
DATA ctlLo<>+24(SB)/8, $0x4242404243404042
GLOBL ctlLo<>(SB), RODATA|NOPTR, $32

// openMax: the highest byte that leaves no sequence open at each place of
// a block: FF up to byte 28, then EF, DF, BF.
DATA openMax<>+0(SB)/8, $0xffffffffffffffff
DATA openMax<>+8(SB)/8, $0xffffffffffffffff
DATA openMax<>+16(SB)/8, $0xffffffffffffffff
DATA openMax<>+24(SB)/8, $0xbfdfefffffffffff
GLOBL openMax<>(SB), RODATA|NOPTR, $32

DATA nibble<>+0(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibble<>+8(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibble<>+16(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibble<>+24(SB)/8, $0x0f0f0f0f0f0f0f0f
GLOBL nibble<>(SB), RODATA|NOPTR, $32

DATA c60<>+0(SB)/8, $0x6060606060606060
DATA c60<>+8(SB)/8, $0x6060606060606060
DATA c60<>+16(SB)/8, $0x6060606060606060
DATA c60<>+24(SB)/8, $0x6060606060606060
GLOBL c60<>(SB), RODATA|NOPTR, $32

DATA c70<>+0(SB)/8, $0x7070707070707070
DATA c70<>+8(SB)/8, $0x7070707070707070
DATA c70<>+16(SB)/8, $0x7070707070707070
DATA c70<>+24(SB)/8, $0x7070707070707070
GLOBL c70<>(SB), RODATA|NOPTR, $32

DATA c80<>+0(SB)/8, $0x8080808080808080
DATA c80<>+8(SB)/8, $0x8080808080808080
DATA c80<>+16(SB)/8, $0x8080808080808080
DATA c80<>+24(SB)/8, $0x8080808080808080
GLOBL c80<>(SB), RODATA|NOPTR, $32

DATA c5b<>+0(SB)/8, $0x5b5b5b5b5b5b5b5b
DATA c5b<>+8(SB)/8, $0x5b5b5b5b5b5b5b5b
DATA c5b<>+16(SB)/8, $0x5b5b5b5b5b5b5b5b
DATA c5b<>+24(SB)/8, $0x5b5b5b5b5b5b5b5b
GLOBL c5b<>(SB), RODATA|NOPTR, $32
