package lang

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NumberKind says what a number found in running text stands for.
type NumberKind uint8

// Kinds of numbers. Comparisons across versions use Value; the kind names
// the number in messages ("year 2024") and lets a rule leave out numbers
// that languages write differently (months).
const (
	// NumPlain: a count, an amount, a paragraph or resolution number.
	NumPlain NumberKind = iota
	// NumYear: a four-digit year (1000-2199), 2024, 2024年, 一九四八年.
	NumYear
	// NumDecimal: a number with a fractional part (1.5, 1,5).
	NumDecimal
	// NumPercent: a percentage (25%, 25 %, 25 per cent, 百分之二十五).
	NumPercent
	// NumSymbol: a document symbol or code: 70/125, A/78/L.49, 2017/2403,
	// ITU-T, WSIS+20, C2.
	NumSymbol
	// NumDate: a numeric date (31.12.2008); Value is "2008-12-31".
	NumDate
	// NumMonth: a month written as a number, as Chinese and Japanese do
	// (5月); other languages write the month as a word.
	NumMonth
	// NumOrdinal: a number in an ordinal frame (第十二条, 1st, 1er, 3.º).
	NumOrdinal
)

var numberKindNames = [...]string{"number", "year", "decimal", "percentage", "symbol", "date", "month", "ordinal"}

// String names the kind for messages: "number", "year", "percentage" ...
func (k NumberKind) String() string {
	if int(k) < len(numberKindNames) {
		return numberKindNames[k]
	}
	return "number"
}

// Number is a number or document symbol found in a text.
type Number struct {
	// Value is the normalized reading: ASCII digits, no grouping, "." as
	// the decimal point with no trailing zeros ("1000", "1.5", "1948"); for
	// symbols the symbol with digits folded to ASCII and aliases resolved
	// ("A/78/L.49", "ITU-T" for UIT-T and МСЭ-Т); for dates "2008-12-31".
	Value string
	Kind  NumberKind
	// Raw is the text as written, Start and End its byte span in the text.
	Raw        string
	Start, End int
}

// numberFormat is how a language writes numbers: which characters group
// thousands and which one is the decimal mark. A space (or no-break space,
// or narrow no-break space) groups thousands in every language.
type numberFormat struct {
	group   string // characters grouping thousands besides spaces
	decimal string // decimal marks
}

// numberFormats: one row per language. Languages not listed use "en".
var numberFormats = map[string]numberFormat{
	"en": {group: ",", decimal: "."},
	"zh": {group: ",", decimal: "."},
	"ja": {group: ",", decimal: "."},
	"ko": {group: ",", decimal: "."},
	"ar": {group: ",٬", decimal: ".٫"},
	"fr": {group: "", decimal: ","},
	"es": {group: ".", decimal: ","},
	"pt": {group: ".", decimal: ","},
	"it": {group: ".", decimal: ","},
	"de": {group: ".", decimal: ","},
	"nl": {group: ".", decimal: ","},
	"ru": {group: "", decimal: ","},
	"hu": {group: "", decimal: ","},
}

// percentWords follow a number to make it a percentage, per language;
// percentPrefixes precede it (百分之二十).
var percentWords = []string{
	"%", "％", "per cent", "percent", "pour cent", "por ciento", "por cento", "per cento", "Prozent",
	"процента", "процентов", "процент", "في المائة", "في المئة", "بالمائة",
}

// ordinalSuffixes turn digits into an ordinal without changing the value:
// 1st, 2nd, 3rd, 4th, 1er, 1re, 2e, 2ème, 1o, 1a, 3.º, 1-й.
var ordinalSuffixes = []string{"st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "o", "a", "º", "ª", ".º", ".ª"}

// symbolAliases are document symbols written differently by language,
// mapped to one spelling. A symbol without digits is only recognised when
// it is listed here.
var symbolAliases = map[string]string{
	"ITU-T": "ITU-T", "UIT-T": "ITU-T", "МСЭ-Т": "ITU-T", "ITU-R": "ITU-R", "UIT-R": "ITU-R", "МСЭ-R": "ITU-R",
	"ITU-D": "ITU-D", "UIT-D": "ITU-D", "МСЭ-D": "ITU-D",
}

// cjkNumeralValues are the Chinese numerals Numbers reads.
var cjkNumeralValues = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
	'十': 10, '百': 100, '千': 1000, '万': 10000, '萬': 10000, '亿': 100000000, '億': 100000000,
}

// cjkQuantityUnits follow a Chinese numeral that writes an amount or a
// quantity other languages write in digits: 五十萬元 (NT$500,000), 三十日
// (30 days), 六個月 (6 months), 七年以下 (7 years), 二倍 (twice). A month
// (五月) is not among them: months are compared nowhere.
var cjkQuantityUnits = []string{"元", "日", "天", "個", "个", "年", "週", "周", "小時", "小时", "分鐘", "分钟", "歲", "岁", "倍", "人", "公里", "公尺", "公斤", "公頃", "公顷"}

