//go:build !amd64 || purego

package corpus

// useAVX2 is false where chunk_amd64.s is not built: chunkFlags is
// chunkFlagsGo.
var useAVX2 = false

func chunkFlagsAVX2(s string) uint8 { panic("corpus: chunkFlagsAVX2 is not available") }
