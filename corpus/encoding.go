package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// decodeText turns the bytes of a text file into UTF-8, following
// opts.Encoding when it is set and detecting the encoding otherwise. It
// returns the text without a byte order mark and the WHATWG name of the
// encoding.
func decodeText(path string, data []byte, forced string) (string, string, error) {
	if forced != "" {
		return decodeAs(path, data, forced)
	}
	name, validated := detectEncodingChecked(data)
	if name == "" {
		return "", "", &InputError{Path: path, Err: ErrBinary}
	}
	s, enc, err := decodeChecked(path, data, name, validated)
	if err != nil {
		return "", "", err
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", "", &InputError{Path: path, Line: lineAt(s, strings.IndexByte(s, 0)), Err: ErrBinary}
	}
	return s, enc, nil
}

// decodeAs decodes data with the named encoding. UTF-8 is validated rather
// than repaired: invalid bytes are an error naming the line.
func decodeAs(path string, data []byte, name string) (string, string, error) {
	return decodeChecked(path, data, name, false)
}

// decodeChecked is decodeAs; validated says the bytes are known to be
// valid UTF-8 already (detectEncoding checked them), so UTF-8 is not
// validated twice.
func decodeChecked(path string, data []byte, name string, validated bool) (string, string, error) {
	enc, canon, err := lookupEncoding(name)
	if err != nil {
		return "", "", inputErr(path, 0, "unknown encoding %q", name)
	}
	if canon == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		if !validated && !utf8.Valid(data) {
			off := firstInvalidUTF8(data)
			return "", "", &InputError{Path: path, Line: lineAt(string(data[:off]), off),
				Err: fmt.Errorf("invalid UTF-8 at byte %d (if the file is in another encoding, name it with --encoding)", off)}
		}
		if len(bytes.TrimSpace(data)) == 0 {
			return "", "", &InputError{Path: path, Err: ErrEmpty}
		}
		return string(data), canon, nil
	}
	if canon == "utf-16le" || canon == "utf-16be" {
		// Drop a BOM of either order; htmlindex's decoders would keep it.
		if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
			data = data[2:]
		}
		if canon == "utf-16le" {
			enc = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
		} else {
			enc = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
		}
	}
	out, err := decodeBytes(enc, data)
	if err != nil {
		return "", "", inputErr(path, 0, "decoding as %s: %v", canon, err)
	}
	s := strings.TrimPrefix(string(out), "\ufeff")
	if strings.TrimSpace(s) == "" {
		return "", "", &InputError{Path: path, Err: ErrEmpty}
	}
	return s, canon, nil
}

// lookupEncoding finds the encoding a WHATWG label or name names
// ("latin1", "UTF8", "gbk") and its canonical name ("windows-1252",
// "utf-8", "gbk").
func lookupEncoding(name string) (encoding.Encoding, string, error) {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, "", err
	}
	canon, err := htmlindex.Name(enc)
	if err != nil {
		canon = strings.ToLower(name)
	}
	return enc, canon, nil
}

