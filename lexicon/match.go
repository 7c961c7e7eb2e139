package lexicon

import (
	"slices"

	"github.com/hearsay-go/hearsay/internal/pool"
	"github.com/hearsay-go/hearsay/internal/wordset"
	"github.com/hearsay-go/hearsay/nlp"
)

// A Match is an occurrence of a lexicon entry in a document.
type Match struct {
	nlp.Span
	Text     string // the input at Span
	Entry    *Entry // the entry matched; shared, do not modify
	First    int    // index of the first matched token in Document.Tokens
	Last     int    // index of the last matched token (inclusive)
	Sentence int    // index of the sentence in Document.Sentences
}

// Match returns every occurrence of the lexicon's entries in doc, in order
// of position (longer matches first where two start together). Matches may
// overlap; see [Longest]. Phrases never cross a sentence boundary.
func (l *Lexicon) Match(doc *nlp.Document) []Match {
	return l.AppendMatch(nil, doc)
}

// AppendMatch appends to dst what [Lexicon.Match] returns, and returns
// the extended slice: a caller that matches document after document can
// reuse dst's memory.
func (l *Lexicon) AppendMatch(dst []Match, doc *nlp.Document) []Match {
	if l == nil || len(l.entries) == 0 || doc == nil {
		return dst
	}
	sc := scratchPool.Get()
	defer scratchPool.Put(sc)
	found := sc.found[:0]
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		ids := sc.ids[:0]
		for i := range s.Tokens {
			t := &s.Tokens[i]
			// A word's key is Key(t.Norm), another token's its Norm.
			if t.Kind == nlp.Word {
				ids = append(ids, wordID(t.Norm))
			} else {
				ids = append(ids, l.nonWordID(t.Norm))
			}
		}
		sc.ids = ids
		found = l.matchSentence(s, ids, found)
	}
	sc.found = found
	if len(found) == 0 {
		return dst
	}
	// Matches are collected as numbers first so that the result, which
	// the caller keeps, is allocated once at its exact size.
	at := len(dst)
	if dst == nil {
		dst = make([]Match, len(found))
	} else {
		dst = slices.Grow(dst, len(found))[:at+len(found)]
	}
	out := dst[at:]
	for k, f := range found {
		s := &doc.Sentences[f.sentence]
		first, last := f.tok, f.tok+int(f.n)-1
		sp := nlp.Span{Start: s.Tokens[first].Start, End: s.Tokens[last].End}
		out[k] = Match{
			Span:     sp,
			Text:     doc.Text[sp.Start:sp.End],
			Entry:    &l.entries[f.entry],
			First:    s.First + first,
			Last:     s.First + last,
			Sentence: f.sentence,
		}
	}
	return dst
}

// A found is a match as matchSentence records it: entry, sentence, and the
// term's first token and length in the sentence.
type found struct {
	entry, n      int32
	tok, sentence int
}

// A scratch holds Match's working slices between calls. They hold no
// pointers, so a pooled scratch keeps no document alive.
type scratch struct {
	ids   []uint32
	found []found
}

// scratchPool keeps the scratch of every size: it holds no pointers, and
// its slices grow to the longest sentence and the matches of the longest
// document matched.
var scratchPool = pool.New(func(*scratch) bool { return true })

// matchSentence appends the matches in one sentence, whose tokens' key
// numbers are given (see internHead; noID for a key no entry has).
func (l *Lexicon) matchSentence(s *nlp.Sentence, keys []uint32, out []found) []found {
	toks := s.Tokens
	for i := range toks {
		if int64(keys[i]) >= int64(len(l.heads)) {
			continue
		}
		h := &l.heads[keys[i]]
		rest := len(toks) - i
		if h.g < h.gEnd && rest > 1 && l.second(keys[i+1]) {
			if g, ok := l.group(h, keys[i+1]); ok {
				for _, c := range l.cands[g.start:g.end] {
					n := int(c.n)
					if n > rest || (n > 2 || c.flags&(Exact|Lower|Attributive) != 0) && !l.fits(c.entry, toks, keys, i) {
						continue
					}
					out = append(out, found{entry: c.entry, n: int32(n), tok: i, sentence: s.Index})
				}
			}
		}
		for _, c := range l.cands[h.one:h.oneEnd] {
			if c.flags&(Exact|Lower|Attributive) != 0 && !l.fits(c.entry, toks, keys, i) {
				continue
			}
			if n := toks[i].Norm; toks[i].Capitalized() && n != l.entries[c.entry].norms[0] && !pluralOf(n, l.entries[c.entry].norms[0]) && inName(toks, i) && !sentenceInitial(toks, i) && !titleCase(toks) {
				// a capitalized word inside a sentence that only shares
				// the entry's stem, next to another capitalized word, is
				// part of a name: "Mr. Madden" is not "maddening", nor
				// "Planned Parenthood" a plan
				continue
			}
			out = append(out, found{entry: c.entry, n: 1, tok: i, sentence: s.Index})
		}
	}
	return out
}

// fits checks the entry's tokens and flags against the tokens at i, of
// which the first two keys are known to fit. keys are the numbers of the
// tokens' keys: equal numbers are equal keys.
func (l *Lexicon) fits(entry int32, toks []nlp.Token, keys []uint32, i int) bool {
	e := &l.entries[entry]
	eids := &l.eids[entry]
	for j := 2; j < len(e.keys); j++ {
		if keys[i+j] != eids[j] {
			return false
		}
	}
	if e.Flags.Has(Exact) {
		for j := range e.keys {
			if toks[i+j].Norm != e.norms[j] {
				return false
			}
		}
	}
	if e.Flags.Has(Lower) && toks[i].Capitalized() && !sentenceInitial(toks, i) {
		return false
	}
	if e.Flags.Has(Attributive) && !attributive(toks, i+e.Len()-1) {
		return false
	}
	return true
}

