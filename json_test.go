package hearsay

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/sentiment"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteJSONMatchesEncodingJSON checks that the streaming encoder writes
// exactly what encoding/json writes for the whole report, compact and
// indented.
func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	seed, _ := loadSeed(t)
	for _, text := range []string{seed, "", "He said “<b>&</b>”."} {
		r, err := Analyze(text)
		require.NoError(t, err)
		for _, id := range []string{"", "doc-1"} {
			r.ID = id
			for _, indent := range []bool{false, true} {
				var want bytes.Buffer
				enc := json.NewEncoder(&want)
				enc.SetEscapeHTML(false)
				if indent {
					enc.SetIndent("", "  ")
				}
				require.NoError(t, enc.Encode(r))
				var got bytes.Buffer
				require.NoError(t, WriteJSON(&got, r, indent))
				assert.Equal(t, want.String(), got.String(), "indent %v, id %q", indent, id)
			}
		}
	}
}

// compactWant is what encoding/json writes for r, with HTML escaping off.
func compactWant(t testing.TB, r *Report) string {
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(r))
	return want.String()
}

// The hand-written compact encoder writes what encoding/json writes, on
// every article of testdata and on text made to try its escaping: control
// characters, invalid UTF-8 inside a report's texts cannot occur (the
// input is refused), but U+2028, quotes, backslashes, HTML and tiny or
// huge numbers can.
func TestCompactJSONOnArticles(t *testing.T) {
	paths, err := filepath.Glob("testdata/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	texts := []string{"He said \"a\\b\" <i>&</i>\u2028next\u2029.\tTab\x01\x1f\x7f.", "Officials said it.\fThen\bmore."}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		r, err := Analyze(text)
		require.NoError(t, err)
		if len(r.Statements) > 0 {
			r.Statements[0].Score = 1e-9 // the exponent form
			r.Sources = append(r.Sources, Source{Name: "x", Stances: nil, Statements: nil})
		}
		var got bytes.Buffer
		require.NoError(t, WriteJSON(&got, r, false))
		assert.Equal(t, compactWant(t, r), got.String(), "%.40q", text)
	}
}

// A NaN cannot be written in JSON: an error, as encoding/json gives.
func TestCompactJSONRefusesNaN(t *testing.T) {
	r, err := Analyze("Officials said it.")
	require.NoError(t, err)
	r.Statements[0].Score = math.NaN()
	assert.Error(t, WriteJSON(io.Discard, r, false))
}

// The encoder writes every JSON field of the report's types: a field
// added to one of them fails here until jsonenc.go writes it too.
func TestJSONEncoderKnowsEveryField(t *testing.T) {
	known := map[reflect.Type][]string{
		reflect.TypeOf(Report{}):            {"schema", "id", "language", "score", "statements", "sources", "sentiment"},
		reflect.TypeOf(Statement{}):         {"index", "start", "end", "start_char", "end_char", "text", "score", "attributions", "findings", "sentiment", "explanation"},
		reflect.TypeOf(Attribution{}):       {"cue", "stance", "source", "content", "quote", "negated", "irrealis", "rule"},
		reflect.TypeOf(Cue{}):               {"start", "end", "start_char", "end_char", "text", "lemma"},
		reflect.TypeOf(AttributionSource{}): {"start", "end", "start_char", "end_char", "text", "kind", "resolved", "rule"},
		reflect.TypeOf(Content{}):           {"start", "end", "start_char", "end_char", "text", "parts", "rule"},
		reflect.TypeOf(ContentPart{}):       {"start", "end", "start_char", "end_char", "text"},
		reflect.TypeOf(Finding{}):           {"category", "rule", "start", "end", "start_char", "end_char", "text", "term", "weight"},
		reflect.TypeOf(Contribution{}):      {"factor", "contribution", "start", "end", "start_char", "end_char", "text"},
		reflect.TypeOf(Source{}):            {"name", "kind", "mentions", "statements", "stances"},
		reflect.TypeOf(sentiment.Valence{}): {"compound", "positive", "negative", "neutral", "emphasis", "words"},
		reflect.TypeOf(sentiment.Word{}):    {"start", "end", "start_char", "end_char", "text", "prior", "valence"},
	}
	for typ, want := range known {
		assert.Equal(t, want, jsonFieldNames(typ), "%s", typ)
	}
}

