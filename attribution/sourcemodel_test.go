package attribution

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/nlp"
)

// TestDefaultRankers checks the built-in source and content models: they
// load, name their corpus, keep to the budget, encode to their embedded
// bytes, and take a margin; files of other models are refused.
func TestDefaultRankers(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		model  ranker
		load   func([]byte) error
		margin func(float64) float64
	}{
		{"source", sourceModelData, DefaultSourceModel().ranker,
			func(b []byte) error { _, err := LoadSourceModel(b); return err },
			func(m float64) float64 { return DefaultSourceModel().WithMargin(m).Margin() }},
		{"content", contentModelData, DefaultContentModel().ranker,
			func(b []byte) error { _, err := LoadContentModel(b); return err },
			func(m float64) float64 { return DefaultContentModel().WithMargin(m).Margin() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.model
			assert.GreaterOrEqual(t, m.Margin(), 0.0)
			assert.Contains(t, strings.Join(m.Meta(), "\n"), "PolNeAR", "the model names the corpus it was learned from")
			nz, table := m.Size()
			assert.Positive(t, nz)
			assert.LessOrEqual(t, nz, table)
			assert.LessOrEqual(t, len(tt.data), 8<<20, "the model's budget on disk")
			b, err := m.MarshalBinary()
			require.NoError(t, err)
			assert.Equal(t, tt.data, b, "the embedded file is what the model encodes to")
			assert.Equal(t, 5.0, tt.margin(5))
			assert.Equal(t, m.Margin(), tt.margin(-1), "a negative margin keeps the model's")
			for _, bad := range [][]byte{nil, []byte("not a model"), tt.data[:len(tt.data)/3], cueModelData} {
				assert.Error(t, tt.load(bad))
			}
		})
	}
	assert.Error(t, tests[0].load(contentModelData), "a content model is no source model")
	assert.Error(t, tests[1].load(sourceModelData), "a source model is no content model")
	_, err := LoadModel(sourceModelData)
	assert.Error(t, err, "a source model is no cue model")
}

// TestTrainSources learns a source model from text of our own in which
// the annotated source of a participle set off by a comma is never the
// subject the rules take but the people named before it, and checks that
// the model learns to move it, that training is deterministic, and that
// ExplainSpans says what it did.
func TestTrainSources(t *testing.T) {
	text := "The union interviewed workers on the line, saying the plant is unsafe. " +
		"The firm surveyed doctors in the city, warning that the drug is risky. " +
		"The group visited farmers near the dam, claiming the river is dry."
	doc := nlp.Parse(text)
	span := func(s string) nlp.Span { return spanOf(t, text, s) }
	var rels []TrainingRelation
	for _, p := range [][2]string{{"saying", "workers"}, {"warning", "doctors"}, {"claiming", "farmers"}} {
		rels = append(rels, TrainingRelation{Cue: []nlp.Span{span(p[0])}, Source: []nlp.Span{span(p[1])}})
	}
	docs := []TrainingDoc{{Doc: doc, Relations: rels}}
	opt := SourceTrainOptions{Seed: 2, Epochs: 20, Margin: 0.5, Meta: []string{"corpus: a test"}}
	var x Extractor
	b1 := trainedTwice(t, func() (encoder, error) { return x.TrainSources(docs, nil, opt) })
	back, err := LoadSourceModel(b1)
	require.NoError(t, err)
	assert.Equal(t, 0.5, back.Margin())
	assert.Equal(t, "corpus: a test", back.Meta()[0])

	rules := (&Extractor{RulesOnly: true}).Extract(doc)
	require.Len(t, rules, 3)
	for _, a := range rules {
		assert.Contains(t, []string{"The union", "The firm", "The group"}, a.Source.Text, "the rules take the clause's subject")
	}
	got := (&Extractor{Model: DefaultModel().WithThresholds(0.999, 0), Sources: back}).Extract(doc)
	var participles []Attribution
	for _, a := range got {
		if a.Cue.Form == Participle {
			participles = append(participles, a)
		}
	}
	require.Len(t, participles, 3)
	for i, want := range []string{"workers", "doctors", "farmers"} {
		assert.Equal(t, want, participles[i].Source.Text, "learned from these sentences")
		assert.Equal(t, RuleModelSource, participles[i].SourceRule)
	}
	x = Extractor{Model: DefaultModel().WithThresholds(0.999, 0), Sources: back}
	ds := sourceDecisions(x.ExplainSpans(doc, 2))
	require.GreaterOrEqual(t, len(ds), 3)
	assert.Equal(t, "saying", ds[0].CueText)
	assert.Equal(t, RuleModelSource, ds[0].By)
	assert.True(t, ds[0].Candidates[0].Chosen, "the chosen candidate scores highest")
	assert.Equal(t, "workers", ds[0].Candidates[0].Text)
	rulesAt := -1
	for k, c := range ds[0].Candidates {
		if c.Rules {
			rulesAt = k
		}
		assert.LessOrEqual(t, len(c.Features), 2)
	}
	require.Positive(t, rulesAt)
	assert.Equal(t, "The union", ds[0].Candidates[rulesAt].Text)

	_, err = x.TrainSources(nil, nil, opt)
	assert.Error(t, err, "no documents")
	_, err = x.TrainSources(docs, nil, SourceTrainOptions{Margin: -1})
	assert.Error(t, err, "a negative margin")
	_, err = x.TrainSources([]TrainingDoc{{Doc: doc}}, nil, opt)
	assert.Error(t, err, "no annotated relation")
	assert.Nil(t, (&Extractor{RulesOnly: true}).ExplainSpans(doc, 2), "the rules alone choose no source by model")
}

