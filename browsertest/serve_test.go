package browsertest

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServeBinary runs the hearsay binary's server: the refusals, then
// sequential requests, each answered with a report. How its resident
// memory behaves over 1,000 requests is a figure that
// scripts/serve-memory.sh prints.
func TestServeBinary(t *testing.T) {
	base, _ := startServer(t, "--max-body", "64KiB")
	seed, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	post := func(ctype string, body io.Reader) (int, string) {
		res, err := http.Post(base+"v1/analyze", ctype, body)
		require.NoError(t, err)
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		require.NoError(t, err)
		return res.StatusCode, string(b)
	}
	errorOf := func(body string) string {
		var e struct {
			Error string `json:"error"`
		}
		require.NoError(t, json.Unmarshal([]byte(body), &e), body)
		return e.Error
	}

	code, body := post("text/plain", strings.NewReader(strings.Repeat("Officials said so. ", 4000)))
	assert.Equal(t, http.StatusRequestEntityTooLarge, code)
	assert.Equal(t, "the request body is larger than the limit of 64KiB; split the text, or start the server with a larger --max-body", errorOf(body))
	code, body = post("text/plain; charset=utf-8", strings.NewReader("Officials said the caf\xe9 was closed."))
	assert.Equal(t, http.StatusBadRequest, code)
	assert.Equal(t, "the text is not valid UTF-8: first invalid byte at offset 22; convert it to UTF-8 and send it again", errorOf(body))

	for range 100 {
		code, body := post("text/plain; charset=utf-8", strings.NewReader(string(seed)))
		require.Equal(t, http.StatusOK, code, body)
		var r struct {
			Schema     string            `json:"schema"`
			Statements []json.RawMessage `json:"statements"`
		}
		require.NoError(t, json.Unmarshal([]byte(body), &r))
		require.Equal(t, "hearsay/v1", r.Schema)
		require.NotEmpty(t, r.Statements)
	}
}
