package rules

import (
	"fmt"
	"sort"

	"github.com/paritydoc/parity/lang"
)

// XrefParity reports aligned blocks that cite different targets.
var XrefParity = &Rule{
	Name: "xref/parity",
	Doc: `Reports aligned blocks whose cross-references point at different places in different versions: "Article 5(1)" in one version and "l'article 5, paragraphe 2" in another. ` +
		`Targets are compared after normalization across languages and forms (3(1)(f), 3(1)f), "article 3, paragraph 1, point (f)" and 第三条第一款第六项 are the same target), references into other documents included. ` +
		`When most versions agree the others are reported; with two versions, the one that is not the pivot. A target one version cites and another leaves out (a translation that says "the preceding paragraph") is not reported; only a target replaced by another is.`,
	Severity:    Warning,
	MinVersions: 2,
	Run:         runXrefParity,
}

type refOcc struct {
	block int
	ref   lang.Reference
}

func runXrefParity(p *Pass) error {
	if p.Alignment == nil {
		return nil
	}
	vs := p.Versions()
	pv := pivot(p)
	for _, row := range p.Alignment.Rows {
		targets := make([]map[string]refOcc, len(vs))
		n := 0
		for v := range vs {
			if v >= len(row.Cells) || len(row.Cells[v]) == 0 {
				continue
			}
			targets[v] = map[string]refOcc{}
			for _, b := range row.Cells[v] {
				for _, ref := range lang.References(vs[v].Blocks[b].Text, vs[v].Lang) {
					for _, tg := range ref.Targets {
						if _, ok := targets[v][tg]; !ok {
							targets[v][tg] = refOcc{b, ref}
						}
					}
				}
			}
			if len(targets[v]) > 0 {
				n++
			}
		}
		if n < 2 {
			continue
		}
		all := map[string]bool{}
		for _, m := range targets {
			for tg := range m {
				all[tg] = true
			}
		}
		keys := make([]string, 0, len(all))
		for k := range all {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		missing := make([][]string, len(vs))
		extra := make([][]string, len(vs))
		for _, tg := range keys {
			var have, lack []int
			for v := range vs {
				if targets[v] == nil || len(targets[v]) == 0 {
					continue
				}
				if _, ok := targets[v][tg]; ok {
					have = append(have, v)
				} else {
					lack = append(lack, v)
				}
			}
			if len(lack) == 0 || len(have) == 0 {
				continue
			}
			if len(have) > len(lack) || len(have) == len(lack) && contains(have, pv) {
				for _, v := range lack {
					missing[v] = append(missing[v], tg)
				}
			} else {
				for _, v := range have {
					extra[v] = append(extra[v], tg)
				}
			}
		}
		for v := range vs {
			// only replaced targets: one missing paired with one extra
			// of the same depth
			used := map[string]bool{}
			for _, x := range missing[v] {
				for _, y := range extra[v] {
					if used[y] || depth(x) != depth(y) {
						continue
					}
					used[y] = true
					oy := targets[v][y]
					var holders []string
					var ox refOcc
					var rel []Location
					for w := range vs {
						if o, ok := targets[w][x]; ok && w != v {
							holders = append(holders, vs[w].ID)
							rel = append(rel, findIn(p, w, o.block, o.ref.Raw))
							if ox.ref.Raw == "" || w == pv {
								ox = o // quote the pivot's wording when it has one
							}
						}
					}
					p.Report(Finding{
						Location: findIn(p, v, oy.block, oy.ref.Raw),
						Message:  fmt.Sprintf("%s refers to %s where %s %s %s", vs[v].ID, quote(oy.ref.Raw), joinIDs(holders), hasHave(len(holders)), quote(ox.ref.Raw)),
						Related:  rel,
					})
					break
				}
			}
		}
	}
	return nil
}

func depth(tg string) int {
	n := 1
	for _, c := range tg {
		if c == '/' {
			n++
		}
	}
	return n
}
