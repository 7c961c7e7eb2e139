// Package learn holds hearsay's small machine-learning kit: hashed sparse
// features, a binary logistic-regression model trained by AdaGrad, and the
// model's file format.
//
// It is deliberately plain. A feature is a 64-bit FNV-1a hash of its name,
// folded into a table of 2^Bits weights; the model's score is the sum of
// the weights of a token's features, its probability the logistic function
// of that score. Training is deterministic: the examples are visited in an
// order drawn from a seeded generator, and every product is rounded to
// float64 before it is added, so no fused multiply-add changes a bit on
// another architecture.
package learn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// FNV-1a, 64 bits.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// A Hash is a feature's name hashed so far. Start one with [NewHash], add
// parts with its methods; the zero Hash is not a valid start.
type Hash uint64

// NewHash starts the hash of a feature of template t: the template keeps
// features of different kinds apart when their strings agree.
func NewHash(t byte) Hash { return Hash((offset64 ^ uint64(t)) * prime64) }

// Byte adds one byte.
func (h Hash) Byte(b byte) Hash { return Hash((uint64(h) ^ uint64(b)) * prime64) }

// String adds a string: h.String(s) is h.Add(StringHash(s)), so a caller
// that hashes the same string for many features can hash it once.
func (h Hash) String(s string) Hash { return h.Add(StringHash(s)) }

// Add adds the hash of a part, as made by [StringHash]. Parts are kept
// apart, so ("ab", "c") and ("a", "bc") differ.
func (h Hash) Add(x uint64) Hash {
	y := (uint64(h) ^ x) * prime64
	return Hash(y ^ y>>31)
}

// StringHash is the FNV-1a hash of s.
func StringHash(s string) uint64 {
	x := uint64(offset64)
	for i := 0; i < len(s); i++ {
		x = (x ^ uint64(s[i])) * prime64
	}
	return x
}

// Index folds the hash into a table of 2^bits entries.
func (h Hash) Index(bits uint) uint32 {
	// The high bits of FNV-1a mix better than its low bits.
	x := uint64(h)
	x ^= x >> 29
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 32
	return uint32(x >> (64 - bits))
}

// A Model is a binary logistic-regression model over hashed features. A
// Model is read-only once made and safe for concurrent use.
type Model struct {
	Name    string    // what the model decides, e.g. "cue"
	Bits    uint      // the weight table has 2^Bits entries
	Bias    float32   // the score of a token without features
	Weights []float32 // 2^Bits weights, indexed by Hash.Index
	// Thresholds are the probabilities at which the model's user makes
	// its decisions; what each one decides is the user's to say.
	Thresholds []float32
	// Vocab, sorted, holds hashes of the words the model scores at all
	// (see [Model.InVocab]); a model with no Vocab scores every word.
	Vocab []uint64

	// a bit per value of a hash's top vocabFilterBits bits, set for the
	// hashes in Vocab: most words are turned away by one bit (made by
	// UnmarshalBinary and Train's caller through SetVocab)
	filter []uint64
	// Meta holds free-form lines saved with the model: the corpus it was
	// learned from, the command that made it, its figures.
	Meta []string
}

// Score returns the model's score (log-odds) for the features with the
// given indices.
func (m *Model) Score(idx []uint32) float64 {
	s := float64(m.Bias)
	for _, i := range idx {
		s += float64(m.Weights[i])
	}
	return s
}

// Prob is the logistic function: the probability of a score.
func Prob(score float64) float64 {
	if score < -30 {
		return 0
	}
	if score > 30 {
		return 1
	}
	return 1 / (1 + math.Exp(-score))
}

// An Example is one training instance: its feature indices and whether it
// is positive. Weight scales its loss; 0 means 1.
type Example struct {
	Features []uint32 // indices into the weight table
	Label    bool     // a positive example
	Weight   float32  // scales the example's loss; 0 means 1
}

// TrainOptions control [Train]. The zero value is usable.
type TrainOptions struct {
	Bits   uint    // 2^Bits weights; 0 means 20
	Epochs int     // passes over the examples; 0 means 8
	Rate   float64 // AdaGrad's base learning rate; 0 means 0.1
	L2     float64 // L2 penalty per example visit; 0 means 1e-6
	Seed   uint64  // seeds the order of the examples
}

