package lang

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Reference is a cross-reference found in running text: "resolves 1 and
// 2", "paragraph 35 a) to e)", "Article 3(2)(a)", "subsection (1)",
// "第十二條第一款第六目", "l'alinéa b)", "пункт 2", "الفقرة 2".
type Reference struct {
	// Raw is the reference as written, Start and End its byte span.
	Raw        string
	Start, End int
	// Unit is what the reference points at, in English, whatever the
	// language: "article", "section", "subsection", "paragraph",
	// "subparagraph", "point", "item", "chapter", "annex", or a section
	// heading key such as "resolves".
	Unit string
	// Targets are the normalized target paths, one per item referred to:
	// the values of each level joined by "/", letters and roman numerals
	// read as their ordinal, so Article 3(1)(f), l'article 3, paragraphe 1,
	// point f) and 3(1)f) all give "3/1/6". A range is expanded
	// ("35 a) to e)" gives 35/1 ... 35/5).
	Targets []string
	// External is true when the reference points into another document
	// ("Article 62 of UNCLOS", "du règlement (CE) n° 1005/2008",
	// "《突尼斯议程》第35段"); internal references point into the text itself.
	External bool
}

// refHead is a word that introduces a reference and what it points at.
type refHead struct {
	word string
	unit string
}

// refTable is one language's reference words.
type refTable struct {
	heads []refHead
	// stems: heads match as word prefixes (inflected languages).
	stems bool
	// and joins targets; to makes a range.
	and, to []string
	// of introduces the container of a reference ("point (a) of Article 5").
	of []string
	// internal words after "of" keep the reference inside the text ("this").
	internal []string
	// instruments are word stems naming another instrument when they
	// follow a reference directly, as a genitive does ("статьи 11
	// договора"): the reference points into it.
	instruments []string

	firstOnce sync.Once
	first     [256]bool
}

var refTables = map[string]*refTable{
	"en": {
		heads: []refHead{{"articles", "article"}, {"article", "article"}, {"subsections", "subsection"}, {"subsection", "subsection"},
			{"sections", "section"}, {"section", "section"}, {"subparagraphs", "subparagraph"}, {"subparagraph", "subparagraph"},
			{"operative paragraphs", "paragraph"}, {"operative paragraph", "paragraph"},
			{"paragraphs", "paragraph"}, {"paragraph", "paragraph"}, {"points", "point"}, {"point", "point"}, {"items", "item"}, {"item", "item"},
			{"chapter", "chapter"}, {"annex", "annex"}, {"resolves", "resolves"}, {"instructs", "instructs"}},
		and: []string{",", "and", "or"}, to: []string{"to", "-", "–", "through"},
		of: []string{"of"}, internal: []string{"this", "the present"},
	},
	"fr": {
		heads: []refHead{{"articles", "article"}, {"article", "article"}, {"paragraphes", "paragraph"}, {"paragraphe", "paragraph"},
			{"sous-alinéas", "subparagraph"}, {"sous-alinéa", "subparagraph"}, {"alinéas", "subparagraph"}, {"alinéa", "subparagraph"},
			{"points", "point"}, {"point", "point"}, {"chapitre", "chapter"}, {"annexe", "annex"}, {"décide", "resolves"}, {"charge", "instructs"}},
		and: []string{",", "et", "ou"}, to: []string{"à", "au", "-", "–"},
		of: []string{"du", "de la", "de l'", "de l’", "des", "de"}, internal: []string{"présent", "présente"},
	},
	"es": {
		heads: []refHead{{"artículos", "article"}, {"artículo", "article"}, {"apartados", "paragraph"}, {"apartado", "paragraph"},
			{"párrafos", "paragraph"}, {"párrafo", "paragraph"}, {"letras", "point"}, {"letra", "point"}, {"puntos", "point"}, {"punto", "point"},
			{"capítulo", "chapter"}, {"anexo", "annex"}, {"resuelve", "resolves"}, {"encarga", "instructs"}},
		and: []string{",", "y", "o", "e"}, to: []string{"a", "al", "-", "–"},
		of: []string{"del", "de la", "de los", "de"}, internal: []string{"presente"},
	},
	"ru": {
		heads: []refHead{{"стать", "article"}, {"подпункт", "subparagraph"}, {"пункт", "paragraph"}, {"част", "paragraph"},
			{"раздел", "section"}, {"глав", "chapter"}, {"приложени", "annex"}, {"решает", "resolves"}},
		stems: true,
		and:   []string{",", "и", "или"}, to: []string{"по", "-", "–", "до"},
		of: []string{}, internal: []string{"настоящ"},
		instruments: []string{"договор", "конвенци", "соглашени", "регламент", "директив", "закон", "кодекс", "устав", "протокол", "пакт", "хартии"},
	},
	"ar": {
		heads: []refHead{{"المادتين", "article"}, {"المادة", "article"}, {"المواد", "article"}, {"الفقرتين", "paragraph"}, {"الفقرات", "paragraph"},
			{"الفقرة الفرعية", "subparagraph"}, {"الفقرة", "paragraph"}, {"للفقرة", "paragraph"}, {"للمادة", "article"}, {"للبند", "item"}, {"البنود", "item"}, {"البند", "item"}, {"الفصل", "chapter"}, {"المرفق", "annex"},
			{"يقرر", "resolves"}},
		and: []string{",", "،", "و"}, to: []string{"إلى", "حتى", "-", "–"},
		of: []string{"من"}, internal: []string{"هذا", "هذه"},
	},
}

