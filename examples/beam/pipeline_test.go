package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/hearsay-go/hearsay"

	"github.com/hearsay-go/hearsay/jsonl"
)

// TestMain runs the pipelines on prism unless --runner says otherwise.
func TestMain(m *testing.M) { ptest.Main(m) }

const corpus = "testdata/corpus.jsonl"

// hearsayBatch builds cmd/hearsay from the root module and runs
// `hearsay batch` on input: what the pipeline is checked against.
func hearsayBatch(t *testing.T, input string) []string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		goCmd = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	bin := filepath.Join(t.TempDir(), "hearsay")
	build := exec.Command(goCmd, "build", "-o", bin, "github.com/hearsay-go/hearsay/cmd/hearsay")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building hearsay: %v\n%s", err, out)
	}
	var stdout, stderr bytes.Buffer
	run := exec.Command(bin, "batch", "-j", "2", input)
	run.Stdout, run.Stderr = &stdout, &stderr
	if err := run.Run(); err != nil {
		t.Fatalf("hearsay batch: %v\n%s", err, stderr.String())
	}
	return strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
}

// runPipeline runs the pipeline on prism and returns the output prefix.
func runPipeline(t *testing.T, o Options) string {
	t.Helper()
	o.Output = t.TempDir() + "/"
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return o.Output
}

// readLinesOf reads the lines of the files matching pattern.
func readLinesOf(t *testing.T, pattern string) []string {
	t.Helper()
	names, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 0 {
			lines = append(lines, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
		}
	}
	return lines
}

// batchOutput splits hearsay batch's output into reports and error lines.
type batchOutput struct {
	reportLines []string
	reports     []*hearsay.Report
	errors      []map[string]any
}

func splitBatch(t *testing.T, lines []string) batchOutput {
	t.Helper()
	var out batchOutput
	for _, l := range lines {
		var probe map[string]any
		if err := json.Unmarshal([]byte(l), &probe); err != nil {
			t.Fatalf("batch output %q: %v", l, err)
		}
		if _, ok := probe["error"]; ok {
			out.errors = append(out.errors, probe)
			continue
		}
		var r hearsay.Report
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		out.reportLines = append(out.reportLines, l)
		out.reports = append(out.reports, &r)
	}
	return out
}

// outletsByID reads each document's outlet from the corpus, as the
// pipeline should: a string as is, another value as its JSON text.
func outletsByID(t *testing.T, name string) map[string]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		in, err := jsonl.Decode(sc.Bytes())
		if err != nil {
			continue
		}
		m[in.ID] = in.Outlet
	}
	return m
}

// exactMean is the mean of xs from their exact sum, rounded once: what
// the combiners' Sum must give, computed here independently with
// arbitrary precision.
func exactMean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := new(big.Float).SetPrec(4096)
	for _, x := range xs {
		sum.Add(sum, new(big.Float).SetFloat64(x))
	}
	f, _ := sum.Float64()
	return f / float64(len(xs))
}

// TestPipelineMatchesBatch runs the pipeline on the test corpus and checks
// it against hearsay batch on the same input: the same reports, every
// document once; the same error lines; and per-source and per-outlet
// aggregates equal to those computed here from batch's reports.
func TestPipelineMatchesBatch(t *testing.T) {
	batch := splitBatch(t, hearsayBatch(t, corpus))
	if len(batch.reports) < 30 || len(batch.errors) == 0 {
		t.Fatalf("test corpus: %d reports and %d errors; want a few dozen and some", len(batch.reports), len(batch.errors))
	}
	for _, tc := range []struct {
		name string
		o    Options
	}{
		{"defaults", Options{Input: corpus}},
		// Blocks smaller than a line, and several report shards.
		{"small splits", Options{Input: corpus, SplitSize: 97, Shards: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := runPipeline(t, tc.o)
			checkReports(t, out, batch)
			checkErrors(t, out, batch)
			checkSources(t, out, batch)
			checkOutlets(t, out, batch)
			checkTotals(t, out, batch)
		})
	}
}

