package hearsay

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/internal/wordclass"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// contextFile holds the word classes with which findings and the score
// read a term in its context; see its header.
//
//go:embed data/en/context.tsv
var contextFile string

// A ctxClass is a class of context.tsv, as a bit, so that a word's
// classes are one table lookup away.
type ctxClass uint64

// The classes of context.tsv, in the order of contextClassNames.
const (
	ctxAbilityModal ctxClass = 1 << iota
	ctxNegation
	ctxAbilityWord
	ctxDegreeQuestion
	ctxEvidenceVerb
	ctxEvidenceFrame
	ctxIrrealisModal
	ctxFuture
	ctxConditional
	ctxClauseOpener
	ctxSelfReference
	ctxOrgSelf
	ctxAgainstInterest
	ctxIntent
	ctxImplicative
	ctxToPreposition
	ctxNotVerb
	ctxWhWord
	ctxDefinite
	ctxIndefinite
	ctxKindNoun
	ctxPlaceNoun
	ctxSpeaker
	ctxNotSuperlative
	ctxOpenQuestion
	ctxPlacePreposition
	ctxMentionNoun
	ctxMassMetaphor
	ctxPeopleNoun
	ctxVerbForm
	ctxBeForm
	ctxNamingVerb
	ctxSubjectPronoun
	ctxPerceptionCue
	ctxNoHead
	ctxUseVerb
	ctxFreeChoice
	ctxSenseVerb
	ctxRangeWord
	ctxNumberWord
	ctxVariationVerb
	ctxComparative
	ctxPollPopulation
	ctxParticiple
	ctxContestWord
	ctxVagueQuantifier
	ctxMeansNoun
	ctxClassingVerb
	ctxOrdinal
	ctxNegativeObject
	ctxMemoryVerb
	ctxPerceptible
	ctxEventuality
	ctxCompositionVerb
	ctxFrequency
	ctxSettingVerb
	ctxAsking
	ctxLocative
)

// contextClassNames names the classes of context.tsv, a name for each bit
// of ctxClass in order.
var contextClassNames = []string{"ability-modal", "negation", "ability-word", "degree-question", "evidence-verb", "evidence-frame", "irrealis-modal", "future", "conditional", "clause-opener", "self-reference", "org-self-reference", "against-interest", "intent", "implicative", "to-preposition", "not-verb", "wh-word", "definite", "indefinite", "kind-noun", "place-noun", "speaker", "not-superlative", "open-question", "place-preposition", "mention-noun", "mass-metaphor", "people-noun", "verb-form", "be-form", "naming-verb", "subject-pronoun", "perception-cue", "no-head", "use-verb", "free-choice", "sense-verb", "range-word", "number-word", "variation-verb", "comparative", "poll-population", "participle", "contest-word", "vague-quantifier", "means-noun", "classing-verb", "ordinal", "negative-object", "memory-verb", "perceptible", "eventuality", "composition-verb", "frequency", "setting-verb", "asking", "locative"}

// contextClasses holds, for each word of context.tsv, the classes it is
// in, parsed once, at the first lookup.
var contextClasses = sync.OnceValue(func() *wordclass.Table {
	return contextTable(^ctxClass(0), "", 0)
})

// uncommitClasses holds the words of contextClasses in the classes that
// the writer's uncommitment reads of every word of a statement
// (uncommitting, below), with those classes only. Far fewer words are in
// them than in all the classes ("the", "a", "and" are in none), so most
// words of a text are turned away before the table's slots are read.
var uncommitClasses = sync.OnceValue(func() *wordclass.Table {
	return contextTable(uncommitting|ctxOpenQuestion|ctxImplicative, "to", wordTo)
})

// wordTo marks "to" in uncommitClasses, beside the classes of
// context.tsv: the writer's uncommitment reads it (an infinitive) as it
// reads the words of those classes, and passes over every other word.
const wordTo ctxClass = 1 << 63

// contextTable returns a table of the words of context.tsv in a class of
// mask, with their classes in mask, and of word with the class extra
// (none when extra is 0).
func contextTable(mask ctxClass, word string, extra ctxClass) *wordclass.Table {
	m := loadContextClasses()
	bits := make(map[string]uint64, len(m)+1)
	for w, c := range m {
		if c&mask != 0 {
			bits[w] = uint64(c & mask)
		}
	}
	if extra != 0 {
		bits[word] |= uint64(extra)
	}
	t, err := wordclass.New(bits)
	if err != nil {
		panic("hearsay: context.tsv: " + err.Error()) // a build defect, as in loadContextClasses
	}
	return t
}

// loadContextClasses parses context.tsv.
func loadContextClasses() map[string]ctxClass {
	words := wordclass.ReadFile(contextFile) // checked by TestContextFile
	out := map[string]ctxClass{}
	for i, c := range contextClassNames {
		for _, w := range words[c] {
			out[w] |= 1 << i
		}
	}
	return out
}

// ctxTable is contextClasses() once made, for wordClasses, which the
// findings and the score ask of token after token: an atomic load and a
// test where contextClasses is a call through a closure and its Once.
var ctxTable atomic.Pointer[wordclass.Table]

// wordClasses returns the context classes of the token at i of toks.
func wordClasses(toks []nlp.Token, i int) ctxClass {
	if i < 0 || i >= len(toks) {
		return 0
	}
	t := ctxTable.Load()
	if t == nil {
		t = contextClasses()
		ctxTable.Store(t)
	}
	return ctxClass(t.Of(toks[i].Norm))
}

// inClass reports whether the token at i of toks is a word of the class.
func inClass(toks []nlp.Token, i int, class ctxClass) bool {
	return wordClasses(toks, i)&class != 0
}

// A Category classifies a finding. Categories form a closed set, the same
// as the report's finding categories.
type Category string

// The categories of finding.
const (
	Hedge             Category = "hedge"              // epistemic uncertainty: reportedly, may, suspected, I think
	Booster           Category = "booster"            // asserted certainty: obviously, clearly, undoubtedly
	Loaded            Category = "loaded"             // a contentious label or charged word: terrorists, regime, obliterated
	ScareQuote        Category = "scare-quote"        // a short quoted phrase no speech verb introduces, outside reported content: 11 “terrorists”
	EvidenceAbsent    Category = "evidence-absent"    // no evidence was provided, without evidence
	EvidenceSupported Category = "evidence-supported" // court records show, a video showing
	VagueSource       Category = "vague-source"       // officials, critics, people familiar with
)

// FindingCategories lists every finding category in report order.
var FindingCategories = []Category{Hedge, Booster, Loaded, ScareQuote, EvidenceAbsent, EvidenceSupported, VagueSource}

// A Finding is a span of the input that shapes how far a statement can be
// taken at its word.
type Finding struct {
	Category Category `json:"category"` // hedge, booster, loaded, scare-quote, …
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

// roundingWeight is the weight up to which an approximator before a
// number only rounds it: the vague quantifiers and "approximately",
// "roughly", "upwards of" (0.2), not "an estimated" (0.3).
const roundingWeight = 0.2

// superlativeWeight is the weight of an unattributed superlative found by
// its form ("one of the largest"), as the listed "one of the most".
const superlativeWeight = 0.15

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
	return findingsInto(doc, matches, new([]Finding), new(findingScratch))
}

// A findingScratch holds findings' working arrays between analyses.
type findingScratch struct {
	out   [][]Finding // what findings returns, for as long as the analysis runs
	terms []lexicon.Match
	isCue []bool
	// work holds the sentences' findings as they are made, one after
	// another, and starts where each sentence's begin (findingsInto)
	work   []Finding
	starts []int
	// gapped holds the matches of phrases an adverb interrupts
	// (appendGappedMatches), read with the lexicon's matches
	gapped []lexicon.Match
}

// findingsInto is findings with the sentences' findings in the array
// *flat (see slab), for a report whose memory is recycled, and its
// working arrays in sc.
func findingsInto(doc *nlp.Document, matches []lexicon.Match, flat *[]Finding, sc *findingScratch) [][]Finding {
	out := slab(&sc.out, len(doc.Sentences))
	nc := 0
	for i := range matches {
		if matches[i].Entry.Category == lexicon.Cue {
			nc++
		}
	}
	terms := slices.Grow(sc.terms[:0], len(matches)-nc+len(sc.gapped))
	isCue := slab(&sc.isCue, len(doc.Tokens))
	for i := range matches {
		if m := &matches[i]; m.Entry.Category == lexicon.Cue {
			if m.Entry.Stance() == lexicon.Speculative {
				// a verb of thinking introduces no quotation: "I think
				// the “experts” are wrong" keeps its scare quote
				continue
			}
			for t := m.First; t <= m.Last; t++ {
				isCue[t] = true
			}
		} else {
			terms = append(terms, *m)
		}
	}
	if len(sc.gapped) > 0 {
		terms = append(terms, sc.gapped...)
		sortMatches(terms)
	}
	sc.terms = terms                                // all of it, for the pool to clear
	terms = lexicon.AppendLongest(terms[:0], terms) // terms is ours: filter in place
	// Each sentence's findings are made in a working array, one sentence
	// after another (the terms are in text order): its terms, then its
	// scare quotes and superlatives, which read those before them. They
	// are then copied into one array of their exact number, each
	// sentence's part of it capped, so that a sentence with more findings
	// than terms takes no allocation of its own.
	work := sc.work[:0]
	starts := slab(&sc.starts, len(doc.Sentences)+1)
	ti := 0
	// the end of the latest hedge, booster and loaded term kept: terms of
	// one of these kinds that overlap ("It appears" and "appears to") are
	// one finding, the first (evidence markers that overlap are two:
	// "Public records" and "records obtained by")
	var lastEnd [3]int
	for si := range doc.Sentences {
		start := len(work)
		starts[si] = start
		for ; ti < len(terms) && terms[ti].Sentence <= si; ti++ {
			work = appendTerm(work, doc, terms[ti], &lastEnd)
		}
		s := &doc.Sentences[si]
		fs := appendScareQuotes(work[start:], doc, s, isCue)
		fs = appendSuperlatives(fs, doc, s)
		sortFindings(fs)
		work = append(work[:start], fs...)
	}
	starts[len(doc.Sentences)] = len(work)
	sc.work = work
	fl := slab(flat, len(work))
	copy(fl, work)
	for si := range doc.Sentences {
		if a, b := starts[si], starts[si+1]; b > a {
			out[si] = fl[a:b:b]
		} else {
			out[si] = nil
		}
	}
	return out
}

