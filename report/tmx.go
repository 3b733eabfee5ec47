package report

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// TMX 1.4 wire structs.
type tmxDoc struct {
	XMLName xml.Name  `xml:"tmx"`
	Version string    `xml:"version,attr"`
	Header  tmxHeader `xml:"header"`
	Body    []tmxTU   `xml:"body>tu"`
}

type tmxHeader struct {
	CreationTool        string    `xml:"creationtool,attr"`
	CreationToolVersion string    `xml:"creationtoolversion,attr"`
	SegType             string    `xml:"segtype,attr"`
	OTMF                string    `xml:"o-tmf,attr"`
	AdminLang           string    `xml:"adminlang,attr"`
	SrcLang             string    `xml:"srclang,attr"`
	DataType            string    `xml:"datatype,attr"`
	Props               []tmxProp `xml:"prop"`
}

type tmxProp struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type tmxTU struct {
	TUID  string    `xml:"tuid,attr"`
	Props []tmxProp `xml:"prop"`
	TUVs  []tmxTUV  `xml:"tuv"`
}

type tmxTUV struct {
	Lang  string    `xml:"xml:lang,attr"`
	Props []tmxProp `xml:"prop"`
	Seg   string    `xml:"seg"`
}

// TMXVersion is the version of parity's TMX output (creationtoolversion).
const TMXVersion = "1"

// AlignTMX prints an alignment as a TMX 1.4 translation memory that CAT
// tools import: srclang is the pivot's language, one <tu> per row with a
// <tuv> for each version that has blocks in the row (xml:lang is the
// version's language; props carry the version ID, its block indexes, and
// the row's confidence, reason and moved flag). Segments are the blocks'
// texts, markers included, joined by spaces. The output declares and is
// valid against tmx14.dtd.
func AlignTMX(w io.Writer, r *Result) error {
	al, err := alCheck(r)
	if err != nil {
		return err
	}
	langOf := func(v int) string {
		d := r.Versions[v]
		if d.Lang != "" && d.Lang != "und" {
			return VersionTag(d.Lang, al.Versions[v])
		}
		return al.Versions[v]
	}
	doc := tmxDoc{
		Version: "1.4",
		Header: tmxHeader{
			CreationTool: "parity", CreationToolVersion: TMXVersion, SegType: "paragraph",
			OTMF: "parity", AdminLang: "en", SrcLang: langOf(al.Pivot), DataType: "plaintext",
		},
	}
	if r.Key != "" {
		doc.Header.Props = append(doc.Header.Props, tmxProp{"x-parity-set", r.Key})
	}
	for n, row := range al.Rows {
		tu := tmxTU{TUID: strconv.Itoa(n + 1), Props: []tmxProp{
			{"x-parity-confidence", strconv.FormatFloat(row.Confidence, 'f', 3, 64)},
			{"x-parity-reason", row.Reason},
		}}
		if row.Moved {
			tu.Props = append(tu.Props, tmxProp{"x-parity-moved", "true"})
		}
		for v, c := range row.Cells {
			if len(c) == 0 {
				continue
			}
			idx := make([]string, len(c))
			for i, x := range c {
				idx[i] = strconv.Itoa(x)
			}
			tu.TUVs = append(tu.TUVs, tmxTUV{
				Lang: langOf(v),
				Props: []tmxProp{
					{"x-parity-version", al.Versions[v]},
					{"x-parity-blocks", strings.Join(idx, " ")},
				},
				Seg: alXMLSafe(alOneLine(alCellText(r.Versions[v], c))),
			})
		}
		doc.Body = append(doc.Body, tu)
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<!DOCTYPE tmx SYSTEM "tmx14.dtd">` + "\n")
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// VersionTag returns the BCP 47 tag of a version whose language is lng
// and whose ID in the set is id, for xml:lang: the ID itself when it is
// the language with a script or region ("zh-Hans", "en-GB"); for a second
// version in the same language ("zh-2", "zh-Hans-2"), the tag with the
// number as a private-use subtag ("zh-x-2", "zh-Hans-x-2"), so that every
// version has a distinct, valid tag; else the language.
func VersionTag(lng, id string) string {
	if !strings.HasPrefix(strings.ToLower(id), strings.ToLower(lng)+"-") {
		return lng
	}
	tag := []string{lng}
	rest := strings.Split(id[len(lng)+1:], "-")
	for i, p := range rest {
		switch {
		case len(p) == 4 && isLetters(p), len(p) == 2 && isLetters(p), len(p) == 3 && isDigits(p):
			tag = append(tag, p)
		case isDigits(p) && i == len(rest)-1:
			tag = append(tag, "x", p)
		default:
			return lng
		}
	}
	return strings.Join(tag, "-")
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// alXMLSafe drops the characters XML 1.0 cannot carry (most C0 controls,
// unpaired surrogates, U+FFFE/U+FFFF).
func alXMLSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
			return -1
		}
		return r
	}, s)
}
