package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// describeItems writes each block as "line:marker" for items ("3:1" is
// the marker 1 on line 3, "3:a)" a letter) and "line:-" for the others.
func describeItems(doc *Document) string {
	var parts []string
	for _, b := range doc.Blocks {
		if b.Kind == KindItem && b.Marker != nil {
			parts = append(parts, fmt.Sprintf("%d:%s/%d", b.Line, b.Marker.Raw, b.Level))
			continue
		}
		parts = append(parts, fmt.Sprintf("%d:-", b.Line))
	}
	return strings.Join(parts, " ")
}

// TestSpacedNumberRuns: operative paragraphs numbered "1 que…" (a tab
// turned into a space) are items when they run 1, 2, 3 … right under a
// section heading; a number and a space elsewhere is text.
func TestSpacedNumberRuns(t *testing.T) {
	cases := []struct {
		name string
		text string
		want string
	}{
		{"french decides", "décide\n1 que tout texte adopté fait l'objet d'une vérification;\n2 que la vérification porte sur les listes;\n3 que toute divergence est signalée.\n",
			"1:- 2:1/1 3:2/1 4:3/1"},
		{"english resolves, html-like no-break space", "resolves\n1\u00a0that the texts are checked;\n2\u00a0that differences are reported.\n",
			"1:- 2:1/1 3:2/1"},
		{"russian with sub-items", "решает\n1 что любой текст проверяется:\nа)\tсписки;\nб)\tссылки;\n2 что расхождения устраняются.\n",
			"1:- 2:1/1 3:а)/2 4:б)/2 5:2/1"},
		{"typed and spaced mixed", "resolves\n1\tthat the texts are checked;\n2 that differences are reported;\n3 that corrections are published.\n",
			"1:- 2:1/1 3:2/1 4:3/1"},
		{"two sections", "décide\n1 que A;\n2 que B.\ncharge le Directeur\n1 de faire rapport;\n2 de publier.\n",
			"1:- 2:1/1 3:2/1 4:- 5:1/1 6:2/1"},
		{"a single number is not a run", "décide\n1 que tout texte adopté fait l'objet d'une vérification.\n",
			"1:- 2:-"},
		{"a year starts a sentence", "resolves\n2030 Agenda for Sustainable Development is the frame;\n2031 will see a review.\n",
			"1:- 2:- 3:-"},
		{"thousands", "resolves\n1 197,6-1 164 MHz\n2 215 MHz\n",
			"1:- 2:- 3:-"},
		{"not under a heading", "The Conference notes that\n1 que A;\n2 que B.\n",
			"1:- 2:- 3:-"},
		{"run must start at 1", "décide\n2 que A;\n3 que B.\n",
			"1:- 2:- 3:-"},
		{"text ends the run", "décide\n1 que A;\nun paragraphe sans numéro;\n2 que B.\n",
			"1:- 2:- 3:- 4:-"},
		{"out of turn ends the run", "décide\n1 que A;\n2 que B;\n5 États l'ont demandé.\n",
			"1:- 2:1/1 3:2/1 4:-"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read("t.txt", []byte(c.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := describeItems(doc); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			for _, b := range doc.Blocks {
				if b.Marker != nil && doc.Source[b.MarkerSpan.Start:b.MarkerSpan.End] != b.Marker.Raw {
					t.Errorf("line %d: marker span %v holds %q, want %q", b.Line, b.MarkerSpan,
						doc.Source[b.MarkerSpan.Start:b.MarkerSpan.End], b.Marker.Raw)
				}
			}
		})
	}
}

// TestFlattenedRevisionArtifacts: in text that flattens tracked changes,
// the run-together markers and the items read as only in the new (or only
// in the old) text around them are revision artifacts; a plain list is not.
func TestFlattenedRevisionArtifacts(t *testing.T) {
	cases := []struct {
		name string
		text string
		want string // per item: marker, change, revision
	}{
		{"inserted before pairs", "considering\na)\tone;\nb)\tnew two;\nbc)\tthree;\ncd)\tfour.\n",
			"a):none:none b):inserted:artifact bc):replaced:artifact cd):replaced:artifact"},
		{"roman sub-list", "recalling\na)\tone;\ni)\tnew;\niii)\told i, new ii;\niiiii)\told ii, new iii;\nb)\ttwo.\n",
			"a):none:none i):inserted:artifact iii):replaced:artifact iiiii):replaced:artifact b):none:none"},
		{"plain list", "considering\na)\tone;\nb)\ttwo;\nc)\tthree.\n",
			"a):none:none b):none:none c):none:none"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Read("t.txt", []byte(c.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var parts []string
			for _, b := range doc.Blocks {
				if b.Kind == KindItem {
					parts = append(parts, fmt.Sprintf("%s:%s:%s", b.Marker.Raw, b.Marker.Change, b.Revision))
				}
			}
			if got := strings.Join(parts, " "); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}
