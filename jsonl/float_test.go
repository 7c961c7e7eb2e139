package jsonl

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// pow10Of computes g(k) = floor(10^k · 2^-r) + 1, 2^127 ≤ g < 2^128.
func pow10Of(k int) [2]uint64 {
	num, den := big.NewInt(1), big.NewInt(1)
	ten := big.NewInt(10)
	if k >= 0 {
		num.Exp(ten, big.NewInt(int64(k)), nil)
	} else {
		den.Exp(ten, big.NewInt(int64(-k)), nil)
	}
	// scale num/den into [2^127, 2^128)
	for new(big.Int).Quo(num, den).BitLen() < 128 {
		num.Lsh(num, 1)
	}
	for new(big.Int).Quo(num, den).BitLen() > 128 {
		den.Lsh(den, 1)
	}
	g := new(big.Int).Quo(num, den)
	g.Add(g, big.NewInt(1))
	lo := new(big.Int).And(g, new(big.Int).SetUint64(math.MaxUint64)).Uint64()
	hi := new(big.Int).Rsh(g, 64).Uint64()
	return [2]uint64{hi, lo}
}

func TestPow10Table(t *testing.T) {
	var want strings.Builder
	bad := false
	for k := minPow10; k <= maxPow10; k++ {
		g := pow10Of(k)
		fmt.Fprintf(&want, "\t{0x%016x, 0x%016x}, // 10^%d\n", g[0], g[1], k)
		if g != pow10g[k-minPow10] {
			bad = true
		}
	}
	if bad {
		t.Fatalf("pow10g differs from g(k); it should be:\n%s", want.String())
	}
}

// checkF fails when appendShortestF, where it answers, or AppendFloatF
// writes other than strconv's shortest 'f' form.
func checkF(t *testing.T, f float64) {
	t.Helper()
	want := strconv.AppendFloat(nil, f, 'f', -1, 64)
	if got, ok := appendShortestF(nil, f); ok && string(got) != string(want) {
		t.Fatalf("appendShortestF(%v [%#x]) = %s, want %s", f, math.Float64bits(f), got, want)
	}
	if got := AppendFloatF(nil, f); string(got) != string(want) {
		t.Fatalf("AppendFloatF(%v) = %s, want %s", f, got, want)
	}
}

// TestAppendFloatF compares the shortest decimals with strconv's over the
// numbers of reports (fractions, sums, values of a few decimals and their
// neighbours) and over random doubles of every exponent the table covers.
func TestAppendFloatF(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, f := range []float64{1, 0.5, 0.1, 0.3, 0.1 + 0.2, 1e-6, 9.99e-7, 1e-7, 1e-9, 1e20, 1e21, 1e22, 1e23, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 0.2954898135340863, 123456789012345678} {
		checkF(t, f)
		checkF(t, -f)
		checkF(t, math.Nextafter(f, 0))
		checkF(t, math.Nextafter(f, 2*f))
	}
	n := 2_000_000
	if testing.Short() {
		n = 200_000
	}
	for i := range n {
		var f float64
		switch i % 5 {
		case 0:
			f = r.Float64()
		case 1:
			f = float64(r.IntN(100000)) / float64(1+r.IntN(1000))
		case 2: // a few decimals, and the doubles beside them
			f = float64(r.IntN(1000000)) / math.Pow(10, float64(r.IntN(8)))
			f = math.Nextafter(f, f+float64(r.IntN(3)-1))
		case 3: // any exponent from 2^-40 to 2^80
			f = math.Ldexp(1+r.Float64(), r.IntN(121)-40)
		default: // powers of two, whose lower neighbour is nearer
			f = math.Ldexp(1, r.IntN(200)-100)
		}
		if r.IntN(2) == 0 {
			f = -f
		}
		checkF(t, f)
	}
}

func FuzzAppendFloatF(f *testing.F) {
	f.Add(0.3)
	f.Add(-1.7999999999999998)
	f.Add(1e21)
	f.Fuzz(func(t *testing.T, v float64) {
		checkF(t, v)
	})
}

// BenchmarkAppendFloat formats the kind of number a report is full of:
// valences and scores of full precision.
func BenchmarkAppendFloat(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	vals := make([]float64, 4096)
	for i := range vals {
		vals[i] = r.Float64() * float64(1+i%4)
		if i%3 == 0 {
			vals[i] = -vals[i]
		}
	}
	buf := make([]byte, 0, 64)
	b.Run("strconv", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			buf = strconv.AppendFloat(buf[:0], vals[i&4095], 'f', -1, 64)
		}
	})
	b.Run("AppendFloat", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			buf, _ = AppendFloat(buf[:0], vals[i&4095])
		}
	})
	b.Run("AppendFloatF", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			buf = AppendFloatF(buf[:0], vals[i&4095])
		}
	})
}

// BenchmarkAppendShortFloat formats the short numbers of a report:
// weights, priors, zero.
func BenchmarkAppendShortFloat(b *testing.B) {
	vals := []float64{0, -2.5, 1.85, 0.3, -0.15, 1, 2, 0.25, -1.6, 0.7}
	buf := make([]byte, 0, 64)
	for i := 0; b.Loop(); i++ {
		buf, _ = AppendFloat(buf[:0], vals[i%len(vals)])
	}
}
