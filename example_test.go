package hearsay_test

import (
	"fmt"

	"github.com/hearsay-go/hearsay"
)

func Example() {
	r, err := hearsay.Analyze("Officials claimed, without evidence, that the vessel carried 11 “terrorists.” The boat sank on Tuesday.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range r.Statements {
		fmt.Printf("%d %.2f %s\n", st.Index, st.Score, st.Text)
		for _, f := range st.Findings {
			fmt.Printf("  %s %q\n", f.Category, f.Text)
		}
	}
	// Output:
	// 0 0.89 Officials claimed, without evidence, that the vessel carried 11 “terrorists.”
	//   vague-source "Officials"
	//   evidence-absent "without evidence"
	//   loaded "terrorists"
	// 1 0.00 The boat sank on Tuesday.
}
