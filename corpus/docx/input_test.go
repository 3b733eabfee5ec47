package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// makeDocx builds a DOCX archive from part name → content. Parts are
// written in sorted order so the bytes are deterministic.
func makeDocx(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sortStrings(names)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// body wraps paragraphs' XML in a document part.
func body(xml string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + xml + `</w:body></w:document>`
}

func TestBadInput(t *testing.T) {
	bomb := makeDocx(t, map[string]string{"word/document.xml": body(`<w:p><w:r><w:t>` + strings.Repeat("a", 3<<20) + `</w:t></w:r></w:p>`)})
	manyEntries := func() []byte {
		parts := map[string]string{"word/document.xml": body("")}
		for i := 0; i < DefaultMaxEntries+1; i++ {
			parts[fmt.Sprintf("x/%05d", i)] = ""
		}
		return makeDocx(t, parts)
	}()
	good := makeDocx(t, map[string]string{"word/document.xml": body(`<w:p><w:r><w:t>Hello</w:t></w:r></w:p>`)})
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	cases := []struct {
		name  string
		data  []byte
		opts  corpus.Options
		is    error
		wants []string
	}{
		{"not a zip", []byte("just some text"), corpus.Options{}, ErrNotDocx, []string{"not a zip archive"}},
		{"truncated", good[:len(good)/2], corpus.Options{}, ErrNotDocx, []string{"truncated"}},
		{"encrypted or legacy", ole, corpus.Options{}, ErrEncrypted, []string{"save as .docx without a password"}},
		{"no document part", makeDocx(t, map[string]string{"word/styles.xml": "<styles/>"}), corpus.Options{}, ErrNotDocx, []string{"word/document.xml"}},
		{"malformed xml", makeDocx(t, map[string]string{"word/document.xml": body(`<w:p><w:r><w:t>x</w:r></w:p>`)}), corpus.Options{}, ErrMalformed, []string{"word/document.xml"}},
		{"malformed styles", makeDocx(t, map[string]string{"word/document.xml": body(""), "word/styles.xml": "<w:styles " + wNS + "><w:style>"}), corpus.Options{}, ErrMalformed, []string{"word/styles.xml"}},
		{"entity expansion", makeDocx(t, map[string]string{"word/document.xml": `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document ` + wNS + `><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`}), corpus.Options{}, ErrEntity, []string{"word/document.xml"}},
		{"entity in numbering", makeDocx(t, map[string]string{"word/document.xml": body(""), "word/numbering.xml": `<!DOCTYPE x [<!ENTITY a "b">]><w:numbering ` + wNS + `/>`}), corpus.Options{}, ErrEntity, []string{"word/numbering.xml"}},
		{"zip bomb above --max-size", bomb, corpus.Options{MaxBytes: 1 << 20}, ErrLimit, []string{"--max-size", "1MiB"}},
		{"too many entries", manyEntries, corpus.Options{}, ErrLimit, []string{"entries", "10000"}},
		{"unknown view", good, corpus.Options{View: "both"}, nil, []string{"unknown view"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("in.docx", c.data, c.opts)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			var ie *corpus.InputError
			if !errors.As(err, &ie) || ie.Path != "in.docx" {
				t.Errorf("error %T is not a corpus.InputError naming the file: %v", err, err)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %q is not %v", msg, c.is)
			}
			if strings.Contains(msg, "\n") || !strings.Contains(msg, "in.docx") {
				t.Errorf("error is not one line naming the file: %q", msg)
			}
			for _, w := range c.wants {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not say %q", msg, w)
				}
			}
		})
	}
	// Within the limit, the same archive reads.
	if _, err := Read("in.docx", bomb, corpus.Options{}); err != nil {
		t.Errorf("3 MiB document under the default limit: %v", err)
	}
}

