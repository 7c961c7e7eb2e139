package lexicon

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmbeddedFilesParse(t *testing.T) {
	names := Files()
	require.NotEmpty(t, names)
	counts := map[Category]int{}
	for _, name := range names {
		b, err := ReadFile(name)
		require.NoError(t, err)
		assert.True(t, bytes.HasPrefix(b, []byte("#")), "%s should start with comment lines saying what it holds", name)
		l, err := Parse(bytes.NewReader(b), name)
		require.NoError(t, err, name)
		for _, e := range l.Entries() {
			counts[e.Category]++
		}
	}
	for _, c := range Categories {
		assert.Positive(t, counts[c], "no entries of category %s", c)
	}
	assert.Greater(t, Default().Len(), 500, "the built-in lexicons should hold hundreds of entries")
	assert.NotEmpty(t, forms(), "irregular forms")
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, input, want, reason string
	}{
		{"too few fields", "claim\tcue\tassertive\n", "x.tsv:1: want 4 or 5", "weight is required"},
		{"too many fields", "claim\tcue\tassertive\t0.5\tnoun\textra\n", "x.tsv:1: want 4 or 5", ""},
		{"unknown category", "# c\nclaim\tcues\tassertive\t0.5\n", "x.tsv:2: unknown category \"cues\"", "typos must not pass silently"},
		{"unknown stance", "claim\tcue\tdoubtful\t0.5\n", "x.tsv:1: unknown stance \"doubtful\" for cue", "stances are a closed set"},
		{"unknown class", "regime\tloaded\tnasty\t0.5\n", "x.tsv:1: unknown class \"nasty\" for loaded", ""},
		{"weight not a number", "claim\tcue\tassertive\thigh\n", "x.tsv:1: weight \"high\"", ""},
		{"weight out of range", "claim\tcue\tassertive\t1.5\n", "x.tsv:1: weight \"1.5\"", ""},
		{"NaN weight", "claim\tcue\tassertive\tNaN\n", "x.tsv:1: weight", ""},
		{"unknown flag", "claim\tcue\tassertive\t0.5\tfuzzy\n", "x.tsv:1: unknown flag \"fuzzy\" (want one of exact, lower, attributive, noun, verb, opener, object-clause, person-object, inverts)", ""},
		{"cue flag off a cue", "regime\tloaded\tlabel\t0.5\topener\n", "x.tsv:1: flag opener is for cues only", "what a cue takes after it says nothing of a loaded term"},
		{"duplicate", "claim\tcue\tassertive\t0.5\n\nclaim\tcue\tneutral\t0.5\n", "x.tsv:3: duplicate cue entry \"claim\" (first at line 1)", ""},
		{"uppercase term", "Claim\tcue\tassertive\t0.5\n", "x.tsv:1: term \"Claim\" must be lowercase", ""},
		{"trailing space", "claim \tcue\tassertive\t0.5\n", "x.tsv:1: field 1 has leading or trailing spaces", ""},
		{"byte-order mark", "\ufeffclaim\tcue\tassertive\t0.5\n", "x.tsv:1: byte-order mark", ""},
		{"CRLF", "claim\tcue\tassertive\t0.5\r\n", "x.tsv:1: CRLF", ""},
		{"invalid UTF-8", "cla\xffim\tcue\tassertive\t0.5\n", "x.tsv:1: invalid UTF-8", ""},
		{"empty term", "\tcue\tassertive\t0.5\n", "x.tsv:1: empty term", ""},
		{"punctuation only", "…\tloaded\tlabel\t0.5\n", "x.tsv:1: term \"…\" has no words", ""},
		{"long line", strings.Repeat("a", 5000) + "\tcue\tneutral\t0.5\n", "x.tsv:1: line longer than", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Parse(strings.NewReader(tt.input), "x.tsv")
			require.Error(t, err, tt.reason)
			assert.Nil(t, l)
			assert.Contains(t, err.Error(), tt.want, tt.reason)
		})
	}
}

