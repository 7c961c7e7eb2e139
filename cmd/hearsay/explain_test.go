package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExplain(t *testing.T) {
	text := "The senator said the vote was rigged. Most economists see the slowdown as temporary. " +
		"The firm surveyed doctors in the city, warning that the drug is risky."
	tests := []struct {
		name string
		args []string
		want []string // lines or fragments the output holds
		not  []string // fragments it must not hold
	}{
		{"every candidate", []string{"explain", "-"},
			[]string{`token 2 "said"`, "rules    took:verb", "outcome  attribution (decided by rules and model)", `token 10 "see"`, "outcome  attribution (decided by model)"}, nil},
		{"one word by its text", []string{"explain", "--word", "see", "--top", "2", "-"},
			[]string{`token 10 "see"`, "model    p = ", "bias"}, []string{`"said"`}},
		{"one word by its number", []string{"explain", "--word", "2", "-"},
			[]string{`token 2 "said"`, `lexicon  cue entry "say"`}, []string{`"see"`}},
		{"the rules alone", []string{"explain", "--rules-only", "-"},
			[]string{"rules alone", "outcome  attribution (decided by rules)"}, []string{"model    p =", `"see"`}},
		{"a word nothing considered", []string{"explain", "--word", "slowdown", "-"},
			[]string{`token 12 "slowdown"`, "not a cue candidate"}, nil},
		{"the spans", []string{"explain", "--spans", "-"},
			[]string{"source model: replaces", "content model: ends", `cue "said", bytes 12-16, rule verb-complement: source decided by rules (the rules' source stands next to its cue`,
				`cue "said", bytes 12-16, rule verb-complement: content decided by rules`, `=>  `, `"the vote was rigged"`}, nil},
		{"the spans scored", []string{"explain", "--spans", "--word", "warning", "--top", "1", "-"},
			[]string{`cue "warning"`, "rule participle: source decided by", "=>", `"The firm"`, "(no source)", "content decided by"}, []string{`cue "said"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, text, tt.args...)
			require.Equal(t, 0, code, stderr)
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, out, n)
			}
		})
	}
}

func TestExplainErrors(t *testing.T) {
	code, _, stderr := runCmd(t, "Officials said so.", "explain", "--spans", "--rules-only", "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--rules-only")
	code, _, stderr = runCmd(t, "Officials said so.", "explain", "--spans", "--word", "claimed", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `no attribution with the cue "claimed"`)

	code, _, stderr = runCmd(t, "Officials said so.", "explain", "--word", "99", "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--word 99: the text has tokens 0 to")
	code, _, stderr = runCmd(t, "Officials said so.", "explain", "--word", "nowhere", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `no token "nowhere"`)
	code, _, stderr = runCmd(t, "ok \xff bad", "explain", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "not valid UTF-8")
	code, _, _ = runCmd(t, "", "explain", "a", "b")
	assert.Equal(t, 2, code)
	code, out, _ := runCmd(t, "", "explain", "-")
	assert.Equal(t, 0, code, "an empty text has nothing to explain")
	assert.False(t, strings.Contains(out, "token "), out)
}
