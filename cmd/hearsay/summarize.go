package main

import (
	"cmp"
	"context"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/corpus"
	"github.com/hearsay-go/hearsay/lexicon"
)

// scoreBins is the number of equal bins of [0, 1] the document scores are
// counted in.
const scoreBins = 10

// maxFailuresShown is how many failed documents a summary names; it
// counts them all.
const maxFailuresShown = 10

func summarize(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("summarize", flag.ContinueOnError)
	fl.SetOutput(stderr)
	by := fl.String("by", "", "the input `FIELD` whose value groups the documents, such as outlet (default: one group of all documents)")
	period := fl.String("period", "", "also split each group by `day|week|month|year` of --date-field")
	dateField := fl.String("date-field", "date", "the input field holding the date, with --period")
	format := fl.String("format", "html", "output format, `html|csv|json`")
	top := fl.Int("top", 10, "how many sources and loaded terms to list for each group")
	minCues := fl.Int("min-cues", 3, "the fewest attributions a source needs to be ranked by doubt share")
	title := fl.String("title", "", "the HTML page's title (default: from FILE and --by)")
	var af analyzerFlags
	af.register(fl)
	var cf corpusFlags
	cf.register(fl)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: hearsay summarize [--by FIELD] [--period day|week|month|year --date-field F] [--format html|csv|json]")
		fmt.Fprintln(stderr, "                         [--in jsonl|csv] [--text-field F] [--id-field F] [--top N] [--min-cues N] [-j N]")
		fmt.Fprintln(stderr, "                         [--lexicon FILE]... [--idioms FILE]... [--weights FILE] [--rules-only] [--title T] [FILE|-]")
		fmt.Fprintln(stderr, "Analyzes articles (JSONL or CSV) and writes tables per group and period: documents, statements, the")
		fmt.Fprintln(stderr, "score's mean and distribution, cues by stance, doubt share, hedges and loaded terms per 1,000 words,")
		fmt.Fprintln(stderr, "the most frequent loaded terms and the sources framed with most doubt; as html, with charts.")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 1 {
		return usageError{"summarize takes at most one FILE"}
	}
	if !slices.Contains([]string{"html", "csv", "json"}, *format) {
		return usageError{fmt.Sprintf("unknown --format %q (want html, csv or json)", *format)}
	}
	if *period != "" && !slices.Contains([]corpus.Period{corpus.Day, corpus.Week, corpus.Month, corpus.Year}, corpus.Period(*period)) {
		return usageError{fmt.Sprintf("unknown --period %q (want day, week, month or year)", *period)}
	}
	if *period != "" && *dateField == "" {
		return usageError{"--period needs --date-field"}
	}
	if *top < 1 {
		return usageError{"--top must be at least 1"}
	}
	if *minCues < 1 {
		return usageError{"--min-cues must be at least 1"}
	}
	s := newSummarizer(*by, corpus.Period(*period), *dateField)
	opt := corpus.Options{Keep: s.agg.Fields(), Each: s.add}
	if err := cf.apply(&opt, fl.Arg(0), stderr); err != nil {
		return err
	}
	in, _, closeIn, err := openInput(fl.Arg(0), stdin)
	if err != nil {
		return err
	}
	defer closeIn()
	a, err := af.analyzer(stderr)
	if err != nil {
		return err
	}
	opt.Analyzer = a
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	sum, failures, err := runSummary(ctx, in, opt)
	if err != nil {
		if e := s.failure(); e != nil {
			return e // the reason the run stopped: an unreadable date
		}
		if errors.Is(err, corpus.ErrStopped) {
			return fmt.Errorf("interrupted after %d documents; nothing written", sum.Lines)
		}
		return err
	}
	res := s.result(*top, *minCues)
	res.Failed, res.Failures = sum.Errors, failures
	if res.Failed > 0 {
		fmt.Fprintf(stderr, "hearsay: warning: %d of %d documents could not be analyzed and are left out of the summary", sum.Errors, sum.Lines)
		if len(failures) > 0 {
			f := failures[0]
			fmt.Fprintf(stderr, "; the first, line %d (id %q): %s", f.Line, f.ID, f.Error)
		}
		fmt.Fprintln(stderr)
	}
	switch *format {
	case "csv":
		return writeSummaryCSV(stdout, res)
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	if *title == "" {
		name := fl.Arg(0)
		if name == "" || name == "-" {
			name = "standard input"
		}
		*title = "hearsay summary of " + filepath.Base(name)
		if *by != "" {
			*title += " by " + *by
		}
		if *period != "" {
			*title += " and " + *period
		}
	}
	return writeSummaryHTML(stdout, res, *title)
}

// runSummary runs the analysis for opt.Each. The documents that cannot be
// analyzed are counted in the Summary; the first maxFailuresShown are
// returned with their messages, read from the run's flat document rows.
func runSummary(ctx context.Context, in io.Reader, opt corpus.Options) (corpus.Summary, []summaryFailure, error) {
	opt.Level, opt.Output = corpus.LevelDocument, corpus.CSV
	pr, pw := io.Pipe()
	type result struct {
		failures []summaryFailure
		err      error
	}
	done := make(chan result, 1)
	go func() {
		var res result
		defer func() { done <- res }()
		cr := csv.NewReader(pr)
		cr.FieldsPerRecord = -1
		cr.ReuseRecord = true
		header, err := cr.Read()
		if err != nil {
			if err != io.EOF {
				res.err = err
			}
			pr.CloseWithError(err)
			io.Copy(io.Discard, pr)
			return
		}
		errCol, lineCol := slices.Index(header, "error"), slices.Index(header, "line")
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				res.err = err
				pr.CloseWithError(err)
				io.Copy(io.Discard, pr)
				return
			}
			if errCol < 0 || errCol >= len(rec) || rec[errCol] == "" {
				continue
			}
			if len(res.failures) < maxFailuresShown {
				line := 0
				if lineCol >= 0 && lineCol < len(rec) {
					line, _ = strconv.Atoi(rec[lineCol])
				}
				res.failures = append(res.failures, summaryFailure{Line: line, ID: rec[0], Error: rec[errCol]})
			}
		}
	}()
	sum, err := corpus.Run(ctx, in, pw, opt)
	pw.Close()
	r := <-done
	if err == nil && r.err != nil {
		err = fmt.Errorf("reading the run's rows: %w", r.err)
	}
	return sum, r.failures, err
}

