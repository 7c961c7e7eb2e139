package attribution

import "strings"

// A wordForm is the inflection or derivation of a token relative to the
// lexicon term it matched.
type wordForm uint8

const (
	formBase  wordForm = iota // the term itself: "claim"
	formS                     // third person or plural: "claims"
	formEd                    // past tense or participle, regular or not: "claimed", "said", "shown"
	formIng                   // present participle or gerund: "claiming"
	formNoun                  // a derived noun: "allegation", "criticism", "findings"
	formOther                 // another derivation, not a cue: "critics", "reporters", "supportive"
)

// inflection classifies norm, a token that matched the lexicon word base
// through its stem. Regular inflections are recognized by their spelling;
// a form that is neither a regular inflection nor a derivation is taken as
// an irregular verb form ("said", "told", "thought"), since irregular.tsv is
// what made it match.
func inflection(norm, base string) wordForm {
	if norm == base {
		// an inflected form listed as a term of its own ("added")
		switch {
		case len(base) > 5 && strings.HasSuffix(base, "ing"):
			return formIng
		case len(base) > 4 && strings.HasSuffix(base, "ed"):
			return formEd
		}
		return formBase
	}
	n, b := len(norm), len(base)
	if b == 0 {
		return formOther
	}
	last := base[b-1]
	y := last == 'y' && b > 1 && !isVowel(base[b-2]) // claim-ies, deny-ied
	// e is the length of the stem without a final e
	e := b
	if last == 'e' {
		e = b - 1
	}
	// Every stem tried is a prefix of base: norm starts with one exactly
	// when the bytes norm and base share reach its length.
	p := 0
	for p < n && p < b && norm[p] == base[p] {
		p++
	}
	cat := func(k int, suf string) bool { // base[:k] + suf
		return n == k+len(suf) && p >= k && strings.HasSuffix(norm, suf)
	}
	doubled := func(suf string) bool { // admit-ted, plan-ning
		return n == b+1+len(suf) && p >= b && norm[b] == last && strings.HasSuffix(norm, suf)
	}
	switch {
	case cat(b, "s") || cat(b, "es") || y && cat(b-1, "ies"):
		return formS
	case cat(b, "ed") || cat(e, "ed") || y && cat(b-1, "ied") || doubled("ed") ||
		cat(b, "n") || cat(b, "en") || cat(e, "en"):
		return formEd
	case cat(b, "ing") || cat(e, "ing") || doubled("ing") ||
		b > 2 && strings.HasSuffix(base, "ie") && cat(b-2, "ying"):
		return formIng
	}
	if strings.HasSuffix(norm, "ing") {
		return formIng // of a base that stems alike: "referring" for "reference"
	}
	w := strings.TrimSuffix(norm, "s")
	if strings.HasSuffix(w, "ing") && n > b {
		return formNoun // findings, warnings
	}
	if strings.HasSuffix(norm, "ies") && n > 4 {
		// the plural of a noun in -y whose verb has another ending,
		// which the stemmer brings together: "apologies" (apologize)
		return formNoun
	}
	if strings.HasSuffix(w, "ical") {
		return formOther
	}
	if w == "" {
		return formEd
	}
	// Irregular forms ("said", "told") end in none of the suffixes: their
	// last letter turns them away before the suffixes are compared.
	end := lastBit(w[len(w)-1])
	if end&nounSuffixEnds != 0 {
		for _, suf := range nounSuffixes {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
				return formNoun
			}
		}
	}
	if end&otherSuffixEnds != 0 {
		for _, suf := range otherSuffixes {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
				return formOther
			}
		}
	}
	return formEd
}

// lastBit is the bit of a word's last byte in a suffixEnds set; bytes
// 64 apart share a bit, which only lets more words through.
func lastBit(c byte) uint64 { return 1 << (c & 63) }

// suffixEnds returns the set of the last bytes of sufs.
func suffixEnds(sufs []string) uint64 {
	var m uint64
	for _, s := range sufs {
		m |= lastBit(s[len(s)-1])
	}
	return m
}

// The last bytes of nounSuffixes and otherSuffixes.
var (
	nounSuffixEnds  = suffixEnds(nounSuffixes[:])
	otherSuffixEnds = suffixEnds(otherSuffixes[:])
)

// nounSuffixes make nouns of verbs: allegation, denial, criticism.
var nounSuffixes = [...]string{"tion", "sion", "ion", "ment", "ance", "ence", "al", "ure", "ism", "ity", "ness", "ery", "y"}

// otherSuffixes make agents, adjectives and adverbs: critic(s),
// supporter(s), assertive, deniable, critical.
var otherSuffixes = [...]string{"er", "or", "ist", "ic", "ive", "able", "ible", "ful", "ous", "ant", "ent", "ee", "ly"}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}