// rocEra precedes a year of the Republic of China (Minguo) calendar, as
// Taiwanese law writes dates: 中華民國九十年 is 2001 (year 1 is 1912).
var rocEra = []string{"民國", "民国"}

// rocYearOffset turns a Minguo year into a Gregorian one.
const rocYearOffset = 1911

// scaleWords are, per language, the words that multiply the number before
// them (5 hundred thousand, 1.5 million, 3 millions d'euros), longest
// first; Value is the product. Languages not listed have none.
var scaleWords = map[string][]scaleWord{
	"en": {{"hundred thousand", 1e5}, {"hundred million", 1e8}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"hundred", 100}},
	"fr": {{"millions", 1e6}, {"million", 1e6}, {"milliards", 1e9}, {"milliard", 1e9}},
	"es": {{"millones", 1e6}, {"millón", 1e6}, {"millon", 1e6}},
}

// scaleWord is a word that multiplies the number before it.
type scaleWord struct {
	word  string
	scale float64
}

// cjkOrdinalUnits close a 第…-frame in which a Chinese numeral is a number:
// 第十二条, 第一款, 第六目, 第三段, 第二章.
const cjkOrdinalUnits = "条條款项項目章节節编編段部篇次届屆号號"

// Numbers finds the numbers, years, percentages, dates and document
// symbols of a text written in language lang (a BCP 47 base code; "" or an
// unknown code reads numbers the English way), in order of appearance.
//
// Digits may be ASCII, full-width (２０２４) or Arabic-Indic (٢٠٢٤, ۲۰۲۴).
// Thousands separators and decimal marks follow the language: 1,000.5 in
// English, 1 000,5 in French, 1.000,5 in Spanish; a space groups thousands
// everywhere. Chinese numerals are read where they stand for numbers: a
// year written digit by digit (一九四八年 = 1948) and a 第…-frame
// (第十二条 = 12); elsewhere (两个阶段, "two phases") they are words and are
// not reported, as English number words are not.
//
// A range "2020-2023" gives two numbers; "5月" in Chinese is a month.
func Numbers(text, lang string) []Number {
	f, ok := numberFormats[lang]
	if !ok {
		f = numberFormats["en"]
	}
	var out []Number
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isTokenRune(r) && !precededByToken(text, i):
			ns, end := scanToken(text, i, f, lang)
			out = append(out, ns...)
			if end <= i {
				end = i + size
			}
			i = end
		case cjkNumeralValues[r] > 0 || r == '〇' || r == '零':
			n, end := scanCJK(text, i)
			if n != nil {
				out = append(out, *n)
			}
			if end <= i {
				end = i + size
			}
			i = end
		default:
			i += size
		}
	}
	out = applyScales(text, lang, out)
	out = append(out, aliasSymbols(text)...)
	out = append(out, romanInParens(text)...)
	sortNumbers(out)
	return out
}

// applyScales multiplies the numbers followed by a scale word of the
// language ("NT$ 5 hundred thousand" = 500000, "1.5 million" = 1500000),
// extending Raw and End over the words.
func applyScales(text, lang string, ns []Number) []Number {
	words := scaleWords[lang]
	if len(words) == 0 {
		return ns
	}
	for k := range ns {
		n := &ns[k]
		if n.Kind != NumPlain && n.Kind != NumDecimal {
			continue
		}
		rest := text[n.End:]
		trimmed := strings.TrimLeft(rest, " \u00a0\u202f")
		if len(trimmed) == len(rest) {
			continue
		}
		for _, w := range words {
			if len(trimmed) < len(w.word) || !strings.EqualFold(trimmed[:len(w.word)], w.word) || followedByWord(trimmed, len(w.word)) {
				continue
			}
			x, err := strconv.ParseFloat(n.Value, 64)
			if err != nil {
				break
			}
			v := x * w.scale
			if v != math.Trunc(v) || v > 1e15 {
				break
			}
			n.End += len(rest) - len(trimmed) + len(w.word)
			n.Raw = text[n.Start:n.End]
			n.Value = strconv.FormatInt(int64(v), 10)
			n.Kind = NumPlain
			break
		}
	}
	return ns
}

func sortNumbers(ns []Number) {
	// insertion sort: lists are short and mostly sorted already
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && ns[j].Start < ns[j-1].Start; j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}

// digitValue returns the value of a decimal digit in any of the forms
// Numbers reads, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}