// A summarizer adds up analyzed documents by group and period: a
// corpus.Aggregator for what it counts, and beside it what the summary
// adds (words, the score's distribution, loaded terms, sources by
// group). It is safe for concurrent use.
type summarizer struct {
	by     string
	period corpus.Period
	date   string
	agg    *corpus.Aggregator // by group and period
	totals *corpus.Aggregator // by group, with a period; else agg

	mu    sync.Mutex
	extra map[corpus.GroupKey]*groupExtra
	err   error // the first error of add
}

// failure returns the first error add returned, or nil.
func (s *summarizer) failure() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// groupExtra is what a summary counts for a group besides a corpus.Group.
type groupExtra struct {
	words   int64
	hist    [scoreBins]int64
	loaded  map[string]int64
	sources map[string]map[lexicon.Stance]int64 // in the groups of all periods only
}

func newSummarizer(by string, period corpus.Period, dateField string) *summarizer {
	s := &summarizer{by: by, period: period, date: dateField, extra: map[corpus.GroupKey]*groupExtra{}}
	s.agg = &corpus.Aggregator{By: by}
	s.totals = s.agg
	if period != "" {
		s.agg.Period, s.agg.DateField = period, dateField
		s.totals = &corpus.Aggregator{By: by}
	}
	return s
}

// add adds a document and its report; it fails on a date it cannot read,
// naming the line.
func (s *summarizer) add(doc corpus.Document, r *hearsay.Report) error {
	if err := s.agg.Add(doc, r); err != nil {
		s.mu.Lock()
		if s.err == nil {
			s.err = err
		}
		s.mu.Unlock()
		return err
	}
	group, period := "", ""
	if s.by != "" {
		group = doc.Fields[s.by]
	}
	if s.period != "" {
		if err := s.totals.Add(doc, r); err != nil {
			return err
		}
		var err error
		if period, err = corpus.PeriodOf(s.period, doc.Fields[s.date]); err != nil {
			return fmt.Errorf("line %d: field %q: %w", doc.Line, s.date, err)
		}
	}
	words := 0
	var loaded []string
	for i := range r.Statements {
		st := &r.Statements[i]
		words += countWords(st.Text)
		for _, f := range st.Findings {
			if f.Category == hearsay.Loaded {
				loaded = append(loaded, loadedKey(f))
			}
		}
	}
	bin := scoreBin(r.Score)

	s.mu.Lock()
	defer s.mu.Unlock()
	keys := []corpus.GroupKey{{Group: group, Period: period}}
	if period != "" {
		keys = append(keys, corpus.GroupKey{Group: group})
	}
	for _, k := range keys {
		e := s.extra[k]
		if e == nil {
			e = &groupExtra{loaded: map[string]int64{}}
			s.extra[k] = e
		}
		e.words += int64(words)
		e.hist[bin]++
		for _, t := range loaded {
			e.loaded[t]++
		}
		if k.Period != "" {
			continue
		}
		if e.sources == nil {
			e.sources = map[string]map[lexicon.Stance]int64{}
		}
		for _, src := range r.Sources {
			if len(src.Stances) == 0 {
				continue
			}
			m := e.sources[src.Name]
			if m == nil {
				m = map[lexicon.Stance]int64{}
				e.sources[src.Name] = m
			}
			for st, n := range src.Stances {
				m[st] += int64(n)
			}
		}
	}
	return nil
}

