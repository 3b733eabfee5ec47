package rules

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/paritydoc/parity/corpus"
)

// TextOmission reports a block much shorter than its counterparts predict.
var TextOmission = &Rule{
	Name: "text/omission",
	Doc: `Reports a block that is much shorter than its counterparts in the other versions predict, with fewer sentences or clauses: the sign of a sentence or clause left out of a paragraph, which the block-level rules cannot see because the paragraph itself is there. ` +
		`The length model is estimated from the set itself, for every pair of versions, over the rows where both hold one block: the median of the log ratio of their lengths in letters and digits (so Chinese, about a third of English, needs no table) and a variance that grows with the length of the text, as in Gale and Church's model, estimated robustly (median, not mean). ` +
		`A block is reported only when the other versions also count more clauses than it (parts ended by . ! ? 。！？ ؟ and ; ؛ ；, not by the dots of "1.5" or "art. 3"; two sentences joined by a semicolon count as many as before): with three versions or more, when every other version (all but one, from five versions) counts more and the block is at least 12% shorter than each predicts and 1.5 standard deviations short; otherwise (two versions, or a split vote) when most versions count more sentences and clauses and the block is at least a quarter shorter and 3.5 standard deviations short (5 when only the semicolons differ). ` +
		`Headings, footnote bodies, blocks under a tracked change, blocks the source declares to be in another language, short blocks (under 100 letters in the longer-written language), cells of several blocks and version pairs with fewer than 12 paired blocks to estimate the model are left alone. ` +
		`Length alone is not enough: legislative drafting in two languages (the Canadian Acts) is often much terser in one language with the same content. For the same reason a version much longer than the others is not reported: an addition cannot be told from a fuller translation.`,
	Severity:    Warning,
	MinVersions: 2,
	Run:         runTextOmission,
}

// The thresholds of text/omission were chosen on the real sets of the
// shared corpus (none may fire on a clean set: TestRealDocuments) and the
// "delete a sentence" injections of TestInject; see BENCHMARKS.md.
const (
	// omissionMinRows is how many rows a version pair must share, each
	// version holding one block of omissionModelLetters letters or more,
	// before its length model is trusted.
	omissionMinRows = 12
	// omissionModelLetters is the shortest block that enters the model.
	omissionModelLetters = 20
	// omissionMinLetters is the shortest text, in letters of the
	// longest-written version of the set, that the rule judges: every
	// counterpart must reach it.
	omissionMinLetters = 100
	// omissionMinVariance is the smallest variance (per character, as in
	// align.LengthModel) the estimate may give: close translations give
	// tiny estimates that would make a paraphrase look like an omission.
	omissionMinVariance = 3.4

	// With three versions or more, when every other version counts more
	// sentences or clauses (all but one from five versions on): the
	// smallest shortfall against each, and the z-score each must give.
	omissionAgreedShortfall = 0.12
	omissionAgreedZ         = 1.5
	// Otherwise, when most versions count more sentences (or clauses):
	// the smallest shortfall against each and the z-scores, the second
	// when only clauses (semicolons) differ.
	omissionShortfall = 0.25
	omissionSentenceZ = 3.5
	omissionClauseZ   = 5.0
)

// omUnit is one version's block in a row the rule judges.
type omUnit struct {
	block   int
	letters int
	sents   int // sentences
	clauses int // sentences and clauses ended by a semicolon
}

// omModel is the length model of a pair of versions (v, w): the log of
// the expected length of v over that of w, and the variance of the length
// difference per character of the longest-written version.
type omModel struct {
	mu, variance float64
	scale        float64 // characters of the longest-written version per character of w
	ok           bool
}

// omCandidate is a block of version v in row r judged against the others.
type omCandidate struct {
	row, v    int
	z         float64 // the weakest (largest) z-score against the others
	shortfall float64 // the smallest share missing against the others
	predicted float64 // the shortest counterpart, in letters of the longest-written version
	others    int     // versions it was judged against
	fewer     int     // those that count more sentences or clauses
	fewerS    int     // those that count more sentences
	ref       int     // the version whose text the message names
	refShort  float64 // the share missing against ref
}

