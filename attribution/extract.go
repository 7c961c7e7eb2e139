package attribution

// The pipeline: Extract makes a run over a document (newRun: per-token
// classes, quotations, paragraphs), takes its sentences one by one
// (sentence: the cues of cue.go, their sources in source.go and contents in
// content.go), lets the cue model decide where the rules stopped
// (model.go), continues quotations across sentences (quotes.go) and
// resolves the sources (resolve.go).

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/internal/learn"
	"github.com/hearsay-go/hearsay/internal/pool"
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
	// Model is the trained cue model that decides, after the rules, which
	// other words are cues (see [Model]). nil means [DefaultModel], unless
	// Cues is set: the built-in model learned the built-in cues, so a
	// caller's own lexicon runs with the rules alone unless a Model is
	// given too. A zero Model (&Model{}) adds and drops nothing.
	Model *Model
	// Sources is the trained source model that may put another noun
	// phrase in place of the source a rule found (see [SourceModel]). nil
	// means [DefaultSourceModel] whenever the cue model runs; a zero
	// SourceModel replaces no source.
	Sources *SourceModel
	// Contents is the trained content model that may end a paraphrased
	// content elsewhere than the rule did (see [ContentModel]). nil means
	// [DefaultContentModel] whenever the cue model runs; a zero
	// ContentModel moves no content's end.
	Contents *ContentModel
	// RulesOnly turns the models off: the rules alone decide.
	RulesOnly bool
	// Idioms are the fixed expressions in which a cue reports nothing
	// ("than expected", "known for"; see [Idioms]). nil means
	// [DefaultIdioms]; to add idioms of your own, give
	// DefaultIdioms().With(yours).
	Idioms *Idioms
}

// model returns the cue model x uses, or nil for the rules alone.
func (x *Extractor) model() *Model {
	switch {
	case x == nil:
		return DefaultModel()
	case x.RulesOnly:
		return nil
	case x.Model != nil:
		if x.Model.lm == nil {
			return nil // a zero Model: the rules alone
		}
		return x.Model
	case x.Cues != nil:
		return nil
	}
	return DefaultModel()
}

// contentModel returns the content model x uses, or nil: none without a
// cue model.
func (x *Extractor) contentModel() *ContentModel {
	if x.model() == nil {
		return nil
	}
	if x != nil && x.Contents != nil {
		if x.Contents.lm == nil {
			return nil // a zero ContentModel ends no content elsewhere
		}
		return x.Contents
	}
	return DefaultContentModel()
}

// sourceModel returns the source model x uses, or nil: none without a
// cue model.
func (x *Extractor) sourceModel() *SourceModel {
	if x.model() == nil {
		return nil
	}
	if x != nil && x.Sources != nil {
		if x.Sources.lm == nil {
			return nil // a zero SourceModel replaces no source
		}
		return x.Sources
	}
	return DefaultSourceModel()
}

// hooks are what an extraction reports beside its result, for
// explanations and training.
type hooks struct {
	why     func(nlp.Span, string)       // why a cue match was rejected
	idiom   func(nlp.Span, *Idiom)       // the idiom a cue match was rejected for
	collect func(tok int, feat []uint32) // the model's features of each scored token; the model decides nothing
	model   *Model                       // the model to collect features for
	// explain learns, for each token the model scored, its probability
	// and every feature's weight
	explain func(tok int, prob float64, features []learn.Contribution)
	// sources, when set, receives each attribution's candidate sources and
	// their features, and the source model decides nothing
	sources func(a *Attribution, cands [][2]int, feats [][]uint32)
	// contents, when set, receives each attribution's candidate contents
	// and their features, and the content model decides nothing
	contents func(a *Attribution, cands [][2]int, feats [][]uint32)
	// explainSpan, when set, receives each attribution's candidate
	// sources (part "source") and contents (part "content"), their scores
	// and named features, the index of the rules' choice and of the
	// chosen one; or, with no candidates, why the model was not asked
	explainSpan func(part string, a *Attribution, cands [][2]int, scores []float64, named [][]learn.Contribution, rulesAt, chosen int, skipped string)
	// ctx, when set, is checked every ctxEvery sentences; once it is
	// done, extraction stops and returns nothing.
	ctx context.Context
	// dst, when set, is what the attributions are appended to, and what
	// extract returns extended, in place of a slice of their own.
	dst *[]Attribution
}