func isLatinLetter(r rune) bool {
	return r < 0x250 && unicode.IsLetter(r) || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

// isTokenRune: runes a number or symbol token starts with.
func isTokenRune(r rune) bool {
	return digitValue(r) >= 0 || isLatinLetter(r)
}

// precededByToken reports whether the rune before i continues a token (so
// "WTDC-17" is read from its start, not from "17").
func precededByToken(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isTokenRune(r)
}

// scanToken reads the token starting at i: a run of Latin letters, digits
// and the joiners / . - + & _ (joiners only between letters or digits). It
// returns the numbers it holds and where it ends.
func scanToken(text string, i int, f numberFormat, lang string) ([]Number, int) {
	j := i
	hasDigit, hasLetter, hasSlash := false, false, false
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case digitValue(r) >= 0:
			hasDigit = true
		case isLatinLetter(r):
			hasLetter = true
		case r == '/' || r == '.' || r == '-' || r == '+' || r == '&' || r == '_' || r == '‑':
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if j+size >= len(text) || !isTokenRune(next) {
				goto done
			}
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			// "10-day", "5-year": a number joined to a word is a number.
			// "p.116", "n.o": an abbreviation's dot ends the token.
			if r != '/' && (digitValue(prev) >= 0 && unicode.IsLower(next) || unicode.IsLower(prev) && digitValue(next) >= 0) {
				goto done
			}
			// a dot or hyphen between a number and a word ends the token
			// ("2.The", "1-й"): only joins like kinds or symbol parts
			if r == '/' {
				hasSlash = true
			}
		default:
			goto done
		}
		j += size
	}
done:
	tok := text[i:j]
	if !hasDigit {
		return nil, j
	}
	if hasSlash || hasLetter {
		// ordinal suffix directly after digits: 1st, 2e, 1er
		if !hasSlash {
			k := 0
			for k < len(tok) {
				r, size := utf8.DecodeRuneInString(tok[k:])
				if digitValue(r) < 0 {
					break
				}
				k += size
			}
			// "70b)", "46.1a)": a number with a point letter, as French
			// writes paragraphe 70b) for paragraph 70(b).
			if last := tok[len(tok)-1]; last >= 'a' && last <= 'z' && strings.HasPrefix(text[j:], ")") && numericPrefix(tok[:len(tok)-1]) {
				ns, _ := scanNumeric(text, i, j-1, f, lang)
				return ns, j
			}
			if k > 0 && isOrdinalSuffix(tok[k:]) {
				v := foldDigits(tok[:k])
				return []Number{{Value: canonInt(v), Kind: NumOrdinal, Raw: tok, Start: i, End: j}}, j
			}
			// a token starting with letters and a hyphen-joined number
			// range is not a symbol when the letters are a word; symbols
			// are written in capitals or mix letters and digits tightly.
		}
		// "Article16", "Paragraph2": a word run into its number (a
		// missing space); the number counts
		if w := wordBeforeDigits(tok); !hasSlash && w > 0 {
			ns, _ := scanNumeric(text, i+w, j, f, lang)
			return ns, j
		}
		// "217A": a resolution number with its letter, written "217 A"
		// elsewhere: the number counts
		if last := tok[len(tok)-1]; !hasSlash && last >= 'A' && last <= 'Z' && allDigits(tok[:len(tok)-1]) {
			ns, _ := scanNumeric(text, i, j-1, f, lang)
			return ns, j
		}
		return []Number{{Value: foldSymbol(tok), Kind: NumSymbol, Raw: tok, Start: i, End: j}}, j
	}
	return scanNumeric(text, i, j, f, lang)
}

func isOrdinalSuffix(s string) bool {
	for _, o := range ordinalSuffixes {
		if s == o {
			return true
		}
	}
	return false
}

// scanNumeric reads a token of digits, dots and hyphens (and the grouping
// or decimal commas and spaces that follow it) as numbers.
func scanNumeric(text string, i, j int, f numberFormat, lang string) ([]Number, int) {
	tok := text[i:j]
	// dotted dates: 31.12.2008
	if d, ok := dottedDate(tok); ok {
		return []Number{{Value: d, Kind: NumDate, Raw: tok, Start: i, End: j}}, j
	}
	var out []Number
	parts := splitKeep(tok, "-‑+")
	for k, p := range parts {
		start := i + p.off
		end := start + len(p.s)
		last := k == len(parts)-1
		n := Number{Raw: p.s, Start: start, End: end}
		s := foldDigits(p.s)
		dots := strings.Count(s, ".")
		switch {
		case dots == 0:
			n.Value, n.Kind = canonInt(s), NumPlain
		case dots == 1 && strings.ContainsRune(f.decimal, '.') && !groupedBy(s, "."):
			n.Value, n.Kind = canonDecimal(s), NumDecimal
		case groupedBy(s, ".") && strings.ContainsRune(f.group, '.'):
			n.Value, n.Kind = canonInt(strings.ReplaceAll(s, ".", "")), NumPlain
		case dots == 1:
			n.Value, n.Kind = canonDecimal(s), NumDecimal
		default:
			n.Value, n.Kind = s, NumSymbol // a section number such as 3.2.1
		}
		if last && n.Kind == NumPlain {
			n, end = extendNumber(text, n, f)
			j = end
		}
		if n.Kind == NumPlain && utf8.RuneCountInString(n.Raw) == 4 && n.Value >= "1000" && n.Value <= "2199" && len(n.Value) == 4 {
			n.Kind = NumYear
		}
		out = append(out, n)
	}
	// what follows the last number: a percent sign or word, or 月
	rest := text[j:]
	if pct, ok := hasPercent(rest); ok && len(out) > 0 {
		out[len(out)-1].Kind = NumPercent
		_ = pct
	} else if strings.HasPrefix(strings.TrimLeft(rest, " \u00a0"), "月") && len(out) > 0 && (lang == "zh" || lang == "ja" || lang == "") {
		out[len(out)-1].Kind = NumMonth
	}
	return out, j
}

