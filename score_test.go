package hearsay

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/internal/wordclass"
	"github.com/hearsay-go/hearsay/internal/wordset"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// statementScore analyzes a one-sentence text and returns its score.
func statementScore(t *testing.T, text string) float64 {
	t.Helper()
	r, err := Analyze(text)
	require.NoError(t, err)
	require.Len(t, r.Statements, 1, "want one statement in %q", text)
	return r.Statements[0].Score
}

func TestScorePlainFact(t *testing.T) {
	for _, text := range []string{
		"The ship docked in Miami on Tuesday.",
		"The committee meets every second Thursday of the month.",
		"Prices rose 3 percent in October.",
	} {
		assert.LessOrEqual(t, statementScore(t, text), 0.1, text)
	}
}

// A scoreOrder is two statements and why the first should score above
// the second.
type scoreOrder struct{ name, higher, lower, reason string }

// assertOrders checks every order of tests, a subtest each.
func assertOrders(t *testing.T, tests []scoreOrder) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hi, lo := statementScore(t, tt.higher), statementScore(t, tt.lower)
			assert.Greater(t, hi, lo, "%q (%.3f) should score above %q (%.3f): %s", tt.higher, hi, tt.lower, lo, tt.reason)
		})
	}
}

// TestScoreMetamorphic holds a statement's content fixed and changes one
// thing at a time; the score must move the way the design says.
func TestScoreMetamorphic(t *testing.T) {
	tests := []scoreOrder{
		{"claimed over said", "Smith claimed that the ship carried drugs.", "Smith said that the ship carried drugs.", "an assertive cue signals doubt"},
		{"alleged over said", "Smith alleged that the ship carried drugs.", "Smith said that the ship carried drugs.", ""},
		{"said over promised", "Smith said that the ship would sail at dawn.", "Smith promised that the ship would sail at dawn.", "a commitment asserts no proposition"},
		{"promised over urged", "Smith promised that the crew would sail at dawn.", "Smith urged that the crew sail at dawn.", "a commitment rests on the source's word; a demand asserts nothing"},
		{"claimed over might claim", "Smith claimed the ship carried drugs.", "Smith might claim the ship carried drugs.", "a supposed statement weighs less than a reported one, its hedge included"},
		{"said over confirmed", "Smith said that the ship carried drugs.", "Smith confirmed that the ship carried drugs.", "a factive cue presents the content as true"},
		{"anonymous over named", "Officials said that the ship carried drugs.", "Smith said that the ship carried drugs.", "a vague source cannot be checked"},
		{"sources over named", "Sources said that the ship carried drugs.", "The minister said that the ship carried drugs.", ""},
		{"without evidence", "Smith said without evidence that the ship carried drugs.", "Smith said that the ship carried drugs.", "an evidence-absent marker raises the score"},
		{"no evidence was provided", "Smith said that the ship carried drugs, although no evidence was provided.", "Smith said that the ship carried drugs, although the crew was arrested.", ""},
		{"records show", "Smith said that the ship carried drugs, although the crew was arrested.", "Smith said that the ship carried drugs, as court records show.", "a supported marker lowers the score"},
		{"reportedly", "The ship reportedly carried drugs.", "The ship carried drugs.", "a hedge raises the score"},
		{"second hedge", "The ship reportedly may have carried drugs.", "The ship reportedly carried drugs.", "each hedge raises it"},
		{"hedge in attributed statement", "Smith said that the ship possibly carried drugs.", "Smith said that the ship carried drugs.", ""},
		{"allegedly", "The mayor allegedly took bribes.", "The mayor took bribes.", "a sentence adverb attributes the clause to no one"},
		{"expletive it", "It seems that the ship carried drugs.", "Smith thinks that the ship carried drugs.", "an expletive it is no source: the unsourced attribution weighs more"},
	}
	assertOrders(t, tests)
}

// TestScoreContentShare checks property 5 on the scoring function itself:
// with the cue, source and statement held fixed, a longer attributed
// content raises the score.
func TestScoreContentShare(t *testing.T) {
	w := DefaultWeights()
	st := func(contentLen int) *Statement {
		return &Statement{
			Span: nlp.Span{Start: 0, End: 100},
			Attributions: []Attribution{{
				Cue:     Cue{Span: nlp.Span{Start: 6, End: 10}, Text: "said"},
				Stance:  lexicon.Neutral,
				Source:  &AttributionSource{Span: nlp.Span{Start: 0, End: 5}, Kind: attribution.Person},
				Content: &Content{Span: nlp.Span{Start: 11, End: 11 + contentLen}},
			}},
		}
	}
	short, _ := new(scorer).score(st(20), &w)
	long, _ := new(scorer).score(st(80), &w)
	assert.Greater(t, long, short)
}

