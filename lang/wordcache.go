package lang

import "sync/atomic"

// The readings of a word of ASCII letters before ")" ("iii)", "ef)",
// "viiiix)"), which mkParseCommon reads with mkLetterReadings, are kept
// by word: a document numbers its lists alike, and reading a word of
// several letters as roman numerals, letters and the flattened pairs of
// either costs a few thousand instructions. Only values and strings are
// kept; each line gets markers of its own.

// mkWordReading is a reading of a word: its system and value, and the
// old half of a flattened pair (old), whose Raw oldRaw is written with
// the style.
type mkWordReading struct {
	sys    System
	value  int
	old    bool
	oldVal int
	oldRaw string
}

// mkWordEntry holds the readings of one word, as mkWordKey packs it; rs
// is empty when nothing reads the word.
type mkWordEntry struct {
	lo, hi uint64
	n      int
	rs     []mkWordReading
}

// mkWordCache holds the entries of the words read last: a word goes in
// one of two slots, by its key (mkWordKey). Parsers share it without a
// lock: an entry does not change once it is in the cache.
var mkWordCache [256]atomic.Pointer[mkWordEntry]

// mkWordKey packs a word of 2 to 16 ASCII letters into two words of
// mkLoad8 and the first slot of mkWordCache it may be in.
func mkWordKey(w string) (lo, hi uint64, slot int) {
	lo = mkLoad8(w)
	if len(w) > 8 {
		hi = mkLoad8(w[8:])
	}
	x := lo ^ (hi+uint64(len(w)))*0x9E3779B97F4A7C15
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	return lo, hi, int(x >> (64 - 8))
}

// mkWordReadings returns the readings of the word w (2 to 14 ASCII
// letters) before ")", raw being the word and the bracket: what
// mkLetterReadings and mkSetStyle make of it, with Raw set, or nil when
// nothing reads it.
func mkWordReadings(w, raw string) *Marker {
	lo, hi, slot := mkWordKey(w)
	e := mkWordCache[slot].Load()
	if e == nil || e.lo != lo || e.hi != hi || e.n != len(w) {
		e = mkWordCache[slot^1].Load()
		if e == nil || e.lo != lo || e.hi != hi || e.n != len(w) {
			e = mkWordEntryOf(w, lo, hi)
			if mkWordCache[slot].Load() != nil && mkWordCache[slot^1].Load() == nil {
				slot ^= 1
			}
			mkWordCache[slot].Store(e)
		}
	}
	if len(e.rs) == 0 {
		return nil
	}
	olds := 0
	for i := range e.rs {
		if e.rs[i].old {
			olds++
		}
	}
	ms := mkAlloc(len(e.rs) + olds)
	old := ms[len(e.rs):]
	for i := range e.rs {
		r := &e.rs[i]
		m := &ms[i]
		m.Raw, m.System, m.Value, m.Style = raw, r.sys, r.value, mkStyleParen
		if r.old {
			o := &old[0]
			old = old[1:]
			o.Raw, o.System, o.Value, o.Style = r.oldRaw, r.sys, r.oldVal, mkStyleParen
			m.Old, m.Change = o, ChangeReplaced
		}
		if i > 0 {
			ms[i-1].Alt = m
		}
	}
	return &ms[0]
}

// mkStyleParen is the style of a letter before ")".
const mkStyleParen = "%)"

// mkWordEntryOf reads w with mkLetterReadings and mkSetStyle.
func mkWordEntryOf(w string, lo, hi uint64) *mkWordEntry {
	e := &mkWordEntry{lo: lo, hi: hi, n: len(w)}
	m := mkLetterReadings(w, mkLatin)
	if m == nil {
		return e
	}
	mkSetStyle(m, mkStyleParen)
	for a := m; a != nil; a = a.Alt {
		r := mkWordReading{sys: a.System, value: a.Value}
		if a.Old != nil {
			r.old, r.oldVal, r.oldRaw = true, a.Old.Value, a.Old.Raw
		}
		e.rs = append(e.rs, r)
	}
	return e
}
