package corpus

import "unicode/utf8"

// chunkFlags reports what the text s holds, as flags of scanLine:
// lineInvalid when it is not valid UTF-8, lineNUL when it holds a NUL,
// lineControl when it holds a byte below 0x20 other than tab, line feed and
// carriage return, lineBracket when it holds a "[".
func chunkFlags(s string) uint8 {
	var fl uint8
	if !utf8.ValidString(s) {
		fl |= lineInvalid
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// The classic (v-0x01…)&^v test, which can flag a byte above a
		// true hit but never a word without one: a word that passes it
		// is read byte by byte.
		x := load64(s, i)
		t := x ^ bcast('[')
		if ((x-bcast(0x20))&^x|(t-swarOnes)&^t)&swarHigh != 0 {
			fl |= bytesFlags(s[i : i+8])
		}
	}
	return fl | bytesFlags(s[i:])
}

// bytesFlags is chunkFlags without the UTF-8 check, a byte at a time.
func bytesFlags(s string) uint8 {
	var fl uint8
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '[':
			fl |= lineBracket
		case c == 0:
			fl |= lineControl | lineNUL
		case isControl(c):
			fl |= lineControl
		}
	}
	return fl
}
