package rules

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratch(t *testing.T) {
	files := os.Getenv("SCRATCH")
	if files == "" {
		t.Skip()
	}
	set, al := readReal(t, strings.Split(files, ",")...)
	if os.Getenv("BLOCKS") != "" {
		for _, d := range set.Versions {
			for _, b := range d.Blocks {
				m := ""
				if b.Marker != nil {
					m = fmt.Sprintf("%s/%s/%d", b.Marker.Raw, b.Marker.System, b.Marker.Value)
					if b.Marker.Old != nil {
						m += " old=" + b.Marker.Old.Raw
					}
					m += " " + b.Marker.Change.String() + " rev=" + b.Revision.String()
				}
				fmt.Printf("%s %d L%d %s lv%d [%s] %s %q\n", d.ID, b.Index, b.Line, b.Kind, b.Level, m, b.Section, snippet(b.Text, 40))
			}
		}
	}
	fs, err := Run(set, al, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		fmt.Printf("%s:%d:%d: %s: %s [%s]\n", f.Location.Version, f.Location.Line, f.Location.Column, f.Severity, f.Message, f.Rule)
		if os.Getenv("TEXT") != "" && f.Location.Block >= 0 {
			for _, d := range set.Versions {
				if d.ID == f.Location.Version {
					fmt.Printf("    > %s\n", d.Blocks[f.Location.Block].Text)
				}
			}
			for _, r := range f.Related {
				for _, d := range set.Versions {
					if d.ID == r.Version && r.Block >= 0 {
						fmt.Printf("    %s> %s\n", r.Version, d.Blocks[r.Block].Text)
					}
				}
			}
		}
		if os.Getenv("REL") != "" {
			for _, r := range f.Related {
				fmt.Printf("    %s:%d\n", r.Version, r.Line)
			}
		}
	}
}
