package attribution

// The cue model: after the rules, the trained model scores the words the
// rules could take for cues and adds those it is confident of; their
// source and content come from the rules (cue.go) as for any lexicon cue.

import (
	_ "embed"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"sync"

	"github.com/hearsay-go/hearsay/internal/learn"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// The built-in cue model, made by cmd/hearsay-train (see model/README.md).
//
//go:embed model/cue.model
var cueModelData []byte

// A Model is a trained cue model: for each word the rules could take for a
// cue, or that annotated news often uses as one, the probability that it
// heads a cue here. The rules find the candidates and their source and
// content; the model reads each candidate in context, with what the rules
// made of it among its features, and decides. It adds cues that the rules
// stopped short of ("voted", "see", "has been critical of"), whose source
// and content the rules then find as they do for any lexicon cue, and can
// drop verb, participle and noun cues of the rules below its keep
// threshold (the built-in model's is 0.10).
//
// A Model is read-only and safe for concurrent use.
type Model struct {
	lm        *learn.Model
	add, keep float32 // see WithThresholds
}

// LoadModel decodes a model file written by [Model.MarshalBinary].
func LoadModel(data []byte) (*Model, error) {
	lm, err := decodeModel(data, cueModelName)
	if err != nil {
		return nil, err
	}
	if len(lm.Thresholds) != 2 || !validThreshold(float64(lm.Thresholds[0])) || !validKeep(float64(lm.Thresholds[1])) {
		return nil, fmt.Errorf("attribution: a cue model needs an add threshold in (0, 1) and a keep threshold in [0, 1), not %v", lm.Thresholds)
	}
	return &Model{lm: lm, add: lm.Thresholds[0], keep: lm.Thresholds[1]}, nil
}

// decodeModel decodes a model file and checks that it holds the model
// named name.
func decodeModel(data []byte, name string) (*learn.Model, error) {
	var lm learn.Model
	if err := lm.UnmarshalBinary(data); err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	if lm.Name != name {
		return nil, fmt.Errorf("attribution: a %q model, not a %q model", lm.Name, name)
	}
	return &lm, nil
}

func validThreshold(t float64) bool { return t > 0 && t < 1 }

func validKeep(t float64) bool { return t >= 0 && t < 1 }

// cueModelName names the cue model in its file.
const cueModelName = "attribution/cue/v1"

var defaultModel = sync.OnceValue(func() *Model {
	m, err := LoadModel(cueModelData)
	if err != nil {
		panic("attribution: the built-in cue model: " + err.Error())
	}
	return m
})

// DefaultModel returns the built-in cue model, learned from the PolNeAR
// training articles (see the NOTICE file).
func DefaultModel() *Model { return defaultModel() }

// MarshalBinary encodes the model in the file format LoadModel reads. The
// same model gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	if m.lm == nil {
		return nil, errZeroModel
	}
	return m.lm.MarshalBinary()
}

// Thresholds returns the probability at or above which the model adds a
// cue where the rules found none, and the one below which it drops a cue
// of the rules.
func (m *Model) Thresholds() (add, keep float64) { return float64(m.add), float64(m.keep) }

// Meta returns the lines saved with the model: the corpus it was learned
// from, the command that made it, its figures.
func (m *Model) Meta() []string {
	if m.lm == nil {
		return nil
	}
	return m.lm.Meta
}

// Size returns the number of weights that are not zero, and the size of
// the feature table.
func (m *Model) Size() (nonzero, table int) {
	if m.lm == nil {
		return 0, 0
	}
	return m.lm.Nonzero(), len(m.lm.Weights)
}

// WithThresholds returns a copy of m that adds a cue where the rules found
// none at probability add or above, in (0, 1), and drops a cue of the
// rules below probability keep, in [0, 1): 0 never drops one. An invalid
// value keeps m's.
func (m *Model) WithThresholds(add, keep float64) *Model {
	c := *m
	if validThreshold(add) {
		c.add = float32(add)
	}
	if validKeep(keep) {
		c.keep = float32(keep)
	}
	c.lm = &learn.Model{}
	*c.lm = *m.lm
	c.lm.Thresholds = []float32{c.add, c.keep}
	return &c
}

// Feature templates: the first byte of every feature's hash, and the
// prefix of its name in an explanation.
const (
	fWord     = 'w' // the word
	fSuffix   = 'x' // its last three letters
	fShape    = 's' // capitalization, digits, punctuation
	fPrev     = 'p' // the word before
	fNext     = 'n' // the word after
	fBigramL  = 'b' // before + word
	fBigramR  = 'c' // word + after
	fLex      = 'L' // the cue entry starting here: term and stance
	fLexIn    = 'l' // inside a cue entry that starts earlier
	fStance   = 'T' // the stance of the entry starting here
	fRule     = 'R' // what the rules made of the word
	fRuleWord = 'r' // the same, with the word
	fContent  = 'C' // inside another attribution's content
	fClass    = 'K' // a word class of the word
	fPos      = 'o' // position in the sentence
	fNameL    = 'e' // a name right before
	fQuote    = 'q' // a quotation in the sentence, and on which side
	fCueNear  = 'u' // another lexicon cue in the sentence
	fRight    = 'A' // the coarse class of the word after (past adverbs), alone and with the next
	fWordR    = 'E' // the word with that coarse class
	fLexR     = 'F' // the cue entry starting here with that coarse class
	fOther    = 'O' // the nearest other attribution of the rules in the sentence, each side
	fOtherCue = 'H' // the same attribution's cue entry
)

