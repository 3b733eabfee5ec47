package lang

import (
	"os"
	"strings"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
)

func BenchmarkDbgReject(b *testing.B) {
	for _, rel := range []string{"seed/000_cacf3a00fbb84b6b.txt", "udhr/txt/udhr_eng.txt", "udhr/txt/udhr_fra.txt",
		"udhr/txt/udhr_rus.txt", "udhr/txt/udhr_arb.txt", "udhr/txt/udhr_cmn_hans.txt", "udhr/txt/udhr_spa.txt"} {
		data, _ := os.ReadFile(testcorpus.Path(b, rel))
		var rej, cand, mk []string
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l == "" {
				continue
			}
			if !mkQuickCandidate(l) {
				rej = append(rej, l)
			} else if _, _, ok := ParseMarker(l); ok {
				mk = append(mk, l)
			} else {
				cand = append(cand, l)
			}
		}
		for _, c := range []struct {
			n  string
			ls []string
		}{{"rej", rej}, {"cand", cand}, {"mk", mk}} {
			if len(c.ls) == 0 {
				continue
			}
			b.Run(rel[5:13]+"/"+c.n, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					for _, l := range c.ls {
						ParseMarker(l)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(c.ls)), "ns/line")
				b.ReportMetric(float64(len(c.ls)), "lines")
			})
		}
	}
}

func BenchmarkDbgOne(b *testing.B) {
	for _, l := range []string{"Article 1", "Статья 1", "第一条", "a)\tTo mainstream", "iii)\tResolution 70", "1\tto continue", "The Member States"} {
		b.Run(l[:3], func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ParseMarker(l)
			}
		})
	}
}
