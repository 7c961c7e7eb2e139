package sentiment

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkValence asserts the properties every Valence has: compound in
// [-1, 1], shares that add up to 1 (or are all 0), and Words whose Text is
// the input at their Span.
func checkValence(t testing.TB, text string, v Valence) {
	t.Helper()
	assert.GreaterOrEqual(t, v.Compound, -1.0)
	assert.LessOrEqual(t, v.Compound, 1.0)
	sum := v.Positive + v.Negative + v.Neutral
	if sum != 0 {
		assert.InDelta(t, 1, sum, 1e-9, "shares add up to 1")
	}
	for _, s := range []float64{v.Positive, v.Negative, v.Neutral} {
		assert.GreaterOrEqual(t, s, 0.0)
	}
	for _, w := range v.Words {
		require.True(t, 0 <= w.Start && w.Start <= w.End && w.End <= len(text), "span %v in bounds", w.Span)
		assert.Equal(t, text[w.Start:w.End], w.Text, "word text is the input at its span")
		assert.NotZero(t, w.Valence, "only contributing words are listed")
	}
}

func TestVADERDemoSentences(t *testing.T) {
	f, err := os.Open("testdata/vader-demo.txt")
	require.NoError(t, err)
	defer f.Close()
	a := &Analyzer{Lexicon: VADER(), AcrossClauses: true}
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		ws, text, ok := strings.Cut(sc.Text(), "\t")
		require.True(t, ok, "line %d", line)
		want, err := strconv.ParseFloat(ws, 64)
		require.NoError(t, err, "line %d", line)
		t.Run(text, func(t *testing.T) {
			v := a.Text(text)
			checkValence(t, text, v)
			assert.Equal(t, ws, fmt.Sprintf("%.4f", v.Compound), "VADER gives %v (line %d)", want, line)
		})
		n++
	}
	require.NoError(t, sc.Err())
	assert.Greater(t, n, 30)
}

// compound scores text with the built-in lexicon.
func compound(text string) float64 { return (&Analyzer{}).Text(text).Compound }

func TestRules(t *testing.T) {
	tests := []struct {
		name   string
		input  string
		want   func(c float64) bool
		desc   string
		reason string
	}{
		{"plain positive", "The results were good.", pos, "> 0", "good is +1.9"},
		{"plain negative", "The results were bad.", neg, "< 0", "bad is -2.5"},
		{"not", "The results were not good.", neg, "< 0", "negation flips the valence"},
		{"n't", "The results weren't good.", neg, "< 0", `the tokenizer makes "n't" a token with Norm "not"`},
		{"curly n't", "The results weren\u2019t good.", neg, "< 0", "curly apostrophes fold to '"},
		{"never", "The results were never good.", neg, "< 0", `"never" negates`},
		{"no", "There was no good result.", neg, "< 0", `"no" before a sentiment word negates it`},
		{"negation three back", "It is not really very good.", neg, "< 0", "negation reaches three words back"},
		{"negation four back", "It is not at all a good result.", pos, "> 0", "negation does not reach four words back"},
		{"negated negative", "The results were not bad.", pos, "> 0", "not bad is mildly good"},
		{"never so", "The results have never been this good.", pos, "> 0", `"never this good" is no negation but a boost`},
		{"without doubt", "Without a doubt, an excellent idea.", pos, "> 0", `"without doubt" is no negation`},
		{"least", "It is the least helpful answer.", neg, "< 0", `"least" negates`},
		{"at least", "It is at least helpful.", pos, "> 0", `"at least" does not`},
		{"clause stops negation", "No, the results were good.", pos, "> 0", "negation does not cross a comma"},
		{"emoticon", "Great news :)", pos, "> 0", "emoticons are lexicon phrases"},
		{"idiom", "The company is in the red.", neg, "< 0", `"in the red" scores as a phrase`},
		{"news: like", "It looks like a plan.", zero, "= 0", `"like" is a preposition in news`},
		{"news: party", "The Democratic Party met on Tuesday.", zero, "= 0", "a political party carries no sentiment"},
		{"news: corruption", "The mayor was charged with corruption.", neg, "< 0", `news words VADER lacks: "corruption" as "fraud"`},
		{"news: numbers", "The storm killed 187 people.", func(c float64) bool { return c == compound("The storm killed people.") }, "as without it", `VADER's chat code "187" is a count in news`},
		{"nothing", "The meeting is on Tuesday.", zero, "= 0", "no sentiment words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := (&Analyzer{}).Text(tt.input)
			checkValence(t, tt.input, v)
			assert.True(t, tt.want(v.Compound), "compound %.4f, want %s: %s", v.Compound, tt.desc, tt.reason)
		})
	}
}

