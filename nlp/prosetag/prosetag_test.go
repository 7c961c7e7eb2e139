package prosetag_test

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/nlp/prosetag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTagging(t *testing.T) {
	d, err := (&nlp.Parser{Tagger: prosetag.Tagger{}}).Parse("Trump claimed the vessel carried “terrorists.” He denied it.")
	require.NoError(t, err)
	require.True(t, d.Tagged)
	tags := map[string]string{}
	for _, tk := range d.Tokens {
		tags[tk.Text] = tk.Tag
	}
	assert.Equal(t, "NNP", tags["Trump"])
	assert.Equal(t, "VBD", tags["claimed"])
	assert.Equal(t, "DT", tags["the"])
	assert.NotEmpty(t, tags["terrorists"], "a word inside curly quotes is aligned too")
}

// A failing tagger leaves a complete, untagged document.
func TestTaggerError(t *testing.T) {
	d, err := (&nlp.Parser{Tagger: failing{}}).Parse("He said it. She denied it.")
	require.Error(t, err)
	assert.False(t, d.Tagged)
	assert.Len(t, d.Sentences, 2)
	for _, tk := range d.Tokens {
		assert.Empty(t, tk.Tag)
	}
}

type failing struct{}

func (failing) Tag(doc *nlp.Document) error {
	doc.Tokens[0].Tag = "NN"
	return assert.AnError
}

func BenchmarkParseTagged(b *testing.B) {
	seed, err := os.ReadFile("../../testdata/venezuela-strike.txt")
	require.NoError(b, err)
	text := strings.TrimSpace(string(seed))
	p := &nlp.Parser{Tagger: prosetag.Tagger{}}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = p.Parse(text)
	}
}
