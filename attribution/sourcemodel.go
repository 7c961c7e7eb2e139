package attribution

// The source model: after the rules (and the cue model) have found each
// attribution's source, a trained ranker reads the noun phrases of the
// cue's sentence, and "no source", and may put another in the rules'
// place where it is confident the rules chose wrong.

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay/internal/learn"
	"github.com/hearsay-go/hearsay/nlp"
)

// The built-in source model, made by cmd/hearsay-train (see
// model/README.md).
//
//go:embed model/source.model
var sourceModelData []byte

// A SourceModel is a trained ranker of an attribution's possible sources:
// the noun phrases of its cue's sentence within 15 words of the cue,
// outside the cue and the content, the phrase right after the cue with its
// appositive, the source the rules found, and no source at all. Each is scored by a
// linear model over what it is (its head word and classes, its length),
// where it stands (before or after the cue, how far, across which commas,
// verbs and quotation marks) and what the rules made of it; the rules'
// choice is replaced when another candidate scores at least the model's
// margin (in log-odds) above it. Its methods MarshalBinary, Margin, Meta
// and Size encode it, give its margin and the lines saved with it, and
// count its weights.
//
// A SourceModel is read-only and safe for concurrent use.
type SourceModel struct{ ranker }

// sourceModelName names the source model in its file.
const sourceModelName = "attribution/source/v1"

// LoadSourceModel decodes a model file written by
// [SourceModel.MarshalBinary].
func LoadSourceModel(data []byte) (*SourceModel, error) {
	k, err := loadRanker(data, sourceModelName)
	if err != nil {
		return nil, err
	}
	return &SourceModel{k}, nil
}

var defaultSourceModel = sync.OnceValue(func() *SourceModel {
	m, err := LoadSourceModel(sourceModelData)
	if err != nil {
		panic("attribution: the built-in source model: " + err.Error())
	}
	return m
})

// DefaultSourceModel returns the built-in source model, learned from the
// PolNeAR training articles (see the NOTICE file).
func DefaultSourceModel() *SourceModel { return defaultSourceModel() }

// WithMargin returns a copy of m with the given margin; a negative one
// keeps m's. An infinite margin keeps every source of the rules, even one
// with no noun at its head, which a finite margin lets the model replace
// at any score above the rules' source.
func (m *SourceModel) WithMargin(margin float64) *SourceModel {
	return &SourceModel{m.withMargin(margin)}
}

// A ranker is what the source and content models share: a linear model
// that scores candidates, and the margin by which one must beat the
// rules' choice to replace it.
type ranker struct {
	lm     *learn.Model
	margin float32
}

// loadRanker decodes a ranker's file and checks that it holds the model
// named name, with one margin.
func loadRanker(data []byte, name string) (ranker, error) {
	lm, err := decodeModel(data, name)
	if err != nil {
		return ranker{}, err
	}
	if len(lm.Thresholds) != 1 || !(lm.Thresholds[0] >= 0) {
		return ranker{}, fmt.Errorf("attribution: a %q model needs one margin, at least 0, not %v", name, lm.Thresholds)
	}
	return ranker{lm: lm, margin: lm.Thresholds[0]}, nil
}

// MarshalBinary encodes the model in the file format it is loaded from.
// The same model gives the same bytes.
func (k ranker) MarshalBinary() ([]byte, error) {
	if k.lm == nil {
		return nil, errZeroModel
	}
	return k.lm.MarshalBinary()
}

// errZeroModel is MarshalBinary's error for a model's zero value, which
// holds no weights to write.
var errZeroModel = errors.New("attribution: a zero model has no weights to encode")

// Margin returns the score (in log-odds) by which another candidate must
// beat the rules' choice to replace it.
func (k ranker) Margin() float64 { return float64(k.margin) }

// Meta returns the lines saved with the model.
func (k ranker) Meta() []string {
	if k.lm == nil {
		return nil
	}
	return k.lm.Meta
}