// fill sets the options left zero to their defaults and checks the rest.
func (opt *TrainOptions) fill() error {
	if opt.Bits == 0 {
		opt.Bits = 20
	}
	if opt.Bits < 8 || opt.Bits > 26 {
		return fmt.Errorf("learn: bits %d out of range 8..26", opt.Bits)
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.Rate <= 0 {
		opt.Rate = 0.1
	}
	if opt.L2 <= 0 {
		opt.L2 = 1e-6
	}
	return nil
}

// Train fits a logistic-regression model to the examples with AdaGrad.
// The result depends only on the examples, their order and the options.
func Train(ex []Example, opt TrainOptions) (*Model, error) {
	if err := opt.fill(); err != nil {
		return nil, err
	}
	if len(ex) == 0 {
		return nil, errors.New("learn: no examples")
	}
	n := 1 << opt.Bits
	for i := range ex {
		if f, ok := beyond(ex[i].Features, n); ok {
			return nil, fmt.Errorf("learn: example %d: feature index %d beyond 2^%d", i, f, opt.Bits)
		}
	}
	w := make([]float64, n)
	g2 := make([]float64, n)
	var bias, biasG2 float64
	order, rng := visits(len(ex), opt.Seed)
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := &ex[k]
			s := bias
			for _, f := range e.Features {
				s += w[f]
			}
			y := 0.0
			if e.Label {
				y = 1
			}
			g := Prob(s) - y // d loss / d score
			if e.Weight > 0 {
				g = float64(g * float64(e.Weight))
			}
			biasG2 += float64(g * g)
			bias -= float64(opt.Rate * g / math.Sqrt(biasG2+1e-8))
			for _, f := range e.Features {
				opt.step(w, g2, f, g)
			}
		}
	}
	return &Model{Bits: opt.Bits, Bias: float32(bias), Weights: weights32(w)}, nil
}

// beyond returns the first of fs that lies beyond a table of n weights.
func beyond(fs []uint32, n int) (uint32, bool) {
	for _, f := range fs {
		if int(f) >= n {
			return f, true
		}
	}
	return 0, false
}

// visits returns the indices of n examples and the generator, seeded by
// seed, that shuffles them before each epoch.
func visits(n int, seed uint64) ([]int, *rand.Rand) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	return order, rand.New(rand.NewPCG(seed, 0x6865617273617921))
}

// step moves weight f against its gradient g, L2 included, at AdaGrad's
// rate; g2 sums the squared gradients. Every product is rounded to
// float64, so no fused multiply-add changes a bit from one machine to
// another.
func (opt *TrainOptions) step(w, g2 []float64, f uint32, g float64) {
	gf := float64(g + float64(opt.L2*w[f]))
	g2[f] += float64(gf * gf)
	w[f] -= float64(opt.Rate * gf / math.Sqrt(g2[f]+1e-8))
}

// weights32 rounds the trained weights to the model's float32.
func weights32(w []float64) []float32 {
	out := make([]float32, len(w))
	for i, v := range w {
		out[i] = float32(v)
	}
	return out
}

// The file format: a magic line, then little-endian binary.
//
//	"hearsay-model/1\n"
//	name, meta lines     uvarint length + bytes each (meta: uvarint count first)
//	bits                 uint8
//	bias                 float32
//	thresholds           uvarint count + float32 each
//	nonzero count        uvarint
//	per nonzero weight   uvarint gap from the previous index + float32
//	vocabulary count     uvarint
//	per vocabulary hash  uvarint gap from the previous hash
//
// Zero weights are left out: most of a hashed table is never touched.
const magic = "hearsay-model/1\n"

