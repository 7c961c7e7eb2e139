package hearsay

import (
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// gapAuxiliary reports whether w is one of the auxiliaries after which
// an adverb may stand inside a listed phrase: "has also been criticized",
// "has been strongly criticized", "is also said to", "is still viewed
// as", "it is also possible".
func gapAuxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had":
		return true
	}
	return false
}

// gapAdverb reports whether the token at k of toks is an adverb that an
// auxiliary before it lets into a phrase without changing what the
// phrase says: "also", "still", "even", "now", or a word in -ly
// ("strongly", "repeatedly"); not "not" or "never", which deny it. An
// adverb that is a finding of its own ("widely", "reportedly",
// "clearly") is not passed over (see appendGappedMatches).
func gapAdverb(toks []nlp.Token, k int) bool {
	if k <= 0 || k+1 >= len(toks) || toks[k].Kind != nlp.Word || toks[k+1].Kind != nlp.Word {
		return false
	}
	// The adverb first: few words are one, and every word comes here.
	switch w := toks[k].Norm; w {
	case "also", "still", "even", "now":
	default:
		if len(w) <= 4 || !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return gapAuxiliary(toks[k-1].Norm)
}

// A gapScratch holds appendGappedMatches' working arrays between
// analyses.
type gapScratch struct {
	doc          nlp.Document // the sentences with an adverb passed over, without it
	origSentence []int        // per sentence of doc, its index in the document
	keep         []int        // per token of doc, its index in its original sentence
	found        []lexicon.Match
}

// reset clears the scratch for the pool (its tokens and matches point into
// a text) and reports whether it is small enough to keep.
func (sc *gapScratch) reset(maxTokens int) bool {
	clear(sc.doc.Tokens)
	clear(sc.doc.Sentences)
	clear(sc.found)
	sc.doc.Text = ""
	sc.doc.Tokens, sc.doc.Sentences, sc.found = sc.doc.Tokens[:0], sc.doc.Sentences[:0], sc.found[:0]
	sc.origSentence, sc.keep = sc.origSentence[:0], sc.keep[:0]
	return cap(sc.doc.Tokens) <= maxTokens && cap(sc.found) <= maxTokens
}

// appendGappedMatches appends to dst the matches of the lexicon's hedge
// and vague-source phrases that an adverb after an auxiliary interrupts
// ("has also been criticized", "It is also possible", "is still viewed
// as"): the phrase with the adverb in it says what the listed phrase
// says, which the matcher, reading consecutive words, does not see. The
// sentences with such an adverb are matched again without it, and a
// match that spans it is kept, with its span in the text. An adverb
// inside one of matches other than a cue ("was widely seen as", where
// "widely seen as" is a weasel) stays, so that its own finding is kept.
// Cues are left to the attribution rules, which read the words as they
// stand.
func appendGappedMatches(dst []lexicon.Match, lex *lexicon.Lexicon, doc *nlp.Document, matches []lexicon.Match, sc *gapScratch) []lexicon.Match {
	sub := &sc.doc
	mi := 0 // the matches before it lie in earlier sentences
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		toks := s.Tokens
		for mi < len(matches) && matches[mi].Last < s.First {
			mi++
		}
		gaps := 0
		for k := range toks {
			if gapAdverb(toks, k) && !inMatch(matches[mi:], s.First+k) {
				gaps++
			}
		}
		if gaps == 0 {
			continue
		}
		ds := *s
		ds.Index, ds.First, ds.Tokens = len(sub.Sentences), len(sub.Tokens), nil
		for k := range toks {
			if gapAdverb(toks, k) && !inMatch(matches[mi:], s.First+k) {
				continue
			}
			sub.Tokens = append(sub.Tokens, toks[k])
			sc.keep = append(sc.keep, k)
		}
		sub.Sentences = append(sub.Sentences, ds)
		sc.origSentence = append(sc.origSentence, si)
	}
	if len(sub.Sentences) == 0 {
		return dst
	}
	for i := range sub.Sentences {
		s := &sub.Sentences[i]
		end := len(sub.Tokens)
		if i+1 < len(sub.Sentences) {
			end = sub.Sentences[i+1].First
		}
		s.Tokens = sub.Tokens[s.First:end]
	}
	sub.Text = doc.Text
	sc.found = lex.AppendMatch(sc.found[:0], sub)
	for _, m := range sc.found {
		if m.Entry.Category != lexicon.Hedge && m.Entry.Category != lexicon.VagueSource || m.First == m.Last {
			continue
		}
		oa, ob := sc.keep[m.First], sc.keep[m.Last]
		if ob-oa == m.Last-m.First {
			continue // no adverb inside: the ordinary match has it
		}
		os := &doc.Sentences[sc.origSentence[m.Sentence]]
		sp := nlp.Span{Start: os.Tokens[oa].Start, End: os.Tokens[ob].End}
		dst = append(dst, lexicon.Match{
			Span:     sp,
			Text:     doc.Text[sp.Start:sp.End],
			Entry:    m.Entry,
			First:    os.First + oa,
			Last:     os.First + ob,
			Sentence: os.Index,
		})
	}
	return dst
}

// inMatch reports whether the document token tok lies inside one of ms
// that is not a cue; ms are sorted by start, and the search stops at the
// first that starts after tok.
func inMatch(ms []lexicon.Match, tok int) bool {
	for i := range ms {
		if ms[i].First > tok {
			return false
		}
		if ms[i].Last >= tok && ms[i].Entry.Category != lexicon.Cue {
			return true
		}
	}
	return false
}

// sortMatches sorts matches as Lexicon.Match gives them: by start, the
// longer first.
func sortMatches(ms []lexicon.Match) {
	slices.SortStableFunc(ms, func(x, y lexicon.Match) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
}