// extendNumber continues an integer with thousands groups and a decimal
// part written with commas or spaces: "1,000", "1 000", "1 000,5", "1,5".
func extendNumber(text string, n Number, f numberFormat) (Number, int) {
	end := n.End
	intDigits := n.Value
	grouped := false
	for {
		sep, size := utf8.DecodeRuneInString(text[end:])
		if end >= len(text) {
			break
		}
		isSpace := sep == ' ' || sep == '\u00a0' || sep == '\u202f' || sep == '\u2009'
		isGroup := isSpace || strings.ContainsRune(f.group, sep)
		if !isGroup {
			break
		}
		if !isSpace && len(n.Raw) > 3 && !grouped {
			break
		}
		g := digitsAt(text, end+size)
		if len(g) != 3 || isDigitAt(text, end+size+len(g)) {
			break
		}
		// a space before three digits groups only when the first group has
		// at most three digits (not a year: "2024 100")
		if !grouped && len(foldDigits(n.Raw)) > 3 {
			break
		}
		intDigits += foldDigits(g)
		end += size + len(g)
		grouped = true
	}
	n.Value = canonInt(intDigits)
	n.Raw = text[n.Start:end]
	// decimal comma (fr, es, ru) or Arabic decimal mark
	if sep, size := utf8.DecodeRuneInString(text[end:]); end < len(text) && sep != '.' && strings.ContainsRune(f.decimal, sep) {
		if frac := digitsAt(text, end+size); frac != "" && !(sep == ',' && strings.ContainsRune(f.group, ',')) {
			n.Value = canonDecimal(n.Value + "." + foldDigits(frac))
			n.Kind = NumDecimal
			end += size + len(frac)
			n.Raw = text[n.Start:end]
		}
	}
	n.End = end
	return n, end
}

// digitsAt returns the run of digits starting at i (as written).
func digitsAt(text string, i int) string {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if digitValue(r) < 0 {
			break
		}
		j += size
	}
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); isLatinLetter(r) {
			return "" // a symbol such as 35A18 is not a digit group
		}
	}
	return text[i:j]
}

func isDigitAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return digitValue(r) >= 0
}

// hasPercent reports whether rest starts (after optional spaces) with a
// percent sign or word.
func hasPercent(rest string) (string, bool) {
	t := strings.TrimLeft(rest, " \u00a0\u202f")
	for _, w := range percentWords {
		if strings.HasPrefix(t, w) {
			return w, true
		}
	}
	return "", false
}

// groupedBy: s is digits in groups of three separated by sep (1.000.000),
// the first group of one to three digits.
func groupedBy(s, sep string) bool {
	parts := strings.Split(s, sep)
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

func dottedDate(tok string) (string, bool) {
	parts := strings.Split(foldDigits(tok), ".")
	if len(parts) != 3 || len(parts[2]) != 4 || len(parts[0]) == 0 || len(parts[0]) > 2 || len(parts[1]) == 0 || len(parts[1]) > 2 {
		return "", false
	}
	d, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil || d < 1 || d > 31 || m < 1 || m > 12 {
		return "", false
	}
	return parts[2] + "-" + pad2(m) + "-" + pad2(d), true
}

func pad2(x int) string {
	if x < 10 {
		return "0" + strconv.Itoa(x)
	}
	return strconv.Itoa(x)
}

type part struct {
	s   string
	off int
}

// splitKeep splits s at any of the separator runes, keeping offsets.
func splitKeep(s, seps string) []part {
	var out []part
	start := 0
	for i, r := range s {
		if strings.ContainsRune(seps, r) {
			out = append(out, part{s[start:i], start})
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, part{s[start:], start})
}

// foldDigits maps full-width and Arabic-Indic digits and full-width Latin
// letters to ASCII.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if v := digitValue(r); v >= 0 {
			return rune('0' + v)
		}
		if r >= 'Ａ' && r <= 'Ｚ' {
			return r - 'Ａ' + 'A'
		}
		if r >= 'ａ' && r <= 'ｚ' {
			return r - 'ａ' + 'a'
		}
		if r == '‑' {
			return '-'
		}
		return r
	}, s)
}

