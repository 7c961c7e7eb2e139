package hearsay

import (
	"math"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultWeightsValidate(t *testing.T) {
	w := DefaultWeights()
	require.NoError(t, w.Validate())
}

func TestWeightsValidateNamesTheField(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Weights)
		want   string
	}{
		{"partly filled", func(w *Weights) { *w = Weights{Stance: map[lexicon.Stance]float64{lexicon.Neutral: 0.4}} }, "Weights.Stance[assertive] is missing"},
		{"missing source", func(w *Weights) { delete(w.Source, attribution.None) }, "Weights.Source[none] is missing"},
		{"unknown key", func(w *Weights) { w.Stance["asertive"] = 1 }, "Weights.Stance[asertive]: no such key"},
		{"negative", func(w *Weights) { w.Finding[Hedge] = -1 }, "Weights.Finding[hedge] is -1: must be at least 0"},
		{"evidence raises", func(w *Weights) { w.Finding[EvidenceSupported] = 0.5 }, "Weights.Finding[evidence-supported] is 0.5: must be at most 0"},
		{"not a number", func(w *Weights) { w.Uncommitment[UncommitModal] = math.NaN() }, "Weights.Uncommitment[modal] is NaN: must be a finite number"},
		{"share out of range", func(w *Weights) { w.ContentShare = 1.5 }, "Weights.ContentShare is 1.5: must be in [0, 1]"},
		{"discount out of range", func(w *Weights) { w.IrrealisDiscount = -0.1 }, "Weights.IrrealisDiscount is -0.1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := DefaultWeights()
			tc.change(&w)
			err := w.Validate()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			_, err = (&Analyzer{Weights: &w}).Analyze("Officials said the plan failed.")
			assert.Error(t, err, "Analyze refuses the weights too")
		})
	}
}

func TestParseWeights(t *testing.T) {
	w, err := ParseWeights(strings.NewReader(`{"stance": {"assertive": 1.2}, "source": {"anonymous": 2}, "quoted": 0.25}`))
	require.NoError(t, err)
	def := DefaultWeights()
	assert.Equal(t, 1.2, w.Stance[lexicon.Assertive])
	assert.Equal(t, 2.0, w.Source[attribution.Anonymous])
	assert.Equal(t, 0.25, w.Quoted)
	assert.Equal(t, def.Stance[lexicon.Neutral], w.Stance[lexicon.Neutral], "what the file leaves out keeps its default")
	assert.Equal(t, def.ContentShare, w.ContentShare)

	// the changed weight changes the score
	text := "Officials claimed the plan failed."
	base, err := Analyze(text)
	require.NoError(t, err)
	heavier, err := (&Analyzer{Weights: &w}).Analyze(text)
	require.NoError(t, err)
	assert.Greater(t, heavier.Score, base.Score)

	for _, bad := range []struct{ in, want string }{
		{`{"stance": {"asertive": 1}}`, "Weights.Stance[asertive]: no such key"},
		{`{"stanse": {}}`, `unknown field "stanse"`},
		{`{"quoted": "half"}`, "cannot unmarshal"},
		{`{"quoted": 2}`, "Weights.Quoted is 2"},
		{`{} {}`, "data after the JSON object"},
		{``, "EOF"},
	} {
		_, err := ParseWeights(strings.NewReader(bad.in))
		if assert.Error(t, err, bad.in) {
			assert.Contains(t, err.Error(), bad.want, bad.in)
		}
	}
}

// The cue weight column of the lexicon changes the score: a cue's own
// weight scales its stance's, and CueWeight 0 ignores it.
func TestCueWeightColumnCounts(t *testing.T) {
	text := "The minister prognosticated that the vote would be rigged."
	score := func(weight string, cw float64) float64 {
		own, err := lexicon.Parse(strings.NewReader("prognosticate\tcue\tspeculative\t"+weight+"\tverb\n"), "own.tsv")
		require.NoError(t, err)
		w := DefaultWeights()
		w.CueWeight = cw
		a := Analyzer{Lexicon: lexicon.Merge(lexicon.Default(), own), Weights: &w}
		a.Attribution.RulesOnly = true
		r, err := a.Analyze(text)
		require.NoError(t, err)
		require.Len(t, r.Statements[0].Attributions, 1)
		return r.Score
	}
	assert.Greater(t, score("0.9", 0.5), score("0.2", 0.5), "a heavier cue raises the score")
	assert.InDelta(t, score("0.9", 0), score("0.2", 0), 1e-12, "CueWeight 0 ignores the column")
}
