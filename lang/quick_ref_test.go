package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The quick check of ParseMarker as it was before its fast paths, the
// reference of the harness (pmSlow): the quick check is not exact (it
// rejects some lines the parser would read), so what it accepts is part
// of what ParseMarker reads.

// refQuickCheck is the quick check of ParseMarker as it was before its
// fast paths (kept as the reference of the harness): mkQuickCandidate, with what it learned of a heading
// word. A line that starts with a word is a candidate only when the word
// is short and followed by closing punctuation ("iv)", "б.", "أ-") or is
// a heading word ("Article", "Статья", "المادة").
func refQuickCheck(s string) mkQuick {
	c := s[0]
	if c < utf8.RuneSelf && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return mkQuick{candidate: c >= '0' && c <= '9' || c == '(' || c == '-' || c == '*'}
	}
	if c < utf8.RuneSelf {
		// A word of ASCII letters, read as the loop below reads it when
		// what ends it is ASCII too (or the end of s, or the 17th letter).
		i := 1
		for i < len(s) && i <= 16 && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
			i++
		}
		if i == len(s) || i > 16 || s[i] < utf8.RuneSelf {
			if i < len(s) && i <= 14 && (s[i] == ')' || s[i] == '.' || s[i] == '-') {
				return mkQuick{candidate: true}
			}
			if i > 16 {
				return mkQuick{}
			}
			u := refIsUnitWordASCII(s[:i])
			return mkQuick{candidate: u != nil, units: u, runes: i, bytes: i}
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0x2E80 && unicode.Is(unicode.Han, r) {
		return mkQuick{candidate: r == '第' || r == '附' || mkIsCJKNumeral(r)}
	}
	if !mkCommonLetter(r) && !unicode.IsLetter(r) {
		return mkQuick{candidate: true} // brackets, circled numbers, bullets, Arabic-Indic digits
	}
	if r >= 0xFF21 && r <= 0xFF5A {
		// A full-width Latin letter ("Ａｒｔｉｃｌｅ ３５"): the parser
		// folds the width before it reads the word.
		return mkQuick{candidate: true}
	}
	// Read the word, and fold it for the heading index (mkFoldRune) on the
	// way until its first runes rule it out as a heading word. A word
	// with a combining mark is left to the parser, which folds it after
	// normalization.
	x := mkIndex()
	var buf [64]byte
	folded := buf[:0]
	fold := true
	var prefix [3]rune // the first folded runes
	nf := 0            // how many
	i, n := 0, 0
	marks := false // a combining mark in the word
	plain := true  // only letters that normalization leaves alone
	for fold && i < len(s) && n <= 16 {
		var r rune
		var size int
		if c := s[i]; c < utf8.RuneSelf {
			r, size = rune(c), 1
		} else if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Two bytes (Latin-1, Greek, Cyrillic, Arabic), as mkDecodeRune.
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		} else {
			r, size = mkDecodeRune(s[i:])
		}
		if r < utf8.RuneSelf {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				break
			}
		} else if !mkCommonLetter(r) && !unicode.IsLetter(r) {
			if !unicode.Is(unicode.Mn, r) {
				break
			}
			marks = true
		} else if plain && !mkInert(r) {
			plain = false
		}
		if fold {
			if f := mkFoldRune(r); f >= 0 {
				switch {
				case nf == 0 && x.unitFirstLens(f) == 0:
					fold = false // no heading word starts so
				case nf == 2 && !x.mayStartUnit(prefix[0], prefix[1], f):
					fold = false // nor so
				default:
					if nf < len(prefix) {
						prefix[nf] = f
						nf++
					}
					folded = utf8.AppendRune(folded, f)
				}
			}
		}
		i += size
		n++
	}
	// The rest of a word that is no heading word: where it ends and
	// whether it has a mark still matter.
	for i < len(s) && n <= 16 {
		var r rune
		var size int
		if c := s[i]; c < utf8.RuneSelf {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				break
			}
			i++
			n++
			continue
		} else if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		} else {
			r, size = mkDecodeRune(s[i:])
		}
		if !mkCommonLetter(r) && !unicode.IsLetter(r) {
			if !unicode.Is(unicode.Mn, r) {
				break
			}
			marks = true
		}
		i += size
		n++
	}
	if i < len(s) && n <= 14 {
		switch next, _ := utf8.DecodeRuneInString(s[i:]); next {
		case ')', '.', '-', '）', '．', '。':
			return mkQuick{candidate: true}
		}
	}
	if n == 1 && (strings.HasPrefix(s[i:], " )") || strings.HasPrefix(s[i:], "\u00a0)")) {
		return mkQuick{candidate: true} // "أ )": a letter, a space, the bracket
	}
	if n > 16 || i < 3 || i > 60 {
		return mkQuick{} // too short or too long for a heading word
	}
	if marks {
		return mkQuick{candidate: true} // decomposed or vocalized: let the parser fold it
	}
	if !fold || !x.mayBeUnit(folded) {
		return mkQuick{}
	}
	u := x.unitsFolded[string(folded)]
	if !plain || i < len(s) && s[i] >= utf8.RuneSelf {
		return mkQuick{candidate: u != nil}
	}
	return mkQuick{candidate: u != nil, units: u, runes: n, bytes: i}
}

// refIsUnitWordASCII is mkIsUnitWordASCII as it was: it returns the units of a word of ASCII letters when it
// is a heading word of some language ("Article", "CHAPTER"), or nil. Its
// fold is its lower case: most words are ruled out by their first letter
// and length before the lookup.
func refIsUnitWordASCII(w string) *mkUnits {
	if len(w) < 3 || len(w) > 60 {
		return nil
	}
	x := mkIndex()
	if x.unitASCII[w[0]|0x20]&(1<<len(w)) == 0 {
		return nil
	}
	var buf [64]byte
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	return x.unitsFolded[string(b)]
}
