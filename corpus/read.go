package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/paritydoc/parity/lang"
)

// DefaultMaxBytes is the largest file parity reads when Options.MaxBytes is 0.
const DefaultMaxBytes int64 = 64 << 20

// Options say how to read a file. The zero value detects everything.
type Options struct {
	// Format is "" to decide from the content, or one of Formats():
	// "txt", "html", "xml", "docx".
	Format string
	// Encoding is "" to detect, or an encoding name as the WHATWG
	// encoding standard spells it: "utf-8", "utf-16le", "gb18030",
	// "big5", "windows-1251".
	Encoding string
	// Lang is "" to detect, or the language of the document, forced, as
	// a BCP 47 tag. A tag with a script or region ("zh-Hans", "en-GB")
	// gives the document its base code as Lang ("zh": the language tables
	// are per base language) and the whole tag as ID ("zh-Hans"), which
	// names the version in reports and in TMX.
	Lang string
	// MaxBytes is the largest file read; 0 means DefaultMaxBytes. Larger
	// files are refused with an error naming the limit and the --max-size
	// flag that raises it.
	MaxBytes int64
	// View is "final" (the default) or "original", for formats that carry
	// tracked changes.
	View string
	// Detector identifies block and document languages. With nil, every
	// language is "und" unless Lang is set.
	Detector lang.Detector
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Sentinel errors wrapped by InputError; test for them with errors.Is.
var (
	// ErrEmpty: the file has no bytes (or only a byte order mark).
	ErrEmpty = errors.New("empty file")
	// ErrBinary: the file holds NUL bytes or other binary data where text was expected.
	ErrBinary = errors.New("binary file")
	// ErrTooLarge: the file is above the size limit.
	ErrTooLarge = errors.New("file too large")
	// ErrUnsupported: a format parity does not read.
	ErrUnsupported = errors.New("unsupported format")
	// ErrNoText: the file was read but holds no text to check: markup
	// with no heading, paragraph or list item that has words (an empty
	// <body>, an XML declaration alone), a DOCX with no text. Like an
	// empty text file, it is an input error in every format.
	ErrNoText = errors.New("no text: nothing to check (no heading, paragraph or list item)")
	// ErrEntity: an XML or HTML DOCTYPE declares entities, which parity
	// refuses rather than expand.
	ErrEntity = errors.New("entity declarations are not allowed")
)

// InputError is a problem with an input file: where it is and what is wrong.
// Line is 1-based, 0 when the problem is not at one line.
type InputError struct {
	Path string
	Line int
	Err  error
}

// Error returns "corpus: PATH:LINE: msg" (without ":LINE" when Line is 0).
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("corpus: %s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("corpus: %s: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(path string, line int, format string, args ...any) *InputError {
	return &InputError{Path: path, Line: line, Err: fmt.Errorf(format, args...)}
}

// Reader reads one format. It fills a Document's Source and Blocks and
// calls Segment before returning. data is the whole file; path is used in
// messages only.
type Reader func(path string, data []byte, opts Options) (*Document, error)

// ViewsReader reads both views of a document with tracked changes in one
// pass: the final view (every revision accepted) and the original one
// (every revision rejected).
type ViewsReader func(path string, data []byte, opts Options) (final, original *Document, err error)

type format struct {
	name  string
	sniff func([]byte) bool
	read  Reader
	views ViewsReader
}

var (
	formatsMu sync.RWMutex
	formats   []format
)

// RegisterFormat adds a reader for a format, such as the DOCX package does
// from its init function. sniff reports whether data is in the format
// (called on the whole file); it may be nil for formats chosen only by
// name. Registering a name twice replaces the earlier reader.
func RegisterFormat(name string, sniff func(data []byte) bool, r Reader) {
	formatsMu.Lock()
	defer formatsMu.Unlock()
	for i := range formats {
		if formats[i].name == name {
			formats[i] = format{name: name, sniff: sniff, read: r, views: formats[i].views}
			return
		}
	}
	formats = append(formats, format{name: name, sniff: sniff, read: r})
}

// RegisterViews adds the two-view reader of a format already registered
// with RegisterFormat (DOCX registers both), for ReadViews and
// ReadFileViews. It does nothing for a name not registered.
func RegisterViews(name string, r ViewsReader) {
	formatsMu.Lock()
	defer formatsMu.Unlock()
	for i := range formats {
		if formats[i].name == name {
			formats[i].views = r
		}
	}
}

// Formats returns the names of the formats parity reads, sorted.
func Formats() []string {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	names := make([]string, 0, len(formats))
	for _, f := range formats {
		names = append(names, f.name)
	}
	sort.Strings(names)
	return names
}

func lookupFormat(name string) (format, bool) {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	for _, f := range formats {
		if f.name == name {
			return f, true
		}
	}
	return format{}, false
}

func init() {
	RegisterFormat("txt", nil, readText)
	RegisterFormat("html", nil, readHTML)
	RegisterFormat("xml", nil, readXML)
}

// ReadFile reads the file at path. The size is checked before the file is
// read, so a file above the limit costs nothing.
func ReadFile(path string, opts Options) (*Document, error) {
	data, err := readFileData(path, opts)
	if err != nil {
		return nil, err
	}
	return Read(path, data, opts)
}

// ReadFileViews reads the file at path as ReadViews does.
func ReadFileViews(path string, opts Options) (doc, other *Document, err error) {
	data, err := readFileData(path, opts)
	if err != nil {
		return nil, nil, err
	}
	return ReadViews(path, data, opts)
}

func readFileData(path string, opts Options) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, openError(path, err)
	}
	if fi.IsDir() {
		return nil, inputErr(path, 0, "is a directory, not a file")
	}
	limit := opts.maxBytes()
	if fi.Size() > limit {
		return nil, tooLarge(path, fi.Size(), limit)
	}
	// The size can change between Stat and reading (a pipe, a growing
	// file): read at most one byte more than the limit to notice. The
	// buffer is sized from Stat, so that a large file is read in place
	// rather than into a buffer grown and copied again and again.
	data, err := readAllSized(io.LimitReader(f, limit+1), fi.Size()+1)
	if err != nil {
		return nil, inputErr(path, 0, "reading: %v", err)
	}
	return data, nil
}

