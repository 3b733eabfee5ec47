package lang

import (
	"bytes"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Per-language tables.
//
// What parity knows of a language's headings is data: one mkLangTable per
// language, in table_<code>.go, listed in mkTables. The parser and Section
// only read these tables.

// mkLangTable is one language's heading words.
type mkLangTable struct {
	// code is the BCP 47 base code ("fr").
	code string
	// units are the words of numbered headings ("Article", "Chapitre").
	units []mkUnitWord
	// ordinals are words that stand for a heading number ("premier" = 1).
	ordinals map[string]int
	// sections are the section headings of resolutions ("considérant").
	sections []mkSection
}

// mkUnitWord is a heading word such as "Article" or "cikk".
type mkUnitWord struct {
	word string
	unit Unit
	// after: the word follows the number ("6. cikk", "I. fejezet").
	after bool
	// bare: the word may stand alone without a number ("ANNEX").
	bare bool
}

// mkSection is one section heading phrase and the key it stands for.
type mkSection struct {
	phrase string
	key    string
	// addressee: the phrase may be followed by whom it addresses
	// ("instructs the Director of ...", "请成员国").
	addressee bool
}

// mkTables lists every language table. Order matters only for ties: the
// first table that knows a word gives its language.
var mkTables = []*mkLangTable{
	&mkTableEN, &mkTableFR, &mkTableES, &mkTableRU, &mkTableAR, &mkTableZH,
	&mkTablePT, &mkTableHU, &mkTableDE, &mkTableIT, &mkTableNL,
}

// mkIndex is built once from mkTables.
type mkIndexT struct {
	// unitsBefore: folded heading word → units (word before the number).
	unitsBefore map[string][]mkUnitRef
	// unitsAfter: folded heading word → units (word after the number).
	unitsAfter map[string][]mkUnitRef
	// ordinals: folded ordinal word → value.
	ordinals map[string]int
	// exact: folded section phrase → section.
	exact map[string]mkSectionRef
	// prefixes: sections that may be followed by an addressee, longest first.
	prefixes []mkSectionRef
	// prefixesByFirst: prefixes by the first rune of their folded form.
	prefixesByFirst map[rune][]mkSectionRef
	// all: every section phrase, longest first, then in table order.
	all []mkSectionRef
	// byFirst: the phrases of all by the first rune of their folded form.
	byFirst map[rune][]mkSectionRef
	// unitsFolded: every heading word folded, before or after the
	// number, for the parser's quick check.
	unitsFolded map[string]*mkUnits
	// unitASCII[c]: bit n is set when a folded heading word of n bytes
	// (n < 64) starts with the ASCII byte c; a word of ASCII letters that
	// has no bit set is no heading word.
	unitASCII [utf8.RuneSelf]uint64
	// trie: the folded phrases of all, byte by byte, for the quick
	// checks of Section.
	trie mkTrie
	// refsAt[n] are the indexes in all of the phrases that end at node n
	// of trie, in the order of all.
	refsAt [][]int32
	// startPair has the bit c<<7|d set for the ASCII bytes c and d as
	// they stand (capitals and white space included) unless a line that
	// starts with them, followed by ASCII, can be no heading: c and d are
	// no white space and no phrase starts with them, capitals lowered.
	// The fold of such a line starts with them, as no ASCII composes with
	// ASCII, so every reading of Section, which needs a phrase that the
	// fold starts with, fails. Section tests a pair with one load.
	startPair [1 << 14 / 64]uint64
	// sectionFirst2[r] is false when no line that starts with the rune r
	// of two bytes (from U+0080 to U+07FF) can be a heading: it is no
	// white space, and no phrase starts with its fold.
	sectionFirst2 [0x800]bool
	// fastExact[n] is the index in all of the phrase that sectionFastTo
	// reads for a line that folds to the phrases that end at node n of
	// trie, -1 when it leaves such a line to sectionQuick.
	fastExact []int32
	// sectionFirstHan has the bit r-mkHanFirst set when a phrase starts
	// with the CJK ideograph r (from U+4E00 to U+9FFF): a line that
	// starts with another one is no heading (see Section).
	sectionFirstHan [(mkHanLast - mkHanFirst + 64) / 64]uint64
	// hanMax is the length of the longest folded phrase made of CJK
	// ideographs alone, hanLine twice that and 90 bytes, the most that a
	// line of ideographs alone that Section reads as a heading may have
	// (see Section).
	hanMax, hanLine int
	// sectionFirst[c] is false when no line that starts with the byte c
	// can be a heading: the rune it starts is no white space, and no
	// phrase starts with its fold (see sectionFirstBytes).
	sectionFirst [256]bool
	// unitLens[r] (unitLensSmall[r] for r < mkUnitSmall): bit n is set
	// when a folded heading word of n bytes starts with r, bit 63 for
	// words of 63 bytes or more (see mayBeUnit).
	unitLens      map[rune]uint64
	unitLensSmall [mkUnitSmall]uint64
	// unitPrefix3: bit mkPrefix3Bit(a, b, c) is set when a folded
	// heading word starts with the runes a, b, c.
	unitPrefix3 [mkPrefix3Bits / 64]uint64
	// unitASCIIWords holds the folded heading words of ASCII letters
	// (see unitWordASCII), unitFolds all of them by their fold hash (see
	// unitFolded), for the quick check of ParseMarker.
	unitASCIIWords [64]mkUnitASCII
	unitFolds      [128]mkUnitFold
}

// mkUnits are the units of one folded heading word: as unitsBefore and
// unitsAfter hold them. style keeps the last style made for the word
// before a number ("Article %"), which its next heading most likely
// repeats (see mkParseCommon).
type mkUnits struct {
	before, after []mkUnitRef
	style         atomic.Pointer[string]
}

type mkUnitRef struct {
	lang string
	w    mkUnitWord
}

type mkSectionRef struct {
	lang   string
	folded string
	first  rune // first rune of folded
	s      mkSection
	// words bounds the words of a line this phrase can start when
	// Section reads it: the phrase and another of its language run
	// together, or the phrase and whom it addresses.
	words int
	// han: folded is made of CJK ideographs alone (mkAllHan).
	han bool
}

var (
	mkIndexOnce sync.Once
	mkIndexVal  *mkIndexT
	// mkIndexReady holds mkIndexVal once it is built: the parser asks for
	// the index on every line, and a load is cheaper than sync.Once.Do
	// with its closure.
	mkIndexReady atomic.Pointer[mkIndexT]
)

func mkIndex() *mkIndexT {
	if x := mkIndexReady.Load(); x != nil {
		return x
	}
	return mkBuildIndex()
}

// mkBuildIndex builds the index once.
func mkBuildIndex() *mkIndexT {
	mkIndexOnce.Do(func() {
		x := &mkIndexT{
			unitsBefore: map[string][]mkUnitRef{},
			unitsAfter:  map[string][]mkUnitRef{},
			ordinals:    map[string]int{},
			exact:       map[string]mkSectionRef{},
			unitsFolded: map[string]*mkUnits{},
			unitLens:    map[rune]uint64{},
		}
		for _, t := range mkTables {
			for _, u := range t.units {
				k := mkFoldWord(u.word)
				x.unitsFolded[k] = &mkUnits{}
				if rs := []rune(k); len(rs) >= 3 {
					h := mkPrefix3Bit(rs[0], rs[1], rs[2])
					x.unitPrefix3[h/64] |= 1 << (h % 64)
				}
				if r, _ := utf8.DecodeRuneInString(k); k != "" {
					bit := uint64(1) << min(len(k), 63)
					if r < mkUnitSmall {
						x.unitLensSmall[r] |= bit
					} else {
						x.unitLens[r] |= bit
					}
				}
				if k != "" && k[0] < utf8.RuneSelf && len(k) < 64 {
					x.unitASCII[k[0]] |= 1 << len(k)
				}
				if u.after {
					x.unitsAfter[k] = append(x.unitsAfter[k], mkUnitRef{t.code, u})
				} else {
					x.unitsBefore[k] = append(x.unitsBefore[k], mkUnitRef{t.code, u})
				}
			}
			for w, v := range t.ordinals {
				x.ordinals[mkFoldWord(w)] = v
			}
			for _, s := range t.sections {
				f := mkFoldPhrase(s.phrase)
				r, _ := utf8.DecodeRuneInString(f)
				ref := mkSectionRef{lang: t.code, folded: f, first: r, s: s, han: mkAllHan(f)}
				if _, dup := x.exact[f]; !dup {
					x.exact[f] = ref
				}
				x.all = append(x.all, ref)
				if s.addressee {
					x.prefixes = append(x.prefixes, ref)
				}
			}
		}
		for k, u := range x.unitsFolded {
			u.before, u.after = x.unitsBefore[k], x.unitsAfter[k]
			x.addUnitASCII(k, u)
			x.addUnitFold(k, u)
		}
		// Longest first so that "resolves to instruct" is tried before
		// "resolves", "进一步考虑到" before "考虑到".
		longest := func(rs []mkSectionRef) func(i, j int) bool {
			return func(i, j int) bool { return len(rs[i].folded) > len(rs[j].folded) }
		}
		sort.SliceStable(x.prefixes, longest(x.prefixes))
		x.prefixesByFirst = map[rune][]mkSectionRef{}
		for _, ref := range x.prefixes {
			x.prefixesByFirst[ref.first] = append(x.prefixesByFirst[ref.first], ref)
		}
		sort.SliceStable(x.all, longest(x.all))
		// Word bounds. A line that one phrase reads has the words of the
		// phrase and, after a phrase that names whom it addresses, those
		// of mkAddressee (at most 14; at most 30 characters in Chinese,
		// which needs no spaces). A line that runs two phrases of a
		// language together has the words of the first and what the
		// second may have.
		own := func(ref mkSectionRef) int {
			w := mkWords(ref.folded)
			switch {
			case ref.s.addressee && ref.lang == "zh":
				w += 31
			case ref.s.addressee:
				w += 14
			}
			return w
		}
		langWords := map[string]int{}
		for _, ref := range x.all {
			langWords[ref.lang] = max(langWords[ref.lang], own(ref))
		}
		for i := range x.all {
			ref := &x.all[i]
			ref.words = mkWords(ref.folded) + langWords[ref.lang]
		}
		x.byFirst = map[rune][]mkSectionRef{}
		var tb mkTrieBuilder
		for i, ref := range x.all {
			x.byFirst[ref.first] = append(x.byFirst[ref.first], ref)
			tb.add(ref, int32(i))
		}
		x.trie = tb.trie()
		for r := range x.byFirst {
			if r >= mkHanFirst && r <= mkHanLast {
				x.sectionFirstHan[(r-mkHanFirst)/64] |= 1 << ((r - mkHanFirst) % 64)
			}
		}
		for _, ref := range x.all {
			if ref.han {
				x.hanMax = max(x.hanMax, len(ref.folded))
			}
		}
		x.hanLine = 2*x.hanMax + 30*3
		var folded []string
		for _, ref := range x.all {
			folded = append(folded, ref.folded)
		}
		x.trie.fillStart8(folded)
		x.refsAt = make([][]int32, len(x.trie.nodes))
		for i, ref := range x.all {
			n := x.trie.find(ref.folded)
			x.refsAt[n] = append(x.refsAt[n], int32(i))
		}
		x.sectionFirstBytes()
		// startASCII has the bit c<<7|d set when a phrase starts with the
		// ASCII bytes c and d.
		var startASCII [1 << 14 / 64]uint64
		for _, ref := range x.all {
			switch f := ref.folded; {
			case len(f) >= 2 && f[0] < utf8.RuneSelf && f[1] < utf8.RuneSelf:
				k := int(f[0])<<7 | int(f[1])
				startASCII[k/64] |= 1 << (k % 64)
			case len(f) == 1 && f[0] < utf8.RuneSelf:
				for d := 0; d < utf8.RuneSelf; d++ {
					k := int(f[0])<<7 | d
					startASCII[k/64] |= 1 << (k % 64)
				}
			}
		}
		// startPair, worked out a row (the 128 bits of one first byte)
		// at a time: all set after white space; otherwise the row of
		// startASCII of the lowered byte, with the bit of each capital
		// that of its small letter, and white space set.
		for c := 0; c < utf8.RuneSelf; c++ {
			row := [2]uint64{^uint64(0), ^uint64(0)}
			if !mkASCIISpace(byte(c)) {
				lc := c
				if c >= 'A' && c <= 'Z' {
					lc += 'a' - 'A'
				}
				row = [2]uint64{startASCII[2*lc], startASCII[2*lc+1]}
				for d := 'A'; d <= 'Z'; d++ {
					small := row[(d+'a'-'A')/64] >> ((d + 'a' - 'A') % 64) & 1
					row[d/64] = row[d/64]&^(1<<(d%64)) | small<<(d%64)
				}
				for _, d := range []int{'\t', '\n', '\v', '\f', '\r', ' '} {
					row[d/64] |= 1 << (d % 64)
				}
			}
			x.startPair[2*c], x.startPair[2*c+1] = row[0], row[1]
		}
		for r := rune(0x80); r < 0x800; r++ {
			x.sectionFirst2[r] = unicode.IsSpace(r) || x.trie.starts(mkFoldRune(r))
		}
		x.fastExact = make([]int32, len(x.trie.nodes))
		for n, i := range x.trie.exact {
			x.fastExact[n] = -1
			// mkSentenceFold of the phrase.
			if f := x.all[max(i, 0)].folded; i >= 0 && !strings.ContainsAny(f, ".;") && !strings.Contains(f, "。") && len(f) <= mkFastMax {
				x.fastExact[n] = i
			}
		}
		mkIndexVal = x
		mkIndexReady.Store(x)
	})
	return mkIndexVal
}

// sectionFirstBytes fills sectionFirst. A line that starts with a byte
// other than white space is trimmed to a line that starts with the same
// rune, or to nothing; the rune is one that starts with the byte, or
// utf8.RuneError when the bytes are no UTF-8. sectionSlow's first check
// folds it and looks it up in the trie. Lead bytes of runes of three
// bytes or more are let through.
func (x *mkIndexT) sectionFirstBytes() {
	bad := x.trie.starts(mkFoldRune(utf8.RuneError))
	for c := 0; c < 256; c++ {
		may := true
		switch {
		case c < utf8.RuneSelf:
			may = mkASCIISpace(byte(c)) || x.trie.starts(mkFoldRune(rune(c)))
		case c < 0xC2 || c > 0xF4:
			may = bad
		case c <= 0xDF:
			may = bad
			for r := rune(c&0x1F) << 6; r < rune(c&0x1F)<<6+64; r++ {
				may = may || unicode.IsSpace(r) || x.trie.starts(mkFoldRune(r))
			}
		}
		x.sectionFirst[c] = may
	}
}

// mkHanFirst and mkHanLast bound the CJK ideographs of sectionFirstHan,
// whose UTF-8 starts with a byte from E4 to E9.
const (
	mkHanFirst = 0x4E00
	mkHanLast  = 0x9FFF
)

// mayStartHan reports whether a line that starts with the three bytes of
// a CJK ideograph r may be a heading: a phrase starts with it. Trimming
// leaves r at the start of the line, and folding leaves it as it is
// (mkFoldRune) and composes it with nothing: the first check of
// sectionSlow, which needs a phrase that starts with the fold of the
// first rune of the line, reads r.
func (x *mkIndexT) mayStartHan(r rune) bool {
	return x.sectionFirstHan[(r-mkHanFirst)/64]&(1<<((r-mkHanFirst)%64)) != 0
}

// mkAllHan reports whether s is made of CJK ideographs alone, from
// mkHanFirst to mkHanLast (lead bytes E4 to E9, from E4 B8 80).
func mkAllHan(s string) bool {
	if len(s)%3 != 0 {
		return false
	}
	for i := 0; i+2 < len(s); i += 3 {
		c, c1 := s[i], s[i+1]
		if c < 0xE4 || c > 0xE9 || c1&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 || c == 0xE4 && c1 < 0xB8 {
			return false
		}
	}
	return true
}

// sectionHan is sectionFolded of a line of ideographs and "、" alone (its
// own fold), read along the trie: the phrases that end along it
// (trieEnds), the line itself a phrase, or sectionFoldedEnds of those
// phrases, as fastFull reads a fold.
func (x *mkIndexT) sectionHan(text string) (SectionMatch, bool) {
	// The bytes of text, which the trie's readings only read.
	f := unsafe.Slice(unsafe.StringData(text), len(text))
	var ends [mkEndsMax]int
	var endAt [mkEndsMax]int32
	ne, exact, ok := x.trie.trieEnds(f, &ends, &endAt)
	switch {
	case !ok:
		return x.sectionFolded(text)
	case exact >= 0:
		ref := &x.all[x.trie.exact[exact]]
		return SectionMatch{Key: ref.s.key, Lang: ref.lang}, true
	}
	return x.sectionFoldedEnds(f, ends[:ne], endAt[:ne])
}

// mkHanLine reports whether s is made of CJK ideographs (as mkAllHan
// reads them) and "、" (E3 80 81) alone.
func mkHanLine(s string) bool {
	if len(s)%3 != 0 {
		return false
	}
	for ; len(s) >= 3; s = s[3:] {
		c, c1, c2 := s[0], s[1], s[2]
		// Two continuation bytes after E5 to E9, or after E4 from B8.
		if (uint(c1)|uint(c2)<<8)&0xC0C0 == 0x8080 && (c-0xE5 < 5 || c == 0xE4 && c1 >= 0xB8) {
			continue
		}
		if c == 0xE3 && c1 == 0x80 && c2 == 0x81 {
			continue
		}
		return false
	}
	return true
}

// mkUnitSmall bounds the first runes of heading words whose lengths are
// kept in an array (Latin, Greek, Cyrillic, Arabic) rather than a map.
const mkUnitSmall = 0x700

// unitFirstLens returns the lengths of the folded heading words that start
// with r, as a bit set (see unitLens): zero when none does.
func (x *mkIndexT) unitFirstLens(r rune) uint64 {
	if r >= 0 && r < mkUnitSmall {
		return x.unitLensSmall[r]
	}
	return x.unitLens[r]
}

// mkPrefix3Bits is the size of the bit set of the first three runes of
// heading words.
const mkPrefix3Bits = 4096

// mkPrefix3Bit hashes three runes to a bit of unitPrefix3.
func mkPrefix3Bit(a, b, c rune) uint32 {
	h := (uint32(a)*0x9E3779B1 ^ uint32(b)) * 0x85EBCA6B
	h = (h ^ uint32(c)) * 0xC2B2AE35
	return h >> (32 - 12)
}

// mayStartUnit reports whether a folded heading word of three runes or
// more may start with the runes a, b, c.
func (x *mkIndexT) mayStartUnit(a, b, c rune) bool {
	h := mkPrefix3Bit(a, b, c)
	return x.unitPrefix3[h/64]&(1<<(h%64)) != 0
}

// mayBeUnit reports whether the folded word k may be a heading word, by
// its first rune and its length: most words are ruled out so without a
// lookup in unitsFolded, unitsBefore or unitsAfter.
func (x *mkIndexT) mayBeUnit(k []byte) bool {
	if len(k) == 0 {
		return true // let the lookup say
	}
	r := rune(k[0])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRune(k)
	}
	return x.unitFirstLens(r)&(1<<min(len(k), 63)) != 0
}

