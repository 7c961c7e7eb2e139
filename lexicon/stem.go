package lexicon

import (
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// stem returns english.Stem(w, false) of github.com/kljensen/snowball.
// Words of ASCII bytes, nearly all words of English news, are stemmed by
// stemASCII, the same steps on bytes: the library works on a []rune and
// converts every suffix it tests to one, some 0.6µs a word, which a
// process pays for every distinct word it meets. Other words go to the
// library. TestStemASCII holds the two to the same results.
func stem(w string) string {
	if s, ok := stemASCII(w); ok {
		return s
	}
	return english.Stem(w, false)
}

// maxStemASCII is the longest word stemASCII takes, for its buffer.
const maxStemASCII = 64

// stemASCII is english.Stem(w, false) for a word of at most maxStemASCII
// ASCII bytes, none an upper-case letter or white space (which Stem
// would lower or trim first); it reports false for any other word. Each
// step below is the library's step of the same name, on bytes, and keeps
// its order of tests, its quirks included.
func stemASCII(word string) (string, bool) {
	if len(word) > maxStemASCII {
		return "", false
	}
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z':
			return "", false
		case c == ' ', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return "", false
		}
	}
	if len(word) <= 2 || english.IsStopWord(word) {
		return word, true
	}
	if s := specialStem(word); s != "" {
		return s, true
	}
	var w stemWord
	w.n = copy(w.b[:], word)
	w.r1, w.r2 = w.n, w.n
	w.preprocess()
	w.step0()
	w.step1a()
	w.step1b()
	w.step1c()
	w.step2()
	w.step3()
	w.step4()
	w.step5()
	rs := w.b[:w.n]
	for i, c := range rs { // postprocess: uncapitalize the Ys
		if c == 'Y' {
			rs[i] = 'y'
		}
	}
	if string(rs) == word {
		return word, true
	}
	return string(rs), true
}

// stemWord is snowballword.SnowballWord on bytes: the word, b[:n], and
// the starts of its regions R1 and R2. The word is held in an array,
// one byte longer than the longest word for step 1b's "e", and changed
// in place, so that stemming allocates nothing but its result.
type stemWord struct {
	b      [maxStemASCII + 1]byte
	n      int
	r1, r2 int
}

// suffix returns the first of suffixes that w ends with, or "".
func (w *stemWord) suffix(suffixes ...string) string {
	for _, s := range suffixes {
		if len(s) <= w.n && string(w.b[w.n-len(s):w.n]) == s {
			return s
		}
	}
	return ""
}

// clamp is resetR1R2: the regions start at most at the word's end.
func (w *stemWord) clamp() {
	w.r1, w.r2 = min(w.r1, w.n), min(w.r2, w.n)
}

func (w *stemWord) removeLast(n int) {
	w.n -= n
	w.clamp()
}

// replace replaces the last n bytes with repl.
func (w *stemWord) replace(n int, repl string) {
	w.n -= n
	w.n += copy(w.b[w.n:], repl)
	w.clamp()
}

func isLowerVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// vnvSuffix is romance.VnvSuffix with isLowerVowel.
func (w *stemWord) vnvSuffix(start int) int {
	for j := start + 1; j < w.n; j++ {
		if isLowerVowelByte(w.b[j-1]) && !isLowerVowelByte(w.b[j]) {
			return j + 1
		}
	}
	return w.n
}