func checkReports(t *testing.T, out string, batch batchOutput) {
	t.Helper()
	got := readLinesOf(t, out+"reports*.jsonl")
	ids := map[string]int{}
	for _, l := range got {
		var r struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("report %q: %v", l, err)
		}
		ids[r.ID]++
	}
	for _, r := range batch.reports {
		if ids[r.ID] != 1 {
			t.Errorf("document %q reported %d times, want once", r.ID, ids[r.ID])
		}
	}
	if len(got) != len(batch.reportLines) {
		t.Errorf("%d reports, want %d", len(got), len(batch.reportLines))
	}
	want := slices.Clone(batch.reportLines)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("reports differ from hearsay batch's:\n got %.300s\nwant %.300s", got[i], want[i])
				break
			}
		}
	}
}

// checkErrors: one error record per batch error line, with the same id and
// message, whose offset is the start of the line batch numbered.
func checkErrors(t *testing.T, out string, batch batchOutput) {
	t.Helper()
	data, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		id, msg string
		line    int
	}
	var got, want []key
	for _, l := range readLinesOf(t, out+"errors.jsonl") {
		var e ErrorRecord
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatal(err)
		}
		if e.File != corpus || e.Offset < 0 || e.Offset > int64(len(data)) || (e.Offset > 0 && data[e.Offset-1] != '\n') {
			t.Errorf("error record %s: not at the start of a line of %s", l, corpus)
			continue
		}
		got = append(got, key{e.ID, e.Error, bytes.Count(data[:e.Offset], []byte("\n")) + 1})
	}
	for _, e := range batch.errors {
		want = append(want, key{e["id"].(string), e["error"].(string), int(e["line"].(float64))})
	}
	cmp := func(a, b key) int { return a.line - b.line }
	slices.SortFunc(got, cmp)
	slices.SortFunc(want, cmp)
	if !slices.Equal(got, want) {
		t.Errorf("error records\n got %v\nwant %v", got, want)
	}
}

// checkSources recomputes the per-source aggregates from batch's reports.
func checkSources(t *testing.T, out string, batch batchOutput) {
	t.Helper()
	want := map[string]*SourceStats{}
	scores := map[string][]float64{}
	for _, r := range batch.reports {
		for _, src := range r.Sources {
			w := want[src.Name]
			if w == nil {
				w = &SourceStats{Name: src.Name, Kinds: map[string]int64{}, Stances: map[string]int64{}}
				want[src.Name] = w
			}
			w.Kinds[string(src.Kind)]++
			w.Documents++
			w.Mentions += int64(src.Mentions)
			w.Statements += int64(len(src.Statements))
			for st, n := range src.Stances {
				w.Stances[string(st)] += int64(n)
			}
			for _, i := range src.Statements {
				scores[src.Name] = append(scores[src.Name], r.Statements[i].Score)
			}
		}
	}
	for name, w := range want {
		w.MeanScore = exactMean(scores[name])
	}
	got := map[string]*SourceStats{}
	for _, l := range readLinesOf(t, out+"sources.jsonl") {
		var s SourceStats
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatal(err)
		}
		if got[s.Name] != nil {
			t.Errorf("source %q twice", s.Name)
		}
		got[s.Name] = &s
	}
	if len(got) != len(want) {
		t.Errorf("%d sources, want %d", len(got), len(want))
	}
	for name, w := range want {
		if g := got[name]; g == nil || !reflect.DeepEqual(*g, *w) {
			t.Errorf("source %q:\n got %+v\nwant %+v", name, g, *w)
		}
	}
	if d := want["Tom Hadley"]; d == nil || d.Documents < 5 {
		t.Errorf("test corpus: want a source across several documents, got %+v", d)
	}
}