// mkFoldWord folds a heading word for lookup: NFKC, lower case, Arabic
// diacritics and tatweel removed, hamzated alefs written as bare alef.
func mkFoldWord(s string) string {
	return string(mkAppendFold(make([]byte, 0, len(s)), s))
}

// mkAppendFold appends mkFoldWord(s) to b: lookups fold into a buffer on
// the stack and index their maps with it, without a string.
func mkAppendFold(b []byte, s string) []byte {
	s = norm.NFKC.String(s)
	for _, r := range s {
		if r = mkFoldRune(r); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// mkFoldRune folds one rune as mkFoldWord does; -1 drops it.
func mkFoldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if r >= 'A' && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	case r >= 0x0410 && r <= 0x042F: // Cyrillic capitals А-Я
		return r + 0x20
	case r >= 0x0430 && r <= 0x044F, r >= 0x4E00 && r <= 0x9FFF: // а-я, CJK ideographs
		return r
	case r >= 0x0621 && r <= 0x064A: // Arabic letters, without case
		switch r {
		case 'ـ':
			return -1
		case 'أ', 'إ', 'آ':
			return 'ا'
		case 'ى':
			return 'ي'
		}
		return r
	case r == 'ـ' || (r >= 0x064B && r <= 0x0652) || r == 0x0670:
		return -1 // tatweel, harakat, superscript alef
	case r == 'أ' || r == 'إ' || r == 'آ':
		return 'ا'
	case r == 'ى' || r == 'ی':
		return 'ي'
	case r == 'ک':
		return 'ك'
	}
	return unicode.ToLower(r)
}

// mkFoldPhrase folds a section heading line: mkFoldWord, runs of white
// space as one space, no space at either end.
func mkFoldPhrase(s string) string {
	s = mkFoldWord(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mkAppendFoldPlain appends mkFoldPhrase(s) to b when s is plain: every
// rune of it is one that NFKC leaves as it is and that composes with
// nothing (mkPlainRune), so that folding rune by rune is the same as
// normalizing first. plain is false, and b unchanged, otherwise.
func mkAppendFoldPlain(b []byte, s string) (_ []byte, plain bool) {
	n0 := len(b)
	space := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if r, size = mkDecodeRune(s[i:]); !mkPlainRune(r) {
				return b[:n0], false
			}
			// No plain rune is white space.
		} else if mkASCIISpace(byte(r)) {
			i++
			space = len(b) > n0
			continue
		}
		i += size
		if r = mkFoldFast(r); r < 0 {
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r)
	}
	return b, true
}

// mkPlainRune reports whether NFKC leaves the non-ASCII rune r as it is
// in any text of such runes and ASCII: Latin-1 letters, Greek, Cyrillic
// and Arabic letters, CJK ideographs and "、。", which are their own
// normal forms, and the harakat, which compose with nothing (and which
// folding drops, so that their order does not matter). Folding maps each
// of them to one such rune, or drops it, and none of them is a space.
func mkPlainRune(r rune) bool {
	if r < mkClassRunes {
		return mkRune2[r]&mkClassPlain != 0
	}
	return mkInert(r) || mkHaraka(r)
}

// SectionMatch is a section heading of a resolution, read by Section.
//
// Key is the English key of the heading ("considering", "recalling",
// "instructs"), the same in every language. OldKey is set when the line is
// a flattened revision pair ("考虑到忆及": 考虑到 deleted, 忆及 inserted): Key
// is then the new heading and OldKey the deleted one. Lang is the language
// whose table knows the heading.
type SectionMatch struct {
	Key, OldKey string
	Lang        string
}

