package sentiment

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/internal/pool"
	"github.com/hearsay-go/hearsay/nlp"
)

// An Analyzer scores the valence of sentences. The zero value is ready to
// use, with the [Builtin] lexicon. An Analyzer is safe for concurrent use;
// its fields must not be changed while it is in use.
type Analyzer struct {
	// Lexicon gives the words' valences; nil means Builtin().
	Lexicon *Lexicon
	// AcrossClauses lets negations, intensifiers and "least" reach a
	// sentiment word across clause punctuation (, ; : ( ) — and sentence
	// ends), as in vaderSentiment.py, which drops punctuation before
	// applying its rules. By default they stop there: in "Not
	// surprisingly, the plan worked" nothing negates "worked".
	AcrossClauses bool
}

// Valence is the sentiment of a sentence or statement.
type Valence struct {
	// Compound is the normalised sum of the words' valences, from -1 (most
	// negative) to +1 (most positive): x/sqrt(x²+15), where x is the sum of
	// Words' valences plus Emphasis in the sum's direction. VADER's usual
	// thresholds are ±0.05 for positive and negative.
	Compound float64 `json:"compound"`
	// Positive, Negative and Neutral are the shares of the text's words
	// that carry positive, negative or no sentiment, each word weighted by
	// its valence (VADER's pos, neg and neu). They add up to 1, or are all
	// 0 for text without words.
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	Neutral  float64 `json:"neutral"`
	// Emphasis is what exclamation and question marks add to the
	// magnitude of the sum of valences: 0.292 for each "!" up to four,
	// 0.18 for each "?" when there are two or three, 0.96 for more.
	Emphasis float64 `json:"emphasis,omitempty"`
	// Words are the words and phrases that contributed, in text order,
	// with their valences after the rules.
	Words []Word `json:"words,omitempty"`
}

// A Word is a word or phrase that contributed to a [Valence].
type Word struct {
	nlp.Span
	// StartChar and EndChar are Span in Unicode code points rather than
	// bytes. The analyzer leaves them 0; hearsay's report fills them in.
	StartChar int     `json:"start_char"`
	EndChar   int     `json:"end_char"`
	Text      string  `json:"text"`    // the input at Span
	Prior     float64 `json:"prior"`   // the lexicon's valence
	Valence   float64 `json:"valence"` // after negation, intensifiers, capitals and "but"
}

func (a *Analyzer) lexicon() *Lexicon {
	if a == nil || a.Lexicon == nil {
		return Builtin()
	}
	return a.Lexicon
}

// Text parses text with [nlp.Parse] and scores it as one unit, as VADER
// scores a whole input. To score each sentence of a document, parse it and
// use [Analyzer.Sentence].
func (a *Analyzer) Text(text string) Valence {
	doc := nlp.Parse(text)
	return a.Tokens(text, doc.Tokens)
}

// Sentence scores one sentence of doc.
func (a *Analyzer) Sentence(doc *nlp.Document, s nlp.Sentence) Valence {
	if doc == nil {
		return a.score(s.Text, s.Start, s.Tokens)
	}
	return a.Tokens(doc.Text, s.Tokens)
}

// Tokens scores toks, the tokens of one sentence or statement, as one unit.
// text is the input the tokens' spans point into (a [nlp.Document]'s
// Text); spans that do not lie in text give Words with empty Text, and
// never a panic.
func (a *Analyzer) Tokens(text string, toks []nlp.Token) Valence {
	return a.score(text, 0, toks)
}

// Document scores each sentence of doc, as [Analyzer.Sentence] would,
// and gives each valence to sentence with the sentence's index, in order;
// it returns the valence of the whole document as one unit, as
// [Analyzer.Tokens] of doc.Tokens would but without its Words. Each
// token's entry is looked up once for both; the document's units are
// mostly its sentences' units, taken one after the other rather than made
// again; and the document's Words, which a caller of both already has
// sentence by sentence, are not built.
func (a *Analyzer) Document(doc *nlp.Document, sentence func(i int, v Valence)) Valence {
	return a.DocumentInto(doc, nil, sentence)
}

