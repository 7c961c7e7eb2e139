package sentiment

import (
	"math/rand/v2"
	"slices"
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

// newsByScan is news as it was written first, looking back over the
// clause for an irrealis unit at each sentiment word: the reference
// that TestNewsMatchesScan holds news to.
func newsByScan(units []unit) {
	for j := range units {
		u := &units[j]
		if u.result == 0 {
			continue
		}
		for k := j - 1; k >= 0 && units[k].pos >= u.pos-3 && units[k].clause == u.clause; k-- {
			if units[k].flags&fCopula != 0 {
				u.result *= predicateWeight
				break
			}
		}
		for k := j - 1; k >= 0 && units[k].clause == u.clause; k-- {
			if units[k].flags&fIrrealis != 0 {
				u.result *= irrealisWeight
				break
			}
		}
		if u.result > 0 {
			u.result *= positiveWeight
		}
	}
}

// TestNewsMatchesScan checks that news, which carries what it has seen
// of a clause along, weighs random runs of units as the scan back over
// the clause did: clauses of any length, with copulas, irrealis words and
// sentiment words anywhere, a clause's start repeated after another.
func TestNewsMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		n := rng.IntN(40)
		units := make([]unit, n)
		pos, clause := 0, 0
		for i := range units {
			pos += 1 + rng.IntN(3)
			switch rng.IntN(8) {
			case 0:
				clause = pos
			case 1:
				clause = rng.IntN(pos + 1) // not in order: the scan stops at any change
			}
			u := &units[i]
			u.pos, u.clause = pos, clause
			switch rng.IntN(5) {
			case 0:
				u.flags |= fCopula
			case 1:
				u.flags |= fIrrealis
			case 2:
				u.flags |= fCopula | fIrrealis
			}
			if rng.IntN(2) == 0 {
				u.result = rng.Float64()*4 - 2
			}
		}
		want := slices.Clone(units)
		newsByScan(want)
		news(units)
		for i := range units {
			if units[i].result != want[i].result {
				t.Fatalf("unit %d of %+v: %v, want %v", i, want, units[i].result, want[i].result)
			}
		}
	}
}
