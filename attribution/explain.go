package attribution

import (
	"cmp"
	"slices"

	"github.com/hearsay-go/hearsay/internal/learn"
	"github.com/hearsay-go/hearsay/nlp"
)

// A Decision tells what became of one word that the rules or the model
// considered as a cue, and why.
type Decision struct {
	Token int      // index in Document.Tokens
	Span  nlp.Span // the token's bytes
	Text  string   // the token as written
	// Lexicon is the cue entry whose match starts at the token ("claim",
	// "according to"), or "" when none does.
	Lexicon string
	// Rule is what the rules made of the token: "took:<form>" when it is
	// in the cue of an attribution they found, "rejected:<reason>" when a
	// cue match starting there was turned down (the reasons are listed
	// in the package documentation), or "" when neither.
	Rule string
	// Idiom is, when Rule is "rejected:idiom" for a line of an idioms
	// file, that line (see [Idiom.String]): `cue "know", pattern "_ed
	// for", idioms.tsv:52`.
	Idiom string
	// Scored is true when the model scored the token; Prob is then its
	// probability of being the head of a cue.
	Scored bool
	Prob   float64
	// Features are the model's features of the token with their weights,
	// largest in magnitude first, the bias last; they add up to the
	// log-odds of Prob.
	Features []Feature
	// Outcome is "attribution" when the token is in the cue of an
	// attribution Extract returns, else "not a cue".
	Outcome string
	// By names what decided the outcome: "rules" for a cue of the rules
	// ("rules and model" for a verb, participle or noun cue when the
	// model's keep threshold is above 0, since the model kept it), "model" when the model's probability decided, a rule's
	// reason when the rules turned the word down, or "nested" for a cue
	// inside another attribution's content.
	By string
}

// A Feature is one feature of a word and its weight in the model.
type Feature struct {
	Name   string  // template and value: "w:said", "p:the", "R:rejected:nocontent"
	Weight float64 // its weight in the model; the features' weights add up to the log-odds
}

// Explain returns a Decision for every token of doc that the rules or
// the model considered as a cue, in token order: what the rules did, what
// the model scored and which features weighed most, and the outcome.
// top limits the features listed per token (0 lists none). Explain runs
// the extraction again and is meant for asking why, not for speed.
func (x *Extractor) Explain(doc *nlp.Document, top int) []Decision {
	if doc == nil || len(doc.Tokens) == 0 {
		return nil
	}
	byTok := map[int]*Decision{}
	get := func(i int) *Decision {
		d := byTok[i]
		if d == nil {
			t := &doc.Tokens[i]
			d = &Decision{Token: i, Span: t.Span, Text: t.Text, Outcome: "not a cue"}
			byTok[i] = d
		}
		return d
	}
	tokenAt := func(off int) int {
		i, _ := slices.BinarySearchFunc(doc.Tokens, off, func(t nlp.Token, off int) int { return t.Start - off })
		return i
	}
	as := x.extract(doc, nil, false, hooks{
		why: func(sp nlp.Span, why string) {
			if i := tokenAt(sp.Start); i < len(doc.Tokens) {
				d := get(i)
				if why == "model" {
					d.By = "model"
					return
				}
				if d.Rule == "" {
					d.Rule = "rejected:" + why
					d.By = why
				}
			}
		},
		idiom: func(sp nlp.Span, id *Idiom) {
			if i := tokenAt(sp.Start); i < len(doc.Tokens) {
				if d := get(i); d.Rule == "" {
					d.Idiom = id.String()
				}
			}
		},
		explain: func(i int, p float64, fs []learn.Contribution) {
			d := get(i)
			d.Scored, d.Prob = true, p
			if top > 0 {
				bias := fs[len(fs)-1]
				for _, c := range learn.Top(fs[:len(fs)-1], top) {
					d.Features = append(d.Features, Feature{c.Feature, c.Weight})
				}
				d.Features = append(d.Features, Feature{bias.Feature, bias.Weight})
			}
		},
	})
	// what the rules took, seen again without the model
	rules := *x.orZero()
	rules.RulesOnly = true
	for _, a := range rules.Extract(doc) {
		for i := tokenAt(a.Cue.Start); i < len(doc.Tokens) && doc.Tokens[i].Start < a.Cue.End; i++ {
			d := get(i)
			d.Rule, d.By = "took:"+string(a.Cue.Form), ""
		}
	}
	m := x.model()
	for _, a := range as {
		for i := tokenAt(a.Cue.Start); i < len(doc.Tokens) && doc.Tokens[i].Start < a.Cue.End; i++ {
			d := get(i)
			d.Outcome = "attribution"
			switch {
			case m != nil && (d.Rule == "" || d.Rule[0] == 'r'):
				d.By = "model" // a cue of its own, where the rules had none
			case m != nil && m.keep > 0 && droppable(a, as):
				d.By = "rules and model" // the model could have dropped it
			default:
				d.By = "rules"
			}
		}
	}
	lex := defaultCues()
	if x != nil && x.Cues != nil {
		lex = x.Cues
	}
	for _, c := range appendCues(nil, lex.Match(doc)) {
		if d := byTok[c.First]; d != nil {
			d.Lexicon = c.Entry.Term
		}
	}
	for _, d := range byTok {
		if d.Outcome == "not a cue" && d.By == "" && d.Scored && m != nil {
			d.By = "model"
		}
	}
	out := make([]Decision, 0, len(byTok))
	for _, d := range byTok {
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b Decision) int { return a.Token - b.Token })
	return out
}

// orZero returns x, or a zero Extractor for nil.
func (x *Extractor) orZero() *Extractor {
	if x == nil {
		return &Extractor{}
	}
	return x
}

