package attribution

import (
	"slices"
	"sync"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// An Extractor finds attributions in a document. The zero value is ready
// to use, and an Extractor is safe for concurrent use: Extract does not
// modify it.
type Extractor struct {
	// Cues is the lexicon whose cue entries are the reporting words and
	// phrases; entries of other categories are ignored. nil means the cue
	// entries of lexicon.Default (cues.tsv).
	Cues *lexicon.Lexicon
	// Nested also reports attributions whose cue lies inside the content
	// of another attribution ("Trump said officials believe …" then also
	// gives "officials believe …"). By default they are left out: what
	// they report is part of the outer attribution's content, and the
	// outer source is the one the writer cites. Cues inside a quotation
	// are never reported; they are the quoted speaker's words.
	Nested bool
	// MaxGap is the largest number of words (auxiliaries, adverbs, time
	// expressions) that may stand between a source and its cue, or between
	// a cue and the start of its content. 0 means DefaultMaxGap.
	MaxGap int
}

// DefaultMaxGap is the gap used when Extractor.MaxGap is 0.
const DefaultMaxGap = 6

var defaultCues = sync.OnceValue(func() *lexicon.Lexicon {
	return lexicon.Default().Only(lexicon.Cue)
})

// Extract returns the attributions in doc, in the order of their cues. Each
// attribution's spans lie within doc.Text, and every Text field equals the
// input at its span. Pronoun sources are resolved across sentences (see
// Source.Resolved). Extract never panics on a document made by nlp.Parse.
//
// Part-of-speech tags are not needed; when doc.Tagged is set, a token's tag
// settles whether an ambiguous cue word ("claims", "plans") is a noun or a
// verb.
func (x *Extractor) Extract(doc *nlp.Document) []Attribution {
	return x.extract(doc, nil)
}

// extract is Extract with a debugging hook that learns why cue matches
// were rejected.
func (x *Extractor) extract(doc *nlp.Document, why func(nlp.Span, string)) []Attribution {
	if doc == nil || len(doc.Tokens) == 0 {
		return nil
	}
	lex := defaultCues()
	maxGap := DefaultMaxGap
	if x != nil {
		if x.Cues != nil {
			lex = x.Cues
		}
		if x.MaxGap > 0 {
			maxGap = x.MaxGap
		}
	}
	r := newRun(doc, maxGap)
	r.why = why
	ms := lex.Match(doc)
	cues := ms[:0]
	for _, m := range ms {
		if m.Entry.Category == lexicon.Cue {
			cues = append(cues, m)
		}
	}
	cues = lexicon.Longest(cues)
	for _, m := range cues {
		r.isCue[m.First] = true
		if m.Entry.Flags.Has(lexicon.Verb) {
			r.isVerbCue[m.First] = true
		}
	}
	mi := 0
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		start := mi
		for mi < len(cues) && cues[mi].First < end {
			mi++
		}
		r.sentence(s, cues[start:mi])
	}
	if x == nil || !x.Nested {
		r.dropNested()
	}
	r.continueQuotes()
	r.resolve()
	return r.out
}

// run holds the state of one Extract call.
type run struct {
	doc    *nlp.Document
	toks   []nlp.Token
	maxGap int

	qid       []int32     // per token: the innermost quotation holding it, or -1
	quotes    []quotation // quotations in order of their opening mark
	nl        []uint8     // per token: line breaks before it (capped at 2)
	isCue     []bool      // per token: the first token of a lexicon cue match
	isVerbCue []bool      // per token: … of an entry meant as a verb
	used      []bool      // per token: already part of an attribution's cue

	lo, hi int // the current sentence's tokens

	why func(nlp.Span, string) // debugging hook: why a cue was rejected

	out []Attribution
	// per attribution, the token range of its source (for resolution)
	srcTok [][2]int
}

func newRun(doc *nlp.Document, maxGap int) *run {
	n := len(doc.Tokens)
	r := &run{
		doc:       doc,
		toks:      doc.Tokens,
		maxGap:    maxGap,
		qid:       make([]int32, n),
		nl:        make([]uint8, n),
		isCue:     make([]bool, n),
		isVerbCue: make([]bool, n),
		used:      make([]bool, n),
	}
	prevEnd := 0
	for i, t := range doc.Tokens {
		c := uint8(0)
		for p := prevEnd; p < t.Start && c < 2; p++ {
			if doc.Text[p] == '\n' {
				c++
			}
		}
		if i == 0 {
			c = 2
		}
		r.nl[i] = c
		prevEnd = t.End
	}
	r.findQuotes()
	return r
}

