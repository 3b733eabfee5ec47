package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
)

// pathAnchors reads two texts and returns the marker-path anchors
// selectAnchors keeps, as "pivot line-version line".
func pathAnchors(t *testing.T, en, fr string) []string {
	t.Helper()
	read := func(lg, text string) []feat {
		d, err := corpus.Read(lg+".txt", []byte(text), corpus.Options{Lang: lg, Format: "txt"})
		if err != nil {
			t.Fatal(err)
		}
		return features(stream(d, false))
	}
	a := newPairAligner(read("en", en), read("fr", fr))
	var out []string
	for _, an := range selectAnchors(a) {
		if an.kind == "path" {
			out = append(out, fmt.Sprintf("%d-%d", a.p[an.i].block.Line, a.v[an.j].block.Line))
		}
	}
	return out
}

// Equal marker paths anchor only in lists of the same shape: the French
// recalling list has the English letters, its considering list skips c)
// (a, b, d, e), and the sub-items of its d) are no anchors either, since
// the list of the items they hang from differs.
func TestSelectAnchorsListShape(t *testing.T) {
	en := strings.Join([]string{
		"recalling",
		"a) Resolution 154 of the Plenipotentiary Conference;",
		"b) Resolution 67 of this assembly;",
		"considering",
		"a) that the texts are published in six languages;",
		"b) that a difference can change the meaning of a provision;",
		"c) that automated tools can detect, before publication:",
		"i) items that are missing;",
		"ii) numbers that differ;",
		"d) that such tools cannot replace translators,",
	}, "\n") + "\n"
	fr := strings.Join([]string{
		"rappelant",
		"a) la Résolution 154 de la Conférence de plénipotentiaires;",
		"b) la Résolution 67 de la présente Assemblée;",
		"considérant",
		"a) que les textes sont publiés dans six langues;",
		"b) qu'une divergence peut changer le sens d'une disposition;",
		"d) que des outils automatiques permettent de détecter, avant publication:",
		"i) les points manquants;",
		"ii) les nombres qui diffèrent;",
		"e) que de tels outils ne sauraient remplacer les traducteurs,",
	}, "\n") + "\n"
	if got, want := fmt.Sprint(pathAnchors(t, en, fr)), "[2-2 3-3]"; got != want {
		t.Errorf("path anchors with a letter skipped: %s, want %s", got, want)
	}
	// The same lists lettered alike anchor everywhere.
	fixed := strings.NewReplacer("d) que des", "c) que des", "e) que de", "d) que de").Replace(fr)
	if got, want := fmt.Sprint(pathAnchors(t, en, fixed)), "[2-2 3-3 5-5 6-6 7-7 8-8 9-9 10-10]"; got != want {
		t.Errorf("path anchors with the same letters: %s, want %s", got, want)
	}
}