// cjkRefUnits are the units closing a Chinese 第…-reference.
var cjkRefUnits = map[rune]string{
	'条': "article", '條': "article", '款': "paragraph", '项': "item", '項': "item", '目': "subitem",
	'段': "paragraph", '节': "section", '節': "section", '章': "chapter", '编': "part", '編': "part",
}

// cjkSectionHeads introduce references to a section of a Chinese
// resolution by its heading: 做出决议1和2 ("resolves 1 and 2").
var cjkSectionHeads = []refHead{{"做出决议", "resolves"}, {"决定", "resolves"}, {"责成", "instructs"}}

// References finds the internal and external cross-references of a text
// written in language lang ("en", "fr", "es", "ru", "ar", "zh"), in order of
// appearance. Unknown languages are read as English.
func References(text, lang string) []Reference {
	if lang == "zh" || lang == "ja" {
		return cjkReferences(text)
	}
	t, ok := refTables[lang]
	if !ok {
		t = refTables["en"]
	}
	var out []Reference
	lower := lowerSameLen(text)
	for i := 0; i < len(text); {
		h, hl, ok := t.headAt(lower, i)
		if !ok {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		ref, end, ok := parseRefSpec(text, i, i+hl, h.unit, t)
		if !ok {
			i += hl
			continue
		}
		out = append(out, ref)
		i = end
	}
	out = composeRefs(text, out, t)
	for k := range out {
		if key, ok := sectionAfter(text, out[k].End, lang); ok && unitRank(out[k].Unit) >= 2 {
			out[k].Unit = key
			out[k].External = false // a section of this text
		} else if sectionUnits[out[k].Unit] && out[k].External && !ofAt(text, out[k].End, t) {
			// "del resuelve 7 se anuncien mediante circular de la TSB":
			// a section named by its heading is this text's, unless an
			// "of" follows it directly ("resolves 2 of Resolution 70")
			out[k].External = false
		}
	}
	return out
}

// sectionUnits are the units that name a section of a resolution by its
// heading.
var sectionUnits = map[string]bool{"resolves": true, "instructs": true}

// ofAt reports whether one of the table's "of" words starts the text
// after byte end (spaces skipped): "resolves 2 of Resolution 70".
func ofAt(text string, end int, t *refTable) bool {
	rest := strings.ToLower(text[skipSpaces(text, end):])
	for _, of := range t.of {
		if strings.HasPrefix(rest, of) && (strings.HasSuffix(of, "'") || strings.HasSuffix(of, "’") || joinerAt(rest, 0, of)) {
			return true
		}
	}
	return false
}

// sectionWords name the operative sections of a resolution, per language,
// as a reference names them: "point 3 du décide", "пунктом 7 раздела
// решает", "الفقرة 3 من "تقرر"" all point into resolves.
var sectionWords = map[string][]refHead{
	"en": {{"resolves", "resolves"}, {"instructs", "instructs"}},
	"fr": {{"décide", "resolves"}, {"charge", "instructs"}},
	"es": {{"resuelve", "resolves"}, {"encarga", "instructs"}, {"parte dispositiva", "resolves"}},
	"ru": {{"решает", "resolves"}, {"поручает", "instructs"}},
	"ar": {{"يقرر", "resolves"}, {"تقرر", "resolves"}, {"يكلف", "instructs"}},
}

// sectionAfter reads a section word within the three words after a
// reference; a section named by several words ("de la parte
// dispositiva") starts within them.
func sectionAfter(text string, end int, lang string) (string, bool) {
	rest := text[end:]
	if len(rest) > 80 {
		rest = rest[:80]
	}
	words := strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for i := 0; i < len(words) && i < 3; i++ {
		for _, h := range sectionWords[lang] {
			hw := strings.Fields(h.word)
			if i+len(hw) <= len(words) && slices.Equal(words[i:i+len(hw)], hw) {
				return h.unit, true
			}
		}
	}
	return "", false
}

// headAt matches a head word at byte i of the lower-cased text, at a word
// boundary. Arabic heads may carry a one-letter proclitic (بالفقرة, وفقا للمادة).
func (t *refTable) headAt(lower string, i int) (refHead, int, bool) {
	if !t.startsHead(lower[i]) {
		return refHead{}, 0, false
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(lower[:i])
		if unicode.IsLetter(r) && !(r == '\'' || r == '’') {
			// Arabic proclitics: و ب ل ف before ال
			if !(strings.ContainsRune("وبلف", r) && i >= 2 && !letterBefore(lower, i-len(string(r)))) {
				return refHead{}, 0, false
			}
		}
	}
	for _, h := range t.heads {
		if !strings.HasPrefix(lower[i:], h.word) {
			// "l'article": the elided article before the head
			continue
		}
		n := len(h.word)
		if t.stems {
			for n < len(lower) {
				r, size := utf8.DecodeRuneInString(lower[n+i:])
				if !unicode.IsLetter(r) {
					break
				}
				n += size
				if n+i >= len(lower) {
					break
				}
			}
		} else if i+n < len(lower) {
			r, _ := utf8.DecodeRuneInString(lower[i+n:])
			if unicode.IsLetter(r) {
				continue
			}
		}
		return h, n, true
	}
	return refHead{}, 0, false
}

func letterBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// component is one level of a target path.
type component struct {
	v      int
	letter bool // written as a letter (a, b): the next letter-like level is roman
	roman  bool
}

// parseRefSpec reads the targets after a head word: "3(2)(a)", "1 and 2",
// "35 a) to e)", "(1)", "b)", "63, 63.1, 64.1 to 69 and 78".
func parseRefSpec(text string, start, i int, unit string, t *refTable) (Reference, int, bool) {
	var targets [][]component
	var prev []component
	j := skipSpaces(text, i)
	// "No", "n°", "№", "nº" before the number
	for _, w := range []string{"No ", "No. ", "n° ", "nº ", "n.º ", "№ ", "N° "} {
		if strings.HasPrefix(text[j:], w) {
			j = skipSpaces(text, j+len(w))
		}
	}
	pendingRange, inserted := false, false
	last := j
	for {
		path, n := parsePath(text, j, prev)
		if n == 0 {
			break
		}
		if pendingRange && inserted && len(prev) == 1 && len(path) == 1 && path[0].v < prev[0].v && prev[0].v < 1000 {
			// "Article 17-1": the article inserted after 17, read like
			// 63.1, not a range that runs backwards
			path = []component{{v: prev[0].v*1000 + path[0].v}}
			targets[len(targets)-1] = path
			pendingRange = false
		} else if pendingRange && len(prev) > 0 && len(path) == len(prev) {
			targets = append(targets, expandRange(prev, path)...)
			pendingRange = false
		} else {
			targets = append(targets, path)
		}
		prev = path
		j += n
		last = j
		// joiner
		k := skipSpaces(text, j)
		matched := false
		inserted = false
		for _, w := range t.to {
			if joinerAt(text, k, w) {
				// a hyphen between digits, without spaces: 17-1
				inserted = w == "-" && k == j && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9'
				j = skipSpaces(text, k+len(w))
				pendingRange, matched = true, true
				break
			}
		}
		if !matched {
			for _, w := range t.and {
				if joinerAt(text, k, w) {
					j = skipSpaces(text, k+len(w))
					// ", and" / ", et"
					for _, w2 := range t.and {
						if w2 != "," && joinerAt(text, j, w2) {
							j = skipSpaces(text, j+len(w2))
						}
					}
					matched = true
					break
				}
			}
		}
		if !matched {
			break
		}
	}
	if len(targets) == 0 {
		return Reference{}, 0, false
	}
	ref := Reference{Raw: text[start:last], Start: start, End: last, Unit: unit}
	for _, p := range targets {
		ref.Targets = append(ref.Targets, pathString(p))
	}
	return ref, last, true
}

func joinerAt(text string, k int, w string) bool {
	if !strings.HasPrefix(text[k:], w) {
		return false
	}
	if w == "," || w == "،" || w == "-" || w == "–" {
		return true
	}
	// a word joiner stands alone
	e := k + len(w)
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func skipSpaces(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != ' ' && r != '\u00a0' && r != '\u202f' && r != '\t' {
			break
		}
		i += size
	}
	return i
}

// parsePath reads one target: a number with its sub-levels, "3(2)(a)",
// "35 a)", "5(1)a)", or a bare sub-level "(3)", "b)" that replaces the last
// levels of the previous target.
func parsePath(text string, i int, prev []component) ([]component, int) {
	j := i
	var path []component
	// leading number: digits, possibly decimal-inserted (63.1)
	k := j
	for k < len(text) && (digitValue(rune(text[k])) >= 0 || text[k] == '.' && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9' && k > j) {
		k++
	}
	if k > j {
		num := text[j:k]
		if strings.Contains(num, ".") {
			// 63.1: keep as one level, value scaled so it stays unique
			a, b, _ := strings.Cut(num, ".")
			av, _ := strconv.Atoi(a)
			bv, _ := strconv.Atoi(b)
			path = append(path, component{v: av*1000 + bv})
		} else {
			v, _ := strconv.Atoi(num)
			path = append(path, component{v: v})
		}
		j = k
		if j < len(text) && text[j] == ')' && (j+1 >= len(text) || text[j+1] != '(') {
			j++ // "1)" written as a marker
		}
		// a following letter marker after a space: "35 a)"
		if s := skipSpaces(text, j); s > j {
			if c, n := parseComponent(text, s, path); n > 0 && !strings.HasPrefix(text[s:], "(") {
				path = append(path, c)
				j = s + n
			}
		}
	}
	for {
		c, n := parseComponent(text, j, append(prevTail(prev, path), path...))
		if n == 0 {
			break
		}
		path = append(path, c)
		j += n
	}
	if len(path) == 0 {
		return nil, 0
	}
	if k == i && len(prev) > len(path) {
		// a bare sub-level continues the previous target: (3) after 62(2)
		full := append([]component{}, prev[:len(prev)-len(path)]...)
		path = append(full, path...)
	}
	return path, j - i
}

func prevTail(prev, path []component) []component {
	if len(path) > 0 {
		return nil
	}
	if len(prev) > 0 {
		return prev[:len(prev)-1]
	}
	return nil
}

// parseComponent reads "(a)", "a)", "(1)", "(iv)", "(أ)", "а)" at i.
func parseComponent(text string, i int, before []component) (component, int) {
	j := i
	open := false
	if strings.HasPrefix(text[j:], "(") {
		open = true
		j++
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsLetter(r) || digitValue(r) >= 0 || r == '.' && open && k > j && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9') {
			break
		}
		k += size
	}
	if k == j || k >= len(text) || text[k] != ')' {
		return component{}, 0
	}
	tok := text[j:k]
	if a, b, ok := strings.Cut(tok, "."); ok {
		// (5.1), (1.5): an inserted subsection
		av, err1 := strconv.Atoi(a)
		bv, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return component{}, 0
		}
		return component{v: av*1000 + bv}, k + 1 - i
	}
	if utf8.RuneCountInString(tok) > 5 {
		return component{}, 0
	}
	if !open && utf8.RuneCountInString(tok) > 4 {
		return component{}, 0
	}
	c, ok := readComponent(tok, before)
	if !ok {
		return component{}, 0
	}
	return c, k + 1 - i
}

