package lexicon

import (
	"bytes"
	"math/bits"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
)

// forms maps irregular forms to their lemma ("said" → "say", "was" → "be",
// "n't" → "not") so that stemming meets them. It is embedded data.
var forms = sync.OnceValue(func() map[string]string {
	b, err := embedded.ReadFile("data/en/" + formsFile)
	if err != nil {
		panic("lexicon: embedded data: " + err.Error())
	}
	m, err := parseForms(bytes.NewReader(b), formsFile)
	if err != nil {
		panic("lexicon: embedded data: " + err.Error())
	}
	return m
})

// keySets memoize Key in a set-associative cache: a word's hash names a
// set of keyWays slots, and a hash fragment per slot (its tag) says which
// slot can hold the word, so a lookup reads one cache line of the table and
// one entry. News vocabulary is Zipfian, and fourteen thousand varied
// documents hold about 30,000 distinct words, so after the first documents
// nearly every token hits; stemming costs 0.2–0.6µs a word (see stem). A word
// arriving in a full set evicts a slot chosen at random.
//
// The table is allocated rather than declared: the linker aligns a
// variable to at most 32 bytes, and a set that straddles two cache lines
// costs two misses, while a large allocation starts on a page. It is
// allocated when a word is first looked up, not when the program starts:
// a program that analyzes nothing (hearsay version, help) does not hold
// it, and one that does holds it only once its tables are built, so that
// its megabyte does not start a collection among them.
var (
	keySetsPtr atomic.Pointer[[1 << 14]keySet] // 1 MiB, room for 114,688 words
	keySeed    = rand.Uint64() | 1
)

// keySets returns the table, allocating it on first use.
func keySets() *[1 << 14]keySet {
	if t := keySetsPtr.Load(); t != nil {
		return t
	}
	keySetsPtr.CompareAndSwap(nil, new([1 << 14]keySet))
	return keySetsPtr.Load()
}

const (
	keyWays    = 7
	keyTagBits = 64 / keyWays // 9
	keyTagMask = 1<<keyTagBits - 1
)

// A keySet is 64 bytes, the size of a cache line. A tag and its slot are
// stored one after the other, not together, so a tag is only a hint: the
// entry always confirms its word.
type keySet struct {
	tags  atomic.Uint64 // keyTagBits a slot: a fragment of its word's hash, 0 when empty
	slots [keyWays]atomic.Pointer[keyEntry]
}

// A keyEntry is one 64-byte block, which holds a short word's bytes
// itself: a lookup then touches the slot and the entry, and not a third
// place in memory for the word.
type keyEntry struct {
	id    uint32 // headID(key) as of generation gen
	gen   uint32
	key   string
	long  string // the word, when it is longer than short
	n     uint8  // the word's length when it is in short, else 0xff
	short [23]byte
}

func newKeyEntry(norm, key string, id, gen uint32) *keyEntry {
	e := &keyEntry{key: key, id: id, gen: gen, n: 0xff}
	if len(norm) <= len(e.short) {
		e.n = uint8(copy(e.short[:], norm))
	} else {
		e.long = strings.Clone(norm) // norm may be a slice of a large document
	}
	return e
}

// is reports whether e is the entry of norm.
func (e *keyEntry) is(norm string) bool {
	if len(norm) <= len(e.short) {
		return int(e.n) == len(norm) && string(e.short[:len(norm)]) == norm
	}
	return e.long == norm
}

// Entry keys are numbered so that a lexicon finds the entries of a word's
// key by index rather than by hashing the key again, and compares a
// phrase's keys as numbers. Only keys of the entries of some live lexicon
// have a number (the table stays as small as the lexicons); any other key
// has noID. Each lexicon holds a reference to the numbers of its keys and
// gives them back when it is garbage collected (see releaseHeads), so a
// program that builds and drops lexicons does not grow; a freed number is
// given to the next new key. Whenever a key is numbered or loses its
// number, headGen moves on, and cached ids of older generations are looked
// up again.
const noID = ^uint32(0)

var (
	headMu   sync.RWMutex
	headIDs  = map[string]uint32{}
	headKeys []string // by number; "" for a free number
	headRefs []int32  // by number: the live lexicons that hold it
	headFree []uint32 // free numbers
	headGen  atomic.Uint32
)

