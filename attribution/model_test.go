package attribution

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/nlp"
)

// articles returns the seed and the test articles, parsed.
func articles(t testing.TB) map[string]*nlp.Document {
	t.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	require.NoError(t, err)
	files = append(files, "../testdata/venezuela-strike.txt")
	out := map[string]*nlp.Document{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out[filepath.Base(f)] = nlp.Parse(string(b))
	}
	require.GreaterOrEqual(t, len(out), 7)
	return out
}

func TestDefaultModel(t *testing.T) {
	m := DefaultModel()
	require.NotNil(t, m)
	add, keep := m.Thresholds()
	assert.True(t, add > 0 && add < 1, "add threshold %v", add)
	assert.True(t, keep >= 0 && keep < add, "keep threshold %v", keep)
	assert.Contains(t, strings.Join(m.Meta(), "\n"), "PolNeAR", "the model names the corpus it was learned from")
	nz, table := m.Size()
	assert.Positive(t, nz)
	assert.LessOrEqual(t, nz, table)
	assert.LessOrEqual(t, len(cueModelData), 8<<20, "the model's budget on disk")
	b, err := m.MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, cueModelData, b, "the embedded file is what the model encodes to")
}

func TestLoadModelRefuses(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("not a model"), cueModelData[:len(cueModelData)/3]} {
		_, err := LoadModel(data)
		assert.Error(t, err)
	}
}

// TestModelKeepsTheRules checks that with the built-in model every
// attribution of the rules is still found, with the same source and
// content, unless the model dropped it below its keep threshold, which
// Explain then says, or the source model chose another source, which
// SourceRule then says, outside the cue and the content, or the content
// model ended the content elsewhere, which ContentRule says; and that what
// the model adds is a cue the rules did not have.
func TestModelKeepsTheRules(t *testing.T) {
	added, changed := 0, 0
	for name, doc := range articles(t) {
		rules := (&Extractor{RulesOnly: true}).Extract(doc)
		all := (&Extractor{}).Extract(doc)
		byCue := map[nlp.Span]Attribution{}
		for _, a := range all {
			byCue[a.Cue.Span] = a
		}
		var why map[nlp.Span]Decision
		for _, a := range rules {
			got, ok := byCue[a.Cue.Span]
			if ok {
				if got.SourceRule == RuleModelSource {
					// the source model chose another: never inside the cue
					// or the content
					changed++
					assert.NotEqual(t, a.Source.Span, got.Source.Span, "%s: %q source", name, a.Cue.Text)
					assert.False(t, got.Source.Text != "" && got.Source.Overlaps(got.Cue.Span), "%s: %q source %q holds the cue", name, a.Cue.Text, got.Source.Text)
					for _, c := range contentSpans(got.Content) {
						assert.False(t, got.Source.Text != "" && got.Source.Overlaps(c), "%s: %q source %q inside the content", name, a.Cue.Text, got.Source.Text)
					}
				} else {
					assert.Equal(t, a.Source.Span, got.Source.Span, "%s: %q source", name, a.Cue.Text)
				}
				if got.ContentRule == RuleModelContent {
					// the content model ended it elsewhere: from the same
					// start, never over the cue
					changed++
					assert.Equal(t, a.Content.Start, got.Content.Start, "%s: %q content start", name, a.Cue.Text)
					assert.NotEqual(t, a.Content.End, got.Content.End, "%s: %q content end", name, a.Cue.Text)
					assert.False(t, got.Content.Overlaps(got.Cue.Span), "%s: %q content over its cue", name, a.Cue.Text)
				} else {
					assert.Equal(t, a.Content.Span, got.Content.Span, "%s: %q content", name, a.Cue.Text)
				}
				continue
			}
			if why == nil {
				why = map[nlp.Span]Decision{}
				for _, d := range (&Extractor{}).Explain(doc, 0) {
					why[d.Span] = d
				}
			}
			head := why[doc.Tokens[tokenIndex(doc, a.Cue.End-1)].Span]
			_, keep := DefaultModel().Thresholds()
			assert.True(t, head.Outcome == "not a cue" && head.By == "model" && head.Prob < keep,
				"%s: the rules' cue %q at %v is lost, and not to the model's keep threshold: %+v", name, a.Cue.Text, a.Cue.Span, head)
			assert.Contains(t, []CueForm{Verb, Participle, Noun}, a.Cue.Form, "%s: only verbs, participles and nouns are dropped", name)
		}
		ruleCues := map[nlp.Span]bool{}
		for _, a := range rules {
			ruleCues[a.Cue.Span] = true
		}
		for _, a := range all {
			if !ruleCues[a.Cue.Span] {
				added++
			}
		}
	}
	assert.Positive(t, added, "the model adds cues on these articles")
	t.Logf("the source and content models changed %d sources and contents of the rules'", changed)
}

