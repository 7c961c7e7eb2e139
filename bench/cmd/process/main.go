// Command process measures hearsay and govader as whole processes: JSON
// Lines in, one line a document out, the way a user runs them over a
// corpus. Each contender is a command that reads the JSONL on standard
// input and takes -j N workers; it runs pinned to one CPU (taskset -c 0,
// -j 1) and on all CPUs (-j with the number of CPUs), in interleaved rounds,
// and the program prints per contender the median wall time, MB/s of input,
// peak RSS, output bytes and output bytes per input byte, and the ratio to
// the baseline (govader).
//
//	cd bench && go run ./cmd/process -corpus ../../shared/eval/polnear-dev/text -repeat 10
//	go run ./cmd/process -input docs.jsonl -rounds 7 -wait-idle 30s
//	go run ./cmd/process -corpus DIR -contender 'hearsay-rules=hearsay batch --rules-only'
//
// It builds hearsay (cmd/hearsay of the repository it sits in) and
// govader-jsonl (bench/cmd/govader-jsonl) into a temporary directory
// unless -hearsay or -govader give their paths. See bench/README.md.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/hearsay-go/hearsay/bench/internal/host"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "process:", err)
		os.Exit(1)
	}
}

// A contender is a command under measurement.
type contender struct {
	name string
	argv []string // as given; "hearsay" and "govader-jsonl" name the built programs
	rows bool     // writes any number of lines (rows), not one a document
}

// The default contenders; -contender adds others or replaces these by name.
var defaultContenders = []string{
	"hearsay=hearsay batch",
	"govader=govader-jsonl",
}

// parseContender reads NAME=COMMAND; the command is split at white space
// (no quoting).
func parseContender(s string) (contender, error) {
	name, command, ok := strings.Cut(s, "=")
	name = strings.TrimSpace(name)
	argv := strings.Fields(command)
	if !ok || name == "" || len(argv) == 0 {
		return contender{}, fmt.Errorf("contender %q: want NAME=COMMAND, e.g. 'hearsay-csv=hearsay batch --format csv'", s)
	}
	return contender{name: name, argv: argv}, nil
}

// contenderFlag collects -contender values.
type contenderFlag []contender

func (f *contenderFlag) String() string { return "" }
func (f *contenderFlag) Set(s string) error {
	c, err := parseContender(s)
	if err != nil {
		return err
	}
	*f = append(*f, c)
	return nil
}

// A mode is how the contenders run: pinned to one CPU with one worker, or
// on every CPU with as many workers.
type mode struct {
	name   string
	pinned bool
	jobs   int // the -j given to the command
	cores  int // CPUs the process may use
}

func parseModes(s string, cpus, jobs int) ([]mode, error) {
	var out []mode
	for _, f := range strings.Split(s, ",") {
		var m mode
		switch strings.TrimSpace(f) {
		case "pinned":
			m = mode{name: "pinned", pinned: true, jobs: 1, cores: 1}
		case "all":
			m = mode{name: "all", jobs: jobs, cores: cpus}
		default:
			return nil, fmt.Errorf("-modes: unknown mode %q (want pinned, all)", f)
		}
		if !slices.ContainsFunc(out, func(o mode) bool { return o.name == m.name }) {
			out = append(out, m)
		}
	}
	return out, nil
}

// A setup is everything a run needs to know.
type setup struct {
	input   string // the JSONL file
	docs    int    // its documents (non-blank lines)
	size    int64  // its bytes
	tmp     string // where outputs go
	taskset string // the path of taskset, when a mode is pinned
	cpu     int    // the CPU pinned runs use
	bins    map[string]string
}

// command is the argument list that runs c in mode m.
func (s *setup) command(c contender, m mode) []string {
	argv := slices.Clone(c.argv)
	if p, ok := s.bins[argv[0]]; ok {
		argv[0] = p
	}
	argv = append(argv, "-j", strconv.Itoa(m.jobs))
	if m.pinned {
		argv = append([]string{s.taskset, "-c", strconv.Itoa(s.cpu)}, argv...)
	}
	return argv
}

