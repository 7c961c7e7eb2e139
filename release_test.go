package hearsay

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReleaseReusesNothingLive checks that a report analyzed into the
// arrays of a released one is the report a fresh analysis makes, and that
// releasing a report twice, or a report made by hand, does nothing.
func TestReleaseReusesNothingLive(t *testing.T) {
	seed, _ := loadSeed(t)
	texts := []string{
		seed,
		"“We will win. They will lose,” she said. Officials, speaking on condition of anonymity, denied it.",
		"",
		"Critics called it a “disaster”. The mayor reportedly said the plan might fail, according to aides.",
		seed,
	}
	var a Analyzer
	want := make([][]byte, len(texts))
	for i, text := range texts {
		r, err := a.Analyze(text)
		require.NoError(t, err)
		want[i], err = AppendJSON(nil, r, nil)
		require.NoError(t, err)
	}
	for round := range 2 {
		for i, text := range texts {
			r, err := a.Analyze(text)
			require.NoError(t, err)
			got, err := AppendJSON(nil, r, nil)
			require.NoError(t, err)
			assert.Equal(t, string(want[i]), string(got), "round %d, text %d", round, i)
			r.Release()
			r.Release()
			assert.Empty(t, r.Statements)
		}
	}
	(&Report{}).Release()
	(*Report)(nil).Release()
}
