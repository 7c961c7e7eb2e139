package attribution

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/nlp"
)

func TestDefaultSourceModel(t *testing.T) {
	m := DefaultSourceModel()
	require.NotNil(t, m)
	assert.GreaterOrEqual(t, m.Margin(), 0.0)
	assert.Contains(t, strings.Join(m.Meta(), "\n"), "PolNeAR", "the model names the corpus it was learned from")
	nz, table := m.Size()
	assert.Positive(t, nz)
	assert.LessOrEqual(t, nz, table)
	assert.LessOrEqual(t, len(sourceModelData), 8<<20, "the model's budget on disk")
	b, err := m.MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, sourceModelData, b, "the embedded file is what the model encodes to")
	assert.Equal(t, 5.0, m.WithMargin(5).Margin())
	assert.Equal(t, m.Margin(), m.WithMargin(-1).Margin(), "a negative margin keeps the model's")
}

func TestLoadSourceModelRefuses(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("not a model"), sourceModelData[:len(sourceModelData)/3], cueModelData} {
		_, err := LoadSourceModel(data)
		assert.Error(t, err)
	}
	_, err := LoadModel(sourceModelData)
	assert.Error(t, err, "a source model is no cue model")
}

// TestTrainSources learns a source model from text of our own in which
// the annotated source is never the phrase the rules take for a
// participle's subject, and checks that the model learns to move it, that
// training is deterministic, and that ExplainSources says what it did.
func TestTrainSources(t *testing.T) {
	text := "The union released a video of workers saying the plant is unsafe. " +
		"The firm published a letter of doctors warning that the drug is risky. " +
		"The group posted a photo of farmers claiming the river is dry."
	doc := nlp.Parse(text)
	span := func(s string) nlp.Span {
		i := strings.Index(text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return nlp.Span{Start: i, End: i + len(s)}
	}
	var rels []TrainingRelation
	for _, p := range [][2]string{{"saying", "The union"}, {"warning", "The firm"}, {"claiming", "The group"}} {
		rels = append(rels, TrainingRelation{Cue: []nlp.Span{span(p[0])}, Source: []nlp.Span{span(p[1])}})
	}
	docs := []TrainingDoc{{Doc: doc, Relations: rels}}
	opt := SourceTrainOptions{Seed: 2, Epochs: 20, Margin: 0.5, Meta: []string{"corpus: a test"}}
	var x Extractor
	m1, err := x.TrainSources(docs, nil, opt)
	require.NoError(t, err)
	m2, err := x.TrainSources(docs, nil, opt)
	require.NoError(t, err)
	b1, err := m1.MarshalBinary()
	require.NoError(t, err)
	b2, err := m2.MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, b1, b2, "the same documents and options give the same bytes")
	back, err := LoadSourceModel(b1)
	require.NoError(t, err)
	assert.Equal(t, 0.5, back.Margin())
	assert.Equal(t, "corpus: a test", back.Meta()[0])

	rules := (&Extractor{RulesOnly: true}).Extract(doc)
	require.Len(t, rules, 3)
	assert.Equal(t, "workers", rules[0].Source.Text, "the rules take the nearest phrase")
	x.Sources = back
	x.Model = DefaultModel()
	got := x.Extract(doc)
	require.Len(t, got, 3)
	for i, want := range []string{"The union", "The firm", "The group"} {
		assert.Equal(t, want, got[i].Source.Text, "learned from these sentences")
		if rules[i].Source.Text != want {
			assert.Equal(t, RuleModelSource, got[i].SourceRule, "the model moved the rules' %q", rules[i].Source.Text)
		} else {
			assert.Empty(t, got[i].SourceRule, "the rules' source stands")
		}
	}
	ds := x.ExplainSources(doc, 2)
	require.Len(t, ds, 3)
	assert.Equal(t, RuleModelSource, ds[0].By)
	assert.True(t, ds[0].Candidates[0].Chosen, "the chosen candidate scores highest")
	assert.Equal(t, "The union", ds[0].Candidates[0].Text)
	rulesAt := -1
	for k, c := range ds[0].Candidates {
		if c.Rules {
			rulesAt = k
		}
		assert.LessOrEqual(t, len(c.Features), 2)
	}
	require.Positive(t, rulesAt)
	assert.Equal(t, "workers", ds[0].Candidates[rulesAt].Text)

	_, err = x.TrainSources(nil, nil, opt)
	assert.Error(t, err, "no documents")
	_, err = x.TrainSources(docs, nil, SourceTrainOptions{Margin: -1})
	assert.Error(t, err, "a negative margin")
	_, err = x.TrainSources([]TrainingDoc{{Doc: doc}}, nil, opt)
	assert.Error(t, err, "no annotated relation")
	assert.Nil(t, (&Extractor{RulesOnly: true}).ExplainSources(doc, 2), "the rules alone choose no source by model")
}
