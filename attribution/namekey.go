package attribution

import "strings"

// NameKey returns the form in which the names of sources are compared
// across documents, so that "Mr. Trump", "President Donald J. Trump" and
// "Trump's" are one source and "the Pentagon" and "Pentagon" another: the
// name in lowercase with its quotation marks and spaces folded, without a
// possessive ending, a leading "the", titles and honorifics before it
// ("Sen.", "Mrs.", "President", by the classes titleWords, maleTitles and
// femaleTitles) and middle initials. A name that is only a title stays
// as it is ("the president").
//
// NameKey does not decide that "Trump" and "Donald Trump" are one person:
// within a document resolution does (Source.Resolved), and across
// documents a caller that groups names can join a one-word key to the one
// longer key that ends with it.
func NameKey(name string) string {
	name = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u00a0", " ").Replace(name)
	words := strings.Fields(strings.ToLower(name))
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
	for i < len(words)-1 && isTitle(words[i]) {
		i++
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

// isTitle reports whether a lowercase word is a title or honorific that
// stands before a name.
func isTitle(w string) bool {
	for _, s := range []wordSet{titleWords, maleTitles, femaleTitles} {
		if s.has(w) || s.has(strings.TrimSuffix(w, ".")) {
			return true
		}
	}
	return false
}
