package lang

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// pmWordPieces are the pieces pmWordShapes builds words of: letters of
// two bytes that the quick check reads in pairs (Cyrillic, Arabic, Greek,
// Latin-1), letters of two bytes it does not (й ё أ ة: not inert, or no
// fold), combining marks, ASCII letters, letters of three bytes, and
// malformed bytes (overlong C0/C1 forms, a lone continuation byte, a
// lead byte without its continuation, a lead byte of three before two
// continuation bytes).
var pmWordPieces = []string{
	"а", "б", "в", "г", "д", "е", "ж", "к", "о", "с", "т", "я", "С", "Т", "А", "Ж", "ь", "ъ", "ы",
	"й", "ё", "Ё", "Й", "ї", "ѣ",
	"ا", "ل", "م", "د", "ة", "ب", "ج", "ه", "ي", "ى", "أ", "إ", "آ", "ؤ", "ئ", "ـ", "ک", "ی", "ۀ",
	"α", "β", "ά", "ϛ", "Ω", "é", "á", "í", "ñ", "ç", "Ü", "ß", "ø", "ő", "ű", "ł", "ž", "ĳ", "ŉ", "ſ",
	"\u0301", "\u0308", "\u064e", "\u0651", "\u0670", "\u0306",
	"a", "A", "i", "v", "x", "z", "T",
	"ａ", "ア", "一", "条", "ḁ", "ǅ",
	"\xc1\xa1", "\xc0\x80", "\xc1\xbf", "\x80", "\xbf", "\xd0", "\xd0\xd0", "\xe0\xa0\x80", "\xdf\xbf", "\xc2\x80", "\xc2\xa0",
}

// pmWordEnds are what follows the words of pmWordShapes.
var pmWordEnds = []string{
	"", ")", ".", "-", " ", " x", " )", "\u00a0)", "\u00a0", "）", "．", "。", ") x", ".\t", "\t", ",", "1", " 1", " 12", " ١", "\n",
	"\u0301", "\xd0", "\xc1\xa1", "é", "ж",
}

