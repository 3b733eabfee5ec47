package rules

import (
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
)

func TestSplitCitation(t *testing.T) {
	tests := []struct{ in, old, nw string }{
		{"（2018年，迪拜2022年，布加勒斯特，修订版）", "（2018年，迪拜，修订版）", "（2022年，布加勒斯特，修订版）"},
		{"（2022年，日内瓦2024年，新德里）", "（2022年，日内瓦）", "（2024年，新德里）"},
		{"（2018，迪拜2022年，布加勒斯特，修订版）", "（2018，迪拜，修订版）", "（2022年，布加勒斯特，修订版）"},
		{"(Rev. Dubai, 2018Bucharest, 2022)", "(Rev. Dubai, 2018)", "(Rev. Bucharest, 2022)"},
	}
	for _, tt := range tests {
		old, nw, ok := splitCitation(tt.in)
		if !ok || old != tt.old || nw != tt.nw {
			t.Errorf("splitCitation(%s) = %s, %s, %v; want %s, %s", tt.in, old, nw, ok, tt.old, tt.nw)
		}
	}
	for _, clean := range []string{"（2008年，约翰内斯堡；2012年，迪拜）", "(Rev. Busan, 2014)", "（2014年，日内瓦）", "(2022年，日内瓦；2024年，新德里)"} {
		if old, nw, ok := splitCitation(clean); ok {
			t.Errorf("clean citation %s split into %s / %s", clean, old, nw)
		}
	}
}

func TestRevisionArtifactText(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"理事会在其20192024年会议上", "v has run-together years 20192024: old reading 2019, new reading 2024"},
		{"《国际电联2020-20232024-2027年战略规划》", "v has run-together ranges 2020-20232024-2027: old reading 2020-2023, new reading 2024-2027"},
		{"具有实质性影响，；", `v has doubled punctuation "，；": old reading "，", new reading "；"`},
		{"第71号决议（2018年，迪拜2022年，布加勒斯特，修订版）", "v has a run-together citation （2018年，迪拜2022年，布加勒斯特，修订版）: old reading （2018年，迪拜，修订版）, new reading （2022年，布加勒斯特，修订版）"},
		{"第1332号决议 – 国际电联在落实WSIS成果和《2030年可持续发展议程》方面的作用；", ""},
		{"A/RES/70/125 of 2015, 20 000 people", ""},
		{"etc., and so on", ""},
	}
	for _, tt := range tests {
		set := &corpus.Set{Versions: []*corpus.Document{doc("v", "zh", tt.text)}}
		fs, err := RunRules([]*Rule{RevisionArtifact}, set, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.Message)
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestLangUntranslated(t *testing.T) {
	en := doc("en", "en", "The Assembly decides to continue the work on the outcomes of the summit.", "It invites Member States to contribute to the review process this year.")
	zh := doc("zh", "zh", "The Assembly decides to continue the work on the outcomes of the summit.", "请成员国为今年的审查进程做出贡献。")
	fr := doc("fr", "fr", "L'Assemblée décide de poursuivre les travaux sur les résultats du sommet.", "It invites Member States to contribute to the review process this year.")
	set := &corpus.Set{Versions: []*corpus.Document{en, zh, fr}}
	fs, err := RunRules([]*Rule{LangUntranslated}, set, identity(set), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := messages(fs)
	want := []string{
		`1: zh has a paragraph that is not in Chinese: it is written in Latin script ("The Assembly decides to continue the wor…")`,
		`2: fr has a paragraph that is not in French: it is the same text as en ("It invites Member States to contribute t…")`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
