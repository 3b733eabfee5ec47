//go:build amd64 && !purego

package corpus

// haveScan16 says that scan16 exists: scanLine reads lines of sixteen
// bytes or more with it.
const haveScan16 = true

// scan16 is in scan_amd64.s.
//
//go:noescape
func scan16(p *byte, n int, carry uint64) (gate, high, odd, conts255, carryOut uint64)