// shown is the command line as printed: the contender's own words.
func (s *setup) shown(c contender, m mode) string {
	argv := append(slices.Clone(c.argv), "-j", strconv.Itoa(m.jobs))
	if m.pinned {
		argv = append([]string{"taskset", "-c", strconv.Itoa(s.cpu)}, argv...)
	}
	return strings.Join(argv, " ") + " < input.jsonl > out"
}

// execute runs c once in mode m with the input on standard input and its
// output in a file, then reads the output back and checks it.
func (s *setup) execute(c contender, m mode) (sample, error) {
	in, err := os.Open(s.input)
	if err != nil {
		return sample{}, err
	}
	defer in.Close()
	outPath := filepath.Join(s.tmp, "out")
	out, err := os.Create(outPath)
	if err != nil {
		return sample{}, err
	}
	defer out.Close()
	errPath := filepath.Join(s.tmp, "stderr")
	errFile, err := os.Create(errPath)
	if err != nil {
		return sample{}, err
	}
	defer errFile.Close()

	argv := s.command(c, m)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, out, errFile
	st0, _ := host.ReadCPUStat()
	t0 := time.Now()
	err = cmd.Run()
	wall := time.Since(t0)
	st1, ok := host.ReadCPUStat()
	if err != nil {
		msg, _ := os.ReadFile(errPath)
		return sample{}, fmt.Errorf("%s: %s: %w%s", c.name, s.shown(c, m), err, tail(msg))
	}
	r := sample{wall: wall}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.maxRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	if ok && st1.Busy >= st0.Busy {
		machine := time.Duration(st1.Busy-st0.Busy) * time.Second / host.TicksPerSecond
		r.others = max(0, machine-r.cpu)
	}
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		return sample{}, err
	}
	if r.out, err = readOutput(out); err != nil {
		return sample{}, fmt.Errorf("%s: reading its output: %w", c.name, err)
	}
	if err := r.out.check(s.docs, c.rows); err != nil {
		return sample{}, fmt.Errorf("%s: %s: %w", c.name, s.shown(c, m), err)
	}
	return r, nil
}

// disturbed tells whether the rest of the machine got in a run's way: a
// pinned run that had less than 90% of its CPU, or a run on all CPUs while
// the rest of the machine used more than 10% of it.
func disturbed(x sample, m mode, ncpu int) bool {
	if m.pinned {
		return share(x.cpu, x.wall, 1) < 90
	}
	return share(x.others, x.wall, ncpu) > 10
}

// tail is the end of a failed command's standard error, for the message.
func tail(b []byte) string {
	s := strings.TrimSpace(string(b))
	if s == "" {
		return ""
	}
	if len(s) > 2000 {
		s = "…" + s[len(s)-2000:]
	}
	return "\n" + s
}