// Section reads a line that is a section heading of a UN, ITU or EU
// resolution ("considering", "considérant", "учитывая", "إذ تضع في اعتبارها",
// "考虑到", ...), in any language of the tables. The heading must be the
// whole line, in any case, with white space around it and one trailing
// ":", ",", "：" or "，" allowed. Headings that name whom they address
// ("instructs the Director of the Telecommunication Standardization
// Bureau", "请成员国、部门成员…") read as their verb ("instructs", "invites").
// A line that runs two headings together, as text extracted from a
// document with tracked changes does ("考虑到忆及", "consideringrecalling"),
// reads as the second, with OldKey the first.
func Section(text string) (SectionMatch, bool) {
	x := mkIndex()
	if text != "" && !x.sectionFirst[text[0]] {
		return SectionMatch{}, false
	}
	if len(text) > 1 && text[0] >= 0xC2 && text[0] <= 0xDF && text[1]&0xC0 == 0x80 &&
		!x.sectionFirst2[rune(text[0]&0x1F)<<6|rune(text[1]&0x3F)] {
		return SectionMatch{}, false
	}
	if len(text) >= 3 && text[0] >= 0xE4 && text[0] <= 0xE9 && text[1]&0xC0 == 0x80 && text[2]&0xC0 == 0x80 {
		// A CJK ideograph, most often, or a rune from U+4000 to U+4DFF.
		if r := rune(text[0]&0x0F)<<12 | rune(text[1]&0x3F)<<6 | rune(text[2]&0x3F); r >= mkHanFirst && !x.mayStartHan(r) {
			return SectionMatch{}, false
		}
		// A line of ideographs and "、" alone is its own fold (they are
		// no white space, fold to themselves and compose with nothing),
		// with no sentence punctuation and one word at most, and no
		// trimming: it passes every check on the start and the words of
		// a line that sectionFolded reads as a heading (those checks are
		// necessary conditions of its readings), and Section reads it as
		// sectionFolded does, without walking it. A heading so read (a
		// phrase, a phrase and whom it addresses, at most 30 runes, or
		// two phrases run together) is no longer than hanLine; a longer
		// line is left to the walks, which rule it out sooner.
		if len(text) <= x.hanMax {
			// A phrase of ideographs alone, most often: the line is
			// those ideographs, and that phrase the first of the
			// tables' phrases that fold to it.
			if ref, ok := x.exact[text]; ok && ref.han {
				return SectionMatch{Key: ref.s.key, Lang: ref.lang}, true
			}
		}
		if len(text) <= x.hanLine && mkHanLine(text) {
			return x.sectionHan(text)
		}
	}
	if len(text) >= 3 && text[0]|text[1]|text[2] < utf8.RuneSelf {
		// Trimming keeps the first two bytes, or leaves at most the
		// first, which startPair allows for any phrase of one byte.
		// (startPair, which holds ASCII pairs only, is read only for
		// those.)
		if k := int(text[0])<<7 | int(text[1]); x.startPair[k/64]&(1<<(k%64)) == 0 {
			return SectionMatch{}, false
		}
	}
	line := text
	switch n := len(text); {
	case mkNoTrim(text):
	case n > 2 && (text[n-1] == ',' || text[n-1] == ':') && mkNoTrim(text[:n-1]):
		// One trailing "," or ":" after a line that mkTrimSection leaves
		// as it is, as many lines of running text end: mkTrimSection
		// trims just that byte (the line ends with no white space, and
		// before it with neither "," nor ":" nor "：" nor "，").
		line = text[:n-1]
	default:
		line = mkTrimSection(text)
	}
	if line == "" || len(line) > 400 {
		return SectionMatch{}, false
	}
	var m SectionMatch
	switch x.sectionFastTo(line, &m) {
	case mkFastNo:
		return SectionMatch{}, false
	case mkFastYes:
		return m, true
	}
	if m, ok, done := x.sectionQuick(line); done {
		return m, ok
	}
	return x.sectionSlow(line)
}

// sectionSlow is Section after trimming, reading the line in several
// passes: sectionQuick leaves it the lines that it cannot settle, and the
// tests compare the two.
func (x *mkIndexT) sectionSlow(line string) (SectionMatch, bool) {
	// Quick checks on the first letter and on the start of the line
	// before reading the whole line.
	if first, _ := utf8.DecodeRuneInString(line); !x.trie.starts(mkFoldRune(first)) {
		return SectionMatch{}, false
	}
	var sbuf [128]byte
	ok, words, start, complete := x.sectionPrefix(line, sbuf[:0])
	if !ok || !x.sectionShape(start, complete) || mkSentence(line) || mkMoreWords(line, words) {
		return SectionMatch{}, false
	}
	// Most headings are plain text that folds rune by rune: look the
	// fold up without a string first.
	var buf [400]byte
	if b, plain := mkAppendFoldPlain(buf[:0], line); plain {
		if ref, ok := x.exact[string(b)]; ok {
			return SectionMatch{Key: ref.s.key, Lang: ref.lang}, true
		}
		return x.sectionFolded(string(b))
	}
	return x.sectionFolded(mkFoldPhrase(line))
}

// mkTrimSection trims what Section allows around a heading: white space
// (as strings.TrimFunc with unicode.IsSpace), then any trailing ":", ",",
// "：" and "，" (as strings.TrimRight). A line with a letter at both ends,
// as most are, is left as it is after decoding those two.
func mkTrimSection(text string) string {
	if text == "" {
		return text
	}
	if c := text[0]; c < utf8.RuneSelf && mkASCIISpace(c) || c >= utf8.RuneSelf && mkIsSpace(mkFirstRune(text)) {
		text = strings.TrimLeftFunc(text, unicode.IsSpace)
	}
	if text == "" {
		return text
	}
	if c := text[len(text)-1]; c < utf8.RuneSelf && mkASCIISpace(c) || c >= utf8.RuneSelf && mkSpaceEnd(text) {
		text = strings.TrimRightFunc(text, unicode.IsSpace)
	}
	if text == "" {
		return text
	}
	switch text[len(text)-1] {
	case ':', ',', 0x9A, 0x8C: // the last bytes of ":", ",", "：", "，"
	default:
		return text
	}
	for n := len(text); n > 0; n = len(text) {
		switch c := text[n-1]; {
		case c == ':' || c == ',':
			text = text[:n-1]
		case n >= 3 && text[n-3] == 0xEF && text[n-2] == 0xBC && (c == 0x9A || c == 0x8C): // "：", "，"
			text = text[:n-3]
		default:
			return text
		}
	}
	return text
}

// mkNoTrim reports whether mkTrimSection leaves text as it is, by the
// bytes at its ends: it starts with ASCII other than white space or with
// the first byte of a rune from U+00C0 to U+07FF or from U+4000 to
// U+9FFF, none of which is white space, and it ends with ASCII other than
// white space, ":" and ",", or with such a rune of two bytes or a CJK
// ideograph (none of them ends "：" or "，").
func mkNoTrim(text string) bool {
	n := len(text)
	if n < 2 || mkTrimEdge[text[0]]&mkKeepStart == 0 {
		return false
	}
	switch c := text[n-1]; {
	case c < utf8.RuneSelf:
		return mkTrimEdge[c]&mkKeepEnd != 0
	case c&0xC0 == 0x80:
		return text[n-2] >= 0xC3 && text[n-2] <= 0xDF || mkIdeographEnd(text)
	}
	return false
}

// mkTrimEdge holds, by byte, what mkNoTrim reads of the byte at either
// end of a line: mkKeepStart for the first bytes it lets through at the
// start (ASCII other than white space, C3 to DF, E4 to E9), mkKeepEnd
// for the ASCII it lets through at the end (other than white space, ":"
// and ",").
var mkTrimEdge = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c < utf8.RuneSelf && !mkASCIISpace(byte(c)):
			t[c] |= mkKeepStart
			if c != ':' && c != ',' {
				t[c] |= mkKeepEnd
			}
		case c >= 0xC3 && c <= 0xDF, c >= 0xE4 && c <= 0xE9:
			t[c] |= mkKeepStart
		}
	}
	return t
}()

const (
	mkKeepStart = 1 << iota
	mkKeepEnd
)

// mkSpaceEnd reports whether text ends with white space above ASCII
// (unicode.IsSpace of utf8.DecodeLastRuneInString), by its bytes: U+0085,
// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F or
// U+3000 (TestSpaceEnd).
func mkSpaceEnd(text string) bool {
	n := len(text)
	if n >= 2 && text[n-2] == 0xC2 {
		return text[n-1] == 0x85 || text[n-1] == 0xA0
	}
	if n < 3 {
		return false
	}
	a, b, c := text[n-3], text[n-2], text[n-1]
	switch a {
	case 0xE1:
		return b == 0x9A && c == 0x80
	case 0xE2:
		return b == 0x80 && (c >= 0x80 && c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) || b == 0x81 && c == 0x9F
	case 0xE3:
		return b == 0x80 && c == 0x80
	}
	return false
}

// mkIdeographEnd reports whether s ends with a CJK ideograph from U+4000
// to U+9FFF (lead bytes E4 to E9), which is no white space.
func mkIdeographEnd(s string) bool {
	n := len(s)
	return n >= 3 && s[n-3] >= 0xE4 && s[n-3] <= 0xE9 && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80
}

// mkASCIISpace reports whether the ASCII byte c is white space
// (unicode.IsSpace).
func mkASCIISpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

// mkIsSpace is unicode.IsSpace, quicker on the letters of the common
// scripts: no rune from U+0100 to U+167F or from U+3001 to U+FEFE is
// white space.
func mkIsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return mkASCIISpace(byte(r))
	}
	if r >= 0x100 && r < 0x1680 || r >= 0x3001 && r < 0xFEFF {
		return false
	}
	return unicode.IsSpace(r)
}

// sectionFolded reads a folded line (mkFoldPhrase) as Section does: one
// heading, or two run together.
func (x *mkIndexT) sectionFolded(f string) (SectionMatch, bool) {
	if ref, ok := x.sectionAt(f); ok {
		return SectionMatch{Key: ref.s.key, Lang: ref.lang}, true
	}
	// A flattened pair: a heading run together with the next one, with or
	// without a space between them. The longest first heading wins.
	r0, _ := utf8.DecodeRuneInString(f)
	for _, ref := range x.byFirst[r0] {
		if len(ref.folded) >= len(f) || !strings.HasPrefix(f, ref.folded) {
			continue
		}
		rest := strings.TrimPrefix(f[len(ref.folded):], " ")
		nref, ok := x.sectionAt(rest)
		if !ok || nref.lang != ref.lang {
			continue
		}
		return SectionMatch{Key: nref.s.key, OldKey: ref.s.key, Lang: nref.lang}, true
	}
	return SectionMatch{}, false
}

// sectionPrefix is a necessary condition for Section to read line as a
// heading, checked without normalizing the whole line: every reading
// (a phrase, a phrase and its addressee, two phrases run together) needs
// the folded line to start with one of the phrases. It folds the start of
// the line as mkFoldPhrase does, as far as the runes can be folded one by
// one (ASCII and mkInert runes, which normalization leaves as they are,
// and the harakat, which folding drops),
// and looks for a phrase that this folded start begins with, or that
// begins with it when the fold stopped early. words bounds the words of
// the line that those phrases allow.
//
// It walks the phrase trie as it folds, so it stops soon after the first
// byte that no phrase has there: a rune more tells whether the fold would
// have stopped early and left that byte out, and nothing after that can
// change the answer.
func (x *mkIndexT) sectionPrefix(line string, b []byte) (ok bool, words int, start []byte, complete bool) {
	t := &x.trie
	var w mkTrieWalk
	n0 := len(b)
	complete = true
	space := false
	// No need to fold further than the longest phrase that starts with
	// the first rune (and one rune more, which may be left out).
	limit := 128 - utf8.UTFMax - 1
	for i := 0; i < len(line); {
		r, size := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, size = mkDecodeRune(line[i:])
			if !mkPlainRune(r) {
				complete = false
				break
			}
		}
		if w.n > limit {
			complete = false
			break
		}
		i += size
		if r < utf8.RuneSelf && mkASCIISpace(byte(r)) {
			space = w.n > 0
			continue
		}
		if r = mkFoldFast(r); r < 0 {
			continue
		}
		if w.node < 0 {
			// A byte no phrase has at its place is followed by this
			// rune: the fold keeps that byte however it ends.
			return w.ok, w.words, b, false
		}
		if space {
			t.walk(&w, ' ')
			b = append(b, ' ')
			space = false
		}
		first := w.n == 0
		w.prev = w.mkTrieAt
		k := len(b)
		b = utf8.AppendRune(b, r)
		for _, c := range b[k:] {
			t.walk(&w, c)
		}
		if first {
			limit = min(limit, t.longest(w.node)+utf8.UTFMax)
		}
		t.ended(&w)
	}
	if !complete {
		// The rune where the fold stopped may combine with the one before
		// it: leave that one out.
		w.mkTrieAt = w.prev
		b = b[:n0+w.n]
	}
	if w.n == 0 {
		return true, math.MaxInt, b, complete // nothing to tell by
	}
	if !complete {
		t.below(&w)
	}
	return w.ok, w.words, b, complete
}

// sectionShape is a second necessary condition, on the folded start of a
// line that sectionPrefix read (the whole folded line when complete):
// every reading is a phrase alone, a phrase that names an addressee and
// whom it addresses, or a phrase and another of its language. So the
// start is a phrase, or the start of one, or it goes on past a phrase
// that names an addressee, or past a phrase to another phrase of the same
// language, or to the start of one. This rules out the lines of running
// text that begin with a heading word ("Considérant que ...") before
// reading the rest of them.
func (x *mkIndexT) sectionShape(start []byte, complete bool) bool {
	if !complete && len(start) > 0 && start[len(start)-1] == ' ' {
		// The line goes on after the space, or it may end there.
		start = start[:len(start)-1]
	}
	t := &x.trie
	n := int32(0)
	for i := 0; i < len(start); i++ {
		if n = t.child(n, start[i]); n < 0 {
			return false
		}
		nd := &t.nodes[n]
		if nd.end < 0 || i+1 == len(start) {
			continue
		}
		// A phrase ends inside the start.
		rest := start[i+1:]
		if len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:]
		}
		if nd.addressee || t.startsIn(rest, nd.endLangs) {
			return true
		}
	}
	return !complete || t.nodes[n].end >= 0
}