// pluralOf reports whether w is the regular plural of word: "nazis" of
// "nazi", "fascists" of "fascist" (a capitalized plural is a group, not
// a name).
func pluralOf(w, word string) bool {
	return w == word+"s" || w == word+"es"
}

// inName reports whether the capitalized word at i stands next to
// another capitalized word (a title such as "Mr." too), as a name's
// words do.
func inName(toks []nlp.Token, i int) bool {
	return i > 0 && toks[i-1].Kind == nlp.Word && toks[i-1].Capitalized() ||
		i+1 < len(toks) && toks[i+1].Kind == nlp.Word && toks[i+1].Capitalized()
}

// titleCase reports whether most words of a sentence longer than three
// letters are capitalized, as in a headline ("Trump Claims Victory in
// Iowa"), where capitals say nothing of names.
func titleCase(toks []nlp.Token) bool {
	caps, words := 0, 0
	for k := range toks {
		if toks[k].Kind != nlp.Word || len(toks[k].Text) <= 3 {
			continue
		}
		words++
		if toks[k].Capitalized() {
			caps++
		}
	}
	return words > 0 && 2*caps > words
}

// sentenceInitial reports whether token i is the first word of its
// sentence (after any opening quotes or brackets).
func sentenceInitial(toks []nlp.Token, i int) bool {
	for j := range i {
		if toks[j].Kind == nlp.Word || toks[j].Kind == nlp.Number {
			return false
		}
	}
	return true
}

// determiners and other words after which an adjective stands before its
// noun: "the alleged plot", "two suspected militants", "of potential strikes".
var beforeAdjective = wordset.Of(
	"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their",
	"our", "my", "your", "'s", "'", "of", "in", "on", "at", "for", "with", "by", "from",
	"to", "into", "over", "under", "about", "against", "amid", "among", "and", "or",
	"but", "as", "any", "some", "several", "no", "other", "another", "such", "more",
	"most", "many", "few", "all", "both", "each", "every", "two", "three", "four",
	"one", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
	"regarding", "concerning", "despite", "without", "during", "after", "before",
	"behind", "toward", "towards", "via", "like", "unlike", "including", "per",
	"alleged", "suspected", "potential", "possible", "so-called", "purported",
)

// notNouns are words that cannot follow an attributive adjective.
var notNouns = wordset.Of(
	"that", "to", "by", "in", "on", "at", "of", "for", "with", "as", "and", "or",
	"but", "is", "was", "were", "are", "be", "been", "the", "a", "an", "this",
	"these", "those", "his", "her", "their", "its", "it", "he", "she", "they",
	"him", "them", "we", "i", "you", "not", "if", "whether", "from", "into",
	"than", "then", "so", "who", "which", "what", "when", "where", "how", "why",
)

// attributive reports whether the adjective at token i stands before a noun
// rather than acting as a verb ("Trump alleged that").
func attributive(toks []nlp.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	if next.Kind != nlp.Word && next.Kind != nlp.Number && next.Kind != nlp.OpenQuote {
		return false
	}
	if notNouns.Has(next.Norm) {
		return false
	}
	if next.Tag != "" {
		if t := next.Tag; t[0] != 'N' && t[0] != 'J' && t != "VBG" && t != "CD" {
			return false
		}
	}
	if i == 0 {
		return true
	}
	prev := toks[i-1]
	switch prev.Kind {
	case nlp.Punct, nlp.OpenQuote, nlp.CloseQuote, nlp.Quote, nlp.Number, nlp.Symbol:
		return true
	}
	return beforeAdjective.Has(prev.Norm)
}

// Longest removes matches that lie inside a longer match, so "could" does
// not count as a hedge inside "could not be independently verified", nor
// "criminal" inside "criminal enterprise". Matches with the same span are
// all kept. ms must be sorted by start, as Match returns them; the result
// keeps that order.
func Longest(ms []Match) []Match {
	return AppendLongest(make([]Match, 0, len(ms)), ms)
}

// AppendLongest appends to dst the matches of ms that [Longest] keeps, and
// returns the extended slice. With dst = ms[:0] it filters ms in place.
func AppendLongest(dst, ms []Match) []Match {
	return AppendLongestOf(dst, ms, "")
}

// AppendLongestOf is [AppendLongest] over the matches of ms of category c
// (all of them when c is empty), as if the others were not there: one
// pass that reads each match once and copies only those it keeps.
func AppendLongestOf(dst, ms []Match, c Category) []Match {
	out := dst
	maxEnd, minStart := -1, 0 // the furthest end so far, and the earliest start reaching it
	for i := range ms {
		m := &ms[i]
		if c != "" && m.Entry.Category != c {
			continue
		}
		// Every earlier match starts at or before m, so m lies inside a
		// longer one exactly when an earlier one reaches past its end, or
		// reaches its end from an earlier start.
		if !(maxEnd > m.End || maxEnd == m.End && minStart < m.Start) {
			out = append(out, *m)
		}
		switch {
		case m.End > maxEnd:
			maxEnd, minStart = m.End, m.Start
		case m.End == maxEnd && m.Start < minStart:
			minStart = m.Start
		}
	}
	return out
}
