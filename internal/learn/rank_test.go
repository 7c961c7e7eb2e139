package learn

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rankToy makes groups of three candidates in which the right one, at a
// random place, has feature "good"; every candidate has noise features.
func rankToy(n int, bits uint) []Group {
	rng := rand.New(rand.NewPCG(5, 5))
	good := NewHash('r').String("good").Index(bits)
	noise := []uint32{NewHash('r').String("x").Index(bits), NewHash('r').String("y").Index(bits)}
	gs := make([]Group, n)
	for i := range gs {
		g := Group{Best: rng.IntN(3)}
		for k := range 3 {
			var fs []uint32
			if k == g.Best {
				fs = append(fs, good)
			}
			fs = append(fs, noise[rng.IntN(2)])
			g.Candidates = append(g.Candidates, fs)
		}
		gs[i] = g
	}
	return gs
}

func TestTrainRankLearnsTheDecidingFeature(t *testing.T) {
	m, err := TrainRank(rankToy(300, 10), TrainOptions{Bits: 10, Seed: 1})
	require.NoError(t, err)
	good := NewHash('r').String("good").Index(10)
	x := NewHash('r').String("x").Index(10)
	y := NewHash('r').String("y").Index(10)
	assert.Greater(t, m.Score([]uint32{good, x})-m.Score([]uint32{y}), 2.0, "the right candidate ranks first by a wide margin")
	assert.InDelta(t, m.Score([]uint32{x}), m.Score([]uint32{y}), 0.5, "noise ranks nothing")
	assert.Zero(t, m.Bias, "a ranker has no bias")
}

func TestTrainRankIsDeterministic(t *testing.T) {
	gs := rankToy(200, 12)
	var out [][]byte
	for _, seed := range []uint64{3, 3, 4} {
		m, err := TrainRank(gs, TrainOptions{Bits: 12, Seed: seed})
		require.NoError(t, err)
		b, err := m.MarshalBinary()
		require.NoError(t, err)
		out = append(out, b)
	}
	assert.Equal(t, out[0], out[1], "same groups, same seed: same bytes")
	assert.NotEqual(t, out[0], out[2], "another seed visits the groups in another order")
}

func TestTrainRankRefuses(t *testing.T) {
	_, err := TrainRank(nil, TrainOptions{})
	assert.Error(t, err, "no groups")
	_, err = TrainRank([]Group{{Candidates: [][]uint32{{1}}, Best: 1}}, TrainOptions{Bits: 10})
	assert.Error(t, err, "best beyond the candidates")
	_, err = TrainRank([]Group{{Candidates: [][]uint32{{1 << 12}}}}, TrainOptions{Bits: 12})
	assert.Error(t, err, "an index beyond the table")
	_, err = TrainRank(rankToy(10, 10), TrainOptions{Bits: 40})
	assert.Error(t, err, "too many bits")
}
