package attribution

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/nlp"
)

// TestTrainContents learns a content model from text of our own in which
// the annotated content of a cue stops before a second clause after "and"
// that the rules take in, and checks that the model learns to stop there,
// that training is deterministic, and that ExplainSpans says so.
func TestTrainContents(t *testing.T) {
	text := "Officials said the dam was cracked and the river rose overnight. " +
		"Engineers warned the wall was leaking and the valley faced floods. " +
		"Neighbors claimed the road was closed and the bridge was shut."
	doc := nlp.Parse(text)
	span := func(s string) nlp.Span { return spanOf(t, text, s) }
	var rels []TrainingRelation
	for _, p := range [][3]string{
		{"said", "Officials", "the dam was cracked"},
		{"warned", "Engineers", "the wall was leaking"},
		{"claimed", "Neighbors", "the road was closed"},
	} {
		rels = append(rels, TrainingRelation{Cue: []nlp.Span{span(p[0])}, Source: []nlp.Span{span(p[1])}, Content: []nlp.Span{span(p[2])}})
	}
	rules := (&Extractor{RulesOnly: true}).Extract(doc)
	require.Len(t, rules, 3)
	for i, want := range []string{"the dam was cracked and the river rose overnight", "the wall was leaking and the valley faced floods", "the road was closed and the bridge was shut"} {
		require.Equal(t, want, rules[i].Content.Text, "the rules take in the second clause")
	}
	docs := []TrainingDoc{{Doc: doc, Relations: rels}}
	opt := SourceTrainOptions{Seed: 2, Epochs: 20, Margin: 0.5, Meta: []string{"corpus: a test"}}
	var x Extractor
	b1 := trainedTwice(t, func() (encoder, error) { return x.TrainContents(docs, nil, opt) })
	back, err := LoadContentModel(b1)
	require.NoError(t, err)
	assert.Equal(t, 0.5, back.Margin())

	x = Extractor{Model: DefaultModel().WithThresholds(0.999, 0), Contents: back}
	got := x.Extract(doc)
	require.Len(t, got, 3)
	for i, r := range rels {
		assert.Equal(t, text[r.Content[0].Start:r.Content[0].End], got[i].Content.Text, "learned from these sentences")
		assert.Equal(t, RuleModelContent, got[i].ContentRule)
	}
	var contents []SpanDecision
	for _, d := range x.ExplainSpans(doc, 2) {
		if d.Part == partContent {
			contents = append(contents, d)
		}
	}
	require.Len(t, contents, 3)
	assert.Equal(t, RuleModelContent, contents[0].By)
	assert.True(t, contents[0].Candidates[0].Chosen)
	assert.Equal(t, "the dam was cracked", contents[0].Candidates[0].Text)

	_, err = x.TrainContents(nil, nil, opt)
	assert.Error(t, err, "no documents")
	_, err = x.TrainContents(docs, nil, SourceTrainOptions{Margin: -1})
	assert.Error(t, err, "a negative margin")
}

// TestContentModelLeavesQuotations checks that a quotation's end, which
// its marks give, is never the content model's to move.
func TestContentModelLeavesQuotations(t *testing.T) {
	doc := nlp.Parse("“The dam will hold, and the river will stay in its banks,” the mayor said. The mayor said, “It will hold.”")
	n := 0
	for _, d := range (&Extractor{}).ExplainSpans(doc, 0) {
		if d.Part == partContent {
			n++
			assert.Equal(t, SkipShape, d.Skipped, d.CueText)
			assert.Nil(t, d.Candidates)
		}
	}
	assert.Equal(t, 2, n, "a content decision for each quotation")
}
