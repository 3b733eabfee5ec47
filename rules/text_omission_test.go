package rules

import "testing"

// TestCountSentences: the sentence and clause counts text/omission
// compares, in the scripts of the six UN languages, with the dots that end
// no sentence (decimals, abbreviations, initials) and the conjunction after
// the semicolon of a list item.
func TestCountSentences(t *testing.T) {
	tests := []struct {
		text           string
		sents, clauses int
	}{
		{"Everyone has the right to life. See art. 3 and No. 5 of 1.5 percent; or", 2, 2},
		{"in the case of an individual, to a penalty of up to $1,500; or", 1, 1},
		{"Regulation (EU) No 1380/2013 of the European Parliament. It applies (OJ L 354, 28.12.2013, p. 22).", 2, 2},
		{"The Director (J. Smith) reports. The report is public!", 2, 2},
		{"Is it so? Yes, it is.", 2, 2},
		{"the Member States; the Commission; and the Council.", 1, 3},
		{"前項申請書應載明事項不完備者，主管機關應通知申請人限期補正；屆期不補正或補正不完備者，不予受理。", 1, 2},
		{"亦同。前項認定標準，由主管機關定之。", 2, 2},
		{"人人有思想、良心和宗教自由的权利;此项权利包括改变他的宗教或信仰的自由。", 1, 2},
		{"См. ст. 5 и п. 3. Это всё.", 2, 2},
		{"يولد جميع الناس أحرارًا. وهم متساوون في الكرامة والحقوق؛ وقد وهبوا عقلاً وضميرًا", 2, 3},
		{"هل هذا صحيح؟ نعم، هذا صحيح.", 2, 2},
		{"", 0, 0},
	}
	for _, tt := range tests {
		s, c := countSentences(tt.text)
		if s != tt.sents || c != tt.clauses {
			t.Errorf("countSentences(%q) = %d sentences, %d clauses; want %d, %d", tt.text, s, c, tt.sents, tt.clauses)
		}
	}
}