func foldSymbol(s string) string {
	s = foldDigits(s)
	if a, ok := symbolAliases[s]; ok {
		return a
	}
	if strings.Contains(s, "/") {
		parts := strings.Split(s, "/")
		for i, p := range parts {
			if a, ok := symbolPartAliases[p]; ok {
				parts[i] = a
			}
		}
		s = strings.Join(parts, "/")
	}
	return s
}

// symbolPartAliases are parts of document symbols that each language
// writes in its own words: the EU's 95/46/EC is 95/46/CE in French and
// Spanish, 95/46/ЕС in Russian.
var symbolPartAliases = map[string]string{
	"EC": "EC", "CE": "EC", "ЕС": "EC", "EG": "EC",
	"EU": "EU", "UE": "EU",
	"EEC": "EEC", "CEE": "EEC", "EWG": "EEC",
	"Euratom": "Euratom", "EURATOM": "Euratom",
	"CFSP": "CFSP", "PESC": "CFSP",
	"JHA": "JHA", "JAI": "JHA",
	// Canadian statutory instruments and regulations
	"SI": "SI", "TR": "SI", "SOR": "SOR", "DORS": "SOR",
}

func canonInt(s string) string {
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return "0"
	}
	return s
}

func canonDecimal(s string) string {
	ip, fp, _ := strings.Cut(s, ".")
	fp = strings.TrimRight(fp, "0")
	if fp == "" {
		return canonInt(ip)
	}
	return canonInt(ip) + "." + fp
}

// scanCJK reads a run of Chinese numerals at i and reports it when the
// context makes it a number: 第…条 frames, digit-by-digit years, and
// percentages (百分之二十, 二十%).
func scanCJK(text string, i int) (*Number, int) {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if _, ok := cjkNumeralValues[r]; !ok {
			break
		}
		j += size
	}
	raw := text[i:j]
	before := text[:i]
	after := text[j:]
	next, _ := utf8.DecodeRuneInString(after)
	// digit-by-digit year: 一九四八年, 二〇二四年
	if next == '年' && utf8.RuneCountInString(raw) == 4 && digitByDigit(raw) {
		var b strings.Builder
		for _, r := range raw {
			b.WriteByte(byte('0' + cjkNumeralValues[r]))
		}
		return &Number{Value: b.String(), Kind: NumYear, Raw: raw, Start: i, End: j}, j
	}
	v, ok := cjkValue(raw)
	if !ok {
		return nil, j
	}
	first, _ := utf8.DecodeRuneInString(raw)
	switch {
	case strings.HasSuffix(before, "第") && after != "" && strings.ContainsRune(cjkOrdinalUnits, next):
		return &Number{Value: strconv.Itoa(v), Kind: NumOrdinal, Raw: raw, Start: i, End: j}, j
	case strings.HasSuffix(before, "百分之"):
		return &Number{Value: strconv.Itoa(v), Kind: NumPercent, Raw: raw, Start: i, End: j}, j
	case next == '%' || next == '％':
		return &Number{Value: strconv.Itoa(v), Kind: NumPercent, Raw: raw, Start: i, End: j}, j
	case next == '年' && v < 200 && (hasAnySuffix(before, rocEra) || monthFollows(after[len("年"):])):
		// 中華民國九十年, or 一百零六年一月一日: Taiwanese texts date by
		// the Minguo calendar, with or without the era's name
		return &Number{Value: strconv.Itoa(v + rocYearOffset), Kind: NumYear, Raw: raw, Start: i, End: j}, j
	case hasAnySuffix(before, []string{"條之", "条之"}):
		// 第三十條之一: article 30-1, whose 1 the other versions write
		return &Number{Value: strconv.Itoa(v), Kind: NumOrdinal, Raw: raw, Start: i, End: j}, j
	case cjkNumeralValues[first] >= 10000:
		// 萬一 ("in case") is a word, not a number
	case hasAnyPrefix(after, cjkQuantityUnits) && !strings.HasSuffix(before, "第"):
		if v <= 10 && hasAnyPrefix(after, []string{"個", "个"}) && !hasAnyPrefix(after, []string{"個月", "个月"}) {
			// 两个阶段: a small count is a word, as "two phases" is
			return nil, j
		}
		if raw == "一" && !(strings.HasSuffix(before, "月") && strings.HasPrefix(after, "日")) {
			// a lone 一 is as often "a", "any", "the same" (一個月內,
			// 同一人) as the number 1 (HasNumberWord finds it when the
			// other version writes 1); not in a date (一月一日)
			return nil, j
		}
		return &Number{Value: strconv.Itoa(v), Kind: NumPlain, Raw: raw, Start: i, End: j}, j
	case v >= 10000 && strings.ContainsAny(raw, "萬万億亿"):
		// an amount whatever follows: 五十萬 is 500000
		return &Number{Value: strconv.Itoa(v), Kind: NumPlain, Raw: raw, Start: i, End: j}, j
	}
	return nil, j
}