// tokenIndex returns the index of the token holding byte b.
func tokenIndex(doc *nlp.Document, b int) int {
	for i, t := range doc.Tokens {
		if t.Start <= b && b < t.End {
			return i
		}
	}
	return -1
}

// TestExplainAgreesWithExtract checks that Explain's outcomes are the cues
// Extract returns.
func TestExplainAgreesWithExtract(t *testing.T) {
	for _, x := range []*Extractor{{}, {RulesOnly: true}} {
		for name, doc := range articles(t) {
			inCue := map[int]bool{}
			for _, a := range x.Extract(doc) {
				for i, tok := range doc.Tokens {
					if tok.Overlaps(a.Cue.Span) {
						inCue[i] = true
					}
				}
			}
			seen := map[int]bool{}
			for _, d := range x.Explain(doc, 3) {
				seen[d.Token] = true
				assert.Equal(t, inCue[d.Token], d.Outcome == "attribution", "%s: token %d %q: %+v", name, d.Token, d.Text, d)
				if d.Scored {
					assert.True(t, d.Prob >= 0 && d.Prob <= 1)
					assert.NotEmpty(t, d.Features, "%s: token %d", name, d.Token)
				}
				assert.False(t, x.RulesOnly && d.Scored, "the rules alone score nothing")
			}
			for i := range inCue {
				assert.True(t, seen[i], "%s: cue token %d %q not explained", name, i, doc.Tokens[i].Text)
			}
		}
	}
}

func TestWithThresholds(t *testing.T) {
	strict := DefaultModel().WithThresholds(0.999, 0)
	loose := DefaultModel().WithThresholds(0.05, 0)
	var nStrict, nLoose int
	for _, d := range articles(t) {
		nStrict += len((&Extractor{Model: strict}).Extract(d))
		nLoose += len((&Extractor{Model: loose}).Extract(d))
	}
	assert.Less(t, nStrict, nLoose, "over all the articles, a lower threshold adds more cues")
	doc := articles(t)["tabloid-chef-feud.txt"]
	rules := len((&Extractor{RulesOnly: true}).Extract(doc))
	assert.LessOrEqual(t, rules, len((&Extractor{Model: strict}).Extract(doc)))
	strictKeep := &Extractor{Model: DefaultModel().WithThresholds(0.999, 0.9)}
	kept := strictKeep.Extract(doc)
	assert.Less(t, len(kept), rules, "a keep threshold drops cues of the rules the model doubts")
	dropped := 0
	for _, d := range strictKeep.Explain(doc, 0) {
		if strings.HasPrefix(d.Rule, "took:") && d.Outcome != "attribution" {
			dropped++
			assert.Equal(t, "model", d.By, "%q: dropped by the model", d.Text)
			assert.Less(t, d.Prob, 0.9)
		}
	}
	assert.GreaterOrEqual(t, dropped, rules-len(kept), "Explain names every word of the cues the model dropped")
	add, keep := DefaultModel().WithThresholds(2, -1).Thresholds()
	dAdd, dKeep := DefaultModel().Thresholds()
	assert.Equal(t, [2]float64{dAdd, dKeep}, [2]float64{add, keep}, "invalid thresholds keep the model's")
}

