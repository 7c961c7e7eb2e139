package attribution

import (
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIdiomsFile parses the embedded idioms.tsv and checks that every cue
// it names is a cue term of the built-in lexicon, so that a misspelt
// term does not leave its idiom unused.
func TestIdiomsFile(t *testing.T) {
	require.True(t, strings.HasPrefix(idiomsFile, "# idioms.tsv — "), "the file starts with comment lines saying what it holds")
	ids, err := ParseIdioms(strings.NewReader(idiomsFile), "idioms.tsv")
	require.NoError(t, err)
	require.NotEmpty(t, ids.List())
	lex := lexicon.Default()
	for _, id := range ids.List() {
		if id.Cue == "*" || strings.HasPrefix(id.Cue, "stance:") {
			continue
		}
		_, ok := lex.Lookup(id.Cue, lexicon.Cue)
		assert.True(t, ok, "%s: %q is no cue of cues.tsv", id.Source, id.Cue)
	}
}

// TestParseIdiomsErrors checks that a bad line of an idioms file is
// reported with the file's name and the line's number.
func TestParseIdiomsErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"# c\n\nknow\t_ed for\nknow\t_ed\n", "own.tsv:4: pattern \"_ed\" has no word besides the cue"},
		{"know\t_ed for\tx\n", "own.tsv:1: want 2 tab-separated fields, got 3"},
		{"know _ed for\n", "own.tsv:1: want 2 tab-separated fields, got 1"},
		{"know\tthe rear\n", "own.tsv:1: pattern \"the rear\" has no \"_\" for the cue"},
		{"know\t_ _ed\n", "own.tsv:1: pattern \"_ _ed\": more than one \"_\""},
		{"know\t_past for\n", "own.tsv:1: pattern \"_past for\": unknown cue place \"_past\""},
		{"know\t_ed For\n", "own.tsv:1: pattern word \"For\" must be lowercase"},
		{"know\t_ed for|\n", "own.tsv:1: pattern word \"for|\" has an empty alternative"},
		{"Know\t_ed for\n", "own.tsv:1: cue \"Know\" must be lowercase"},
		{"stance:doubt\tas _ed\n", "own.tsv:1: unknown stance \"doubt\""},
		{"know\t_ed for\nknow\t_ed  for\n", "own.tsv:2: duplicate idiom \"know\" \"_ed for\" (first at line 1)"},
		{"know\t_ed for\r\n", "own.tsv:1: CRLF line end"},
	} {
		_, err := ParseIdioms(strings.NewReader(tc.text), "own.tsv")
		if assert.Error(t, err, "%q", tc.text) {
			assert.Contains(t, err.Error(), tc.want, "%q", tc.text)
		}
	}
}

// TestIdiomsExtend checks that idioms of one's own, added to the built-in
// ones, reject the cue they name with the reason "idiom", and that
// Explain names the idiom's line.
func TestIdiomsExtend(t *testing.T) {
	own, err := ParseIdioms(strings.NewReader("say\t_ed goodbye|farewell\n"), "own.tsv")
	require.NoError(t, err)
	ids := DefaultIdioms().With(own)
	assert.Len(t, ids.List(), len(DefaultIdioms().List())+1)
	assert.Len(t, ids.With(own).List(), len(ids.List()), "an idiom already in the set is not added twice")
	doc, err := (&nlp.Parser{}).Parse("The mayor said goodbye to the crowd.")
	require.NoError(t, err)
	plain := &Extractor{RulesOnly: true}
	require.Len(t, plain.Extract(doc), 1, "without the idiom, said is a cue")
	x := &Extractor{RulesOnly: true, Idioms: ids}
	assert.Empty(t, x.Extract(doc))
	var found bool
	for _, d := range x.Explain(doc, 0) {
		if d.Text == "said" {
			found = true
			assert.Equal(t, "rejected:idiom", d.Rule)
			assert.Equal(t, `cue "say", pattern "_ed goodbye|farewell", own.tsv:1`, d.Idiom)
		}
	}
	assert.True(t, found, "Explain lists the rejected cue")
	doc, err = (&nlp.Parser{}).Parse("The mayor said farewell to the crowd.")
	require.NoError(t, err)
	assert.Empty(t, x.Extract(doc), "a word of the pattern may be any of its forms")
}
