package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/paritydoc/parity/rules"
)

// TextOptions adjust the text printer of findings.
type TextOptions struct {
	// Color uses ANSI colours (for a terminal, and never with NO_COLOR).
	Color bool
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiBlue   = "\x1b[1;34m"
	ansiDim    = "\x1b[2m"
)

// Text prints the findings of one result followed by a one-line summary.
func Text(w io.Writer, r *Result) error {
	if err := TextFindings(w, r, TextOptions{}); err != nil {
		return err
	}
	var s Summary
	s.Add(r)
	return TextSummary(w, &s, TextOptions{})
}

// TextFindings prints each finding of a result as
//
//	path:line:col: severity: message [rule]
//
// followed by one indented line per related place in the other versions
// ("    fr: path:line:col"). A location whose line is unknown prints as
// "path"; one whose column is unknown as "path:line".
func TextFindings(w io.Writer, r *Result, opt TextOptions) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !opt.Color {
			return s
		}
		return code + s + ansiReset
	}
	for _, f := range positioned(r) {
		sev := f.Severity.String()
		switch f.Severity {
		case rules.Error:
			sev = paint(ansiRed, sev)
		case rules.Warning:
			sev = paint(ansiYellow, sev)
		default:
			sev = paint(ansiBlue, sev)
		}
		fmt.Fprintf(bw, "%s: %s: %s %s\n", paint(ansiBold, Place(f.Location)), sev, singleLine(f.Message), paint(ansiDim, "["+f.Rule+"]"))
		for _, rl := range f.Related {
			id := rl.Version
			if id == "" {
				id = rl.Lang
			}
			fmt.Fprintf(bw, "    %s: %s\n", id, Place(rl))
		}
	}
	return bw.Flush()
}

// TextSummary prints the one-line summary of a run, preceded by notes on
// sets with a single version and files that fit no set, if any.
func TextSummary(w io.Writer, s *Summary, opt TextOptions) error {
	bw := bufio.NewWriter(w)
	if n := len(s.Singles); n > 0 {
		fmt.Fprintf(bw, "note: %s with a single version (each checked on its own): %s\n", countOf(n, "set", "sets"), listSome(s.Singles))
	}
	if n := len(s.Unmatched); n > 0 {
		fmt.Fprintf(bw, "note: %s fit no set (no language in the name or folder; name it in .parity.yaml 'languages'): %s\n", countOf(n, "file", "files"), listSome(s.Unmatched))
	}
	line := fmt.Sprintf("%s, %s, %s in %s of %s",
		countOf(s.Errors, "error", "errors"), countOf(s.Warnings, "warning", "warnings"), countOf(s.Infos, "info", "infos"),
		countOf(s.Sets, "set", "sets"), countOf(s.Versions, "version", "versions"))
	if s.Suppressed > 0 {
		line += fmt.Sprintf(" (%d more in the baseline)", s.Suppressed)
	}
	if s.Failed > 0 {
		line += fmt.Sprintf("; %s could not be checked", countOf(s.Failed, "set", "sets"))
	}
	if opt.Color {
		line = ansiBold + line + ansiReset
	}
	fmt.Fprintln(bw, line)
	return bw.Flush()
}

// listMax is how many names a note lists before it abbreviates.
const listMax = 10

// listSome joins names, the first listMax of them when there are more.
func listSome(names []string) string {
	if len(names) <= listMax {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:listMax], ", ") + fmt.Sprintf(" and %d more (all of them in --format json)", len(names)-listMax)
}

// Place formats a location as path:line:col, path:line or path.
func Place(l rules.Location) string {
	p := l.Path
	if p == "" {
		p = l.Version
	}
	if l.Line > 0 {
		p += ":" + strconv.Itoa(l.Line)
		if l.Column > 0 {
			p += ":" + strconv.Itoa(l.Column)
		}
	}
	return p
}

func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// singleLine folds the line breaks of a message into spaces.
func singleLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
