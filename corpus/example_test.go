package corpus_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/hearsay-go/hearsay/corpus"
)

func ExampleRun() {
	in := strings.NewReader(`{"id": "a1", "text": "Officials said the boat sank."}
{"id": "a2"}
`)
	var out strings.Builder
	sum, err := corpus.Run(context.Background(), in, &out, corpus.Options{Workers: 2})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	fmt.Println(lines[0][:40])
	fmt.Println(lines[1])
	fmt.Printf("%d lines: %d reports, %d errors\n", sum.Lines, sum.Documents, sum.Errors)
	// Output:
	// {"schema":"hearsay/v1","id":"a1","langua
	// {"id":"a2","error":"missing \"text\"","line":2}
	// 2 lines: 1 reports, 1 errors
}

func ExampleAggregator() {
	in := strings.NewReader(`id,outlet,date,text
1,wire,2016-09-12,Officials said the boat sank.
2,wire,2016-10-03,"Critics claimed, without evidence, that the vote was rigged."
3,blog,2016-10-04,Smith accused the mayor of lying. The mayor denied it.
`)
	agg := &corpus.Aggregator{By: "outlet", Period: corpus.Month, DateField: "date"}
	_, err := corpus.Run(context.Background(), in, nil, corpus.Options{Input: corpus.CSV, Keep: agg.Fields(), Each: agg.Add})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for _, g := range agg.Groups() {
		fmt.Printf("%s %s: %d documents, %d attributions, doubt %.2f\n", g.Group, g.Period, g.Documents, g.Attributions, g.DoubtShare())
	}
	// Output:
	// blog 2016-10: 1 documents, 2 attributions, doubt 0.50
	// wire 2016-09: 1 documents, 1 attributions, doubt 0.00
	// wire 2016-10: 1 documents, 1 attributions, doubt 1.00
}
