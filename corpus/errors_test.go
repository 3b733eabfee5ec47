package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBadInput checks that every kind of bad input gives one clear line
// naming the file (and the line where known), an InputError, the right
// sentinel, and no panic.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	laughs := `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>
`
	htmlLaughs := `<!DOCTYPE html [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
]>
<html><body><p>&b;&b;&b;</p></body></html>
`
	deepXML := "<?xml version=\"1.0\"?>" + strings.Repeat("<a>", 2000) + "x" + strings.Repeat("</a>", 2000)
	deepHTML := "<!DOCTYPE html><html><body>" + strings.Repeat("<div>", 2000) + "x"
	for _, tc := range []struct {
		name     string
		path     string
		opts     Options
		sentinel error
		want     string // substring of the message
		line     int
	}{
		{name: "missing", path: filepath.Join(dir, "nope.txt"), want: "no such file"},
		{name: "directory", path: dir, want: "is a directory"},
		{name: "empty", path: write("empty.txt", nil), sentinel: ErrEmpty, want: "empty file"},
		{name: "blank", path: write("blank.txt", []byte(" \n\r\n\t\n")), sentinel: ErrEmpty},
		{name: "bom only", path: write("bom.txt", []byte("\xEF\xBB\xBF")), sentinel: ErrEmpty},
		{name: "binary", path: write("data.bin", []byte("abc\x00\x01\x02\x00\xff\xfe\x00\x00\x13\x00zz\x00")), sentinel: ErrBinary, want: "binary file"},
		{name: "binary nul after text", path: write("late.txt", []byte(strings.Repeat("text line\n", 50)+"\x00\x00x")), sentinel: ErrBinary},
		{name: "xml entity expansion", path: write("lol.xml", []byte(laughs)), sentinel: ErrEntity, want: "entity declarations are not allowed", line: 3},
		{name: "html entity expansion", path: write("lol.html", []byte(htmlLaughs)), sentinel: ErrEntity, line: 2},
		{name: "xml entity in a file named .txt", path: write("lol.txt", []byte(laughs)), sentinel: ErrEntity},
		{name: "forced utf-8 invalid", path: write("latin1.txt", []byte("line one\nline two\nd\xe9j\xe0 vu\n")), opts: Options{Encoding: "utf-8"}, want: "invalid UTF-8", line: 3},
		{name: "unknown encoding", path: write("x.txt", []byte("hello")), opts: Options{Encoding: "klingon-8"}, want: `unknown encoding "klingon-8"`},
		{name: "size limit", path: write("big.txt", []byte(strings.Repeat("a line of text\n", 200))), opts: Options{MaxBytes: 1000}, sentinel: ErrTooLarge, want: "above the 1000 bytes limit (raise it with --max-size)"},
		{name: "pdf", path: write("doc.pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")), sentinel: ErrUnsupported, want: "PDF (parity reads "},
		{name: "legacy word", path: write("doc.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00")), sentinel: ErrUnsupported, want: "legacy Word"},
		{name: "png", path: write("img.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), sentinel: ErrUnsupported, want: "PNG image"},
		{name: "unknown format option", path: write("y.txt", []byte("hello")), opts: Options{Format: "pdf"}, sentinel: ErrUnsupported, want: `unsupported format "pdf" (parity reads `},
		{name: "malformed xml", path: write("bad.xml", []byte("<?xml version=\"1.0\"?>\n<a>\n<b></a>\n")), want: "xml:", line: 3},
		{name: "deep xml", path: write("deep.xml", []byte(deepXML)), want: "nested more than 512 deep"},
		{name: "deep html", path: write("deep.html", []byte(deepHTML)), want: "512"},
		{name: "unknown view", path: write("v.txt", []byte("hello")), opts: Options{View: "sideways"}, want: `unknown view "sideways"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan struct{})
			var err error
			go func() {
				defer close(done)
				_, err = ReadFile(tc.path, tc.opts)
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("reading did not finish in 10s")
			}
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %q is %T, not an *InputError", msg, err)
			}
			if !strings.HasPrefix(msg, "corpus: "+tc.path) {
				t.Errorf("message %q does not start with corpus: and the path", msg)
			}
			if strings.ContainsAny(msg, "\n\r") {
				t.Errorf("message spans several lines: %q", msg)
			}
			if tc.sentinel != nil && !errors.Is(err, tc.sentinel) {
				t.Errorf("error %q is not %v", msg, tc.sentinel)
			}
			if tc.want != "" && !strings.Contains(msg, tc.want) {
				t.Errorf("message %q does not contain %q", msg, tc.want)
			}
			if tc.line != 0 && ie.Line != tc.line {
				t.Errorf("line %d, want %d (%s)", ie.Line, tc.line, msg)
			}
		})
	}
}

// TestSizeLimitBeforeReading shows that a file above the limit is refused
// from its size alone: a 200 MB sparse file costs no reading.
func TestSizeLimitBeforeReading(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Skipf("cannot make a sparse file: %v", err)
	}
	f.Close()
	start := time.Now()
	_, err = ReadFile(p, Options{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "200MiB is above the 64MiB limit (raise it with --max-size)") {
		t.Errorf("message %q", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing took %v: the file was read", d)
	}
}
