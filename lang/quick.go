package lang

import (
	"math/bits"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The quick check of ParseMarker, which runs on every line of a document:
// most lines start with a word that is no marker, and it tells them by
// reading that word alone, a few instructions a letter.

// mkQuickCheck rejects most lines that cannot start with a marker
// without normalizing them (candidate), and tells what it learned of a
// heading word. A line that starts with a word is a candidate only when
// the word is short and followed by closing punctuation ("iv)", "б.",
// "أ-") or is a heading word ("Article", "Статья", "المادة").
//
// ParseMarker reads a word of fewer than eight ASCII letters in a line
// of eight bytes or more itself, from one load, and calls mkQuickCheck
// for the other lines.
func mkQuickCheck(s string) mkQuick {
	c := s[0]
	if c < utf8.RuneSelf {
		if l := c | 0x20; l < 'a' || l > 'z' {
			return mkQuick{candidate: c >= '0' && c <= '9' || c == '(' || c == '-' || c == '*'}
		}
		// A word of ASCII letters, eight at a time, when what ends it is
		// ASCII too (or the end of s, or the 17th letter).
		i := mkASCIILetters(s)
		if i == len(s) || i > 16 || s[i] < utf8.RuneSelf {
			if i < len(s) && i <= 14 && (s[i] == ')' || s[i] == '.' || s[i] == '-') {
				return mkQuick{candidate: true}
			}
			if i > 16 || i < 3 {
				return mkQuick{}
			}
			u := mkIndex().unitWordASCII(s, i)
			return mkQuick{candidate: u != nil, units: u, runes: i, bytes: i}
		}
		return mkQuickWord(s)
	}
	var r rune
	switch {
	case c >= 0xC2 && c <= 0xDF && len(s) > 1 && s[1]&0xC0 == 0x80:
		// Two bytes, as mkDecodeRune reads them: the table.
		if mkRune2[rune(c&0x1F)<<6|rune(s[1]&0x3F)]&mkClassLetter == 0 {
			return mkQuick{candidate: true} // brackets, bullets, Arabic-Indic digits, ©
		}
		return mkQuickWord(s)
	case c >= 0xE4 && c <= 0xE9 && len(s) > 2 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80:
		// An ideograph (U+4000 ... U+9FFF), as mkDecodeRune reads it.
		r = rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	default:
		r, _ = mkDecodeRune(s)
	}
	if r < mkClassRunes {
		if mkRune2[r]&mkClassLetter == 0 {
			return mkQuick{candidate: true} // brackets, bullets, Arabic-Indic digits, ©
		}
		return mkQuickWord(s)
	}
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0x2E80 && unicode.Is(unicode.Han, r) {
		return mkQuick{candidate: r == '第' || r == '附' || mkIsCJKNumeral(r)}
	}
	if !unicode.IsLetter(r) {
		return mkQuick{candidate: true} // brackets, circled numbers, bullets
	}
	if r >= 0xFF21 && r <= 0xFF5A {
		// A full-width Latin letter ("Ａｒｔｉｃｌｅ ３５"): the parser
		// folds the width before it reads the word.
		return mkQuick{candidate: true}
	}
	return mkQuickWord(s)
}

// mkQuickWord is mkQuickCheck of a line that starts with a letter and
// is not a word of ASCII letters alone: it reads the word, and a hash of
// its fold for the heading index (mkFoldRune), and looks the fold up only
// when the hash is one of a heading word's. A word with a combining mark
// is left to the parser, which folds it after normalization.
//
// It reads ASCII letters and the commonest letters of two bytes
// (mkClassQuick) in a loop of its own, which calls nothing, and leaves
// the rest of the word to mkQuickWordRest from the first other rune.
func mkQuickWord(s string) mkQuick {
	if hw := mkHeadWordOf(s); hw != nil {
		if q, ok := hw.at(s); ok {
			return q
		}
	}
	return mkQuickWordScan(s)
}

// mkQuickWordScan is mkQuickWord without the word of the slot
// (mkHeadWords), for callers that looked at it already.
func mkQuickWordScan(s string) mkQuick {
	h := uint64(mkFoldHashSeed)
	// i and n unsigned, so that the compiler sees i < len(s) keep s[i]
	// in bounds, and one check of i+1 both bytes of a letter.
	i, n := uint(0), uint(0)
	for n <= 16 && i < uint(len(s)) {
		c := s[i]
		if c < utf8.RuneSelf {
			if l := c | 0x20; l-'a' > 'z'-'a' {
				break
			}
			h = (h ^ uint64(c|0x20)) * mkFoldHashMul
			i++
			n++
			continue
		}
		if n <= 13 && i+8 <= uint(len(s)) {
			// Four letters of two bytes at once (Cyrillic, Arabic
			// words): eight bytes of the form 110xxxxx 10xxxxxx four
			// times, each looked up in mkRune2x by its two bytes as
			// they stand. C0 and C1 lead only overlong forms, which
			// read as runes below utf8.RuneSelf, which mkRune2 has as
			// no mkClassQuick. n <= 13 keeps n within 17, where the
			// loop stops, as two pairs would.
			w := mkLoadFull(s[i:])
			if w&0xC0E0C0E0C0E0C0E0 == 0x80C080C080C080C0 {
				e0 := mkRune2x[bits.RotateLeft16(uint16(w), 8)&0x1F3F]
				e1 := mkRune2x[bits.RotateLeft16(uint16(w>>16), 8)&0x1F3F]
				e2 := mkRune2x[bits.RotateLeft16(uint16(w>>32), 8)&0x1F3F]
				e3 := mkRune2x[bits.RotateLeft16(uint16(w>>48), 8)&0x1F3F]
				if e0&e1&e2&e3&mkClassQuick != 0 {
					h = (h ^ uint64(e0>>16)) * mkFoldHashMul
					h = (h ^ uint64(e1>>16)) * mkFoldHashMul
					h = (h ^ uint64(e2>>16)) * mkFoldHashMul
					h = (h ^ uint64(e3>>16)) * mkFoldHashMul
					i += 8
					n += 4
					continue
				}
			}
		}
		if n <= 15 && i+4 <= uint(len(s)) {
			// Two letters of two bytes at once, as above.
			t := s[i : i+4]
			w := uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
			if w&0xC0E0C0E0 == 0x80C080C0 {
				e0 := mkRune2x[bits.RotateLeft16(uint16(w), 8)&0x1F3F]
				e1 := mkRune2x[bits.RotateLeft16(uint16(w>>16), 8)&0x1F3F]
				if e0&e1&mkClassQuick != 0 {
					h = (h ^ uint64(e0>>16)) * mkFoldHashMul
					h = (h ^ uint64(e1>>16)) * mkFoldHashMul
					i += 4
					n += 2
					continue
				}
			}
		}
		if i+1 < uint(len(s)) {
			// A lead byte of two (0xC2 ... 0xDF) and a continuation
			// byte: the rune, as mkDecodeRune reads it, is below
			// mkClassRunes, which the mask tells the compiler.
			if d := s[i+1]; d&0xC0 == 0x80 && c-0xC2 <= 0xDF-0xC2 {
				if e := mkRune2[(uint(c&0x1F)<<6|uint(d&0x3F))&(mkClassRunes-1)]; e&mkClassQuick != 0 {
					h = (h ^ uint64(e>>16)) * mkFoldHashMul
					i += 2
					n++
					continue
				}
			}
		}
		return mkQuickWordRest(s, int(i), int(n), h)
	}
	// mkQuickEnd(s, i, n, false, true, true, h), written out: a call
	// would cost as much as what it does for most words.
	if i < uint(len(s)) && n <= 14 {
		switch c := s[i]; {
		case c == ')' || c == '.' || c == '-':
			return mkQuick{candidate: true}
		case c == 0xEF || c == 0xE3:
			return mkQuickEnd(s, int(i), int(n), false, true, true, h)
		}
	}
	if n == 1 || n > 16 || i < 3 || i > 60 {
		return mkQuickEnd(s, int(i), int(n), false, true, true, h)
	}
	var u *mkUnits
	// As unitFolded tells first, without the call; mkIndex sets
	// mkUnitFoldBits.
	if x := mkIndex(); mkMayBeUnitFold(h) {
		u = x.unitFolded(s[:i], h)
	}
	if i < uint(len(s)) && s[i] >= utf8.RuneSelf {
		return mkQuick{candidate: u != nil}
	}
	if u == nil {
		// No heading word, and the loop read it to its end, an ASCII
		// byte or the end of s, at 16 runes or fewer.
		mkKeepPlainWord(s[:i], n > 14, h)
		return mkQuick{runes: int(n), bytes: int(i)}
	}
	mkKeepHeadWord(s[:i], u, int(n))
	return mkQuick{candidate: true, units: u, runes: int(n), bytes: int(i)}
}

// mkPlainWord is a word of two to 16 letters and four bytes or more
// ("Каждый", "Considérant"), which mkQuickWordScan read in its own loop,
// found no heading word, and found followed by an ASCII byte or the end
// of the line: a line that starts with the word and then the same (an
// ASCII byte that is no letter, or the end) is no candidate of the quick
// check, unless the byte is ")", "." or "-" and the word is of 14 runes
// or fewer ("б)"), as mkQuickWordScan finds from the same bytes. long
// says it is longer. A document starts many of its paragraphs with the
// same word ("Каждый", "لكل"), and ParseMarker tells them by comparing
// bytes (mkPlainWordOf, none), instead of reading the word a letter at a
// time.
type mkPlainWord struct {
	word  string
	first uint32
	long  bool
	// head and last are as mkHeadWord's (mkWordLoads): with first,
	// they tell the word (none).
	head, last uint64
}

// mkPlainWords holds, by mkHeadSlot, the word mkKeepPlainWord kept last.
// Parsers share the slots without a lock, as they share mkHeadWords: each
// holds an entry that is never changed.
var mkPlainWords [64]atomic.Pointer[mkPlainWord]

// mkPlainSeen holds, by the slot of mkPlainWords, the fold hash of the
// word mkKeepPlainWord was last given for the slot, when it did not keep
// it.
var mkPlainSeen [64]atomic.Uint64

// mkKeepPlainWord makes w, a word of n > 14 runes (long) or fewer, as
// mkPlainWord describes, of fold hash h, the word of its slot, unless it
// is already, when it is given the word a second time in a row for the
// slot: a word that starts one paragraph only does not take the slot of
// one that starts many, and a line costs a copy only when a word comes
// back.
func mkKeepPlainWord(w string, long bool, h uint64) {
	if len(w) < 4 {
		return // the slots are by the first four bytes
	}
	k := mkHeadSlot(mkLoad4(w))
	slot := &mkPlainWords[k]
	if pw := slot.Load(); pw != nil && pw.long == long && mkSameBytes(w, pw.word) {
		return
	}
	if mkPlainSeen[k].Load() != h {
		mkPlainSeen[k].Store(h)
		return
	}
	// A copy: w is part of a line the caller may not keep.
	pw := &mkPlainWord{word: strings.Clone(w), first: mkLoad4(w), long: long}
	pw.head, pw.last = mkWordLoads(w)
	slot.Store(pw)
}

// mkPlainWordOf returns the word of the slot of s when s starts with its
// first four bytes, or nil.
func mkPlainWordOf(s string) *mkPlainWord {
	if len(s) >= 4 {
		first := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
		if pw := mkPlainWords[mkHeadSlot(first)].Load(); pw != nil && pw.first == first {
			return pw
		}
	}
	return nil
}

// none reports whether s, which starts with the first four bytes of the
// word, is a line the quick check rules out by the word: the word, then
// the end of s or an ASCII byte that is no letter (nor ")", "." or "-"
// after a word of 14 runes or fewer).
func (pw *mkPlainWord) none(s string) bool {
	n := len(pw.word)
	if n > len(s) {
		return false
	}
	if n < len(s) {
		switch c := s[n]; {
		case c >= utf8.RuneSelf, c|0x20-'a' <= 'z'-'a':
			return false
		case c == ')' || c == '.' || c == '-':
			if !pw.long {
				return false
			}
		}
	}
	switch {
	case n < 8:
		return mkLoad4(s) == pw.first && uint64(mkLoad4(s[n-4:])) == pw.last
	case n <= 16:
		return mkLoadFull(s) == pw.head && mkLoadFull(s[n-8:]) == pw.last
	}
	return s[:n] == pw.word
}

// mkHeadWord is a heading word as a line wrote it ("Статья", "المادة",
// "Artículo"), of four bytes or more and letters mkQuickWord reads in its
// own loop, with what mkQuickWord made of it: its units and its length in
// runes. first is its first four bytes (mkLoad4); style, unit and before
// are what mkParseCommon makes of the word before one space and a number
// ("Статья 5"): the style (styleOf), the unit of the first heading word
// the units have before a number, and whether they have one.
type mkHeadWord struct {
	word   string
	first  uint32
	units  *mkUnits
	runes  int
	style  string
	unit   Unit
	before bool
	// head and last are the first and last eight bytes of a word of
	// eight to 16 bytes (mkLoadFull), or last the last four of a shorter
	// one (mkLoad4), which with its first four bytes, that the caller
	// compared, tell the word (is).
	head, last uint64
	// sp0 and sp1 are the word and a space after it, as heading compares
	// them: for a word of fewer than eight bytes, sp0 is its n+1 bytes
	// (mkLoad8); for one of eight to 15, sp0 and sp1 are the first and
	// the last eight of them.
	sp0, sp1 uint64
}

// mkHeadWords holds, by mkHeadSlot, the heading word mkQuickWord found
// last: a document writes its headings alike, and most of its lines that
// start with such a word are headings. ParseMarker and mkQuickWord tell
// such a line by comparing its first bytes with the word, instead of
// reading the word a letter at a time and looking its fold up. Parsers
// share the slots without a lock: each holds an entry that is never
// changed.
var mkHeadWords [64]atomic.Pointer[mkHeadWord]

// mkHeadSlot is the slot of mkHeadWords for a word whose first four
// bytes are first (mkLoad4): words that start alike ("Article",
// "Artículo") mostly get slots of their own.
func mkHeadSlot(first uint32) uint {
	return uint(first*0x9E3779B1) >> 26
}

// mkHeadWordOf returns the word of the slot of s when s starts with its
// first four bytes, or nil: a load and a compare for most lines, which
// start with other words.
func mkHeadWordOf(s string) *mkHeadWord {
	if len(s) >= 4 {
		first := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
		if hw := mkHeadWords[mkHeadSlot(first)].Load(); hw != nil && hw.first == first {
			return hw
		}
	}
	return nil
}

// heading returns what ParseMarker reads of s, which starts with the
// first four bytes of the word, when s is the word, one space and one to
// nine ASCII digits ("Статья 5"), as mkParseCommon reads it after
// mkQuickWord (at): the marker, with Raw all of s. The word and its space
// are told by one or two loads compared with spaced (sp0, sp1), rather
// than a byte, a length and a call.
func (hw *mkHeadWord) heading(s string) (*Marker, bool) {
	n := len(hw.word)
	d := len(s) - n - 1 // the digits
	if uint(d-1) > 8 || !hw.before {
		return nil, false // not one to nine digits after a space
	}
	// len(s) >= n+2 from here.
	switch {
	case n < 8:
		w := uint64(0)
		if len(s) >= 8 {
			w = mkLoadFull(s) // inlined, unlike mkLoad8
		} else {
			w = mkLoadShort(s)
		}
		if w&mkLenMask(n+1) != hw.sp0 {
			return nil, false
		}
	case n < 16:
		if mkLoadFull(s) != hw.sp0 || mkLoadFull(s[n-7:]) != hw.sp1 {
			return nil, false
		}
	default:
		if s[n] != ' ' || s[:n] != hw.word {
			return nil, false
		}
	}
	v := 0
	if d <= 2 {
		// One or two digits, most numbers of headings, without the loop.
		a, b := s[n+1]-'0', s[len(s)-1]-'0'
		if a > 9 || b > 9 {
			return nil, false
		}
		v = int(b)
		if d == 2 {
			v += 10 * int(a)
		}
	} else {
		for i := n + 1; i < len(s); i++ {
			c := s[i] - '0'
			if c > 9 {
				return nil, false
			}
			v = v*10 + int(c)
		}
	}
	m := mkNew() // zero: set the fields, not a literal
	m.Raw, m.System, m.Value, m.Unit, m.Style = s, SystemDecimal, v, hw.unit, hw.style
	return m, true
}

// at returns what mkQuickWord makes of s, which starts with the first
// four bytes of the word, when s starts with the whole word and then an
// ASCII byte that is no letter and none of ")", "." and "-": mkQuickWord
// would read the same word, stop at that byte, find the same units, and
// ignore the rest of s.
func (hw *mkHeadWord) at(s string) (mkQuick, bool) {
	n := len(hw.word)
	if n >= len(s) {
		return mkQuick{}, false
	}
	switch c := s[n]; {
	case c >= utf8.RuneSelf, c|0x20-'a' <= 'z'-'a', c == ')', c == '.', c == '-':
		return mkQuick{}, false
	}
	if !hw.is(s[:n]) {
		return mkQuick{}, false
	}
	return mkQuick{candidate: true, units: hw.units, runes: hw.runes, bytes: n}, true
}

// is reports whether w, of the length of the word and whose first four
// bytes are the word's (mkHeadWordOf compared them), is the word: by one
// or two loads for most words, the bytes that mkHeadWordOf did not
// compare, rather than a call to compare.
func (hw *mkHeadWord) is(w string) bool {
	switch n := len(w); {
	case n != len(hw.word):
		return false
	case n < 4:
		return w == hw.word
	case n < 8:
		return uint64(mkLoad4(w[n-4:])) == hw.last
	case n <= 16:
		return mkLoadFull(w) == hw.head && mkLoadFull(w[n-8:]) == hw.last
	}
	return w == hw.word
}

// mkKeepHeadWord makes w, a heading word of n runes and units u that
// mkQuickWord read in its own loop and found followed by an ASCII byte,
// or that unitWordASCIIShort found (a word of ASCII letters followed by
// an ASCII byte that is no letter), the word of its slot, unless it is
// already or is shorter than four bytes.
func mkKeepHeadWord(w string, u *mkUnits, n int) {
	if len(w) < 4 {
		return
	}
	slot := &mkHeadWords[mkHeadSlot(mkLoad4(w))]
	if hw := slot.Load(); hw != nil && hw.units == u && mkSameBytes(w, hw.word) {
		return
	}
	// A copy: w is part of a line the caller may not keep.
	hw := &mkHeadWord{word: strings.Clone(w), first: mkLoad4(w), units: u, runes: n, style: mkJoin(w, " %", "")}
	hw.head, hw.last = mkWordLoads(w)
	if k := len(w); k < 16 {
		spaced := hw.word + " "
		hw.sp0 = mkLoad8(spaced)
		if k >= 8 {
			hw.sp1 = mkLoadFull(spaced[k-7:])
		}
	}
	if len(u.before) > 0 {
		hw.unit, hw.before = u.before[0].w.unit, true
	}
	slot.Store(hw)
}

// mkWordLoads returns what tells a word w of four bytes or more from the
// others of its length that start with its first four bytes, as
// mkHeadWord and mkPlainWord keep it: the last four bytes of a word of
// fewer than eight (last, of mkLoad4), or the first and the last eight
// of a word of eight to 16 (head and last, of mkLoadFull).
func mkWordLoads(w string) (head, last uint64) {
	switch k := len(w); {
	case k < 8:
		last = uint64(mkLoad4(w[k-4:]))
	case k <= 16:
		head, last = mkLoadFull(w), mkLoadFull(w[k-8:])
	}
	return head, last
}

// mkSameBytes reports whether a == b: for words of four to 16 bytes, by
// two loads a side, which overlap, rather than a call to compare.
func mkSameBytes(a, b string) bool {
	switch n := len(b); {
	case n != len(a):
		return false
	case n >= 8 && n <= 16:
		return mkLoadFull(a) == mkLoadFull(b) && mkLoadFull(a[n-8:]) == mkLoadFull(b[n-8:])
	case n >= 4 && n < 8:
		return mkLoad4(a) == mkLoad4(b) && mkLoad4(a[n-4:]) == mkLoad4(b[n-4:])
	}
	return a == b
}

// mkQuickWordRest is mkQuickWord from byte i of s, after n runes that are
// letters normalization leaves alone, of fold hash h.
func mkQuickWordRest(s string, i, n int, h uint64) mkQuick {
	marks := false // a combining mark in the word
	vocal := true  // no combining mark but harakat (mkHaraka)
	plain := true  // only letters that normalization leaves alone
	for i < len(s) && n <= 16 {
		c := s[i]
		if c < utf8.RuneSelf {
			if l := c | 0x20; l < 'a' || l > 'z' {
				break
			}
			h = (h ^ uint64(c|0x20)) * mkFoldHashMul
			i++
			n++
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Two bytes (Latin-1, Greek, Cyrillic, Arabic): the table.
			e := mkRune2[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]
			if e&mkClassQuick != 0 {
				// Most letters: what the lines below make of them.
				h = (h ^ uint64(e>>16)) * mkFoldHashMul
				i += 2
				n++
				continue
			}
			if e&mkClassLetter == 0 {
				if e&mkClassMn == 0 {
					break
				}
				marks = true
				if e&mkClassPlain == 0 {
					vocal = false // a mark mkPlainRune is not: not a haraka
				}
			} else if e&mkClassInert == 0 {
				plain = false
			}
			if f := int16(e >> 16); f >= 0 {
				h = (h ^ uint64(f)) * mkFoldHashMul
			}
			i += 2
			n++
			continue
		}
		if c-0xE4 <= 0xE9-0xE4 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// Three bytes, as mkDecodeRune reads them: a CJK
			// ideograph (U+4E00 ... U+9FFF) is a letter that
			// normalization leaves alone and that folds to itself,
			// as the lines below find, without their calls.
			if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x4E00 {
				h = (h ^ uint64(r)) * mkFoldHashMul
				i += 3
				n++
				continue
			}
		}
		r, size := mkDecodeRune(s[i:])
		if !mkCommonLetter(r) && !unicode.IsLetter(r) {
			if !unicode.Is(unicode.Mn, r) {
				break
			}
			marks, vocal = true, false
		} else if !mkInert(r) {
			plain = false
		}
		if f := mkFoldRune(r); f >= 0 {
			h = (h ^ uint64(f)) * mkFoldHashMul
		}
		i += size
		n++
	}
	return mkQuickEnd(s, i, n, marks, vocal, plain, h)
}