// monthFollows reports whether s starts with a month written in Chinese
// numerals (一月, 十二月).
func monthFollows(s string) bool {
	k := 0
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if x, ok := cjkNumeralValues[r]; !ok || x > 10 {
			break
		}
		k += size
	}
	return k > 0 && strings.HasPrefix(s[k:], "月")
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

func digitByDigit(raw string) bool {
	for _, r := range raw {
		if v, ok := cjkNumeralValues[r]; !ok || v > 9 || r == '两' || r == '兩' {
			return false
		}
	}
	return true
}

// cjkValue reads a Chinese numeral: 十二 = 12, 二十五 = 25, 一百零三 = 103,
// 三千 = 3000, 两万 = 20000. Digit strings without units (一二) are read
// digit by digit.
func cjkValue(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	hasUnit := false
	for _, r := range s {
		if cjkNumeralValues[r] >= 10 {
			hasUnit = true
		}
	}
	if !hasUnit {
		v := 0
		for _, r := range s {
			v = v*10 + cjkNumeralValues[r]
		}
		return v, true
	}
	total, section, digit := 0, 0, 0
	for _, r := range s {
		x := cjkNumeralValues[r]
		switch {
		case x == 100000000:
			total = (total + section + digit) * 100000000
			section, digit = 0, 0
		case x == 10000:
			section = (section + digit) * 10000
			total += section
			section, digit = 0, 0
		case x >= 10:
			if digit == 0 {
				digit = 1
			}
			section += digit * x
			digit = 0
		default:
			digit = x
		}
	}
	return total + section + digit, true
}

// aliasSymbols finds the symbols written without digits that only the alias
// table knows (ITU-T, UIT-T, МСЭ-Т).
func aliasSymbols(text string) []Number {
	var out []Number
	keys := make([]string, 0, len(symbolAliases))
	for k := range symbolAliases {
		keys = append(keys, k)
	}
	for _, k := range keys {
		for off := 0; ; {
			x := strings.Index(text[off:], k)
			if x < 0 {
				break
			}
			s, e := off+x, off+x+len(k)
			off = e
			if precededByWord(text, s) || followedByWord(text, e) {
				continue
			}
			out = append(out, Number{Value: symbolAliases[k], Kind: NumSymbol, Raw: k, Start: s, End: e})
		}
	}
	sortNumbers(out)
	return out
}

func precededByWord(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) && r < 0x2E80 || unicode.IsDigit(r)
}

func followedByWord(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) && r < 0x2E80 || unicode.IsDigit(r) || r == '-'
}

