package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeFile(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(data), 0o600))
	return p
}

// A cue added with --lexicon is found with its stance; one that replaces
// a built-in entry is warned about, naming both places.
func TestLexiconFlag(t *testing.T) {
	own := writeFile(t, "own.tsv", "# a verb of our own\nprognosticate\tcue\tspeculative\t0.5\tverb\nclaims\tcue\tdenial\t0.9\tverb\n")
	text := "The minister prognosticated that the vote would be rigged."
	code, out, _ := runCmd(t, text, "analyze", "--format", "json", "--rules-only", "-")
	require.Equal(t, 0, code)
	assert.NotContains(t, out, `"prognosticated"`, "not a built-in cue")
	code, out, stderr := runCmd(t, text, "analyze", "--format", "json", "--rules-only", "--lexicon", own, "-")
	require.Equal(t, 0, code, stderr)
	var r struct {
		Statements []struct {
			Attributions []struct {
				Cue    struct{ Text string }
				Stance string
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Len(t, r.Statements[0].Attributions, 1)
	assert.Equal(t, "prognosticated", r.Statements[0].Attributions[0].Cue.Text)
	assert.Equal(t, "speculative", r.Statements[0].Attributions[0].Stance)
	assert.Contains(t, stderr, own+`:3: cue "claims" replaces cues.tsv:`)

	bad := writeFile(t, "bad.tsv", "prognosticate\tcue\tsceptical\t0.5\n")
	code, _, stderr = runCmd(t, "x", "analyze", "--lexicon", bad, "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, bad+":1:")
}

// An idiom added with --idioms rejects the cue it names, on analyze and
// explain, which names the idiom's line; a bad idioms file is an error
// naming its line.
func TestIdiomsFlag(t *testing.T) {
	own := writeFile(t, "idioms.tsv", "# an idiom of our own\nsay\t_ed goodbye\n")
	text := "The mayor said goodbye to the crowd."
	code, out, stderr := runCmd(t, text, "analyze", "--format", "json", "--rules-only", "-")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, `"said"`, "a cue without the idiom")
	code, out, stderr = runCmd(t, text, "analyze", "--format", "json", "--rules-only", "--idioms", own, "-")
	require.Equal(t, 0, code, stderr)
	assert.NotContains(t, out, `"said"`)
	code, out, stderr = runCmd(t, text, "explain", "--rules-only", "--idioms", own, "--word", "said", "-")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, `rejected:idiom (cue "say", pattern "_ed goodbye", `+own+`:2)`)

	bad := writeFile(t, "bad.tsv", "say\tgoodbye\n")
	code, _, stderr = runCmd(t, "x", "analyze", "--idioms", bad, "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, bad+`:1: pattern "goodbye" has no "_" for the cue`)
}

// --weights lays a JSON file over the default weights; a bad file is an
// error naming the file and the field.
func TestWeightsFlag(t *testing.T) {
	text := "Officials claimed the plan failed."
	score := func(args ...string) float64 {
		code, out, stderr := runCmd(t, text, append([]string{"analyze", "--format", "json"}, append(args, "-")...)...)
		require.Equal(t, 0, code, stderr)
		var r struct{ Score float64 }
		require.NoError(t, json.Unmarshal([]byte(out), &r))
		return r.Score
	}
	heavier := writeFile(t, "w.json", `{"stance": {"assertive": 1.5}}`)
	assert.Greater(t, score("--weights", heavier), score())

	bad := writeFile(t, "bad.json", `{"source": {"anonymus": 2}}`)
	code, _, stderr := runCmd(t, text, "analyze", "--weights", bad, "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, bad+": Weights.Source[anonymus]: no such key")
}

// --fail-above exits 3 when the document score is above it, 0 when not,
// and writes the report either way.
func TestFailAbove(t *testing.T) {
	text := "Officials claimed the plan failed."
	code, out, stderr := runCmd(t, text, "analyze", "--fail-above", "0.1", "-")
	assert.Equal(t, 3, code)
	assert.Contains(t, out, "Document score")
	assert.Contains(t, stderr, "is above --fail-above 0.1")
	code, _, _ = runCmd(t, text, "analyze", "--fail-above", "0.99", "-")
	assert.Equal(t, 0, code)
	code, _, _ = runCmd(t, "The plan failed.", "analyze", "--fail-above", "0", "-")
	assert.Equal(t, 0, code, "a score of 0 is not above 0")
	code, _, _ = runCmd(t, text, "analyze", "--fail-above", "x", "-")
	assert.Equal(t, 2, code)
}
