package corpus

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/paritydoc/parity/lang"
)

// This file groups the documents found under directories into sets of
// language versions, by the language their file or folder names carry.
//
// A file name such as "udhr_eng.txt", "by-nc-nd-4.0.zh-hans.html",
// "T22-WTSA.24-C-0035!A18!MSW-C.docx" or "CELEX-32017R2403-EN-TXT.html"
// is split into tokens at the separators - _ . ! and space. The language
// token is looked for from the end of the name:
//
//   - the last token (or the last two or three, for a BCP 47 tag with a
//     script, a region or both, such as zh-hans, cmn_hans, en-US,
//     zh-Hant-TW): an ISO 639-1 code, an ISO 639-2/639-3 code of a common
//     language, a BCP 47 tag, an English language name ("Arabic"), or one
//     of the UN/ITU one-letter suffixes A C E F R S (upper case: Arabic,
//     Chinese, English, French, Russian, Spanish);
//   - failing that, a BCP 47 tag with a script or region anywhere in the
//     name ("LIR001-en-US-ordinal", "manual_pt-BR_v2", "guide-es-419-web",
//     "faq-zh-Hant-2024"), the last one when there are several. Inside a
//     name the tag is written as BCP 47 or a locale writes it: its parts
//     joined by - or _, the language code in one case, a two-letter region
//     in upper case (en-US, EN-US, pt_BR; not "by-nc"), a three-digit
//     region (419) or a script (Hans, hant);
//   - failing that, any other token only when it is an upper-case code of
//     an official EU language, the EUR-Lex convention ("-EN-", "-FR-").
//
// The tag keeps its script and region, so "zh-Hans" and "zh-Hant", or
// "pt-PT" and "pt-BR", are distinct versions of one set; the language
// tables are looked up by the base language (see BaseLang).
//
// Failing that, a directory named after a language (eng/, fra/, en/,
// zh-hans/) between the walked root and the file gives the language, the
// root's own name included. The set key is the file's path with the
// language token (and its separator) removed from the name and the
// language folder, with everything beneath it, dropped from the directory:
// "ca-laws/eng/acts/T-3.4.xml" and "ca-laws/fra/lois/T-3.4.xml" both have
// the key "ca-laws/T-3.4".

// SetFile is one file of a set of versions, with the language its name gave.
type SetFile struct {
	// Path is the file's path as found (the root joined with its relative path).
	Path string
	// Lang is a BCP 47 tag ("en", "zh-Hans"); empty when unknown (a file
	// named on the command line without LANG=).
	Lang string
}

// SetSpec is a set of versions to read: a key and its files, before any is
// read. Files are sorted by language, then path.
type SetSpec struct {
	Key   string
	Files []SetFile
}

// Grouping is the result of grouping the files under directories.
type Grouping struct {
	// Sets are sorted by key. Sets with a single file are kept (they are
	// checked with the rules that need one version); see Singles.
	Sets []SetSpec
	// Unmatched are document files whose name and folders carry no
	// language, sorted.
	Unmatched []string
	// Skipped counts the files that are not documents (by extension).
	Skipped int
}

// Singles returns the keys of the sets that have a single version.
func (g *Grouping) Singles() []string {
	var out []string
	for _, s := range g.Sets {
		if len(s.Files) == 1 {
			out = append(out, s.Key)
		}
	}
	return out
}

// GroupOptions adjusts FindSets.
type GroupOptions struct {
	// LangOf, when not nil, gives the language of a file (from a
	// configuration) or "" to let the name decide. It takes precedence
	// over the name.
	LangOf func(path string) string
	// Exclude, when not nil, drops files (and, for directories, whole
	// subtrees) for which it returns true.
	Exclude func(path string, dir bool) bool
}

// DocumentExt reports whether a file name has the extension of a format
// parity reads: .txt, .text, .htm, .html, .xhtml, .xml or .docx.
func DocumentExt(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".htm", ".html", ".xhtml", ".xml", ".docx":
		return true
	}
	return false
}