// countWords counts the words of s: runs of letters and digits, with the
// apostrophes and hyphens inside them ("don't", "well-known": one word).
func countWords(s string) int {
	n, in := 0, false
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				n++
				in = true
			}
		case in && (r == '\'' || r == '’' || r == '-'):
			// inside a word only if a letter or digit follows
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			in = unicode.IsLetter(next) || unicode.IsDigit(next)
		default:
			in = false
		}
	}
	return n
}

// loadedKey is the name a loaded term is counted under: its lexicon term,
// else its text in lower case.
func loadedKey(f hearsay.Finding) string {
	if f.Term != "" {
		return f.Term
	}
	return strings.ToLower(f.Text)
}

// scoreBin is the bin of [0, 1] a score falls in: [0, 0.1) is 0, and
// [0.9, 1] is scoreBins-1.
func scoreBin(score float64) int {
	if !(score > 0) { // also NaN
		return 0
	}
	return min(int(score*scoreBins), scoreBins-1)
}

// A summary is what summarize writes, as JSON or as the tables of CSV and
// HTML.
type summary struct {
	By        string `json:"by"`
	Period    string `json:"period,omitempty"`
	DateField string `json:"date_field,omitempty"`
	// MinCues is the fewest attributions a source needs to be ranked.
	MinCues int `json:"min_cues"`
	// Documents counts the documents analyzed, Failed those that could
	// not be; Failures names the first of these.
	Documents int64            `json:"documents"`
	Failed    int              `json:"failed"`
	Failures  []summaryFailure `json:"failures,omitempty"`
	// ScoreBins are the bins' lower bounds: score_histogram[i] counts
	// the documents with ScoreBins[i] <= score < ScoreBins[i+1].
	ScoreBins []float64 `json:"score_bins"`
	// Groups are by group and period; Totals, with a period, by group
	// over all periods. Top sources are in the groups of all periods.
	Groups []summaryGroup `json:"groups"`
	Totals []summaryGroup `json:"totals,omitempty"`
}

type summaryFailure struct {
	Line  int    `json:"line"`
	ID    string `json:"id"`
	Error string `json:"error"`
}

type summaryGroup struct {
	Group          string           `json:"group"`
	Period         string           `json:"period,omitempty"`
	Documents      int64            `json:"documents"`
	Statements     int64            `json:"statements"`
	Words          int64            `json:"words"`
	Attributions   int64            `json:"attributions"`
	MeanScore      *float64         `json:"mean_score"`
	ScoreHistogram []int64          `json:"score_histogram"`
	Stances        map[string]int64 `json:"stances"`
	DoubtShare     *float64         `json:"doubt_share"`
	Findings       map[string]int64 `json:"findings"`
	HedgesPer1000  *float64         `json:"hedges_per_1000_words"`
	LoadedPer1000  *float64         `json:"loaded_per_1000_words"`
	TopLoaded      []termCount      `json:"top_loaded"`
	TopSources     []sourceRow      `json:"top_sources,omitempty"`
}

type termCount struct {
	Term  string `json:"term"`
	Count int64  `json:"count"`
}

type sourceRow struct {
	Name         string           `json:"name"`
	Attributions int64            `json:"attributions"`
	DoubtShare   float64          `json:"doubt_share"`
	Stances      map[string]int64 `json:"stances"`
}

// result builds the summary: top loaded terms and sources limited to
// top, sources ranked only with at least minCues attributions.
func (s *summarizer) result(top, minCues int) *summary {
	s.mu.Lock()
	defer s.mu.Unlock()
	res := &summary{By: s.by, Period: string(s.period), MinCues: minCues, ScoreBins: make([]float64, scoreBins)}
	if s.period != "" {
		res.DateField = s.date
	}
	for i := range res.ScoreBins {
		res.ScoreBins[i] = float64(i) / scoreBins
	}
	build := func(g corpus.Group) summaryGroup {
		e := s.extra[g.GroupKey]
		if e == nil {
			e = &groupExtra{}
		}
		out := summaryGroup{
			Group: g.Group, Period: g.Period,
			Documents: g.Documents, Statements: g.Statements, Words: e.words, Attributions: g.Attributions,
			MeanScore: finite(g.MeanScore()), ScoreHistogram: slices.Clone(e.hist[:]),
			Stances: stanceCounts(g.Stances), DoubtShare: finite(g.DoubtShare()),
			Findings: map[string]int64{},
		}
		for _, c := range hearsay.FindingCategories {
			out.Findings[string(c)] = g.Findings[c]
		}
		if e.words > 0 {
			out.HedgesPer1000 = finite(1000 * float64(g.Findings[hearsay.Hedge]) / float64(e.words))
			out.LoadedPer1000 = finite(1000 * float64(g.Findings[hearsay.Loaded]) / float64(e.words))
		}
		out.TopLoaded = []termCount{}
		for t, n := range e.loaded {
			out.TopLoaded = append(out.TopLoaded, termCount{t, n})
		}
		slices.SortFunc(out.TopLoaded, func(a, b termCount) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Term, b.Term))
		})
		out.TopLoaded = out.TopLoaded[:min(top, len(out.TopLoaded))]
		if g.Period == "" {
			out.TopSources = topSources(e.sources, top, minCues)
		}
		return out
	}
	for _, g := range s.agg.Groups() {
		res.Documents += g.Documents
		res.Groups = append(res.Groups, build(g))
	}
	if s.period != "" {
		for _, g := range s.totals.Groups() {
			res.Totals = append(res.Totals, build(g))
		}
	}
	return res
}

