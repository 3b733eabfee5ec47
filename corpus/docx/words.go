package docx

import "strings"

// Number words for Word's cardinalText and ordinalText formats, one table
// per language. Numbers below one million are written; the grammar of each
// language (French "et un", "quatre-vingts"; Russian genitive compounds
// such as "двухсотый") sits beside its table.

var englishSmall = []string{"", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen"}

var englishTens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty",
	"seventy", "eighty", "ninety"}

// englishOrdinalIrregular are the words whose ordinal is not word+"th".
var englishOrdinalIrregular = map[string]string{
	"one": "first", "two": "second", "three": "third", "five": "fifth",
	"eight": "eighth", "nine": "ninth", "twelve": "twelfth",
}

// englishWords: "one thousand two hundred thirty-four" (no "and", as Word
// writes it); ordinals change the last word: "thirty-fourth", "one hundredth".
func englishWords(n int, ord bool) string {
	var parts []string
	if n >= 1000 {
		parts = append(parts, englishBelow1000(n/1000)+" thousand")
		n %= 1000
	}
	if n > 0 {
		parts = append(parts, englishBelow1000(n))
	}
	s := strings.Join(parts, " ")
	if !ord {
		return s
	}
	// The last word, or the last part of a hyphenated word, takes the ordinal form.
	cut := strings.LastIndexAny(s, " -") + 1
	last := s[cut:]
	switch {
	case englishOrdinalIrregular[last] != "":
		last = englishOrdinalIrregular[last]
	case strings.HasSuffix(last, "y"):
		last = last[:len(last)-1] + "ieth"
	default:
		last += "th"
	}
	return s[:cut] + last
}

func englishBelow1000(n int) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, englishSmall[n/100]+" hundred")
		n %= 100
	}
	switch {
	case n == 0:
	case n < 20:
		parts = append(parts, englishSmall[n])
	case n%10 == 0:
		parts = append(parts, englishTens[n/10])
	default:
		parts = append(parts, englishTens[n/10]+"-"+englishSmall[n%10])
	}
	return strings.Join(parts, " ")
}

var frenchSmall = []string{"", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
	"huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
	"dix-sept", "dix-huit", "dix-neuf"}

var frenchTens = []string{"", "", "vingt", "trente", "quarante", "cinquante", "soixante",
	"soixante", "quatre-vingt", "quatre-vingt"}

// frenchOrdinalIrregular are the ordinals not made by dropping a final "e"
// and adding "ième".
var frenchOrdinalIrregular = map[string]string{
	"un": "unième", "cinq": "cinquième", "neuf": "neuvième",
	"cents": "centième", "vingts": "vingtième",
}

// frenchWords: "vingt et un", "soixante et onze", "quatre-vingts",
// "quatre-vingt-un", "deux cents", "deux cent un", "mille", "deux mille".
// Ordinals: "premier" for 1, otherwise the last word with "ième":
// "vingt et unième", "deux centième", "millième".
func frenchWords(n int, ord bool) string {
	if ord && n == 1 {
		return "premier"
	}
	var parts []string
	if n >= 1000 {
		if k := n / 1000; k > 1 {
			parts = append(parts, frenchBelow1000Plain(k)+" mille")
		} else {
			parts = append(parts, "mille")
		}
		n %= 1000
	}
	if n > 0 {
		parts = append(parts, frenchBelow1000(n))
	}
	s := strings.Join(parts, " ")
	if !ord {
		return s
	}
	cut := strings.LastIndexAny(s, " -") + 1
	last := s[cut:]
	if o, ok := frenchOrdinalIrregular[last]; ok {
		last = o
	} else {
		last = strings.TrimSuffix(last, "e") + "ième"
	}
	return s[:cut] + last
}

// frenchBelow1000Plain writes a multiplier of mille: like frenchBelow1000
// but without the plural s of "cents" and "quatre-vingts".
func frenchBelow1000Plain(n int) string {
	s := frenchBelow1000(n)
	if strings.HasSuffix(s, "cents") || strings.HasSuffix(s, "vingts") {
		s = strings.TrimSuffix(s, "s")
	}
	return s
}

func frenchBelow1000(n int) string {
	var parts []string
	if h := n / 100; h > 0 {
		n %= 100
		switch {
		case h == 1:
			parts = append(parts, "cent")
		case n == 0:
			parts = append(parts, frenchSmall[h]+" cents")
		default:
			parts = append(parts, frenchSmall[h]+" cent")
		}
	}
	if n > 0 {
		parts = append(parts, frenchBelow100(n))
	}
	return strings.Join(parts, " ")
}

