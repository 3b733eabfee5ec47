package lang

// Chinese: numbered headings written 第…条 / 第 5 條 / 第一章 / 附件 and the
// section headings of UN and ITU resolutions (simplified, with the common
// traditional forms).
var mkTableZH = mkLangTable{
	code: "zh",
	sections: []mkSection{
		{phrase: "考虑到", key: "considering"},
		{phrase: "考慮到", key: "considering"},
		{phrase: "进一步考虑到", key: "considering further"},
		{phrase: "進一步考慮到", key: "considering further"},
		{phrase: "还考虑到", key: "considering further"},
		{phrase: "忆及", key: "recalling"},
		{phrase: "憶及", key: "recalling"},
		{phrase: "回顾", key: "recalling"},
		{phrase: "进一步忆及", key: "recalling further"},
		{phrase: "还忆及", key: "recalling further"},
		{phrase: "认识到", key: "recognizing"},
		{phrase: "認識到", key: "recognizing"},
		{phrase: "承认", key: "recognizing"},
		{phrase: "进一步认识到", key: "recognizing further"},
		{phrase: "進一步認識到", key: "recognizing further"},
		{phrase: "还认识到", key: "recognizing further"},
		{phrase: "顾及", key: "bearing in mind"},
		{phrase: "顧及", key: "bearing in mind"},
		{phrase: "铭记", key: "bearing in mind"},
		{phrase: "注意到", key: "noting"},
		{phrase: "进一步注意到", key: "noting further"},
		{phrase: "進一步注意到", key: "noting further"},
		{phrase: "还注意到", key: "noting further"},
		{phrase: "满意地注意到", key: "noting with satisfaction"},
		{phrase: "计及", key: "taking into account"},
		{phrase: "計及", key: "taking into account"},
		{phrase: "强调", key: "emphasizing"},
		{phrase: "強調", key: "emphasizing"},
		{phrase: "意识到", key: "aware"},
		{phrase: "意識到", key: "aware"},
		{phrase: "深信", key: "convinced"},
		{phrase: "确信", key: "convinced"},
		{phrase: "做出决议", key: "resolves"},
		{phrase: "作出决议", key: "resolves"},
		{phrase: "做出決議", key: "resolves"},
		{phrase: "进一步做出决议", key: "further resolves"},
		{phrase: "进一步作出决议", key: "further resolves"},
		{phrase: "决定", key: "decides"},
		{phrase: "決定", key: "decides"},
		{phrase: "责成", key: "instructs", addressee: true},
		{phrase: "責成", key: "instructs", addressee: true},
		{phrase: "请", key: "invites", addressee: true},
		{phrase: "請", key: "invites", addressee: true},
		{phrase: "邀请", key: "invites", addressee: true},
		{phrase: "要求", key: "requests", addressee: true},
		{phrase: "鼓励", key: "encourages", addressee: true},
		{phrase: "鼓勵", key: "encourages", addressee: true},
		{phrase: "敦促", key: "urges", addressee: true},
		{phrase: "促请", key: "urges", addressee: true},
		{phrase: "呼吁", key: "calls upon", addressee: true},
		{phrase: "欢迎", key: "welcomes"},
		{phrase: "歡迎", key: "welcomes"},
	},
}

// mkCJKUnits are the unit characters of 第…X headings.
var mkCJKUnits = []struct {
	word string
	unit Unit
}{
	{"条", UnitArticle}, {"條", UnitArticle},
	{"章", UnitChapter},
	{"节", UnitSection}, {"節", UnitSection},
	{"编", UnitPart}, {"編", UnitPart}, {"部分", UnitPart},
}

// mkCJKAnnexWords are the words of annex headings (附件, 附件一, 附件 1).
var mkCJKAnnexWords = []string{"附件", "附录", "附錄"}
