package hearsay

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func analyzeFile(t *testing.T, path string) *Report {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	r, err := Analyze(string(b))
	require.NoError(t, err)
	r.ID = path
	return r
}

// TestCompareVerbShift compares two versions of an article that differ in
// one verb, "said" → "claimed": the comparison reports that source's
// shift and nothing else.
func TestCompareVerbShift(t *testing.T) {
	a := analyzeFile(t, "testdata/compare/plant-fire-said.txt")
	b := analyzeFile(t, "testdata/compare/plant-fire-claimed.txt")
	c := Compare(a, b)
	var changed []SourceComparison
	for _, sc := range c.Sources {
		require.NotNil(t, sc.Asymmetry, "%s is in both articles", sc.Name)
		if sc.Changed {
			changed = append(changed, sc)
			continue
		}
		assert.Zero(t, *sc.Asymmetry, "%s: unchanged, no asymmetry", sc.Name)
		assert.Equal(t, sc.A.Cues, sc.B.Cues, "%s: same cues", sc.Name)
	}
	require.Len(t, changed, 1, "only one source's verbs differ")
	sc := changed[0]
	assert.Equal(t, "Delmar Plastics", sc.Name)
	require.Len(t, sc.A.Cues, 1)
	require.Len(t, sc.B.Cues, 1)
	assert.Equal(t, CueUse{Text: "said", Lemma: "say", Stance: lexicon.Neutral, Statement: 2}, sc.A.Cues[0])
	assert.Equal(t, CueUse{Text: "claimed", Lemma: "claim", Stance: lexicon.Assertive, Statement: 2}, sc.B.Cues[0])
	assert.InDelta(t, 0, *sc.A.Doubt, 1e-9)
	assert.InDelta(t, 1, *sc.B.Doubt, 1e-9)
	assert.InDelta(t, 1, *sc.Asymmetry, 1e-9, "said → claimed for the source's one cue")
	assert.Empty(t, c.OnlyA, "no term only in A")
	assert.Empty(t, c.OnlyB, "no term only in B")
	require.NotNil(t, c.Asymmetry)
	assert.InDelta(t, 1.0/float64(c.A.Attributions), *c.Asymmetry, 1e-9, "one cue of the article's changed")
	assert.Equal(t, c.A.Attributions, c.B.Attributions)
	assert.Greater(t, c.B.Score, c.A.Score, "claimed scores higher than said")
}

// TestCompareFraming compares a wire report with a tabloid one on the
// same fire.
func TestCompareFraming(t *testing.T) {
	a := analyzeFile(t, "testdata/compare/plant-fire-wire.txt")
	b := analyzeFile(t, "testdata/compare/plant-fire-tabloid.txt")
	c := Compare(a, b)
	require.NotNil(t, c.Asymmetry)
	assert.Greater(t, *c.Asymmetry, 0.3, "the tabloid frames its sources with more doubt")
	assert.Greater(t, c.B.Score, c.A.Score)
	byName := map[string]SourceComparison{}
	for _, sc := range c.Sources {
		byName[sc.Name] = sc
	}
	for _, name := range []string{"Delmar Plastics", "Tom Okafor", "Maria Stone"} {
		sc, ok := byName[name]
		require.True(t, ok, "%s is matched", name)
		assert.NotEmpty(t, sc.A.Cues, "%s in A", name)
		assert.NotEmpty(t, sc.B.Cues, "%s in B", name)
		assert.True(t, sc.Changed, name)
		require.NotNil(t, sc.Asymmetry, name)
		assert.Positive(t, *sc.Asymmetry, "%s: said in A; claimed, slammed or accused in B", name)
	}
	only := map[string]Category{}
	for _, u := range c.OnlyB {
		only[u.Term] = u.Category
	}
	assert.Equal(t, Loaded, only["notorious"])
	assert.Equal(t, Loaded, only["reckless"])
	assert.Equal(t, Hedge, only["reportedly"])
	assert.Equal(t, EvidenceAbsent, only["without evidence"])
	for _, u := range c.OnlyA {
		assert.NotEqual(t, Loaded, u.Category, "the wire report has no loaded term the tabloid lacks: %q", u.Term)
	}
}

// rep builds a report from statements of attributions and findings.
func rep(id string, score float64, sts ...Statement) *Report {
	for i := range sts {
		sts[i].Index = i
	}
	return &Report{Schema: Schema, ID: id, Score: score, Statements: sts}
}

func attr(cue string, stance lexicon.Stance, kind attribution.SourceKind, text, resolved string) Attribution {
	return Attribution{Cue: Cue{Text: cue, Lemma: cue}, Stance: stance, Source: &AttributionSource{Text: text, Kind: kind, Resolved: resolved}}
}

func find(cat Category, text, term string) Finding {
	return Finding{Category: cat, Text: text, Term: term, Span: nlp.Span{}}
}

