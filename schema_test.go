package hearsay

import (
	"encoding/json"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The closed vocabularies and field names of docs/report-schema.md.
var (
	schemaStances     = []string{"neutral", "assertive", "denial", "accusation", "factive", "speculative", "directive", "commissive"}
	schemaSourceKinds = []string{"person", "organization", "anonymous", "pronoun", "self", "none"}
	schemaQuotes      = []string{"direct", "indirect", "mixed"}
	schemaCategories  = []string{"hedge", "booster", "loaded", "scare-quote", "evidence-absent", "evidence-supported", "vague-source"}
	schemaRules       = []string{"verb-complement", "verb-trailing", "verb-inverted", "participle", "passive", "passive-by", "noun-cue", "according-to", "punctuation-colon", "punctuation-dash", "adverbial-statement"}

	// Fields the schema names (required) and fields hearsay adds (allowed).
	reportFields      = fields{required: []string{"schema", "language", "score", "statements", "sources"}, optional: []string{"id", "sentiment"}}
	statementFields   = fields{required: []string{"index", "start", "end", "start_char", "end_char", "text", "score", "attributions", "findings", "sentiment", "explanation"}}
	attributionFields = fields{required: []string{"cue", "stance", "quote"}, optional: []string{"source", "content", "negated", "irrealis", "rule"}}
	cueFields         = fields{required: []string{"start", "end", "start_char", "end_char", "text", "lemma"}}
	sourceFields      = fields{required: []string{"start", "end", "start_char", "end_char", "text", "kind", "resolved"}, optional: []string{"rule"}}
	contentFields     = fields{required: []string{"start", "end", "start_char", "end_char", "text"}, optional: []string{"parts", "rule"}}
	partFields        = fields{required: []string{"start", "end", "start_char", "end_char", "text"}}
	findingFields     = fields{required: []string{"category", "start", "end", "start_char", "end_char", "text", "weight"}, optional: []string{"term", "rule"}}
	sentimentFields   = fields{required: []string{"compound", "positive", "negative", "neutral"}, optional: []string{"emphasis", "words"}}
	explainFields     = fields{required: []string{"factor", "contribution"}, optional: []string{"start", "end", "start_char", "end_char", "text"}}
	ledgerFields      = fields{required: []string{"name", "kind", "mentions", "statements", "stances"}}
)

type fields struct{ required, optional []string }

func (f fields) check(t *testing.T, what string, obj map[string]any) {
	t.Helper()
	for _, k := range f.required {
		assert.Contains(t, obj, k, "%s lacks field %q", what, k)
	}
	for k := range obj {
		assert.True(t, slices.Contains(f.required, k) || slices.Contains(f.optional, k), "%s has field %q the schema does not know", what, k)
	}
}

// schemaChecker walks a decoded report.
type schemaChecker struct {
	t     *testing.T
	input string
}

func (c schemaChecker) span(what string, obj map[string]any) {
	c.t.Helper()
	start, end := int(obj["start"].(float64)), int(obj["end"].(float64))
	require.True(c.t, 0 <= start && start <= end && end <= len(c.input), "%s span %d:%d out of bounds", what, start, end)
	if text, ok := obj["text"]; ok {
		assert.Equal(c.t, c.input[start:end], text, "%s text must equal the input at its offsets", what)
	}
	sc, ec := int(obj["start_char"].(float64)), int(obj["end_char"].(float64))
	assert.Equal(c.t, c.input[start:end], string([]rune(c.input)[sc:ec]), "%s: the text at its code point offsets %d:%d", what, sc, ec)
}

func (c schemaChecker) report(raw []byte) {
	t := c.t
	var r map[string]any
	require.NoError(t, json.Unmarshal(raw, &r))
	reportFields.check(t, "report", r)
	if sent, ok := r["sentiment"].(map[string]any); ok {
		sentimentFields.check(t, "report sentiment", sent)
		assert.NotContains(t, sent, "words", "the document's sentiment lists no words")
		assert.True(t, math.Abs(sent["compound"].(float64)) <= 1)
	}
	assert.Equal(t, "hearsay/v1", r["schema"])
	assert.Equal(t, "en", r["language"])
	unit(t, "report score", r["score"])
	for _, s := range r["statements"].([]any) {
		st := s.(map[string]any)
		statementFields.check(t, "statement", st)
		c.span("statement", st)
		unit(t, "statement score", st["score"])
		for _, a := range st["attributions"].([]any) {
			at := a.(map[string]any)
			attributionFields.check(t, "attribution", at)
			assert.Contains(t, schemaStances, at["stance"])
			assert.Contains(t, schemaQuotes, at["quote"])
			cue := at["cue"].(map[string]any)
			cueFields.check(t, "cue", cue)
			c.span("cue", cue)
			if s, ok := at["source"].(map[string]any); ok {
				sourceFields.check(t, "source", s)
				c.span("source", s)
				assert.Contains(t, schemaSourceKinds, s["kind"])
			}
			if ct, ok := at["content"].(map[string]any); ok {
				contentFields.check(t, "content", ct)
				c.span("content", ct)
				if ps, ok := ct["parts"].([]any); ok {
					require.Greater(t, len(ps), 1, "parts are given only for a content in several parts")
					first := ps[0].(map[string]any)
					assert.Equal(t, ct["start"], first["start"], "the content's span is its first part")
					assert.Equal(t, ct["end"], first["end"], "the content's span is its first part")
					end := -1.0
					for _, p := range ps {
						pt := p.(map[string]any)
						partFields.check(t, "content part", pt)
						c.span("content part", pt)
						assert.Greater(t, pt["start"].(float64), end, "parts in input order, apart")
						end = pt["end"].(float64)
					}
				}
			}
			if v, ok := at["irrealis"]; ok {
				assert.Equal(t, true, v, "irrealis is given only when true")
			}
			if v, ok := at["rule"].(string); ok && !strings.HasPrefix(v, "model:") {
				assert.Contains(t, schemaRules, v)
			}
		}
		for _, f := range st["findings"].([]any) {
			fd := f.(map[string]any)
			findingFields.check(t, "finding", fd)
			c.span("finding", fd)
			assert.Contains(t, schemaCategories, fd["category"])
			unit(t, "finding weight", fd["weight"])
		}
		sent := st["sentiment"].(map[string]any)
		sentimentFields.check(t, "sentiment", sent)
		assert.True(t, math.Abs(sent["compound"].(float64)) <= 1)
		sum := 0.0
		for _, e := range st["explanation"].([]any) {
			ex := e.(map[string]any)
			explainFields.check(t, "explanation", ex)
			if _, ok := ex["start"]; ok {
				c.span("explanation", ex)
			}
			sum += ex["contribution"].(float64)
		}
		assert.InDelta(t, st["score"].(float64), sum, 1e-9)
	}
	for _, s := range r["sources"].([]any) {
		src := s.(map[string]any)
		ledgerFields.check(t, "source ledger entry", src)
		assert.Contains(t, schemaSourceKinds, src["kind"])
		var stances []string
		for k := range src["stances"].(map[string]any) {
			stances = append(stances, k)
		}
		sort.Strings(stances)
		for _, k := range stances {
			assert.Contains(t, schemaStances, k)
		}
	}
}

func unit(t *testing.T, what string, v any) {
	t.Helper()
	f, ok := v.(float64)
	require.True(t, ok, "%s is not a number", what)
	assert.True(t, f >= 0 && f <= 1, "%s %v not in [0, 1]", what, f)
}

func TestReportMatchesSchema(t *testing.T) {
	seed, _ := loadSeed(t)
	for _, input := range []string{
		seed,
		"“We will win. They will lose,” she said. Officials, speaking on condition of anonymity, denied it.",
		"“We will win,” she said, “and they will lose.” Rivals might argue that the vote was rigged.",
		"",
		"Ünïcödé “quotes” — and emoji 🙂 said the spokesman.",
	} {
		r, err := Analyze(input)
		require.NoError(t, err)
		raw, err := json.Marshal(r)
		require.NoError(t, err)
		require.True(t, utf8.Valid(raw))
		schemaChecker{t: t, input: input}.report(raw)
	}
}

func FuzzAnalyze(f *testing.F) {
	seed, _ := loadSeed(f)
	for _, s := range []string{
		seed[:600], "", "He said, “no.” “Yes,” she said", "\xff\xfe", "Officials claimed — without evidence — it was “a hoax.”",
		"According to sources, the regime may have “obliterated” it. Court records show otherwise.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, input string) {
		r, err := Analyze(input)
		if !utf8.ValidString(input) {
			require.ErrorIs(t, err, ErrInvalidUTF8)
			return
		}
		require.NoError(t, err)
		raw, err := json.Marshal(r)
		require.NoError(t, err)
		schemaChecker{t: t, input: input}.report(raw)
		again, err := Analyze(input)
		require.NoError(t, err)
		raw2, _ := json.Marshal(again)
		require.Equal(t, string(raw), string(raw2), "the same input gives byte-identical JSON")
	})
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