// TestScoreIrrealis checks on the scoring function that an irrealis
// attribution weighs less by IrrealisDiscount, and not at all less when
// the discount is 0.
func TestScoreIrrealis(t *testing.T) {
	st := func(irrealis bool) *Statement {
		return &Statement{
			Span: nlp.Span{Start: 0, End: 100},
			Attributions: []Attribution{{
				Cue:      Cue{Span: nlp.Span{Start: 6, End: 10}, Text: "argue"},
				Stance:   lexicon.Assertive,
				Irrealis: irrealis,
				Source:   &AttributionSource{Span: nlp.Span{Start: 0, End: 5}, Kind: attribution.Person},
				Content:  &Content{Span: nlp.Span{Start: 11, End: 60}},
			}},
		}
	}
	w := DefaultWeights()
	real, _ := new(scorer).score(st(false), &w)
	supposed, _ := new(scorer).score(st(true), &w)
	assert.Less(t, supposed, real)
	w.IrrealisDiscount = 0
	undiscounted, _ := new(scorer).score(st(true), &w)
	assert.Equal(t, real, undiscounted)
}

// TestScoreContentParts checks that every part of a content inside the
// statement counts towards its share.
func TestScoreContentParts(t *testing.T) {
	w := DefaultWeights()
	st := func(parts ...ContentPart) *Statement {
		c := &Content{Span: nlp.Span{Start: 0, End: 20}, Parts: parts}
		return &Statement{
			Span: nlp.Span{Start: 0, End: 100},
			Attributions: []Attribution{{
				Cue:     Cue{Span: nlp.Span{Start: 25, End: 29}, Text: "said"},
				Stance:  lexicon.Neutral,
				Source:  &AttributionSource{Span: nlp.Span{Start: 21, End: 24}, Kind: attribution.Person},
				Content: c,
			}},
		}
	}
	one, _ := new(scorer).score(st(), &w)
	two, _ := new(scorer).score(st(ContentPart{Span: nlp.Span{Start: 0, End: 20}}, ContentPart{Span: nlp.Span{Start: 31, End: 90}}), &w)
	outside, _ := new(scorer).score(st(ContentPart{Span: nlp.Span{Start: 0, End: 20}}, ContentPart{Span: nlp.Span{Start: 120, End: 180}}), &w)
	assert.Greater(t, two, one, "a second part in the statement raises the share")
	assert.Equal(t, one, outside, "a part in another statement does not")
}

func TestScoreExplanationAddsUp(t *testing.T) {
	text, _ := loadSeed(t)
	for _, input := range []string{
		text,
		"Smith said that the ship carried drugs, as court records show.",
		"Court records show that a video showing the boat was confirmed by officials.",
		"",
	} {
		r, err := Analyze(input)
		require.NoError(t, err)
		for _, st := range r.Statements {
			checkStatementScore(t, st)
		}
		assert.True(t, r.Score >= 0 && r.Score <= 1)
	}
}

func checkStatementScore(t *testing.T, st Statement) {
	t.Helper()
	require.True(t, st.Score >= 0 && st.Score <= 1, "score %v out of [0, 1]", st.Score)
	sum := 0.0
	for _, c := range st.Explanation {
		sum += c.Contribution
		require.False(t, math.IsNaN(c.Contribution))
	}
	require.InDelta(t, st.Score, sum, 1e-9, "statement %d: explanation %v does not add up to %v", st.Index, st.Explanation, st.Score)
}

func TestScoreIndependentOfHistory(t *testing.T) {
	text, _ := loadSeed(t)
	var a Analyzer
	first, err := a.Analyze(text)
	require.NoError(t, err)
	_, err = a.Analyze("Officials claimed, without evidence, that the regime reportedly plotted a massacre.")
	require.NoError(t, err)
	again, err := a.Analyze(text)
	require.NoError(t, err)
	j1, _ := json.Marshal(first)
	j2, _ := json.Marshal(again)
	assert.Equal(t, string(j1), string(j2), "the same input gives byte-identical JSON whatever ran before")
}

func TestWeightsOverride(t *testing.T) {
	w := DefaultWeights()
	w.Finding[Hedge] = 0
	a := Analyzer{Weights: &w}
	r, err := a.Analyze("The ship probably carried drugs.")
	require.NoError(t, err)
	assert.Zero(t, r.Statements[0].Score, "with the hedge weight at 0 nothing is left to score")
	assert.Positive(t, statementScore(t, "The ship probably carried drugs."), "defaults are untouched")
}