func f64(v float64) *float64 { return &v }

func TestCompareFigures(t *testing.T) {
	trump := func(cue string, st lexicon.Stance) Attribution {
		return attr(cue, st, attribution.Person, "Trump", "Donald Trump")
	}
	tests := []struct {
		name    string
		a, b    *Report
		sources []string // names, in order
		changed []bool
		asym    []*float64
		asymDoc *float64
		onlyA   []string
		onlyB   []string
		reason  string
	}{
		{
			name:    "identical",
			a:       rep("a", 0.5, Statement{Attributions: []Attribution{trump("said", lexicon.Neutral)}}),
			b:       rep("b", 0.5, Statement{Attributions: []Attribution{trump("said", lexicon.Neutral)}}),
			sources: []string{"Donald Trump"}, changed: []bool{false}, asym: []*float64{f64(0)}, asymDoc: f64(0),
			reason: "the same cues: nothing changed",
		},
		{
			name:    "name case and spacing",
			a:       rep("a", 0, Statement{Attributions: []Attribution{attr("said", lexicon.Neutral, attribution.Person, "O’Neil", "Mary  O’Neil")}}),
			b:       rep("b", 0, Statement{Attributions: []Attribution{attr("claimed", lexicon.Assertive, attribution.Person, "O'NEIL", "mary o'neil")}}),
			sources: []string{"Mary O’Neil"}, changed: []bool{true}, asym: []*float64{f64(1)}, asymDoc: f64(1),
			reason: "names match without regard to case, spaces or apostrophes",
		},
		{
			name: "pronoun and anonymous",
			a: rep("a", 0, Statement{Attributions: []Attribution{
				attr("said", lexicon.Neutral, attribution.Pronoun, "He", "Donald Trump"),
				attr("said", lexicon.Neutral, attribution.Anonymous, "Officials", ""),
			}}),
			b: rep("b", 0, Statement{Attributions: []Attribution{
				trump("alleged", lexicon.Assertive),
				attr("said", lexicon.Neutral, attribution.Anonymous, "officials", ""),
			}}),
			sources: []string{"Donald Trump", "Officials"}, changed: []bool{true, false}, asym: []*float64{f64(1), f64(0)}, asymDoc: f64(0.5),
			reason: "a pronoun matches what it resolves to; anonymous sources match by their words",
		},
		{
			name:    "one side only",
			a:       rep("a", 0, Statement{Attributions: []Attribution{trump("said", lexicon.Neutral)}}),
			b:       rep("b", 0, Statement{Attributions: []Attribution{attr("accused", lexicon.Accusation, attribution.Organization, "Reuters", "Reuters")}}),
			sources: []string{"Donald Trump", "Reuters"}, changed: []bool{true, true}, asym: []*float64{nil, nil}, asymDoc: f64(1),
			reason: "a source one article lacks has no asymmetry",
		},
		{
			name: "share",
			a: rep("a", 0, Statement{Attributions: []Attribution{
				trump("said", lexicon.Neutral), trump("claimed", lexicon.Assertive), trump("urged", lexicon.Directive), trump("denied", lexicon.Denial),
			}}),
			b: rep("b", 0, Statement{Attributions: []Attribution{
				trump("accused", lexicon.Accusation), trump("claimed", lexicon.Assertive), trump("confirmed", lexicon.Factive), trump("denied", lexicon.Denial),
			}}),
			sources: []string{"Donald Trump"}, changed: []bool{true}, asym: []*float64{f64(0.25)}, asymDoc: f64(0.25),
			reason: "doubt share = (assertive + accusation) / all: 1/4 in A, 2/4 in B",
		},
		{
			name:    "a commitment is not doubt",
			a:       rep("a", 0, Statement{Attributions: []Attribution{trump("promised", lexicon.Commissive), trump("said", lexicon.Neutral)}}),
			b:       rep("b", 0, Statement{Attributions: []Attribution{trump("claimed", lexicon.Assertive), trump("said", lexicon.Neutral)}}),
			sources: []string{"Donald Trump"}, changed: []bool{true}, asym: []*float64{f64(0.5)}, asymDoc: f64(0.5),
			reason: "a commissive cue counts among all cues but not as doubt: 0/2 in A, 1/2 in B",
		},
		{
			name:    "negation",
			a:       rep("a", 0, Statement{Attributions: []Attribution{trump("denied", lexicon.Denial)}}),
			b:       rep("b", 0, Statement{Attributions: []Attribution{func() Attribution { a := trump("denied", lexicon.Denial); a.Negated = true; return a }()}}),
			sources: []string{"Donald Trump"}, changed: []bool{true}, asym: []*float64{f64(0)}, asymDoc: f64(0),
			reason: "'did not deny' is another cue than 'denied'",
		},
		{
			name:    "order does not matter",
			a:       rep("a", 0, Statement{Attributions: []Attribution{trump("said", lexicon.Neutral)}}, Statement{Attributions: []Attribution{trump("claimed", lexicon.Assertive)}}),
			b:       rep("b", 0, Statement{Attributions: []Attribution{trump("claimed", lexicon.Assertive)}}, Statement{Attributions: []Attribution{trump("said", lexicon.Neutral)}}),
			sources: []string{"Donald Trump"}, changed: []bool{false}, asym: []*float64{f64(0)}, asymDoc: f64(0),
			reason: "cues compare as a multiset",
		},
		{
			name: "no source and the writer",
			a: rep("a", 0, Statement{Attributions: []Attribution{
				{Cue: Cue{Text: "was alleged"}, Stance: lexicon.Assertive, Source: &AttributionSource{Kind: attribution.None}},
				{Cue: Cue{Text: "believe"}, Stance: lexicon.Speculative, Source: &AttributionSource{Text: "I", Kind: attribution.Self}},
			}}),
			b:       rep("b", 0, Statement{Attributions: []Attribution{{Cue: Cue{Text: "was said"}, Stance: lexicon.Neutral}}}),
			sources: []string{"(no source)", "(the writer)"}, changed: []bool{true, true}, asym: []*float64{f64(-1), nil}, asymDoc: f64(-0.5),
			reason: "attributions without a source compare as one pseudo-source",
		},
		{
			name:    "no attributions",
			a:       rep("a", 0, Statement{}),
			b:       rep("b", 0),
			sources: []string{}, changed: []bool{}, asym: []*float64{}, asymDoc: nil,
			reason: "nothing to share: the asymmetry is undefined",
		},
		{
			name: "terms",
			a: rep("a", 0,
				Statement{Findings: []Finding{find(Loaded, "terrorists", "terrorist"), find(Hedge, "reportedly", "reportedly"), find(Loaded, "regime", "regime")}},
				Statement{Findings: []Finding{find(Loaded, "Regime", "regime")}}),
			b: rep("b", 0,
				Statement{Findings: []Finding{find(Loaded, "terrorist", "terrorist"), find(Booster, "clearly", "clearly"), find(ScareQuote, "“heroes”", "heroes")}}),
			sources: []string{}, changed: []bool{}, asym: []*float64{},
			onlyA: []string{"reportedly", "regime"}, onlyB: []string{"clearly", "heroes"},
			reason: "terms match by lexicon term, not by form",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Compare(tc.a, tc.b)
			assert.Equal(t, ComparisonSchema, c.Schema)
			var names []string
			var changed []bool
			var asym []*float64
			for _, sc := range c.Sources {
				names = append(names, sc.Name)
				changed = append(changed, sc.Changed)
				asym = append(asym, sc.Asymmetry)
			}
			assert.Equal(t, tc.sources, nonNil(names), tc.reason)
			assert.Equal(t, tc.changed, nonNil(changed), tc.reason)
			require.Len(t, asym, len(tc.asym))
			for i := range asym {
				if tc.asym[i] == nil {
					assert.Nil(t, asym[i], "%s: %s", names[i], tc.reason)
				} else if assert.NotNil(t, asym[i], "%s: %s", names[i], tc.reason) {
					assert.InDelta(t, *tc.asym[i], *asym[i], 1e-9, "%s: %s", names[i], tc.reason)
				}
			}
			if tc.asymDoc == nil {
				assert.Nil(t, c.Asymmetry)
			} else if assert.NotNil(t, c.Asymmetry) {
				assert.InDelta(t, *tc.asymDoc, *c.Asymmetry, 1e-9, tc.reason)
			}
			terms := func(us []TermUse) []string {
				out := []string{}
				for _, u := range us {
					out = append(out, u.Term)
				}
				return out
			}
			assert.Equal(t, nonNil(tc.onlyA), terms(c.OnlyA), tc.reason)
			assert.Equal(t, nonNil(tc.onlyB), terms(c.OnlyB), tc.reason)
		})
	}
}