// appendTerm appends to fs the finding of the lexicon term m, unless
// the context turns it down or it overlaps the term of its kind that
// ended last (lastEnd, which it moves on).
func appendTerm(fs []Finding, doc *nlp.Document, m lexicon.Match, lastEnd *[3]int) []Finding {
	// whether a dehumanizing word is a metaphor of mass, asked once
	// for the context and the class
	mass := m.Entry.Category == lexicon.Loaded && m.Entry.Class == "dehumanizing" && massMetaphor(doc, &m)
	if !fitsContext(doc, &m, mass) {
		return fs
	}
	if k := overlapKind(m.Entry.Category); k >= 0 {
		if m.Start < lastEnd[k] {
			return fs
		}
		lastEnd[k] = m.End
	}
	class := m.Entry.Class
	if mass {
		// "to inundate the U.S. with cocaine": a metaphor of mass
		// said of things exaggerates a quantity
		class = "exaggeration"
	}
	fs = append(fs, Finding{
		Category: findingCategory[m.Entry.Category],
		Rule:     ruleName(m.Entry.Category, class),
		Span:     m.Span,
		Text:     m.Text,
		Term:     m.Entry.Term,
		Weight:   m.Entry.Weight,
		Source:   m.Entry.Source,
	})
	return fs
}

// overlapKind returns the slot of a category whose overlapping terms are
// one finding (hedges, boosters, loaded terms), or -1.
func overlapKind(c lexicon.Category) int {
	switch c {
	case lexicon.Hedge:
		return 0
	case lexicon.Booster:
		return 1
	case lexicon.Loaded:
		return 2
	}
	return -1
}

// appendScareQuotes finds short quotations that no speech verb introduces.
// A quotation of at most three words counts unless a cue stands within
// three tokens before its opening mark or after its closing mark (“no,” he
// said; she called it “a disgrace”); a speculative cue, a verb of
// thinking, introduces none ("I think the “experts” are wrong").
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
		if introduced(s, i, j, isCue) || titleCase(toks[i+1:j]) || utterance(toks[i+1:j]) || mentioned(toks, i) || mentionedAfter(toks, j) {
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

// appendSuperlatives finds the unattributed superlatives that the
// lexicon's phrases cannot list, by their form: "one of" or "among"
// before a determiner or a possessive and a superlative, inflected or
// with "most" ("one of the largest employers", "one of its most valuable
// assets", "one of nature's most fearsome", "among the largest
// employers", "amongst the most generous donors"). Like the listed "one of the most"
// and "among the most" (MOS:PUFFERY), it asserts a ranking no one is
// named as vouching for. A span that a lexicon hedge already covers is
// left to it.
func appendSuperlatives(fs []Finding, doc *nlp.Document, s *nlp.Sentence) []Finding {
	toks := s.Tokens
	for i := 0; i+3 < len(toks); i++ {
		j, term := i+2, "one of the -est"
		switch {
		case toks[i].Norm == "one" && toks[i+1].Norm == "of":
		case toks[i].Norm == "among" || toks[i].Norm == "amongst":
			j, term = i+1, "among the -est" // "among the largest", "amongst the most generous"
		default:
			continue
		}
		if toks[j].Kind != nlp.Word || !inClass(toks, j, ctxDefinite) {
			// a possessive name: "nature 's"
			if j+1 < len(toks) && toks[j].Kind == nlp.Word && (toks[j+1].Norm == "'s" || toks[j+1].Norm == "’s") {
				j++
			} else {
				continue
			}
		}
		k := j + 1
		if k >= len(toks) || toks[k].Kind != nlp.Word {
			continue
		}
		if toks[k].Norm == "most" || toks[k].Norm == "best" || toks[k].Norm == "worst" {
			k++
		} else if !inflectedSuperlative(toks, k) {
			continue
		}
		if k >= len(toks) || toks[k].Kind != nlp.Word {
			continue
		}
		sp := nlp.Span{Start: toks[i].Start, End: toks[k].End}
		if inFinding(sp, fs) {
			continue
		}
		fs = append(fs, Finding{
			Category: Hedge,
			Rule:     "hedge/superlative",
			Span:     sp,
			Text:     doc.Text[sp.Start:sp.End],
			Term:     term,
			Weight:   superlativeWeight,
		})
		i = k
	}
	return fs
}

// inflectedSuperlative reports whether the token at k is an adjective's
// inflected superlative ("largest", "oldest", "finest") with a noun or an
// adjective after it: a word of more than four letters ending in "est"
// that is none of the nouns and verbs so spelled ("interest", "protest",
// "forest", "guest").
func inflectedSuperlative(toks []nlp.Token, k int) bool {
	w := toks[k].Norm
	if len(w) <= 4 || !strings.HasSuffix(w, "est") || inClass(toks, k, ctxNotSuperlative) {
		return false
	}
	return k+1 < len(toks) && toks[k+1].Kind == nlp.Word
}

// mentioned reports whether the quotation opening at token open is named
// as words by the noun or verb of naming before it ("the term
// “caravan”", "the pronoun “hen”", "the category of “essential
// infrastructure”", "euphemisms like “…”", "phrases such as “…”", "the
// documentary “13th”", "known as “the Buffett rule”", "DuVernay's
// “13th”"): the writer mentions the words or names
// a work rather than uses the words at a distance, so the marks are no
// scare quotes.
func mentioned(toks []nlp.Token, open int) bool {
	k := open - 1
	if k < 0 {
		return false
	}
	switch p := toks[k].Norm; {
	case p == "'s" || p == "’s" || p == "=":
		// a title after its maker's name ("DuVernay's “13th”") or
		// a value in markup (author="…")
		return true
	case p == "of" || p == "like":
		k-- // "the category of “…”", "euphemisms like “…”"
	case p == "as":
		k-- // "known as “…”", "phrases such as “…”"
		if k >= 0 && toks[k].Norm == "such" {
			k--
		}
	}
	return k >= 0 && inClass(toks, k, ctxMentionNoun|ctxNamingVerb)
}

// mentionedAfter reports whether the quotation closing at token close is
// named as words by "as" and a mention noun among the three words after
// it ("chose “climate emergency” as the word of the year", "adopted “…” as
// its slogan"): as with a mention noun before it (mentioned), the writer
// names the words, not uses them at a distance.
func mentionedAfter(toks []nlp.Token, close int) bool {
	k := close + 1
	if k < len(toks) && toks[k].Kind == nlp.Punct && toks[k].Text == "," {
		k++ // “…,” as the slogan
	}
	if k >= len(toks) || toks[k].Norm != "as" {
		return false
	}
	return classNearWords(toks, k+1, 1, 3, ctxMentionNoun)
}

// inMention reports whether tokens [first, last] lie inside a short
// quotation that a noun before it names as words (see mentioned): a term
// mentioned is not one the writer uses.
func inMention(toks []nlp.Token, first, last int) bool {
	open := -1
	for k := first - 1; k >= 0 && k >= first-maxScareQuoteWords; k-- {
		if toks[k].Kind == nlp.OpenQuote || toks[k].Kind == nlp.Quote {
			open = k
			break
		}
		if toks[k].Kind != nlp.Word {
			return false
		}
	}
	if open < 0 || !mentioned(toks, open) {
		return false
	}
	for k := last + 1; k < len(toks) && k <= last+maxScareQuoteWords+1; k++ {
		if toks[k].Kind == nlp.CloseQuote || toks[k].Kind == nlp.Quote {
			return true
		}
	}
	return false
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
// word capitalized, but for the small words a title leaves in lower case
// after its first (titleSmallWord): a quoted name or title (“Operation
// Southern Spear”, “The Post”, “Face the Nation”, “Gang of Eight”) names
// something rather than keeping the writer's distance from a word. A
// single capitalized word (the “Squad”) still counts.
func titleCase(toks []nlp.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Kind != nlp.Word {
			continue
		}
		if !t.Capitalized() && (words == 0 || !titleSmallWord(t.Norm)) {
			return false
		}
		words++
	}
	return words > 1
}

// utterance reports whether the words inside a short quotation are a
// whole utterance rather than a term: an exclamation or a question
// (“Choke!”, “Who cares?”, “This is fantastic!”) or a clause with a
// subject pronoun and its verb (“We're alive”, “We are Orlando”). Such a
// quotation reports what was cried, chanted or printed, even where no
// verb of saying introduces it, and keeps no distance from a word.
func utterance(toks []nlp.Token) bool {
	first := -1
	for k := range toks {
		t := &toks[k]
		if t.Kind == nlp.Punct && strings.ContainsAny(t.Text, "!?") {
			return true
		}
		if t.Kind == nlp.Word && first < 0 {
			first = k
		}
	}
	if first < 0 || !inClass(toks, first, ctxSubjectPronoun) || toks[first].Norm == "one" || toks[first].Norm == "this" || toks[first].Norm == "that" {
		return false
	}
	// the pronoun's verb: a form of "be" or a clitic ("we 're", "it 's")
	k := first + 1
	return k < len(toks) && (inClass(toks, k, ctxBeForm) || strings.HasPrefix(toks[k].Norm, "'") || strings.HasPrefix(toks[k].Norm, "’"))
}

// titleSmallWord reports whether a word is one that titles and names
// leave in lower case after their first word: articles, coordinators and
// short prepositions (“Keep the Promise”, “Thelma and Louise”, “Meet the
// Press”, “Gang of Eight”, “Bernie or Bust”).
func titleSmallWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "nor", "but", "of", "on", "in", "for", "to", "at", "by", "with", "from", "as", "vs", "vs.":
		return true
	}
	return false
}

