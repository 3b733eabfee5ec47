package rules

import (
	"strings"
	"testing"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/corpus"
)

// TestInjectRegressions replays injections of TestInject that once gave
// false alarms (structure/unaligned warnings about blocks around the
// damage): each damaged set must give new findings only at the damaged
// place, and at least one there.
func TestInjectRegressions(t *testing.T) {
	blockStarting := func(t *testing.T, d *corpus.Document, prefix string) int {
		t.Helper()
		for b := range d.Blocks {
			if strings.HasPrefix(d.Blocks[b].Text, prefix) {
				return b
			}
		}
		t.Fatalf("%s: no block starting %q", d.ID, prefix)
		return -1
	}
	tests := []struct {
		name   string
		files  []string
		v      int
		damage func(t *testing.T, set *corpus.Set, al *align.Alignment, d *corpus.Document) []corpus.Span
	}{
		{
			// A sentence deleted from the English article 18: five
			// versions no longer pair with the English paragraph, the
			// Arabic one still does; only English is to be reported.
			"udhr-xml, sentence deleted in the pivot", udhr("xml"), 0,
			func(t *testing.T, set *corpus.Set, al *align.Alignment, d *corpus.Document) []corpus.Span {
				b := blockStarting(t, d, "Everyone has the right to freedom of thought")
				text := d.Blocks[b].Text
				d.Blocks[b].Text = text[:strings.Index(text, "; ")+2]
				return []corpus.Span{around(d, b)}
			},
		},
		{
			// The English markers (a) and (b) of a list swapped: the
			// Spanish and French items must stay paired alike.
			"eu-2017-2403, markers swapped in the pivot", []string{"eu-2017-2403/CELEX-32017R2403-EN-TXT.html", "eu-2017-2403/CELEX-32017R2403-ES-TXT.html", "eu-2017-2403/CELEX-32017R2403-FR-TXT.html"}, 0,
			func(t *testing.T, set *corpus.Set, al *align.Alignment, d *corpus.Document) []corpus.Span {
				a := blockStarting(t, d, "the date of each of the requests received")
				d.Blocks[a].Marker, d.Blocks[a+1].Marker = d.Blocks[a+1].Marker, d.Blocks[a].Marker
				for _, l := range lists(0, d) {
					if containsInt(l.items, a) {
						return listPlace(d, l)
					}
				}
				t.Fatal("the damaged item is in no list")
				return nil
			},
		},
		{
			// A French paragraph of s. 12 replaced by its English text,
			// far from the definitions (sorted differently in each
			// language): the definitions must stay paired.
			"ca-T-3.4, paragraph left in English", []string{"ca-laws/eng/acts/T-3.4.xml", "ca-laws/fra/lois/T-3.4.xml"}, 1,
			func(t *testing.T, set *corpus.Set, al *align.Alignment, d *corpus.Document) []corpus.Span {
				b := blockStarting(t, d, "Dès réception, le Conseil adresse copie de la demande")
				for _, row := range al.Rows {
					if len(row.Cells[1]) == 1 && row.Cells[1][0] == b && len(row.Cells[0]) == 1 {
						d.Blocks[b].Text = set.Versions[0].Blocks[row.Cells[0][0]].Text
						return []corpus.Span{around(d, b)}
					}
				}
				t.Fatal("the French paragraph has no English counterpart")
				return nil
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, al := readReal(t, tt.files...)
			base, err := Run(set, al, nil)
			if err != nil {
				t.Fatal(err)
			}
			baseKeys := map[string]bool{}
			for _, f := range base {
				baseKeys[findingKey(f)] = true
			}
			damaged := cloneSet(set)
			d := damaged.Versions[tt.v]
			places := tt.damage(t, damaged, al, d)
			dal, err := align.Align(damaged, align.Options{})
			if err != nil {
				t.Fatal(err)
			}
			fs, err := Run(damaged, dal, nil)
			if err != nil {
				t.Fatal(err)
			}
			caught := false
			for _, f := range fs {
				if baseKeys[findingKey(f)] {
					continue
				}
				if atPlace(f, d.ID, places) {
					caught = true
					continue
				}
				t.Errorf("false alarm: %s:%d: %s [%s]", f.Location.Version, f.Location.Line, f.Message, f.Rule)
			}
			if !caught {
				t.Errorf("the damage at %v is not reported", places)
			}
		})
	}
}