// omitted decides whether a candidate is reported.
func (c *omCandidate) omitted() bool {
	if c.others == 0 || c.predicted < omissionMinLetters {
		return false
	}
	agreeing := c.others
	if c.others >= 4 {
		agreeing--
	}
	switch {
	case c.others >= 2 && c.fewer >= agreeing:
		return c.z <= -omissionAgreedZ && c.shortfall >= omissionAgreedShortfall
	case 2*c.fewerS >= c.others && c.fewerS > 0:
		return c.z <= -omissionSentenceZ && c.shortfall >= omissionShortfall
	case 2*c.fewer >= c.others && c.fewer > 0:
		return c.z <= -omissionClauseZ && c.shortfall >= omissionShortfall
	}
	return false
}

func runTextOmission(p *Pass) error {
	if p.Alignment == nil || len(p.Alignment.Rows) == 0 {
		return nil
	}
	vs := p.Versions()
	units := omissionUnits(p)
	models, scale := omissionModels(len(vs), units)
	for _, c := range omissionCandidates(p, units, models, scale) {
		if !c.omitted() {
			continue
		}
		u, ru := units[c.row][c.v], units[c.row][c.ref]
		msg := fmt.Sprintf("%s text is %d%% shorter than the %s text predicts (a sentence or clause may be missing)",
			vs[c.v].ID, int(math.Round(100*c.refShort)), vs[c.ref].ID)
		switch {
		case ru.sents > u.sents:
			msg += fmt.Sprintf(": %s has %s, %s has %d", vs[c.ref].ID, countOf(ru.sents, "sentence"), vs[c.v].ID, u.sents)
		case ru.clauses > u.clauses:
			msg += fmt.Sprintf(": %s has %s, %s has %d", vs[c.ref].ID, countOf(ru.clauses, "clause"), vs[c.v].ID, u.clauses)
		}
		p.Report(Finding{
			Location: p.Loc(c.v, u.block),
			Message:  msg,
			Related:  related(p, c.row, c.v),
		})
	}
	return nil
}