// pmWordShapes returns words of letters of two bytes and what may break
// them, of one to twenty runes and more, before each kind of end: the
// inputs of the quick check's loop over letters of two bytes, which reads
// them two at a time, and of its filters on ASCII heading words. It
// includes the heading words with one rune changed, cut short or made
// longer, in each case.
func pmWordShapes() []string {
	var out []string
	// Runs of one letter, of every length around the bounds (14, 16,
	// 17 runes), before every end.
	for _, l := range []string{"а", "ж", "й", "ا", "ة", "أ", "é", "α", "a", "\u0301"} {
		for n := 1; n <= 20; n++ {
			w := strings.Repeat(l, n)
			for _, e := range pmWordEnds {
				out = append(out, w+e)
			}
			out = append(out, "ж"+w+")", w+"ж)", "a"+w+")", w+"a)")
		}
	}
	// Heading words, in each case, with a piece replacing, inserted in
	// or added to each of their runes, and cut short.
	heads := []string{"Статья", "СТАТЬЯ", "статья", "Глава", "Раздел", "ЧАСТЬ", "Приложение", "المادة", "الباب", "الفصل", "الملحق",
		"Artículo", "ARTÍCULO", "artículo", "Capítulo", "Título", "Sección", "Anexo", "Článek", "Άρθρο", "Cikk", "Fejezet", "Mellékletek",
		"Article", "ARTICLE", "Artikel", "Chapitre", "Toute", "Toda", "This", "Adoptada", "Anhang", "Titolo", "Teil", "Title", "Tous"}
	for _, h := range heads {
		rs := []rune(h)
		for k := 0; k <= len(rs); k++ {
			for _, p := range []string{"а", "й", "ا", "أ", "é", "a", "\u0301", "\u064e", "\xc1\xa1", "\x80", "ー"} {
				var variants []string
				if k < len(rs) {
					variants = append(variants, string(rs[:k])+p+string(rs[k+1:]))
				}
				variants = append(variants, string(rs[:k])+p+string(rs[k:]))
				for _, v := range variants {
					out = append(out, v, v+" 1", v+" 12", v+")", v+". x")
				}
			}
			out = append(out, string(rs[:k]), string(rs[:k])+" 1", string(rs[:k])+")")
		}
	}
	// The first runes ParseMarker tells itself: ideographs and the
	// symbols among them (U+4DC0), letters and signs of two bytes, and
	// short ASCII words, before each end and enough text for eight
	// bytes or more.
	for _, r := range []string{"䷀", "䷿", "䀀", "䶵", "㐀", "丁", "一", "十", "〇", "第", "附", "壹", "廿", "鿿", "鿕", "亖",
		"«", "§", "©", "®", " ", "١", "،", "ж", "ё", "أ", "́", "α", "é"} {
		for _, e := range pmWordEnds {
			out = append(out, r+e, r+e+"текст text", r+"十"+e, r+"条"+e+" x y z", r+"x"+e+" abcdefgh")
		}
	}
	for _, w := range []string{"a", "I", "ab", "iv", "abc", "Art", "Toda", "Part", "Teil", "Titre", "Toute", "Annex", "ANNEX",
		"Article", "ARTICLE", "Chapter", "Artikel", "Section", "Anexo", "Titolo", "This", "ef", "viiiix", "iiiii", "Adoptada"} {
		for _, e := range pmWordEnds {
			out = append(out, w+e, w+e+"12", w+e+" 1", w+e+" 12345678", w+e+"text that goes on")
		}
	}
	// ASCII words of eight to 17 letters, which ParseMarker rules out
	// by their first 16 bytes: runs of one letter, the heading words of
	// the index in three cases, and either changed in a letter, before
	// every end and enough text to make the line longer than 16 bytes.
	long := []string{"Everyone", "Considerando", "Universal", "Adoptadaa"}
	for n := 8; n <= 17; n++ {
		long = append(long, strings.Repeat("a", n), strings.Repeat("I", n), "Ar"+strings.Repeat("t", n-2))
	}
	for _, e := range mkIndex().unitASCIIWords {
		if e.u == nil || e.n < 7 {
			continue
		}
		var b [16]byte
		for i := range e.n {
			if i < 8 {
				b[i] = byte(e.lo >> (8 * i))
			} else {
				b[i] = byte(e.hi >> (8 * (i - 8)))
			}
		}
		w := string(b[:e.n])
		long = append(long, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:e.n-1]+"x", "x"+w[1:], w+"s")
	}
	for _, w := range long {
		for _, e := range pmWordEnds {
			out = append(out, w+e+" and text that goes on", w+e+"12345678", w+e)
		}
	}
	// Random words of the pieces before random ends.
	rng := rand.New(rand.NewPCG(7, 11))
	for range 40000 {
		var b strings.Builder
		for range 1 + rng.IntN(20) {
			b.WriteString(pmWordPieces[rng.IntN(len(pmWordPieces))])
		}
		b.WriteString(pmWordEnds[rng.IntN(len(pmWordEnds))])
		out = append(out, b.String())
	}
	// Words of letters the quick check reads in pairs, with one piece of
	// any kind at any place.
	base := []rune("КаждыйчеловекимеетправоЛюдирождаютсясвободнымиالناسجميعايولدونأحرارا")
	for range 20000 {
		n := 1 + rng.IntN(19)
		start := rng.IntN(len(base) - n)
		w := []rune(string(base[start : start+n]))
		k := rng.IntN(n + 1)
		s := string(w[:k]) + pmWordPieces[rng.IntN(len(pmWordPieces))] + string(w[k:])
		out = append(out, s+pmWordEnds[rng.IntN(len(pmWordEnds))])
	}
	return out
}

// TestQuickWordShapes checks ParseMarker on pmWordShapes against the
// parser without shortcuts, whose quick check is the frozen copy of the
// older one (pmSlow). The harness (TestParseMarkerDump) reads them too.
func TestQuickWordShapes(t *testing.T) {
	diffs := pmDiffs{t: t}
	for _, s := range pmWordShapes() {
		diffs.check(s)
	}
	if diffs.n > 0 {
		t.Errorf("%d inputs read otherwise without the shortcuts", diffs.n)
	}
}