// numberWords lists, per language, the words (or word stems) that write the
// numbers 0 to 10 as cardinals or ordinals; index = value. Languages write
// small numbers as words where others use digits ("two phases" / 两个阶段 /
// deux phases), so a comparison of numbers consults this table before it
// reports a small number missing. Stems match inflected forms (Russian
// "двух", "второго").
var numberWords = map[string][][]string{
	"en": {{"zero"}, {"one", "first", "single", "once"}, {"two", "second", "both", "twice", "double", "pair"}, {"three", "third", "thrice"}, {"four", "fourth"},
		{"five", "fifth"}, {"six", "sixth"}, {"seven", "seventh"}, {"eight", "eighth"}, {"nine", "ninth"}, {"ten", "tenth", "decade"}},
	"fr": {{"zéro", "aucun"}, {"un", "une", "premier", "première", "seul"}, {"deux", "deuxième", "second", "seconde", "double"}, {"trois", "troisième"}, {"quatre", "quatrième"},
		{"cinq", "cinquième"}, {"six", "sixième"}, {"sept", "septième"}, {"huit", "huitième"}, {"neuf", "neuvième"}, {"dix", "dixième", "décennie"}},
	"es": {{"cero", "ningún"}, {"un", "uno", "una", "primer", "primero", "primera", "único"}, {"dos", "segundo", "segunda", "ambos", "ambas", "doble"}, {"tres", "tercer", "tercero", "tercera"}, {"cuatro", "cuarto", "cuarta"},
		{"cinco", "quinto", "quinta"}, {"seis", "sexto", "sexta"}, {"siete", "séptimo", "séptima"}, {"ocho", "octavo", "octava"}, {"nueve", "noveno", "novena"}, {"diez", "décimo", "décima", "decenio"}},
	"pt": {{"zero"}, {"um", "uma", "primeiro", "primeira"}, {"dois", "duas", "segundo", "segunda", "ambos"}, {"três", "terceiro", "terceira"}, {"quatro", "quarto"},
		{"cinco", "quinto"}, {"seis", "sexto"}, {"sete", "sétimo"}, {"oito", "oitavo"}, {"nove", "nono"}, {"dez", "décimo"}},
	"ru": {{"нол", "нул"}, {"один", "одн", "перв", "единств"}, {"два", "две", "двух", "двум", "втор", "оба", "обе", "обоих", "дважды"}, {"три", "трех", "трёх", "трет"}, {"четыр", "четвер"},
		{"пят"}, {"шест"}, {"сем", "седьм"}, {"восем", "восьм"}, {"девят"}, {"десят", "десятилет"}},
	"ar": {{"صفر"}, {"واحد", "واحدة", "أول", "الأول", "الأولى", "وحيد"}, {"اثنان", "اثنين", "اثنتين", "ثاني", "الثاني", "الثانية", "كلا", "كلتا", "مرتين"}, {"ثلاث", "ثالث"}, {"أربع", "رابع"},
		{"خمس", "خامس"}, {"ست", "سادس"}, {"سبع", "سابع"}, {"ثمان", "ثامن"}, {"تسع", "تاسع"}, {"عشر", "عاشر"}},
	"zh": {{"零", "〇"}, {"一", "首", "单", "單"}, {"二", "两", "兩", "双", "雙"}, {"三"}, {"四"}, {"五"}, {"六"}, {"七"}, {"八"}, {"九"}, {"十"}},
	"de": {{"null"}, {"ein", "eine", "erste"}, {"zwei", "zweite", "beide"}, {"drei", "dritte"}, {"vier"}, {"fünf"}, {"sechs"}, {"sieben"}, {"acht"}, {"neun"}, {"zehn"}},
}

// largeNumberWords are the words for 11 to 20 and the tens up to 100, per
// language, for numbers that legal texts often spell out ("quince días",
// "trente jours"). Stems match inflected forms in Russian and Arabic.
var largeNumberWords = map[string]map[int][]string{
	"en": {11: {"eleven"}, 12: {"twelve"}, 13: {"thirteen"}, 14: {"fourteen"}, 15: {"fifteen"}, 16: {"sixteen"}, 17: {"seventeen"}, 18: {"eighteen"}, 19: {"nineteen"}, 20: {"twenty", "twentieth"},
		30: {"thirty", "thirtieth"}, 40: {"forty", "fortieth"}, 50: {"fifty", "fiftieth"}, 60: {"sixty", "sixtieth"}, 70: {"seventy", "seventieth"},
		80: {"eighty", "eightieth"}, 90: {"ninety", "ninetieth"}, 100: {"hundred"}},
	"fr": {11: {"onze"}, 12: {"douze"}, 13: {"treize"}, 14: {"quatorze"}, 15: {"quinze"}, 16: {"seize"}, 17: {"dix-sept"}, 18: {"dix-huit"}, 19: {"dix-neuf"}, 20: {"vingt"},
		30: {"trente"}, 40: {"quarante"}, 50: {"cinquante"}, 60: {"soixante"}, 70: {"soixante-dix"}, 80: {"quatre-vingts", "quatre-vingt"}, 90: {"quatre-vingt-dix"}, 100: {"cent"}},
	"es": {11: {"once"}, 12: {"doce"}, 13: {"trece"}, 14: {"catorce"}, 15: {"quince"}, 16: {"dieciséis"}, 17: {"diecisiete"}, 18: {"dieciocho"}, 19: {"diecinueve"}, 20: {"veinte"},
		30: {"treinta"}, 40: {"cuarenta"}, 50: {"cincuenta"}, 60: {"sesenta"}, 70: {"setenta"}, 80: {"ochenta"}, 90: {"noventa"}, 100: {"cien", "ciento"}},
	"pt": {11: {"onze"}, 12: {"doze"}, 13: {"treze"}, 14: {"catorze"}, 15: {"quinze"}, 20: {"vinte"}, 30: {"trinta"}, 60: {"sessenta"}, 90: {"noventa"}, 100: {"cem"}},
	"ru": {11: {"одиннадцат"}, 12: {"двенадцат"}, 13: {"тринадцат"}, 14: {"четырнадцат"}, 15: {"пятнадцат"}, 20: {"двадцат"}, 30: {"тридцат"},
		40: {"сорок"}, 50: {"пятьдесят"}, 60: {"шестьдесят"}, 90: {"девяност"}, 100: {"сто"}},
	"ar": {15: {"خمسة عشر", "خمس عشرة"}, 20: {"عشرين", "عشرون"}, 30: {"ثلاثين", "ثلاثون"}, 60: {"ستين", "ستون"}, 90: {"تسعين", "تسعون"}, 100: {"مائة", "مئة"}},
}

