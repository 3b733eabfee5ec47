package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paritydoc/parity/lang"
)

// NumbersParity reports numbers that differ between aligned blocks.
var NumbersParity = &Rule{
	Name: "numbers/parity",
	Doc: `Reports numbers, years, percentages, amounts, dates and document symbols (70/125, A/78/L.49, 2017/2403) that do not agree between aligned blocks: "year 2024 in en, 2025 in es". ` +
		`Each language's number forms are understood (1,000 / 1 000 / 1.000; 1.5 / 1,5; full-width and Arabic-Indic digits; Chinese numerals where they stand for numbers, as in 一九四八年 and 第十二条). ` +
		`Months written as numbers (5月) are not compared, since other languages write them as words, and a number up to ten that one version writes as a word ("two", "deux", 两) counts as present. When most versions agree, the others are reported; with two versions, the one that is not the pivot. ` +
		`A number that differs (one version has 2024 where the others have 2025) is an error; a number only one side has (a version that cites "Regulation (EU) No 1380/2013" where the others say "the Basic Regulation") is a warning, which quotes the words around the number where it stands (number 3 in en ("under subsection (3)") is missing in fr).`,
	Severity:    Error,
	MinVersions: 2,
	Run:         runNumbersParity,
}

// occurrence is where a number value occurs in one version of a row.
type occurrence struct {
	block int
	n     lang.Number
}

func runNumbersParity(p *Pass) error {
	if p.Alignment == nil {
		return nil
	}
	vs := p.Versions()
	pv := pivot(p)
	agg := &symbolAgg{seen: map[string]*aggEntry{}}
	defer agg.flush(p)
	for r, row := range p.Alignment.Rows {
		present := 0
		nums := make([]map[string]occurrence, len(vs))
		texts := make([]string, len(vs))
		for v := range vs {
			if v >= len(row.Cells) || len(row.Cells[v]) == 0 {
				continue
			}
			present++
			nums[v] = map[string]occurrence{}
			for _, b := range row.Cells[v] {
				bl := &vs[v].Blocks[b]
				texts[v] += bl.Text + "\n"
				for _, n := range lang.Numbers(bl.Text, vs[v].Lang) {
					if !comparable(n) {
						continue
					}
					if _, ok := nums[v][n.Value]; !ok {
						nums[v][n.Value] = occurrence{b, n}
					}
				}
			}
		}
		if present < 2 {
			continue
		}
		values := map[string]bool{}
		for _, m := range nums {
			for x := range m {
				values[x] = true
			}
		}
		keys := make([]string, 0, len(values))
		for x := range values {
			keys = append(keys, x)
		}
		sort.Strings(keys)
		missing := make([][]string, len(vs)) // values v lacks that most have
		extra := make([][]string, len(vs))   // values v has that most lack
		for _, x := range keys {
			var have, lack []int
			for v := range vs {
				if nums[v] == nil {
					continue
				}
				if _, ok := nums[v][x]; ok || writesAsWord(texts[v], vs[v].Lang, x) {
					have = append(have, v)
				} else {
					lack = append(lack, v)
				}
			}
			if len(lack) == 0 {
				continue
			}
			if len(have) > len(lack) || len(have) == len(lack) && contains(have, pv) {
				for _, v := range lack {
					missing[v] = append(missing[v], x)
				}
			} else {
				for _, v := range have {
					if _, ok := nums[v][x]; ok {
						extra[v] = append(extra[v], x)
					}
				}
			}
		}
		for v := range vs {
			if len(missing[v]) == 0 && len(extra[v]) == 0 {
				continue
			}
			reportNumbers(p, agg, r, v, nums, missing[v], extra[v])
		}
	}
	return nil
}

// comparable: numbers that every language writes the same way.
func comparable(n lang.Number) bool {
	switch n.Kind {
	case lang.NumMonth:
		return false
	case lang.NumSymbol:
		return strings.ContainsAny(n.Value, "0123456789")
	}
	return true
}

// writesAsWord: a small number written as a word in the version's language.
func writesAsWord(text, lg, x string) bool {
	v, err := strconv.Atoi(x)
	if err != nil || v > 100 {
		return false
	}
	return lang.HasNumberWord(text, lg, v)
}

