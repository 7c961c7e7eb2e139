package evaluate

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// itHappenedDir is the It Happened set beside the repository (see
// ../shared/eval/README.md); the test skips where it is missing.
const itHappenedDir = "../../../shared/eval/it-happened"

func TestSpearmanAUC(t *testing.T) {
	tests := []struct {
		name     string
		x, y     []float64
		spearman float64
		auc      float64
		reason   string
	}{
		{"same order", []float64{1, 2, 3, 4}, []float64{0, 0.2, 0.6, 0.9}, 1, 1, "ranks agree; every positive above every negative"},
		{"reversed", []float64{4, 3, 2, 1}, []float64{0, 0.2, 0.6, 0.9}, -1, 0, "ranks disagree"},
		{"all tied", []float64{1, 1, 1, 1}, []float64{0, 0.2, 0.6, 0.9}, 0, 0.5, "a constant predicts nothing; ties count a half"},
		{"ties at mean rank", []float64{0, 0, 1, 1}, []float64{0, 0.6, 0.6, 1}, 0.7071067811865475, 5.0 / 6, "three positives against one negative: one pair tied (a half), two above: 2.5 / 3; ranks 1.5,1.5,3.5,3.5 vs 1,2.5,2.5,4 give 3/√18"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pos := make([]bool, len(tc.y))
			for i, g := range tc.y {
				pos[i] = g > uncommittedAt
			}
			assert.InDelta(t, tc.spearman, Spearman(tc.x, tc.y), 1e-9, tc.reason)
			assert.InDelta(t, tc.auc, AUC(tc.x, pos), 1e-9, tc.reason)
		})
	}
}

func TestBaseline(t *testing.T) {
	assert.Equal(t, 0.0, Baseline("The plant leaked."))
	assert.Equal(t, 2.0, Baseline("Officials said the plant may have leaked."))
	assert.Equal(t, 0.0, Baseline("Mayday, canned goods."), "whole words only")
}

// TestFactuality prints the score's validity on the dev split of It
// Happened. Run it with
//
//	go test ./internal/evaluate -run TestFactuality -v
func TestFactuality(t *testing.T) {
	if _, err := os.Stat(itHappenedDir); err != nil {
		t.Skipf("no It Happened set at %s", itHappenedDir)
	}
	res, err := Factuality(itHappenedDir, "dev", nil, t.Output())
	require.NoError(t, err)
	assert.Equal(t, 1246, res.N)
	assert.Greater(t, res.Events.Spearman, 0.0, "the predicates are counted")
	assert.Greater(t, res.PerEvent.Spearman, res.BaselinePerEvent.Spearman, "per event too, the score tracks more than the word list")
	_, err = Factuality(itHappenedDir, "train", nil, t.Output())
	assert.Error(t, err, "no such split")
}

func TestRankGaps(t *testing.T) {
	items := []FactualityItem{{Text: "a"}, {Text: "b"}, {Text: "c"}, {Text: "d"}}
	gold := []float64{0, 0.25, 0.5, 1}
	score := []float64{0.9, 0.2, 0.3, 0.4} // "a" ranked first by score, last by uncommitment
	var buf bytes.Buffer
	writeRankGaps(&buf, items, gold, score, []string{"", "", "", ""})
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	require.Len(t, lines, 4)
	assert.True(t, strings.HasPrefix(lines[0], "FACT\tover\t+0.75\t"), "the widest gap first, the score above the judgements: %s", lines[0])
	assert.True(t, strings.HasSuffix(lines[0], "\ta"), lines[0])
	assert.Contains(t, buf.String(), "FACT\tunder\t-0.25\t", "the score ranks d below its uncommitment")
}
