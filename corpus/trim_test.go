package corpus

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// maybeSectionByRune is maybeSection as first written: by the decoded last
// rune.
func maybeSectionByRune(text string) bool {
	if len(text) > 800 || text == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	switch r {
	case '.', ';', '!', '?', '。', '；', '！', '？', '؟', '؛':
		return false
	}
	return true
}

// checkTrims compares the byte-reading trims and edge tests with the
// strings functions and the rune-decoding definitions they replace.
func checkTrims(t *testing.T, s string) {
	t.Helper()
	if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
		t.Fatalf("trimSpace(%q) = %q, strings.TrimSpace gives %q", s, got, want)
	}
	if got, want := trimRightSpace(s), strings.TrimRightFunc(s, unicode.IsSpace); got != want {
		t.Fatalf("trimRightSpace(%q) = %q, strings.TrimRightFunc gives %q", s, got, want)
	}
	if s != "" {
		if got, want := edgeSpace(s), strings.TrimSpace(s) != s; got != want {
			t.Fatalf("edgeSpace(%q) = %v, want %v", s, got, want)
		}
	}
	if got, want := maybeSection(s), maybeSectionByRune(s); got != want {
		t.Fatalf("maybeSection(%q) = %v, want %v", s, got, want)
	}
	for _, indent := range []int{0, 1, 3, 8, 9, 17} {
		checkLineText(t, strings.Repeat(" ", indent)+s)
	}
}

// checkLineText compares the trim of readLines' usual path (lineText, from
// the line's first byte that is not a space) with trimLine's on the line
// s, which takes the usual path when it holds a byte that is not a space.
func checkLineText(t *testing.T, s string) {
	t.Helper()
	start := len(s) - len(strings.TrimLeft(s, " "))
	if start == len(s) {
		return // a blank line: lineChunk.lines counts it
	}
	gotStart, gotEnd := lineText(s, start, len(s))
	wantStart, wantEnd := trimLine(s, 0, len(s))
	if gotStart != wantStart || gotEnd != wantEnd {
		t.Fatalf("lineText(%q, %d) = %d, %d; trimLine gives %d, %d", s, start, gotStart, gotEnd, wantStart, wantEnd)
	}
}

func TestTrimsMatchStrings(t *testing.T) {
	// Edges: ASCII and Unicode white space, the sentence ends, letters of
	// several scripts, and pieces of UTF-8 that are no characters.
	edges := []string{
		"", " ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680",
		"\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f",
		"\u3000", "\u3001", "\ufeff", "a", "Z", ".", ";", "!", "?", ":", ",",
		"。", "；", "！", "？", "؟", "؛", "،", "é", "д", "ب", "中", "😀",
		"\xc2", "\xe2\x80", "\xe3\x80", "\x80", "\xa0", "\x85", "\xff",
		"\x9f", "\x9b", "\xd8", "\xbc\x9b", "\xe3\x80\x82\x80",
	}
	for _, a := range edges {
		for _, b := range edges {
			for _, mid := range []string{"", "x", "中文", " \u00a0 "} {
				checkTrims(t, a+mid+b)
				checkTrims(t, a+b+mid)
				checkTrims(t, mid+a+b)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 50000; i++ {
		var sb strings.Builder
		for n := rng.Intn(6); n > 0; n-- {
			sb.WriteString(edges[rng.Intn(len(edges))])
		}
		checkTrims(t, sb.String())
	}
	checkTrims(t, strings.Repeat("a", 801))
}

func FuzzTrims(f *testing.F) {
	for _, s := range []string{"", " a ", "\u3000考虑到\u00a0", "a.", "决议。", "\xe3\x80", "\xd8\x9f"} {
		f.Add(s)
	}
	f.Fuzz(checkTrims)
}

// TestSpaceEdge: every white space character, as unicode.IsSpace has them,
// starts with a byte spaceEdge marks as a possible start and ends with one
// it marks as a possible end, so that trimLine's one-byte test never stops
// short of white space.
func TestSpaceEdge(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsSpace(r) {
			continue
		}
		n++
		s := string(r)
		if spaceEdge[s[0]]&edgeStart == 0 || spaceEdge[s[len(s)-1]]&edgeEnd == 0 {
			t.Errorf("U+%04X (% x): spaceEdge misses it", r, s)
		}
		if got := trimSpace("x" + s + "x" + s); got != "x"+s+"x" {
			t.Errorf("U+%04X: trimSpace leaves %q", r, got)
		}
	}
	if n != 25 {
		t.Errorf("%d white space characters; trimLine knows 25", n)
	}
}

// lineText is the trim of readLines' usual path (lineChunk.lines, then
// lineBlocks.fix), for checkLineText: the span of src[start:end] without
// white space at either end, for a line whose first byte, at start, is not
// a space. When edgesMaySpace says that neither end can be white space,
// the line is trimmed already.
func lineText(src string, start, end int) (int, int) {
	if edgesMaySpace(src, start, end) {
		return trimEdges(src, start, end)
	}
	return start, end
}

// edgesMaySpace reports whether src[start:end] (not empty) may start or
// end with white space, as its first byte says (spaceEdge) and its end
// (spaceEdge, then endMaySpace): the test that lineChunk.lines makes
// written out, and linesAsm in assembly, kept here as their definition.
func edgesMaySpace(src string, start, end int) bool {
	return spaceEdge[src[start]]&edgeStart != 0 || spaceEdge[src[end-1]]&edgeEnd != 0 && endMaySpace(src, start, end)
}
