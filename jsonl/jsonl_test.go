package jsonl

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name, line string
		want       Input
		err        string
	}{
		{"document", `{"id": "a", "text": "Hi.", "outlet": "x", "extra": 1}`, Input{ID: "a", Text: "Hi.", Outlet: "x"}, ""},
		{"numeric id and outlet", `{"id": 7, "text": "", "outlet": 3}`, Input{ID: "7", Outlet: "3"}, ""},
		{"no id", `{"text": "x"}`, Input{Text: "x"}, ""},
		{"not an object", `[1, 2]`, Input{}, "line is not a JSON object"},
		{"broken", `{"id": "a", "text": `, Input{}, "bad JSON: "},
		{"no text", `{"id": "d"}`, Input{ID: "d"}, `missing "text"`},
		{"bad id", `{"id": {"x": 1}, "text": "x"}`, Input{}, `"id" must be a string or a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.line))
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadLine(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader("one\r\n"+strings.Repeat("x", 100)+"\n\nlast"), 16)
	var got []string
	var sizes []int64
	for {
		data, size, err := ReadLine(br, 20)
		if data == nil && size > 0 {
			got = append(got, "<too long>")
		} else if data != nil {
			got = append(got, string(data))
		}
		sizes = append(sizes, size)
		if err != nil {
			require.True(t, errors.Is(err, io.EOF))
			break
		}
	}
	assert.Equal(t, []string{"one", "<too long>", "", "last"}, got)
	assert.Equal(t, []int64{5, 101, 1, 4}, sizes)
}
