package cmd

// The readers that register themselves with corpus.RegisterFormat. The
// text, HTML and XML readers are part of package corpus; the others are
// linked into the command here.
import (
	_ "github.com/paritydoc/parity/corpus/docx" // DOCX with tracked changes
)
