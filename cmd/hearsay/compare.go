package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/hearsay-go/hearsay"
)

// compare runs "hearsay compare": two articles on one event, the sources
// they share and how each frames them.
func compare(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("compare", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "output format: text, json or html")
	var af analyzerFlags
	af.register(fl)
	maxBytes := maxBytesFlag(fl)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: hearsay compare [--format text|json|html] [--rules-only] [--lexicon FILE]... [--idioms FILE]... [--weights FILE] [--max-bytes 64MiB] FILE_A FILE_B")
		fmt.Fprintln(stderr, "Compares how two articles report the same sources: the verbs and stances each uses, the")
		fmt.Fprintln(stderr, "doubt share (assertive and accusation cues / all cues) and its asymmetry (B - A), and the")
		fmt.Fprintln(stderr, "loaded terms, hedges and other findings only one article has. Either FILE may be - (standard input).")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() != 2 {
		return usageError{"compare takes two FILEs"}
	}
	if fl.Arg(0) == "-" && fl.Arg(1) == "-" {
		return usageError{"compare can read only one of its FILEs from standard input"}
	}
	switch *format {
	case "text", "json", "html":
	default:
		return usageError{fmt.Sprintf("unknown format %q (want text, json or html)", *format)}
	}
	var (
		reports [2]*hearsay.Report
		texts   [2]string
		names   [2]string
	)
	a, err := af.analyzer(stderr)
	if err != nil {
		return err
	}
	for i := range 2 {
		text, name, err := readInputMax(fl.Arg(i), stdin, int64(*maxBytes))
		if err != nil {
			return err
		}
		r, err := a.Analyze(text)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		r.ID = name
		reports[i], texts[i], names[i] = r, text, name
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	switch *format {
	case "json":
		c := hearsay.Compare(reports[0], reports[1])
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(c)
	case "html":
		err = hearsay.WriteComparisonHTML(w, reports[0], reports[1], &hearsay.ComparisonHTMLOptions{
			Title: "Comparison: " + displayName(names[0]) + " and " + displayName(names[1]),
			A:     hearsay.HTMLOptions{Title: displayName(names[0]), Text: texts[0]},
			B:     hearsay.HTMLOptions{Title: displayName(names[1]), Text: texts[1]},
		})
	default:
		c := hearsay.Compare(reports[0], reports[1])
		err = hearsay.WriteComparisonText(w, &c)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}