// mkTrie holds the folded section phrases byte by byte. Node 0 is the
// root; a node stands for the bytes that lead to it. The nodes are laid
// out breadth first, so that the children of a node follow each other,
// and small, as Section walks them for most lines it reads.
type mkTrie struct {
	nodes []mkTrieNode
	// exact[n] is the index in mkIndexT.all of the first phrase (in
	// table order, as mkIndexT.exact keeps it) that ends at node n, -1
	// for none.
	exact []int32
	// dense holds a row of 256 bytes for each node with more than one
	// child, after a row of zeros: the child of such a node by byte c is
	// kid+k-1 where k is dense[edge*256+c], none when k is 0.
	dense []uint8
	// root[c] is the child of the root by byte c, 0 for none.
	root [256]int32
	// chains[n] is the run of nodes with one child from node n, which
	// sectionQuick and trieEnds skip in one comparison; chainBytes holds
	// their bytes.
	chains     []mkChain
	chainBytes string
	// start8 holds, by their hash (mkHash8), the starts of eight bytes
	// of the folded phrases that sectionFastTo may skip in one step: the
	// node they lead to, where no phrase ends before, at the end of a
	// rune other than a space; every rune of them one that fastWalk
	// reads and folding keeps as it is (mkFastKeep).
	start8 [mkStart8Size]mkStart8
	// start8Two has the bit c<<8|d set when a start of start8 begins
	// with the bytes c and d, ASCII capitals lowered.
	start8Two [1 << 16 / 64]uint64
}

// mkStart8 is an entry of mkTrie.start8: node 0 for none.
type mkStart8 struct {
	key  uint64
	node int32
}

// mkStart8Size is the size of mkTrie.start8, a power of two.
const mkStart8Size = 1024

// mkHash8 is the slot of a key in mkTrie.start8.
func mkHash8(w uint64) uint64 {
	return (w * 0x9E3779B97F4A7C15) >> (64 - 10)
}

// mkLower8 lowers the ASCII capitals of eight bytes, which it leaves as
// they are otherwise.
func mkLower8(w uint64) uint64 {
	h := w & 0x7F7F7F7F7F7F7F7F
	upper := (h + 0x3F3F3F3F3F3F3F3F) &^ (h + 0x2525252525252525) &^ w & 0x8080808080808080
	return w | upper>>2
}

// startAt8 is the node that the first eight bytes of line (of eight
// bytes or more) lead to when start8 has them, ASCII capitals lowered,
// and 0 otherwise. A line whose first bytes are those of a start of
// start8 folds to them: its runes there are those of the phrase, or
// their capitals in ASCII, and the rune after them follows a rune that
// composes with nothing.
func (t *mkTrie) startAt8(line string) int32 {
	w := uint64(line[0]) | uint64(line[1])<<8 | uint64(line[2])<<16 | uint64(line[3])<<24 |
		uint64(line[4])<<32 | uint64(line[5])<<40 | uint64(line[6])<<48 | uint64(line[7])<<56
	w = mkLower8(w)
	for k := mkHash8(w); ; k = (k + 1) % mkStart8Size {
		e := &t.start8[k]
		if e.node == 0 || e.key == w {
			return e.node
		}
	}
}

// mayStart8 reports whether a start of start8 may begin with the first
// two bytes of line (of two bytes or more), ASCII capitals lowered.
func (t *mkTrie) mayStart8(line string) bool {
	c, d := line[0], line[1]
	if c-'A' < 26 {
		c += 'a' - 'A'
	}
	if d-'A' < 26 {
		d += 'a' - 'A'
	}
	k := int(c)<<8 | int(d)
	return t.start8Two[k/64]&(1<<(k%64)) != 0
}

// fillStart8 fills start8 from the folded phrases.
func (t *mkTrie) fillStart8(phrases []string) {
	n := 0
	for _, f := range phrases {
		if len(f) < 8 || len(f) > 8 && !utf8.RuneStart(f[8]) || f[7] == ' ' {
			continue
		}
		ok := true
		for k, r := range f[:8] {
			if !mkFastKeep(r) || k > 0 && t.nodes[t.find(f[:k])].end >= 0 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		w := uint64(0)
		for k := 7; k >= 0; k-- {
			w = w<<8 | uint64(f[k])
		}
		node := t.find(f[:8])
		for k := mkHash8(w); ; k = (k + 1) % mkStart8Size {
			e := &t.start8[k]
			if e.node == 0 {
				if n++; n > mkStart8Size/2 {
					panic("lang: start8 is too small")
				}
				*e = mkStart8{w, node}
				k := int(f[0])<<8 | int(f[1])
				t.start8Two[k/64] |= 1 << (k % 64)
				break
			}
			if e.key == w {
				break
			}
		}
	}
}

// mkFastKeep reports whether fastWalk reads r and folding keeps it as it
// is: ASCII other than capitals and white space (but for the space), the
// plain runes of two bytes that fold to themselves, CJK ideographs and
// "、。".
func mkFastKeep(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || !mkASCIISpace(byte(r)) && (r < 'A' || r > 'Z')
	case r < 0x800:
		return mkPlainRune(r) && mkFoldRune(r) == r
	}
	return r >= 0x4E00 && r <= 0x9FFF || r == 0x3001 || r == 0x3002
}

// mkChain is the run of nodes with one child that starts at a node: the
// bytes chainBytes[at:at+n] lead from it to node to, the first on the way
// where a phrase ends or that has no child or more than one. Of those
// bytes, the first raw, up to a rune that is no plain rune folding keeps
// as it is (mkPlainRune), and without a space at the end, lead to node
// rawTo: where those bytes stand in a line, its fold has them too.
type mkChain struct {
	at, n, to  int32
	raw, rawTo int32
}

type mkTrieNode struct {
	// kids are the nodes kid, kid+1, ... that n bytes lead to; edge0 is
	// the first of those bytes, and edge the row of dense of a node with
	// more than one child (0 for a node with none).
	kid, edge int32
	n         uint8
	edge0     byte
	// addressee: a phrase that ends here may name whom it addresses.
	addressee bool
	// raw: the chain from here (mkTrie.chains) has a raw part.
	raw bool
	// end is the most words (mkSectionRef.words) of the phrases that end
	// here, below of those that go on past here; -1 for none.
	end, below int32
	// longest is the length of the longest phrase at or under the node.
	longest int32
	// endLangs are the languages (bits of mkLangBit) of the phrases that
	// end here, langs those of the phrases that end here or further on.
	endLangs, langs uint32
}

// mkTrieBuilder builds an mkTrie one phrase at a time.
type mkTrieBuilder struct {
	nodes []mkTrieBuildNode
}

type mkTrieBuildNode struct {
	node  mkTrieNode // all but the links
	edges string
	kids  []int32
	exact int32
}

// add puts a phrase into the trie; i is its index in mkIndexT.all, which
// lists the phrases of one fold in table order.
func (tb *mkTrieBuilder) add(ref mkSectionRef, i int32) {
	folded, words, lang := ref.folded, int32(ref.words), mkLangBit(ref.lang)
	if len(tb.nodes) == 0 {
		tb.nodes = append(tb.nodes, mkTrieBuildNode{node: mkTrieNode{end: -1, below: -1}, exact: -1})
	}
	n := int32(0)
	for i := 0; i < len(folded); i++ {
		nd := &tb.nodes[n].node
		nd.below = max(nd.below, words)
		nd.langs |= lang
		nd.longest = max(nd.longest, int32(len(folded)))
		k := int32(-1)
		if j := strings.IndexByte(tb.nodes[n].edges, folded[i]); j >= 0 {
			k = tb.nodes[n].kids[j]
		} else {
			k = int32(len(tb.nodes))
			tb.nodes = append(tb.nodes, mkTrieBuildNode{node: mkTrieNode{end: -1, below: -1}, exact: -1})
			tb.nodes[n].edges += folded[i : i+1]
			tb.nodes[n].kids = append(tb.nodes[n].kids, k)
		}
		n = k
	}
	if tb.nodes[n].exact < 0 {
		tb.nodes[n].exact = i
	}
	nd := &tb.nodes[n].node
	nd.end = max(nd.end, words)
	nd.addressee = nd.addressee || ref.s.addressee
	nd.endLangs |= lang
	nd.langs |= lang
	nd.longest = max(nd.longest, int32(len(folded)))
}

// trie lays the nodes out breadth first.
func (tb *mkTrieBuilder) trie() mkTrie {
	var t mkTrie
	if len(tb.nodes) == 0 {
		tb.nodes = append(tb.nodes, mkTrieBuildNode{node: mkTrieNode{end: -1, below: -1}, exact: -1})
	}
	order := []int32{0}          // built node of each laid-out node
	t.dense = make([]uint8, 256) // row 0, of no child
	for i := 0; i < len(order); i++ {
		b := &tb.nodes[order[i]]
		nd := b.node
		nd.kid, nd.n = int32(len(order)), uint8(len(b.edges))
		if b.edges != "" {
			nd.edge0 = b.edges[0]
		}
		if len(b.edges) > 1 {
			if len(b.edges) > 254 {
				panic("lang: a trie node with more than 254 children")
			}
			nd.edge = int32(len(t.dense) / 256)
			row := make([]uint8, 256)
			for j := 0; j < len(b.edges); j++ {
				row[b.edges[j]] = uint8(j + 1)
			}
			t.dense = append(t.dense, row...)
		}
		for j, k := range b.kids {
			if i == 0 {
				t.root[b.edges[j]] = int32(len(order))
			}
			order = append(order, k)
		}
		t.nodes = append(t.nodes, nd)
		t.exact = append(t.exact, b.exact)
	}
	t.chainRuns()
	return t
}

// startsIn reports whether s can start a phrase of one of langs: a phrase
// of theirs is a prefix of s, or s is one of theirs or the start of one.
func (t *mkTrie) startsIn(s []byte, langs uint32) bool {
	n := int32(0)
	for _, c := range s {
		if n = t.child(n, c); n < 0 {
			return false
		}
		if t.nodes[n].endLangs&langs != 0 {
			return true
		}
	}
	return t.nodes[n].langs&langs != 0
}

// mkLangBit is the bit of a language of mkTables in a set of them. Past
// the 32nd table every language shares all bits, which makes the sets
// say less but nothing wrong.
func mkLangBit(code string) uint32 {
	for i, t := range mkTables {
		if t.code == code && i < 32 {
			return 1 << i
		}
	}
	return ^uint32(0)
}

// child is the node after byte c from node n, or -1.
func (t *mkTrie) child(n int32, c byte) int32 {
	if n == 0 {
		if k := t.root[c]; k > 0 {
			return k
		}
		return -1
	}
	nd := &t.nodes[n]
	if nd.n == 1 { // most nodes past the first bytes
		if nd.edge0 == c {
			return nd.kid
		}
		return -1
	}
	return t.childOf(nd, c)
}

// from is the node after byte c from the node nd, the root or another,
// or -1, and whether nd has more than one child (the root has a row of
// dense like those).
func (t *mkTrie) from(nd *mkTrieNode, c byte) (int32, bool) {
	if nd.n == 1 {
		if nd.edge0 != c {
			return -1, false
		}
		return nd.kid, false
	}
	return t.childOf(nd, c), true
}

// childOf is child of a node other than the root with no child or more
// than one, from its row of dense.
func (t *mkTrie) childOf(nd *mkTrieNode, c byte) int32 {
	if k := t.dense[int(nd.edge)<<8|int(c)]; k > 0 {
		return nd.kid + int32(k) - 1
	}
	return -1
}

// starts reports whether a phrase starts with the folded rune r (-1, a
// rune folding drops, starts none).
func (t *mkTrie) starts(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && t.root[r] > 0
	}
	var rb [utf8.UTFMax]byte
	n := int32(0)
	for _, c := range rb[:utf8.EncodeRune(rb[:], r)] {
		if n = t.child(n, c); n < 0 {
			return false
		}
	}
	return true
}

