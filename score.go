package hearsay

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// Weights set how much each factor adds to a statement's
// unverified-assertion score. Start from DefaultWeights and change what you
// need; a Weights value is read, never modified, by the Analyzer.
//
// A statement's raw score is the sum of four kinds of factor:
//
//   - others' word: each attribution whose content lies in the statement
//     (its cue may stand in another statement: every sentence of a
//     quotation carries it) adds Stance[stance] × (1 − ContentShare +
//     ContentShare × share), where share is the part of the statement's
//     words its content covers (of its bytes when scored without its
//     document), times its source's Source[kind]. The
//     attribution's factor takes that times min(1, Source[kind]); a
//     source weighing more than 1 (anonymous, none) adds the rest as its
//     own factor. An irrealis attribution ("might argue") adds that
//     times 1 − IrrealisDiscount. A factive cue counts as neutral when it
//     has no source ("it emerged that") or when its content points back
//     to its source ("the company confirmed its own product was safe"),
//     unless the cue concedes ("admitted"). Attributions whose contents
//     overlap in the statement (one quotation, two cues) count once, the
//     heaviest;
//   - the writer's uncommitment: each hedge finding outside every
//     attribution's content adds Finding[Hedge] × its weight (a modal
//     hedge at least Uncommitment[modal]: "may fail" leaves as much
//     open as the "may" of "guests may bring food"), and the
//     writer's modals, speculative future, conditionals, intentions and
//     plans, wishes, requests in the imperative ("Consider the route
//     map."), infinitives and yes-no questions add Uncommitment[kind],
//     once per kind and statement; a modal inside a condition's clause
//     ("whether it would") or its consequence ("if approved, it would")
//     is the condition's, and a condition that completes a hedge ("not
//     clear whether") is the hedge's;
//   - the writer's evaluation: each loaded, booster or scare-quote finding
//     outside every content adds Finding[category] × its weight; a
//     booster in a statement with supporting evidence adds nothing;
//   - evidence: evidence findings add Finding[category] × their weight
//     (negative for evidence-supported).
//
// Hedge, loaded, booster and vague-source findings inside a content are
// the source's words, not the writer's ("Some people get carried away,"
// she said: her reference, not the writer's reliance on people unnamed),
// and add Quoted times as much; so do a source's own conditions and
// modals ("she said the town floods if the dam fails": quoted:conditional,
// quoted:modal, Quoted × Uncommitment[kind], once per kind), but not its
// future or the backshifted "would" of reported speech ("he said the
// plant would close"), its prediction, which its attribution weighs. A
// content the writer attributes to the writer ("I think the talks may
// fail", "we believe") is the writer's voice: what lies in it counts as
// the writer's own. A vague-source
// finding that is already an attribution's source, and a hedge that is
// an attribution's cue ("I suspect", "is said to") or the modal of an
// irrealis one ("might claim"), are not counted twice.
//
// The score is 1 − e^(−raw), which keeps it in [0, 1) and makes every
// factor raise it with diminishing effect; a raw sum at or below zero gives
// 0. Each factor's contribution in the explanation is its share of the
// score, so the contributions add up to the score.
type Weights struct {
	// Stance weighs an attribution by its cue's stance.
	Stance map[lexicon.Stance]float64
	// Source multiplies an attribution's weight by its source's kind:
	// above 1 for sources that cannot be checked (anonymous, none).
	Source map[attribution.SourceKind]float64
	// ContentShare is how far the part of the statement an attribution's
	// content covers moves its weight, in [0, 1]: 0 counts any content
	// in full, 1 in proportion to its share.
	ContentShare float64
	// CueWeight is how far a cue's own weight in the lexicon (the fourth
	// column of cues.tsv, from 0.2 for "said" to 0.9 for "alleged") moves
	// the weight of its stance, in [0, 1]: the stance weight is scaled by
	// 1 - CueWeight/2 + CueWeight × the cue's weight, so 0 ignores the
	// column and the default 0.5 scales "said" by 0.85 and "alleged" by
	// 1.2. An attribution with no known cue weight is not scaled.
	CueWeight float64
	// IrrealisDiscount is the share of its weight an irrealis attribution
	// loses, in [0, 1]; 0 counts it as if it were reported.
	IrrealisDiscount float64
	// Finding weighs a finding by its category, times the finding's own
	// weight; negative for evidence-supported, which lowers the score.
	Finding map[Category]float64
	// Quoted scales hedge, booster, loaded and scare-quote findings, and
	// the source's own conditions and modals, inside an attribution's
	// content: the source's words, not the writer's.
	Quoted float64
	// Uncommitment weighs the writer's own words that leave a statement
	// open, outside every content, once per kind and statement: "modal"
	// (would, should, can, must; the epistemic may, might, could are
	// hedge findings), "future" (will), "conditional" (if, unless,
	// whether), "intent" (an event wanted, needed, planned or tried by
	// others than the writer and the reader: "needs to hire", "going to
	// close"),
	// "infinitive" (an event in the infinitive that no implicative
	// settles: "nominated to replace"), "wish" (the writer's or the
	// reader's own wish, need or request: "I need to", "you have to",
	// "I hope"), "request" (the writer's request to the reader in the
	// imperative: "Consider the map.", "Don't drink the water.") and
	// "question" (a yes-no question; a wh-question takes its event as
	// given; the modal or future of its own clause is the question's).
	// Future, intent, infinitive and request mark an event as not yet
	// real, a plan, a purpose or a request stated plainly, not a doubt:
	// they weigh least.
	Uncommitment map[string]float64
}

// The kinds of the writer's uncommitment, the keys of
// Weights.Uncommitment.
const (
	UncommitModal       = "modal"
	UncommitFuture      = "future"
	UncommitConditional = "conditional"
	UncommitQuestion    = "question"
	UncommitIntent      = "intent"
	UncommitInfinitive  = "infinitive"
	UncommitWish        = "wish"
	UncommitRequest     = "request"
)