// nameWord reports whether the token at i is a later word of a proper
// name: capitalized, after a capitalized word that is not the
// sentence's first ("CNN's Dana Bash", "Sen. Anne-Marie Slaughter"; but
// "Crooked Hillary" at a sentence's start stays the word), in a sentence
// most of whose words are in lower case, so that a headline's title case
// ("Trump's Stunning Tirade") names nothing.
func nameWord(toks []nlp.Token, i int) bool {
	if i < 2 || !toks[i].Capitalized() || toks[i-1].Kind != nlp.Word || !toks[i-1].Capitalized() ||
		len(toks[i].Text) > 1 && strings.ToUpper(toks[i].Text) == toks[i].Text {
		return false // ("RADICAL ISLAMIC TERROR": capitals shout, they name no one)
	}
	words, caps := 0, 0
	for k := range toks {
		if toks[k].Kind == nlp.Word {
			words++
			if toks[k].Capitalized() {
				caps++
			}
		}
	}
	return 2*caps < words
}

// honorific reports whether t is an abbreviated title before a name:
// capitalized, ending in a period, of at most four letters ("Mr.",
// "Mrs.", "Dr.", "Sen.", "Gov.").
func honorific(t *nlp.Token) bool {
	n := len(t.Text)
	return t.Kind == nlp.Word && n >= 3 && n <= 5 && t.Text[n-1] == '.' && t.Capitalized() && !strings.Contains(t.Text[:n-1], ".")
}

// pollPopulation reports whether a noun of a poll's population
// ("voters", "caucusgoers") follows token i, with at most two words of a
// party or contest between: "likely voters", "likely GOP primary voters"
// (but "the likely winner among voters").
func pollPopulation(toks []nlp.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Kind != nlp.Word {
			return false
		}
		if inClass(toks, k, ctxPollPopulation) {
			return true
		}
		if !toks[k].Capitalized() && !inClass(toks, k, ctxContestWord) {
			return false
		}
	}
	return false
}

// fitsContext reports whether a lexicon match is the finding its entry
// names in the words around it. A modal hedge must be epistemic: not in
// a question, not an ability ("could see") or a denied one ("could not
// find"). A booster in a question or opening a condition asserts
// nothing. A vague quantifier in "how many" asks rather than hedges. An
// evidence noun must stand in an evidential frame ("records show",
// "according to records"), not be the object of some other act ("correct
// the record"). mass tells whether a dehumanizing match is a metaphor of
// mass (massMetaphor).
func fitsContext(doc *nlp.Document, m *lexicon.Match, mass bool) bool {
	s := &doc.Sentences[m.Sentence]
	toks := s.Tokens
	first, last := m.First-s.First, m.Last-s.First
	if inMention(toks, first, last) {
		return false // "the word “hoax”": named, not used
	}
	if first > 0 && first == last && toks[first].Capitalized() && honorific(&toks[first-1]) {
		return false // a surname after a title: "Mr. Madden", "Dr. Love"
	}
	if (m.Entry.Category == lexicon.Hedge || m.Entry.Category == lexicon.VagueSource) && equative(toks, first, last) {
		// "as many people as possible", "as many Republicans as
		// Democrats", "as many as 40 percent": an equative compares
		// two quantities or bounds one, stated as fact; no vague
		// quantity or unnamed crowd is put forward
		return false
	}
	switch m.Entry.Category {
	case lexicon.Hedge:
		if toks[last].Norm == "to" && !infinitive(toks, last) {
			// "tend to", "appears to" hedge an infinitive; before a
			// noun phrase they are other verbs ("tend to the ill", "as
			// it appears to the senses")
			return false
		}
		if m.Entry.Class == "verb" && inClass(toks, first-1, ctxIrrealisModal) && comparisonClause(toks, first-1) {
			return false // "as improbable as it may seem": the clause's verb
		}
		if m.Entry.Flags.Has(lexicon.Verb) && first == last && !verbForm(toks[first].Norm, m.Entry.Term) {
			// "suggestive of", "the power of suggestion": the stem of
			// a verb entry in an adjective or a noun, which names a
			// quality or an act rather than puts a guess forward
			return false
		}
		if m.Entry.Term == "possible" && (inClass(toks, first-1, ctxRangeWord) || inClass(toks, first-2, ctxRangeWord) && inClass(toks, first-1, ctxDefinite)) {
			// "all possible combinations", "all the possible
			// escapes", "the other possible variables": every option
			// is counted and none is put forward as the case
			return false
		}
		if m.Entry.Term == "suggest" && mandativeComplement(toks, last) {
			// "suggested that the board be dissolved", "suggests that
			// he not run", "suggested the city should pay": the
			// subjunctive or "should" of a proposal; what is proposed
			// is asked for, not put forward as perhaps the case
			return false
		}
		if m.Entry.Class == "phrase" && inClass(toks, last, ctxWhWord) && last+1 < len(toks) && toks[last+1].Norm == "to" {
			// "did not know how to respond", "not clear how to fix
			// it": the clause asks for a way to act, not whether or
			// how an event happened
			return false
		}
		if m.Entry.Class == "noun" && first > 0 && (toks[first-1].Norm == "any" || inClass(toks, first-1, ctxNegation|ctxNegativeObject)) {
			// "if you have any doubt", "no indications of foul play",
			// "not the slightest suspicion": a doubt supposed or denied,
			// none put forward
			return false
		}
		if m.Entry.Term == "unlikely" && first > 0 && (inClass(toks, first-1, ctxDefinite|ctxIndefinite) || toks[first-1].Norm == "most") && !noHead(toks, last) &&
			!inClass(toks, last+1, ctxEventuality) {
			// "an unlikely alliance", "the most unlikely candidate":
			// before its noun, one that is so against expectation, a
			// description of what is the case, not a guess at it ("he
			// is unlikely to win"); before a noun of what may happen
			// ("in the unlikely event") it weighs a chance
			return false
		}
		if strings.HasSuffix(m.Entry.Term, " possible") && infinitive(toks, last+1) {
			// "it is possible to vote by mail": what can be done, root
			// possibility ("one can vote by mail"), not a guess at
			// what is the case, as "it is possible that" is
			return false
		}
		if strings.HasPrefix(m.Entry.Term, "reason to ") && (inClass(toks, first-1, ctxNegation|ctxNegativeObject) || first > 0 && toks[first-1].Norm == "any") {
			// "there is no reason to believe the vote was rigged", "I
			// was never given any reason to believe": the claim is
			// dismissed; no grounds are put forward ("any" stands
			// where a negation or a question is)
			return false
		}
		if m.Entry.Term == "tend to" && comparativeAfter(toks, last) {
			// "pradal serey tends to emphasize more elusive stances":
			// a comparison of tendencies, stated as fact, as "more
			// likely" compares chances
			return false
		}
		if m.Entry.Term == "widely" && inClass(toks, first-1, ctxVariationVerb) {
			// "effects vary widely": how much things differ, a
			// degree, not an opinion said to be widely held
			return false
		}
		if m.Entry.Term == "likely" && pollPopulation(toks, last) {
			// "likely voters", "likely Republican primary voters": a
			// poll's population, those who are expected to vote, named
			// by a term of the trade rather than guessed at
			return false
		}
		if m.Entry.Term == "in general" && first > 0 && toks[first-1].Kind == nlp.Word && (last+1 >= len(toks) || toks[last+1].Kind == nlp.Punct) {
			// "the power pop genre in general.": after its noun, at
			// the end of a clause, it takes the whole of what the noun
			// names ("as a whole"); it does not generalize a claim as
			// "In general, …" does
			return false
		}
		if m.Entry.Term == "potential" && noHead(toks, last) {
			// the noun: "the electric potential", "a great potential
			// in films", "the potential for abuse"; the adjective
			// hedges the noun after it ("the next potential
			// resident"), so it is read by what follows rather than
			// by the attributive rule's determiners
			return false
		}
		if m.Entry.Class == "adjective" && first > 0 && first == last {
			switch p := toks[first-1].Norm; {
			case (p == "more" || p == "less") && toks[first].Norm == "likely":
				// "black drivers are more likely to be stopped": a
				// comparison of chances, stated as fact
				return false
			case p == "as" && toks[first].Norm == "possible":
				// "as uniform as possible": a comparison's idiom
				return false
			}
		}
		if m.Entry.Class == "phrase" && (toks[first].Norm == "most" || strings.HasPrefix(toks[first].Norm, "best")) && ordinal(toks, first-1) {
			// "the 12th most successful bank", "the third most
			// popular app": a place in a ranking someone measured,
			// not a reputation no one is named as vouching for
			return false
		}
		if m.Entry.Class == "phrase" && constitutiveRule(toks, first, last) {
			// "If a ship flies no flag, it is considered stateless": a
			// rule's classification, what counts as what under the
			// condition, not an opinion no one is named as holding
			return false
		}
		if m.Entry.Class == "phrase" && agentAfter(toks, last) {
			// "was considered by the government", "regarded as
			// illegitimate by the orthodoxy": the judgement's holder is
			// named
			return false
		}
		switch m.Entry.Class {
		case "modal":
			if question(toks) {
				return false
			}
			if inClass(toks, first, ctxAbilityModal) && (inClass(toks, first+1, ctxNegation) || inClass(toks, first+1, ctxAbilityWord) || negativeSubject(toks, first) || negativeObject(toks, first)) {
				return false
			}
			if embeddedQuestion(toks, first) {
				// "asked how she could win", "raises questions about
				// what he might be hiding", "no hint of how they might
				// cut emissions": the clause asks, as a question does,
				// and puts nothing forward
				return false
			}
			if readerMemory(toks, first, last) {
				// "You may remember the storm of 2012", "you may have
				// heard": the writer's nod to what the reader knows,
				// which takes the event as given, not a doubt about it
				return false
			}
			if nlp.MonthMay(toks, first) {
				return false
			}
			if (m.First == m.Last && !perfectAfter(toks, last) || possessiveHave(toks, last)) && genericSubject(toks, first) {
				return false
			}
			if purposeClause(toks, first) || beforeCould(toks, first) {
				return false
			}
			if mostOneCould(toks, first) {
				// "the best anyone could have done", "all she could do
				// was shout": the most that was possible, an ability's
				// limit, not a doubt
				return false
			}
			if inConditionClause(toks, first) {
				// "if I could get a decent offer", "whether the bill
				// might pass": the modal is the condition's tense; the
				// condition leaves the event open, and counts once
				return false
			}
			if exclusiveSubject(toks, first) {
				// "Only the Senate may ratify a treaty": who alone
				// is permitted, a rule, not a doubt that the act happens
				return false
			}
			if namingAfter(toks, last) || comparisonClause(toks, first) {
				return false
			}
			if inClass(toks, afterBe(toks, last), ctxUseVerb) {
				// "may be used to diagnose", "may also be employed
				// as": what a thing serves for, an affordance or a
				// permission, as "can be used" states it
				return false
			}
			if k := afterBe(toks, last); inClass(toks, k, ctxSettingVerb) && infinitive(toks, k+1) {
				// "could be set to stop automatically", "may be
				// customized to provide more protection": what a thing
				// can be made to do, a capability, as "can be set to"
				// states it
				return false
			}
			if meansPassive(toks, last) {
				// "may be located by testing", "could be softened by
				// the addition of lime": what a procedure can do,
				// a capability, as "can be used" states it, not a doubt
				return false
			}
			if first == last && inClass(toks, afterAlso(toks, last), ctxVariationVerb) {
				// "results may vary", "the rules may differ from state
				// to state": a verb of differing ranges over cases, and
				// the modal says that some cases differ (as "can vary"
				// does), not that an event perhaps happened
				return false
			}
			if first == last && toks[first].Norm == "may" && inClass(toks, afterAlso(toks, last), ctxCompositionVerb) {
				// "the symptoms may include a fever", "they may also
				// contain perfume": the existential "may" of a
				// description, what some members of a kind comprise,
				// as "fees may vary" says that some differ; "the deal
				// could include tax cuts" speculates and stays a hedge
				return false
			}
			if first == last && inClass(toks, afterAlso(toks, last), ctxFrequency) {
				// "patients may often be asymptomatic", "voters who
				// might normally skip elections": an adverb of
				// frequency counts the occasions on which a thing is
				// so, a share of cases stated as such, not a doubt
				return false
			}
			if inClass(toks, afterAlso(toks, last), ctxSenseVerb) {
				// "a term may refer to …": the senses of a word,
				// listed, as a variant name is (namingAfter)
				return false
			}
		case "approximator":
			if inClass(toks, first-1, ctxDegreeQuestion) {
				return false
			}
			if m.Entry.Term == "some" && forSomeReason(toks, first) {
				// "for some reason he declined", "absent for some
				// unknown reason": the event is asserted and only its
				// cause said to be unknown; no count is rounded and no
				// source hidden
				return false
			}
			if m.Entry.Weight <= roundingWeight && numberAfter(toks, last) {
				// "some 2,000 visitors", "approximately 40 people",
				// "upwards of 300", "approximately $274 million": before a number a vague quantifier
				// or approximator rounds the count, like "about" and
				// "around", which are left out; it hides no source ("an
				// estimated 2,000", heavier, names an estimate)
				return false
			}
		}
	case lexicon.Loaded:
		if first == last && nameWord(toks, first) {
			// "Dana Bash", "Anne-Marie Slaughter", "Chief Petty
			// Officer", "Opinion Savvy": a capitalized word after
			// another inside a sentence that is not set in title case
			// is part of a name, not the word used
			return false
		}
		if m.Entry.Term == "lie" && first == last && inClass(toks, last+1, ctxLocative) {
			// "what lies ahead", "the answer lies with Congress",
			// "bodies lying on the boulevard": the verb of place, not
			// the charge of lying ("lied to voters", "his lies about")
			return false
		}
		if mass && (passiveState(toks, first) || !inClass(toks, first, ctxVerbForm)) {
			// a metaphor of mass or vermin ("swarm", "inundated",
			// "influx") dehumanizes the people it is said of ("an
			// influx of migrants", "protesters swarmed"); of things, the
			// noun ("an influx of cash") and the state ("inundated with
			// angry email", "infested with termites") are the words'
			// ordinary sense
			return false
		}
		if m.Entry.Class == "label" || m.Entry.Class == "conspiracy" {
			// a label before a noun of a kind of event, act or idea
			// classifies it ("terrorist attacks", "conspiracy theory"):
			// the name of a kind, not the writer's verdict on someone
			// ("terrorist organization" still labels a group)
			if inClass(toks, last+1, ctxKindNoun) {
				return false
			}
		}
	case lexicon.Booster:
		if question(toks) || inClass(toks, first-1, ctxConditional) {
			// "Do you really see them as equivalent?", "if indeed he
			// lied": a question asks how sure someone is and a
			// condition supposes; neither asserts certainty
			return false
		}
		if inClass(toks, first-1, ctxNegation) || m.Entry.Class == "adjective" && (inClass(toks, first-2, ctxNegation) || inClass(toks, first-3, ctxNegation)) {
			// "don't really", "would not truly enjoy", "never
			// actually": a negated booster denies a degree and asserts
			// no certainty; so does a negation before the verb of an
			// adjective's clause ("Nor is it clear that", "not at all
			// obvious that")
			return false
		}
		if (m.Entry.Term == "clearly" || m.Entry.Term == "plainly") && mannerAdverb(toks, first) {
			// "clearly visible", "clearly labeled", "spoke clearly":
			// how a thing is seen or said, a manner, not the writer's
			// certainty ("he clearly lied")
			return false
		}
		if nounQuestions(toks, first, last) {
			// "took no questions about the plan", "there were no
			// questions": questions asked, counted, not the doubt that
			// "no question that" denies
			return false
		}
		if toks[last].Norm == "certain" && !noHead(toks, last) {
			// "stood for certain principles": "certain" before its noun
			// picks some out and asserts nothing (but "know for certain")
			return false
		}
	case lexicon.VagueSource:
		if inClass(toks, first-1, ctxDegreeQuestion) { // "how many people"
			return false
		}
		if m.Entry.Class == "weasel" && toks[last].Norm == "to" && !infinitive(toks, last) {
			// "is known to us through a single letter", "known to
			// the staff as a careful driver": before a noun phrase "to"
			// names who knows, as in a hedge phrase ("tend to the
			// ill"); the weasel "is known to" generalizes a claim
			// about what someone does ("are known to attack"). An
			// anonymity formula takes its noun phrase ("people close
			// to the senator")
			return false
		}
		if m.Entry.Class == "weasel" && agentAfter(toks, last) {
			// "was criticized by the union", "has been criticized by
			// Senator Reed": the passive names who holds the judgement,
			// as a hedge phrase's agent does
			return false
		}
	case lexicon.EvidenceSupported:
		if refusedBefore(toks, first) {
			// "declined to speak on the record", "statements that were
			// not made under oath", "has not been independently
			// verified": the support is denied or withheld, not given
			return false
		}
		switch m.Entry.Class {
		case "document", "record", "media":
			return evidentialFrame(toks, first, last)
		}
	}
	return true
}

