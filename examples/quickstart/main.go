// Quickstart analyzes a short news text and prints its most unverified
// statements with the factors behind each score.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"log"
	"sort"

	"github.com/hearsay-go/hearsay"
)

const article = `The city council approved the budget on Monday. ` +
	`Officials claimed, without evidence, that the previous administration had hidden the deficit. ` +
	`The mayor said the new plan would reportedly save $4 million. ` +
	`Audit records show that spending fell by 3 percent last year.`

func main() {
	report, err := hearsay.Analyze(article)
	if err != nil {
		log.Fatal(err)
	}
	sts := report.Statements
	sort.SliceStable(sts, func(i, j int) bool { return sts[i].Score > sts[j].Score })
	fmt.Printf("document score %.2f\n\n", report.Score)
	for _, st := range sts[:3] {
		fmt.Printf("%.2f  %s\n", st.Score, st.Text)
		for _, c := range st.Explanation {
			fmt.Printf("      %+.2f %-24s %q\n", c.Contribution, c.Factor, c.Text)
		}
	}
}