// DocumentInto is [Analyzer.Document] with the sentences' Words cut from
// words, an array that the caller recycles from document to document
// (hearsay's reports do, see hearsay.Report.Release): the Words of each
// sentence are appended to *words as long as its capacity lasts (a
// sentence has at most as many Words as tokens), and allocated as
// Document allocates them after that. words may be nil.
func (a *Analyzer) DocumentInto(doc *nlp.Document, words *[]Word, sentence func(i int, v Valence)) Valence {
	lex := a.lexicon()
	sc := getScratch()
	defer sc.put()
	sc.slab = words
	toks := doc.Tokens
	ids := sc.idsFor(len(toks))
	lex.index.findAll(toks, ids)
	join := joinable(doc, &lex.index, ids)
	var dc counts // the document's, as its units are joined
	du := sc.doc[:0]
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		st := s.Tokens
		if len(st) > 0 && (s.First < 0 || s.First+len(st) > len(toks) || &toks[s.First] != &st[0]) {
			// Not a sub-slice of the document's tokens (and so not
			// joinable): look its own up.
			sentence(i, a.score(doc.Text, 0, st))
			continue
		}
		c := a.unitsOf(sc, lex, st, ids[s.First:s.First+len(st)])
		if join {
			du = dc.join(du, sc.units, &c)
		}
		sentence(i, a.finish(sc, sc.units, &c, doc.Text, 0, st, true))
	}
	sc.doc = du
	if join {
		return a.finish(sc, du, &dc, doc.Text, 0, toks, false)
	}
	return a.scoreIDs(sc, lex, doc.Text, 0, toks, ids, false)
}

// joinable reports whether the units that the first pass of score makes
// of doc's tokens, whose entries in x are ids, are the units it makes of
// each sentence, one after the other, and so can be joined (see
// counts.join): when the sentences are the document's tokens in order,
// no sentence starts with a clitic that would join the word before it,
// and every phrase that starts near a sentence boundary is the same in
// the document as in its sentence (none reaches into the next sentence,
// and an emoticon, which must stand apart, is not told otherwise by a
// neighbour across the boundary).
func joinable(doc *nlp.Document, x *index, ids []int32) bool {
	toks := doc.Tokens
	next := 0
	for k := range doc.Sentences {
		s := &doc.Sentences[k]
		st := s.Tokens
		if s.First != next || s.First+len(st) > len(toks) {
			return false
		}
		if len(st) == 0 {
			continue
		}
		first, end := s.First, s.First+len(st)
		if &toks[first] != &st[0] {
			return false
		}
		sids := ids[first:end]
		if k > 0 && !st[0].Space {
			if isClitic(toks, first) || x.phraseAt(toks, ids, first) != x.phraseAt(st, sids, 0) {
				return false
			}
		}
		// A phrase can reach past the end only through a token with an
		// entry; a phrase that does not is the same in the sentence
		// unless it is an emoticon that ends there, which only a token
		// without space before it tells otherwise.
		if end < len(toks) {
			tight := !toks[end].Space
			if tight || ids[end] >= 0 {
				for i := max(first, end-x.maxPhrase+1); i < end; i++ {
					p := x.phraseAt(toks, ids, i)
					if p != nil && i+1+len(p.ids) > end || tight && p != x.phraseAt(st, sids, i-first) {
						return false
					}
				}
			}
		}
		next = end
	}
	return next == len(toks)
}

// phraseAt returns the phrase that the first pass of score finds from
// toks[i], whose entries in x are ids, or nil.
func (x *index) phraseAt(toks []nlp.Token, ids []int32, i int) *phrase {
	if id := ids[i]; id >= 0 && x.hot[id].phrases && x.entries[id].mayStartPhrase(ids, i) {
		return matchPhrase(toks, ids, i, x.entries[id].phrases)
	}
	return nil
}