// readComponent reads one level's numeral: digits, a letter of the Latin,
// Cyrillic or Arabic alphabet, doubled letters (aa), or a roman numeral
// (after a letter level, or when it cannot be a single letter).
func readComponent(tok string, before []component) (component, bool) {
	if v, err := strconv.Atoi(foldDigits(tok)); err == nil {
		return component{v: v}, true
	}
	afterLetter := len(before) > 0 && before[len(before)-1].letter
	lower := strings.ToLower(tok)
	if rv := romanValue(lower); rv > 0 && (afterLetter || utf8.RuneCountInString(lower) > 1 && !repeatedLetter(lower)) {
		return component{v: rv, roman: true}, true
	}
	for _, alpha := range []string{"abcdefghijklmnopqrstuvwxyz", "абвгдежзиклмнопрстуфхцчшщэюя", "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"} {
		letters := []rune(alpha)
		rs := []rune(lower)
		if len(rs) == 0 || !repeatedLetter(lower) {
			continue
		}
		for x, r := range letters {
			if r == rs[0] {
				return component{v: x + 1 + len(letters)*(len(rs)-1), letter: true}, true
			}
		}
	}
	return component{}, false
}

func repeatedLetter(s string) bool {
	rs := []rune(s)
	for _, r := range rs[1:] {
		if r != rs[0] {
			return false
		}
	}
	return len(rs) > 0
}

