//go:build !amd64 || purego

package corpus

// haveScan16 is false where scan16 is not written: scanLine reads whole
// lines eight bytes at a time in Go.
const haveScan16 = false

func scan16(p *byte, n int, carry uint64) (gate, high, odd, conts255, carryOut uint64) {
	panic("corpus: scan16 is not available")
}
