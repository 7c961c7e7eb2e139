package corpus

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func bigSum(xs []float64) float64 {
	s := new(big.Float).SetPrec(4096)
	for _, x := range xs {
		s.Add(s, new(big.Float).SetFloat64(x))
	}
	f, _ := s.Float64()
	return f
}

func TestSumKnown(t *testing.T) {
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, 1},
		{[]float64{1e100, 1, -1e100, 1e-100, 1e50, -1, -1e50}, 1e-100},
		{[]float64{1, 1e-16, 1e-16}, 1.0000000000000002},
		// Half-way cases: 2^53 + 1 is not a float64; the tie goes to even.
		{[]float64{1 << 53, 1, 1e-300}, 1<<53 + 2},
		{[]float64{1 << 53, 1, -1e-300}, 1 << 53},
	} {
		var s Sum
		for _, x := range tc.xs {
			s.Add(x)
		}
		if got := s.Value(); got != tc.want {
			t.Errorf("sum of %v = %v, want %v", tc.xs, got, tc.want)
		}
	}
}

// TestSumOrderFree adds scores in different orders and groupings, as
// bundles and merges would, and checks each against an exact sum.
func TestSumOrderFree(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		n := 1 + rng.IntN(500)
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = rng.Float64()
			if trial%3 == 0 {
				xs[i] = math.Ldexp(xs[i], rng.IntN(80)-40) * float64(1-2*rng.IntN(2))
			}
		}
		want := bigSum(xs)
		var whole Sum
		for _, x := range xs {
			whole.Add(x)
		}
		// Random bundles, merged in random order.
		perm := rng.Perm(n)
		var parts []Sum
		for i := 0; i < n; {
			k := 1 + rng.IntN(20)
			var p Sum
			for _, j := range perm[i:min(i+k, n)] {
				p.Add(xs[j])
			}
			parts = append(parts, p)
			i += k
		}
		var merged Sum
		for _, j := range rng.Perm(len(parts)) {
			merged.Merge(parts[j])
		}
		if whole.Value() != want || merged.Value() != want {
			t.Fatalf("trial %d: sum %v, merged %v, exact %v", trial, whole.Value(), merged.Value(), want)
		}
	}
}