// Size returns the number of weights that are not zero, and the size of
// the feature table.
func (k ranker) Size() (nonzero, table int) {
	if k.lm == nil {
		return 0, 0
	}
	return k.lm.Nonzero(), len(k.lm.Weights)
}

// withMargin returns a copy of k with the given margin, a negative one
// keeping k's, saved with the model.
func (k ranker) withMargin(margin float64) ranker {
	if margin >= 0 {
		k.margin = float32(margin)
	}
	lm := *k.lm
	lm.Thresholds = []float32{k.margin}
	k.lm = &lm
	return k
}

// Feature templates of the source model.
const (
	sNone    = 'N' // the candidate "no source", with the cue's form, rule, lemma
	sRel     = 'R' // how the candidate stands to the rules' source
	sDir     = 'D' // before or after the cue, and how far
	sBetween = 'B' // commas, verbs, quotation marks, cues between it and the cue
	sHead    = 'H' // its last word
	sHeadCls = 'K' // the word classes of its last word
	sFirst   = 'F' // its first word
	sLen     = 'L' // its length
	sPrev    = 'P' // the word before it
	sNext    = 'X' // the word after it
	sShape   = 'S' // its last word's shape, a name
)

// sourceBits sizes the table of a source model's weights: 2^sourceBits.
const sourceBits = 16

// sourceWindow is how many tokens before its cue, or after it, a noun
// phrase may end to be a candidate source: further ones are hardly ever
// the source, and each costs a score.
const sourceWindow = 15

// What stands between a candidate source and its cue, counted by kind of
// token: a between holds the counts of each kind.
const (
	bComma = iota
	bQuote
	bCue
	bRel  // who, that, which
	bBy   // by
	bVerb // another verb
	bOther
	bKinds
)

// between counts tokens by kind; sourceCandidates makes a running count
// over the sentence, so what lies between any two tokens is a difference.
type between [bKinds]int32

// minus returns b less o.
func (b between) minus(o between) between {
	for i := range b {
		b[i] -= o[i]
	}
	return b
}

// count adds token k to b. A token counts once, as its first kind in the
// order of the constants; bOther counts those that are not auxiliaries,
// negations or adverbs either.
func (b *between) count(r *run, k int) {
	t := &r.toks[k]
	switch {
	case t.Text == ",":
		b[bComma]++
	case nlp.Kind(r.cls[k] & clsKind).IsQuote():
		b[bQuote]++
	case r.isCue[k]:
		b[bCue]++
	case t.Norm == "who" || t.Norm == "that" || t.Norm == "which":
		b[bRel]++
	case t.Norm == "by":
		b[bBy]++
	case r.verbLike(k):
		b[bVerb]++
	}
	if !(r.in(k, auxiliaries) || r.in(k, beForms) || r.in(k, negators) || r.isAdverb(k)) {
		b[bOther]++
	}
}

// sourceCand is a candidate source: a token range, or none.
type sourceCand struct {
	tok   [2]int // noSource for none
	score float64
}

// sourceFacts are what the features read of an attribution, found once.
type sourceFacts struct {
	lo, hi int // the sentence
	cs, ce int // the cue's first and last tokens
	rules  [2]int
	form   fpart
	rule   fpart
	lemma  fpart
}

var (
	pSame, pOverlap, pContains, pInside, pOther = mkPart("same"), mkPart("overlap"), mkPart("contains"), mkPart("inside"), mkPart("other")
	pLeft, pRight, pRulesNone                   = mkPart("L"), mkPart("R"), mkPart("rules-none")
	pComma0, pComma1, pComma2                   = mkPart("c0"), mkPart("c1"), mkPart("c2")
	pVerb0, pVerb1, pVerb2                      = mkPart("v0"), mkPart("v1"), mkPart("v2")
	pQuoteB, pCueB, pRelB, pByB                 = mkPart("quote"), mkPart("cue"), mkPart("rel"), mkPart("by")
	pName, pPron                                = mkPart("name"), mkPart("pronoun")
	pAdjacent, pSubject, pObject                = mkPart("adjacent"), mkPart("subject"), mkPart("object")
	pVerbNext, pClause                          = mkPart("verb-next"), mkPart("clause-start")
)

