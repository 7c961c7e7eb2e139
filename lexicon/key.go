package lexicon

import (
	"bytes"
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
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

// keySlots memoize Key in a direct-mapped cache: a slot holds the last
// word that hashed to it. News vocabulary is Zipfian, so nearly every token
// after the first few documents hits, at the cost of one hash and one
// string compare; snowball costs about 0.6µs a word. A colliding word
// evicts the slot's word, which is then stemmed again when it returns.
var (
	keySlots [1 << 16]atomic.Pointer[keyEntry]
	keySeed  = maphash.MakeSeed()
)

type keyEntry struct {
	norm, key string
	id        uint32 // headID(key) as of generation gen
	gen       uint32
}

// Entry keys are numbered so that a lexicon finds the entries of a word's
// key by index rather than by hashing the key again, and compares a
// phrase's keys as numbers. Only keys of the entries of some built lexicon
// get a number (the table stays as small as the lexicons); any other key
// has noID. Whenever a build numbers a new key, headGen moves on, and
// cached ids of older generations are looked up again.
const noID = ^uint32(0)

var (
	headMu  sync.RWMutex
	headIDs = map[string]uint32{}
	headGen atomic.Uint32
)

// internHead returns the number of entry key k, numbering it if it is new.
func internHead(k string) uint32 {
	headMu.Lock()
	defer headMu.Unlock()
	id, ok := headIDs[k]
	if !ok {
		id = uint32(len(headIDs))
		headIDs[strings.Clone(k)] = id
		headGen.Add(1)
	}
	return id
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
	// Two slots a word: the one its hash names and its neighbour, so that
	// two frequent words that hash alike do not evict each other. A new
	// word goes to the first, whose word moves to the second.
	h := maphash.String(keySeed, norm) & (uint64(len(keySlots)) - 1)
	slot, alt := &keySlots[h], &keySlots[h^1]
	gen := headGen.Load()
	e := slot.Load()
	if e == nil || e.norm != norm {
		e = alt.Load()
		if e != nil && e.norm != norm {
			e = nil
		}
		if e != nil {
			slot, alt = alt, slot
		}
	}
	if e != nil {
		if e.gen == gen {
			return e.key, e.id
		}
		id := headID(e.key)
		slot.Store(&keyEntry{norm: e.norm, key: e.key, id: id, gen: gen})
		return e.key, id
	}
	k := computeKey(norm)
	id := headID(k)
	if old := slot.Load(); old != nil {
		alt.Store(old)
	}
	// Clone: norm may be a slice of a large document.
	slot.Store(&keyEntry{norm: strings.Clone(norm), key: k, id: id, gen: gen})
	return k, id
}

func computeKey(w string) string {
	if lemma, ok := forms()[w]; ok {
		w = lemma
	}
	s := english.Stem(w, false)
	if len(w) > 4 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(s, "li") && !strings.HasSuffix(s, "ly") {
		s += "|ly"
	}
	return strings.Clone(s)
}
