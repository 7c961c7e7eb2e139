// Package wordset holds the fixed sets of words that the analysis
// packages ask about token by token: titles and abbreviations, function
// words, word classes. Most words looked up are in no set, so a set keeps
// a filter in front of its map: one bit, indexed by the word's length and
// its first and last bytes, turns nearly all of them away before the map
// hashes them.
package wordset

import "iter"

// A Set is a set of words. The zero Set is empty and ready to use. A Set
// is safe for concurrent reads once no more words are added.
type Set struct {
	m      map[string]struct{}
	filter Filter
}

// Of returns a set of words.
func Of(words ...string) *Set {
	s := &Set{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		s.Add(w)
	}
	return s
}

// Add adds w to s.
func (s *Set) Add(w string) {
	if s.m == nil {
		s.m = make(map[string]struct{})
	}
	s.m[w] = struct{}{}
	s.filter.Add(w)
}

// Has reports whether w is in s.
func (s *Set) Has(w string) bool {
	if !s.filter.May(w) {
		return false
	}
	_, ok := s.m[w]
	return ok
}

// HasBytes is Has of string(w), without converting it.
func (s *Set) HasBytes(w []byte) bool {
	if n := len(w); n != 0 && s.filter[w[0]&31]&(1<<((uint(n)+7*uint(w[n-1]))&63)) == 0 {
		return false
	}
	_, ok := s.m[string(w)]
	return ok
}

// Len returns the number of words in s.
func (s *Set) Len() int { return len(s.m) }

// All yields the words of s, in no particular order.
func (s *Set) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range s.m {
			if !yield(w) {
				return
			}
		}
	}
}

// A Filter turns away most words that are not among those added, in
// one bit test: a bit per first byte, length and last byte. A word
// added always passes, and so does the empty word. Filters are words of
// bits, so that the filters of several sets can be combined with | and
// tested with one FilterBit. A Filter is safe for concurrent reads once
// no more words are added.
type Filter [32]uint64

// FilterBit returns the index and the bit of w, which is not "", in a
// Filter.
func FilterBit(w string) (int, uint64) {
	n := len(w)
	return int(w[0] & 31), 1 << ((uint(n) + 7*uint(w[n-1])) & 63)
}

// Add adds w to f.
func (f *Filter) Add(w string) {
	if w != "" {
		i, b := FilterBit(w)
		f[i] |= b
	}
}

// May reports whether w may have been added to f: false means it was
// not.
func (f *Filter) May(w string) bool {
	if w == "" {
		return true
	}
	i, b := FilterBit(w)
	return f[i]&b != 0
}
