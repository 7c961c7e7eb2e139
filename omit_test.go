package hearsay

import (
	"testing"

	"github.com/hearsay-go/hearsay/sentiment"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An Analyzer that omits parts gives the full report without them: the
// statements, attributions, findings and scores are the same.
func TestAnalyzerOmit(t *testing.T) {
	seed, _ := loadSeed(t)
	full, err := Analyze(seed)
	require.NoError(t, err)
	require.NotEmpty(t, full.Sources)
	cases := []struct {
		name   string
		omit   Parts
		reason string
	}{
		{"sentiment", PartSentiment, "rows of attributions, findings or sources never read it"},
		{"sources", PartSources, "rows of statements, attributions or findings never read them"},
		{"both", PartSentiment | PartSources, "rows of attributions or findings read neither"},
		{"explanation", PartExplanation, "no flat row reads it; the scores are the same to the bit"},
		{"all", PartSentiment | PartSources | PartExplanation, "rows of attributions or findings read none"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Analyzer{Omit: c.omit}
			got, err := a.Analyze(seed)
			require.NoError(t, err)
			want := *full
			want.Statements = append([]Statement(nil), full.Statements...)
			if c.omit&PartSentiment != 0 {
				want.Sentiment = sentiment.Valence{}
				for i := range want.Statements {
					want.Statements[i].Sentiment = sentiment.Valence{}
				}
			}
			if c.omit&PartSources != 0 {
				want.Sources = nil
			}
			if c.omit&PartExplanation != 0 {
				for i := range want.Statements {
					want.Statements[i].Explanation = nil
				}
			}
			want.mem, got.mem = nil, nil // the arrays for Release, not a part of the report
			assert.Equal(t, &want, got, c.reason)
		})
	}
}