// featureSink receives a token's features: it collects their indices,
// which sum adds the weights of and training keeps, and names them for an
// explanation.
type featureSink struct {
	lm    *learn.Model
	bits  uint
	idx   []uint32             // every feature's index, in the order added
	named []learn.Contribution // when explain is set

	explain bool
}

// sum returns the sum of the features' weights, added in the order the
// features came. The weights are read here, in a loop of loads that do
// not wait for one another, rather than as each feature is hashed: a
// table of weights is larger than the caches nearer the core, and a
// token's misses then overlap.
func (s *featureSink) sum() float64 {
	if s.lm == nil {
		return 0
	}
	w := s.lm.Weights
	score := 0.0
	for _, i := range s.idx {
		score += float64(w[i])
	}
	return score
}

// An fpart is a string of a feature's name and its hash.
type fpart struct {
	s string
	h uint64
}

func mkPart(s string) fpart { return fpart{s, learn.StringHash(s)} }

// Parts that many features share, hashed once.
var (
	pNone, pEmpty, pTook, pRejected = mkPart("none"), mkPart(""), mkPart("took"), mkPart("rejected")
	pSome, pAfter                   = mkPart("some"), mkPart("after")
	pStart, pEnd                    = mkPart("<s>"), mkPart("</s>")
	pFirst, pEarly, pLast, pLate    = mkPart("first"), mkPart("early"), mkPart("last"), mkPart("late")
	pBoth, pBefore                  = mkPart("both"), mkPart("before")
	pLower, pCap, pUpper, pNumber   = mkPart("lower"), mkPart("Cap"), mkPart("UPPER"), mkPart("number")
)

// Coarse classes of a token, for the context features (see coarse).
var (
	cQuote, cThat, cTo, cWh, cDet, cPoss = mkPart("Q"), mkPart("that"), mkPart("to"), mkPart("wh"), mkPart("det"), mkPart("poss")
	cSubj, cObj, cPrep, cAux, cNeg       = mkPart("subj"), mkPart("obj"), mkPart("prep"), mkPart("aux"), mkPart("neg")
	cAdv, cVerb, cNum, cWord, cName      = mkPart("adv"), mkPart("verb"), mkPart("num"), mkPart("word"), mkPart("Name")
	cColon, cComma, cDash, cParen, cMark = mkPart(":"), mkPart(","), mkPart("--"), mkPart("("), mkPart("punct")
)

// add sends the feature of template t and parts a and b. It hashes the
// parts itself rather than through add3, whose third part would be
// copied into every call.
func (s *featureSink) add(t byte, a, b fpart) {
	i := learn.NewHash(t).Add(a.h).Add(b.h).Index(s.bits)
	s.idx = append(s.idx, i)
	if s.explain {
		s.name(i, t, a.s, b.s, "")
	}
}

// add3 is add with a third part; a third part "" is left out.
func (s *featureSink) add3(t byte, a, b, c fpart) {
	h := learn.NewHash(t).Add(a.h).Add(b.h)
	if c.s != "" {
		h = h.Add(c.h)
	}
	i := h.Index(s.bits)
	s.idx = append(s.idx, i)
	if s.explain {
		s.name(i, t, a.s, b.s, c.s)
	}
}

// name records the name and weight of the feature at index i, of
// template t and parts a, b and c, for an explanation: out of line, so
// that add and add3, called for every feature, stay small.
//
//go:noinline
func (s *featureSink) name(i uint32, t byte, a, b, c string) {
	w := 0.0
	if s.lm != nil {
		w = float64(s.lm.Weights[i])
	}
	name := string(t) + ":" + a
	if b != "" {
		name += "|" + b
	}
	if c != "" {
		name += "|" + c
	}
	s.named = append(s.named, learn.Contribution{Feature: name, Weight: w})
}

// vocabKey is the key by which the model's vocabulary holds a word, from
// the hash of its lowercase form: the hash of its fWord feature.
func vocabKey(normHash uint64) uint64 { return uint64(learn.NewHash(fWord).Add(normHash)) }

// norm returns token k's lowercase form as an fpart, or the sentence's
// edge outside [lo, hi); the hashes are made once a run. (It is small
// enough to be inlined: its callers ask for every feature.)
func (r *run) norm(k, lo, hi int) fpart {
	switch {
	case k < lo:
		return pStart
	case k >= hi:
		return pEnd
	}
	n, h := r.toks[k].Norm, &r.ms.normHash[k]
	if *h == 0 {
		*h = learn.StringHash(n)
	}
	return fpart{n, *h}
}

// modelState is what the model stage knows of each token beyond the run.
type modelState struct {
	on        bool       // the stage runs: the rules note their rejections
	cueOf     []int32    // the attribution whose cue holds the token, or -1
	cueToks   []int32    // the tokens of cueOf that markCues set, for the next to reset
	cueReady  bool       // cueOf is -1 but at cueToks
	inContent []bool     // inside an attribution's content
	lexIn     []bool     // inside a cue match that starts before it
	entry     []int32    // 1 + the index in run.cues of the cue match starting here, or 0
	reason    []uint8    // why the rules rejected a cue match starting here: a reasonCode
	prob      []float32  // the model's probability, for the tokens in scored only
	normHash  []uint64   // the hash of the token's Norm, 0 until made
	scored    []int32    // the tokens the model scored, in order
	adverbs   []int32    // dropBelow's list of the sentence adverbs' attributions
	freed     []nlp.Span // the contents of the attributions dropBelow dropped
	sink      featureSink
	own       lexicon.Entry // the entry modelCue makes for a word
	blocked   []bool        // see sourceCandidates
	cands     []sourceCand  // see chooseSources
	betweens  []between     // see sourceCandidates
	wlo, whi  int           // the tokens betweens counts
	verbsPre  []int32       // see chooseContents
	commasPre []int32       // see chooseContents
	ends      []int         // see chooseContents
}