// topSources ranks the sources with at least minCues attributions by
// doubt share, then by attributions, then by name, and returns the
// first top.
func topSources(reported map[string]map[lexicon.Stance]int64, top, minCues int) []sourceRow {
	// one source under one name: "Mr. Trump", "Donald J. Trump" and
	// "Trump" are "Donald Trump"
	counts := make(map[string]int64, len(reported))
	for name, stances := range reported {
		for _, n := range stances {
			counts[name] += n
		}
	}
	canon := corpus.CanonicalNames(counts)
	sources := make(map[string]map[lexicon.Stance]int64, len(reported))
	for name, stances := range reported {
		m := sources[canon[name]]
		if m == nil {
			m = map[lexicon.Stance]int64{}
			sources[canon[name]] = m
		}
		for st, n := range stances {
			m[st] += n
		}
	}
	out := []sourceRow{}
	for name, stances := range sources {
		g := corpus.Group{Stances: stances}
		for _, n := range stances {
			g.Attributions += n
		}
		if g.Attributions < int64(minCues) {
			continue
		}
		out = append(out, sourceRow{Name: name, Attributions: g.Attributions, DoubtShare: g.DoubtShare(), Stances: stanceCounts(stances)})
	}
	slices.SortFunc(out, func(a, b sourceRow) int {
		return cmp.Or(cmp.Compare(b.DoubtShare, a.DoubtShare), cmp.Compare(b.Attributions, a.Attributions), strings.Compare(a.Name, b.Name))
	})
	return out[:min(top, len(out))]
}

// stanceCounts has a count for every stance, zero or not.
func stanceCounts(m map[lexicon.Stance]int64) map[string]int64 {
	out := make(map[string]int64, len(lexicon.Stances))
	for _, st := range lexicon.Stances {
		out[string(st)] = m[st]
	}
	return out
}

// finite returns x, or nil for NaN (null in JSON, empty in CSV).
func finite(x float64) *float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	return &x
}

// summaryColumns are the CSV columns before the stance counts and the
// score bins.
var summaryColumns = []string{"group", "period", "documents", "statements", "words", "attributions", "mean_score", "doubt_share", "hedges_per_1000_words", "loaded_per_1000_words"}

// writeSummaryCSV writes one row per group and period; with a period,
// then one row per group over all periods, its period "all". Top loaded
// terms are "term (count)", top sources "name (doubt share of n)", each
// joined with "; ".
func writeSummaryCSV(w io.Writer, res *summary) error {
	cw := csv.NewWriter(w)
	header := slices.Clone(summaryColumns)
	for _, st := range lexicon.Stances {
		header = append(header, string(st))
	}
	for _, c := range hearsay.FindingCategories {
		header = append(header, string(c))
	}
	for _, lo := range res.ScoreBins {
		header = append(header, fmt.Sprintf("score_%.1f_%.1f", lo, lo+1.0/scoreBins))
	}
	header = append(header, "top_loaded", "top_sources")
	cw.Write(header)
	row := func(g summaryGroup, period string) {
		rec := []string{g.Group, period, itoa(g.Documents), itoa(g.Statements), itoa(g.Words), itoa(g.Attributions),
			ftoa(g.MeanScore), ftoa(g.DoubtShare), ftoa(g.HedgesPer1000), ftoa(g.LoadedPer1000)}
		for _, st := range lexicon.Stances {
			rec = append(rec, itoa(g.Stances[string(st)]))
		}
		for _, c := range hearsay.FindingCategories {
			rec = append(rec, itoa(g.Findings[string(c)]))
		}
		for _, n := range g.ScoreHistogram {
			rec = append(rec, itoa(n))
		}
		var terms, sources []string
		for _, t := range g.TopLoaded {
			terms = append(terms, fmt.Sprintf("%s (%d)", t.Term, t.Count))
		}
		for _, s := range g.TopSources {
			sources = append(sources, fmt.Sprintf("%s (%.0f%% of %d)", s.Name, 100*s.DoubtShare, s.Attributions))
		}
		rec = append(rec, strings.Join(terms, "; "), strings.Join(sources, "; "))
		cw.Write(rec)
	}
	for _, g := range res.Groups {
		row(g, g.Period)
	}
	for _, g := range res.Totals {
		row(g, "all")
	}
	cw.Flush()
	return cw.Error()
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func ftoa(x *float64) string {
	if x == nil {
		return ""
	}
	return strconv.FormatFloat(*x, 'f', 4, 64)
}

// The HTML page: tables and SVG charts drawn by summarize.html.tmpl from
// the geometry below, with no script and nothing loaded from elsewhere.

//go:embed summarize.html.tmpl
var summaryTemplateText string

// summaryTemplate is parsed on first use, not by every command's start-up.
var summaryTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("summary").Funcs(template.FuncMap{
		"pct": func(x *float64) string {
			if x == nil {
				return "–"
			}
			return fmt.Sprintf("%.1f%%", 100**x)
		},
		"num": func(x *float64) string {
			if x == nil {
				return "–"
			}
			return fmt.Sprintf("%.3f", *x)
		},
		"per1000": func(x *float64) string {
			if x == nil {
				return "–"
			}
			return fmt.Sprintf("%.2f", *x)
		},
		"groupName": groupName,
		"f":         func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) },
		"add":       func(a, b float64) float64 { return a + b },
		"sub":       func(a, b float64) float64 { return a - b },
		"half":      func(a, b float64) float64 { return (a + b) / 2 },
		"mul100":    func(x float64) float64 { return 100 * x },
		"marker":    markerPath,
		"stance":    func(m map[string]int64, st lexicon.Stance) int64 { return m[string(st)] },
	}).Parse(summaryTemplateText))
})

