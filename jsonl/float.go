package jsonl

import (
	"math"
	"math/bits"
	"strconv"
)

// A report's numbers are mostly scores and valences of full precision,
// whose shortest decimal takes strconv's general path at some 140 ns each
// on a slow core, as much as a report's text. appendShortestF computes the
// same decimal with Giulietti's Schubfach method over the few powers of
// ten such numbers need, and writes it without strconv's intermediate
// decimal buffer.

// Bounds of the exponents k for which pow10 holds 10^k: enough for
// doubles from about 1e-9 to 1e25, past both ends of the plain form that
// AppendFloat writes (1e-6 to 1e21).
const (
	minPow10 = -9
	maxPow10 = 28
)

// pow10g[k-minPow10] is g(k) = floor(10^k · 2^-r) + 1 with r chosen so
// that 2^127 ≤ g < 2^128, as its high and low 64 bits (see
// TestPow10Table, which computes it again with math/big).
var pow10g = [maxPow10 - minPow10 + 1][2]uint64{
	{0x89705f4136b4a597, 0x31680a88f8953031}, // 10^-9
	{0xabcc77118461cefc, 0xfdc20d2b36ba7c3e}, // 10^-8
	{0xd6bf94d5e57a42bc, 0x3d32907604691b4d}, // 10^-7
	{0x8637bd05af6c69b5, 0xa63f9a49c2c1b110}, // 10^-6
	{0xa7c5ac471b478423, 0x0fcf80dc33721d54}, // 10^-5
	{0xd1b71758e219652b, 0xd3c36113404ea4a9}, // 10^-4
	{0x83126e978d4fdf3b, 0x645a1cac083126ea}, // 10^-3
	{0xa3d70a3d70a3d70a, 0x3d70a3d70a3d70a4}, // 10^-2
	{0xcccccccccccccccc, 0xcccccccccccccccd}, // 10^-1
	{0x8000000000000000, 0x0000000000000001}, // 10^0
	{0xa000000000000000, 0x0000000000000001}, // 10^1
	{0xc800000000000000, 0x0000000000000001}, // 10^2
	{0xfa00000000000000, 0x0000000000000001}, // 10^3
	{0x9c40000000000000, 0x0000000000000001}, // 10^4
	{0xc350000000000000, 0x0000000000000001}, // 10^5
	{0xf424000000000000, 0x0000000000000001}, // 10^6
	{0x9896800000000000, 0x0000000000000001}, // 10^7
	{0xbebc200000000000, 0x0000000000000001}, // 10^8
	{0xee6b280000000000, 0x0000000000000001}, // 10^9
	{0x9502f90000000000, 0x0000000000000001}, // 10^10
	{0xba43b74000000000, 0x0000000000000001}, // 10^11
	{0xe8d4a51000000000, 0x0000000000000001}, // 10^12
	{0x9184e72a00000000, 0x0000000000000001}, // 10^13
	{0xb5e620f480000000, 0x0000000000000001}, // 10^14
	{0xe35fa931a0000000, 0x0000000000000001}, // 10^15
	{0x8e1bc9bf04000000, 0x0000000000000001}, // 10^16
	{0xb1a2bc2ec5000000, 0x0000000000000001}, // 10^17
	{0xde0b6b3a76400000, 0x0000000000000001}, // 10^18
	{0x8ac7230489e80000, 0x0000000000000001}, // 10^19
	{0xad78ebc5ac620000, 0x0000000000000001}, // 10^20
	{0xd8d726b7177a8000, 0x0000000000000001}, // 10^21
	{0x878678326eac9000, 0x0000000000000001}, // 10^22
	{0xa968163f0a57b400, 0x0000000000000001}, // 10^23
	{0xd3c21bcecceda100, 0x0000000000000001}, // 10^24
	{0x84595161401484a0, 0x0000000000000001}, // 10^25
	{0xa56fa5b99019a5c8, 0x0000000000000001}, // 10^26
	{0xcecb8f27f4200f3a, 0x0000000000000001}, // 10^27
	{0x813f3978f8940984, 0x4000000000000001}, // 10^28
}

// roundToOdd returns g·cp / 2^128 rounded down, with its lowest bit set
// when the division was not exact (Schubfach's rounding to odd).
func roundToOdd(g [2]uint64, cp uint64) uint64 {
	xHi, _ := bits.Mul64(g[1], cp)
	yHi, yLo := bits.Mul64(g[0], cp)
	lo, carry := bits.Add64(yLo, xHi, 0)
	hi := yHi + carry
	if lo > 1 {
		hi |= 1
	}
	return hi
}

