package cmd

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/readset"
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/report"
)

// InspectOptions are the flags and arguments of 'parity inspect'.
type InspectOptions struct {
	// Files are the files to read, in the order given.
	Files []string
	// Format is the output: "text" (a table per version) or "json" (the
	// contract of docs/json.md).
	Format string
	// Encoding forces the character encoding of text files ("" detects).
	Encoding string
	// Lang forces the language of the documents ("" detects).
	Lang string
	// MaxSize is the largest file read, in bytes (--max-size).
	MaxSize int64
	// View is "final", "original" or "both" (both views of a document
	// with tracked changes, one after the other).
	View string
	// Detector identifies languages; nil means the run's detector built by
	// newDetector for the --lang language (or the default candidates).
	Detector lang.Detector
}

func init() {
	subcommands = append(subcommands, newInspectCmd)
}

func newInspectCmd(s *IO) *cobra.Command {
	opts := &InspectOptions{}
	var maxSize string
	c := &cobra.Command{
		Use:   "inspect FILE...",
		Short: "Show how parity reads each file: its blocks, markers and languages",
		Long: `inspect reads each file and prints one row per block: its index, the line
where it starts in the source, its kind (heading, item, paragraph,
footnote), nesting level, marker (as written, numbering system, value, and
the old reading of a flattened revision pair such as "ef)"), detected
language and text.

--format json prints the same as the versioned JSON object documented in
docs/json.md, the contract that 'parity align' and 'parity check' extend.`,
		Example: `  parity inspect examples/wsis/en.txt examples/wsis/zh.txt
  parity inspect --format json --encoding gb18030 old.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Files = args
			switch opts.Format {
			case "text", "json":
			default:
				return usagef("--format must be text or json, not %q", opts.Format)
			}
			switch opts.View {
			case "final", "original", "both":
			default:
				return usagef("--view must be final, original or both, not %q", opts.View)
			}
			n, err := ParseSize(maxSize)
			if err != nil {
				return usagef("--max-size: %v", err)
			}
			opts.MaxSize = n
			return runInspect(s, opts)
		},
	}
	f := c.Flags()
	f.StringVar(&opts.Format, "format", "text", "output format: text or json")
	f.StringVar(&opts.Encoding, "encoding", "", "character encoding of text files (utf-8, utf-16le, gb18030, big5, windows-1251...); detected when empty")
	f.StringVar(&opts.Lang, "lang", "", "language of the documents (BCP 47 code such as zh or fr); detected when empty")
	f.StringVar(&maxSize, "max-size", defaultMaxSize, maxSizeUsage)
	f.StringVar(&opts.View, "view", "final", "for documents with tracked changes: final, original or both")
	return c
}

// runInspect reads every file and prints the result.
func runInspect(s *IO, opts *InspectOptions) error {
	// The files are read as the versions of one set are: each with the
	// language --lang or its name gives it, and a detector built for those
	// languages (see readSet), so that inspect shows what check reads.
	files := make([]corpus.SetFile, len(opts.Files))
	for i, p := range opts.Files {
		files[i] = corpus.SetFile{Path: p, Lang: opts.Lang}
	}
	files = withNameLangs(files)
	det := opts.Detector
	if det == nil {
		if opts.Lang != "" {
			if _, err := newDetector([]string{opts.Lang}); err != nil {
				return usagef("--lang: %v", err)
			}
		}
		det = (&detectors{}).forLangs(setLangs(files))
	}
	var docs []*corpus.Document
	for _, f := range files {
		ro := corpus.Options{
			Encoding: opts.Encoding,
			Lang:     f.Lang,
			MaxBytes: opts.MaxSize,
			View:     opts.View,
			Detector: det,
		}
		if opts.View == "both" {
			// A Word file is read once for both views; the other formats
			// have no tracked changes and give one.
			ro.View = ""
			doc, orig, err := readset.Document(f.Path, ro)
			if err != nil {
				return err
			}
			docs = append(docs, doc)
			if orig != nil {
				docs = append(docs, orig)
			}
			continue
		}
		doc, err := corpus.ReadFile(f.Path, ro)
		if err != nil {
			return err
		}
		docs = append(docs, doc)
	}
	r := &report.Result{Versions: docs}
	return printInspect(s.Out, opts.Format, r)
}

func printInspect(w io.Writer, format string, r *report.Result) error {
	if format == "json" {
		return report.JSON(w, r)
	}
	return report.Inspect(w, r)
}

// defaultMaxSize is the default of --max-size, corpus.DefaultMaxBytes as
// the flag writes it.
const defaultMaxSize = "64MiB"

// maxSizeUsage is the help of --max-size, the same on every command that
// reads documents (inspect, align, check).
const maxSizeUsage = "largest file read: bytes, or a size with a unit such as 200MB or 1GiB (powers of 1024)"

// ParseSize reads a size such as "64MiB", "200MB", "1G" or "1048576".
// Units: B, K/KB/KiB, M/MB/MiB, G/GB/GiB, all powers of 1024 (a size
// limit is a safety bound, not a measurement).
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, fmt.Errorf("empty size")
	}
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || num == "" {
		return 0, fmt.Errorf("%q is not a size (try 64MiB or 200MB)", s)
	}
	mult := map[string]float64{
		"": 1, "b": 1,
		"k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
		"m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
		"g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
	}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("unknown unit %q in %q (use B, KiB, MiB or GiB)", unit, s)
	}
	n := v * mult
	if n < 1 || n > 1<<40 {
		return 0, fmt.Errorf("%q is out of range (1 byte to 1TiB)", s)
	}
	return int64(n), nil
}
