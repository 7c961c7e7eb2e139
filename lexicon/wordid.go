package lexicon

import (
	"sync/atomic"
	"unsafe"
)

// Match needs only a word's key number, not its key. idSets cache that
// number for words of up to idMaxLen bytes in a table laid out so that a
// lookup reads one cache line and nothing else: each way holds the word's
// bytes itself. keySets, which needs a second line for the entry, answers
// the rest and fills idSets.
//
// A set's ways are written and read under a sequence lock made of
// atomics: a reader that sees the sequence change, or odd (a writer is
// filling a way), goes to keySets instead, so it never takes one word's
// bytes with another's number.
//
// The table is a variable, not an allocation: a program pays only for
// the pages it touches, and the collector neither counts it in the heap,
// which started it at once in every process, nor scans it, which holds no
// pointers. The linker aligns a variable to at most 32 bytes, so the
// table starts at the first cache line of a variable one set longer.
var idSets = (*[1 << 14]idSet)(unsafe.Add(unsafe.Pointer(&idSetsMem), -uintptr(unsafe.Pointer(&idSetsMem))&63)) // 1 MiB, room for 32,768 words

var idSetsMem [1<<14 + 1]idSet

const idMaxLen = 16

// An idSet is 64 bytes, one cache line.
type idSet struct {
	// seq counts writes in its low 32 bits, odd while one is under way;
	// the high 32 bits hold the headGen the ways' numbers are valid for.
	seq  atomic.Uint64
	ways [2]idWay
	_    [8]byte
}

// An idWay holds a word as wordID reads it, and its number.
type idWay struct {
	a, b atomic.Uint64
	meta atomic.Uint64 // number | length<<32 | 1<<40; 0 when empty
}

// wordID returns keyID(norm)'s number.
func wordID(norm string) uint32 {
	n := len(norm)
	if n > idMaxLen {
		_, id := keyID(norm)
		return id
	}
	// a, b and n identify a word of up to 16 bytes: the overlapping
	// loads that keyHash hashes cover every byte of so short a word.
	var a, b uint64
	switch {
	case n >= 8:
		a, b = le64(norm), le64(norm[n-8:])
	case n >= 4:
		a, b = uint64(le32(norm)), uint64(le32(norm[n-4:]))
	case n > 0:
		a = uint64(norm[0])<<16 | uint64(norm[n>>1])<<8 | uint64(norm[n-1])
	}
	set := &idSets[mix(a^keySeed, b^uint64(n)*0x9e3779b97f4a7c15)&(uint64(len(idSets))-1)]
	gen := headGen.Load()
	meta := uint64(n)<<32 | 1<<40
	seq := set.seq.Load()
	if seq&1 == 0 && uint32(seq>>32) == gen {
		for w := range set.ways {
			way := &set.ways[w]
			m := way.meta.Load()
			if m&^0xffffffff == meta && way.a.Load() == a && way.b.Load() == b && set.seq.Load() == seq {
				return uint32(m)
			}
		}
	}
	_, id := keyID(norm)
	set.put(seq, gen, a, b, meta|uint64(id))
	return id
}

// put stores a word's way in the set, unless another writer has been at
// the set since the reader saw it at seq. The number, asked after gen was
// read, is valid for gen.
func (set *idSet) put(seq uint64, gen uint32, a, b, meta uint64) {
	if seq&1 != 0 || !set.seq.CompareAndSwap(seq, seq+1) {
		return
	}
	ways := &set.ways
	if uint32(seq>>32) != gen { // every number in the set may be stale
		ways[0].meta.Store(0)
		ways[1].meta.Store(0)
	}
	// The empty way, else the older of the two.
	w := int(uint32(seq)>>1) & 1
	if ways[0].meta.Load() == 0 {
		w = 0
	} else if ways[1].meta.Load() == 0 {
		w = 1
	}
	ways[w].a.Store(a)
	ways[w].b.Store(b)
	ways[w].meta.Store(meta)
	set.seq.Store(uint64(gen)<<32 | uint64(uint32(seq)+2))
}