// symbolAgg gathers the symbols one version cites where the others do
// not, to report each once.
type symbolAgg struct {
	seen  map[string]*aggEntry
	order []*aggEntry
}

type aggEntry struct {
	f    Finding
	more int
}

func (a *symbolAgg) flush(p *Pass) {
	for _, e := range a.order {
		if e.more > 0 {
			e.f.Message += fmt.Sprintf(" (and in %d more places)", e.more)
		}
		p.Report(e.f)
	}
}

func reportNumbers(p *Pass, agg *symbolAgg, r, v int, nums []map[string]occurrence, missing, extra []string) {
	vs := p.Versions()
	holders := func(x string) []string {
		var ids []string
		for w := range vs {
			if w != v && nums[w] != nil {
				if _, ok := nums[w][x]; ok {
					ids = append(ids, vs[w].ID)
				}
			}
		}
		return ids
	}
	others := func() []string {
		var ids []string
		for w := range vs {
			if w != v && nums[w] != nil {
				ids = append(ids, vs[w].ID)
			}
		}
		return ids
	}
	id := vs[v].ID
	// Pair a missing value with an extra one of the same kind and length:
	// a changed number ("2024" for "2025", "70/125" for "70/152").
	var unpairedMissing, unpairedExtra []string
	used := map[string]bool{}
	for _, x := range missing {
		k := kindOf(nums, v, x)
		paired := ""
		for _, y := range extra {
			if !used[y] && len(y) == len(x) && sameKind(nums[v][y].n.Kind, k) {
				paired = y
				break
			}
		}
		if paired == "" {
			unpairedMissing = append(unpairedMissing, x)
			continue
		}
		used[paired] = true
		y := paired
		oy := nums[v][y]
		kind := oy.n.Kind.String()
		p.Report(Finding{
			Location: findIn(p, v, oy.block, oy.n.Raw),
			Message:  fmt.Sprintf("%s %s in %s, %s in %s", kind, x, joinIDs(holders(x)), written(oy.n), id),
			Related:  numberLocs(p, r, v, nums, x),
		})
	}
	for _, y := range extra {
		if !used[y] {
			unpairedExtra = append(unpairedExtra, y)
		}
	}
	missing, extra = unpairedMissing, unpairedExtra
	for _, x := range missing {
		// The kind and the words around the number in the first version
		// that has it, so that the reader sees what it counts or cites
		// ("under subsection (3)") without opening the other version.
		var kind, context string
		for w := range vs {
			if nums[w] != nil {
				if o, ok := nums[w][x]; ok {
					kind = o.n.Kind.String()
					context = numberContext(vs[w].Blocks[o.block].Text, o.n)
					break
				}
			}
		}
		if context != "" {
			context = " (" + quote(context) + ")"
		}
		c := cell(p, r, v)
		p.Report(Finding{
			Severity: Warning,
			Location: p.Loc(v, c[0]),
			Message:  fmt.Sprintf("%s %s in %s%s is missing in %s", kind, x, joinIDs(holders(x)), context, id),
			Related:  numberLocs(p, r, v, nums, x),
		})
	}
	for _, y := range extra {
		oy := nums[v][y]
		if oy.n.Kind == lang.NumSymbol {
			// A version that cites a document by its symbol where the
			// others name it in words does so throughout: one finding at
			// the first place, counting the others.
			k := vs[v].ID + "\x00" + y
			if e, ok := agg.seen[k]; ok {
				e.more++
				continue
			}
			e := &aggEntry{f: Finding{
				Severity: Warning,
				Location: findIn(p, v, oy.block, oy.n.Raw),
				Message:  fmt.Sprintf("%s %s in %s is not in %s", oy.n.Kind, written(oy.n), id, joinIDs(others())),
				Related:  related(p, r, v),
			}}
			agg.seen[k] = e
			agg.order = append(agg.order, e)
			continue
		}
		p.Report(Finding{
			Severity: Warning,
			Location: findIn(p, v, oy.block, oy.n.Raw),
			Message:  fmt.Sprintf("%s %s in %s is not in %s", oy.n.Kind, written(oy.n), id, joinIDs(others())),
			Related:  related(p, r, v),
		})
	}
}