// sentence finds the attributions of one sentence, whose lexicon cue
// matches are given in order.
func (r *run) sentence(s *nlp.Sentence, ms []lexicon.Match) {
	lo, hi := s.First, s.First+len(s.Tokens)
	r.lo, r.hi = lo, hi
	first := len(r.out)
	r.punctuationCues(s, lo, hi, ms)
	var stmt []lexicon.Match // adverbial "in a statement": a cue only alone
	for _, m := range ms {
		if r.used[m.First] {
			continue
		}
		a, src, ok := r.lexicalCue(s, lo, hi, m)
		if !ok {
			if a.Cue.Form == adverbialForm {
				stmt = append(stmt, m)
			}
			continue
		}
		r.add(a, src)
	}
	if len(r.out) == first {
		for _, m := range stmt {
			if a, src, ok := r.adverbialCue(s, lo, hi, m); ok {
				r.add(a, src)
			}
		}
	}
	// Keep the sentence's attributions in the order of their cues.
	if len(r.out)-first > 1 {
		type pair struct {
			a   Attribution
			src [2]int
		}
		ps := make([]pair, 0, len(r.out)-first)
		for i := first; i < len(r.out); i++ {
			ps = append(ps, pair{r.out[i], r.srcTok[i]})
		}
		slices.SortStableFunc(ps, func(x, y pair) int { return x.a.Cue.Start - y.a.Cue.Start })
		for i, p := range ps {
			r.out[first+i], r.srcTok[first+i] = p.a, p.src
		}
	}
}

func (r *run) add(a Attribution, src [2]int) {
	ci := r.tokenAt(a.Cue.Start)
	for i := ci; i < len(r.toks) && r.toks[i].Start < a.Cue.End; i++ {
		r.used[i] = true
	}
	r.out = append(r.out, a)
	r.srcTok = append(r.srcTok, src)
}

// tokenAt returns the index of the token that starts at byte offset off,
// or the first token after it.
func (r *run) tokenAt(off int) int {
	i, _ := slices.BinarySearchFunc(r.toks, off, func(t nlp.Token, o int) int { return t.Start - o })
	return i
}

// span returns the byte span of tokens [a, b] inclusive.
func (r *run) span(a, b int) nlp.Span {
	if a > b || a < 0 || b >= len(r.toks) {
		return nlp.Span{}
	}
	return nlp.Span{Start: r.toks[a].Start, End: r.toks[b].End}
}

func (r *run) text(sp nlp.Span) string { return r.doc.Text[sp.Start:sp.End] }

// dropNested removes the attributions whose cue lies inside the content of
// another attribution of the same sentence.
func (r *run) dropNested() {
	keep := r.out[:0]
	keepSrc := r.srcTok[:0]
	for i, a := range r.out {
		nested := false
		// Contents are bounded (maxClause tokens), so only cues nearby
		// can hold this one.
		const near = 4 * maxClause * 8 // bytes
		for j := i - 1; j >= 0 && r.out[j].Sentence == a.Sentence && a.Cue.Start-r.out[j].Cue.End < near && !nested; j-- {
			nested = r.holds(r.out[j], a)
		}
		for j := i + 1; j < len(r.out) && r.out[j].Sentence == a.Sentence && r.out[j].Cue.Start-a.Cue.End < near && !nested; j++ {
			nested = r.holds(r.out[j], a)
		}
		if nested && r.why != nil {
			r.why(a.Cue.Span, "nested")
		}
		if !nested {
			keep = append(keep, a)
			keepSrc = append(keepSrc, r.srcTok[i])
		}
	}
	r.out, r.srcTok = keep, keepSrc
}

// holds reports whether b's cue lies inside a's content while a's cue does
// not lie inside b's.
func (r *run) holds(a, b Attribution) bool {
	in := func(x, y Attribution) bool {
		for _, sp := range contentSpans(x.Content) {
			if sp.Contains(y.Cue.Span) {
				return true
			}
		}
		return false
	}
	return in(a, b) && !in(b, a)
}
