// Command compare measures hearsay's analysis side by side with govader's
// sentiment and prose's pipeline over the same corpus, at one core and at all
// cores, and prints the median throughput of several interleaved rounds.
//
//	cd bench && go run ./cmd/compare                 # the repository's test articles, ≥ 5 MB
//	go run ./cmd/compare -corpus ../../shared/eval/polnear-dev/text
//	go run ./cmd/compare -corpus docs.jsonl -size 20M -rounds 7
//
// See bench/README.md for what each contender does and how it is timed.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/bench/internal/host"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/jdkato/prose/v2"
	"github.com/jonreiter/govader"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// A contender is one tool under measurement. newWorker is called once per
// worker before the clock starts (so per-worker state is built untimed) and
// returns the function that processes one document; it returns a number
// derived from the result so the work cannot be optimized away.
type contender struct {
	name      string
	desc      string
	setup     func() error // builds shared models once, untimed
	newWorker func() (func(d *document) int, error)
	capped    bool // measured on at most -prose-bytes a round
}

// A measurement is one contender's run over the corpus at one setting.
type measurement struct {
	bytes   int64
	sents   int64
	elapsed time.Duration
	mallocs uint64
	alloc   uint64        // bytes allocated
	cpu     time.Duration // CPU time of the process (user + system) during the run
	cores   int
}

// busy is the share of the cores' time that this process used: near 100% a
// run had its cores to itself; well below, something else on the machine
// competed (or the workers waited on each other).
func (m measurement) busy() float64 {
	return 100 * m.cpu.Seconds() / (m.elapsed.Seconds() * float64(m.cores))
}