// start readies the state for n tokens, before the rules run.
func (ms *modelState) start(n int) {
	if cap(ms.cueOf) < n {
		ms.cueOf = make([]int32, n)
		ms.inContent = make([]bool, n)
		ms.lexIn = make([]bool, n)
		ms.entry = make([]int32, n)
		ms.reason = make([]uint8, n)
		ms.prob = make([]float32, n)
		ms.normHash = make([]uint64, n)
	}
	ms.on = true
	ms.cueOf, ms.inContent, ms.lexIn, ms.entry = ms.cueOf[:n], ms.inContent[:n], ms.lexIn[:n], ms.entry[:n]
	ms.reason, ms.prob, ms.normHash = ms.reason[:n], ms.prob[:n], ms.normHash[:n]
	ms.scored = ms.scored[:0]
	ms.cueToks, ms.cueReady = ms.cueToks[:0], false
	clear(ms.lexIn)
	clear(ms.entry)
	clear(ms.reason)
	clear(ms.normHash)
}

// release drops what the state holds of a document.
func (ms *modelState) release() {
	ms.on = false
	ms.own = lexicon.Entry{}
	ms.sink = featureSink{idx: ms.sink.idx[:0]}
}

// noteRejection records why the rules rejected the cue match at sp.
func (r *run) noteRejection(sp nlp.Span, why string) {
	if !r.ms.on {
		return
	}
	if i := r.tokenAt(sp.Start); i < len(r.ms.reason) && r.ms.reason[i] == 0 {
		r.ms.reason[i] = reasonCode(why)
	}
}

// markAttributions fills cueOf and inContent from the run's attributions.
func (r *run) markAttributions() {
	r.markCues()
	clear(r.ms.inContent)
	for ai := range r.out {
		for _, sp := range contentSpans(r.out[ai].Content) {
			// the tokens that start inside sp: found by their starts, not
			// read one by one
			for t, e := r.tokenAt(sp.Start), r.tokenAt(sp.End); t < e; t++ {
				r.ms.inContent[t] = true
			}
		}
	}
}

// markCues fills cueOf from the run's attributions, as markAttributions
// does, without the contents.
//
// It runs up to three times a document; after the first, it resets only
// the tokens it set before, a few cues' worth, rather than every token.
func (r *run) markCues() {
	ms := &r.ms
	if ms.cueReady {
		for _, t := range ms.cueToks {
			ms.cueOf[t] = -1
		}
	} else {
		for i := range ms.cueOf {
			ms.cueOf[i] = -1
		}
		ms.cueReady = true
	}
	toks := ms.cueToks[:0]
	for ai := range r.out {
		a := &r.out[ai]
		for t := r.tokenAt(a.Cue.Start); t < len(r.toks) && r.toks[t].Start < a.Cue.End; t++ {
			ms.cueOf[t] = int32(ai)
			toks = append(toks, int32(t))
		}
	}
	ms.cueToks = toks
}

// candidate reports whether the model scores token i: a lexicon cue, part
// of the rules' cue, or a word (not a number or mark) of its vocabulary
// that is not a function word; never a word inside a quotation, which is
// the quoted speaker's.
func (r *run) candidate(m *Model, i int) bool {
	if r.inQuote(i) {
		return false
	}
	if r.isCue[i] || r.ms.cueOf[i] >= 0 {
		return true
	}
	if nlp.Kind(r.cls[i]&clsKind) != nlp.Word || r.wcs[i]&notHeads != 0 {
		return false // punctuation cues are the rules'
	}
	return m.lm.InVocab(vocabKey(r.norm(i, i, i+1).h))
}

// notHeads are the word classes that never head a cue of their own, so
// the model need not look them up: determiners, pronouns, auxiliaries,
// prepositions, conjunctions.
var notHeads = determiners.bit | possessives.bit | auxiliaries.bit | beForms.bit | negators.bit |
	subjectPronouns.bit | objectPronouns.bit | prepositions.bit | coordinators.bit | functionWords.bit

// sentenceFacts are what the features read of a token's sentence as a
// whole, found once a sentence.
type sentenceFacts struct {
	lo, hi                int
	firstQuote, lastQuote int // quotation marks' token indices, -1 without
	cues                  int // lexicon cue matches outside quotations
	aLo, aHi              int // the rules' attributions whose cue is in the sentence: r.out[aLo:aHi]
}

// factsOf gathers the facts of sentence [lo, hi).
func (r *run) factsOf(lo, hi int) sentenceFacts {
	f := sentenceFacts{lo: lo, hi: hi, firstQuote: -1, lastQuote: -1}
	// r.out is in the order of its cues
	start, end := r.toks[lo].Start, r.toks[hi-1].End
	f.aLo, f.aHi = cueAtOrAfter(r.out, start), cueAtOrAfter(r.out, end)
	for k := lo; k < hi; k++ {
		if nlp.Kind(r.cls[k] & clsKind).IsQuote() {
			if f.firstQuote < 0 {
				f.firstQuote = k
			}
			f.lastQuote = k
		}
		if r.isCue[k] && !r.inQuote(k) {
			f.cues++
		}
	}
	return f
}