// ctxEvery is how many sentences extraction goes between looks at its
// context: a look costs little, and 256 sentences take about a
// millisecond.
const ctxEvery = 256

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
	return x.extract(doc, nil, false, hooks{})
}

// ExtractMatches is Extract with the lexicon already matched: ms are the
// matches over doc, as [lexicon.Lexicon.Match] returns them, of a lexicon
// that holds the Extractor's cue entries (Cues, or the built-in cues when
// Cues is nil). Entries of other categories are ignored and ms is not
// modified. A caller that matches the lexicon for its own purposes too
// (hearsay's Analyzer, for findings) saves matching it twice.
func (x *Extractor) ExtractMatches(doc *nlp.Document, ms []lexicon.Match) []Attribution {
	return x.extract(doc, ms, true, hooks{})
}

// ExtractMatchesContext is ExtractMatches that stops when ctx is done,
// returning ctx's error and no attributions: a long document can be
// abandoned.
func (x *Extractor) ExtractMatchesContext(ctx context.Context, doc *nlp.Document, ms []lexicon.Match) ([]Attribution, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	as := x.extract(doc, ms, true, hooks{ctx: ctx})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return as, nil
}

// AppendExtractMatches appends to dst what [Extractor.ExtractMatches]
// returns, and returns the extended slice: a caller that extracts from
// document after document can reuse dst's memory.
func (x *Extractor) AppendExtractMatches(dst []Attribution, doc *nlp.Document, ms []lexicon.Match) []Attribution {
	return x.extract(doc, ms, true, hooks{dst: &dst})
}

// AppendExtractMatchesContext is AppendExtractMatches that stops when ctx
// is done, returning dst as it was and ctx's error.
func (x *Extractor) AppendExtractMatchesContext(ctx context.Context, dst []Attribution, doc *nlp.Document, ms []lexicon.Match) ([]Attribution, error) {
	if err := ctx.Err(); err != nil {
		return dst, err
	}
	out := x.extract(doc, ms, true, hooks{ctx: ctx, dst: &dst})
	if err := ctx.Err(); err != nil {
		clear(out[len(dst):])
		return dst, err
	}
	return out, nil
}

// extract is Extract with the matches, when matched, and hooks that learn
// what was decided and why.
func (x *Extractor) extract(doc *nlp.Document, given []lexicon.Match, matched bool, h hooks) []Attribution {
	var none []Attribution // what extract returns without attributions
	if h.dst != nil {
		none = *h.dst
	}
	if doc == nil || len(doc.Tokens) == 0 {
		return none
	}
	maxGap := DefaultMaxGap
	if x != nil && x.MaxGap > 0 {
		maxGap = x.MaxGap
	}
	r := newRun(doc, maxGap)
	defer r.release()
	r.why, r.idiomHook = h.why, h.idiom
	r.idioms = DefaultIdioms()
	if x != nil && x.Idioms != nil {
		r.idioms = x.Idioms
	}
	model := h.model
	if h.collect == nil {
		model = x.model()
	}
	if model != nil || h.sources != nil || h.contents != nil {
		r.ms.start(len(doc.Tokens))
	}
	ms := given
	if !matched {
		// The built-in cues are a lexicon of their own, built on first
		// use: a caller that matched them (hearsay's Analyzer) never
		// needs it.
		var lex *lexicon.Lexicon
		if x != nil {
			lex = x.Cues
		}
		if lex == nil {
			lex = defaultCues()
		}
		ms = lex.Match(doc)
	}
	cues := appendCues(r.cues[:0], ms)
	r.cues = cues // kept for the next run; release clears them
	for i := range cues {
		m := &cues[i]
		if m.First == m.Last && !strings.ContainsRune(m.Entry.Term, ' ') && inflection(r.toks[m.First].Norm, m.Entry.Term) == formOther {
			// "contender", "reporters", "supportive": a derivation that
			// shares the cue's stem is never a cue, so it neither ends
			// another cue's content nor counts as a cue nearby
			continue
		}
		r.isCue[m.First] = true
		if m.Entry.Flags.Has(lexicon.Verb) {
			r.isVerbCue[m.First] = true
		}
	}
	r.nested = x != nil && x.Nested
	r.cueLex = nil
	if x != nil {
		r.cueLex = x.Cues
	}
	mi := 0
	for si := range doc.Sentences {
		if h.ctx != nil && si%ctxEvery == ctxEvery-1 && h.ctx.Err() != nil {
			clear(r.out)
			r.out = r.out[:0]
			return none
		}
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		start := mi
		for mi < len(cues) && cues[mi].First < end {
			mi++
		}
		r.sentence(s, cues[start:mi])
	}
	if model != nil {
		r.applyModel(model, h)
	}
	switch {
	case h.sources != nil:
		r.chooseSources(nil, &h)
	case h.contents != nil:
		r.chooseContents(nil, &h)
	case model != nil && h.collect == nil:
		if sm := x.sourceModel(); sm != nil {
			r.chooseSources(sm, &h)
		}
		if cm := x.contentModel(); cm != nil {
			r.chooseContents(cm, &h)
		}
	}
	if len(r.out) == 0 {
		return none // nothing to continue or resolve: the names need not be found
	}
	r.continueQuotes()
	r.resolve()
	// The attributions are gathered in the run's recycled memory and
	// copied out at their exact length. Room made for them up front, half
	// the cues and doubled when full, came to 1.4 times what news articles
	// need, 240 bytes each: the copy and the clearing cost about what
	// allocating and zeroing that room did, and the collector has a fifth
	// fewer bytes to reclaim from the stage.
	var res []Attribution
	if h.dst != nil {
		res = append(none, r.out...)
	} else {
		res = make([]Attribution, len(r.out))
		copy(res, r.out)
	}
	clear(r.out)
	r.out = r.out[:0]
	return res
}