func decodeBytes(enc encoding.Encoding, data []byte) ([]byte, error) {
	if enc == nil {
		return nil, errors.New("no decoder")
	}
	return enc.NewDecoder().Bytes(data)
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// lineAt returns the 1-based line of byte offset off in s (see crBreaks).
func lineAt(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	if off < 0 {
		off = 0
	}
	sep := byte('\n')
	if crBreaks(s) {
		sep = '\r'
	}
	return strings.Count(s[:off], string(sep)) + 1
}

// crBreaks reports whether the lines of s end with CR alone (old Mac
// files). Files with LF or CRLF line ends use LF; a stray CR inside such a
// file (common in pages assembled from several sources) does not end a
// line, as editors and grep count lines.
func crBreaks(s string) bool {
	return strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') >= 0
}

// detectEncoding guesses the encoding of a text file from its bytes and
// returns its WHATWG name, or "" when the bytes are not text at all.
//
// The reasoning, step by step:
//
//  1. A byte order mark is the writer's own statement: EF BB BF is UTF-8,
//     FF FE UTF-16 little-endian, FE FF UTF-16 big-endian.
//  2. UTF-16 without a BOM: text in any script has many characters below
//     U+0100 (spaces, digits, line ends, Latin text), whose high byte is
//     NUL. So NULs cluster on one parity of byte positions: the odd
//     positions for little-endian, the even ones for big-endian. We count
//     NULs by parity in the first 64 KiB; when one parity holds at least
//     3% of its bytes as NUL (the spaces of Cyrillic or Arabic prose are
//     enough) and the other twenty times fewer, and the bytes decode to
//     UTF-16 text without unpaired surrogates or control characters, it is
//     UTF-16.
//  3. Any other NUL, or a high share of C0 control bytes (more than a few,
//     and more than one byte in twenty), means a binary file (an image, an
//     executable, a compressed file): no text encoding puts those in
//     running text. A few stray controls (\x01, a form feed from a page
//     break) are common in text extracted from Word or PDF files: such a
//     file is text, and the text reader drops them from the blocks.
//  4. Valid UTF-8 with at least one multi-byte sequence is UTF-8: legacy
//     encodings almost never form valid UTF-8 sequences by chance over a
//     whole file. Pure ASCII is UTF-8 too (every candidate agrees on it).
//  5. Otherwise a legacy encoding. We look at how bytes >= 0x80 pair up:
//     - Double-byte CJK encodings (GB18030, Big5) use a lead byte
//     0x81-0xFE followed by a trail byte; single-byte encodings put high
//     bytes wherever. If nearly every high byte starts or ends a valid
//     pair, the text is double-byte.
//     - GB2312/GBK (GB18030's core) encodes common Hanzi with both bytes in
//     0xA1-0xFE; Big5 places about 40% of its trail bytes in 0x40-0x7E.
//     A share of low trail bytes above 15% says Big5, below says GB18030.
//     - Single-byte: Windows-1252 (Western Europe) writes mostly ASCII
//     letters with an accented one here and there, so high bytes are a
//     small share of letters. Windows-1251 (Cyrillic) and -1256 (Arabic)
//     write whole words in high bytes.
//     - Between Cyrillic and Arabic: Russian is written mostly in lower
//     case, 0xE0-0xFF in Windows-1251, with capitals (0xC0-0xDF) only at
//     the start of sentences and names; Arabic letters fill 0xC1-0xDF as
//     much as 0xE0-0xFF (ا 0xC7, ر 0xD1, ب 0xC8, ت 0xCA, ة 0xC9 ...).
//     A share of 0xC0-0xDF above 30% of high bytes says Arabic.
func detectEncoding(data []byte) string {
	name, _ := detectEncodingChecked(data)
	return name
}

// detectEncodingChecked is detectEncoding; valid reports that it found the
// whole of data to be valid UTF-8 (BOM aside), so that it need not be
// validated again.
func detectEncodingChecked(data []byte) (name string, valid bool) {
	if name, decided := encodingBeforeUTF8(data); decided {
		return name, false
	}
	if utf8.Valid(data) {
		return "utf-8", true
	}
	// A truncated final sequence in a sample is not a reason to give up on
	// UTF-8 when the rest is valid.
	if utf8.Valid(trimPartialRune(data)) {
		return "utf-8", false
	}
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	// A UTF-8 file with a stray invalid byte or two (a corrupted copy, a
	// Latin-1 character pasted in) is still UTF-8: reading it as a legacy
	// encoding would garble every other character, so it is read as UTF-8
	// and the invalid byte reported with its line.
	if mostlyUTF8(sample) {
		return "utf-8", false
	}
	return guessLegacy(sample), false
}

// encodingBeforeUTF8 takes detectEncoding's steps 1 to 3: decided is true
// when a byte order mark, the pattern of UTF-16 or binary bytes name the
// encoding (name, "" for binary), false when the next step is to check
// whether the bytes are valid UTF-8.
func encodingBeforeUTF8(data []byte) (name string, decided bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return "utf-8", true
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return "utf-16le", true
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return "utf-16be", true
	}
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	var nulEven, nulOdd, ctrl int
	for i, c := range sample {
		switch {
		case c == 0:
			if i%2 == 0 {
				nulEven++
			} else {
				nulOdd++
			}
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
			ctrl++
		}
	}
	half := (len(sample) + 1) / 2
	if half > 0 {
		switch {
		case nulOdd >= minUTF16Nuls && nulOdd*33 >= half && nulEven*20 <= nulOdd && plausibleUTF16(sample, false):
			return "utf-16le", true
		case nulEven >= minUTF16Nuls && nulEven*33 >= half && nulOdd*20 <= nulEven && plausibleUTF16(sample, true):
			return "utf-16be", true
		}
	}
	if nulEven+nulOdd > 0 || ctrl > fewControls && ctrl*20 > len(sample) {
		return "", true
	}
	return "", false
}