// features sends token i's features to s; e is the cue entry that starts
// at i, if any.
func (r *run) features(s *featureSink, i int, f *sentenceFacts, e *lexicon.Entry) {
	lo, hi := f.lo, f.hi
	w := r.norm(i, lo, hi)
	s.add(fWord, w, pEmpty)
	if n := len(w.s); n > 4 {
		s.add(fSuffix, mkPart(w.s[n-3:]), pEmpty)
	}
	s.add(fShape, r.shapeOf(i), pEmpty)
	p, n := r.norm(i-1, lo, hi), r.norm(i+1, lo, hi)
	s.add(fPrev, p, pEmpty)
	s.add(fNext, n, pEmpty)
	s.add(fBigramL, p, w)
	s.add(fBigramR, w, n)

	// the lexicon
	if e != nil {
		st := mkPart(string(e.Stance()))
		s.add(fLex, mkPart(e.Term), st)
		s.add(fStance, st, pEmpty)
	} else if r.ms.lexIn[i] {
		s.add(fLexIn, pEmpty, pEmpty)
	}

	// the rules
	switch ai := r.ms.cueOf[i]; {
	case ai >= 0:
		a := &r.out[ai]
		kind := pNone
		if src := r.srcTok[ai]; src != noSource {
			kind = pSome
			if src[0] > i {
				kind = pAfter
			}
		}
		form := mkPart(string(a.Cue.Form))
		s.add3(fRule, pTook, form, kind)
		s.add3(fRule, pTook, form, mkPart(string(a.Quote)))
		s.add3(fRuleWord, pTook, form, w)
	case r.ms.reason[i] != 0:
		why := reasonParts[r.ms.reason[i]]
		s.add(fRule, pRejected, why)
		s.add3(fRuleWord, pRejected, why, w)
	default:
		s.add(fRule, pNone, pEmpty)
		s.add(fRuleWord, pNone, w)
	}
	if r.ms.inContent[i] {
		s.add(fContent, pEmpty, pEmpty)
	}

	// the word's classes: the neighbours' add nothing measurable
	for c := r.derived(i) &^ (wcDerived | wcGendered); c != 0; c &= c - 1 {
		s.add(fClass, classParts[bits.TrailingZeros64(c)], pEmpty)
	}

	// position and neighbours
	switch {
	case i == lo:
		s.add(fPos, pFirst, pEmpty)
	case i-lo <= 3:
		s.add(fPos, pEarly, pEmpty)
	}
	switch {
	case i == hi-1, i == hi-2 && r.toks[hi-1].Kind == nlp.Punct:
		s.add(fPos, pLast, pEmpty)
	case hi-i <= 4:
		s.add(fPos, pLate, pEmpty)
	}
	if i-1 >= lo && r.isName(i-1, lo) {
		s.add(fNameL, pEmpty, pEmpty)
	}
	before := f.firstQuote >= 0 && f.firstQuote < i
	after := f.lastQuote > i
	switch {
	case before && after:
		s.add(fQuote, pBoth, pEmpty)
	case before:
		s.add(fQuote, pBefore, pEmpty)
	case after:
		s.add(fQuote, pAfter, pEmpty)
	}
	if own := r.isCue[i]; f.cues > 1 || f.cues == 1 && !own {
		s.add(fCueNear, pEmpty, pEmpty)
	}

	// what follows the word: a that-clause, a quotation, a colon, an
	// object, an infinitive ("said that", "told reporters", "wants to")
	k := i + 1
	for k < hi && k < i+3 && r.cls[k]&clsKind == uint8(nlp.Word) && r.isAdverb(k) {
		k++
	}
	c1 := r.coarse(k, lo, hi)
	s.add(fRight, c1, pEmpty)
	s.add(fRight, c1, r.coarse(k+1, lo, hi))
	s.add3(fWordR, w, c1, pEmpty)
	if e != nil {
		// the same for every form of a lexicon cue: "claims that", "claimed that"
		s.add3(fLexR, mkPart(e.Term), c1, pEmpty)
	}
	r.otherFeatures(s, i, f)
}

// otherFeatures sends the features of the nearest attribution of the
// rules, other than the word's own, whose cue lies in the word's sentence
// before it and after it: its cue's form and whether the word lies in its
// content, its quote type and its cue's entry ("say", "according to"):
// a word is weighed against the reports around it, a second report of one
// quotation ("“…,” he said, adding …") or a report inside another's
// content.
func (r *run) otherFeatures(s *featureSink, i int, f *sentenceFacts) {
	own := r.ms.cueOf[i]
	before, after := -1, -1
	start := r.toks[i].Start
	for ai := f.aLo; ai < f.aHi; ai++ {
		if int32(ai) == own {
			continue
		}
		if r.out[ai].Cue.Start < start {
			before = ai
		} else if after < 0 {
			after = ai
		}
	}
	for _, x := range [2]struct {
		ai   int
		side fpart
	}{{before, pBefore}, {after, pAfter}} {
		if x.ai < 0 {
			continue
		}
		a := &r.out[x.ai]
		in := pNone
		for _, sp := range contentSpans(a.Content) {
			if sp.Start <= start && r.toks[i].End <= sp.End {
				in = pSome
			}
		}
		s.add3(fOther, x.side, mkPart(string(a.Cue.Form)), in)
		s.add3(fOther, x.side, mkPart(string(a.Quote)), pEmpty)
		s.add(fOtherCue, x.side, mkPart(a.Cue.Lemma))
	}
}

