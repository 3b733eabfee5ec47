package parity_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/paritydoc/parity"
	"github.com/paritydoc/parity/report"
	"github.com/paritydoc/parity/rules"
)

// The shipped example: six versions of one resolution with deliberate defects.
func exampleVersions() []parity.Version {
	var vs []parity.Version
	for _, l := range []string{"en", "fr", "zh"} {
		vs = append(vs, parity.Version{Path: filepath.Join("examples", "resolution", "resolution."+l+".txt")})
	}
	return vs
}

// Load reads the versions; the language of each comes from its file name.
func ExampleLoad() {
	set, err := parity.Load(exampleVersions()...)
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range set.Versions {
		fmt.Println(d.ID, d.Format, filepath.Base(d.Path))
	}
	// Output:
	// en txt resolution.en.txt
	// fr txt resolution.fr.txt
	// zh txt resolution.zh.txt
}

// Align puts the versions side by side: each row names, for each version,
// the blocks that correspond.
func ExampleAlign() {
	set, err := parity.Load(exampleVersions()...)
	if err != nil {
		log.Fatal(err)
	}
	al, err := parity.Align(set, parity.AlignOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("versions:", al.Versions, "pivot:", al.Versions[al.Pivot])
	// The title is the first row in every version.
	first := al.Rows[0]
	for v, id := range al.Versions {
		b := set.Versions[v].Blocks[first.Cells[v][0]]
		fmt.Printf("%s: %s\n", id, b.Text)
	}
	// Output:
	// versions: [en fr zh] pivot: en
	// en: Resolution 103 (Geneva, 2026)
	// fr: Résolution 103 (Genève, 2026)
	// zh: 第103号决议（2026年，日内瓦）
}

// Check runs the rules; a configuration can switch rules off or change
// their severity. Here only the list-letter defect of the French version
// is printed.
func ExampleCheck() {
	set, err := parity.Load(exampleVersions()...)
	if err != nil {
		log.Fatal(err)
	}
	al, err := parity.Align(set, parity.AlignOptions{})
	if err != nil {
		log.Fatal(err)
	}
	findings, err := parity.Check(set, al, &rules.Config{Severity: map[string]rules.Severity{"numbering/sequence": rules.Warning}})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range findings {
		if f.Rule == "numbering/sequence" {
			fmt.Printf("%s:%d: %s: %s\n", filepath.Base(f.Location.Path), f.Location.Line, f.Severity, f.Message)
		}
	}
	// Output:
	// resolution.fr.txt:11: warning: fr skips letter c): b) is followed by d)
}

// Render prints a result in any of the formats of 'parity check'.
func ExampleRender() {
	set, err := parity.Load(parity.Version{Path: filepath.Join("examples", "resolution", "resolution.fr.txt")})
	if err != nil {
		log.Fatal(err)
	}
	findings, err := parity.Check(set, nil, &rules.Config{Disabled: map[string]bool{"lang/untranslated": true}})
	if err != nil {
		log.Fatal(err)
	}
	for i := range findings {
		findings[i].Location.Path = filepath.Base(findings[i].Location.Path)
	}
	err = parity.Render(os.Stdout, "github", &report.Result{Versions: set.Versions, Findings: findings})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// ::error file=resolution.fr.txt,line=11,col=1,title=numbering/sequence::fr skips letter c): b) is followed by d)
}

// Sets groups the documents under a directory into sets of versions by
// the language in their file names.
func ExampleSets() {
	g, err := parity.Sets("examples")
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range g.Sets {
		fmt.Println(s.Key, len(s.Files), "versions")
	}
	// Output:
	// examples/clean/resolution 6 versions
	// examples/resolution/resolution 6 versions
}
