package hearsay

import (
	"math/bits"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/internal/pool"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/sentiment"
)

// Schema names the report format; see docs/report-schema.md.
const Schema = "hearsay/v1"

// A Report is the analysis of one document, in the hearsay/v1 format.
// Offsets are UTF-8 byte offsets into the exact input, end exclusive, and
// every Text field repeats the input at its offsets. A report from Analyze
// keeps, unexported, the arrays it was built in (see Release): compare
// reports by their fields or their JSON, not with reflect.DeepEqual.
type Report struct {
	Schema   string `json:"schema"`       // Schema, "hearsay/v1"
	ID       string `json:"id,omitempty"` // the caller's id of the document (batch input's "id"), or ""
	Language string `json:"language"`     // the language analyzed, "en"
	// Score is the document's unverified-assertion score: the statements'
	// scores averaged with their lengths in bytes as weights.
	Score      float64     `json:"score"`
	Statements []Statement `json:"statements"` // the document's sentences, in order
	Sources    []Source    `json:"sources"`    // the source ledger, one entry a resolved source

	// Sentiment is the valence of the whole text scored as one unit, as
	// VADER scores an input: compound, positive, negative, neutral and
	// emphasis, without the word list (the statements list their words).
	Sentiment sentiment.Valence `json:"sentiment"`

	mem *reportMem // the arrays the report is made of, for Release; nil for a report made otherwise
}

// A Statement is one sentence of the input with what was found in it.
type Statement struct {
	Index int `json:"index"` // the sentence's number, from 0
	nlp.Span
	CharSpan
	Text string `json:"text"` // the input at the statement's span
	// Score is how much of the statement rests on unverified assertion,
	// in [0, 1]; Explanation lists the factors, which add up to it.
	Score        float64           `json:"score"`
	Attributions []Attribution     `json:"attributions"` // those whose cue is in the statement
	Findings     []Finding         `json:"findings"`     // in input order
	Sentiment    sentiment.Valence `json:"sentiment"`    // the statement's valence, with the words behind it
	Explanation  []Contribution    `json:"explanation"`  // the score's factors
}

// An Attribution is a reported statement: a source, the cue that reports
// it, and what is reported. It belongs to the statement holding its cue;
// its content may reach into following statements (a quotation that spans
// sentences).
type Attribution struct {
	Cue     Cue                   `json:"cue"`               // the reporting word or phrase
	Stance  lexicon.Stance        `json:"stance"`            // what the cue says of the content
	Source  *AttributionSource    `json:"source,omitempty"`  // who is reported; Kind none, with an empty span at the cue, when no one is named
	Content *Content              `json:"content,omitempty"` // what is reported; nil when nothing was found
	Quote   attribution.QuoteType `json:"quote"`             // direct, indirect or mixed
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

	// weight is the cue's lexicon weight (see Weights.CueWeight); 0 when
	// unknown, as in an Attribution made by hand.
	weight float64
}

// A Cue is the word or phrase that reports an attribution.
type Cue struct {
	nlp.Span
	CharSpan
	Text  string `json:"text"`  // the input at the cue's span
	Lemma string `json:"lemma"` // the lexicon term: "claim", "according to"
}

// An AttributionSource is who an attribution is attributed to.
type AttributionSource struct {
	nlp.Span
	CharSpan
	Text string                 `json:"text"` // the input at the source's span; "" for Kind none
	Kind attribution.SourceKind `json:"kind"` // person, organization, anonymous, pronoun, self or none
	// Resolved is the full name the source refers to: "Donald Trump" for
	// "He" or "Trump"; empty for anonymous sources and unresolved pronouns.
	Resolved string `json:"resolved"`
	// Rule is "model:source" when the trained source model chose this
	// source in place of the one the attribution's rule found, and empty
	// when the rule's source stands.
	Rule string `json:"rule,omitempty"`
}

// Content is what a source is reported to have said. Its span and text
// are its first part; a content in several parts (a quotation interrupted
// by "he said" or resumed in the next sentences) lists them all in Parts,
// which is nil for a content in one part.
type Content struct {
	nlp.Span
	CharSpan
	Text  string        `json:"text"`            // the input at the first part's span
	Parts []ContentPart `json:"parts,omitempty"` // every part in input order; nil for one part
	// Rule is "model:content" when the trained content model ended the
	// content elsewhere than the attribution's rule did, and empty when
	// the rule's content stands.
	Rule string `json:"rule,omitempty"`
}

// A ContentPart is one part of a discontinuous content.
type ContentPart struct {
	nlp.Span
	CharSpan
	Text string `json:"text"` // the input at the part's span
}

// spans returns the content's parts as spans: Parts, or the content's
// own span.
func (c *Content) spans() []nlp.Span {
	out := make([]nlp.Span, c.nSpans())
	for i := range out {
		out[i] = c.spanAt(i)
	}
	return out
}

