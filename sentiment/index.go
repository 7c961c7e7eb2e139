package sentiment

import (
	"math"
	"math/bits"

	"github.com/hearsay-go/hearsay/nlp"
)

// index maps a token's Norm to its entry in one probe for most tokens: an
// open-addressing hash table, at most a quarter full, so that most Norms
// that are not keys land on an empty slot and cost no comparison of
// strings.
//
// In an analysis the tables of the other stages evict the index between
// one document's sentences and the next's, so that each cache line a
// lookup reads is likely a miss. Most Norms that are no key read only a
// line of a small filter; and the part of an entry that finding it and
// scoring its token read, its hotEntry, is 32 bytes, two to a line, kept
// apart from the rest.
type index struct {
	slots []uint32 // 1 + the number of an entry in entries; 0: empty
	// filter has the bit of each key's hash's top 17 bits set: 16 KiB
	// that turn away nineteen in twenty of the Norms that are no key,
	// about half of all, before they read the larger slots.
	filter  *[filterWords]uint64
	hot     []hotEntry
	entries []entry
	// maxPhrase is the number of tokens of the longest phrase, at least 1.
	maxPhrase int
	// single holds the entry numbers of the Norms of one byte, a quarter
	// of the tokens of news (punctuation, "a", "I"), to spare them the
	// hash: -1 for the bytes that are no key.
	single [256]int32
}

const filterWords = 1 << 11 // 64-bit words of index.filter

// hotEntry is the part of an entry that findAll and score read for
// every token that has one.
type hotEntry struct {
	words   keyWords // of the key, to compare it without comparing strings
	valence float64
	n       uint32 // the key's length, at most math.MaxUint32
	flags   uint16
	phrases bool // whether phrases start with the key
}

// indexBuilder collects the entries of an index.
type indexBuilder struct {
	num     map[string]int32 // entries by key
	entries []entry
}

func newIndexBuilder(n int) *indexBuilder {
	return &indexBuilder{num: make(map[string]int32, n), entries: make([]entry, 0, n)}
}

// at returns key's entry, adding it if need be. The pointer is valid
// until the next call.
func (b *indexBuilder) at(key string) *entry {
	i, ok := b.num[key]
	if !ok {
		i = int32(len(b.entries))
		b.num[key] = i
		b.entries = append(b.entries, entry{key: key})
	}
	return &b.entries[i]
}

// build returns the index of the entries. The Norms inside phrases are
// keys too, as neutral entries where they are not keys already, so that
// matching a phrase compares the entry numbers of tokens rather than
// their strings.
func (b *indexBuilder) build() index {
	for i := range b.entries {
		for _, p := range b.entries[i].phrases {
			for _, norm := range p.rest {
				b.at(norm)
			}
		}
	}
	x := index{entries: b.entries, hot: make([]hotEntry, len(b.entries)), maxPhrase: 1}
	for i := range x.entries {
		e := &x.entries[i]
		for j := range e.phrases {
			p := &e.phrases[j]
			x.maxPhrase = max(x.maxPhrase, 1+len(p.rest))
			p.ids = make([]int32, len(p.rest))
			for k, norm := range p.rest {
				p.ids[k] = b.num[norm]
			}
			e.second |= 1 << (p.ids[0] % 64)
		}
	}

	size := 8
	for size < 4*len(x.entries) {
		size *= 2
	}
	x.slots = make([]uint32, size)
	x.filter = new([filterWords]uint64)
	for c := range x.single {
		x.single[c] = -1
	}
	mask := uint64(size - 1)
	for i := range x.entries {
		e := &x.entries[i]
		x.hot[i] = hotEntry{
			words:   wordsOf(e.key),
			valence: e.valence,
			n:       uint32(min(uint64(len(e.key)), math.MaxUint32)),
			flags:   e.flags,
			phrases: len(e.phrases) > 0,
		}
		h := x.hot[i].words.hash(len(e.key))
		x.filter[h>>53] |= 1 << (h >> 47 & 63)
		j := h & mask
		for x.slots[j] != 0 {
			j = (j + 1) & mask
		}
		x.slots[j] = uint32(i + 1)
		if len(e.key) == 1 {
			x.single[e.key[0]] = int32(i)
		}
	}
	return x
}

// findAll sets ids[i] to the number of toks[i].Norm's entry, or to -1
// when it has none.
func (x *index) findAll(toks []nlp.Token, ids []int32) {
	ids = ids[:len(toks)]
	if len(x.slots) == 0 {
		for i := range ids {
			ids[i] = -1
		}
		return
	}
	mask := uint64(len(x.slots) - 1)
	for i := range toks {
		norm := toks[i].Norm
		if len(norm) == 1 {
			ids[i] = x.single[norm[0]]
			continue
		}
		// wordsOf, written out: calling it costs as much as the rest.
		var w keyWords
		switch n := len(norm); {
		case n >= 8:
			w = keyWords{load64(norm[:8]), load64(norm[n-8:])}
		case n >= 4:
			w = keyWords{load32(norm[:4]), load32(norm[n-4:])}
		case n > 0:
			w.a = uint64(norm[0])<<16 | uint64(norm[n>>1])<<8 | uint64(norm[n-1])
		}
		id := int32(-1)
		h := w.hash(len(norm))
		if x.filter[h>>53]&(1<<(h>>47&63)) == 0 {
			ids[i] = -1
			continue
		}
		for j := h & mask; ; j = (j + 1) & mask {
			s := x.slots[j]
			if s == 0 {
				break
			}
			// The words determine Norms of up to 16 bytes.
			if e := &x.hot[s-1]; e.words == w && int(e.n) == len(norm) && (len(norm) <= 16 || x.entries[s-1].key == norm) {
				id = int32(s - 1)
				break
			}
		}
		ids[i] = id
	}
}

// mayStartPhrase reports whether the token whose entry is e, the i'th of
// those whose entries are ids, may start one of e's phrases: whether the
// token after it may be a phrase's second. Most phrase starts ("the",
// ",") are passed over here without trying their phrases.
func (e *entry) mayStartPhrase(ids []int32, i int) bool {
	return e.second != 0 && i+1 < len(ids) && ids[i+1] >= 0 && e.second&(1<<(ids[i+1]%64)) != 0
}

// keyWords are a Norm's first and last eight bytes, or as many as it
// has: with its length, they determine a Norm of up to 16 bytes, which
// nearly all words are, so that comparing them compares the Norms.
type keyWords struct{ a, b uint64 }

func wordsOf(s string) keyWords {
	n := len(s)
	switch {
	case n >= 8:
		return keyWords{load64(s[:8]), load64(s[n-8:])}
	case n >= 4:
		return keyWords{load32(s[:4]), load32(s[n-4:])}
	case n > 0:
		return keyWords{uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1]), 0}
	}
	return keyWords{}
}

// hash mixes the words of a Norm of n bytes with one wide
// multiplication, as wyhash does.
func (w keyWords) hash(n int) uint64 {
	hi, lo := bits.Mul64(w.a^0x243f6a8885a308d3, w.b^0x13198a2e03707344^uint64(n))
	return hi ^ lo
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}
