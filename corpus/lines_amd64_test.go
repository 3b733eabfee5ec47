//go:build amd64 && !purego

package corpus

import (
	"fmt"
	"reflect"
	"testing"
	"unsafe"
)

// TestLinesFrameLayout: the offsets lines_amd64.s uses.
func TestLinesFrameLayout(t *testing.T) {
	var b Block
	var r lineRec
	got := fmt.Sprint(unsafeOffsets(&b, &r))
	if want := "[8 16 24 136 0 8 16]"; got != want {
		t.Fatalf("Block.Line, Span.Start, Span.End, size, lineRec.num, start, end at %s, lines_amd64.s has %s", got, want)
	}
	if !reflect.DeepEqual(linesFrameOffsets(), []uintptr{0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112}) {
		t.Fatalf("linesFrame at %v", linesFrameOffsets())
	}
}

// unsafeOffsets are the offsets of the fields of Block and lineRec that
// lines_amd64.s writes, and the size of a Block.
func unsafeOffsets(b *Block, r *lineRec) []uintptr {
	return []uintptr{unsafe.Offsetof(b.Line), unsafe.Offsetof(b.Span) + unsafe.Offsetof(b.Span.Start),
		unsafe.Offsetof(b.Span) + unsafe.Offsetof(b.Span.End), unsafe.Sizeof(*b),
		unsafe.Offsetof(r.num), unsafe.Offsetof(r.start), unsafe.Offsetof(r.end)}
}