// reserveHeads makes room for n numbered keys when none is numbered yet:
// the first lexicon built, the default one's some 1,700 keys, numbers
// them into a map and lists made at their size rather than grown.
func reserveHeads(n int) {
	headMu.Lock()
	defer headMu.Unlock()
	if len(headIDs) == 0 && len(headKeys) == 0 {
		headIDs = make(map[string]uint32, n)
		headKeys = make([]string, 0, n)
		headRefs = make([]int32, 0, n)
	}
}

// internHead returns the number of entry key k, numbering it if it is new,
// and takes a reference to it for a lexicon being built.
func internHead(k string) uint32 {
	headMu.Lock()
	defer headMu.Unlock()
	id, ok := headIDs[k]
	if !ok {
		k = strings.Clone(k)
		if n := len(headFree); n > 0 {
			id, headFree = headFree[n-1], headFree[:n-1]
			headKeys[id] = k
		} else {
			id = uint32(len(headKeys))
			headKeys = append(headKeys, k)
			headRefs = append(headRefs, 0)
		}
		headIDs[k] = id
		headGen.Add(1)
	}
	headRefs[id]++
	return id
}

// releaseHeads gives back a dropped lexicon's references to the numbers
// of its keys; a number no lexicon holds any more is freed.
func releaseHeads(ids []uint32) {
	headMu.Lock()
	defer headMu.Unlock()
	freed := false
	for _, id := range ids {
		if headRefs[id]--; headRefs[id] == 0 {
			delete(headIDs, headKeys[id])
			headKeys[id] = ""
			headFree = append(headFree, id)
			freed = true
		}
	}
	if freed {
		headGen.Add(1)
	}
}

// headID returns the number of entry key k, or noID.
func headID(k string) uint32 {
	headMu.RLock()
	defer headMu.RUnlock()
	if id, ok := headIDs[k]; ok {
		return id
	}
	return noID
}

// Key returns the form under which a token matches lexicon terms: the
// snowball English stem of its lemma. norm is a token's normalized form
// (nlp.Token.Norm). An adverb in -ly keeps a marker, so "reportedly" and
// "allegedly" do not meet "reported" and "alleged". Key is safe for
// concurrent use.
func Key(norm string) string {
	k, _ := keyID(norm)
	return k
}

// keyID returns Key(norm) and its head number (see internHead), or noID.
func keyID(norm string) (string, uint32) {
	h := keyHash(norm)
	sets := keySets()
	set := &sets[h&(uint64(len(sets))-1)]
	tag := h >> (64 - keyTagBits)
	if tag == 0 {
		tag = 1
	}
	gen := headGen.Load()
	tags := set.tags.Load()
	for w := range keyWays {
		if tags>>(w*keyTagBits)&keyTagMask != tag {
			continue
		}
		e := set.slots[w].Load()
		if e == nil || !e.is(norm) {
			continue
		}
		if e.gen == gen {
			return e.key, e.id
		}
		id := headID(e.key)
		ne := *e
		ne.id, ne.gen = id, gen
		set.slots[w].Store(&ne)
		return e.key, id
	}
	k := computeKey(norm)
	id := headID(k)
	w := rand.IntN(keyWays)
	for v := range keyWays {
		if tags>>(v*keyTagBits)&keyTagMask == 0 {
			w = v
			break
		}
	}
	set.slots[w].Store(newKeyEntry(norm, k, id, gen))
	shift := w * keyTagBits
	for {
		old := set.tags.Load()
		if set.tags.CompareAndSwap(old, old&^(keyTagMask<<shift)|tag<<shift) {
			break
		}
	}
	return k, id
}

// keyHash hashes a word for keySets. Words are short, and for them this
// costs a third of hash/maphash: two overlapping loads of up to 8 bytes
// (which the compiler turns into single loads) and one multiplication,
// all inlined. The seed is random, so which words share a set differs
// from process to process.
func keyHash(s string) uint64 {
	n := len(s)
	var a, b uint64
	switch {
	case n >= 8:
		for len(s) > 16 { // rare: fold all but the last 16 bytes into b
			b = mix(b^le64(s), keySeed)
			s = s[8:]
		}
		a, b = le64(s), b^le64(s[len(s)-8:])
	case n >= 4:
		a, b = uint64(le32(s)), uint64(le32(s[n-4:]))
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	return mix(a^keySeed, b^uint64(n)*0x9e3779b97f4a7c15)
}

func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func computeKey(w string) string {
	if lemma, ok := forms()[w]; ok {
		w = lemma
	}
	s := stem(w)
	if len(w) > 4 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(s, "li") && !strings.HasSuffix(s, "ly") {
		s += "|ly"
	}
	return strings.Clone(s)
}