// DefaultWeights returns the default weights, a new copy each call.
//
// The stance weights order the cues as the design asks: claimed/alleged
// (assertive) above said (neutral) above confirmed (factive). Accusations
// and denials are counter-assertions that rest on the source's word; a
// speculative cue is uncertain by the source's own word; a directive
// asserts nothing; a commissive (promised, vowed) asserts nothing either,
// but the commitment itself rests on the source's word, so it weighs more
// than a directive and less than a neutral report. A named, on-record
// source weighs least (0.6), an anonymous one more than it asserts (1.6),
// no source at all most (2.4).
//
// Fitted on data: Uncommitment, Finding[Hedge] and Quoted, by
// coordinate ascent on Spearman ρ over the dev split of It Happened
// (event factuality; `go run ./examples/evaluate fit`), each held at
// most 0.6 (an assertive report by a named source) and Quoted at most
// 0.5 so that the properties of the design hold. Future, intent and
// infinitive are held at most 0.25 (evaluate.IrrealisCap): event
// factuality counts a planned event as open as a doubted one, but a
// plan or a purpose stated as fact is routine news, in the low band and
// below the writer's doubt (property 8); the fit keeps intent and
// infinitive at that cap, and conditional, question and wish at 0.6 or
// near it. Chosen by
// the project and held to those properties: the stance, source and
// evidence weights and the weights of the writer's evaluation (Loaded,
// Booster, ScareQuote), which event factuality does not measure. The
// source weights were fitted once too; the fit drew named and anonymous
// sources together (0.7 and 1.0), which web text with few attributions
// cannot decide against property 3, so they stay the project's; only
// its push of no source upward (2.4) was kept.
func DefaultWeights() Weights {
	return Weights{
		Stance: map[lexicon.Stance]float64{
			lexicon.Assertive:   0.9,
			lexicon.Accusation:  0.8,
			lexicon.Denial:      0.6,
			lexicon.Speculative: 0.6,
			lexicon.Neutral:     0.4,
			lexicon.Commissive:  0.3,
			lexicon.Directive:   0.15,
			lexicon.Factive:     0.1,
		},
		Source: map[attribution.SourceKind]float64{
			attribution.Anonymous:    1.6,
			attribution.None:         2.4,
			attribution.Pronoun:      0.6,
			attribution.Person:       0.6,
			attribution.Organization: 0.6,
			attribution.Self:         0.8,
		},
		ContentShare:     0.5,
		CueWeight:        0.5,
		IrrealisDiscount: 0.5,
		Finding: map[Category]float64{
			Hedge:             0.8,
			Booster:           0.3,
			Loaded:            0.3,
			ScareQuote:        0.3,
			EvidenceAbsent:    0.9,
			EvidenceSupported: -0.5,
			VagueSource:       0.3,
		},
		Quoted: 0.5,
		Uncommitment: map[string]float64{
			UncommitModal:       0.5,
			UncommitFuture:      0.25,
			UncommitConditional: 0.6,
			UncommitQuestion:    0.6,
			UncommitIntent:      0.25,
			UncommitInfinitive:  0.25,
			UncommitWish:        0.6,
			UncommitRequest:     0.25,
		},
	}
}

// A Contribution is one factor of a statement's score and the span it comes
// from.
type Contribution struct {
	// Factor names the factor: "attribution:assertive", "source:anonymous",
	// "hedge", "evidence-absent", "uncommitment:modal", "quoted:loaded", …
	Factor string `json:"factor"`
	// Contribution is the factor's share of the statement's score; the
	// contributions of a statement add up to its score.
	Contribution float64 `json:"contribution"`
	nlp.Span             // where the factor comes from: the cue, source or finding; empty at 0 for floor
	CharSpan
	Text string `json:"text"` // the input at Span
}

// A scorer scores the statements of one document, carving their
// explanations from one array and reusing its scratch space.
type scorer struct {
	doc *nlp.Document // nil: no uncommitment markers are read
	// reach holds, per statement, the attributions whose cue or content
	// is in it; contents, per statement, the content parts that overlap
	// it. Both are nil when the scorer has no document.
	reach    [][]*Attribution
	contents [][]nlp.Span
	slab     []Contribution
	explain  *[]Contribution // where compact copies the explanations to (a report's, see slab); nil: a new array
	sources  []nlp.Span
	cands    []candidate
	own      []*Attribution
	wcs      []ctxClass // uncommitment's context classes of a statement's tokens
	marks    []int32    // and the tokens its second pass reads
	// noExplanation leaves the statements' explanations out
	// (PartExplanation): a score comes from its factors' total alone.
	noExplanation bool
	// mem, when not nil, holds the arrays of index and init for the
	// next document, so that a document's scoring allocates little
	// beyond the explanations it returns.
	mem *scoreScratch
}

// scoreScratch is the memory of a scorer's index and working slices,
// kept between documents (analysisPool).
type scoreScratch struct {
	counts     []int32          // index's counts: reach then contents, per statement
	last       []*Attribution   // index's latest attribution of each statement
	reach      []*Attribution   // the flat array of the attributions that reach the statements
	contents   []nlp.Span       // the flat array of the content parts that overlap them
	reachOf    [][]*Attribution // each statement's share of reach
	contentsOf [][]nlp.Span     // each statement's share of contents
	wcs        []ctxClass       // uncommitment's context classes of a statement's tokens
	marks      []int32          // uncommitment's tokens in a class or "to", which its second pass reads
	// the scorer's working slices of a statement (see scorer), kept
	// so that a document does not grow them anew by appends
	cands   []candidate
	sources []nlp.Span
	own     []*Attribution
}

// reset clears what the scratch holds of its last document, so that a
// pooled one keeps no report alive, and reports whether it is small
// enough to keep.
func (k *scoreScratch) reset(limit int) bool {
	clear(k.last)
	clear(k.reach)
	clear(k.contents)
	clear(k.reachOf)
	clear(k.contentsOf)
	clear(k.cands[:cap(k.cands)])
	clear(k.own[:cap(k.own)])
	return cap(k.counts) <= 2*limit && cap(k.reach) <= limit && cap(k.contents) <= limit && cap(k.wcs) <= limit
}

