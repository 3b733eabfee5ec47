package corpus

import (
	"strings"
	"testing"
)

// TestHTMLDeclaredLang: a block whose element, or an ancestor, has a lang
// (or xml:lang) other than <html lang> carries that language; an inline
// <span lang> does not declare its block; a declaration equal to the
// document's language is none.
func TestHTMLDeclaredLang(t *testing.T) {
	const page = `<!DOCTYPE html>
<html lang="en"><head><title>Act</title></head><body><main>
<p>The Court may hold an <span lang="la">in camera</span> hearing.</p>
<p>Subsection 81(1) of the French version is replaced by the following:</p>
<blockquote lang="fr-CA"><p>Frais et dépens</p><p>Les frais sont laissés à l’appréciation du tribunal.</p>
<p lang="en">This Act binds the Crown.</p></blockquote>
<div xml:lang="de"><p>Dieses Gesetz bindet die Krone.</p></div>
<p lang="EN-gb">The Act comes into force on assent.</p>
</main></body></html>`
	tests := []struct {
		name, src, lang string
		want            map[string]string // block text prefix -> declared language
	}{
		{"declared on html", page, "", map[string]string{
			"The Court": "", "Subsection 81(1)": "", "Frais et dépens": "fr", "Les frais": "fr",
			"This Act": "", "Dieses Gesetz": "de", "The Act comes": "",
		}},
		{"no declaration on html", strings.Replace(page, `<html lang="en">`, `<html>`, 1), "en", map[string]string{
			"The Court": "", "Les frais": "fr", "This Act": "", "Dieses Gesetz": "de", "The Act comes": "",
		}},
		{"main inside a declared ancestor", strings.Replace(page, `<body>`, `<body lang="fr">`, 1), "", map[string]string{
			"The Court": "fr", "Les frais": "fr", "This Act": "", "Dieses Gesetz": "de",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("act.html", []byte(tt.src), Options{Lang: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			checkDeclaredLangs(t, doc, tt.want)
		})
	}
}
