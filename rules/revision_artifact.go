package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// RevisionArtifact reports text that still carries flattened revision
// marks.
var RevisionArtifact = &Rule{
	Name: "revision/artifact",
	Doc: `Reports text that still carries flattened revision marks, with the old and the new reading: run-together list markers ("ef)" = e) deleted, f) inserted; "iiiii)" = ii) + iii)), run-together section headings ("考虑到忆及" = considering, then recalling), run-together citations ("（2018年，迪拜2022年，布加勒斯特，修订版）" = Dubai 2018 replaced by Bucharest 2022), run-together years ("20192024年", "2020-20232024-2027") and doubled punctuation where one mark replaced another ("，；"). ` +
		`Such text comes from extracting a Word document with tracked changes as plain text; the document needs its changes accepted or rejected before it is compared.`,
	Severity:    Warning,
	MinVersions: 1,
	Run:         runRevisionArtifact,
}

var (
	// two plausible years written as one number: 20192024
	runTogetherYears = regexp.MustCompile(`(?:^|[^0-9/A-Za-z])((1[89]|20)\d\d)((1[89]|20)\d\d)(?:[^0-9/A-Za-z]|$)`)
	// a range run into another range: 2020-20232024-2027
	runTogetherRanges = regexp.MustCompile(`((?:19|20)\d\d[-–](?:19|20)\d\d)((?:19|20)\d\d[-–](?:19|20)\d\d)`)
	// a parenthesised citation with an edition: （...） or (...)
	citationGroup = regexp.MustCompile(`[（(][^（）()]{4,120}[）)]`)
	// a year inside a citation group, with the Chinese 年 when present
	yearIn = regexp.MustCompile(`(?:19|20)\d\d年?`)
)

// doubledPunct are pairs of marks that do not stand side by side in a
// clean text: one replaced the other under tracked changes.
var doubledPunct = []string{"，；", "；，", "，。", "。，", "；。", "、，", "，、", "：，", "，：", ",;", ";,", "،؛", "؛،"}

func runRevisionArtifact(p *Pass) error {
	for v, d := range p.Versions() {
		for b := range d.Blocks {
			checkArtifacts(p, v, d, b)
		}
	}
	return nil
}

func checkArtifacts(p *Pass, v int, d *corpus.Document, b int) {
	bl := &d.Blocks[b]
	id := d.ID
	if m := bl.Marker; m != nil && m.Old != nil {
		p.Report(Finding{Location: markerLoc(p, v, b),
			Message: fmt.Sprintf("%s has run-together markers %s: old reading %s, new reading %s", id, m.Raw, m.Old.Raw, newRaw(m))})
	}
	if bl.Kind == corpus.KindHeading || bl.Kind == corpus.KindParagraph {
		if s, ok := lang.Section(bl.Text); ok && s.OldKey != "" {
			p.Report(Finding{Location: p.Loc(v, b),
				Message: fmt.Sprintf("%s has run-together section headings %s: old heading %s, new heading %s", id, quote(snippet(bl.Text, 30)), quote(s.OldKey), quote(s.Key))})
		}
	}
	text := bl.Text
	long := longestDigitRun(text)
	if long < 8 {
		goto citations // no run-together years or ranges without 8 digits in a row
	}
	for _, m := range runTogetherRanges.FindAllStringSubmatchIndex(text, -1) {
		raw := text[m[0]:m[1]]
		p.Report(Finding{Location: findIn(p, v, b, raw),
			Message: fmt.Sprintf("%s has run-together ranges %s: old reading %s, new reading %s", id, raw, text[m[2]:m[3]], text[m[4]:m[5]])})
	}
	for _, m := range runTogetherYears.FindAllStringSubmatchIndex(text, -1) {
		y1, y2 := text[m[2]:m[3]], text[m[6]:m[7]]
		if y2 < y1 || inRange(text, m[2]) {
			continue
		}
		raw := y1 + y2
		p.Report(Finding{Location: findIn(p, v, b, raw),
			Message: fmt.Sprintf("%s has run-together years %s: old reading %s, new reading %s", id, raw, y1, y2)})
	}
citations:
	if long < 4 || !strings.ContainsAny(text, "(（") {
		goto punctuation
	}
	for _, g := range citationGroup.FindAllStringIndex(text, -1) {
		if old, nw, ok := splitCitation(text[g[0]:g[1]]); ok {
			p.Report(Finding{Location: findIn(p, v, b, text[g[0]:g[1]]),
				Message: fmt.Sprintf("%s has a run-together citation %s: old reading %s, new reading %s", id, text[g[0]:g[1]], old, nw)})
		}
	}
punctuation:
	for _, pair := range doubledPunct {
		if strings.Contains(text, pair) {
			first, second := splitPair(pair)
			p.Report(Finding{Location: findIn(p, v, b, pair),
				Message: fmt.Sprintf("%s has doubled punctuation %s: old reading %s, new reading %s", id, quote(pair), quote(first), quote(second))})
		}
	}
}