// TestSeedBands checks the scores against the gold annotation's bands:
// high above medium above low on average, the low band's mean at most
// 0.25, and the unsupported allegation at or near the top. A low-band
// statement may score above 0.25 on its own when the writer's own loaded
// words carry it ("is notorious for its extreme violence"): the gold
// bands rate sourcing, the score the writer's evaluation as well.
func TestSeedBands(t *testing.T) {
	text, g := loadSeed(t)
	r, err := Analyze(text)
	require.NoError(t, err)
	sum, n := map[string]float64{}, map[string]int{}
	maxScore := 0.0
	for i, gs := range g.Sentences {
		s := r.Statements[i].Score
		sum[gs.Band] += s
		n[gs.Band]++
		maxScore = math.Max(maxScore, s)
		if gs.Band == "low" && s > 0.25 {
			t.Logf("low-band statement %d scores %.3f: %s", i, s, gs.Text)
		}
	}
	mean := func(b string) float64 { return sum[b] / float64(n[b]) }
	t.Logf("mean score: high %.3f, medium %.3f, low %.3f", mean("high"), mean("medium"), mean("low"))
	assert.LessOrEqual(t, mean("low"), 0.25)
	assert.Greater(t, mean("high"), mean("medium"))
	assert.Greater(t, mean("medium"), mean("low"))
	alleged := r.Statements[8]
	require.Contains(t, alleged.Text, "Trump alleged")
	assert.GreaterOrEqual(t, alleged.Score, maxScore-0.05, "the unsupported allegation is the highest-scoring statement or within 0.05 of it")
}

// factors returns the factor names of a one-statement text's explanation.
func factors(t *testing.T, text string, stmt int) map[string]float64 {
	t.Helper()
	r, err := Analyze(text)
	require.NoError(t, err)
	require.Greater(t, len(r.Statements), stmt)
	out := map[string]float64{}
	for _, c := range r.Statements[stmt].Explanation {
		out[c.Factor] += c.Contribution
	}
	return out
}

// TestScoreOthersWord checks property 7: by source, a named on-record
// source below an anonymous one below none; a source's confirmation of
// itself is no factive lowering.
func TestScoreOthersWord(t *testing.T) {
	tests := []scoreOrder{
		{"anonymous over named", "Officials said that the plant leaked.", "The regulator said that the plant leaked.", "a vague source cannot be checked"},
		{"it emerged over anonymous", "It emerged that the plant leaked.", "Officials said that the plant leaked.", "no source at all: the writer passes on what no one is named as saying"},
		{"is said to over anonymous", "The plant is said to have leaked.", "Officials said the plant had leaked.", "a sourceless passive"},
		{"reportedly over named", "The plant reportedly leaked.", "The regulator said the plant leaked.", "a sentence adverb attributes the clause to no one"},
		{"self-confirmation over independent", "The company confirmed its own product was safe.", "The regulator confirmed the product was safe.", "a party confirming its own product is its own word, not a confirmation"},
		{"organization confirming its own schedule", "Acme Robotics confirmed that its cart will ship in May.", "Inspectors confirmed that the Acme Robotics cart will ship in May.", "an organization's \"its\" in its own confirmation points back to it"},
		{"said over admitted", "The company said its own product was unsafe.", "The company admitted its own product was unsafe.", "conceding against one's interest stays factive"},
		{"it emerged over it was confirmed by the regulator", "It emerged that the plant leaked.", "The regulator confirmed that the plant leaked.", "a factive cue with no source is no confirmation"},
		{"not confirmed over confirmed", "The regulator did not confirm that the plant leaked.", "The regulator confirmed that the plant leaked.", "a denied confirmation presents nothing as true"},
	}
	assertOrders(t, tests)
	self := statementScore(t, "The company confirmed its own product was safe.")
	said := statementScore(t, "The company said its own product was safe.")
	assert.InDelta(t, said, self, 0.01, "a self-confirmation weighs as said")
}