// summaryCSP allows inline styles and nothing else: the page has no
// script, image, font or other resource.
const summaryCSP = "default-src 'none'; style-src 'unsafe-inline'"

// Chart sizes, in SVG user units (CSS pixels at 100%).
const (
	chartWidth   = 880
	chartLeft    = 200 // room for the group and source names
	chartRight   = 150 // room for direct labels
	chartTop     = 44
	chartBottom  = 56
	lineHeight   = 300
	distRow      = 46
	stackRow     = 24
	maxLabelRune = 24
	// legendColumns is how many groups a row of the line chart's legend
	// names, 280 units apart: room for maxLabelRune characters.
	legendColumns = 3
)

// seriesStyles tell the lines of a line chart apart without colour: a
// dash pattern and a marker each, and a colour (Okabe–Ito, readable with
// colour blindness) besides. After len(seriesStyles) groups they repeat
// with a heavier line.
var seriesStyles = []struct{ dash, marker, colour string }{
	{"", "circle", "#0072b2"},
	{"8 4", "square", "#d55e00"},
	{"2 3", "triangle", "#009e73"},
	{"10 3 2 3", "diamond", "#cc79a7"},
	{"4 4", "cross", "#e69f00"},
	{"12 4 2 4 2 4", "down", "#56b4e9"},
	{"1 6", "x", "#000000"},
}

// stancePatterns fill the bars of each stance: a colour and a pattern of
// black lines or dots, so that the stances differ in grey too.
var stancePatterns = map[lexicon.Stance]struct{ colour, path string }{
	lexicon.Neutral:     {"#f2f2f2", ""},
	lexicon.Assertive:   {"#e69f00", "M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"},
	lexicon.Denial:      {"#56b4e9", "M0,1.5 h6 M0,4.5 h6"},
	lexicon.Accusation:  {"#d55e00", "M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2"},
	lexicon.Factive:     {"#009e73", ""},
	lexicon.Speculative: {"#f0e442", "M1.5,1.5 h0.1 M4.5,4.5 h0.1"},
	lexicon.Directive:   {"#0072b2", "M1.5,0 v6 M4.5,0 v6"},
	lexicon.Commissive:  {"#cc79a7", "M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2"},
}

type tick struct {
	Pos   float64
	Label string
}

type axes struct {
	Title, XLabel, YLabel string
	W, H                  float64
	X0, Y0, X1, Y1        float64 // the plot area: X0 left, Y0 top
	XTicks, YTicks        []tick
}

type legendItem struct {
	Label                 string
	Dash, Colour, Pattern string
	Marker                string // a path drawn at (0, 0)
	X, Y                  float64
}

type point struct {
	X, Y  float64
	Title string
}

type series struct {
	Name, Dash, Colour, Marker string
	Points                     string // the polyline's points
	Dots                       []point
	LabelX, LabelY             float64
	Label                      string
}

type lineChart struct {
	axes
	Series []series
	Legend []legendItem
}

type rect struct {
	X, Y, W, H float64
	Title      string
	Pattern    string
}

type distRowView struct {
	Label        string
	Y            float64 // the row's baseline
	Bars         []rect
	MeanX        float64
	MeanLabel    string
	HasMean      bool
	LabelY, TopY float64
}

