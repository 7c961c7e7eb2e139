package hearsay

import (
	"strings"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// A Category classifies a finding. Categories form a closed set, the same
// as the report's finding categories.
type Category string

// The categories of finding.
const (
	Hedge             Category = "hedge"              // epistemic uncertainty: reportedly, may, suspected, I think
	Booster           Category = "booster"            // asserted certainty: obviously, clearly, undoubtedly
	Loaded            Category = "loaded"             // a contentious label or charged word: terrorists, regime, obliterated
	ScareQuote        Category = "scare-quote"        // a short quoted phrase no speech verb introduces: 11 “terrorists”
	EvidenceAbsent    Category = "evidence-absent"    // no evidence was provided, without evidence
	EvidenceSupported Category = "evidence-supported" // court records show, a video showing
	VagueSource       Category = "vague-source"       // officials, critics, people familiar with
)

// FindingCategories lists every finding category in report order.
var FindingCategories = []Category{Hedge, Booster, Loaded, ScareQuote, EvidenceAbsent, EvidenceSupported, VagueSource}

// A Finding is a span of the input that shapes how far a statement can be
// taken at its word.
type Finding struct {
	Category Category `json:"category"`
	// Rule names the rule that produced the finding, stable across
	// versions: "hedge/adverb", "loaded/violence", "scare-quote".
	Rule string `json:"rule"`
	nlp.Span
	CharSpan
	Text string `json:"text"`           // the input at Span
	Term string `json:"term,omitempty"` // the lexicon term matched; for a scare quote, the quoted words
	// Weight is the finding's strength in [0, 1], from the lexicon entry.
	Weight float64 `json:"weight"`
	// Source is where the matched entry is defined, "hedges.tsv:12";
	// empty for rules that are not lexicon entries.
	Source string `json:"-"`
}

// maxScareQuoteWords is the longest quotation still read as a scare quote
// rather than a quotation of speech.
const maxScareQuoteWords = 3

// scareQuoteWeight is the weight of a scare-quote finding.
const scareQuoteWeight = 0.5

// findingCategory maps lexicon categories to finding categories; cues are
// not findings (they are attributions).
var findingCategory = map[lexicon.Category]Category{
	lexicon.Hedge:             Hedge,
	lexicon.Booster:           Booster,
	lexicon.Loaded:            Loaded,
	lexicon.EvidenceAbsent:    EvidenceAbsent,
	lexicon.EvidenceSupported: EvidenceSupported,
	lexicon.VagueSource:       VagueSource,
}

type categoryClass struct {
	category lexicon.Category
	class    string
}

// ruleNames holds "category/class" for every class the lexicon format
// allows, so that findings share the strings rather than build one each.
var ruleNames = func() map[categoryClass]string {
	m := make(map[categoryClass]string)
	for c := range findingCategory {
		for _, class := range lexicon.Classes(c) {
			m[categoryClass{c, class}] = string(c) + "/" + class
		}
	}
	return m
}()

// ruleName returns the rule of a finding from an entry of category c and
// the given class.
func ruleName(c lexicon.Category, class string) string {
	if r, ok := ruleNames[categoryClass{c, class}]; ok {
		return r
	}
	return string(c) + "/" + class
}

// findings turns lexicon matches and quotation marks into findings, per
// sentence. matches must come from Lexicon.Match over doc (all categories);
// cue matches tell speech from scare quotes.
func findings(doc *nlp.Document, matches []lexicon.Match) [][]Finding {
	out := make([][]Finding, len(doc.Sentences))
	nc := 0
	for i := range matches {
		if matches[i].Entry.Category == lexicon.Cue {
			nc++
		}
	}
	terms := make([]lexicon.Match, 0, len(matches)-nc)
	isCue := make([]bool, len(doc.Tokens))
	for i := range matches {
		if m := &matches[i]; m.Entry.Category == lexicon.Cue {
			for t := m.First; t <= m.Last; t++ {
				isCue[t] = true
			}
		} else {
			terms = append(terms, *m)
		}
	}
	terms = lexicon.AppendLongest(terms[:0], terms) // terms is ours: filter in place
	// The sentences' findings share one array, each sentence's part
	// capped so that a scare quote appended to it moves it out rather
	// than overwrite the next sentence's findings.
	flat := make([]Finding, len(terms))
	for k := 0; k < len(terms); {
		si, j := terms[k].Sentence, k
		for j < len(terms) && terms[j].Sentence == si {
			j++
		}
		if cap(out[si]) == 0 {
			out[si] = flat[k:k:j]
		}
		k = j
	}
	for _, m := range terms {
		out[m.Sentence] = append(out[m.Sentence], Finding{
			Category: findingCategory[m.Entry.Category],
			Rule:     ruleName(m.Entry.Category, m.Entry.Class),
			Span:     m.Span,
			Text:     m.Text,
			Term:     m.Entry.Term,
			Weight:   m.Entry.Weight,
			Source:   m.Entry.Source,
		})
	}
	for si := range doc.Sentences {
		out[si] = appendScareQuotes(out[si], doc, &doc.Sentences[si], isCue)
		sortFindings(out[si])
	}
	return out
}

// appendScareQuotes finds short quotations that no speech verb introduces.
// A quotation of at most three words counts unless a cue stands within
// three tokens before its opening mark or after its closing mark (“no,” he
// said; she called it “a disgrace”).
func appendScareQuotes(fs []Finding, doc *nlp.Document, s *nlp.Sentence, isCue []bool) []Finding {
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != nlp.OpenQuote && toks[i].Kind != nlp.Quote {
			continue
		}
		words := 0
		j := i + 1
		for ; j < len(toks) && words <= maxScareQuoteWords; j++ {
			t := toks[j]
			if t.Kind == nlp.CloseQuote || t.Kind == nlp.Quote {
				break
			}
			if t.Kind == nlp.OpenQuote {
				words = maxScareQuoteWords + 1 // nested quotation: not a scare quote
				break
			}
			if t.Kind == nlp.Word || t.Kind == nlp.Number {
				words++
			}
			if t.Kind == nlp.Punct && strings.ContainsAny(t.Text, ".!?;:") && j+1 < len(toks) && !toks[j+1].Kind.IsQuote() {
				words = maxScareQuoteWords + 1 // a quoted sentence goes on: “Stop. Now.”
				break
			}
		}
		if j >= len(toks) || words == 0 || words > maxScareQuoteWords || !sameMark(toks[i], toks[j]) {
			continue
		}
		if introduced(s, i, j, isCue) || titleCase(toks[i+1:j]) {
			i = j
			continue
		}
		first, last := i+1, j-1
		for last > first && toks[last].Kind == nlp.Punct { // “terrorists,”: the term is the words
			last--
		}
		sp := nlp.Span{Start: toks[i].Start, End: toks[j].End}
		fs = append(fs, Finding{
			Category: ScareQuote,
			Rule:     "scare-quote",
			Span:     sp,
			Text:     doc.Text[sp.Start:sp.End],
			Term:     doc.Text[toks[first].Start:toks[last].End],
			Weight:   scareQuoteWeight,
		})
		i = j
	}
	return fs
}

