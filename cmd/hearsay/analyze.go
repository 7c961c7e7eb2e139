package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"

	"github.com/hearsay-go/hearsay"
)

func analyze(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "output format: text, json or html")
	rulesOnly := fl.Bool("rules-only", false, "find attributions with the rules alone, without the trained cue model")
	maxBytes := maxBytesFlag(fl)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: hearsay analyze [--format text|json|html] [--rules-only] [--max-bytes 64MiB] [FILE|-]")
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
	var a hearsay.Analyzer
	a.Attribution.RulesOnly = *rulesOnly
	r, err := a.Analyze(text)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if *format == "json" {
		return hearsay.WriteJSON(stdout, r, true)
	}
	if *format == "html" {
		return writeHTMLReport(stdout, r, name, text)
	}
	w := bufio.NewWriter(stdout)
	if err := hearsay.WriteText(w, r); err != nil {
		return err
	}
	return w.Flush()
}