func TestCompareTermUse(t *testing.T) {
	a := rep("a", 0,
		Statement{Findings: []Finding{find(Loaded, "regime", "regime"), find(Loaded, "Regime", "regime")}},
		Statement{Findings: []Finding{find(Loaded, "regimes", "regime")}})
	c := Compare(a, rep("b", 0))
	require.Len(t, c.OnlyA, 1)
	assert.Equal(t, TermUse{Category: Loaded, Term: "regime", Texts: []string{"regime", "Regime", "regimes"}, Count: 3, Statements: []int{0, 1}}, c.OnlyA[0])
}

func TestCompareNil(t *testing.T) {
	c := Compare(nil, rep("b", 0.2, Statement{Attributions: []Attribution{attr("said", lexicon.Neutral, attribution.Person, "X", "X")}}))
	assert.Nil(t, c.Asymmetry)
	require.Len(t, c.Sources, 1)
	assert.Empty(t, c.Sources[0].A.Cues)
}

// TestComparisonJSON checks the JSON form: snake-case keys, undefined
// figures as null, empty lists as [].
func TestComparisonJSON(t *testing.T) {
	c := Compare(rep("a.txt", 0.1, Statement{Attributions: []Attribution{attr("said", lexicon.Neutral, attribution.Person, "X", "X")}}), rep("b.txt", 0.2))
	b, err := json.Marshal(c)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "hearsay-compare/v1", m["schema"])
	assert.Nil(t, m["asymmetry"])
	assert.Equal(t, []any{}, m["only_a"])
	assert.Equal(t, "a.txt", m["a"].(map[string]any)["id"])
	assert.InDelta(t, 0.0, m["a"].(map[string]any)["doubt"], 1e-9)
	assert.Nil(t, m["b"].(map[string]any)["doubt"])
	src := m["sources"].([]any)[0].(map[string]any)
	assert.Equal(t, "X", src["name"])
	assert.Equal(t, []any{}, src["b"].(map[string]any)["cues"])
	assert.Equal(t, true, src["changed"])
}