func TestParseAcceptsCommentsAndBlankLines(t *testing.T) {
	l, err := Parse(strings.NewReader("# header\n\n# more\nclaim\tcue\tassertive\t0.7\tnoun,verb\n"), "ok.tsv")
	require.NoError(t, err)
	e, ok := l.Lookup("claim", Cue)
	require.True(t, ok)
	assert.Equal(t, Assertive, e.Stance())
	assert.Equal(t, 0.7, e.Weight)
	assert.True(t, e.Flags.Has(Noun|Verb))
	assert.Equal(t, "ok.tsv:4", e.Source)
}

func TestParseWords(t *testing.T) {
	in := "# header\n\nthe\tdeterminers\na\tdeterminers\n# a comment\nthat\tclauseWords\nthat\tdeterminers\n"
	got, err := ParseWords(strings.NewReader(in), "ok.tsv", []string{"determiners", "clauseWords", "modals"})
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{
		"determiners": {"the", "a", "that"},
		"clauseWords": {"that"},
	}, got, "words in file order, a word in several classes, no entry for a class without words")
}

// TestParseRows checks that ParseRows hands over each row's fields with
// its line number, and reports a row of the wrong length, an error of
// the caller's and a bad encoding as "name:line: message".
func TestParseRows(t *testing.T) {
	var rows []string
	err := ParseRows(strings.NewReader("# header\n\na\tb\n# c\nc d\te\n"), "ok.tsv", 2, func(line int, f []string) error {
		rows = append(rows, fmt.Sprint(line, f))
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"3 [a b]", "5 [c d e]"}, rows)
	err = ParseRows(strings.NewReader("a\tb\nc\nd\te\nx\ty\r\n"), "bad.tsv", 2, func(line int, f []string) error {
		if f[0] == "d" {
			return errors.New("no d")
		}
		return nil
	})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad.tsv:2: want 2 tab-separated fields, got 1")
	assert.Contains(t, err.Error(), "bad.tsv:3: no d")
	assert.Contains(t, err.Error(), "bad.tsv:4: CRLF line end")
}

func TestParseWordsErrors(t *testing.T) {
	classes := []string{"determiners", "modals"}
	tests := []struct {
		name, input, want, reason string
	}{
		{"one field", "the\n", "x.tsv:1: want 2 tab-separated fields (word, class), got 1", "a word needs its class"},
		{"three fields", "the\tdeterminers\textra\n", "x.tsv:1: want 2 tab-separated fields", ""},
		{"unknown class", "# c\nthe\tdeterminer\n", "x.tsv:2: unknown class \"determiner\"", "a misspelt class would be a set no rule reads"},
		{"duplicate in a class", "may\tmodals\nthe\tdeterminers\nmay\tmodals\n", "x.tsv:3: duplicate word \"may\" in class modals (first at line 1)", ""},
		{"empty word", "\tmodals\n", "x.tsv:1: empty word or class", ""},
		{"empty class", "may\t\n", "x.tsv:1: empty word or class", ""},
		{"space in word", "may be\tmodals\n", "x.tsv:1: word or class has spaces", "a word is matched against one token"},
		{"trailing space", "may\tmodals \n", "x.tsv:1: word or class has spaces", ""},
		{"uppercase word", "May\tmodals\n", "x.tsv:1: word \"May\" must be lowercase", "tokens are looked up by their lowercase form"},
		{"byte-order mark", "\ufeffmay\tmodals\n", "x.tsv:1: byte-order mark", ""},
		{"CRLF", "may\tmodals\r\n", "x.tsv:1: CRLF", ""},
		{"invalid UTF-8", "m\xffay\tmodals\n", "x.tsv:1: invalid UTF-8", ""},
		{"many errors", strings.Repeat("may\n", 12), "x.tsv: and 2 more errors", "a file of another kind is not listed line by line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseWords(strings.NewReader(tt.input), "x.tsv", classes)
			require.Error(t, err, tt.reason)
			assert.Nil(t, got)
			assert.Contains(t, err.Error(), tt.want, tt.reason)
		})
	}
}