// readAllSized is io.ReadAll starting with room for size bytes.
func readAllSized(r io.Reader, size int64) ([]byte, error) {
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

func openError(path string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return inputErr(path, 0, "no such file")
	case errors.Is(err, os.ErrPermission):
		return inputErr(path, 0, "permission denied")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return inputErr(path, 0, "%v", pe.Err)
	}
	return inputErr(path, 0, "%v", err)
}

func tooLarge(path string, size, limit int64) error {
	return &InputError{Path: path, Err: fmt.Errorf("%w: %s is above the %s limit (raise it with --max-size)",
		ErrTooLarge, humanBytes(size), humanBytes(limit))}
}

// humanBytes writes a size the way the --max-size flag accepts it.
func humanBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1fMiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Read reads a file already in memory. path names it in messages and its
// extension breaks ties when the content does not decide the format.
//
// The format is decided from the content: a format registered with a
// sniffer that recognises data (DOCX: a zip holding word/document.xml),
// then markup (an XML declaration or root element is XML unless it is
// XHTML; a doctype or root element html is HTML), then plain text. PDF,
// legacy Word (OLE), images and other archives are refused with the list
// of formats parity reads.
//
// Read may keep data: the Source and texts of a UTF-8 text file are data
// itself, not a copy, so the caller must not modify data once it is read.
func Read(path string, data []byte, opts Options) (*Document, error) {
	doc, _, err := read(path, data, opts, false)
	return doc, err
}

// ReadViews reads like Read. For a format with tracked changes (DOCX) and
// no Options.View, it reads both views in one pass: doc is the final view
// and other the original one. For other formats, or when Options.View
// names one view, other is nil.
func ReadViews(path string, data []byte, opts Options) (doc, other *Document, err error) {
	return read(path, data, opts, true)
}

