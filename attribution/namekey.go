package attribution

import "strings"

// NameKey returns the form in which the names of sources are compared
// across documents, so that "Mr. Trump", "President Donald J. Trump" and
// "Trump's" are one source and "the Pentagon" and "Pentagon" another: the
// name in lowercase with its quotation marks and spaces folded, without a
// possessive ending, a leading "the", titles and honorifics before it
// ("Sen.", "Mrs.", "President", "Rival", by the classes titleWords,
// maleTitles, femaleTitles and roleNouns), a description before the
// capitalized words that end it ("Republican presidential nominee Donald
// Trump") and middle initials. A name that is only a title stays
// as it is ("the president").
//
// NameKey does not decide that "Trump" and "Donald Trump" are one person:
// within a document resolution does (Source.Resolved), and across
// documents a caller that groups names can join a one-word key to the one
// longer key that ends with it.
func NameKey(name string) string {
	name = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u00a0", " ").Replace(name)
	words := strings.Fields(name)
	// A name at the end of a description is the source: "Republican
	// presidential nominee Donald Trump" is Donald Trump.
	if run := trailingCapitalized(words); run > 0 && run < len(words) && len(words)-run >= 2 {
		words = words[run:]
	}
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	if n := len(words); n > 0 {
		last := words[n-1]
		switch {
		case strings.HasSuffix(last, "'s"):
			words[n-1] = strings.TrimSuffix(last, "'s")
		case strings.HasSuffix(last, "s'"):
			words[n-1] = strings.TrimSuffix(last, "'")
		}
		if words[n-1] == "" {
			words = words[:n-1]
		}
	}
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	i := 0
	if n := len(words); n > 0 && !orgWords.has(words[n-1]) && !firmWords.has(words[n-1]) {
		// a person's titles, not the words of an organization's name
		// ("Republican National Committee")
		for i < len(words)-1 && isTitle(words[i]) {
			i++
		}
	}
	kept := words[:0]
	for j, w := range words[i:] {
		if j > 0 && j < len(words[i:])-1 && len(w) == 2 && w[1] == '.' {
			continue // a middle initial: "Donald J. Trump"
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// trailingCapitalized returns where the run of capitalized words that
// ends words begins (a middle initial such as "J." counts as one), or
// len(words) when the last word is not capitalized.
func trailingCapitalized(words []string) int {
	i := len(words)
	for i > 0 {
		w := words[i-1]
		r := w[0]
		if r < 'A' || r > 'Z' {
			break
		}
		i--
	}
	return i
}

// isTitle reports whether a lowercase word is a title, honorific or role
// that stands before a name.
func isTitle(w string) bool {
	for _, s := range []wordSet{titleWords, maleTitles, femaleTitles, roleNouns} {
		if s.has(w) || s.has(strings.TrimSuffix(w, ".")) {
			return true
		}
	}
	return false
}
