package cmd

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/paritydoc/parity/rules"
)

func init() {
	subcommands = append(subcommands, newRulesCmd)
}

func newRulesCmd(s *IO) *cobra.Command {
	var names bool
	c := &cobra.Command{
		Use:   "rules [RULE...]",
		Short: "List the rules 'parity check' runs, with their documentation",
		Long: `rules prints every rule: its id, default severity, how many versions it
needs, and its documentation. With rule ids as arguments it prints only
those. The ids are what findings, .parity.yaml and SARIF use.`,
		Example: `  parity rules
  parity rules numbering/sequence
  parity rules --names`,
		RunE: func(c *cobra.Command, args []string) error {
			var list []*rules.Rule
			if len(args) == 0 {
				list = rules.All()
			}
			for _, a := range args {
				r, ok := rules.Lookup(a)
				if !ok {
					return usagef("unknown rule %q (run 'parity rules --names' for the list)", a)
				}
				list = append(list, r)
			}
			w := bufio.NewWriter(s.Out)
			for i, r := range list {
				if names {
					fmt.Fprintln(w, r.Name)
					continue
				}
				if i > 0 {
					fmt.Fprintln(w)
				}
				need := "one version"
				if r.MinVersions > 1 {
					need = fmt.Sprintf("%d versions", r.MinVersions)
				}
				fmt.Fprintf(w, "%s (%s; needs %s)\n", r.Name, r.Severity, need)
				for _, line := range wrap(strings.Join(strings.Fields(r.Doc), " "), 76) {
					fmt.Fprintf(w, "    %s\n", line)
				}
			}
			return w.Flush()
		},
	}
	c.Flags().BoolVar(&names, "names", false, "print only the rule ids")
	return c
}

// wrap breaks text into lines of at most width characters at spaces.
func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		l := len([]rune(w))
		if n > 0 && n+1+l > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(w)
		n += l
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
