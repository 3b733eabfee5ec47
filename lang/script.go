package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A script row ties a Unicode script to the name Script reports and to the
// language the script alone decides (empty when it cannot decide, as for
// Latin, which dozens of languages share).
type scriptRow struct {
	name  string
	table *unicode.RangeTable
	lang  string
}

// scripts lists the scripts Script recognises, most frequent in parity's
// documents first (the order is also the tie-break between equal counts).
// Hiragana and Katakana are reported together as "Kana".
var scripts = []scriptRow{
	{"Latin", unicode.Latin, ""},
	{"Han", unicode.Han, "zh"},
	{"Arabic", unicode.Arabic, "ar"},
	{"Cyrillic", unicode.Cyrillic, "ru"},
	{"Kana", unicode.Hiragana, "ja"},
	{"Kana", unicode.Katakana, "ja"},
	{"Hangul", unicode.Hangul, "ko"},
	{"Greek", unicode.Greek, "el"},
	{"Hebrew", unicode.Hebrew, "he"},
	{"Devanagari", unicode.Devanagari, "hi"},
	{"Thai", unicode.Thai, "th"},
	{"Armenian", unicode.Armenian, "hy"},
	{"Georgian", unicode.Georgian, "ka"},
	{"Bengali", unicode.Bengali, "bn"},
	{"Tamil", unicode.Tamil, "ta"},
	{"Ethiopic", unicode.Ethiopic, "am"},
	{"Khmer", unicode.Khmer, "km"},
	{"Lao", unicode.Lao, "lo"},
	{"Myanmar", unicode.Myanmar, "my"},
	{"Sinhala", unicode.Sinhala, "si"},
}

// ScriptNames returns the script names Script can report, in a fixed order,
// without duplicates. "Other" (letters of a script not listed) is not
// included.
func ScriptNames() []string {
	var out []string
	for i, s := range scripts {
		if i > 0 && scripts[i-1].name == s.name {
			continue
		}
		out = append(out, s.name)
	}
	return out
}

// ScriptLanguage returns the language the named script alone identifies
// ("Han" → "zh", "Kana" → "ja", "Cyrillic" → "ru"), or "" when the script
// cannot tell (Latin) or is unknown.
func ScriptLanguage(script string) string {
	for _, s := range scripts {
		if s.name == script {
			return s.lang
		}
	}
	return ""
}

// scriptOf returns the index in scripts of r's script, or -1 when r is a
// letter of no listed script, or -2 when r is not a letter.
func scriptOf(r rune) int {
	if !unicode.IsLetter(r) {
		return -2
	}
	if r < 0x250 { // ASCII letters and Latin-1 / Latin Extended-A and -B
		return 0
	}
	for i, s := range scripts {
		if unicode.Is(s.table, r) {
			return i
		}
	}
	return -1
}

// ScriptCounts holds the number of letters of each script in a text.
type ScriptCounts struct {
	// ByScript maps a script name (as Script reports it) to its letter count.
	ByScript map[string]int
	// Letters is the total number of letters, including those of scripts
	// not listed ("Other").
	Letters int
}

// CountScripts counts the letters of text by script. Digits, punctuation,
// symbols, marks and spaces are not letters and are not counted.
func CountScripts(text string) ScriptCounts {
	c := ScriptCounts{ByScript: map[string]int{}}
	for _, r := range text {
		i := scriptOf(r)
		switch {
		case i == -2:
			continue
		case i == -1:
			c.ByScript["Other"]++
		default:
			c.ByScript[scripts[i].name]++
		}
		c.Letters++
	}
	return c
}

// Dominant returns the script with most letters, "" when there are none.
// Ties go to the script listed first in ScriptNames, then "Other".
func (c ScriptCounts) Dominant() string {
	best, n := "", 0
	for _, name := range ScriptNames() {
		if c.ByScript[name] > n {
			best, n = name, c.ByScript[name]
		}
	}
	if c.ByScript["Other"] > n {
		best = "Other"
	}
	return best
}