func (m measurement) mbps() float64   { return float64(m.bytes) / 1e6 / m.elapsed.Seconds() }
func (m measurement) sentps() float64 { return float64(m.sents) / m.elapsed.Seconds() }
func (m measurement) allocsPerMB() float64 {
	return float64(m.mallocs) / (float64(m.bytes) / 1e6)
}
func (m measurement) allocBytesPerByte() float64 { return float64(m.alloc) / float64(m.bytes) }

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("compare", flag.ContinueOnError)
	fl.SetOutput(stderr)
	corpusPath := fl.String("corpus", "", "a directory of .txt files (searched recursively) or a JSONL file with a \"text\" field a line; default: the repository's test articles (testdata without its attribution cases and fuzz inputs)")
	sizeFlag := fl.String("size", "5M", "repeat the corpus's documents until it holds at least this many bytes (K, M, G suffixes; 0: use it as it is)")
	rounds := fl.Int("rounds", 5, "interleaved rounds; the median is reported")
	names := fl.String("contenders", "hearsay,hearsay-rules,govader,govader+split,govader-doc,prose", "comma-separated contenders to run")
	proseFlag := fl.String("prose-bytes", "256K", "bytes of the corpus that prose's full pipeline processes a round (it runs at about 0.03 MB/s); 0: all")
	modesFlag := fl.String("cores", "1,all", "comma-separated core counts to measure at; \"all\" is runtime.NumCPU()")
	cpuprofile := fl.String("cpuprofile", "", "after the rounds, profile hearsay's Analyze at one core over the corpus and write the CPU profile here")
	profileSecs := fl.Duration("profile-time", 20*time.Second, "how long to run hearsay under -cpuprofile")
	waitIdle := fl.Duration("wait-idle", 0, "on a shared machine: before each measurement wait up to this long for the other processes to leave the CPUs idle, and measure again (at most twice) a run that did not get its cores")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: compare [flags]")
		fmt.Fprintln(stderr, "Runs hearsay, govader and prose over one corpus, interleaved, and prints median MB/s, sentences/s and allocations per MB.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return flag.ErrHelp
	}
	if *rounds < 1 {
		return errors.New("-rounds must be at least 1")
	}
	size, err := parseSize(*sizeFlag)
	if err != nil {
		return fmt.Errorf("-size: %w", err)
	}
	proseBytes, err := parseSize(*proseFlag)
	if err != nil {
		return fmt.Errorf("-prose-bytes: %w", err)
	}
	modes, err := parseCores(*modesFlag)
	if err != nil {
		return fmt.Errorf("-cores: %w", err)
	}
	cs, err := pick(*names)
	if err != nil {
		return err
	}

	var skip []string
	if *corpusPath == "" {
		root, err := host.RepoRoot()
		if err != nil {
			return fmt.Errorf("finding the repository's testdata (pass -corpus): %w", err)
		}
		*corpusPath = root + "/testdata"
		skip = notArticles
	}
	base, err := loadCorpus(*corpusPath, skip...)
	if err != nil {
		return err
	}
	docs := repeat(base, size)
	var total, nsents int64
	for i := range docs {
		total += int64(len(docs[i].text))
		nsents += int64(docs[i].nsents)
	}
	capped := prefix(docs, proseBytes)

	fmt.Fprintf(stdout, "corpus    %s: %d documents, %.2f MB; repeated to %d documents, %.2f MB, %d sentences (hearsay's splitter)\n",
		*corpusPath, len(base), mb(sumBytes(base)), len(docs), mb(total), nsents)
	fmt.Fprintf(stdout, "machine   %s, %d cores (runtime.NumCPU), %s %s/%s\n", host.CPUModel(), runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(stdout, "rounds    %d, contenders interleaved (order rotated each round)\n", *rounds)
	for _, c := range cs {
		t0 := time.Now()
		if c.setup != nil {
			if err := c.setup(); err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
		}
		// Warm up: one document, untimed, so lazily built state exists.
		w, err := c.newWorker()
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		w(&docs[0])
		note := ""
		if c.capped && len(capped) < len(docs) {
			note = fmt.Sprintf(" [measured on the first %.2f MB a round]", mb(sumBytes(capped)))
		}
		fmt.Fprintf(stdout, "%-14s %s; set-up %v (untimed)%s\n", c.name, c.desc, time.Since(t0).Round(time.Millisecond), note)
	}
	fmt.Fprintln(stdout)

	results := make(map[string]map[int][]measurement) // contender → cores → rounds
	for _, c := range cs {
		results[c.name] = map[int][]measurement{}
	}
	old := runtime.GOMAXPROCS(0)
	for r := range *rounds {
		for _, cores := range modes {
			for k := range cs {
				c := cs[(k+r)%len(cs)]
				set := docs
				if c.capped {
					set = capped
				}
				var m measurement
				for try := 0; ; try++ {
					if *waitIdle > 0 {
						host.WaitForIdle(*waitIdle)
					}
					m, err = measure(c, set, cores)
					if err != nil {
						return fmt.Errorf("%s: %w", c.name, err)
					}
					if *waitIdle == 0 || m.busy() >= 90 || try == 2 {
						break
					}
					fmt.Fprintf(stderr, "round %d/%d, %d core(s): %-14s %8.3f MB/s  busy %3.0f%%: measuring again\n", r+1, *rounds, cores, c.name, m.mbps(), m.busy())
				}
				results[c.name][cores] = append(results[c.name][cores], m)
				fmt.Fprintf(stderr, "round %d/%d, %d core(s): %-14s %8.3f MB/s  busy %3.0f%%  load %s\n", r+1, *rounds, cores, c.name, m.mbps(), m.busy(), host.Loadavg())
			}
		}
	}
	runtime.GOMAXPROCS(old)

	for _, cores := range modes {
		report(stdout, cs, results, cores, *rounds)
	}
	if len(modes) > 1 {
		fmt.Fprintln(stdout, "scaling (median MB/s at the most cores ÷ at the fewest):")
		lo, hi := slices.Min(modes), slices.Max(modes)
		for _, c := range cs {
			a, b := median(results[c.name][lo]), median(results[c.name][hi])
			fmt.Fprintf(stdout, "  %-14s %d → %d cores: %.2f×\n", c.name, lo, hi, b.mbps()/a.mbps())
		}
	}

	if *cpuprofile != "" {
		return profile(stdout, *cpuprofile, docs, *profileSecs)
	}
	return nil
}

