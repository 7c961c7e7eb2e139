package hearsay

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/sentiment"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with testdata/golden/name, or rewrites the file when
// the test runs with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run %s -update to create it", t.Name())
	assert.Equal(t, string(want), got, "(-want +got); rerun with -update after checking the change")
}

// TestGoldenFindings pins every finding on the seed article, one a line:
// `start:end category "text" term`.
func TestGoldenFindings(t *testing.T) {
	text, _ := loadSeed(t)
	r, err := Analyze(text)
	require.NoError(t, err)
	var b strings.Builder
	for _, s := range r.Statements {
		for _, f := range s.Findings {
			fmt.Fprintf(&b, "%d:%d %s %q %s\n", f.Start, f.End, f.Category, f.Text, f.Rule)
		}
	}
	golden(t, "venezuela-strike.findings", b.String())
}

// goldenDocs lists the documents whose full reports are pinned under
// testdata/golden as <name>.report: the seed and every article of
// testdata/articles.
func goldenDocs(t *testing.T) []struct{ name, text string } {
	t.Helper()
	seed, _ := loadSeed(t)
	docs := []struct{ name, text string }{{"venezuela-strike", seed}}
	paths, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		docs = append(docs, struct{ name, text string }{strings.TrimSuffix(filepath.Base(p), ".txt"), string(b)})
	}
	return docs
}

// TestGoldenReports pins the full analysis of each document: a change in
// any statement's score, attribution, finding or factor shows as a diff of
// its report. The files record what hearsay does, right or wrong;
// testdata/articles/README.md lists what is known to be wrong in them.
func TestGoldenReports(t *testing.T) {
	for _, d := range goldenDocs(t) {
		t.Run(d.name, func(t *testing.T) {
			golden(t, d.name+".report", fullReport(t, d.text))
		})
	}
}

// printedFields names, for each type fullReport prints, the fields it
// prints. A field added to one of these types fails
// TestFullReportPrintsEveryField until fullReport prints it too.
var printedFields = []struct {
	typ    reflect.Type
	fields []string
}{
	{reflect.TypeOf(attribution.Attribution{}), []string{"Sentence", "Cue", "Stance", "Weight", "Source", "Content", "Quote", "Negated", "Irrealis", "Rule", "SourceRule", "ContentRule"}},
	{reflect.TypeOf(attribution.Cue{}), []string{"Span", "Text", "Lemma", "Form"}},
	{reflect.TypeOf(attribution.Source{}), []string{"Span", "Text", "Kind", "Resolved"}},
	{reflect.TypeOf(attribution.Content{}), []string{"Span", "Text", "Parts"}},
	{reflect.TypeOf(Attribution{}), []string{"Cue", "Stance", "Source", "Content", "Quote", "Negated", "Irrealis", "Rule", "weight"}},
	{reflect.TypeOf(Report{}), []string{"Schema", "ID", "Language", "Score", "Statements", "Sources", "Sentiment", "mem"}},
	{reflect.TypeOf(Statement{}), []string{"Index", "Span", "CharSpan", "Text", "Score", "Attributions", "Findings", "Sentiment", "Explanation"}},
	{reflect.TypeOf(Finding{}), []string{"Category", "Rule", "Span", "CharSpan", "Text", "Term", "Weight", "Source"}},
	{reflect.TypeOf(Contribution{}), []string{"Factor", "Contribution", "Span", "CharSpan", "Text"}},
	{reflect.TypeOf(Source{}), []string{"Name", "Kind", "Mentions", "Statements", "Stances"}},
	{reflect.TypeOf(sentiment.Valence{}), []string{"Compound", "Positive", "Negative", "Neutral", "Emphasis", "Words"}},
	{reflect.TypeOf(sentiment.Word{}), []string{"Span", "StartChar", "EndChar", "Text", "Prior", "Valence"}},
}

// TestFullReportPrintsEveryField fails when a type the golden reports
// print gains or loses a field, so that the reports keep showing all of
// what hearsay finds.
func TestFullReportPrintsEveryField(t *testing.T) {
	for _, tc := range printedFields {
		t.Run(tc.typ.String(), func(t *testing.T) {
			var have []string
			for i := range tc.typ.NumField() {
				have = append(have, tc.typ.Field(i).Name)
			}
			assert.ElementsMatch(t, tc.fields, have, "fullReport must print every field of %s", tc.typ)
		})
	}
}