// resize returns s with length n, reusing its memory when it has room;
// the elements are not cleared.
func resize[T any](s []T, n int) []T {
	if s == nil || cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// A candidate is an attribution's weight in one statement before the
// attributions sharing a content are merged.
type candidate struct {
	a       *Attribution
	stance  lexicon.Stance
	base    float64 // the attribution's factor
	extra   float64 // the source's factor
	content nlp.Span
}

// init prepares the scorer for the statements of doc, with the given
// attributions and findings per statement, and sizes its array for what
// statements commonly take: a factor for each attribution that reaches a
// statement and each finding, and one more.
//
// Each statement takes what it needs of the array and gives back what
// it did not use (score), and the explanations are copied, once scored,
// into memory of their exact size (compact): the array is scratch, and
// recycled cleared to its capacity, so it is kept near what documents
// use rather than at the worst case, several times that (two factors an
// attribution, seven for the writer's uncommitment, the floor), and
// grows when a document takes more.
func (sc *scorer) init(doc *nlp.Document, attrs [][]Attribution, fs [][]Finding, scratch []Contribution) {
	if doc != nil && sc.reach == nil {
		sc.index(doc, attrs)
	}
	sc.doc = doc
	n := 0
	for i := range attrs {
		n += len(attrs[i]) + len(fs[i]) + 1
	}
	for _, r := range sc.reach {
		n += len(r)
	}
	sc.slab = slices.Grow(scratch[:0], n)
	if doc != nil {
		// the uncommitment's scratch, per token of a statement, at the
		// size of the longest, rather than grown by appends
		most := 0
		for i := range doc.Sentences {
			most = max(most, len(doc.Sentences[i].Tokens))
		}
		if k := sc.mem; k != nil {
			k.wcs, k.marks = resize(k.wcs, most), resize(k.marks, most)
			sc.wcs, sc.marks = k.wcs[:0], k.marks[:0]
			sc.cands, sc.sources, sc.own = k.cands[:0], k.sources[:0], k.own[:0]
		} else {
			sc.wcs, sc.marks = make([]ctxClass, 0, most), make([]int32, 0, most)
		}
	}
}

// keep gives the working slices the statements grew back to the
// scorer's scratch, for the next document.
func (sc *scorer) keep() {
	if k := sc.mem; k != nil {
		k.cands, k.sources, k.own = sc.cands[:0], sc.sources[:0], sc.own[:0]
	}
}

// compact moves the statements' explanations out of the scratch slab into
// one array of their exact size, and returns the slab for reuse, as long
// as what the statements wrote in it, which its pool clears
// (analysisPool).
func (sc *scorer) compact(sts []Statement) []Contribution {
	n := 0
	for i := range sts {
		n += len(sts[i].Explanation)
	}
	var exact []Contribution
	if sc.explain != nil {
		exact = slab(sc.explain, n)[:0]
	} else {
		exact = make([]Contribution, 0, n)
	}
	for i := range sts {
		if e := sts[i].Explanation; len(e) > 0 {
			k := len(exact)
			exact = append(exact, e...)
			sts[i].Explanation = exact[k:len(exact):len(exact)]
		} else if e != nil {
			// empty, but still a slice of the slab, which is recycled
			sts[i].Explanation = []Contribution{}
		}
	}
	return sc.slab
}

// index finds, for each statement of doc, the attributions that reach it
// (sc.reach) and the content parts that overlap it (sc.contents), which
// the findings' context check reads too (inContext).
func (sc *scorer) index(doc *nlp.Document, attrs [][]Attribution) {
	// Two walks over the same attributions in the same order: the first
	// counts what each statement gets, the second fills one flat array
	// for all statements, each statement's share a sub-slice of it, in
	// place of a small slice a statement.
	ns := len(doc.Sentences)
	k := sc.mem
	if k == nil {
		k = new(scoreScratch)
	}
	k.counts = resize(k.counts, 2*ns)
	clear(k.counts)
	nReach, nContent := k.counts[:ns], k.counts[ns:]
	k.last = resize(k.last, ns)
	last := k.last // the latest attribution a statement got
	walk := func(each func(si int, a *Attribution, p nlp.Span, reach bool)) {
		clear(last)
		for i := range attrs {
			if i >= ns {
				break
			}
			for j := range attrs[i] {
				a := &attrs[i][j]
				each(i, a, nlp.Span{}, true)
				last[i] = a
				if a.Content == nil {
					continue
				}
				// the writer's own content ("I think the talks may
				// fail", "we hope you will come") is in the writer's
				// voice: what lies in it is the writer's, not a
				// source's, so it is no content part here
				own := a.Source != nil && a.Source.Kind == attribution.Self
				for pi := range a.Content.nSpans() {
					p := a.Content.spanAt(pi)
					for si := firstSentenceOver(doc, p, i); si < ns && doc.Sentences[si].Start < p.End; si++ {
						if !doc.Sentences[si].Span.Overlaps(p) {
							continue
						}
						if !own {
							each(si, a, p, false)
						}
						if last[si] != a {
							each(si, a, nlp.Span{}, true)
							last[si] = a
						}
					}
				}
			}
		}
	}
	walk(func(si int, a *Attribution, _ nlp.Span, reach bool) {
		if reach {
			nReach[si]++
		} else {
			nContent[si]++
		}
	})
	var totalReach, totalContent int
	for si := range ns {
		totalReach += int(nReach[si])
		totalContent += int(nContent[si])
	}
	k.reach, k.contents = resize(k.reach, totalReach), resize(k.contents, totalContent)
	k.reachOf, k.contentsOf = resize(k.reachOf, ns), resize(k.contentsOf, ns)
	reach, contents := k.reach, k.contents
	sc.reach, sc.contents = k.reachOf, k.contentsOf
	ri, ci := 0, 0
	for si := range ns {
		sc.reach[si] = reach[ri : ri : ri+int(nReach[si])]
		sc.contents[si] = contents[ci : ci : ci+int(nContent[si])]
		ri += int(nReach[si])
		ci += int(nContent[si])
	}
	walk(func(si int, a *Attribution, p nlp.Span, isReach bool) {
		if isReach {
			sc.reach[si] = append(sc.reach[si], a)
		} else {
			sc.contents[si] = append(sc.contents[si], p)
		}
	})
}

// saidWeight is the lexicon weight of "say", the plain report.
var saidWeight = sync.OnceValue(func() float64 {
	if e, ok := lexicon.Default().Lookup("say", lexicon.Cue); ok {
		return e.Weight
	}
	return 0.2
})

// firstSentenceOver returns the index of the first sentence of doc that
// ends after sp starts: the sentences sp overlaps follow from there.
// hint is where to look first: a content part most often starts in the
// sentence of its cue, which is then found without a search.
func firstSentenceOver(doc *nlp.Document, sp nlp.Span, hint int) int {
	if ss := doc.Sentences; hint >= 0 && hint < len(ss) && ss[hint].End > sp.Start && (hint == 0 || ss[hint-1].End <= sp.Start) {
		return hint
	}
	ss := doc.Sentences
	return sort.Search(len(ss), func(m int) bool { return ss[m].End > sp.Start })
}

// contentsOf returns the content parts that overlap statement st.
func (sc *scorer) contentsOf(st *Statement) []nlp.Span {
	if sc.contents == nil || st.Index < 0 || st.Index >= len(sc.contents) {
		var out []nlp.Span
		for i := range st.Attributions {
			if c := st.Attributions[i].Content; c != nil {
				out = append(out, c.spans()...)
			}
		}
		return out
	}
	return sc.contents[st.Index]
}

// selfInterested reports whether a factive cue's content points back to
// its source ("its own", "we", "itself"; "its", "their" for an
// organization), so that the confirmation is the
// source's word about itself, and the cue does not concede.
func (sc *scorer) selfInterested(a *Attribution) bool {
	if sc.doc == nil || a.Content == nil {
		return false
	}
	cue := tokensIn(sc.doc.Tokens, a.Cue.Span)
	for i := range cue {
		if inClass(cue, i, ctxAgainstInterest) {
			return false
		}
	}
	org := a.Source != nil && a.Source.Kind == attribution.Organization
	for pi := range a.Content.nSpans() {
		sp := a.Content.spanAt(pi)
		toks := tokensIn(sc.doc.Tokens, sp)
		for i := range toks {
			if inClass(toks, i, ctxSelfReference) || (org && inClass(toks, i, ctxOrgSelf)) {
				return true
			}
		}
	}
	return false
}

// countWords returns the number of words and numbers among toks.
func countWords(toks []nlp.Token) int {
	n := 0
	for i := range toks {
		if toks[i].Kind == nlp.Word || toks[i].Kind == nlp.Number {
			n++
		}
	}
	return n
}

// tokensIn returns the tokens of toks, in text order, inside sp.
func tokensIn(toks []nlp.Token, sp nlp.Span) []nlp.Token {
	i := sort.Search(len(toks), func(m int) bool { return toks[m].Start >= sp.Start }) // the first token that starts at or after sp
	j := i
	for j < len(toks) && toks[j].End <= sp.End {
		j++
	}
	return toks[i:j]
}

// statementTokens returns the tokens of doc inside statement st: its
// sentence's when st is a sentence of doc, as it is when a document is
// analyzed, so that what lies in a statement is searched among its
// tokens rather than the document's.
func statementTokens(doc *nlp.Document, st *Statement) []nlp.Token {
	if st.Index >= 0 && st.Index < len(doc.Sentences) && doc.Sentences[st.Index].Span == st.Span {
		return doc.Sentences[st.Index].Tokens
	}
	return tokensIn(doc.Tokens, st.Span)
}

// others appends the others'-word candidates of a statement: every
// attribution whose content reaches into it, or whose cue is in it.
func (sc *scorer) others(st *Statement, w *Weights) []candidate {
	cands := sc.cands[:0]
	n := float64(st.Len())
	var all []*Attribution
	if sc.reach != nil && st.Index >= 0 && st.Index < len(sc.reach) {
		all = sc.reach[st.Index]
	} else { // scored on its own: its attributions only
		all = sc.own[:0]
		for i := range st.Attributions {
			all = append(all, &st.Attributions[i])
		}
		sc.own = all
	}
	var stToks []nlp.Token // the statement's tokens, once an attribution's share needs them
	nw := -1               // the number of words among them
	for _, a := range all {
		ov, content := 0, nlp.Span{Start: -1, End: -1}
		if a.Content != nil {
			for pi := range a.Content.nSpans() {
				p := a.Content.spanAt(pi)
				if o := overlap(p, st.Span); o > 0 {
					ov += o
					if content.Start < 0 {
						content = nlp.Span{Start: max(p.Start, st.Start), End: min(p.End, st.End)}
					} else {
						content = content.Union(nlp.Span{Start: max(p.Start, st.Start), End: min(p.End, st.End)})
					}
				}
			}
		}
		if ov == 0 && !st.Span.Contains(a.Cue.Span) {
			continue
		}
		share := 0.0
		if sc.doc != nil && ov > 0 {
			// in words, so that punctuation ("leaked, the regulator
			// said" or "leaked the regulator said") does not move it
			if nw < 0 {
				stToks = statementTokens(sc.doc, st)
				nw = countWords(stToks)
			}
			if nw > 0 {
				cw := 0
				for pi := range a.Content.nSpans() {
					p := a.Content.spanAt(pi)
					cw += countWords(tokensIn(stToks, nlp.Span{Start: max(p.Start, st.Start), End: min(p.End, st.End)}))
				}
				share = math.Min(1, float64(cw)/float64(nw))
			}
		} else if n > 0 {
			share = math.Min(1, float64(ov)/n)
		}
		kind := attribution.None
		if a.Source != nil && a.Source.Kind != "" {
			kind = a.Source.Kind
		}
		if kind == attribution.None && perceptionCue(a.Cue.Lemma) {
			// "the plant seems to have leaked", "it appears that":
			// the writer's own impression, not word from no one
			kind = attribution.Self
		}
		stance := a.Stance
		if stance == lexicon.Factive && (kind == attribution.None || a.Negated || sc.selfInterested(a)) {
			stance = lexicon.Neutral
		}
		base := w.Stance[stance] * (1 - w.ContentShare + w.ContentShare*share)
		if cw := a.weight; cw > 0 {
			if stance != a.Stance {
				cw = saidWeight() // a factive cue read as a plain report weighs as "said"
			}
			base *= 1 - w.CueWeight/2 + w.CueWeight*cw
		}
		if a.Irrealis {
			base *= 1 - w.IrrealisDiscount
		}
		m, ok := w.Source[kind]
		if !ok {
			m = 1
		}
		cands = append(cands, candidate{a: a, stance: stance, base: base * min(m, 1), extra: base * max(m-1, 0), content: content})
	}
	// One quotation, one count: of the attributions whose contents overlap
	// in this statement, the heaviest stays.
	kept := cands[:0]
	for _, c := range cands {
		merged := false
		for k := range kept {
			if c.content.Start >= 0 && kept[k].content.Start >= 0 && c.content.Overlaps(kept[k].content) {
				if c.base+c.extra > kept[k].base+kept[k].extra {
					kept[k] = c
				}
				merged = true
				break
			}
		}
		if !merged {
			kept = append(kept, c)
		}
	}
	sc.cands = kept
	return kept
}

// uncommitment appends the writer's markers of uncommitment in statement
// st: modals, future, conditionals, intentions, infinitives and a
// question, once per kind, outside every content and outside the
// findings (a hedge "may" is counted as a hedge).
func (sc *scorer) uncommitment(raw []Contribution, st *Statement, w *Weights) []Contribution {
	if sc.doc == nil || st.Index < 0 || st.Index >= len(sc.doc.Sentences) {
		return raw
	}
	s := &sc.doc.Sentences[st.Index]
	toks := s.Tokens
	contents := sc.contentsOf(st)
	var seen, seenQuoted [6]bool
	kinds := [6]string{UncommitModal, UncommitFuture, UncommitConditional, UncommitIntent, UncommitInfinitive, UncommitWish}
	factors := [6]string{"uncommitment:modal", "uncommitment:future", "uncommitment:conditional", "uncommitment:intent", "uncommitment:infinitive", "uncommitment:wish"}
	classes := [4]ctxClass{ctxIrrealisModal, ctxFuture, ctxConditional, ctxIntent}
	// The writer's yes-no question (its mark, and the first token of
	// the clause it asks), found first: the modal or future of that
	// clause ("could this be …?", "will they hatch?") is the question's
	// own, the same open question counted once, as with a condition.
	qMark, qClause := writerQuestion(toks, contents)
	inCondition := false // inside the clause a conditional opened
	// A condition ("if approved, the plan would cut taxes") and its
	// consequence are one conditional: the modal or future of the main
	// clause is the conditional's, counted with it.
	conditional := false
	conditionalQuoted := false // the same, inside a content: the source's
	// each word's classes among those read below, looked up once, in
	// the pass that finds a conditional; the second pass reads only the
	// punctuation, which ends a condition's clause, and the words in a
	// class or "to" (marks): it passes over any other word
	// (wcs is written by index, marks appended only for the few tokens
	// in a class or punctuation: most tokens cost the lookup and a store)
	wcs, marks := sc.wcs, sc.marks[:0]
	if cap(wcs) < len(toks) {
		wcs = make([]ctxClass, len(toks))
	}
	wcs = wcs[:len(toks)]
	tab := uncommitClasses()
	for i := range toks {
		t := &toks[i]
		if t.Kind == nlp.Punct {
			// no punctuation is in a class (TestUncommitClassesWords)
			wcs[i] = 0
			marks = append(marks, int32(i))
			continue
		}
		wc := ctxClass(tab.Of(t.Norm))
		wcs[i] = wc
		if wc == 0 {
			continue
		}
		marks = append(marks, int32(i))
		if wc&ctxConditional != 0 && !inFinding(t.Span, st.Findings) && (i == 0 || !inFinding(toks[i-1].Span, st.Findings)) {
			if containedIn(t.Span, contents) {
				conditionalQuoted = true
			} else if wc&ctxOpenQuestion == 0 {
				conditional = true
			}
		}
	}
	sc.wcs, sc.marks = wcs, marks
	for _, m := range marks {
		i := int(m)
		t := &toks[i]
		if t.Kind == nlp.Punct {
			inCondition = false
		}
		if t.Kind != nlp.Word {
			continue
		}
		wc := wcs[i]
		if (inCondition || conditional || (qMark >= 0 && i >= qClause)) && wc&(ctxIrrealisModal|ctxFuture) != 0 && wc&ctxConditional == 0 {
			// "whether the auction would go ahead", "if it would help":
			// the modal of a condition's own clause is the condition's
			// tense, and that of its consequence ("the town will flood
			// if the dam fails") the conditional's: the same open
			// question counted once
			continue
		}
		if wc&ctxConditional != 0 && !containedIn(t.Span, contents) {
			inCondition = true
			if i > 0 && inFinding(toks[i-1].Span, st.Findings) {
				// "not clear whether", "unsure if": the clause is the
				// hedge's complement, counted with the hedge
				continue
			}
		}
		if t.Norm == "to" && !seen[4] && infinitive(toks, i) && !inClass(toks, i+1, ctxPlaceNoun) && !containedIn(t.Span, contents) &&
			!inFinding(nlp.Span{Start: toks[max(i-1, 0)].Start, End: toks[i+1].End}, st.Findings) &&
			!inAttribution(toks[i+1].Span, st.Attributions) && (i == 0 || !inAttribution(toks[i-1].Span, st.Attributions)) {
			// an event in the infinitive, neither wanted (intent, below)
			// nor settled by an implicative ("managed to"): "nominated
			// to replace", "a chance to present"; not a place ("the bus
			// to work") nor part of a finding before or at it ("no
			// evidence was provided to support")
			if i == 0 || wcs[i-1]&(ctxIntent|ctxImplicative) == 0 {
				seen[4] = true
				if c := w.Uncommitment[UncommitInfinitive]; c != 0 {
					raw = append(raw, Contribution{Factor: factors[4], Contribution: c, Span: nlp.Span{Start: t.Start, End: toks[i+1].End}, Text: sc.doc.Text[t.Start:toks[i+1].End]})
				}
			}
			continue
		}
		if wc&uncommitting != 0 && containedIn(t.Span, contents) && !inFinding(t.Span, st.Findings) &&
			!(conditionalQuoted && wc&(ctxIrrealisModal|ctxFuture) != 0 && wc&ctxConditional == 0) &&
			!(wc&ctxConditional == 0 && beforeIrrealisCue(t.Span, st.Attributions)) {
			// the source's own condition or modal ("she said the town
			// floods if the dam fails", "he said the city should pay"):
			// the source leaves the event open by the source's own
			// word, weighing Quoted times as much, as the source's
			// hedges do; one condition counts once with its modals, as
			// the writer's does, and a question the source asks
			// ("asked whether the city should pay") is the cue's
			// content, which its stance weighs. The source's future or
			// plan ("said it will close", "said it would close", the
			// backshifted "will") is the source's claim, which its
			// attribution weighs already
			for k, class := range classes {
				if wc&class == 0 || seenQuoted[k] || (class != ctxConditional && class != ctxIrrealisModal) || wc&ctxOpenQuestion != 0 ||
					(class == ctxIrrealisModal && (settledModal(toks, i) || uncommitWords().backshift.Has(t.Norm))) {
					continue
				}
				seenQuoted[k] = true
				if c := w.Quoted * w.Uncommitment[kinds[k]]; c != 0 {
					raw = append(raw, Contribution{Factor: quotedUncommitment[k], Contribution: c, Span: t.Span, Text: t.Text})
				}
			}
			continue
		}
		if wc&uncommitting == 0 || containedIn(t.Span, contents) || inFinding(t.Span, st.Findings) {
			continue
		}
		if wc&ctxConditional == 0 && beforeIrrealisCue(t.Span, st.Attributions) {
			continue // "might claim": the attribution's discount counts the modal; "if you want" stays a condition
		}
		for k, class := range classes {
			if wc&class == 0 {
				continue
			}
			if class == ctxIntent && !infinitive(toks, i+1) {
				continue // "want to go", not "the plans" or "want a car"
			}
			if class == ctxIntent && speakerBefore(toks, i) && !uncommitWords().plan.Has(t.Norm) {
				// "I need to", "you have to": the writer's or the
				// reader's own; "I'm going to stay", "we plan to open"
				// state the writer's plan, which weighs as anyone's
				k = 5
			}
			if seen[k] {
				continue
			}
			if class == ctxIrrealisModal && settledModal(toks, i) {
				continue
			}
			if class == ctxIrrealisModal && purposeClause(toks, i) {
				// "raised the dam so that the town may grow": the
				// finite form of "raised the dam to let the town grow",
				// a purpose stated as fact, which weighs as the
				// infinitive does
				k = 4
				if seen[k] {
					continue
				}
			}
			seen[k] = true
			if c := w.Uncommitment[kinds[k]]; c != 0 {
				raw = append(raw, Contribution{Factor: factors[k], Contribution: c, Span: t.Span, Text: t.Text})
			}
		}
	}
	if !seen[5] {
		// the writer's own wish or request ("I hope you have a good
		// flight", "we urge readers to …"): the event is wanted, not
		// reported, as with "I need to"
		for i := range st.Attributions {
			a := &st.Attributions[i]
			if a.Stance == lexicon.Directive && a.Source != nil && a.Source.Kind == attribution.Self && !a.Negated && !containedIn(a.Cue.Span, contents) &&
				sc.wishedEvent(a) {
				if c := w.Uncommitment[UncommitWish]; c != 0 {
					raw = append(raw, Contribution{Factor: factors[5], Contribution: c, Span: a.Cue.Span, Text: a.Cue.Text})
				}
				break
			}
		}
	}
	if v := imperative(toks, contents); v >= 0 && !inFinding(toks[v].Span, st.Findings) {
		// "Consider the route map.", "Don't drink the water.": the
		// writer asks the reader for an event, and asserts nothing
		// ("Let's be clear" is a booster's phrase, counted as one)
		if c := w.Uncommitment[UncommitRequest]; c != 0 {
			raw = append(raw, Contribution{Factor: "uncommitment:request", Contribution: c, Span: toks[v].Span, Text: toks[v].Text})
		}
	}
	if qMark >= 0 {
		if c := w.Uncommitment[UncommitQuestion]; c != 0 {
			t := &toks[qMark]
			raw = append(raw, Contribution{Factor: "uncommitment:question", Contribution: c, Span: t.Span, Text: t.Text})
		}
	}
	return raw
}

// wishedEvent reports whether the content of the writer's own wish or
// request holds an event left open: it opens with an infinitive ("I
// want to vote"), a clause opener ("that"), a conditional or a subject
// pronoun ("we hope you do"), or runs past three words ("I hope the
// board closes it"). A short noun phrase ("I recommend this place", "I
// want my money back", "we recommend him") names a thing wished for or
// recommended: the recommending is done, and no event is left open.
func (sc *scorer) wishedEvent(a *Attribution) bool {
	if a.Content == nil || sc.doc == nil {
		return true
	}
	sp := a.Content.spans()
	if len(sp) == 0 {
		return true
	}
	toks := tokensIn(sc.doc.Tokens, sp[0])
	first := -1
	for i := range toks {
		if toks[i].Kind == nlp.Word || toks[i].Kind == nlp.Number {
			first = i
			break
		}
	}
	if first < 0 || countWords(toks) > 3 || infinitive(toks, first) {
		return true
	}
	return inClass(toks, first, ctxClauseOpener|ctxConditional) ||
		(inClass(toks, first, ctxSubjectPronoun) && !inClass(toks, first, ctxDefinite))
}

// quotedUncommitment names the factors of a source's own uncommitment
// inside a content, in the order of the writer's kinds (a source's
// future and intention are not counted).
var quotedUncommitment = [4]string{"quoted:modal", "", "quoted:conditional", ""}

// settledModal reports whether the modal at i leaves nothing open: an
// ability stated or denied ("could see", "could not find", "no one
// could find", "could do nothing"), the writer's nod to what the reader
// knows ("you may remember") or the month May ("on May 26").
func settledModal(toks []nlp.Token, i int) bool {
	return (inClass(toks, i, ctxAbilityModal) && (inClass(toks, i+1, ctxNegation) || inClass(toks, i+1, ctxAbilityWord) || negativeSubject(toks, i) || negativeObject(toks, i))) ||
		readerMemory(toks, i, i) ||
		nlp.MonthMay(toks, i)
}

// perceptionCue reports whether a cue lemma is a verb of appearance
// ("seem", "appear"), which without a source reports how things look to
// the writer: the writer's own uncommitment, weighed as the writer's
// word (Source[self]), not as a report with its source hidden ("it
// emerged", "is said to").
func perceptionCue(lemma string) bool {
	return ctxClass(contextClasses().Of(lemma))&ctxPerceptionCue != 0
}

// writerQuestion returns, when toks end in a yes-no question of the
// writer's, the index of its question mark and of the first token of
// the clause it asks (after the last comma, semicolon, colon, dash or
// parenthesis before the mark: "there are two eggs, will they
// hatch?"); -1 and -1 otherwise. A wh-question takes its event as
// given, and a question inside a content is the source's: the
// question's last word, not its mark, says whose it is, since a
// content often ends before its "?" ("Q: Are you ready?").
func writerQuestion(toks []nlp.Token, contents []nlp.Span) (mark, clause int) {
	if !question(toks) || whQuestion(toks) {
		return -1, -1
	}
	for i := len(toks) - 1; i >= 0; i-- {
		t := &toks[i]
		if t.Kind != nlp.Punct || !strings.Contains(t.Text, "?") {
			continue
		}
		last := t.Span
		for k := i - 1; k >= 0; k-- {
			if toks[k].Kind == nlp.Word || toks[k].Kind == nlp.Number {
				last = toks[k].Span
				break
			}
		}
		if containedIn(t.Span, contents) || containedIn(last, contents) {
			return -1, -1
		}
		clause = 0
		for k := i - 1; k >= 0; k-- {
			if toks[k].Kind == nlp.Punct && strings.ContainsAny(toks[k].Text, ",;:-()\u2013\u2014") {
				clause = k + 1
				break
			}
		}
		return i, clause
	}
	return -1, -1
}

// uncommitting holds the classes of the writer's uncommitting words.
const uncommitting = ctxIrrealisModal | ctxFuture | ctxConditional | ctxIntent

// infinitive reports whether the token at i of toks is the "to" of an
// infinitive: a lowercase word follows that does not begin a noun phrase
// ("to replace", not "to the court", "to Washington"), and the word
// before does not make "to" a preposition ("according to").
func infinitive(toks []nlp.Token, i int) bool {
	if i < 0 || i+1 >= len(toks) || toks[i].Norm != "to" {
		return false
	}
	next := &toks[i+1]
	if next.Kind != nlp.Word || next.Capitalized() || inClass(toks, i+1, ctxNotVerb) {
		return false
	}
	if len(next.Norm) > 5 && strings.HasSuffix(next.Norm, "ing") {
		return false // a gerund or noun: "to getting out", "to nothing" ("to bring" is a verb)
	}
	if strings.HasSuffix(next.Norm, "ed") && !strings.HasSuffix(next.Norm, "eed") {
		return false // a participle or adjective: "to terminated employees"
	}
	if n := next.Norm; len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !strings.HasSuffix(n, "us") {
		return false // a plural noun: "a giveaway to donors" (a base form never ends so: "to discuss", "to focus")
	}
	return !inClass(toks, i-1, ctxToPreposition)
}

// speakerBefore reports whether the word of intent at i has the writer
// or the reader for its subject: "I", "we" or "you" within the three
// words before it ("I really need to", "we are going to", "you have
// to").
func speakerBefore(toks []nlp.Token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 3; k-- {
		if toks[k].Kind != nlp.Word {
			if toks[k].Kind == nlp.Punct {
				return false
			}
			continue
		}
		if inClass(toks, k, ctxSpeaker) {
			return true
		}
		n++
	}
	return false
}

// whQuestion reports whether a question opens with a wh-word ("when was
// it founded?"): it asks about a part of an event it takes as given,
// unlike a yes-no question, which leaves the event open.
func whQuestion(toks []nlp.Token) bool {
	start := 0
	for i := range toks {
		if toks[i].Kind == nlp.Punct && toks[i].Text == ":" {
			start = i + 1 // "Q: What would you say …": the speaker's label is no part of the question
			break
		}
	}
	for i := start; i < len(toks); i++ {
		if toks[i].Kind == nlp.Word {
			return inClass(toks, i, ctxWhWord) || (inClass(toks, i, ctxClauseOpener) && inClass(toks, i+1, ctxWhWord))
		}
	}
	return false
}

func inFinding(sp nlp.Span, fs []Finding) bool {
	for i := range fs {
		if fs[i].Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// score computes a statement's score and explanation from its
// attributions and findings.
func (sc *scorer) score(st *Statement, w *Weights) (float64, []Contribution) {
	cands := sc.others(st, w)
	// The factors are appended in the slab, in room for as many as the
	// statement can have but for rare uncommitment (an append past it
	// moves them out); what they do not take is given back (keep).
	l, room := len(sc.slab), 2*len(cands)+len(st.Findings)+6
	if cap(sc.slab)-l < room {
		sc.slab = make([]Contribution, 0, max(room, 2*cap(sc.slab), 64))
		l = 0
	}
	raw := sc.slab[l : l : l+room]
	sc.slab = sc.slab[:l+room]
	keep := func() {
		if len(raw) <= room { // still in the slab
			sc.slab = sc.slab[:l+len(raw)]
		}
	}
	sources := sc.sources[:0]
	contents := sc.contentsOf(st)
	for _, c := range cands {
		a := c.a
		raw = append(raw, Contribution{Factor: stanceFactor(c.stance), Contribution: c.base, Span: a.Cue.Span, Text: a.Cue.Text})
		kind, sp, text := attribution.None, a.Cue.Span, a.Cue.Text
		if a.Source != nil && a.Source.Kind != "" && a.Source.Kind != attribution.None {
			kind, sp, text = a.Source.Kind, a.Source.Span, a.Source.Text
		}
		if c.extra != 0 {
			raw = append(raw, Contribution{Factor: sourceFactor(kind), Contribution: c.extra, Span: sp, Text: text})
		}
	}
	for i := range st.Attributions {
		if src := st.Attributions[i].Source; src != nil && src.Kind != attribution.None {
			sources = append(sources, src.Span)
		}
	}
	sc.sources = sources
	supported := false
	for _, f := range st.Findings {
		if f.Category == EvidenceSupported {
			supported = true
		}
	}
	for _, f := range st.Findings {
		if f.Category == VagueSource && overlapsAny(f.Span, sources) {
			continue
		}
		if f.Category == Booster && supported {
			continue // certainty with its evidence beside it
		}
		if f.Category == Hedge && (beforeIrrealisCue(f.Span, st.Attributions) || onCue(f.Span, st.Attributions)) {
			// "might claim": the irrealis attribution counts it; "I
			// suspect", "is said to": the hedge is the cue itself
			continue
		}
		c := w.Finding[f.Category] * f.Weight
		if f.Rule == "hedge/modal" && !containedIn(f.Span, contents) {
			// the writer's epistemic modal ("the talks may fail")
			// leaves its event at least as open as a modal the findings
			// do not read as a hedge ("guests may bring food",
			// "should"), which the writer's uncommitment counts as a
			// modal
			c = max(c, w.Uncommitment[UncommitModal])
		}
		factor := string(f.Category)
		switch f.Category {
		case Hedge, Booster, Loaded, ScareQuote, VagueSource:
			if containedIn(f.Span, contents) {
				c *= w.Quoted
				factor = quotedFactor(f.Category)
			}
		}
		if c != 0 {
			raw = append(raw, Contribution{Factor: factor, Contribution: c, Span: f.Span, Text: f.Text})
		}
	}
	raw = sc.uncommitment(raw, st, w)
	total := 0.0
	for _, c := range raw {
		total += c.Contribution
	}
	if sc.noExplanation {
		// no explanation to keep: the factors' room goes back to the
		// slab, cleared, so that the slab stays the size of one
		// statement's factors
		if len(raw) <= room {
			clear(raw)
			sc.slab = sc.slab[:l]
		}
		if total <= 0 {
			return 0, nil
		}
		return 1 - math.Exp(-total), nil
	}
	if total <= 0 {
		if len(raw) > 0 {
			// Supporting evidence outweighs the rest: list the factors
			// and the floor that brings their sum to the score, 0.
			raw = append(raw, Contribution{Factor: "floor", Contribution: -total})
		}
		keep()
		return 0, nonNil(raw)
	}
	s := 1 - math.Exp(-total)
	scale := s / total
	sum := 0.0
	for i := range raw {
		raw[i].Contribution *= scale
		sum += raw[i].Contribution
	}
	// Rounding aside, the contributions add up to s; give the last the
	// remainder so the sum is exact.
	raw[len(raw)-1].Contribution += s - sum
	// The same stable merge sort as sort.SliceStable, without its
	// reflection: the order, ties included, is the same.
	slices.SortStableFunc(raw, func(a, b Contribution) int {
		switch {
		case a.Contribution > b.Contribution:
			return -1
		case b.Contribution > a.Contribution:
			return 1
		}
		return 0
	})
	keep()
	return s, raw
}

// inAttribution reports whether sp overlaps the cue or the source of one
// of as: an infinitive there or just after a cue ("not authorized to
// discuss", "vowed to make") is the attribution's, weighed by its stance.
func inAttribution(sp nlp.Span, as []Attribution) bool {
	for i := range as {
		if as[i].Cue.Span.Overlaps(sp) || (as[i].Source != nil && as[i].Source.Span.Overlaps(sp)) {
			return true
		}
	}
	return false
}

// onCue reports whether sp overlaps the cue of one of as.
func onCue(sp nlp.Span, as []Attribution) bool {
	for i := range as {
		if as[i].Cue.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// beforeIrrealisCue reports whether sp ends just before the cue of an
// irrealis attribution ("might claim", "would argue"): the modal is what
// makes the attribution irrealis, counted by its discount.
func beforeIrrealisCue(sp nlp.Span, as []Attribution) bool {
	for i := range as {
		if c := as[i].Cue.Span; as[i].Irrealis && sp.End <= c.Start && c.Start-sp.End <= 12 {
			return true
		}
	}
	return false
}

// quotedFactor names a finding's factor inside a content.
func quotedFactor(c Category) string {
	switch c {
	case Hedge:
		return "quoted:hedge"
	case Booster:
		return "quoted:booster"
	case Loaded:
		return "quoted:loaded"
	case ScareQuote:
		return "quoted:scare-quote"
	}
	return "quoted:" + string(c)
}

// stanceFactor returns "attribution:" + st, without building the string
// for the known stances.
func stanceFactor(st lexicon.Stance) string {
	switch st {
	case lexicon.Neutral:
		return "attribution:neutral"
	case lexicon.Assertive:
		return "attribution:assertive"
	case lexicon.Denial:
		return "attribution:denial"
	case lexicon.Accusation:
		return "attribution:accusation"
	case lexicon.Factive:
		return "attribution:factive"
	case lexicon.Speculative:
		return "attribution:speculative"
	case lexicon.Directive:
		return "attribution:directive"
	case lexicon.Commissive:
		return "attribution:commissive"
	}
	return "attribution:" + string(st)
}

// sourceFactor returns "source:" + kind, without building the string for
// the known kinds.
func sourceFactor(kind attribution.SourceKind) string {
	switch kind {
	case attribution.Person:
		return "source:person"
	case attribution.Organization:
		return "source:organization"
	case attribution.Anonymous:
		return "source:anonymous"
	case attribution.Pronoun:
		return "source:pronoun"
	case attribution.Self:
		return "source:self"
	case attribution.None:
		return "source:none"
	}
	return "source:" + string(kind)
}

// overlap returns the number of bytes a and b share.
func overlap(a, b nlp.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

func overlapsAny(s nlp.Span, spans []nlp.Span) bool {
	for _, o := range spans {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

// documentScore is the mean of the statement scores weighted by statement
// length in bytes.
func documentScore(sts []Statement) float64 {
	var num, den float64
	for _, st := range sts {
		num += st.Score * float64(st.Len())
		den += float64(st.Len())
	}
	if den == 0 {
		return 0
	}
	return num / den
}
