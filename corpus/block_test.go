package corpus

import (
	"reflect"
	"testing"
	"unsafe"
)

// TestBlockSize: a large document has hundreds of thousands of blocks,
// all allocated, zeroed and scanned by the garbage collector; what few
// blocks have lives apart (blockNotes). A new field is welcome, but should
// be weighed against this.
func TestBlockSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are for 64-bit platforms")
	}
	if got := unsafe.Sizeof(Block{}); got > 136 {
		t.Errorf("a Block takes %d bytes, more than 136: keep fields that few blocks have in blockNotes", got)
	}
}

// TestBlockNotesCopies: the notes behave as fields of a value: setting
// them on a block leaves its copies as they were.
func TestBlockNotesCopies(t *testing.T) {
	var a Block
	if a.FootnoteRefs() != nil || a.FootnoteID() != "" || a.Terms() != nil || a.DeclaredLang() != "" || a.Anchor() != "" {
		t.Fatal("a zero Block has notes")
	}
	a.SetFootnoteRefs(nil)
	a.SetFootnoteID("")
	if a.notes != nil {
		t.Error("setting empty notes allocated them")
	}
	a.SetFootnoteRefs([]string{"1"})
	a.SetTerms([]string{"décision", "decision"})
	a.SetAnchor("art-1")
	b := a
	b.SetAnchor("art-2")
	b.SetFootnoteID("2")
	b.SetDeclaredLang("fr")
	b.SetFootnoteRefs([]string{"1", "3"})
	if a.FootnoteID() != "" || a.DeclaredLang() != "" || a.Anchor() != "art-1" || !reflect.DeepEqual(a.FootnoteRefs(), []string{"1"}) {
		t.Errorf("setting the copy's notes changed the original: %q %q %q", a.FootnoteID(), a.DeclaredLang(), a.FootnoteRefs())
	}
	if b.FootnoteID() != "2" || b.DeclaredLang() != "fr" || b.Anchor() != "art-2" || !reflect.DeepEqual(b.FootnoteRefs(), []string{"1", "3"}) ||
		!reflect.DeepEqual(b.Terms(), []string{"décision", "decision"}) {
		t.Errorf("the copy's notes: %q %q %q %q", b.FootnoteID(), b.DeclaredLang(), b.FootnoteRefs(), b.Terms())
	}
}