var distParts = [...]fpart{mkPart("d0"), mkPart("d1"), mkPart("d2"), mkPart("d3-4"), mkPart("d5-8"), mkPart("d9+")}

func distPart(d int) fpart {
	switch {
	case d <= 2:
		return distParts[d]
	case d <= 4:
		return distParts[3]
	case d <= 8:
		return distParts[4]
	}
	return distParts[5]
}

var lenParts = [...]fpart{mkPart("n1"), mkPart("n2"), mkPart("n3"), mkPart("n4-6"), mkPart("n7+")}

func lenPart(n int) fpart {
	switch {
	case n <= 3:
		return lenParts[n-1]
	case n <= 6:
		return lenParts[3]
	}
	return lenParts[4]
}

// sourceFeatures sends candidate c's features to s.
func (r *run) sourceFeatures(s *featureSink, f *sourceFacts, c [2]int) {
	if c == noSource {
		s.add(sNone, pEmpty, pEmpty)
		s.add(sNone, f.form, pEmpty)
		s.add(sNone, f.rule, pEmpty)
		s.add(sNone, f.lemma, pEmpty)
		if f.rules == noSource {
			s.add(sNone, pRulesNone, pEmpty)
			s.add(sNone, pRulesNone, f.rule)
		}
		return
	}
	st, e := c[0], c[1]
	// how it stands to the rules' source
	rel := pOther
	switch rs := f.rules; {
	case f.rules == noSource:
		rel = pRulesNone
	case rs == c:
		rel = pSame
	case st <= rs[0] && e >= rs[1]:
		rel = pContains
	case st >= rs[0] && e <= rs[1]:
		rel = pInside
	case st <= rs[1] && e >= rs[0]:
		rel = pOverlap
	}
	s.add(sRel, rel, pEmpty)
	s.add(sRel, rel, f.form)

	// where it stands
	dir, a, b := pLeft, e+1, f.cs // the tokens between
	switch {
	case st > f.ce:
		dir, a, b = pRight, f.ce+1, st
	case e >= f.cs:
		dir, a, b = pOverlap, 0, 0 // a source of the rules' that holds its cue
	}
	d := distPart(max(b-a, 0))
	s.add3(sDir, dir, d, f.form)
	s.add(sDir, dir, f.lemma)
	var btw between
	if ms := &r.ms; a >= ms.wlo && b <= ms.whi {
		btw = ms.betweens[b-ms.wlo].minus(ms.betweens[a-ms.wlo])
	} else {
		for k := a; k < b; k++ {
			btw.count(r, k)
		}
	}
	commas, verbs := int(btw[bComma]), int(btw[bVerb])
	quote, cue, relp, by := btw[bQuote] > 0, btw[bCue] > 0, btw[bRel] > 0, btw[bBy] > 0
	// only auxiliaries, negations and adverbs between: the cue's subject
	// or inverted subject
	if btw[bOther] == 0 {
		s.add3(sDir, dir, pAdjacent, f.form)
		s.add3(sDir, dir, pAdjacent, f.lemma)
	}
	cp := [...]fpart{pComma0, pComma1, pComma2}[min(commas, 2)]
	vp := [...]fpart{pVerb0, pVerb1, pVerb2}[min(verbs, 2)]
	s.add3(sBetween, dir, cp, vp)
	if quote {
		s.add(sBetween, dir, pQuoteB)
	}
	if cue {
		s.add(sBetween, dir, pCueB)
	}
	if relp {
		s.add(sBetween, dir, pRelB)
	}
	if by {
		s.add3(sBetween, dir, pByB, f.form)
	}

	// what it is
	h := r.norm(e, f.lo, f.hi)
	s.add(sHead, h, dir)
	for cl := r.derived(e) &^ (wcDerived | wcGendered); cl != 0; cl &= cl - 1 {
		s.add(sHeadCls, classParts[bits.TrailingZeros64(cl)], dir)
	}
	s.add(sShape, r.shapeOf(e), dir)
	if r.isName(e, f.lo) {
		s.add(sShape, pName, dir)
	}
	if r.in(e, subjectPronouns) || r.in(e, objectPronouns) {
		s.add3(sShape, pPron, dir, d)
	}
	s.add(sFirst, r.norm(st, f.lo, f.hi), pEmpty)
	s.add3(sHead, h, dir, f.form)
	if st >= f.lo && r.subjectPosition(st, f.lo) {
		s.add3(sShape, pSubject, dir, f.form)
	}
	if r.inQuote(st) || r.inQuote(e) {
		s.add(sShape, pQuoteB, dir)
	}
	if st-1 >= f.lo && r.verbLike(st-1) {
		s.add(sShape, pObject, dir)
	}
	if e+1 < f.hi && r.verbLike(e+1) {
		s.add3(sShape, pVerbNext, dir, f.form)
	}
	if st == f.lo || st > f.lo && r.atClauseStart(st, f.lo) {
		s.add3(sShape, pClause, dir, f.form)
	}
	if f.rules != noSource && rel == pOther {
		// the rules' source as it stands to this one
		rh := r.norm(f.rules[1], f.lo, f.hi)
		s.add(sRel, pOther, rh)
		if f.rules[1] < st {
			s.add(sRel, pOther, pLeft)
		}
	}
	s.add(sLen, lenPart(e-st+1), dir)
	p := r.norm(st-1, f.lo, f.hi)
	s.add(sPrev, p, dir)
	s.add(sNext, r.norm(e+1, f.lo, f.hi), dir)
}

