package cmd

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/report"
)

// alignFormats are the output formats of 'parity align', with their printers.
var alignFormats = map[string]func(io.Writer, *report.Result) error{
	"text": report.AlignText,
	"tsv":  report.AlignTSV,
	"tmx":  report.AlignTMX,
	"html": report.AlignHTML,
	"json": report.JSON,
}

// alignFormatNames lists the formats in the order --help shows them.
var alignFormatNames = []string{"text", "tsv", "json", "tmx", "html"}

// AlignOptions are the options of 'parity align'.
type AlignOptions struct {
	// Files are the versions, as paths or LANG=PATH.
	Files []string
	// Format is one of alignFormatNames.
	Format string
	// Pivot is the ID or language of the pivot version ("" for the default).
	Pivot string
	// Output is the file to write ("" or "-" for standard output).
	Output string
	// Encoding forces the encoding of text files ("" detects).
	Encoding string
	// MaxBytes is the size limit of an input file (0: the default).
	MaxBytes int64
	// MaxSize is the --max-size value ("64MiB", "200MB", "1048576"); when
	// set, it gives MaxBytes.
	MaxSize string
	// NoMoves turns off the second pass for moved blocks.
	NoMoves bool
}

func init() {
	subcommands = append(subcommands, newAlignCmd)
}

func newAlignCmd(s *IO) *cobra.Command {
	o := &AlignOptions{}
	c := &cobra.Command{
		Use:   "align FILE...",
		Short: "Align the language versions of a document block by block",
		Long: `align reads every version and prints one row per aligned unit: for each
version the block(s) it holds (none, one, or several when a version splits
or merges a paragraph), with a confidence in [0,1] and the reason (anchor,
marker, numbers, words, length). Every version is aligned through the pivot
(English when present, else the first file; see --pivot).

A FILE may be written LANG=PATH to give its language ("zh=seed.txt").

Formats: text (default), tsv, json (the inspect object plus "alignment"),
tmx (TMX 1.4 translation memory for CAT tools), html (a self-contained
side-by-side page).`,
		Example: `  parity align en.docx zh.docx fr.txt
  parity align --format html --output udhr.html udhr_*.xml
  parity align --format tmx --pivot fr a.fr.html a.en.html > tm.tmx`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) < 2 {
				return usagef("align needs at least two files, got %d", len(args))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			o.Files = args
			if _, ok := alignFormats[o.Format]; !ok {
				return usagef("unknown --format %q (want one of %s)", o.Format, strings.Join(alignFormatNames, ", "))
			}
			if o.MaxSize != "" {
				n, err := ParseSize(o.MaxSize)
				if err != nil {
					return usagef("--max-size: %v", err)
				}
				o.MaxBytes = n
			}
			return runAlign(s, o)
		},
	}
	f := c.Flags()
	f.StringVarP(&o.Format, "format", "f", "text", "output format: "+strings.Join(alignFormatNames, ", "))
	f.StringVar(&o.Pivot, "pivot", "", "version (ID or language) the others are aligned through (default: English, else the first)")
	f.StringVarP(&o.Output, "output", "o", "", "write to this file instead of standard output")
	f.StringVar(&o.Encoding, "encoding", "", "encoding of text files (default: detect)")
	f.StringVar(&o.MaxSize, "max-size", defaultMaxSize, maxSizeUsage)
	f.BoolVar(&o.NoMoves, "no-moves", false, "do not match moved blocks out of document order")
	return c
}

// runAlign reads the versions, aligns them and prints the result.
func runAlign(s *IO, o *AlignOptions) error {
	var files []corpus.SetFile
	for _, a := range o.Files {
		path, lng, err := splitLangArg(a)
		if err != nil {
			return err
		}
		f := corpus.SetFile{Path: path, Lang: lng}
		if o.Output != "" && o.Output != "-" && sameFile(o.Output, f.Path) {
			return usagef("--output %s is one of the input files", o.Output)
		}
		files = append(files, f)
	}
	set, _, err := readSet("", files, corpus.Options{Encoding: o.Encoding, MaxBytes: o.MaxBytes}, &detectors{}, nil)
	if err != nil {
		return err
	}
	al, err := align.Align(set, align.Options{Pivot: o.Pivot, NoMoves: o.NoMoves})
	if err != nil {
		if strings.Contains(err.Error(), "to pivot on") {
			return usagef("%s", strings.TrimPrefix(err.Error(), "align: "))
		}
		return err
	}
	res := &report.Result{Versions: set.Versions, Alignment: al}
	var buf bytes.Buffer
	if err := alignFormats[o.Format](&buf, res); err != nil {
		return err
	}
	if o.Output == "" || o.Output == "-" {
		_, err := s.Out.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(o.Output, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %v", o.Output, err)
	}
	return nil
}