// report prints one table: the medians at one core count.
func report(w io.Writer, cs []contender, results map[string]map[int][]measurement, cores, rounds int) {
	fmt.Fprintf(w, "%d core(s), median of %d rounds (busy: the median run's share of its cores; ok: runs that had ≥ 90%%):\n", cores, rounds)
	fmt.Fprintf(w, "  %-14s %10s %16s %12s %14s %10s %6s %4s\n", "contender", "MB/s", "(min–max)", "sentences/s", "allocs/MB", "alloc B/B", "busy", "ok")
	med := map[string]measurement{}
	for _, c := range cs {
		ms := results[c.name][cores]
		m := median(ms)
		med[c.name] = m
		lo, hi := spread(ms)
		ok := 0
		for _, m := range ms {
			if m.busy() >= 90 {
				ok++
			}
		}
		fmt.Fprintf(w, "  %-14s %10.3f %16s %12.0f %14.0f %10.1f %5.0f%% %4d\n", c.name, m.mbps(),
			fmt.Sprintf("(%.3f–%.3f)", lo, hi), m.sentps(), m.allocsPerMB(), m.allocBytesPerByte(), m.busy(), ok)
	}
	if h, ok := med["hearsay"]; ok {
		for _, other := range []string{"govader", "govader+split", "govader-doc", "prose"} {
			if o, ok := med[other]; ok {
				fmt.Fprintf(w, "  ratio hearsay/%s: %.2f\n", other, h.mbps()/o.mbps())
			}
		}
	}
	fmt.Fprintln(w)
}

// measure runs c over docs with cores cores: sequentially when cores is 1,
// otherwise with a pool of cores workers taking documents in turn.
func measure(c contender, docs []document, cores int) (measurement, error) {
	runtime.GOMAXPROCS(cores)
	workers := make([]func(*document) int, cores)
	for i := range workers {
		w, err := c.newWorker()
		if err != nil {
			return measurement{}, err
		}
		workers[i] = w
	}
	m := measurement{cores: cores}
	for i := range docs {
		m.bytes += int64(len(docs[i].text))
		m.sents += int64(docs[i].nsents)
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cpuTime()
	t0 := time.Now()
	var sink atomic.Int64
	if cores == 1 {
		w, n := workers[0], 0
		for i := range docs {
			n += w(&docs[i])
		}
		sink.Add(int64(n))
	} else {
		var next atomic.Int64
		var wg sync.WaitGroup
		for _, w := range workers {
			wg.Go(func() {
				n := 0
				for {
					i := int(next.Add(1) - 1)
					if i >= len(docs) {
						break
					}
					n += w(&docs[i])
				}
				sink.Add(int64(n))
			})
		}
		wg.Wait()
	}
	m.elapsed = time.Since(t0)
	m.cpu = cpuTime() - cpu0
	runtime.ReadMemStats(&after)
	m.mallocs = after.Mallocs - before.Mallocs
	m.alloc = after.TotalAlloc - before.TotalAlloc
	if sink.Load() < 0 {
		fmt.Println("impossible")
	}
	return m, nil
}

func median(ms []measurement) measurement {
	s := slices.Clone(ms)
	slices.SortFunc(s, func(a, b measurement) int { return cmp.Compare(a.elapsed, b.elapsed) })
	return s[len(s)/2]
}

func spread(ms []measurement) (lo, hi float64) {
	lo, hi = ms[0].mbps(), ms[0].mbps()
	for _, m := range ms[1:] {
		lo, hi = min(lo, m.mbps()), max(hi, m.mbps())
	}
	return lo, hi
}

// profile runs hearsay's Analyze at one core for d and writes a CPU profile.
func profile(w io.Writer, path string, docs []document, d time.Duration) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	var a hearsay.Analyzer
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	t0 := time.Now()
	var n int64
	passes := 0
	for time.Since(t0) < d {
		for i := range docs {
			r, err := a.Analyze(docs[i].text)
			if err != nil {
				pprof.StopCPUProfile()
				return err
			}
			n += int64(len(docs[i].text))
			_ = r
		}
		passes++
	}
	pprof.StopCPUProfile()
	el := time.Since(t0)
	fmt.Fprintf(w, "cpu profile of hearsay (1 core, %d passes, %.2f MB/s under the profiler) written to %s\n", passes, float64(n)/1e6/el.Seconds(), path)
	return nil
}

// analyzeWorker returns a contender's worker that runs a's analysis on a
// document; a is safe for concurrent use.
func analyzeWorker(a *hearsay.Analyzer) func() (func(*document) int, error) {
	return func() (func(*document) int, error) {
		return func(d *document) int {
			r, err := a.Analyze(d.text)
			if err != nil {
				panic(err)
			}
			return len(r.Statements)
		}, nil
	}
}

