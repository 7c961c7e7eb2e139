package attribution

import (
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// A SourceKind says what kind of source makes an attribution. Kinds form a
// closed set, the same as the "source.kind" of hearsay's JSON report.
type SourceKind string

// The kinds of source.
const (
	Person       SourceKind = "person"       // a named or described person: "Donald Trump", "the spokesman"
	Organization SourceKind = "organization" // a government, company, party, publication, poll or document
	Anonymous    SourceKind = "anonymous"    // a vague group or unnamed source: "officials", "a source", "critics"
	Pronoun      SourceKind = "pronoun"      // he, she, they, who …; Source.Resolved names what it refers to
	Self         SourceKind = "self"         // the writer: "I", "we" outside a quotation
	None         SourceKind = "none"         // no source in the text ("was denied", "the claim that …")
)

// SourceKinds lists every kind in a fixed order.
var SourceKinds = []SourceKind{Person, Organization, Anonymous, Pronoun, Self, None}

// A QuoteType says how the content is reported. Types form a closed set,
// the same as the "quote" of hearsay's JSON report.
type QuoteType string

// The quote types.
const (
	Direct   QuoteType = "direct"   // the content is a quotation: He said, “…”
	Indirect QuoteType = "indirect" // the content is paraphrased: He said that …
	Mixed    QuoteType = "mixed"    // a paraphrase with quoted words: He called it “a disgrace”
)

// A CueForm says how a cue is built. Forms form a closed set.
type CueForm string

// The forms of cue.
const (
	Verb        CueForm = "verb"        // a finite verb, infinitive or passive: "said", "has denied", "was rejected"
	Participle  CueForm = "participle"  // a participial clause: ", asserting that …"
	Noun        CueForm = "noun"        // a nominal cue: "Maduro's assertion of …", "the claim that …"
	Preposition CueForm = "preposition" // "according to X", "as per X"
	Adverb      CueForm = "adverb"      // a sentence adverb, with no source: "The firm reportedly paid …"
	Punctuation CueForm = "punctuation" // a speaker's colon ("PENCE: …") or a dash after a quotation ("… ” ― Name")
)

// A Cue is the word or phrase that signals an attribution.
type Cue struct {
	nlp.Span
	Text  string  // the input at Span: "claimed", "did not rule out", "according to"
	Lemma string  // the lexicon entry's term ("claim", "according to"); the mark itself for punctuation
	Form  CueForm // how the cue is built
}

// A Source is who an attribution is attributed to. For Kind None the span
// is empty and Text is "".
type Source struct {
	nlp.Span
	Text string     // the input at Span: "U.S. President Donald Trump", "He", "officials"
	Kind SourceKind // what kind of source it is
	// Resolved is the name the source refers to: the full name of a person
	// ("Donald Trump" for "Trump" or "He"), an organization's noun phrase
	// without appositives ("the Trump administration"). It is empty for
	// anonymous sources, the writer, no source, and a pronoun that could
	// not be resolved. People coordinated as one source are named each by
	// their resolved name, joined by " and " ("Tom Ruiz and Eva Dahl" for
	// "Chief Tom Ruiz and Councilwoman Eva Dahl"), a list of three or more
	// by commas and a last " and " ("Ann Ray, Bo Lin and Cy Diaz" for
	// "Sens. Ann Ray, Bo Lin and Cy Diaz"), which NewLedger splits again. A description that fits no one entity, or more than one,
	// stays as written ("the governor"); see the package documentation
	// for what fits.
	Resolved string
}

// Content is what the source is reported to have said, thought or wanted.
type Content struct {
	nlp.Span
	Text string // the input at Span; empty when the cue has no recoverable content
	// Parts lists every part of a discontinuous content in input order,
	// Span being the first: a quotation interrupted by its speaker
	// ("“…,” he said, “…”"), resumed in the sentences that follow it,
	// reopened in the paragraphs that follow it or, for a cue in the last
	// paragraph of the run, in those before it, or a clause split by
	// "according to X". It is nil when the content is one span.
	Parts []nlp.Span
}

// An Attribution is one reported statement, belief or intention: who (the
// Source) is reported, with which word (the Cue) and framing (the Stance),
// to have said, thought or wanted what (the Content).
type Attribution struct {
	Sentence int            // index of the sentence that holds the cue
	Cue      Cue            // the reporting word or phrase
	Stance   lexicon.Stance // how the cue frames the content
	Weight   float64        // the cue entry's weight: how strongly the stance frames, in [0, 1]
	Source   Source         // who is reported
	Content  Content        // what is reported
	Quote    QuoteType      // direct, indirect or mixed
	// Negated reports a negation in the cue's verb group that the cue's
	// lexicon entry does not itself contain: "did not deny", "has never
	// said". The stance stays the cue's own; a reader should take a negated
	// cue as the source not making that statement. Entries that contain
	// their negation ("did not rule out", speculative) are not negated.
	Negated bool
	// Irrealis marks speech the text does not report as made: hypothetical
	// or desired ("would hesitate to oppose", "might argue", "hopes to
	// say", "if he said"). The stance stays the cue's own.
	Irrealis bool
	// Rule names the rule that found the attribution, one of [Rules], or
	// a name beginning with "model:" for one a trained model found.
	Rule string
	// SourceRule is [RuleModelSource] when the trained source model chose
	// the source in place of the one the rule found, and empty when the
	// rule's source stands.
	SourceRule string
	// ContentRule is [RuleModelContent] when the trained content model
	// ended the content elsewhere than the rule did, and empty when the
	// rule's content stands.
	ContentRule string
}

// The names of the rules that find attributions (see [Attribution.Rule]).
// They are stable: a name keeps its meaning from release to release.
const (
	// RuleVerbComplement: a verb with its subject before it and the
	// content after it, a that-clause, bare clause, wh-clause, quotation,
	// infinitive or object: "Smith said (that) …", "Smith said, “…”",
	// "declined to say whether …", "denied the charges".
	RuleVerbComplement = "verb-complement"
	// RuleVerbTrailing: a verb after its content, with its subject
	// before it: "“…,” Smith said", "The plan will fail, Smith said",
	// "what the campaign hopes".
	RuleVerbTrailing = "verb-trailing"
	// RuleVerbInverted: a verb with its subject after it: "“…,” said
	// Smith".
	RuleVerbInverted = "verb-inverted"
	// RuleParticiple: a participial clause taking the subject of its main
	// clause: ", asserting that …", "Claiming the vote was rigged, Smith
	// …"; or, passive, no source: "Asked about the fire, Smith said …".
	RuleParticiple = "participle"
	// RulePassive: a passive with no agent, so no source: "was denied".
	RulePassive = "passive"
	// RulePassiveBy: a passive whose agent is the source: "was rejected
	// by both parties".
	RulePassiveBy = "passive-by"
	// RuleNounCue: a nominal cue: "Maduro's assertion of …", "the claim
	// that …".
	RuleNounCue = "noun-cue"
	// RuleAccordingTo: a prepositional cue: "according to X", "as per X",
	// "in" before a poll ("In a CNN poll, 50 percent …").
	RuleAccordingTo = "according-to"
	// RulePunctuationColon: a speaker's name and a colon: "PENCE: …"; or
	// a clause naming its speaker, a colon and a quotation, with no
	// reporting word: "Trump went even further: “…”" (the cue is the
	// predicate and the colon).
	RulePunctuationColon = "punctuation-colon"
	// RulePunctuationDash: a dash and a name after a quotation: "“…” ―
	// Maria Lopez".
	RulePunctuationDash = "punctuation-dash"
	// RuleAdverbialStatement: "in a statement" in a sentence with no
	// other cue; the clause's subject is the source.
	RuleAdverbialStatement = "adverbial-statement"
	// RuleAdverb: a sentence adverb listed as a cue, which reports the
	// clause it stands in with no source: "The firm reportedly paid …".
	RuleAdverb = "adverb"
	// RuleModelCue: a cue the trained cue model found where the rules
	// found none (see [Model]); its source and content are found as for a
	// verb cue.
	RuleModelCue = "model:cue"
	// RuleModelSource: a source the trained source model chose in place
	// of the rule's (see [SourceModel]); it names Attribution.SourceRule,
	// never Attribution.Rule.
	RuleModelSource = "model:source"
	// RuleModelContent: a content the trained content model ended
	// elsewhere than the rule did (see [ContentModel]); it names
	// Attribution.ContentRule, never Attribution.Rule.
	RuleModelContent = "model:content"
	// RuleModelPrefix begins the names of attributions a trained model
	// found rather than a rule.
	RuleModelPrefix = "model:"
)

// Rules lists the names of the rules, and of the model's decision, in a
// fixed order.
var Rules = []string{
	RuleVerbComplement, RuleVerbTrailing, RuleVerbInverted, RuleParticiple,
	RulePassive, RulePassiveBy, RuleNounCue, RuleAccordingTo,
	RulePunctuationColon, RulePunctuationDash, RuleAdverbialStatement,
	RuleAdverb, RuleModelCue,
}