// Script returns the dominant script of the letters of text: "Latin",
// "Han", "Arabic", "Cyrillic", "Kana" (Hiragana and Katakana), "Hangul",
// "Greek", "Hebrew", "Devanagari", "Thai" and the others of ScriptNames,
// "Other" for letters of a script not listed, and "" when text has no
// letters at all (digits, punctuation and symbols are not letters).
func Script(text string) string {
	return CountScripts(text).Dominant()
}

// kanaShareForJapanese is the share of kana among the Han and kana letters
// from which Han-dominant text is taken to be Japanese: Japanese prose
// writes grammatical endings and particles in kana, so even a heading
// rarely falls below it, while Chinese text has none at all.
const kanaShareForJapanese = 0.05

// ScriptDetector is a Detector that decides from the script alone, where
// the script identifies the language: Han → zh (ja when the text also has
// kana), kana → ja, Hangul → ko, Arabic → ar, Cyrillic → ru, Greek → el,
// Hebrew → he, Devanagari → hi, Thai → th, and the others of ScriptNames.
// Latin text gives Und, since the script cannot tell English from French.
// Neutral text gives Und.
//
// The confidence is the share of the text's letters written in the
// deciding script.
//
// The zero value is ready to use.
type ScriptDetector struct {
	// Languages overrides the language a script stands for, keyed by
	// script name: {"Cyrillic": "uk"} for a Ukrainian document, {"Han":
	// "ja"} for Japanese text without kana. A value of Und (or "")
	// makes the script undecided.
	Languages map[string]string
}

// Language returns the language the detector assigns to script, "" when
// the script alone does not decide.
func (d ScriptDetector) Language(script string) string {
	if l, ok := d.Languages[script]; ok {
		if l == Und {
			return ""
		}
		return l
	}
	return ScriptLanguage(script)
}

// Detect implements Detector.
func (d ScriptDetector) Detect(text string) (string, float64) {
	if Neutral(text) {
		return Und, 0
	}
	c := CountScripts(text)
	s := c.Dominant()
	n := c.ByScript[s]
	if s == "Han" {
		kana := c.ByScript["Kana"]
		if float64(kana) >= kanaShareForJapanese*float64(kana+n) {
			s, n = "Kana", n+kana
		}
	}
	l := d.Language(s)
	if l == "" || c.Letters == 0 {
		return Und, 0
	}
	return l, float64(n) / float64(c.Letters)
}

// NeutralMinLetters is the threshold of Neutral: text whose real words hold
// fewer letters than this is neutral. Han ideographs and Hangul syllables
// count two letters each (one is a morpheme or a syllable, not a sound), so
// "决议" (resolution) and "the end" are not neutral but "of", "la", "1.",
// "a)" and "決" are.
const NeutralMinLetters = 4

// Neutral reports whether text carries no real words of a language, so
// that no language can be read from it: list markers alone ("a)", "(iv)",
// "а)", "أ)", "一、", "（一）", "㈠", "ef)"), numbers, dates, percentages,
// punctuation, document symbols ("A/78/L.49", "70/125", "ATU/35A18/1"),
// acronyms and acronyms with digits ("WSIS+20", "ITU-T", "CWG-WSIS&SDG",
// "UNGA"), URLs and e-mail addresses, and text whose remaining words hold
// fewer than NeutralMinLetters letters.
//
// An acronym is a word without lower-case letters whose letter runs are
// at most five letters long; an all-capital word of six letters or more
// ("RESOLUTION") is taken as a real word.
func Neutral(text string) bool {
	return wordLetters(text, NeutralMinLetters) < NeutralMinLetters
}

// WordLetters returns the number of letters in text's real words, the
// measure Neutral compares with NeutralMinLetters (Han ideographs and
// Hangul syllables count two). Markers, numbers, symbols, acronyms, URLs
// and e-mail addresses do not count.
func WordLetters(text string) int {
	return wordLetters(text, -1)
}