// minUTF16Nuls is the fewest NULs on one parity that can say UTF-16
// without a byte order mark: a stray NUL in a short ASCII file would
// otherwise hold the 3% share alone.
const minUTF16Nuls = 4

// fewControls is how many C0 control bytes (other than white space and
// ESC) a text file may hold whatever its length.
const fewControls = 4

// mostlyUTF8 reports whether b holds at least 20 valid multi-byte UTF-8
// sequences and at most one invalid byte for every 100 of them.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			if len(b)-i >= utf8.UTFMax {
				invalid++
			}
			i++
			continue
		}
		valid++
		i += n
	}
	return valid >= 20 && invalid*100 <= valid
}

// plausibleUTF16 reports whether b reads as UTF-16 text: no unpaired
// surrogate, and control characters other than white space in fewer than
// one unit in a hundred.
func plausibleUTF16(b []byte, bigEndian bool) bool {
	ctrl, units := 0, 0
	pendingHigh := false
	for i := 0; i+1 < len(b); i += 2 {
		u := uint16(b[i]) | uint16(b[i+1])<<8
		if bigEndian {
			u = uint16(b[i])<<8 | uint16(b[i+1])
		}
		units++
		switch {
		case u >= 0xD800 && u <= 0xDBFF:
			if pendingHigh {
				return false
			}
			pendingHigh = true
			continue
		case u >= 0xDC00 && u <= 0xDFFF:
			if !pendingHigh {
				return false
			}
		case pendingHigh:
			return false
		case u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f':
			ctrl++
		}
		pendingHigh = false
	}
	return ctrl*100 < units
}

func trimPartialRune(b []byte) []byte {
	for k := 1; k <= 3 && k <= len(b); k++ {
		if utf8.RuneStart(b[len(b)-k]) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return b[:len(b)-k]
			}
			break
		}
	}
	return b
}

// guessLegacy applies step 5 of detectEncoding's reasoning.
func guessLegacy(b []byte) string {
	var high, asciiLetters int
	for _, c := range b {
		switch {
		case c >= 0x80:
			high++
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			asciiLetters++
		}
	}
	if high == 0 {
		return "windows-1252"
	}
	// Double-byte structure.
	var pairs, lowTrail, lone int
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		if c >= 0x81 && c <= 0xFE && i+1 < len(b) {
			t := b[i+1]
			if (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE) {
				pairs++
				if t < 0x80 {
					lowTrail++
				}
				i++
				continue
			}
			if t >= 0x30 && t <= 0x39 && i+3 < len(b) { // GB18030 four-byte
				pairs++
				i += 3
				continue
			}
		}
		lone++
	}
	// Cyrillic and Arabic words also pair up by chance, but single-byte
	// letters sit in 0xC0-0xFF, while Hanzi lead and trail bytes fill
	// 0xA1-0xBF as well (GB2312 rows 16-31, Big5 0xA4-0xBF leads).
	var mid int
	for _, c := range b {
		if c >= 0xA1 && c <= 0xBF {
			mid++
		}
	}
	if pairs > 0 && lone*20 <= pairs && high*2 > asciiLetters && mid*10 >= high {
		if lowTrail*100 > pairs*15 {
			return "big5"
		}
		return "gb18030"
	}
	if high*10 < (high+asciiLetters)*3 {
		return "windows-1252"
	}
	var upper int
	for _, c := range b {
		if c >= 0xC0 && c <= 0xDF {
			upper++
		}
	}
	if upper*100 > high*30 {
		return "windows-1256"
	}
	return "windows-1251"
}
