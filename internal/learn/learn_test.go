package learn

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// toy makes examples whose label is whether feature "a" is present; "b"
// is noise.
func toy(n int, bits uint) []Example {
	rng := rand.New(rand.NewPCG(7, 7))
	a := NewHash('w').String("a").Index(bits)
	b := NewHash('w').String("b").Index(bits)
	ex := make([]Example, n)
	for i := range ex {
		var fs []uint32
		pos := rng.IntN(2) == 0
		if pos {
			fs = append(fs, a)
		}
		if rng.IntN(2) == 0 {
			fs = append(fs, b)
		}
		ex[i] = Example{Features: fs, Label: pos}
	}
	return ex
}

func TestTrainLearnsASeparableRule(t *testing.T) {
	ex := toy(400, 10)
	m, err := Train(ex, TrainOptions{Bits: 10, Seed: 1})
	require.NoError(t, err)
	a := NewHash('w').String("a").Index(10)
	b := NewHash('w').String("b").Index(10)
	assert.Greater(t, Prob(m.Score([]uint32{a})), 0.9, "the feature that decides")
	assert.Less(t, Prob(m.Score(nil)), 0.2, "without it")
	assert.Less(t, Prob(m.Score([]uint32{b})), 0.2, "noise alone")
}

func TestTrainIsDeterministic(t *testing.T) {
	ex := toy(300, 12)
	m1, err := Train(ex, TrainOptions{Bits: 12, Seed: 3})
	require.NoError(t, err)
	m2, err := Train(ex, TrainOptions{Bits: 12, Seed: 3})
	require.NoError(t, err)
	b1, err := m1.MarshalBinary()
	require.NoError(t, err)
	b2, err := m2.MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, b1, b2, "same examples, same seed: same bytes")
	m3, err := Train(ex, TrainOptions{Bits: 12, Seed: 4})
	require.NoError(t, err)
	b3, err := m3.MarshalBinary()
	require.NoError(t, err)
	assert.NotEqual(t, b1, b3, "another seed visits the examples in another order")
}

func TestTrainRefuses(t *testing.T) {
	_, err := Train(nil, TrainOptions{})
	assert.Error(t, err, "no examples")
	_, err = Train([]Example{{Features: []uint32{1 << 12}}}, TrainOptions{Bits: 12})
	assert.Error(t, err, "an index beyond the table")
	_, err = Train(toy(10, 10), TrainOptions{Bits: 40})
	assert.Error(t, err, "too many bits")
}

func TestMarshalRoundTrip(t *testing.T) {
	m, err := Train(toy(200, 10), TrainOptions{Bits: 10, Seed: 1})
	require.NoError(t, err)
	m.Name, m.Meta, m.Thresholds = "toy/v1", []string{"corpus: none", "é ü"}, []float32{0.5, 0.25}
	m.SetVocab([]uint64{99, 3, 1 << 60, 3})
	b, err := m.MarshalBinary()
	require.NoError(t, err)
	var got Model
	require.NoError(t, got.UnmarshalBinary(b))
	assert.Equal(t, *m, got)
	assert.True(t, got.InVocab(99))
	assert.False(t, got.InVocab(100))
	assert.True(t, (&Model{}).InVocab(100), "no vocabulary scores every word")
}

func TestUnmarshalRejectsDamage(t *testing.T) {
	m, err := Train(toy(200, 10), TrainOptions{Bits: 10, Seed: 1})
	require.NoError(t, err)
	m.Thresholds = []float32{0.5}
	good, err := m.MarshalBinary()
	require.NoError(t, err)
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"another format", []byte("PK\x03\x04")},
		{"header only", []byte(magic)},
		{"cut short", good[:len(good)/2]},
		{"trailing bytes", append(append([]byte{}, good...), 0)},
		{"bits out of range", func() []byte {
			b := append([]byte{}, good...)
			b[len(magic)+2] = 60 // after the empty name and zero meta lines
			return b
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Model
			err := got.UnmarshalBinary(tt.data)
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrFormat), "%v", err)
		})
	}
}

func FuzzUnmarshal(f *testing.F) {
	m, _ := Train(toy(50, 8), TrainOptions{Bits: 8, Seed: 1})
	good, _ := m.MarshalBinary()
	f.Add(good)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		var got Model
		if err := got.UnmarshalBinary(data); err != nil {
			return
		}
		assert.Len(t, got.Weights, 1<<got.Bits)
		_ = got.Score([]uint32{0})
		again, err := got.MarshalBinary()
		require.NoError(t, err)
		var back Model
		require.NoError(t, back.UnmarshalBinary(again))
		assert.Equal(t, got, back)
	})
}

func TestTop(t *testing.T) {
	cs := []Contribution{{"a", 0.1}, {"b", -2}, {"c", 1}, {"d", 1}}
	assert.Equal(t, []Contribution{{"b", -2}, {"c", 1}, {"d", 1}}, Top(cs, 3))
	assert.Equal(t, "a", cs[0].Feature, "the input is left alone")
}

func BenchmarkScore(b *testing.B) {
	m, _ := Train(toy(200, 20), TrainOptions{Bits: 20, Seed: 1})
	idx := make([]uint32, 30)
	for i := range idx {
		idx[i] = NewHash('w').String(string(rune('a' + i))).Index(20)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = m.Score(idx)
	}
}

// The byte-slice reader decodes what the bufio.Reader decoded, and
// refuses what it refused with the same error: every cut of a model, and
// any bytes.
func TestUnmarshalMatchesReference(t *testing.T) {
	// weights one and many slots apart, and a vocabulary
	m := &Model{Name: "x", Bits: 10, Bias: 0.5, Thresholds: []float32{0.5}, Meta: []string{"a", "bc"}, Weights: make([]float32, 1<<10)}
	for i := 0; i < len(m.Weights); i += 1 + i%300 {
		m.Weights[i] = float32(i%7) - 3.25
	}
	m.SetVocab([]uint64{3, 1 << 20, 1<<40 + 5, 1 << 63})
	good, err := m.MarshalBinary()
	require.NoError(t, err)
	for i := range len(good) + 1 {
		checkSameDecoding(t, good[:i])
	}
	for i := len(magic); i < len(good); i++ { // damage anywhere: gaps, weights made infinite or NaN
		for _, c := range []byte{0x00, 0x7f, 0x80, 0xff} {
			bad := append([]byte{}, good...)
			bad[i] = c
			checkSameDecoding(t, bad)
		}
	}
	overflow := append([]byte{}, good[:len(magic)]...)
	overflow = append(overflow, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)
	checkSameDecoding(t, overflow)
}

func FuzzUnmarshalMatchesReference(f *testing.F) {
	m, _ := Train(toy(50, 8), TrainOptions{Bits: 8, Seed: 1})
	good, _ := m.MarshalBinary()
	f.Add(good)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSameDecoding(t, data)
	})
}