// wordLetters counts letters in real words, stopping early once the count
// reaches stop (when stop > 0).
func wordLetters(text string, stop int) int {
	total := 0
	for _, field := range strings.FieldsFunc(text, isFieldSpace) {
		total += fieldLetters(field)
		if stop > 0 && total >= stop {
			return total
		}
	}
	return total
}

func isFieldSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0'
}

// fieldLetters returns the letters a whitespace-separated field
// contributes to real words.
func fieldLetters(f string) int {
	if isURLOrEmail(f) {
		return 0
	}
	// Strip the punctuation around the field, remembering whether a marker
	// closer or a full stop followed the letters.
	core := strings.TrimLeftFunc(f, isOuterPunct)
	closed := false
	if end := strings.TrimRightFunc(core, isOuterPunct); end != core {
		tail := core[len(end):]
		closed = strings.ContainsAny(tail, ")）]")
		core = end
	}
	if core == "" {
		return 0
	}
	hasDigit, hasLower, hasUpper := false, false, false
	letters, ideographs := 0, 0
	run, longestRun := 0, 0
	nonNumeral := false
	for _, r := range core {
		switch {
		case unicode.IsDigit(r):
			hasDigit = true
			run = 0
		case unicode.IsLetter(r):
			if isWide(r) {
				ideographs++
				if !isCJKNumeral(r) {
					nonNumeral = true
				}
				run = 0
				continue
			}
			letters++
			run++
			if run > longestRun {
				longestRun = run
			}
			if unicode.IsLower(r) {
				hasLower = true
			} else if unicode.IsUpper(r) {
				hasUpper = true
			}
		default:
			run = 0
		}
	}
	wide := 0
	if nonNumeral {
		wide = 2 * ideographs
	}
	switch {
	case letters == 0:
		// Digits, symbols, Chinese numerals: "2030", "70/125", "一、", "（一）".
		return wide
	case hasDigit:
		// Letters mixed with digits: document symbols, ordinals, acronyms
		// with digits ("A/78/L.49", "WSIS+20", "1er", "3rd").
		return wide
	case !hasLower && hasUpper && longestRun <= 5:
		// Acronym: "UNGA", "ITU-T", "CWG-WSIS&SDG", "WTSA".
		return wide
	case closed && letters <= 6 && ideographs == 0 && isMarkerWord(core):
		// A list marker alone: "a)", "(iv)", "ef)", "iiiii)", "а)", "أ)".
		return 0
	}
	return letters + wide
}

// isMarkerWord reports whether core, found before a closing bracket, is a
// list marker: one or two letters, or a roman numeral (possibly two run
// together, as flattened revision marks leave them).
func isMarkerWord(core string) bool {
	if utf8.RuneCountInString(core) <= 2 {
		return true
	}
	for _, r := range strings.ToLower(core) {
		if !strings.ContainsRune("ivxlcdm", r) {
			return false
		}
	}
	return true
}

// isOuterPunct is true for the punctuation that may surround a word.
func isOuterPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// isWide reports whether r is a letter that stands for a morpheme or a
// syllable: Han ideographs and Hangul syllables.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0xAC00 && r <= 0xD7A3)
}

// isCJKNumeral reports whether r is a Chinese numeral character used in
// list markers and numbers (一 二 … 十 百 千 万 零 〇 两).
func isCJKNumeral(r rune) bool {
	return strings.ContainsRune("〇零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾", r)
}

// isURLOrEmail recognises URLs and e-mail addresses.
func isURLOrEmail(f string) bool {
	l := strings.ToLower(strings.TrimLeft(f, "(<[\"'«“"))
	if strings.Contains(l, "://") || strings.HasPrefix(l, "www.") {
		return true
	}
	at := strings.IndexByte(l, '@')
	return at > 0 && strings.Contains(l[at:], ".")
}
