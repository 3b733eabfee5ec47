// Package lang holds what parity knows about languages: how to tell which
// language a text is in, each language's numbering systems (list letters,
// roman numerals, Cyrillic and Arabic letters, Chinese numerals), section
// heading words, article headings, number forms and cross-reference forms.
//
// Language facts are data: one table per language, not conditionals spread
// across packages. Language codes are BCP 47 base codes: "en", "fr", "es",
// "ru", "ar", "zh"; "und" means undetermined.
package lang

import "strings"

// Und is the code of an undetermined language.
const Und = "und"

// Detector identifies the language of a text.
//
// Implementations return a BCP 47 base code ("en", "zh") or Und when the
// text is too short or language-neutral (a marker alone, numbers, an
// acronym such as WSIS+20), with a confidence in [0,1].
type Detector interface {
	Detect(text string) (code string, confidence float64)
}

// Base returns the base language of a BCP 47 tag, lower case: "zh" for
// "zh-Hans" or "zh_TW", "en" for "en-GB", "und" for "und". The tables of
// this package are per base language, so every lookup by a document's
// language goes through Base, while the whole tag names the version.
func Base(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}
