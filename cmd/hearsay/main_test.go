package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	code, _, stderr := runCmd(t, "")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "Usage:")
	code, _, stderr = runCmd(t, "", "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown command "frobnicate"`)
	code, _, stderr = runCmd(t, "", "analyze", "--format", "yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown format "yaml"`)
}

func TestHelpVersionAndErrors(t *testing.T) {
	code, _, help := runCmd(t, "", "help", "analyze")
	assert.Equal(t, 0, code)
	code, _, stderr := runCmd(t, "", "analyze", "-h")
	assert.Equal(t, 0, code)
	assert.Equal(t, stderr, help, "help COMMAND shows what COMMAND -h does")
	assert.Contains(t, help, "usage: hearsay analyze")
	assert.Equal(t, 1, strings.Count(help, "usage:"), "the usage once")

	code, out, _ := runCmd(t, "", "--version")
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "hearsay "), out)

	// a mistake is printed once, with one prefix, and the way to help
	code, _, stderr = runCmd(t, "", "analyze", "--bogus")
	assert.Equal(t, 2, code)
	assert.Equal(t, "hearsay analyze: flag provided but not defined: -bogus\nRun \"hearsay help analyze\" for its flags.\n", stderr)
	code, _, stderr = runCmd(t, "", "analyze", "a.txt", "b.txt")
	assert.Equal(t, 2, code)
	assert.Equal(t, 1, strings.Count(stderr, "analyze takes at most one FILE"), stderr)
	assert.True(t, strings.HasPrefix(stderr, "hearsay analyze takes at most one FILE\n"), stderr)
}

func TestFlagsAfterFileNames(t *testing.T) {
	code, out, stderr := runCmd(t, "", "analyze", "../../testdata/venezuela-strike.txt", "--format", "json")
	require.Equal(t, 0, code, stderr)
	var r map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, "hearsay/v1", r["schema"])

	// after "--", a name that looks like a flag is a file name
	code, _, stderr = runCmd(t, "", "analyze", "--", "--format")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "--format: no such file")
	// "-" is standard input, wherever it stands
	code, out, _ = runCmd(t, "Officials said it.", "analyze", "-", "--format", "json")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"schema": "hearsay/v1"`)
}

func TestAnalyzeJSON(t *testing.T) {
	code, out, stderr := runCmd(t, "", "analyze", "--format", "json", "../../testdata/venezuela-strike.txt")
	require.Equal(t, 0, code, stderr)
	var r map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, "hearsay/v1", r["schema"])
	assert.Len(t, r["statements"], 31)
}

func TestAnalyzeStdinText(t *testing.T) {
	code, out, _ := runCmd(t, "Officials said the strike may continue.", "analyze", "-")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "    Officials said the strike may continue.\n")
	assert.Contains(t, out, `attribution        "said" neutral, indirect, "Officials" [anonymous]`)
	assert.Contains(t, out, `hedge              "may" hedge/modal`)
	assert.Contains(t, out, "Officials [anonymous]: 1 mentions")
	assert.Contains(t, out, "Document score [")
}

func TestAnalyzeErrors(t *testing.T) {
	code, _, stderr := runCmd(t, "", "analyze", "no-such-file.txt")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "no-such-file.txt")
	code, _, stderr = runCmd(t, "ok \xff bad", "analyze")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "hearsay: <stdin>: input is not valid UTF-8: first invalid byte at offset 3")
}

func TestAnalyzeEmpty(t *testing.T) {
	code, out, _ := runCmd(t, "", "analyze", "--format", "json")
	require.Equal(t, 0, code)
	var r struct {
		Statements []any   `json:"statements"`
		Score      float64 `json:"score"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Empty(t, r.Statements)
	assert.Zero(t, r.Score)
}

// outputLine is either a report or an error line.
type outputLine struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	Error  string `json:"error"`
	Line   int    `json:"line"`
}

func parseOutput(t *testing.T, out string) []outputLine {
	t.Helper()
	var lines []outputLine
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var l outputLine
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "output line is not JSON: %s", sc.Text())
		lines = append(lines, l)
	}
	return lines
}