// appendCues appends to dst the longest of the cue matches of ms.
func appendCues(dst, ms []lexicon.Match) []lexicon.Match {
	return lexicon.AppendLongestOf(dst, ms, lexicon.Cue)
}

// run holds the state of one Extract call.
type run struct {
	doc    *nlp.Document
	toks   []nlp.Token
	maxGap int

	qid       []int32     // per token: the innermost quotation holding it, or -1
	starts    []int32     // per token: its Start, for tokenAt; nil for a text too long for int32 offsets
	blocks    []int32     // per 1<<blockShift bytes of text: the first token that starts in them or after, for tokenAt; nil with starts
	quotes    []quotation // quotations in order of their opening mark
	nl        []uint8     // per token: line breaks before it (capped at 2)
	cls       []uint8     // per token: its class (see clsKind), so that scans skip most tokens without reading them
	wcs       []uint64    // per token: its word classes (see in and derived)
	isCue     []bool      // per token: the first token of a lexicon cue match
	isVerbCue []bool      // per token: … of an entry meant as a verb
	used      []bool      // per token: already part of an attribution's cue

	// per token and one more, made on first use: the words and numbers
	// before it, and those of them inside quotations
	wordsBefore, quotedBefore []int32

	label    bool            // resolve is classifying a speaker's label ("RAMOS:")
	lowerIng map[string]bool // the document's lowercase -ing and plural words, made on first use (see lowercaseElsewhere)
	// capWithin holds the words in -s the document capitalizes within a
	// sentence, made with lowerIng (see capitalizedWithin)
	capWithin map[string]bool
	// the maps above and below are kept from run to run, cleared: these
	// tell whether this run has filled them
	lowerIngMade, roleMade bool
	wordScans              int // the questions lowercaseElsewhere and capitalizedWithin answered by a pass (see maxWordScans)
	// the first token of each role word plus one, and the people named, by
	// their first mention: made on first use (see onlyPerson)
	roleFirst    map[string]int
	personsFirst [][2]int32
	entSeen      []bool  // see onlyPerson
	pronSents    []uint8 // per sentence: the genders of its pronouns (see pronounWindow)
	pronMade     bool    // pronSents is filled for this run's document

	lo, hi   int          // the current sentence's tokens
	lastSent sentRange    // the sentence sentLoOf found last
	walk     clauseWalk   // where the last content clause ended
	sent     sentenceInfo // the current sentence as a whole

	nested bool             // keep attributions nested in another's content
	cueLex *lexicon.Lexicon // the extractor's own cue lexicon, nil for the built-in one
	asked  bool             // a paragraph opened with an interviewer's "Q:"
	marks  int              // quotation marks in the document
	dashes int              // tokens with clsDash in the document

	// scratch space reused from sentence to sentence
	pairs  []pair
	parts  []ownedSpan
	active []int32
	drop   []bool

	why       func(nlp.Span, string) // debugging hook: why a cue was rejected
	idiomHook func(nlp.Span, *Idiom) // debugging hook: the idiom a cue was rejected for
	idioms    *Idioms                // the cue idioms in use
	ms        modelState             // the cue model's view of the tokens
	// forced is set while the rules find the source and content of a cue
	// the model took: the rejections for want of evidence (no source, no
	// content, no complement) do not apply
	forced     bool
	lastReject string // the reason of the latest rejection
	// agentless holds the cue starts of the model's cues that the rules
	// read as passives with no agent, in increasing order (the model
	// takes its cues in token order), for a binary search
	agentless []int32

	out []Attribution // kept from run to run: extract copies it out
	// per attribution, the token range of its source (for resolution)
	srcTok [][2]int

	partBlock []part // see onePart

	// memory kept from run to run (see newRun)
	scratch tokenScratch
	cues    []lexicon.Match // the document's longest cue matches (see appendCues)
	stack   []openMark      // see findQuotes
	recent  []refKey        // see resolve
	ents    entities        // see resolve
	norms   []string        // a block the names' norms are carved from, see personName
	flags   []bool          // see continueQuotes
	events  []int32         // quotation marks and paragraph starts, in order: see findQuotes
	keyBuf  []byte          // see orgEntity
}