// TestScoreWriterUncommitment checks property 8: the writer's own modals,
// conditionals, speculative future, intentions and questions raise the
// score; the same words inside a report are the source's.
func TestScoreWriterUncommitment(t *testing.T) {
	bare := "The plant leaked."
	tests := []struct {
		name, text, factor, reason string
	}{
		{"epistemic modal", "The plant may have leaked.", "hedge", "the writer leaves it open"},
		{"conditional", "If the plant leaked, the river is at risk.", "uncommitment:conditional", "a condition asserts neither clause"},
		{"would", "The leak would be the plant's third.", "uncommitment:modal", "a modal of possibility"},
		{"future", "The plant will leak again.", "uncommitment:future", "a prediction"},
		{"intent", "The plant needs to stop leaking.", "uncommitment:intent", "the stop is needed, not reported"},
		{"question", "Did the plant leak?", "uncommitment:question", "a question asserts nothing"},
		{"infinitive", "The board met to close the plant.", "uncommitment:infinitive", "the closing is a purpose, not reported as done"},
		{"condition on a report", "If the regulator says the plant leaked, the river is at risk.", "uncommitment:conditional", "a condition on an attribution is still the writer's condition"},
		{"the writer's own need", "I need to see the plant's records.", "uncommitment:wish", "the writer's own wish or need: nothing is reported"},
		{"the reader's", "You have to see the plant's records.", "uncommitment:wish", "a request to the reader asserts nothing"},
		{"imperative", "Consider the plant's records.", "uncommitment:request", "the writer asks the reader for an event, and asserts nothing"},
		{"negative imperative", "Don't drink the water.", "uncommitment:request", "a request not to act asserts nothing either"},
		{"imperative after a colon", "The lesson is plain: never trust the gauge.", "uncommitment:request", "a request opens the clause after the colon"},
	}
	lo := statementScore(t, bare)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := factors(t, tt.text, 0)
			assert.Contains(t, fs, tt.factor, "%s: %s", tt.text, tt.reason)
			assert.Greater(t, statementScore(t, tt.text), lo, tt.reason)
		})
	}
	t.Run("in a report", func(t *testing.T) {
		fs := factors(t, "The regulator said the plant would close.", 0)
		assert.NotContains(t, fs, "uncommitment:modal", "the source's would, not the writer's")
		fs = factors(t, "The regulator said the plant may have leaked.", 0)
		assert.Contains(t, fs, "quoted:hedge", "a hedge in the source's words counts as theirs")
		assert.NotContains(t, fs, "hedge")
		fs = factors(t, "The mayor said there are reports that the plant leaked.", 0)
		assert.Contains(t, fs, "quoted:vague-source", "a vague source in the source's words is their reference")
		assert.NotContains(t, fs, "vague-source")
	})
	t.Run("the source's own condition", func(t *testing.T) {
		// a source that leaves its event open by its own word ("if",
		// "should") weighs as its hedge does, Quoted times the writer's;
		// its prediction or plan ("will", the backshifted "would") is
		// its claim, weighed by the attribution alone
		plain := statementScore(t, "The regulator said the town flooded.")
		fs := factors(t, "The regulator said the town floods if the dam fails.", 0)
		assert.Contains(t, fs, "quoted:conditional", "the source's condition")
		assert.NotContains(t, fs, "uncommitment:conditional", "not the writer's")
		assert.Greater(t, statementScore(t, "The regulator said the town floods if the dam fails."), plain)
		assert.Contains(t, factors(t, "The regulator said the city should pay.", 0), "quoted:modal", "the source's should")
		for _, text := range []string{"The regulator said the plant would close.", "The regulator said the plant will close."} {
			fs := factors(t, text, 0)
			assert.NotContains(t, fs, "quoted:modal", "%s: the source's prediction is its claim", text)
			assert.NotContains(t, fs, "uncommitment:future", "%s: nor the writer's future", text)
			assert.NotContains(t, fs, "uncommitment:modal", "%s: nor the writer's modal", text)
		}
		assert.NotContains(t, factors(t, "The mayor asked whether the city should pay.", 0), "quoted:conditional", "a question asked is the cue's content")
	})
	t.Run("settled infinitive", func(t *testing.T) {
		for _, text := range []string{
			"The plant managed to stop the leak.",    // implicative: it stopped
			"The plant failed to stop the leak.",     // implicative: it did not
			"Guards had to surround the stage.",      // a past necessity: it was done
			"The plant sent its waste to the river.", // "to" of a place
			"The workers went to court.",
			"The plant is close to the river.",
			"He rode the bus to work.",                                        // a place
			"The plan is a giveaway to donors.",                               // a plural noun
			"No evidence was provided to support the claim the plant leaked.", // part of the evidence marker
		} {
			assert.NotContains(t, factors(t, text, 0), "uncommitment:infinitive", text)
		}
		assert.NotEmpty(t, factors(t, "Guards have to surround the stage.", 0), "a present necessity is still open")
		assert.Contains(t, factors(t, "The board met to pass the budget.", 0), "uncommitment:infinitive", "a base form in -ss is a verb")
	})
	t.Run("wh-question", func(t *testing.T) {
		fs := factors(t, "When did the plant leak?", 0)
		assert.NotContains(t, fs, "uncommitment:question", "a wh-question takes its event as given")
	})
	t.Run("the month May", func(t *testing.T) {
		assert.Empty(t, factors(t, "The plant leaked on May 26.", 0), "May the month is no modal")
		assert.Empty(t, factors(t, "In May the plant leaked.", 0), "May the month is no modal")
	})
	t.Run("ability", func(t *testing.T) {
		fs := factors(t, "Rescuers could not reach the village.", 0)
		assert.Empty(t, fs, "a denied ability leaves nothing open")
		fs = factors(t, "No rescuers could reach the village.", 0)
		assert.Empty(t, fs, "a negative subject denies the ability as well")
		fs = factors(t, "Rescuers could do nothing for the crew.", 0)
		assert.Empty(t, fs, "a negative object denies the ability as well")
	})
	t.Run("the reader's memory", func(t *testing.T) {
		fs := factors(t, "You may have heard of the plan.", 0)
		assert.Empty(t, fs, "the writer allows for what the reader knows; the plan is taken as given")
		fs = factors(t, "You may lose the deposit.", 0)
		assert.Contains(t, fs, "hedge", "a modal of the reader's fate, not of memory, stays the writer's doubt")
	})
	t.Run("a plan is no speculation", func(t *testing.T) {
		// An event not yet real, stated as a plan, a purpose or a
		// prediction, is a routine sentence of news: it stays in the low
		// band, below the writer's own doubt and below the writer's own
		// wish.
		doubt := statementScore(t, "The plant may have leaked.")
		wish := statementScore(t, "I hope the board closes the plant.")
		for _, text := range []string{
			"The board met on Tuesday to close the plant.",  // a purpose
			"The board's objective is to close the plant.",  // a plan stated as fact
			"The board is going to close the plant.",        // an intention reported
			"The board will close the plant next year.",     // a prediction
			"The navy plans to station three ships nearby.", // a plan reported
			"The dam was raised so that the town may grow.", // a purpose in a finite clause
			"The board paid the fee so he could stay.",      // the same with "so" alone
			"We are going to close the plant next year.",    // the writer's own plan
		} {
			s := statementScore(t, text)
			assert.LessOrEqual(t, s, 0.25, "%s: a plan or a purpose stated as fact is routine news", text)
			assert.Less(t, s, doubt, "%s should score below the writer's doubt", text)
			assert.Less(t, s, wish, "%s should score below the writer's own wish", text)
		}
	})
	t.Run("a reported question is the source's", func(t *testing.T) {
		for _, text := range []string{
			"The inspector asked: did the plant leak?",
			"\u201cDid the plant leak?\u201d the inspector asked.",
			"Q: Did the plant leak?",
		} {
			assert.NotContains(t, factors(t, text, 0), "uncommitment:question", "%s: the question is the speaker's, not the writer's", text)
		}
		assert.NotContains(t, factors(t, "Q: When did the plant leak?", 0), "uncommitment:question", "a wh-question after a speaker's label")
	})
	t.Run("one condition, one count", func(t *testing.T) {
		fs := factors(t, "Whether the auction would go ahead depended on the court.", 0)
		assert.Contains(t, fs, "uncommitment:conditional", "whether leaves the auction open")
		assert.NotContains(t, fs, "uncommitment:modal", "the would of the whether-clause is its tense: the same open question")
		fs = factors(t, "It was not clear whether the auction would go ahead.", 0)
		assert.Contains(t, fs, "hedge", "not clear: the writer's doubt")
		assert.NotContains(t, fs, "uncommitment:conditional", "the whether-clause is the hedge's complement, counted with it")
		fs = factors(t, "The auction would go ahead, whether or not the court rules.", 0)
		assert.Contains(t, fs, "uncommitment:modal", "whether asks; a modal outside its clause is the writer's own")
		for _, text := range []string{
			"If approved, the plan would cut taxes by 5 percent.",
			"The town will flood if the dam fails.",
		} {
			fs = factors(t, text, 0)
			assert.Contains(t, fs, "uncommitment:conditional", text)
			assert.NotContains(t, fs, "uncommitment:modal", "%s: the consequence's modal is the conditional's", text)
			assert.NotContains(t, fs, "uncommitment:future", "%s: the consequence's future is the conditional's", text)
		}
	})
	t.Run("one question, one count", func(t *testing.T) {
		for _, text := range []string{
			"Will the plant close?",
			"Could this be the leak?",
			"The plant leaked twice, will it close?",
		} {
			fs := factors(t, text, 0)
			assert.Contains(t, fs, "uncommitment:question", text)
			assert.NotContains(t, fs, "uncommitment:future", "%s: the question's own future is the question's", text)
			assert.NotContains(t, fs, "uncommitment:modal", "%s: the question's own modal is the question's", text)
		}
		fs := factors(t, "The plant will close, but did it leak?", 0)
		assert.Contains(t, fs, "uncommitment:future", "a future outside the question's clause is the writer's own")
		assert.Contains(t, fs, "uncommitment:question")
	})
	t.Run("appearance is the writer's", func(t *testing.T) {
		// "seems" with no source says how things look to the writer:
		// the writer's uncommitment, weighed as the writer's word, not
		// as word from a hidden source
		seems := statementScore(t, "The plant seems to have leaked.")
		assert.Greater(t, seems, statementScore(t, "The plant leaked."), "an impression leaves the event open")
		for _, text := range []string{"The plant is said to have leaked.", "It emerged that the plant leaked."} {
			assert.Less(t, seems, statementScore(t, text), "%s: hearsay from a hidden source weighs more than the writer's impression", text)
		}
		assert.NotContains(t, factors(t, "It appears that the plant leaked.", 0), "source:none", "the writer is the source of an appearance")
	})
	t.Run("doubt weighs at least a root modal", func(t *testing.T) {
		// The findings read "may" after a generic subject or in a clause
		// of purpose as no hedge; the writer's uncommitment then counts
		// the first as a modal, as it counts "should" and "can", and the
		// second as a purpose, in the low band: the epistemic "may" must
		// not weigh less than any of them.
		doubt := statementScore(t, "The talks may fail.")
		for _, text := range []string{
			"Guests may bring their own food.",
			"The dam was raised so that the town may grow.",
			"The talks should fail.",
		} {
			assert.GreaterOrEqual(t, doubt, statementScore(t, text), "%s: a root modal leaves no more open than the writer's doubt", text)
		}
	})
	t.Run("a thing wished for leaves no event open", func(t *testing.T) {
		for _, text := range []string{"We recommend this book.", "I want my money back."} {
			assert.NotContains(t, factors(t, text, 0), "uncommitment:wish", "%s: the recommending is done; a noun phrase names no event", text)
		}
		for _, text := range []string{"I want to see the records.", "We hope you do.", "I recommend that the board close the plant."} {
			assert.Contains(t, factors(t, text, 0), "uncommitment:wish", "%s: the event wished for is open", text)
		}
	})
	t.Run("no request", func(t *testing.T) {
		for _, text := range []string{
			"Stop signs were removed near the plant.",            // a noun that is also a verb, before no object
			"Think tanks say the plant leaked.",                  // the same
			"\u201cDon't drink the water,\u201d the mayor said.", // the speaker's request
			"Don't you think the plant leaked?",                  // a question
			"Watch: the plant leaks into the river.",             // a label before a colon
			"The workers stop the leak every spring.",            // a verb with its subject
		} {
			assert.NotContains(t, factors(t, text, 0), "uncommitment:request", text)
		}
	})
	t.Run("the writer's own content is the writer's", func(t *testing.T) {
		// "I think", "we believe" outside a quotation: the content is
		// the writer's voice, and its modals and hedges the writer's
		fs := factors(t, "I think the plant may have leaked.", 0)
		assert.Contains(t, fs, "hedge", "the writer's own doubt inside the writer's own thought")
		assert.NotContains(t, fs, "quoted:hedge")
		assert.Contains(t, factors(t, "I think the plant would close.", 0), "uncommitment:modal", "the writer's would")
		fs = factors(t, "\u201cI think the plant may have leaked,\u201d the mayor said.", 0)
		assert.Contains(t, fs, "quoted:hedge", "inside a quotation, I is the speaker")
		assert.NotContains(t, fs, "hedge")
	})
	t.Run("the speaker's wish is the speaker's", func(t *testing.T) {
		fs := factors(t, "\u201cI need to see the records,\u201d the mayor said.", 0)
		assert.NotContains(t, fs, "uncommitment:wish", "inside a quotation, I is the speaker, not the writer")
	})
}