func TestWriteComparisonText(t *testing.T) {
	a := analyzeFile(t, "testdata/compare/plant-fire-said.txt")
	b := analyzeFile(t, "testdata/compare/plant-fire-claimed.txt")
	c := Compare(a, b)
	var out bytes.Buffer
	require.NoError(t, WriteComparisonText(&out, &c))
	s := out.String()
	assert.Contains(t, s, "A  testdata/compare/plant-fire-said.txt\n")
	assert.Contains(t, s, "* Delmar Plastics [")
	assert.Contains(t, s, "      A     \"said\" (neutral) #2\n      B     \"claimed\" (assertive) #2\n")
	assert.Equal(t, 1, strings.Count(s, "\n* "), "one source marked as changed")
	assert.Contains(t, s, "asymmetry +1.00")
	assert.Contains(t, s, "Only in A: no terms\nOnly in B: no terms\n")
}

func TestWriteComparisonHTML(t *testing.T) {
	ta, err := os.ReadFile("testdata/compare/plant-fire-wire.txt")
	require.NoError(t, err)
	tb, err := os.ReadFile("testdata/compare/plant-fire-tabloid.txt")
	require.NoError(t, err)
	a, err := Analyze(string(ta))
	require.NoError(t, err)
	b, err := Analyze(string(tb))
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, WriteComparisonHTML(&out, a, b, &ComparisonHTMLOptions{
		A: HTMLOptions{Title: "wire.txt", Text: string(ta)},
		B: HTMLOptions{Title: "<tabloid>", Text: string(tb)},
	}))
	page := out.String()
	parseSpans(t, page)
	assert.Contains(t, page, "<title>hearsay comparison</title>")
	assert.Contains(t, page, `<tr data-source="Tom Okafor" data-changed="true">`)
	assert.Contains(t, page, "&lt;tabloid&gt;")
	assert.NotContains(t, page, "<tabloid>")
	assert.Contains(t, page, `id="a-s0"`)
	assert.Contains(t, page, `id="b-s0"`, "ids of the two articles kept apart")
	assert.Contains(t, page, `data-category="loaded"><bdi>notorious</bdi></span>`)
	assert.ErrorContains(t, WriteComparisonHTML(&out, a, nil, nil), "nil report")
	assert.ErrorContains(t, WriteComparisonHTML(&out, a, b, &ComparisonHTMLOptions{A: HTMLOptions{Text: "other"}}), "does not match")
}

// Two reports of one statement, said in one and claimed in the other.
func ExampleCompare() {
	a, _ := Analyze("Police said the driver fled the scene. The road was closed for hours.")
	b, _ := Analyze("Police claimed the driver fled the scene. The road was closed for hours.")
	c := Compare(a, b)
	for _, sc := range c.Sources {
		fmt.Printf("%s: changed %t, doubt %.2f → %.2f, asymmetry %+.2f\n", sc.Name, sc.Changed, *sc.A.Doubt, *sc.B.Doubt, *sc.Asymmetry)
		fmt.Printf("  A: %s (%s)  B: %s (%s)\n", sc.A.Cues[0].Text, sc.A.Cues[0].Stance, sc.B.Cues[0].Text, sc.B.Cues[0].Stance)
	}
	fmt.Printf("B scores higher: %t; terms only in A %d, only in B %d\n", c.B.Score > c.A.Score, len(c.OnlyA), len(c.OnlyB))
	// Output:
	// Police: changed true, doubt 0.00 → 1.00, asymmetry +1.00
	//   A: said (neutral)  B: claimed (assertive)
	// B scores higher: true; terms only in A 0, only in B 0
}