// countOf writes a count and its noun: "1 sentence", "3 clauses".
func countOf(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// omissionUnits returns, for every row and version, the block the rule
// judges, or nil: a cell of one block of running text (paragraph or item)
// in the version's own language, untouched by tracked changes.
func omissionUnits(p *Pass) [][]*omUnit {
	vs := p.Versions()
	out := make([][]*omUnit, len(p.Alignment.Rows))
	for r, row := range p.Alignment.Rows {
		out[r] = make([]*omUnit, len(vs))
		for v := range vs {
			if v >= len(row.Cells) || len(row.Cells[v]) != 1 {
				continue
			}
			b := row.Cells[v][0]
			bl := &vs[v].Blocks[b]
			if bl.Kind == corpus.KindHeading || bl.Kind == corpus.KindFootnote || bl.Revision != corpus.RevNone || bl.DeclaredLang() != "" {
				continue
			}
			n := countLetters(bl.Text)
			if n == 0 {
				continue
			}
			s, c := countSentences(bl.Text)
			out[r][v] = &omUnit{block: b, letters: n, sents: s, clauses: c}
		}
	}
	return out
}

// omissionModels estimates the length model of every ordered pair of
// versions from the rows where both hold a unit: the median log ratio,
// then the variance of the length difference per character as align's
// refit does (the median squared standardised difference over the median
// of a χ² with one degree of freedom), never below omissionMinVariance.
// Lengths enter the variance in characters of the version the set writes
// longest (scale), so that one floor fits Chinese and English alike.
func omissionModels(n int, units [][]*omUnit) (models [][]omModel, scale []float64) {
	models = make([][]omModel, n)
	for v := range models {
		models[v] = make([]omModel, n)
	}
	for v := 0; v < n; v++ {
		for w := 0; w < n; w++ {
			if v == w {
				continue
			}
			var logs []float64
			for _, row := range units {
				a, b := row[v], row[w]
				if a != nil && b != nil && a.letters >= omissionModelLetters && b.letters >= omissionModelLetters {
					logs = append(logs, math.Log(float64(a.letters)/float64(b.letters)))
				}
			}
			if len(logs) >= omissionMinRows {
				models[v][w] = omModel{mu: median(logs), ok: true}
			}
		}
	}
	// scale[v] turns characters of v into characters of the version with
	// the longest text (English rather than Chinese).
	top, best := -1, math.Inf(-1)
	for v := range models {
		sum, k := 0.0, 0
		for w := range models {
			if models[v][w].ok {
				sum += models[v][w].mu
				k++
			}
		}
		if k > 0 && sum/float64(k) > best {
			top, best = v, sum/float64(k)
		}
	}
	scale = make([]float64, n)
	for v := range scale {
		scale[v] = 1
		if top >= 0 && v != top && models[top][v].ok {
			scale[v] = math.Exp(models[top][v].mu)
		}
	}
	for v := 0; v < n; v++ {
		for w := 0; w < n; w++ {
			m := &models[v][w]
			if !m.ok {
				continue
			}
			m.scale = scale[w]
			var sq []float64
			for _, row := range units {
				a, b := row[v], row[w]
				if a != nil && b != nil && a.letters >= omissionModelLetters && b.letters >= omissionModelLetters {
					d, mean := m.diff(float64(a.letters), float64(b.letters))
					sq = append(sq, d*d/mean)
				}
			}
			m.variance = math.Max(median(sq)/0.4549, omissionMinVariance)
		}
	}
	return models, scale
}

// diff is the difference between the length of v (a letters) and the
// length of w (b letters) in characters of the longest-written version,
// and their mean.
func (m omModel) diff(a, b float64) (diff, mean float64) {
	ap := a / math.Exp(m.mu) * m.scale
	bp := b * m.scale
	mean = (ap + bp) / 2
	if mean < 1 {
		mean = 1
	}
	return ap - bp, mean
}

// z is the standardised length difference of v against w: negative when v
// is shorter than w predicts.
func (m omModel) z(a, b float64) float64 {
	d, mean := m.diff(a, b)
	return d / math.Sqrt(mean*m.variance)
}

// omissionCandidates judges every unit against the units of the other
// versions in its row that have a model with it.
func omissionCandidates(p *Pass, units [][]*omUnit, models [][]omModel, scale []float64) []omCandidate {
	pv := pivot(p)
	var out []omCandidate
	for r, row := range units {
		for v, u := range row {
			if u == nil {
				continue
			}
			c := omCandidate{row: r, v: v, z: math.Inf(-1), shortfall: 1, ref: -1, predicted: math.Inf(1)}
			refMore := false
			for w, o := range row {
				m := models[v][w]
				if w == v || o == nil || !m.ok {
					continue
				}
				c.others++
				// A version that joins two sentences with a semicolon
				// counts fewer sentences but as many clauses: only
				// fewer clauses is a sign of something missing.
				more := o.clauses > u.clauses
				if more {
					c.fewer++
					if o.sents > u.sents {
						c.fewerS++
					}
				}
				z := m.z(float64(u.letters), float64(o.letters))
				short := 1 - float64(u.letters)/(float64(o.letters)*math.Exp(m.mu))
				c.z = math.Max(c.z, z)
				c.shortfall = math.Min(c.shortfall, short)
				c.predicted = math.Min(c.predicted, float64(o.letters)*scale[w])
				// The message names a version that counts more sentences
				// (or clauses), the pivot when it does.
				if c.ref < 0 || more && !refMore || more == refMore && w == pv {
					c.ref, c.refShort, refMore = w, short, more
				}
			}
			if c.others > 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// countLetters counts the letters and digits of a text: what carries its
// content, whatever the script's spacing and punctuation.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// sentenceAbbrevs are the words a full stop abbreviates, lower case: the
// stop after them ends no sentence ("art. 3", "No. 1380/2013", "п. 2").
var sentenceAbbrevs = map[string]bool{
	"art": true, "arts": true, "no": true, "nos": true, "nr": true, "n°": true, "nº": true, "p": true, "pp": true,
	"para": true, "paras": true, "par": true, "sect": true, "sec": true, "s": true, "ss": true, "ch": true, "chap": true,
	"vol": true, "fig": true, "cf": true, "e.g": true, "i.e": true, "viz": true, "vs": true, "approx": true, "ibid": true,
	"op": true, "cit": true, "ed": true, "eds": true, "rev": true, "res": true, "doc": true, "add": true, "corr": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "co": true, "inc": true, "ltd": true, "jr": true, "sr": true,
	"sq": true, "seq": true, "al": true, "núm": true, "pág": true, "apdo": true, "dir": true, "mme": true, "mlle": true,
	"ст": true, "п": true, "пп": true, "г": true, "гг": true, "т": true, "тт": true, "см": true, "стр": true, "ч": true,
	"рис": true, "им": true, "др": true, "пр": true, "с": true, "англ": true, "фр": true,
}

// countSentences counts the sentences of a text, and its clauses: the
// sentences plus the parts a semicolon ends. A sentence ends at . ! ? or
// ؟ followed by a space or the end (not the dot of "1.5"), unless the word
// before the dot is an abbreviation or a single letter ("art. 3", "J.
// Smith") or a lower-case letter follows; and at 。！？, space or not. A
// clause also ends at ; ؛ and ；. The text after the last end counts as one
// more. A part needs some content to count (pieceWeight): the "or" after
// the semicolon of "…; or" is no clause of its own.
func countSentences(s string) (sents, clauses int) {
	rs := []rune(s)
	sw, cw := 0, 0 // weight of the text since the last sentence and clause end
	endSentence := func() {
		if sw >= pieceWeight {
			sents++
		}
		if cw >= pieceWeight {
			clauses++
		}
		sw, cw = 0, 0
	}
	endClause := func() {
		if cw >= pieceWeight {
			clauses++
		}
		cw = 0
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch r {
		case '。', '！', '？':
			endSentence()
			continue
		case '；', '؛':
			endClause()
			continue
		case '.', '!', '?', '؟', ';':
			j := i + 1
			// closing quotes and brackets belong to the sentence
			for j < len(rs) && strings.ContainsRune(`"'”’»)]`, rs[j]) {
				j++
			}
			if j < len(rs) && !unicode.IsSpace(rs[j]) && !unicode.Is(unicode.Han, rs[j]) {
				continue // 1.5, n.o, e.g. (but "权利;此项": Chinese needs no space)
			}
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			switch {
			case r == ';':
				endClause()
			case r == '.' && (abbrevBefore(rs, i) || j < len(rs) && unicode.IsLower(rs[j])):
			default:
				endSentence()
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			k := 1
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				k = 3 // a Chinese character says about as much as a short word
			}
			sw += k
			cw += k
		}
	}
	endSentence()
	return sents, max(clauses, sents)
}

// pieceWeight is the content a sentence or clause needs to count: five
// letters, or two Chinese characters.
const pieceWeight = 5

// abbrevBefore reports whether the word ending before the dot at i is an
// abbreviation: a known one, or a single letter (an initial, a list letter).
func abbrevBefore(rs []rune, i int) bool {
	k := i
	for k > 0 && (unicode.IsLetter(rs[k-1]) || unicode.IsMark(rs[k-1]) || rs[k-1] == '.' || rs[k-1] == '°' || rs[k-1] == 'º') {
		k--
	}
	w := strings.ToLower(string(rs[k:i]))
	if w == "" {
		return false
	}
	if len([]rune(w)) == 1 && unicode.IsLetter([]rune(w)[0]) {
		return true
	}
	return sentenceAbbrevs[w]
}