func TestCueFlags(t *testing.T) {
	l := mustParse(t, "tell\tcue\tneutral\t0.2\tverb,object-clause", "continue\tcue\tneutral\t0.1\topener,verb", "confirm\tcue\tfactive\t0.6\tperson-object,verb")
	tests := []struct {
		term string
		has  Flags
		not  Flags
		text string
	}{
		{"tell", Verb | ObjectClause, Opener, "verb,object-clause"},
		{"continue", Verb | Opener, ObjectClause, "verb,opener"},
		{"confirm", Verb | PersonObject, Opener | ObjectClause, "verb,person-object"},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			e, ok := l.Lookup(tt.term, Cue)
			require.True(t, ok)
			assert.True(t, e.Flags.Has(tt.has))
			assert.Zero(t, e.Flags&tt.not)
			assert.Equal(t, tt.text, e.Flags.String(), "written back in the order of the flags, as a file would have them")
		})
	}
}

func mustParse(t *testing.T, lines ...string) *Lexicon {
	t.Helper()
	l, err := Parse(strings.NewReader(strings.Join(lines, "\n")+"\n"), "test.tsv")
	require.NoError(t, err)
	return l
}

func matchTexts(l *Lexicon, text string) []string {
	var out []string
	for _, m := range Longest(l.Match(nlp.Parse(text))) {
		out = append(out, m.Text)
	}
	return out
}

func TestMatch(t *testing.T) {
	lex := mustParse(t,
		"may\thedge\tmodal\t0.4\tlower",
		"could\thedge\tmodal\t0.4\tlower",
		"suspected\thedge\tadjective\t0.6\tattributive,exact",
		"alleged\thedge\tadjective\t0.6\tattributive,exact",
		"reportedly\thedge\tadverb\t0.6",
		"could not be independently verified\tevidence-absent\tverification\t0.9",
		"no evidence was provided\tevidence-absent\tstatement\t0.9",
		"did not rule out\tcue\tspeculative\t0.6",
		"claim\tcue\tassertive\t0.7\tnoun,verb",
		"say\tcue\tneutral\t0.1\tverb",
		"criminal\tloaded\tpejorative\t0.3",
		"criminal enterprise\tloaded\tlabel\t0.8",
		"maddening\tloaded\temotion\t0.6",
		"nazi\tloaded\tlabel\t0.9",
	)
	tests := []struct {
		name, text string
		want       []string
		reason     string
	}{
		{"inflected verb", "Trump claimed it.", []string{"claimed"}, "stems meet"},
		{"irregular verb", "She said so.", []string{"said"}, "irregular forms go through their lemma"},
		{"phrase with contraction", "She didn't rule out strikes.", []string{"didn't rule out"}, "n't is the token not"},
		{"phrase with tense", "He does not rule out strikes.", []string{"does not rule out"}, "do/does/did share a lemma"},
		{"modal", "The strike may continue.", []string{"may"}, ""},
		{"month is not a modal", "It happened on May 5.", nil, "capitalized mid-sentence"},
		{"sentence-initial modal", "May they succeed.", []string{"May"}, "capital at sentence start is allowed"},
		{"attributive adjective", "A suspected drug vessel sank.", []string{"suspected"}, ""},
		{"noun suspect", "The suspect was arrested.", nil, "exact: suspect is not suspected"},
		{"verb alleged", "Trump alleged that it was true.", nil, "not before a noun"},
		{"adjective alleged", "They discussed the alleged plot.", []string{"alleged"}, ""},
		{"adverb keeps -ly", "He reported that it was reportedly true.", []string{"reportedly"}, "reportedly must not match reported"},
		{"longest wins", "The claim could not be independently verified.", []string{"claim", "could not be independently verified"}, "could is inside the evidence phrase"},
		{"evidence phrase tense", "No evidence is provided.", []string{"No evidence is provided"}, "was/is share a lemma"},
		{"nested loaded", "It is a criminal enterprise.", []string{"criminal enterprise"}, "the shorter term inside is dropped"},
		{"phrase does not cross sentences", "He did not. Rule out nothing.", nil, ""},
		{"name sharing a stem", "The deal passed, Mr. Madden said.", []string{"said"}, "a capitalized word beside another that only shares a stem is a name"},
		{"stem in a headline", "Critics Claimed Victory Was Maddening", []string{"Claimed", "Maddening"}, "title case says nothing of names"},
		{"capitalized inflection alone", "They called them Nazis on air.", []string{"Nazis"}, "no capitalized neighbour: not a name"},
		{"capitalized plural beside a name", "He praised the American Nazis at the rally.", []string{"Nazis"}, "a regular plural is a group, not a name"},
		{"lowercase stem", "It was maddening to watch.", []string{"maddening"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, matchTexts(lex, tt.text), tt.reason)
		})
	}
}

