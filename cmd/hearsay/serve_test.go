package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func seedText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/venezuela-strike.txt")
	require.NoError(t, err)
	return string(b)
}

func newTestServer(t testing.TB, cfg serverConfig) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(newServer(cfg))
	t.Cleanup(ts.Close)
	return ts
}

type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func TestServeIndex(t *testing.T) {
	ts := newTestServer(t, serverConfig{})
	res, err := http.Get(ts.URL + "/")
	require.NoError(t, err)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", res.Header.Get("Content-Type"))
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'none'")
	assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
	assert.Contains(t, string(body), `<textarea id="text" name="text"`)
	assert.Contains(t, string(body), `<form method="post" action="/report"`)
	assert.Contains(t, string(body), "at most 1MiB")

	res, err = http.Get(ts.URL + "/healthz")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
}

func TestServeAnalyze(t *testing.T) {
	ts := newTestServer(t, serverConfig{})
	seed := seedText(t)
	tests := []struct {
		name, ctype, body, query string
		wantID                   string
		reason                   string
	}{
		{"plain text", "text/plain; charset=utf-8", seed, "", "", "the article as the body"},
		{"no content type", "", seed, "", "", "a body without Content-Type is text"},
		{"json", "application/json", `{"id": "seed-1", "text": ` + jsonString(seed) + `, "outlet": "x"}`, "", "seed-1", "JSON with an id; other fields ignored"},
		{"json format", "application/json", `{"text": ` + jsonString(seed) + `}`, "?format=json", "", "format=json is the default"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest("POST", ts.URL+"/v1/analyze"+tc.query, strings.NewReader(tc.body))
			require.NoError(t, err)
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			res, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer res.Body.Close()
			require.Equal(t, http.StatusOK, res.StatusCode, tc.reason)
			assert.Equal(t, "application/json; charset=utf-8", res.Header.Get("Content-Type"))
			var r struct {
				Schema     string `json:"schema"`
				ID         string `json:"id"`
				Statements []struct {
					Text string `json:"text"`
				} `json:"statements"`
			}
			require.NoError(t, json.NewDecoder(res.Body).Decode(&r))
			assert.Equal(t, "hearsay/v1", r.Schema)
			assert.Equal(t, tc.wantID, r.ID)
			require.NotEmpty(t, r.Statements)
			assert.True(t, strings.HasPrefix(seed, r.Statements[0].Text))
		})
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestServeAnalyzeHTML(t *testing.T) {
	ts := newTestServer(t, serverConfig{})
	res, err := http.Post(ts.URL+"/v1/analyze?format=html", "text/plain", strings.NewReader("Officials claimed <b>it</b> was over."))
	require.NoError(t, err)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", res.Header.Get("Content-Type"))
	assert.True(t, strings.HasPrefix(string(body), "<!DOCTYPE html>"))
	assert.Contains(t, string(body), `data-stance="assertive"`)
	assert.Contains(t, string(body), "&lt;b&gt;it&lt;/b&gt;")
}

// TestServeErrors checks each refusal: its status and a message that says
// what to do.
func TestServeErrors(t *testing.T) {
	const limit = 1000
	ts := newTestServer(t, serverConfig{MaxBody: limit})
	big := strings.Repeat("The strike went on. ", limit/10)
	tests := []struct {
		name, method, path, ctype string
		body                      io.Reader
		status                    int
		want                      string
		reason                    string
	}{
		{"too large", "POST", "/v1/analyze", "text/plain", strings.NewReader(big), 413,
			"the request body is larger than the limit of 1000 bytes", "Content-Length over the limit"},
		{"too large chunked", "POST", "/v1/analyze", "text/plain", io.MultiReader(strings.NewReader(big)), 413,
			"larger than the limit", "no Content-Length: the reader stops at the limit"},
		{"json text too large", "POST", "/v1/analyze", "application/json", strings.NewReader(`{"text": "` + strings.Repeat("a", limit+1) + `"}`), 413,
			"the text is larger than the limit of 1000 bytes", "the limit is on the text, whatever its encoding"},
		{"not UTF-8", "POST", "/v1/analyze", "text/plain", strings.NewReader("caf\xe9 au lait"), 400,
			"the text is not valid UTF-8: first invalid byte at offset 3", "Latin-1 text"},
		{"not UTF-8 in JSON", "POST", "/v1/analyze", "application/json", strings.NewReader("{\"text\": \"caf\xe9\"}"), 400,
			"the JSON body: not valid UTF-8: first invalid byte at offset 13", "encoding/json would hide it"},
		{"bad JSON", "POST", "/v1/analyze", "application/json", strings.NewReader(`{"text": `), 400, "bad JSON", "truncated"},
		{"no text", "POST", "/v1/analyze", "application/json", strings.NewReader(`{"id": "x"}`), 400, `the JSON body: missing "text"`, "missing field"},
		{"media type", "POST", "/v1/analyze", "application/xml", strings.NewReader("<a/>"), 415, `Content-Type "application/xml" is not supported`, "neither text nor JSON"},
		{"charset", "POST", "/v1/analyze", "text/plain; charset=iso-8859-1", strings.NewReader("x"), 415, `charset "iso-8859-1" is not supported; send UTF-8`, "only UTF-8"},
		{"format", "POST", "/v1/analyze?format=xml", "text/plain", strings.NewReader("x"), 400, `unknown format "xml"`, "json or html"},
		{"method", "GET", "/v1/analyze", "", nil, 405, "Method Not Allowed", "POST only"},
		{"path", "GET", "/nothing", "", nil, 404, "404 page not found", "no such page"},
		{"form too large", "POST", "/report", "application/x-www-form-urlencoded", strings.NewReader("text=" + url.QueryEscape(big)), 413,
			"the text is larger than the limit of 1000 bytes", "the page's form"},
		{"form not UTF-8", "POST", "/report", "application/x-www-form-urlencoded", strings.NewReader("text=caf%E9"), 400,
			"the text is not valid UTF-8: first invalid byte at offset 3", "percent-encoded Latin-1"},
		{"form empty", "POST", "/report", "application/x-www-form-urlencoded", strings.NewReader("text=+%0D%0A"), 400,
			"the text box was empty", "nothing to analyze"},
		{"form type", "POST", "/report", "text/plain", strings.NewReader("text=x"), 415, "send the form from the page", "not a form"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, ts.URL+tc.path, tc.body)
			require.NoError(t, err)
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			res, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			assert.Equal(t, tc.status, res.StatusCode, tc.reason)
			if strings.HasPrefix(tc.path, "/v1/") && tc.status != 405 {
				var e apiError
				require.NoError(t, json.Unmarshal(body, &e), "error body is JSON: %s", body)
				assert.Contains(t, e.Error, tc.want, tc.reason)
				assert.Equal(t, tc.status, e.Status)
			} else {
				assert.Contains(t, string(body), tc.want, tc.reason)
			}
		})
	}
}