// TestScoreWriterEvaluation checks property 9: loaded words and boosters
// in the writer's voice raise the score, more than the same words in a
// source's; a booster beside its evidence adds nothing.
func TestScoreWriterEvaluation(t *testing.T) {
	assert.Greater(t, statementScore(t, "The notorious cartel smuggled drugs."), statementScore(t, "The cartel smuggled drugs."), "a loaded word of the writer's")
	assert.Greater(t, statementScore(t, "Obviously the dam failed."), statementScore(t, "The dam failed."), "a booster with no evidence")
	writer := factors(t, "The notorious cartel smuggled drugs, the report said.", 0)
	own := factors(t, "The notorious cartel smuggled drugs.", 0)
	assert.Contains(t, writer, "quoted:loaded")
	assert.Greater(t, own["loaded"], writer["quoted:loaded"], "the writer's own word weighs more than the same word reported")
	fs := factors(t, "We believe the notorious cartel smuggled drugs.", 0)
	assert.Contains(t, fs, "loaded", "a loaded word in the writer's own belief is the writer's")
	assert.NotContains(t, fs, "quoted:loaded")
	fs = factors(t, "Obviously the dam failed, as court records show.", 0)
	assert.NotContains(t, fs, "booster", "the evidence stands beside the certainty")
}

