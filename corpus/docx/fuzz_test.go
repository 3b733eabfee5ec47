package docx

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/paritydoc/parity/corpus"
)

// fuzzSeeds are small documents exercising numbering, revisions, fields,
// tables and notes; the committed corpus in testdata/fuzz/FuzzRead holds
// them and a few bytes of real files (regenerate with DOCX_WRITE_SEEDS=1).
func fuzzSeeds(t testing.TB) map[string][]byte {
	num := `<w:numbering ` + wNS + `><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="ordinalText"/><w:lvlText w:val="%1.%2"/><w:lvlRestart w:val="1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`
	seeds := map[string][]byte{
		"simple": makeDocx(t, map[string]string{"word/document.xml": body(`<w:p><w:r><w:t>Hello</w:t></w:r></w:p>`)}),
		"numbered-revisions": makeDocx(t, map[string]string{
			"word/document.xml": body(`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:ins w:id="2" w:author="a"><w:r><w:t>new</w:t></w:r></w:ins><w:del w:id="3" w:author="a"><w:r><w:delText>old</w:delText></w:r></w:del></w:p>` +
				`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:pPrChange w:id="4" w:author="a"><w:pPr/></w:pPrChange></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`),
			"word/numbering.xml": num,
			"word/footnotes.xml": `<w:footnotes ` + wNS + `><w:footnote w:id="1"><w:p><w:r><w:t>n</w:t></w:r></w:p></w:footnote></w:footnotes>`,
		}),
		"table":     makeDocx(t, map[string]string{"word/document.xml": body(`<w:tbl><w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>(a)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)}),
		"malformed": makeDocx(t, map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body><w:p>`}),
		"not-zip":   []byte("PK\x03\x04 not really"),
	}
	return seeds
}

func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		final, original, err := ReadBoth("fuzz.docx", data, corpus.Options{MaxBytes: 8 << 20})
		if err != nil {
			if final != nil || original != nil {
				t.Fatal("documents returned with an error")
			}
			if msg := err.Error(); len(msg) == 0 || containsNewline(msg) {
				t.Fatalf("error is not one line: %q", msg)
			}
			return
		}
		for _, doc := range []*corpus.Document{final, original} {
			for i, b := range doc.Blocks {
				if b.Index != i {
					t.Fatalf("%s view: block %d has index %d", doc.View, i, b.Index)
				}
				if b.Line < 0 {
					t.Fatalf("%s view: block %d has line %d", doc.View, i, b.Line)
				}
			}
		}
	})
}

func containsNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// TestWriteFuzzSeeds writes the committed seed corpus (only with
// DOCX_WRITE_SEEDS=1 and the shared corpus present for the real-file bytes).
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("DOCX_WRITE_SEEDS") == "" {
		t.Skip("set DOCX_WRITE_SEEDS=1 to rewrite testdata/fuzz/FuzzRead")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzRead")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	seeds := fuzzSeeds(t)
	if real := os.Getenv("DOCX_REAL_PREFIX"); real != "" {
		if data, err := os.ReadFile(real); err == nil && len(data) > 3000 {
			seeds["real-prefix"] = data[:3000]
		}
	}
	for name, data := range seeds {
		content := fmt.Sprintf("go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(data)))
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
