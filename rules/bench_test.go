package rules

import "testing"

// BenchmarkRunUDHR measures the rules alone (reading and alignment done
// once, outside the loop) on the six-language UDHR:
//
//	go test ./rules -run '^$' -bench RunUDHR -benchmem
func BenchmarkRunUDHR(b *testing.B) {
	set, al := readReal(b, udhr("xml")...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Run(set, al, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRunEU measures the rules on the three versions of Regulation
// (EU) 2017/2403 (about 500 blocks each, many numbers and references).
func BenchmarkRunEU(b *testing.B) {
	set, al := readReal(b, "eu-2017-2403/CELEX-32017R2403-EN-TXT.html", "eu-2017-2403/CELEX-32017R2403-ES-TXT.html", "eu-2017-2403/CELEX-32017R2403-FR-TXT.html")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Run(set, al, nil); err != nil {
			b.Fatal(err)
		}
	}
}