// coarse returns token k's coarse class, for the context features: the
// sentence's edges outside [lo, hi), a quotation mark, a mark, a number,
// or a word by its closed class ("that", "to", a wh-word, a determiner,
// a pronoun, an auxiliary, a preposition), a name, an adverb, a word that
// looks like a verb, or another word.
func (r *run) coarse(k, lo, hi int) fpart {
	switch {
	case k < lo:
		return pStart
	case k >= hi:
		return pEnd
	}
	kind := nlp.Kind(r.cls[k] & clsKind)
	switch {
	case kind.IsQuote():
		return cQuote
	case r.cls[k]&clsDash != 0:
		return cDash
	case kind == nlp.Number:
		return cNum
	case kind != nlp.Word:
		switch r.toks[k].Text {
		case ":":
			return cColon
		case ",":
			return cComma
		case "(", ")":
			return cParen
		}
		return cMark
	}
	switch n := r.toks[k].Norm; {
	case n == "that":
		return cThat
	case n == "to":
		return cTo
	case r.in(k, whOpeners) || r.in(k, relativeWh):
		return cWh
	case r.in(k, possessives):
		return cPoss
	case r.in(k, determiners):
		return cDet
	case r.in(k, subjectPronouns):
		return cSubj
	case r.in(k, objectPronouns):
		return cObj
	case r.in(k, negators):
		return cNeg
	case r.in(k, auxiliaries) || r.in(k, beForms) || r.in(k, modals):
		return cAux
	case r.in(k, prepositions):
		return cPrep
	case r.cls[k]&clsCapWord != 0 && r.isName(k, lo):
		return cName
	case r.isAdverb(k):
		return cAdv
	case r.derived(k)&wcVerbLike != 0:
		return cVerb
	}
	return cWord
}

// enterSentence readies the run for work on sentence [lo, hi), as the
// rules do when they start one.
func (r *run) enterSentence(lo, hi int) {
	r.lo, r.hi = lo, hi
	r.walk = clauseWalk{}
	r.sent.have = 0
}

// shape is a word's capitalization and kind, for features; a mark's
// shape is the mark itself.
func shape(t *nlp.Token) fpart {
	switch t.Kind {
	case nlp.Word:
		if !t.Capitalized() {
			return pLower
		}
		if len(t.Text) > 1 && t.Text != t.Norm && allUpper(t.Text) {
			return pUpper
		}
		return pCap
	case nlp.Number:
		return pNumber
	}
	return mkPart(t.Text)
}

// shapeOf is shape(&r.toks[i]), with a word's capital read from its class
// byte: most words are lowercase, and their tokens need not be read.
func (r *run) shapeOf(i int) fpart {
	if r.cls[i]&(clsKind|clsCapWord) == uint8(nlp.Word) {
		return pLower
	}
	return shape(&r.toks[i])
}

// allUpper reports whether s has no lowercase ASCII letter.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// applyModel lets m decide on the rules' attributions and add its own.
// With collect set it decides nothing: it hands each scored token's
// feature indices to collect, for training.
func (r *run) applyModel(m *Model, h hooks) {
	collect := h.collect
	ms := &r.ms
	for k := range r.cues {
		c := &r.cues[k]
		if ms.entry[c.First] == 0 {
			ms.entry[c.First] = int32(k + 1)
		}
		for t := c.First + 1; t <= c.Last && t < len(ms.lexIn); t++ {
			ms.lexIn[t] = true
		}
	}
	r.markAttributions()
	decideOnly := collect == nil && h.explain == nil
	sink := &ms.sink
	*sink = featureSink{lm: m.lm, bits: m.lm.Bits, idx: sink.idx[:0], explain: h.explain != nil}
	for si := range r.doc.Sentences {
		s := &r.doc.Sentences[si]
		lo, hi := s.First, s.First+len(s.Tokens)
		var f sentenceFacts
		facts := false
		for i := lo; i < hi; i++ {
			// Where nothing the model could say changes the result, the
			// word is not scored, the costlier tests last.
			rulesCue := ms.cueOf[i] >= 0
			if decideOnly && (rulesCue && m.keep == 0 || !rulesCue && !r.mayAddCheap(i)) {
				continue
			}
			if !r.candidate(m, i) || decideOnly && !rulesCue && r.isAdverb(i) {
				continue
			}
			if !facts {
				f, facts = r.factsOf(lo, hi), true
			}
			sink.idx, sink.named = sink.idx[:0], sink.named[:0]
			r.features(sink, i, &f, r.entryAt(i))
			if collect != nil {
				collect(i, sink.idx)
				continue
			}
			r.scoreToken(m, i)
			if h.explain != nil {
				h.explain(i, float64(ms.prob[i]), append(sink.named, learn.Contribution{Feature: "bias", Weight: float64(m.lm.Bias)}))
			}
		}
	}
	if collect == nil {
		r.decide(m)
	}
}