// longest is the length of the longest phrase under node n (0 off the
// trie).
func (t *mkTrie) longest(n int32) int {
	if n < 0 {
		return 0
	}
	return int(t.nodes[n].longest)
}

// mkTrieWalk is a walk down the trie along a folded text: the node
// reached (-1 once off the trie), the bytes read, and the phrases found
// so far that the text starts with. prev is where it stood before the
// last rune.
type mkTrieWalk struct {
	mkTrieAt
	prev mkTrieAt
}

type mkTrieAt struct {
	node  int32
	n     int
	ok    bool
	words int
}

// walk reads byte c.
func (t *mkTrie) walk(w *mkTrieWalk, c byte) {
	w.n++
	if w.node >= 0 {
		w.node = t.child(w.node, c)
	}
}

// ended notes the phrases that end where the walk stands.
func (t *mkTrie) ended(w *mkTrieWalk) {
	if w.node >= 0 && t.nodes[w.node].end >= 0 {
		w.ok, w.words = true, max(w.words, int(t.nodes[w.node].end))
	}
}

// below notes the phrases that go on past where the walk stands.
func (t *mkTrie) below(w *mkTrieWalk) {
	if w.node >= 0 && t.nodes[w.node].below >= 0 {
		w.ok, w.words = true, max(w.words, int(t.nodes[w.node].below))
	}
}

// mkWords counts the words of a folded phrase.
func mkWords(f string) int {
	return strings.Count(f, " ") + 1
}

// mkMoreWords reports whether line has more than max words that its fold
// keeps. Folding keeps every white space character as a space and every
// word that holds an ASCII character or an mkInert letter other than
// tatweel (normalization leaves those as they are, or composes them into
// a letter); a word made only of other characters may vanish (harakat,
// tatweel) and is not counted.
func mkMoreWords(line string, max int) bool {
	n := 0
	counted := false // the current word is counted
	for i := 0; i < len(line); {
		if c := line[i]; c < utf8.RuneSelf {
			i++
			switch {
			case mkASCIISpace(c):
				counted = false
			case !counted:
				counted = true
				if n++; n > max {
					return true
				}
			}
			continue
		}
		r, size := mkDecodeRune(line[i:])
		i += size
		switch {
		case mkIsSpace(r):
			counted = false
		case !counted && mkInert(r) && r != 'ـ':
			counted = true
			if n++; n > max {
				return true
			}
		}
	}
	return false
}

// mkSentence reports whether line holds sentence punctuation (".", ";",
// "。", "；") or a tab, which no heading has.
func mkSentence(line string) bool {
	return strings.IndexByte(line, '.') >= 0 || strings.IndexByte(line, ';') >= 0 ||
		strings.IndexByte(line, '\t') >= 0 || strings.Contains(line, "。") || strings.Contains(line, "；")
}

// mkHaraka: the Arabic vowel marks that mkFoldRune drops, which compose
// with no letter (unlike hamza and madda above, U+0653-U+0655): a folded
// start of a line read by sectionPrefix goes on over them.
func mkHaraka(r rune) bool {
	return r >= 0x064B && r <= 0x0652 || r == 0x0670
}

// sectionAt reads one folded heading: an exact phrase, or a phrase that
// may name an addressee followed by one.
func (x *mkIndexT) sectionAt(f string) (mkSectionRef, bool) {
	if ref, ok := x.exact[f]; ok {
		return ref, true
	}
	r0, _ := utf8.DecodeRuneInString(f)
	for _, ref := range x.prefixesByFirst[r0] {
		if !strings.HasPrefix(f, ref.folded) || len(f) == len(ref.folded) {
			continue
		}
		rest := f[len(ref.folded):]
		if ref.lang != "zh" {
			if rest[0] != ' ' {
				continue
			}
			rest = rest[1:]
		}
		if mkAddressee(rest, ref.lang) {
			return ref, true
		}
	}
	return mkSectionRef{}, false
}

// mkAddressee reports whether rest reads as whom a heading addresses
// ("the Director of the Telecommunication Standardization Bureau",
// "成员国、部门成员和学术成员") rather than a sentence: short, without
// sentence punctuation.
func mkAddressee(rest, lang string) bool {
	if rest == "" {
		return false
	}
	// One pass: runes, spaces (words), commas.
	n, spaces, comma := 0, 0, false
	for _, r := range rest {
		switch r {
		case '.', ';', '。', '；', '!', '?', '！', '？':
			return false
		case ',', '，':
			comma = true
		case ' ':
			spaces++
		}
		n++
	}
	if lang == "zh" {
		return n <= 30 && !comma
	}
	return n <= 100 && spaces+1 <= 14
}

// mkFoldFast is mkFoldRune, from the table mkRune2 below mkClassRunes.
func mkFoldFast(r rune) rune {
	if uint32(r) < mkClassRunes {
		return rune(int16(mkRune2[r] >> 16))
	}
	return mkFoldRune(r)
}

// mkFirstRune is the first rune of s, as utf8.DecodeRuneInString reads it.
func mkFirstRune(s string) rune {
	r, _ := mkDecodeRune(s)
	return r
}

// mkQuickEnds bounds the phrase ends that sectionQuick notes along the
// start of a line; past them it leaves the line to sectionSlow.
const mkQuickEnds = 6

// sectionQuick reads a trimmed line (of at most 400 bytes) as Section
// does, in one pass from its start, when it can: done is false when it
// leaves the line to sectionSlow. It settles the lines that are no
// heading, most of them within their first word, and the headings that
// are plain (mkPlainRune) text.
//
// It folds the line rune by rune as far as its runes are plain or
// mkQuickStable, and walks the folded bytes b down the phrase trie. What it
// has read is the start of the folded line f (mkFoldPhrase) once the next
// rune that folding keeps is one of those too, or the line ends: nothing
// after a rune it reads can then compose with it. So it stops
//
//   - at the first rune, when the trie has no phrase that starts with its
//     fold, as sectionSlow's first check (which reads any rune);
//   - when the walk left the trie and b is the start of f: every reading
//     of sectionFolded needs a phrase that f starts with, so one that ends
//     on the walk; and one that names no addressee needs f to go on, after
//     a space or none, with a phrase of its language, which quickShape
//     checks on the rest of b. When no phrase that ends on the walk allows
//     that, the line is no heading;
//   - at the end of a plain line whose fold is a phrase, which is then the
//     line (see below).
//
// A plain line that does not stop there it reads to its end (quickFull).
// Any other line it leaves to sectionSlow.
//
// A plain line that folds to a phrase passes the checks of sectionSlow:
// sectionPrefix reads it whole (no further than limit) and finds the
// phrase, whose words bound (mkSectionRef.words) is no less than the
// words of the fold; mkMoreWords counts just those, as the words of a
// plain line are white space apart and hold a rune that folding keeps or
// only harakat and tatweel; sectionShape reads the phrase. So only
// mkSentence is left: a tab, or the sentence punctuation that folding
// keeps.
func (x *mkIndexT) sectionQuick(line string) (m SectionMatch, ok, done bool) {
	t := &x.trie
	var b [128]byte
	n := 0                    // bytes of the fold in b
	node := int32(0)          // where the walk of b[:n] stands, -1 off the trie
	first := int32(-1)        // the node after the first rune
	var ends [mkQuickEnds]int // where phrases end in b, at the nodes endAt
	var endAt [mkQuickEnds]int32
	ne := 0
	space, stable, tab := false, false, false
	i := 0
	for i < len(line) {
		if node > 0 && !space {
			// Skip a run of the trie that the line has as it is.
			if ch := &t.chains[node]; ch.raw > 0 && len(line)-i >= int(ch.raw) &&
				line[i:i+int(ch.raw)] == t.chainBytes[ch.at:ch.at+ch.raw] {
				if n+int(ch.raw) > len(b)-1-utf8.UTFMax {
					return SectionMatch{}, false, false
				}
				n += copy(b[n:], line[i:i+int(ch.raw)])
				i += int(ch.raw)
				if node = ch.rawTo; t.nodes[node].end >= 0 {
					if ne == len(ends) {
						return SectionMatch{}, false, false
					}
					ends[ne], endAt[ne] = n, node
					ne++
				}
				continue
			}
			if j, m, to := t.quickWord(line, i, &b, n, node); j > i {
				i, n, node = j, m, to
				if node >= 0 && t.nodes[node].end >= 0 {
					if ne == len(ends) {
						return SectionMatch{}, false, false
					}
					ends[ne], endAt[ne] = n, node
					ne++
				}
				continue
			}
		}
		c := line[i]
		var f rune // the fold of the rune
		size := 1
		if c < utf8.RuneSelf {
			if mkASCIISpace(c) {
				space = n > 0
				tab = tab || c == '\t'
				i++
				continue
			}
			f = rune(c)
			if c-'A' < 26 {
				f += 'a' - 'A'
			}
		} else if c >= 0xC2 && c <= 0xDF && i+1 < len(line) && line[i+1]&0xC0 == 0x80 {
			e := mkRune2[rune(c&0x1F)<<6|rune(line[i+1]&0x3F)]
			size = 2
			if e&mkClassPlain == 0 {
				if r := rune(c&0x1F)<<6 | rune(line[i+1]&0x3F); !mkQuickStable(r) {
					return x.quickOther(r, n)
				}
				stable = true
			}
			if f = rune(int16(e >> 16)); f < 0 {
				if n == 0 {
					return SectionMatch{}, false, true // the first rune starts no phrase
				}
				i += 2
				continue // harakat and tatweel
			}
		} else {
			f, size = mkDecodeRune(line[i:])
			if !(f >= 0x4E00 && f <= 0x9FFF || f == 0x3001 || f == 0x3002) {
				if !mkQuickStable(f) {
					return x.quickOther(f, n)
				}
				stable = true
			}
			// These fold to themselves.
		}
		if node < 0 {
			// The walk left the trie at the rune before, which this one
			// leaves as it is.
			break
		}
		i += size
		if n > len(b)-1-utf8.UTFMax {
			return SectionMatch{}, false, false
		}
		if space {
			b[n] = ' '
			n++
			node = t.child(node, ' ')
			space = false
		}
		k := n
		switch {
		case f < utf8.RuneSelf:
			b[n] = byte(f)
			n++
		case f < 0x800:
			b[n], b[n+1] = 0xC0|byte(f>>6), 0x80|byte(f)&0x3F
			n += 2
		default:
			b[n], b[n+1], b[n+2] = 0xE0|byte(f>>12), 0x80|byte(f>>6)&0x3F, 0x80|byte(f)&0x3F
			n += 3
		}
		for ; k < n && node > 0; k++ {
			nd := &t.nodes[node]
			if nd.n == 1 {
				if node = nd.kid; nd.edge0 != b[k] {
					node = -1
				}
			} else {
				node = t.childOf(nd, b[k])
			}
		}
		if node == 0 {
			// The first rune.
			if node = t.root[b[0]]; node == 0 {
				return SectionMatch{}, false, true // the first rune starts no phrase
			}
			for k := 1; k < n && node >= 0; k++ {
				node = t.child(node, b[k])
			}
			if node < 0 {
				return SectionMatch{}, false, true
			}
			first = node
		}
		if node >= 0 && t.nodes[node].end >= 0 {
			if ne == len(ends) {
				return SectionMatch{}, false, false
			}
			ends[ne], endAt[ne] = n, node
			ne++
		}
	}
	// b is the start of the fold, or all of it when the line ends.
	if node >= 0 && i == len(line) && t.nodes[node].end >= 0 {
		// A plain line that folds to a phrase.
		if stable || n > x.quickLimit(first) {
			return SectionMatch{}, false, false
		}
		if tab || mkSentenceFold(b[:n]) {
			return SectionMatch{}, false, true
		}
		ref := &x.all[t.exact[node]]
		return SectionMatch{Key: ref.s.key, Lang: ref.lang}, true, true
	}
	if !x.quickShape(b[:n], ends[:ne], endAt[:ne]) {
		return SectionMatch{}, false, true
	}
	if stable || n > x.quickLimit(first) {
		return SectionMatch{}, false, false
	}
	words := 0
	for _, e := range endAt[:ne] {
		words = max(words, int(t.nodes[e].end))
	}
	return x.quickFull(line, i, b[:n], space, tab, words, ends[:ne], endAt[:ne])
}

// quickLimit is the limit of sectionPrefix on the fold of a line whose
// first rune leads to the trie node first.
func (x *mkIndexT) quickLimit(first int32) int {
	return min(128-utf8.UTFMax-1, int(x.trie.nodes[first].longest)+utf8.UTFMax)
}

