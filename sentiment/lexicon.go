package sentiment

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay/nlp"
)

// MaxValence bounds a lexicon entry's valence: VADER's raters scored words
// from -4 (extremely negative) to +4 (extremely positive), and the compound
// normalisation assumes that scale.
const MaxValence = 4

var (
	vaderLexicon = sync.OnceValue(func() *Lexicon {
		l := vaderTerms()
		l.name = "vader"
		l.compile()
		return l
	})
	// Builtin lays news.tsv's terms over VADER's, and only the result's
	// index is compiled into the program (builtin_index_gen.go): a
	// program that never asks for VADER itself does not compile it.
	builtinLexicon = sync.OnceValue(buildBuiltin)
)

// buildBuiltin returns Builtin with its index as generated into
// builtin_index_gen.go: static data that a process reads from its binary,
// not a table built and written into fresh memory at start-up (the build
// was a tenth of a one-sentence run's CPU time, most of it page faults).
// The map of its terms, which only Len, Valence and With read, is made
// when one of them first asks for it.
func buildBuiltin() *Lexicon {
	return &Lexicon{name: "vader+news", news: true, lazyTerms: builtinTerms, index: builtinIndex}
}

// compileBuiltin compiles Builtin's index from the generated terms, as
// builtin_index_gen.go holds it (TestBuiltinGeneratedIndex compares them).
func compileBuiltin() index {
	l := &Lexicon{news: true}
	l.compileFrom(eachBuiltin, len(vaderGen)+len(newsGen))
	return l.index
}

// builtinTerms returns Builtin's terms: VADER's with news.tsv's over them.
func builtinTerms() map[string]term {
	l := vaderTerms()
	for _, g := range newsGen {
		l.terms[g.key] = g.term
	}
	return l.terms
}

// eachBuiltin calls f with each of Builtin's terms: VADER's but those
// news.tsv replaces, then news.tsv's.
func eachBuiltin(f func(key string, t term)) {
	news := make(map[string]struct{}, len(newsGen))
	for _, g := range newsGen {
		news[g.key] = struct{}{}
	}
	for _, g := range vaderGen {
		if _, ok := news[g.key]; !ok {
			f(g.key, g.term)
		}
	}
	for _, g := range newsGen {
		f(g.key, g.term)
	}
}

//go:generate go test -run TestBuiltinGenerated -update .

// A genTerm is a term and its key as builtin_gen.go holds them: the
// embedded files were parsed when the program was built (which tokenized
// every one of VADER's 7,500 lines), and TestBuiltinGenerated holds the
// result to the files.
type genTerm struct {
	key string
	term
}

// vaderTerms returns VADER's words and idioms in a new lexicon without an
// index.
func vaderTerms() *Lexicon {
	l := &Lexicon{terms: make(map[string]term, len(vaderGen)+len(newsGen))}
	for _, g := range vaderGen {
		l.terms[g.key] = g.term
	}
	return l
}

// VADER returns VADER's lexicon as published (vader_lexicon.txt, 7,518
// lines), with the idioms that vaderSentiment.py hard-codes
// (SPECIAL_CASES and SENTIMENT_LADEN_IDIOMS) as phrase entries. It is
// loaded once and shared; it is never modified.
func VADER() *Lexicon { return vaderLexicon() }

// Builtin returns the lexicon a zero [Analyzer] uses: [VADER] with
// hearsay's adjustments for news (data/news.tsv). It is loaded once and
// shared; it is never modified.
func Builtin() *Lexicon { return builtinLexicon() }

// A Lexicon maps words and phrases to valences on VADER's scale of -4 to +4.
// A Lexicon is immutable once built and safe for concurrent use. The zero
// value and nil are empty lexicons.
//
// Entries are matched on hearsay's token forms ([nlp.Token].Norm): an entry
// is split into tokens by the same tokenizer as the text, so "can't stand"
// matches the tokens "ca", "n't", "stand", and upper-case entries match
// their lower-case forms. An entry of several tokens is a phrase; it scores
// as one unit, and its words are not scored on their own. A phrase written
// without spaces, such as the emoticon ":-)", matches only where it stands
// between whitespace, as in VADER.
//
// A valence of 0 makes an entry neutral: overriding a word with 0 (see
// [Lexicon.With]) removes its valence, and a neutral phrase ("bus stop")
// keeps its words from being scored.
type Lexicon struct {
	name  string
	terms map[string]term // by key; see termMap
	// lazyTerms, when set, makes terms on first use (see termMap), for
	// a lexicon whose index was compiled without them.
	lazyTerms func() map[string]term
	termsOnce sync.Once
	index     index // by the Norm of a phrase's or word's first token
	// news makes hearsay's rules for news apply: the shifters (see
	// shift) and the negative adverbs (newsNegations). They are not
	// VADER's, so Builtin and what is laid over it have them and VADER
	// does not.
	news bool
}