// shortestDecimal returns the shortest decimal d·10^e that reads back as
// the positive normal double whose fields are frac (the 52 bits) and exp
// (biased), the closest to it of that length, even on a tie: what
// strconv's shortest formatting writes. ok is false when the powers of
// ten it needs are not in pow10g.
func shortestDecimal(frac uint64, exp int) (d uint64, e int, ok bool) {
	c := frac | 1<<52
	q := exp - 1075
	closer := frac == 0 && exp > 1 // the power of two's lower neighbour is nearer
	even := c&1 == 0
	cbl, cb, cbr := 4*c-2, 4*c, 4*c+2
	if closer {
		cbl++
	}
	// k = floor(log10(2^q)), or floor(log10(3/4 · 2^q)) when closer
	kq := q * 1262611
	if closer {
		kq -= 524031
	}
	k := kq >> 22
	if -k < minPow10 || -k > maxPow10 {
		return 0, 0, false
	}
	h := q + ((-k)*1741647)>>19 + 1 // q + floor(log2(10^-k)) + 1, in [1, 4]
	g := pow10g[-k-minPow10]
	vbl := roundToOdd(g, cbl<<h)
	vb := roundToOdd(g, cb<<h)
	vbr := roundToOdd(g, cbr<<h)
	lower, upper := vbl, vbr
	if !even {
		lower++
		upper--
	}
	s := vb / 4
	if s >= 10 {
		sp := s / 10
		upIn := lower <= 40*sp
		wpIn := 40*sp+40 <= upper
		if upIn != wpIn {
			if wpIn {
				sp++
			}
			return sp, k + 1, true
		}
	}
	uIn := lower <= 4*s
	wIn := 4*s+4 <= upper
	if uIn != wIn {
		if wIn {
			s++
		}
		return s, k, true
	}
	mid := 4*s + 2
	if vb > mid || vb == mid && s&1 != 0 {
		s++
	}
	return s, k, true
}

// appendShortestF appends f as strconv.AppendFloat(b, f, 'f', -1, 64)
// does, for finite f that is neither zero nor subnormal and whose powers
// of ten pow10g holds; it reports false, appending nothing, for any
// other.
func appendShortestF(b []byte, f float64) ([]byte, bool) {
	u := math.Float64bits(f)
	exp := int(u>>52) & 0x7ff
	if exp == 0 || exp == 0x7ff {
		return b, false
	}
	d, e, ok := shortestDecimal(u&(1<<52-1), exp)
	if !ok {
		return b, false
	}
	// trailing zeros, which the shorter numbers of a report (weights,
	// priors) have many of, by halves
	if d%1e8 == 0 {
		d /= 1e8
		e += 8
	}
	if d%1e4 == 0 {
		d /= 1e4
		e += 4
	}
	if d%100 == 0 {
		d /= 100
		e += 2
	}
	if d%10 == 0 {
		d /= 10
		e++
	}
	var buf [24]byte
	i := len(buf)
	// eight digits at a time, in pairs that do not wait on each other
	for d >= 1e8 {
		q := d / 1e8
		put8(&buf, i-8, uint32(d-q*1e8))
		i -= 8
		d = q
	}
	for d >= 100 {
		q := d / 100
		r := d - q*100
		i -= 2
		buf[i], buf[i+1] = digitPairs[2*r], digitPairs[2*r+1]
		d = q
	}
	if d >= 10 {
		i -= 2
		buf[i], buf[i+1] = digitPairs[2*d], digitPairs[2*d+1]
	} else {
		i--
		buf[i] = byte('0' + d)
	}
	digits := buf[i:]
	if u>>63 != 0 {
		b = append(b, '-')
	}
	switch point := len(digits) + e; {
	case point <= 0: // 0.000ddd
		b = append(b, '0', '.')
		for ; point < 0; point++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	case point >= len(digits): // ddd000
		b = append(b, digits...)
		for range point - len(digits) {
			b = append(b, '0')
		}
	default:
		b = append(b, digits[:point]...)
		b = append(b, '.')
		b = append(b, digits[point:]...)
	}
	return b, true
}

// put8 writes v, below 10^8, as eight digits at buf[i:].
func put8(buf *[24]byte, i int, v uint32) {
	hi, lo := v/10000, v%10000
	a, b, c, d := hi/100, hi%100, lo/100, lo%100
	_ = buf[i+7]
	buf[i], buf[i+1] = digitPairs[2*a], digitPairs[2*a+1]
	buf[i+2], buf[i+3] = digitPairs[2*b], digitPairs[2*b+1]
	buf[i+4], buf[i+5] = digitPairs[2*c], digitPairs[2*c+1]
	buf[i+6], buf[i+7] = digitPairs[2*d], digitPairs[2*d+1]
}

// AppendFloatF appends f as strconv.AppendFloat(b, f, 'f', -1, 64) does
// (the shortest decimal that reads back as f, never in exponent form):
// the form of numbers in CSV rows.
func AppendFloatF(b []byte, f float64) []byte {
	if b, ok := appendShortFloat(b, f); ok {
		return b
	}
	if b, ok := appendShortestF(b, f); ok {
		return b
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}
