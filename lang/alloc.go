package lang

import "sync/atomic"

// Markers are allocated in chunks: ParseMarker returns one for about
// every other line of a document, and a chunk costs one allocation for
// mkChunkSize of them. Each marker is handed out once, so the markers
// stay independent of each other; a chunk lives as long as any of its
// markers does.

// mkChunkSize is the number of markers of a chunk.
const mkChunkSize = 256

// mkChunk is a chunk of markers; next counts those handed out.
type mkChunk struct {
	ms   [mkChunkSize]Marker
	next atomic.Int32
}

// mkChunkCur is the chunk markers come from. Parsers share it without a
// lock: each takes its markers by adding to next, and the one that finds
// the chunk full puts a new one in its place.
var mkChunkCur atomic.Pointer[mkChunk]

// mkAlloc returns n new zero markers (n <= mkChunkSize).
func mkAlloc(n int) []Marker {
	if c := mkChunkCur.Load(); c != nil {
		if end := c.next.Add(int32(n)); end <= mkChunkSize {
			return c.ms[end-int32(n) : end : end]
		}
	}
	return mkAllocChunk(n)
}

// mkNew returns a new zero marker: mkAlloc(1), small enough to be
// inlined.
func mkNew() *Marker {
	if c := mkChunkCur.Load(); c != nil {
		if end := c.next.Add(1); end <= mkChunkSize {
			return &c.ms[end-1]
		}
	}
	return &mkAllocChunk(1)[0]
}

// mkAllocChunk is mkAlloc with a new chunk.
func mkAllocChunk(n int) []Marker {
	if n > mkChunkSize/4 {
		return make([]Marker, n)
	}
	c := new(mkChunk)
	c.next.Store(int32(n))
	mkChunkCur.Store(c)
	return c.ms[:n:n]
}
