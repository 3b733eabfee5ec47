package align

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/internal/testcorpus"
)

// damage returns a copy of d without the blocks at del and with the
// block at merge joined to the one after it, blocks renumbered; gold
// follows the blocks (a merged block keeps both gold ids).
func damage(d *corpus.Document, gold []string, del, merge int) (*corpus.Document, [][]string) {
	c := *d
	c.Blocks = nil
	var g [][]string
	for i := 0; i < len(d.Blocks); i++ {
		if i == del {
			continue
		}
		b := d.Blocks[i]
		ids := []string{gold[i]}
		if i == merge && i+1 < len(d.Blocks) {
			b.Text += " " + d.Blocks[i+1].Text
			ids = append(ids, gold[i+1])
			i++
		}
		b.Index = len(c.Blocks)
		c.Blocks = append(c.Blocks, b)
		g = append(g, ids)
	}
	return &c, g
}

// TestDamagedVersion aligns the English UDHR with a Chinese version from
// which one paragraph was deleted (Article 18) and in which two were
// merged (the two paragraphs of Article 2), and checks that the damage
// shows where it is and the rows around it stay right.
func TestDamagedVersion(t *testing.T) {
	for _, strip := range []bool{false, true} {
		name := "structure"
		if strip {
			name = "text-only"
		}
		t.Run(name, func(t *testing.T) { testDamaged(t, strip) })
	}
}

func testDamaged(t *testing.T, strip bool) {
	dir := testcorpus.Path(t, "udhr/xml")
	pe, pz := filepath.Join(dir, "udhr_eng.xml"), filepath.Join(dir, "udhr_cmn_hans.xml")
	en := readDoc(t, pe, "en", "en")
	zh := readDoc(t, pz, "zh", "zh")
	ge := lineGold(en, udhrXMLGold(t, pe))
	gz := lineGold(zh, udhrXMLGold(t, pz))
	find := func(g []string, id string) int {
		for i, x := range g {
			if x == id {
				return i
			}
		}
		t.Fatalf("no block with gold %s", id)
		return -1
	}
	del, merge := find(gz, "A18#1"), find(gz, "A2#1")
	if gz[merge+1] != "A2#2" {
		t.Fatalf("Article 2 of the Chinese version is not two paragraphs")
	}
	dz, gzd := damage(zh, gz, del, merge)
	if strip {
		stripStructure(en)
		stripStructure(dz)
	}
	set := &corpus.Set{Versions: []*corpus.Document{en, dz}}
	al, err := Align(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkAlignment(t, set, al)
	var log strings.Builder
	for _, r := range al.Rows {
		var a, b []string
		for _, x := range r.Cells[0] {
			a = append(a, ge[x])
		}
		for _, y := range r.Cells[1] {
			b = append(b, gzd[y]...)
		}
		sa, sb := strings.Join(a, ","), strings.Join(b, ",")
		switch {
		case sa == "A18#1":
			if len(r.Cells[1]) != 0 {
				t.Errorf("the deleted paragraph's English counterpart is aligned with %s", sb)
			}
		case sa == "" || sb == "":
			// Rows only one version has: only the Chinese note (the
			// English has none) may be one.
			if sb != "note" {
				t.Errorf("unexpected one-sided row: en %q zh %q", sa, sb)
			}
		case strings.HasPrefix(sa, "P") || sa == "P,P" || strings.Trim(strings.ReplaceAll(sa, "P", ""), ",") == "":
			// The preamble splits differently; it is scored as a whole.
			if strings.Trim(strings.ReplaceAll(sb, "P", ""), ",") != "" {
				t.Errorf("preamble row joins %s", sb)
			}
		case sa != sb:
			t.Errorf("row en %s is aligned with zh %s", sa, sb)
		}
		if n := articleOf(sa); n == 1 || n == 2 || n == 3 || n == 17 || n == 18 || n == 19 {
			fmt.Fprintf(&log, "%-14s %-14s %.2f %s\n", sa, sb, r.Confidence, r.Reason)
		}
	}
	t.Logf("rows around the damage (en gold, zh gold, confidence, reason):\n%s", log.String())
}

// articleOf reads the article number of a UDHR gold id ("A18#1" → 18).
func articleOf(id string) int {
	n := 0
	if !strings.HasPrefix(id, "A") {
		return 0
	}
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}