// TestScoreOneQuotation checks property 10: a quotation shared by two cues
// counts once, every sentence of a quotation carries its attribution, and
// the comma before a trailing cue does not change the score.
func TestScoreOneQuotation(t *testing.T) {
	w := DefaultWeights()
	quote := &Content{Span: nlp.Span{Start: 20, End: 90}}
	said := Attribution{Cue: Cue{Span: nlp.Span{Start: 10, End: 14}, Text: "said"}, Stance: lexicon.Neutral,
		Source: &AttributionSource{Span: nlp.Span{Start: 0, End: 9}, Kind: attribution.Person}, Content: quote}
	noting := said
	noting.Cue = Cue{Span: nlp.Span{Start: 15, End: 21}, Text: "noting"}
	st := func(as ...Attribution) *Statement {
		return &Statement{Span: nlp.Span{Start: 0, End: 100}, Attributions: as}
	}
	one, _ := new(scorer).score(st(said), &w)
	two, expl := new(scorer).score(st(said, noting), &w)
	assert.Equal(t, one, two, "two cues over one quotation count it once")
	assert.Len(t, expl, 1, "one attribution factor: %v", expl)

	r, err := Analyze("“We did nothing wrong. The audit was rigged from the start. We will appeal,” the mayor said.")
	require.NoError(t, err)
	require.Len(t, r.Statements, 3)
	for i, s := range r.Statements {
		has := false
		for _, c := range s.Explanation {
			has = has || c.Factor == "attribution:neutral"
		}
		assert.True(t, has, "sentence %d of the quotation carries its attribution: %v", i, s.Explanation)
	}

	assert.InDelta(t, statementScore(t, "The plant leaked, the regulator said."), statementScore(t, "The plant leaked the regulator said."), 1e-9, "comma or no comma, the same attribution")
}