// FindSets walks the directories and groups the documents under them into
// sets of language versions. Hidden files and directories (a name
// starting with ".") are not entered. The walk is in lexical order and the
// result is sorted, so it does not depend on the file system's order.
func FindSets(roots []string, opts GroupOptions) (*Grouping, error) {
	type found struct{ root, path string }
	var files []found
	g := &Grouping{}
	for _, root := range roots {
		root = filepath.Clean(root)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("corpus: %w", err)
			}
			name := d.Name()
			if p != root && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if opts.Exclude != nil && p != root && opts.Exclude(p, d.IsDir()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if !DocumentExt(name) {
				g.Skipped++
				return nil
			}
			files = append(files, found{root, p})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	bykey := map[string]*SetSpec{}
	for _, f := range files {
		lang, key, ok := SetKey(f.root, f.path)
		if opts.LangOf != nil {
			if l := opts.LangOf(f.path); l != "" {
				lang = l
				if !ok {
					key = keyWithoutLang(f.root, f.path)
				}
				ok = true
			}
		}
		if !ok {
			g.Unmatched = append(g.Unmatched, f.path)
			continue
		}
		s := bykey[key]
		if s == nil {
			s = &SetSpec{Key: key}
			bykey[key] = s
		}
		s.Files = append(s.Files, SetFile{Path: f.path, Lang: lang})
	}
	for _, s := range bykey {
		sort.Slice(s.Files, func(i, j int) bool {
			a, b := s.Files[i], s.Files[j]
			if a.Lang != b.Lang {
				return a.Lang < b.Lang
			}
			return a.Path < b.Path
		})
		g.Sets = append(g.Sets, *s)
	}
	sort.Slice(g.Sets, func(i, j int) bool { return g.Sets[i].Key < g.Sets[j].Key })
	sort.Strings(g.Unmatched)
	return g, nil
}

// SetKey gives the language and set key of a document found under root,
// by the rules described in the package's set grouping section. ok is
// false when neither the name nor a folder carries a language.
func SetKey(root, path string) (lang, key string, ok bool) {
	root = filepath.Clean(root)
	dir, base := filepath.Split(filepath.Clean(path))
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	lang, rest, found := LangFromName(stem)
	dirKey, folderLang, hasFolder := dirKeyAndLang(root, filepath.Clean(dir))
	if !found {
		if !hasFolder {
			return "", "", false
		}
		lang, rest = folderLang, stem
	}
	return lang, joinKey(dirKey, rest), true
}

// keyWithoutLang is the key of a file whose language comes from elsewhere
// (a configuration): its path without extension, language folders dropped.
func keyWithoutLang(root, path string) string {
	dir, base := filepath.Split(filepath.Clean(path))
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	if _, rest, found := LangFromName(stem); found {
		stem = rest
	}
	dirKey, _, _ := dirKeyAndLang(filepath.Clean(root), filepath.Clean(dir))
	return joinKey(dirKey, stem)
}

func joinKey(dir, name string) string {
	dir = filepath.ToSlash(dir)
	if dir == "" || dir == "." {
		return name
	}
	return strings.TrimSuffix(dir, "/") + "/" + name
}

// dirKeyAndLang looks for the deepest language folder between root (its
// own name included) and dir. When there is one, the key directory is its
// parent and lang its language.
func dirKeyAndLang(root, dir string) (key, lang string, ok bool) {
	rel, err := filepath.Rel(root, dir)
	if err != nil || strings.HasPrefix(rel, "..") {
		return dir, "", false
	}
	// Components from the root's own name down to dir.
	comps := []string{filepath.Base(root)}
	if rel != "." {
		comps = append(comps, strings.Split(rel, string(filepath.Separator))...)
	}
	for i := len(comps) - 1; i >= 0; i-- {
		if l, ok := folderLang(comps[i]); ok {
			// The parent of the language folder: root's parent when i == 0.
			parent := filepath.Dir(root)
			if i > 0 {
				parent = filepath.Join(append([]string{root}, comps[1:i]...)...)
			}
			return parent, l, true
		}
	}
	return dir, "", false
}

// folderLang reads a folder name as a language: a code or a tag, any case.
// "eu" is not read as Basque: as a folder it far more often means the
// European Union.
func folderLang(name string) (string, bool) {
	if strings.EqualFold(name, "eu") {
		return "", false
	}
	toks := splitTokens(name)
	if len(toks) == 0 || len(toks) > 3 {
		return "", false
	}
	if len(toks) == 1 {
		return code(toks[0].s)
	}
	if tag, end, ok := tagAt(name, toks, 0, false); ok && end == len(toks)-1 {
		return tag, true
	}
	return "", false
}

type token struct {
	s          string
	start, end int // byte offsets in the name
}

func isSep(r rune) bool {
	return r == '-' || r == '_' || r == '.' || r == '!' || r == ' '
}

func splitTokens(name string) []token {
	var toks []token
	start := -1
	for i, r := range name {
		if isSep(r) {
			if start >= 0 {
				toks = append(toks, token{name[start:i], start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		toks = append(toks, token{name[start:], start, len(name)})
	}
	return toks
}

// LangFromName finds the language token in a file name without its
// extension. It returns the language as a BCP 47 tag, the name with the
// token and one adjoining separator removed, and whether a token was
// found. "udhr_cmn_hans" gives ("zh-Hans", "udhr", true);
// "CELEX-32017R2403-EN-TXT" gives ("en", "CELEX-32017R2403-TXT", true).
func LangFromName(stem string) (lang, rest string, ok bool) {
	toks := splitTokens(stem)
	n := len(toks)
	if n < 2 {
		// A name that is only a language code ("en.txt") has no key.
		return "", stem, false
	}
	cut := func(from, to int) string {
		a, b := toks[from].start, toks[to].end
		// Remove the separator before the token, or after it at the start.
		if a > 0 {
			a--
		} else if b < len(stem) {
			b++
		}
		return stem[:a] + stem[b:]
	}
	// lang-Script-REGION, lang-Script or lang-REGION in the last three or
	// two tokens, with a token left before it for the key.
	for from := n - 3; from <= n-2; from++ {
		if from < 1 {
			continue
		}
		if tag, end, ok := tagAt(stem, toks, from, false); ok && end == n-1 {
			return tag, cut(from, end), true
		}
	}
	last := toks[n-1].s
	if l, ok := unSuffix[last]; ok {
		return l, cut(n-1, n-1), true
	}
	if l, ok := code(last); ok {
		return l, cut(n-1, n-1), true
	}
	if l, ok := langNames[strings.ToLower(last)]; ok {
		return l, cut(n-1, n-1), true
	}
	// A tag with a subtag inside the name (en-US, zh-Hans, es-419): the
	// last one that leaves a token for the key.
	for from := n - 3; from >= 0; from-- {
		if tag, end, ok := tagAt(stem, toks, from, true); ok && end < n-1 {
			return tag, cut(from, end), true
		}
	}
	// EUR-Lex: an upper-case EU language code anywhere in the name.
	for i := n - 2; i >= 0; i-- {
		if l, ok := euCodes[toks[i].s]; ok {
			return l, cut(i, i), true
		}
	}
	return "", stem, false
}

// tagAt reads a BCP 47 tag with at least one subtag starting at token
// from: a language code, then a script, a region, or a script and a
// region. It returns the tag in canonical case ("zh-Hant-TW") and the
// index of its last token, the longest tag when there are two. Strict is
// for a tag inside a name, where words such as "by-nc" or "to-do" must not
// read as tags: the parts must be joined by - or _ alone, the language
// code be all lower or all upper case and a two-letter region upper case.
func tagAt(name string, toks []token, from int, strict bool) (tag string, end int, ok bool) {
	if from < 0 || from+1 >= len(toks) {
		return "", 0, false
	}
	l, ok := code(toks[from].s)
	if !ok || strict && !oneCase(toks[from].s) {
		return "", 0, false
	}
	joined := func(i int) bool { // token i follows token i-1 across a - or _
		if !strict {
			return true
		}
		sep := name[toks[i-1].end:toks[i].start]
		return sep == "-" || sep == "_"
	}
	sub := func(i int, wantScript bool) (string, bool) {
		if i >= len(toks) || !joined(i) {
			return "", false
		}
		s := toks[i].s
		if (len(s) == 4) != wantScript {
			return "", false
		}
		if strict && len(s) == 2 && s != strings.ToUpper(s) {
			return "", false
		}
		return subtag(s)
	}
	if script, ok := sub(from+1, true); ok {
		if region, ok := sub(from+2, false); ok {
			return l + "-" + script + "-" + region, from + 2, true
		}
		return l + "-" + script, from + 1, true
	}
	if region, ok := sub(from+1, false); ok {
		return l + "-" + region, from + 1, true
	}
	return "", 0, false
}

// oneCase reports whether the letters of s are all lower or all upper case.
func oneCase(s string) bool {
	return s == strings.ToLower(s) || s == strings.ToUpper(s)
}

// code reads an ISO 639-1 or common ISO 639-2/-3 code (any case) as a
// BCP 47 base code.
func code(s string) (string, bool) {
	if len(s) < 2 || len(s) > 3 {
		return "", false
	}
	l := strings.ToLower(s)
	if len(l) == 2 {
		if strings.Contains(iso6391, " "+l+" ") {
			return l, true
		}
		return "", false
	}
	if c, ok := iso6393[l]; ok {
		return c, true
	}
	return "", false
}

// subtag reads a BCP 47 script (4 letters: Hans, Cyrl) or region (2
// letters or 3 digits) subtag and returns it in its canonical case.
func subtag(s string) (string, bool) {
	switch {
	case len(s) == 4 && isAlpha(s):
		l := strings.ToLower(s)
		if !knownScripts[l] {
			return "", false
		}
		return strings.ToUpper(l[:1]) + l[1:], true
	case len(s) == 2 && isAlpha(s):
		u := strings.ToUpper(s)
		if !strings.Contains(regions, " "+u+" ") {
			return "", false
		}
		return u, true
	case len(s) == 3 && isDigits(s):
		return s, true
	}
	return "", false
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// BaseLang returns the base language of a BCP 47 tag, lower case:
// "zh" for "zh-Hans" or "zh_TW", "en" for "en-GB", "und" for "und". The
// language tables of package lang are per base language, so every lookup
// by a document's language goes through the base code, while the whole tag
// names the version (its ID) and its language in TMX.
func BaseLang(tag string) string { return lang.Base(tag) }

// ParseLangArg reads a command-line argument of the form LANG=PATH
// ("zh=seed.txt", "en-GB=a.docx"). ok is false when the argument is not of
// that form (no "=", or the part before it is not a language code or tag).
func ParseLangArg(arg string) (lang, path string, ok bool) {
	i := strings.IndexByte(arg, '=')
	if i <= 0 || i == len(arg)-1 {
		return "", "", false
	}
	tag := arg[:i]
	if strings.ContainsAny(tag, "_.! /\\") {
		return "", "", false
	}
	if strings.EqualFold(tag, "eu") { // named explicitly, "eu" is Basque
		return "eu", arg[i+1:], true
	}
	if l, ok := folderLang(tag); ok {
		return l, arg[i+1:], true
	}
	return "", "", false
}

// unSuffix: the one-letter language suffixes of UN and ITU document
// symbols and file names (…-E.docx, …!MSW-C.docx), upper case only.
var unSuffix = map[string]string{
	"A": "ar", "C": "zh", "E": "en", "F": "fr", "R": "ru", "S": "es",
}

// euCodes: the official EU languages as EUR-Lex writes them in file names
// (CELEX-32017R2403-EN-TXT.html), upper case only.
var euCodes = map[string]string{
	"BG": "bg", "CS": "cs", "DA": "da", "DE": "de", "EL": "el", "EN": "en",
	"ES": "es", "ET": "et", "FI": "fi", "FR": "fr", "GA": "ga", "HR": "hr",
	"HU": "hu", "IT": "it", "LT": "lt", "LV": "lv", "MT": "mt", "NL": "nl",
	"PL": "pl", "PT": "pt", "RO": "ro", "SK": "sk", "SL": "sl", "SV": "sv",
}

// iso6391 lists the ISO 639-1 codes, space-separated and space-delimited.
const iso6391 = " aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
	"da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz " +
	"ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo " +
	"lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps " +
	"pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn " +
	"to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu "

// iso6393 maps ISO 639-2 (bibliographic and terminological) and ISO 639-3
// codes of common languages, and the individual languages UN files use
// (arb, cmn), to their BCP 47 base code.
var iso6393 = map[string]string{
	"ara": "ar", "arb": "ar", "zho": "zh", "chi": "zh", "cmn": "zh", "yue": "yue",
	"eng": "en", "fra": "fr", "fre": "fr", "rus": "ru", "spa": "es",
	"deu": "de", "ger": "de", "ita": "it", "por": "pt", "nld": "nl", "dut": "nl",
	"jpn": "ja", "kor": "ko", "pol": "pl", "ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk",
	"slv": "sl", "hrv": "hr", "srp": "sr", "bul": "bg", "ron": "ro", "rum": "ro",
	"hun": "hu", "fin": "fi", "swe": "sv", "dan": "da", "nor": "no", "nob": "nb", "nno": "nn",
	"est": "et", "lav": "lv", "lit": "lt", "ell": "el", "gre": "el", "mlt": "mt", "gle": "ga",
	"tur": "tr", "ukr": "uk", "bel": "be", "heb": "he", "fas": "fa", "per": "fa", "pes": "fa",
	"hin": "hi", "urd": "ur", "ben": "bn", "tam": "ta", "tha": "th", "vie": "vi",
	"ind": "id", "msa": "ms", "may": "ms", "zsm": "ms", "swa": "sw", "swh": "sw",
	"amh": "am", "hau": "ha", "yor": "yo", "ibo": "ig", "zul": "zu", "xho": "xh",
	"cat": "ca", "eus": "eu", "baq": "eu", "glg": "gl", "isl": "is", "ice": "is",
	"kat": "ka", "geo": "ka", "hye": "hy", "arm": "hy", "aze": "az", "kaz": "kk", "uzb": "uz",
	"mon": "mn", "khm": "km", "lao": "lo", "mya": "my", "bur": "my", "nep": "ne", "sin": "si",
	"pus": "ps", "kur": "ku", "som": "so", "mlg": "mg", "tgl": "tl", "fil": "fil",
}

// langNames maps English language names (lower case) to codes, for file
// names such as "RP051-Arabic.docx".
var langNames = map[string]string{
	"arabic": "ar", "chinese": "zh", "english": "en", "french": "fr", "russian": "ru",
	"spanish": "es", "german": "de", "italian": "it", "portuguese": "pt", "dutch": "nl",
	"japanese": "ja", "korean": "ko", "polish": "pl", "greek": "el", "turkish": "tr",
	"ukrainian": "uk", "hebrew": "he", "persian": "fa", "hindi": "hi", "swedish": "sv",
}

// knownScripts are the ISO 15924 scripts accepted in a tag in a file name.
var knownScripts = map[string]bool{
	"hans": true, "hant": true, "latn": true, "cyrl": true, "arab": true, "grek": true,
	"hebr": true, "deva": true, "jpan": true, "kore": true, "thai": true,
}

// regions are ISO 3166-1 region codes accepted in a tag in a file name
// (a selection: the ones language versions of official texts use).
const regions = " US GB CA AU NZ IE IN ZA FR BE CH LU MC ES MX AR CO CL PE VE US PT BR AO MZ " +
	"RU BY KZ UA CN TW HK MO SG DE AT IT NL SE NO DK FI PL CZ SK SI HR RS BG RO HU GR CY MT EE LV LT " +
	"SA EG AE MA DZ TN JO LB QA KW IQ SY YE LY SD OM BH JP KR " +
	"EC BO UY PY CR PA DO GT HN NI SV CU PR PH ID MY TH VN IL IR PK NG KE "
