package lexicon

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"

	"github.com/hearsay-go/hearsay/nlp"
)

// stemSuffixes are endings the stemmer's steps test for, added to words
// so that every step meets words it changes.
var stemSuffixes = []string{
	"", "s", "es", "ed", "ing", "ly", "edly", "ingly", "eed", "eedly", "ied", "ies", "sses", "ss", "us",
	"'s", "'s'", "'", "y", "ness", "ful", "fulness", "ation", "ational", "tional", "ator", "ize", "izer",
	"ization", "alism", "aliti", "alli", "enci", "anci", "abli", "entli", "fulli", "iviti", "ousli",
	"lessli", "biliti", "bli", "ogi", "li", "alize", "icate", "ative", "iciti", "ical", "ement", "ment",
	"ence", "ance", "able", "ible", "ent", "ant", "ism", "ate", "iti", "ous", "ive", "ion", "sion",
	"tion", "al", "er", "ic", "e", "le", "ll", "at", "bl", "iz", "bb", "tt", "yed", "ying",
}

// TestStemASCII checks stem against the library it stands in for: on the
// words of the lexicon's files and the test articles (and PolNeAR's
// articles, when they are found beside the repository), each with the
// endings the steps test for and with an apostrophe before it, and on
// random strings of the letters that matter to the steps.
func TestStemASCII(t *testing.T) {
	n := 0
	check := func(word string) {
		if got, want := stem(word), english.Stem(word, false); got != want {
			t.Errorf("stem(%q) = %q, want %q", word, got, want)
		}
		n++
	}
	// The words of the lexicon and of the test articles, with every
	// ending; those of PolNeAR's articles as they are.
	words, news := map[string]bool{}, map[string]bool{}
	add := func(pattern string, into map[string]bool) {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, tok := range nlp.Parse(string(b)).Tokens {
				into[tok.Norm] = true
			}
		}
	}
	add("data/en/*.tsv", words)
	add("../testdata/*.txt", words)
	add("../../shared/eval/polnear-dev/text/*.txt", news)
	add("../../shared/eval/polnear-train/text/*.txt", news)
	for k, f := range forms() {
		words[k], words[f] = true, true
	}
	for w := range words {
		for _, suf := range stemSuffixes {
			check(w + suf)
		}
		check("'" + w)
	}
	for w := range news {
		check(w)
	}
	r := rand.New(rand.NewPCG(1, 2))
	const letters = "aeiouybcdglmnrstwxz'-0"
	for range 30000 {
		b := make([]byte, 1+r.IntN(12))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		check(string(b))
		check("''" + string(b) + stemSuffixes[r.IntN(len(stemSuffixes))])
	}
	for _, word := range []string{"", "'", "''", "'''", "y", "yy", "yyy", "Y", "ÉTÉ", "naïve", "Running", " running", "running\t"} {
		if got, want := stem(word), english.Stem(word, false); got != want {
			t.Errorf("stem(%q) = %q, want %q", word, got, want)
		}
	}
	t.Logf("%d words", n)
}

// FuzzStemASCII holds stem to the library on any input.
func FuzzStemASCII(f *testing.F) {
	for _, s := range []string{"running", "generously", "communities", "'s", "skies", "agreed", "hopping", "happily", "news", "ÉTÉ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		if got, want := stem(word), english.Stem(word, false); got != want {
			t.Errorf("stem(%q) = %q, want %q", word, got, want)
		}
		if strings.ToLower(word) == word {
			if got, want := stem(word+"ing"), english.Stem(word+"ing", false); got != want {
				t.Errorf("stem(%q) = %q, want %q", word+"ing", got, want)
			}
		}
	})
}

// BenchmarkStem stems the words of the seed article, as a process meets
// them the first time: stem against the library.
func BenchmarkStem(b *testing.B) {
	var words []string
	for _, tok := range nlp.Parse(seedText(b)).Tokens {
		if tok.Kind == nlp.Word {
			words = append(words, tok.Norm)
		}
	}
	b.Run("stem", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				stem(w)
			}
		}
	})
	b.Run("library", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				english.Stem(w, false)
			}
		}
	})
}
