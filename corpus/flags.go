package corpus

// Flags of a text (chunkScan): what its bytes hold.
const (
	// lineBracket: a "[" (the line holding it may carry extraction
	// artifacts, see cleanLine).
	lineBracket uint8 = 1 << iota
	// lineControl: a C0 control byte other than tab, line feed and
	// carriage return (see isControl).
	lineControl
	// lineNUL: a NUL byte (a binary file).
	lineNUL
	// lineInvalid: bytes that are not valid UTF-8.
	lineInvalid
)