// jsonFieldNames lists the JSON names of t's fields, embedded structs'
// fields in place, as encoding/json orders them.
func jsonFieldNames(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() {
			continue
		}
		if f.Anonymous && tag == "" {
			out = append(out, jsonFieldNames(f.Type)...)
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		out = append(out, name)
	}
	return out
}

func FuzzWriteJSON(f *testing.F) {
	f.Add("Officials said the strike \"may\" continue.\u2028 Trump claimed it was <b>fake</b>.")
	f.Add("“Quoted,” he said. \x00\x1b")
	f.Fuzz(func(t *testing.T, text string) {
		r, err := Analyze(text)
		if err != nil {
			return // not UTF-8: refused
		}
		var got bytes.Buffer
		require.NoError(t, WriteJSON(&got, r, false))
		require.Equal(t, compactWant(t, r), got.String())
	})
}

// BenchmarkWriteJSON compares the compact report as hearsay writes it
// with encoding/json on the same report (the seed article ×50).
func BenchmarkWriteJSON(b *testing.B) {
	seed, _ := loadSeed(b)
	r, err := Analyze(strings.Repeat(seed+"\n", 50))
	require.NoError(b, err)
	var buf bytes.Buffer
	require.NoError(b, WriteJSON(&buf, r, false))
	b.Run("hearsay", func(b *testing.B) {
		b.SetBytes(int64(buf.Len()))
		b.ReportAllocs()
		for b.Loop() {
			_ = WriteJSON(io.Discard, r, false)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(buf.Len()))
		b.ReportAllocs()
		for b.Loop() {
			enc := json.NewEncoder(io.Discard)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(r)
		}
	})
}

// BenchmarkAppendJSONPolNeAR appends the compact reports of the PolNeAR
// development articles, one after the other, as batch writes them.
func BenchmarkAppendJSONPolNeAR(b *testing.B) {
	texts, _ := polnearTexts(b)
	rs := make([]*Report, len(texts))
	size := 0
	for i, t := range texts {
		r, err := Analyze(t)
		require.NoError(b, err)
		rs[i] = r
		out, err := AppendJSON(nil, r, nil)
		require.NoError(b, err)
		size += len(out)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		for _, r := range rs {
			buf, _ = AppendJSON(buf[:0], r, nil)
		}
	}
}

// AppendJSON writes what WriteJSON writes; with OmitTexts, the same
// report without the "text" member of any span, marked "texts": false.
func TestAppendJSONOmitTexts(t *testing.T) {
	seed, _ := loadSeed(t)
	r, err := Analyze(seed)
	require.NoError(t, err)
	r.ID = "doc-1"
	var full bytes.Buffer
	require.NoError(t, WriteJSON(&full, r, false))
	got, err := AppendJSON([]byte("before\n"), r, nil)
	require.NoError(t, err)
	assert.Equal(t, "before\n"+full.String(), string(got), "appended after what the buffer held")

	short, err := AppendJSON(nil, r, &JSONOptions{OmitTexts: true})
	require.NoError(t, err)
	assert.Contains(t, string(short), `"language":"en","texts":false,"score":`, "marked after the language")
	assert.Less(t, len(short), full.Len())
	var want, have any
	require.NoError(t, json.Unmarshal(full.Bytes(), &want))
	require.NoError(t, json.Unmarshal(short, &have))
	dropSpanTexts(want)
	want.(map[string]any)["texts"] = false
	assert.Equal(t, want, have)
}

// dropSpanTexts deletes "text" from every object of v that has offsets.
func dropSpanTexts(v any) {
	switch v := v.(type) {
	case map[string]any:
		if _, ok := v["start"]; ok {
			delete(v, "text")
		}
		for _, x := range v {
			dropSpanTexts(x)
		}
	case []any:
		for _, x := range v {
			dropSpanTexts(x)
		}
	}
}
