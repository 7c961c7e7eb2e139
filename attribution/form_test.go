package attribution

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// inflectionSpelledOut is inflection as it was first written, each
// regular form compared in full and each suffix tried in turn: the
// reference for TestInflection.
func inflectionSpelledOut(norm, base string) wordForm {
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
	stemE := base
	if last == 'e' {
		stemE = base[:b-1]
	}
	doubled := func(suf string) bool { // admit-ted, plan-ning
		return n == b+1+len(suf) && strings.HasPrefix(norm, base) && norm[b] == last && strings.HasSuffix(norm, suf)
	}
	switch {
	case catRef(norm, base, "s") || catRef(norm, base, "es") || y && catRef(norm, base[:b-1], "ies"):
		return formS
	case catRef(norm, base, "ed") || catRef(norm, stemE, "ed") || y && catRef(norm, base[:b-1], "ied") || doubled("ed") ||
		catRef(norm, base, "n") || catRef(norm, base, "en") || catRef(norm, stemE, "en"):
		return formEd
	case catRef(norm, base, "ing") || catRef(norm, stemE, "ing") || doubled("ing") ||
		b > 2 && strings.HasSuffix(base, "ie") && catRef(norm, base[:b-2], "ying"):
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
		return formNoun // apologies
	}
	if strings.HasSuffix(w, "ical") {
		return formOther
	}
	for _, suf := range nounSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return formNoun
		}
	}
	for _, suf := range otherSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return formOther
		}
	}
	return formEd
}

func catRef(s, stem, suf string) bool { return s == stem+suf }

// TestInflection checks inflection against its reference for every word
// of the built-in cues with every ending tried, and with every word of the
// seed article.
func TestInflection(t *testing.T) {
	seed, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	var others []string
	for _, tok := range nlp.Parse(string(seed)).Tokens {
		others = append(others, tok.Norm)
	}
	endings := []string{"", "s", "es", "ies", "ed", "d", "ied", "n", "en", "ing", "ying", "tion", "ment", "er", "ly"}
	n := 0
	for _, e := range lexicon.Default().Only(lexicon.Cue).Entries() {
		for _, base := range strings.Fields(e.Term) {
			stems := []string{base, base + base[len(base)-1:]}
			for _, k := range []int{1, 2} {
				if len(base) > k {
					stems = append(stems, base[:len(base)-k])
				}
			}
			norms := others[:len(others):len(others)]
			for _, st := range stems {
				for _, end := range endings {
					norms = append(norms, st+end)
				}
			}
			for _, norm := range norms {
				if got, want := inflection(norm, base), inflectionSpelledOut(norm, base); got != want {
					t.Errorf("inflection(%q, %q) = %d, want %d", norm, base, got, want)
				}
				n++
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d cases", n)
	}
}

// TestAgentNoun checks the suffixes that make a noun a person's role
// before a name, and the words that share them without being one.
func TestAgentNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"capitalist": true, "novelist": true, "journalist": true, "physician": true, "historian": true, "neurosurgeon": true,
		"shortlist": false, "checklist": false, "persist": false, "consist": false, "pigeon": false, "luncheon": false, "assist": false,
	} {
		if got := agentNoun(w); got != want {
			t.Errorf("agentNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
