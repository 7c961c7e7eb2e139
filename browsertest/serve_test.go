package browsertest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServeBinary runs the hearsay binary's server: the refusals, then
// 1,000 sequential requests with the resident memory of the server
// process measured before and after.
func TestServeBinary(t *testing.T) {
	base, proc := startServer(t, "--max-body", "64KiB")
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

	rss := func() uint64 {
		f, err := os.Open(fmt.Sprintf("/proc/%d/status", proc.Pid))
		if err != nil {
			t.Skipf("no /proc here to read the server's memory: %v", err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
				kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				require.NoError(t, err)
				return kb << 10
			}
		}
		t.Skip("no VmRSS in /proc")
		return 0
	}
	analyze := func() {
		code, body := post("text/plain; charset=utf-8", strings.NewReader(string(seed)))
		require.Equal(t, http.StatusOK, code, body)
	}
	for range 50 {
		analyze()
	}
	before := rss()
	start := time.Now()
	var mid uint64
	for i := range 1000 {
		analyze()
		if i == 499 {
			mid = rss()
		}
	}
	elapsed := time.Since(start)
	after := rss()
	mib := func(b uint64) float64 { return float64(b) / (1 << 20) }
	t.Logf("hearsay serve, 1,000 sequential requests with the seed article in %v (%.2f ms each)", elapsed.Round(time.Millisecond), float64(elapsed.Microseconds())/1000/1000)
	t.Logf("server RSS: %.1f MiB after 50 warm-up requests, %.1f MiB after 500 more, %.1f MiB after 1,000", mib(before), mib(mid), mib(after))
	assert.Less(t, mib(after), mib(before)+16, "the server's memory grew by more than 16 MiB")
	assert.Less(t, mib(after), mib(mid)+8, "the server's memory still grows in the second half")
}
