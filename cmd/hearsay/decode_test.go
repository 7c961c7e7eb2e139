package main

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBatchServeAgree sends the same JSON documents to batch (one a line)
// and to serve (one a request body) and checks that both accept or refuse
// each one, with the same words and the same id.
func TestBatchServeAgree(t *testing.T) {
	ts := newTestServer(t, serverConfig{})
	tests := []struct {
		name, doc string
		ok        bool
		wantErr   string
		reason    string
	}{
		{"string id", `{"id": "a", "text": "Officials said it."}`, true, "", "the usual document"},
		{"numeric id", `{"id": 7, "text": "Officials said it."}`, true, "", "a number id is accepted by both"},
		{"trailing garbage", `{"text": "a"} junk`, false, "bad JSON at offset 14: invalid character 'j'", "both refuse what follows the object"},
		{"text not a string", `{"id": "n", "text": 5}`, false, `"text" must be a string`, "the id is kept"},
		{"lone surrogate", `{"id": "s", "text": "x\udc00"}`, false, "lone surrogate escape at offset 22", "not repaired to U+FFFD"},
		{"invalid UTF-8", "{\"id\": \"u\", \"text\": \"x\xc3\"}", false, "not valid UTF-8: first invalid byte at offset 22", "not repaired to U+FFFD"},
		{"not an object", `["text"]`, false, "line is not a JSON object", "an array"},
		{"no text", `{"id": "d"}`, false, `missing "text"`, "no text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, tc.doc+"\n", "batch", "-j", "1")
			require.Equal(t, 0, code, stderr)
			var line struct {
				ID     string `json:"id"`
				Error  string `json:"error"`
				Schema string `json:"schema"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &line), out)

			res, err := http.Post(ts.URL+"/v1/analyze", "application/json", strings.NewReader(tc.doc))
			require.NoError(t, err)
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()

			if tc.ok {
				assert.Equal(t, "", line.Error, tc.reason)
				assert.Equal(t, http.StatusOK, res.StatusCode, "%s: %s", tc.reason, body)
				var rep struct{ ID string }
				require.NoError(t, json.Unmarshal(body, &rep))
				assert.Equal(t, line.ID, rep.ID, "same id in both")
				return
			}
			assert.Contains(t, line.Error, tc.wantErr, "batch: %s", tc.reason)
			assert.Equal(t, http.StatusBadRequest, res.StatusCode, tc.reason)
			var e apiError
			require.NoError(t, json.Unmarshal(body, &e))
			assert.Equal(t, "the JSON body: "+line.Error, e.Error, "the same words: %s", tc.reason)
		})
	}
}

// TestBatchMaxLineExact checks --max-line N at its boundary: a line of N
// bytes is analyzed and one of N+1 refused, with or without a line end.
func TestBatchMaxLineExact(t *testing.T) {
	doc := `{"id": "b", "text": "Officials said it."}`
	n := len(doc)
	for _, end := range []string{"", "\n", "\r\n"} {
		for _, limit := range []int{n, n - 1} {
			code, out, stderr := runCmd(t, doc+end, "batch", "--max-line", strconv.Itoa(limit))
			require.Equal(t, 0, code, stderr)
			var line struct{ ID, Error string }
			require.NoError(t, json.Unmarshal([]byte(out), &line))
			if limit == n {
				assert.Empty(t, line.Error, "%d bytes with --max-line %d, end %q", n, limit, end)
			} else {
				assert.Contains(t, line.Error, "longer than the limit", "%d bytes with --max-line %d, end %q", n, limit, end)
			}
		}
	}
}