// mkQuickEnd decides mkQuickWord on the word s[:i] of n runes (17 when
// longer), with what it found of it, and h the hash of its fold.
func mkQuickEnd(s string, i, n int, marks, vocal, plain bool, h uint64) mkQuick {
	if i < len(s) && n <= 14 {
		switch c := s[i]; {
		case c == ')' || c == '.' || c == '-':
			return mkQuick{candidate: true}
		case c == 0xEF || c == 0xE3:
			switch next, _ := mkDecodeRune(s[i:]); next {
			case '）', '．', '。':
				return mkQuick{candidate: true}
			}
		}
	}
	if n == 1 && (strings.HasPrefix(s[i:], " )") || strings.HasPrefix(s[i:], "\u00a0)")) {
		return mkQuick{candidate: true} // "أ )": a letter, a space, the bracket
	}
	if n > 16 || i < 3 || i > 60 {
		return mkQuick{} // too short or too long for a heading word
	}
	if marks {
		// A word vocalized with harakat alone, of letters normalization
		// leaves alone, before another word ("اعتُمد بموجب"): normalization
		// leaves the harakat as they are, but for their order, and the
		// fold drops them, so the fold is that of the word as written,
		// and the word can only be a heading word.
		if vocal && plain && mkWordFollows(s, i) {
			return mkQuick{candidate: mkIndex().unitFolded(s[:i], h) != nil}
		}
		return mkQuick{candidate: true} // decomposed or vocalized: let the parser fold it
	}
	u := mkIndex().unitFolded(s[:i], h)
	if !plain || i < len(s) && s[i] >= utf8.RuneSelf {
		return mkQuick{candidate: u != nil}
	}
	return mkQuick{candidate: u != nil, units: u, runes: n, bytes: i}
}

