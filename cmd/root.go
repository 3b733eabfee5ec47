// Package cmd is parity's command line: one cobra command per file, each
// with an Options struct; RunE only parses and validates, the work happens
// in a function that writes to the injected Out and ErrOut writers, so every
// command is testable without a process.
package cmd

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// IO carries the streams a command reads and writes.
type IO struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// IsTerminal reports whether Out is a terminal (colour, progress bars).
	IsTerminal bool
	// Getenv reads the environment (NO_COLOR); nil means no variables.
	Getenv func(string) string
}

func (s *IO) getenv(k string) string {
	if s.Getenv == nil {
		return ""
	}
	return s.Getenv(k)
}

// subcommands register themselves here from their own files.
var subcommands []func(*IO) *cobra.Command

// NewRoot builds the root command with every subcommand.
func NewRoot(s *IO) *cobra.Command {
	root := &cobra.Command{
		Use:   "parity",
		Short: "Check the language versions of an official document against each other",
		Long: `parity reads the language versions of one official document (plain text,
DOCX with tracked changes, HTML, legislative XML), segments them into blocks
with parsed markers, aligns them block by block across all languages, and
reports numbering, list-letter, cross-reference, number, footnote and
untranslated-text mismatches with the exact place in every version.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &UsageError{Msg: err.Error()}
	})
	for _, sub := range subcommands {
		root.AddCommand(sub(s))
	}
	return root
}

// Main runs parity with the given arguments (without the program name) and
// returns the process exit code. Errors are printed as one line on ErrOut.
func Main(args []string, s *IO) int {
	root := NewRoot(s)
	root.SetArgs(args)
	err := root.Execute()
	if err != nil && !errors.Is(err, ErrFindings) {
		msg := err.Error()
		if !strings.HasPrefix(msg, "parity: ") {
			msg = "parity: " + msg
		}
		// One line: collapse any newline an underlying error carried.
		msg = strings.ReplaceAll(msg, "\n", " ")
		var ue *UsageError
		if errors.As(err, &ue) || isCobraUsage(err) {
			msg += " (see 'parity --help')"
		}
		fmt.Fprintln(s.ErrOut, msg)
	}
	return ExitCode(err)
}

// isCobraUsage recognises the usage errors cobra returns as plain errors.
func isCobraUsage(err error) bool {
	m := err.Error()
	return strings.HasPrefix(m, "unknown command") || strings.HasPrefix(m, "accepts ") ||
		strings.HasPrefix(m, "requires at least") || strings.HasPrefix(m, "unknown flag") ||
		strings.HasPrefix(m, "unknown shorthand flag")
}
