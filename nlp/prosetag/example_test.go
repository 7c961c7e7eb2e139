package prosetag_test

import (
	"fmt"
	"strings"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/nlp/prosetag"
)

func Example() {
	p := nlp.Parser{Tagger: prosetag.Tagger{}}
	doc, err := p.Parse("Officials denied the report.")
	if err != nil {
		fmt.Println(err)
		return
	}
	var tagged []string
	for _, t := range doc.Tokens {
		tagged = append(tagged, t.Text+"/"+t.Tag)
	}
	fmt.Println(strings.Join(tagged, " "))
	// Output: Officials/NNS denied/VBD the/DT report/NN ./.
}
