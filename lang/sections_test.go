package lang

import "testing"

func TestSection(t *testing.T) {
	cases := []struct {
		line, key, old, lang string
	}{
		{"considering", "considering", "", "en"},
		{"Considering:", "considering", "", "en"},
		{"  CONSIDERING FURTHER ", "considering further", "", "en"},
		{"recalling,", "recalling", "", "en"},
		{"recognizing further", "recognizing further", "", "en"},
		{"bearing in mind", "bearing in mind", "", "en"},
		{"noting with satisfaction", "noting with satisfaction", "", "en"},
		{"taking into account", "taking into account", "", "en"},
		{"emphasizing", "emphasizing", "", "en"},
		{"aware", "aware", "", "en"},
		{"convinced", "convinced", "", "en"},
		{"resolves", "resolves", "", "en"},
		{"further resolves", "further resolves", "", "en"},
		{"decides", "decides", "", "en"},
		{"instructs the Director of the Telecommunication Standardization Bureau", "instructs", "", "en"},
		{"instructs the Secretary-General", "instructs", "", "en"},
		{"invites Member States", "invites", "", "en"},
		{"invites Member States, Sector Members, Associates and Academia", "invites", "", "en"},
		{"requests the Secretary-General", "requests", "", "en"},
		{"encourages Member States", "encourages", "", "en"},
		{"urges", "urges", "", "en"},
		{"calls upon Member States", "calls upon", "", "en"},
		{"welcomes", "welcomes", "", "en"},
		{"consideringrecalling", "recalling", "considering", "en"},
		{"considering recalling", "recalling", "considering", "en"},
		{"considérant", "considering", "", "fr"},
		{"CONSIDÉRANT EN OUTRE", "considering further", "", "fr"},
		{"rappelant", "recalling", "", "fr"},
		{"reconnaissant", "recognizing", "", "fr"},
		{"notant", "noting", "", "fr"},
		{"décide", "resolves", "", "fr"},
		{"charge le Directeur du Bureau de la normalisation des télécommunications", "instructs", "", "fr"},
		{"invite les États Membres", "invites", "", "fr"},
		{"considerando", "considering", "", "es"},
		{"recordando", "recalling", "", "es"},
		{"reconociendo", "recognizing", "", "es"},
		{"observando", "noting", "", "es"},
		{"resuelve", "resolves", "", "es"},
		{"encarga al Director de la Oficina de Normalización de las Telecomunicaciones", "instructs", "", "es"},
		{"invita a los Estados Miembros", "invites", "", "es"},
		{"учитывая", "considering", "", "ru"},
		{"напоминая", "recalling", "", "ru"},
		{"признавая", "recognizing", "", "ru"},
		{"отмечая", "noting", "", "ru"},
		{"решает", "resolves", "", "ru"},
		{"поручает Директору Бюро стандартизации электросвязи", "instructs", "", "ru"},
		{"предлагает Государствам-Членам", "invites", "", "ru"},
		{"إذ يضع في اعتباره", "considering", "", "ar"},
		{"إذ تضع في اعتبارها", "considering", "", "ar"},
		{"إذ يأخذ في الاعتبار", "taking into account", "", "ar"},
		{"وإذ يذكّر", "recalling", "", "ar"},
		{"وإذ يذكر", "recalling", "", "ar"},
		{"إذ يقر", "recognizing", "", "ar"},
		{"يقرر", "resolves", "", "ar"},
		{"يكلف مدير مكتب تقييس الاتصالات", "instructs", "", "ar"},
		{"يدعو الدول الأعضاء", "invites", "", "ar"},
		{"تدعو", "invites", "", "ar"},
		{"考虑到", "considering", "", "zh"},
		{"忆及", "recalling", "", "zh"},
		{"进一步考虑到", "considering further", "", "zh"},
		{"认识到", "recognizing", "", "zh"},
		{"进一步认识到", "recognizing further", "", "zh"},
		{"顾及", "bearing in mind", "", "zh"},
		{"注意到", "noting", "", "zh"},
		{"进一步注意到", "noting further", "", "zh"},
		{"做出决议", "resolves", "", "zh"},
		{"责成电信标准化局主任", "instructs", "", "zh"},
		{"请成员国、部门成员、部门成员和学术成员", "invites", "", "zh"},
		{"请成员国", "invites", "", "zh"},
		{"请所有利益攸关方", "invites", "", "zh"},
		{"考虑到忆及", "recalling", "considering", "zh"},
		{"考虑到：", "considering", "", "zh"},
		{"忆及进一步考虑到", "considering further", "recalling", "zh"},
	}
	for _, c := range cases {
		got, ok := Section(c.line)
		want := SectionMatch{Key: c.key, OldKey: c.old, Lang: c.lang}
		if !ok || got != want {
			t.Errorf("Section(%q) = %+v, %v; want %+v", c.line, got, ok, want)
		}
	}
}

func TestSectionNegative(t *testing.T) {
	for _, line := range []string{
		"", "   ", ":", "considering that the", "Considering the importance of the Internet,",
		"recalling its resolution 70/1 of 25 September 2015 on the 2030 Agenda;",
		"instructs the Director to report to the Council on the progress made.",
		"请成员和各利益攸关方就国际电联在WSIS+20审查（包括对WSIS行动方面的审查）方面的工作提供输入意见。",
		"请成员和其他利益攸关方就国际电联在WSIS+20审查中的工作发表意见，包括与通过CWG WSIS&SDG对WSIS各行动方面进行审查相关的想法",
		"向CWG‑Internet提交文稿，", "提案", "引言", "摘要：", "世界电信标准化全会（2022年，日内瓦2024年，新德里），",
		"a)\t信息社会世界高峰会议", "考虑到全权代表大会关于国际电联在落实信息社会世界峰会成果", "considerings", "noting further further",
		"Article 1",
	} {
		if got, ok := Section(line); ok {
			t.Errorf("Section(%q) = %+v; want no heading", line, got)
		}
	}
}

// TestSectionTables checks the tables: every key is one of the known keys
// and every language has each of the core headings.
func TestSectionTables(t *testing.T) {
	keys := map[string]bool{}
	for _, k := range []string{"considering", "considering further", "recalling", "recalling further", "recognizing",
		"recognizing further", "bearing in mind", "noting", "noting further", "noting with satisfaction",
		"taking into account", "emphasizing", "aware", "convinced", "resolves", "further resolves", "decides",
		"instructs", "invites", "requests", "encourages", "urges", "calls upon", "welcomes"} {
		keys[k] = true
	}
	core := []string{"considering", "recalling", "recognizing", "noting", "resolves", "instructs", "invites"}
	for _, tb := range mkTables {
		has := map[string]bool{}
		for _, s := range tb.sections {
			if !keys[s.key] {
				t.Errorf("%s: %q has unknown key %q", tb.code, s.phrase, s.key)
			}
			has[s.key] = true
			if got, ok := Section(s.phrase); !ok || got.Key != s.key {
				t.Errorf("%s: Section(%q) = %+v, %v; want key %q", tb.code, s.phrase, got, ok, s.key)
			}
		}
		if len(tb.sections) == 0 {
			continue
		}
		for _, k := range core {
			if !has[k] {
				t.Errorf("%s: no heading for %q", tb.code, k)
			}
		}
	}
}