type distChart struct {
	axes
	Rows    []distRowView
	MaxPct  string
	Legend  []legendItem
	LegendY float64
}

type stackRowView struct {
	Label, Full string
	Y, LabelY   float64
	Segments    []rect
	EndX        float64
	End         string
}

type stackChart struct {
	axes
	Group  string
	Rows   []stackRowView
	Legend []legendItem
	Empty  string
}

// markerPath is the path of a marker of the kind centred on (x, y).
func markerPath(kind string, x, y float64) string {
	const r = 4.0
	switch kind {
	case "square":
		return fmt.Sprintf("M%.1f,%.1fh%.1fv%.1fh%.1fz", x-r, y-r, 2*r, 2*r, -2*r)
	case "triangle":
		return fmt.Sprintf("M%.1f,%.1fL%.1f,%.1fL%.1f,%.1fz", x, y-r-1, x+r+1, y+r, x-r-1, y+r)
	case "down":
		return fmt.Sprintf("M%.1f,%.1fL%.1f,%.1fL%.1f,%.1fz", x, y+r+1, x+r+1, y-r, x-r-1, y-r)
	case "diamond":
		return fmt.Sprintf("M%.1f,%.1fL%.1f,%.1fL%.1f,%.1fL%.1f,%.1fz", x, y-r-1, x+r+1, y, x, y+r+1, x-r-1, y)
	case "cross":
		return fmt.Sprintf("M%.1f,%.1fh%.1fM%.1f,%.1fv%.1f", x-r-1, y, 2*r+2, x, y-r-1, 2*r+2)
	case "x":
		return fmt.Sprintf("M%.1f,%.1fl%.1f,%.1fM%.1f,%.1fl%.1f,%.1f", x-r, y-r, 2*r, 2*r, x-r, y+r, 2*r, -2*r)
	}
	return fmt.Sprintf("M%.1f,%.1fa%.1f,%.1f 0 1,0 %.1f,0a%.1f,%.1f 0 1,0 %.1f,0", x-r, y, r, r, 2*r, r, r, -2*r)
}

// shorten cuts a label to maxLabelRune characters, with an ellipsis.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxLabelRune {
		return s
	}
	r := []rune(s)
	return string(r[:maxLabelRune-1]) + "…"
}

func groupName(g string) string {
	if g == "" {
		return "(none)"
	}
	return g
}

// doubtChart draws the doubt share of each group by period: a line a
// group, the periods in order on the x axis, 0–100% on the y axis.
// Without periods each group is one point.
func doubtChart(res *summary) lineChart {
	c := lineChart{axes: axes{
		Title:  "Doubt share of attributions by " + cmp.Or(res.By, "group") + " and " + cmp.Or(res.Period, "period"),
		XLabel: cmp.Or(res.Period, "all documents"),
		YLabel: "doubt share: (assertive + accusation) / all cues",
		W:      chartWidth, H: lineHeight + chartTop + chartBottom + 20,
		X0: chartLeft, Y0: chartTop, X1: chartWidth - chartRight, Y1: chartTop + lineHeight,
	}}
	var periods []string
	for _, g := range res.Groups {
		if !slices.Contains(periods, g.Period) {
			periods = append(periods, g.Period)
		}
	}
	slices.Sort(periods)
	xOf := func(p string) float64 {
		i := slices.Index(periods, p)
		if len(periods) == 1 {
			return (c.X0 + c.X1) / 2
		}
		return c.X0 + 20 + float64(i)*(c.X1-c.X0-40)/float64(len(periods)-1)
	}
	for _, p := range periods {
		c.XTicks = append(c.XTicks, tick{xOf(p), cmp.Or(p, "all")})
	}
	// The y axis runs from 0 to a round percentage above the largest
	// share, so that shares of a few percent are not flattened.
	most := 0.0
	for _, g := range res.Groups {
		if g.DoubtShare != nil {
			most = max(most, 100**g.DoubtShare)
		}
	}
	step := niceStep(max(most, 1))
	top := min(100, math.Ceil(most/step)*step)
	if top <= most && top < 100 {
		top += step
	}
	yOf := func(share float64) float64 { return c.Y1 - 100*share/top*(c.Y1-c.Y0) }
	for v := 0.0; v <= top+step/2; v += step {
		c.YTicks = append(c.YTicks, tick{yOf(v / 100), strconv.FormatFloat(v, 'f', -1, 64) + "%"})
	}
	var names []string
	for _, g := range res.Groups {
		if !slices.Contains(names, g.Group) {
			names = append(names, g.Group)
		}
	}
	for i, name := range names {
		st := seriesStyles[i%len(seriesStyles)]
		s := series{Name: groupName(name), Dash: st.dash, Colour: st.colour, Marker: st.marker, Label: shorten(groupName(name))}
		var pts []string
		for _, g := range res.Groups {
			if g.Group != name || g.DoubtShare == nil {
				continue
			}
			x, y := xOf(g.Period), yOf(*g.DoubtShare)
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
			s.Dots = append(s.Dots, point{x, y, fmt.Sprintf("%s %s: %.1f%% of %d cues", groupName(name), cmp.Or(g.Period, "all"), 100**g.DoubtShare, g.Attributions)})
		}
		if len(s.Dots) == 0 {
			continue
		}
		s.Points = strings.Join(pts, " ")
		last := s.Dots[len(s.Dots)-1]
		s.LabelX, s.LabelY = last.X+10, last.Y+4
		c.Series = append(c.Series, s)
	}
	spreadLabels(c.Series, c.Y1+8)
	for i, s := range c.Series {
		c.Legend = append(c.Legend, legendItem{Label: shorten(s.Name), Dash: s.Dash, Colour: s.Colour,
			Marker: markerPath(s.Marker, 14, 0), X: 20 + float64(i%legendColumns)*280, Y: c.H - 14 + float64(i/legendColumns)*18})
	}
	c.H += float64((len(c.Series)+legendColumns-1)/legendColumns-1) * 18
	return c
}