func romanValue(s string) int {
	vals := map[rune]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total, prev := 0, 0
	rs := []rune(s)
	for k := len(rs) - 1; k >= 0; k-- {
		v, ok := vals[rs[k]]
		if !ok {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total
}

// expandRange expands "35 a) to e)" and "1 to 4": the paths differ only in
// their last level, expanded when the range is short.
func expandRange(from, to []component) [][]component {
	n := len(from)
	for k := 0; k < n-1; k++ {
		if from[k].v != to[k].v {
			return [][]component{to}
		}
	}
	a, b := from[n-1].v, to[n-1].v
	if b <= a || b-a > 200 || a >= 1000 || b >= 1000 {
		return [][]component{to}
	}
	var out [][]component
	for v := a + 1; v <= b; v++ {
		p := append([]component{}, from[:n-1]...)
		c := to[n-1]
		c.v = v
		out = append(out, append(p, c))
	}
	return out
}

func pathString(p []component) string {
	parts := make([]string, len(p))
	for i, c := range p {
		parts[i] = strconv.Itoa(c.v)
	}
	return strings.Join(parts, "/")
}

// composeRefs joins references that name one place together and decides
// which are external: "point (a) of Article 5(1)" is one reference to
// 5/1/1; "l'article 2, points 1) à 4)" one to 2/1 ... 2/4; "Article 62 of
// UNCLOS" is external, "paragraph 2 of this Article" internal.
func composeRefs(text string, refs []Reference, t *refTable) []Reference {
	var out []Reference
	// ofContainer: refs[k+1] names the container of refs[k] ("X of
	// Article N").
	ofContainer := func(r Reference, k int) bool {
		if k+1 >= len(refs) {
			return false
		}
		next := refs[k+1]
		g := strings.TrimSpace(strings.ToLower(text[r.End:next.Start]))
		for _, of := range t.of {
			if g == of || strings.HasPrefix(g, of+" ") && len(strings.Fields(strings.TrimPrefix(g, of))) <= 1 {
				if unitRank(next.Unit) < unitRank(r.Unit) {
					return true
				}
			}
		}
		return false
	}
	for k := 0; k < len(refs); k++ {
		r := refs[k]
		if k+1 < len(refs) {
			next := refs[k+1]
			gap := text[r.End:next.Start]
			g := strings.TrimSpace(strings.ToLower(gap))
			// "X of Article N": the next is the container, and so on
			// up ("Subparagraphs 1 and 3 of Paragraph 1 of Article 56")
			if ofContainer(r, k) {
				for ofContainer(r, k) {
					next := refs[k+1]
					r = joinRefs(text, next, r, r.Start, next.End)
					k++
				}
				goto decided
			}
			// "article 2, points 1) à 4)": the first is the container,
			// unless the second names its own ("Article 17, Paragraph 7
			// of Article 17-1")
			if (g == "," || g == "،") && unitRank(next.Unit) > unitRank(r.Unit) && !ofContainer(next, k+1) {
				r = joinRefs(text, r, next, r.Start, next.End)
				k++
			}
		}
	decided:
		r.External = externalAfter(text, r.End, t)
		out = append(out, r)
	}
	return out
}

// joinRefs makes one reference from a container and a reference inside it.
func joinRefs(text string, outer, inner Reference, start, end int) Reference {
	j := Reference{Raw: text[start:end], Start: start, End: end, Unit: outer.Unit}
	for _, o := range outer.Targets {
		for _, in := range inner.Targets {
			j.Targets = append(j.Targets, o+"/"+in)
		}
	}
	return j
}

// unitRank orders units from the largest container to the smallest.
func unitRank(u string) int {
	switch u {
	case "part", "chapter", "annex":
		return 0
	case "article", "section", "resolves", "instructs":
		return 1
	case "subsection", "paragraph":
		return 2
	case "subparagraph", "point":
		return 3
	case "item", "subitem":
		return 4
	}
	return 5
}

// externalAfter reads what follows a reference: "of this Regulation" keeps
// it internal, "of Regulation (EU) No 1380/2013", "of the Basic Regulation",
// "TFEU" or "de la directive" make it external. Containers in between
// ("apartado 1, párrafo segundo, del Tratado") are skipped.
func externalAfter(text string, end int, t *refTable) bool {
	rest := text[end:]
	if len(rest) > 120 {
		rest = rest[:120]
	}
	if k := strings.IndexAny(rest, ";:"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, ". "); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.TrimLeft(rest, " \u00a0,")
	words := strings.Fields(rest)
	if len(words) == 0 {
		return false
	}
	// an acronym right after: "Article 43(3) TFEU"
	if w := strings.Trim(words[0], ".,;:)"); len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.ContainsAny(w, "0123456789") && unicode.IsLetter([]rune(w)[0]) {
		return true
	}
	if len(t.of) == 0 { // Russian: the genitive follows directly
		w := words[0]
		for _, in := range t.internal {
			if strings.HasPrefix(strings.ToLower(w), in) {
				return false
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return true
		}
		lw := strings.ToLower(w)
		for _, in := range t.instruments {
			if strings.HasPrefix(lw, in) {
				return true
			}
		}
		return false
	}
	low := strings.ToLower(rest)
	for k, w := range strings.Fields(low) {
		if k > 8 {
			break
		}
		isOf := false
		for _, of := range t.of {
			if w == of || (strings.HasSuffix(of, "'") || strings.HasSuffix(of, "’")) && strings.HasPrefix(w, of) {
				isOf = true
			}
		}
		if !isOf {
			continue
		}
		idx := strings.Index(low, w)
		if idx < 0 {
			break
		}
		after := strings.TrimSpace(low[idx+len(w):])
		low = after
		internal := false
		for _, in := range t.internal {
			if strings.HasPrefix(after, in) || strings.HasPrefix(after, "the "+in) || strings.HasPrefix(after, "la "+in) || strings.HasPrefix(after, "le "+in) {
				internal = true
			}
		}
		if internal {
			return false
		}
		head := false
		for _, h := range t.heads {
			if strings.HasPrefix(after, h.word) || strings.HasPrefix(after, "l'"+h.word) || strings.HasPrefix(after, "l’"+h.word) {
				head = true
			}
		}
		if head {
			continue // a container: look further
		}
		return true
	}
	return false
}

// cjkReferences reads Chinese references: 第3段, 上文第2段,
// 第十二條第一款第六目, 第35 a)至e)段, 做出决议1和2.
func cjkReferences(text string) []Reference {
	var out []Reference
	for i := 0; i < len(text); {
		if strings.HasPrefix(text[i:], "第") {
			if r, end, ok := cjkOrdinalRef(text, i); ok {
				if len(out) > 0 {
					r = cjkInherit(text, out[len(out)-1], r)
				}
				out = append(out, r)
				i = end
				continue
			}
		}
		matched := false
		for _, h := range cjkSectionHeads {
			if strings.HasPrefix(text[i:], h.word) && strings.HasPrefix(text[i+len(h.word):], "第") {
				// 做出决议第3段: a paragraph of the section
				if r, end, ok := cjkOrdinalRef(text, i+len(h.word)); ok {
					r.Unit = h.unit
					r.Raw = text[i:end]
					r.Start = i
					out = append(out, r)
					i = end
					matched = true
					break
				}
			}
			if strings.HasPrefix(text[i:], h.word) {
				j := i + len(h.word)
				var targets []string
				last := j
				for {
					k := j
					for k < len(text) && text[k] >= '0' && text[k] <= '9' {
						k++
					}
					if k == j {
						break
					}
					targets = append(targets, text[j:k])
					last = k
					sep := false
					for _, w := range []string{"和", "及", "、", "至", ","} {
						if strings.HasPrefix(text[k:], w) {
							j = k + len(w)
							sep = true
							break
						}
					}
					if !sep {
						break
					}
				}
				if len(targets) > 0 {
					out = append(out, Reference{Raw: text[i:last], Start: i, End: last, Unit: h.unit, Targets: targets})
					i = last
					matched = true
				}
				break
			}
		}
		if !matched {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
	}
	return out
}

// cjkOrdinalRef reads a chain of 第…-units at i: 第十二條第一款第六目 →
// article 12/1/6; 第35 a)至e)段 → paragraph 35/1 ... 35/5; 第70/125号决议 is
// a document symbol, not a reference.
func cjkOrdinalRef(text string, i int) (Reference, int, bool) {
	var path []component
	unit := ""
	j := i
	var ranges [][]component
	for strings.HasPrefix(text[j:], "第") {
		k := j + len("第")
		k = skipSpaces(text, k)
		e := k
		for e < len(text) {
			r, size := utf8.DecodeRuneInString(text[e:])
			if digitValue(r) < 0 {
				if _, ok := cjkNumeralValues[r]; !ok {
					break
				}
			}
			e += size
		}
		if e == k {
			break
		}
		num := text[k:e]
		var v int
		if n, err := strconv.Atoi(foldDigits(num)); err == nil {
			v = n
		} else if n, ok := cjkValue(num); ok {
			v = n
		} else {
			break
		}
		comp := []component{{v: v}}
		e2 := skipSpaces(text, e)
		// 第1至4段: a range of numbers
		if strings.HasPrefix(text[e2:], "至") {
			k2 := e2 + len("至")
			e3 := k2
			for e3 < len(text) && text[e3] >= '0' && text[e3] <= '9' {
				e3++
			}
			if e3 > k2 {
				hi, _ := strconv.Atoi(text[k2:e3])
				ranges = append(ranges, expandRange(comp, []component{{v: hi}})...)
				e2 = e3
			}
		}
		// 第35 a)至e)段
		if c, n := parseComponent(text, e2, comp); n > 0 {
			comp = append(comp, c)
			e2 += n
			if strings.HasPrefix(text[e2:], "至") {
				if c2, n2 := parseComponent(text, e2+len("至"), comp[:1]); n2 > 0 {
					to := []component{comp[0], c2}
					ranges = append(ranges, expandRange(comp, to)...)
					e2 += len("至") + n2
				}
			}
		}
		r, size := utf8.DecodeRuneInString(text[e2:])
		u, ok := cjkRefUnits[r]
		if !ok {
			break
		}
		if unit == "" {
			unit = u
		}
		// 第三十條之一: article 30-1, inserted after article 30
		if u == "article" && len(comp) == 1 {
			if n, end := cjkSubNumber(text, e2+size); n > 0 {
				comp[0].v = comp[0].v*1000 + n
				size = end - e2
			}
		}
		path = append(path, comp...)
		j = e2 + size
	}
	if unit == "" || len(path) == 0 {
		return Reference{}, 0, false
	}
	ref := Reference{Raw: text[i:j], Start: i, End: j, Unit: unit}
	ref.Targets = []string{pathString(path)}
	if len(ranges) > 0 {
		ref.Targets = append(ref.Targets, func() []string {
			var s []string
			for _, p := range ranges {
				s = append(s, pathString(p))
			}
			return s
		}()...)
	}
	ref.External = cjkInstrumentBefore(text[:i])
	return ref, j, true
}

// cjkSubNumber reads 之 and a numeral at i (之一, 之2): the number of an
// article inserted after another (第三十條之一, Article 30-1), and where it
// ends; 0 when there is none.
func cjkSubNumber(text string, i int) (int, int) {
	if !strings.HasPrefix(text[i:], "之") {
		return 0, i
	}
	k := i + len("之")
	e := k
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if _, ok := cjkNumeralValues[r]; !ok && digitValue(r) < 0 {
			break
		}
		e += size
	}
	if e == k {
		return 0, i
	}
	num := text[k:e]
	if n, err := strconv.Atoi(foldDigits(num)); err == nil && n > 0 && n < 1000 {
		return n, e
	}
	if n, ok := cjkValue(num); ok && n > 0 && n < 1000 {
		return n, e
	}
	return 0, i
}

// cjkListJoiners join the references of a list: 第三十條第一項至第三項、
// 第六項及第七項, where each later item is inside the first one's article.
var cjkListJoiners = []string{"、", "及", "和", "或", "与", "與", "至"}

// cjkInherit completes a reference that continues a list (第六項 after
// 第三十條第一項至第三項、) with the containers of the reference before it,
// which it names no more: 第六項 is then article 30/6, as "Paragraphs 1
// to 3, 6 and 7 of Article 30" reads. After 至 the range is expanded.
func cjkInherit(text string, prev, r Reference) Reference {
	if len(prev.Targets) == 0 || len(r.Targets) != 1 || prev.External {
		return r
	}
	gap := text[prev.End:r.Start]
	joiner := ""
	for _, w := range cjkListJoiners {
		if gap == w {
			joiner = w
		}
	}
	if joiner == "" {
		return r
	}
	last := strings.Split(prev.Targets[0], "/")
	if len(prev.Targets) > 1 && joiner != "至" {
		last = strings.Split(prev.Targets[len(prev.Targets)-1], "/")
	}
	own := strings.Split(r.Targets[0], "/")
	if len(own) >= len(last) || unitRank(r.Unit) <= unitRank(prev.Unit) {
		return r
	}
	prefix := strings.Join(last[:len(last)-len(own)], "/")
	r.Unit = prev.Unit
	r.Targets = []string{prefix + "/" + r.Targets[0]}
	if joiner == "至" && len(own) == 1 {
		lo, err1 := strconv.Atoi(last[len(last)-1])
		hi, err2 := strconv.Atoi(own[0])
		if err1 == nil && err2 == nil && lo < hi && hi-lo <= 50 {
			r.Targets = r.Targets[:0]
			for v := lo + 1; v <= hi; v++ {
				r.Targets = append(r.Targets, prefix+"/"+strconv.Itoa(v))
			}
		}
	}
	return r
}

// cjkInstruments are the nouns that end the name of another instrument:
// a reference right after one (世界知识产权组织版权条约第十一条, 預算法第九十四條)
// points into that instrument, unless a word of cjkThisInstrument
// (本法, 本条例) makes it the text itself.
var cjkInstruments = []string{
	"条约", "條約", "公约", "公約", "协定", "協定", "协议", "協議", "议定书", "議定書",
	"宪章", "憲章", "规约", "規約", "指令", "条例", "條例", "规则", "規則", "办法", "辦法", "法",
}

// cjkThisInstrument are the words that make an instrument the text itself.
var cjkThisInstrument = []string{"本", "此"}

// cjkInstrumentBefore reports whether the text before a 第…-reference names
// another instrument: a title in 《…》 just before (《突尼斯议程》第35段,
// 《…》的第3段), or an instrument noun (条约, 公約, 法, ...), either of them
// possibly followed by a parenthesis (《…版权条约》（1996年12月20日通过）第十一条,
// 著作權條約（WIPO Copyright Treaty）第11條).
func cjkInstrumentBefore(before string) bool {
	before = strings.TrimRight(before, " \u3000")
	// one closing parenthesis: skip back to its opening
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if strings.HasSuffix(before, p[1]) {
			if k := strings.LastIndex(before, p[0]); k >= 0 {
				before = strings.TrimRight(before[:k], " \u3000")
			}
			break
		}
	}
	if k := strings.LastIndex(before, "》"); k >= 0 && utf8.RuneCountInString(before[k:]) <= 3 {
		return true
	}
	for _, w := range cjkInstruments {
		if !strings.HasSuffix(before, w) {
			continue
		}
		name := before[:len(before)-len(w)]
		if name == "" {
			return false
		}
		for _, this := range cjkThisInstrument {
			if strings.HasSuffix(name, this) {
				return false
			}
		}
		return true
	}
	return false
}

// startsHead reports whether byte c can start one of the table's heads
// (a quick filter before the heads are tried one by one).
func (t *refTable) startsHead(c byte) bool {
	t.firstOnce.Do(func() {
		for _, h := range t.heads {
			t.first[h.word[0]] = true
		}
		// Arabic heads may follow a one-letter proclitic: و ب ل ف all
		// start with the same UTF-8 lead byte as the heads themselves.
	})
	return t.first[c]
}

// lowerSameLen lower-cases text rune by rune where that keeps the byte
// length, so that offsets into the result are offsets into text (invalid
// UTF-8 and the few letters whose lower case is longer are kept as they
// are).
func lowerSameLen(text string) string {
	b := []byte(text)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			i++
			continue
		}
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return string(b)
}
