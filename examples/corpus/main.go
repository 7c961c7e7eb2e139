// Corpus analyzes a corpus of articles, JSONL ({"id": ..., "text": ...,
// "outlet": ...} a line) or CSV (a header line naming the columns), and
// prints a summary per outlet, or per any other field, optionally per
// month (or day, week, year) of a date field: documents, mean document
// score, the share of attributions that cast doubt (claimed, alleged) or
// accuse, the share of each stance, and findings per category. With
// -sources it summarizes per source instead. Documents that cannot be
// analyzed are counted and reported, never dropped silently.
//
//	go run ./examples/corpus corpus.jsonl
//	go run ./examples/corpus -by outlet -period month -date date articles.csv
//	go run ./examples/corpus -sources -top 20 corpus.jsonl
//
// It is built on the corpus package: corpus.Run analyzes the documents in
// parallel, with bounded memory, and hands each report to a
// corpus.Aggregator, whose exact sums make the result independent of the
// order the documents finish in.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/corpus"
	"github.com/hearsay-go/hearsay/lexicon"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("corpus", flag.ExitOnError)
	by := fl.String("by", "outlet", "the input field to group documents by")
	period := fl.String("period", "", "split groups by day, week, month or year of -date")
	date := fl.String("date", "date", "the input field holding the date, with -period")
	sources := fl.Bool("sources", false, "group by source instead of by field")
	top := fl.Int("top", 0, "print only the N groups with the most documents (0: all)")
	fl.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: corpus [-by FIELD] [-period day|week|month|year -date FIELD] [-sources] [-top N] FILE.jsonl|FILE.csv")
		fl.PrintDefaults()
	}
	fl.Parse(args)
	if fl.NArg() != 1 {
		fl.Usage()
		os.Exit(2)
	}
	f, err := os.Open(fl.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()

	agg := &corpus.Aggregator{By: *by, Sources: *sources}
	if *period != "" {
		agg.Period, agg.DateField = corpus.Period(*period), *date
	}
	opt := corpus.Options{Keep: agg.Fields(), Each: agg.Add}
	if strings.EqualFold(filepath.Ext(f.Name()), ".csv") {
		opt.Input = corpus.CSV
	}
	// With no output, Run writes nothing and counts the errors; to see
	// them, run hearsay batch on the same file.
	sum, err := corpus.Run(context.Background(), f, nil, opt)
	if err != nil {
		return err
	}

	groups := agg.Groups()
	if *top > 0 {
		slices.SortStableFunc(groups, func(a, b corpus.Group) int { return cmp.Compare(b.Documents, a.Documents) })
		groups = groups[:min(*top, len(groups))]
	}
	for _, g := range groups {
		name := g.Group
		if name == "" {
			name = "(none)"
		}
		if g.Period != "" {
			name += " " + g.Period
		}
		fmt.Fprintf(stdout, "%s: %d documents, %d attributions, mean score %s, doubt %s\n",
			name, g.Documents, g.Attributions, number(g.MeanScore()), percent(g.DoubtShare()))
		var parts []string
		for _, st := range lexicon.Stances {
			if n := g.Stances[st]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %.0f%%", st, 100*float64(n)/float64(g.Attributions)))
			}
		}
		fmt.Fprintf(stdout, "    stances:  %s\n", strings.Join(parts, ", "))
		if g.Findings != nil {
			parts = parts[:0]
			for _, c := range hearsay.FindingCategories {
				if n := g.Findings[c]; n > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", c, n))
				}
			}
			fmt.Fprintf(stdout, "    findings: %s\n", strings.Join(parts, ", "))
		}
	}
	if sum.Errors > 0 {
		fmt.Fprintf(stdout, "%d of %d documents could not be analyzed (hearsay batch shows why)\n", sum.Errors, sum.Lines)
	}
	return nil
}

func number(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.3f", x)
}

func percent(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*x)
}