func TestMatchSpansAreInputBytes(t *testing.T) {
	text := "Maduro’s “claim” — they claimed — was rejected.\r\nIt may be."
	doc := nlp.Parse(text)
	lex := mustParse(t, "claim\tcue\tassertive\t0.7", "may\thedge\tmodal\t0.4\tlower")
	ms := lex.Match(doc)
	require.Len(t, ms, 3)
	for _, m := range ms {
		assert.Equal(t, text[m.Start:m.End], m.Text)
		assert.Equal(t, doc.Tokens[m.First].Start, m.Start)
		assert.Equal(t, doc.Tokens[m.Last].End, m.End)
	}
}

func TestMerge(t *testing.T) {
	a := mustParse(t, "claim\tcue\tassertive\t0.7", "say\tcue\tneutral\t0.1")
	b := mustParse(t, "claim\tcue\tdenial\t0.2", "regime\tloaded\tlabel\t0.6")
	m := Merge(a, nil, b)
	assert.Equal(t, 3, m.Len())
	e, ok := m.Lookup("claim", Cue)
	require.True(t, ok)
	assert.Equal(t, Denial, e.Stance(), "the later lexicon wins")
	assert.Equal(t, 1, m.Only(Loaded).Len())
}

func TestNilLexicon(t *testing.T) {
	var l *Lexicon
	assert.Zero(t, l.Len())
	assert.Empty(t, l.Match(nlp.Parse("They claimed it.")))
	_, ok := l.Lookup("claim", Cue)
	assert.False(t, ok)
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"claim", "claimed"}, {"say", "said"}, {"tell", "told"}, {"be", "was"},
		{"do", "did"}, {"rule", "ruled"}, {"terrorist", "terrorists"},
	}
	for _, tt := range tests {
		assert.Equal(t, Key(tt.a), Key(tt.b), "%s ~ %s", tt.a, tt.b)
	}
	assert.NotEqual(t, Key("reported"), Key("reportedly"))
	assert.NotEqual(t, Key("alleged"), Key("allegedly"))
}

func FuzzParse(f *testing.F) {
	f.Add("claim\tcue\tassertive\t0.7\tnoun,verb\n")
	f.Add("# c\n\nregime\tloaded\tlabel\t0.6\n")
	f.Add("\ufeffx\ty\tz\t2\n")
	f.Fuzz(func(t *testing.T, input string) {
		l, err := Parse(strings.NewReader(input), "fuzz.tsv")
		if err != nil {
			assert.True(t, strings.HasPrefix(err.Error(), "fuzz.tsv:"), "error %q lacks its file name", err)
			return
		}
		// Whatever parsed must match without panicking.
		text := "They claimed the regime may be a criminal enterprise."
		for _, m := range l.Match(nlp.Parse(text)) {
			assert.Equal(t, text[m.Start:m.End], m.Text)
		}
	})
}

func BenchmarkMatch(b *testing.B) {
	text := seedText(b)
	doc := nlp.Parse(text)
	lex := Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		lex.Match(doc)
	}
}

// BenchmarkDefault builds the built-in lexicon as the first use of
// Default does: it merges and indexes the entries of default_gen.go.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildDefault()
	}
}

func seedText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../testdata/venezuela-strike.txt")
	require.NoError(tb, err)
	return string(b)
}

