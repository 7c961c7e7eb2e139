package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/jsonl"
)

const (
	// defaultMaxLine bounds one input line, as in hearsay batch.
	defaultMaxLine = 64 << 20
	// defaultSplitSize is the size of the blocks input files are cut into
	// before the run; runners split further while it runs.
	defaultSplitSize = 64 << 20
)

// Options configure the pipeline.
type Options struct {
	// Input is a file pattern on any registered Beam filesystem
	// ("corpus/*.jsonl", "gs://bucket/corpus/*.jsonl.gz").
	Input string
	// Output is a prefix the output names are appended to: "out/" gives
	// out/reports.jsonl, out/errors.jsonl, out/sources.jsonl,
	// out/outlets.jsonl and out/totals.json.
	Output string
	// Shards is the number of report files: 1 writes reports.jsonl, more
	// write reports-00000-of-00008.jsonl and so on. Each shard is written
	// by one worker, so a large corpus wants several.
	Shards int
	// SplitSize is the size in bytes of the blocks input files are first
	// cut into (0: 64 MiB).
	SplitSize int64
	// MaxLine is the longest input line in bytes (0: 64 MiB); a longer
	// line gets an error record.
	MaxLine int64
}

// Build adds the pipeline to s: read the documents, analyze each, write
// the reports and error records, and aggregate per source, per outlet and
// in total.
func Build(s beam.Scope, o Options) error {
	if o.Input == "" {
		return errors.New("no input")
	}
	if o.Output == "" {
		return errors.New("no output")
	}
	if o.Shards < 1 {
		o.Shards = 1
	}
	if o.SplitSize <= 0 {
		o.SplitSize = defaultSplitSize
	}
	if o.MaxLine <= 0 {
		o.MaxLine = defaultMaxLine
	}
	lines := readLines(s, o.Input, o.SplitSize, o.MaxLine)
	reports, errs, sources, outlets, tallies := beam.ParDo5(s.Scope("Analyze"), &analyzeFn{}, lines)

	reportFiles := writeShards(s.Scope("WriteReports"), o.Output+"reports", ".jsonl", o.Shards, reports)
	errorFiles := writeShards(s.Scope("WriteErrors"), o.Output+"errors", ".jsonl", 1, errs)

	ss := s.Scope("PerSource")
	perSource := beam.CombinePerKey(ss, &sourceCombine{}, sources)
	sourceFiles := writeShards(ss, o.Output+"sources", ".jsonl", 1, beam.ParDo(ss, formatSource, perSource))

	ps := s.Scope("PerOutlet")
	perOutlet := beam.CombinePerKey(ps, &outletCombine{}, outlets)
	outletFiles := writeShards(ps, o.Output+"outlets", ".jsonl", 1, beam.ParDo(ps, formatOutlet, perOutlet))

	ts := s.Scope("Totals")
	totals := beam.Combine(ts, mergeTallies, tallies)
	totalFiles := writeShards(ts, o.Output+"totals", ".json", 1, beam.ParDo(ts, formatTally, totals))

	logFiles(s.Scope("Written"), reportFiles, errorFiles, sourceFiles, outletFiles, totalFiles)
	return nil
}

// ErrorRecord takes the place of a report for a line that could not be
// analyzed. ID and Error are as in hearsay batch; instead of a line
// number it gives the file and the byte offset the line starts at.
type ErrorRecord struct {
	ID     string `json:"id"`
	Error  string `json:"error"`
	File   string `json:"file"`
	Offset int64  `json:"offset"`
}

// analyzeFn analyzes one line. Each instance holds one hearsay.Analyzer,
// set up once per worker and reused for every document it gets.
type analyzeFn struct {
	analyzer *hearsay.Analyzer
	docs     beam.Counter
	errs     beam.Counter
}

// Setup makes the Analyzer.
func (fn *analyzeFn) Setup() {
	fn.analyzer = &hearsay.Analyzer{}
	fn.docs = beam.NewCounter("hearsay", "documents")
	fn.errs = beam.NewCounter("hearsay", "errors")
}

// ProcessElement turns a line into its report, or its error record, and
// into the partial aggregates of its sources and its outlet. Blank lines
// are skipped, as hearsay batch skips them.
func (fn *analyzeFn) ProcessElement(ctx context.Context, l Line,
	report, errRecord func(string), source func(string, SourceAcc), outlet func(string, OutletAcc), tally func(Tally)) error {
	if !l.TooLong && strings.TrimSpace(l.Text) == "" {
		return nil
	}
	t := Tally{Lines: 1, Bytes: l.Size}
	r, outletName, id, msg := analyzeLine(fn.analyzer, l)
	if r == nil {
		b, err := json.Marshal(ErrorRecord{ID: id, Error: msg, File: l.Path, Offset: l.Offset})
		if err != nil {
			return err
		}
		errRecord(string(b))
		fn.errs.Inc(ctx, 1)
		t.Errors = 1
		tally(t)
		return nil
	}
	line, err := encodeReport(r)
	if err != nil {
		return err
	}
	report(line)
	fn.docs.Inc(ctx, 1)
	t.Documents = 1
	tally(t)
	for _, src := range r.Sources {
		name, acc := sourceOf(r, src)
		source(name, acc)
	}
	outlet(outletName, outletOf(r))
	return nil
}

// analyzeLine parses and analyzes a line as hearsay batch does, with the
// same error messages. It returns the report, or nil and why not.
func analyzeLine(a *hearsay.Analyzer, l Line) (r *hearsay.Report, outlet, id, msg string) {
	if l.TooLong {
		return nil, "", "", jsonl.TooLong(l.Size, "--max_line")
	}
	in, err := jsonl.Decode([]byte(l.Text))
	if err != nil {
		return nil, "", in.ID, err.Error()
	}
	r, err = a.Analyze(in.Text)
	if err != nil {
		return nil, "", in.ID, err.Error()
	}
	r.ID = in.ID
	return r, in.Outlet, in.ID, ""
}

// encodeReport encodes a report as hearsay batch does, without the
// newline (the writer adds it).
func encodeReport(r *hearsay.Report) (string, error) {
	var b bytes.Buffer
	if err := hearsay.WriteJSON(&b, r, false); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}