func TestBatchBadLines(t *testing.T) {
	input := strings.Join([]string{
		`{"id": "a", "text": "Officials said it."}`,
		`{"id": "b", "text": `,          // broken JSON
		`[1, 2, 3]`,                     // not an object
		`{"id": "d"}`,                   // no text
		``,                              // empty: no output
		`   `,                           // blank: no output
		`{"id": 5, "text": "He left."}`, // numeric id
		`{"id": "long", "text": "` + strings.Repeat("word ", 100) + `"}`,
		`{"id": "e", "text": "", "outlet": "x"}`,
		`{"id": {"x": 1}, "text": "x"}`,
	}, "\n")
	code, out, stderr := runCmd(t, input, "batch", "-j", "3", "--max-line", "200")
	require.Equal(t, 0, code, stderr)
	lines := parseOutput(t, out)
	require.Len(t, lines, 8, "every non-empty line gets exactly one output line")
	tests := []struct {
		id, err string
		line    int
	}{
		{"a", "", 1},
		{"", "bad JSON", 2},
		{"", "not a JSON object", 3},
		{"d", `missing "text"`, 4},
		{"5", "", 7},
		{"", "longer than the limit", 8},
		{"e", "", 9},
		{"", `"id" must be a string or a number`, 10},
	}
	for i, tt := range tests {
		l := lines[i]
		if tt.err == "" {
			assert.Equal(t, "hearsay/v1", l.Schema, "line %d", i)
			assert.Equal(t, tt.id, l.ID)
			continue
		}
		assert.Contains(t, l.Error, tt.err, "output %d", i)
		assert.Equal(t, tt.line, l.Line, "output %d", i)
		assert.Equal(t, tt.id, l.ID)
	}
}

func TestBatchOrderAndCount(t *testing.T) {
	var in strings.Builder
	const n = 2000
	for i := range n {
		fmt.Fprintf(&in, `{"id": "doc-%d", "text": "Doc %d: officials said the boat was %s."}`+"\n", i, i, strings.Repeat("very ", i%50))
	}
	code, out, stderr := runCmd(t, in.String(), "batch", "-j", "4")
	require.Equal(t, 0, code, stderr)
	lines := parseOutput(t, out)
	require.Len(t, lines, n)
	for i, l := range lines {
		require.Equal(t, fmt.Sprintf("doc-%d", i), l.ID, "ids stay in input order")
	}
}

func TestBatchNoTrailingNewlineAndCRLF(t *testing.T) {
	code, out, _ := runCmd(t, "{\"id\":\"a\",\"text\":\"x.\"}\r\n{\"id\":\"b\",\"text\":\"y.\"}", "batch")
	require.Equal(t, 0, code)
	lines := parseOutput(t, out)
	require.Len(t, lines, 2)
	assert.Equal(t, "a", lines[0].ID)
	assert.Equal(t, "b", lines[1].ID)
}

// epipeWriter fails like a pipe whose reader has gone away.
type epipeWriter struct{ n int }

func (w *epipeWriter) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, syscall.EPIPE
	}
	w.n -= len(p)
	return len(p), nil
}

func TestBatchClosedOutputEndsQuietly(t *testing.T) {
	var in strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&in, `{"id": "%d", "text": "Officials said so."}`+"\n", i)
	}
	var errb bytes.Buffer
	code := run([]string{"batch", "-j", "2"}, strings.NewReader(in.String()), &epipeWriter{n: 1000}, &errb)
	assert.Equal(t, 0, code)
	assert.Empty(t, errb.String())
}

// failingReader fails after some input, like a broken disk or connection.
type failingReader struct{ r io.Reader }

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, fmt.Errorf("connection reset")
	}
	return n, err
}

func TestBatchReadErrorExitsNonZero(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"batch"}, &failingReader{strings.NewReader(`{"id":"a","text":"x."}` + "\n")}, &out, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "reading input: connection reset")
	assert.Len(t, parseOutput(t, out.String()), 1, "lines read before the failure are still written")
}

func TestBatchFromFileWithProgress(t *testing.T) {
	path := t.TempDir() + "/in.jsonl"
	require.NoError(t, os.WriteFile(path, []byte(`{"id":"a","text":"x."}`+"\n"), 0o644))
	code, out, stderr := runCmd(t, "", "batch", "--progress", path)
	require.Equal(t, 0, code)
	assert.Len(t, parseOutput(t, out), 1)
	assert.Contains(t, stderr, "1 documents")
}

// TestBatchInputEndsMidLine: a producer that dies mid-line leaves a
// truncated last line; it gets an error line, and the lines before it
// their reports.
func TestBatchInputEndsMidLine(t *testing.T) {
	code, out, stderr := runCmd(t, `{"id":"a","text":"Officials said it."}`+"\n"+`{"id":"b","text":"He sa`, "batch")
	require.Equal(t, 0, code, stderr)
	lines := parseOutput(t, out)
	require.Len(t, lines, 2)
	assert.Equal(t, "a", lines[0].ID)
	assert.Contains(t, lines[1].Error, "bad JSON")
	assert.Equal(t, 2, lines[1].Line)
}