// sourceCandidates appends to dst attribution ai's candidate sources in
// its sentence [lo, hi): no source, the rules' source, and each noun
// phrase (leftNP) that holds no token of the cue or the content.
func (r *run) sourceCandidates(dst []sourceCand, ai, lo, hi, cs, ce int) []sourceCand {
	dst = append(dst, sourceCand{tok: noSource})
	rules := r.srcTok[ai]
	if rules != noSource {
		dst = append(dst, sourceCand{tok: rules})
	}
	blocked := r.ms.blocked[:0]
	for k := lo; k < hi; k++ {
		blocked = append(blocked, k >= cs && k <= ce)
	}
	for _, sp := range contentSpans(r.out[ai].Content) {
		for t, e := r.tokenAt(sp.Start), min(r.tokenAt(sp.End), hi); t < e; t++ {
			if t >= lo {
				blocked[t-lo] = true
			}
		}
	}
	r.ms.blocked = blocked
	// running counts over the window: betweens[k-wlo] counts tokens
	// [wlo, k)
	wlo, whi := max(lo, cs-sourceWindow), min(hi, ce+1+sourceWindow)
	r.ms.wlo, r.ms.whi = wlo, whi
	bs := append(r.ms.betweens[:0], between{})
	for k := wlo; k < whi; k++ {
		c := bs[len(bs)-1]
		c.count(r, k)
		bs = append(bs, c)
	}
	r.ms.betweens = bs
	for e := wlo; e < whi; e++ {
		if blocked[e-lo] || r.toks[e].Kind != nlp.Word || r.wcs[e]&notPhraseEnds != 0 || r.phraseGoesOn(e, hi) {
			continue
		}
		if e+1 < hi && r.in(e, lightVerbs) && strings.HasSuffix(r.toks[e].Norm, "s") && (r.in(e+1, determiners) || r.in(e+1, possessives)) {
			// a light verb's present before its object, which no noun
			// phrase ends in: "Harris makes | no apologies"
			continue
		}
		if e+1 < hi && r.in(e, controlWords) && r.toks[e+1].Norm == "to" {
			// a verb that governs an infinitive ends no noun phrase:
			// "The rector intends | to argue"
			continue
		}
		if e == cs-1 && r.out[ai].Cue.Form == Noun && r.toks[e].Norm != "'s" && !r.capitalized(e) && !r.peopleNoun(e) && !r.in(e, orgWords) {
			// a nominal cue's modifier ends no phrase of its own:
			// "Trump's controversial | pledge"
			continue
		}
		st := r.leftNP(e, lo)
		if st < lo || st > e {
			continue
		}
		ok := !blockedIn(blocked, lo, st, e+1)
		if !ok {
			continue
		}
		if [2]int{st, e} != rules {
			dst = append(dst, sourceCand{tok: [2]int{st, e}})
		}
	}
	// after the cue, the phrase with its appositive: "said Hans
	// Schellnhuber, the director of the Potsdam Institute"
	if k := ce + 1; k < hi && !blocked[k-lo] && r.toks[k].Kind == nlp.Word {
		if e := r.rightNP(k, hi, true); e >= k && !blockedIn(blocked, lo, k, e+1) && [2]int{k, e} != rules && !hasCand(dst, [2]int{k, e}) {
			dst = append(dst, sourceCand{tok: [2]int{k, e}})
		}
	}
	return dst
}