// mkWordFollows reports whether a space and a letter of one or two bytes
// (mkClassLetter) follow s[:i].
func mkWordFollows(s string, i int) bool {
	if i+2 >= len(s) || s[i] != ' ' {
		return false
	}
	c := s[i+1]
	if c < utf8.RuneSelf {
		l := c | 0x20
		return l >= 'a' && l <= 'z'
	}
	return c >= 0xC2 && c <= 0xDF && s[i+2]&0xC0 == 0x80 && mkRune2[rune(c&0x1F)<<6|rune(s[i+2]&0x3F)]&mkClassLetter != 0
}

// The fold hash of mkQuickWord: FNV-1a over the folded runes.
const (
	mkFoldHashSeed = 0xcbf29ce484222325
	mkFoldHashMul  = 0x100000001b3
)

// mkFoldHash is the hash mkQuickWord makes of a folded word.
func mkFoldHash(folded string) uint64 {
	h := uint64(mkFoldHashSeed)
	for _, r := range folded {
		h = (h ^ uint64(r)) * mkFoldHashMul
	}
	return h
}

// mkClassRunes bounds the runes of mkClass and mkFold2: those of one or
// two bytes in UTF-8.
const mkClassRunes = 0x800

// Bits of mkClass.
const (
	// mkClassLetter: mkCommonLetter or unicode.IsLetter.
	mkClassLetter = 1 << iota
	// mkClassMn: a nonspacing mark (unicode.Mn).
	mkClassMn
	// mkClassInert: mkInert.
	mkClassInert
	// mkClassPlain: mkInert or mkHaraka (mkPlainRune).
	mkClassPlain
	// mkClassQuick: a letter of two bytes in UTF-8 that is mkInert and
	// has a fold (mkFoldRune >= 0), which mkQuickWord reads in a few
	// instructions.
	mkClassQuick
)

