// Package examples holds no code: it is parity's shipped example set, a
// six-language ITU-style resolution written for parity, in resolution/
// (with five deliberate defects, listed in resolution/DEFECTS.md) and in
// clean/ (the same texts without them). See README.md.
//
// Its test keeps the two sets honest: the clean versions correspond line
// by line, the defect set differs from the clean one exactly at the
// places DEFECTS.md lists, and checking the defect set reports each
// defect where it is and nothing else, the clean set nothing at all.
package examples