// numberContext is the number n of text with the words before it, up to
// three words or twenty characters, and the rest of the token it ends
// ("as in subsection 2(1)", "to meet in 2025", "应于三十"), or "" when the
// number stands alone.
func numberContext(text string, n lang.Number) string {
	if n.Start < 0 || n.End > len(text) || n.Start >= n.End {
		return ""
	}
	bracket := func(r rune) bool { return r == '(' || r == ')' }
	start, words, runes, cut := n.Start, 0, 0, false
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsSpace(r) {
			if words++; words > 3 {
				break
			}
		} else if unicode.IsPunct(r) && !bracket(r) {
			break // the end of a clause or of a quotation
		}
		if runes == 20 {
			cut = true
			break
		}
		start -= size
		runes++
	}
	if cut {
		// Not in the middle of a word: from the next space on.
		if k := strings.IndexFunc(text[start:n.Start], unicode.IsSpace); k >= 0 {
			start += k
		} else {
			start = n.Start
		}
	}
	end := n.End
	for end < len(text) && end-n.End < 12 {
		r, size := utf8.DecodeRuneInString(text[end:])
		if unicode.IsSpace(r) || unicode.IsPunct(r) && !bracket(r) || r >= 0x2E80 {
			break // ideographs run on without spaces: the token ends here
		}
		end += size
	}
	out := strings.TrimSpace(text[start:end])
	if out == strings.TrimSpace(n.Raw) {
		return ""
	}
	return out
}

// written is how a message quotes a number: as written when its digits
// say its value ("2024", "1 000", "٢٠٢٤", "1,5"), else the value followed
// by the written form, so that the reader sees what was compared: "4 (四)",
// "2001 (九十)" for the ROC year 中華民國九十年, "500000 (5 hundred
// thousand)". Dates are quoted as written (their digits are reordered, not
// changed).
func written(n lang.Number) string {
	if n.Kind == lang.NumDate || digitsOf(n.Raw) == digitsOf(n.Value) {
		return n.Raw
	}
	return n.Value + " (" + n.Raw + ")"
}

// digitsOf keeps the decimal digits of s, in any script, as ASCII digits,
// without leading zeros.
func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsDigit(r) {
			if d := digitVal(r); d >= 0 {
				b.WriteByte(byte('0' + d))
			}
		}
	}
	return strings.TrimLeft(b.String(), "0")
}

// digitVal is the value of a decimal digit rune of any script, or -1.
func digitVal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r >= '０' && r <= '９' {
		return int(r - '０')
	}
	// Unicode decimal digits come in runs of ten starting at zero.
	for z := r; z > r-10; z-- {
		if !unicode.IsDigit(z) {
			return int(r - z - 1)
		}
	}
	return -1
}

// numberLocs locates value x in the versions of row r other than v.
func numberLocs(p *Pass, r, v int, nums []map[string]occurrence, x string) []Location {
	var out []Location
	for w := range p.Versions() {
		if w == v || nums[w] == nil {
			continue
		}
		if o, ok := nums[w][x]; ok {
			out = append(out, findIn(p, w, o.block, o.n.Raw))
		} else if c := cell(p, r, w); len(c) > 0 {
			out = append(out, p.Loc(w, c[0]))
		}
	}
	return out
}

// kindOf is the kind of value x in the versions other than v that have it.
// sameKind reports whether two numbers may be one number changed into the
// other: the same kind, where an ordinal and a plain number are one kind
// (第三十八條 against "Article 28": Chinese frames the article number as an
// ordinal, English writes it plain).
func sameKind(a, b lang.NumberKind) bool {
	ordinalOrPlain := func(k lang.NumberKind) bool { return k == lang.NumOrdinal || k == lang.NumPlain }
	return a == b || ordinalOrPlain(a) && ordinalOrPlain(b)
}

func kindOf(nums []map[string]occurrence, v int, x string) lang.NumberKind {
	for w, m := range nums {
		if w == v || m == nil {
			continue
		}
		if o, ok := m[x]; ok {
			return o.n.Kind
		}
	}
	return lang.NumPlain
}
