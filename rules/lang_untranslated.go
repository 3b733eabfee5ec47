package rules

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// LangUntranslated reports blocks left in another language.
var LangUntranslated = &Rule{
	Name: "lang/untranslated",
	Doc: `Reports a block whose text is not in its version's language: text left untranslated, or pasted from another version. ` +
		`Three signs are used: the block is written in another script than its language uses (Latin text in the Chinese, Arabic or Russian version); the language detector is confident the block is in another language; or the block is the same text as its counterpart in a version of another language. ` +
		`Blocks that are language-neutral (markers, numbers, document symbols, acronyms, proper names) or too short to tell are ignored, and so is text the source declares to be in another language (XML xml:lang: the other language version an amending provision quotes). ` +
		`For the detector, names written in CamelCase ("Attribution-NonCommercial-NoDerivatives") do not count as words, and a definition in the version's own form that ends with its term in the other language ("special Act means … (loi spéciale)", "décision S'entend … (decision)") is not judged by that term.`,
	Severity:    Warning,
	MinVersions: 1,
	Run:         runLangUntranslated,
}

// scriptOfLang is the script each language is written in, for the script
// test. Languages written in Latin script need the detector or the
// comparison with other versions.
var scriptOfLang = map[string]string{
	"zh": "Han", "ja": "Kana", "ko": "Hangul", "ar": "Arabic", "fa": "Arabic", "ru": "Cyrillic", "uk": "Cyrillic",
	"bg": "Cyrillic", "el": "Greek", "he": "Hebrew", "hi": "Devanagari", "th": "Thai",
	"en": "Latin", "fr": "Latin", "es": "Latin", "pt": "Latin", "de": "Latin", "it": "Latin", "nl": "Latin", "hu": "Latin",
}

// untranslatedMinLetters is how many letters of real words a block needs
// before its language is judged.
const untranslatedMinLetters = 24

// foreignShare: a block is in another script when less than this share of
// its letters are in its language's script (Chinese text quotes Latin
// acronyms such as CWG-WSIS&SDG freely).
const foreignShare = 0.15

func runLangUntranslated(p *Pass) error {
	vs := p.Versions()
	reported := map[[2]int]bool{}
	report := func(v, b int, why string) {
		if reported[[2]int{v, b}] {
			return
		}
		reported[[2]int{v, b}] = true
		bl := &vs[v].Blocks[b]
		p.Report(Finding{Location: p.Loc(v, b),
			Message: fmt.Sprintf("%s has %s that is not in %s: %s (%s)", vs[v].ID, withArticle(describe(bl)), langName(vs[v].Lang), why, quote(snippet(bl.Text, 40)))})
	}
	judge := make([][]bool, len(vs))
	for v, d := range vs {
		judge[v] = make([]bool, len(d.Blocks))
		want := scriptOfLang[d.Lang]
		for b := range d.Blocks {
			bl := &d.Blocks[b]
			if !judgeable(bl) || declaredAs(bl) {
				continue
			}
			judge[v][b] = true
			if want != "" && want != "Latin" {
				c := lang.CountScripts(bl.Text)
				own := c.ByScript[want]
				if want == "Kana" {
					own += c.ByScript["Han"]
				}
				if s := c.Dominant(); s != "" && s != want && s != "Other" && float64(own) < foreignShare*float64(c.Letters) {
					report(v, b, "it is written in "+s+" script")
					continue
				}
			}
			if bl.Lang != "" && bl.Lang != lang.Und && d.Lang != "" && d.Lang != lang.Und && bl.Lang != d.Lang && bl.LangConf >= 0.95 && detectorLetters(bl.Text) >= 2*untranslatedMinLetters && !parallelTerm(bl.Text, d.Lang) {
				report(v, b, "it reads as "+langName(bl.Lang))
			}
		}
	}
	if p.Alignment == nil {
		return nil
	}
	pv := pivot(p)
	for _, row := range p.Alignment.Rows {
		texts := make([]string, len(vs))
		for v := range vs {
			if v < len(row.Cells) && len(row.Cells[v]) == 1 {
				if b := row.Cells[v][0]; judge[v][b] {
					texts[v] = normText(vs[v].Blocks[b].Text)
				}
			}
		}
		for v := range vs {
			for w := range vs {
				if v == w || texts[v] == "" || texts[v] != texts[w] || vs[v].Lang == vs[w].Lang {
					continue
				}
				// The copy is the version whose language the text is not in;
				// without a detector's word, the one that is not the pivot.
				bl := &vs[v].Blocks[row.Cells[v][0]]
				other := &vs[w].Blocks[row.Cells[w][0]]
				copied := v != pv
				switch {
				case decided(bl.Lang) && bl.Lang != vs[v].Lang:
					copied = true
				case decided(other.Lang) && other.Lang != vs[w].Lang:
					copied = false
				}
				if copied {
					report(v, row.Cells[v][0], "it is the same text as "+vs[w].ID)
				}
			}
		}
	}
	return nil
}

// declaredAs: the source declares the block's language (xml:lang) and the
// detector does not contradict it: text quoted in that language on
// purpose.
func declaredAs(b *corpus.Block) bool {
	d := b.DeclaredLang()
	return d != "" && (b.Lang == d || !decided(b.Lang))
}

// detectorLetters counts the letters of text's real words as WordLetters
// does, leaving out names written in CamelCase ("NonCommercial",
// "Attribution-NonCommercial-NoDerivatives"), which say nothing of the
// language around them.
func detectorLetters(text string) int {
	n := 0
	for _, w := range strings.Fields(text) {
		if !camelCase(w) {
			n += lang.WordLetters(w)
		}
	}
	return n
}

// camelCase: a word with an upper-case letter right after a lower-case one.
func camelCase(w string) bool {
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// definitionWords are the words by which a definition of each language
// defines its term, as bilingual legislation writes them (Justice Canada:
// "decision means …", "décision S'entend …").
var definitionWords = map[string][]string{
	"en": {"means", "includes", "has the same meaning", "does not include"},
	"fr": {"s'entend", "s’entend", "désigne", "sont compris", "sont assimilés", "est assimilé", "ne sont pas visés"},
}

// parallelTerm reports whether text is a definition in language lg that
// ends with its term in the other language in parentheses ("special Act
// means an Act of Parliament …; (loi spéciale)"): the parenthesis is a
// quotation, not untranslated text.
func parallelTerm(text, lg string) bool {
	t := strings.TrimRight(text, " .;,:")
	if !strings.HasSuffix(t, ")") {
		return false
	}
	open := strings.LastIndex(t, "(")
	if open <= 0 {
		return false
	}
	body := " " + strings.ToLower(t[:open]) + " "
	for _, w := range definitionWords[lg] {
		if strings.Contains(body, " "+w+" ") {
			return true
		}
	}
	return false
}

// judgeable: a block with enough real words to have a language.
func judgeable(b *corpus.Block) bool {
	return final(b) && !lang.Neutral(b.Text) && lang.WordLetters(b.Text) >= untranslatedMinLetters
}

func normText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

var langNames = map[string]string{
	"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic", "zh": "Chinese",
	"pt": "Portuguese", "de": "German", "it": "Italian", "nl": "Dutch", "hu": "Hungarian", "ja": "Japanese", "ko": "Korean",
}

func langName(code string) string {
	if n, ok := langNames[code]; ok {
		return n
	}
	if code == "" {
		return "the version's language"
	}
	return code
}

func decided(code string) bool { return code != "" && code != lang.Und }
