package corpus

import "math"

// Sum is an exact sum of float64 values: the running total is kept as a
// list of non-overlapping partials (J. R. Shewchuk, "Adaptive Precision
// Floating-Point Arithmetic and Fast Robust Geometric Predicates", 1997,
// as in Python's math.fsum), and Value rounds it once, correctly. The
// result therefore does not depend on the order in which values are
// added or Sums merged, which is what a combiner needs: a runner adds and
// merges in whatever order its bundles happen to finish, and a mean must
// come out the same on prism, on a cluster and in a plain loop.
//
// The values must be finite. The zero Sum is empty.
type Sum struct {
	// Partials are the non-overlapping partials, exported so that a Sum
	// can be encoded and sent between workers as it is.
	Partials []float64
}

// Add adds x to the sum.
func (s *Sum) Add(x float64) {
	i := 0
	for _, y := range s.Partials {
		if math.Abs(x) < math.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			s.Partials[i] = lo
			i++
		}
		x = hi
	}
	s.Partials = append(s.Partials[:i], x)
}

// Merge adds the values summed in o; o is left unchanged.
func (s *Sum) Merge(o Sum) {
	for _, p := range o.Partials {
		s.Add(p)
	}
}

// Value returns the sum rounded to the nearest float64 (ties to even).
func (s Sum) Value() float64 {
	p := s.Partials
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi, lo := p[n], 0.0
	for n > 0 {
		x, y := hi, p[n-1]
		n--
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	// Round half to even across the partials left: if the rest has the
	// same sign as lo, the rounding of hi+lo must go away from zero.
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}
