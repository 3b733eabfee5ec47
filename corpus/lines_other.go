//go:build !amd64 || purego

package corpus

// useLinesAsm is false where lines_amd64.s is not built: lineChunk.lines
// is the Go loop.
var useLinesAsm = false

func (c *lineChunk) linesFast(src string, sep byte, pos int) (next, n, nb int) {
	panic("corpus: linesFast is not available")
}