// TestExplainSpansSaysWhyNot checks that an attribution whose source the
// model does not score says why.
func TestExplainSpansSaysWhyNot(t *testing.T) {
	doc := nlp.Parse("The senator has long said the vote was rigged. The plant reportedly leaked. “We lost,” said the coach. The agency released a report saying the dam is safe.")
	ds := sourceDecisions((&Extractor{}).ExplainSpans(doc, 1))
	got := map[string]string{}
	for _, d := range ds {
		got[d.CueText] = d.Skipped
		if d.Skipped != "" {
			assert.Nil(t, d.Candidates, d.CueText)
			assert.Equal(t, "rules", d.By, d.CueText)
		}
	}
	// a participle on a noun that can speak is the rules' by design
	assert.Equal(t, map[string]string{"said": SkipAdjacent, "reportedly": SkipByDesign, "saying": SkipByDesign}, map[string]string{"said": got["said"], "reportedly": got["reportedly"], "saying": got["saying"]})
	assert.Len(t, ds, 4, "every attribution is explained")
}

// sourceDecisions returns the decisions of ds on sources.
func sourceDecisions(ds []SpanDecision) []SpanDecision {
	var out []SpanDecision
	for _, d := range ds {
		if d.Part == partSource {
			out = append(out, d)
		}
	}
	return out
}

// An encoder is a trained model's MarshalBinary.
type encoder interface{ MarshalBinary() ([]byte, error) }

// trainedTwice trains a model twice with train, checks that both encode
// to the same bytes, and returns them.
func trainedTwice(t *testing.T, train func() (encoder, error)) []byte {
	t.Helper()
	var out [2][]byte
	for i := range out {
		m, err := train()
		require.NoError(t, err)
		out[i], err = m.MarshalBinary()
		require.NoError(t, err)
	}
	assert.Equal(t, out[0], out[1], "the same documents and options give the same bytes")
	return out[0]
}

// TestHeadless checks which sources no noun heads, so that the source
// model is asked about them with no margin.
func TestHeadless(t *testing.T) {
	for _, c := range []struct {
		text, first, last string
		want              bool
	}{
		{"Publicly, he dismisses it.", "Publicly", "Publicly", true},
		{"Crowds kept growing, saying so.", "kept", "growing", true},
		{"One of them said so.", "One", "of", true},
		{"The report of the panel said so.", "The", "panel", false},
		{"Senator Bernie Sanders said so.", "Senator", "Sanders", false},
		{"The farmers I have spoken with say so.", "The", "with", false},
		{"Acme's director of political advertising said so.", "Acme", "advertising", false},
		{"They said so.", "They", "They", false},
	} {
		doc := nlp.Parse(c.text)
		r := newRun(doc, DefaultMaxGap)
		src := [2]int{-1, -1}
		for i, tok := range doc.Tokens {
			if tok.Text == c.first && src[0] < 0 {
				src[0] = i
			}
			if tok.Text == c.last {
				src[1] = i
			}
		}
		require.True(t, src[0] >= 0 && src[1] >= src[0], c.text)
		assert.Equal(t, c.want, r.headless(src), "%q", c.text)
		r.release()
	}
}

// TestAsideAfterRelative checks the commas that close an aside after a
// relative pronoun, after which no inverted subject follows the verb.
func TestAsideAfterRelative(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"One facet that, to her, invokes Reagan.", true},
		{"The plan, which, officials said, failed.", true},
		{"“We will win,” said Smith.", false},
		{"The dam will hold, said the engineer.", false},
	} {
		doc := nlp.Parse(c.text)
		r := newRun(doc, DefaultMaxGap)
		p := -1
		for i, tok := range doc.Tokens {
			if tok.Text == "," {
				p = i // the last comma
			}
		}
		require.GreaterOrEqual(t, p, 0, c.text)
		assert.Equal(t, c.want, r.asideAfterRelative(p, 0), "%q", c.text)
		r.release()
	}
}

// spanOf returns the bytes of the first s in text, failing the test when
// text has none.
func spanOf(t *testing.T, text, s string) nlp.Span {
	t.Helper()
	i := strings.Index(text, s)
	require.GreaterOrEqual(t, i, 0, s)
	return nlp.Span{Start: i, End: i + len(s)}
}
