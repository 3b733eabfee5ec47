package align

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// feat is what the aligner knows about one block: its length in
// characters, the numbers and the tokens it carries, and its place in the
// document's structure.
type feat struct {
	block *corpus.Block
	// length is the number of non-space characters of the text.
	length float64
	// numbers are the numbers written in the text (digits of any width and
	// script, Chinese numerals in 第…条 forms), sorted, deduplicated.
	numbers []string
	// tokens are lower-cased words of three letters or more, and numbers
	// ("#70"), in text order, repeats included: what can survive
	// translation unchanged (names, acronyms such as WSIS inside Chinese
	// text, loanwords, numbers).
	tokens []string
	// article is the number of the article heading the block stands under
	// (0 before the first one).
	article int
	// pathKey locates the block in the structure: section, article and the
	// values of the markers of the enclosing list items. Empty when the
	// block has no marker.
	pathKey string
	// list numbers the list the block is an item of (1, 2, ... in stream
	// order; 0 when the block is not a list item): the items that follow
	// one another at one level under the same parent item, until a
	// shallower item, an article or a numbered heading closes the list or
	// the numbering starts again lower.
	list int
	// parent is the stream index of the list item the block is nested in,
	// or -1.
	parent int
	// terms are the terms the block defines (corpus.Block.Terms), joined
	// by NUL; empty when it is not the first block of a definition.
	terms string
}

// digitValue maps a rune to its decimal digit value when it is a digit in
// any script (ASCII, full-width, Arabic-Indic, ...), else -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.IsDigit(r) {
		return -1
	}
	// Unicode decimal digits come in contiguous runs of ten starting at a
	// code point whose value is 0; find the run's start.
	for z := r; z > r-10; z-- {
		if !unicode.IsDigit(z) {
			return int(r - z - 1)
		}
	}
	return int(r-'0') % 10
}

// cjkDigits are the values of Chinese numeral characters.
var cjkDigits = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '兩': 2, '两': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9,
}

// cjkUnits are the multipliers of Chinese numerals.
var cjkUnits = map[rune]int{'十': 10, '百': 100, '千': 1000}

// cjkNumber reads a Chinese numeral ("二十五", "一百零三"); ok is false
// when s is not one.
func cjkNumber(s string) (int, bool) {
	total, cur := 0, 0
	seen := false
	for _, r := range s {
		if d, ok := cjkDigits[r]; ok {
			cur = d
			seen = true
			continue
		}
		u, ok := cjkUnits[r]
		if !ok {
			return 0, false
		}
		if cur == 0 {
			cur = 1
		}
		total += cur * u
		cur = 0
		seen = true
	}
	return total + cur, seen
}

// cjkCounters are the characters that, after 第 and a numeral, make a
// structural reference (article, paragraph, item, chapter, section).
const cjkCounters = "条條款项項目章节節编編款段"

func isCJKNumeral(r rune) bool {
	_, d := cjkDigits[r]
	_, u := cjkUnits[r]
	return d || u
}

// extractNumbers returns the numbers written in s: runs of digits in any
// script (joined by / . - when they form one reference such as 70/125 or
// A/78/L.49's 78 and 49 as separate numbers) and Chinese numerals in
// 第…条 forms converted to digits.
func extractNumbers(s string) []string {
	_, numbers, _ := scanText(s, nil)
	return numbers
}

// scanText reads s once for its length, its numbers (extractNumbers) and
// its tokens, appended to tokens.
//
// The length measures s in characters, not counting spaces, where a Han,
// kana or Hangul character counts as cjkWeight: a Chinese character
// carries about as much as three Latin letters, so a Latin-script title
// inside the Chinese version (the name of the declaration, an acronym)
// is measured on the same scale as the Chinese text around it. The
// ratio between versions is still estimated from the documents.
//
// The tokens are the lower-cased words of at least three letters in
// alphabetic scripts other than Han (Han words are not space-separated and
// rarely survive translation) plus the numbers of the text ("#70").
func scanText(s string, tokens []string) (length float64, numbers []string, toks []string) {
	var out []string
	var cur []byte
	// While the digits of cur are ASCII, they are s[curAt:curAt+len(cur)]
	// and the number is a substring of s, not a new string.
	curAt, curASCII := 0, true
	flush := func() {
		if len(cur) > 0 {
			k := 0
			for k < len(cur)-1 && cur[k] == '0' {
				k++
			}
			if curASCII {
				out = append(out, s[curAt+k:curAt+len(cur)])
			} else {
				out = append(out, string(cur[k:]))
			}
			cur = cur[:0]
		}
	}
	skipSpace := func(i int) int {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r != ' ' && r != '\u3000' {
				break
			}
			i += n
		}
		return i
	}
	start := -1
	// wordASCII and wordUpper say whether the word being read is all
	// ASCII and has a capital, so that it need not be read again.
	wordASCII, wordUpper := true, false
	flushWord := func(end int) {
		if start >= 0 {
			w := s[start:end]
			switch {
			case len(w) < 3:
			case wordASCII && !wordUpper:
				tokens = append(tokens, w)
			case wordASCII:
				tokens = append(tokens, lowerASCII(w))
			case utf8.RuneCountInString(w) >= 3:
				tokens = append(tokens, lowerWord(w))
			}
			start = -1
		}
	}
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
				n++
			}
			if c >= '0' && c <= '9' {
				if len(cur) == 0 {
					curAt, curASCII = i, true
				}
				cur = append(cur, c)
			} else {
				flush()
			}
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				if start < 0 {
					start, wordASCII, wordUpper = i, true, false
				}
				if c <= 'Z' {
					wordUpper = true
				}
			} else {
				flushWord(i)
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		cjk := isCJK(r)
		switch {
		case cjk:
			n += cjkWeight
		case !unicode.IsSpace(r):
			n++
		}
		if !cjk && unicode.IsLetter(r) {
			if start < 0 {
				start, wordUpper = i, false
			}
			wordASCII = false
		} else {
			flushWord(i)
		}
		d := -1
		if !cjk {
			// No Han, kana or Hangul character is a decimal digit.
			d = digitValue(r)
		}
		if d >= 0 {
			curASCII = false
			cur = append(cur, byte('0'+d))
			i += w
			continue
		}
		flush()
		i += w
		if r != '第' {
			continue
		}
		// 第 + Chinese numeral + counter (条, 款, 项, 章 ...). The
		// numeral and the spaces around it are neither digits nor 第,
		// so the scan goes on over them for the length and the tokens.
		j := skipSpace(i)
		k := j
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !isCJKNumeral(r) {
				break
			}
			k += n
		}
		l := skipSpace(k)
		if k > j && l < len(s) {
			if c, _ := utf8.DecodeRuneInString(s[l:]); strings.ContainsRune(cjkCounters, c) {
				if v, ok := cjkNumber(s[j:k]); ok {
					out = append(out, strconv.Itoa(v))
				}
			}
		}
	}
	flush()
	flushWord(len(s))
	numbers = sortUnique(out)
	for _, x := range numbers {
		tokens = append(tokens, "#"+x)
	}
	// A count, exact in a float64.
	return float64(n), numbers, tokens
}