// unit is a word, number or matched phrase that VADER's rules concern: a
// sentiment word, a booster, a negation or another rule word. The other
// units, most words, are only counted: their positions keep the rule
// windows.
type unit struct {
	span    nlp.Span
	tok     int // 1 + the index of its token in toks; 0 when the unit spans tokens (read its text from the input)
	pos     int // its position among all units
	clause  int // the position of the first unit of its clause
	valence float64
	boost   float64
	result  float64
	flags   uint16
	single  bool // one token, not a phrase or a word with its clitic
	upper   bool // ALL CAPS
}

// noUnit stands for the units that no rule concerns; it is never written.
var noUnit unit

func (u *unit) scored() bool { return u.valence != 0 && u.flags&fBooster == 0 }

type scratch struct {
	ids   []int32
	units []unit
	doc   []unit // a document's units, joined from its sentences' (see Document)
	// free is the unused rest of a slab of Words, which score hands out
	// a sentence's Words at a time (see words); text is the input it was
	// cut for and next the size of the next slab.
	free []Word
	text string
	next int
	// slab is the caller's array of Words, which words cuts from first
	// (see DocumentInto); nil when there is none.
	slab *[]Word
}

// firstSlab and wordSlab are the sizes of a text's first slab of Words
// and the largest: a short text takes little, and a long one grows its
// slabs by doubling to 128 Words, 6 KiB.
const (
	firstSlab = 16
	wordSlab  = 128
)

// words returns an empty slice with room for n Words of text, cut from a
// slab that the Words of text's later sentences share: one allocation for
// the Words of many sentences instead of one a sentence. The slice's
// capacity is n, so that appending to it, as a caller may, copies it
// rather than overwriting the next sentence's Words. Slabs are not shared
// between texts, so that a report kept from one document does not keep
// another's words (and the text they point into) alive.
func (sc *scratch) words(text string, n int) []Word {
	if s := sc.slab; s != nil && cap(*s)-len(*s) >= n {
		k := len(*s)
		*s = (*s)[:k+n]
		return (*s)[k : k : k+n]
	}
	if text != sc.text {
		// Mostly the same string (a pointer comparison) or of another
		// length; rarely a byte comparison.
		sc.text, sc.free, sc.next = text, nil, firstSlab
	}
	if len(sc.free) < n {
		sc.free = make([]Word, max(n, sc.next))
		sc.next = min(2*sc.next, wordSlab)
	}
	w := sc.free[:0:n]
	sc.free = sc.free[n:]
	return w
}

// scratchPool recycles scratches, but not those grown too large, so one
// huge input does not pin its memory.
var scratchPool = pool.New(func(sc *scratch) bool {
	sc.units, sc.doc, sc.slab = sc.units[:0], sc.doc[:0], nil
	return pool.Fits(maxPooled, cap(sc.units), cap(sc.ids), cap(sc.doc))
})

// maxPooled bounds the scratch kept for reuse.
const maxPooled = 1 << 14

// getScratch takes a scratch from the pool.
func getScratch() *scratch { return scratchPool.Get() }

// put returns sc to the pool.
func (sc *scratch) put() { scratchPool.Put(sc) }

// idsFor returns sc's ids, n long.
func (sc *scratch) idsFor(n int) []int32 {
	if cap(sc.ids) < n {
		sc.ids = make([]int32, n)
	}
	return sc.ids[:n]
}

// score implements VADER's rules over toks; text starts at byte base of
// the input the tokens' spans refer to.
func (a *Analyzer) score(text string, base int, toks []nlp.Token) Valence {
	lex := a.lexicon()
	sc := getScratch()
	defer sc.put()
	// Each token's entry, looked up once: phrases compare the numbers.
	ids := sc.idsFor(len(toks))
	lex.index.findAll(toks, ids)
	return a.scoreIDs(sc, lex, text, base, toks, ids, true)
}

// scoreIDs is score with the tokens' entries in lex given as ids, which
// may be a part of sc.ids; without withWords, the Valence has no Words.
// The units of toks are left in sc.units.
func (a *Analyzer) scoreIDs(sc *scratch, lex *Lexicon, text string, base int, toks []nlp.Token, ids []int32, withWords bool) Valence {
	c := a.unitsOf(sc, lex, toks, ids)
	return a.finish(sc, sc.units, &c, text, base, toks, withWords)
}