// nounQuestions reports whether a booster's words from first to last
// hold the plural "questions", which counts questions asked rather than
// denies a doubt as the singular of "no question that" does.
func nounQuestions(toks []nlp.Token, first, last int) bool {
	for k := first; k <= last; k++ {
		if toks[k].Norm == "questions" {
			return true
		}
	}
	return false
}

// refusedBefore reports whether a negation or a verb of refusing stands
// among the four words before token i, with no punctuation between
// ("declined to speak on the record", "not authorized to speak on the
// record", "were not made under oath").
func refusedBefore(toks []nlp.Token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 4; k-- {
		if toks[k].Kind != nlp.Word {
			return false
		}
		if inClass(toks, k, ctxNegation) {
			return true
		}
		switch toks[k].Norm {
		case "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing", "unwilling", "unauthorized":
			return true
		}
		n++
	}
	return false
}

// equative reports whether the quantifier that opens the match from
// first to last ("many", "much") is the head of an equative: "as"
// before it and a second "as" among the three words after the match, with
// no cue between ("as many people as possible", "as many Republicans as
// Democrats", "twice as many as last year", "as many as 40 percent").
// The clause compares quantities or bounds a count (as "up to" does); "as
// many people say" is a clause of manner, which keeps its weasel.
func equative(toks []nlp.Token, first, last int) bool {
	if first < 1 || toks[first-1].Norm != "as" || toks[first].Norm != "many" && toks[first].Norm != "much" {
		return false
	}
	for k, n := last+1, 0; k < len(toks) && n < 3; k, n = k+1, n+1 {
		if toks[k].Kind != nlp.Word || cueWord(toks[k].Norm) {
			return false
		}
		if toks[k].Norm == "as" {
			return true
		}
	}
	return false
}

// noHead reports whether no noun follows the word at i: the sentence
// ends, punctuation follows, or a preposition, a conjunction or a form of
// "be" does, so that a word that may be an adjective is a noun there.
func noHead(toks []nlp.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != nlp.Word {
		return true
	}
	return inClass(toks, i+1, ctxNoHead|ctxClauseOpener|ctxPlacePreposition|ctxBeForm)
}

// comparativeAfter reports whether a word of comparison ("more",
// "less", "fewer") stands among the three words after the verb that
// follows the token at i ("tends to utilize more elbow techniques"),
// with no punctuation between: the clause compares.
func comparativeAfter(toks []nlp.Token, i int) bool {
	return classNearWords(toks, i+2, 1, 3, ctxComparative)
}

// allWords reports whether every token of toks is a word.
func allWords(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.Kind != nlp.Word {
			return false
		}
	}
	return true
}

// numberAfter reports whether a number follows the token at i, directly
// or after a currency or other symbol ("40", "$274 million"), in figures
// or in words ("seven", "hundred", "dozens").
func numberAfter(toks []nlp.Token, i int) bool {
	k := i + 1
	if k < len(toks) && toks[k].Kind == nlp.Symbol {
		k++
	}
	return k < len(toks) && (toks[k].Kind == nlp.Number || inClass(toks, k, ctxNumberWord))
}