// FuzzScore checks the score's invariants on any text: each statement's
// score in [0, 1], its explanation adding up to it, every factor's span
// inside the input and on rune boundaries.
func FuzzScore(f *testing.F) {
	for _, s := range []string{
		"“We did nothing wrong. The audit was rigged. We will appeal,” the mayor said.",
		"If the plant leaked, it could not have been the first time? How many were hurt?",
		"The company confirmed its own product was safe, although no evidence was provided.",
		"It emerged that the plant is said to have leaked; officials need to inspect it.",
		"Supporters will surely call this cowering. “Fantasy,” she said, noting “a disgrace.”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, input string) {
		if !utf8.ValidString(input) {
			return
		}
		r, err := Analyze(input)
		require.NoError(t, err)
		for _, st := range r.Statements {
			checkStatementScore(t, st)
			for _, c := range st.Explanation {
				require.True(t, 0 <= c.Start && c.Start <= c.End && c.End <= len(input), "factor %s span %d:%d", c.Factor, c.Start, c.End)
				require.True(t, c.Start == len(input) || utf8.RuneStart(input[c.Start]), "factor %s starts inside a rune", c.Factor)
				require.Equal(t, input[c.Start:c.End], c.Text, "factor %s text", c.Factor)
			}
		}
	})
}