func read(path string, data []byte, opts Options, views bool) (doc, other *Document, err error) {
	if len(data) == 0 {
		return nil, nil, &InputError{Path: path, Err: ErrEmpty}
	}
	if limit := opts.maxBytes(); int64(len(data)) > limit {
		return nil, nil, tooLarge(path, int64(len(data)), limit)
	}
	if opts.View != "" && opts.View != "final" && opts.View != "original" {
		return nil, nil, inputErr(path, 0, "unknown view %q (want final or original)", opts.View)
	}
	name := opts.Format
	if name == "" {
		name, err = detectFormat(path, data)
		if err != nil {
			return nil, nil, err
		}
	}
	f, ok := lookupFormat(name)
	if !ok {
		return nil, nil, &InputError{Path: path, Err: fmt.Errorf("%w %q (parity reads %s)",
			ErrUnsupported, name, strings.Join(Formats(), ", "))}
	}
	tag := CanonicalTag(opts.Lang)
	if opts.Lang != "" {
		opts.Lang = BaseLang(opts.Lang)
	}
	if views && opts.View == "" && f.views != nil {
		doc, other, err = f.views(path, data, opts)
	} else {
		doc, err = f.read(path, data, opts)
	}
	if err != nil {
		return nil, nil, err
	}
	if !doc.HasText() {
		return nil, nil, &InputError{Path: path, Err: ErrNoText}
	}
	for _, d := range []*Document{doc, other} {
		if d == nil {
			continue
		}
		if tag != opts.Lang && (d.ID == "" || d.ID == opts.Lang) {
			d.ID = tag
		}
		if d.Path == "" {
			d.Path = path
		}
		if d.Format == "" {
			d.Format = name
		}
	}
	return doc, other, nil
}

// HasText reports whether the document has a block with text or a
// marker. Read refuses documents without one (ErrNoText).
func (d *Document) HasText() bool {
	for i := range d.Blocks {
		if d.Blocks[i].Text != "" || d.Blocks[i].Marker != nil {
			return true
		}
	}
	return false
}

// CanonicalTag writes a BCP 47 tag in its canonical case: "zh-Hans" for
// "zh-hans" or "ZH_HANS", "en-GB" for "en-gb".
func CanonicalTag(tag string) string {
	parts := strings.FieldsFunc(strings.TrimSpace(tag), func(r rune) bool { return r == '-' || r == '_' })
	for i, p := range parts {
		switch {
		case i == 0:
			parts[i] = strings.ToLower(p)
		case len(p) == 4 && isAlpha(p):
			parts[i] = strings.ToUpper(p[:1]) + strings.ToLower(p[1:])
		case len(p) == 2 && isAlpha(p):
			parts[i] = strings.ToUpper(p)
		default:
			parts[i] = strings.ToLower(p)
		}
	}
	return strings.Join(parts, "-")
}

