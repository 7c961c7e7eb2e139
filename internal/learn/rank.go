package learn

import (
	"errors"
	"fmt"
	"math"
)

// A Group is one ranking instance: the feature indices of each of its
// candidates and which one is right.
type Group struct {
	Candidates [][]uint32 // each candidate's feature indices
	Best       int        // the index of the right candidate
}

// TrainRank fits a linear ranker to the groups with AdaGrad: a softmax
// over each group's candidate scores, whose log-loss of the right
// candidate is minimized. A candidate's score is the sum of its features'
// weights ([Model.Score] less the bias, which ranks nothing and is left
// 0). The result depends only on the groups, their order and the options.
func TrainRank(groups []Group, opt TrainOptions) (*Model, error) {
	if err := opt.fill(); err != nil {
		return nil, err
	}
	if len(groups) == 0 {
		return nil, errors.New("learn: no groups")
	}
	n := 1 << opt.Bits
	for i, g := range groups {
		if g.Best < 0 || g.Best >= len(g.Candidates) {
			return nil, fmt.Errorf("learn: group %d: best %d of %d candidates", i, g.Best, len(g.Candidates))
		}
		for _, c := range g.Candidates {
			if f, ok := beyond(c, n); ok {
				return nil, fmt.Errorf("learn: group %d: feature index %d beyond 2^%d", i, f, opt.Bits)
			}
		}
	}
	w := make([]float64, n)
	g2 := make([]float64, n)
	grad := make([]float64, n) // this group's gradient, cleared after each
	var touched []uint32
	var scores, probs []float64
	order, rng := visits(len(groups), opt.Seed)
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			g := &groups[k]
			scores, probs = scores[:0], probs[:0]
			top := math.Inf(-1)
			for _, c := range g.Candidates {
				s := 0.0
				for _, f := range c {
					s += w[f]
				}
				scores = append(scores, s)
				top = max(top, s)
			}
			sum := 0.0
			for _, s := range scores {
				p := math.Exp(s - top)
				probs = append(probs, p)
				sum += p
			}
			touched = touched[:0]
			for ci, c := range g.Candidates {
				d := probs[ci] / sum
				if ci == g.Best {
					d--
				}
				for _, f := range c {
					if grad[f] == 0 {
						touched = append(touched, f)
					}
					grad[f] += d
					if grad[f] == 0 {
						grad[f] = math.SmallestNonzeroFloat64 // still touched
					}
				}
			}
			for _, f := range touched {
				opt.step(w, g2, f, grad[f])
				grad[f] = 0
			}
		}
	}
	return &Model{Bits: opt.Bits, Weights: weights32(w)}, nil
}