// checkOutlets recomputes the per-outlet aggregates from batch's reports
// and the outlets the corpus gives.
func checkOutlets(t *testing.T, out string, batch batchOutput) {
	t.Helper()
	outletOfID := outletsByID(t, corpus)
	want := map[string]*OutletStats{}
	scores := map[string][]float64{}
	for _, r := range batch.reports {
		o := outletOfID[r.ID]
		w := want[o]
		if w == nil {
			w = &OutletStats{Outlet: o, Score: ScoreDistribution{Min: 2, Max: -1, Histogram: make([]int64, Bins)}}
			want[o] = w
		}
		w.Documents++
		scores[o] = append(scores[o], r.Score)
		w.Score.Min = min(w.Score.Min, r.Score)
		w.Score.Max = max(w.Score.Max, r.Score)
		w.Score.Histogram[int(r.Score*100)]++
		for _, st := range r.Statements {
			for _, at := range st.Attributions {
				w.Attributions++
				switch at.Stance {
				case "assertive":
					w.Assertive++
				case "accusation":
					w.Accusation++
				}
			}
		}
	}
	for o, w := range want {
		w.Score.Mean = exactMean(scores[o])
		if w.Attributions > 0 {
			w.AssertiveShare = float64(w.Assertive) / float64(w.Attributions)
			w.AccusationShare = float64(w.Accusation) / float64(w.Attributions)
		}
	}
	if len(want) < 5 {
		t.Fatalf("test corpus: %d outlets; want several, and documents without one", len(want))
	}
	got := map[string]*OutletStats{}
	for _, l := range readLinesOf(t, out+"outlets.jsonl") {
		var s OutletStats
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatal(err)
		}
		got[s.Outlet] = &s
	}
	if len(got) != len(want) {
		t.Errorf("%d outlets, want %d", len(got), len(want))
	}
	for o, w := range want {
		g := got[o]
		if g == nil {
			t.Errorf("outlet %q missing", o)
			continue
		}
		// Quantiles are estimates: within the bin of the exact value.
		sorted := slices.Clone(scores[o])
		slices.Sort(sorted)
		prev := -1.0
		for _, q := range []string{"p10", "p25", "p50", "p75", "p90"} {
			v, ok := g.Score.Quantiles[q]
			if !ok || v < prev || v < w.Score.Min || v > w.Score.Max {
				t.Errorf("outlet %q: quantile %s = %v (ok %v) out of order or range", o, q, v, ok)
			}
			prev = v
		}
		if len(sorted) == 1 && g.Score.Quantiles["p50"] != sorted[0] {
			t.Errorf("outlet %q: median of one document %v, want %v", o, g.Score.Quantiles["p50"], sorted[0])
		}
		g.Score.Quantiles = nil
		if !reflect.DeepEqual(*g, *w) {
			t.Errorf("outlet %q:\n got %+v\nwant %+v", o, *g, *w)
		}
	}
}

func checkTotals(t *testing.T, out string, batch batchOutput) {
	t.Helper()
	data, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	want := Tally{Documents: int64(len(batch.reports)), Errors: int64(len(batch.errors))}
	for _, l := range strings.SplitAfter(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			want.Lines++
			want.Bytes += int64(len(l))
		}
	}
	lines := readLinesOf(t, out+"totals.json")
	if len(lines) != 1 {
		t.Fatalf("totals.json: %d lines, want 1", len(lines))
	}
	var got Tally
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("totals %+v, want %+v", got, want)
	}
}

// TestCompressedAndSeveralFiles reads the corpus split over a plain and a
// gzipped file, through a pattern: the same reports as hearsay batch.
func TestCompressedAndSeveralFiles(t *testing.T) {
	data, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	lines := strings.SplitAfter(string(data), "\n")
	half := len(lines) / 2
	if err := os.WriteFile(filepath.Join(dir, "part-a.jsonl"), []byte(strings.Join(lines[:half], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Join(lines[half:], "")))
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "part-b.jsonl.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	batch := splitBatch(t, hearsayBatch(t, corpus))
	out := runPipeline(t, Options{Input: filepath.Join(dir, "part-*"), SplitSize: 512})
	checkReports(t, out, batch)
	checkSources(t, out, batch)
}
