package cmd

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/paritydoc/parity/report"
)

func init() {
	subcommands = append(subcommands, newMergeCmd)
}

func newMergeCmd(s *IO) *cobra.Command {
	var output, failOn string
	c := &cobra.Command{
		Use:   "merge REPORT.json...",
		Short: "Merge the JSON reports of 'parity check --shard' runs into one",
		Long: `merge joins the directory-mode JSON reports that 'parity check --format json
--shard K/N DIR' wrote on several machines or CI jobs into one report with
the sets in key order and the summaries added, as if one run had checked
the whole archive. A set found in two reports (overlapping shards) is an
error. The exit status follows --fail-on, as for 'parity check', and is 2
when a shard reports a set that could not be checked.`,
		Example: `  parity merge shard1.json shard2.json shard3.json > report.json`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			threshold, err := ParseFailOn(failOn)
			if err != nil {
				return usagef("%v", err)
			}
			var buf bytes.Buffer
			sum, err := report.MergeSets(&buf, args)
			if err != nil {
				return err
			}
			if output == "" || output == "-" {
				if _, err := s.Out.Write(buf.Bytes()); err != nil {
					return err
				}
			} else if err := os.WriteFile(output, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("--output %s: %w", output, pathErr(err))
			}
			if sum.Failed > 0 {
				// As in 'parity check DIR': an input error, whatever the
				// findings of the sets that were checked.
				if sum.Failed == 1 {
					return fmt.Errorf("1 set could not be checked (see the \"error\" of its entry in the report)")
				}
				return fmt.Errorf("%d sets could not be checked (see the \"error\" of their entries in the report)", sum.Failed)
			}
			if sum.AtLeast(threshold) {
				return ErrFindings
			}
			return nil
		},
	}
	c.Flags().StringVarP(&output, "output", "o", "", "write the merged report to `FILE`")
	c.Flags().StringVar(&failOn, "fail-on", "error", "exit with 1 when a finding has this severity or above: error, warning, info or none")
	return c
}