func frenchBelow100(n int) string {
	if n < 20 {
		return frenchSmall[n]
	}
	t, u := n/10, n%10
	if t == 7 || t == 9 {
		// soixante-dix … soixante-dix-neuf, quatre-vingt-dix …: the tens
		// word is followed by 10-19.
		u += 10
	}
	switch {
	case u == 0 && t == 8:
		return "quatre-vingts"
	case u == 0:
		return frenchTens[t]
	case (u == 1 || u == 11) && t != 8 && t != 9:
		return frenchTens[t] + " et " + frenchSmall[u]
	}
	return frenchTens[t] + "-" + frenchSmall[u]
}

var russianUnits = []string{"", "один", "два", "три", "четыре", "пять", "шесть", "семь",
	"восемь", "девять", "десять", "одиннадцать", "двенадцать", "тринадцать",
	"четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
	"девятнадцать"}

var russianTens = []string{"", "", "двадцать", "тридцать", "сорок", "пятьдесят",
	"шестьдесят", "семьдесят", "восемьдесят", "девяносто"}

var russianHundreds = []string{"", "сто", "двести", "триста", "четыреста", "пятьсот",
	"шестьсот", "семьсот", "восемьсот", "девятьсот"}

// Ordinal forms of the last word of a Russian number (masculine nominative).
var russianOrdinal = map[string]string{
	"один": "первый", "два": "второй", "три": "третий", "четыре": "четвертый",
	"пять": "пятый", "шесть": "шестой", "семь": "седьмой", "восемь": "восьмой",
	"девять": "девятый", "десять": "десятый", "одиннадцать": "одиннадцатый",
	"двенадцать": "двенадцатый", "тринадцать": "тринадцатый",
	"четырнадцать": "четырнадцатый", "пятнадцать": "пятнадцатый",
	"шестнадцать": "шестнадцатый", "семнадцать": "семнадцатый",
	"восемнадцать": "восемнадцатый", "девятнадцать": "девятнадцатый",
	"двадцать": "двадцатый", "тридцать": "тридцатый", "сорок": "сороковой",
	"пятьдесят": "пятидесятый", "шестьдесят": "шестидесятый",
	"семьдесят": "семидесятый", "восемьдесят": "восьмидесятый",
	"девяносто": "девяностый", "сто": "сотый", "двести": "двухсотый",
	"триста": "трехсотый", "четыреста": "четырехсотый", "пятьсот": "пятисотый",
	"шестьсот": "шестисотый", "семьсот": "семисотый", "восемьсот": "восьмисотый",
	"девятьсот": "девятисотый",
}

// Genitive stems of the thousands multipliers, fused into round ordinals:
// 2000 → двухтысячный.
var russianThousandStem = []string{"", "", "двух", "трех", "четырех", "пяти", "шести",
	"семи", "восьми", "девяти"}

// russianWords: "тысяча двести тридцать четыре", "две тысячи", "пять тысяч";
// ordinals change the last word ("тридцать четвертый", "сотый") and fuse
// round thousands ("тысячный", "двухтысячный").
func russianWords(n int, ord bool) string {
	k, rest := n/1000, n%1000
	var parts []string
	if k > 0 {
		if ord && rest == 0 {
			if k < len(russianThousandStem) {
				return russianThousandStem[k] + "тысячный"
			}
			return russianBelow1000(k, true) + " тысячный"
		}
		parts = append(parts, russianThousands(k))
	}
	if rest > 0 {
		parts = append(parts, russianBelow1000(rest, false))
	}
	s := strings.Join(parts, " ")
	if !ord {
		return s
	}
	cut := strings.LastIndexByte(s, ' ') + 1
	if o, ok := russianOrdinal[s[cut:]]; ok {
		return s[:cut] + o
	}
	return s
}

// russianThousands writes k thousand with the feminine numerals and the
// case the number governs: тысяча, две тысячи, пять тысяч, двадцать одна тысяча.
func russianThousands(k int) string {
	if k == 1 {
		return "тысяча"
	}
	words := russianBelow1000(k, true)
	last := k % 100
	switch {
	case last >= 11 && last <= 19:
		return words + " тысяч"
	case last%10 == 1:
		return words + " тысяча"
	case last%10 >= 2 && last%10 <= 4:
		return words + " тысячи"
	}
	return words + " тысяч"
}

// russianBelow1000 writes 1..999; feminine gives одна/две for thousands.
func russianBelow1000(n int, feminine bool) string {
	var parts []string
	if h := n / 100; h > 0 {
		parts = append(parts, russianHundreds[h])
		n %= 100
	}
	if n >= 20 {
		parts = append(parts, russianTens[n/10])
		n %= 10
	}
	if n > 0 {
		w := russianUnits[n]
		if feminine && n == 1 {
			w = "одна"
		} else if feminine && n == 2 {
			w = "две"
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}