// spreadLabels moves the direct labels at the lines' ends apart, at least
// 13 units, none below bottom.
func spreadLabels(ss []series, bottom float64) {
	idx := make([]int, len(ss))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(ss[a].LabelY, ss[b].LabelY) })
	const gap = 13
	for k := 1; k < len(idx); k++ {
		if prev := ss[idx[k-1]].LabelY; ss[idx[k]].LabelY < prev+gap {
			ss[idx[k]].LabelY = prev + gap
		}
	}
	if n := len(idx); n > 0 && ss[idx[n-1]].LabelY > bottom {
		ss[idx[n-1]].LabelY = bottom
		for k := n - 2; k >= 0; k-- {
			if next := ss[idx[k+1]].LabelY; ss[idx[k]].LabelY > next-gap {
				ss[idx[k]].LabelY = next - gap
			}
		}
	}
}

// scoreChart draws the score's distribution in each group over all
// periods: a row a group, a bar a bin, the bars' height the share of the
// group's documents, the mean marked.
func scoreChart(res *summary) distChart {
	groups := res.Groups
	if res.Totals != nil {
		groups = res.Totals
	}
	c := distChart{axes: axes{
		Title:  "Distribution of the document score by " + cmp.Or(res.By, "group"),
		XLabel: "document score (0: nothing rests on unverified assertion; 1: everything does)",
		YLabel: cmp.Or(res.By, "group"),
		W:      chartWidth,
		X0:     chartLeft, Y0: chartTop, X1: chartWidth - chartRight,
	}}
	c.Y1 = c.Y0 + float64(len(groups))*distRow
	c.H = c.Y1 + chartBottom + 40
	c.LegendY = c.H - 16
	maxShare := 0.0
	for _, g := range groups {
		for _, n := range g.ScoreHistogram {
			if g.Documents > 0 {
				maxShare = max(maxShare, float64(n)/float64(g.Documents))
			}
		}
	}
	c.MaxPct = fmt.Sprintf("%.0f%%", 100*maxShare)
	xOf := func(score float64) float64 { return c.X0 + score*(c.X1-c.X0) }
	for i := 0; i <= 5; i++ {
		c.XTicks = append(c.XTicks, tick{xOf(float64(i) / 5), fmt.Sprintf("%.1f", float64(i)/5)})
	}
	binW := (c.X1 - c.X0) / scoreBins
	for i, g := range groups {
		base := c.Y0 + float64(i+1)*distRow - 4
		row := distRowView{Label: shorten(groupName(g.Group)), Y: base, LabelY: base - distRow/2 + 8, TopY: base - distRow + 8}
		for b, n := range g.ScoreHistogram {
			if n == 0 || g.Documents == 0 || maxShare == 0 {
				continue
			}
			share := float64(n) / float64(g.Documents)
			h := share / maxShare * (distRow - 10)
			lo := float64(b) / scoreBins
			row.Bars = append(row.Bars, rect{X: xOf(lo) + 1, Y: base - h, W: binW - 2, H: h,
				Title: fmt.Sprintf("%s: %d of %d documents (%.0f%%) score %.1f–%.1f", groupName(g.Group), n, g.Documents, 100*share, lo, lo+1.0/scoreBins)})
		}
		if g.MeanScore != nil {
			row.HasMean, row.MeanX = true, xOf(*g.MeanScore)
			row.MeanLabel = fmt.Sprintf("mean %.2f", *g.MeanScore)
		}
		c.Rows = append(c.Rows, row)
	}
	c.Legend = []legendItem{
		{Label: "share of the documents in a score bin (0.1 wide); the tallest bar is " + c.MaxPct, X: c.X0, Y: c.LegendY},
		{Label: "mean document score", X: c.X0 + 480, Y: c.LegendY},
	}
	return c
}

