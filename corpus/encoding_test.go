package corpus

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Sample texts written for these tests, two lines each, in the scripts
// whose legacy encodings parity detects.
var (
	sampleRu = "Статья 7\nКаждый человек имеет право на образование, на труд и на отдых; государство обязано обеспечить эти права всем гражданам без исключения.\n"
	sampleAr = "المادة 7\nلكل شخص الحق في التعليم والعمل والراحة، وعلى الدولة أن تكفل هذه الحقوق لجميع المواطنين دون استثناء.\n"
	sampleFr = "Article 7\nToute personne a droit à l'éducation, au travail et au repos ; l'État garantit ces droits à tous les citoyens sans exception, même à l'étranger.\n"
	sampleZh = "第七条\n人人有受教育、工作和休息的权利；国家应当保障全体公民无例外地享有这些权利，并为此制定必要的措施。\n"
	sampleTw = "第七條\n人人有受教育、工作和休息的權利；國家應當保障全體公民無例外地享有這些權利，並為此制定必要的措施。\n"
	sampleEn = "Article 7\nEveryone has the right to education, to work and to rest; the State shall guarantee these rights to all citizens without exception.\n"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding sample: %v", err)
	}
	return b
}

func TestEncodingDetection(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	for _, tc := range []struct {
		name   string
		data   []byte
		text   string
		want   string
		forced string
	}{
		{"utf-8", []byte(sampleRu), sampleRu, "utf-8", ""},
		{"utf-8 with bom", append([]byte("\xEF\xBB\xBF"), sampleZh...), sampleZh, "utf-8", ""},
		{"ascii", []byte(sampleEn), sampleEn, "utf-8", ""},
		{"utf-16le bom", append([]byte{0xFF, 0xFE}, encode(t, le, sampleZh)...), sampleZh, "utf-16le", ""},
		{"utf-16be bom", append([]byte{0xFE, 0xFF}, encode(t, be, sampleAr)...), sampleAr, "utf-16be", ""},
		{"utf-16le no bom", encode(t, le, sampleFr), sampleFr, "utf-16le", ""},
		{"utf-16be no bom", encode(t, be, sampleRu), sampleRu, "utf-16be", ""},
		{"gb18030", encode(t, simplifiedchinese.GB18030, sampleZh), sampleZh, "gb18030", ""},
		{"big5", encode(t, traditionalchinese.Big5, sampleTw), sampleTw, "big5", ""},
		{"windows-1251", encode(t, charmap.Windows1251, sampleRu), sampleRu, "windows-1251", ""},
		{"windows-1252", encode(t, charmap.Windows1252, sampleFr), sampleFr, "windows-1252", ""},
		{"windows-1256", encode(t, charmap.Windows1256, sampleAr), sampleAr, "windows-1256", ""},
		{"forced gbk name", encode(t, simplifiedchinese.GBK, sampleZh), sampleZh, "gbk", "GBK"},
		{"forced windows-1251 on bytes that would guess otherwise", encode(t, charmap.Windows1251, sampleRu), sampleRu, "windows-1251", "cp1251"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read("sample.txt", tc.data, Options{Encoding: tc.forced})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Encoding != tc.want {
				t.Errorf("encoding %s, want %s", doc.Encoding, tc.want)
			}
			lines := strings.Split(strings.TrimSuffix(tc.text, "\n"), "\n")
			if len(doc.Blocks) != len(lines) {
				t.Fatalf("%d blocks, want %d: %+v", len(doc.Blocks), len(lines), doc.Blocks)
			}
			// The second line's text comes back exactly.
			if doc.Blocks[1].Text != lines[1] {
				t.Errorf("text %q, want %q", doc.Blocks[1].Text, lines[1])
			}
			checkInvariants(t, doc)
		})
	}
}

func TestLineEndings(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"lf", "a) one\nb) two\n\nc) three\n"},
		{"crlf", "a) one\r\nb) two\r\n\r\nc) three\r\n"},
		{"cr", "a) one\rb) two\r\rc) three\r"},
		{"no final newline", "a) one\nb) two\n\nc) three"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read("x.txt", []byte(tc.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range doc.Blocks {
				got = append(got, b.Marker.Raw+b.Text+"@"+string(rune('0'+b.Line)))
			}
			if want := "a)one@1 b)two@2 c)three@4"; strings.Join(got, " ") != want {
				t.Errorf("got %v, want %s", got, want)
			}
			checkInvariants(t, doc)
		})
	}
}

