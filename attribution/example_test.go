package attribution_test

import (
	"fmt"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/nlp"
)

func Example() {
	doc := nlp.Parse("U.S. President Donald Trump shared a video on Tuesday. " +
		"He claimed the vessel was carrying drugs. " +
		"The Venezuelan government denied any connection. " +
		"The strike was legal, according to officials.")
	var x attribution.Extractor
	for _, a := range x.Extract(doc) {
		fmt.Printf("%s (%s): %s [%s → %q] %q\n", a.Cue.Text, a.Stance, a.Source.Text, a.Source.Kind, a.Source.Resolved, a.Content.Text)
	}
	// Output:
	// claimed (assertive): He [pronoun → "Donald Trump"] "the vessel was carrying drugs"
	// denied (denial): The Venezuelan government [organization → "The Venezuelan government"] "any connection"
	// according to (neutral): officials [anonymous → ""] "The strike was legal"
}

func ExampleNewLedger() {
	doc := nlp.Parse("Senator Jane Doe said the bill would pass. " +
		"Critics alleged that it was rushed. " +
		"Doe later denied that she had met the lobbyists. She insisted the vote was fair.")
	var x attribution.Extractor
	for _, e := range attribution.NewLedger(doc, x.Extract(doc)) {
		fmt.Printf("%s (%s): statements %v, %d mentions, %v\n", e.Name, e.Kind, e.Statements, e.Mentions, e.Stances)
	}
	// Output:
	// Jane Doe (person): statements [0 2 3], 3 mentions, map[assertive:1 denial:1 neutral:1]
	// Critics (anonymous): statements [1], 1 mentions, map[assertive:1]
}

// Explain tells what became of each word the rules or the cue model
// considered: the lexicon entry starting there, what the rules did, and the
// outcome. Here the rules take "said" and the model keeps it (it could
// have dropped it), and the model takes "see", which no lexicon entry
// holds.
func ExampleExtractor_Explain() {
	doc := nlp.Parse("The senator said the vote was rigged. Most economists see the slowdown as temporary.")
	var x attribution.Extractor
	for _, d := range x.Explain(doc, 0) {
		fmt.Printf("%s: lexicon %q, rules %q, %s (by %s)\n", d.Text, d.Lexicon, d.Rule, d.Outcome, d.By)
	}
	// Output:
	// said: lexicon "say", rules "took:verb", attribution (by rules and model)
	// see: lexicon "", rules "", attribution (by model)
}

// With RulesOnly the cue model is off: the rules alone decide.
func ExampleExtractor_rulesOnly() {
	doc := nlp.Parse("Most economists see the slowdown as temporary.")
	for _, x := range []attribution.Extractor{{RulesOnly: true}, {}} {
		for _, a := range x.Extract(doc) {
			fmt.Printf("%s %q (%s) %q: %q\n", a.Rule, a.Cue.Text, a.Stance, a.Source.Text, a.Content.Text)
		}
		fmt.Println("--")
	}
	// Output:
	// --
	// model:cue "see" (neutral) "Most economists": "the slowdown as temporary"
	// --
}

// ExplainSpans tells how each attribution's source and content were
// chosen: the candidates the source and content models scored, or why a
// model was not asked. Here the rules' source stands next to its cue, so
// the source model is not asked, and the content model keeps the rules'
// end of the paraphrase.
func ExampleExtractor_ExplainSpans() {
	doc := nlp.Parse("The senator said the vote was rigged, and the count was wrong.")
	var x attribution.Extractor
	for _, d := range x.ExplainSpans(doc, 0) {
		fmt.Printf("%s of %q: by %s", d.Part, d.CueText, d.By)
		if d.Skipped != "" {
			fmt.Printf(" (not asked: %s)", d.Skipped)
		}
		fmt.Println()
		for _, c := range d.Candidates {
			if c.Chosen {
				fmt.Printf("  chosen %q of %d candidates\n", c.Text, len(d.Candidates))
			}
		}
	}
	// Output:
	// source of "said": by rules (not asked: adjacent)
	// content of "said": by model:content
	//   chosen "the vote was rigged, and the count was wrong" of 2 candidates
}