// unitsOf is the first pass of score: it turns toks, whose entries in
// lex are ids, into sc.units and counts the rest (see counts).
func (a *Analyzer) unitsOf(sc *scratch, lex *Lexicon, toks []nlp.Token, ids []int32) counts {
	units := sc.units[:0]
	hot, entries := lex.index.hot, lex.index.entries
	var none hotEntry

	// Pass 1: tokens to units; punctuation emphasis.
	var c counts
	for i := 0; i < len(toks); {
		if i = c.plainWords(toks, ids, &lex.index, i); i == len(toks) {
			break
		}
		t := &toks[i]
		if t.Kind == nlp.Punct {
			c.exclaim, c.quest = countMarks(t.Text, c.exclaim, c.quest)
			if endsClause(t.Text) {
				c.clause = true
			}
		}
		e := &none
		if id := ids[i]; id >= 0 {
			e = &hot[id]
		}
		var p *phrase
		if e.phrases {
			p = lex.index.phraseAt(toks, ids, i)
		}
		var u unit
		uw, next := 1, i+1 // the unit's words, the token after it
		switch {
		case p != nil:
			next = i + 1 + len(p.ids)
			u = unit{
				span:    nlp.Span{Start: t.Start, End: toks[next-1].End},
				valence: p.valence, boost: p.boost, flags: p.flags,
				upper: allCaps(toks[i:next]),
			}
			uw = p.words
			for _, pt := range toks[i+1 : next] {
				if pt.Kind == nlp.Punct {
					c.exclaim, c.quest = countMarks(pt.Text, c.exclaim, c.quest)
				}
			}
		case !t.Space && c.n > 0 && c.last.End == t.Start && isClitic(toks, i):
			// "do|n't", "it|'s": one word, as VADER splits at whitespace.
			// "n't" makes its word a negation ("don't"); other clitics
			// leave the word as it is.
			upper := c.lastUpper && allCaps(toks[i:i+1])
			if c.lastUpper && !upper {
				c.caps--
			}
			c.last.End, c.lastUpper = t.End, upper
			switch {
			case c.lastKept:
				k := &units[len(units)-1]
				k.span.End = t.End
				k.tok, k.single, k.upper = 0, false, upper
				if e.flags&fNegation != 0 {
					k.valence, k.boost, k.flags = 0, 0, fNegation|k.flags&fCopula // "wasn't" is still a copula
				}
			case e.flags&fNegation != 0:
				units = append(units, unit{span: c.last, pos: c.n - 1, clause: c.start, flags: fNegation, upper: upper})
				c.lastKept = true
			}
			i++
			continue
		case t.Kind == nlp.Word || t.Kind == nlp.Number:
			u.span, u.tok, u.valence, u.flags, u.single = t.Span, i+1, e.valence, e.flags, true
			if e.flags&fBooster != 0 { // only boosters have a boost
				u.boost = entries[ids[i]].boost
			}
			if e.flags&fIrrealis != 0 && nlp.MonthMay(toks, i) {
				u.flags &^= fIrrealis
			}
			u.upper = upperWord(t)
		case e.valence != 0: // a one-token entry that is not a word
			u.span, u.tok, u.valence, u.flags, u.single = t.Span, i+1, e.valence, e.flags, true
		default:
			i++
			continue
		}
		if c.clause {
			c.lead = c.lead || c.n == 0
			c.start, c.clause = c.n, false
		}
		u.pos, u.clause = c.n, c.start
		c.n++
		c.words += uw
		if u.upper {
			c.caps++
		}
		c.last, c.lastUpper = u.span, u.upper
		c.lastKept = u.valence != 0 || u.flags != 0
		if c.lastKept {
			units = append(units, u)
		}
		i = next
	}
	sc.units = units
	return c
}