// term is one entry as loaded.
type term struct {
	text    string // as written
	valence float64
	// toks are a phrase's tokens; nil for an entry of one token, whose
	// Norm is its key, so that a loaded lexicon keeps fewer objects for
	// the garbage collector to mark.
	toks []nlp.Token
}

// entry is what a token's Norm finds in the index: its own valence, its
// rule flags, and the phrases that start with it. The index copies what
// every lookup reads into a hotEntry.
type entry struct {
	key     string
	flags   uint16
	valence float64  // 0: neutral
	boost   float64  // booster increment, when flags&fBooster
	phrases []phrase // longest first
	// second has bit id%64 set for the entry number id of each phrase's
	// second token (see mayStartPhrase).
	second uint64
}

// phrase is an entry of several tokens, starting with the token whose
// index entry holds it.
type phrase struct {
	rest    []string // the Norms of the tokens after the first
	ids     []int32  // their entries in the index
	spaced  []bool   // whether whitespace precedes each of them
	tight   bool     // written without whitespace (an emoticon): stands alone
	words   int      // whitespace-separated words in the entry
	valence float64
	boost   float64
	flags   uint16
}

// Name returns the name the lexicon was loaded under, such as
// "vader+news" for [Builtin].
func (l *Lexicon) Name() string {
	if l == nil {
		return ""
	}
	return l.name
}

// Len returns the number of entries, words and phrases, with a valence
// other than 0.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	n := 0
	for _, t := range l.termMap() {
		if t.valence != 0 {
			n++
		}
	}
	return n
}

// Valence returns the valence of a word or phrase, written as in a lexicon
// file, and whether the lexicon gives it one other than 0. Case does not
// matter.
func (l *Lexicon) Valence(s string) (float64, bool) {
	if l == nil {
		return 0, false
	}
	toks := nlp.Parse(s).Tokens
	if len(toks) == 0 {
		return 0, false
	}
	t, ok := l.termMap()[termKey(toks)]
	return t.valence, ok && t.valence != 0
}

// With returns a new lexicon holding l's entries and over's, over's
// replacing l's where both have the same word or phrase. An entry of over
// with valence 0 makes the word neutral. The name is l's and over's joined
// by "+". Neither l nor over is modified.
func (l *Lexicon) With(over *Lexicon) *Lexicon {
	size := 0
	for _, x := range []*Lexicon{l, over} {
		if x != nil {
			size += len(x.termMap())
		}
	}
	n := &Lexicon{name: joinNames(l.Name(), over.Name()), terms: make(map[string]term, size)}
	n.news = l != nil && l.news || over != nil && over.news
	if l != nil {
		for k, t := range l.termMap() {
			n.terms[k] = t
		}
	}
	if over != nil {
		for k, t := range over.termMap() {
			n.terms[k] = t
		}
	}
	n.compile()
	return n
}

func joinNames(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "+" + b
}

// A LoadError reports a malformed line of a lexicon file. Its message has
// the form "name:line: message", as compilers print positions.
type LoadError struct {
	Name string // the name given to Load
	Line int    // 1-based
	Err  error  // what is wrong with the line
}

// Error returns "name:line: message".
func (e *LoadError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *LoadError) Unwrap() error { return e.Err }

// Load reads a lexicon in VADER's format: one entry a line,
// "word<TAB>valence", where further tab-separated fields (VADER's standard
// deviation and raw ratings) are ignored. Blank lines and lines starting
// with "#" are skipped. The word may be a phrase of several words or an
// emoticon. A valence is a number from -4 to 4; 0 makes the entry neutral.
//
// Entries are matched without regard to case, and a later entry for the
// same word replaces an earlier one, as in VADER, whose file lists a few
// words twice ("lol", "d:") and a few emoticons in two cases (":D", ":d").
//
// name labels errors, which are *LoadError values printed as
// "name:line: message"; Load stops at the first.
func Load(r io.Reader, name string) (*Lexicon, error) {
	l, err := loadTerms(r, name)
	if err != nil {
		return nil, err
	}
	l.compile()
	return l, nil
}

// loadTerms is Load without the index, which the lexicons that only go
// into With do not need.
func loadTerms(r io.Reader, name string) (*Lexicon, error) {
	var b strings.Builder
	if _, err := io.Copy(&b, r); err != nil {
		return nil, fmt.Errorf("sentiment: reading %s: %w", name, err)
	}
	return parseTerms(b.String(), name)
}