// TestHeadWordMemo checks ParseMarker against the parser without
// shortcuts (pmSlow) on lines read right after a heading line whose word
// mkQuickWord keeps (mkHeadWords): the same word before every end, the
// word with a piece put in, added or put in place of a rune, and cut
// short, so that each line that starts as the kept word is read with the
// word in its slot. It checks too that the heading lines do fill the
// slots, and that a line the slot tells reads as the parser reads it.
func TestHeadWordMemo(t *testing.T) {
	heads := []string{"Статья", "СТАТЬЯ", "статья", "Глава", "Раздел", "Приложение", "المادة", "الباب", "الفصل", "الملحق",
		"Artículo", "ARTÍCULO", "Capítulo", "Título", "Sección", "Článek", "Άρθρο", "Fejezet", "Mellékletek",
		"Article", "ARTICLE", "article", "Chapter", "Artikel", "Anexo", "Section", "Chapitre", "Annex"}
	var shapes []string
	diffs, kept := pmDiffs{t: t}, 0
	for _, h := range heads {
		rs := []rune(h)
		shapes = shapes[:0]
		for _, e := range pmWordEnds {
			shapes = append(shapes, h+e, h+e+" 12", h+e+"1", h+e+"text")
		}
		// The heading lines ParseMarker reads with the word of the
		// slot (heading): a number of one to nine digits, and others.
		for _, num := range []string{"1", "12", "123456789", "1234567890", "12345678901", "0", "12a", "1 ", "1.", "1)", "١", "１", "1\t"} {
			shapes = append(shapes, h+" "+num, h+"  "+num, h+"\t"+num, h+"\u00a0"+num)
		}
		for k := 0; k <= len(rs); k++ {
			for _, p := range pmWordPieces {
				if k < len(rs) {
					shapes = append(shapes, string(rs[:k])+p+string(rs[k+1:])+" 1")
				}
				shapes = append(shapes, string(rs[:k])+p+string(rs[k:])+" 1", string(rs[:k])+p+" 1")
			}
		}
		for _, s := range shapes {
			ParseMarker(h + " 1")
			if hw := mkHeadWords[mkHeadSlot(mkLoad4(h))].Load(); hw != nil && hw.word == h {
				kept++
			}
			diffs.check(s)
		}
	}
	if diffs.n > 0 {
		t.Errorf("%d lines read otherwise after a heading line", diffs.n)
	}
	// Most of the words are read in mkQuickWord's own loop: their slot
	// holds them after their heading line.
	if kept == 0 {
		t.Errorf("no heading word kept in its slot")
	}
}

// TestHeadWordMemoShared: parsers running at once, on heading lines whose
// words share slots of mkHeadWords and on lines that start as those
// words, read each line as the parser without shortcuts does (run it
// with -race).
func TestHeadWordMemoShared(t *testing.T) {
	lines := []string{"Статья 1", "СТАТЬЯ 2", "Статьяж 3", "Статья) x", "Статья. x", "Стат 1", "المادة 4", "المادةأ 5",
		"المادة (6)", "Artículo 7", "ARTÍCULO 8", "Artículos 9", "Artículo\u00a010", "Capítulo 11", "Capítul 12",
		"Article 13", "Articles 14", "Article premier", "Artic 15", "ARTICLE 16", "Article 17 of"}
	parseAtOnce(t, lines, func(k, w, r int) int { return k + w + r })
}

// TestPlainWordMemo checks ParseMarker against the parser without
// shortcuts (pmSlow) on lines read right after two lines that start with
// a word that is no heading word (mkPlainWords keeps it then): the same
// word before every end, the word with a piece put in, added or put in
// place of a rune, and cut short, so that each line that starts as the
// kept word is read with the word in its slot. Words of 14 runes and
// fewer and longer ones, words of two letters, and heading words among
// them. It checks too that the slots are filled.
func TestPlainWordMemo(t *testing.T) {
	words := []string{"Каждый", "КАЖДЫЙ", "Никто", "принимая", "Всеобщая", "Генеральная", "лк", "Бр", "Это",
		"لكل", "لا", "ولما", "على", "الإعلان", "فإن", "للرجل", "Ελλάδα", "Ωραία", "ñandú",
		"Аааааааааааааа", "Ааааааааааааааа", "Аааааааааааааааа", "Ааааааааааааааааа", "Ааааааааааааааааааааа",
		"лллллллллллллл", "ллллллллллллллл", "ЖжЖжЖжЖжЖжЖжЖжЖж",
		"Статья", "Статьи", "Глава", "المادة", "الفصل", "Приложение",
		"Considérant", "Preámbulo", "Además", "Sólo", "Déclaration", "Artículo", "Título", "Capítulo", "ñuñu", "Éé", "Abécédaire"}
	diffs, kept := pmDiffs{t: t}, 0
	var shapes []string
	for _, w := range words {
		rs := []rune(w)
		shapes = shapes[:0]
		for _, e := range pmWordEnds {
			shapes = append(shapes, w+e, w+e+" 12", w+e+"1", w+e+"text", w+e+" текст")
		}
		for _, e := range []string{"!", "?", ",", ":", ";", "(", "*", "0", "\t", "\x00", "\x7f", "'", "\""} {
			shapes = append(shapes, w+e, w+e+" x")
		}
		for k := 0; k <= len(rs); k++ {
			for _, p := range pmWordPieces {
				if k < len(rs) {
					shapes = append(shapes, string(rs[:k])+p+string(rs[k+1:])+" x")
				}
				shapes = append(shapes, string(rs[:k])+p+string(rs[k:])+" x", string(rs[:k])+p+" x", string(rs[:k])+p+")")
			}
		}
		for _, s := range shapes {
			ParseMarker(w + " текст")
			ParseMarker(w + " текст")
			if pw := mkPlainWords[mkHeadSlot(mkLoad4(w))].Load(); pw != nil && pw.word == w {
				kept++
			}
			diffs.check(s)
		}
	}
	if diffs.n > 0 {
		t.Errorf("%d lines read otherwise after lines of a plain word", diffs.n)
	}
	if kept == 0 {
		t.Errorf("no plain word kept in its slot")
	}
}