// TestFeatures reads small documents built here, one feature each.
func TestFeatures(t *testing.T) {
	numbering := `<w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="upperRoman"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="arabicAbjad"/><w:lvlText w:val="%1)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%1)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2/"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>`
	styles := `<w:styles ` + wNS + `>
<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="Titre 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Custom"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNum"><w:name w:val="List Num"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
</w:styles>`
	footnotes := `<w:footnotes ` + wNS + `>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A note.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="9"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Deleted note.</w:t></w:r></w:p></w:footnote>
</w:footnotes>`
	p := func(num, lvl, text string) string {
		np := ""
		if num != "" {
			np = `<w:pPr><w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + num + `"/></w:numPr></w:pPr>`
		}
		return `<w:p>` + np + `<w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	cases := []struct {
		name  string
		body  string
		view  string
		wants []string // "marker|text|kind|revision|refs" per block
	}{
		{"levels restart and continue", p("1", "0", "A") + p("1", "1", "B") + p("1", "1", "C") + p("", "", "between") + p("1", "0", "D") + p("1", "1", "E") + p("1", "2", "F"), "",
			[]string{"1.|A|item|none|", "(a)|B|item|none|", "(b)|C|item|none|", "|between|paragraph|none|", "2.|D|item|none|", "(a)|E|item|none|", "i)|F|item|none|"}},
		{"startOverride restarts a shared list", p("1", "0", "A") + p("1", "0", "B") + p("2", "0", "C") + p("2", "0", "D"), "",
			[]string{"1.|A|item|none|", "2.|B|item|none|", "5.|C|item|none|", "6.|D|item|none|"}},
		{"level override replaces a level", p("6", "0", "A") + p("6", "1", "B") + p("6", "1", "C"), "",
			[]string{"1.|A|item|none|", "C/|B|item|none|", "D/|C|item|none|"}},
		{"multi-level, isLgl, lvlRestart 0", p("3", "0", "A") + p("3", "1", "B") + p("3", "2", "C") + p("3", "1", "D") + p("3", "2", "E"), "",
			[]string{"1|A|item|none|", "1.1|B|item|none|", "1.1.1|C|item|none|", "1.2|D|item|none|", "1.2.2|E|item|none|"}},
		{"numbering from a style, abjad letters", `<w:p><w:pPr><w:pStyle w:val="ListNum"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>` +
			`<w:p><w:pPr><w:pStyle w:val="ListNum"/></w:pPr><w:r><w:t>y</w:t></w:r></w:p>` + strings.Repeat(`<w:p><w:pPr><w:pStyle w:val="ListNum"/></w:pPr></w:p>`, 3) +
			`<w:p><w:pPr><w:pStyle w:val="ListNum"/></w:pPr><w:r><w:t>z</w:t></w:r></w:p>`, "",
			[]string{"أ)|x|item|none|", "ب)|y|item|none|", "ج)||item|none|", "د)||item|none|", "ه)||item|none|", "و)|z|item|none|"}},
		{"russian letters skip й", strings.Repeat(p("5", "0", "x"), 10), "",
			[]string{"а)|x|item|none|", "б)|x|item|none|", "в)|x|item|none|", "г)|x|item|none|", "д)|x|item|none|", "е)|x|item|none|", "ж)|x|item|none|", "з)|x|item|none|", "и)|x|item|none|", "к)|x|item|none|"}},
		{"headings by localized name and outline level", `<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Titre</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Outline"/></w:pPr><w:r><w:t>Sub</w:t></w:r></w:p>`, "",
			[]string{"|Titre|heading|none|", "|Sub|heading|none|"}},
		{"fields show their result", `<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Article 5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t xml:space="preserve"> p.3</w:t></w:r></w:fldSimple></w:p>`, "",
			[]string{"|See Article 5 p.3|paragraph|none|"}},
		{"content controls, tabs and breaks", `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p></w:sdtContent></w:sdt>`, "",
			[]string{"|a\tb\nc|paragraph|none|"}},
		{"footnotes numbered by first reference, final", `<w:p><w:r><w:t>Text</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:footnoteReference w:id="9"/></w:r></w:del><w:r><w:footnoteReference w:id="7"/></w:r></w:p>`, "",
			[]string{"|Text|paragraph|changed|1", "|A note.|footnote|none|"}},
		{"footnotes numbered by first reference, original", `<w:p><w:r><w:t>Text</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:footnoteReference w:id="9"/></w:r></w:del><w:r><w:footnoteReference w:id="7"/></w:r></w:p>`, "original",
			[]string{"|Text|paragraph|changed|1,2", "|Deleted note.|footnote|deleted|", "|A note.|footnote|none|"}},
		{"hidden text is not shown", `<w:p><w:r><w:t xml:space="preserve">shown </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>too</w:t></w:r></w:p>`, "",
			[]string{"|shown too|paragraph|none|"}},
		{"custom footnote mark", `<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="7"/><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> more</w:t></w:r><w:r><w:footnoteReference w:id="9"/></w:r></w:p>`, "",
			[]string{"|Text more|paragraph|none|*,1", "|A note.|footnote|none|", "|Deleted note.|footnote|none|"}},
		{"deleted paragraph mark merges paragraphs in the final view", `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">One </w:t></w:r></w:p><w:p><w:r><w:t>two</w:t></w:r></w:p>`, "",
			[]string{"|One two|paragraph|changed|"}},
		{"deleted paragraph mark, original view", `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">One </w:t></w:r></w:p><w:p><w:r><w:t>two</w:t></w:r></w:p>`, "original",
			[]string{"|One|paragraph|changed|", "|two|paragraph|none|"}},
		{"inserted paragraph mark splits paragraphs only in the final view", `<w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">One </w:t></w:r></w:p><w:p><w:r><w:t>two</w:t></w:r></w:p>`, "original",
			[]string{"|One two|paragraph|changed|"}},
		{"numbering property change: original numbering", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr><w:pPrChange w:id="3" w:author="a"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`, "original",
			[]string{"а)|x|item|changed|"}},
		{"row whose first cell is a marker is one item", `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>(a)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>the first point;</w:t></w:r></w:p></w:tc></w:tr>` +
			`<w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Value</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, "",
			[]string{"(a)|the first point;|item|none|", "|Name|paragraph|none|", "|Value|paragraph|none|"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := makeDocx(t, map[string]string{
				"word/document.xml":  body(c.body),
				"word/numbering.xml": numbering,
				"word/styles.xml":    styles,
				"word/footnotes.xml": footnotes,
			})
			doc, err := Read("t.docx", data, corpus.Options{View: c.view})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range doc.Blocks {
				m := ""
				if b.Marker != nil {
					m = b.Marker.Raw
				}
				// Marker and text together: a typed marker may stay in the
				// text or be parsed out of it, the reader does not decide.
				got = append(got, strings.Join([]string{strings.TrimSpace(m + " " + b.Text), b.Kind.String(), b.Revision.String(), strings.Join(b.FootnoteRefs(), ",")}, "|"))
			}
			var want []string
			for _, w := range c.wants {
				f := strings.SplitN(w, "|", 3)
				want = append(want, strings.TrimSpace(f[0]+" "+f[1])+"|"+f[2])
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestRegistered: corpus.Read recognises a DOCX file by its content.
func TestRegistered(t *testing.T) {
	data := makeDocx(t, map[string]string{"word/document.xml": body(`<w:p><w:r><w:t>Hello</w:t></w:r></w:p>`)})
	doc, err := corpus.Read("noext", data, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "docx" || len(doc.Blocks) != 1 || doc.Blocks[0].Text != "Hello" || doc.View != ViewFinal {
		t.Errorf("corpus.Read: format %q view %q blocks %+v", doc.Format, doc.View, doc.Blocks)
	}
}

func TestRealFilesSniff(t *testing.T) {
	path := testcorpus.Path(t, "docx-pandoc/lists.docx")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !Sniff(data) {
		t.Errorf("%s not recognised as DOCX", filepath.Base(path))
	}
	if Sniff([]byte("PK\x03\x04 plain zip")) {
		t.Error("a zip without word/ parts recognised as DOCX")
	}
}

// TestLinearTime: a paragraph of very many runs, or many fields left
// open, is read in linear time (a quadratic reader would take minutes).
func TestLinearTime(t *testing.T) {
	const n = 100000
	runs := strings.Repeat(`<w:r><w:t>x</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>y</w:t></w:r></w:ins>`, n/2)
	fields := strings.Repeat(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`, n) + `<w:r><w:t>hidden</w:t></w:r>`
	marks := strings.Repeat(`<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`, n/4)
	for name, xml := range map[string]string{"runs": runs, "fields": fields, "deleted marks": marks} {
		if name != "deleted marks" {
			xml = `<w:p>` + xml + `</w:p>`
		}
		data := makeDocx(t, map[string]string{"word/document.xml": body(xml + `<w:p><w:r><w:t>end</w:t></w:r></w:p>`)})
		start := time.Now()
		doc, err := Read("big.docx", data, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: %v to read", name, d)
		}
		if name == "runs" && len(doc.Blocks[0].Text) != n {
			t.Errorf("runs: text of %d bytes, want %d", len(doc.Blocks[0].Text), n)
		}
		if name == "deleted marks" && (len(doc.Blocks) != 1 || len(doc.Blocks[0].Text) != n/4+3) {
			t.Errorf("deleted marks: %d blocks, want the paragraphs merged into one", len(doc.Blocks))
		}
		if name == "fields" && len(doc.Blocks) != 0 {
			t.Errorf("fields: text inside unterminated field instructions shown: %d blocks", len(doc.Blocks))
		}
	}
}
