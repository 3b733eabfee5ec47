package corpus

import (
	"reflect"
	"testing"
)

// TestXMLDefinedTerms: the first block of a Justice Canada definition
// carries the terms it defines in both languages (QA #11), so the aligner
// can pair definitions each language sorts in its own order; its list
// items and the next block carry none.
func TestXMLDefinedTerms(t *testing.T) {
	src := `<?xml version="1.0" encoding="UTF-8"?>
<Statute xml:lang="fr"><Body><Section><Label>2</Label><Subsection><Label>(1)</Label><Text>Les définitions qui suivent s’appliquent à la présente loi.</Text>
<Definition><Text><DefinedTermFr>appareil de transmission exclu</DefinedTermFr> Appareil effectuant une ou plusieurs des fonctions suivantes :</Text>
<Paragraph><Label>a)</Label><Text>commutation des télécommunications;</Text></Paragraph>
<ContinuedDefinition><Text>(<DefinedTermEn>exempt transmission apparatus</DefinedTermEn>)</Text></ContinuedDefinition></Definition>
<Definition><Text><DefinedTermFr>décision</DefinedTermFr> Toute mesure prise par le Conseil. (<DefinedTermEn>decision</DefinedTermEn>)</Text></Definition>
</Subsection></Section><Section><Label>3</Label><Text>Sa Majesté est liée.</Text></Section></Body></Statute>`
	d, err := Read("t.xml", []byte(src), Options{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, b := range d.Blocks {
		texts = append(texts, b.Text)
	}
	want := map[string][]string{
		"appareil de transmission exclu Appareil effectuant une ou plusieurs des fonctions suivantes :": {"appareil de transmission exclu", "exempt transmission apparatus"},
		"décision Toute mesure prise par le Conseil. (decision)":                                        {"decision", "décision"},
	}
	found := 0
	for i, b := range d.Blocks {
		if w, ok := want[b.Text]; ok {
			found++
			if !reflect.DeepEqual(b.Terms(), w) {
				t.Errorf("block %d %q: terms %q, want %q", i, b.Text, b.Terms(), w)
			}
		} else if len(b.Terms()) > 0 {
			t.Errorf("block %d %q: terms %q, want none", i, b.Text, b.Terms())
		}
	}
	if found != len(want) {
		t.Errorf("found %d of the %d definitions in %q", found, len(want), texts)
	}
}
