package sentiment

import (
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// find looks one Norm up as score does.
func (x *index) find(norm string) int32 {
	ids := make([]int32, 1)
	x.findAll([]nlp.Token{{Norm: norm}}, ids)
	return ids[0]
}

func TestIndexFindsEveryKey(t *testing.T) {
	x := &Builtin().index
	for i, e := range x.entries {
		require.Equal(t, int32(i), x.find(e.key), "%q", e.key)
	}
	for _, s := range []string{"", "zzzq", "goodd", "ba", "the quick", strings.Repeat("x", 40)} {
		assert.Equal(t, int32(-1), x.find(s), "%q", s)
	}
}

// Norms of one byte are looked up in a table of their own.
func TestIndexOneByteNorms(t *testing.T) {
	x := &Builtin().index
	want := map[string]int32{}
	for i, e := range x.entries {
		if len(e.key) == 1 {
			want[e.key] = int32(i)
		}
	}
	require.NotEmpty(t, want)
	for c := range 256 {
		s := string([]byte{byte(c)})
		id, ok := want[s]
		if !ok {
			id = -1
		}
		assert.Equal(t, id, x.find(s), "%q", s)
	}
}

// Norms of more than 16 bytes that share their first and last eight
// bytes have the same keyWords: the index tells them apart by their
// bytes.
func TestIndexLongKeys(t *testing.T) {
	a, b := "aaaaaaaabbbbaaaaaaaa", "aaaaaaaaccccaaaaaaaa"
	require.Equal(t, wordsOf(a), wordsOf(b))
	l, err := Load(strings.NewReader(a+"\t1\n"+b+"\t-1\n"), "long")
	require.NoError(t, err)
	x := &l.index
	ia, ib := x.find(a), x.find(b)
	require.GreaterOrEqual(t, ia, int32(0))
	require.GreaterOrEqual(t, ib, int32(0))
	assert.Equal(t, 1.0, x.entries[ia].valence)
	assert.Equal(t, -1.0, x.entries[ib].valence)
	assert.Equal(t, int32(-1), x.find("aaaaaaaaddddaaaaaaaa"))

	var an Analyzer
	an.Lexicon = l
	v := an.Text(b + " and " + a)
	require.Len(t, v.Words, 2)
	assert.Equal(t, b, v.Words[0].Text)
	assert.Equal(t, -1.0, v.Words[0].Prior)
	assert.Equal(t, a, v.Words[1].Text)
	assert.Equal(t, 1.0, v.Words[1].Prior)
}

func TestIndexEmptyLexicon(t *testing.T) {
	var l Lexicon
	assert.Equal(t, int32(-1), l.index.find("good"))
	a := Analyzer{Lexicon: &l}
	v := a.Text("A good day.")
	assert.Empty(t, v.Words)
	assert.Equal(t, 1.0, v.Neutral)
}
