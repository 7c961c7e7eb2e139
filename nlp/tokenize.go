package nlp

import (
	"slices"
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
	// zero-width space, byte order mark and the directional marks,
	// embeddings, overrides and isolates, which text pasted from social
	// media carries before a quotation mark: none is part of a word, and
	// the mark after one opens a quotation as it would after a space
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u200e' || r == '\u200f' ||
		'\u202a' <= r && r <= '\u202e' || '\u2066' <= r && r <= '\u2069'
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// Byte classes: one table lookup answers isSpaceRune, isWordRune and
// isDigit for a byte below utf8.RuneSelf. Bytes from utf8.RuneSelf up have
// no class, so a scanner's fast path falls through to decoding them.
const (
	clSpace uint8 = 1 << iota
	clWord
	clDigit
	clLetter // 'A'–'Z', 'a'–'z'
	clUpper  // 'A'–'Z': a word's Norm differs from its Text
)

var byteClass = func() (t [256]uint8) {
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
		if 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' {
			t[c] |= clLetter
		}
		if 'A' <= r && r <= 'Z' {
			t[c] |= clUpper
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
// line breaks between token i-1 and token i (capped at 2), and ends the
// indexes of the tokens after which segment may end a sentence.
func tokenize(text string, toks []Token, nl []uint8, ends []int32) ([]Token, []uint8, []int32) {
	z := tokenizer{text: text, toks: toks, nl: nl, ends: ends, space: true}
	i, n := 0, len(text)
	for i < n {
		c := text[i]
		if cl := byteClass[c]; cl&clSpace != 0 {
			if c == '\n' || (c == '\r' && (i+1 >= n || text[i+1] != '\n')) {
				z.newline()
			}
			z.space = true
			i++
			continue
		} else if cl&clWord != 0 {
			// Most words are ASCII letters or digits up to a space: no
			// connector, clitic or abbreviation to consider.
			start, seen := i, cl
			for i++; i < n; i++ {
				cl := byteClass[text[i]]
				if cl&clWord == 0 {
					break
				}
				seen |= cl
			}
			if i == n || byteClass[text[i]]&clSpace != 0 {
				kind, fl := Word, wordFlags(0)
				if seen&clLetter == 0 {
					kind = Number
				}
				if seen&clUpper != 0 {
					fl = wUpper
				}
				z.token(start, i, kind, fl)
				continue
			}
			var kind Kind
			var fl wordFlags
			i, kind, fl = scanWord(text, start, i, seen)
			z.word(start, i, kind, fl)
			continue
		}
		r, w := decode(text, i)
		if c >= utf8.RuneSelf && isSpaceRune(r) {
			if r == 0x2028 || r == 0x2029 {
				z.newline()
			}
			z.space = true
			i += w
			continue
		}
		start := i
		var kind Kind
		var fl wordFlags
		switch {
		case isWordRune(r):
			i, kind, fl = scanWord(text, i, i, 0)
		default:
			if k, ok := quoteKind(r); ok {
				kind = k
				i += w
				if k == Quote || r == '\u2019' || r == '\u201c' || r == '\u201d' {
					// A curly double quote turned the wrong way (“It's
					// unusual,“ said …) faces the way its spacing says
					// when that is clear.
					kind = quoteDirection(text, start, i, z.space, k)
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
		z.word(start, i, kind, fl)
	}
	return z.toks, z.nl, z.ends
}

// A tokenizer holds what tokenize builds, and what it has seen since the
// last token.
type tokenizer struct {
	text   string
	toks   []Token
	nl     []uint8
	ends   []int32
	ar     arena
	space  bool  // whitespace (or the start of the text) since the last token
	breaks uint8 // line breaks since the last token, capped at 2
}

func (z *tokenizer) newline() {
	if z.breaks < 2 {
		z.breaks++
	}
}

// wordFlags describe a word scanWord found.
type wordFlags uint8

const (
	wApos  wordFlags = 1 << iota // an inner apostrophe, so maybe a clitic
	wUpper                       // ASCII upper case: Norm may differ from Text
	wHigh                        // non-ASCII: Norm may differ from Text
)

// word appends the token text[start:end], first splitting a clitic off
// the end of a word with an inner apostrophe: "won’t" → "wo" "n’t",
// "Venezuela’s" → "Venezuela" "’s".
func (z *tokenizer) word(start, end int, kind Kind, fl wordFlags) {
	if fl&wApos != 0 && kind == Word {
		if c := clitic(z.text[start:end]); c > 0 {
			z.token(start, end-c, Word, fl)
			start = end - c
		}
	}
	z.token(start, end, kind, fl)
}

// token appends the token at text[start:end] and its line-break count. It
// fills the token's slot field by field: a Token built whole and then
// copied in costs more than the rest of the token's making.
func (z *tokenizer) token(start, end int, kind Kind, fl wordFlags) {
	s := z.text[start:end]
	norm := s
	if kind == Word {
		if fl&wHigh != 0 {
			norm = normalize(s, &z.ar, len(z.text)-end)
		} else if fl&wUpper != 0 {
			norm = lowerASCII(s, &z.ar, len(z.text)-end)
		} else if s == "n't" {
			norm = "not"
		}
	}
	if len(z.toks) == cap(z.toks) {
		z.toks = slices.Grow(z.toks, 1)
	}
	z.toks = z.toks[:len(z.toks)+1]
	t := &z.toks[len(z.toks)-1]
	t.Start, t.End = start, end
	t.Text, t.Norm = s, norm
	t.Kind, t.Space = kind, z.space
	if t.Tag != "" { // a slot reused from a tagged document
		t.Tag = ""
	}
	z.nl = append(z.nl, z.breaks)
	// A sentence can end before a line break, or after a terminal mark
	// or an abbreviation.
	if n := int32(len(z.toks) - 1); z.breaks > 0 && n > 0 && (len(z.ends) == 0 || z.ends[len(z.ends)-1] != n-1) {
		z.ends = append(z.ends, n-1)
	}
	if canEnd(kind, s) {
		z.ends = append(z.ends, int32(len(z.toks)-1))
	}
	z.space, z.breaks = false, 0
}

// quoteDirection decides which way a quotation mark at text[start:end]
// faces, from the spacing around it; k, the way its glyph faces, stands
// when the spacing is unclear.
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

// scanWord scans a word or number starting at start and returns its end,
// its kind and what the tokenizer needs to know of it (see wordFlags).
// The caller may have scanned text[start:i] already, ASCII letters and
// digits only, whose byte classes are seen.
func scanWord(text string, start, i int, seen uint8) (int, Kind, wordFlags) {
	n := len(text)
	// seen holds the classes met: clLetter and clDigit say letters > 0, digits > 0
	var fl wordFlags
	for i < n {
		// ASCII letters and digits, the bulk of the bytes, in a loop of
		// their own that keeps i and seen in registers.
		for i < n {
			cl := byteClass[text[i]]
			if cl&clWord == 0 {
				break
			}
			seen |= cl
			i++
		}
		if i >= n {
			break
		}
		c := text[i]
		if byteClass[c]&clSpace != 0 {
			break // no connector is a space
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				seen |= clLetter // only ASCII digits count as digits
				fl |= wHigh
				i += w
				continue
			}
		}
		if i+w >= n {
			break
		}
		r2, _ := decode(text, i+w)
		letters, digits := seen&clLetter != 0, seen&clDigit != 0
		// Inner connectors keep a word whole when a word rune follows:
		// "build-up", "O’Brien", "U.S", "4,000", "3.5", "10:30".
		switch {
		case isHyphen(r) || r == '_' || r == '&' && letters && isUpper(r2):
			if isWordRune(r2) {
				i += w
				if w > 1 {
					fl |= wHigh
				}
				continue
			}
		case isApostrophe(r):
			if isWordRune(r2) && !isDigit(r2) {
				i += w
				fl |= wApos
				if w > 1 {
					fl |= wHigh
				}
				continue
			}
		case r == '.':
			if isWordRune(r2) && (digits && !letters && isDigit(r2) || letters && !isDigit(r2) && dottedSoFar(text[start:i])) {
				i += w
				continue
			}
		case r == ',' || r == ':':
			if digits && !letters && isDigit(r2) {
				i += w
				continue
			}
		}
		break
	}
	if seen&clUpper != 0 {
		fl |= wUpper
	}
	// An abbreviation keeps its final period: "U.S.", "Gen.", "a.m.", "J."
	if i < n && text[i] == '.' && isAbbreviation(text[start:i]) && !plainWordEnd(text, start, i) {
		i++
		// "U.S.-backed" goes on as one word.
		if i+1 < n && isHyphen(rune(text[i])) && isWordRune(rune(text[i+1])) {
			end, _, f := scanWord(text, i+1, i+1, 0) // "U.S.-backed" goes on
			return end, Word, fl | f
		}
	}
	if seen&clLetter == 0 && seen&clDigit != 0 {
		return i, Number, fl
	}
	return i, Word, fl
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

// An arena holds the normalized forms of a document's tokens in a few
// chunks rather than one allocation per capitalized word. A chunk is never
// grown in place, so strings made from it stay valid.
type arena struct{ buf []byte }

// alloc returns n bytes of the arena. rest, the length of the text still
// to tokenize, sizes a new chunk: about a fifth of news text is words that
// need a normalized form, and a short text should not cost a full chunk.
// Chunks at least double, so that text in capitals takes few of them.
func (a *arena) alloc(n, rest int) []byte {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, max(n, min(4096, max(n+rest/4+16, 2*cap(a.buf)))))
	}
	start := len(a.buf)
	a.buf = a.buf[:start+n]
	return a.buf[start : start+n : start+n]
}

// string returns bytes that alloc gave out, filled and never to be written
// again, as a string without copying them.
func (a *arena) string(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// lowerASCII is normalize for an ASCII word.
func lowerASCII(s string, ar *arena, rest int) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) { // a clitic split off a capitalized word: "'s"
		if s == "n't" {
			return "not"
		}
		return s
	}
	b := ar.alloc(len(s), rest)
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	out := ar.string(b)
	if out == "n't" {
		return "not"
	}
	return out
}

// normalize returns the comparison form of a word: lowercase, apostrophes
// folded to "'", and "n't" as "not". It allocates only when the form
// differs, and then from ar; rest is as for arena.alloc.
func normalize(s string, ar *arena, rest int) string {
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
	b := ar.alloc(n, rest)[:0]
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
	out := ar.string(b)
	if out == "n't" {
		return "not"
	}
	return out
}