func TestServeForm(t *testing.T) {
	ts := newTestServer(t, serverConfig{})
	seed := seedText(t)
	form := url.Values{"text": {strings.ReplaceAll(seed, "\n", "\r\n")}, "title": {"<seed>"}}
	res, err := http.PostForm(ts.URL+"/report", form)
	require.NoError(t, err)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	require.Equal(t, http.StatusOK, res.StatusCode)
	page := string(body)
	assert.Contains(t, page, "<title>&lt;seed&gt;</title>")
	assert.Contains(t, page, `data-stance="assertive"`)
	assert.Greater(t, strings.Count(page, `<div class="para">`), 5, "the line breaks (CRLF from the browser) keep the paragraphs")
}

// TestServeKeepsNothing sends requests one after another and checks that
// none leaves a goroutine behind. The memory they leave (the heap in use
// after collection) is a figure: BenchmarkServeSequential prints it, and
// scripts/serve-memory.sh the resident memory of the hearsay serve
// process over 1,000 requests.
func TestServeKeepsNothing(t *testing.T) {
	ts := newTestServer(t, serverConfig{})
	post := seedPoster(t, ts)
	for range 20 { // warm up: lexicons, models, connection
		post(t)
	}
	before := memNow()
	for range 100 {
		post(t)
	}
	after := memNow()
	t.Logf("heap in use after GC: before %.1f MiB, after %.1f MiB", mib(before.heap), mib(after.heap))
	assert.LessOrEqual(t, after.goroutines, before.goroutines+2, "goroutines leaked")
}

// BenchmarkServeSequential posts the seed article to the server, one
// request after another, and reports the heap in use after collection
// before and after the run (heap-MiB-before, heap-MiB-after): a heap that
// grows with the requests keeps something from each. Run it with
// -benchtime 1000x for the figure of the README.
func BenchmarkServeSequential(b *testing.B) {
	ts := newTestServer(b, serverConfig{})
	post := seedPoster(b, ts)
	for range 20 {
		post(b)
	}
	before := memNow()
	for b.Loop() {
		post(b)
	}
	after := memNow()
	b.ReportMetric(mib(before.heap), "heap-MiB-before")
	b.ReportMetric(mib(after.heap), "heap-MiB-after")
	b.ReportMetric(mib(after.rss), "RSS-MiB-after")
}