// TestKeyCacheConcurrent has goroutines fill and evict the key caches'
// sets at once, while new lexicons number new keys, and checks every
// answer against an uncached one.
func TestKeyCacheConcurrent(t *testing.T) {
	words := make([]string, 30000)
	for i := range words {
		// Distinct words of 1 to 30 bytes, some past an entry's inline bytes.
		var b strings.Builder
		for n := i; ; n /= 26 {
			b.WriteByte(byte('a' + n%26))
			if n < 26 {
				break
			}
		}
		words[i] = strings.Repeat(b.String(), 1+i%9)
	}
	const goroutines = 8
	errs := make(chan string, goroutines+1)
	for g := range goroutines {
		go func() {
			for k := range 3 * len(words) / goroutines {
				w := words[(g*7919+k*31)%len(words)]
				key, id := keyID(w)
				if want := computeKey(w); key != want {
					errs <- "Key(" + w + ") = " + key + ", want " + want
					return
				}
				// A key numbered meanwhile may still read noID; a
				// number, once given, never changes.
				if id != noID && id != headID(key) {
					errs <- "the number of " + key + " is wrong"
					return
				}
				if id := wordID(w); id != noID && id != headID(key) {
					errs <- "the cached number of " + w + " is wrong"
					return
				}
			}
			errs <- ""
		}()
	}
	// The new lexicons are kept alive to the end: one that was collected
	// would give its keys' numbers back (see releaseHeads), and a number
	// read before that would no longer be its key's.
	var made []*Lexicon
	go func() {
		for i := range 20 {
			term := words[(i*1543)%len(words)]
			l, err := Parse(strings.NewReader(term+"\tloaded\tlabel\t0.5\n"), "t.tsv")
			if err != nil {
				errs <- err.Error()
				return
			}
			made = append(made, l)
		}
		errs <- ""
	}()
	for range goroutines + 1 {
		if e := <-errs; e != "" {
			t.Fatal(e)
		}
	}
	for _, w := range words {
		key, id := keyID(w)
		require.Equal(t, computeKey(w), key)
		require.Equal(t, headID(key), id, "the number of %s is stale", key)
		require.Equal(t, headID(key), wordID(w), "the cached number of %s is stale", w)
	}
	runtime.KeepAlive(made)
}

// TestAppendLongestOf checks that matches of other categories neither
// appear nor hide the longest matches of the category asked for.
func TestAppendLongestOf(t *testing.T) {
	cue, hedge := &Entry{Category: Cue}, &Entry{Category: Hedge}
	at := func(e *Entry, start, end int) Match {
		return Match{Span: nlp.Span{Start: start, End: end}, Entry: e}
	}
	ms := []Match{at(hedge, 0, 20), at(cue, 2, 8), at(cue, 3, 5), at(hedge, 4, 6), at(cue, 9, 12)}
	assert.Equal(t, []Match{ms[1], ms[4]}, AppendLongestOf(nil, ms, Cue))
	assert.Equal(t, []Match{ms[0]}, AppendLongestOf(nil, ms, Hedge))
	assert.Equal(t, AppendLongest(nil, ms), AppendLongestOf(nil, ms, ""))
	assert.Equal(t, []Match{ms[0]}, AppendLongest(nil, ms))
}

// BenchmarkMatchPolNeAR matches the built-in lexicon against the PolNeAR
// development articles, when they are found next to the repository, with
// the key tables evicted from the caches before each article, as the
// other stages of an analysis evict them. The eviction is not timed.
func BenchmarkMatchPolNeAR(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/eval/polnear-dev/text/*.txt")
	if len(paths) == 0 {
		b.Skip("no PolNeAR articles next to the repository")
	}
	var docs []*nlp.Document
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, nlp.Parse(string(data)))
		size += len(data)
	}
	l := Default()
	for _, d := range docs {
		l.Match(d) // fill the key cache
	}
	evict := make([]byte, 4<<20) // twice a core's L2 cache
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			b.StopTimer()
			for i := 0; i < len(evict); i += 64 {
				evict[i]++
			}
			b.StartTimer()
			l.Match(d)
		}
	}
}

// TestAppendMatch checks that AppendMatch appends what Match returns,
// after what dst holds, and returns dst as it was when nothing matches.
func TestAppendMatch(t *testing.T) {
	data, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := nlp.Parse(string(data))
	l := Default()
	want := l.Match(doc)
	if len(want) == 0 {
		t.Fatal("no matches in the seed article")
	}
	dst := append(make([]Match, 0, 1), Match{Text: "kept"})
	got := l.AppendMatch(dst, doc)
	if got[0].Text != "kept" || !reflect.DeepEqual(got[1:], want) {
		t.Errorf("AppendMatch does not append Match's matches")
	}
	none := nlp.Parse("zzz qqq")
	if got := l.AppendMatch(dst, none); len(got) != 1 || &got[0] != &dst[0] {
		t.Errorf("AppendMatch of no match: %v", got)
	}
}