// quickOther is sectionQuick's answer at a rune r that it does not read,
// after n bytes of fold: at the first rune, the first check of
// sectionSlow.
func (x *mkIndexT) quickOther(r rune, n int) (SectionMatch, bool, bool) {
	if n == 0 && !x.trie.starts(mkFoldRune(r)) {
		return SectionMatch{}, false, true
	}
	return SectionMatch{}, false, false
}

// quickShape is sectionShape on b, the start of a folded line along which
// phrases end at ends (at the nodes endAt), short of its end, and no
// phrase ends at its end: a phrase that names an addressee ends, or one
// whose rest of b (after a space or none) can start a phrase of its
// language.
func (x *mkIndexT) quickShape(b []byte, ends []int, endAt []int32) bool {
	t := &x.trie
	for k, e := range ends {
		nd := &t.nodes[endAt[k]]
		if nd.addressee {
			return true
		}
		rest := b[e:]
		if len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:]
		}
		if t.startsIn(rest, nd.endLangs) {
			return true
		}
	}
	return false
}

// quickFull reads a plain line to its end for sectionQuick, which has
// folded its start, up to byte i, into start and found that it may be a
// heading, and reads it as sectionSlow does: space tells whether white
// space comes before byte i, tab whether a tab does (mkSentence), words
// is the bound that sectionPrefix finds,
// and ends and endAt are the phrases that end along start, all those
// that the fold starts with. It leaves a line that is not plain to
// sectionSlow (done false), unless it has more words than that: as
// mkMoreWords counts them, the words of the plain start of a line are
// those of its fold, and the rest of the line can only add to them.
func (x *mkIndexT) quickFull(line string, i int, start []byte, space, tab bool, words int, ends []int, endAt []int32) (m SectionMatch, ok, done bool) {
	var buf [400]byte
	f := append(buf[:0], start...)
	n := bytes.Count(start, []byte{' '}) + 1 // the words of the fold
	// Unless a phrase that names an addressee ends in start, the line
	// can only be two phrases run together: quickShape tells more as f
	// grows, at the end of each word, which folding leaves as it is.
	pairs := true
	for _, e := range endAt {
		pairs = pairs && !x.trie.nodes[e].addressee
	}
	for i < len(line) {
		c := line[i]
		r, size := rune(c), 1
		switch {
		case c < utf8.RuneSelf:
			if mkASCIISpace(c) {
				space = len(f) > 0
				tab = tab || c == '\t'
				i++
				continue
			}
			if c-'A' < 26 {
				r += 'a' - 'A'
			}
		case c >= 0xC2 && c <= 0xDF && i+1 < len(line) && line[i+1]&0xC0 == 0x80:
			e := mkRune2[rune(c&0x1F)<<6|rune(line[i+1]&0x3F)]
			if e&mkClassPlain == 0 {
				return SectionMatch{}, false, false
			}
			r, size = rune(int16(e>>16)), 2
		case c >= 0xE3 && c <= 0xE9 && i+2 < len(line) && line[i+1]&0xC0 == 0x80 && line[i+2]&0xC0 == 0x80:
			// Ideographs and "、。" fold to themselves.
			if r = rune(c&0x0F)<<12 | rune(line[i+1]&0x3F)<<6 | rune(line[i+2]&0x3F); r < 0x4E00 && r != 0x3001 && r != 0x3002 {
				return SectionMatch{}, false, false
			}
			size = 3
		default:
			if r, size = mkDecodeRune(line[i:]); !mkPlainRune(r) {
				return SectionMatch{}, false, false
			}
			r = mkFoldFast(r)
		}
		i += size
		if r < 0 {
			continue
		}
		if space {
			if n++; n > words {
				return SectionMatch{}, false, true
			}
			if pairs && !x.quickShape(f, ends, endAt) {
				return SectionMatch{}, false, true
			}
			f = append(f, ' ')
			space = false
		}
		f = utf8.AppendRune(f, r)
	}
	// mkSentence: a tab, or punctuation that folding keeps as it is (the
	// full-width semicolon is not plain).
	if n > words || tab || mkSentenceFold(f) {
		return SectionMatch{}, false, true
	}
	m, ok = x.sectionFoldedEnds(f, ends, endAt)
	return m, ok, true
}

// mkEndsMax bounds the phrase ends that trieEnds notes.
const mkEndsMax = 16

// trieEnds walks the folded text f down the trie and notes where phrases
// end along it: f[:ends[k]] is a phrase, which ends at node endAt[k]
// (ends increasing). exact is the node where f itself ends a phrase, or
// -1. It reports false when more than mkEndsMax phrases end.
func (t *mkTrie) trieEnds(f []byte, ends *[mkEndsMax]int, endAt *[mkEndsMax]int32) (ne int, exact int32, ok bool) {
	node := int32(0)
	for i := 0; i < len(f); i++ {
		if ch := &t.chains[node]; ch.n > 1 && len(f)-i >= int(ch.n) && string(f[i:i+int(ch.n)]) == t.chainBytes[ch.at:ch.at+ch.n] {
			i += int(ch.n) - 1
			node = ch.to
		} else if node = t.child(node, f[i]); node < 0 {
			return ne, -1, true
		}
		if t.nodes[node].end >= 0 {
			if ne == len(ends) {
				return ne, -1, false
			}
			ends[ne], endAt[ne] = i+1, node
			ne++
		}
	}
	if len(f) > 0 && t.nodes[node].end >= 0 {
		return ne, node, true
	}
	return ne, -1, true
}

// sectionAtBytes is sectionAt of f, read along the trie (sectionAtEnds).
func (x *mkIndexT) sectionAtBytes(f []byte) (*mkSectionRef, bool) {
	var ends [mkEndsMax]int
	var endAt [mkEndsMax]int32
	ne, exact, ok := x.trie.trieEnds(f, &ends, &endAt)
	if !ok {
		ref, ok := x.sectionAt(string(f))
		return &ref, ok
	}
	if exact >= 0 {
		return &x.all[x.trie.exact[exact]], true
	}
	return x.sectionAtEnds(f, ends[:ne], endAt[:ne])
}

// sectionAtEnds is sectionAt of f, which is no phrase, when the phrases
// that f starts with end at ends, at the nodes endAt: those that name an
// addressee, longest first, and those of one fold in the order of all.
func (x *mkIndexT) sectionAtEnds(f []byte, ends []int, endAt []int32) (*mkSectionRef, bool) {
	t := &x.trie
	for k := len(ends) - 1; k >= 0; k-- {
		if !t.nodes[endAt[k]].addressee || ends[k] == len(f) {
			continue
		}
		for _, i := range x.refsAt[endAt[k]] {
			ref := &x.all[i]
			if !ref.s.addressee {
				continue
			}
			rest := f[ends[k]:]
			if ref.lang != "zh" {
				if rest[0] != ' ' {
					continue
				}
				rest = rest[1:]
			}
			if mkAddresseeBytes(rest, ref.lang) {
				return ref, true
			}
		}
	}
	return nil, false
}

// sectionFoldedEnds is sectionFolded of f, which is no phrase, when the
// phrases that f starts with end at ends, at the nodes endAt.
func (x *mkIndexT) sectionFoldedEnds(f []byte, ends []int, endAt []int32) (SectionMatch, bool) {
	if ref, ok := x.sectionAtEnds(f, ends, endAt); ok {
		return SectionMatch{Key: ref.s.key, Lang: ref.lang}, true
	}
	// A flattened pair: the longest first heading wins, and of those of
	// one fold, the first of the language of the second.
	for k := len(ends) - 1; k >= 0; k-- {
		if ends[k] >= len(f) {
			continue
		}
		rest := f[ends[k]:]
		if rest[0] == ' ' {
			rest = rest[1:]
		}
		nref, ok := x.sectionAtBytes(rest)
		if !ok {
			continue
		}
		for _, i := range x.refsAt[endAt[k]] {
			if ref := &x.all[i]; ref.lang == nref.lang {
				return SectionMatch{Key: nref.s.key, OldKey: ref.s.key, Lang: nref.lang}, true
			}
		}
	}
	return SectionMatch{}, false
}

// mkSentenceFold is mkSentence of the fold of a plain line, but for the
// tabs, which folding makes spaces: ".", ";" and "。" are kept as they
// are, and "；" is no plain rune.
func mkSentenceFold(f []byte) bool {
	return bytes.IndexByte(f, '.') >= 0 || bytes.IndexByte(f, ';') >= 0 || bytes.Contains(f, []byte("。"))
}

// mkAddresseeBytes is mkAddressee of a folded text, which is valid
// UTF-8: it counts the runes by their first bytes and finds the
// punctuation above ASCII by its bytes.
func mkAddresseeBytes(rest []byte, lang string) bool {
	if len(rest) == 0 {
		return false
	}
	n, spaces, comma := 0, 0, false
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if c >= 0xE4 && c <= 0xE9 {
			// A rune of three bytes from U+4000 to U+9FFF, none of
			// those it looks at: one rune, skipped whole.
			n++
			i += 2
			continue
		}
		v := mkAddresseeClass[c]
		n += int(v & 1)
		if v < 2 {
			continue
		}
		switch c {
		case '.', ';', '!', '?':
			return false
		case ',':
			comma = true
		case ' ':
			spaces++
		case 0xE3, 0xEF:
			if i+2 < len(rest) {
				switch string(rest[i : i+3]) {
				case "。", "；", "！", "？":
					return false
				case "，":
					comma = true
				}
			}
		}
	}
	if lang == "zh" {
		return n <= 30 && !comma
	}
	return n <= 100 && spaces+1 <= 14
}

// mkAddresseeClass is what mkAddresseeBytes asks of a byte: bit 0 is set
// when it starts a rune, bit 1 when it is one of the bytes it looks at.
var mkAddresseeClass = func() (t [256]uint8) {
	for c := range t {
		if c&0xC0 != 0x80 {
			t[c] = 1
		}
		switch c {
		case '.', ';', '!', '?', ',', ' ', 0xE3, 0xEF:
			t[c] |= 2
		}
	}
	return t
}()

// find is the node where the folded phrase s ends, or -1.
func (t *mkTrie) find(s string) int32 {
	n := int32(0)
	for i := 0; i < len(s) && n >= 0; i++ {
		n = t.child(n, s[i])
	}
	return n
}

// mkQuickStable reports whether sectionQuick reads r, a rune that is not
// plain, as it reads plain ones: punctuation that NFKC leaves as it is
// and that composes with nothing on either side, and that folding keeps
// as it is (TestQuickStable). Lines quote with them, and French writes
// its apostrophe so.
func mkQuickStable(r rune) bool {
	switch r {
	case '‘', '’', '“', '”', '–', '—', '«', '»', '©':
		return true
	}
	return false
}

// chainRuns fills chains and chainBytes. The run from a node inside
// another node's run is the rest of that run.
func (t *mkTrie) chainRuns() {
	t.chains = make([]mkChain, len(t.nodes))
	var b []byte
	var path []int32
	done := make([]bool, len(t.nodes))
	for n := range t.nodes {
		if done[n] || n == 0 || t.nodes[n].n != 1 {
			continue
		}
		at := len(b)
		path = path[:0]
		u := int32(n)
		for {
			path = append(path, u)
			b = append(b, t.nodes[u].edge0)
			if u = t.nodes[u].kid; t.nodes[u].end >= 0 || t.nodes[u].n != 1 {
				break
			}
		}
		for j, p := range path {
			ch := mkChain{at: int32(at + j), n: int32(len(path) - j), to: u}
			ch.raw, ch.rawTo = t.rawRun(p, b[at+j:at+len(path)])
			t.chains[p] = ch
			t.nodes[p].raw = ch.raw > 0
			done[p] = true
		}
	}
	t.chainBytes = string(b)
}

// mkChainMin is the shortest raw run that sectionQuick compares: a
// shorter one takes longer to compare than to walk.
const mkChainMin = 4