// finish is the rest of score, from the units of toks and what c
// counted of them; text, base and toks give the Words their text.
func (a *Analyzer) finish(sc *scratch, units []unit, c *counts, text string, base int, toks []nlp.Token, withWords bool) Valence {
	n, words, caps := c.n, c.words, c.caps
	if n == 0 {
		return Valence{}
	}
	exclaim, quest := c.exclaim, c.quest

	// VADER's capital emphasis counts only when some words, not all, are in
	// capitals.
	capsDiff := caps > 0 && caps < n

	// Pass 2: each sentiment word's valence after the rules.
	but := -1 // the position of the first "but"
	for j := range units {
		u := &units[j]
		if u.flags&fBut != 0 && but < 0 && u.single {
			but = u.pos
		}
		if u.scored() {
			u.result = valenceAt(units, j, a.reach(u), capsDiff)
		}
	}

	shift(units)

	// "but": what follows weighs more than what precedes.
	if but >= 0 {
		for j := range units {
			switch u := &units[j]; {
			case u.pos < but:
				u.result *= butBefore
			case u.pos > but:
				u.result *= butAfter
			}
		}
	}

	if a.lexicon().news {
		news(units)
	}

	scored := 0
	for j := range units {
		if units[j].result != 0 {
			scored++
		}
	}
	var v Valence
	if scored > 0 && withWords {
		v.Words = sc.words(text, scored)
	}
	// Each word that does not score counts as neutral, and so do a
	// phrase's other words.
	neutral := words - scored
	var sum, pos, neg float64
	for j := range units {
		u := &units[j]
		r := u.result
		switch {
		case r > 0:
			pos += r + 1 // VADER: +1 offsets the neutral count
		case r < 0:
			neg += 1 - r
		default:
			continue
		}
		sum += r
		if !withWords {
			continue
		}
		w := Word{Span: u.span, Prior: u.valence, Valence: r}
		if u.tok > 0 {
			w.Text = toks[u.tok-1].Text
		}
		if w.Text == "" {
			w.Text = spanText(text, base, u.span)
		}
		v.Words = append(v.Words, w)
	}

	emph := emphasis(exclaim, quest)
	if sum > 0 {
		sum += emph
	} else if sum < 0 {
		sum -= emph
	}
	if sum != 0 {
		v.Emphasis = emph
	}
	v.Compound = normalize(sum)
	if pos > neg {
		pos += emph
	} else if pos < neg {
		neg += emph
	}
	if total := pos + neg + float64(neutral); total > 0 {
		v.Positive = pos / total
		v.Negative = neg / total
		v.Neutral = float64(neutral) / total
	}
	return v
}

// counts is what score's first pass knows of all units, those it keeps
// and those it only counts.
type counts struct {
	n      int  // units
	words  int  // the VADER words they stand for: phrases count their words
	caps   int  // units in capitals
	start  int  // the position of the first unit of the current clause
	clause bool // clause punctuation since the last unit
	lead   bool // clause punctuation before the first unit
	// exclamation and question marks
	exclaim, quest int
	// The last unit, which a clitic joins.
	last      nlp.Span
	lastUpper bool
	lastKept  bool // units ends with it
}

// join appends units, those of the next sentence of a document as its
// own first pass made them and counted them in c, to du, the units of the
// document's earlier sentences, counted in d: positions go on from the
// earlier units, and the sentence's first clause goes on from the last
// clause before it unless clause punctuation came between. d then counts
// the units returned, as the first pass over the document's tokens would
// have (see joinable).
func (d *counts) join(du, units []unit, c *counts) []unit {
	off := d.n
	first := d.start // the document's clause of the sentence's first clause
	if c.lead || d.clause || off == 0 {
		first = off
	}
	for _, u := range units {
		u.pos += off
		if u.clause == 0 {
			u.clause = first
		} else {
			u.clause += off
		}
		du = append(du, u)
	}
	if c.n > 0 {
		d.start = first
		if c.start > 0 {
			d.start = c.start + off
		}
		d.clause = c.clause
	} else {
		d.clause = d.clause || c.clause
	}
	d.n += c.n
	d.words += c.words
	d.caps += c.caps
	d.exclaim += c.exclaim
	d.quest += c.quest
	return du
}