// inRange: the years at i are the second half of a run-together range,
// reported by the range pattern already.
func inRange(text string, i int) bool {
	return i >= 5 && (strings.HasSuffix(text[:i], "-") || strings.HasSuffix(text[:i], "–"))
}

func splitPair(pair string) (string, string) {
	r := []rune(pair)
	return string(r[0]), string(r[1:])
}

// newRaw writes the new reading of a flattened marker pair: the raw text
// minus the old reading's numeral.
func newRaw(m *lang.Marker) string {
	if m.Old != nil && strings.HasPrefix(m.Raw, strings.TrimRight(m.Old.Raw, ").、")) {
		rest := strings.TrimPrefix(m.Raw, strings.TrimRight(m.Old.Raw, ").、"))
		if rest != "" {
			return rest
		}
	}
	return formatLike(m, m.Value)
}

// splitCitation reads a parenthesised citation that runs an old and a new
// edition together: "（2018年，迪拜2022年，布加勒斯特，修订版）" gives
// "（2018年，迪拜，修订版）" and "（2022年，布加勒斯特，修订版）";
// "(Rev. Dubai, 2018Bucharest, 2022)" gives "(Rev. Dubai, 2018)" and
// "(Rev. Bucharest, 2022)". The mark is a year glued to a word: a place
// name directly followed by the next edition's year, or a year directly
// followed by the next edition's place name.
func splitCitation(g string) (old, nw string, ok bool) {
	open, close := g[:len(g)-len(lastRune(g))], lastRune(g)
	inner := g[len(firstRune(g)) : len(g)-len(close)]
	open = firstRune(g)
	ys := yearIn.FindAllStringIndex(inner, -1)
	if len(ys) < 2 {
		return "", "", false
	}
	for k := 1; k < len(ys); k++ {
		y := ys[k]
		prev := ys[k-1]
		before := inner[:y[0]]
		// Chinese: "2018年，迪拜2022年，布加勒斯特，修订版"
		if lr := lastRune(before); lr != "" && isLetterString(lr) && y[0] > prev[1] {
			head := inner[:y[0]]
			rest := inner[y[0]:]
			// the new edition runs to the next separator after its place
			seps := "，,;；"
			first := strings.IndexAny(rest, seps)
			tail := ""
			if first >= 0 {
				if second := strings.IndexAny(rest[first+1:], seps); second >= 0 {
					tail = rest[first+1+second:]
				}
			}
			head = strings.TrimRight(head, " ")
			return open + head + tail + close, open + rest + close, true
		}
		// English: "Rev. Dubai, 2018Bucharest, 2022"
		after := inner[prev[1]:]
		if fr := firstRune(after); fr != "" && isLetterString(fr) && !strings.HasPrefix(after, "年") {
			prefix := ""
			if strings.HasPrefix(inner, "Rev. ") {
				prefix = "Rev. "
			}
			return open + inner[:prev[1]] + close, open + prefix + inner[prev[1]:] + close, true
		}
	}
	return "", "", false
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

func isLetterString(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x2E80 && r != '年' && r != '，' && r != '；' && r != '）' && r != '（') {
			return false
		}
	}
	return s != ""
}

// longestDigitRun is the length of the longest run of ASCII digits.
func longestDigitRun(s string) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
			if n > best {
				best = n
			}
		} else {
			n = 0
		}
	}
	return best
}
