package nlp

import "fmt"

// A Kind classifies a token. Kinds form a closed set.
type Kind uint8

// The kinds of token.
const (
	Word       Kind = iota // letters, possibly with inner hyphens, apostrophes or periods: "U.S.", "build-up", "al-Qaeda"
	Number                 // digits with inner separators: "4,000", "3.5", "2020"
	Punct                  // sentence and clause punctuation: ".", ",", "?!", "…", "—", "(", ")"
	OpenQuote              // a quotation mark that opens a quotation: “ ‘ « or a straight quote before a word
	CloseQuote             // a quotation mark that closes a quotation: ” ’ » or a straight quote after a word
	Quote                  // a straight quotation mark whose direction the spacing does not tell
	Symbol                 // anything else: "$", "%", "@", emoji, and each byte of invalid UTF-8
)

var kindNames = [...]string{"word", "number", "punct", "open-quote", "close-quote", "quote", "symbol"}

// String returns the kind's lowercase name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// IsQuote reports whether the kind is one of the quotation-mark kinds.
func (k Kind) IsQuote() bool { return k == OpenQuote || k == CloseQuote || k == Quote }

// A Token is a word, number, punctuation mark or symbol of the input.
//
// Text is always the original bytes at Span; Norm is the form the analysis
// compares: lowercase, with curly apostrophes folded to "'" and the clitic
// "n't" written "not". Norm shares memory with Text when nothing changes.
type Token struct {
	Span
	Text  string // the original bytes, Text == doc.Text[Start:End]
	Norm  string // lowercase comparison form
	Kind  Kind   // word, number, punctuation, quotation mark or symbol
	Space bool   // whitespace (or the start of the text) precedes the token
	Tag   string // Penn Treebank part-of-speech tag; empty unless the document was tagged
}

// IsWord reports whether the token is a word (not a number, punctuation
// mark, quotation mark or symbol).
func (t Token) IsWord() bool { return t.Kind == Word }

// Capitalized reports whether the token's first rune is an upper-case letter.
func (t Token) Capitalized() bool {
	if t.Text == "" {
		return false
	}
	c := t.Text[0]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	r := firstRune(t.Text)
	return isUpper(r)
}

// MonthMay reports whether toks[i] is "May" the month rather than the
// modal: capitalized before a number ("May 26"), or capitalized after the
// first word of its sentence ("in May", "Theresa May"). The sentence
// starts where toks does or after a run of terminal marks, so that a
// sentence's tokens and its document's give the same answer.
func MonthMay(toks []Token, i int) bool {
	t := &toks[i]
	if t.Norm != "may" || !t.Capitalized() {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Kind == Number {
		return true
	}
	for k := i - 1; k >= 0; k-- {
		switch p := &toks[k]; {
		case p.Kind == Word || p.Kind == Number:
			return true
		case p.Kind == Punct && terminalRun(p.Text):
			return false
		}
	}
	return false
}