// massMetaphor reports whether a dehumanizing match is one word, a
// metaphor of mass or vermin (context.tsv's mass-metaphor class), said of
// no people: no people-noun stands near it.
func massMetaphor(doc *nlp.Document, m *lexicon.Match) bool {
	s := &doc.Sentences[m.Sentence]
	i := m.First - s.First
	return m.First == m.Last && inClass(s.Tokens, i, ctxMassMetaphor) && !peopleNear(s.Tokens, i)
}

// passiveState reports whether the participle at i follows a form of
// "be" or "get", with at most one word between ("was inundated", "got
// completely swamped"): the subject's state, not an act.
func passiveState(toks []nlp.Token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 2; k, n = k-1, n+1 {
		if toks[k].Kind != nlp.Word {
			return false
		}
		if inClass(toks, k, ctxBeForm) {
			return true
		}
	}
	return false
}

// peopleNear reports whether a noun of a group of people stands within
// four words of the token at i, before or after it, in its sentence.
func peopleNear(toks []nlp.Token, i int) bool {
	return classNear(toks, i-1, -1, 4, ctxPeopleNoun) || classNear(toks, i+1, 1, 4, ctxPeopleNoun)
}

// genericSubject reports whether the modal at i follows a generic
// subject: a bare plural ("Guests may bring food", "Severe cases may
// require surgery") or a noun after "a"/"an" ("A cord set may include a
// fuse"), with no definite determiner or number before it. Such a modal
// says what can happen in general (dynamic possibility, "sometimes"),
// not how sure the writer is; about a definite subject ("the talks may
// fail") it hedges, and "may have" (a separate, longer entry) always
// does.
func genericSubject(toks []nlp.Token, i int) bool {
	if classNearWords(toks, i-1, -1, 4, ctxFreeChoice) {
		// "whatever trials may come", "whatever else could be
		// reflected": any one of a kind, as after "any"
		return true
	}
	if pronounPair(toks, i-1) {
		// "he or she may also be supported by junior ministers": the
		// pair stands for whoever holds a role, any one of a kind
		return true
	}
	j := i - 1
	if j < 0 || toks[j].Kind != nlp.Word || toks[j].Capitalized() && j > 0 {
		return false
	}
	head := toks[j].Norm
	plural := len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") &&
		!strings.HasSuffix(head, "us") && !strings.HasSuffix(head, "is") && wordClasses(toks, j) == 0
	indefinite := false
	for k, n := j-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if toks[k].Kind != nlp.Word {
			break
		}
		wc := wordClasses(toks, k)
		if wc&ctxDefinite != 0 || wc&ctxClauseOpener != 0 {
			return false
		}
		if wc&ctxIndefinite != 0 {
			indefinite = true
			break
		}
	}
	if j > 0 && toks[j-1].Kind == nlp.Number {
		return false
	}
	return plural || indefinite
}

// embeddedQuestion reports whether the modal at i stands in a question
// embedded under a word of asking or of not knowing (context.tsv's
// asking): a wh-word opens its clause within eight words before the
// modal, with no punctuation between, and the asking word stands right
// before the wh-word or before a preposition before it ("asked what",
// "questions about what", "no idea how", "the question of who"). "Which"
// and "whose" right after the word are read as relatives ("questions
// which may arise") and do not count.
func embeddedQuestion(toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if toks[k].Kind != nlp.Word {
			return false
		}
		if !inClass(toks, k, ctxWhWord) {
			continue
		}
		j := k - 1
		relative := toks[k].Norm == "which" || toks[k].Norm == "whose"
		switch toks[j].Norm {
		case "about", "of", "for", "on", "over", "to":
			j--
			relative = false
		}
		return !relative && inClass(toks, j, ctxAsking)
	}
	return false
}

// forSomeReason reports whether the "some" at i stands in "for some
// reason" or "for some reasons", with at most one word between ("for
// some unaccountable reason").
func forSomeReason(toks []nlp.Token, i int) bool {
	if i < 1 || toks[i-1].Norm != "for" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].Kind != nlp.Word {
			return false
		}
		if toks[k].Norm == "reason" || toks[k].Norm == "reasons" {
			return true
		}
	}
	return false
}

// pronounPair reports whether the tokens ending at j are "he or she" or
// "she or he" (a slash for "or": "he/she"), the pronoun of whoever holds
// a role, generic as a bare plural is.
func pronounPair(toks []nlp.Token, j int) bool {
	if j < 2 {
		return false
	}
	a, or, b := toks[j-2].Norm, toks[j-1].Norm, toks[j].Norm
	return (or == "or" || or == "/") && (a == "he" && b == "she" || a == "she" && b == "he")
}

// negativeSubject reports whether the modal at i follows a subject that
// denies it ("no seats could be found", "few collectors could describe",
// "nobody could say"): a denied ability, as "could not find" is, not a
// doubt. The subject is read back up to three words without punctuation;
// "a few" affirms and does not count.
func negativeSubject(toks []nlp.Token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if toks[k].Kind != nlp.Word {
			return false
		}
		// the negative word must open the subject, not a phrase inside
		// it: "Residents with no insurance could lose …" hedges
		opens := k == 0 || toks[k-1].Kind != nlp.Word || inClass(toks, k-1, ctxClauseOpener)
		switch toks[k].Norm {
		case "no", "nobody", "none", "nothing", "neither":
			return opens
		case "few":
			return opens && (k == 0 || toks[k-1].Norm != "a")
		}
	}
	return false
}

// negativeObject reports whether the ability modal at i takes a verb
// and then a negative object ("could do nothing to stop it", "could
// find no trace", "could see nobody"): the ability is denied, as in
// "could not find", and nothing is left open.
func negativeObject(toks []nlp.Token, i int) bool {
	return i+2 < len(toks) && toks[i+1].Kind == nlp.Word && !inClass(toks, i+1, ctxBeForm) && inClass(toks, i+2, ctxNegativeObject)
}

// mannerAdverb reports whether the adverb at i says how something is
// seen or done rather than how sure the writer is: before a word of
// perception or display ("clearly visible", "plainly marked", "clearly
// labeled"), or after a verb with no object or clause after it ("spoke
// clearly and slowly", "won plainly in the end"), where the epistemic
// adverb stands before its verb ("he clearly lied"), after a form of
// "be" ("it is clearly a mistake") or before a clause ("shows clearly
// that").
func mannerAdverb(toks []nlp.Token, i int) bool {
	if inClass(toks, i+1, ctxPerceptible) {
		return true
	}
	if i == 0 || toks[i-1].Kind != nlp.Word || toks[i-1].Capitalized() ||
		inClass(toks, i-1, ctxBeForm|ctxIrrealisModal|ctxFuture|ctxNegation|ctxSubjectPronoun|ctxClauseOpener) || auxiliaryDo(toks[i-1].Norm) ||
		strings.HasPrefix(toks[i-1].Norm, "'") || strings.HasPrefix(toks[i-1].Norm, "’") {
		// "what's clearly in its interest", "they're clearly": a
		// clitic "be" or "have" before it
		return false
	}
	if i+1 >= len(toks) || toks[i+1].Kind == nlp.Punct {
		return true
	}
	return toks[i+1].Norm != "that" && inClass(toks, i+1, ctxNoHead|ctxPlacePreposition|ctxClauseOpener)
}

// readerMemory reports whether the modal at tokens [first, last] has
// "you" for its subject and a verb of knowing or remembering after it
// ("you may remember", "you might know", "you may have heard"): a
// formula by which the writer allows for what the reader already knows
// (as "as you may know"), not a doubt about the event remembered.
func readerMemory(toks []nlp.Token, first, last int) bool {
	if first == 0 || toks[first-1].Norm != "you" {
		return false
	}
	k := afterAlso(toks, last)
	if k < len(toks) && toks[k].Norm == "have" {
		k++ // the modal alone, as the score reads it: "may have heard"
	}
	return inClass(toks, k, ctxMemoryVerb)
}

// possessiveHave reports whether the modal phrase ending in "have" at i
// takes a noun phrase ("may have a flat base", "may have no effect"),
// not a participle: "have" is then the verb of possession and the modal
// is the one word it would be alone, with no perfect of the past
// ("may have leaked") to make it a doubt about what happened.
func possessiveHave(toks []nlp.Token, i int) bool {
	if toks[i].Norm != "have" || i+1 >= len(toks) {
		return false
	}
	return toks[i+1].Kind == nlp.Number || inClass(toks, i+1, ctxDefinite|ctxIndefinite) || toks[i+1].Norm == "no"
}

// perfectAfter reports whether a perfect follows the modal at i past an
// adverb ("may also have been", "might well have led"), read by its
// participle ("been", "-ed", "-en"): a guess about what happened, as
// the listed "may have" is, whatever the subject.
func perfectAfter(toks []nlp.Token, i int) bool {
	k := i + 1
	if k < len(toks) && toks[k].Kind == nlp.Word && toks[k].Norm != "have" && (toks[k].Norm == "also" || strings.HasSuffix(toks[k].Norm, "ly")) {
		k++
	}
	if k+1 >= len(toks) || toks[k].Norm != "have" {
		return false
	}
	// a participle: "been", "led", "taken"; "have twist-locking
	// features" and "have seven pets" possess
	p := toks[k+1].Norm
	return strings.HasSuffix(p, "ed") || inClass(toks, k+1, ctxParticiple)
}

// agentAfter reports whether a "by" and the start of a noun phrase (a
// determiner or a capitalized word) follow the token at i within four
// words, without punctuation between: the agent of a passive of
// judgement, who holds it.
func agentAfter(toks []nlp.Token, i int) bool {
	for k, n := i+1, 0; k+1 < len(toks) && n < 4; k, n = k+1, n+1 {
		if toks[k].Kind != nlp.Word {
			return false
		}
		if toks[k].Norm == "by" {
			next := &toks[k+1]
			return next.Kind == nlp.Word && (next.Capitalized() || inClass(toks, k+1, ctxDefinite|ctxIndefinite))
		}
	}
	return false
}

