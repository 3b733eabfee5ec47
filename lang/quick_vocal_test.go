package lang

import (
	"testing"
	"unicode/utf8"
)

// TestQuickVocalized: Arabic words vocalized with harakat (and other
// marks), before another word or anything else, read as the parser reads
// them (pmSlow), now that the quick check looks such a word up itself
// when a word follows it (mkWordFollows).
func TestQuickVocalized(t *testing.T) {
	words := []string{"اعتمد", "لما", "المادة", "الماده", "المادة", "أ", "ب", "أب", "ج", "مادة", "الفصل", "الباب", "ملحق",
		"الملحق", "اعتبارا", "وفضلا", "Article", "Статья", "глава", "a", "ab"}
	marks := []string{"\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0670", "\u0651\u064e", "\u064e\u0651",
		"\u0653", "\u0654", "\u0655", "\u0301", "\u0308"}
	afters := []string{" بموجب", " ب", " x", " X", " 3", " (1)", " )", "\u00a0)", "  ب", " \u064eب", ")", ".", "-", "",
		" ", " Статья", " é", " ١", " ـب", "\tب", " ب)", " أ)"}
	n := 0
	for _, w := range words {
		rs := []rune(w)
		for _, mk := range marks {
			for at := 1; at <= len(rs); at++ {
				v := string(rs[:at]) + mk + string(rs[at:])
				for _, a := range afters {
					if d := pmCompareSlow(v + a); d != "" {
						t.Fatal(d)
					}
					n++
				}
			}
		}
	}
	t.Logf("%d lines", n)
}

// TestSkipBlanks: mkSkipBlanks skips what mkIsBlank reports, rune by
// rune, and nothing else, in valid and invalid UTF-8.
func TestSkipBlanks(t *testing.T) {
	pieces := []string{" ", "\t", "\u3000", "\u00a0", "\u202f", "\u2007", "\u2000", "\u200a", "\u200b", "\u2028", "\u3001",
		"\u00a1", "\xc2", "\xe3\x80", "\xe2\x80", "\xe2", "\xe3", "a", "一", "\n", "\u205f", "\u2080"}
	want := func(s string, n int) int {
		for n < len(s) {
			r, size := utf8.DecodeRuneInString(s[n:])
			if !mkIsBlank(r) {
				break
			}
			n += size
		}
		return n
	}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				s := "x" + a + b + c
				for n := 0; n <= len(s); n++ {
					if got, w := mkSkipBlanks(s, n), want(s, n); got != w {
						t.Fatalf("mkSkipBlanks(%q, %d) = %d, want %d", s, n, got, w)
					}
				}
			}
		}
	}
}
