package nlp

import (
	"strings"
	"unicode/utf8"
)

// DefaultMaxSentence is the length in bytes beyond which a sentence is cut
// at the next token boundary. Text without punctuation (a scraped page, a
// log line) would otherwise become one unbounded "sentence".
const DefaultMaxSentence = 4096

// A Sentence is a span of the document with its tokens.
type Sentence struct {
	Span
	Index  int     // position in Document.Sentences
	Text   string  // the original bytes, Text == doc.Text[Start:End]
	Tokens []Token // the sentence's tokens, a sub-slice of Document.Tokens
	First  int     // index of Tokens[0] in Document.Tokens
}

// A Document is a text split into sentences and tokens. Every span in it is a
// byte range of Text.
type Document struct {
	Text      string     // the input, as given
	Sentences []Sentence // in order
	Tokens    []Token    // every token of the text, in order
	Tagged    bool       // tokens carry part-of-speech tags (see Parser.Tagger)

	breaks []uint8 // line breaks before each token, kept for ParseInto
	ends   []int32 // tokens after which a sentence may end, kept for ParseInto
}

// SentenceOf returns the index of the sentence holding the token at index
// tok of Document.Tokens, or -1.
func (d *Document) SentenceOf(tok int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		s := d.Sentences[m]
		switch {
		case tok < s.First:
			hi = m
		case tok >= s.First+len(s.Tokens):
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// A Parser splits text into sentences and tokens. The zero value is ready to
// use; a Parser is safe for concurrent use and is not modified by Parse.
type Parser struct {
	// MaxSentence caps a sentence's length in bytes; a longer run of text
	// is cut at a token boundary. 0 means DefaultMaxSentence.
	MaxSentence int
	// Tagger, when set, fills every token's part-of-speech Tag after
	// tokenizing. The rest of hearsay does not need tags; package
	// nlp/prosetag has prose's tagger (slow: about 0.5 MB/s). It lives
	// in a package of its own so that programs which never tag do not
	// link prose and its model.
	Tagger Tagger
}

// A Tagger fills Token.Tag (Penn Treebank tags) for a parsed document's
// tokens. It must not change anything else of the document, and must be
// safe for concurrent use when the Parser is shared.
type Tagger interface {
	// Tag sets the Tag of every token of doc, or returns why it could not.
	Tag(doc *Document) error
}

// Parse splits text into sentences and tokens with the default Parser. It
// never fails: any string, including invalid UTF-8, gives a document whose
// spans lie in bounds and on rune boundaries. Each byte of invalid UTF-8 is
// a Symbol token of its own.
func Parse(text string) *Document {
	d, _ := (&Parser{}).Parse(text)
	return d
}

// Parse splits text into sentences and tokens. An error is returned only
// when the Parser's Tagger failed; the document is still complete, and
// Tagged is false.
func (p *Parser) Parse(text string) (*Document, error) {
	doc := &Document{}
	err := p.ParseInto(doc, text)
	return doc, err
}

// ParseInto is Parse into an existing document, whose slices it reuses:
// a caller that parses many texts and is done with each document before
// the next saves most of the parse's allocation. Anything that still
// refers to doc's tokens or sentences sees them overwritten. Strings
// (Text, Norm) are never reused.
func (p *Parser) ParseInto(doc *Document, text string) error {
	max := p.MaxSentence
	if max <= 0 {
		max = DefaultMaxSentence
	}
	oldToks, oldSents := len(doc.Tokens), len(doc.Sentences)
	toks, breaks, ends := doc.Tokens[:0], doc.breaks[:0], doc.ends[:0]
	if est := min(len(text)/5+1, 1<<20); cap(toks) < est {
		// News text has a sentence end or line break in about ten tokens.
		toks, breaks, ends = make([]Token, 0, est), make([]uint8, 0, est), make([]int32, 0, est/8+1)
	}
	toks, breaks, ends = tokenize(text, toks, breaks, ends)
	sents := doc.Sentences[:0]
	if cap(sents) < len(ends)+1 {
		// Sentences end where ends says they can, or at the length cap.
		sents = make([]Sentence, 0, len(ends)+1)
	}
	sents = segment(text, toks, breaks, ends, max, sents)
	// Drop the last text's strings from the reused tails.
	if len(toks) < oldToks && oldToks <= cap(toks) {
		clear(toks[len(toks):oldToks])
	}
	if len(sents) < oldSents && oldSents <= cap(sents) {
		clear(sents[len(sents):oldSents])
	}
	*doc = Document{Text: text, Tokens: toks, Sentences: sents, breaks: breaks, ends: ends}
	if p.Tagger != nil {
		if err := p.Tagger.Tag(doc); err != nil {
			for i := range doc.Tokens {
				doc.Tokens[i].Tag = ""
			}
			return err
		}
		doc.Tagged = true
	}
	return nil
}

// segment groups tokens into sentences. ends lists, in order, the tokens
// that can end a sentence (see canEnd) or precede a line break: only
// there can a sentence end other than by its length.
func segment(text string, toks []Token, breaks []uint8, ends []int32, max int, sents []Sentence) []Sentence {
	start := 0
	emit := func(end int) { // tokens [start, end)
		if end <= start {
			return
		}
		sp := Span{toks[start].Start, toks[end-1].End}
		sents = append(sents, Sentence{
			Span:   sp,
			Index:  len(sents),
			Text:   text[sp.Start:sp.End],
			Tokens: toks[start:end:end],
			First:  start,
		})
		start = end
	}
	// capTo cuts the sentence before any token in [i, to) that would take
	// it past max. Token ends only grow, so when the last of them stays
	// within max, so do the others.
	capTo := func(i, to int) {
		if to <= i || toks[to-1].End-toks[start].Start <= max {
			return
		}
		for ; i < to; i++ {
			if i > start && toks[i].End-toks[start].Start > max {
				emit(i)
			}
		}
	}
	// open tells whether a straight double quote is open before token k
	// in k's paragraph, counting the marks as k grows.
	qk, qopen := 0, false
	open := func(k int) bool {
		for ; qk < k; qk++ {
			if breaks[qk] >= 2 {
				qopen = false
			}
			if toks[qk].Text == `"` {
				switch toks[qk].Kind {
				case OpenQuote:
					qopen = true
				case CloseQuote:
					qopen = false
				default:
					qopen = !qopen
				}
			}
		}
		if breaks[k] >= 2 {
			return false
		}
		return qopen
	}
	i := 0 // the next token to visit
	for _, e := range ends {
		if int(e) < i {
			continue // inside closing quotes taken into the last sentence
		}
		capTo(i, int(e))
		i = int(e)
		t := &toks[i]
		if i > start && t.End-toks[start].Start > max {
			emit(i)
		}
		if i+1 < len(toks) && breaks[i+1] > 0 && lineBreakEnds(toks, breaks, i) {
			emit(i + 1)
			i++
			continue
		}
		if !canEnd(t.Kind, t.Text) {
			i++
			continue
		}
		end := i
		// Closing quotes and brackets right after the terminal belong to
		// the sentence: `tape.”`, `(see above.)`.
		for end+1 < len(toks) && (!toks[end+1].Space && closes(toks[end+1]) || strayClose(toks, breaks, end+1, open)) && toks[end+1].End-toks[start].Start <= max {
			end++
		}
		if end+1 >= len(toks) || startsSentence(toks, breaks, i, end+1) {
			emit(end + 1)
			i = end
		}
		i++
	}
	capTo(i, len(toks))
	emit(len(toks))
	return sents
}

// strayClose reports whether the straight double quote at k, set off by
// a space after a terminal, closes the quotation open before it rather
// than opening the next sentence: `what does that mean? " Clinton asked`.
// A quote that opens is written against its first word.
func strayClose(toks []Token, breaks []uint8, k int, open func(int) bool) bool {
	t := &toks[k]
	if t.Kind != Quote || t.Text != `"` || breaks[k] > 0 {
		return false
	}
	if k+1 < len(toks) && !toks[k+1].Space && breaks[k+1] == 0 {
		return false
	}
	return open(k)
}

// lineBreakEnds decides whether the line break after token i ends the
// sentence. A blank line always does. A single line break does too
// (headings, list items, paragraphs on single lines) unless the next line
// visibly continues the sentence: it begins in lower case, or this line
// ends with a comma, hyphen or other joining mark.
func lineBreakEnds(toks []Token, breaks []uint8, i int) bool {
	if breaks[i+1] >= 2 {
		return true
	}
	next := toks[i+1]
	if next.Kind == Word && !next.Capitalized() && isLowerStart(next.Text) {
		return false
	}
	switch toks[i].Text {
	case ",", ";", "-", "\u2013", "\u2014", "(", "/", "&":
		return false
	}
	return toks[i].Kind != OpenQuote
}

func isLowerStart(s string) bool {
	c := s[0]
	if c < 0x80 {
		return 'a' <= c && c <= 'z'
	}
	r := firstRune(s)
	return !isUpper(r) && r != 0xFFFD && strings.ToUpper(string(r)) != string(r)
}

// canEnd reports whether a token can end a sentence: a run of terminal
// punctuation or an abbreviation with its period.
func canEnd(kind Kind, text string) bool {
	if kind == Word {
		return text[len(text)-1] == '.'
	}
	return kind == Punct && terminalRun(text)
}

// terminalRun reports whether a punctuation token is a run of terminal
// marks; only its first rune needs a look.
func terminalRun(text string) bool {
	if c := text[0]; c < utf8.RuneSelf {
		return c == '.' || c == '!' || c == '?'
	}
	return isTerminal(firstRune(text))
}

func closes(t Token) bool {
	switch t.Kind {
	case CloseQuote, Quote:
		return true
	case Punct:
		return t.Text == ")" || t.Text == "]" || t.Text == "}"
	}
	return false
}

// startsSentence decides whether token next, after the terminal token term,
// begins a new sentence.
func startsSentence(toks []Token, breaks []uint8, term, next int) bool {
	n := toks[next]
	if breaks[next] > 0 {
		return true
	}
	abbrev := toks[term].Kind == Word
	ellipsis := toks[term].Kind == Punct && (strings.HasPrefix(toks[term].Text, "..") || strings.HasPrefix(toks[term].Text, "\u2026"))
	if abbrev && isTitle(toks[term].Text) {
		return false
	}
	switch n.Kind {
	case Word:
		if !n.Capitalized() {
			return false
		}
		if abbrev || ellipsis {
			return starters.Has(n.Norm)
		}
		return true
	case Number:
		return !abbrev && !ellipsis
	case OpenQuote, Quote:
		if abbrev && !ellipsis && next+1 < len(toks) && toks[next+1].Kind == Word && toks[next+1].Capitalized() && breaks[next+1] == 0 {
			// a quotation that opens with a capital after an abbreviation
			// that is no title: "…, said Sen. Ann Lee, R-S.C. “I get
			// that.”", "… in Washington, D.C. “We …”"
			return true
		}
		return !abbrev && !ellipsis
	case Punct:
		return !abbrev && (n.Text == "(" || n.Text == "[") || n.Text == "\u2014" || n.Text == "-"
	case Symbol:
		return !abbrev && !ellipsis
	}
	return false
}