// TestMarkupDeclaredEncoding: an HTML <meta charset> and an XML
// declaration name the encoding of the bytes that follow.
func TestMarkupDeclaredEncoding(t *testing.T) {
	ru := "Каждый человек имеет право на образование и на отдых."
	for _, tc := range []struct {
		name, path, head, tail, want string
		enc                          encoding.Encoding
	}{
		{"meta charset", "a.html", `<html><head><meta charset="windows-1251"></head><body><p>`, `</p></body></html>`, "windows-1251", charmap.Windows1251},
		{"meta http-equiv", "a.html", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>`, `</p></body></html>`, "koi8-r", charmap.KOI8R},
		{"xml declaration", "a.xml", `<?xml version="1.0" encoding="windows-1251"?><doc><p>`, `</p></doc>`, "windows-1251", charmap.Windows1251},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := append([]byte(tc.head), encode(t, tc.enc, ru)...)
			data = append(data, tc.tail...)
			doc, err := Read(tc.path, data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Encoding != tc.want {
				t.Errorf("encoding %s, want %s", doc.Encoding, tc.want)
			}
			if len(doc.Blocks) != 1 || doc.Blocks[0].Text != ru {
				t.Errorf("blocks %+v, want one with %q", doc.Blocks, ru)
			}
		})
	}
	// A page that declares UTF-8 but holds Latin-1 bytes is an error
	// naming the line, like --encoding utf-8.
	_, err := Read("bad.html", []byte("<meta charset=\"utf-8\">\n<p>caf\xe9</p>"), Options{})
	if err == nil || !strings.Contains(err.Error(), "bad.html:2: invalid UTF-8") {
		t.Errorf("err = %v, want invalid UTF-8 on line 2", err)
	}
}

// TestStrayInvalidByte: a UTF-8 file with one invalid byte is reported as
// invalid UTF-8 on its line, not read as a legacy encoding that would
// garble the rest.
func TestStrayInvalidByte(t *testing.T) {
	data := []byte(strings.Repeat(sampleZh, 3) + "第八条\n一个坏字节\xff在这里。\n")
	_, err := Read("stray.txt", data, Options{})
	if err == nil || !strings.Contains(err.Error(), "stray.txt:8: invalid UTF-8") {
		t.Errorf("err = %v, want invalid UTF-8 on line 8", err)
	}
}

// TestUTF8InPlace: UTF-8 text is read in place (Source is the caller's
// bytes, after a byte order mark), and bytes that turn out not to be UTF-8
// far into the file take the decoding path, with the same answers as
// when the whole file was checked first.
func TestUTF8InPlace(t *testing.T) {
	t.Run("shared", func(t *testing.T) {
		for _, forced := range []string{"", "utf8", "UTF-8"} {
			data := []byte(sampleZh)
			doc, err := Read("zh.txt", data, Options{Encoding: forced})
			if err != nil {
				t.Fatal(err)
			}
			if unsafe.StringData(doc.Source) != &data[0] {
				t.Errorf("--encoding %q: Source is a copy of the bytes read", forced)
			}
			bom := append([]byte("\xEF\xBB\xBF"), sampleZh...)
			if doc, err = Read("zh.txt", bom, Options{Encoding: forced}); err != nil {
				t.Fatal(err)
			}
			if unsafe.StringData(doc.Source) != &bom[3] || doc.Encoding != "utf-8" {
				t.Errorf("--encoding %q: with a BOM, Source is not the bytes after it (%s)", forced, doc.Encoding)
			}
		}
	})
	ascii := strings.Repeat("Article 1\nThe text of the article.\n\n", 3000) // about 100 KB
	t.Run("legacy byte after 64 KB", func(t *testing.T) {
		data := append([]byte(ascii), encode(t, charmap.Windows1252, sampleFr)...)
		doc, err := Read("fr.txt", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Encoding != "windows-1252" {
			t.Errorf("encoding %s, want windows-1252", doc.Encoding)
		}
		if !strings.Contains(doc.Source, strings.Split(sampleFr, "\n")[1]) {
			t.Errorf("the French text does not come back decoded")
		}
		checkInvariants(t, doc)
	})
	t.Run("invalid byte after 64 KB", func(t *testing.T) {
		lines := strings.Count(ascii, "\n") + strings.Count(sampleZh, "\n")
		data := []byte(sampleZh + ascii + "一个坏字节\xff在这里。\n")
		_, err := Read("zh.txt", data, Options{})
		want := fmt.Sprintf("zh.txt:%d: invalid UTF-8", lines+1)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
	})
	t.Run("NUL after 64 KB", func(t *testing.T) {
		_, err := Read("nul.txt", []byte(sampleZh+ascii+"x\x00y\n"), Options{})
		if !errors.Is(err, ErrBinary) {
			t.Errorf("err = %v, want ErrBinary", err)
		}
	})
}

// TestNamedEncodingNUL: with --encoding, a NUL is a control character the
// reader drops, as before text was read in place; detection alone calls
// such a file binary.
func TestNamedEncodingNUL(t *testing.T) {
	data := []byte("Article 1\nText\x00 here.\n")
	for _, enc := range []string{"utf-8", "windows-1252"} {
		doc, err := Read("nul.txt", data, Options{Encoding: enc})
		if err != nil {
			t.Fatalf("--encoding %s: %v", enc, err)
		}
		if len(doc.Blocks) != 2 || doc.Blocks[1].Text != "Text here." {
			t.Errorf("--encoding %s: blocks %+v, want the heading and \"Text here.\"", enc, doc.Blocks)
		}
	}
	if _, err := Read("nul.txt", data, Options{}); !errors.Is(err, ErrBinary) {
		t.Errorf("detected: err = %v, want ErrBinary", err)
	}
}
