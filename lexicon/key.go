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

type keyEntry struct{ norm, key string }

// Key returns the form under which a token matches lexicon terms: the
// snowball English stem of its lemma. norm is a token's normalized form
// (nlp.Token.Norm). An adverb in -ly keeps a marker, so "reportedly" and
// "allegedly" do not meet "reported" and "alleged". Key is safe for
// concurrent use.
func Key(norm string) string {
	slot := &keySlots[maphash.String(keySeed, norm)&(uint64(len(keySlots))-1)]
	if e := slot.Load(); e != nil && e.norm == norm {
		return e.key
	}
	k := computeKey(norm)
	// Clone: norm may be a slice of a large document.
	slot.Store(&keyEntry{norm: strings.Clone(norm), key: k})
	return k
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
