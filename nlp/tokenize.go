package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Tokenization works on bytes of the original input and never copies it:
// every token's Text is a substring of the input. prose's tokenizer, by
// contrast, rewrites curly quotes and keeps no offsets, which is why the text
// layer does its own.

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isUpper(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }

// decode returns the rune at s[i:] and its width. An invalid byte decodes as
// utf8.RuneError of width 1, so every index the scanner visits is a rune
// boundary in the sense of utf8.DecodeRuneInString.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0:
		return true
	}
	if r < 0x20 || r == 0x7f { // other C0 controls, NUL included, separate tokens
		return true
	}
	if r < 0x80 {
		return false
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// ASCII classes: a table lookup answers isSpaceRune and isWordRune for a
// byte below utf8.RuneSelf.
const (
	clSpace uint8 = 1 << iota
	clWord
	clDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		if isSpaceRune(r) {
			t[c] |= clSpace
		}
		if isWordRune(r) {
			t[c] |= clWord
		}
		if isDigit(r) {
			t[c] |= clDigit
		}
	}
	return t
}()

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// quoteKind tells whether r is a quotation mark and, for curly and angle
// quotes, which way it faces.
func quoteKind(r rune) (Kind, bool) {
	switch r {
	case '\u201c', '\u2018', '\u00ab', '\u201e', '\u201a', '\u2039', '\u300c', '\u300e':
		return OpenQuote, true
	case '\u201d', '\u2019', '\u00bb', '\u203a', '\u300d', '\u300f':
		return CloseQuote, true
	case '"', '\'', '`', '\u201f', '\u201b':
		return Quote, true
	}
	return 0, false
}

func isPunctRune(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '\u2026', '\u2014', '\u2013', '-', '/', '\u00bf', '\u00a1', '\u3002', '\uff01', '\uff1f', '\uff0c':
		return true
	}
	return false
}

// isTerminal reports whether r ends a sentence.
func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '\u2026' || r == '\u3002' || r == '\uff01' || r == '\uff1f'
}

// tokenize appends the tokens of text to toks. nl[i] receives the number of
// line breaks between token i-1 and token i (capped at 2).
func tokenize(text string, toks []Token, nl []uint8) ([]Token, []uint8) {
	var ar arena
	i, n := 0, len(text)
	space := true
	breaks := uint8(0)
	for i < n {
		if c := text[i]; c < utf8.RuneSelf {
			cl := asciiClass[c]
			if cl&clSpace != 0 {
				if c == '\n' || (c == '\r' && (i+1 >= n || text[i+1] != '\n')) {
					if breaks < 2 {
						breaks++
					}
				}
				space = true
				i++
				continue
			}
			if cl&clWord != 0 {
				start := i
				var apos bool
				var kind Kind
				i, kind, apos = scanWord(text, i)
				toks, nl = appendWord(toks, nl, text, start, i, kind, apos, space, breaks, &ar)
				breaks, space = 0, false
				continue
			}
		}
		r, w := decode(text, i)
		if isSpaceRune(r) {
			if r == '\n' || (r == '\r' && (i+1 >= n || text[i+1] != '\n')) || r == 0x2028 || r == 0x2029 {
				if breaks < 2 {
					breaks++
				}
			}
			space = true
			i += w
			continue
		}
		start := i
		var kind Kind
		apos := false // the word has an inner apostrophe, so maybe a clitic
		switch {
		case isWordRune(r):
			i, kind, apos = scanWord(text, i)
		default:
			if k, ok := quoteKind(r); ok {
				kind = k
				i += w
				if k == Quote || r == '\u2019' {
					kind = quoteDirection(text, start, i, space, k)
				}
			} else if isTerminal(r) || r == '-' {
				// a run of the same class of mark is one token: "...", "?!", "--"
				i += w
				for i < n {
					r2, w2 := decode(text, i)
					if (isTerminal(r) && isTerminal(r2)) || (r == '-' && r2 == '-') {
						i += w2
						continue
					}
					break
				}
				kind = Punct
			} else if isPunctRune(r) {
				i += w
				kind = Punct
			} else {
				i += w
				kind = Symbol
			}
		}
		toks, nl = appendWord(toks, nl, text, start, i, kind, apos, space, breaks, &ar)
		breaks, space = 0, false
	}
	return toks, nl
}

// appendWord appends the token text[start:end] and its line-break count,
// first splitting a clitic off the end of a word with an inner apostrophe:
// "won’t" → "wo" "n’t", "Venezuela’s" → "Venezuela" "’s".
func appendWord(toks []Token, nl []uint8, text string, start, end int, kind Kind, apos, space bool, breaks uint8, ar *arena) ([]Token, []uint8) {
	if apos && kind == Word {
		if c := clitic(text[start:end]); c > 0 {
			toks = appendToken(toks, text, start, end-c, Word, space, ar)
			nl = append(nl, breaks)
			breaks, space = 0, false
			start = end - c
		}
	}
	return appendToken(toks, text, start, end, kind, space, ar), append(nl, breaks)
}

// quoteDirection decides which way an ambiguous quotation mark at
// text[start:end] faces, from the spacing around it.
func quoteDirection(text string, start, end int, spaceBefore bool, k Kind) Kind {
	after := end < len(text)
	var next rune
	if after {
		next, _ = decode(text, end)
	}
	spaceAfter := !after || isSpaceRune(next) || isPunctRune(next)
	switch {
	case (spaceBefore || precededByOpener(text, start)) && !spaceAfter:
		return OpenQuote
	case !spaceBefore && spaceAfter:
		return CloseQuote
	}
	return k
}

func precededByOpener(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	switch r {
	case '(', '[', '{', '\u2014', '\u2013':
		return true
	}
	k, ok := quoteKind(r)
	return ok && k == OpenQuote
}

