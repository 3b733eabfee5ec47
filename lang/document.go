package lang

import "sort"

// DocumentDetector is a Detector that also decides the language of a whole
// document from its blocks. *detect.Detector (the lingua-go detector the
// command line builds) is one.
type DocumentDetector interface {
	Detector
	// Document returns the language of the document whose block texts
	// are given, with a confidence in [0,1]; see DocumentLanguage.
	Document(texts []string) (code string, confidence float64)
}

// DocumentLanguage decides the language of a whole document by asking d
// about each of its blocks: every block that is not Und votes for its
// language with a weight of its WordLetters times its confidence, so long
// paragraphs count more than headings and a few untranslated blocks do not
// change the answer. The confidence is the winner's share of all votes.
// Ties go to the code that sorts first. A document with no decided block
// gives (Und, 0).
func DocumentLanguage(d Detector, texts []string) (string, float64) {
	votes := map[string]float64{}
	total := 0.0
	for _, t := range texts {
		code, conf := d.Detect(t)
		if code == Und || conf <= 0 {
			continue
		}
		w := float64(WordLetters(t)) * conf
		votes[code] += w
		total += w
	}
	if total == 0 {
		return Und, 0
	}
	codes := make([]string, 0, len(votes))
	for c := range votes {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	best := codes[0]
	for _, c := range codes[1:] {
		if votes[c] > votes[best] {
			best = c
		}
	}
	return best, votes[best] / total
}

// Document implements DocumentDetector for the script alone.
func (d ScriptDetector) Document(texts []string) (string, float64) {
	return DocumentLanguage(d, texts)
}