// MarshalBinary encodes the model. The same model gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	if len(m.Weights) != 1<<m.Bits {
		return nil, fmt.Errorf("learn: %d weights for 2^%d", len(m.Weights), m.Bits)
	}
	var b bytes.Buffer
	b.WriteString(magic)
	putString := func(s string) {
		b.Write(binary.AppendUvarint(nil, uint64(len(s))))
		b.WriteString(s)
	}
	putString(m.Name)
	b.Write(binary.AppendUvarint(nil, uint64(len(m.Meta))))
	for _, l := range m.Meta {
		putString(l)
	}
	b.WriteByte(byte(m.Bits))
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(m.Bias)))
	b.Write(binary.AppendUvarint(nil, uint64(len(m.Thresholds))))
	for _, t := range m.Thresholds {
		b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(t)))
	}
	nz := 0
	for _, v := range m.Weights {
		if v != 0 {
			nz++
		}
	}
	b.Write(binary.AppendUvarint(nil, uint64(nz)))
	prev := 0
	for i, v := range m.Weights {
		if v == 0 {
			continue
		}
		b.Write(binary.AppendUvarint(nil, uint64(i-prev)))
		b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(v)))
		prev = i
	}
	if !slices.IsSorted(m.Vocab) {
		return nil, errors.New("learn: vocabulary not sorted")
	}
	b.Write(binary.AppendUvarint(nil, uint64(len(m.Vocab))))
	var pv uint64
	for _, h := range m.Vocab {
		b.Write(binary.AppendUvarint(nil, h-pv))
		pv = h
	}
	return b.Bytes(), nil
}

// ErrFormat is returned, wrapped, for data that is not a model file.
var ErrFormat = errors.New("not a hearsay model")

// UnmarshalBinary decodes a model written by MarshalBinary.
func (m *Model) UnmarshalBinary(data []byte) error {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return fmt.Errorf("learn: %w: no %q header", ErrFormat, magic[:len(magic)-1])
	}
	r := &byteReader{b: data[len(magic):]}
	fail := func(what string, err error) error {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("learn: %w: %s: %w", ErrFormat, what, err)
	}
	getString := func() (string, error) {
		n, err := r.uvarint()
		if err != nil {
			return "", err
		}
		if n > 1<<16 {
			return "", errors.New("string too long")
		}
		s, err := r.next(int(n))
		if err != nil {
			return "", err
		}
		return string(s), nil
	}
	var out Model
	var err error
	if out.Name, err = getString(); err != nil {
		return fail("name", err)
	}
	nm, err := r.uvarint()
	if err != nil || nm > 1<<10 {
		return fail("meta count", cmpErr(err))
	}
	for range nm {
		l, err := getString()
		if err != nil {
			return fail("meta", err)
		}
		out.Meta = append(out.Meta, l)
	}
	bits, err := r.ReadByte()
	if err != nil {
		return fail("bits", err)
	}
	if bits < 8 || bits > 26 {
		return fail("bits", fmt.Errorf("%d out of range 8..26", bits))
	}
	out.Bits = uint(bits)
	readF32 := func() (float32, error) {
		f4, err := r.next(4)
		if err != nil {
			return 0, err
		}
		v := math.Float32frombits(binary.LittleEndian.Uint32(f4))
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return 0, errors.New("not a finite number")
		}
		return v, nil
	}
	if out.Bias, err = readF32(); err != nil {
		return fail("bias", err)
	}
	nt, err := r.uvarint()
	if err != nil || nt > 16 {
		return fail("threshold count", cmpErr(err))
	}
	for range nt {
		t, err := readF32()
		if err != nil {
			return fail("threshold", err)
		}
		out.Thresholds = append(out.Thresholds, t)
	}
	n := 1 << out.Bits
	nz, err := r.uvarint()
	if err != nil || nz > uint64(n) {
		return fail("weight count", cmpErr(err))
	}
	out.Weights = make([]float32, n)
	idx := 0
	for k := uint64(0); k < nz; k++ {
		// Gaps of one byte and their weights, most of a model, without a
		// call: the same checks in the same order as below.
		b, at := r.b, 0
		for ; k < nz && len(b)-at >= 5 && b[at] < 0x80; k++ {
			gap := int(b[at])
			if idx+gap >= n || (k > 0 && gap == 0) {
				return fail("weight index", fmt.Errorf("index beyond 2^%d", out.Bits))
			}
			idx += gap
			v := math.Float32frombits(binary.LittleEndian.Uint32(b[at+1 : at+5]))
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return fail("weight", errors.New("not a finite number"))
			}
			out.Weights[idx] = v
			at += 5
		}
		r.b = b[at:]
		if k == nz {
			break
		}
		gap, err := r.uvarint()
		if err != nil {
			return fail("weight index", err)
		}
		if gap > uint64(n) || idx+int(gap) >= n || (k > 0 && gap == 0) {
			return fail("weight index", fmt.Errorf("index beyond 2^%d", out.Bits))
		}
		idx += int(gap)
		if out.Weights[idx], err = readF32(); err != nil {
			return fail("weight", err)
		}
	}
	nv, err := r.uvarint()
	if err != nil || nv > 1<<22 {
		return fail("vocabulary count", cmpErr(err))
	}
	if nv > 0 {
		out.Vocab = make([]uint64, nv)
		var pv uint64
		for k := range out.Vocab {
			gap, err := r.uvarint()
			if err != nil {
				return fail("vocabulary", err)
			}
			if k > 0 && (gap == 0 || pv+gap < pv) {
				return fail("vocabulary", errors.New("not sorted"))
			}
			pv += gap
			out.Vocab[k] = pv
		}
	}
	if _, err := r.ReadByte(); err != io.EOF {
		return fail("end", errors.New("trailing bytes"))
	}
	out.SetVocab(out.Vocab)
	*m = out
	return nil
}

