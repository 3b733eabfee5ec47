package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/paritydoc/parity/align"
	"github.com/paritydoc/parity/baseline"
	"github.com/paritydoc/parity/config"
	"github.com/paritydoc/parity/corpus"
	_ "github.com/paritydoc/parity/corpus/docx" // registers the DOCX reader
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/report"
	"github.com/paritydoc/parity/rules"
)

// CheckOptions are the flags and arguments of 'parity check'.
type CheckOptions struct {
	// Args are the files, LANG=PATH pairs and directories named.
	Args          []string
	Format        string
	Output        string
	FailOn        string
	failOnSet     bool
	Config        string
	Baseline      string
	WriteBaseline string
	Pivot         string
	Encoding      string
	Lang          string
	Jobs          int
	Shard         string
	// MaxSize is the --max-size value ("64MiB", "200MB", "1048576").
	MaxSize  string
	maxBytes int64
	// Detector overrides the language detector (tests); nil builds one.
	Detector lang.Detector
}

func init() {
	subcommands = append(subcommands, newCheckCmd)
}

func newCheckCmd(s *IO) *cobra.Command {
	o := &CheckOptions{}
	c := &cobra.Command{
		Use:   "check FILE... | DIR...",
		Short: "Check the language versions of a document against each other",
		Long: `check reads the versions, aligns them block by block and runs every rule
(see 'parity rules'); a single version is checked with the rules that need
only one. Each finding is printed as

    path:line:col: severity: message [rule]

followed by the corresponding places in the other versions, then a one-line
summary.

Files named one by one are the versions of one document; name a version's
language with LANG=PATH when its file name does not say it (zh=seed.txt).
A directory is searched for documents, which are grouped into sets of
language versions by the language in their file or folder names:
udhr_eng.txt, report.fr.html, A_RES_78_1-E.docx (UN/ITU one-letter
suffixes A C E F R S), CELEX-32017R2403-EN-TXT.html, eng/T-3.4.xml. Sets
with a single version and files that fit no set are reported. Sets are
checked in parallel (--jobs) and reported in a fixed order; --shard K/N
checks every N-th set only, and 'parity merge' joins the shards' JSON.
Each set is read and checked on its own, so its findings do not depend on
the other sets of the run. A directory with no document, or a run in which
no file has a language, is an input error: a gate never passes on nothing.

A .parity.yaml found in the inputs' directory or above (or --config)
switches rules off, changes severities, gives languages to files and
ignores text that legitimately differs. --baseline FILE reports only the
findings that FILE (written by --write-baseline) does not have.

Exit status: 0 when nothing at or above --fail-on was found, 1 when
something was, 2 on usage or input errors. docs/ci.md shows a GitHub
Actions job and a pre-commit hook.`,
		Example: `  parity check examples/resolution/*.txt
  parity check examples/
  parity check zh=seed.txt en=seed_en.docx
  parity check --format sarif --output parity.sarif docs/
  parity check --fail-on warning --baseline .parity-baseline.json docs/
  parity check --format json --shard 1/4 archive/ > shard1.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Args = args
			o.failOnSet = c.Flags().Changed("fail-on")
			return RunCheck(s, o)
		},
	}
	f := c.Flags()
	f.StringVar(&o.Format, "format", "text", "report format: text, json, sarif, github or html")
	f.StringVarP(&o.Output, "output", "o", "", "write the report to `FILE` (the exit status still reflects the findings)")
	f.StringVar(&o.FailOn, "fail-on", "error", "exit with 1 when a finding has this severity or above: error, warning, info or none")
	f.StringVar(&o.Config, "config", "", "configuration `FILE` (default: .parity.yaml in the inputs' directory or above)")
	f.StringVar(&o.Baseline, "baseline", "", "report only findings that are not in this baseline `FILE`")
	f.StringVar(&o.WriteBaseline, "write-baseline", "", "record the current findings in this baseline `FILE`")
	f.StringVar(&o.Pivot, "pivot", "", "version (ID or language) the others are aligned through (default: English, else the first); in directory mode, sets without it use the default, and a language no set has is an error")
	f.StringVar(&o.Encoding, "encoding", "", "encoding of text files (utf-8, gb18030, big5, windows-1251...); detected when empty")
	f.StringVar(&o.Lang, "lang", "", "language of the files named one by one, when there is one (zh, fr...); detected when empty")
	f.IntVarP(&o.Jobs, "jobs", "j", runtime.NumCPU(), "sets checked in parallel")
	f.StringVar(&o.MaxSize, "max-size", defaultMaxSize, maxSizeUsage)
	f.StringVar(&o.Shard, "shard", "", "check only shard `K/N` of the sets (1 ≤ K ≤ N), for spreading an archive over N jobs")
	return c
}

// ParseFailOn reads a --fail-on value: the lowest severity that fails the
// run, or 0 for "none".
func ParseFailOn(s string) (rules.Severity, error) {
	switch s {
	case "error":
		return rules.Error, nil
	case "warning":
		return rules.Warning, nil
	case "info":
		return rules.Info, nil
	case "none":
		return 0, nil
	}
	return 0, fmt.Errorf("--fail-on must be error, warning, info or none, not %q", s)
}

// ParseShard reads --shard K/N. The empty string is shard 1/1.
func ParseShard(s string) (k, n int, err error) {
	if s == "" {
		return 1, 1, nil
	}
	a, b, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 1 || k > n {
		return 0, 0, fmt.Errorf("--shard must be K/N with 1 ≤ K ≤ N (such as 2/4), not %q", s)
	}
	return k, n, nil
}

// checkJob is one set to check, with its place in the output order.
type checkJob struct {
	n    int
	spec corpus.SetSpec
}

// checkDone is a checked set.
type checkDone struct {
	res *report.Result
	err error
}

// RunCheck runs 'parity check'.
func RunCheck(s *IO, o *CheckOptions) error {
	// Flags first: every malformed value is a usage error.
	if !contains(report.Formats, o.Format) {
		return usagef("--format must be text, json, sarif, github or html, not %q", o.Format)
	}
	if _, err := ParseFailOn(o.FailOn); err != nil {
		return usagef("%v", err)
	}
	shardK, shardN, err := ParseShard(o.Shard)
	if err != nil {
		return usagef("%v", err)
	}
	if o.Jobs < 1 {
		return usagef("--jobs must be at least 1, not %d", o.Jobs)
	}
	if o.MaxSize != "" {
		n, err := ParseSize(o.MaxSize)
		if err != nil {
			return usagef("--max-size: %v", err)
		}
		o.maxBytes = n
	}
	if o.Lang != "" {
		if _, _, ok := corpus.ParseLangArg(o.Lang + "=x"); !ok {
			return usagef("--lang: %q is not a language code (want zh, fr, en-GB...)", o.Lang)
		}
	}

	// Inputs: LANG=PATH pairs and files form one set; directories are grouped.
	var explicit []corpus.SetFile
	var dirs []string
	firstDir := ""
	for _, a := range o.Args {
		path, lng, err := splitLangArg(a)
		if err != nil {
			return err
		}
		fi, err := os.Stat(path)
		if err != nil {
			return fmt.Errorf("%s: %w", path, pathErr(err))
		}
		if firstDir == "" {
			firstDir = filepath.Dir(path)
			if fi.IsDir() {
				firstDir = path
			}
		}
		if fi.IsDir() {
			if lng != "" {
				return usagef("%s: LANG=PATH names a file, and %s is a directory", a, path)
			}
			dirs = append(dirs, path)
			continue
		}
		if lng == "" {
			lng = o.Lang
		}
		explicit = append(explicit, corpus.SetFile{Path: path, Lang: lng})
	}
	if err := checkLangFlag(o.Lang, explicit, dirs); err != nil {
		return err
	}

	// Configuration.
	cfg, err := loadConfig(o, firstDir)
	if err != nil {
		return err
	}
	failOn := o.FailOn
	if !o.failOnSet && cfg.FailOn != "" {
		failOn = cfg.FailOn
	}
	threshold, _ := ParseFailOn(failOn)

	// Sets.
	var specs []corpus.SetSpec
	var grouping corpus.Grouping
	if len(explicit) > 0 {
		for i := range explicit {
			if explicit[i].Lang == "" {
				explicit[i].Lang = cfg.LangOf(explicit[i].Path)
			}
		}
		specs = append(specs, corpus.SetSpec{Files: explicit})
	}
	if len(dirs) > 0 {
		g, err := corpus.FindSets(dirs, corpus.GroupOptions{
			LangOf:  cfg.LangOf,
			Exclude: func(p string, _ bool) bool { return cfg.Excluded(p) },
		})
		if err != nil {
			return err
		}
		grouping = *g
		if err := checkFound(dirs, g); err != nil {
			return err
		}
		if o.Pivot != "" && !anySetHas(g.Sets, o.Pivot) {
			return usagef("--pivot %s: no set has a version in that language (languages: %s)", o.Pivot, strings.Join(setLanguages(g.Sets), ", "))
		}
		specs = append(specs, g.Sets...)
	}
	multi := len(dirs) > 0
	for _, p := range []string{o.Output, o.WriteBaseline} {
		if p == "" || p == "-" {
			continue
		}
		for _, sp := range specs {
			for _, f := range sp.Files {
				if sameFile(p, f.Path) {
					return usagef("%s is an input; parity never writes to its inputs", p)
				}
			}
		}
	}
	if shardN > 1 {
		var mine []corpus.SetSpec
		for i, sp := range specs {
			if i%shardN == shardK-1 {
				mine = append(mine, sp)
			}
		}
		if len(mine) == 0 && len(specs) > 0 {
			// Legitimate (the other shards have the sets), but say it.
			fmt.Fprintf(s.ErrOut, "parity: note: shard %d/%d has no set to check (%d in all)\n", shardK, shardN, len(specs))
		}
		specs = mine
	}

	// Baseline.
	var filter *baseline.Filter
	if o.Baseline != "" {
		b, err := baseline.Read(o.Baseline)
		if err != nil {
			return err
		}
		filter = b.NewFilter()
	}
	var record *baseline.Baseline
	if o.WriteBaseline != "" {
		record = baseline.New()
	}

	// Detectors are built per set, for that set's own languages, and
	// shared by the sets with the same candidates (see readSet).
	dets := &detectors{}

	// The report streams to Out or to the --output file, which is removed
	// again when the run fails before the report is complete.
	var out io.Writer = s.Out
	var file *os.File
	if o.Output != "" && o.Output != "-" {
		file, err = os.Create(o.Output)
		if err != nil {
			return fmt.Errorf("--output %s: %w", o.Output, pathErr(err))
		}
		defer func() {
			if file != nil { // not closed: the report is incomplete
				file.Close()
				os.Remove(o.Output)
			}
		}()
		out = file
	}
	color := file == nil && s.IsTerminal && s.getenv("NO_COLOR") == "" && s.getenv("TERM") != "dumb"
	printer, err := report.NewPrinter(o.Format, out, report.PrintOptions{
		Color:       color,
		Rules:       ruleInfos(),
		ToolVersion: toolVersion(),
		Sets:        multi,
	})
	if err != nil {
		return usagef("%v", err)
	}

	var bar *progressbar.ProgressBar
	if f, ok := s.ErrOut.(*os.File); ok && showProgress(len(specs), term.IsTerminal(int(f.Fd())), s.IsTerminal, file != nil) {
		bar = progressbar.NewOptions(len(specs),
			progressbar.OptionSetWriter(f),
			progressbar.OptionSetDescription("checking sets"),
			progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100_000_000))
	}

	sum := report.Summary{Singles: nonEmpty(grouping.Singles()), Unmatched: grouping.Unmatched}
	var failed []error
	consume := func(d checkDone, key string) error {
		if bar != nil {
			bar.Add(1)
		}
		if d.err != nil {
			sum.Failed++
			if !multi {
				return d.err
			}
			// One bad set does not stop an archive run: say which and why,
			// on standard error and in the report when it has room for it,
			// and go on; the run ends as an input error.
			failed = append(failed, d.err)
			fmt.Fprintf(s.ErrOut, "parity: set %s: %s\n", key, report.OneLine(d.err))
			if fp, ok := printer.(report.FailedPrinter); ok {
				return fp.AddFailed(key, d.err)
			}
			return nil
		}
		r := d.res
		if record != nil {
			record.Add(r.Findings, r.Versions)
		}
		if filter != nil {
			var n int
			r.Findings, n = filter.Apply(r.Findings, r.Versions)
			sum.Suppressed += n
		}
		sum.Add(r)
		return printer.Add(r)
	}
	if err := runSets(specs, o.Jobs, func(sp corpus.SetSpec) checkDone {
		return checkSet(sp, o, cfg, dets)
	}, consume); err != nil {
		return err
	}
	if bar != nil {
		bar.Finish()
	}
	if err := printer.Close(&sum); err != nil {
		return err
	}
	if o.Format == "sarif" || o.Format == "github" {
		// These formats have no place for them: say it on standard error.
		if n := len(sum.Singles); n > 0 {
			fmt.Fprintf(s.ErrOut, "parity: note: %d set(s) with a single version, each checked on its own: %s\n", n, strings.Join(sum.Singles, ", "))
		}
		if n := len(sum.Unmatched); n > 0 {
			fmt.Fprintf(s.ErrOut, "parity: note: %d file(s) fit no set (no language in the name or folder): %s\n", n, strings.Join(sum.Unmatched, ", "))
		}
	}
	if file != nil {
		err := file.Close()
		file = nil
		if err != nil {
			return fmt.Errorf("--output: %w", err)
		}
	}
	if record != nil {
		var buf bytes.Buffer
		if err := record.Write(&buf); err != nil {
			return err
		}
		if err := os.WriteFile(o.WriteBaseline, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("--write-baseline %s: %w", o.WriteBaseline, pathErr(err))
		}
	}
	if len(failed) > 0 {
		// An input error, even when a baseline was written: the sets that
		// were read are still all checked and reported above.
		return fmt.Errorf("%d of %d sets could not be checked (see above)", len(failed), len(specs))
	}
	if record != nil {
		// Recording a baseline accepts today's findings: the gate passes.
		return nil
	}
	if sum.AtLeast(threshold) {
		return ErrFindings
	}
	return nil
}

// runSets checks sets with a bounded pool of workers and hands the
// results to consume in the sets' order. At most 2×jobs sets are read and
// not yet consumed at any time, so memory is bounded whatever the number
// of sets.
func runSets(specs []corpus.SetSpec, jobs int, check func(corpus.SetSpec) checkDone, consume func(checkDone, string) error) error {
	if jobs > len(specs) {
		jobs = max(1, len(specs))
	}
	window := 2 * jobs
	results := make([]chan checkDone, len(specs))
	for i := range results {
		results[i] = make(chan checkDone, 1)
	}
	slots := make(chan struct{}, window)
	work := make(chan checkJob)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				results[j.n] <- check(j.spec)
			}
		}()
	}
	go func() {
		defer close(work)
		for i, sp := range specs {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case work <- checkJob{i, sp}:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for i := range specs {
		d := <-results[i]
		err = consume(d, specs[i].Key)
		d = checkDone{}
		<-slots // the set is printed and dropped: room for another
		if err != nil {
			close(stop)
			break
		}
	}
	wg.Wait()
	return err
}

// checkSet reads, aligns and checks one set.
func checkSet(sp corpus.SetSpec, o *CheckOptions, cfg *config.Config, dets *detectors) checkDone {
	set, others, err := readSet(sp.Key, sp.Files, corpus.Options{Encoding: o.Encoding, MaxBytes: o.maxBytes}, dets, o.Detector)
	if err != nil {
		return checkDone{err: err}
	}
	var paths []string
	for _, f := range sp.Files {
		paths = append(paths, f.Path)
	}
	var al *align.Alignment
	if len(set.Versions) > 1 {
		pivot := o.Pivot
		if pivot != "" && sp.Key != "" && !hasVersion(set, pivot) {
			// In directory mode a set without the pivot language is aligned
			// through its default pivot rather than refused.
			pivot = ""
		}
		al, err = align.Align(set, align.Options{Pivot: pivot})
		if err != nil {
			if strings.Contains(err.Error(), "pivot") {
				return checkDone{err: usagef("%s", strings.TrimPrefix(err.Error(), "align: "))}
			}
			return checkDone{err: err}
		}
	}
	rc := cfg.RulesConfig(paths)
	// Word files were read in both views: revision/pending counts the
	// paragraphs inserted or deleted as a whole from the pair.
	rc.OtherView = others
	findings, err := rules.Run(set, al, rc)
	if err != nil {
		return checkDone{err: err}
	}
	findings = cfg.Apply(findings)
	var ran []string
	for _, r := range rules.All() {
		if !rc.Disabled[r.Name] && len(set.Versions) >= r.MinVersions {
			ran = append(ran, r.Name)
		}
	}
	return checkDone{res: &report.Result{Key: sp.Key, Versions: set.Versions, Alignment: al, Findings: findings, RulesRun: sortedCopy(ran), Checked: true}}
}

// checkFound makes a directory run that found nothing to check an input
// error, so that a CI job given a wrong or empty path fails instead of
// passing on nothing: a directory with no document under it, or a run
// whose documents fit no set. (A shard that gets no set is fine: the other
// shards have them.)
func checkFound(dirs []string, g *corpus.Grouping) error {
	for _, d := range dirs {
		root := filepath.Clean(d)
		found := false
		under := func(p string) bool {
			return root == "." || strings.HasPrefix(p, root+string(filepath.Separator)) || p == root
		}
		for _, sp := range g.Sets {
			for _, f := range sp.Files {
				found = found || under(f.Path)
			}
		}
		for _, p := range g.Unmatched {
			found = found || under(p)
		}
		if !found {
			return fmt.Errorf("%s: no documents found (parity reads %s files)", d, strings.Join(corpus.Formats(), ", "))
		}
	}
	if len(g.Sets) == 0 {
		names := g.Unmatched
		more := ""
		if len(names) > 3 {
			names, more = names[:3], fmt.Sprintf(" and %d more", len(g.Unmatched)-3)
		}
		return fmt.Errorf("%s: nothing to check: no file has a language in its name or folder (%s%s); name one with LANG=PATH or in .parity.yaml 'languages'",
			strings.Join(dirs, ", "), strings.Join(names, ", "), more)
	}
	return nil
}

// anySetHas reports whether a version of one of the sets is in the
// language (or has the ID) pivot: "zh" matches zh-Hans, "zh-Hans" only
// zh-Hans, "en-2" the language en.
func anySetHas(sets []corpus.SetSpec, pivot string) bool {
	p := pivot
	if i := strings.LastIndexByte(p, '-'); i > 0 && isDigitsOnly(p[i+1:]) {
		p = p[:i]
	}
	for _, sp := range sets {
		for _, l := range setLangs(sp.Files) {
			if strings.EqualFold(l, p) || strings.EqualFold(corpus.BaseLang(l), p) {
				return true
			}
		}
	}
	return false
}

// setLanguages lists the languages of the sets' files, sorted, once each.
func setLanguages(sets []corpus.SetSpec) []string {
	seen := map[string]bool{}
	var out []string
	for _, sp := range sets {
		for _, l := range setLangs(sp.Files) {
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
	}
	return sortedCopy(out)
}

func isDigitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func hasVersion(set *corpus.Set, id string) bool {
	for _, d := range set.Versions {
		if d.ID == id || d.Lang == id {
			return true
		}
	}
	return false
}

// loadConfig reads --config, or the .parity.yaml found by walking up from
// firstDir, the first input's directory (or the first input, when it is a
// directory).
func loadConfig(o *CheckOptions, firstDir string) (*config.Config, error) {
	path := o.Config
	if path == "" {
		if firstDir == "" {
			return &config.Config{}, nil
		}
		p, err := config.Find(firstDir)
		if err != nil {
			return nil, err
		}
		if p == "" {
			return &config.Config{}, nil
		}
		path = p
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	if err := cfg.CheckRules(func(n string) bool { _, ok := rules.Lookup(n); return ok }); err != nil {
		return nil, err
	}
	return cfg, nil
}

func ruleInfos() []report.RuleInfo {
	var out []report.RuleInfo
	for _, r := range rules.All() {
		out = append(out, report.RuleInfo{Name: r.Name, Doc: r.Doc, Severity: r.Severity})
	}
	return out
}

// toolVersion is the module version parity was built as, or "devel".
func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(fa, fb)
	}
	aa, _ := filepath.Abs(a)
	bb, _ := filepath.Abs(b)
	return aa == bb
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func nonEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// showProgress decides whether 'parity check' draws a progress bar: only
// for more than one set, only on a standard error that is a terminal, and
// only when the report does not stream to that same terminal (it goes to a
// file, or standard output is not a terminal).
func showProgress(sets int, errIsTerminal, outIsTerminal, toFile bool) bool {
	return sets > 1 && errIsTerminal && (toFile || !outIsTerminal)
}