// tokenScratch holds the per-token slices of a run.
type tokenScratch struct {
	i32 []int32  // qid, then wordsBefore and quotedBefore, then starts
	u8  []uint8  // nl, then cls
	b   []bool   // isCue, isVerbCue, used
	u64 []uint64 // wcs
	blk []int32  // blocks
}

// grow makes room for n tokens.
func (s *tokenScratch) grow(n int) {
	if cap(s.i32) < 4*n+2 {
		s.i32 = make([]int32, 4*n+2)
		s.u8 = make([]uint8, 2*n)
		s.b = make([]bool, 3*n)
		s.u64 = make([]uint64, n)
	}
	s.i32, s.u8, s.b, s.u64 = s.i32[:cap(s.i32)], s.u8[:cap(s.u8)], s.b[:cap(s.b)], s.u64[:cap(s.u64)]
}

// Runs are recycled, with the memory of their slices and maps: none of
// it leaves Extract.
var runPool = pool.New(func(r *run) bool { return r.reset() })

// maxPooledScratch keeps the memory of very large documents out of the
// pool.
const maxPooledScratch = 1 << 17

// maxPooledWords bounds the maps of words a pooled run keeps.
const maxPooledWords = 1 << 10

// release returns r to the pool; r must not be used after.
func (r *run) release() { runPool.Put(r) }

// reset clears what r still holds of the document, so that the pool
// keeps no text alive, and reports whether r is small enough to keep.
func (r *run) reset() bool {
	if !pool.Fits(maxPooledScratch, cap(r.scratch.u8), cap(r.scratch.blk)) {
		return false
	}
	clear(r.cues) // those past its length were cleared by an earlier release
	r.ms.release()
	clear(r.norms)
	clear(r.ents.list)
	clear(r.ents.byLast)
	clear(r.ents.byName)
	clear(r.ents.byHead)
	// the maps of one document's words are kept unless a long text made
	// them large, for clearing costs what they have grown to
	lowerIng, roleFirst, capWithin := r.lowerIng, r.roleFirst, r.capWithin
	if len(lowerIng) > maxPooledWords {
		lowerIng = nil
	}
	if len(capWithin) > maxPooledWords {
		capWithin = nil
	}
	if len(roleFirst) > maxPooledWords {
		roleFirst = nil
	}
	clear(lowerIng)
	clear(capWithin)
	clear(roleFirst)
	clear(r.personsFirst)
	*r = run{
		lowerIng: lowerIng, capWithin: capWithin, roleFirst: roleFirst, personsFirst: r.personsFirst[:0], entSeen: r.entSeen[:0],
		pairs: r.pairs[:0], parts: r.parts[:0], active: r.active[:0], drop: r.drop[:0],
		sent:      sentenceInfo{start: r.sent.start[:0], commas: r.sent.commas[:0], nextVerb: r.sent.nextVerb[:0]},
		srcTok:    r.srcTok[:0],
		agentless: r.agentless[:0],
		pronSents: r.pronSents[:0],
		out:       r.out[:0],
		partBlock: r.partBlock[:0],
		quotes:    r.quotes[:0],
		scratch:   r.scratch,
		cues:      r.cues[:0],
		stack:     r.stack[:0],
		recent:    r.recent[:0],
		ents: entities{
			list: r.ents.list[:0], cands: r.ents.cands[:0], keys: r.ents.keys[:0],
			byLast: r.ents.byLast, byName: r.ents.byName, byHead: r.ents.byHead,
			mentions: r.ents.mentions[:0], later: r.ents.later[:0], refs: r.ents.refs[:0], roles: r.ents.roles[:0],
		},
		norms:  r.norms[:0],
		flags:  r.flags[:0],
		events: r.events[:0],
		keyBuf: r.keyBuf[:0],
		ms:     r.ms,
	}
	return true
}