// contenders returns every contender by name, in the default order.
func contenders() []contender {
	var (
		analyzer   hearsay.Analyzer
		rulesOnly  = hearsay.Analyzer{Attribution: attribution.Extractor{RulesOnly: true}}
		vader      *govader.SentimentIntensityAnalyzer
		proseModel *prose.Model
	)
	vaderSetup := func() error {
		if vader == nil {
			vader = govader.NewSentimentIntensityAnalyzer()
		}
		return nil
	}
	return []contender{
		{
			name:      "hearsay",
			desc:      "hearsay.Analyzer.Analyze per document (split, lexicon, attribution, sentiment, score; no JSON)",
			newWorker: analyzeWorker(&analyzer),
		},
		{
			name:      "hearsay-rules",
			desc:      "hearsay as above with the rules alone (attribution.Extractor.RulesOnly): the difference is the cue model's cost",
			newWorker: analyzeWorker(&rulesOnly),
		},
		{
			name:  "govader",
			desc:  "govader PolarityScores per sentence; sentences split beforehand by hearsay's splitter, untimed",
			setup: vaderSetup,
			newWorker: func() (func(*document) int, error) {
				return func(d *document) int {
					n := 0
					for _, s := range d.sentences() {
						if vader.PolarityScores(s).Compound > 0 {
							n++
						}
					}
					return n
				}, nil
			},
		},
		{
			name:  "govader+split",
			desc:  "neurosnap/sentences (prose's splitter, one per worker) then govader per sentence, timed together",
			setup: vaderSetup,
			newWorker: func() (func(*document) int, error) {
				tok, err := english.NewSentenceTokenizer(nil)
				if err != nil {
					return nil, err
				}
				return func(d *document) int {
					n := 0
					for _, s := range tok.Tokenize(d.text) {
						if vader.PolarityScores(s.Text).Compound > 0 {
							n++
						}
					}
					return n
				}, nil
			},
		},
		{
			name:  "govader-doc",
			desc:  "govader PolarityScores once per whole document",
			setup: vaderSetup,
			newWorker: func() (func(*document) int, error) {
				return func(d *document) int {
					if vader.PolarityScores(d.text).Compound > 0 {
						return 1
					}
					return 0
				}, nil
			},
		},
		{
			name:   "prose",
			desc:   "prose.NewDocument per document, full pipeline (segment, tokenize, tag, entities), one shared model",
			capped: true,
			setup: func() error {
				if proseModel == nil {
					proseModel = prose.ModelFromData("bench")
				}
				return nil
			},
			newWorker: func() (func(*document) int, error) {
				return func(d *document) (n int) {
					defer func() {
						if r := recover(); r != nil {
							n = -1 << 20 // prose panicked on this text; count it, don't die
						}
					}()
					pd, err := prose.NewDocument(d.text, prose.UsingModel(proseModel))
					if err != nil {
						return 0
					}
					return len(pd.Tokens()) + len(pd.Sentences()) + len(pd.Entities())
				}, nil
			},
		},
	}
}

func pick(list string) ([]contender, error) {
	all := contenders()
	var out []contender
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		i := slices.IndexFunc(all, func(c contender) bool { return c.name == name })
		if i < 0 {
			var known []string
			for _, c := range all {
				known = append(known, c.name)
			}
			return nil, fmt.Errorf("unknown contender %q (known: %s)", name, strings.Join(known, ", "))
		}
		out = append(out, all[i])
	}
	if len(out) == 0 {
		return nil, errors.New("no contenders")
	}
	return out, nil
}

func parseCores(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		var n int
		if f == "all" {
			n = runtime.NumCPU()
		} else if _, err := fmt.Sscan(f, &n); err != nil || n < 1 {
			return nil, fmt.Errorf("bad core count %q", f)
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no core counts")
	}
	return out, nil
}

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func mb(n int64) float64 { return float64(n) / 1e6 }

// document is one text of the corpus with its sentences as hearsay's
// splitter finds them (for govader's per-sentence use and the sentences/s
// figure).
type document struct {
	text   string
	nsents int
	sents  []string
}

func newDocument(text string) document {
	d := document{text: text}
	for _, s := range nlp.Parse(text).Sentences {
		d.sents = append(d.sents, s.Text)
	}
	d.nsents = len(d.sents)
	return d
}

func (d *document) sentences() []string { return d.sents }
