package learn

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
)

// unmarshalReference is UnmarshalBinary as it was with a bufio.Reader,
// kept to hold the byte-slice reader to the same answers.
func (m *Model) unmarshalReference(data []byte) error {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return fmt.Errorf("learn: %w: no %q header", ErrFormat, magic[:len(magic)-1])
	}
	r := bufio.NewReader(bytes.NewReader(data[len(magic):]))
	fail := func(what string, err error) error {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("learn: %w: %s: %w", ErrFormat, what, err)
	}
	getString := func() (string, error) {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return "", err
		}
		if n > 1<<16 {
			return "", errors.New("string too long")
		}
		s := make([]byte, n)
		if _, err := io.ReadFull(r, s); err != nil {
			return "", err
		}
		return string(s), nil
	}
	var out Model
	var err error
	if out.Name, err = getString(); err != nil {
		return fail("name", err)
	}
	nm, err := binary.ReadUvarint(r)
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
	var f4 [4]byte
	readF32 := func() (float32, error) {
		if _, err := io.ReadFull(r, f4[:]); err != nil {
			return 0, err
		}
		v := math.Float32frombits(binary.LittleEndian.Uint32(f4[:]))
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return 0, errors.New("not a finite number")
		}
		return v, nil
	}
	if out.Bias, err = readF32(); err != nil {
		return fail("bias", err)
	}
	nt, err := binary.ReadUvarint(r)
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
	nz, err := binary.ReadUvarint(r)
	if err != nil || nz > uint64(n) {
		return fail("weight count", cmpErr(err))
	}
	out.Weights = make([]float32, n)
	idx := 0
	for k := uint64(0); k < nz; k++ {
		gap, err := binary.ReadUvarint(r)
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
	nv, err := binary.ReadUvarint(r)
	if err != nil || nv > 1<<22 {
		return fail("vocabulary count", cmpErr(err))
	}
	if nv > 0 {
		out.Vocab = make([]uint64, nv)
		var pv uint64
		for k := range out.Vocab {
			gap, err := binary.ReadUvarint(r)
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

// checkSameDecoding fails unless UnmarshalBinary and unmarshalReference
// give the same model, or the same error, for data.
func checkSameDecoding(t interface {
	Helper()
	Fatalf(string, ...any)
}, data []byte) {
	t.Helper()
	var got, want Model
	gerr, werr := got.UnmarshalBinary(data), want.unmarshalReference(data)
	if fmt.Sprint(gerr) != fmt.Sprint(werr) {
		t.Fatalf("error %v, want %v", gerr, werr)
	}
	if gerr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("decoded a different model")
	}
}