// sameMark reports whether the closing mark pairs with the opening one:
// double with double, single with single.
func sameMark(open, close nlp.Token) bool {
	return isSingle(open.Text) == isSingle(close.Text)
}

func isSingle(q string) bool {
	return q == "'" || q == "\u2018" || q == "\u2019" || q == "\u201a" || q == "\u201b" || q == "\u2039" || q == "\u203a"
}

// introduced reports whether the quotation at tokens [open, close] of s is
// speech: a cue stands within three tokens before it (she called it “a
// disgrace”), or the quotation opens the sentence and a cue follows within
// three tokens (“Never,” he said). A cue after a quotation inside a clause
// (11 “terrorists,” he said) reports the whole clause, not the quotation.
func introduced(s *nlp.Sentence, open, close int, isCue []bool) bool {
	for k := open - 1; k >= 0 && k >= open-3; k-- {
		if isCue[s.First+k] {
			return true
		}
	}
	for k := range open {
		if s.Tokens[k].Kind == nlp.Word || s.Tokens[k].Kind == nlp.Number {
			return false
		}
	}
	for k := close + 1; k < len(s.Tokens) && k <= close+3; k++ {
		if isCue[s.First+k] {
			return true
		}
	}
	return false
}

func sortFindings(fs []Finding) {
	// Insertion sort: a sentence has few findings and they arrive nearly
	// sorted (lexicon matches, then scare quotes).
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && less(fs[j], fs[j-1]); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func less(a, b Finding) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End > b.End
	}
	return a.Category < b.Category
}

// titleCase reports whether a quotation of two words or more has every
// word capitalized: a quoted name or title (“Operation Southern Spear”,
// “The Post”) names something rather than keeping the writer's distance
// from a word. A single capitalized word (the “Squad”) still counts.
func titleCase(toks []nlp.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Kind != nlp.Word {
			continue
		}
		if !t.Capitalized() {
			return false
		}
		words++
	}
	return words > 1
}