// fullReport renders everything hearsay reports on text, one fact a line,
// for a reader to check like an editor. Attributions are printed from the
// attribution package's values, which carry more than the report's (form,
// weight, content parts); the test checks that both agree where they
// overlap.
func fullReport(t *testing.T, text string) string {
	t.Helper()
	r, err := Analyze(text)
	require.NoError(t, err)
	doc := nlp.Parse(text)
	require.Len(t, doc.Sentences, len(r.Statements))
	var x attribution.Extractor
	attrs := x.ExtractMatches(doc, lexicon.Default().Match(doc))
	bySentence := make([][]attribution.Attribution, len(r.Statements))
	for _, a := range attrs {
		require.True(t, a.Sentence >= 0 && a.Sentence < len(bySentence), "attribution outside the document: sentence %d", a.Sentence)
		bySentence[a.Sentence] = append(bySentence[a.Sentence], a)
	}

	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	span := func(s nlp.Span) string { return fmt.Sprintf("%d:%d", s.Start, s.End) }
	// cspan is span for a span with code point offsets, which are not
	// printed but checked: they follow from the byte offsets.
	cspan := func(s nlp.Span, c CharSpan) string {
		t.Helper()
		require.Equal(t, CharSpan{utf8.RuneCountInString(text[:s.Start]), utf8.RuneCountInString(text[:s.End])}, c, "code point offsets of %s", span(s))
		return span(s)
	}
	p("schema %s, language %s, id %q\n", r.Schema, r.Language, r.ID)
	p("document score %.3f, %d statements\n", r.Score, len(r.Statements))
	p("document sentiment compound %+.3f positive %.3f negative %.3f neutral %.3f emphasis %.3f\n", r.Sentiment.Compound, r.Sentiment.Positive, r.Sentiment.Negative, r.Sentiment.Neutral, r.Sentiment.Emphasis)
	for i, st := range r.Statements {
		p("\n[%d] %s score %.3f\n", st.Index, cspan(st.Span, st.CharSpan), st.Score)
		p("  text %q\n", st.Text)
		require.Len(t, st.Attributions, len(bySentence[i]), "statement %d: report and extractor disagree", i)
		for j, a := range bySentence[i] {
			ra := st.Attributions[j]
			require.Equal(t, a.Cue.Span, ra.Cue.Span, "statement %d attribution %d", i, j)
			require.Equal(t, []any{a.Cue.Text, a.Cue.Lemma, a.Stance, a.Quote, a.Negated, a.Irrealis, a.Rule},
				[]any{ra.Cue.Text, ra.Cue.Lemma, ra.Stance, ra.Quote, ra.Negated, ra.Irrealis, ra.Rule}, "statement %d attribution %d", i, j)
			if a.Source.Kind != attribution.None && a.Source.Kind != "" {
				require.Equal(t, []any{a.Source.Span, a.Source.Text, a.Source.Kind, a.Source.Resolved},
					[]any{ra.Source.Span, ra.Source.Text, ra.Source.Kind, ra.Source.Resolved}, "statement %d attribution %d", i, j)
			}
			require.Equal(t, a.Content.Text != "", ra.Content != nil, "statement %d attribution %d", i, j)
			require.Equal(t, a.SourceRule, ra.Source.Rule, "statement %d attribution %d: source rule", i, j)
			if ra.Content != nil {
				require.Equal(t, a.ContentRule, ra.Content.Rule, "statement %d attribution %d: content rule", i, j)
			}
			if ra.Content != nil && len(a.Content.Parts) > 0 {
				require.Len(t, ra.Content.Parts, len(a.Content.Parts), "statement %d attribution %d: content parts", i, j)
				for k, part := range a.Content.Parts {
					require.Equal(t, part, ra.Content.Parts[k].Span, "statement %d attribution %d: content part %d", i, j, k)
				}
			}

			p("  attribution %d (sentence %d)\n", j, a.Sentence)
			p("    cue      %q %s lemma %q form %s\n", a.Cue.Text, span(a.Cue.Span), a.Cue.Lemma, a.Cue.Form)
			p("    stance   %s weight %.2f negated %t irrealis %t rule %s\n", a.Stance, a.Weight, a.Negated, a.Irrealis, a.Rule)
			p("    source   %s %q %s resolved %q", a.Source.Kind, a.Source.Text, span(a.Source.Span), a.Source.Resolved)
			if a.SourceRule != "" {
				p(" rule %s", a.SourceRule)
			}
			p("\n")
			p("    content  %s %s %q", a.Quote, span(a.Content.Span), a.Content.Text)
			if a.ContentRule != "" {
				p(" rule %s", a.ContentRule)
			}
			p("\n")
			for _, part := range a.Content.Parts {
				p("      part   %s %q\n", span(part), part.In(text))
			}
		}
		for _, f := range st.Findings {
			p("  finding %s %s %s %q term %q weight %.2f from %q\n", f.Category, f.Rule, cspan(f.Span, f.CharSpan), f.Text, f.Term, f.Weight, f.Source)
		}
		for _, c := range st.Explanation {
			p("  factor %s %+.3f %s %q\n", c.Factor, c.Contribution, cspan(c.Span, c.CharSpan), c.Text)
		}
		v := st.Sentiment
		p("  sentiment compound %+.3f positive %.3f negative %.3f neutral %.3f emphasis %.3f\n", v.Compound, v.Positive, v.Negative, v.Neutral, v.Emphasis)
		for _, w := range v.Words {
			p("    word %q %s prior %+.2f valence %+.2f\n", w.Text, cspan(w.Span, CharSpan{w.StartChar, w.EndChar}), w.Prior, w.Valence)
		}
	}
	p("\nsources\n")
	for _, s := range r.Sources {
		stances := make([]string, 0, len(s.Stances))
		for _, st := range lexicon.Stances {
			if n, ok := s.Stances[st]; ok {
				stances = append(stances, fmt.Sprintf("%s %d", st, n))
			}
		}
		require.Len(t, stances, len(s.Stances), "source %q has a stance outside lexicon.Stances", s.Name)
		p("  %s %q mentions %d statements %v stances %s\n", s.Kind, s.Name, s.Mentions, s.Statements, strings.Join(stances, ", "))
	}
	return b.String()
}