// droppable reports whether the model may drop a, a cue of the rules,
// among the attributions as (see run.dropBelow).
func droppable(a Attribution, as []Attribution) bool {
	if keptByDesign(&a) {
		return false
	}
	for _, b := range as {
		if b.Cue.Form != Adverb {
			continue
		}
		for _, c := range contentSpans(b.Content) {
			if c.Contains(a.Cue.Span) {
				return false
			}
		}
	}
	return true
}

// The parts of an attribution that a trained ranker may choose.
const (
	partSource  = "source"
	partContent = "content"
)

// A SpanDecision tells how one attribution's source or content was
// chosen: the candidates a trained ranker ([SourceModel], [ContentModel])
// scored and which one won, or why the ranker was not asked.
type SpanDecision struct {
	Part    string   // "source" or "content"
	Cue     nlp.Span // the attribution's cue
	CueText string   // the cue's text
	Rule    string   // the rule that found the attribution
	// Candidates are the possible sources (no source, the rules' source,
	// the noun phrases of the cue's sentence within 15 words of the cue,
	// outside the cue and the content, and the phrase right after the cue
	// with its appositive) or contents (the rules' content, and the
	// content ended before each later clause boundary of the sentence or
	// at its last word, never past another cue or a quotation mark),
	// highest score first; nil when the ranker was not asked.
	Candidates []SpanCandidate
	// By is "rules" when the rules' choice stands, or
	// [RuleModelSource] / [RuleModelContent] when the ranker chose
	// another.
	By string
	// Skipped says why the ranker was not asked: [SkipAdjacent],
	// [SkipByDesign] or [SkipShape]; "" when it was.
	Skipped string
}

// A SpanCandidate is one possible source or content of an attribution and
// its score in the ranker.
type SpanCandidate struct {
	Span nlp.Span // empty for no source
	Text string   // the input at Span; "" for no source
	None bool     // the candidate "no source"
	// Rules marks the rules' choice, Chosen the one Extract reports.
	Rules, Chosen bool
	Score         float64 // the sum of the features' weights
	// Features are the features with the largest weights in magnitude;
	// they and the others add up to Score.
	Features []Feature
}

// Why a ranker leaves an attribution's source or content to the rules.
const (
	// SkipAdjacent: the rules' source stands next to the cue, with only
	// auxiliaries, negations and adverbs between, and names someone who
	// can speak or record ("Smith has long said", "said the report"),
	// where the rules are nearly always right. Another source next to
	// its cue ("joint" of "said in joint written testimony") is asked
	// about, and may give way to another phrase, not to a longer or
	// shorter cut of its own.
	SkipAdjacent = "adjacent"
	// SkipByDesign: a sentence adverb, an agentless passive or a noun cue
	// with no possessor, which report with no source by design, or a
	// speaker's label or dash, whose source is the label; a participle
	// on a noun that can speak or record ("a report saying") or whose
	// subject is that of the reported clause it hangs on ("Auditors said
	// the director hid the losses, arguing …"), the rules' reading; for contents,
	// a noun cue's complement that ends where its clause's predicate
	// begins ("Reports of an explosion | have not been confirmed"), and
	// the content of a cue in a relative clause set off by commas, which
	// the closing comma ends ("The mayor, who said the budget was
	// balanced, | resigned").
	SkipByDesign = "by design"
	// SkipShape: a quotation, whose marks end it, or a content in parts
	// or before its cue, whose ends the rules read from the quotation or
	// the cue.
	SkipShape = "shape"
)

// ExplainSpans returns, for every attribution, in the order of their
// cues, how its source and then its content were chosen: the candidates
// the source and content models scored, with their top features, and
// which one won, or why the model was not asked. It returns nil with the
// rules alone. Like Explain, it runs the extraction again.
func (x *Extractor) ExplainSpans(doc *nlp.Document, top int) []SpanDecision {
	if doc == nil || len(doc.Tokens) == 0 || x.model() == nil {
		return nil
	}
	var out []SpanDecision
	x.extract(doc, nil, false, hooks{explainSpan: func(part string, a *Attribution, cands [][2]int, scores []float64, named [][]learn.Contribution, rulesAt, chosen int, skipped string) {
		d := SpanDecision{Part: part, Cue: a.Cue.Span, CueText: a.Cue.Text, Rule: a.Rule, By: "rules", Skipped: skipped}
		if chosen != rulesAt {
			d.By = RuleModelSource
			if part == partContent {
				d.By = RuleModelContent
			}
		}
		for k, c := range cands {
			sc := SpanCandidate{None: c == noSource, Rules: k == rulesAt, Chosen: k == chosen, Score: scores[k]}
			if !sc.None {
				sc.Span = nlp.Span{Start: doc.Tokens[c[0]].Start, End: doc.Tokens[c[1]].End}
				sc.Text = doc.Text[sc.Span.Start:sc.Span.End]
			}
			if top > 0 {
				for _, f := range learn.Top(named[k], top) {
					sc.Features = append(sc.Features, Feature{f.Feature, f.Weight})
				}
			}
			d.Candidates = append(d.Candidates, sc)
		}
		slices.SortStableFunc(d.Candidates, func(a, b SpanCandidate) int { return cmp.Compare(b.Score, a.Score) })
		out = append(out, d)
	}})
	slices.SortStableFunc(out, func(a, b SpanDecision) int {
		if c := a.Cue.Start - b.Cue.Start; c != 0 {
			return c
		}
		return cmp.Compare(b.Part, a.Part) // the source, then the content
	})
	return out
}
