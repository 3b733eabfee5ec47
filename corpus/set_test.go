package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/paritydoc/parity/internal/testcorpus"
)

func TestLangFromName(t *testing.T) {
	tests := []struct {
		stem, lang, rest string
		ok               bool
	}{
		{"udhr_eng", "en", "udhr", true},
		{"udhr_cmn_hans", "zh-Hans", "udhr", true},
		{"udhr_arb", "ar", "udhr", true},
		{"by-nc-nd-4.0.en", "en", "by-nc-nd-4.0", true},
		{"by-nc-nd-4.0.zh-hant", "zh-Hant", "by-nc-nd-4.0", true},
		{"A0030055.zh", "zh", "A0030055", true},
		{"CELEX-32017R2403-EN-TXT", "en", "CELEX-32017R2403-TXT", true},
		{"CELEX-32017R2403-FR-TXT", "fr", "CELEX-32017R2403-TXT", true},
		{"T22-WTSA.24-C-0035!A18!MSW-C", "zh", "T22-WTSA.24-C-0035!A18!MSW", true},
		{"T22-WTSA.24-C-0035!A18!MSW-E", "en", "T22-WTSA.24-C-0035!A18!MSW", true},
		{"A_RES_78_1-R", "ru", "A_RES_78_1", true},
		{"2025-c5_F", "fr", "2025-c5", true},
		{"report_en-GB", "en-GB", "report", true},
		{"RP051-Arabic", "ar", "RP051", true},
		{"en_udhr", "", "en_udhr", false}, // a leading lower-case code is not a suffix
		{"T-3.4", "", "T-3.4", false},
		{"000_cacf3a00fbb84b6b", "", "000_cacf3a00fbb84b6b", false},
		{"SOURCE", "", "SOURCE", false},
		{"en", "", "en", false},           // nothing left for a key
		{"draft-e", "", "draft-e", false}, // one-letter suffixes are upper case only
		// BCP 47 tags with a region or script inside the name (issue 6,
		// QA #22): the whole tag is the language, and leaves the key.
		{"LIR001-en-US-ordinal", "en-US", "LIR001-ordinal", true},
		{"LIR005-fr-FR-cardinalText", "fr-FR", "LIR005-cardinalText", true},
		{"LIR007-ru-RU-ordinalText", "ru-RU", "LIR007-ordinalText", true},
		{"LIR009-zh-CN-chineseCounting", "zh-CN", "LIR009-chineseCounting", true},
		{"LIR011-en-US-00001", "en-US", "LIR011-00001", true},
		{"manual_pt-BR_v2", "pt-BR", "manual_v2", true},
		{"manual_pt_BR_v2", "pt-BR", "manual_v2", true},
		{"guide-es-419-web", "es-419", "guide-web", true},
		{"guide-EN-US-web", "en-US", "guide-web", true},
		{"faq-zh-Hans-2024", "zh-Hans", "faq-2024", true},
		{"faq-zh-hant-2024", "zh-Hant", "faq-2024", true},
		{"faq-zh-Hant-TW-2024", "zh-Hant-TW", "faq-2024", true},
		{"en-US-faq", "en-US", "faq", true},
		// At the end, as before, and with a script and a region.
		{"guide_es-419", "es-419", "guide", true},
		{"guide.pt-br", "pt-BR", "guide", true},
		{"faq.zh-Hant-TW", "zh-Hant-TW", "faq", true},
		{"faq_zh_hant_hk", "zh-Hant-HK", "faq", true},
		// Words that look like a code and a region inside a name are not
		// tags: a lower-case region, a mixed-case code, another separator.
		{"by-nc-nd-4.0", "", "by-nc-nd-4.0", false},
		{"report-de-at-final", "", "report-de-at-final", false},
		{"report-De-AT-final", "", "report-De-AT-final", false},
		{"report.en.US.final", "", "report.en.US.final", false},
		// The last token still comes first; the EUR-Lex code is the last resort.
		{"LIR-en-US-fr", "fr", "LIR-en-US", true},
		{"CELEX-32017R2403-EN-TXT-v2", "en", "CELEX-32017R2403-TXT-v2", true},
		{"RP002-Deleted-Text-Accepted", "", "RP002-Deleted-Text-Accepted", false},
	}
	for _, tt := range tests {
		lang, rest, ok := LangFromName(tt.stem)
		if lang != tt.lang || rest != tt.rest || ok != tt.ok {
			t.Errorf("LangFromName(%q) = %q, %q, %v; want %q, %q, %v", tt.stem, lang, rest, ok, tt.lang, tt.rest, tt.ok)
		}
	}
}