// notPhraseEnds are the word classes that never end a noun phrase, so
// sourceCandidates need not scan for one: determiners, auxiliaries,
// negations, prepositions, conjunctions.
var notPhraseEnds = determiners.bit | auxiliaries.bit | beForms.bit | negators.bit | prepositions.bit | coordinators.bit

// phraseGoesOn reports whether the noun phrase that token e could end
// runs on after it, so that a candidate ending at e would cut it: a
// lowercase content word that is no verb, or the next word of a name
// ("director of political | engagement", "secretary of state | Tom
// Shannon").
func (r *run) phraseGoesOn(e, hi int) bool {
	n := e + 1
	if n >= hi || r.toks[n].Kind != nlp.Word || r.isCue[n] || r.wcs[n]&notPhraseEnds != 0 {
		return false
	}
	if r.capitalized(n) {
		return r.isName(n, r.lo) && r.isName(e, r.lo)
	}
	return r.isContent(n) && !r.verbLike(n) && !r.in(n, subjectPronouns) && !r.in(n, objectPronouns) && !r.in(n, relativeWh) && r.toks[n].Norm != "that"
}

// blockedIn reports whether a token of [a, b) is blocked (blocked[0] is
// token lo's).
func blockedIn(blocked []bool, lo, a, b int) bool {
	for k := a; k < b; k++ {
		if blocked[k-lo] {
			return true
		}
	}
	return false
}

// hasCand reports whether cs holds the token range c.
func hasCand(cs []sourceCand, c [2]int) bool {
	for _, x := range cs {
		if x.tok == c {
			return true
		}
	}
	return false
}