// plainWords counts the words from toks[i] on that no rule concerns, up
// to the first token that may be something else: punctuation, a clitic,
// a lexicon entry or the start of a phrase. It returns that token's
// index. ids are the tokens' entries in x.
func (c *counts) plainWords(toks []nlp.Token, ids []int32, x *index, i int) int {
	first := i
	n, caps, start, clause := c.n, c.caps, c.start, c.clause
	upper := false
	for ; i < len(toks); i++ {
		t := &toks[i]
		if !t.Space || t.Kind != nlp.Word && t.Kind != nlp.Number {
			break
		}
		if id := ids[i]; id >= 0 {
			e := &x.hot[id]
			if e.valence != 0 || e.flags != 0 || e.phrases && x.entries[id].mayStartPhrase(ids, i) {
				break
			}
		}
		if clause {
			c.lead = c.lead || n == 0
			start, clause = n, false
		}
		n++
		if upper = upperWord(t); upper {
			caps++
		}
	}
	if i > first {
		c.words += i - first
		c.n, c.caps, c.start, c.clause = n, caps, start, clause
		c.last, c.lastUpper, c.lastKept = toks[i-1].Span, upper, false
	}
	return i
}

// upperWord is allCaps for one token, without the call for most words,
// which start in lower case.
func upperWord(t *nlp.Token) bool {
	return t.Text != "" && t.Text[0]-'a' >= 26 && caseOf(t.Text) == upperCase
}

// reach returns how many units before u, at most three, VADER's rules may
// look at: all three when rules cross clauses, else those in the same
// clause.
func (a *Analyzer) reach(u *unit) int {
	n := min(u.pos, 3)
	if a != nil && a.AcrossClauses {
		return n
	}
	return min(n, u.pos-u.clause)
}

// valenceAt applies VADER's rules to the sentiment word units[j]: "no",
// capitals, boosters and negation up to reach units back, and "least".
func valenceAt(units []unit, j, reach int, capsDiff bool) float64 {
	u := &units[j]
	if (j == 0 || units[j-1].pos < u.pos-reach) && (j+1 == len(units) || units[j+1].pos != u.pos+1) {
		// Most sentiment words: no unit within reach, nor the next one,
		// is one that a rule concerns, so only capitals count.
		v := u.valence
		if u.upper && capsDiff {
			if v > 0 {
				v += capsIncr
			} else {
				v -= capsIncr
			}
		}
		return v
	}
	// w[3-k] is the unit k places before units[j], w[4] the one after it;
	// a unit that no rule concerns is zero.
	w := [5]*unit{&noUnit, &noUnit, &noUnit, u, &noUnit}
	for k := j - 1; k >= 0 && units[k].pos >= u.pos-3; k-- {
		w[3+units[k].pos-u.pos] = &units[k]
	}
	if j+1 < len(units) && units[j+1].pos == u.pos+1 {
		w[4] = &units[j+1]
	}

	prior := u.valence
	v := prior
	flagAt := func(k int, f uint16) bool { return k <= reach && w[3-k].flags&f != 0 }

	// "no" before a sentiment word negates it rather than scoring itself.
	if u.flags&fNo != 0 && w[4].scored() {
		v = 0
	}
	if flagAt(1, fNo) || flagAt(2, fNo) || flagAt(3, fNo) && flagAt(1, fOrNor) {
		v = prior * negScalar
	}
	if u.upper && capsDiff {
		if v > 0 {
			v += capsIncr
		} else {
			v -= capsIncr
		}
	}
	for k := 0; k < reach; k++ {
		p := w[2-k]
		if p.valence != 0 { // a sentiment word does not modify the next
			continue
		}
		if p.flags&fBooster != 0 {
			s := p.boost
			if v < 0 {
				s = -s
			}
			if p.upper && capsDiff {
				if v > 0 {
					s += capsIncr
				} else {
					s -= capsIncr
				}
			}
			switch k {
			case 1:
				s *= 0.95
			case 2:
				s *= 0.9
			}
			v += s
		}
		v = negationCheck(&w, k, v)
	}
	// "least": "the least good" negates, "at least good" and "very least"
	// do not.
	if reach > 0 && w[2].valence == 0 && w[2].flags&fLeast != 0 {
		if reach == 1 || !flagAt(2, fAt|fVery) {
			v *= negScalar
		}
	}
	return v
}