// newRun returns a run over doc, from the pool: every field but the
// memory kept by release starts at its zero value.
func newRun(doc *nlp.Document, maxGap int) *run {
	n := len(doc.Tokens)
	r := runPool.Get()
	sc := &r.scratch
	sc.grow(n)
	r.doc, r.toks, r.maxGap = doc, doc.Tokens, maxGap
	r.qid = sc.i32[:n:n] // set by findQuotes
	r.nl = sc.u8[:n:n]   // set below
	r.cls = sc.u8[n : 2*n : 2*n]
	r.isCue = sc.b[:n:n]
	r.isVerbCue = sc.b[n : 2*n : 2*n]
	r.used = sc.b[2*n : 3*n : 3*n]
	r.wcs = sc.u64[:n:n]
	clear(sc.b[:3*n])
	prevEnd := 0
	toks, text := doc.Tokens, doc.Text
	cls, wcs, nl := r.cls[:len(toks)], r.wcs[:len(toks)], r.nl[:len(toks)]
	starts := sc.i32[3*n+2 : 4*n+2 : 4*n+2][:len(toks)]
	// One pass reads each token once: the tokens take 72 bytes each, and
	// what the rules ask of them most goes into a few bytes a token.
	for i := range toks {
		t := &toks[i]
		kind := t.Kind
		cl := uint8(kind) & clsKind
		switch {
		case kind == nlp.Word:
			if n := len(t.Norm); n > 5 && t.Norm[n-3:] == "ing" {
				cl |= clsIng
			}
			if t.Text != "" {
				if b := t.Text[0]; b < utf8.RuneSelf {
					if 'A' <= b && b <= 'Z' {
						cl |= clsCapWord
					}
				} else if t.Capitalized() {
					cl |= clsCapWord
				}
			}
		case kind.IsQuote():
			cl |= uint8(family(t)) << clsFamShift
		case isDash(t.Text) || t.Text == "-" && t.Start > prevEnd && t.End < len(text) && isSpaceByte(text[t.End]):
			// (a hyphen set off by spaces is a dash: "Sanders - who
			// flew home - has vowed …")
			cl |= clsDash
		case t.Text == ":":
			cl |= clsColon
		}
		cls[i] = cl
		c := uint8(0)
		switch gap := t.Start - prevEnd; {
		case i == 0:
			c = 2
		case gap == 1: // most often
			if text[prevEnd] == '\n' {
				c = 1
			}
		default:
			for p := prevEnd; p < t.Start && c < 2; p++ {
				if text[p] == '\n' {
					c++
				}
			}
		}
		nl[i] = c
		prevEnd = t.End
		starts[i] = int32(t.Start) // wrong past math.MaxInt32, and then not used
		var wc uint64
		if w := t.Norm; w != "" {
			h := wordHash(w)
			if b := h >> (64 - seenBits); wordClasses.seen[b>>6]&(1<<(b&63)) != 0 {
				wc = wordClasses.find(w, h)
			}
		}
		wcs[i] = wc
	}
	// The quotation marks and paragraph starts, from the bytes just made:
	// kept out of the loop above, which has enough to hold in registers.
	if len(text) <= math.MaxInt32 {
		r.starts = starts
		nb := len(text)>>blockShift + 1
		blocks := slices.Grow(sc.blk[:0], nb)[:nb]
		// blocks[b] counts the tokens that start before block b: each
		// token counts in the blocks after its own, summed up after, with
		// no branch that the text decides
		clear(blocks)
		for _, st := range starts {
			if b := int(st>>blockShift) + 1; b < nb {
				blocks[b]++
			}
		}
		for b := 1; b < nb; b++ {
			blocks[b] += blocks[b-1]
		}
		sc.blk, r.blocks = blocks, blocks
	}
	events := slices.Grow(r.events[:0], len(cls))[:len(cls)]
	k, marks, dashes := 0, 0, 0
	nl = nl[:len(cls)]
	for i, cl := range cls {
		events[k] = int32(i) // kept when it is an event
		if nlp.Kind(cl & clsKind).IsQuote() {
			marks++
			k++
		} else if nl[i] > 0 && i > 0 {
			k++
		}
		if cl&clsDash != 0 {
			dashes++
		}
	}
	events = events[:k]
	r.events, r.marks, r.dashes = events, marks, dashes
	r.findQuotes()
	return r
}

