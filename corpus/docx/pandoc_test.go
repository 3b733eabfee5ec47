package docx

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// pandoc's DOCX fixtures come with .native files, pandoc's reading of
// their structure. For the list fixtures, the expectations below write
// down each numbered item and the number Word shows; starts lists the
// start of every ordered list in the .native file, in order, which the
// test checks against the file so the expectations stay tied to it.
var pandocLists = []struct {
	file   string
	starts []string // "start,style" of each OrderedList in the .native file
	items  []string // "value text" of each numbered block
}{
	{"lists_continuing", []string{"1,Decimal", "4,Decimal"},
		[]string{"1 Foo", "2 Bar", "3 Baz", "4 Bop"}},
	{"lists_restarting", []string{"2,Decimal", "1,Decimal"},
		[]string{"2 Foo", "3 Bar", "4 Baz", "1 Bop."}},
	{"lists_level_override", []string{"1,Decimal", "2,Decimal", "3,Decimal", "4,Decimal", "5,Decimal", "6,Decimal"},
		[]string{"1 State of Documentation", "2 Content Migration", "3 Wiki (xl)", "4 XL Code Autoreview Bot (XLCRBot).", "5 Code documentation", "6 Education efforts"}},
	{"lists_sublist_reset", []string{"1,Decimal", "1,Decimal", "1,Decimal"},
		[]string{"1 Head 1", "1 Head 1.1", "2 Head 1.2", "2 Head 2", "1 Head 2.1"}},
	{"lists_restart_8367", []string{"1,Decimal", "1,Decimal"},
		[]string{"1 Item 1", "2 Item 2", "3 Item 3", "1 Item 1", "2 Item 2", "3 Item 3", "4 Item 4"}},
	{"lists", []string{"1,Decimal", "1,LowerAlpha"},
		[]string{"1 one", "2 two", "1 a", "2 b"}},
}

var nativeStart = regexp.MustCompile(`OrderedList\s*\(\s*(\d+)\s*,\s*(\w+)`)

func TestPandocLists(t *testing.T) {
	for _, c := range pandocLists {
		t.Run(c.file, func(t *testing.T) {
			native, err := os.ReadFile(testcorpus.Path(t, "docx-pandoc/"+c.file+".native"))
			if err != nil {
				t.Fatal(err)
			}
			var starts []string
			for _, m := range nativeStart.FindAllStringSubmatch(string(native), -1) {
				starts = append(starts, m[1]+","+m[2])
			}
			if strings.Join(starts, " ") != strings.Join(c.starts, " ") {
				t.Fatalf("the .native file's lists start %v, the test expects %v", starts, c.starts)
			}
			doc := readFile(t, testcorpus.Path(t, "docx-pandoc/"+c.file+".docx"), corpus.Options{})
			var items []string
			for _, b := range doc.Blocks {
				if b.Marker == nil || b.Marker.Value == 0 || b.Kind == corpus.KindHeading {
					continue
				}
				items = append(items, fmt.Sprintf("%d %s", b.Marker.Value, b.Text))
			}
			if strings.Join(items, "\n") != strings.Join(c.items, "\n") {
				t.Errorf("numbered items:\n%s\nwant:\n%s", strings.Join(items, "\n"), strings.Join(c.items, "\n"))
			}
		})
	}
}

// TestPandocNotesAndRevisions: notes become footnote blocks linked by
// label; the tracked-change fixtures give the texts pandoc accepts and
// rejects.
func TestPandocNotesAndRevisions(t *testing.T) {
	doc := readFile(t, testcorpus.Path(t, "docx-pandoc/notes.docx"), corpus.Options{})
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", b.Kind, b.Text, strings.Join(b.FootnoteRefs(), ","), b.FootnoteID()))
	}
	want := []string{
		"heading|A footnote||",
		"paragraph|Test footnote. Test endnote.|1,i|",
		"footnote|My note.||1",
		"footnote|This is an endnote at the end of the document.||i",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes.docx:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range []struct {
		file            string
		final, original string // "status text" per block, blocks separated by " / "
	}{
		{"track_changes_insertion", "changed This is a text with two exciting insertions.", "changed This is a text with insertions."},
		{"track_changes_deletion", "changed This is a text with a deletion.", "changed This is a text with an excessively modified deletion."},
		{"track_changes_move", "none Here is some text. / inserted Here is the text to be moved. / none Here is some more text.",
			"none Here is some text. / none Here is some more text. / deleted Here is the text to be moved."},
		{"paragraph_insertion_deletion", "changed This is a / changed splitParagraph.", "changed This is a split / none Paragraph."},
	} {
		path := testcorpus.Path(t, "docx-pandoc/"+c.file+".docx")
		final, original, err := ReadBoth(c.file, mustRead(t, path), corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []struct {
			doc  *corpus.Document
			want string
		}{{final, c.final}, {original, c.original}} {
			var got []string
			for _, b := range v.doc.Blocks {
				got = append(got, b.Revision.String()+" "+b.Text)
			}
			if g := strings.Join(got, " / "); g != v.want {
				t.Errorf("%s, %s view:\n got  %s\n want %s", c.file, v.doc.View, g, v.want)
			}
		}
	}
}

// TestPandocCrossReference: a REF field shows its result, and the heading
// it points at carries the bookmark as its anchor.
func TestPandocCrossReference(t *testing.T) {
	doc := readFile(t, testcorpus.Path(t, "docx-pandoc/cross_reference.docx"), corpus.Options{})
	if len(doc.Blocks) != 2 {
		t.Fatalf("%d blocks, want 2", len(doc.Blocks))
	}
	h, p := doc.Blocks[0], doc.Blocks[1]
	if h.Kind != corpus.KindHeading || h.Text != "TITLE" || h.Anchor() != "_Ref214226214" {
		t.Errorf("heading: %v %q anchor %q", h.Kind, h.Text, h.Anchor())
	}
	if p.Text != "Cross-reference: TITLE" {
		t.Errorf("paragraph with REF field: %q", p.Text)
	}
}