// shift applies the shifters' rule to units, whose sentiment words have
// their results: a negative word up to shifterReach words after a
// shifter, in its clause, is negated as "not" negates it ("reduce the
// risk of heart disease", "fewer whales will die"), and the shifter's own
// negative valence ("discourage", "deter") goes, since what it does to a
// bad thing is good. A negated shifter ("did not reduce crime", a
// negation up to three words before it) shifts nothing, and the negation
// is the shifter's, not its object's: an object that the negation
// reached is bad again. A passive shifter with its agent ("deterred by
// theft") has its object before it, and "reduced to rubble" names the
// state it brings about: neither shifts. A later shifter ends an earlier
// one's reach.
func shift(units []unit) {
	for j := range units {
		s := &units[j]
		if s.flags&fShifter == 0 {
			continue
		}
		if j+1 < len(units) && units[j+1].pos == s.pos+1 && units[j+1].flags&fNotObject != 0 {
			// what follows "by" is a passive's agent ("deterred by
			// theft"), what follows "to" the state it is brought to
			// ("reduced to rubble"): neither is lessened
			continue
		}
		negated := false
		for k := j - 1; k >= 0 && units[k].pos >= s.pos-3 && units[k].clause == s.clause; k-- {
			if units[k].flags&(fNegation|fNo) != 0 {
				negated = true
			}
		}
		shifted := false
		for k := j + 1; k < len(units) && units[k].pos <= s.pos+shifterReach && units[k].clause == s.clause; k++ {
			u := &units[k]
			if u.flags&fShifter != 0 {
				break
			}
			if u.valence >= 0 || u.flags&fBooster != 0 {
				continue
			}
			if negated != (u.result > 0) {
				continue // unnegated and no longer bad, or negated and the negation did not reach it
			}
			u.result *= negScalar
			shifted = true
		}
		if shifted && !negated && s.result < 0 {
			s.result = 0
		}
	}
}

// news applies the weights of [Builtin] to units, whose sentiment words
// have their results: a word up to three words after a copula in its
// clause is the predicate (predicateWeight), one after a modal or "if"
// in its clause is supposed (irrealisWeight), and a good word counts for
// less than a bad one (positiveWeight).
func news(units []unit) {
	// whether a unit before j in its clause is irrealis, kept as the units
	// go rather than looked for back to the clause's start at every
	// sentiment word, which a long clause of them made quadratic
	irrealis := false
	for j := range units {
		u := &units[j]
		if j > 0 && units[j-1].clause != u.clause {
			irrealis = false
		}
		if u.result != 0 {
			for k := j - 1; k >= 0 && units[k].pos >= u.pos-3 && units[k].clause == u.clause; k-- {
				if units[k].flags&fCopula != 0 {
					u.result *= predicateWeight
					break
				}
			}
			if irrealis {
				u.result *= irrealisWeight
			}
			if u.result > 0 {
				u.result *= positiveWeight
			}
		}
		if u.flags&fIrrealis != 0 {
			irrealis = true
		}
	}
}

// endsClause reports whether a punctuation token separates clauses.
func endsClause(p string) bool {
	switch p {
	case ",", ";", ":", "(", ")", "[", "]", "-", "--", "\u2013", "\u2014":
		return true
	}
	return p != "" && (p[0] == '.' || p[0] == '!' || p[0] == '?' || strings.HasPrefix(p, "\u2026"))
}

