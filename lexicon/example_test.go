package lexicon_test

import (
	"fmt"
	"strings"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

func Example() {
	own, err := lexicon.Parse(strings.NewReader(
		"# my loaded terms\n"+
			"junta\tloaded\tlabel\t0.7\n"+
			"reportedly\thedge\tadverb\t0.6\n"), "mine.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := nlp.Parse("The junta reportedly detained two reporters.")
	for _, m := range own.Match(doc) {
		fmt.Printf("%d:%d %s %q\n", m.Start, m.End, m.Entry.Category, m.Text)
	}
	// Output:
	// 4:9 loaded "junta"
	// 10:20 hedge "reportedly"
}

func ExampleParse_error() {
	_, err := lexicon.Parse(strings.NewReader("claim\tcue\tdoubtful\t0.7\n"), "mine.tsv")
	fmt.Println(err)
	// Output:
	// mine.tsv:1: unknown stance "doubtful" for cue (want one of neutral, assertive, denial, accusation, factive, speculative, directive, commissive)
}

func ExampleParseWords() {
	words, err := lexicon.ParseWords(strings.NewReader(
		"# closed classes\n"+
			"would\tmodals\n"+
			"might\tmodals\n"+
			"unless\tconditionals\n"), "classes.tsv", []string{"modals", "conditionals"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(words["modals"], words["conditionals"])
	// Output:
	// [would might] [unless]
}