// sourceCharts draws, for each group over all periods, its top sources
// by doubt share as bars stacked by stance.
func sourceCharts(res *summary, minCues int) []stackChart {
	groups := res.Groups
	if res.Totals != nil {
		groups = res.Totals
	}
	var out []stackChart
	for _, g := range groups {
		c := stackChart{Group: groupName(g.Group), axes: axes{
			Title:  "Sources framed with most doubt in " + groupName(g.Group) + ", their cues by stance",
			XLabel: "attributions to the source, by the stance of their cue",
			YLabel: "source",
			W:      chartWidth,
			X0:     chartLeft, Y0: chartTop, X1: chartWidth - chartRight,
		}}
		if len(g.TopSources) == 0 {
			c.Empty = fmt.Sprintf("No source in %s has %d or more attributions.", groupName(g.Group), minCues)
			out = append(out, c)
			continue
		}
		c.Y1 = c.Y0 + float64(len(g.TopSources))*stackRow + 6
		legendRows := (len(lexicon.Stances) + 3) / 4
		c.H = c.Y1 + chartBottom + 10 + float64(legendRows)*18
		var most int64
		for _, s := range g.TopSources {
			most = max(most, s.Attributions)
		}
		step := niceStep(float64(most))
		limit := math.Ceil(float64(most)/step) * step
		xOf := func(n float64) float64 { return c.X0 + n/limit*(c.X1-c.X0) }
		for v := 0.0; v <= limit+step/2; v += step {
			c.XTicks = append(c.XTicks, tick{xOf(v), strconv.FormatFloat(v, 'f', -1, 64)})
		}
		for i, s := range g.TopSources {
			y := c.Y0 + 6 + float64(i)*stackRow
			row := stackRowView{Label: shorten(s.Name), Full: s.Name, Y: y, LabelY: y + stackRow/2 + 1}
			at := 0.0
			for _, st := range lexicon.Stances {
				n := s.Stances[string(st)]
				if n == 0 {
					continue
				}
				row.Segments = append(row.Segments, rect{X: xOf(at), Y: y + 3, W: xOf(at+float64(n)) - xOf(at), H: stackRow - 6,
					Pattern: "pat-" + string(st), Title: fmt.Sprintf("%s: %d %s", s.Name, n, st)})
				at += float64(n)
			}
			row.EndX = xOf(at) + 6
			row.End = fmt.Sprintf("%d cues, %.0f%% doubt", s.Attributions, 100*s.DoubtShare)
			if s.Attributions == 1 {
				row.End = fmt.Sprintf("1 cue, %.0f%% doubt", 100*s.DoubtShare)
			}
			c.Rows = append(c.Rows, row)
		}
		for i, st := range lexicon.Stances {
			c.Legend = append(c.Legend, legendItem{Label: string(st), Pattern: "pat-" + string(st),
				X: c.X0 + float64(i%4)*130, Y: c.Y1 + chartBottom + 4 + float64(i/4)*18})
		}
		out = append(out, c)
	}
	return out
}

// niceStep is a step of 1, 2 or 5 times a power of ten that cuts [0, max]
// into at most 6 parts.
func niceStep(most float64) float64 {
	if most <= 0 {
		return 1
	}
	step := math.Pow(10, math.Floor(math.Log10(most)))
	for _, m := range []float64{0.1, 0.2, 0.5, 1, 2, 5, 10} {
		if s := step * m; s >= 1 && most/s <= 6 {
			return s
		}
	}
	return step * 10
}

// summaryPage is what the template is given.
type summaryPage struct {
	Title    string
	CSP      string
	Res      *summary
	Stances  []lexicon.Stance
	Patterns []patternView
	Doubt    lineChart
	Scores   distChart
	Sources  []stackChart
	Tables   []summaryGroup // the groups by period, then the totals
	// SourceRows are the top sources of the groups of Sources, in order.
	SourceRows [][]sourceRow
}

type patternView struct {
	ID, Colour, Path string
}

// writeSummaryHTML writes the summary as one self-contained page.
func writeSummaryHTML(w io.Writer, res *summary, title string) error {
	p := summaryPage{Title: title, CSP: summaryCSP, Res: res, Stances: lexicon.Stances,
		Doubt: doubtChart(res), Scores: scoreChart(res), Sources: sourceCharts(res, res.MinCues)}
	for _, st := range lexicon.Stances {
		pat := stancePatterns[st]
		p.Patterns = append(p.Patterns, patternView{"pat-" + string(st), pat.colour, pat.path})
	}
	p.Tables = append(slices.Clone(res.Groups), res.Totals...)
	groups := res.Groups
	if res.Totals != nil {
		groups = res.Totals
	}
	for _, g := range groups {
		p.SourceRows = append(p.SourceRows, g.TopSources)
	}
	return summaryTemplate().Execute(w, p)
}
