package attribution

// The content model: where a paraphrased content runs on after its cue,
// the rules end it at the clause boundary they read; a trained ranker
// reads every boundary of the sentence after the content's start and may
// end the content at another where it is confident the rules did not.

import (
	_ "embed"
	"slices"
	"sync"

	"github.com/hearsay-go/hearsay/internal/learn"
	"github.com/hearsay-go/hearsay/nlp"
)

// The built-in content model, made by cmd/hearsay-train (see
// model/README.md).
//
//go:embed model/content.model
var contentModelData []byte

// A ContentModel is a trained ranker of where a paraphrased content that
// follows its cue ends: at the end the rules found, or before one of the
// other clause boundaries of its sentence (a comma, a conjunction, a
// relative or subordinating word, a dash, the sentence's end). Each end is
// scored by a linear model over the boundary and the words around it, the
// content it would make (its length, its verbs and commas) and how it
// stands to the rules' end; the rules' end is replaced when another
// scores at least the model's margin (in log-odds) above it. Its methods
// MarshalBinary, Margin, Meta and Size encode it, give its margin and the
// lines saved with it, and count its weights.
//
// A ContentModel is read-only and safe for concurrent use.
type ContentModel struct{ ranker }

// contentModelName names the content model in its file.
const contentModelName = "attribution/content/v1"

// LoadContentModel decodes a model file written by
// [ContentModel.MarshalBinary].
func LoadContentModel(data []byte) (*ContentModel, error) {
	k, err := loadRanker(data, contentModelName)
	if err != nil {
		return nil, err
	}
	return &ContentModel{k}, nil
}

var defaultContentModel = sync.OnceValue(func() *ContentModel {
	m, err := LoadContentModel(contentModelData)
	if err != nil {
		panic("attribution: the built-in content model: " + err.Error())
	}
	return m
})

// DefaultContentModel returns the built-in content model, learned from
// the PolNeAR training articles (see the NOTICE file).
func DefaultContentModel() *ContentModel { return defaultContentModel() }

// WithMargin returns a copy of m with the given margin; a negative one
// keeps m's.
func (m *ContentModel) WithMargin(margin float64) *ContentModel {
	return &ContentModel{m.withMargin(margin)}
}

// Feature templates of the content model.
const (
	cRel    = 'R' // how the end stands to the rules' end
	cBound  = 'B' // the boundary after the end
	cAfter  = 'A' // the words after the boundary
	cLast   = 'L' // the content's last word
	cBody   = 'V' // the verbs and commas the content holds, its length
	cRest   = 'T' // what is left of the sentence after the boundary
	cOpen   = 'O' // how the content opens
	cCueEnd = 'C' // the cue with the boundary
)

// contentBits sizes the table of a content model's weights.
const contentBits = 16

var (
	pShorter, pLonger, pSentEnd = mkPart("shorter"), mkPart("longer"), mkPart("sentence-end")
	pVerbAfter, pSubjAfter      = mkPart("verb-after"), mkPart("subject-after")
	pNoVerb, pOneVerb           = mkPart("no-verb"), mkPart("one-verb")
	pMoreVerbs                  = mkPart("verbs")
	pInQuote                    = mkPart("in-quote")
)

// contentFacts are what the features read of an attribution, found once.
type contentFacts struct {
	lo, hi    int // the sentence
	start     int // the content's first token
	rulesEnd  int // the rules' last token of the content
	form      fpart
	lemma     fpart
	open      fpart
	verbsPre  []int32 // verbsPre[k-start]: verb-like tokens in [start, k)
	commasPre []int32
}

// contentEnds appends to dst the candidate last tokens of a content that
// starts at token start in sentence [lo, hi): the rules' end, the token
// before every clause boundary after start, and the sentence's last word;
// none past the cue of another attribution or a quotation mark beyond the
// rules' end, nor past the closing parenthesis of one opened before start.
func (r *run) contentEnds(dst []int, start, rulesEnd, lo, hi int) []int {
	dst = append(dst, rulesEnd)
	last := hi - 1
	for last > start && r.toks[last].Kind == nlp.Punct && !nlp.Kind(r.cls[last]&clsKind).IsQuote() {
		last--
	}
	// a second predicate of the cue's subject ("rejects the remarks | but
	// will meet him") is past every end
	if e := r.beforeModalPredicate(start, last); e < last {
		last = e
	}
	depth := 0 // parentheses opened since start and not closed
	for k := start + 1; k <= last; k++ {
		switch r.toks[k].Text {
		case "(":
			depth++
		case ")":
			depth--
		}
		if depth < 0 {
			// the parenthesis the content began in closes: "(who said
			// the plan would fail) voted for it"
			if k-1 != rulesEnd && k-1 > start {
				dst = append(dst, k-1)
			}
			return dst
		}
		if k > rulesEnd && (r.ms.cueOf[k] >= 0 || nlp.Kind(r.cls[k]&clsKind).IsQuote() || r.cls[k]&clsDash != 0 && uint(r.dashAsideOpen(k)) < uint(start)) {
			// another attribution's cue, or a quotation, which is its
			// speaker's, or the dash that closes the aside the cue
			// stands in (opened before start; -1, no aside, is above
			// every start as a uint): a paraphrase runs on to no
			// boundary past it
			if r.cls[k]&clsDash != 0 && k-1 != rulesEnd && r.toks[k-1].Kind != nlp.Punct {
				dst = append(dst, k-1)
			}
			return dst
		}
		if k > rulesEnd+1 && sceneSetting(&r.toks[k]) && r.timeBefore(rulesEnd, k) == rulesEnd+1 {
			// the rules ended an object before a measure of time and its
			// clause ("criticized the governor | hours after the vote"):
			// what follows tells when, not what
			return dst
		}
		if r.contentBoundary(k) && k-1 != rulesEnd && r.toks[k-1].Kind != nlp.Punct {
			e := k - 1
			if r.in(k, relativeWh) && r.in(e, prepositions) {
				// the preposition belongs to the relative clause: "an
				// interview with Trump, | in which he declared …"
				e = trimEnd(r, start, e-1)
			}
			if e > start && e != rulesEnd && e != dst[len(dst)-1] {
				dst = append(dst, e)
			}
		}
	}
	if last != rulesEnd && dst[len(dst)-1] < last {
		dst = append(dst, last)
	}
	return dst
}

