// Command startup measures what `hearsay analyze` costs before it analyzes
// anything: it runs the built hearsay on a one-sentence input a number of
// times and reports the median wall time, CPU time and peak RSS (from the
// child's rusage, as /usr/bin/time reads them); then the package
// initializers' clock time (GODEBUG=inittrace=1), summed and by package;
// then, in fresh processes of its own, the first use of each built-in
// table the analysis builds lazily, and the first and second Analyze.
//
//	cd bench && go run ./cmd/startup              # 20 runs of each
//	go run ./cmd/startup -runs 50 -hearsay /tmp/hearsay
//
// See bench/README.md.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/bench/internal/host"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/sentiment"
)

// childEnv makes the program a child that times its own first uses and
// prints them as JSON.
const childEnv = "HEARSAY_STARTUP_PHASES"

func main() {
	if os.Getenv(childEnv) != "" {
		if err := phases(os.Stdout, os.Getenv(childEnv)); err != nil {
			fmt.Fprintln(os.Stderr, "startup:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "startup:", err)
		os.Exit(1)
	}
}

// A phase is one step of the in-process start-up.
type phase struct {
	Name string
	Time time.Duration
}

// phaseSteps are the steps phases times, in order. Each builds what it
// names if nothing before it did; the first Analyze builds what is left.
var phaseSteps = []struct {
	name string
	do   func(text string) error
}{
	{"lexicon.Default (cues, hedges, boosters, loaded terms)", func(string) error {
		if lexicon.Default() == nil {
			return errors.New("no default lexicon")
		}
		return nil
	}},
	{"sentiment.Builtin (VADER and news valences)", func(string) error {
		if sentiment.Builtin() == nil {
			return errors.New("no sentiment lexicon")
		}
		return nil
	}},
	{"attribution.DefaultModel (the cue model, decoded)", func(string) error {
		if attribution.DefaultModel() == nil {
			return errors.New("no cue model")
		}
		return nil
	}},
	{"first Analyze (and whatever it builds on first use)", analyze},
	{"second Analyze", analyze},
}

func analyze(text string) error {
	var a hearsay.Analyzer
	_, err := a.Analyze(text)
	return err
}

// phases times phaseSteps on text in this fresh process.
func phases(w io.Writer, text string) error {
	var out []phase
	for _, s := range phaseSteps {
		t0 := time.Now()
		if err := s.do(text); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		out = append(out, phase{s.name, time.Since(t0)})
	}
	return json.NewEncoder(w).Encode(out)
}

// A proc is one process's rusage figures.
type proc struct {
	wall, cpu time.Duration
	maxRSS    int64
}

func run(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("startup", flag.ContinueOnError)
	fl.SetOutput(stderr)
	runs := fl.Int("runs", 20, "processes of each kind; medians are reported")
	hearsayBin := fl.String("hearsay", "", "the hearsay binary (default: built from the repository into a temporary directory)")
	text := fl.String("text", "Officials said the boat sank.", "the one-sentence input")
	waitIdle := fl.Duration("wait-idle", 0, "on a shared machine: before each run wait up to this long for idle CPUs")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: startup [-runs N] [-hearsay PATH] [-text SENTENCE] [-wait-idle D]")
		fmt.Fprintln(stderr, "Times hearsay analyze on one sentence, its package initializers and its first use of each built-in table.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return flag.ErrHelp
	}
	if *runs < 1 {
		return errors.New("-runs must be at least 1")
	}
	tmp, err := os.MkdirTemp("", "hearsay-startup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := *hearsayBin
	if bin == "" {
		bin = filepath.Join(tmp, "hearsay")
		line, err := host.Build(".", "./cmd/hearsay", bin)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "built     hearsay: %s\n", line)
	}
	input := filepath.Join(tmp, "one.txt")
	if err := os.WriteFile(input, []byte(*text+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "machine   %s, load %s at the start\n", host.CPUModel(), host.Loadavg())
	fmt.Fprintf(stdout, "input     %q (%d bytes)\n\n", *text, len(*text)+1)

	wait := func() {
		if *waitIdle > 0 {
			host.WaitForIdle(*waitIdle)
		}
	}
	// The whole process, as a user runs it.
	var procs []proc
	for range *runs {
		wait()
		p, _, err := execute(exec.Command(bin, "analyze", input))
		if err != nil {
			return err
		}
		procs = append(procs, p)
	}
	fmt.Fprintf(stdout, "hearsay analyze one.txt > /dev/null, %d runs:\n", *runs)
	printProcs(stdout, procs)

	// The package initializers.
	inits := map[string][]float64{}
	var totals []float64
	var order []string
	for range *runs {
		wait()
		cmd := exec.Command(bin, "analyze", input)
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		_, errOut, err := execute(cmd)
		if err != nil {
			return err
		}
		got, err := parseInittrace(errOut)
		if err != nil {
			return err
		}
		total := 0.0
		for pkg, ms := range got {
			if _, ok := inits[pkg]; !ok {
				order = append(order, pkg)
			}
			inits[pkg] = append(inits[pkg], ms)
			total += ms
		}
		totals = append(totals, total)
	}
	slices.SortFunc(order, func(a, b string) int { return cmp.Compare(median(inits[b]), median(inits[a])) })
	fmt.Fprintf(stdout, "\npackage initializers (GODEBUG=inittrace=1), %d runs: median %.1f ms clock in all (%.1f–%.1f); the largest, median ms:\n", *runs, median(totals), slices.Min(totals), slices.Max(totals))
	for _, pkg := range order[:min(len(order), 6)] {
		fmt.Fprintf(stdout, "  %7.2f  %s\n", median(inits[pkg]), pkg)
	}

	// The lazily built tables, in processes of this program.
	self, err := os.Executable()
	if err != nil {
		return err
	}
	times := make([][]float64, len(phaseSteps))
	for range *runs {
		wait()
		cmd := exec.Command(self)
		cmd.Env = append(os.Environ(), childEnv+"="+*text)
		var out bytes.Buffer
		cmd.Stdout = &out
		var errOut bytes.Buffer
		cmd.Stderr = &errOut
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("timing the first uses: %w: %s", err, errOut.String())
		}
		var ps []phase
		if err := json.Unmarshal(out.Bytes(), &ps); err != nil || len(ps) != len(phaseSteps) {
			return fmt.Errorf("timing the first uses: bad report %q: %v", out.String(), err)
		}
		for i, p := range ps {
			times[i] = append(times[i], float64(p.Time)/1e6)
		}
	}
	fmt.Fprintf(stdout, "\nfirst uses, in order, each in a fresh process (after the package initializers), %d runs, median ms (min–max):\n", *runs)
	for i, s := range phaseSteps {
		fmt.Fprintf(stdout, "  %7.2f (%.2f–%.2f)  %s\n", median(times[i]), slices.Min(times[i]), slices.Max(times[i]), s.name)
	}
	return nil
}

// execute runs cmd to the end with its output discarded and its standard
// error returned, and reads its rusage.
func execute(cmd *exec.Cmd) (proc, []byte, error) {
	var errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &errOut
	t0 := time.Now()
	err := cmd.Run()
	p := proc{wall: time.Since(t0)}
	if err != nil {
		return p, nil, fmt.Errorf("%s: %w: %s", strings.Join(cmd.Args, " "), err, errOut.String())
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		p.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		p.maxRSS = ru.Maxrss * 1024
	}
	return p, errOut.Bytes(), nil
}

func printProcs(w io.Writer, ps []proc) {
	var wall, cpu, rss []float64
	for _, p := range ps {
		wall = append(wall, p.wall.Seconds()*1e3)
		cpu = append(cpu, p.cpu.Seconds()*1e3)
		rss = append(rss, float64(p.maxRSS)/1e6)
	}
	fmt.Fprintf(w, "  wall       median %6.1f ms (%.1f–%.1f)\n", median(wall), slices.Min(wall), slices.Max(wall))
	fmt.Fprintf(w, "  user+sys   median %6.1f ms (%.1f–%.1f)\n", median(cpu), slices.Min(cpu), slices.Max(cpu))
	fmt.Fprintf(w, "  peak RSS   median %6.1f MB (%.1f–%.1f)\n", median(rss), slices.Min(rss), slices.Max(rss))
}

// parseInittrace reads GODEBUG=inittrace=1 lines ("init PKG @T ms, C ms
// clock, B bytes, A allocs") into each package's clock milliseconds.
func parseInittrace(b []byte) (map[string]float64, error) {
	out := map[string]float64{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 7 || f[0] != "init" || f[6] != "clock," {
			continue
		}
		ms, err := strconv.ParseFloat(f[4], 64)
		if err != nil || f[5] != "ms" {
			return nil, fmt.Errorf("inittrace line %q: bad clock time", sc.Text())
		}
		out[f[1]] += ms
	}
	if len(out) == 0 {
		return nil, errors.New("no inittrace lines on standard error (is GODEBUG=inittrace=1 supported?)")
	}
	return out, nil
}

// median is the middle value of xs (the mean of the middle two for an even
// count).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
