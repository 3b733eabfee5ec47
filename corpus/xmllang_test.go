package corpus

import (
	"strings"
	"testing"
)

// TestXMLDeclaredLang: a block inside an element whose xml:lang differs
// from the document element's carries that language; an inline phrase
// (<Language xml:lang="la">) does not declare its block; without a
// declaration at the root, a declared language equal to the document's is
// no declaration.
func TestXMLDeclaredLang(t *testing.T) {
	const act = `<?xml version="1.0" encoding="utf-8"?>
<Statute xml:lang="en"><Body>
<Section><Label>80</Label><Text>The Court may hold an <Language xml:lang="la">in camera</Language> hearing.</Text></Section>
<Section type="amending"><Label>81</Label><Text>Subsection 81(1) of the French version is replaced by the following:</Text>
<AmendedText xml:lang="fr-CA"><Subsection><MarginalNote>Frais et dépens</MarginalNote><Label>(1)</Label><Text>Les frais sont laissés à l’appréciation du tribunal.</Text></Subsection></AmendedText></Section>
<Section><Label>82</Label><Text xml:lang="en">This Act binds the Crown.</Text></Section>
</Body></Statute>`
	tests := []struct {
		name, src, lang string
		want            map[string]string // block text prefix -> declared language
	}{
		{"declared at the root", act, "", map[string]string{
			"The Court": "", "Subsection 81(1)": "", "Frais et dépens": "fr", "Les frais": "fr", "This Act": "",
		}},
		{"no declaration at the root", strings.Replace(act, `<Statute xml:lang="en">`, `<Statute>`, 1), "en", map[string]string{
			"The Court": "", "Les frais": "fr", "This Act": "",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("act.xml", []byte(tt.src), Options{Lang: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			checkDeclaredLangs(t, doc, tt.want)
		})
	}
}

// checkDeclaredLangs checks the declared language of the blocks whose text
// starts with each prefix of want ("" for none), and that each prefix
// starts some block.
func checkDeclaredLangs(t *testing.T, doc *Document, want map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, b := range doc.Blocks {
		for prefix, lang := range want {
			if strings.HasPrefix(b.Text, prefix) {
				seen[prefix] = true
				if b.DeclaredLang() != lang {
					t.Errorf("%q: DeclaredLang %q, want %q", b.Text, b.DeclaredLang(), lang)
				}
			}
		}
	}
	for prefix := range want {
		if !seen[prefix] {
			t.Errorf("no block starting with %q", prefix)
		}
	}
}