// ordinal reports whether the token at i is an ordinal number, in words
// ("third", context.tsv's class ordinal) or in figures ("12th", "2nd").
func ordinal(toks []nlp.Token, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].Kind != nlp.Word {
		return false
	}
	w := toks[i].Norm
	if inClass(toks, i, ctxOrdinal) {
		return true
	}
	n := len(w) - 2
	if n < 1 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for _, c := range w[:n] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// constitutiveRule reports whether the judgement phrase at tokens
// [first, last] (one with a participle of classing: "is considered",
// "regarded as", "deemed") is the consequence of a condition that opens
// the sentence ("If a ship flies no flag, it is considered stateless",
// "If a player touches the ball twice then the point is regarded as
// lost"): a constitutive rule, "X counts as Y in context C" (J. Searle,
// Speech Acts, 1969), which states what the condition makes of its
// case, not an opinion held by no one named. The condition ends at a
// comma or "then" before the phrase.
func constitutiveRule(toks []nlp.Token, first, last int) bool {
	classing := false
	for k := first; k <= last; k++ {
		if inClass(toks, k, ctxClassingVerb) {
			classing = true
		}
	}
	if !classing {
		return false
	}
	open := 0
	for open < first && toks[open].Kind.IsQuote() {
		open++
	}
	if open >= first || !inClass(toks, open, ctxConditional) || inClass(toks, open, ctxOpenQuestion) {
		return false
	}
	for k := open + 1; k < first; k++ {
		if toks[k].Text == "," || toks[k].Norm == "then" {
			return true
		}
		if toks[k].Kind == nlp.Punct && toks[k].Text != "-" {
			return false
		}
	}
	return false
}

// meansPassive reports whether the modal ending at i stands before a
// passive ("be", past an "also" or an adverb, and a participle in -ed or
// -en) whose means follow within four words, without punctuation:
// "by" and a gerund ("may be located by testing each circuit") or a noun
// of means and "of" ("may be fixed by the use of tree rings", "could be
// softened by the addition of lime"). The modal then states what a
// procedure can do, root possibility that "can" paraphrases (F. R.
// Palmer, Mood and Modality, 2001, on dynamic modality; J. Coates, The
// Semantics of the Modal Auxiliaries, 1983, on root "may" in passives),
// not how sure the writer is. An agent after "by" ("may be decided by
// the courts") is no means, and the modal stays a hedge.
func meansPassive(toks []nlp.Token, i int) bool {
	k := afterAlso(toks, i)
	if k+1 >= len(toks) || toks[k].Norm != "be" {
		return false
	}
	k++
	if k < len(toks) && toks[k].Kind == nlp.Word && (toks[k].Norm == "also" || strings.HasSuffix(toks[k].Norm, "ly")) {
		k++
	}
	if k >= len(toks) || toks[k].Kind != nlp.Word || !(strings.HasSuffix(toks[k].Norm, "ed") || inClass(toks, k, ctxParticiple)) {
		return false
	}
	for j, n := k+1, 0; j+1 < len(toks) && n < 4; j, n = j+1, n+1 {
		if toks[j].Kind != nlp.Word {
			return false
		}
		if toks[j].Norm != "by" {
			continue
		}
		next := toks[j+1].Norm
		if toks[j+1].Kind == nlp.Word && strings.HasSuffix(next, "ing") && len(next) > 4 {
			return true // "by testing", "by heating"
		}
		m := j + 1
		if m < len(toks) && inClass(toks, m, ctxDefinite|ctxIndefinite) {
			m++
		}
		return m+1 < len(toks) && inClass(toks, m, ctxMeansNoun) && toks[m+1].Norm == "of"
	}
	return false
}

// namingAfter reports whether the modal ending at i permits a name: "be"
// (after "also", if any) and a verb of naming follow ("may also be
// called potlucks", "could be spelled either way"): a variant name, not
// doubt.
func namingAfter(toks []nlp.Token, i int) bool {
	return inClass(toks, afterBe(toks, i), ctxNamingVerb)
}

// afterAlso returns the index of the word after the token at i, past an
// "also" ("may also refer"); the index may lie beyond toks.
func afterAlso(toks []nlp.Token, i int) int {
	k := i + 1
	if k < len(toks) && toks[k].Norm == "also" {
		k++
	}
	return k
}

// afterBe returns the index of the word after the "be" that follows the
// modal ending at i, with an "also" before it ("may also be called",
// "may be used"), or -1 when no "be" follows.
func afterBe(toks []nlp.Token, i int) int {
	k := afterAlso(toks, i)
	if k+1 < len(toks) && toks[k].Norm == "be" {
		return k + 1
	}
	return -1
}

// verbForm reports whether the word norm is a form of the verb term
// ("suggests", "suggested", "implies", "admitted"), not a noun or an
// adjective that shares its stem ("suggestion", "suggestive"): the
// lexicon matched it by its stem, so only a derivational suffix the term
// lacks (nounSuffixes) tells it apart.
func verbForm(norm, term string) bool {
	for _, suf := range nounSuffixes {
		if strings.HasSuffix(norm, suf) && !strings.HasSuffix(term, suf) {
			return false
		}
	}
	return true
}

// nounSuffixes end the nouns and adjectives derived from a verb's stem
// ("suggestion", "suggestive", "suggestiveness", "speculation").
var nounSuffixes = [...]string{"ion", "ions", "ive", "ively", "iveness", "ivity"}

// beforeCould reports whether the modal at i is a "could" in a clause of
// time opened by "before" or "until" a few words back, with no
// punctuation between ("stopped him before he could find a supporter",
// "had to register before they could vote"): the past of "can", what
// someone was able or allowed to do by then, not a doubt that it
// happened.
func beforeCould(toks []nlp.Token, i int) bool {
	if toks[i].Norm != "could" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Kind != nlp.Word {
			return false
		}
		if toks[k].Norm == "before" || toks[k].Norm == "until" {
			return k < i-1 // a subject between: "before he could"
		}
	}
	return false
}

// purposeClause reports whether the modal at i stands in a clause of
// purpose ("so that we may serve", "in order that the crops might
// grow", "paid so he could stay"): the modal marks the aim, not the
// writer's doubt. The clause is read back to its "that" or "so" without
// crossing punctuation, but for a phrase set off by commas right after
// "so that" ("so that, being faithful to its spirit, we may serve").
func purposeClause(toks []nlp.Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if toks[k].Kind == nlp.Punct {
			return toks[k].Text == "," && purposeParenthetical(toks, k)
		}
		if toks[k].Norm == "that" {
			p := toks[k-1].Norm
			return p == "so" || p == "order"
		}
		if toks[k].Norm == "so" && i-k <= 4 && toks[k-1].Kind == nlp.Word && !inClass(toks, k-1, ctxClauseOpener) {
			// "so" alone after a clause opens one of purpose too ("paid
			// so he could stay"); after "and" or "but" it means
			// therefore ("and so it could happen again")
			return true
		}
	}
	return false
}

// purposeParenthetical reports whether the comma at k closes a phrase
// that a comma opens right after "so that" or "in order that", within
// twelve tokens and with no punctuation inside.
func purposeParenthetical(toks []nlp.Token, k int) bool {
	for c := k - 2; c >= 2 && c >= k-12; c-- {
		if toks[c].Kind != nlp.Punct {
			continue
		}
		if toks[c].Text != "," || toks[c-1].Norm != "that" {
			return false
		}
		p := toks[c-2].Norm
		return p == "so" || p == "order"
	}
	return false
}

// mostOneCould reports whether the modal at i ends a reduced relative
// clause on a superlative or on "all" ("the best anyone could have
// done", "the least we could do", "all that she could do was shout"):
// its subject, a pronoun or "anyone", follows the head (or the head and
// "that") straight away. The clause names the limit of what was
// possible, an ability, not a doubt; a superlative that modifies a noun
// ("the most likely outcome could be") is no such head.
func mostOneCould(toks []nlp.Token, i int) bool {
	k := i - 1
	if k < 1 || !(inClass(toks, k, ctxSubjectPronoun) && !inClass(toks, k, ctxDefinite) || toks[k].Norm == "anyone" || toks[k].Norm == "anybody") {
		return false
	}
	k--
	if toks[k].Norm == "that" && k > 0 {
		k--
	}
	switch h := toks[k].Norm; {
	case h == "all":
		return true
	case h == "best" || h == "most" || h == "least" || h == "worst" || len(h) > 4 && strings.HasSuffix(h, "est") && inflectedSuperlative(toks, k):
		return k > 0 && (toks[k-1].Norm == "the" || strings.HasSuffix(toks[k-1].Norm, "'s") || strings.HasSuffix(toks[k-1].Norm, "’s"))
	}
	return false
}

// inConditionClause reports whether the modal at i stands in the clause
// a conditional word opens ("if I could get an offer", "unless the
// board might object", "whether the bill may pass"), read back to the
// conditional without crossing punctuation: the modal is the
// condition's own, as the score reads it, not a doubt of its own. The
// consequence after a comma ("If convicted, he could face") is not in
// the clause.
func inConditionClause(toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Kind == nlp.Punct {
			return false
		}
		if inClass(toks, k, ctxIrrealisModal|ctxFuture|ctxBeForm|ctxWhWord) || toks[k].Norm == "that" || auxiliaryDo(toks[k].Norm) {
			// a verb of the condition's own ("whether they can come
			// together may foretell …": the modal is the main
			// clause's) or a relative clause inside it ("if the
			// photographs have aspects that may be disruptive")
			return false
		}
		if inClass(toks, k, ctxConditional) {
			// "as if it might be an anticlimax" compares, it does not
			// suppose
			return k == 0 || toks[k-1].Norm != "as"
		}
	}
	return false
}

// exclusiveSubject reports whether the subject of the modal at i opens
// with "only" ("Only the Senate may ratify", "only members with a badge
// may enter"): a modal whose subject is singled out as the one allowed
// states a permission, deontic "may", not a possibility (an epistemic
// reading, "only the Senate perhaps ratifies", is not English). The
// subject is read back up to six words without punctuation; "only"
// inside it ("the only witness may have lied") limits a noun and does
// not count.
func exclusiveSubject(toks []nlp.Token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if toks[k].Kind != nlp.Word && toks[k].Kind != nlp.Number {
			return false
		}
		if inClass(toks, k, ctxClauseOpener|ctxWhWord) {
			// "only that the prospect could", "only how some could",
			// "only some who say that could": "only" limits a clause
			// the modal is not the subject's
			return false
		}
		if toks[k].Norm == "only" {
			return k == 0 || toks[k-1].Kind != nlp.Word || inClass(toks, k-1, ctxClauseOpener)
		}
	}
	return false
}