// mkRune2 is what the quick check asks of a rune below mkClassRunes: its
// class (mkClassLetter ...) in the low byte, mkFoldRune of it in the high
// 16 bits.
var mkRune2 = func() (t [mkClassRunes]uint32) {
	for r := rune(0); r < mkClassRunes; r++ {
		var cl uint32
		if mkCommonLetter(r) || unicode.IsLetter(r) {
			cl |= mkClassLetter
		}
		if unicode.Is(unicode.Mn, r) {
			cl |= mkClassMn
		}
		if mkInert(r) {
			cl |= mkClassInert
		}
		if mkInert(r) || mkHaraka(r) {
			cl |= mkClassPlain
		}
		f := mkFoldRune(r)
		if r >= utf8.RuneSelf && cl&mkClassLetter != 0 && cl&mkClassInert != 0 && f >= 0 {
			cl |= mkClassQuick
		}
		if f != rune(int16(f)) {
			panic("lang: a fold out of range")
		}
		t[r] = cl | uint32(uint16(int16(f)))<<16
	}
	return t
}()

// mkRune2x is mkRune2 by the two bytes of a rune of two bytes in UTF-8
// as they stand, the low five bits of the lead byte above the low six of
// the continuation byte ((lead&0x1F)<<8 | cont&0x3F): the loop of
// mkQuickWordScan finds the entry of a rune from a load of its bytes by a
// rotation and a mask. The entries that no rune has are zero.
var mkRune2x = func() (t [0x1F40]uint32) {
	for r := rune(0); r < mkClassRunes; r++ {
		t[r>>6<<8|r&0x3F] = mkRune2[r]
	}
	return t
}()