func TestSetKey(t *testing.T) {
	tests := []struct {
		root, path, lang, key string
		ok                    bool
	}{
		{"corpus", "corpus/udhr/txt/udhr_eng.txt", "en", "corpus/udhr/txt/udhr", true},
		{"corpus", "corpus/ca-laws/eng/acts/T-3.4.xml", "en", "corpus/ca-laws/T-3.4", true},
		{"corpus", "corpus/ca-laws/fra/lois/T-3.4.xml", "fr", "corpus/ca-laws/T-3.4", true},
		{"corpus", "corpus/ca-laws/annual/fr/2025-c5_F.xml", "fr", "corpus/ca-laws/annual/2025-c5", true},
		{"docs/en", "docs/en/res75.docx", "en", "docs/res75", true},
		{"docs/zh-hans", "docs/zh-hans/res75.docx", "zh-Hans", "docs/res75", true},
		{"docs", "docs/pt-BR/res75.docx", "pt-BR", "docs/res75", true},
		{"docs", "docs/zh_Hant_TW/res75.docx", "zh-Hant-TW", "docs/res75", true},
		{"lir", "lir/LIR001-en-US-ordinal.docx", "en-US", "lir/LIR001-ordinal", true},
		{"x", "x/seed/000_cacf3a00fbb84b6b.txt", "", "", false},
		// A folder above the walked root is not read as a language.
		{"id/docs", "id/docs/report.txt", "", "", false},
	}
	for _, tt := range tests {
		lang, key, ok := SetKey(filepath.FromSlash(tt.root), filepath.FromSlash(tt.path))
		if lang != tt.lang || key != tt.key || ok != tt.ok {
			t.Errorf("SetKey(%q, %q) = %q, %q, %v; want %q, %q, %v", tt.root, tt.path, lang, key, ok, tt.lang, tt.key, tt.ok)
		}
	}
}

func TestParseLangArg(t *testing.T) {
	tests := []struct {
		arg, lang, path string
		ok              bool
	}{
		{"zh=seed.txt", "zh", "seed.txt", true},
		{"en-GB=a/b.docx", "en-GB", "a/b.docx", true},
		{"eng=x=y.txt", "en", "x=y.txt", true},
		{"a=b.txt", "", "", false},
		{"seed.txt", "", "", false},
		{"zh=", "", "", false},
		{"=x.txt", "", "", false},
		{"dir/zh=x.txt", "", "", false},
		{"eu=x.txt", "eu", "x.txt", true},
		{"zh-hant=x.txt", "zh-Hant", "x.txt", true},
		{"zh-Hant-TW=x.txt", "zh-Hant-TW", "x.txt", true},
		{"es-419=x.txt", "es-419", "x.txt", true},
		{"zh-Hant-TW-x=x.txt", "", "", false},
	}
	for _, tt := range tests {
		lang, path, ok := ParseLangArg(tt.arg)
		if lang != tt.lang || path != tt.path || ok != tt.ok {
			t.Errorf("ParseLangArg(%q) = %q, %q, %v; want %q, %q, %v", tt.arg, lang, path, ok, tt.lang, tt.path, tt.ok)
		}
	}
}