// chooseSources lets m replace the rules' sources. With h.sources set it
// decides nothing: it hands each attribution's candidates and their
// features to it, for training. With h.explainSpan set it also hands
// each attribution's candidates, scores and named features to it.
func (r *run) chooseSources(m *SourceModel, h *hooks) {
	ms := &r.ms
	sink := &ms.sink
	bitsN := uint(sourceBits)
	var lm *learn.Model
	if m != nil {
		bitsN, lm = m.lm.Bits, m.lm
	}
	collect, explain := h.sources, h.explainSpan
	for ai := range r.out {
		a := &r.out[ai]
		if a.Sentence < 0 || a.Sentence >= len(r.doc.Sentences) {
			continue
		}
		if _, agentless := slices.BinarySearch(r.agentless, int32(a.Cue.Start)); !rankable(a, r.srcTok[ai]) || agentless {
			if explain != nil {
				explain(partSource, a, nil, nil, nil, -1, -1, SkipByDesign)
			}
			continue
		}
		s := &r.doc.Sentences[a.Sentence]
		lo, hi := s.First, s.First+len(s.Tokens)
		cs := r.tokenAt(a.Cue.Start)
		ce := cs
		for ce+1 < hi && r.toks[ce+1].Start < a.Cue.End {
			ce++
		}
		if cs < lo || cs >= hi {
			continue
		}
		adj := r.adjacentSource(r.srcTok[ai], lo, cs, ce)
		if adj && a.Rule == RuleParticiple && r.speakerPhrase(r.srcTok[ai]) || r.nestedSource(ai) || r.openingPhraseSubject(a, r.srcTok[ai], lo, cs) {
			// a participle on a noun that can speak or record ("a report
			// saying", "the senator asking"), or one whose subject is that
			// of the reported clause it hangs on: the rules' by design,
			// where PolNeAR's annotators most often name the outer speaker
			if explain != nil {
				explain(partSource, a, nil, nil, nil, -1, -1, SkipByDesign)
			}
			continue
		}
		if adj && collect == nil && r.speakerPhrase(r.srcTok[ai]) {
			// next to its cue and naming someone who can speak or
			// record ("Smith has long said", "said the report"): the rules
			// are nearly always right, and the model is not asked; it
			// learns from these all the same
			if explain != nil {
				explain(partSource, a, nil, nil, nil, -1, -1, SkipAdjacent)
			}
			continue
		}
		r.enterSentence(lo, hi)
		f := sourceFacts{lo: lo, hi: hi, cs: cs, ce: ce, rules: r.srcTok[ai],
			form: mkPart(string(a.Cue.Form)), rule: mkPart(a.Rule), lemma: mkPart(a.Cue.Lemma)}
		cands := r.sourceCandidates(ms.cands[:0], ai, lo, hi, cs, ce)
		ms.cands = cands
		var toks [][2]int
		var feats [][]uint32
		var named [][]learn.Contribution
		best, rulesAt := -1, -1
		decideOnly := collect == nil && explain == nil
		for k := range cands {
			c := &cands[k]
			// next to its cue, the rules' source may give way to another
			// phrase, not to a longer or shorter cut of its own ("They
			// both", "Friedman, who is white"): how far a source runs is
			// the rules' by design, where PolNeAR's annotators differ
			// from this library
			ownCut := adj && c.tok != f.rules && (c.tok == noSource || c.tok[0] <= f.rules[1] && c.tok[1] >= f.rules[0])
			if ownCut && decideOnly {
				continue // never chosen, so not scored
			}
			*sink = featureSink{lm: lm, bits: bitsN, idx: sink.idx[:0], explain: explain != nil}
			r.sourceFeatures(sink, &f, c.tok)
			c.score = sink.sum()
			if !decideOnly {
				toks = append(toks, c.tok)
				feats = append(feats, slices.Clone(sink.idx))
				named = append(named, sink.named)
			}
			if c.tok == f.rules {
				rulesAt = k
			}
			if ownCut {
				continue
			}
			if best < 0 || c.score > cands[best].score {
				best = k
			}
		}
		if collect != nil {
			collect(a, toks, feats)
			continue
		}
		chosen := rulesAt
		margin := float64(m.margin)
		if (f.rules != noSource && r.headless(f.rules) || a.Rule == RuleModelCue) && !math.IsInf(margin, 1) {
			// no noun heads the rules' source, or the cue is the cue
			// model's, whose source the rules guessed as a verb's: the
			// model's best stands (an infinite margin keeps every source
			// of the rules)
			margin = 0
		}
		if best != rulesAt && cands[best].score-cands[rulesAt].score >= margin {
			chosen = best
			r.srcTok[ai] = cands[best].tok
			a.SourceRule = RuleModelSource
		}
		if explain != nil {
			scores := make([]float64, len(cands))
			for k := range cands {
				scores[k] = cands[k].score
			}
			explain(partSource, a, toks, scores, named, rulesAt, chosen, "")
		}
	}
}

// rankable reports whether the source model may choose a's source, whose
// rules' source is src: not for a sentence adverb ("reportedly"), an
// agentless passive ("is said to") or a noun cue with no possessor ("hit
// back at claims that …"), which report with no source by design, nor for
// a speaker's label or dash, whose source is the label.
func rankable(a *Attribution, src [2]int) bool {
	return a.Cue.Form != Adverb && a.Cue.Form != Punctuation && a.Rule != RulePassive && (a.Cue.Form != Noun || src != noSource)
}