func run(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("process", flag.ContinueOnError)
	fl.SetOutput(stderr)
	corpus := fl.String("corpus", "", "a directory of .txt articles (searched recursively), made into JSONL in a temporary file")
	repeat := fl.Int("repeat", 10, "with -corpus: how many times the articles are repeated in the JSONL")
	saveInput := fl.String("save-input", "", "with -corpus: write the JSONL to this file and stop (to run or profile the programs on it by hand)")
	input := fl.String("input", "", "a JSONL file ({\"id\": ..., \"text\": ...} a line), used as it is")
	rounds := fl.Int("rounds", 5, "interleaved rounds; the median is reported")
	var extra contenderFlag
	fl.Var(&extra, "contender", "NAME=COMMAND: a contender besides "+strings.Join(defaultContenders, " and ")+" (or in place of one of the same name); the command reads JSONL on standard input and gets -j N appended; repeatable")
	only := fl.String("contenders", "", "comma-separated names of the contenders to run (default: all defined)")
	rows := fl.String("rows", "", "comma-separated contenders whose output has any number of lines (rows, e.g. CSV): only their exit status, error records and non-empty output are checked")
	baseline := fl.String("baseline", "govader", "the contender the others are compared with")
	hearsayBin := fl.String("hearsay", "", "the hearsay binary (default: built from the repository into a temporary directory)")
	govaderBin := fl.String("govader", "", "the govader-jsonl binary (default: built from bench/cmd/govader-jsonl)")
	modesFlag := fl.String("modes", "pinned,all", "comma-separated: pinned (taskset -c CPU, -j 1) and all (every CPU, -j -jobs)")
	cpu := fl.Int("cpu", 0, "the CPU pinned runs use")
	jobs := fl.Int("jobs", runtime.NumCPU(), "the -j of runs on all CPUs")
	waitIdle := fl.Duration("wait-idle", 0, "on a shared machine: before each run wait up to this long for idle CPUs, and run again (at most twice) a pinned run that had less than 90% of its CPU or a run on all CPUs while the rest of the machine used more than 10% of it")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: process (-corpus DIR [-repeat N] | -input FILE) [flags]")
		fmt.Fprintln(stderr, "Runs hearsay batch and govader-jsonl as processes over one JSONL input, pinned to one CPU and on all, interleaved, and prints median wall time, MB/s, peak RSS and output size.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return flag.ErrHelp
	}
	if (*corpus == "") == (*input == "") {
		return errors.New("pass one of -corpus DIR and -input FILE")
	}
	if *rounds < 1 {
		return errors.New("-rounds must be at least 1")
	}
	if *saveInput != "" && *corpus == "" {
		return errors.New("-save-input needs -corpus")
	}
	if *jobs < 1 {
		return errors.New("-jobs must be at least 1")
	}
	ncpu := runtime.NumCPU()
	modes, err := parseModes(*modesFlag, ncpu, *jobs)
	if err != nil {
		return err
	}
	cs, err := pickContenders(extra, *only, *rows)
	if err != nil {
		return err
	}

	tmp, err := os.MkdirTemp("", "hearsay-process-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	s := &setup{tmp: tmp, cpu: *cpu, bins: map[string]string{}}
	if *saveInput == "" && slices.ContainsFunc(modes, func(m mode) bool { return m.pinned }) {
		if s.taskset, err = exec.LookPath("taskset"); err != nil {
			return errors.New("taskset not found on PATH: pinned runs need it (util-linux); install it or pass -modes all")
		}
	}

	source := *input
	if *corpus != "" {
		articles, err := readArticles(*corpus)
		if err != nil {
			return err
		}
		s.input = filepath.Join(tmp, "input.jsonl")
		if *saveInput != "" {
			s.input = *saveInput
		}
		f, err := os.Create(s.input)
		if err != nil {
			return err
		}
		_, err = writeJSONL(f, articles, *repeat)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("writing the input: %w", err)
		}
		source = fmt.Sprintf("%s (%d articles) ×%d", *corpus, len(articles), *repeat)
		if *saveInput != "" {
			fmt.Fprintf(stdout, "wrote     %s: %s\n", s.input, source)
			return nil
		}
	} else {
		s.input = *input
	}
	f, err := os.Open(s.input)
	if err != nil {
		return err
	}
	s.docs, s.size, err = countDocuments(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("reading %s: %w", s.input, err)
	}

	built, err := s.resolve(cs, *hearsayBin, *govaderBin)
	if err != nil {
		return err
	}

	fmt.Fprintf(stdout, "input     %s: %d documents, %.2f MB of JSONL\n", source, s.docs, mb(s.size))
	fmt.Fprintf(stdout, "machine   %s, %d CPUs (runtime.NumCPU), %s/%s, load %s at the start\n", host.CPUModel(), ncpu, runtime.GOOS, runtime.GOARCH, host.Loadavg())
	for _, b := range built {
		fmt.Fprintf(stdout, "built     %s\n", b)
	}
	fmt.Fprintf(stdout, "rounds    %d, contenders interleaved (order rotated each round), outputs written to a file and read back after each run\n", *rounds)
	for _, m := range modes {
		for _, c := range cs {
			fmt.Fprintf(stdout, "  %-7s %-14s %s\n", m.name, c.name, s.shown(c, m))
		}
	}
	fmt.Fprintln(stdout)

	// Warm up (page cache, binaries) and fail early: one run each, untimed.
	for _, c := range cs {
		if _, err := s.execute(c, modes[0]); err != nil {
			return err
		}
	}

	results := make(map[string]map[string][]sample) // contender → mode → runs
	for _, c := range cs {
		results[c.name] = map[string][]sample{}
	}
	for r := range *rounds {
		for _, m := range modes {
			for k := range cs {
				c := cs[(k+r)%len(cs)]
				var x sample
				for try := 0; ; try++ {
					if *waitIdle > 0 {
						host.WaitForIdle(*waitIdle)
					}
					if x, err = s.execute(c, m); err != nil {
						return err
					}
					if *waitIdle == 0 || !disturbed(x, m, ncpu) || try == 2 {
						break
					}
					fmt.Fprintf(stderr, "round %d/%d %-6s %-14s %6.3f s, busy %.0f%%, others %.0f%%: running again\n", r+1, *rounds, m.name, c.name, x.wall.Seconds(), share(x.cpu, x.wall, m.cores), share(x.others, x.wall, ncpu))
				}
				results[c.name][m.name] = append(results[c.name][m.name], x)
				fmt.Fprintf(stderr, "round %d/%d %-6s %-14s %6.3f s %7.2f MB/s %6.1f MB RSS  busy %3.0f%%  others %3.0f%%  load %s\n",
					r+1, *rounds, m.name, c.name, x.wall.Seconds(), mbps(s.size, x.wall), mb(x.maxRSS), share(x.cpu, x.wall, m.cores), share(x.others, x.wall, ncpu), host.Loadavg())
			}
		}
	}

	sums := map[string]map[string]summary{}
	for _, c := range cs {
		sums[c.name] = map[string]summary{}
		for _, m := range modes {
			sums[c.name][m.name] = summarize(results[c.name][m.name], m.cores, ncpu)
		}
	}
	for _, m := range modes {
		report(stdout, s, cs, results, sums, m, *baseline)
	}
	if len(modes) > 1 {
		fmt.Fprintf(stdout, "scaling, %s → %s (median wall %s ÷ %s):\n", modes[0].name, modes[len(modes)-1].name, modes[0].name, modes[len(modes)-1].name)
		for _, c := range cs {
			lo, hi := modes[0].name, modes[len(modes)-1].name
			rs := roundRatios(results[c.name][hi], results[c.name][lo])
			fmt.Fprintf(stdout, "  %-14s %.2f×; round by round %.2f× (median; %.2f–%.2f)\n", c.name, speedup(sums[c.name][hi].wall, sums[c.name][lo].wall), median(rs), slices.Min(rs), slices.Max(rs))
		}
	}
	return nil
}

