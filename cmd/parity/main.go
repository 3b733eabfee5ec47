// Command parity checks the language versions of an official document
// against each other. See the README and 'parity --help'.
package main

import (
	"os"

	"github.com/paritydoc/parity/cmd"
	"golang.org/x/term"
)

func main() {
	os.Exit(cmd.Main(os.Args[1:], &cmd.IO{
		In:         os.Stdin,
		Out:        os.Stdout,
		ErrOut:     os.Stderr,
		IsTerminal: term.IsTerminal(int(os.Stdout.Fd())),
		Getenv:     os.Getenv,
	}))
}