func pos(c float64) bool  { return c > 0.05 }
func neg(c float64) bool  { return c < -0.05 }
func zero(c float64) bool { return c == 0 }

func TestRulesCompare(t *testing.T) {
	tests := []struct {
		name           string
		weaker, strong string
		reason         string
	}{
		{"booster", "The results were good.", "The results were very good.", "a booster raises the magnitude"},
		{"booster negative", "The results were bad.", "The results were extremely bad.", "a booster raises a negative magnitude too"},
		{"dampener", "The results were slightly good.", "The results were good.", "a dampener lowers it"},
		{"kind of", "The results were kind of good.", "The results were good.", `"kind of" dampens`},
		{"caps", "The results were good.", "The results were GOOD.", "a word in capitals among lower case gains emphasis"},
		{"exclamation", "The results were good.", "The results were good!", "an exclamation mark adds emphasis"},
		{"exclamations", "The results were good!", "The results were good!!!", "more marks add more, up to four"},
		{"questions", "Were the results good?", "Were the results good???", "two or more question marks add emphasis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, s := compound(tt.weaker), compound(tt.strong)
			assert.Greater(t, abs(s), abs(w), "|%.4f| > |%.4f|: %s", s, w, tt.reason)
			assert.Equal(t, s > 0, w > 0, "same sign: %s", tt.reason)
		})
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestAllCapsSentenceHasNoCapsEmphasis(t *testing.T) {
	assert.Equal(t, compound("the results were good"), compound("THE RESULTS WERE GOOD"),
		"capitals count only when the text mixes cases")
}

// TestNewsWeights checks Builtin's weights for news: a predicate after a
// copula weighs as much as what follows "but", except after "be", which
// follows a modal or "to" (hypothetical); a word after a modal or "if" in
// its clause weighs half; a good word counts two thirds of a bad one;
// "few" without "a" negates.
func TestNewsWeights(t *testing.T) {
	word := func(text, w string) float64 {
		t.Helper()
		v := (&Analyzer{}).Text(text)
		checkValence(t, text, v)
		for _, x := range v.Words {
			if x.Text == w {
				return x.Valence
			}
		}
		t.Fatalf("%q: no word %q in %v", text, w, v.Words)
		return 0
	}
	t.Run("predicate", func(t *testing.T) {
		assert.InDelta(t, -3.1*predicateWeight, word("The policy was a disaster.", "disaster"), 1e-9,
			"a copula's predicate is the clause's verdict")
	})
	t.Run("contracted copula", func(t *testing.T) {
		assert.InDelta(t, word("The results are not good.", "good"), word("The results aren't good.", "good"), 1e-9,
			`"aren't" is a copula and a negation, as "are not" is`)
	})
	t.Run("attributive", func(t *testing.T) {
		assert.InDelta(t, -3.1, word("The disaster was debated.", "disaster"), 1e-9,
			"a sentiment word before the copula is what the clause is about")
	})
	t.Run("hypothetical be", func(t *testing.T) {
		assert.InDelta(t, -3.1*irrealisWeight, word("It would be a disaster.", "disaster"), 1e-9,
			`"be" follows a modal or "to": no verdict stated, and "would" supposes`)
	})
	t.Run("conditional clause", func(t *testing.T) {
		assert.InDelta(t, -1.8*irrealisWeight, word("If the dam fails, it is a disaster.", "fails"), 1e-9,
			`"if" supposes what follows it in its clause`)
		assert.InDelta(t, -3.1*predicateWeight, word("If the dam fails, it is a disaster.", "disaster"), 1e-9,
			"the consequence after the comma is asserted of the supposed case: a predicate")
	})
	t.Run("the month May", func(t *testing.T) {
		assert.InDelta(t, word("The flood killed 12 people in June.", "killed"), word("In May the flood killed 12 people.", "killed"), 1e-9,
			`"May" capitalized inside a sentence is the month, not a modal that supposes`)
		assert.InDelta(t, word("The flood might have killed 12 people.", "killed"), word("The flood may have killed 12 people.", "killed"), 1e-9,
			`"may" the modal supposes as "might" does`)
	})
	t.Run("deontic should", func(t *testing.T) {
		assert.InDelta(t, -2.5, word("They should reject the bad plan.", "bad"), 1e-9,
			`"should" in the writer's voice is a verdict, not a supposition`)
	})
	t.Run("predicate ends at clause", func(t *testing.T) {
		assert.InDelta(t, -3.1, word("It was late, a disaster.", "disaster"), 1e-9,
			"the copula's reach ends at its clause")
	})
	t.Run("positive weight", func(t *testing.T) {
		assert.InDelta(t, 1.9*positiveWeight, word("Officials found good results.", "good"), 1e-9,
			"a good word counts two thirds of a bad one")
		assert.InDelta(t, -2.5, word("Officials found bad results.", "bad"), 1e-9, "a bad word keeps its rating")
	})
	t.Run("VADER unweighted", func(t *testing.T) {
		v := (&Analyzer{Lexicon: VADER()}).Text("The results were good.")
		require.Len(t, v.Words, 1)
		assert.InDelta(t, 1.9, v.Words[0].Valence, 1e-9, "VADER's lexicon as published has no news weights")
	})
	t.Run("few negates", func(t *testing.T) {
		assert.Less(t, compound("The plan offered few useful ideas."), -0.05, `"few" denies what follows, as "not" does`)
	})
	t.Run("a few does not", func(t *testing.T) {
		assert.Greater(t, compound("The plan offered a few useful ideas."), 0.05, `"a few" is some`)
	})
}

func TestBut(t *testing.T) {
	text := "The food was good, but the service was bad."
	// VADER's lexicon: Builtin's news weights (TestNewsWeights) would
	// weigh both words again.
	v := (&Analyzer{Lexicon: VADER()}).Text(text)
	checkValence(t, text, v)
	require.Len(t, v.Words, 2)
	assert.Equal(t, "good", v.Words[0].Text)
	assert.InDelta(t, 1.9*0.5, v.Words[0].Valence, 1e-9, "before but: half")
	assert.Equal(t, "bad", v.Words[1].Text)
	assert.InDelta(t, -2.5*1.5, v.Words[1].Valence, 1e-9, "after but: one and a half")
	assert.Less(t, v.Compound, 0.0, "what follows but dominates")
	assert.Greater(t, compound("The food was bad, but the service was good."), 0.0)
}

// TestShifters checks the shifters' rule: a word that lessens, ends or
// prevents a bad thing makes news of it good, in the news lexicon only.
func TestShifters(t *testing.T) {
	news, vader := &Analyzer{}, &Analyzer{Lexicon: VADER()}
	for _, tt := range []struct{ text, reason string }{
		{"Screenings could reduce the risk of heart disease.", "a reduced risk of disease is good news"},
		{"Far fewer whales will die this year.", "fewer deaths"},
		{"The guard rail prevented a terrible accident.", "a terrible accident prevented"},
		{"The fines may deter fraud.", "the shifter's own negative valence goes with what it shifts"},
	} {
		assert.Greater(t, news.Text(tt.text).Compound, 0.0, "%s: %s", tt.text, tt.reason)
		assert.Less(t, vader.Text(tt.text).Compound, 0.0, "%s: VADER as published has no such rule", tt.text)
	}
	for _, tt := range []struct{ text, reason string }{
		{"The plan did not reduce crime.", "a negated shifter shifts nothing"},
		{"Some shops have been deterred by theft.", "after a passive shifter, by names the agent, not what is lessened"},
		{"The firm was reduced to bankruptcy.", "reduced to names the state brought about, not what is lessened"},
		{"Officials reduced the budget, and the crisis deepened.", "the crisis is in another clause"},
		{"They avoided the meeting at the school where the attack was reported.", "the attack is beyond the shifter's reach"},
	} {
		assert.Less(t, news.Text(tt.text).Compound, 0.0, "%s: %s", tt.text, tt.reason)
	}
}

// TestNewsNegations checks that "hardly" and "scarcely" deny in the news
// lexicon, as "not" does, and only dampen in VADER's.
func TestNewsNegations(t *testing.T) {
	text := "The courthouses hardly inspire confidence."
	assert.Less(t, (&Analyzer{}).Text(text).Compound, 0.0, "hardly denies")
	assert.Greater(t, (&Analyzer{Lexicon: VADER()}).Text(text).Compound, 0.0, "VADER: a dampener")
	// "barely" stays a dampener: the word it dampens keeps its sign
	found := false
	for _, w := range (&Analyzer{}).Text("The courthouses barely inspire confidence.").Words {
		if w.Text == "confidence" {
			found = true
			assert.Greater(t, w.Valence, 0.0, "barely dampens, it does not deny")
		}
	}
	assert.True(t, found, "confidence is a sentiment word")
}

func TestAcrossClauses(t *testing.T) {
	text := "It is not, I think, good."
	assert.Greater(t, (&Analyzer{}).Text(text).Compound, 0.0, "by default negation stops at the comma")
	assert.Less(t, (&Analyzer{AcrossClauses: true}).Text(text).Compound, 0.0, "as in vaderSentiment.py it crosses it")
}

func TestWords(t *testing.T) {
	text := "Critics said the “bold” plan wasn’t good :) and was under the weather."
	v := (&Analyzer{}).Text(text)
	checkValence(t, text, v)
	var got []string
	for _, w := range v.Words {
		got = append(got, fmt.Sprintf("%s %+.2f", w.Text, w.Prior))
	}
	assert.Equal(t, []string{"Critics -1.20", "bold +1.60", "good +1.90", ":) +2.00", "under the weather -2.00"}, got)
	for _, w := range v.Words {
		if w.Text == "good" {
			assert.InDelta(t, 1.9*negScalar*predicateWeight, w.Valence, 1e-9, "negated by n't, the predicate of wasn't")
		}
	}
}

func TestSentenceAndTokens(t *testing.T) {
	text := "The plan failed. Officials were pleased with the good results!"
	doc := nlp.Parse(text)
	require.Len(t, doc.Sentences, 2)
	var a Analyzer
	first, second := a.Sentence(doc, doc.Sentences[0]), a.Sentence(doc, doc.Sentences[1])
	checkValence(t, text, first)
	checkValence(t, text, second)
	assert.Less(t, first.Compound, 0.0)
	assert.Greater(t, second.Compound, 0.0)
	assert.Equal(t, second, a.Tokens(text, doc.Sentences[1].Tokens))
	// Without the document the sentence's own text serves.
	assert.Equal(t, second, a.Sentence(nil, doc.Sentences[1]))
}

// The Words of successive sentences may share memory: appending to one
// sentence's must leave the next one's as they are.
func TestWordsAreTheirOwn(t *testing.T) {
	text := "The plan failed. Officials were pleased with the good results!"
	doc := nlp.Parse(text)
	var a Analyzer
	first := a.Sentence(doc, doc.Sentences[0])
	second := a.Sentence(doc, doc.Sentences[1])
	want := slices.Clone(second.Words)
	require.NotEmpty(t, first.Words)
	assert.Equal(t, len(first.Words), cap(first.Words))
	_ = append(first.Words, Word{Text: "extra"})
	first.Words[0].Text = "changed"
	assert.Equal(t, want, second.Words)
}

// Words of different texts never share memory, so that a result kept from
// one document does not keep another's words alive.
func TestWordsOfOtherTextsApart(t *testing.T) {
	var a Analyzer
	docA := nlp.Parse("The plan failed.")
	docB := nlp.Parse("The good plan won.")
	va := a.Sentence(docA, docA.Sentences[0])
	vb := a.Sentence(docB, docB.Sentences[0])
	require.NotEmpty(t, va.Words)
	require.NotEmpty(t, vb.Words)
	before := slices.Clone(vb.Words)
	// A caller that appends to one result's words must not write over
	// another's.
	va.Words = append(va.Words, Word{Text: "extra"}, Word{Text: "extra"})
	assert.Equal(t, before, vb.Words, "appending to A's Words changed B's")
}

func TestEmptyAndOdd(t *testing.T) {
	var a Analyzer
	for _, text := range []string{"", " ", "...", "\xff\xfe", "42", ":)", strings.Repeat("good ", 10000), strings.Repeat("!", 100)} {
		v := a.Text(text)
		checkValence(t, text, v)
	}
	assert.Equal(t, Valence{}, a.Text(""))
	assert.Equal(t, Valence{}, a.Tokens("", nil))
	assert.Equal(t, 1.0, a.Text("The meeting is on Tuesday.").Neutral, "words without sentiment are neutral")
	// Tokens whose spans do not lie in the text: no panic, empty word text.
	toks := nlp.Parse("under the weather").Tokens
	v := a.Tokens("short", toks)
	assert.Less(t, v.Compound, 0.0)
}

func TestLongInputSaturates(t *testing.T) {
	v := (&Analyzer{}).Text(strings.Repeat("The terrible, horrible plan failed. ", 5000))
	assert.InDelta(t, -1, v.Compound, 1e-3)
	assert.Len(t, v.Words, 15000)
}

func TestConcurrentUse(t *testing.T) {
	var a Analyzer
	texts := []string{"The results were not good.", "Great news :)", "The plan failed. Critics were furious!"}
	want := make([]Valence, len(texts))
	for i, s := range texts {
		want[i] = a.Text(s)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(texts)
				assert.Equal(t, want[i], a.Text(texts[i]))
			}
		}()
	}
	wg.Wait()
}