// cjkClassifiers follow a Chinese numeral that counts something.
var cjkClassifiers = []string{"个", "個", "项", "項", "次", "名", "种", "種", "位", "份", "届", "屆", "类", "類", "点", "點", "方面", "阶段", "階段", "倍", "年", "天", "周", "週", "条", "條", "款", "段", "部分", "国", "國", "成员", "组", "組"}

// HasNumberWord reports whether text, written in language lang, writes the
// number v as a word: "two", "deux", "dos", "два"/"двух", "اثنين", 两 for
// 0 to 10, and "quince", "trente" for 11 to 20 and the tens up to 100.
// Unknown languages and other numbers report false.
func HasNumberWord(text, lang string, v int) bool {
	table, ok := numberWords[lang]
	if !ok || v < 0 {
		return false
	}
	if v > 20 && v < 100 && v%10 != 0 && lang == "en" {
		// forty-eight, twenty four
		lower := strings.ToLower(text)
		for _, tens := range largeNumberWords[lang][v-v%10] {
			for _, unit := range table[v%10][:1] {
				for _, sep := range []string{"-", " "} {
					w := tens + sep + unit
					if i := strings.Index(lower, w); i >= 0 && !precededByWord(lower, i) && !followedByWord(lower, i+len(w)) {
						return true
					}
				}
			}
		}
		return false
	}
	if v >= len(table) {
		words := largeNumberWords[lang][v]
		if len(words) == 0 {
			return false
		}
		lower := strings.ToLower(text)
		for _, w := range words {
			if i := strings.Index(lower, w); i >= 0 && !precededByWord(lower, i) {
				return true
			}
		}
		return false
	}
	if lang == "zh" || lang == "ja" {
		// a numeral counts as a word for a number only before a
		// classifier (两个阶段, 三项, 十年): 十日 in a date does not
		for _, w := range table[v] {
			for off := 0; ; {
				i := strings.Index(text[off:], w)
				if i < 0 {
					break
				}
				after := text[off+i+len(w):]
				for _, c := range cjkClassifiers {
					if strings.HasPrefix(after, c) {
						return true
					}
				}
				off += i + len(w)
			}
		}
		return false
	}
	prefix := lang == "ru" || lang == "ar"
	lower := strings.ToLower(text)
	for _, word := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lang == "ar" {
			word = strings.TrimPrefix(word, "و")
			word = strings.TrimPrefix(word, "ال")
		}
		for _, w := range table[v] {
			if lang == "ar" {
				w = strings.TrimPrefix(w, "ال")
			}
			if word == w || prefix && strings.HasPrefix(word, w) {
				return true
			}
		}
	}
	return false
}

// numericPrefix: digits and dots only, starting and ending with a digit.
func numericPrefix(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	for _, r := range s {
		if digitValue(r) < 0 && r != '.' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if digitValue(r) < 0 {
			return false
		}
	}
	return true
}

// romanInParens reads a parenthesised upper-case roman numeral of two
// letters or more, "(III)", "(XXV)": session numbers in UN symbols
// (resolution 217 A (III)) that other languages write in digits (د-3).
func romanInParens(text string) []Number {
	var out []Number
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(text) && strings.IndexByte("IVXLC", text[j]) >= 0 {
			j++
		}
		if j-i-1 < 2 || j >= len(text) || text[j] != ')' {
			continue
		}
		v := 0
		prev := 0
		for k := j - 1; k > i; k-- {
			x := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}[text[k]]
			if x < prev {
				v -= x
			} else {
				v += x
				prev = x
			}
		}
		out = append(out, Number{Value: strconv.Itoa(v), Kind: NumPlain, Raw: text[i+1 : j], Start: i + 1, End: j})
	}
	return out
}

// wordBeforeDigits returns the length of the word a token starts with when
// the token is a word of four letters or more, capitalised or lower case,
// directly followed by digits and nothing else ("Article16"); else 0.
// Symbols (ISO9001, WSIS20) are written in capitals and stay symbols.
func wordBeforeDigits(tok string) int {
	k := 0
	for k < len(tok) && (tok[k] >= 'a' && tok[k] <= 'z' || tok[k] >= 'A' && tok[k] <= 'Z') {
		if k > 0 && tok[k] >= 'A' && tok[k] <= 'Z' {
			return 0
		}
		k++
	}
	if k < 4 || k == len(tok) {
		return 0
	}
	for _, c := range []byte(tok[k:]) {
		if c < '0' || c > '9' {
			return 0
		}
	}
	return k
}