// rawRun is the raw part of the run of bytes run from node n (see
// mkChain) and the node it leads to; it is 0 when n is inside a rune or
// the raw part is shorter than mkChainMin.
func (t *mkTrie) rawRun(n int32, run []byte) (int32, int32) {
	k := 0
	for k < len(run) {
		r, size := utf8.DecodeRune(run[k:])
		if r == utf8.RuneError || r >= utf8.RuneSelf && (!mkPlainRune(r) || mkFoldRune(r) != r) || r < utf8.RuneSelf && mkFoldRune(r) != r {
			break
		}
		if r < utf8.RuneSelf && mkASCIISpace(byte(r)) && r != ' ' {
			break
		}
		k += size
	}
	for k > 0 && run[k-1] == ' ' {
		k--
	}
	if k < mkChainMin {
		return 0, n
	}
	to := n
	for _, c := range run[:k] {
		to = t.child(to, c)
	}
	return int32(k), to
}

// quickWord walks, for sectionQuick, the runes of line from byte i that
// fold one to one in a simple way: ASCII other than white space, the
// plain runes of two bytes that folding keeps, and CJK ideographs. It
// folds them into b from byte n and walks them down the trie from node
// (not the root), and stops after a rune where a phrase ends or the walk
// leaves the trie (-1), before any other rune, or when b is nearly full;
// it skips the raw runs of the trie (mkChain) that the line has. It
// returns where it stops in line and b, and the node.
func (t *mkTrie) quickWord(line string, i int, b *[128]byte, n int, node int32) (int, int, int32) {
	nodes := t.nodes
	nd := &nodes[node]
	for i < len(line) && n <= len(b)-1-utf8.UTFMax {
		c := line[i]
		switch {
		case c < utf8.RuneSelf:
			if mkASCIISpace(c) {
				return i, n, node
			}
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			b[n] = c
			n++
			i++
			if node = t.next(nd, c); node < 0 {
				return i, n, -1
			}
		case c >= 0xC2 && c <= 0xDF:
			if i+1 >= len(line) || line[i+1]&0xC0 != 0x80 {
				return i, n, node
			}
			e := mkRune2[rune(c&0x1F)<<6|rune(line[i+1]&0x3F)]
			f := rune(int16(e >> 16))
			if e&mkClassPlain == 0 || f < utf8.RuneSelf { // harakat and tatweel fold to -1
				return i, n, node
			}
			c0, c1 := 0xC0|byte(f>>6), 0x80|byte(f)&0x3F
			b[n], b[n+1] = c0, c1
			n += 2
			i += 2
			if node = t.next(nd, c0); node < 0 {
				return i, n, -1
			}
			if node = t.next(&nodes[node], c1); node < 0 {
				return i, n, -1
			}
		case c >= 0xE4 && c <= 0xE9:
			// U+4E00 (E4 B8 80) to U+9FFF (E9 BF BF)
			if i+2 >= len(line) || line[i+1]&0xC0 != 0x80 || line[i+2]&0xC0 != 0x80 || c == 0xE4 && line[i+1] < 0xB8 {
				return i, n, node
			}
			c1, c2 := line[i+1], line[i+2]
			b[n], b[n+1], b[n+2] = c, c1, c2
			n += 3
			i += 3
			if node = t.next(nd, c); node < 0 {
				return i, n, -1
			}
			if node = t.next(&nodes[node], c1); node < 0 {
				return i, n, -1
			}
			if node = t.next(&nodes[node], c2); node < 0 {
				return i, n, -1
			}
		default:
			return i, n, node
		}
		if nd = &nodes[node]; nd.end >= 0 {
			break
		}
		if ch := &t.chains[node]; ch.raw > 0 && len(line)-i >= int(ch.raw) && n+int(ch.raw) <= len(b)-1-utf8.UTFMax &&
			line[i:i+int(ch.raw)] == t.chainBytes[ch.at:ch.at+ch.raw] {
			n += copy(b[n:], line[i:i+int(ch.raw)])
			i += int(ch.raw)
			node = ch.rawTo
			if nd = &nodes[node]; nd.end >= 0 {
				break
			}
		}
	}
	return i, n, node
}

// next is the child of the node nd (not the root) by byte c, or -1.
func (t *mkTrie) next(nd *mkTrieNode, c byte) int32 {
	if nd.n == 1 {
		if nd.edge0 == c {
			return nd.kid
		}
		return -1
	}
	return t.childOf(nd, c)
}

// mkFastMax bounds the fold that sectionFastTo reads: sectionQuick leaves
// a longer one to sectionSlow (see quickLimit).
const mkFastMax = 128 - utf8.UTFMax - 1

// sectionFastTo reads a trimmed line (of at most 400 bytes) as Section does
// when it is made of the runes that fold most simply and it is a phrase,
// or when the walk of its fold down the trie leaves it as sectionQuick
// does, and settles nothing else (done false): in one tight pass
// (fastWalk), before sectionQuick. It reads ASCII (but for tabs), the
// plain runes of two bytes (mkRune2) and the CJK ideographs and "、。",
// which fold to themselves, and leaves any line with another rune before
// it settles it to sectionQuick.
//
// Its answers are sectionQuick's. What it has read is the start of the
// fold once the next rune is one it reads or the line ends (see
// sectionQuick), so:
//
//   - a line that it reads to its end, whose fold is a phrase, is that
//     phrase, unless the phrase has sentence punctuation (mkSentenceFold)
//     or is longer than mkFastMax, which it leaves (fastExact);
//   - a line whose walk leaves the trie, or that it reads to its end
//     inside the trie short of a phrase, is no heading when quickShape
//     finds none of the readings possible; otherwise it leaves it. It
//     folds the start of the line again for quickShape only when a phrase
//     ends along the walk (fastFold): with none, no reading is possible.
//
// The answers of sectionFastTo: the line is no heading, it is the
// heading it has written, or it leaves the line to sectionQuick.
const (
	mkFastNo = iota
	mkFastYes
	mkFastLeave
)

func (x *mkIndexT) sectionFastTo(line string, m *SectionMatch) int {
	t := &x.trie
	var ends [mkQuickEnds]int32  // where phrases end in line, after a rune
	var endAt [mkQuickEnds]int32 // at which nodes
	ne := 0
	node := int32(0)
	i := 0
	if len(line) >= 8 && t.mayStart8(line) {
		// The first eight bytes at once (see start8).
		if node = t.startAt8(line); node > 0 {
			if i = 8; t.nodes[node].end >= 0 {
				ends[0], endAt[0] = 8, node
				ne = 1
			}
		}
	}
	for {
		prev := node
		i, node = t.fastWalk(line, i, node)
		if i > mkFastMax {
			return mkFastLeave
		}
		if node < 0 {
			break
		}
		if i == len(line) {
			if t.nodes[node].end >= 0 {
				if k := x.fastExact[node]; k >= 0 {
					ref := &x.all[k]
					*m = SectionMatch{Key: ref.s.key, Lang: ref.lang}
					return mkFastYes
				}
				return mkFastLeave
			}
			break
		}
		if node != prev && t.nodes[node].end >= 0 {
			// A phrase ends after the rune that led to node.
			if ne == len(ends) {
				return mkFastLeave
			}
			ends[ne], endAt[ne] = int32(i), node
			ne++
		}
		c := line[i]
		switch {
		case c == '\t':
			return mkFastLeave
		case c < utf8.RuneSelf && mkASCIISpace(c):
			// White space folds to one space, which the next rune
			// follows: one that folding keeps (not harakat, which
			// would leave the space pending).
			for i++; i < len(line) && line[i] < utf8.RuneSelf && mkASCIISpace(line[i]); i++ {
				if line[i] == '\t' {
					return mkFastLeave
				}
			}
			j, ok := mkFastRune(line, i)
			if !ok || j == i+2 && int16(mkRune2[rune(line[i]&0x1F)<<6|rune(line[i+1]&0x3F)]>>16) < 0 {
				return mkFastLeave
			}
			if node = t.next(&t.nodes[node], ' '); node < 0 {
				// Left at the space: the rune after it is read too.
				if i = j; i > mkFastMax {
					return mkFastLeave
				}
				break
			}
			continue
		case c >= 0xC2 && c <= 0xDF && i+1 < len(line) && line[i+1]&0xC0 == 0x80 &&
			mkRune2[rune(c&0x1F)<<6|rune(line[i+1]&0x3F)]&mkClassPlain != 0 &&
			int16(mkRune2[rune(c&0x1F)<<6|rune(line[i+1]&0x3F)]>>16) < 0:
			// Harakat and tatweel, which folding drops.
			if i == 0 {
				return mkFastNo // the first rune starts no phrase
			}
			i += 2
			continue
		case node != prev:
			// fastWalk stopped after a phrase that ends, or before a
			// rune it does not read, which it tells next time.
			continue
		case i == 0:
			// The first rune, which fastWalk does not read: sectionSlow's
			// first check.
			if r, _ := utf8.DecodeRuneInString(line); !t.starts(mkFoldRune(r)) {
				return mkFastNo
			}
			return mkFastLeave
		default:
			return mkFastLeave
		}
		break
	}
	// The walk left the trie, or the line ended inside it: the next rune
	// must be one that fastWalk reads, or none.
	if _, ok := mkFastRune(line, i); !ok && i < len(line) {
		return mkFastLeave
	}
	if ne == 0 {
		return mkFastNo
	}
	// quickShape finds a reading when a phrase that names an addressee
	// ends; otherwise it reads the fold after the first phrase that ends:
	// fold that, without the space it may start with, which quickShape
	// skips.
	possible := false // quickShape finds a reading
	for _, e := range endAt[:ne] {
		possible = possible || t.nodes[e].addressee
	}
	if !possible {
		// quickShape, read on the line: whether the rest after one of the
		// phrases can start a phrase of its languages. It reads the rest
		// as far as that takes, past i when the rest of the line is made
		// of the runes fastWalk reads: most lines of running text that
		// start with a heading ("Considerando esencial que …") are ruled
		// out at the word after it, without folding the line.
		undecided := false
		for k := 0; k < ne && !possible; k++ {
			switch t.fastStartsAt(line, int(ends[k]), i, t.nodes[endAt[k]].endLangs) {
			case 1:
				possible = true
			case 2:
				undecided = true
			}
		}
		if !possible && !undecided {
			return mkFastNo
		}
	}
	// Fold the start of the line, for quickShape and fastFull.
	var b [128]byte
	var bends [mkQuickEnds]int
	n0 := mkFastFold(line[:i], &b, ends[:ne], bends[:ne])
	if !possible && !x.quickShape(b[:n0], bends[:ne], endAt[:ne]) {
		return mkFastNo
	}
	if len(line) <= len(b) {
		// The fold is no longer than the line.
		return x.fastFull(line, i, n0, bends[:ne], endAt[:ne], m, b[:])
	}
	return x.fastFullLong(line, i, n0, bends[:ne], endAt[:ne], m, &b)
}

// fastFullLong is fastFull with a buffer for the fold of any line, to
// which it copies the fold of the start.
func (x *mkIndexT) fastFullLong(line string, i0, n0 int, bends []int, endAt []int32, m *SectionMatch, start *[128]byte) int {
	var buf [400]byte
	copy(buf[:], start[:n0])
	return x.fastFull(line, i0, n0, bends, endAt, m, buf[:])
}

