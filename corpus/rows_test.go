package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay"
)

const articlesCSV = "\uFEFFid,outlet,date,title,text\n" +
	`a1,wire,2016-09-12,Boat,"Officials said the “regime” may have moved the boat. He denied it."` + "\n" +
	`a2,blog,2016-10-01,"Vote, rigged?","Critics claimed, without evidence, that the vote was ""rigged."" Smith confirmed the count."` + "\n" +
	"a3,blog,2016-10-02\n" +
	`a4,tv,2016-10-03,Quiet,"The weather was fine."` + "\n"

// TestRunCSVAttributionRows: CSV in, one CSV row an attribution out, with
// the kept columns; the code point offsets slice the text at the cue.
func TestRunCSVAttributionRows(t *testing.T) {
	var out bytes.Buffer
	sum, err := Run(context.Background(), strings.NewReader(articlesCSV), &out, Options{
		Input: CSV, Output: CSV, Level: LevelAttribution, Keep: []string{"outlet", "date"},
	})
	require.NoError(t, err)
	assert.Equal(t, 4, sum.Lines)
	assert.Equal(t, 1, sum.Errors)
	recs, err := csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	header := append([]string{"id", "outlet", "date"}, Columns(LevelAttribution)...)
	header = append(header, "error", "line")
	require.Equal(t, header, recs[0])
	col := func(rec []string, name string) string {
		for i, h := range header {
			if h == name {
				return rec[i]
			}
		}
		t.Fatalf("no column %q", name)
		return ""
	}
	texts := map[string]string{
		"a1": "Officials said the “regime” may have moved the boat. He denied it.",
		"a2": `Critics claimed, without evidence, that the vote was "rigged." Smith confirmed the count.`,
	}
	want := map[string]int{}
	for id, text := range texts {
		r, err := hearsay.Analyze(text)
		require.NoError(t, err)
		for _, st := range r.Statements {
			want[id] += len(st.Attributions)
		}
	}
	got := map[string]int{}
	for _, rec := range recs[1:] {
		id := col(rec, "id")
		if id == "a3" {
			assert.Equal(t, "the record has 3 fields, the header 5", col(rec, "error"))
			assert.Equal(t, "4", col(rec, "line"))
			assert.Equal(t, "blog", col(rec, "outlet"), "an error row keeps the fields it has")
			continue
		}
		got[id]++
		assert.Empty(t, col(rec, "error"))
		assert.Equal(t, map[string]string{"a1": "wire", "a2": "blog"}[id], col(rec, "outlet"))
		runes := []rune(texts[id])
		sc, ec := atoi(t, col(rec, "start_char")), atoi(t, col(rec, "end_char"))
		assert.Equal(t, col(rec, "cue"), string(runes[sc:ec]), "code point offsets slice the text at the cue")
		s, e := atoi(t, col(rec, "start")), atoi(t, col(rec, "end"))
		assert.Equal(t, col(rec, "cue"), texts[id][s:e], "byte offsets slice the bytes at the cue")
	}
	assert.Equal(t, want, got, "one row an attribution")
	assert.GreaterOrEqual(t, want["a1"]+want["a2"], 4, "the test covers several cues (said, denied, claimed, confirmed)")
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	var n int
	require.NoError(t, json.Unmarshal([]byte(s), &n), "not a number: %q", s)
	return n
}

// TestRunLevels: every level's JSONL rows are objects with the id, the
// kept fields and the level's columns, in that order.
func TestRunLevels(t *testing.T) {
	for _, level := range Levels {
		t.Run(string(level), func(t *testing.T) {
			var out bytes.Buffer
			_, err := Run(context.Background(), strings.NewReader(articlesCSV), &out, Options{Input: CSV, Level: level, Keep: []string{"outlet"}})
			require.NoError(t, err)
			sc := bufio.NewScanner(&out)
			n := 0
			for sc.Scan() {
				keys := orderedKeys(t, sc.Bytes())
				if keys[1] == "error" {
					continue
				}
				n++
				if level == LevelDocument {
					assert.Equal(t, "schema", keys[0])
					assert.Equal(t, "fields", keys[len(keys)-1], "kept fields close the report")
					continue
				}
				assert.Equal(t, append([]string{"id", "outlet"}, Columns(level)...), keys)
			}
			assert.Positive(t, n)
		})
	}
}