// TestTrainIsDeterministic trains twice on the same annotated text of our
// own and gets the same bytes, and a model that loads.
func TestTrainIsDeterministic(t *testing.T) {
	text := "The mayor vowed that the bridge would reopen. Critics scoffed at the plan. " +
		"The council voted to delay it, officials said. She argued the delay was costly."
	doc := nlp.Parse(text)
	var gold []nlp.Span
	for _, w := range []string{"vowed", "scoffed", "voted", "said", "argued"} {
		i := strings.Index(text, w)
		gold = append(gold, nlp.Span{Start: i, End: i + len(w)})
	}
	docs := []TrainingDoc{{Doc: doc, Cues: gold}, {Doc: doc, Cues: gold}}
	opt := TrainOptions{Bits: 12, Seed: 5, Add: 0.5, MinCount: 1, Meta: []string{"corpus: a test"}}
	var x Extractor
	m1, err := x.Train(docs, opt)
	require.NoError(t, err)
	m2, err := x.Train(docs, opt)
	require.NoError(t, err)
	b1, err := m1.MarshalBinary()
	require.NoError(t, err)
	b2, err := m2.MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, b1, b2)
	back, err := LoadModel(b1)
	require.NoError(t, err)
	assert.Equal(t, []string{"corpus: a test", "examples: 12 words, 10 heads of cues"}, back.Meta(), "the caller's lines and what it learned from")
	// learned from these very sentences, the model takes "scoffed", which
	// no lexicon entry holds
	got := (&Extractor{Model: back}).Extract(doc)
	assert.Contains(t, cues(got), "scoffed")
	_, err = x.Train(nil, opt)
	assert.Error(t, err)
	_, err = x.Train(docs, TrainOptions{Keep: 2})
	assert.Error(t, err)
}

// TestModelConcurrent runs the built-in model from many goroutines; with
// -race it checks that the model and the pooled runs share nothing.
func TestModelConcurrent(t *testing.T) {
	docs := articles(t)
	want := map[string]int{}
	for name, doc := range docs {
		want[name] = len((&Extractor{}).Extract(doc))
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name, doc := range docs {
				assert.Len(t, (&Extractor{}).Extract(doc), want[name], name)
			}
		}()
	}
	wg.Wait()
}

// TestReasonsListed checks that every reason the rules give for a
// rejection is in the list the model's features and explanations use.
func TestReasonsListed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	re := regexp.MustCompile(`(?:reject\(a, |noteRejection\([^,]+, )"([a-zA-Z-]+)"`)
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			found++
			assert.Contains(t, reasons, m[1], "%s: reason %q", f, m[1])
		}
	}
	assert.Greater(t, found, 20)
}

// A zero model of each kind is inert, never a panic: the zero cue model
// runs the rules alone, and zero source and content models change nothing
// the cue model's rules found.
func TestZeroModels(t *testing.T) {
	doc := nlp.Parse("The mayor said the bridge is safe. “It will hold,” she added, according to aides.")
	rules := (&Extractor{RulesOnly: true}).Extract(doc)
	assert.Equal(t, rules, (&Extractor{Model: &Model{}}).Extract(doc))
	withCue := (&Extractor{Model: DefaultModel(), Sources: &SourceModel{}, Contents: &ContentModel{}}).Extract(doc)
	assert.NotEmpty(t, withCue)
	for _, a := range withCue {
		assert.NotEqual(t, "model:source", a.SourceRule, "a zero SourceModel replaces no source")
		assert.NotEqual(t, "model:content", a.ContentRule, "a zero ContentModel moves no content")
	}
	for _, z := range []interface {
		Meta() []string
		Size() (int, int)
		MarshalBinary() ([]byte, error)
	}{&Model{}, &SourceModel{}, &ContentModel{}} {
		assert.Nil(t, z.Meta())
		n, table := z.Size()
		assert.Zero(t, n+table)
		_, err := z.MarshalBinary()
		assert.Error(t, err)
	}
}