// lowerWord lower-cases w, without allocating when it is already lower case ASCII.
func lowerWord(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return strings.ToLower(w)
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return w
	}
	return lowerASCII(w)
}

// lowerASCII lower-cases w, which is ASCII.
func lowerASCII(w string) string {
	b := make([]byte, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func sortUnique(ss []string) []string {
	if len(ss) < 2 {
		return ss
	}
	slices.Sort(ss)
	j := 1
	for i := 1; i < len(ss); i++ {
		if ss[i] != ss[j-1] {
			ss[j] = ss[i]
			j++
		}
	}
	return ss[:j]
}

// isCJK reports whether r is a Han, kana or Hangul character (the common
// blocks by range first: this runs on every character of every block).
func isCJK(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF, r >= 0x3040 && r <= 0x30FF,
		r >= 0xAC00 && r <= 0xD7AF, r >= 0xF900 && r <= 0xFAFF, r >= 0x20000 && r <= 0x3FFFF:
		return true
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// cjkWeight is the length of one CJK character in Latin characters.
const cjkWeight = 3

// isArticle reports whether the block is a numbered article heading.
func isArticle(b *corpus.Block) bool {
	return b.Marker != nil && b.Marker.Unit == lang.UnitArticle && b.Marker.Value > 0
}

// markerValue is the comparable value of a block's marker, 0 for none.
func markerValue(b *corpus.Block) int {
	if b.Marker == nil || b.Marker.System == lang.SystemBullet {
		return 0
	}
	return b.Marker.Value
}

// features computes the features of a stream of blocks.
func features(blocks []*corpus.Block) []feat {
	fs := make([]feat, len(blocks))
	article := 0
	// stack holds the marker values of the enclosing items by level;
	// lists, items and last the list, the item (stream index, -1 for a
	// numbered heading or no item) and its value at each level.
	var stack, lists, items, last []int
	nlists := 0
	var scratch []string
	for i, b := range blocks {
		f := &fs[i]
		f.block = b
		f.parent = -1

		f.terms = strings.Join(b.Terms(), "\x00")
		text := b.Text
		// One pass over the text; the tokens are collected in scratch
		// and copied once.
		f.length, f.numbers, scratch = scanText(text, scratch[:0])
		if len(scratch) > 0 {
			f.tokens = slices.Clone(scratch)
		}
		if isArticle(b) {
			article = b.Marker.Value
			stack, lists, items, last = stack[:0], lists[:0], items[:0], last[:0]
		} else if b.Kind == corpus.KindHeading && b.Marker != nil && b.Marker.Unit != lang.UnitNone {
			// A chapter or part heading closes the article.
			article = 0
			stack, lists, items, last = stack[:0], lists[:0], items[:0], last[:0]
		}
		f.article = article
		if v := markerValue(b); v > 0 {
			lvl := b.Level
			if lvl < 0 {
				lvl = 0
			}
			if lvl > 16 {
				lvl = 16
			}
			for len(stack) <= lvl {
				stack = append(stack, 0)
			}
			stack = stack[:lvl+1]
			stack[lvl] = v
			for len(lists) <= lvl {
				lists, items, last = append(lists, 0), append(items, -1), append(last, 0)
			}
			lists, items, last = lists[:lvl+1], items[:lvl+1], last[:lvl+1]
			if b.Marker.Unit != lang.UnitNone {
				lists[lvl], items[lvl] = 0, -1
			} else {
				if lists[lvl] == 0 || v < last[lvl] {
					nlists++
					lists[lvl] = nlists
				}
				f.list = lists[lvl]
				for k := lvl - 1; k >= 0; k-- {
					if items[k] >= 0 {
						f.parent = items[k]
						break
					}
				}
				items[lvl] = i
			}
			last[lvl] = v
			var sb strings.Builder
			sb.WriteString(b.Section)
			sb.WriteByte('|')
			if b.Marker.Unit != lang.UnitNone {
				sb.WriteString(b.Marker.Unit.String())
				sb.WriteByte(':')
				sb.WriteString(strconv.Itoa(v))
			} else {
				sb.WriteString(strconv.Itoa(article))
				for _, x := range stack {
					sb.WriteByte('/')
					sb.WriteString(strconv.Itoa(x))
				}
			}
			f.pathKey = sb.String()
		}
	}
	return fs
}
