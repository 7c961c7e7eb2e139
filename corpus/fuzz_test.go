package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzRunJSONL: any input gives one whole JSON line for each non-blank
// input line, in order.
func FuzzRunJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "Officials said it."}` + "\n\n" + `{"id": 2, "text": "“No,” he said."}`,
		`{"id": "b", "text": `, "[1]\n{}\n", "\r\n \n", `{"text": "\ud800"}`, `{"id":"x","text":"a"} junk`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		sum, err := Run(context.Background(), bytes.NewReader(in), &out, Options{Workers: 2, MaxLine: 200})
		require.NoError(t, err)
		want := 0
		sc := bufio.NewScanner(bytes.NewReader(in))
		sc.Buffer(nil, len(in)+1)
		for sc.Scan() {
			if len(bytes.TrimSpace(sc.Bytes())) > 0 {
				want++
			}
		}
		got := 0
		for line := range bytes.Lines(out.Bytes()) {
			require.True(t, json.Valid(line), "not JSON: %q", line)
			require.Equal(t, byte('\n'), line[len(line)-1])
			got++
		}
		require.Equal(t, want, got, "one output line a non-blank input line")
		require.Equal(t, want, sum.Lines)
	})
}

// FuzzRunCSV: any CSV input either is refused before anything is written
// or gives valid CSV rows with the header's columns, at the attribution
// level.
func FuzzRunCSV(f *testing.F) {
	for _, s := range []string{
		"id,text\n1,Officials said it.\n2,\"He said, \"\"no.\"\"\"\n",
		"text\n\"unterminated\n", "id,text,outlet\n1\n2,x,y,z\n", "\uFEFFtext\n“Yes,” she said.\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		_, err := Run(context.Background(), bytes.NewReader(in), &out, Options{Workers: 2, Input: CSV, Output: CSV, Level: LevelAttribution, Keep: []string{KeepAll}})
		if err != nil {
			require.Empty(t, out.Bytes(), "an input refused gets no output")
			return
		}
		recs, err := csv.NewReader(&out).ReadAll()
		require.NoError(t, err, "the output is valid CSV")
		require.NotEmpty(t, recs, "a header at least")
	})
}