// TestPlainWordMemoShared: parsers running at once, on lines of plain
// words whose slots of mkPlainWords they share and on lines that start
// as those words, read each line as the parser without shortcuts does
// (run it with -race).
func TestPlainWordMemoShared(t *testing.T) {
	lines := []string{"Considérant que", "Considérant) x", "Considérants x", "Artículo 1", "Artículos x", "Каждый человек", "Каждый) x", "Каждыйж x", "Кажд x", "КАЖДЫЙ x", "Каждый", "لكل شخص", "لكل) x",
		"لكلا x", "لا x", "لا- x", "Статья 1", "Статьи x", "Статья x", "Ааааааааааааааа) x", "Аааааааааааааа) x",
		"Ааааааааааааааа x", "Аааааааааааааа x"}
	// Each line twice in a row, so that its word is kept.
	parseAtOnce(t, lines, func(k, w, r int) int { return k/2*2 + w + r/3 })
}

// TestCJKArticleLines checks ParseMarker against the parser without
// shortcuts (pmSlow) on the lines mkParseCJKArticle reads first (第, one
// to three numerals of mkCJKDigit3 and 条, the whole line: "第十二条"),
// and on lines that differ from them in a rune: other numerals, other
// units, more numerals, something after the unit.
func TestCJKArticleLines(t *testing.T) {
	nums := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "百", "两", "廿", "1", "１", "x"}
	var lines []string
	for _, a := range nums {
		for _, b := range append(nums, "") {
			for _, c := range append(nums, "") {
				for _, u := range []string{"条", "條", "章", "节", "号", "部分", ""} {
					for _, e := range []string{"", " ", "规定", ".", "条"} {
						lines = append(lines, "第"+a+b+c+u+e)
					}
				}
			}
		}
	}
	lines = append(lines, "第一二三四条", "第十十条", "第条", "第", "第一条\u3000", "附一条")
	diffs := pmDiffs{t: t}
	for _, s := range lines {
		diffs.check(s)
	}
	if diffs.n > 0 {
		t.Errorf("%d of %d lines read otherwise without the shortcuts", diffs.n, len(lines))
	}
}

// parseAtOnce runs four parsers at once, each reading the lines 300 times
// over, parser w reading line at(k, w, r) modulo len(lines) k-th in round
// r, and checks that each reads each line as the parser without shortcuts
// (pmSlow) does: the memos of quick.go are shared between goroutines.
func parseAtOnce(t *testing.T, lines []string, at func(k, w, r int) int) {
	t.Helper()
	want := make([]string, len(lines))
	for i, l := range lines {
		var b strings.Builder
		m, n, ok := pmSlow(l)
		pmDumpResult(&b, l, m, n, ok)
		want[i] = b.String()
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 300 {
				for k := range lines {
					i := at(k, w, r) % len(lines)
					var b strings.Builder
					m, n, ok := ParseMarker(lines[i])
					pmDumpResult(&b, lines[i], m, n, ok)
					if b.String() != want[i] {
						t.Errorf("ParseMarker: %s without shortcuts: %s", b.String(), want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
