//go:build !amd64 || purego

package corpus

// useAVX2 is false where chunk_amd64.s is not built: chunkScan is
// chunkScanGo.
var useAVX2 = false

func chunkScanAVX2(s string, sep byte, marks [][2]uint64) uint8 {
	panic("corpus: chunkScanAVX2 is not available")
}
