package rules

import (
	"testing"

	"github.com/paritydoc/parity/corpus"
)

// TestUntranslatedDetector runs the detector test of lang/untranslated on
// blocks whose detected language is given, as the real detector gives it
// on Justice Canada and Creative Commons texts.
func TestUntranslatedDetector(t *testing.T) {
	tests := []struct {
		name, docLang, text, detected, declared string
		want                                    bool
	}{
		{name: "english definition ending with its French term", docLang: "en", detected: "fr",
			text: "international submarine cable licence means a licence issued under section 19; (licence de câble sous-marin international)"},
		{name: "English-only definition", docLang: "en", detected: "fr",
			text: "prescribed means prescribed by regulation made by the Governor in Council; (Version anglaise seulement)"},
		{name: "French definition ending with its English term", docLang: "fr", detected: "en",
			text: "entreprise de radiodiffusion S’entend de l’entreprise au sens de la Loi sur la radiodiffusion. (broadcasting undertaking)"},
		{name: "French definition pasted into the English version", docLang: "en", detected: "fr", want: true,
			text: "entreprise de radiodiffusion S’entend de l’entreprise au sens de la Loi sur la radiodiffusion. (broadcasting undertaking)"},
		{name: "French text ending with a parenthesis", docLang: "en", detected: "fr", want: true,
			text: "Les frais et dépens afférents à tout recours exercé devant le tribunal sont laissés à son appréciation (article 81)."},
		{name: "licence name in CamelCase", docLang: "en", detected: "fr",
			text: "Attribution-NonCommercial-NoDerivatives 4.0 International"},
		{name: "French text with a licence name", docLang: "en", detected: "fr", want: true,
			text: "Le titulaire de la licence Attribution-NonCommercial-NoDerivatives accorde au public le droit de partager l’œuvre."},
		{name: "French text declared French", docLang: "en", detected: "fr", declared: "fr",
			text: "Les frais et dépens afférents à tout recours exercé devant le tribunal sous le régime de la présente loi sont laissés à l’appréciation du tribunal."},
		{name: "German text declared French", docLang: "en", detected: "de", declared: "fr", want: true,
			text: "Die Kosten eines Verfahrens vor dem Gericht nach diesem Gesetz liegen im Ermessen des Gerichts und folgen der Hauptsache."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &corpus.Document{ID: tt.docLang, Lang: tt.docLang, Path: "x.xml", Blocks: []corpus.Block{
				{Kind: corpus.KindParagraph, Text: tt.text, Lang: tt.detected, LangConf: 1},
			}}
			d.Blocks[0].SetDeclaredLang(tt.declared)
			fs, err := RunRules([]*Rule{LangUntranslated}, &corpus.Set{Versions: []*corpus.Document{d}}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(fs) > 0; got != tt.want {
				t.Errorf("reported %v (%v), want %v", got, fs, tt.want)
			}
		})
	}
}