// checkDocument checks that Document gives each sentence of text what
// Sentence gives it, and the document what Tokens gives it but for its
// Words, exactly.
func checkDocument(t testing.TB, a *Analyzer, name, text string) {
	t.Helper()
	doc := nlp.Parse(text)
	got := make([]Valence, len(doc.Sentences))
	n := 0
	whole := a.Document(doc, func(i int, v Valence) { got[i] = v; n++ })
	require.Equal(t, len(doc.Sentences), n, "%s: a valence for every sentence", name)
	want := a.Tokens(doc.Text, doc.Tokens)
	want.Words = nil
	require.Equal(t, want, whole, "%s: the document", name)
	for i, s := range doc.Sentences {
		require.Equal(t, a.Sentence(doc, s), got[i], "%s: sentence %d", name, i)
	}
}

// documentAnalyzers are the analyzers Document is checked with: rules
// that stop at clauses and rules that cross them, the built-in lexicon
// and VADER's own.
var documentAnalyzers = []*Analyzer{{}, {AcrossClauses: true}, {Lexicon: VADER()}, {Lexicon: VADER(), AcrossClauses: true}}

// TestDocument checks Document against Sentence and Tokens on the test
// articles, on the PolNeAR articles when they are found next to the
// repository, and on documents made of pieces that meet at sentence
// boundaries in the ways that make a document's units other than its
// sentences' joined: headlines without a full stop, "no" or a negation
// before a sentence end, a booster or "but" near one, capitals, clitics
// and emoticons without space, phrases that a sentence end cuts.
func TestDocument(t *testing.T) {
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	require.NoError(t, err)
	paths = append(paths, "../testdata/venezuela-strike.txt")
	polnear, _ := filepath.Glob("../../shared/eval/polnear-*/text/*.txt")
	paths = append(paths, polnear...)
	for _, a := range documentAnalyzers {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			checkDocument(t, a, p, string(data))
		}
	}
	pieces := []string{
		"The plan failed.", "No", "no.", "Not good", "It was not bad!", "VERY good news\n",
		"Officials said it was a disaster", "\n\n", " ", "but it worked.", "But", "kind of",
		"It isn't great.", "don't", "'s good", ":)", ":-(", ". :D", "the least good", "at least",
		"never so good", "without doubt", "LOL", "?", "!!", "Great\nnews", "sort of ok.",
		"(\"Wow\")", "\u2014 terrible \u2014", "yeah right", "GOOD.", "bad", "…", "U.S.", "Mr.",
	}
	for _, text := range []string{
		"It was kind\n\nof good",     // a phrase cut by a paragraph break
		"OK.\"<3 you\"",              // an emoticon without space before it
		"It's good.\"It's bad",       // a sentence without space before it
		"A headline\n\nNo good news", // no clause punctuation between sentences
	} {
		for _, a := range documentAnalyzers {
			checkDocument(t, a, text, text)
		}
	}
	// Documents made by hand may end a sentence anywhere: between a word
	// and its clitic, inside a phrase or an emoticon.
	for _, text := range []string{
		"It isn't great:)! Don't worry, it's kind of ok :-( LOL. NO good? never so bad",
		"They said \"no\" to the deal. Not bad, but not good either :D",
		"so :)zzz and :(qqq or :-)",
	} {
		for cut := 1; cut < len(nlp.Parse(text).Tokens); cut++ {
			doc := nlp.Parse(text)
			toks := doc.Tokens
			doc.Sentences = []nlp.Sentence{
				{Span: nlp.Span{Start: toks[0].Start, End: toks[cut-1].End}, Tokens: toks[:cut]},
				{Span: nlp.Span{Start: toks[cut].Start, End: toks[len(toks)-1].End}, Index: 1, Tokens: toks[cut:], First: cut},
			}
			for i := range doc.Sentences {
				doc.Sentences[i].Text = doc.Sentences[i].Span.In(text)
			}
			for _, a := range documentAnalyzers {
				got := make([]Valence, 2)
				whole := a.Document(doc, func(i int, v Valence) { got[i] = v })
				want := a.Tokens(doc.Text, doc.Tokens)
				want.Words = nil
				require.Equal(t, want, whole, "%q cut before token %d", text, cut)
				for i, s := range doc.Sentences {
					require.Equal(t, a.Sentence(doc, s), got[i], "%q cut before token %d: sentence %d", text, cut, i)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for k := range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		for _, a := range documentAnalyzers {
			checkDocument(t, a, fmt.Sprintf("piece %d %q", k, b.String()), b.String())
		}
	}
	// A sentence whose tokens are a copy is looked up on its own.
	data, err := os.ReadFile("../testdata/venezuela-strike.txt")
	require.NoError(t, err)
	doc := nlp.Parse(string(data))
	doc.Sentences[1].Tokens = slices.Clone(doc.Sentences[1].Tokens)
	var a Analyzer
	got := make([]Valence, len(doc.Sentences))
	whole := a.Document(doc, func(i int, v Valence) { got[i] = v })
	assert.Equal(t, a.Sentence(doc, doc.Sentences[1]), got[1])
	want := a.Tokens(doc.Text, doc.Tokens)
	want.Words = nil
	assert.Equal(t, want, whole)
}

// FuzzDocument checks Document against Sentence and Tokens on any input.
func FuzzDocument(f *testing.F) {
	for _, s := range []string{
		"", "The plan failed. No\ngood news", "It was great.Don't worry :)", "NO. Good!! But bad",
		"Headline without a stop\n\nThe results were not good!", "kind of. sort of", "U.S. officials said no.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, a := range documentAnalyzers {
			checkDocument(t, a, "", text)
		}
	})
}