// A byteReader reads a model's encoding from its bytes: a model of a
// million weights is some hundreds of thousands of varints, which
// bufio.Reader's ReadByte, an interface call a byte, made a noticeable
// part of a process's start-up. Its errors are those of the bufio.Reader
// and binary.ReadUvarint it replaces.
type byteReader struct{ b []byte }

var errVarintOverflow = errors.New("binary: varint overflows a 64-bit integer")

func (r *byteReader) uvarint() (uint64, error) {
	v, n := binary.Uvarint(r.b)
	switch {
	case n > 0:
		r.b = r.b[n:]
		return v, nil
	case n < 0 || len(r.b) >= binary.MaxVarintLen64: // ten bytes that do not end one
		r.b = nil
		return 0, errVarintOverflow
	case len(r.b) == 0:
		return 0, io.EOF
	}
	r.b = nil
	return 0, io.ErrUnexpectedEOF
}

func (r *byteReader) ReadByte() (byte, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c, nil
}

// next returns the next n bytes, as io.ReadFull would read them.
func (r *byteReader) next(n int) ([]byte, error) {
	if len(r.b) < n {
		if len(r.b) == 0 {
			return nil, io.EOF
		}
		r.b = nil
		return nil, io.ErrUnexpectedEOF
	}
	p := r.b[:n:n]
	r.b = r.b[n:]
	return p, nil
}

func cmpErr(err error) error {
	if err == nil {
		return errors.New("out of range")
	}
	return err
}

const vocabFilterBits = 16

// SetVocab sets the model's vocabulary: hashes of the words it scores.
func (m *Model) SetVocab(v []uint64) {
	m.Vocab = slices.Clone(v)
	slices.Sort(m.Vocab)
	m.Vocab = slices.Compact(m.Vocab)
	m.filter = nil
	if len(m.Vocab) > 0 {
		m.filter = make([]uint64, 1<<vocabFilterBits/64)
		for _, h := range m.Vocab {
			b := h >> (64 - vocabFilterBits)
			m.filter[b>>6] |= 1 << (b & 63)
		}
	}
}

// InVocab reports whether the word hash h is in the model's vocabulary,
// or the model has none.
func (m *Model) InVocab(h uint64) bool {
	if len(m.Vocab) == 0 {
		return true
	}
	if m.filter != nil {
		if b := h >> (64 - vocabFilterBits); m.filter[b>>6]&(1<<(b&63)) == 0 {
			return false
		}
	}
	_, ok := slices.BinarySearch(m.Vocab, h)
	return ok
}

// Nonzero returns how many weights are not zero.
func (m *Model) Nonzero() int {
	n := 0
	for _, v := range m.Weights {
		if v != 0 {
			n++
		}
	}
	return n
}

// A Contribution is one feature's part of a score.
type Contribution struct {
	Feature string  // the feature's name
	Weight  float64 // its weight, the part of the score it adds
}

// Top returns the n contributions of largest magnitude, largest first,
// ties by name.
func Top(cs []Contribution, n int) []Contribution {
	cs = slices.Clone(cs)
	slices.SortFunc(cs, func(a, b Contribution) int {
		if x, y := math.Abs(a.Weight), math.Abs(b.Weight); x != y {
			if x > y {
				return -1
			}
			return 1
		}
		switch {
		case a.Feature < b.Feature:
			return -1
		case a.Feature > b.Feature:
			return 1
		}
		return 0
	})
	if len(cs) > n {
		cs = cs[:n]
	}
	return cs
}
