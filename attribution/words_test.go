package attribution

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/internal/lexwords"
	"github.com/hearsay-go/hearsay/internal/wordclass"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordClasses holds the word-class table to the sets it is built
// from, and the gendered pronouns' bit: on every word of the sets, on
// every string of one or two bytes and of three ASCII bytes (which find
// tells apart by their hashes alone), and on the words of the seed
// article.
func TestWordClasses(t *testing.T) {
	want := map[string]uint64{}
	for _, s := range allSets() {
		for w := range s.All() {
			if w != "" {
				want[w] |= s.bit
			}
		}
	}
	for w, g := range pronounGender {
		if genderBit(g) != 0 {
			want[w] |= wcGendered
		}
	}
	check := func(w string) {
		t.Helper()
		if got := wordClasses.of(w); got != want[w] {
			t.Fatalf("of(%q) = %#x, want %#x", w, got, want[w])
		}
	}
	require.NotEmpty(t, want)
	assert.LessOrEqual(t, 2*len(want), len(wordClasses.slots), "at most half full")
	assert.Less(t, len(wordClasses.slots), 4*len(want), "no larger than it takes")
	for w := range want {
		check(w)
		check(w + "s")
		check(w[1:])
	}
	var b [3]byte
	for i := range 256 {
		b[0] = byte(i)
		check(string(b[:1]))
		for j := range 256 {
			b[1] = byte(j)
			check(string(b[:2]))
			if i < 128 && j < 128 {
				for k := range 128 {
					b[2] = byte(k)
					check(string(b[:3]))
				}
			}
		}
	}
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range nlp.Parse(string(text)).Tokens {
		check(tok.Norm)
	}
}

// TestClassTableSize builds tables of many sizes: each is as large as it
// takes to be at most half full, and no larger, and finds every word.
func TestClassTableSize(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 1000, 1024, 1025, 2100, 6000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			union := map[string]uint64{}
			for i := range n {
				union[fmt.Sprintf("w%d", i)] = uint64(i)%55 + 1
			}
			var c classTable
			c.build(union)
			assert.LessOrEqual(t, 2*n, len(c.slots), "at most half full")
			assert.Less(t, len(c.slots), max(4*n, 4), "no larger than it takes")
			for w, bits := range union {
				require.Equal(t, bits, c.of(w), w)
			}
			assert.Zero(t, c.of("x"), "a word not in the table")
		})
	}
}

// TestClassesFile parses the embedded classes.tsv, and checks that it
// lists no word whose class is kept elsewhere: a vague group of the
// lexicon's vague-sources.tsv, a cue that a flag of cues.tsv puts in
// its class, or a word of functionWords, the union of other classes.
func TestClassesFile(t *testing.T) {
	require.True(t, strings.HasPrefix(classesFile, "# classes.tsv — "), "the file starts with comment lines saying what it holds")
	names := make([]string, len(namedSets))
	for i, ns := range namedSets {
		names[i] = ns.name
	}
	words, err := lexicon.ParseWords(strings.NewReader(classesFile), "classes.tsv", append(names, plainNames...))
	require.NoError(t, err)
	assert.Equal(t, words, wordclass.ReadFile(classesFile), "the package reads the file as ParseWords does")
	for _, ns := range namedSets {
		assert.NotZero(t, ns.set.Len(), "class %s has no words", ns.name)
	}
	for _, name := range plainNames {
		assert.NotEmpty(t, words[name], "class %s has no words", name)
		assert.Zero(t, plainClass(name).bit, "class %s has no bit: run.in would never find its words", name)
	}
	assert.Empty(t, words["functionWords"], "functionWords is the union of other classes")
	lex := lexicon.Default()
	for _, w := range words["groupNouns"] {
		e, ok := lex.Lookup(w, lexicon.VagueSource)
		assert.False(t, ok && e.Class == "group", "%s is a vague group of vague-sources.tsv", w)
	}
	for _, class := range []string{"needsOpener", "objectAndClause"} {
		for _, w := range words[class] {
			_, ok := lex.Lookup(w, lexicon.Cue)
			assert.False(t, ok, "%s is a cue of cues.tsv: flag it there rather than list it in %s", w, class)
		}
	}
}

// TestClassesFromLexicon checks that the classes whose words the lexicon
// keeps hold them (the cues with the class's flag, the vague groups), as
// well as those of classes.tsv.
func TestClassesFromLexicon(t *testing.T) {
	tests := []struct {
		name  string
		set   wordSet
		words []string
	}{
		{"opener", needsOpener, []string{"continue", "emerged", "seem"}},
		{"object-clause", objectAndClause, []string{"tell", "warn", "remind"}},
		{"groupNouns", groupNouns, []string{"officials", "critics", "spokesman"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.words {
				assert.True(t, tt.set.has(w), w)
			}
		})
	}
	for _, e := range lexicon.Default().Entries() {
		if e.Category == lexicon.Cue && e.Len() == 1 {
			assert.Equal(t, e.Flags.Has(lexicon.Opener), needsOpener.has(e.Term), "needsOpener and the flag opener of %q", e.Term)
			if e.Flags.Has(lexicon.ObjectClause) {
				assert.True(t, objectAndClause.has(e.Term), "objectAndClause and the flag object-clause of %q", e.Term)
			}
		}
	}
}

// TestGivenNamesFile parses the embedded given-names.tsv: each name has
// one gender, and none is a word of a class that a name run would stop at
// or a title.
func TestGivenNamesFile(t *testing.T) {
	require.True(t, strings.HasPrefix(givenNamesFile, "# given-names.tsv — "), "the file starts with comment lines saying what it holds")
	words, err := lexicon.ParseWords(strings.NewReader(givenNamesFile), "given-names.tsv", []string{"male", "female"})
	require.NoError(t, err)
	assert.Equal(t, words, wordclass.ReadFile(givenNamesFile), "the package reads the file as ParseWords does")
	require.NotEmpty(t, words["male"])
	require.NotEmpty(t, words["female"])
	male := map[string]bool{}
	for _, w := range words["male"] {
		male[w] = true
	}
	for _, w := range words["female"] {
		assert.False(t, male[w], "%s is listed as male and female", w)
	}
	for w := range givenGender {
		// personName looks a name up by its Norm, which folds apostrophes.
		assert.False(t, strings.ContainsAny(w, "'\u2019\u02bc\u2018"), "%s has an apostrophe", w)
		for _, s := range []wordSet{calendarWords, titleWords, maleTitles, femaleTitles, roleNouns} {
			assert.False(t, s.has(w), "%s is also in a word class that reads it otherwise", w)
		}
	}
}

// TestLexiconWordsGenerated holds lexwords_gen.go, the words the word
// classes take from the lexicon, to the lexicon's files: after a change
// to cues.tsv or vague-sources.tsv, go generate ./attribution writes it
// again.
func TestLexiconWordsGenerated(t *testing.T) {
	want, err := lexwords.Source()
	require.NoError(t, err)
	got, err := os.ReadFile("lexwords_gen.go")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "lexwords_gen.go is out of date: run go generate ./attribution")
	groups, openers, objectClause := lexwords.Words(lexicon.Default())
	for _, c := range []struct {
		set   wordSet
		words []string
	}{{groupNouns, groups}, {needsOpener, openers}, {objectAndClause, objectClause}} {
		for _, w := range c.words {
			assert.True(t, c.set.has(w), w)
		}
	}
}