// sentence finds the attributions of one sentence, whose lexicon cue
// matches are given in order.
func (r *run) sentence(s *nlp.Sentence, ms []lexicon.Match) {
	lo, hi := s.First, s.First+len(s.Tokens)
	r.enterSentence(lo, hi)
	first := len(r.out)
	r.punctuationCues(s, lo, hi, ms)
	heldColon := r.colonQuote(s, lo, hi, ms, false, 0)
	var stmt []lexicon.Match // adverbial "in a statement": a cue only alone
	var a Attribution        // built in place by the cue rules, copied by add
	for _, m := range ms {
		if r.used[m.First] {
			continue
		}
		src, ok := r.lexicalCue(&a, s, lo, hi, m)
		if !ok {
			if a.Cue.Form == adverbialForm {
				stmt = append(stmt, m)
			}
			continue
		}
		r.add(&a, src, m.First)
	}
	if heldColon >= 0 {
		r.colonQuote(s, lo, hi, ms, true, first)
	}
	if len(r.out) == first {
		for _, m := range stmt {
			if src, ok := r.adverbialCue(&a, s, lo, hi, m); ok {
				r.add(&a, src, m.First)
			}
		}
	}
	r.pollCues(&a, s, lo, hi, first)
	// Keep the sentence's attributions in the order of their cues.
	if n := len(r.out) - first; n > 1 && !slices.IsSortedFunc(r.out[first:], func(x, y Attribution) int { return x.Cue.Start - y.Cue.Start }) {
		ps := r.pairs[:0]
		for i := first; i < len(r.out); i++ {
			ps = append(ps, pair{r.out[i], r.srcTok[i]})
		}
		slices.SortStableFunc(ps, func(x, y pair) int { return x.a.Cue.Start - y.a.Cue.Start })
		for i, p := range ps {
			r.out[first+i], r.srcTok[first+i] = p.a, p.src
		}
		clear(ps)
		r.pairs = ps[:0]
	}
	r.cutRelativeSources(first)
	if !r.nested {
		r.dropNested(first)
	}
}

// cutRelativeSources ends the sources of the current sentence's
// attributions, those from first on, before a relative clause set off by
// a comma or a dash whose pronoun is the source of another attribution: in
// "Crawford, who recalled the visit, said …" the one who said is
// Crawford; what she recalled is reported on its own. The attributions
// are in the order of their cues.
func (r *run) cutRelativeSources(first int) {
	as := r.out[first:]
	if len(as) < 2 {
		return
	}
	for i := range as {
		src := r.srcTok[first+i]
		if src == noSource || src[0] == src[1] {
			continue
		}
		from, to := r.toks[src[0]].Start, r.toks[src[1]].End
		for j := cueAtOrAfter(as, from); j < len(as) && as[j].Cue.Start < to; j++ {
			rel := r.srcTok[first+j]
			if j == i || rel == noSource || rel[0] != rel[1] || rel[0]-2 < src[0] || rel[0] > src[1] || r.toks[rel[0]-1].Text != "," && r.cls[rel[0]-1]&clsDash == 0 || !r.in(rel[0], relativeWh) {
				continue
			}
			e := rel[0] - 2
			if e < r.srcTok[first+i][1] {
				r.srcTok[first+i][1] = e
			}
			break
		}
	}
}

// pair is an attribution and the token range of its source.
type pair struct {
	a   Attribution
	src [2]int
}