// adjacentSource reports whether src, a source the rules found for the
// cue at tokens [cs, ce] of the sentence starting at lo, stands next to
// the cue, with only auxiliaries, negations and adverbs between ("Smith
// has long said", "said Smith"), or with one comma between when the source
// holds its appositive ("Jenna Golden, Twitter's director of political
// advertising, said"). The rules are right about such a source nearly
// always when it can speak, so the model is not asked then; otherwise it
// may name another phrase, but how far the source runs stays the rules'.
func (r *run) adjacentSource(src [2]int, lo, cs, ce int) bool {
	switch {
	case src == noSource || src[0] < lo:
		return false
	case r.headless(src):
		return false // "Publicly dismisses", "drawn huge crowds, describing": no noun heads it
	case src[0] == ce+1:
		return true
	case src[0] == ce+2 && r.toks[ce+1].Norm == "by":
		return true // a passive's agent: "was praised by critics"
	case src[1] >= cs:
		return false
	}
	k := src[1] + 1
	if k < cs && r.toks[k].Text == "," && src[1] > src[0] && r.commaWithin(src[0], src[1]) {
		k++ // a name and its appositive set off by commas: "Jenna Golden, Twitter's director of political advertising, said"
	}
	for ; k < cs; k++ {
		if !(r.in(k, auxiliaries) || r.in(k, beForms) || r.in(k, negators) || r.isAdverb(k)) {
			return false
		}
	}
	return true
}

// headless reports whether the source src lacks a noun's head: it ends
// in an adverb or a conjunction, or it is one or two words that end in a
// preposition or a lowercase verb form ("One of", "drawn huge"); a longer
// phrase may end so ("the farmers I have spoken with", "Acme's director
// of political advertising").
func (r *run) headless(src [2]int) bool {
	e := src[1]
	t := &r.toks[e]
	if t.Kind != nlp.Word {
		return false
	}
	if r.isAdverb(e) || r.lyWord(e) || r.in(e, coordinators) {
		return true
	}
	if r.capitalized(e) && e > src[0] && r.capitalized(e-1) {
		return false // a name's last word, whatever its word class: "Al From"
	}
	return src[1]-src[0] < 2 && (r.in(e, prepositions) || r.in(e, ppLinks) || r.verbLike(e) && !r.capitalized(e))
}

// commaWithin reports whether a comma lies among tokens [a, b].
func (r *run) commaWithin(a, b int) bool {
	for k := a; k <= b; k++ {
		if r.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// nestedSource reports whether attribution ai is a participle whose
// rules' source lies in the content of an earlier attribution of its
// sentence: the subject of the reported clause it hangs on ("Auditors
// said the director and her deputy hid the losses, arguing that …"),
// which the rules chose by design.
func (r *run) nestedSource(ai int) bool {
	a := &r.out[ai]
	src := r.srcTok[ai]
	if a.Rule != RuleParticiple || src == noSource || r.toks[src[1]].End > a.Cue.Start {
		return false
	}
	sp := nlp.Span{Start: r.toks[src[0]].Start, End: r.toks[src[1]].End}
	for i := ai - 1; i >= 0 && r.out[i].Sentence == a.Sentence; i-- {
		for _, c := range contentSpans(r.out[i].Content) {
			if c.Contains(sp) {
				return true
			}
		}
	}
	return false
}

// openingPhraseSubject reports whether a is a participle in a phrase that
// opens its sentence and src the subject right after the phrase's comma,
// a pronoun: "After saying her foot was swollen, she was taken to
// the hospital". The subject of the main clause is the participle's by
// the grammar of the sentence.
func (r *run) openingPhraseSubject(a *Attribution, src [2]int, lo, cs int) bool {
	if a.Rule != RuleParticiple || src == noSource || src[0] != src[1] || src[0] <= cs || src[0]-1 <= lo || r.toks[src[0]-1].Text != "," || !r.in(src[0], subjectPronouns) {
		return false
	}
	for j := lo; j < src[0]-1; j++ {
		if t := &r.toks[j]; t.Kind == nlp.Punct && t.Text != "-" || t.Kind.IsQuote() {
			return false // the phrase runs from the sentence's start to the comma
		}
	}
	return true
}
