package sentiment_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/sentiment"
)

func ExampleAnalyzer_Text() {
	var a sentiment.Analyzer // the zero value uses the built-in lexicon
	v := a.Text("The plan wasn't good, but the results were VERY encouraging!")
	fmt.Printf("compound %.3f (pos %.2f, neg %.2f, neu %.2f)\n", v.Compound, v.Positive, v.Negative, v.Neutral)
	for _, w := range v.Words {
		fmt.Printf("%d:%d %q %+.2f (lexicon %+.1f)\n", w.Start, w.End, w.Text, w.Valence, w.Prior)
	}
	// Output:
	// compound 0.749 (pos 0.39, neg 0.12, neu 0.49)
	// 16:20 "good" -1.05 (lexicon +1.9)
	// 48:59 "encouraging" +5.14 (lexicon +2.4)
}

func ExampleAnalyzer_Sentence() {
	text := "Officials praised the rescue. Critics called the delay a disgrace."
	doc := nlp.Parse(text)
	var a sentiment.Analyzer
	for _, s := range doc.Sentences {
		fmt.Printf("%+.3f %s\n", a.Sentence(doc, s).Compound, s.Text)
	}
	// Output:
	// +0.612 Officials praised the rescue.
	// -0.772 Critics called the delay a disgrace.
}

func ExampleAnalyzer_Document() {
	text := "Officials praised the rescue. Critics called the delay a disgrace."
	doc := nlp.Parse(text)
	var a sentiment.Analyzer
	whole := a.Document(doc, func(i int, v sentiment.Valence) {
		fmt.Printf("%+.3f %s\n", v.Compound, doc.Sentences[i].Text)
	})
	fmt.Printf("%+.3f the whole text\n", whole.Compound)
	// Output:
	// +0.612 Officials praised the rescue.
	// -0.772 Critics called the delay a disgrace.
	// -0.402 the whole text
}

func ExampleLoad() {
	lex, err := sentiment.Load(strings.NewReader("# my terms\nnarco-state\t-2.5\nwin-win\t2.6\n"), "mine.tsv")
	if err != nil {
		log.Fatal(err)
	}
	a := sentiment.Analyzer{Lexicon: sentiment.Builtin().With(lex)}
	for _, w := range a.Text("A win-win deal with a narco-state.").Words {
		fmt.Printf("%s %+.1f\n", w.Text, w.Prior)
	}

	_, err = sentiment.Load(strings.NewReader("good\tgreat\n"), "bad.tsv")
	fmt.Println(err)
	// Output:
	// win-win +2.6
	// narco-state -2.5
	// bad.tsv:1: valence of "good": invalid syntax
}
