package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countingReader counts the bytes read from it, to show that a refused
// input is not read past its limit.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// endless is an input that never ends, like /dev/zero.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadInputMax(t *testing.T) {
	dir := t.TempDir()
	file := func(n int) string {
		p := filepath.Join(dir, strconv.Itoa(n)+".txt")
		require.NoError(t, os.WriteFile(p, []byte(strings.Repeat("a", n)), 0o644))
		return p
	}
	tests := []struct {
		name    string
		file    string // "" reads stdin
		stdin   io.Reader
		limit   int64
		wantLen int
		tooBig  bool
		reason  string
	}{
		{"stdin at the limit", "", strings.NewReader(strings.Repeat("a", 100)), 100, 100, false, "exactly limit bytes are accepted"},
		{"stdin over the limit", "", strings.NewReader(strings.Repeat("a", 101)), 100, 0, true, "one byte more is refused"},
		{"stdin endless", "", endless{}, 1000, 0, true, "an input that never ends is refused at the limit"},
		{"empty stdin", "", strings.NewReader(""), 100, 0, false, "nothing is not too much"},
		{"file at the limit", file(100), nil, 100, 100, false, "a regular file of limit bytes"},
		{"file over the limit", file(101), nil, 100, 0, true, "refused from its size"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cr *countingReader
			if tc.stdin != nil {
				cr = &countingReader{r: tc.stdin}
			}
			text, _, err := readInputMax(tc.file, cr, tc.limit)
			if tc.tooBig {
				var e *inputTooLargeError
				require.True(t, errors.As(err, &e), "%v: %s", err, tc.reason)
				assert.Contains(t, err.Error(), "input is larger than the limit of")
				if cr != nil {
					assert.LessOrEqual(t, cr.n, tc.limit+4096, "read far past the limit: %s", tc.reason)
				}
				return
			}
			require.NoError(t, err, tc.reason)
			assert.Len(t, text, tc.wantLen, tc.reason)
		})
	}
}

func TestMaxBytesFlag(t *testing.T) {
	seed := "Officials said the strike may continue."
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		want   string
		reason string
	}{
		{"analyze over", []string{"analyze", "--max-bytes", "10", "-"}, seed, 1, "<stdin>: input is larger than the limit of 10 bytes; split it, or raise the limit with --max-bytes", "stdin over the limit"},
		{"analyze under", []string{"analyze", "--max-bytes", "1KiB", "-"}, seed, 0, "", "within the limit"},
		{"analyze bad size", []string{"analyze", "--max-bytes", "-3", "-"}, seed, 2, "want a positive size", "a usage error"},
		{"compare over", []string{"compare", "--max-bytes", "100", "-", "../../testdata/venezuela-strike.txt"}, seed, 1, "venezuela-strike.txt: input is larger than the limit of 100 bytes", "the file is refused from its size"},
		{"help", []string{"analyze", "-h"}, "", 0, "-max-bytes", "the flag is documented"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, tc.stdin, tc.args...)
			assert.Equal(t, tc.code, code, tc.reason)
			assert.Contains(t, stderr, tc.want, tc.reason)
		})
	}
}