// mandativeComplement reports whether the clause after the verb at i
// (past an optional "that") is a proposal's: its verb is "should", a
// bare "be" ("that the board be dissolved") or a "not" with no
// auxiliary before it ("that he not run"), the subjunctive that verbs
// of proposing take (Quirk et al. 1985, §16.32, the mandative
// subjunctive). A "be" or "not" after an auxiliary ("suggests it may be
// late", "suggests it was not") is the indicative of a guess. The
// clause is read up to seven words, without crossing punctuation.
func mandativeComplement(toks []nlp.Token, i int) bool {
	k := i + 1
	if k < len(toks) && toks[k].Norm == "that" {
		k++
	}
	if k < len(toks) && (toks[k].Norm == "he" || toks[k].Norm == "she" || toks[k].Norm == "it") && baseVerb(toks, k+1) {
		// "suggested that he resign": a third-person singular
		// subject with the bare verb, the subjunctive itself
		return true
	}
	for n := 0; k < len(toks) && n < 7; k, n = k+1, n+1 {
		t := &toks[k]
		if t.Kind != nlp.Word {
			return false
		}
		switch t.Norm {
		case "should":
			return k > i+1
		case "be", "not":
			// right after the subject: a pronoun, a name, or a noun
			// after its determiner or after "that" ("that the board
			// be", "that Smith not run", "that delegates not vote");
			// "imprudent but not illegal" negates no subject's verb
			p := toks[k-1].Norm
			if k == i+1 || p == "that" || p == "to" || inClass(toks, k-1, ctxIrrealisModal|ctxFuture|ctxBeForm|ctxNegation) || auxiliaryDo(p) {
				return false
			}
			return inClass(toks, k-1, ctxSubjectPronoun) || toks[k-1].Capitalized() ||
				k-2 > i && (inClass(toks, k-2, ctxDefinite|ctxIndefinite) || toks[k-2].Norm == "that")
		}
	}
	return false
}

// baseVerb reports whether the word at i, past an "also" or an adverb
// in -ly, is a verb's bare form: a word in no class of context.tsv (no
// modal, negation, determiner, …), not in -s, -ed or -ing, that is its
// own lemma's stem ("resign", "step", "apologize", "testify"; not
// "met" or "knew", whose lemma is another word).
func baseVerb(toks []nlp.Token, i int) bool {
	if i < len(toks) && (toks[i].Norm == "also" || strings.HasSuffix(toks[i].Norm, "ly")) {
		i++
	}
	if i >= len(toks) || toks[i].Kind != nlp.Word || toks[i].Capitalized() || wordClasses(toks, i) != 0 {
		return false
	}
	w := toks[i].Norm
	if auxiliaryDo(w) || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	key := lexicon.Key(w)
	if strings.HasSuffix(key, "i") && strings.HasSuffix(w, "y") {
		key = key[:len(key)-1] // "testify", stemmed "testifi"
	}
	return key != "" && strings.HasPrefix(w, key)
}

// auxiliaryDo reports whether w is a form of "do" or "have", the
// auxiliaries that carry a "not" or a "be" of the indicative ("did not
// leak", "has been").
func auxiliaryDo(w string) bool {
	switch w {
	case "do", "does", "did", "has", "have", "had":
		return true
	}
	return false
}

// comparisonClause reports whether the modal at i stands in a clause of
// comparison or concession opened by "as" ("as might be expected", "as
// improbable as it may seem"), or forms the idiom "may as well": the
// clause weighs the statement against what can be, it does not doubt it.
func comparisonClause(toks []nlp.Token, i int) bool {
	if i+2 < len(toks) && toks[i+1].Norm == "as" && toks[i+2].Norm == "well" {
		return true
	}
	if i >= 1 && toks[i-1].Norm == "as" {
		return true
	}
	for k := i - 3; k < i-1; k++ {
		// "as big as the land could suffice for", "as large as it
		// might be": the second "as" of a comparison and its
		// subject before the modal
		if k >= 2 && toks[k].Norm == "as" && toks[k-2].Norm == "as" && toks[k-1].Kind == nlp.Word && allWords(toks[k+1:i]) {
			return true
		}
	}
	return i >= 2 && toks[i-2].Norm == "as" && toks[i-1].Kind == nlp.Word && inClass(toks, i-1, ctxSubjectPronoun)
}

// question reports whether the sentence asks: its last mark, before any
// closing quotation marks, is a question mark.
func question(toks []nlp.Token) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		switch {
		case toks[i].Kind.IsQuote():
			continue
		case toks[i].Kind == nlp.Punct:
			if strings.Contains(toks[i].Text, "?") {
				return true
			}
			if toks[i].Text == ")" {
				continue
			}
		}
		return false
	}
	return false
}

// evidentialFrame reports whether the evidence term at tokens [first,
// last] of a sentence is presented as evidence: it holds an evidence verb
// or a framing word itself ("records show", "according to records"), one follows within two words ("documents
// obtained by", "the records, released"), or a framing word stands within
// three words before it ("according to court records", "in documents").
func evidentialFrame(toks []nlp.Token, first, last int) bool {
	for i := first; i <= last; i++ {
		if (i > first && inClass(toks, i, ctxEvidenceVerb)) || inClass(toks, i, ctxEvidenceFrame) {
			return true
		}
	}
	return classNear(toks, last+1, 1, 2, ctxEvidenceVerb) || classNear(toks, first-1, -1, 3, ctxEvidenceFrame)
}

// classNearWords reports whether a word of class c stands among the n
// tokens from token i on, going by step (1 forward, -1 back), all of
// them words: the search stops at punctuation, so it stays in the
// clause.
func classNearWords(toks []nlp.Token, i, step, n int, c ctxClass) bool {
	for k, m := i, 0; k >= 0 && k < len(toks) && m < n; k, m = k+step, m+1 {
		if toks[k].Kind != nlp.Word {
			return false
		}
		if inClass(toks, k, c) {
			return true
		}
	}
	return false
}

// classNear reports whether a word of class c stands among the n words
// from token i on, going by step (1 forward, -1 back); tokens that are no
// words are passed over and not counted.
func classNear(toks []nlp.Token, i, step, n int, c ctxClass) bool {
	for k := i; k >= 0 && k < len(toks) && n > 0; k += step {
		if toks[k].Kind != nlp.Word {
			continue
		}
		if inClass(toks, k, c) {
			return true
		}
		n--
	}
	return false
}

// inContext drops the findings that the attributions show to be something
// else: a short quotation inside an attribution's content is the
// speaker's own words (a partial quote: the attribution carries it), not
// a scare quote; a vague group or anonymous phrase of one word
// ("officials", "critics") is a vague source only where it is the source
// of an attribution, a cue follows within three words ("critics have
// argued") or it opens a clause whose verb, within six words, is a cue
// ("Advocates of the method claim", "but scientists now believe"), not
// where it is merely mentioned ("the law protects researchers", "one of
// his critics") or the subject of something other than a claim
// ("Residents deserve a vote"). A phrase of more words ("many
// historians", "people familiar with") names a vague source by itself.
// fs is changed in place and returned; contentsOf holds, per statement,
// the content parts that overlap it (scorer.index).
func inContext(doc *nlp.Document, fs [][]Finding, attrs [][]Attribution, contentsOf [][]nlp.Span) [][]Finding {
	var sources []nlp.Span
	for si := range fs {
		sources = sources[:0]
		if si < len(attrs) {
			for i := range attrs[si] {
				if src := attrs[si][i].Source; src != nil && src.Kind != "none" && !src.Span.Empty() {
					sources = append(sources, src.Span)
				}
			}
		}
		var contents []nlp.Span
		if si < len(contentsOf) {
			contents = contentsOf[si]
		}
		kept := fs[si][:0]
		for _, f := range fs[si] {
			switch {
			case f.Category == ScareQuote && containedIn(f.Span, contents):
				continue
			case f.Category == Hedge && f.Rule == "hedge/verb" && si < len(attrs) && namedCue(&f, attrs[si]):
				continue
			case f.Category == Booster && f.Rule == "booster/adjective" && si < len(attrs) && cueOf(f.Span, attrs[si]):
				// "Sanders has made it clear that": the firmness is the
				// source's way of saying, which the cue "make clear"
				// reports, not the writer's certainty
				continue
			case f.Category == VagueSource && (f.Rule == "vague-source/group" || f.Rule == "vague-source/anonymous") &&
				(!strings.ContainsAny(f.Text, " \u00a0-") || f.Rule == "vague-source/group" && !quantified(f.Text)) &&
				!overlapsAny(f.Span, sources) && (!claimant(doc, si, f.Span) || f.Rule == "vague-source/group" && prepositionObject(doc, si, f.Span)):
				continue
			case f.Category == VagueSource && appositiveToName(doc, si, f.Span):
				continue
			case f.Category == VagueSource && !strings.ContainsAny(f.Text, " \u00a0") && titleOfName(doc, si, f.Span):
				continue
			}
			kept = append(kept, f)
		}
		fs[si] = kept
	}
	return fs
}

// quantified reports whether a group phrase opens with a vague
// quantifier ("many historians", "some people", "a lot of people"),
// which makes it a weasel by itself (MOS:WEASEL); a group named with a
// modifier ("government officials", "law enforcement officials") is a
// role, as "officials" is, and a vague source only as the source of a
// claim ("The mayor met government officials on Tuesday" names no
// one's claim).
func quantified(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	return ctxClass(contextClasses().Of(strings.ToLower(w)))&ctxVagueQuantifier != 0
}