// report prints one mode's table.
func report(w io.Writer, s *setup, cs []contender, results map[string]map[string][]sample, sums map[string]map[string]summary, m mode, baseline string) {
	if m.pinned {
		fmt.Fprintf(w, "pinned to CPU %d (-j 1)", s.cpu)
	} else {
		fmt.Fprintf(w, "all %d CPUs (-j %d)", m.cores, m.jobs)
	}
	fmt.Fprintf(w, ", median of %d rounds (CPU: user + system time; busy: CPU time ÷ wall × %d; others: the rest of the machine's CPU share meanwhile):\n", sums[cs[0].name][m.name].runs, m.cores)
	fmt.Fprintf(w, "  %-14s %8s %17s %7s %8s %18s %9s %9s %8s %5s %6s\n", "contender", "wall s", "(min–max)", "CPU s", "MB/s", "peak RSS MB (max)", "out MB", "out B/B", "lines", "busy", "others")
	for _, c := range cs {
		x := sums[c.name][m.name]
		note := ""
		if !x.same {
			note = "  [output differed between runs]"
		}
		fmt.Fprintf(w, "  %-14s %8.3f %17s %7.3f %8.2f %18s %9.2f %9.2f %8d %4.0f%% %5.0f%%%s\n", c.name, x.wall.Seconds(),
			fmt.Sprintf("(%.3f–%.3f)", x.min.Seconds(), x.max.Seconds()), x.cpu.Seconds(), mbps(s.size, x.wall),
			fmt.Sprintf("%.1f (%.1f)", mb(x.rss), mb(x.maxRSS)), mb(x.out.bytes), float64(x.out.bytes)/float64(s.size), x.out.lines, x.busy, x.others, note)
	}
	if b, ok := sums[baseline][m.name]; ok {
		for _, c := range cs {
			if c.name != baseline {
				rs := roundRatios(results[c.name][m.name], results[baseline][m.name])
				fmt.Fprintf(w, "  %s/%s: %.2f× (median wall of %s ÷ median wall of %s); round by round %.2f× (median; %.2f–%.2f); by CPU time %.2f×\n",
					c.name, baseline, speedup(sums[c.name][m.name].wall, b.wall), baseline, c.name, median(rs), slices.Min(rs), slices.Max(rs),
					speedup(sums[c.name][m.name].cpu, b.cpu))
			}
		}
	}
	fmt.Fprintln(w)
}

