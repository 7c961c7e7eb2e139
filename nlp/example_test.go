package nlp_test

import (
	"fmt"

	"github.com/hearsay-go/hearsay/nlp"
)

func Example() {
	doc := nlp.Parse("Trump claimed 11 “terrorists” died. Maduro denies it.")
	for _, s := range doc.Sentences {
		fmt.Printf("sentence %d [%d:%d] %q\n", s.Index, s.Start, s.End, s.Text)
	}
	for _, t := range doc.Sentences[0].Tokens[:4] {
		fmt.Printf("  %-10s %d:%d %s\n", t.Text, t.Start, t.End, t.Kind)
	}
	// Output:
	// sentence 0 [0:39] "Trump claimed 11 “terrorists” died."
	// sentence 1 [40:57] "Maduro denies it."
	//   Trump      0:5 word
	//   claimed    6:13 word
	//   11         14:16 number
	//   “          17:20 open-quote
}
