package nlp

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type goldSentence struct {
	Index int    `json:"index"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func TestSeedSentencesMatchGold(t *testing.T) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	require.NoError(t, err)
	raw, err := os.ReadFile("../testdata/venezuela-strike.gold.json")
	require.NoError(t, err)
	var gold struct {
		Sentences []goldSentence `json:"sentences"`
	}
	require.NoError(t, json.Unmarshal(raw, &gold))
	require.Len(t, gold.Sentences, 31)

	doc := Parse(string(text))
	require.Len(t, doc.Sentences, len(gold.Sentences))
	for i, g := range gold.Sentences {
		s := doc.Sentences[i]
		assert.Equal(t, g.Start, s.Start, "sentence %d start", i)
		assert.Equal(t, g.End, s.End, "sentence %d end", i)
		assert.Equal(t, g.Text, s.Text, "sentence %d text", i)
	}
}