// negationCheck negates v when the unit k+1 places before the sentiment
// word w[3] negates it, with VADER's exceptions "never so/this good"
// (stronger) and "without doubt" (no negation).
func negationCheck(w *[5]*unit, k int, v float64) float64 {
	is := func(back int, f uint16) bool { return w[3-back].flags&f != 0 }
	switch k {
	case 0:
		if is(1, fNegation) {
			v *= negScalar
		}
	case 1:
		switch {
		case is(2, fNever) && is(1, fSoThis):
			v *= neverSoBoost
		case is(2, fWithout) && is(1, fDoubt):
		case is(2, fNegation):
			v *= negScalar
		}
	case 2:
		switch {
		case is(3, fNever) && (is(2, fSoThis) || is(1, fSoThis)):
			v *= neverSoBoost
		case is(3, fWithout) && (is(2, fDoubt) || is(1, fDoubt)):
		case is(3, fNegation):
			v *= negScalar
		}
	}
	return v
}

// isClitic reports whether toks[i] is a clitic split off the word before
// it: "n't", "'s", "'ll", "’re".
func isClitic(toks []nlp.Token, i int) bool {
	t := &toks[i]
	if i == 0 || t.Space || t.Kind != nlp.Word || len(t.Text) < 2 || toks[i-1].Kind != nlp.Word {
		return false
	}
	switch c := t.Text[0]; c {
	case '\'':
		return true
	case 'n', 'N': // n't, n’t
		return t.Norm == "not" && t.Text[1] != 'o' && t.Text[1] != 'O'
	case 0xE2: // ’ (U+2019)
		return strings.HasPrefix(t.Text, "\u2019")
	case 0xCA: // ʼ (U+02BC)
		return strings.HasPrefix(t.Text, "\u02bc")
	}
	return false
}

// matchPhrase returns the longest phrase of ps that the tokens from i
// spell; nil when none does. ids are the tokens' entries.
func matchPhrase(toks []nlp.Token, ids []int32, i int, ps []phrase) *phrase {
outer:
	for k := range ps {
		p := &ps[k]
		n := 1 + len(p.ids)
		if i+n > len(toks) {
			continue
		}
		for j, id := range p.ids {
			if ids[i+1+j] != id || toks[i+1+j].Space != p.spaced[j] {
				continue outer
			}
		}
		if p.tight {
			// An emoticon stands alone, as one of VADER's
			// whitespace-separated words.
			if i > 0 && !toks[i].Space || i+n < len(toks) && !toks[i+n].Space {
				continue
			}
		}
		return p
	}
	return nil
}

// allCaps reports whether the tokens have an upper-case letter and no
// lower-case one (Python's str.isupper, which VADER uses).
func allCaps(toks []nlp.Token) bool {
	upper := false
	for k := range toks {
		switch caseOf(toks[k].Text) {
		case lowerCase:
			return false
		case upperCase:
			upper = true
		}
	}
	return upper
}

// The cases of a text's letters.
const (
	noCase    = iota // no letters
	upperCase        // upper-case letters only
	lowerCase        // some lower-case letter
)

// caseOf returns the case of s's letters.
func caseOf(s string) int {
	c := noCase
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case 'a' <= b && b <= 'z':
				return lowerCase
			case 'A' <= b && b <= 'Z':
				c = upperCase
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLower(r):
			return lowerCase
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			c = upperCase
		}
		i += w
	}
	return c
}

func countMarks(s string, exclaim, quest int) (int, int) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!':
			exclaim++
		case '?':
			quest++
		}
	}
	return exclaim, quest
}

// emphasis is VADER's punctuation amplifier.
func emphasis(exclaim, quest int) float64 {
	e := float64(min(exclaim, maxExclaim)) * exclaimIncr
	switch {
	case quest > 3:
		e += questMax
	case quest > 1:
		e += float64(quest) * questIncr
	}
	return e
}

// normalize maps a sum of valences into [-1, 1].
func normalize(x float64) float64 {
	if x == 0 {
		return x // as below, without the square root
	}
	if x > 1e100 {
		return 1
	}
	if x < -1e100 {
		return -1
	}
	c := x / math.Sqrt(x*x+normAlpha)
	return max(-1, min(1, c))
}

// spanText returns the input at sp, where text starts at byte base of the
// input; "" when sp does not lie in text.
func spanText(text string, base int, sp nlp.Span) string {
	return nlp.Span{Start: sp.Start - base, End: sp.End - base}.In(text)
}
