package cmd

import (
	"errors"
	"fmt"
)

// Exit codes. One function, ExitCode, maps errors to them.
const (
	// ExitOK: the command ran and found nothing at or above --fail-on.
	ExitOK = 0
	// ExitFindings: the command ran and found something at or above --fail-on.
	ExitFindings = 1
	// ExitError: usage errors and input errors.
	ExitError = 2
)

// ErrFindings is returned by a command that ran to the end and found
// something at or above the --fail-on threshold. It prints nothing.
var ErrFindings = errors.New("findings at or above the --fail-on threshold")

// UsageError is a wrong call: an unknown flag, a missing argument, a bad value.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// ExitCode maps an error returned by a command to the process exit code.
func ExitCode(err error) int {
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, ErrFindings):
		return ExitFindings
	default:
		return ExitError
	}
}
