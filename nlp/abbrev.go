package nlp

import (
	"strings"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/internal/wordset"
)

// titles are abbreviations that precede a name, so a capitalized word after
// them never starts a sentence ("Gen. Smith", "Mr. Trump").
var titles = wordset.Of(
	"mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt",
	"cmdr", "adm", "sgt", "cpl", "pvt", "sen", "rep", "gov", "lt-gov", "pres",
	"supt", "insp", "rev", "fr", "hon", "amb", "atty",
)

// abbreviations end in a period that rarely ends a sentence. A capitalized
// word after them starts a new sentence only when it is a common sentence
// opener (see starters).
var abbreviations = wordset.Of(
	"inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"etc", "vs", "v", "approx", "ave", "blvd", "rd", "hwy", "sr", "jr", "st", "ft",
	"mt", "no", "nos", "vol", "fig", "sec", "ch", "pp",
	// plural titles: "Sens. Ann Ray and Bo Lin". They are common nouns too
	// ("ten reps."), so a sentence opener after them still starts a sentence.
	"sens", "reps", "drs", "govs", "gens", "cols", "sgts", "adms", "profs", "lts",
	// US state abbreviations that are not also common words
	"ala", "ariz", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich",
	"minn", "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "va", "vt", "wis", "wyo",
)

// numberAbbreviations abbreviate only before a number ("No. 5", "vol. 2",
// "fig. 3"); elsewhere the word is a plain word and its period ends a
// sentence ("He said no."). dayAbbreviations ("Sat.", "Wed.") abbreviate
// only when capitalized ("The cat sat.").
var (
	numberAbbreviations = wordset.Of("no", "nos", "vol", "fig", "sec", "ch", "pp")
	dayAbbreviations    = wordset.Of("sat", "sun", "wed", "mar", "mon")
)

// plainWordEnd reports whether the word text[start:i], listed as an
// abbreviation, is a plain word whose period at i ends a sentence: one of
// numberAbbreviations with no number after the period, or one of
// dayAbbreviations in lower case.
func plainWordEnd(text string, start, i int) bool {
	if i-start > 3 {
		return false
	}
	var buf [6]byte
	lw := lowerShort(buf[:0], text[start:i])
	switch {
	case numberAbbreviations.HasBytes(lw):
		j := i + 1
		for j < len(text) && text[j] == ' ' {
			j++
		}
		return j >= len(text) || !isDigit(rune(text[j]))
	case dayAbbreviations.HasBytes(lw):
		return text[start] >= 'a' && text[start] <= 'z'
	}
	return false
}

// starters are words that commonly open a sentence. After an abbreviation
// such as "U.S." a new sentence is assumed only before one of these, so
// "the U.S. Defense Secretary" stays whole while "to the U.S. The next day"
// splits.
var starters = wordset.Of(
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that",
	"these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at",
	"for", "after", "before", "when", "while", "if", "as", "since", "although",
	"though", "however", "meanwhile", "still", "his", "her", "their", "its", "our",
	"my", "some", "many", "most", "no", "not", "what", "who", "why", "how", "where",
	"one", "two", "three", "last", "earlier", "later", "then", "now", "today",
	"yesterday", "also", "both", "each", "every", "all", "such",
)

// isAbbreviation reports whether word, written before a period, forms an
// abbreviation with it: dotted letters ("U.S", "e.g"), a single letter
// (an initial), or a listed title or abbreviation.
func isAbbreviation(word string) bool {
	if word == "" {
		return false
	}
	if rest, ok := partyPrefix(word); ok && strings.IndexByte(rest, '.') < 0 {
		// a party and state in US news: "(D-Ore.)", "(R-Ky.)"
		n := utf8.RuneCountInString(rest)
		return n >= 2 && n <= 5 && isUpper(firstRune(rest))
	}
	if strings.IndexByte(word, '.') > 0 {
		return dottedSoFar(word)
	}
	if utf8.RuneCountInString(word) == 1 {
		r := firstRune(word)
		return isUpper(r) || r >= 'a' && r <= 'z'
	}
	if len(word) > 6 {
		return false
	}
	var buf [6]byte
	lw := lowerShort(buf[:0], word)
	return titles.HasBytes(lw) || abbreviations.HasBytes(lw)
}

// lowerShort appends the lower case of a short word to b, which should have
// room for it: map lookups with string(b) then need no allocation, where
// strings.ToLower allocates for every capitalized word.
func lowerShort(b []byte, word string) []byte {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return append(b[:0], strings.ToLower(word)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// partyPrefix strips the party letter of a US party-and-state designation
// ("R-S.C", "D-Ore"): a capital letter and a hyphen.
func partyPrefix(s string) (string, bool) {
	if len(s) > 2 && s[1] == '-' && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[2] && s[2] <= 'Z' {
		return s[2:], true
	}
	return s, false
}

// isTitle reports whether the abbreviation token (with its period) is a
// title or initial that binds to the following name.
func isTitle(tok string) bool {
	w := strings.TrimSuffix(tok, ".")
	if utf8.RuneCountInString(w) == 1 {
		return isUpper(firstRune(w))
	}
	var buf [8]byte
	return titles.HasBytes(lowerShort(buf[:0], w))
}