func orderedKeys(t *testing.T, line []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(line))
	tok, err := dec.Token()
	require.NoError(t, err)
	require.Equal(t, json.Delim('{'), tok, "%s", line)
	var keys []string
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		keys = append(keys, k.(string))
		var v json.RawMessage
		require.NoError(t, dec.Decode(&v))
	}
	return keys
}

// TestRunJSONLFields: other names for the text and the id, and every
// other field kept, from JSONL.
func TestRunJSONLFields(t *testing.T) {
	in := `{"doc": 7, "outlet": "wire", "body": "Officials said it.", "tags": ["a", 1]}
{"doc": "x", "outlet": {"n": 1}, "body": 12}
{"doc": "y", "outlet": "tv"}
`
	var out bytes.Buffer
	_, err := Run(context.Background(), strings.NewReader(in), &out, Options{TextField: "body", IDField: "doc", Keep: []string{KeepAll}})
	require.NoError(t, err)
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
		lines = append(lines, m)
	}
	require.Len(t, lines, 3)
	assert.Equal(t, "7", lines[0]["id"])
	assert.Equal(t, map[string]any{"outlet": "wire", "tags": []any{"a", 1.0}}, lines[0]["fields"])
	assert.Equal(t, map[string]any{"id": "x", "error": `"body" must be a string`, "line": 2.0}, lines[1])
	assert.Equal(t, map[string]any{"id": "y", "error": `missing "body"`, "line": 3.0}, lines[2])
}

func TestRunOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opt  Options
		err  string
	}{
		{"no text column", "id,body\n1,x\n", Options{Input: CSV}, `the CSV header has no column "text" (it has "id", "body")`},
		{"no column to keep", articlesCSV, Options{Input: CSV, Keep: []string{"author"}}, `no column "author" to keep`},
		{"kept field is a column", "id,score,text\n1,2,x\n", Options{Input: CSV, Keep: []string{KeepAll}, Output: CSV}, `the kept field "score" is also a column of the document rows`},
		{"empty CSV", "", Options{Input: CSV}, "no header line"},
		{"unknown level", "", Options{Level: "word"}, `unknown level "word"`},
		{"unknown format", "", Options{Output: "xml"}, `unknown format "xml"`},
		{"resume flat rows", "", Options{Level: LevelAttribution, Resume: []string{"a"}}, "resuming needs one output line a document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			_, err := Run(context.Background(), strings.NewReader(tt.in), &out, tt.opt)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
			assert.Empty(t, out.String(), "nothing is written")
		})
	}
}

// csvWriterField is what encoding/csv's Writer writes for a record of one
// field, without its line end.
func csvWriterField(t testing.TB, s string) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	require.NoError(t, w.Write([]string{s}))
	w.Flush()
	return strings.TrimSuffix(b.String(), "\n")
}

// The rows are written by hand; each field as encoding/csv writes it.
func TestAppendCSVFieldMatchesEncodingCSV(t *testing.T) {
	cases := []struct{ name, s, reason string }{
		{"empty", "", "an empty field is not quoted"},
		{"plain", "said", "nothing to quote"},
		{"comma", "Vote, rigged?", "a comma quotes the field"},
		{"quotes", `the "rigged" vote`, "quotation marks are doubled"},
		{"line ends", "a\nb\r\nc", "line ends stay inside quotes"},
		{"leading space", " said", "a leading space quotes the field"},
		{"leading no-break space", "\u00a0said", "so does any leading Unicode space"},
		{"backslash dot", `\.`, "a field that reads as PostgreSQL's end of data is quoted"},
		{"curly", "“regime”", "curly quotes are not quotation marks"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, csvWriterField(t, c.s), string(appendCSVField(nil, c.s)), c.reason)
		})
	}
}

func FuzzAppendCSVField(f *testing.F) {
	f.Add(`a "b", c` + "\n")
	f.Fuzz(func(t *testing.T, s string) {
		require.Equal(t, csvWriterField(t, s), string(appendCSVField(nil, s)))
	})
}