// fastStartsAt is startsIn of the fold of line from byte j, where a
// phrase of langs ends, without the space it may start with: 1 when it
// can start a phrase of langs, 0 when it cannot, and 2 when it cannot
// tell. sectionFastTo has read line[:i0] and the rune at i0. It folds
// the runes that fastWalk reads, as mkFastFold does (ASCII capitals
// lowered, white space one space, harakat and tatweel dropped, the plain
// runes of two bytes by mkRune2), and walks the trie with them as far as
// it takes, past i0 when need be: 0 once the walk leaves the trie at a
// rune that the next rune, one that fastWalk reads, or the end of the
// line leaves as it is (see sectionFastTo), or once the line ends on the
// walk short of the phrases of langs. Past i0 it answers 2 at a tab, at
// any other rune, and at white space followed by a rune that folding
// drops, which the full readings settle.
func (t *mkTrie) fastStartsAt(line string, j, i0 int, langs uint32) int {
	i := j
	for i < len(line) && line[i] < utf8.RuneSelf && mkASCIISpace(line[i]) {
		i++
	}
	if i > i0 && !mkFastSpace(line, j, i) {
		return 2
	}
	n := int32(0)
	for i < len(line) {
		c := line[i]
		if c < utf8.RuneSelf && !mkASCIISpace(c) {
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			i++
			if n = t.child(n, c); n < 0 {
				return mkLeftAt(line, i, i0)
			}
			if t.nodes[n].endLangs&langs != 0 {
				return 1
			}
			continue
		}
		switch {
		case c < utf8.RuneSelf:
			k := i
			for k < len(line) && line[k] < utf8.RuneSelf && mkASCIISpace(line[k]) {
				k++
			}
			if k > i0 && !mkFastSpace(line, i, k) {
				return 2
			}
			i = k
			if n == 0 {
				continue // the space the rest starts with (after harakat)
			}
			if n = t.child(n, ' '); n < 0 {
				return 0 // the rune at k follows the space
			}
		case c >= 0xC2 && c <= 0xDF && i+1 < len(line):
			c1 := line[i+1]
			e := mkRune2[rune(c&0x1F)<<6|rune(c1&0x3F)]
			f := rune(int16(e >> 16))
			if c1&0xC0 != 0x80 || e&mkClassPlain == 0 || f >= 0 && f < utf8.RuneSelf || f >= 0x800 {
				return 2
			}
			i += 2
			if f < 0 {
				continue // harakat and tatweel, which folding drops
			}
			if n = t.child(n, 0xC0|byte(f>>6)); n < 0 {
				return mkLeftAt(line, i, i0)
			}
			if n = t.child(n, 0x80|byte(f)&0x3F); n < 0 {
				return mkLeftAt(line, i, i0)
			}
			if t.nodes[n].endLangs&langs != 0 {
				return 1
			}
		default:
			return 2
		}
	}
	if t.nodes[n].langs&langs != 0 {
		return 1
	}
	return 0
}

// mkLeftAt is fastStartsAt's answer when its walk leaves the trie at the
// rune before byte i: 0 when the fold has that rune as it read it, as the
// next rune is one that fastWalk reads (sectionFastTo read those up to
// i0, and the rune at i0; ASCII is one) or the line ends there, 2
// otherwise.
func mkLeftAt(line string, i, i0 int) int {
	if i <= i0 || i >= len(line) || line[i] < utf8.RuneSelf {
		return 0
	}
	if _, ok := mkFastRune(line, i); !ok {
		return 2
	}
	return 0
}

// mkFastSpace reports whether the white space line[i:k] (ASCII, after a
// rune) folds to one space before the rune at k, as sectionFastTo reads
// it: it holds no tab, and the rune at k is one that fastWalk reads and
// folding keeps (not harakat or tatweel, which would leave the space
// pending).
func mkFastSpace(line string, i, k int) bool {
	for ; i < k; i++ {
		if line[i] == '\t' {
			return false
		}
	}
	j, ok := mkFastRune(line, k)
	return ok && j > k && !(j == k+2 && int16(mkRune2[rune(line[k]&0x1F)<<6|rune(line[k+1]&0x3F)]>>16) < 0)
}

// fastFull reads a line to its end for sectionFastTo, as quickFull does
// for sectionQuick: sectionFastTo has walked it up to byte i0, as far as
// sectionQuick walks it, folded that start into b[:n0], found phrases
// that end at the places bends of the fold (at the nodes endAt) and that
// one of the readings of quickShape is possible. It folds the rest of the
// line into b while fastWalk would read its runes (else it leaves it)
// and answers as quickFull: no heading once the fold has more words than
// the phrases allow, or, unless a phrase that names an addressee ends,
// once quickShape finds no reading at the end of a word past byte i0, or
// when the fold has sentence punctuation; otherwise sectionFoldedEnds.
func (x *mkIndexT) fastFull(line string, i0, n0 int, bends []int, endAt []int32, m *SectionMatch, b []byte) int {
	t := &x.trie
	words, pairs := 0, true
	for _, e := range endAt {
		words = max(words, int(t.nodes[e].end))
		pairs = pairs && !t.nodes[e].addressee
	}
	// The start, line[:i0], which sectionFastTo has read and folded into
	// b[:n0], the phrases ending at bends.
	first := int32(0)
	for j := 0; j < n0 && (j == 0 || b[j]&0xC0 == 0x80); j++ {
		first = t.child(first, b[j])
	}
	if first < 0 || n0 > x.quickLimit(first) {
		return mkFastLeave
	}
	nw := bytes.Count(b[:n0], []byte{' '}) + 1
	// The rest.
	n := n0
	space, stop := false, false
	for i := i0; i < len(line); {
		c := line[i]
		// The rune: white space, harakat and tatweel are read here, the
		// others checked and written after the space before their word.
		var r rune      // the fold of a rune of two bytes
		var c1, c2 byte // the last two bytes of a rune of three
		switch {
		case c < utf8.RuneSelf:
			if mkASCIISpace(c) {
				if c == '\t' {
					return mkFastLeave
				}
				space = true
				i++
				continue
			}
		case c >= 0xC2 && c <= 0xDF && i+1 < len(line):
			e := mkRune2[rune(c&0x1F)<<6|rune(line[i+1]&0x3F)]
			r = rune(int16(e >> 16))
			if line[i+1]&0xC0 != 0x80 || e&mkClassPlain == 0 || r >= 0 && r < utf8.RuneSelf || r >= 0x800 {
				return mkFastLeave
			}
			if r < 0 {
				i += 2
				continue // harakat and tatweel
			}
		case c >= 0xE3 && c <= 0xE9 && i+2 < len(line):
			c1, c2 = line[i+1], line[i+2]
			if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 || c == 0xE3 && (c1 != 0x80 || c2 != 0x81 && c2 != 0x82) || c == 0xE4 && c1 < 0xB8 {
				return mkFastLeave
			}
			stop = stop || c == 0xE3 && c2 == 0x82 // 。
		default:
			return mkFastLeave
		}
		if space {
			if nw++; nw > words || pairs && !x.quickShape(b[:n], bends, endAt) {
				return mkFastNo
			}
			b[n] = ' '
			n++
			space = false
		}
		switch {
		case c < utf8.RuneSelf:
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			b[n] = c
			n++
			i++
		case c < 0xE0:
			b[n], b[n+1] = 0xC0|byte(r>>6), 0x80|byte(r)&0x3F
			n += 2
			i += 2
		default:
			_ = b[n+2]
			b[n], b[n+1], b[n+2] = c, c1, c2
			n += 3
			i += 3
			// The ideographs that follow it, read as this case reads
			// them, in a loop of their own: a Chinese line has little
			// else.
			for i+2 < len(line) {
				c, c1, c2 := line[i], line[i+1], line[i+2]
				if c < 0xE4 || c > 0xE9 || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 || c == 0xE4 && c1 < 0xB8 {
					break
				}
				_ = b[n+2]
				b[n], b[n+1], b[n+2] = c, c1, c2
				n += 3
				i += 3
			}
		}
	}
	f := b[:n]
	// mkSentenceFold: the fold keeps ".", ";" and "。" as they are, and
	// the two-byte runes fold to none of them.
	if nw > words || stop || bytes.IndexByte(f, '.') >= 0 || bytes.IndexByte(f, ';') >= 0 {
		return mkFastNo
	}
	fm, ok := x.sectionFoldedEnds(f, bends, endAt)
	if !ok {
		return mkFastNo
	}
	*m = fm
	return mkFastYes
}

// mkFastRune reports whether the rune at byte i of line is one that
// fastWalk reads, or white space, and where it ends.
func mkFastRune(line string, i int) (int, bool) {
	if i >= len(line) {
		return i, false
	}
	switch c := line[i]; {
	case c < utf8.RuneSelf:
		return i + 1, true
	case c >= 0xC2 && c <= 0xDF && i+1 < len(line) && line[i+1]&0xC0 == 0x80:
		return i + 2, mkRune2[rune(c&0x1F)<<6|rune(line[i+1]&0x3F)]&mkClassPlain != 0
	case c >= 0xE3 && c <= 0xE9 && i+2 < len(line) && line[i+1]&0xC0 == 0x80 && line[i+2]&0xC0 == 0x80:
		c1, c2 := line[i+1], line[i+2]
		return i + 3, !(c == 0xE3 && (c1 != 0x80 || c2 != 0x81 && c2 != 0x82) || c == 0xE4 && c1 < 0xB8)
	}
	return i, false
}

// mkFastFold folds s, made of the runes that fastWalk reads, white space
// and harakat, into b as mkFoldPhrase does, and turns the places ends in
// s into places bends in the fold. It returns the length of the fold.
func mkFastFold(s string, b *[128]byte, ends []int32, bends []int) int {
	n, k := 0, 0
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune // the fold of a rune of two bytes
		switch {
		case c < utf8.RuneSelf && mkASCIISpace(c):
			space = n > 0
			i++
			continue
		case c >= utf8.RuneSelf && c < 0xE0:
			if r = rune(int16(mkRune2[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)] >> 16)); r < 0 {
				i += 2
				continue
			}
		}
		if space {
			b[n] = ' '
			n++
			space = false
		}
		switch {
		case c < utf8.RuneSelf:
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			b[n] = c
			n++
			i++
		case c < 0xE0:
			n += utf8.EncodeRune(b[n:], r)
			i += 2
		default:
			n += copy(b[n:], s[i:i+3])
			i += 3
		}
		if k < len(ends) && int(ends[k]) == i {
			bends[k] = n
			k++
		}
	}
	return n
}

// fastWalk walks, for sectionFastTo, the runes of line from byte i that
// fold one to one in a simple way, from node (the root when 0): ASCII
// other than white space, the plain runes of two bytes that fold to
// runes of two bytes, and CJK ideographs and "、。". It stops before any
// other rune, after a rune where a phrase ends, or after the rune where
// the walk leaves the trie (node -1), and returns where it stops and the
// node. It skips the raw runs of the trie (mkChain) that the line has.
func (t *mkTrie) fastWalk(line string, i int, node int32) (int, int32) {
	nodes := t.nodes
	nd := &nodes[node]
	chain := true // try the raw runs (not after one the line does not have)
	for i < len(line) {
		c := line[i]
		if nd.raw && chain && c == nd.edge0 {
			ch := &t.chains[node]
			if len(line)-i >= int(ch.raw) && line[i:i+int(ch.raw)] == t.chainBytes[ch.at:ch.at+ch.raw] {
				i += int(ch.raw)
				node = ch.rawTo
				if nd = &nodes[node]; nd.end >= 0 {
					return i, node
				}
				continue
			}
			chain = false
		}
		switch {
		case c < utf8.RuneSelf:
			if c-'A' < 26 {
				c += 'a' - 'A'
			} else if mkASCIISpace(c) {
				return i, node
			}
			i++
			// The root, like any node with more than one child, has a
			// row of dense.
			var branched bool
			if node, branched = t.from(nd, c); node < 0 {
				return i, -1
			}
			chain = chain || branched
		case c >= 0xC2 && c <= 0xDF && i+1 < len(line):
			c1 := line[i+1]
			e := mkRune2[rune(c&0x1F)<<6|rune(c1&0x3F)]
			f := rune(int16(e >> 16))
			if c1&0xC0 != 0x80 || e&mkClassPlain == 0 || f < utf8.RuneSelf || f >= 0x800 {
				return i, node // not read
			}
			b0, b1 := 0xC0|byte(f>>6), 0x80|byte(f)&0x3F
			i += 2
			if node, _ = t.from(nd, b0); node < 0 {
				return i, -1
			}
			nd = &nodes[node]
			var branched bool
			if node, branched = t.from(nd, b1); node < 0 {
				return i, -1
			}
			chain = chain || branched
		case c >= 0xE3 && c <= 0xE9 && i+2 < len(line):
			// CJK ideographs, U+4E00 (E4 B8 80) to U+9FFF (E9 BF BF),
			// and "、。" (E3 80 81, E3 80 82).
			c1, c2 := line[i+1], line[i+2]
			if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 || c == 0xE3 && (c1 != 0x80 || c2 != 0x81 && c2 != 0x82) || c == 0xE4 && c1 < 0xB8 {
				return i, node // not read
			}
			i += 3
			if node, _ = t.from(nd, c); node < 0 {
				return i, -1
			}
			nd = &nodes[node]
			if node, _ = t.from(nd, c1); node < 0 {
				return i, -1
			}
			nd = &nodes[node]
			var branched bool
			if node, branched = t.from(nd, c2); node < 0 {
				return i, -1
			}
			chain = chain || branched
		default:
			return i, node // not read
		}
		if nd = &nodes[node]; nd.end >= 0 {
			return i, node
		}
	}
	return i, node
}
