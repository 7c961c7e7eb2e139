package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBatchResume: a run killed outright leaves whole lines and a cut-off
// one; --resume drops the cut-off line, skips the lines answered and
// appends the rest.
func TestBatchResume(t *testing.T) {
	var in strings.Builder
	for i := range 20 {
		fmt.Fprintf(&in, `{"id": "d%d", "text": "Officials said %d boats sank."}`+"\n", i, i)
	}
	dir := t.TempDir()
	code, full, stderr := runCmd(t, in.String(), "batch")
	require.Equal(t, 0, code, stderr)
	lines := strings.SplitAfter(full, "\n")
	out := filepath.Join(dir, "out.jsonl")
	require.NoError(t, os.WriteFile(out, []byte(strings.Join(lines[:7], "")+lines[7][:30]), 0o644))

	code, stdout, stderr := runCmd(t, in.String(), "batch", "--resume", out)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout, "the output goes to OUT")
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, full, string(got), "the resumed output is the whole run's")

	code, _, _ = runCmd(t, in.String(), "batch", "--resume", out)
	require.Equal(t, 0, code, "resuming a finished run adds nothing")
	got, err = os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, full, string(got))

	require.NoError(t, os.WriteFile(out, []byte("not json\n"), 0o644))
	code, _, stderr = runCmd(t, in.String(), "batch", "--resume", out)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "out.jsonl:1: not a line of batch output")
}

func TestBatchCapsWorkers(t *testing.T) {
	code, out, stderr := runCmd(t, `{"id": "a", "text": "He said it."}`+"\n", "batch", "-j", "1000000")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "warning: -j 1000000 is more than 4 a core; using -j ")
	assert.Len(t, parseOutput(t, out), 1)
}

func TestBatchMaxMemory(t *testing.T) {
	in := `{"id": "big", "text": "` + strings.Repeat("He said it. ", 200) + `"}` + "\n"
	code, out, stderr := runCmd(t, in, "batch", "--max-memory", "256KiB")
	require.Equal(t, 0, code, stderr)
	lines := parseOutput(t, out)
	require.Len(t, lines, 1)
	assert.Equal(t, "big", lines[0].ID)
	assert.Contains(t, lines[0].Error, "too large for the memory budget")
	assert.Contains(t, lines[0].Error, "raise --max-memory")
	code, _, stderr = runCmd(t, in, "batch", "--max-memory", "lots")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "want a positive size")
}

// TestBatchCSV: the input format follows the file's extension; kept
// columns come first in every row.
func TestBatchCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "articles.csv")
	require.NoError(t, os.WriteFile(path, []byte("id,outlet,text\n1,wire,Officials said it.\n2,tv,He denied it and she confirmed it.\n"), 0o644))
	code, out, stderr := runCmd(t, "", "batch", "--keep", "outlet", "--level", "attribution", "--format", "csv", path)
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.GreaterOrEqual(t, len(lines), 4, out)
	assert.True(t, strings.HasPrefix(lines[0], "id,outlet,statement,cue,"), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "1,wire,0,said,say,neutral,"), lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "2,tv,0,denied,"), lines[2])

	code, _, stderr = runCmd(t, "", "batch", "--level", "word", path)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown --level "word"`)
	code, _, stderr = runCmd(t, "", "batch", "--in", "csv", "--text-field", "body", path)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `the CSV header has no column "body"`)
	code, _, stderr = runCmd(t, "", "batch", "--resume", filepath.Join(t.TempDir(), "o"), "--format", "csv", path)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--resume needs one line a document")
}

// TestBatchParquet: --format parquet writes the CSV rows as a Parquet
// file, read back here.
func TestBatchParquet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "articles.csv")
	require.NoError(t, os.WriteFile(path, []byte("id,outlet,text\n1,wire,Officials said it.\n2,tv,He denied it and she confirmed it.\n"), 0o644))
	code, csvOut, stderr := runCmd(t, "", "batch", "--keep", "outlet", "--level", "attribution", "--format", "csv", path)
	require.Equal(t, 0, code, stderr)
	code, pq, stderr := runCmd(t, "", "batch", "--keep", "outlet", "--level", "attribution", "--format", "parquet", path)
	require.Equal(t, 0, code, stderr)
	f, err := parquet.OpenFile(strings.NewReader(pq), int64(len(pq)))
	require.NoError(t, err)
	assert.Equal(t, int64(strings.Count(csvOut, "\n")-1), f.NumRows(), "one row a CSV row")
	_, ok := f.Schema().Lookup("outlet")
	assert.True(t, ok, "the kept column")
}

// TestBatchWithoutTexts: --texts=false writes the reports without the
// spans' text, marked "texts": false, and the offsets still slice the
// input; in CSV rows the columns that copy a span's text are empty.
func TestBatchWithoutTexts(t *testing.T) {
	text := "Officials said the “regime” may have moved the boat. He denied it."
	in := `{"id": "a", "text": "` + text + `"}` + "\n"
	code, full, stderr := runCmd(t, in, "batch")
	require.Equal(t, 0, code, stderr)
	code, short, stderr := runCmd(t, in, "batch", "--texts=false")
	require.Equal(t, 0, code, stderr)
	assert.Less(t, len(short), len(full))
	assert.Contains(t, short, `"texts":false`)
	assert.NotContains(t, short, `"text":`)
	var r struct {
		Statements []struct {
			Start, End   int
			Attributions []struct {
				Cue struct{ Start, End int }
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(short), &r))
	require.Len(t, r.Statements, 2)
	assert.Equal(t, "He denied it.", text[r.Statements[1].Start:r.Statements[1].End])
	require.NotEmpty(t, r.Statements[1].Attributions)
	cue := r.Statements[1].Attributions[0].Cue
	assert.Equal(t, "denied", text[cue.Start:cue.End])

	code, rows, stderr := runCmd(t, in, "batch", "--texts=false", "--level", "attribution", "--format", "csv")
	require.Equal(t, 0, code, stderr)
	recs, err := csv.NewReader(strings.NewReader(rows)).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 3, "a header and a row a cue")
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		assert.Empty(t, row["cue"]+row["source"]+row["content"], "no span's text")
		assert.NotEmpty(t, row["lemma"], "what is not a span's text stays")
		s, e := atoiT(t, row["start"]), atoiT(t, row["end"])
		assert.Contains(t, []string{"said", "denied"}, text[s:e])
	}
}

func atoiT(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}