// contentBoundary reports whether a clause may begin at token k, so that a
// content may end before it.
func (r *run) contentBoundary(k int) bool {
	t := &r.toks[k]
	if t.Kind == nlp.Punct {
		switch t.Text {
		case ",":
			// not the comma before a name set off by commas: "the
			// agency's director, Carla Brandt, and her deputy hid …"
			return !r.nameAside(k)
		case ";", ":", "(", ")":
			return true
		}
		return r.cls[k]&clsDash != 0
	}
	if t.Kind != nlp.Word {
		return false
	}
	return r.in(k, coordinators) || r.in(k, subordinators) || r.in(k, relativeWh) || t.Norm == "that"
}

// nameAside reports whether the comma at token k opens a name set off by
// commas, an appositive: capitalized words, then a comma.
func (r *run) nameAside(k int) bool {
	j := k + 1
	for j < len(r.toks) && j <= k+5 && r.cls[j]&clsCapWord != 0 {
		j++
	}
	return j > k+1 && j < len(r.toks) && r.toks[j].Text == ","
}

// contentFeatures sends the features of the content [f.start, e] to s.
func (r *run) contentFeatures(s *featureSink, f *contentFacts, e int) {
	rel := pSame
	switch {
	case e < f.rulesEnd:
		rel = pShorter
	case e > f.rulesEnd:
		rel = pLonger
	}
	s.add(cRel, rel, pEmpty)
	s.add(cRel, rel, f.form)

	// the boundary after it
	b := e + 1
	bp := pSentEnd
	if b < f.hi && !isTerminalTok(&r.toks[b]) {
		bp = r.norm(b, f.lo, f.hi)
		if nlp.Kind(r.cls[b] & clsKind).IsQuote() {
			bp = pQuoteB
		}
	}
	s.add(cBound, bp, pEmpty)
	s.add(cBound, bp, rel)
	s.add(cCueEnd, f.lemma, bp)
	if bp != pSentEnd {
		n := b + 1
		s.add(cAfter, bp, r.norm(n, f.lo, f.hi))
		if n < f.hi && r.verbLike(n) {
			s.add(cAfter, bp, pVerbAfter)
		}
		if n < f.hi && r.in(n, subjectPronouns) {
			s.add(cAfter, bp, pSubjAfter)
		}
		// is a finite clause left after the boundary?
		verbs := 0
		for k := n; k < f.hi && k < n+8; k++ {
			if r.toks[k].Text == "," {
				break
			}
			if r.verbLike(k) {
				verbs++
			}
		}
		vp := [...]fpart{pNoVerb, pOneVerb, pMoreVerbs}[min(verbs, 2)]
		s.add(cRest, bp, vp)
		s.add(cRest, vp, rel)
	}

	// the content it makes
	// (the last word itself overfits: "Thursday", "argument")
	s.add(cLast, r.shapeOf(e), bp)
	v := f.verbsPre[e+1-f.start]
	c := f.commasPre[e+1-f.start]
	vp := [...]fpart{pNoVerb, pOneVerb, pMoreVerbs}[min(int(v), 2)]
	s.add3(cBody, vp, f.open, bp)
	s.add(cBody, lenPart(min(e-f.start+1, 7)), vp)
	s.add(cBody, [...]fpart{pComma0, pComma1, pComma2}[min(int(c), 2)], bp)
	if r.inQuote(e) && !r.inQuote(b) && b < f.hi {
		s.add(cOpen, pInQuote, pEmpty)
	}
}

// contentRankable reports whether the content model may end a's content:
// a paraphrase (not a quotation, whose marks end it) in one part, after
// its cue in the cue's sentence.
func contentRankable(a *Attribution) bool {
	return a.Quote != Direct && len(a.Content.Parts) == 0 && a.Content.Text != "" && a.Content.Start >= a.Cue.End && a.Cue.Form != Adverb && a.Cue.Form != Punctuation
}