// scanWord scans a word or number starting at i and returns its end, its
// kind and whether it holds an inner apostrophe.
func scanWord(text string, i int) (int, Kind, bool) {
	n := len(text)
	start := i
	digits, letters := 0, 0
	apos := false
	for i < n {
		var r rune
		var w int
		if c := text[i]; c < utf8.RuneSelf {
			if cl := asciiClass[c]; cl&clWord != 0 {
				if cl&clDigit != 0 {
					digits++
				} else {
					letters++
				}
				i++
				continue
			}
			r, w = rune(c), 1
		} else {
			r, w = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if isDigit(r) {
					digits++
				} else {
					letters++
				}
				i += w
				continue
			}
		}
		if i+w >= n {
			break
		}
		r2, _ := decode(text, i+w)
		// Inner connectors keep a word whole when a word rune follows:
		// "build-up", "O’Brien", "U.S", "4,000", "3.5", "10:30".
		switch {
		case isHyphen(r) || r == '_' || r == '&' && letters > 0 && isUpper(r2):
			if isWordRune(r2) {
				i += w
				continue
			}
		case isApostrophe(r):
			if isWordRune(r2) && !isDigit(r2) {
				i += w
				apos = true
				continue
			}
		case r == '.':
			if isWordRune(r2) && (digits > 0 && letters == 0 && isDigit(r2) || letters > 0 && !isDigit(r2) && dottedSoFar(text[start:i])) {
				i += w
				continue
			}
		case r == ',' || r == ':':
			if digits > 0 && letters == 0 && isDigit(r2) {
				i += w
				continue
			}
		}
		break
	}
	// An abbreviation keeps its final period: "U.S.", "Gen.", "a.m.", "J."
	if i < n && text[i] == '.' && isAbbreviation(text[start:i]) {
		i++
		// "U.S.-backed" goes on as one word.
		if i+1 < n && isHyphen(rune(text[i])) && isWordRune(rune(text[i+1])) {
			end, _, a := scanWord(text, i+1) // "U.S.-backed" goes on
			return end, Word, apos || a
		}
	}
	if letters == 0 && digits > 0 {
		return i, Number, apos
	}
	return i, Word, apos
}

// dottedSoFar reports whether s looks like the start of a dotted
// abbreviation: single letters separated by periods ("U", "U.S", "e.g").
func dottedSoFar(s string) bool {
	if rest, ok := partyPrefix(s); ok {
		s = rest // "R-S.C", a party and state: (R-S.C.)
	}
	for part := range strings.SplitSeq(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// clitic returns the length of a clitic at the end of word, or 0.
func clitic(word string) int {
	n := len(word)
	if n < 3 {
		return 0
	}
	// n't
	if n > 3 && (word[n-1] == 't' || word[n-1] == 'T') {
		if a := apostropheBefore(word, n-1); a > 0 && a >= 2 && (word[a-1] == 'n' || word[a-1] == 'N') && a-1 > 0 {
			return n - (a - 1)
		}
	}
	for _, suf := range [...]string{"s", "ll", "re", "ve", "d", "m"} {
		if len(suf) >= n {
			continue
		}
		if !strings.EqualFold(word[n-len(suf):], suf) {
			continue
		}
		if a := apostropheBefore(word, n-len(suf)); a > 0 {
			return n - a
		}
	}
	return 0
}

// apostropheBefore returns the index of an apostrophe that ends at i in
// word, or -1.
func apostropheBefore(word string, i int) int {
	if i >= 1 && word[i-1] == '\'' {
		return i - 1
	}
	if i >= 3 && word[i-3:i] == "\u2019" {
		return i - 3
	}
	if i >= 2 && word[i-2:i] == "\u02bc" {
		return i - 2
	}
	return -1
}

// appendToken appends the token at text[start:end]. It builds the token
// in its slot: a Token returned by value and then copied in costs more
// than the rest of the token's making.
func appendToken(toks []Token, text string, start, end int, kind Kind, space bool, ar *arena) []Token {
	s := text[start:end]
	norm := normalize(s, kind, ar)
	return append(toks, Token{Span: Span{start, end}, Text: s, Norm: norm, Kind: kind, Space: space})
}

// An arena holds the normalized forms of a document's tokens in a few
// large chunks rather than one allocation per capitalized word. A chunk is
// never grown in place, so strings made from it stay valid.
type arena struct{ buf []byte }

// alloc returns n bytes of the arena.
func (a *arena) alloc(n int) []byte {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, max(n, 4096))
	}
	start := len(a.buf)
	a.buf = a.buf[:start+n]
	return a.buf[start : start+n : start+n]
}

// normalize returns the comparison form of a token: lowercase, apostrophes
// folded to "'", and "n't" as "not". It allocates only when the form differs,
// and then from ar.
func normalize(s string, kind Kind, ar *arena) string {
	if kind != Word {
		return s
	}
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		if s == "n't" {
			return "not"
		}
		return s
	}
	// Lowercasing can lengthen a rune's encoding (U+023A → U+2C65), so
	// size the result first.
	n := 0
	for _, r := range s {
		switch {
		case r == '\u2019' || r == '\u02bc' || r == '\u2018' || r < utf8.RuneSelf:
			n++
		default:
			n += utf8.RuneLen(unicode.ToLower(r))
		}
	}
	b := ar.alloc(n)[:0]
	for _, r := range s {
		switch {
		case r == '\u2019' || r == '\u02bc' || r == '\u2018':
			b = append(b, '\'')
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	if len(b) == 0 {
		return ""
	}
	out := unsafe.String(&b[0], len(b))
	if out == "n't" {
		return "not"
	}
	return out
}
