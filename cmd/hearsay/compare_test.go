package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	saidFile    = "../../testdata/compare/plant-fire-said.txt"
	claimedFile = "../../testdata/compare/plant-fire-claimed.txt"
)

// TestCompareVerbShift runs hearsay compare on two versions of an article
// that differ only in one verb: the output names that source's shift and
// nothing else.
func TestCompareVerbShift(t *testing.T) {
	code, out, stderr := runCmd(t, "", "compare", saidFile, claimedFile)
	require.Equal(t, 0, code, stderr)
	var marked []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "* ") {
			marked = append(marked, l)
		}
	}
	require.Len(t, marked, 1, out)
	assert.True(t, strings.HasPrefix(marked[0], "* Delmar Plastics ["), marked[0])
	assert.Contains(t, marked[0], "doubt A 0.00 (0 of 1), B 1.00 (1 of 1), asymmetry +1.00")
	assert.Contains(t, out, "      A     \"said\" (neutral) #2\n      B     \"claimed\" (assertive) #2\n")
	assert.Contains(t, out, "Only in A: no terms\nOnly in B: no terms\n")
	assert.Equal(t, strings.Count(out, "asymmetry 0.00")+1, strings.Count(out, "asymmetry "), "every other source: no asymmetry")
}

func TestCompareJSON(t *testing.T) {
	code, out, stderr := runCmd(t, "", "compare", "--format", "json", saidFile, claimedFile)
	require.Equal(t, 0, code, stderr)
	var c struct {
		Schema string `json:"schema"`
		A      struct {
			ID    string  `json:"id"`
			Score float64 `json:"score"`
		} `json:"a"`
		B struct {
			Score float64 `json:"score"`
		} `json:"b"`
		Sources []struct {
			Name      string   `json:"name"`
			Changed   bool     `json:"changed"`
			Asymmetry *float64 `json:"asymmetry"`
		} `json:"sources"`
		OnlyA []any `json:"only_a"`
		OnlyB []any `json:"only_b"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &c))
	assert.Equal(t, "hearsay-compare/v1", c.Schema)
	assert.Equal(t, saidFile, c.A.ID)
	assert.Greater(t, c.B.Score, c.A.Score)
	n := 0
	for _, s := range c.Sources {
		if s.Changed {
			n++
			assert.Equal(t, "Delmar Plastics", s.Name)
		}
	}
	assert.Equal(t, 1, n)
	assert.Empty(t, c.OnlyA)
	assert.Empty(t, c.OnlyB)
}

func TestCompareHTML(t *testing.T) {
	code, out, stderr := runCmd(t, "", "compare", "--format", "html", "../../testdata/compare/plant-fire-wire.txt", "../../testdata/compare/plant-fire-tabloid.txt")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "<title>Comparison: plant-fire-wire.txt and plant-fire-tabloid.txt</title>")
	assert.Contains(t, out, `data-changed="true"`)
	assert.Contains(t, out, `id="b-s0"`)
}

func TestCompareStdin(t *testing.T) {
	b, err := os.ReadFile(claimedFile)
	require.NoError(t, err)
	code, out, stderr := runCmd(t, string(b), "compare", saidFile, "-")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "B  <stdin>\n")
	assert.Contains(t, out, "* Delmar Plastics [")
}

func TestCompareErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"compare", saidFile}, 2, "compare takes two FILEs"},
		{[]string{"compare", "-", "-"}, 2, "only one of its FILEs from standard input"},
		{[]string{"compare", "--format", "yaml", saidFile, claimedFile}, 2, `unknown format "yaml"`},
		{[]string{"compare", saidFile, "no-such-file.txt"}, 1, "no-such-file.txt"},
		{[]string{"compare", "-h"}, 0, "usage: hearsay compare"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			assert.Equal(t, tc.code, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
	code, _, stderr := runCmd(t, "bad \xff", "compare", saidFile, "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "hearsay: <stdin>: input is not valid UTF-8")
}
