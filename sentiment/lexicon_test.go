package sentiment

import (
	"bufio"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmbeddedLexicons(t *testing.T) {
	for _, f := range []struct {
		name string
		data string
	}{
		{"vader_lexicon.txt", vaderLexiconTxt},
		{"vader_idioms.tsv", vaderIdiomsTSV},
		{"news.tsv", newsTSV},
	} {
		_, err := Load(strings.NewReader(f.data), f.name)
		require.NoError(t, err, f.name)
	}
	assert.Equal(t, "vader", VADER().Name())
	assert.Equal(t, "vader+news", Builtin().Name())
	assert.Greater(t, VADER().Len(), 7400)
	v, ok := VADER().Valence("good")
	assert.True(t, ok)
	assert.Equal(t, 1.9, v)
	v, _ = VADER().Valence("like")
	assert.Equal(t, 1.5, v, "VADER is as published")
	_, ok = Builtin().Valence("like")
	assert.False(t, ok, "news.tsv makes like neutral")
	v, _ = Builtin().Valence("corruption")
	assert.Equal(t, -2.8, v)
	v, ok = VADER().Valence("kiss of death")
	assert.True(t, ok, "idioms are phrase entries")
	assert.Equal(t, -1.5, v)
	v, _ = VADER().Valence(":-D")
	assert.Equal(t, 2.3, v, "case does not matter")
}

// Every word news.tsv adds borrows the valence of the VADER entry its note
// names: no rating there is invented.
func TestNewsBorrowedValences(t *testing.T) {
	as := regexp.MustCompile(`^as "([^"]+)"$`)
	sc := bufio.NewScanner(strings.NewReader(newsTSV))
	seen := map[string]int{}
	n := 0
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		require.GreaterOrEqual(t, len(f), 2, "news.tsv:%d", line)
		if prev, dup := seen[f[0]]; dup {
			t.Errorf("news.tsv:%d: %q again (line %d)", line, f[0], prev)
		}
		seen[f[0]] = line
		if len(f) < 3 {
			continue
		}
		m := as.FindStringSubmatch(f[2])
		if m == nil {
			continue
		}
		want, ok := VADER().Valence(m[1])
		require.True(t, ok, "news.tsv:%d: %q is not in VADER", line, m[1])
		got, err := strconv.ParseFloat(f[1], 64)
		require.NoError(t, err)
		assert.Equal(t, want, got, "news.tsv:%d: %s has %q's valence", line, f[0], m[1])
		n++
	}
	assert.Greater(t, n, 40)
}

func TestLoad(t *testing.T) {
	src := "\ufeff# a comment\r\n\r\ngood\t2.5\t0.5\t[2, 3]\r\nfed up\t-1.8\r\n:-)\t1.3\nGOOD\t3\n"
	l, err := Load(strings.NewReader(src), "mine.tsv")
	require.NoError(t, err)
	assert.Equal(t, "mine.tsv", l.Name())
	assert.Equal(t, 3, l.Len())
	v, ok := l.Valence("good")
	assert.True(t, ok)
	assert.Equal(t, 3.0, v, "a later entry for the same word replaces an earlier one")
	v, _ = l.Valence("Fed Up")
	assert.Equal(t, -1.8, v)

	a := &Analyzer{Lexicon: l}
	vv := a.Text("I am fed up with it :-)")
	require.Len(t, vv.Words, 2)
	assert.Equal(t, "fed up", vv.Words[0].Text)
	assert.Equal(t, ":-)", vv.Words[1].Text)
	assert.Empty(t, a.Text("I am fed up with it:-)").Words[1:], "an emoticon must stand alone")
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, input, want, reason string
	}{
		{"no tab", "good 2\n", "x.tsv:1: want word<TAB>valence, found no tab", "VADER's format is tab-separated"},
		{"bad number", "# c\ngood\tvery\n", `x.tsv:2: valence of "good": invalid syntax`, "valence must be a number"},
		{"out of range", "good\t5\n", `x.tsv:1: valence 5 of "good" outside [-4, 4]`, "VADER's scale"},
		{"nan", "good\tNaN\n", `x.tsv:1: valence NaN of "good" outside [-4, 4]`, "NaN is not a valence"},
		{"empty word", "\t1\n", "x.tsv:1: empty word", "a line needs a word"},
		{"no tokens", "\x01\t1\n", `x.tsv:1: word "\x01" has no tokens`, "control characters make no token"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.input), "x.tsv")
			require.Error(t, err, tt.reason)
			assert.Equal(t, tt.want, err.Error(), tt.reason)
			var le *LoadError
			assert.True(t, errors.As(err, &le))
		})
	}
	_, err := Load(errReader{}, "broken")
	assert.EqualError(t, err, "sentiment: reading broken: boom")
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("boom") }

func TestWith(t *testing.T) {
	over, err := Load(strings.NewReader("good\t0\nsplendid\t3.1\n"), "over")
	require.NoError(t, err)
	l := VADER().With(over)
	assert.Equal(t, "vader+over", l.Name())
	_, ok := l.Valence("good")
	assert.False(t, ok, "0 makes a word neutral")
	v, _ := l.Valence("splendid")
	assert.Equal(t, 3.1, v)
	v, _ = VADER().Valence("good")
	assert.Equal(t, 1.9, v, "With does not modify its receiver")

	var nilLex *Lexicon
	assert.Equal(t, 0, nilLex.Len())
	assert.Equal(t, "", nilLex.Name())
	_, ok = nilLex.Valence("good")
	assert.False(t, ok)
	assert.Equal(t, 1, nilLex.With(over).Len(), "nil With over is over, less its neutral entry")
	assert.Equal(t, 0.0, (&Analyzer{Lexicon: &Lexicon{}}).Text("good").Compound, "the zero Lexicon is empty")
}
