package jsonl

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stdJSON is what encoding/json writes for v with HTML escaping off.
func stdJSON(t testing.TB, v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return strings.TrimSuffix(b.String(), "\n")
}

func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	cases := []struct{ name, s, reason string }{
		{"empty", "", "no bytes at all"},
		{"plain", "Officials said the boat sank on Tuesday.", "runs of eight plain bytes"},
		{"quote in a word", "abcdefg\"hijklmnop", "a quotation mark inside the first eight bytes"},
		{"backslash late", "abcdefghijklmno\\", "a backslash in the last byte of a word"},
		{"controls", "a\x00b\x01c\x1fd\te\nf\rg\bh\fi\x7f", "every kind of escape, and DEL, which stays"},
		{"curly", "“Quoted,” he said — twice…", "three-byte characters after ASCII"},
		{"separators", "line\u2028para\u2029end", "U+2028 and U+2029 are escaped"},
		{"bad UTF-8", "ab\xffcd\xe2\x80efgh\xc0\xafij", "invalid bytes become U+FFFD"},
		{"html", "<b>&amp;</b>", "no HTML escaping"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, stdJSON(t, c.s), string(AppendString(nil, c.s)), c.reason)
		})
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("He said \"no\" \\ \x01 \u2028 “x” \xff")
	f.Fuzz(func(t *testing.T, s string) {
		require.Equal(t, stdJSON(t, s), string(AppendString(nil, s)))
	})
}

func TestAppendFloatMatchesEncodingJSON(t *testing.T) {
	vals := []float64{0, 1, -1, 0.5, -0.3, 0.1 + 0.2, 1.7999999999999998, 0.2954898135340863,
		1e-6, 1e-7, 9.99e-7, 123456789, 1e20, 1e21, 1.5e300, -2.5, 0.001, 0.0005, 0.25, 3.75,
		0.30000000000000004, 100, 1234.5, 999999999999999, 1e15, 0.123, 4.56e-5, math.SmallestNonzeroFloat64}
	for i := range 2000 {
		vals = append(vals, float64(i)/1000, -float64(i)/100, float64(i)*0.1, float64(i)/7)
	}
	for _, v := range vals {
		got, err := AppendFloat(nil, v)
		require.NoError(t, err)
		assert.Equal(t, stdJSON(t, v), string(got), "%v", v)
	}
	_, err := AppendFloat(nil, math.NaN())
	assert.Error(t, err)
	_, err = AppendFloat(nil, math.Inf(-1))
	assert.Error(t, err)
	neg0, err := AppendFloat(nil, math.Copysign(0, -1))
	require.NoError(t, err)
	assert.Equal(t, "-0", string(neg0), "negative zero keeps its sign, as encoding/json writes it")
}

func FuzzAppendFloat(f *testing.F) {
	f.Add(0.3)
	f.Add(-1.7999999999999998)
	f.Fuzz(func(t *testing.T, v float64) {
		got, err := AppendFloat(nil, v)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			require.Error(t, err)
			return
		}
		require.NoError(t, err)
		require.Equal(t, stdJSON(t, v), string(got))
	})
}

// AppendInt writes what strconv writes, across every width of its short
// paths and beyond them.
func TestAppendInt(t *testing.T) {
	check := func(n int) {
		if got, want := string(AppendInt([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Fatalf("AppendInt(%d) = %q, want %q", n, got, want)
		}
	}
	for n := -1000; n < 1_100_000; n++ {
		check(n)
	}
	for _, n := range []int{math.MaxInt, math.MinInt, 1 << 40, -1 << 40} {
		check(n)
	}
}