// magic numbers of formats parity does not read, to name them in the error.
var unsupportedMagic = []struct {
	prefix string
	what   string
}{
	{"%PDF-", "PDF"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "legacy Word/OLE (.doc)"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xFF\xD8\xFF", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"{\\rtf", "RTF"},
	{"PK\x03\x04", "zip archive"},
	{"\x1f\x8b", "gzip archive"},
	{"\x7fELF", "executable"},
}

func detectFormat(path string, data []byte) (string, error) {
	formatsMu.RLock()
	var sniffed string
	for _, f := range formats {
		if f.sniff != nil && f.sniff(data) {
			sniffed = f.name
			break
		}
	}
	formatsMu.RUnlock()
	if sniffed != "" {
		return sniffed, nil
	}
	for _, m := range unsupportedMagic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			what := m.what
			if m.prefix == "PK\x03\x04" && strings.EqualFold(filepath.Ext(path), ".docx") {
				what = "zip archive that is not a readable DOCX"
			}
			return "", &InputError{Path: path, Err: fmt.Errorf("%w: %s (parity reads %s)",
				ErrUnsupported, what, strings.Join(Formats(), ", "))}
		}
	}
	if m := sniffMarkup(data); m != "" {
		return m, nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	if looksLikeMarkup(data) {
		switch ext {
		case ".html", ".htm", ".xhtml":
			return "html", nil
		case ".xml":
			return "xml", nil
		}
	}
	return "txt", nil
}

// sniffMarkup looks at the start of the text (after a BOM and white space,
// decoding UTF-16 if a BOM says so) for an XML declaration, a doctype or a
// root element.
func sniffMarkup(data []byte) string {
	head := sniffHead(data, 4096)
	s := strings.TrimLeft(head, " \t\r\n\ufeff")
	lower := strings.ToLower(s)
	switch {
	case strings.HasPrefix(lower, "<!doctype html"), strings.HasPrefix(lower, "<html"):
		return "html"
	case strings.HasPrefix(lower, "<?xml"), strings.HasPrefix(lower, "<!doctype"), strings.HasPrefix(lower, "<!--"):
		// Skip declarations, comments and processing instructions to the
		// root element.
		root := rootElement(lower)
		switch {
		case root == "html":
			return "html"
		case root != "":
			return "xml"
		case strings.HasPrefix(lower, "<?xml"):
			return "xml"
		case strings.Contains(lower, "<!doctype html"):
			return "html"
		}
	}
	return ""
}

// rootElement returns the name of the first element in s (lower case), or "".
func rootElement(s string) string {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return ""
		}
		i += j
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<?"):
			k := strings.Index(rest, "?>")
			if k < 0 {
				return ""
			}
			i += k + 2
		case strings.HasPrefix(rest, "<!--"):
			k := strings.Index(rest, "-->")
			if k < 0 {
				return ""
			}
			i += k + 3
		case strings.HasPrefix(rest, "<!doctype"):
			// Skip an internal subset in brackets too.
			k, depth := 1, 0
			for ; k < len(rest); k++ {
				c := rest[k]
				if c == '[' {
					depth++
				} else if c == ']' {
					depth--
				} else if c == '>' && depth <= 0 {
					break
				}
			}
			if k >= len(rest) {
				return ""
			}
			i += k + 1
		case strings.HasPrefix(rest, "<!"):
			return ""
		default:
			k := 1
			for k < len(rest) && !strings.ContainsRune(" \t\r\n/>", rune(rest[k])) {
				k++
			}
			name := rest[1:k]
			if c := strings.LastIndexByte(name, ':'); c >= 0 {
				name = name[c+1:]
			}
			return name
		}
	}
	return ""
}

// looksLikeMarkup reports whether the text starts with a tag.
func looksLikeMarkup(data []byte) bool {
	s := strings.TrimLeft(sniffHead(data, 512), " \t\r\n\ufeff")
	return len(s) > 1 && s[0] == '<' && (s[1] == '!' || s[1] == '?' || s[1] == '/' ||
		(s[1] < utf8.RuneSelf && (s[1]|0x20 >= 'a' && s[1]|0x20 <= 'z')))
}

// sniffHead returns up to n bytes of the start of data as text, decoding
// UTF-16 when a byte order mark says so.
func sniffHead(data []byte, n int) string {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		le := data[0] == 0xFF
		var b strings.Builder
		for i := 2; i+1 < len(data) && b.Len() < n; i += 2 {
			u := uint16(data[i])<<8 | uint16(data[i+1])
			if le {
				u = uint16(data[i+1])<<8 | uint16(data[i])
			}
			if u < 0x80 {
				b.WriteByte(byte(u))
			} else {
				b.WriteByte('?')
			}
		}
		return b.String()
	}
	if len(data) > n {
		data = data[:n]
	}
	return string(data)
}

// Position returns the 1-based line and column (in characters) of a byte
// offset into d.Source. Lines end with LF or CRLF, or with CR alone in files
// that have no LF. An offset out of range is clamped. After Segment (every
// reader calls it) the line is found by binary search.
func (d *Document) Position(offset int) (line, col int) {
	src := d.Source
	if offset < 0 {
		offset = 0
	}
	if offset > len(src) {
		offset = len(src)
	}
	start := 0
	if idx := d.lineIndex; len(idx) > 0 && (len(idx) == 1 || idx[len(idx)-1] <= len(src)) {
		line = lineFromStarts(idx, offset)
		start = idx[line-1]
	} else {
		sep := byte('\n')
		if crBreaks(src) {
			sep = '\r'
		}
		start = strings.LastIndexByte(src[:offset], sep) + 1
		line = strings.Count(src[:start], string(sep)) + 1
	}
	return line, utf8.RuneCountInString(src[start:offset]) + 1
}