// add appends an attribution whose cue starts at token ci.
func (r *run) add(a *Attribution, src [2]int, ci int) {
	for i := ci; i < len(r.toks) && r.toks[i].Start < a.Cue.End; i++ {
		r.used[i] = true
	}
	r.out = append(r.out, *a)
	r.srcTok = append(r.srcTok, src)
}

// blockShift sets the size of tokenAt's blocks of text: 16 bytes, which
// hold about three tokens of news, for a table of a quarter of the text's
// size.
const blockShift = 4

// tokenAt returns the index of the token that starts at byte offset off,
// or the first token after it.
func (r *run) tokenAt(off int) int {
	lo, hi := 0, len(r.toks)
	if r.blocks != nil {
		// The first token of off's block, then the few after it.
		if off <= 0 {
			return 0
		}
		b := off >> blockShift
		if b >= len(r.blocks) {
			return hi
		}
		i := int(r.blocks[b])
		starts := r.starts[:hi]
		for i < len(starts) && int(starts[i]) < off {
			i++
		}
		return i
	}
	if r.starts != nil {
		// The starts take 4 bytes a token where the tokens take 72: the
		// search reads a few cache lines rather than one a step.
		// The halving has no branch that the data decide, which the
		// processor would guess wrong half the time: a step is taken or
		// not by a mask, all ones when the start is before off.
		starts := r.starts[:hi]
		if hi == 0 {
			return 0
		}
		off := int64(max(min(off, math.MaxInt32), math.MinInt32))
		base, n := 0, hi
		for n > 1 {
			half := n >> 1
			base += half & int((int64(starts[base+half])-off)>>63)
			n -= half
		}
		return base + int(uint64(int64(starts[base])-off)>>63)
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if r.toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// span returns the byte span of tokens [a, b] inclusive.
func (r *run) span(a, b int) nlp.Span {
	if a > b || a < 0 || b >= len(r.toks) {
		return nlp.Span{}
	}
	return nlp.Span{Start: r.toks[a].Start, End: r.toks[b].End}
}

func (r *run) text(sp nlp.Span) string { return r.doc.Text[sp.Start:sp.End] }

// dropNested removes the attributions of the current sentence, those from
// first on, whose cue lies inside the content of another attribution of
// the sentence, unless that one's cue lies inside theirs.
//
// The attributions are in the order of their cues. A sweep over the cues
// keeps the content parts that have begun and not yet ended; a cue is
// nested when one of them, not its own, holds it. Each part enters and
// leaves once, so the sweep is linear in practice however long the
// contents and however many cues a sentence has.
func (r *run) dropNested(first int) {
	as := r.out[first:]
	if len(as) < 2 {
		return
	}
	parts := r.parts[:0]
	for i, a := range as {
		if a.Cue.Form == Adverb {
			// "The Lee campaign reportedly wants …": the clause's own cue is
			// reported too, with its source
			continue
		}
		for _, sp := range contentSpans(a.Content) {
			parts = append(parts, ownedSpan{sp, int32(i)})
		}
	}
	slices.SortFunc(parts, func(x, y ownedSpan) int { return x.Start - y.Start })
	active := r.active[:0]
	drop := r.drop[:0]
	next := 0
	for i, b := range as {
		for next < len(parts) && parts[next].Start <= b.Cue.Start {
			active = append(active, int32(next))
			next++
		}
		// a content that b's source holds the cue of ends before b
		// (trimRelative); then the cues dropped inside what it held
		// block b no more
		var cut [2]nlp.Span // what the trimmed contents held
		ncut := 0
		for k := len(active) - 1; k >= 0; k-- {
			p := &parts[active[k]]
			if p.End < b.Cue.Start {
				// ended before this cue, so before every later one
				active[k] = active[len(active)-1]
				active = active[:len(active)-1]
				continue
			}
			o := int(p.owner)
			if held := p.Span; o < i && !drop[o] && p.Contains(b.Cue.Span) && r.trimRelative(first, o, i, p) && ncut < len(cut) {
				cut[ncut] = held
				ncut++
			}
		}
		nested := false
		for k := len(active) - 1; k >= 0 && !nested; k-- {
			p := parts[active[k]]
			o := int(p.owner)
			if o == i || !p.Contains(b.Cue.Span) || o < i && drop[o] && heldIn(cut[:ncut], as[o].Cue.Span) {
				continue
			}
			nested = true
			for _, sp := range contentSpans(b.Content) {
				if sp.Contains(as[p.owner].Cue.Span) {
					nested = false // each holds the other's cue
					break
				}
			}
		}
		if nested {
			r.noteRejection(b.Cue.Span, "nested")
			if r.why != nil {
				r.why(b.Cue.Span, "nested")
			}
		}
		drop = append(drop, nested)
	}
	keep := first
	for i := range as {
		if !drop[i] {
			r.out[keep] = as[i]
			r.srcTok[keep] = r.srcTok[first+i]
			keep++
		}
	}
	clear(r.out[keep:])
	r.out = r.out[:keep]
	r.srcTok = r.srcTok[:keep]
	r.parts, r.active, r.drop = parts[:0], active[:0], drop[:0]
}

// trimRelative ends the content of attribution o (of those from first on)
// before the verb of attribution b, whose cue its content holds, when o's
// cue stands inside b's source: o speaks in a relative clause of b's
// subject, and the sentence's own predicate begins at b's verb ("Voters
// who want lower taxes | said the plan would hurt them"). p is o's
// content part; it and o's content are cut before b's verb group.
func (r *run) trimRelative(first, o, b int, p *ownedSpan) bool {
	src := r.srcTok[first+b]
	if src == noSource || len(r.out[first+o].Content.Parts) > 0 {
		return false
	}
	a := &r.out[first+o]
	// o's own source is the relative pronoun, and b's source holds its
	// antecedent
	rel := r.srcTok[first+o]
	if rel == noSource || rel[0] != rel[1] || !r.relativeWord(rel[0]) || src[0] >= rel[0] {
		return false
	}
	if r.toks[src[0]].Start > a.Cue.Start || r.toks[src[1]].End < a.Cue.End || r.toks[src[1]].End <= p.Start || r.toks[src[1]].End >= r.out[first+b].Cue.Start {
		return false
	}
	// the relative clause runs to b's verb group, past where b's source
	// may stop ("who believe the strike will end soon | said")
	k := r.tokenAt(r.out[first+b].Cue.Start) - 1
	for k > src[1] && (r.in(k, auxiliaries) || r.in(k, beForms) || r.in(k, modals) || r.in(k, negators)) {
		k--
	}
	if r.out[first+b].Cue.Form != Verb || r.toks[k].Norm == "to" || r.in(k, subjectPronouns) || r.in(k, objectPronouns) {
		// "who said they | supported": a pronoun before b's verb is
		// its own subject, in o's content
		return false
	}
	end := r.toks[k].End
	if end <= p.Start {
		return false
	}
	if r.toks[r.tokenAt(p.Start)].Norm == "that" {
		return false // "who have suggested that Mr. Rubio | is willing to": a clause, with its own subject
	}
	for j := r.tokenAt(p.Start); j < k; j++ {
		if r.toks[j].Norm == "than" {
			return false // "more resilient than most people | imagined"
		}
	}
	a.Content.End = end
	a.Content.Text = r.text(a.Content.Span)
	p.End = end
	return true
}

// heldIn reports whether one of spans contains sp.
func heldIn(spans []nlp.Span, sp nlp.Span) bool {
	for _, h := range spans {
		if h.Contains(sp) {
			return true
		}
	}
	return false
}

// ownedSpan is a content part and the index of its attribution.
type ownedSpan struct {
	nlp.Span
	owner int32
}

// A token's class packs what scans over every token test first: its kind,
// whether it is a capitalized word, and its quotation-mark family. The
// classes of a document take a byte a token, where the tokens take 72.
const (
	clsKind     = 0x07 // the nlp.Kind
	clsCapWord  = 0x08 // a Word whose first rune is upper case
	clsFam      = 0x30 // family(t) << clsFamShift
	clsFamShift = 4
	clsDash     = 0x40 // a token other than a Word that is a dash (see isDash)
	clsIng      = 0x80 // a Word whose norm is longer than five bytes and ends in "ing" (see lowercaseElsewhere)
	clsColon    = 0x80 // a token other than a Word that is a colon: the bit clsIng sets only on words
)

// isDash reports whether a token's text is a dash that sets off a
// speaker after a quotation (“…” ― Sonya Herridge).
func isDash(text string) bool {
	switch text {
	case "\u2015", "\u2014", "\u2013", "--":
		return true
	}
	return false
}

// isSpaceByte reports whether b is an ASCII space, tab or line break.
func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
