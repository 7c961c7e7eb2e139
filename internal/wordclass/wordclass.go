// Package wordclass maps words to the classes that hold them, as bits,
// for the stages that ask about every token of a document. Most tokens
// are in no class and the common ones ("the", "to", "and") are in some,
// so a lookup must be cheap both ways: a bitmap indexed by a hash of the
// word's length and a few of its bytes turns nearly every other word
// away, and an open-addressed table whose slots keep the hash finds a
// word's bits while comparing its bytes only when the hashes agree.
package wordclass

import "fmt"

// A Table maps words to bits. The zero Table is empty. A Table is never
// changed once built, and is safe for concurrent use.
type Table struct {
	seen  [1 << (seenBits - 6)]uint64 // a bit per value of the hash's top seenBits bits
	slots []slot                      // a power of two long, at most half full
	shift uint                        // 64 - log2(len(slots)): the hash's top bits index slots
	text  string                      // the words, one after the other
}

// seenBits is the size of the bitmap in bits, as a power of two: 4 KB,
// in which a few hundred words leave about one word in a hundred of the
// others to the slots.
const seenBits = 15

type slot struct {
	bits uint64 // the word's bits
	hash uint32 // the hash's low 32 bits (see find)
	off  uint16 // the word is text[off:off+n]
	n    uint8  // 0 for an empty slot
}

// New returns a table of the words of m and their bits. A word that is
// "" or has no bits is left out: looking it up gives 0 all the same. The
// words together take at most 64 KB, each at most 255 bytes.
func New(m map[string]uint64) (*Table, error) {
	t := &Table{}
	n := 0
	for w, bits := range m {
		if w != "" && bits != 0 {
			n++
		}
	}
	t.shift = 64 - 1
	for 1<<(64-t.shift) < 2*n {
		t.shift--
	}
	t.slots = make([]slot, 1<<(64-t.shift))
	mask := uint64(len(t.slots) - 1)
	var text []byte
	for w, bits := range m {
		if w == "" || bits == 0 {
			continue
		}
		if len(w) > 255 || len(text)+len(w) > 1<<16 {
			return nil, fmt.Errorf("wordclass: %q: a word over 255 bytes or words over 64 KB in all", w)
		}
		h := hash(w)
		b := h >> (64 - seenBits)
		t.seen[b>>6] |= 1 << (b & 63)
		i := h >> t.shift
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = slot{bits, uint32(h), uint16(len(text)), uint8(len(w))}
		text = append(text, w...)
	}
	t.text = string(text)
	return t, nil
}

// hash hashes w, which is not "", by its length and its first, middle and
// last bytes. find counts on them being packed into the low 32 bits
// before the multiplication.
func hash(w string) uint64 {
	n := len(w)
	return (uint64(w[0]) | uint64(w[n-1])<<8 | uint64(w[n>>1])<<16 | uint64(n)<<24) * 0x9e3779b97f4a7c15
}

// Of returns the bits of w, 0 for a word not in t.
func (t *Table) Of(w string) uint64 {
	if w == "" || t.slots == nil {
		return 0
	}
	h := hash(w)
	if b := h >> (64 - seenBits); t.seen[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	return t.find(w, h)
}

// find returns the bits of w, whose hash is h.
//
// A word of up to three bytes is all in what hash reads of it: its
// length and bytes, packed into 32 bits, then multiplied by an odd
// number, which maps the values of the low 32 bits one to one. Two such
// words of the same length are equal when the low 32 bits of their
// hashes are, so the commonest words of a text are found without
// comparing their bytes.
func (t *Table) find(w string, h uint64) uint64 {
	slots := t.slots
	mask := uint64(len(slots) - 1)
	for i := h >> t.shift; ; i++ {
		s := &slots[i&mask]
		if s.n == 0 {
			return 0
		}
		if s.hash == uint32(h) && int(s.n) == len(w) && (len(w) <= 3 || t.text[s.off:int(s.off)+len(w)] == w) {
			return s.bits
		}
	}
}

// Len returns the number of words in t.
func (t *Table) Len() int {
	n := 0
	for i := range t.slots {
		if t.slots[i].n != 0 {
			n++
		}
	}
	return n
}
