package lexicon

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The built-in files hold no two entries of one category that match the
// same words, which would leave the first unused: a spelling variant that
// stems alike ("furor", "furore") is one entry.
func TestDefaultHasNoShadowedEntries(t *testing.T) {
	var all []*Lexicon
	for _, name := range Files() {
		b, err := ReadFile(name)
		require.NoError(t, err)
		l, err := Parse(bytes.NewReader(b), name)
		require.NoError(t, err)
		all = append(all, l)
	}
	_, shadowed := Overlay(all...)
	for _, s := range shadowed {
		t.Errorf("%s %q (%s) is shadowed by %q (%s)", s.Old.Category, s.Old.Term, s.Old.Source, s.New.Term, s.New.Source)
	}
}

// A later entry with the same match keys replaces an earlier one,
// however it is spelled, and Overlay says which.
func TestOverlayReplacesBySameKeys(t *testing.T) {
	own, err := Parse(strings.NewReader("claims\tcue\tdenial\t0.9\tverb\nno  evidence\tevidence-absent\tstatement\t0.2\n"), "own.tsv")
	require.NoError(t, err)
	l, shadowed := Overlay(Default(), own)
	require.Len(t, shadowed, 2)
	assert.Equal(t, "claim", shadowed[0].Old.Term)
	assert.Equal(t, "own.tsv:1", shadowed[0].New.Source)
	assert.Contains(t, shadowed[0].Old.Source, "cues.tsv:")
	assert.Equal(t, Default().Len(), l.Len(), "replaced, not added")
	e, ok := l.Lookup("claims", Cue)
	require.True(t, ok)
	assert.Equal(t, Denial, e.Stance())
}
