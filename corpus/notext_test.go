package corpus

import (
	"errors"
	"strings"
	"testing"
)

// TestNoTextIsAnInputError: a file with no text is an input error in
// every format, as an empty text file is (it used to be accepted as a
// document of 0 blocks when it was markup).
func TestNoTextIsAnInputError(t *testing.T) {
	for _, tt := range []struct{ name, data string }{
		{"empty.html", "<html></html>"},
		{"blank.html", "<!DOCTYPE html>\n<html><head><title></title></head><body><div><p> </p></div></body></html>\n"},
		{"decl.xml", `<?xml version="1.0"?>`},
		{"root.xml", "<?xml version=\"1.0\"?>\n<Statute><Body/></Statute>\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.name, []byte(tt.data), Options{})
			var ie *InputError
			if !errors.Is(err, ErrNoText) || !errors.As(err, &ie) || ie.Path != tt.name {
				t.Fatalf("Read = %v, %v; want an InputError naming %s wrapping ErrNoText", doc, err, tt.name)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "corpus: "+tt.name+": no text") {
				t.Errorf("message %q", msg)
			}
		})
	}
	if _, err := Read("ok.html", []byte("<p>Article 1</p>"), Options{}); err != nil {
		t.Errorf("a page with text: %v", err)
	}
}

// TestLangTag: a forced language with a script or region gives the
// document its base code as Lang, which the language tables are keyed by,
// and the whole tag, in canonical case, as ID.
func TestLangTag(t *testing.T) {
	for _, tt := range []struct{ tag, lang, id string }{
		{"zh-Hans", "zh", "zh-Hans"},
		{"zh-hant", "zh", "zh-Hant"},
		{"en-gb", "en", "en-GB"},
		{"ZH_HANS", "zh", "zh-Hans"},
		{"fr", "fr", "fr"},
	} {
		d, err := Read("a.txt", []byte("第一条 人人生而自由。\n"), Options{Lang: tt.tag})
		if err != nil {
			t.Fatal(err)
		}
		if d.Lang != tt.lang || d.ID != tt.id {
			t.Errorf("Lang %q: document Lang %q ID %q, want %q %q", tt.tag, d.Lang, d.ID, tt.lang, tt.id)
		}
		for _, b := range d.Blocks {
			if b.Lang != tt.lang && b.Lang != "und" {
				t.Errorf("Lang %q: block language %q, want %q", tt.tag, b.Lang, tt.lang)
			}
		}
	}
	for tag, want := range map[string]string{"zh-Hans": "zh", "zh_TW": "zh", "EN-gb": "en", "und": "und", "": ""} {
		if got := BaseLang(tag); got != want {
			t.Errorf("BaseLang(%q) = %q, want %q", tag, got, want)
		}
	}
}