// nSpans and spanAt read what spans returns, one span at a time, without
// making the slice: the scorer reads a content's spans for every
// statement it reaches, and a content of several parts would make one
// each time.
func (c *Content) nSpans() int {
	if len(c.Parts) == 0 {
		return 1
	}
	return len(c.Parts)
}

func (c *Content) spanAt(i int) nlp.Span {
	if len(c.Parts) == 0 {
		return c.Span
	}
	return c.Parts[i].Span
}

// A Source is one entry of the source ledger: a resolved source with its
// mentions, the statements it is the source of and its cues' stances.
type Source struct {
	Name       string                 `json:"name"`       // the resolved name, or an anonymous source's words
	Kind       attribution.SourceKind `json:"kind"`       // person, organization or anonymous
	Mentions   int                    `json:"mentions"`   // references in the whole text (see attribution.LedgerEntry)
	Statements []int                  `json:"statements"` // the statements in which it is reported, in order
	Stances    map[lexicon.Stance]int `json:"stances"`    // its attributions counted by stance
}

// fromAttribution converts the attribution package's value to the report's,
// into out, which is zero, using src and c for its source and content so
// that a caller can allocate them together; text is the input, for the
// texts of a content's parts. The values are written where they stay,
// field by field, rather than built and copied.
func fromAttribution(out *Attribution, a *attribution.Attribution, text string, src *AttributionSource, c *Content, parts *[]ContentPart) {
	out.Cue = Cue{Span: a.Cue.Span, Text: a.Cue.Text, Lemma: a.Cue.Lemma}
	out.Stance = a.Stance
	out.Quote = a.Quote
	out.Negated = a.Negated
	out.Irrealis = a.Irrealis
	out.Rule = a.Rule
	out.Source = src
	out.weight = a.Weight
	if s := a.Source; s.Kind == attribution.None || s.Kind == "" {
		// No source in the text: an empty span at the cue.
		*src = AttributionSource{Span: nlp.Span{Start: a.Cue.Start, End: a.Cue.Start}, Kind: attribution.None, Rule: a.SourceRule}
	} else {
		*src = AttributionSource{Span: s.Span, Text: s.Text, Kind: s.Kind, Resolved: s.Resolved, Rule: a.SourceRule}
	}
	if a.Content.Text != "" {
		*c = Content{Span: a.Content.Span, Text: a.Content.Text, Rule: a.ContentRule}
		if n := len(a.Content.Parts); n > 1 {
			// cut from the parts' array, which has room for every
			// attribution's (attributionsBySentenceIn), at their number
			if len(*parts) < n {
				*parts = make([]ContentPart, n)
			}
			c.Parts = (*parts)[:n:n]
			*parts = (*parts)[n:]
			for i, p := range a.Content.Parts {
				c.Parts[i] = ContentPart{Span: p}
				if 0 <= p.Start && p.Start <= p.End && p.End <= len(text) {
					c.Parts[i].Text = text[p.Start:p.End]
				}
			}
		}
		out.Content = c
	}
}

// attributionsBySentence converts attrs, found in text, and groups them by
// sentence, in their order, with one allocation for each kind of value
// rather than several for each attribution. Attributions outside [0, n)
// are dropped.
func attributionsBySentence(attrs []attribution.Attribution, text string, n int) [][]Attribution {
	return attributionsBySentenceIn(make([][]Attribution, n), make([]int, n), attrs, text, nil)
}

// attributionsBySentenceIn is attributionsBySentence into out, as long
// as the sentences and nil, counting in count, as long and zero: memory
// of the caller's that the statements keep nothing of, for they keep
// the sentences' slices, not out itself. The attributions are made in
// mem's arrays (see slab); mem may be nil.
func attributionsBySentenceIn(out [][]Attribution, count []int, attrs []attribution.Attribution, text string, mem *reportMem) [][]Attribution {
	n := len(out)
	for i := range attrs {
		if s := attrs[i].Sentence; s >= 0 && s < n {
			count[s]++
		}
	}
	if mem == nil {
		mem = new(reportMem)
	}
	flat := slab(&mem.attrs, len(attrs))[:0]
	srcs := slab(&mem.srcs, len(attrs))
	contents := slab(&mem.contents, len(attrs))
	np := 0 // the parts of contents of several, which fromAttribution copies
	for i := range attrs {
		if k := len(attrs[i].Content.Parts); k > 1 && attrs[i].Content.Text != "" {
			np += k
		}
	}
	parts := slab(&mem.parts, np)
	at := 0
	for s := range out {
		if count[s] > 0 {
			out[s] = flat[at : at : at+count[s]]
			at += count[s]
		}
	}
	for i := range attrs {
		if s := attrs[i].Sentence; s >= 0 && s < n {
			k := len(out[s])
			out[s] = out[s][:k+1]
			fromAttribution(&out[s][k], &attrs[i], text, &srcs[i], &contents[i], &parts)
		}
	}
	return out
}

