package lang

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refSection is Section as it was before its quick checks read the trie
// and before it folded plain lines without normalizing them: the
// reference the fuzz tests compare Section with.
func refSection(text string) (SectionMatch, bool) {
	line := strings.TrimFunc(text, unicode.IsSpace)
	line = strings.TrimRight(line, ":,：，")
	if line == "" || len(line) > 400 {
		return SectionMatch{}, false
	}
	x := mkIndex()
	if first, _ := utf8.DecodeRuneInString(line); len(x.byFirst[mkFoldRune(first)]) == 0 {
		return SectionMatch{}, false
	}
	if ok, words := refSectionPrefix(x, line); !ok || mkSentence(line) || mkMoreWords(line, words) {
		return SectionMatch{}, false
	}
	f := mkFoldPhrase(line)
	if ref, ok := x.sectionAt(f); ok {
		return SectionMatch{Key: ref.s.key, Lang: ref.lang}, true
	}
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

// refFirstMax is the length of the longest folded phrase of each first
// rune.
func refFirstMax(x *mkIndexT, r rune) int {
	n := 0
	for _, ref := range x.byFirst[r] {
		n = max(n, len(ref.folded))
	}
	return n
}

// refSectionPrefix is sectionPrefix as it was, comparing the folded
// start of the line with every phrase of its first rune.
func refSectionPrefix(x *mkIndexT, line string) (ok bool, words int) {
	var buf [128]byte
	b := buf[:0]
	complete, space := true, false
	limit := len(buf) - utf8.UTFMax - 1
	for i := 0; i < len(line); {
		r, size := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(line[i:])
			if !mkInert(r) && !mkHaraka(r) {
				complete = false
				break
			}
		}
		if len(b) > limit {
			complete = false
			break
		}
		i += size
		if r < utf8.RuneSelf && unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if r = mkFoldRune(r); r < 0 {
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if len(b) == 0 {
			limit = min(limit, refFirstMax(x, r)+utf8.UTFMax)
		}
		b = utf8.AppendRune(b, r)
	}
	if !complete {
		_, size := utf8.DecodeLastRune(b)
		b = b[:len(b)-size]
	}
	if len(b) == 0 {
		return true, math.MaxInt
	}
	r0, _ := utf8.DecodeRune(b)
	for _, ref := range x.byFirst[r0] {
		if len(b) >= len(ref.folded) && string(b[:len(ref.folded)]) == ref.folded ||
			!complete && len(b) < len(ref.folded) && ref.folded[:len(b)] == string(b) {
			ok, words = true, max(words, ref.words)
		}
	}
	return ok, words
}

// FuzzSection compares Section with refSection, sectionQuick with
// sectionSlow where it settles a line, and sectionPrefix with
// refSectionPrefix.
func FuzzSection(f *testing.F) {
	for _, t := range mkTables {
		for _, s := range t.sections {
			f.Add(s.phrase)
			f.Add(strings.ToUpper(s.phrase) + "：")
			f.Add(harakat(s.phrase) + " the Director")
		}
	}
	for _, s := range []string{"考虑到忆及", "consideringrecalling", "considering\u0301", "CONSIDÉRANT", "ا\u0654", "ﻻ", "Ｃonsidering",
		"Considérant que la", "considerable", "décidément", "ayant à l’esprit que", "请成员国、部门成员", "invites Member States’ ‘x’", "«considering»",
		"consider\u0301ando", "CONSIDERANDO también", "принимая во внимание, что", "considering َُ", "©considering", "Éconsidering", "considering\u00a0",
		"considerando  además", "considerando\tademás", "考虑到，忆及", "请成员国、部门成员。"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gm, gok := Section(s)
		wm, wok := refSection(s)
		if gm != wm || gok != wok {
			t.Errorf("Section(%q) = %+v %v, want %+v %v", s, gm, gok, wm, wok)
		}
		x := mkIndex()
		if line := mkTrimSection(s); line != "" && len(line) <= 400 {
			if m, ok, done := x.sectionFast(line); done {
				if wm, wok := x.sectionSlow(line); m != wm || ok != wok {
					t.Errorf("sectionFast(%q) = %+v %v, sectionSlow %+v %v", line, m, ok, wm, wok)
				}
			}
			if m, ok, done := x.sectionQuick(line); done {
				if wm, wok := x.sectionSlow(line); m != wm || ok != wok {
					t.Errorf("sectionQuick(%q) = %+v %v, sectionSlow %+v %v", line, m, ok, wm, wok)
				}
			}
		}
		gp, gw, _, _ := x.sectionPrefix(s, nil)
		wp, ww := refSectionPrefix(x, s)
		if gp != wp || gp && gw != ww {
			t.Errorf("sectionPrefix(%q) = %v %d, want %v %d", s, gp, gw, wp, ww)
		}
	})
}

