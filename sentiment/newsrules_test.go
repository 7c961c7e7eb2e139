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
