package rules

import (
	"testing"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
)

// FuzzRun checks that no text makes a rule fail or panic: two versions of
// arbitrary plain text are read, aligned and checked with every rule.
func FuzzRun(f *testing.F) {
	seeds := [][2]string{
		{"considering\na)\tone;\nb)\ttwo;\nd)\tfour.\nresolves\n1\tto act under resolves 1 and 3;", "考虑到\na)\t一；\nb)\t二；\nc)\t三。\n做出决议\n1\t根据做出决议1和2行事；"},
		{"Article 1\n1. Member States shall report by 2024, see paragraph 2.\n2. Reports[footnoteRef:1]1 list 1,000 items.\n[1: 1 \tA note.]", "Статья 1\n1. Государства-члены представляют доклад к 2025 году, см. пункт 3.\n2. Доклады содержат 1 000 позиций."},
		{"ef)\t（2018年，迪拜2022年，布加勒斯特，修订版），；\niiiii)\t20192024年", "(e) and (f) [Repealed]\n(g)\tsubsection (4)"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		set := &corpus.Set{}
		for _, v := range []struct{ name, text, lg string }{{"en.txt", a, "en"}, {"zh.txt", b, "zh"}} {
			if v.text == "" {
				return
			}
			d, err := corpus.Read(v.name, []byte(v.text), corpus.Options{Lang: v.lg, Detector: lang.ScriptDetector{}})
			if err != nil {
				return // not a text the readers take
			}
			d.ID = v.lg
			set.Versions = append(set.Versions, d)
		}
		al, err := align.Align(set, align.Options{})
		if err != nil {
			return
		}
		fs, err := Run(set, al, nil)
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
		for _, f := range fs {
			if f.Rule == "" || f.Message == "" || f.Severity == 0 {
				t.Fatalf("incomplete finding %+v", f)
			}
		}
	})
}
