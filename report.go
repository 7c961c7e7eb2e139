package hearsay

import (
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/sentiment"
)

// Schema names the report format; see docs/report-schema.md.
const Schema = "hearsay/v1"

// A Report is the analysis of one document, in the hearsay/v1 format.
// Offsets are UTF-8 byte offsets into the exact input, end exclusive, and
// every Text field repeats the input at its offsets.
type Report struct {
	Schema   string `json:"schema"`
	ID       string `json:"id,omitempty"`
	Language string `json:"language"`
	// Score is the document's unverified-assertion score: the statements'
	// scores averaged with their lengths in bytes as weights.
	Score      float64     `json:"score"`
	Statements []Statement `json:"statements"`
	Sources    []Source    `json:"sources"`

	// Sentiment is the valence of the whole text scored as one unit, as
	// VADER scores an input: compound, positive, negative, neutral and
	// emphasis, without the word list (the statements list their words).
	Sentiment sentiment.Valence `json:"sentiment"`
}

// A Statement is one sentence of the input with what was found in it.
type Statement struct {
	Index int `json:"index"`
	nlp.Span
	Text string `json:"text"`
	// Score is how much of the statement rests on unverified assertion,
	// in [0, 1]; Explanation lists the factors, which add up to it.
	Score        float64           `json:"score"`
	Attributions []Attribution     `json:"attributions"`
	Findings     []Finding         `json:"findings"`
	Sentiment    sentiment.Valence `json:"sentiment"`
	Explanation  []Contribution    `json:"explanation"`
}

// An Attribution is a reported statement: a source, the cue that reports
// it, and what is reported. It belongs to the statement holding its cue;
// its content may reach into following statements (a quotation that spans
// sentences).
type Attribution struct {
	Cue     Cue                   `json:"cue"`
	Stance  lexicon.Stance        `json:"stance"`
	Source  *AttributionSource    `json:"source,omitempty"`
	Content *Content              `json:"content,omitempty"`
	Quote   attribution.QuoteType `json:"quote"`
	// Negated marks a negated cue ("did not deny"): the source is
	// reported as not making the statement.
	Negated bool `json:"negated,omitempty"`
	// Irrealis marks speech the text supposes or wishes for rather than
	// reports ("might argue", "hopes to say", "if he said"); such an
	// attribution weighs less in the score (Weights.IrrealisDiscount).
	Irrealis bool `json:"irrealis,omitempty"`
	// Rule names the rule that found the attribution, one of
	// attribution.Rules, or a "model:" name for a trained model's.
	Rule string `json:"rule,omitempty"`
}

// A Cue is the word or phrase that reports an attribution.
type Cue struct {
	nlp.Span
	Text  string `json:"text"`
	Lemma string `json:"lemma"` // the lexicon term: "claim", "according to"
}

// An AttributionSource is who an attribution is attributed to.
type AttributionSource struct {
	nlp.Span
	Text string                 `json:"text"`
	Kind attribution.SourceKind `json:"kind"`
	// Resolved is the full name the source refers to: "Donald Trump" for
	// "He" or "Trump"; empty for anonymous sources and unresolved pronouns.
	Resolved string `json:"resolved"`
}

// Content is what a source is reported to have said. Its span and text
// are its first part; a content in several parts (a quotation interrupted
// by "he said" or resumed in the next sentences) lists them all in Parts,
// which is nil for a content in one part.
type Content struct {
	nlp.Span
	Text  string        `json:"text"`
	Parts []ContentPart `json:"parts,omitempty"`
}

// A ContentPart is one part of a discontinuous content.
type ContentPart struct {
	nlp.Span
	Text string `json:"text"`
}

// spans returns the content's parts as spans: Parts, or the content's
// own span.
func (c *Content) spans() []nlp.Span {
	if len(c.Parts) == 0 {
		return []nlp.Span{c.Span}
	}
	out := make([]nlp.Span, len(c.Parts))
	for i, p := range c.Parts {
		out[i] = p.Span
	}
	return out
}

// A Source is one entry of the source ledger: a resolved source with its
// mentions, the statements it is the source of and its cues' stances.
type Source struct {
	Name       string                 `json:"name"`
	Kind       attribution.SourceKind `json:"kind"`
	Mentions   int                    `json:"mentions"`
	Statements []int                  `json:"statements"`
	Stances    map[lexicon.Stance]int `json:"stances"`
}

// fromAttribution converts the attribution package's value to the report's,
// using src and c for its source and content so that a caller can allocate
// them together; text is the input, for the texts of a content's parts.
func fromAttribution(a attribution.Attribution, text string, src *AttributionSource, c *Content) Attribution {
	out := Attribution{
		Cue:      Cue{Span: a.Cue.Span, Text: a.Cue.Text, Lemma: a.Cue.Lemma},
		Stance:   a.Stance,
		Quote:    a.Quote,
		Negated:  a.Negated,
		Irrealis: a.Irrealis,
		Rule:     a.Rule,
		Source:   src,
	}
	if s := a.Source; s.Kind == attribution.None || s.Kind == "" {
		// No source in the text: an empty span at the cue.
		*src = AttributionSource{Span: nlp.Span{Start: a.Cue.Start, End: a.Cue.Start}, Kind: attribution.None}
	} else {
		*src = AttributionSource{Span: s.Span, Text: s.Text, Kind: s.Kind, Resolved: s.Resolved}
	}
	if a.Content.Text != "" {
		*c = Content{Span: a.Content.Span, Text: a.Content.Text}
		if len(a.Content.Parts) > 1 {
			c.Parts = make([]ContentPart, len(a.Content.Parts))
			for i, p := range a.Content.Parts {
				c.Parts[i] = ContentPart{Span: p}
				if 0 <= p.Start && p.Start <= p.End && p.End <= len(text) {
					c.Parts[i].Text = text[p.Start:p.End]
				}
			}
		}
		out.Content = c
	}
	return out
}

// attributionsBySentence converts attrs, found in text, and groups them by
// sentence, in their order, with one allocation for each kind of value
// rather than several for each attribution. Attributions outside [0, n)
// are dropped.
func attributionsBySentence(attrs []attribution.Attribution, text string, n int) [][]Attribution {
	out := make([][]Attribution, n)
	count := make([]int, n)
	for i := range attrs {
		if s := attrs[i].Sentence; s >= 0 && s < n {
			count[s]++
		}
	}
	flat := make([]Attribution, 0, len(attrs))
	srcs := make([]AttributionSource, len(attrs))
	contents := make([]Content, len(attrs))
	at := 0
	for s := range out {
		if count[s] > 0 {
			out[s] = flat[at : at : at+count[s]]
			at += count[s]
		}
	}
	for i := range attrs {
		if s := attrs[i].Sentence; s >= 0 && s < n {
			out[s] = append(out[s], fromAttribution(attrs[i], text, &srcs[i], &contents[i]))
		}
	}
	return out
}

// ledger converts the attribution package's ledger to the report's.
func ledger(l attribution.Ledger) []Source {
	out := make([]Source, len(l))
	for i, e := range l {
		out[i] = Source{Name: e.Name, Kind: e.Kind, Mentions: e.Mentions, Statements: nonNil(e.Statements), Stances: e.Stances}
	}
	return out
}
