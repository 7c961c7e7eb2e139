package sentiment

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzAnalyzer checks the properties of every Valence on any input: spans
// in bounds and on rune boundaries, Text equal to the input at the span,
// compound in [-1, 1], shares adding up to 1 or all 0; for the whole text
// and for each sentence.
func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{
		"", "The results were not good!", "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
		"Make sure you :) or :D today!", "It isn’t “great”, but it’s under the weather.",
		"\xff\xfe good \x00 bad", "No, no, no — never so good??? :-( </3",
	} {
		f.Add(s)
	}
	var a Analyzer
	f.Fuzz(func(t *testing.T, text string) {
		check := func(v Valence) {
			require.False(t, math.IsNaN(v.Compound))
			require.GreaterOrEqual(t, v.Compound, -1.0)
			require.LessOrEqual(t, v.Compound, 1.0)
			sum := v.Positive + v.Negative + v.Neutral
			if sum != 0 {
				require.InDelta(t, 1, sum, 1e-9)
			}
			for _, w := range v.Words {
				require.True(t, 0 <= w.Start && w.Start <= w.End && w.End <= len(text))
				require.Equal(t, text[w.Start:w.End], w.Text)
				if utf8.ValidString(text) {
					assert.True(t, utf8.ValidString(w.Text), "a span on rune boundaries")
				}
				require.NotZero(t, w.Valence)
			}
		}
		check(a.Text(text))
		doc := nlp.Parse(text)
		for _, s := range doc.Sentences {
			check(a.Sentence(doc, s))
		}
	})
}
