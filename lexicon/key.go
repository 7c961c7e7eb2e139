package lexicon

import (
	"bytes"
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

// keyCache memoizes Key. News vocabulary is Zipfian, so a bounded cache
// catches nearly every token after the first few documents; snowball costs
// about 0.6µs a word.
var (
	keyCache     sync.Map
	keyCacheSize atomic.Int64
)

const maxKeyCache = 1 << 18

// Key returns the form under which a token matches lexicon terms: the
// snowball English stem of its lemma. norm is a token's normalized form
// (nlp.Token.Norm). An adverb in -ly keeps a marker, so "reportedly" and
// "allegedly" do not meet "reported" and "alleged". Key is safe for
// concurrent use.
func Key(norm string) string {
	if v, ok := keyCache.Load(norm); ok {
		return v.(string)
	}
	k := computeKey(norm)
	if keyCacheSize.Add(1) <= maxKeyCache {
		// Clone: norm may be a slice of a large document.
		keyCache.Store(strings.Clone(norm), k)
	}
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
