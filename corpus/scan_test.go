package corpus

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// scanLineNaive is what scanLine computes, one byte at a time.
func scanLineNaive(line string) (uint8, int) {
	var fl uint8
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '[':
			fl |= lineBracket
		case c == 0:
			fl |= lineControl | lineNUL
		case isControl(c) && c != '\n' || c == '\n':
			fl |= lineControl
		case c >= utf8.RuneSelf:
			fl |= lineWide
		}
	}
	if !utf8.ValidString(line) {
		fl |= lineInvalid
	}
	return fl, contBytes(line)
}

func TestScanLine(t *testing.T) {
	tests := []string{
		"", "a", "plain ASCII text of some length, more than eight bytes",
		"a)\t信息社会世界高峰会议（WSIS）两个阶段会议的相关成果；",
		"Все люди рождаются свободными", "يولد جميع الناس أحرارًا", "Ünïcödé",
		"[bookmark: _Toc114651360]第75号决议", "x[", "\x01 stray", "form\ffeed", "nul\x00byte",
		"tab\tand\rcr", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xf0\x90\x80\x80", "\xf0\x80\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
		"\xff", "\x80", "abc\xe4\xbd", "abcdefg\xe4\xbd\xa0", "abcdefgh\xe4", "\xe4\xbd\xa0\xe4\xbd", "😀 emoji 𠀀",
		"\u00a0nbsp\u3000", strings.Repeat("中", 40), strings.Repeat("ab中", 13) + "\xe4",
	}
	for _, s := range tests {
		checkScanLine(t, s)
	}
}

func checkScanLine(t *testing.T, s string) {
	t.Helper()
	// The line alone, and inside a longer string at every offset, so
	// that both ways of reading the last word are used.
	fl, n := scanLine(s, 0, len(s))
	wfl, wn := scanLineNaive(s)
	if fl != wfl || n != wn {
		t.Errorf("scanLine(%q) = %05b, %d, want %05b, %d", s, fl, n, wfl, wn)
	}
	pad := "0123456789abcdef"
	for k := 0; k < 9; k++ {
		w := pad[:k] + s + pad[:k]
		if fl, n := scanLine(w, k, k+len(s)); fl != wfl || n != wn {
			t.Errorf("scanLine(%q) inside %q = %05b, %d, want %05b, %d", s, w, fl, n, wfl, wn)
		}
	}
}

func FuzzScanLine(f *testing.F) {
	for _, s := range []string{"a)\t信息", "\xed\xa0\x80", "[x] \x01", "Статья 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScanLine(t, s)
	})
}

// TestScanLineRandom compares scanLine with scanLineNaive on lines built
// from pieces that test every rule: ASCII, two-, three- and four-byte
// characters, the lead bytes with narrower rules, stray and missing
// continuation bytes, controls, tabs, CR and "[", at every length up to
// 80 bytes, so that both the sixteen-byte blocks (scan16 on amd64) and
// the eight-byte words are crossed by characters at every offset.
func TestScanLineRandom(t *testing.T) {
	pieces := []string{"a", "Z", " ", "\t", "\r", "[", "\x01", "\x00", "\x1f", "é", "я", "ب", "中", "。",
		"\u3000", "\u00a0", "😀", "𠀀", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
		"\x80", "\xbf", "\xe4\xbd", "\xc3", "\xff", "\xfe"}
	r := rand.New(rand.NewSource(1))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for k := 0; k < n; k++ {
		var b strings.Builder
		size := r.Intn(81)
		// Mostly valid text, now and then a piece that is not.
		for b.Len() < size {
			p := pieces[r.Intn(17)]
			if r.Intn(20) == 0 {
				p = pieces[r.Intn(len(pieces))]
			}
			b.WriteString(p)
		}
		s := b.String()
		fl, n := scanLine(s, 0, len(s))
		wfl, wn := scanLineNaive(s)
		if fl != wfl || n != wn {
			t.Fatalf("scanLine(%q) = %05b, %d, want %05b, %d", s, fl, n, wfl, wn)
		}
	}
}

// contBytes counts the UTF-8 continuation bytes (10xxxxxx) of s.
func contBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n++
		}
	}
	return n
}
