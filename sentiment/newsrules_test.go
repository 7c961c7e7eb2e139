package sentiment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewsRulesFile checks the embedded rules file and the errors a bad
// one gets, with its file and line.
func TestNewsRulesFile(t *testing.T) {
	m, err := parseNewsRules(newsRulesFile, "news-rules.tsv")
	require.NoError(t, err)
	for _, r := range newsRuleNames {
		assert.NotEmpty(t, m[r], "rule %s has words", r)
	}
	assert.Contains(t, m["shifter"], "reduce")
	assert.Contains(t, m["irrealis"], "would")
	for _, tt := range []struct{ text, want string }{
		{"# c\nreduce\tshifter\nprevent", "x.tsv:3: want a word and a rule"},
		{"reduce\tshift", `x.tsv:1: unknown rule "shift"`},
		{"Reduce\tshifter", "x.tsv:1: a word is lowercase"},
		{"reduce\tshifter\nreduce\tshifter", `x.tsv:2: "reduce" is listed twice for shifter`},
	} {
		_, err := parseNewsRules(tt.text, "x.tsv")
		if assert.Error(t, err, tt.text) {
			assert.Contains(t, err.Error(), tt.want)
		}
	}
}

// TestVaderRulesFile checks the embedded file of VADER's own lists:
// NEGATE (37 words) and BOOSTER_DICT (84 words and phrases, as
// vaderSentiment.py has them), and that only a booster may be a phrase.
func TestVaderRulesFile(t *testing.T) {
	m, err := parseRules(vaderRulesFile, "vader-rules.tsv", vaderRuleNames, map[string]bool{"booster-up": true, "booster-down": true})
	require.NoError(t, err)
	assert.Len(t, m["negation"], 37)
	assert.Equal(t, 84, len(m["booster-up"])+len(m["booster-down"]))
	assert.Contains(t, m["negation"], "never")
	assert.Contains(t, m["booster-down"], "kind of")
	assert.Equal(t, boostIncr, boosters["extremely"])
	assert.Equal(t, boostDecr, boosters["sort of"])
	for _, tt := range []struct{ text, want string }{
		{"not at all\tnegation", "x.tsv:1: a word is lowercase, with no spaces"},
		{"kind  of\tbooster-down", "x.tsv:1: a phrase's words are separated by single spaces"},
		{"very\tbooster", `x.tsv:1: unknown rule "booster"`},
	} {
		_, err := parseRules(tt.text, "x.tsv", vaderRuleNames, map[string]bool{"booster-up": true, "booster-down": true})
		if assert.Error(t, err, tt.text) {
			assert.Contains(t, err.Error(), tt.want)
		}
	}
}
