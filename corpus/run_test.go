package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outLine is a report or an error record, as far as the tests look.
type outLine struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	Error  string `json:"error"`
	Line   int    `json:"line"`
}

// parse checks that out is whole JSON lines and decodes them.
func parse(t *testing.T, out []byte) []outLine {
	t.Helper()
	if len(out) > 0 {
		require.Equal(t, byte('\n'), out[len(out)-1], "the output ends with a whole line")
	}
	var lines []outLine
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<28)
	for sc.Scan() {
		var l outLine
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "output line is not JSON: %.200s", sc.Text())
		lines = append(lines, l)
	}
	return lines
}

func docs(n int, text func(i int) string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id": "d%d", "text": %q}`+"\n", i, text(i))
	}
	return b.String()
}

func TestRunOrderAndErrors(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "Officials said it."}`,
		`{"id": "b", "text": `,
		``,
		`{"id": "c"}`,
		`{"id": 4, "text": "He left."}`,
		`{"id": "big", "text": "` + strings.Repeat("He said it. ", 100) + `"}`,
		`{"id": "long", "text": "` + strings.Repeat("x", 3000) + `"}`,
	}, "\n")
	var out bytes.Buffer
	// A budget of 128 KiB takes a line of 1 KiB (112 KiB with its
	// analysis) but not one of 1.2 KiB.
	sum, err := Run(context.Background(), strings.NewReader(in), &out, Options{Workers: 3, MaxLine: 2000, MaxMemory: 128 << 10})
	require.NoError(t, err)
	lines := parse(t, out.Bytes())
	require.Len(t, lines, 6)
	tests := []struct {
		id, err string
		line    int
	}{
		{"a", "", 1},
		{"", "bad JSON", 2},
		{"c", `missing "text"`, 4},
		{"4", "", 5},
		{"big", "too large for the memory budget", 6},
		{"", "longer than the limit", 7},
	}
	for i, tt := range tests {
		l := lines[i]
		assert.Equal(t, tt.id, l.ID, "output %d", i)
		if tt.err == "" {
			assert.Equal(t, "hearsay/v1", l.Schema, "output %d", i)
			continue
		}
		assert.Contains(t, l.Error, tt.err, "output %d", i)
		assert.Equal(t, tt.line, l.Line, "output %d", i)
	}
	assert.Equal(t, Summary{Lines: 6, Documents: 2, Errors: 4, LastLine: 7, Bytes: int64(len(in) - 1), PeakReserved: sum.PeakReserved}, sum,
		"the blank line's byte is not counted: it gets no answer")
}

// TestRunBudget: documents of 20 KB each reserve 2.2 MB; with a budget of
// 5 MB no more than two are in flight, however many workers there are,
// and every document is still answered in order.
func TestRunBudget(t *testing.T) {
	text := strings.Repeat("He said it. ", 20000/12)
	in := docs(12, func(int) string { return text })
	var out bytes.Buffer
	const budget = 5 << 20
	sum, err := Run(context.Background(), strings.NewReader(in), &out, Options{Workers: 8, MaxMemory: budget})
	require.NoError(t, err)
	lines := parse(t, out.Bytes())
	require.Len(t, lines, 12)
	for i, l := range lines {
		assert.Equal(t, fmt.Sprintf("d%d", i), l.ID)
		assert.Empty(t, l.Error)
	}
	assert.LessOrEqual(t, sum.PeakReserved, int64(budget), "reservations stay within the budget")
	assert.Greater(t, sum.PeakReserved, int64(budget/3), "and the budget is used")
}

// TestRunCancel stops a run from its progress callback: the output is
// whole lines, the answers of a prefix of the input, as many as the
// summary says, and the error says the run was stopped.
func TestRunCancel(t *testing.T) {
	in := docs(3000, func(i int) string {
		return fmt.Sprintf("Doc %d: officials said the boat was %s.", i, strings.Repeat("very ", i%40))
	})
	for _, after := range []int{1, 7, 500} {
		t.Run(fmt.Sprint(after), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var out bytes.Buffer
			sum, err := Run(ctx, strings.NewReader(in), &out, Options{Workers: 4, Progress: func(s Summary) {
				if s.Lines == after {
					cancel()
				}
			}})
			require.ErrorIs(t, err, ErrStopped)
			require.ErrorIs(t, err, context.Canceled)
			lines := parse(t, out.Bytes())
			require.Len(t, lines, sum.Lines)
			assert.GreaterOrEqual(t, sum.Lines, after)
			assert.Less(t, sum.Lines, 3000, "the run stopped early")
			for i, l := range lines {
				require.Equal(t, fmt.Sprintf("d%d", i), l.ID)
			}
			assert.Equal(t, sum.Lines, sum.LastLine)
		})
	}
}

// TestRunCancelBlockedReader: Run returns once the context ends even
// when the input never ends nor sends another byte.
func TestRunCancelBlockedReader(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go fmt.Fprintln(pw, `{"id": "a", "text": "Officials said it."}`)
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan error, 1)
	var sum Summary
	go func() {
		var err error
		sum, err = Run(ctx, pr, &out, Options{Progress: func(Summary) { cancel() }})
		done <- err
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, ErrStopped)
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return after the context ended")
	}
	assert.Equal(t, 1, sum.Lines)
	assert.Len(t, parse(t, out.Bytes()), 1)
}

func TestRunResume(t *testing.T) {
	in := docs(10, func(i int) string { return fmt.Sprintf("Officials said %d.", i) })
	var out bytes.Buffer
	sum, err := Run(context.Background(), strings.NewReader(in), &out, Options{Resume: []string{"d0", "d1", "d2"}})
	require.NoError(t, err)
	lines := parse(t, out.Bytes())
	require.Len(t, lines, 7)
	assert.Equal(t, "d3", lines[0].ID)
	assert.Equal(t, 3, sum.Skipped)
	assert.Equal(t, 10, sum.LastLine)

	out.Reset()
	_, err = Run(context.Background(), strings.NewReader(in), &out, Options{Resume: []string{"d0", "x"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `input line 2 has id "d1" where the output has "x"`)
	assert.Empty(t, out.String(), "nothing is written for the wrong input")

	_, err = Run(context.Background(), strings.NewReader(in), &out, Options{Resume: []string{"d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "fewer than the 11 already answered")
}

// failingWriter fails after n bytes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n < len(p) {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestRunWriteError(t *testing.T) {
	in := docs(3000, func(i int) string { return "Officials said so." })
	_, err := Run(context.Background(), strings.NewReader(in), &failingWriter{n: 100000}, Options{Workers: 2})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "writing output: disk full")
}

// countingWriter counts the writes it is given.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return w.Buffer.Write(p)
}

// A job's reports go out in one write, not one a report: a system call
// costs as much as encoding a few kilobytes. The output is the same.
func TestRunWritesAJobAtOnce(t *testing.T) {
	long := strings.Repeat("Officials said the boat sank near the coast, and the mayor told reporters it was old. ", 40)
	in := docs(64, func(i int) string { return fmt.Sprintf("%d %s", i, long) })
	var w countingWriter
	sum, err := Run(context.Background(), strings.NewReader(in), &w, Options{Workers: 1})
	require.NoError(t, err)
	assert.Equal(t, 64, sum.Lines)
	lines := parse(t, w.Bytes())
	require.Len(t, lines, 64)
	assert.Equal(t, "d63", lines[63].ID)
	assert.Less(t, w.writes, 16, "reports of 18 KiB each, 64 of them, in jobs of 32 lines or 64 KiB of input")
}
