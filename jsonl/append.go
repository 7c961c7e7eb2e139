package jsonl

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// The reports and rows are encoded by hand, straight into their output
// buffers; these are the pieces they share, each writing exactly what
// encoding/json writes with HTML escaping off.

// AppendFloat appends f as encoding/json does: the shortest decimal that
// reads back as f, in exponent form below 1e-6 and from 1e21 on, and an
// error for NaN and infinities, which JSON cannot hold.
func AppendFloat(b []byte, f float64) ([]byte, error) {
	if b, ok := appendShortFloat(b, f); ok {
		return b, nil
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// pow10 are the powers of ten appendShortFloat tries.
var pow10 = [...]float64{1, 10, 100, 1000}

// appendShortFloat appends f when it is n/10^d for an integer n below
// 10^15 and d at most 3, the most common numbers of a report (0, a
// lexicon's weights and priors), without the general shortest-decimal
// search. The decimal is then the shortest that reads back as f: a
// decimal of at most 15 significant digits is the only one of that
// length that rounds to its double. It reports false for anything else.
func appendShortFloat(b []byte, f float64) ([]byte, bool) {
	if f == 0 {
		if math.Signbit(f) {
			return b, false
		}
		return append(b, '0'), true
	}
	for d, p := range pow10 {
		m := f * p
		if m != math.Trunc(m) || m >= 1e15 || m <= -1e15 {
			continue
		}
		if m/p != f {
			return b, false // f*p rounded to an integer it is not
		}
		n := int64(m)
		if d > 0 && n%10 == 0 {
			// A shorter decimal reads back as f too, though f times a
			// smaller power of ten rounded off an integer: let the
			// general search find it.
			return b, false
		}
		if n < 0 {
			b = append(b, '-')
			n = -n
		}
		if d == 0 {
			return strconv.AppendInt(b, n, 10), true
		}
		var digits [24]byte
		ds := strconv.AppendInt(digits[:0], n, 10)
		if len(ds) <= d {
			b = append(b, '0', '.')
			for range d - len(ds) {
				b = append(b, '0')
			}
			return append(b, ds...), true
		}
		b = append(b, ds[:len(ds)-d]...)
		b = append(b, '.')
		return append(b, ds[len(ds)-d:]...), true
	}
	return b, false
}

const hexDigits = "0123456789abcdef"

// Bytes repeated in every byte of a word, for plain8.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plain8 reports whether the eight bytes of s are ASCII that a JSON
// string holds as it is: no control character, quotation mark or
// backslash. Testing a word at a time keeps the common run of plain text
// from costing a branch a byte.
func plain8[T ~string | ~[]byte](s T) bool {
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return (x|special8(x))&highs == 0
}

// special8 returns a word whose high bits (highs) are not all clear
// exactly when a byte of x is a control character, a quotation mark or a
// backslash; bytes of 0x80 and above set none of them.
func special8(x uint64) uint64 {
	below := (x - ones*0x20) &^ x // a high bit where a byte is below 0x20
	q := x ^ (ones * '"')
	bs := x ^ (ones * '\\')
	return below | (q-ones)&^q | (bs-ones)&^bs // and where a byte is '"' or '\\'
}

// AppendString appends s as a JSON string as encoding/json does with
// HTML escaping off: quotation marks, backslashes and control characters
// escaped, invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func AppendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// digitPairs holds "00" to "99", for AppendInt.
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

// AppendInt appends n in decimal, as strconv.AppendInt(b, int64(n), 10)
// does. Offsets and counts below a million, nearly every number of a
// report, are written two digits at a time without strconv's general
// loop: a report has four offsets on every span.
func AppendInt(b []byte, n int) []byte {
	switch u := uint(n); {
	case u < 10:
		return append(b, byte('0'+u))
	case u < 100:
		return append(b, digitPairs[2*u], digitPairs[2*u+1])
	case u < 10000:
		hi, lo := u/100, u%100
		if hi < 10 {
			b = append(b, byte('0'+hi))
		} else {
			b = append(b, digitPairs[2*hi], digitPairs[2*hi+1])
		}
		return append(b, digitPairs[2*lo], digitPairs[2*lo+1])
	case u < 1000000:
		hi, mid, lo := u/10000, u/100%100, u%100
		if hi < 10 {
			b = append(b, byte('0'+hi))
		} else {
			b = append(b, digitPairs[2*hi], digitPairs[2*hi+1])
		}
		return append(b, digitPairs[2*mid], digitPairs[2*mid+1], digitPairs[2*lo], digitPairs[2*lo+1])
	}
	return strconv.AppendInt(b, int64(n), 10)
}