// mkFold2 is mkFoldRune of a rune below mkClassRunes, from mkRune2.
func mkFold2(r rune) rune {
	return rune(int16(mkRune2[r] >> 16))
}

// mkASCIILetters returns how many bytes at the start of s are ASCII
// letters, up to 17 (17 for more).
func mkASCIILetters(s string) int {
	if len(s) < 8 {
		return mkLetterBytes(mkLoadShort(s))
	}
	k := mkLetterBytes(mkLoadFull(s))
	if k < 8 || len(s) == 8 {
		return k
	}
	if len(s) < 16 {
		return 8 + mkLetterBytes(mkLoadShort(s[8:]))
	}
	k = mkLetterBytes(mkLoadFull(s[8:]))
	if k < 8 || len(s) == 16 {
		return 8 + k
	}
	if l := s[16] | 0x20; l >= 'a' && l <= 'z' {
		return 17
	}
	return 16
}

// mkLoad8 returns the first bytes of s, eight at most, as a
// little-endian word (zero bytes past the end of s).
func mkLoad8(s string) uint64 {
	if len(s) < 8 {
		return mkLoadShort(s)
	}
	return mkLoadFull(s)
}

// mkLoadFull is mkLoad8 of eight bytes or more, in one load: small
// enough to be inlined.
func mkLoadFull(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// mkLoad4 is the first four bytes of s, four or more, as a little-endian
// word, in one load.
func mkLoad4(s string) uint32 {
	s = s[:4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// mkLoadShort is mkLoad8 of fewer than eight bytes.
func mkLoadShort(s string) uint64 {
	var w uint64
	for i := len(s) - 1; i >= 0; i-- {
		w = w<<8 | uint64(s[i])
	}
	return w
}

// mkLetterBytes returns how many of the bytes of w, from the lowest, are
// ASCII letters before the first that is not. Each byte is compared
// with 'a' and 'z' after |0x20 (which makes letters lower case) by an
// addition that sets its top bit; a byte of 0x80 or more is no letter,
// and the carries it may make reach only the bytes above it.
func mkLetterBytes(w uint64) int {
	const hi = 0x8080808080808080
	x := w | 0x2020202020202020
	letters := (x + 0x1f1f1f1f1f1f1f1f) &^ (x + 0x0505050505050505) &^ w & hi
	return bits.TrailingZeros64(^letters&hi) >> 3
}

// mkLenMask keeps the first n bytes (n <= 8) of a word of mkLoad8.
func mkLenMask(n int) uint64 {
	return ^uint64(0) >> (64 - 8*uint(n))
}

// mkUnitASCII is a heading word of ASCII letters in the table of
// unitWordASCII: its lower-case bytes as two words of mkLoad8.
type mkUnitASCII struct {
	lo, hi uint64
	n      int
	u      *mkUnits
}

// mkUnitASCIIHash hashes the words of a heading word to a slot of
// unitASCIIWords.
func mkUnitASCIIHash(lo, hi uint64) uint64 {
	return (lo*0x9E3779B97F4A7C15 ^ hi*0xC2B2AE3D27D4EB4F) >> (64 - 6)
}

// addUnitASCII puts a folded heading word into unitASCIIWords when it is
// made of three to sixteen ASCII letters.
func (x *mkIndexT) addUnitASCII(k string, u *mkUnits) {
	if len(k) < 3 || len(k) > 16 || mkASCIILetters(k) != len(k) {
		return
	}
	lo, hi := mkLoad8(k), uint64(0)
	if len(k) > 8 {
		hi = mkLoad8(k[8:])
	}
	mkUnitASCIIStart[mkUnitASCIIKey(k)] |= 1 << len(k)
	for h := mkUnitASCIIHash(lo, hi); ; h = (h + 1) % uint64(len(x.unitASCIIWords)) {
		if e := &x.unitASCIIWords[h]; e.u == nil {
			*e = mkUnitASCII{lo, hi, len(k), u}
			return
		}
	}
}

// mkUnitASCIIStart has bit n of entry mkUnitASCIIKey(w) set for each
// heading word w of n ASCII letters in unitASCIIWords: of the words of
// running text that start a line, few start as a heading word of their
// length does ("Toute", "This" start as "titre", "teil" do not). The index
// sets it as it is built: read it only after mkIndex.
var mkUnitASCIIStart [1 << 10]uint32

// mkUnitASCIIKey is the entry of mkUnitASCIIStart of the word w of at
// least two ASCII letters: its first two letters, of either case.
func mkUnitASCIIKey(w string) uint {
	return uint(w[0]&0x1F)<<5 | uint(w[1]&0x1F)
}

// unitWordASCII returns the units of the word s[:n] of three to sixteen
// ASCII letters when it is a heading word of some language ("Article",
// "CHAPTER"), or nil, as unitsFolded has them. Most words are ruled out
// by their first two letters and length before the lookup.
func (x *mkIndexT) unitWordASCII(s string, n int) *mkUnits {
	if mkUnitASCIIStart[mkUnitASCIIKey(s)]&(1<<n) == 0 {
		return nil
	}
	const lower = 0x2020202020202020
	var lo, hi uint64
	if len(s) >= 8 {
		lo = mkLoadFull(s)
	} else {
		lo = mkLoadShort(s)
	}
	lo = (lo | lower) & mkLenMask(min(n, 8))
	if n > 8 {
		hi = (mkLoad8(s[8:]) | lower) & mkLenMask(n-8)
	}
	for h := mkUnitASCIIHash(lo, hi); ; h = (h + 1) % uint64(len(x.unitASCIIWords)) {
		e := &x.unitASCIIWords[h]
		if e.u == nil {
			return nil
		}
		if e.lo == lo && e.hi == hi && e.n == n {
			return e.u
		}
	}
}

// unitWordASCIIShort is unitWordASCII of a word of k < 8 letters, the
// first bytes of w (a word of mkLoad8), past its filter.
func (x *mkIndexT) unitWordASCIIShort(w uint64, k uint) *mkUnits {
	const lower = 0x2020202020202020
	lo := (w | lower) & (1<<(8*(k&7)) - 1)
	for h := mkUnitASCIIHash(lo, 0); ; h = (h + 1) % uint64(len(x.unitASCIIWords)) {
		e := &x.unitASCIIWords[h]
		if e.u == nil {
			return nil
		}
		if e.lo == lo && e.hi == 0 && e.n == int(k) {
			return e.u
		}
	}
}

// mkUnitFold is a folded heading word in the table of unitFolded, with
// its fold hash (mkFoldHash).
type mkUnitFold struct {
	h      uint64
	folded string
	u      *mkUnits
	// seen is a word as written whose fold is folded, the last one
	// found: a document writes its headings alike ("Статья").
	seen atomic.Pointer[string]
}

// mkUnitFoldSlot is the first slot of unitFolds to look for hash h in.
func mkUnitFoldSlot(h uint64) uint64 {
	return h >> (64 - 7)
}

// addUnitFold puts a folded heading word into unitFolds.
func (x *mkIndexT) addUnitFold(k string, u *mkUnits) {
	h := mkFoldHash(k)
	mkUnitFoldBits[h>>(64-mkUnitFoldBitsLog)/64] |= 1 << (h >> (64 - mkUnitFoldBitsLog) % 64)
	for i := mkUnitFoldSlot(h); ; i = (i + 1) % uint64(len(x.unitFolds)) {
		if e := &x.unitFolds[i]; e.u == nil {
			*e = mkUnitFold{h: h, folded: k, u: u}
			return
		}
	}
}

// mkUnitFoldBits has bit h>>(64-mkUnitFoldBitsLog) set for the fold
// hash h of each heading word in unitFolds: a word whose bit is clear is
// none, which unitFolded tells in a few instructions. The index sets it
// as it is built: read it only after mkIndex.
var mkUnitFoldBits [1 << (mkUnitFoldBitsLog - 6)]uint64

// mkUnitFoldBitsLog is the log2 of the bits of mkUnitFoldBits.
const mkUnitFoldBitsLog = 10

// mkMayBeUnitFold reports whether a word whose fold hashes to h may be a
// heading word: whether its bit of mkUnitFoldBits is set.
func mkMayBeUnitFold(h uint64) bool {
	b := h >> (64 - mkUnitFoldBitsLog)
	return mkUnitFoldBits[b>>6]>>(b&63)&1 != 0
}

// unitFolded returns unitsFolded[the fold of w], the fold of w being the
// runes of w through mkFoldRune, and h its hash: the units of w when it
// is a heading word ("Статья", "المادة", "Artículo"), or nil.
func (x *mkIndexT) unitFolded(w string, h uint64) *mkUnits {
	if !mkMayBeUnitFold(h) {
		return nil
	}
	for i := mkUnitFoldSlot(h); ; i = (i + 1) % uint64(len(x.unitFolds)) {
		e := &x.unitFolds[i]
		if e.u == nil {
			return nil
		}
		if e.h != h {
			continue
		}
		if seen := e.seen.Load(); seen != nil && mkSameBytes(*seen, w) {
			return e.u
		}
		if mkFoldIs(w, e.folded) {
			// A copy: w is part of a line the caller may not keep.
			seen := strings.Clone(w)
			e.seen.Store(&seen)
			return e.u
		}
	}
}

// mkFoldIs reports whether the runes of w through mkFoldRune (those it
// does not drop) are the runes of folded, comparing their UTF-8 bytes.
func mkFoldIs(w, folded string) bool {
	j := 0
	for i := 0; i < len(w); {
		var f rune
		if c := w[i]; c < utf8.RuneSelf {
			f = rune(c)
			if c >= 'A' && c <= 'Z' {
				f += 'a' - 'A'
			}
			i++
		} else if c >= 0xC2 && c <= 0xDF && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			f = mkFold2(rune(c&0x1F)<<6 | rune(w[i+1]&0x3F))
			i += 2
		} else {
			r, size := mkDecodeRune(w[i:])
			f = mkFoldRune(r)
			i += size
		}
		switch {
		case f < 0:
		case f < utf8.RuneSelf:
			if j >= len(folded) || folded[j] != byte(f) {
				return false
			}
			j++
		case f < mkClassRunes:
			if j+1 >= len(folded) || folded[j] != byte(0xC0|f>>6) || folded[j+1] != byte(0x80|f&0x3F) {
				return false
			}
			j += 2
		default:
			g, size := utf8.DecodeRuneInString(folded[j:])
			if g != f || size <= 1 {
				return false
			}
			j += size
		}
	}
	return j == len(folded)
}