// FuzzFoldPlain checks that a plain text folds rune by rune as
// mkFoldPhrase folds it after normalizing.
func FuzzFoldPlain(f *testing.F) {
	for _, s := range []string{"Considérant", "ΑΒΓ ά", "ЯБЛОКО  яблоко", "إذ تَضع  في", "考虑到、忆及。", "\u064e a", "a \u064e b", "ÀÞß×÷"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, plain := mkAppendFoldPlain(nil, s)
		if plain && string(b) != mkFoldPhrase(s) {
			t.Errorf("mkAppendFoldPlain(%q) = %q, mkFoldPhrase %q", s, b, mkFoldPhrase(s))
		}
	})
}

// TestFoldPlainRunes checks every plain rune alone and after each of
// a few letters against mkFoldPhrase.
func TestFoldPlainRunes(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= utf8.RuneSelf && !mkPlainRune(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r), "ا" + string(r) + "ا", string(r) + "\u064e" + string(r), "\u0650" + string(r) + " x"} {
			if b, plain := mkAppendFoldPlain(nil, s); !plain || string(b) != mkFoldPhrase(s) {
				t.Errorf("mkAppendFoldPlain(%q) = %q %v, mkFoldPhrase %q", s, b, plain, mkFoldPhrase(s))
			}
		}
	}
}

// TestIsSpace checks mkIsSpace against unicode.IsSpace on every rune.
func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if mkIsSpace(r) != unicode.IsSpace(r) {
			t.Errorf("mkIsSpace(%U) = %v", r, mkIsSpace(r))
		}
	}
}

// FuzzTrimSection compares mkTrimSection with the trimming it stands for.
func FuzzTrimSection(f *testing.F) {
	for _, s := range []string{" considering: ", "考虑到，：", "\u3000a,\u00a0", "x\xef\xbc\x9a", "\xbc\x9a", "：", "",
		"考虑到\u3000", "\xe4\xb8", "a\xe4\xb8\x80", "\xe4\x80\x80 ", "x\xe9\xbf\xbf\u2003", "\x9a", "a\x8c", "鉴于："} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.TrimRight(strings.TrimFunc(s, unicode.IsSpace), ":,：，")
		if got := mkTrimSection(s); got != want {
			t.Errorf("mkTrimSection(%q) = %q, want %q", s, got, want)
		}
	})
}

// refAddressee is mkAddressee as it was, in several passes.
func refAddressee(rest, lang string) bool {
	if rest == "" || strings.ContainsAny(rest, ".;。；!?！？") {
		return false
	}
	n := utf8.RuneCountInString(rest)
	if lang == "zh" {
		return n <= 30 && !strings.ContainsAny(rest, "，,")
	}
	words := strings.Count(rest, " ") + 1
	return n <= 100 && words <= 14
}

// FuzzAddressee compares mkAddressee with refAddressee.
func FuzzAddressee(f *testing.F) {
	for _, s := range []string{"the Director of the Bureau", "成员国、部门成员", "成员国，部门", "a.b", "x\xff y", strings.Repeat("a ", 14)} {
		f.Add(s, "en")
		f.Add(s, "zh")
	}
	f.Fuzz(func(t *testing.T, rest, lang string) {
		if got, want := mkAddressee(rest, lang), refAddressee(rest, lang); got != want {
			t.Errorf("mkAddressee(%q, %q) = %v, want %v", rest, lang, got, want)
		}
	})
}