// TestExplanationsOutliveTheNextAnalysis analyzes a second text after a
// first and checks that the first report's explanations are unchanged:
// they are built in recycled scratch memory, which the second analysis
// writes over.
func TestExplanationsOutliveTheNextAnalysis(t *testing.T) {
	var a Analyzer
	first, err := a.Analyze("Officials said the plant may have leaked. Critics claimed the mayor lied.")
	require.NoError(t, err)
	want := make([][]Contribution, len(first.Statements))
	for i, st := range first.Statements {
		require.NotEmpty(t, st.Explanation, "statement %d", i)
		for _, c := range st.Explanation {
			require.NotEmpty(t, c.Factor, "statement %d: a contribution without its factor", i)
		}
		want[i] = slices.Clone(st.Explanation)
	}
	for range 3 {
		_, err := a.Analyze("Sources say the deal is dead, and analysts warned that prices could fall. The firm denied it.")
		require.NoError(t, err)
	}
	for i, st := range first.Statements {
		assert.Equal(t, want[i], st.Explanation, "statement %d", i)
	}
}

// TestEmptyExplanationHoldsNoScratch checks that a statement without a
// factor gets an empty explanation with no room behind it: appending to
// it must not write into the scratch memory that the next analysis
// reuses.
func TestEmptyExplanationHoldsNoScratch(t *testing.T) {
	r, err := Analyze("The river runs past the old mill. Officials said the plant may have leaked.")
	require.NoError(t, err)
	st := r.Statements[0]
	require.NotNil(t, st.Explanation, "an empty explanation is [], not null")
	require.Empty(t, st.Explanation)
	assert.Zero(t, cap(st.Explanation))
}

// TestCompactSlabLength checks what the analysis pool counts on when it
// clears a slab only as far as its length: the score writes nothing in
// the slab past the length compact returns it at, nor past the length it
// has when an analysis stops between statements.
func TestCompactSlabLength(t *testing.T) {
	seed, _ := loadSeed(t)
	doc := nlp.Parse(seed)
	ms := lexicon.Default().Match(doc)
	var x attribution.Extractor
	attrs := attributionsBySentence(x.ExtractMatches(doc, ms), doc.Text, len(doc.Sentences))
	w := DefaultWeights()
	sts := make([]Statement, len(doc.Sentences))
	for _, stop := range []int{len(sts), len(sts) / 2, 1} {
		fs := findings(doc, ms)
		var sc scorer
		sc.index(doc, attrs)
		fs = inContext(doc, fs, attrs, sc.contents)
		sc.init(doc, attrs, fs, nil)
		for i, s := range doc.Sentences[:stop] {
			st := &sts[i]
			*st = Statement{Index: i, Span: s.Span, Text: s.Text, Attributions: attrs[i], Findings: fs[i]}
			st.Score, st.Explanation = sc.score(st, &w)
		}
		slab := sc.slab
		if stop == len(sts) {
			slab = sc.compact(sts)
		}
		require.NotEmpty(t, slab, "the statements wrote explanations")
		for k, c := range slab[len(slab):cap(slab)] {
			require.Equal(t, Contribution{}, c, "slab[%d] past the length %d, stopped after %d statements", len(slab)+k, len(slab), stop)
		}
	}
}

// TestUncommitmentFile parses the embedded uncommitment.tsv, which the
// package reads without checking it.
func TestUncommitmentFile(t *testing.T) {
	classes := []string{impVerb, impOpener, impObject, planWord, backshift}
	parsed, err := lexicon.ParseWords(strings.NewReader(uncommitFile), "uncommitment.tsv", classes)
	require.NoError(t, err)
	assert.Equal(t, parsed, wordclass.ReadFile(uncommitFile), "the package reads the file as ParseWords does")
	words := uncommitWords()
	for c, set := range map[string]*wordset.Set{impVerb: words.impVerb, impOpener: words.impOpener, impObject: words.impObject, planWord: words.plan, backshift: words.backshift} {
		assert.Equal(t, len(parsed[c]), set.Len(), c)
		for _, w := range parsed[c] {
			assert.True(t, set.Has(w), c+": "+w)
		}
	}
}

// TestUncommitClassesWords holds what uncommitment assumes when it skips
// punctuation without looking it up: no word in a class of the writer's
// uncommitment is read as punctuation.
func TestUncommitClassesWords(t *testing.T) {
	words := []string{"to"}
	for w, c := range loadContextClasses() {
		if c&(uncommitting|ctxOpenQuestion|ctxImplicative) != 0 {
			words = append(words, w)
		}
	}
	require.Greater(t, len(words), 10)
	for _, w := range words {
		for _, tok := range nlp.Parse("and " + w + " so").Tokens {
			if tok.Kind == nlp.Punct {
				assert.Zero(t, uncommitClasses().Of(tok.Norm), "%q: punctuation %q in a class", w, tok.Norm)
			}
		}
	}
}