// ledgerInto converts the attribution package's ledger to the report's,
// in the array *s (see slab).
func ledgerInto(s *[]Source, l attribution.Ledger) []Source {
	out := slab(s, len(l))
	for i, e := range l {
		out[i] = Source{Name: e.Name, Kind: e.Kind, Mentions: e.Mentions, Statements: nonNil(e.Statements), Stances: e.Stances}
	}
	return out
}

// A CharSpan is a span's offsets in Unicode code points rather than
// bytes, end exclusive: what Python and R index strings by. For a span
// [Start, End) in bytes, StartChar is the number of code points in
// text[:Start] and EndChar in text[:End].
type CharSpan struct {
	StartChar int `json:"start_char"` // code points before the span
	EndChar   int `json:"end_char"`   // code points before the span's end
}

// setCharOffsets fills in the code point offsets of every span of r, a
// report on text. The code points before each 8-byte word of text are
// counted once, a word at a time; a span's offset is then its word's
// count plus the code points that start in the word before it.
func setCharOffsets(r *Report, text string) {
	c := charOffsetsPool.Get()
	defer c.put()
	c.init(text)
	for i := range r.Statements {
		st := &r.Statements[i]
		c.set(st.Span, &st.CharSpan)
		for j := range st.Attributions {
			a := &st.Attributions[j]
			c.set(a.Cue.Span, &a.Cue.CharSpan)
			if a.Source != nil {
				c.set(a.Source.Span, &a.Source.CharSpan)
			}
			if ct := a.Content; ct != nil {
				c.set(ct.Span, &ct.CharSpan)
				for k := range ct.Parts {
					c.set(ct.Parts[k].Span, &ct.Parts[k].CharSpan)
				}
			}
		}
		for j := range st.Findings {
			c.set(st.Findings[j].Span, &st.Findings[j].CharSpan)
		}
		for j := range st.Explanation {
			c.set(st.Explanation[j].Span, &st.Explanation[j].CharSpan)
		}
		for j := range st.Sentiment.Words {
			w := &st.Sentiment.Words[j]
			w.StartChar, w.EndChar = c.at(w.Start), c.at(w.End)
		}
	}
}

// charOffsets turns byte offsets of a text into code point offsets.
type charOffsets struct {
	text  string
	words []int32 // words[k]: the code points that start in text[:8k]; unset when ascii
	ascii bool    // text is all ASCII: a code point offset is the byte offset
}

// charOffsetsPool recycles the tables, which a report keeps nothing of,
// but for those of very large texts.
var charOffsetsPool = pool.New(func(c *charOffsets) bool {
	c.text = ""
	return pool.Fits(maxPooledWords, cap(c.words))
})

// maxPooledWords bounds the tables kept for reuse.
const maxPooledWords = 1 << 16

func (c *charOffsets) put() { charOffsetsPool.Put(c) }

// init counts the code points before each 8-byte word of text.
func (c *charOffsets) init(text string) {
	c.text = text
	// Much news text is ASCII (two articles in five of PolNeAR's): then
	// no table is needed, and at need not read one for every span.
	if c.ascii = isASCII(text); c.ascii {
		return
	}
	n := len(text)/8 + 1
	if cap(c.words) < n {
		c.words = make([]int32, n)
	}
	words := c.words[:n]
	chars := int32(0)
	for k := 1; k < n; k++ {
		chars += int32(8 - continuations(le64(text[(k-1)*8:])))
		words[k] = chars
	}
	c.words = words
}

// isASCII reports whether s holds no byte above 0x7F, eight bytes at a
// time.
func isASCII(s string) bool {
	var or uint64
	for ; len(s) >= 8; s = s[8:] {
		or |= le64(s)
	}
	for i := 0; i < len(s); i++ {
		or |= uint64(s[i])
	}
	return or&0x8080808080808080 == 0
}

// continuations counts the UTF-8 continuation bytes (10xxxxxx) among
// the eight bytes of x.
func continuations(x uint64) int {
	m := x & (^x << 1) & 0x8080808080808080
	if m == 0 { // most words of most text
		return 0
	}
	return bits.OnesCount64(m)
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// at returns the code points that start in text[:off], off clamped to
// the text: for valid UTF-8 and an offset at a code point's start,
// utf8.RuneCountInString(text[:off]).
func (c *charOffsets) at(off int) int {
	off = max(0, min(off, len(c.text)))
	if c.ascii {
		return off
	}
	k := off >> 3
	n := int(c.words[k])
	r := off & 7
	if r == 0 {
		return n
	}
	if w := k << 3; w+8 <= len(c.text) {
		// the first r bytes of the word
		return n + r - continuations(le64(c.text[w:])&(1<<(8*r)-1))
	}
	for _, b := range []byte(c.text[k<<3 : off]) {
		if b&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// set fills in cs, the code point offsets of s.
func (c *charOffsets) set(s nlp.Span, cs *CharSpan) {
	cs.StartChar, cs.EndChar = c.at(s.Start), c.at(s.End)
}