// cueOf reports whether the span overlaps the cue of one of the
// attributions whose source is someone other than the writer ("Sanders
// has made it clear that"); the writer's own "we know that" or "I have
// made it clear" asserts the writer's certainty.
func cueOf(sp nlp.Span, as []Attribution) bool {
	for i := range as {
		if as[i].Cue.Span.Overlaps(sp) && (as[i].Source == nil || as[i].Source.Kind != attribution.Self) {
			return true
		}
	}
	return false
}

// namedCue reports whether the hedge f is the cue of an attribution to
// a named person or organization ("Loomis suggests that", "the agency
// estimated"), or to a pronoun that stands for one ("She suggested"
// after her name, "as he suggested"): the guess is the source's,
// reported with its speculative stance, not the writer's hedge; the
// writer's own "I think" and an anonymous "experts suggest" stay
// hedges. A raising verb before its infinitive ("Lee appeared to
// suggest", "he seemed to confirm", "it appears") is the writer's
// estimate of what the source did, and stays a hedge even where the
// extractor took it for the cue.
func namedCue(f *Finding, as []Attribution) bool {
	if f.Term == "seem" || strings.HasSuffix(f.Term, " to") || strings.HasPrefix(f.Term, "it ") {
		return false // "seemed to confirm", "appeared to", "it appears"
	}
	for i := range as {
		a := &as[i]
		if a.Cue.Span.Overlaps(f.Span) && a.Source != nil && namedSource(a.Source) {
			return true
		}
	}
	return false
}

// namedSource reports whether an attribution's source is one person or
// organization the reader can tell: named or described, or a pronoun
// resolved to one, or "he" or "she", which stand for one person even
// where the name lies beyond the resolver's reach. "It", "that", "they"
// and "who" left unresolved may stand for no one ("nothing that
// suggests", "those who suggest").
func namedSource(src *AttributionSource) bool {
	switch src.Kind {
	case attribution.Person, attribution.Organization:
		return true
	case attribution.Pronoun:
		if src.Resolved != "" {
			return true
		}
		switch strings.ToLower(src.Text) {
		case "he", "she", "his", "her":
			return true
		}
	}
	return false
}

// containedIn reports whether s lies inside one of spans.
func containedIn(s nlp.Span, spans []nlp.Span) bool {
	for _, o := range spans {
		if o.Contains(s) {
			return true
		}
	}
	return false
}

// claimant reports whether the phrase at sp in sentence si is the
// subject of a claim (see inContext): a cue follows within three words,
// or it opens a clause and a cue follows within six.
func claimant(doc *nlp.Document, si int, sp nlp.Span) bool {
	k := cueAfter(doc, si, sp, 6) // the words are looked up once for both reaches
	return k >= 0 && (k < 3 || opensClause(doc, si, sp))
}

// prepositionObject reports whether the phrase at sp in sentence si is
// the object of a preposition ("celebrated with supporters, declaring",
// "the leading voice among Fed officials for a concern"): a cue after it
// has the clause's subject for its source, not the group. "Of" ("many of
// the critics say"), "by" (the agent of a passive) and the "to" of
// "according to" are left out: the group is a claimant there, as it is
// of a relative clause after it ("to economists, who believe").
func prepositionObject(doc *nlp.Document, si int, sp nlp.Span) bool {
	s := &doc.Sentences[si]
	prev, next := -1, -1
	for i := range s.Tokens {
		if s.Tokens[i].Start < sp.Start {
			prev = i
		} else if s.Tokens[i].Start >= sp.End && s.Tokens[i].Kind == nlp.Word {
			next = i
			break
		}
	}
	if next >= 0 && (s.Tokens[next].Norm == "who" || s.Tokens[next].Norm == "whom") {
		return false // "sound to economists -- who believe": the relative clause's claim
	}
	if prev < 0 || s.Tokens[prev].Kind != nlp.Word {
		return false
	}
	switch s.Tokens[prev].Norm {
	case "with", "among", "amongst", "for", "against", "about", "toward", "towards", "at", "on", "into", "behind", "between", "beside":
		return true
	case "to":
		return prev == 0 || s.Tokens[prev-1].Norm != "according"
	}
	return false
}

// cueAfter returns how many words stand between the span and the first
// word of the attribution cues' lexicon, or hedging verb of belief, that
// follows it within n words in sentence si; -1 if none does.
func cueAfter(doc *nlp.Document, si int, sp nlp.Span, n int) int {
	s := &doc.Sentences[si]
	k := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.Start < sp.End || t.Kind != nlp.Word {
			continue
		}
		if cueWord(t.Norm) && !stateAfterBe(s.Tokens, i) {
			return k
		}
		if k++; k == n {
			break
		}
	}
	return -1
}

// stateAfterBe reports whether the cue word at i follows a form of "be"
// or "get", directly or after one adverb ("are threatened", "were very
// worried", "got increasingly alarmed"), and is no progressive ("are
// asking for" still makes a claim): a passive or a state the
// subject is in, not a claim the subject makes ("critics are invited",
// "people are very threatened"). A claim so worded with its content
// ("critics are worried that …") is an attribution of its own, whose
// source the extractor finds.
func stateAfterBe(toks []nlp.Token, i int) bool {
	if strings.HasSuffix(toks[i].Norm, "ing") {
		return false // a progressive: "supporters are asking for", "who are offering"
	}
	p := i - 1
	if p >= 0 && toks[p].Kind == nlp.Word && !inClass(toks, p, ctxBeForm) && (strings.HasSuffix(toks[p].Norm, "ly") || degreeAdverb(toks[p].Norm)) {
		p--
	}
	return p >= 0 && inClass(toks, p, ctxBeForm)
}

// degreeAdverb reports whether a word is an adverb of degree that stands
// between "be" and a participle of state ("very", "so", "too", "more").
func degreeAdverb(w string) bool {
	switch w {
	case "very", "so", "too", "more", "most", "less", "quite", "rather", "all", "still", "also", "not":
		return true
	}
	return false
}

// opensClause reports whether the span begins sentence si or a clause of
// it: nothing but quotation marks before it, or a comma, semicolon, colon
// or clause-opening word just before it.
func opensClause(doc *nlp.Document, si int, sp nlp.Span) bool {
	s := &doc.Sentences[si]
	prev := -1
	for i := range s.Tokens {
		if s.Tokens[i].Start >= sp.Start {
			break
		}
		if !s.Tokens[i].Kind.IsQuote() {
			prev = i
		}
	}
	if prev < 0 {
		return true
	}
	t := &s.Tokens[prev]
	if t.Kind == nlp.Punct {
		return strings.ContainsAny(t.Text, ",;:(—–")
	}
	return inClass(s.Tokens, prev, ctxClauseOpener)
}

// appositiveToName reports whether the span ends a phrase set off after a
// name, which it describes: "Harold Doley, a banker and former Reagan
// administration official", "Curt Schilling, … one of the baseball
// analysts on ESPN". A named person is no vague source. The phrase opens
// with a determiner ("a", "the", "his") or "one"; a name in a phrase of
// place or time is none ("In Ohio, the officials said").
func appositiveToName(doc *nlp.Document, si int, sp nlp.Span) bool {
	s := &doc.Sentences[si]
	toks := s.Tokens
	i := -1
	for k := range toks {
		if toks[k].Start >= sp.Start {
			i = k
			break
		}
	}
	// walk left over the words of the phrase, up to a comma
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := &toks[k]
		if t.Kind == nlp.Word || t.Kind == nlp.Number {
			continue
		}
		if t.Text != "," || k < 2 || k+1 >= len(toks) ||
			!inClass(toks, k+1, ctxDefinite|ctxIndefinite) && toks[k+1].Norm != "one" {
			return false
		}
		n := &toks[k-1]
		if n.Kind != nlp.Word || !n.Capitalized() {
			return false
		}
		j := k - 1
		for j > 0 && toks[j-1].Kind == nlp.Word && toks[j-1].Capitalized() && !inClass(toks, j-1, ctxPlacePreposition) {
			j--
		}
		return j == 0 || !inClass(toks, j-1, ctxPlacePreposition)
	}
	return false
}

// titleOfName reports whether the one-word group at sp is a title or a
// role before the name of the person it describes, directly ("Activist
// Angela Davis", "the actress and activist Kamala Lopez") or set off by
// a comma ("Another critic, Laurence H. Tribe, likened …"): a named
// person is no vague source.
func titleOfName(doc *nlp.Document, si int, sp nlp.Span) bool {
	toks := doc.Sentences[si].Tokens
	for k := range toks {
		if toks[k].Start < sp.End {
			continue
		}
		if toks[k].Text == "," {
			k++
		}
		return k+1 < len(toks) && toks[k].Kind == nlp.Word && toks[k].Capitalized() &&
			toks[k+1].Kind == nlp.Word && toks[k+1].Capitalized()
	}
	return false
}

// cueWord reports whether a word is a cue of one word of the built-in
// lexicon ("said", "claim") or the verb of a hedging verb entry
// ("suggest", "tend to", "is suspected of").
func cueWord(norm string) bool {
	return cueHeads()[lexicon.Key(norm)]
}

var cueHeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Default().Entries() {
		switch {
		case e.Category == lexicon.Cue && !strings.Contains(e.Term, " "):
			// a cue of one word; the first word of a cue phrase is a
			// claim only with the rest ("make the case", "take issue
			// with", "in the words of"), and alone would make every
			// "make", "take" or "in" a cue
			m[e.Head()] = true
		case e.Category == lexicon.Hedge && e.Class == "verb":
			m[verbHead(e.Term, e.Head())] = true
		}
	}
	return m
})

// verbHead returns the key of the first word of term that is neither a
// form of "be" or "get" nor a subject pronoun ("is suspected of" →
// suspect, "it appears" → appear), or head when there is none: the verb
// that makes the phrase a claim, not the auxiliary before it, which would
// make every "is" a cue.
func verbHead(term, head string) string {
	words := strings.Fields(term)
	if len(words) < 2 {
		return head
	}
	for _, w := range words {
		if ctxClass(contextClasses().Of(w))&(ctxBeForm|ctxSubjectPronoun) == 0 {
			return lexicon.Key(w)
		}
	}
	return head
}