// pickContenders merges the defaults with -contender, keeps those named by
// -contenders (all when empty) and marks those named by -rows.
func pickContenders(extra []contender, only, rows string) ([]contender, error) {
	var all []contender
	for _, d := range defaultContenders {
		c, _ := parseContender(d)
		all = append(all, c)
	}
	for _, c := range extra {
		if i := slices.IndexFunc(all, func(a contender) bool { return a.name == c.name }); i >= 0 {
			all[i] = c
		} else {
			all = append(all, c)
		}
	}
	names := func(cs []contender) string {
		var n []string
		for _, c := range cs {
			n = append(n, c.name)
		}
		return strings.Join(n, ", ")
	}
	cs := all
	if only != "" {
		cs = nil
		for _, name := range splitList(only) {
			i := slices.IndexFunc(all, func(a contender) bool { return a.name == name })
			if i < 0 {
				return nil, fmt.Errorf("-contenders: unknown contender %q (defined: %s)", name, names(all))
			}
			cs = append(cs, all[i])
		}
		if len(cs) == 0 {
			return nil, errors.New("-contenders: no contenders")
		}
	}
	for _, name := range splitList(rows) {
		i := slices.IndexFunc(cs, func(a contender) bool { return a.name == name })
		if i < 0 {
			return nil, fmt.Errorf("-rows: unknown contender %q (running: %s)", name, names(cs))
		}
		cs[i].rows = true
	}
	return cs, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// resolve finds or builds the programs the contenders name and returns a
// line about each one built.
func (s *setup) resolve(cs []contender, hearsayBin, govaderBin string) ([]string, error) {
	var built []string
	for _, c := range cs {
		word := c.argv[0]
		if _, ok := s.bins[word]; ok {
			continue
		}
		var path string
		var err error
		switch word {
		case "hearsay", "govader-jsonl":
			given := hearsayBin
			if word == "govader-jsonl" {
				given = govaderBin
			}
			if given != "" {
				path, err = filepath.Abs(given)
				if err == nil {
					_, err = os.Stat(path)
				}
				break
			}
			rel, pkg := ".", "./cmd/hearsay"
			if word == "govader-jsonl" {
				rel, pkg = "bench", "./cmd/govader-jsonl"
			}
			path = filepath.Join(s.tmp, word)
			var line string
			line, err = host.Build(rel, pkg, path)
			built = append(built, fmt.Sprintf("%-14s %s", word, line))
		default:
			path, err = exec.LookPath(word)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		s.bins[word] = path
	}
	return built, nil
}

func mb(n int64) float64 { return float64(n) / 1e6 }