func (w *stemWord) preprocess() {
	// normalizeApostrophes has nothing to do on ASCII. trimLeftApostrophes,
	// which leaves one of a word of apostrophes alone:
	k := 0
	for i, c := range w.b[:w.n] {
		k = i
		if c != '\'' {
			break
		}
	}
	if k > 0 {
		w.n = copy(w.b[:], w.b[k:w.n])
	}
	// capitalizeYs
	rs := w.b[:w.n]
	for i, c := range rs {
		if c == 'y' && (i == 0 || isLowerVowelByte(rs[i-1])) {
			rs[i] = 'Y'
		}
	}
	// r1r2
	switch {
	case hasPrefix(rs, "gener"):
		w.r1 = len("gener")
	case hasPrefix(rs, "commun"):
		w.r1 = len("commun")
	case hasPrefix(rs, "arsen"):
		w.r1 = len("arsen")
	default:
		w.r1 = w.vnvSuffix(0)
	}
	w.r2 = w.vnvSuffix(w.r1)
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

func (w *stemWord) step0() {
	if s := w.suffix("'s'", "'s", "'"); s != "" {
		w.removeLast(len(s))
	}
}

func (w *stemWord) step1a() {
	switch s := w.suffix("sses", "ied", "ies", "us", "ss", "s"); s {
	case "sses":
		w.replace(len(s), "ss")
	case "ies", "ied":
		if w.n > 4 {
			w.replace(len(s), "i")
		} else {
			w.replace(len(s), "ie")
		}
	case "s":
		for i := 0; i < w.n-2; i++ {
			if isLowerVowelByte(w.b[i]) {
				w.removeLast(1)
				return
			}
		}
	}
}

// shortSyllableAt is endsShortSyllable: whether w.b[:i] ends in a short
// syllable.
func (w *stemWord) shortSyllableAt(i int) bool {
	switch {
	case i == 2:
		return isLowerVowelByte(w.b[0]) && !isLowerVowelByte(w.b[1])
	case i >= 3:
		s1, s2, s3 := w.b[i-1], w.b[i-2], w.b[i-3]
		return !isLowerVowelByte(s1) && s1 != 'w' && s1 != 'x' && s1 != 'Y' && isLowerVowelByte(s2) && !isLowerVowelByte(s3)
	}
	return false
}

func (w *stemWord) step1b() {
	s := w.suffix("eedly", "ingly", "edly", "ing", "eed", "ed")
	switch s {
	case "eed", "eedly":
		if len(s) <= w.n-w.r1 {
			w.replace(len(s), "ee")
		}
	case "ed", "edly", "ing", "ingly":
		vowel := false
		for i := 0; i < w.n-len(s); i++ {
			if isLowerVowelByte(w.b[i]) {
				vowel = true
				break
			}
		}
		if !vowel {
			return
		}
		r1, r2 := w.r1, w.r2
		w.removeLast(len(s))
		switch t := w.suffix("at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"); t {
		case "":
			if w.r1 >= w.n && w.shortSyllableAt(w.n) { // isShortWord
				w.b[w.n] = 'e'
				w.n++
				w.r1, w.r2 = w.n, w.n
				return
			}
		case "at", "bl", "iz":
			w.replace(len(t), t+"e")
		default:
			w.removeLast(1)
		}
		w.r1, w.r2 = min(r1, w.n), min(r2, w.n)
	}
}

func (w *stemWord) step1c() {
	n := w.n
	if n > 2 && (w.b[n-1] == 'y' || w.b[n-1] == 'Y') && !isLowerVowelByte(w.b[n-2]) {
		w.b[n-1] = 'i'
	}
}

func (w *stemWord) step2() {
	s := w.suffix(
		"ational", "fulness", "iveness", "ization", "ousness",
		"biliti", "lessli", "tional", "alism", "aliti", "ation",
		"entli", "fulli", "iviti", "ousli", "anci", "abli",
		"alli", "ator", "enci", "izer", "bli", "ogi", "li",
	)
	if s == "" || len(s) > w.n-w.r1 {
		return
	}
	n := w.n
	var repl string
	switch s {
	case "li":
		if n >= 3 {
			switch w.b[n-3] {
			case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
				w.removeLast(len(s))
			}
		}
		return
	case "ogi":
		if n >= 4 && w.b[n-4] == 'l' {
			w.replace(len(s), "og")
		}
		return
	case "tional":
		repl = "tion"
	case "enci":
		repl = "ence"
	case "anci":
		repl = "ance"
	case "abli":
		repl = "able"
	case "entli":
		repl = "ent"
	case "izer", "ization":
		repl = "ize"
	case "ational", "ation", "ator":
		repl = "ate"
	case "alism", "aliti", "alli":
		repl = "al"
	case "fulness":
		repl = "ful"
	case "ousli", "ousness":
		repl = "ous"
	case "iveness", "iviti":
		repl = "ive"
	case "biliti", "bli":
		repl = "ble"
	case "fulli":
		repl = "ful"
	case "lessli":
		repl = "less"
	}
	w.replace(len(s), repl)
}

func (w *stemWord) step3() {
	s := w.suffix(
		"ational", "tional", "alize", "icate", "ative",
		"iciti", "ical", "ful", "ness",
	)
	if s == "" || len(s) > w.n-w.r1 {
		return
	}
	var repl string
	switch s {
	case "ative":
		if w.n-w.r2 >= 5 {
			w.removeLast(len(s))
		}
		return
	case "ational":
		repl = "ate"
	case "tional":
		repl = "tion"
	case "alize":
		repl = "al"
	case "icate", "iciti", "ical":
		repl = "ic"
	}
	w.replace(len(s), repl)
}

func (w *stemWord) step4() {
	s := w.suffix(
		"ement", "ance", "ence", "able", "ible", "ment",
		"ent", "ant", "ism", "ate", "iti", "ous", "ive",
		"ize", "ion", "al", "er", "ic",
	)
	if len(s) > w.n-w.r2 || s == "" {
		return
	}
	if s == "ion" {
		if n := w.n; n >= 4 && (w.b[n-4] == 's' || w.b[n-4] == 't') {
			w.removeLast(len(s))
		}
		return
	}
	w.removeLast(len(s))
}

func (w *stemWord) step5() {
	lri := w.n - 1
	if w.r1 > lri {
		return
	}
	switch {
	case w.b[lri] == 'e':
		if w.r2 <= lri || !w.shortSyllableAt(lri) {
			w.replace(1, "")
		}
	case w.r2 <= lri && w.b[lri] == 'l' && lri-1 >= 0 && w.b[lri-1] == 'l':
		w.replace(1, "")
	}
}

// specialStem is the library's stemSpecialWord: the stems of words the
// steps would get wrong, or "".
func specialStem(word string) string {
	switch word {
	case "skis":
		return "ski"
	case "skies":
		return "sky"
	case "dying":
		return "die"
	case "lying":
		return "lie"
	case "tying":
		return "tie"
	case "idly":
		return "idl"
	case "gently":
		return "gentl"
	case "ugly":
		return "ugli"
	case "early":
		return "earli"
	case "only":
		return "onli"
	case "singly":
		return "singl"
	case "sky", "news", "howe", "atlas", "cosmos", "bias", "andes":
		return word
	case "inning", "innings":
		return "inning"
	case "outing", "outings":
		return "outing"
	case "canning", "cannings":
		return "canning"
	case "herring", "herrings":
		return "herring"
	case "earring", "earrings":
		return "earring"
	case "proceed", "proceeds", "proceeded", "proceeding":
		return "proceed"
	case "exceed", "exceeds", "exceeded", "exceeding":
		return "exceed"
	case "succeed", "succeeds", "succeeded", "succeeding":
		return "succeed"
	}
	return ""
}