// decide drops the rules' attributions whose cue the model does not take
// and adds the cues it takes that the rules did not.
func (r *run) decide(m *Model) {
	ms := &r.ms
	th := m.add
	if m.keep > 0 {
		r.dropBelow(m.keep)
		if len(ms.freed) > 0 {
			r.scoreFreed(m)
		}
	}
	added := 0
	sc := ms.scored
	for x := 0; x < len(sc); x++ {
		i := int(sc[x])
		if !r.takes(i, th) {
			continue
		}
		si := r.doc.SentenceOf(i)
		s := &r.doc.Sentences[si]
		lo, hi := s.First, s.First+len(s.Tokens)
		j := i
		for x+1 < len(sc) && int(sc[x+1]) == j+1 && j+1 < hi && r.takes(j+1, th) {
			x++
			j++
		}
		r.enterSentence(lo, hi)
		n := len(r.out)
		r.modelCue(s, lo, hi, i, j)
		added += len(r.out) - n
	}
	if added == 0 {
		return
	}
	// A cue of the rules is never lost to one the model added: an added
	// cue whose content holds a cue of the rules is dropped, and so is one
	// whose content holds another added cue (unless nested attributions
	// are wanted), as the rules drop their own nested cues.
	rules := len(r.out) - added
	n := rules
	for i := rules; i < len(r.out); i++ {
		a := &r.out[i]
		if r.holdsCueOf(a, r.out[:rules]) || !r.nested && r.holdsCueOf(a, r.out[rules:]) && !r.holdsCueOf(a, r.out[i:i+1]) {
			continue
		}
		r.out[n], r.srcTok[n] = r.out[i], r.srcTok[i]
		n++
	}
	clear(r.out[n:])
	r.out, r.srcTok = r.out[:n], r.srcTok[:n]
	// Both runs are in the order of their cues: merge them, from the end,
	// in place, with the added ones set aside.
	add := slices.Grow(r.pairs[:0], n-rules)[:n-rules]
	for i := rules; i < n; i++ {
		add[i-rules] = pair{r.out[i], r.srcTok[i]}
	}
	i, j := rules-1, len(add)-1
	for k := n - 1; j >= 0; k-- {
		if i >= 0 && r.out[i].Cue.Start > add[j].a.Cue.Start {
			r.out[k], r.srcTok[k] = r.out[i], r.srcTok[i]
			i--
		} else {
			r.out[k], r.srcTok[k] = add[j].a, add[j].src
			j--
		}
	}
	clear(add)
	r.pairs = add[:0]
}

// cueAtOrAfter returns the index of the first of as, which are in the
// order of their cues, whose cue starts at or after off, or len(as). It
// searches by index: slices.BinarySearchFunc would copy each Attribution
// it compares into its comparison function.
func cueAtOrAfter(as []Attribution, off int) int {
	return sort.Search(len(as), func(i int) bool { return as[i].Cue.Start >= off })
}

// holdsCueOf reports whether a's content holds the cue of one of as,
// which are in the order of their cues.
func (r *run) holdsCueOf(a *Attribution, as []Attribution) bool {
	for _, sp := range contentSpans(a.Content) {
		k := cueAtOrAfter(as, sp.Start)
		if k < len(as) && sp.Contains(as[k].Cue.Span) {
			return true
		}
	}
	return false
}

// dropBelow drops the attributions of the rules whose cue the model gives
// a probability below keep. The tokens of their cues were scored. Only
// verbs, participles and nouns are dropped, and not inside a sentence
// adverb's content: sentence adverbs ("allegedly"), prepositional cues
// ("as per") and punctuation report with no source by design, where the
// corpus the model learned from marks no cue. Nor are commissive cues
// dropped: a commitment is an attribution by design, where the corpus
// marks "commit to" as a cue in 10% of its uses, "pledge" in 32% and
// "promise" in 50% (PolNeAR train).
func (r *run) dropBelow(keep float32) {
	ms := &r.ms
	// The sentence adverbs' attributions, in order: r.out is in sentence
	// order, and an adverb's content lies in its own sentence.
	adv := ms.adverbs[:0]
	for ai := range r.out {
		if r.out[ai].Cue.Form == Adverb {
			adv = append(adv, int32(ai))
		}
	}
	ms.adverbs = adv
	ms.freed = ms.freed[:0]
	n, next := 0, 0
	for ai := range r.out {
		a := &r.out[ai]
		for next < len(adv) && r.out[adv[next]].Sentence < a.Sentence {
			next++
		}
		p := float32(-1)
		if keptByDesign(a) || r.inAdverbContent(a, adv[next:]) || a.Cue.Form == Noun && r.cameReply(r.tokenAt(a.Cue.Start), 0) >= 0 {
			// (a quotation that "came the reply" or "was his answer"
			// follows reports by its construction, which the corpus the
			// model learned from never shows)
			p = 1
		}
		for t := r.tokenAt(a.Cue.Start); p < 1 && t < len(r.toks) && r.toks[t].Start < a.Cue.End; t++ {
			if r.candidateScored(t) {
				p = max(p, ms.prob[t])
			}
		}
		if p >= keep || p < 0 {
			r.out[n], r.srcTok[n] = r.out[ai], r.srcTok[ai]
			n++
			continue
		}
		ms.freed = append(ms.freed, contentSpans(a.Content)...)
		if r.why != nil {
			r.why(a.Cue.Span, "model")
		}
	}
	if n < len(r.out) {
		clear(r.out[n:])
		r.out, r.srcTok = r.out[:n], r.srcTok[:n]
		r.markAttributions()
	}
}

// scoreToken records the probability of the features in the sink,
// token t's, and that t was scored.
func (r *run) scoreToken(m *Model, t int) {
	ms := &r.ms
	ms.prob[t] = float32(learn.Prob(float64(m.lm.Bias) + ms.sink.sum()))
	ms.scored = append(ms.scored, int32(t))
}