// parseTerms is loadTerms on the whole of the file, data. The lexicon's
// words are slices of data.
func parseTerms(data, name string) (*Lexicon, error) {
	l := &Lexicon{name: name, terms: make(map[string]term, strings.Count(data, "\n")+1)}
	// One document for all lines, as nlp.Parse would allocate one a line.
	var (
		parser nlp.Parser
		doc    nlp.Document
	)
	for lineNo := 1; data != ""; lineNo++ {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		fail := func(format string, args ...any) error {
			return &LoadError{Name: name, Line: lineNo, Err: fmt.Errorf(format, args...)}
		}
		line = strings.TrimRight(line, "\r")
		if lineNo == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, rest, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fail("want word<TAB>valence, found no tab")
		}
		word = strings.TrimSpace(word)
		if word == "" {
			return nil, fail("empty word")
		}
		vs, _, _ := strings.Cut(rest, "\t")
		v, err := strconv.ParseFloat(strings.TrimSpace(vs), 64)
		if err != nil {
			return nil, fail("valence of %q: %w", word, errors.Unwrap(err))
		}
		if math.IsNaN(v) || v < -MaxValence || v > MaxValence {
			return nil, fail("valence %s of %q outside [-%d, %d]", strings.TrimSpace(vs), word, MaxValence, MaxValence)
		}
		_ = parser.ParseInto(&doc, word) // fails only when tagging
		toks := doc.Tokens
		if len(toks) == 0 {
			return nil, fail("word %q has no tokens", word)
		}
		t := term{text: word, valence: v}
		if len(toks) > 1 {
			t.toks = slices.Clone(toks) // the next line's parse reuses toks
		}
		l.terms[termKey(toks)] = t
	}
	return l, nil
}

// termKey is the identity of an entry: its tokens' Norms, joined by a
// space where whitespace separates them and by U+001F where none does, so
// ":)" and ": )" differ.
func termKey(toks []nlp.Token) string {
	if len(toks) == 1 {
		return toks[0].Norm
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			if t.Space {
				b.WriteByte(' ')
			} else {
				b.WriteByte(0x1f)
			}
		}
		b.WriteString(t.Norm)
	}
	return b.String()
}

// termMap returns l's terms, making them first if they are lazy.
func (l *Lexicon) termMap() map[string]term {
	if l.lazyTerms != nil {
		l.termsOnce.Do(func() { l.terms = l.lazyTerms() })
	}
	return l.terms
}

// compile builds the index from the terms and the rule words.
func (l *Lexicon) compile() {
	l.compileFrom(func(f func(string, term)) {
		for k, t := range l.terms {
			f(k, t)
		}
	}, len(l.terms))
}

// compileFrom builds the index from the n terms that each gives, by key,
// and the rule words.
func (l *Lexicon) compileFrom(each func(f func(key string, t term)), n int) {
	b := newIndexBuilder(n + len(boosters) + len(negations) + len(ruleWords))
	addPhrase := func(toks []nlp.Token, p phrase) {
		p.rest = make([]string, len(toks)-1)
		p.spaced = make([]bool, len(toks)-1)
		p.tight, p.words = true, 1
		for i, t := range toks[1:] {
			p.rest[i] = t.Norm
			p.spaced[i] = t.Space
			if t.Space {
				p.tight = false
				p.words++
			}
		}
		e := b.at(toks[0].Norm)
		e.phrases = append(e.phrases, p)
	}
	each(func(k string, t term) {
		if t.toks != nil {
			addPhrase(t.toks, phrase{valence: t.valence})
			return
		}
		b.at(k).valence = t.valence
	})
	// The rule words in sorted order, so that a lexicon's entries are
	// numbered the same in every process: Builtin's index is generated.
	for _, w := range slices.Sorted(maps.Keys(boosters)) {
		v := boosters[w]
		toks := nlp.Parse(w).Tokens
		if len(toks) > 1 {
			addPhrase(toks, phrase{boost: v, flags: fBooster})
			continue
		}
		e := b.at(w)
		e.boost, e.flags = v, e.flags|fBooster
	}
	for _, w := range negations {
		b.at(w).flags |= fNegation
	}
	for _, w := range slices.Sorted(maps.Keys(ruleWords)) {
		b.at(w).flags |= ruleWords[w]
	}
	if l.news {
		for _, w := range shifters {
			b.at(w).flags |= fShifter
		}
		b.at("by").flags |= fNotObject
		b.at("to").flags |= fNotObject
		for _, w := range copulas {
			b.at(w).flags |= fCopula
		}
		for _, w := range irrealis {
			b.at(w).flags |= fIrrealis
		}
		for _, w := range newsNegations {
			e := b.at(w)
			e.boost, e.flags = 0, e.flags&^fBooster|fNegation
		}
	}
	// Longest phrase first; ties in a fixed order so matching does not
	// depend on map iteration.
	for i := range b.entries {
		e := &b.entries[i]
		if len(e.phrases) < 2 {
			continue
		}
		sort.Slice(e.phrases, func(i, j int) bool {
			a, b := e.phrases[i], e.phrases[j]
			if len(a.rest) != len(b.rest) {
				return len(a.rest) > len(b.rest)
			}
			return strings.Join(a.rest, " ") < strings.Join(b.rest, " ")
		})
	}
	l.index = b.build()
}
