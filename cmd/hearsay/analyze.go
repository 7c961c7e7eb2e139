package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"

	"github.com/hearsay-go/hearsay"
)

func analyze(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "output format: text, json or html")
	var af analyzerFlags
	af.register(fl)
	failAbove := fl.Float64("fail-above", math.Inf(1), "exit with status 3 when the document score is above `SCORE` (the report is written all the same)")
	maxBytes := maxBytesFlag(fl)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: hearsay analyze [--format text|json|html] [--rules-only] [--lexicon FILE]... [--idioms FILE]... [--weights FILE] [--fail-above SCORE] [--max-bytes 64MiB] [FILE|-]")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 1 {
		return usageError{"analyze takes at most one FILE"}
	}
	if *format != "text" && *format != "json" && *format != "html" {
		return usageError{fmt.Sprintf("unknown format %q (want text, json or html)", *format)}
	}
	text, name, err := readInputMax(fl.Arg(0), stdin, int64(*maxBytes))
	if err != nil {
		return err
	}
	if math.IsNaN(*failAbove) {
		return usageError{"--fail-above must be a number"}
	}
	a, err := af.analyzer(stderr)
	if err != nil {
		return err
	}
	restore := prepare(a)
	if len(text) > shortText {
		restore()
	} else {
		defer restore()
	}
	r, err := a.Analyze(text)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := writeReport(stdout, r, *format, name, text); err != nil {
		return err
	}
	if r.Score > *failAbove {
		return scoreAbove{score: r.Score, limit: *failAbove}
	}
	return nil
}

// writeReport writes r in format to w.
func writeReport(w io.Writer, r *hearsay.Report, format, name, text string) error {
	switch format {
	case "json":
		return hearsay.WriteJSON(w, r, true)
	case "html":
		return writeHTMLReport(w, r, name, text)
	}
	bw := bufio.NewWriter(w)
	if err := hearsay.WriteText(bw, r); err != nil {
		return err
	}
	return bw.Flush()
}

// scoreAbove is analyze's outcome when the document score is above
// --fail-above: the report was written, and the exit status is 3.
type scoreAbove struct{ score, limit float64 }

func (e scoreAbove) Error() string {
	return fmt.Sprintf("document score %.3f is above --fail-above %g", e.score, e.limit)
}

// startGCPercent is the garbage collector's target while the built-in
// tables are built, when the GOGC environment variable does not set one:
// the tables all stay alive, so collecting while they grow from an empty
// heap is work for nothing.
const startGCPercent = 800

// shortText is the longest text whose analysis runs with the collector
// still held back. Its analysis allocates a few megabytes at most, within
// the room startGCPercent leaves, and a collection set off by it would
// only mark the tables, which live until the process exits: for one
// sentence, 5 ms of CPU time and 350 page faults, a tenth of the process.
// A longer text is analyzed at the program's own target.
const shortText = 64 << 10

// prepare builds the tables a's analysis uses (see Analyzer.Prepare) with
// the collector held back, and returns the function that sets its target
// back.
func prepare(a *hearsay.Analyzer) (restore func()) {
	if os.Getenv("GOGC") != "" {
		a.Prepare()
		return func() {}
	}
	old := debug.SetGCPercent(startGCPercent)
	a.Prepare()
	return func() { debug.SetGCPercent(old) }
}