// seedPoster returns a function that posts the seed article to ts and
// checks that it was analyzed.
func seedPoster(tb testing.TB, ts *httptest.Server) func(testing.TB) {
	seed := seedText(tb)
	client := ts.Client()
	return func(tb testing.TB) {
		res, err := client.Post(ts.URL+"/v1/analyze", "text/plain; charset=utf-8", strings.NewReader(seed))
		require.NoError(tb, err)
		_, err = io.Copy(io.Discard, res.Body)
		require.NoError(tb, err)
		res.Body.Close()
		require.Equal(tb, http.StatusOK, res.StatusCode)
	}
}

type memSample struct {
	heap, rss  uint64
	goroutines int
}

func memNow() memSample {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return memSample{heap: ms.HeapAlloc, rss: rssBytes(), goroutines: runtime.NumGoroutine()}
}

// rssBytes reads the resident set size from /proc (Linux); 0 elsewhere.
func rssBytes() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

// TestServeSlowClient checks that a client that stops sending is cut off
// by the read time-out.
func TestServeSlowClient(t *testing.T) {
	srv := newHTTPServer(newServer(serverConfig{}), 300*time.Millisecond, time.Second, time.Second)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServer(ctx, srv, ln) }()
	t.Cleanup(func() {
		cancel()
		require.NoError(t, <-done)
	})
	for _, partial := range []string{
		"POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n",                                           // headers never end
		"POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nOfficials said", // body never ends
	} {
		conn, err := net.Dial("tcp", ln.Addr().String())
		require.NoError(t, err)
		_, err = io.WriteString(conn, partial)
		require.NoError(t, err)
		// The client's own deadline is only a guard against a hang: what
		// is checked is that the server, not the client, ends it.
		require.NoError(t, conn.SetReadDeadline(time.Now().Add(30*time.Second)))
		_, err = io.ReadAll(conn) // returns when the server closes the connection
		conn.Close()
		require.NoError(t, err, "the server should close the connection")
	}
}

// TestRunServer starts the server on a free loopback port and stops it.
func TestRunServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	assert.True(t, isLoopback(ln.Addr()))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- runServer(ctx, newHTTPServer(newServer(serverConfig{}), time.Second, time.Second, time.Second), ln)
	}()
	res, err := http.Post(fmt.Sprintf("http://%s/v1/analyze", ln.Addr()), "text/plain", strings.NewReader("Officials said it."))
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	cancel()
	assert.NoError(t, <-done)
}

func TestIsLoopback(t *testing.T) {
	for _, tc := range []struct {
		ip   net.IP
		want bool
	}{{net.IPv4(127, 0, 0, 1), true}, {net.IPv6loopback, true}, {net.IPv4zero, false}, {net.IPv6zero, false}, {net.IPv4(192, 168, 1, 2), false}} {
		assert.Equal(t, tc.want, isLoopback(&net.TCPAddr{IP: tc.ip, Port: 8080}), tc.ip.String())
	}
}

func TestServeFlags(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "--max-body", "lots"}, 2, "want a positive size"},
		{[]string{"serve", "--max-body", "0"}, 2, "want a positive size"},
		{[]string{"serve", "extra"}, 2, "serve takes no arguments"},
		{[]string{"serve", "--read-timeout", "0s"}, 2, "time-outs must be positive"},
		{[]string{"serve", "--addr", "127.0.0.1:-1"}, 1, "invalid port"},
		{[]string{"serve", "-h"}, 0, "POST /v1/analyze"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			assert.Equal(t, tc.code, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"1MiB", 1 << 20, true},
		{"512KiB", 512 << 10, true},
		{"2M", 2 << 20, true},
		{"1 GiB", 1 << 30, true},
		{"100B", 100, true},
		{"-1", 0, false},
		{"1.5MiB", 0, false},
		{"", 0, false},
		{"99999999GiB", 0, false},
	}
	for _, tc := range tests {
		var b byteSize
		err := b.Set(tc.in)
		if !tc.ok {
			assert.Error(t, err, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, int64(b), tc.in)
	}
	assert.Equal(t, "1MiB", formatBytes(1<<20))
	assert.Equal(t, "1000 bytes", formatBytes(1000))
}

// A request whose client has gone away is not analyzed to its end: the
// analysis stops with the request's context.
func TestAnalysisStopsWithTheRequest(t *testing.T) {
	s := newServer(serverConfig{}).(*server)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep, herr := s.analyzeText(ctx, strings.Repeat("Officials said the strike may continue. ", 2000), time.Time{})
	assert.Nil(t, rep)
	require.NotNil(t, herr)
	assert.Equal(t, http.StatusServiceUnavailable, herr.status)
	assert.Contains(t, herr.msg, "cancelled")
}
