package rules

import "testing"

// TestQuote: text quoted in messages reads as in the document: the
// no-break, narrow no-break and thin spaces are plain spaces, control
// characters are dropped, and nothing is escaped.
func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"paragraphe\u00a03":      `"paragraphe 3"`,
		"1\u202f197,6":           `"1 197,6"`,
		"p.\u20093\u0007\u200b":  "\"p. 3\u200b\"",
		"第3段\r\n":                `"第3段"`,
		`say "no"`:               `"say "no""`,
		"":                       `""`,
		"\u0085next\u00adline\t": "\"next\u00adline\"",
	} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"item c)": "an item c)", "paragraph": "a paragraph", "heading": "a heading", "": "a "} {
		if got := withArticle(in); got != want {
			t.Errorf("withArticle(%q) = %q, want %q", in, got, want)
		}
	}
}
