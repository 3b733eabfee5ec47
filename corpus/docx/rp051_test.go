package docx

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// RP051-Arabic is a real ITU WRC-12 proposal (MOD of Resolution 417) in
// Arabic. Its tracked changes delete most lettered "considering" items and
// re-insert them re-lettered. The letters are typed (abjad order); this
// test writes down the letters and revision states a reader of each view
// sees, section by section.
func TestRP051Arabic(t *testing.T) {
	path := testcorpus.Path(t, "docx-revisions/RP/RP051-Arabic.docx")
	final, original, err := ReadBoth(filepath.Base(path), mustRead(t, path), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const (
		considering = "إذ يضع في اعتباره"
		recognizing = "وإذ يدرك"
		noting      = "وإذ يلاحظ"
	)
	type want struct{ letters, revs string }
	cases := []struct {
		doc  *corpus.Document
		want map[string]want
	}{
		{final, map[string]want{
			considering: {"أ ب ج د ه و", "changed none inserted inserted inserted inserted"},
			recognizing: {"أ ب ج", "changed changed changed"},
			noting:      {"أ ب", "changed inserted"},
		}},
		{original, map[string]want{
			considering: {"أ ب ج د ه و ز ح ط ي", "changed none deleted deleted deleted deleted deleted deleted deleted deleted"},
			recognizing: {"أ ب ج د", "deleted changed changed changed"},
			noting:      {"-", "changed"},
		}},
	}
	for _, c := range cases {
		for heading, w := range c.want {
			letters, revs := sectionItems(c.doc, heading)
			if letters != w.letters || revs != w.revs {
				t.Errorf("%s view, %q:\n got  letters %s | %s\n want letters %s | %s", c.doc.View, heading, letters, revs, w.letters, w.revs)
			}
		}
	}
}

// sectionItems returns the leading letter of each block after the heading
// block with text heading, up to the next heading, and their revisions.
func sectionItems(doc *corpus.Document, heading string) (letters, revs string) {
	var ls, rs []string
	in := false
	for _, b := range doc.Blocks {
		if b.Text == heading {
			in = true
			continue
		}
		if !in {
			continue
		}
		if b.Kind == corpus.KindHeading || strings.HasPrefix(b.Text, "وإذ ") || strings.HasPrefix(b.Text, "يقـرر") {
			break
		}
		ls = append(ls, leadLetter(b))
		rs = append(rs, b.Revision.String())
	}
	return strings.Join(ls, " "), strings.Join(rs, " ")
}

// leadLetter is the list letter of a block: its parsed marker, or the
// typed one at the start of its text when the marker parser did not take
// it; "-" when there is none. Spaces inside the marker ("د )") and the
// presentation form of heh (ﻫ) are normalised.
func leadLetter(b corpus.Block) string {
	raw := ""
	if b.Marker != nil {
		raw = b.Marker.Raw
	} else if i := strings.Index(b.Text, ")"); i > 0 && len([]rune(b.Text[:i])) <= 3 {
		raw = b.Text[:i+1]
	}
	raw = strings.NewReplacer(" ", "", ")", "", "ﻫ", "ه", "\t", "").Replace(raw)
	if raw == "" {
		return "-"
	}
	return raw
}
