package corpus

import (
	"errors"
	"strings"
	"testing"
)

// fuzzRead reads data as the given format and checks that reading never
// panics, that errors are one-line InputErrors naming the file, and that a
// document satisfies the reader invariants (checkInvariants) and reads the
// same twice (stable indexes and output).
func fuzzRead(t *testing.T, format, path string, data []byte) {
	opts := Options{Format: format, MaxBytes: 1 << 20}
	doc, err := Read(path, data, opts)
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error %T %q is not an *InputError", err, err)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "corpus: "+path) || strings.ContainsAny(msg, "\r\n") {
			t.Fatalf("bad message %q", msg)
		}
		return
	}
	checkInvariants(t, doc)
	again, err := Read(path, data, opts)
	if err != nil {
		t.Fatalf("second read failed: %v", err)
	}
	if a, b := dumpBlocks(doc), dumpBlocks(again); a != b {
		t.Fatalf("two reads differ:\n%s---\n%s", a, b)
	}
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{
		"Article 1\na) one\nb) two\n",
		"[bookmark: _Toc1]考虑到忆及\nef)\t文本[footnoteRef:1]1 [1: 1 \t注]\n",
		"line one\r\nline two\r\n\r\nline three",
		"wrapped paragraph text that goes on\nand on over lines\n\nsecond paragraph that\ncontinues here\n",
		"\xff\xfeA\x00r\x00t\x00\n\x00",
		"\xd0\xa1\xf2\xe0\xf2\xfc\xff 1\n",
		"[1: unterminated footnote",
		"[footnoteRef:]",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "txt", "fuzz.txt", data) })
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range []string{
		`<ol type="a" start="3"><li>x<ol reversed><li value="7">y</li></ol></li></ol>`,
		`<table><tr><td><p>(a)</p></td><td><p>text<a href="#n1"><span class="super">1</span></a></p></td></tr></table><p class="note"><a href="#r1">(<span class="super">1</span>)</a> note</p>`,
		`<!DOCTYPE html [<!ENTITY a "b">]><p>&a;</p>`,
		`<meta charset="windows-1251"><p>` + "\xd1\xf2\xe0\xf2\xfc\xff" + `</p>`,
		`<main><h1 id="t">Title</h1><p>Body <sup>2</sup></p></main><script>x</script>`,
		`<p>unclosed <b>bold <i>italic</p><li>stray`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "html", "fuzz.html", data) })
}

func FuzzReadXML(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0"?><akomaNtoso><article eId="a1"><num>Article 1</num><heading>H</heading><paragraph><num>1.</num><content><p>t<authorialNote marker="1"><p>n</p></authorialNote></p></content></paragraph></article></akomaNtoso>`,
		`<Statute><Section><MarginalNote>M</MarginalNote><Label>2</Label><Subsection><Label>(1)</Label><Text>In <XRefInternal>x</XRefInternal></Text></Subsection></Section></Statute>`,
		`<udhr><article number="1"><title>Article 1</title><orderedlist><listitem tag="㈠"><para>p</para></listitem></orderedlist></article></udhr>`,
		`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>`,
		`<?xml version="1.0" encoding="windows-1252"?><a>caf` + "\xe9" + `</a>`,
		`<a><b></a>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "xml", "fuzz.xml", data) })
}