// scoreFreed scores the candidates in the contents of the attributions
// dropBelow dropped that applyModel passed over as inside a content, where
// the model could not add a cue then and can now: "Despite the media
// attacks, Carson said that …" once "attacks" is no cue.
func (r *run) scoreFreed(m *Model) {
	ms := &r.ms
	sink := &ms.sink
	n := len(ms.scored)
	// the contents may overlap: each token is read once
	slices.SortFunc(ms.freed, func(a, b nlp.Span) int { return a.Start - b.Start })
	merged := ms.freed[:0]
	for _, sp := range ms.freed {
		if k := len(merged) - 1; k >= 0 && sp.Start <= merged[k].End {
			merged[k].End = max(merged[k].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	ms.freed = merged
	for _, sp := range ms.freed {
		si := -1
		var f sentenceFacts
		for t, e := r.tokenAt(sp.Start), r.tokenAt(sp.End); t < e; t++ {
			if r.candidateScored(t) || !r.mayAddCheap(t) || !r.candidate(m, t) || r.isAdverb(t) {
				continue
			}
			if s := r.doc.SentenceOf(t); s != si {
				si = s
				st := &r.doc.Sentences[s]
				f = r.factsOf(st.First, st.First+len(st.Tokens))
			}
			sink.idx, sink.named = sink.idx[:0], sink.named[:0]
			r.features(sink, t, &f, r.entryAt(t))
			r.scoreToken(m, t)
		}
	}
	if len(ms.scored) > n {
		slices.Sort(ms.scored)
		ms.scored = slices.Compact(ms.scored)
	}
}

// keptByDesign reports whether a is an attribution the model never drops:
// one whose cue is no verb, participle or noun (a sentence adverb, a
// preposition, punctuation), or a commitment (see dropBelow).
func keptByDesign(a *Attribution) bool {
	f := a.Cue.Form
	return f != Verb && f != Participle && f != Noun || a.Stance == lexicon.Commissive
}

// inAdverbContent reports whether a's cue lies in the content of a
// sentence adverb's attribution of its sentence, from adv, the indices
// in r.out of the adverbs' attributions from a's sentence on ("The
// campaign reportedly wants a recount"): a cue there is reported twice
// over, which the corpus the model learned from, marking no adverbs,
// never shows it.
func (r *run) inAdverbContent(a *Attribution, adv []int32) bool {
	for _, bi := range adv {
		b := &r.out[bi]
		if b.Sentence != a.Sentence {
			return false
		}
		for _, c := range contentSpans(b.Content) {
			if c.Contains(a.Cue.Span) {
				return true
			}
		}
	}
	return false
}

// candidateScored reports whether the model scored token t.
func (r *run) candidateScored(t int) bool {
	_, ok := slices.BinarySearch(r.ms.scored, int32(t))
	return ok
}

// takes reports whether the model adds token i to a cue of its own.
func (r *run) takes(i int, th float32) bool {
	return r.ms.prob[i] >= th && r.mayAdd(i)
}

// mayAdd reports whether the model may add token i to a cue of its own:
// a token outside the rules' cues and, unless nested attributions are
// wanted, their contents; not one the rules turned down because it plays
// another part; not an adverb, since sentence adverbs that report
// ("reportedly", "allegedly") are a closed class, which the lexicon and
// the rules own.
func (r *run) mayAdd(i int) bool { return r.mayAddCheap(i) && !r.isAdverb(i) }

// mayAddCheap is mayAdd without its costliest test, the adverb's.
func (r *run) mayAddCheap(i int) bool {
	ms := &r.ms
	return ms.cueOf[i] < 0 && (r.nested || !ms.inContent[i]) && !finalRejection[ms.reason[i]]
}

// reasons lists the rules' reasons for rejecting a cue match (see the
// package documentation); a token's reasonCode is its index here.
var reasons = []string{
	"", "inquote", "adv-inquote", "adverbial", "preposition", "name", "formOther",
	"reading", "attributive", "inf-nogov", "inf-govcue", "inf-purpose",
	"passive-nothing", "worth", "participle-initial", "parenthetical", "ing-noun",
	"object-not-subject", "nosource", "nocontent", "needsopener", "noun-end",
	"noun-nocomplement", "prep-nosource", "adv-nosubject", "expletive",
	"adverb-noclause", "nested", "naming", "naming-inverted", "naming-noobject",
	"formula", "idiom", "reduced-relative", "manner", "model-nonagent", "model-light", "model-nosubject", "other",
}

// reasonParts are the reasons as parts of features.
var reasonParts = func() []fpart {
	ps := make([]fpart, len(reasons))
	for i, r := range reasons {
		ps[i] = mkPart(r)
	}
	return ps
}()

// reasonCode returns the index of why in reasons; a reason the list
// lacks is "other" (TestReasonsListed keeps the list whole).
func reasonCode(why string) uint8 {
	for i, r := range reasons {
		if r == why {
			return uint8(i)
		}
	}
	return uint8(len(reasons) - 1)
}

// entryAt returns the entry of the cue match starting at token i, or nil.
func (r *run) entryAt(i int) *lexicon.Entry {
	if k := r.ms.entry[i]; k > 0 {
		return r.cues[k-1].Entry
	}
	return nil
}

// finalRejection holds, by reasonCode, the reasons for which the rules
// turn a cue match down because the word plays another part in its
// sentence, which the model does not overrule: the writer's aside ("it is
// worth noting", "it is hard to imagine"), a word of a name, a participle set off by commas that
// the main cue reports, an infinitive that a governing cue reports, a
// noun phrase that is an object rather than a subject, a participle
// opening a sentence whose main cue reports it, a naming verb set off by
// commas ("The program, called EB-5, lets …"), a participle modifying the
// noun before it ("a person briefed on the talks said"), and a word inside a
// quotation. Other rejections (no source, no content, an unclear reading)
// are for want of evidence, which the model weighs.
var finalRejection = func() []bool {
	f := make([]bool, len(reasons))
	for _, w := range []string{"worth", "expletive", "name", "parenthetical", "inf-govcue", "object-not-subject", "participle-initial", "inquote", "adv-inquote", "formula", "idiom", "naming-inverted", "reduced-relative"} {
		f[reasonCode(w)] = true
	}
	return f
}()

// modelCue adds the attribution of a cue the model took at tokens [i, j]
// of sentence s, [lo, hi). The rules find its source and content as for a
// lexicon cue, without the rejections for want of evidence: through the
// cue's lexicon entry when one starts at i, and else, or when the entry
// does not fit the word's form or reading ("critical" matches "criticize"),
// through an entry made for the word: a verb or, after a determiner or
// possessive, a noun (the other when the rules read the word so), with the
// stance of the lexicon's entry if there is one and neutral otherwise, and
// the flags opener and object-clause of the word's classes (needsOpener,
// objectAndClause). A word the rules still turn down (it plays another
// part) is left out.
func (r *run) modelCue(s *nlp.Sentence, lo, hi, i, j int) {
	if i == j && (r.toks[i].Text == ":" || r.cls[i]&clsDash != 0) {
		return // punctuation cues are the rules'
	}
	if r.expletiveBefore(i, lo) {
		// "It is obvious that …", "it was clear that …": the writer's own
		// judgement, and the expletive "it" no one's
		if r.why != nil {
			r.why(r.toks[i].Span, "expletive")
		}
		return
	}
	m := lexicon.Match{Span: r.span(i, j), First: i, Last: j, Sentence: s.Index}
	m.Text = r.text(m.Span)
	var a Attribution
	e := r.entryAt(i)
	if e != nil {
		m.Entry = e
		if src, ok := r.forcedCue(&a, s, lo, hi, m); ok {
			r.add(&a, src, i)
			return
		}
		if r.lastReject != "formOther" && r.lastReject != "reading" {
			return
		}
	}
	own := &r.ms.own
	*own = lexicon.Entry{Term: r.toks[j].Norm, Category: lexicon.Cue, Class: string(lexicon.Neutral), Weight: modelCueWeight, Flags: lexicon.Verb}
	if e != nil {
		own.Class, own.Weight = e.Class, e.Weight
	}
	if i-1 >= lo && (r.in(i-1, determiners) || r.in(i-1, possessives) || r.toks[i-1].Norm == "'s") ||
		i-3 >= lo && r.in(i-3, prepositions) && (r.in(i-2, determiners) || r.in(i-2, possessives)) && r.isContent(i-1) && !r.capitalized(i-1) && !r.verbLike(i-1) {
		// after a determiner, or a preposition, a determiner and an
		// adjective: "in a subsequent note to staff" (but "Most
		// economists see")
		own.Flags = lexicon.Noun
	}
	// what the word takes after it, from its word classes, which hold the
	// terms of the lexicon's cues flagged so
	if r.in(j, needsOpener) {
		own.Flags |= lexicon.Opener
	}
	if r.in(j, objectAndClause) {
		own.Flags |= lexicon.ObjectClause
	}
	m.Entry = own
	src, ok := r.forcedCue(&a, s, lo, hi, m)
	if !ok && r.lastReject == "reading" {
		// read as the other part of speech: "has been critical of"
		own.Flags ^= lexicon.Verb | lexicon.Noun
		src, ok = r.forcedCue(&a, s, lo, hi, m)
	}
	if ok {
		r.add(&a, src, i)
	}
}

// forcedCue is lexicalCue for a cue the model took. An attribution with
// neither source nor content, which says nothing, is turned down.
func (r *run) forcedCue(a *Attribution, s *nlp.Sentence, lo, hi int, m lexicon.Match) ([2]int, bool) {
	r.forced = true
	src, ok := r.lexicalCue(a, s, lo, hi, m)
	r.forced = false
	if ok && a.Rule == RulePassive {
		// "was promised $90 million": the subject receives; no one is
		// named, by design, so the source model is not asked
		if i, found := slices.BinarySearch(r.agentless, int32(a.Cue.Start)); !found {
			r.agentless = slices.Insert(r.agentless, i, int32(a.Cue.Start)) // at the end: cues come in order
		}
	}
	a.Rule = RuleModelCue
	if ok && src == noSource && a.Content.Text == "" {
		r.lastReject = "empty"
		return noSource, false
	}
	return src, ok
}

// modelCueWeight is the weight of a cue the model took that no lexicon
// entry holds: that of a plain neutral report ("said").
const modelCueWeight = 0.2

// classParts names each word-class bit, for features and explanations.
var classParts = func() (n [64]fpart) {
	for b := range n {
		n[b] = mkPart("?")
	}
	for _, ns := range namedSets {
		n[bits.TrailingZeros64(ns.set.bit)] = mkPart(ns.name)
	}
	n[bits.TrailingZeros64(wcAdverb)] = mkPart("adverb")
	n[bits.TrailingZeros64(wcContent)] = mkPart("content-word")
	n[bits.TrailingZeros64(wcVerbLike)] = mkPart("verb-like")
	return n
}()
