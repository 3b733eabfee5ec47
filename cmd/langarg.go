package cmd

import (
	"os"
	"regexp"
	"strings"

	"github.com/paritydoc/parity/corpus"
)

// This file reads the language given to files on the command line: the
// LANG=PATH form of an input and the --lang flag of 'parity check'.

// tagLike matches what was meant as the language of LANG=PATH: letters,
// then subtags of letters or digits joined by - or _ ("xx", "zh-Hanz",
// "english"), not a path.
var tagLike = regexp.MustCompile(`^[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*$`)

// splitLangArg reads an input argument, a path or LANG=PATH ("zh=seed.txt",
// "en-GB=a.docx"). A file literally named like LANG=PATH wins over the
// form. An argument of that form whose LANG is not a language code is a
// usage error naming the code, rather than a file not found: "xx=seed.txt"
// is refused with "xx" is not a language code.
func splitLangArg(arg string) (path, lang string, err error) {
	if l, p, ok := corpus.ParseLangArg(arg); ok {
		if _, err := os.Stat(arg); err != nil {
			return p, l, nil
		}
		return arg, "", nil
	}
	tag, rest, found := strings.Cut(arg, "=")
	if !found || !tagLike.MatchString(tag) || rest == "" {
		return arg, "", nil
	}
	if _, err := os.Stat(arg); err == nil {
		return arg, "", nil // a file named "notes=draft.txt"
	}
	if _, err := os.Stat(rest); err == nil {
		return "", "", usagef("%s: %q is not a language code (LANG=PATH wants a code such as zh, fr or en-GB)", arg, tag)
	}
	return "", "", usagef("%s: no such file, and %q is not a language code for LANG=PATH (zh, fr, en-GB...)", arg, tag)
}

// checkLangFlag refuses --lang unless exactly one file is named one by one:
// with several, one language for all of them is almost always a mistake
// (the versions of a set are in different languages), and with directories
// only it would be silently ignored. files are the files named one by one
// (with or without LANG=), dirs the directories.
func checkLangFlag(lang string, files []corpus.SetFile, dirs []string) error {
	if lang == "" || len(files) == 1 {
		return nil
	}
	if len(files) == 0 {
		return usagef("--lang %s names the language of one file named one by one, and only directories are named (%s); there the file names give the languages, or .parity.yaml 'languages'", lang, dirs[0])
	}
	return usagef("--lang %s names the language of one file, and %d files are named; give each file its language with LANG=PATH (%s=FILE)", lang, len(files), lang)
}
