package cmd

import (
	"strings"
	"testing"

	"github.com/paritydoc/parity/lang"
)

func TestNewDetector(t *testing.T) {
	tests := []struct {
		name  string
		langs []string
		text  string
		want  string
	}{
		{"no language known: default Latin candidates", nil,
			"Artikel 1 Alle Menschen sind frei und gleich an Würde und Rechten geboren", "de"},
		{"only script languages: English still caught", []string{"ar", "zh"},
			"Recognizing the role of the Telecommunication Standardization Bureau in the review", "en"},
		{"requested Latin languages only", []string{"en", "fr", "zh"},
			"reconnaissant le rôle du Bureau de la normalisation des télécommunications", "fr"},
		{"script decides", []string{"en", "fr"}, "世界电信标准化全会", "zh"},
		{"neutral", []string{"en", "fr"}, "WSIS+20", lang.Und},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := newDetector(tt.langs)
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := d.Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if _, ok := d.(lang.DocumentDetector); !ok {
				t.Errorf("detector does not implement lang.DocumentDetector")
			}
		})
	}
}

func TestNewDetectorUnknownCode(t *testing.T) {
	d, err := newDetector([]string{"en", "zz"})
	if err == nil || !strings.Contains(err.Error(), `"zz"`) {
		t.Fatalf("newDetector with an unknown code: err = %v, want an error naming \"zz\"", err)
	}
	if d != nil {
		t.Errorf("newDetector returned a non-nil detector with its error")
	}
}

// TestDetectorsPerCandidates: sets whose languages give the same
// candidates (detect.Candidates) share one detector, and a language the
// detector does not know falls back to the script.
func TestDetectorsPerCandidates(t *testing.T) {
	// The same candidates give the same detector, built once.
	var c detectors
	a, b := c.forLangs([]string{"fr", "es"}), c.forLangs([]string{"es", "fr", "en"})
	if a != b {
		t.Error("two sets with the same candidates got two detectors")
	}
	// English left in a French/Spanish pair reads as English, not French.
	if got, _ := a.Detect("No one shall be subjected to arbitrary interference with his privacy, family, home or correspondence"); got != "en" {
		t.Errorf("English in a fr+es set detected as %q", got)
	}
	if got, _ := c.forLangs([]string{"zz"}).Detect("世界人权宣言"); got != "zh" {
		t.Errorf("unknown language: the script alone still decides, got %q", got)
	}
}