// chooseContents lets m end the rules' contents elsewhere. With
// h.contents set it decides nothing: it hands each attribution's
// candidate ends and their features to it, for training.
func (r *run) chooseContents(m *ContentModel, h *hooks) {
	ms := &r.ms
	sink := &ms.sink
	var lm *learn.Model
	bitsN := uint(contentBits)
	if m != nil {
		bitsN, lm = m.lm.Bits, m.lm
	}
	collect, explain := h.contents, h.explainSpan
	r.markCues()
	for ai := range r.out {
		a := &r.out[ai]
		if a.Sentence < 0 || a.Sentence >= len(r.doc.Sentences) || a.Content.Text == "" {
			continue
		}
		if !contentRankable(a) {
			if explain != nil {
				explain(partContent, a, nil, nil, nil, -1, -1, SkipShape)
			}
			continue
		}
		s := &r.doc.Sentences[a.Sentence]
		lo, hi := s.First, s.First+len(s.Tokens)
		start := r.tokenAt(a.Content.Start)
		end := r.tokenAt(a.Content.End) - 1
		if start < lo || end >= hi || end < start {
			continue
		}
		if a.Cue.Form == Noun && end+1 < hi && (r.in(end+1, auxiliaries) || r.in(end+1, beForms)) && !r.possessiveS(end+1) {
			// a noun cue's complement that the rules ended where its
			// clause's predicate begins: "Reports of an explosion | have
			// not been confirmed"; the predicate is the writer's
			if explain != nil {
				explain(partContent, a, nil, nil, nil, -1, -1, SkipByDesign)
			}
			continue
		}
		if src := r.srcTok[ai]; src != noSource && src[0] == src[1] && src[0]-1 >= lo && r.toks[src[0]-1].Text == "," && r.relativeWord(src[0]) && end+1 < hi && r.toks[end+1].Text == "," {
			// a cue in a relative clause set off by commas: the comma
			// that closes the clause ends what it reports, and the main
			// clause's predicate follows ("The mayor, who said the budget
			// was balanced, | resigned")
			if explain != nil {
				explain(partContent, a, nil, nil, nil, -1, -1, SkipByDesign)
			}
			continue
		}
		r.enterSentence(lo, hi)
		f := contentFacts{lo: lo, hi: hi, start: start, rulesEnd: end, form: mkPart(string(a.Cue.Form)), lemma: mkPart(a.Cue.Lemma), open: r.norm(start, lo, hi)}
		if nlp.Kind(r.cls[start] & clsKind).IsQuote() {
			f.open = pQuoteB
		}
		endHi := hi
		if src := r.srcTok[ai]; src != noSource && src[0] > end && src[0] < hi {
			endHi = src[0] // no end at or past the attribution's own source
		}
		ends := r.contentEnds(ms.ends[:0], start, end, lo, endHi)
		ms.ends = ends
		if len(ends) == 1 && collect == nil && explain == nil {
			continue // the rules' end alone: the model has nothing to choose
		}
		// the counts of verbs and commas before each token, up to the
		// farthest end: the features read no further
		far := slices.Max(ends)
		vp, cp := ms.verbsPre[:0], ms.commasPre[:0]
		vp, cp = append(vp, 0), append(cp, 0)
		for k := start; k <= far; k++ {
			v, c := vp[len(vp)-1], cp[len(cp)-1]
			if r.verbLike(k) {
				v++
			}
			if r.toks[k].Text == "," {
				c++
			}
			vp, cp = append(vp, v), append(cp, c)
		}
		ms.verbsPre, ms.commasPre = vp, cp
		f.verbsPre, f.commasPre = vp, cp
		var feats [][]uint32
		var named [][]learn.Contribution
		var scores []float64
		best, bestScore := 0, 0.0
		rulesScore := 0.0
		for k, e := range ends {
			*sink = featureSink{lm: lm, bits: bitsN, idx: sink.idx[:0], explain: explain != nil}
			r.contentFeatures(sink, &f, e)
			if collect != nil {
				feats = append(feats, slices.Clone(sink.idx))
				continue
			}
			score := sink.sum()
			if explain != nil {
				named = append(named, sink.named)
				scores = append(scores, score)
			}
			if k == 0 {
				rulesScore = score
			}
			if k == 0 || score > bestScore {
				best, bestScore = k, score
			}
		}
		if collect != nil {
			collect(a, contentSpansOf(start, ends), feats)
			continue
		}
		chosen := 0
		if best != 0 && bestScore-rulesScore >= float64(m.margin) {
			chosen = best
			sp := r.span(start, ends[best])
			a.Content.Span = sp
			a.Content.Text = r.text(sp)
			a.ContentRule = RuleModelContent
		}
		if explain != nil {
			explain(partContent, a, contentSpansOf(start, ends), scores, named, 0, chosen, "")
		}
	}
}

// contentSpansOf returns the token ranges of the contents from start to
// each of ends.
func contentSpansOf(start int, ends []int) [][2]int {
	tok := make([][2]int, len(ends))
	for k, e := range ends {
		tok[k] = [2]int{start, e}
	}
	return tok
}