func writeTree(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// summary renders a grouping as "key: lang lang ..." lines with paths
// relative to dir, for comparison.
func summary(t *testing.T, dir string, g *Grouping) []string {
	t.Helper()
	var out []string
	for _, s := range g.Sets {
		key, err := filepath.Rel(dir, filepath.FromSlash(s.Key))
		if err != nil {
			t.Fatal(err)
		}
		var langs []string
		for _, f := range s.Files {
			langs = append(langs, f.Lang)
		}
		out = append(out, filepath.ToSlash(key)+": "+strings.Join(langs, " "))
	}
	for _, u := range g.Unmatched {
		rel, _ := filepath.Rel(dir, u)
		out = append(out, "unmatched "+filepath.ToSlash(rel))
	}
	return out
}

func TestFindSets(t *testing.T) {
	dir := writeTree(t,
		"un/A_RES_78_1-E.docx", "un/A_RES_78_1-F.docx", "un/A_RES_78_1-C.docx",
		"itu/T22-WTSA.24-C-0035!A18!MSW-E.docx", "itu/T22-WTSA.24-C-0035!A18!MSW-R.docx",
		"eu/CELEX-32017R2403-EN-TXT.html", "eu/CELEX-32017R2403-DE-TXT.html",
		"laws/eng/acts/T-3.4.xml", "laws/fra/lois/T-3.4.xml",
		"single/report_es.txt",
		"misc/SOURCE.txt", "misc/notes.md", "misc/INVENTORY.tsv",
		".hidden/x_en.txt",
	)
	g, err := FindSets([]string{dir}, GroupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"eu/CELEX-32017R2403-TXT: de en",
		"itu/T22-WTSA.24-C-0035!A18!MSW: en ru",
		"laws/T-3.4: en fr",
		"single/report: es",
		"un/A_RES_78_1: en fr zh",
		"unmatched misc/SOURCE.txt",
	}
	if got := summary(t, dir, g); !reflect.DeepEqual(got, want) {
		t.Errorf("sets:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if g.Skipped != 2 {
		t.Errorf("skipped %d non-documents, want 2", g.Skipped)
	}
	if s := g.Singles(); len(s) != 1 || !strings.HasSuffix(s[0], "single/report") {
		t.Errorf("singles = %q", s)
	}
}

func TestFindSetsOptions(t *testing.T) {
	dir := writeTree(t, "a/seed.txt", "a/seed_en.txt", "a/skip/x_en.txt", "a/skip/x_fr.txt")
	g, err := FindSets([]string{filepath.Join(dir, "a")}, GroupOptions{
		LangOf: func(p string) string {
			if filepath.Base(p) == "seed.txt" {
				return "zh"
			}
			return ""
		},
		Exclude: func(p string, isDir bool) bool { return isDir && filepath.Base(p) == "skip" },
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a/seed: en zh"}
	if got := summary(t, dir, g); !reflect.DeepEqual(got, want) {
		t.Errorf("sets = %q, want %q", got, want)
	}
}

func TestFindSetsMissingRoot(t *testing.T) {
	_, err := FindSets([]string{filepath.Join(t.TempDir(), "nope")}, GroupOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), "corpus: ") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("err = %v, want a one-line corpus: error", err)
	}
}

// TestFindSetsArchive lays out a directory like a real archive: the shared
// corpus as it is, plus copies of some of its files renamed with the UN,
// ITU and EUR-Lex conventions, and checks that exactly the right sets come
// out. The copies live only in the test's temporary directory.
func TestFindSetsArchive(t *testing.T) {
	src := testcorpus.Dir(t)
	archive := t.TempDir()
	copyTo := func(from, to string) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(from)))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(archive, filepath.FromSlash(to))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// UN symbols with one-letter suffixes.
	for code, lang := range map[string]string{"A": "arb", "C": "cmn_hans", "E": "eng", "F": "fra", "R": "rus", "S": "spa"} {
		copyTo("udhr/txt/udhr_"+lang+".txt", "un/A_RES_217(III)-"+code+".txt")
		copyTo("udhr/xml/udhr_"+lang+".xml", "itu/T22-WTSA.24-C-0035!A18!MSW-"+code+".xml")
	}
	// EUR-Lex, another language-folder layout, and an ISO 639-3 layout.
	for _, l := range []string{"EN", "ES", "FR"} {
		copyTo("eu-2017-2403/CELEX-32017R2403-"+l+"-TXT.html", "eurlex/OJ-L-2017-343-FULL-"+l+"-TXT.html")
		copyTo("eu-2017-2403/CELEX-32017R2403-"+l+"-TXT.html", "byfolder/"+strings.ToLower(l)+"/reg-2017-2403.html")
	}
	// BCP 47 tags with a region or a script inside the name (the Word
	// language-tag convention of the LIR files, "LIR001-en-US-ordinal"),
	// and locale folders; Simplified and Traditional Chinese stay two
	// versions.
	for from, tag := range map[string]string{"ar": "ar-SA", "en": "en-US", "es": "es-419", "fr": "fr-FR", "ru": "ru-RU", "zh-hans": "zh-Hans", "zh-hant": "zh-Hant"} {
		copyTo("cc-legalcode/by-nc-nd-4.0."+from+".html", "bcp47/CC-BY-NC-ND-"+tag+"-legalcode.html")
	}
	for from, tag := range map[string]string{"en": "en-GB", "zh-hans": "zh-Hans-CN", "zh-hant": "zh_Hant_TW"} {
		copyTo("cc-legalcode/by-nc-nd-4.0."+from+".html", "locales/"+tag+"/legalcode.html")
	}
	// The shared corpus is walked where it is (it is not copied), the
	// renamed copies in the archive beside it.
	g, err := FindSets([]string{src, archive}, GroupOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range g.Sets {
		var langs []string
		for _, f := range s.Files {
			langs = append(langs, f.Lang)
		}
		key := filepath.FromSlash(s.Key)
		rel, err := filepath.Rel(archive, key)
		if strings.HasPrefix(key, src) {
			rel, err = filepath.Rel(filepath.Dir(src), key)
			rel = "shared/" + strings.TrimPrefix(filepath.ToSlash(rel), filepath.Base(src)+"/")
		}
		if err != nil {
			t.Fatal(err)
		}
		got[filepath.ToSlash(rel)] = strings.Join(langs, " ")
	}
	six := "ar en es fr ru zh-Hans"
	want := map[string]string{
		"shared/udhr/txt/udhr":                     six,
		"shared/udhr/xml/udhr":                     six,
		"shared/eu-2017-2403/CELEX-32017R2403-TXT": "en es fr",
		"shared/cc-legalcode/by-nc-nd-4.0":         "ar en es fr ru zh-Hans zh-Hant",
		"shared/ca-laws/T-3.4":                     "en fr",
		"shared/ca-laws/R-2":                       "en fr",
		"shared/ca-laws/O-3.01":                    "en fr",
		"shared/ca-laws/annual/2025-c5":            "en fr",
		"shared/tw-laws/A0030055":                  "en zh",
		"shared/tw-laws/K0060111":                  "en zh",
		"shared/tw-laws/N0030001":                  "en zh",
		"shared/docx-revisions/RP/RP051":           "ar", // RP051-Arabic.docx: a single version
		// The LIR files carry BCP 47 tags with a region inside the name
		// (LIR005-fr-FR-cardinalText.docx): each is a single version.
		"shared/docx-revisions/LIR/LIR001-ordinal":                 "en-US",
		"shared/docx-revisions/LIR/LIR002-ordinalText":             "en-US",
		"shared/docx-revisions/LIR/LIR003-upperLetter":             "en-US",
		"shared/docx-revisions/LIR/LIR004-upperRoman":              "en-US",
		"shared/docx-revisions/LIR/LIR005-cardinalText":            "fr-FR",
		"shared/docx-revisions/LIR/LIR006-ordinal":                 "fr-FR",
		"shared/docx-revisions/LIR/LIR006-ordinalText":             "fr-FR",
		"shared/docx-revisions/LIR/LIR007-ordinalText":             "ru-RU",
		"shared/docx-revisions/LIR/LIR008-chineseCountingThousand": "zh-CH",
		"shared/docx-revisions/LIR/LIR009-chineseCounting":         "zh-CN",
		"shared/docx-revisions/LIR/LIR010-ideographTraditional":    "zh-CN",
		"shared/docx-revisions/LIR/LIR011-00001":                   "en-US",
		"shared/docx-revisions/LIR/LIR012-0001":                    "en-US",
		"shared/docx-revisions/LIR/LIR013-001":                     "en-US",
		"shared/docx-revisions/LIR/LIR014-01":                      "en-US",
		"shared/docx-revisions/LIR/LIR015-cardinalText":            "en-US",
		"shared/docx-revisions/LIR/LIR016-decimal":                 "en-US",
		"shared/docx-revisions/LIR/LIR017-decimalEnclosedCircle":   "en-US",
		"shared/docx-revisions/LIR/LIR018-decimalZero":             "en-US",
		"shared/docx-revisions/LIR/LIR019-lowerLetter":             "en-US",
		"shared/docx-revisions/LIR/LIR020-lowerRoman":              "en-US",
		"bcp47/CC-BY-NC-ND-legalcode":                              "ar-SA en-US es-419 fr-FR ru-RU zh-Hans zh-Hant",
		"locales/legalcode":                                        "en-GB zh-Hans-CN zh-Hant-TW",
		"un/A_RES_217(III)":                                        "ar en es fr ru zh",
		"itu/T22-WTSA.24-C-0035!A18!MSW":                           "ar en es fr ru zh",
		"eurlex/OJ-L-2017-343-FULL-TXT":                            "en es fr",
		"byfolder/reg-2017-2403":                                   "en es fr",
	}
	keys := func(m map[string]string) []string {
		var k []string
		for x := range m {
			k = append(k, x)
		}
		sort.Strings(k)
		return k
	}
	for _, k := range keys(want) {
		if got[k] != want[k] {
			t.Errorf("set %s: got %q, want %q", k, got[k], want[k])
		}
	}
	for _, k := range keys(got) {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected set %s: %q", k, got[k])
		}
	}
	// Unmatched files are reported: the seed (its name says nothing) is one.
	var seed bool
	for _, u := range g.Unmatched {
		if strings.HasSuffix(filepath.ToSlash(u), "seed/000_cacf3a00fbb84b6b.txt") {
			seed = true
		}
	}
	if !seed {
		t.Errorf("the seed is not reported as unmatched: %q", g.Unmatched)
	}
	// No file with a language tag in its name is left out.
	for _, u := range g.Unmatched {
		if strings.Contains(filepath.ToSlash(u), "/LIR/") || strings.Contains(u, archive) {
			t.Errorf("%s fits no set", u)
		}
	}
}

func FuzzLangFromName(f *testing.F) {
	for _, s := range []string{"udhr_eng", "udhr_cmn_hans", "CELEX-32017R2403-EN-TXT", "x!MSW-C", "en", "-", "a_b-c.d!e f", "RP051-Arabic", "é_fr"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, stem string) {
		lang, rest, ok := LangFromName(stem)
		if !ok {
			if lang != "" || rest != stem {
				t.Fatalf("not found but returned %q, %q", lang, rest)
			}
			return
		}
		if lang == "" || len(rest) >= len(stem) {
			t.Fatalf("LangFromName(%q) = %q, %q", stem, lang, rest)
		}
		parts := strings.Split(lang, "-")
		if _, ok := code(parts[0]); !ok || len(parts) > 3 {
			t.Fatalf("LangFromName(%q) gave %q, which is not a language tag", stem, lang)
		}
		for _, sub := range parts[1:] {
			if c, ok := subtag(sub); !ok || c != sub {
				t.Fatalf("LangFromName(%q) gave %q, which is not a language tag", stem, lang)
			}
		}
	})
}
