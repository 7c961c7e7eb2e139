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
	by := flag.String("by", "outlet", "the input field to group documents by")
	period := flag.String("period", "", "split groups by day, week, month or year of -date")
	date := flag.String("date", "date", "the input field holding the date, with -period")
	sources := flag.Bool("sources", false, "group by source instead of by field")
	top := flag.Int("top", 0, "print only the N groups with the most documents (0: all)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: corpus [-by FIELD] [-period day|week|month|year -date FIELD] [-sources] [-top N] FILE.jsonl|FILE.csv")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
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
		log.Fatal(err)
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
		fmt.Printf("%s: %d documents, %d attributions, mean score %s, doubt %s\n",
			name, g.Documents, g.Attributions, number(g.MeanScore()), percent(g.DoubtShare()))
		var parts []string
		for _, st := range lexicon.Stances {
			if n := g.Stances[st]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %.0f%%", st, 100*float64(n)/float64(g.Attributions)))
			}
		}
		fmt.Printf("    stances:  %s\n", strings.Join(parts, ", "))
		if g.Findings != nil {
			parts = parts[:0]
			for _, c := range hearsay.FindingCategories {
				if n := g.Findings[c]; n > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", c, n))
				}
			}
			fmt.Printf("    findings: %s\n", strings.Join(parts, ", "))
		}
	}
	if sum.Errors > 0 {
		fmt.Printf("%d of %d documents could not be analyzed (hearsay batch shows why)\n", sum.Errors, sum.Lines)
	}
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
