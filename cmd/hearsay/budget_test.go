package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMemBudget(t *testing.T) {
	b := newMemBudget(100)
	ctx := context.Background()
	n, ok := b.acquire(ctx, 60, 0)
	require.True(t, ok)
	assert.Equal(t, int64(60), n)
	_, ok = b.acquire(ctx, 50, 0)
	assert.False(t, ok, "60 + 50 is over 100 and there is no wait")
	_, ok = b.acquire(ctx, 50, 10*time.Millisecond)
	assert.False(t, ok, "nothing is released while it waits")
	assert.Equal(t, int64(60), b.inUse(), "a waiter that gave up holds nothing")

	got := make(chan bool)
	go func() {
		_, ok := b.acquire(ctx, 50, time.Minute)
		got <- ok
	}()
	for b.queued() == 0 {
		time.Sleep(time.Millisecond)
	}
	b.release(60)
	assert.True(t, <-got, "a release wakes the waiter")
	assert.Equal(t, int64(50), b.inUse())

	b.release(50)
	n, ok = b.acquire(ctx, 1000, 0)
	require.True(t, ok, "a request larger than the budget runs alone")
	assert.Equal(t, int64(100), n)
	b.release(n)

	cctx, cancel := context.WithCancel(ctx)
	b.acquire(ctx, 100, 0)
	cancel()
	_, ok = b.acquire(cctx, 1, time.Minute)
	assert.False(t, ok, "a cancelled request stops waiting")
	assert.Equal(t, 0, b.queued())
}

// busyServer returns a server and its handler's state.
func busyServer(t *testing.T, cfg serverConfig) (*server, *httptest.Server) {
	t.Helper()
	h := newServer(cfg)
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return h.(*server), ts
}

func postText(t *testing.T, url, text string) (*http.Response, apiError) {
	t.Helper()
	res, err := http.Post(url+"/v1/analyze", "text/plain", strings.NewReader(text))
	require.NoError(t, err, "an answer, never a bare EOF")
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	var e apiError
	if res.StatusCode != http.StatusOK {
		require.NoError(t, json.Unmarshal(body, &e), "%s", body)
	}
	return res, e
}

// TestServeBudgetFull checks that a request finding the memory budget taken
// waits, then gets 503 with Retry-After, and is served once memory is free.
func TestServeBudgetFull(t *testing.T) {
	s, ts := busyServer(t, serverConfig{MaxMemory: 8 << 20, QueueWait: 50 * time.Millisecond})
	n, ok := s.budget.acquire(context.Background(), 8<<20, 0) // the other requests in flight
	require.True(t, ok)
	res, e := postText(t, ts.URL, "Officials said the strike may continue.")
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	assert.Equal(t, "2", res.Header.Get("Retry-After"))
	assert.Contains(t, e.Error, "memory budget (--max-memory 8MiB)")

	form, err := http.PostForm(ts.URL+"/report", map[string][]string{"text": {"He said it."}})
	require.NoError(t, err)
	form.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, form.StatusCode, "the page's form too")
	assert.Equal(t, "2", form.Header.Get("Retry-After"))

	s.budget.release(n)
	res, _ = postText(t, ts.URL, "Officials said the strike may continue.")
	assert.Equal(t, http.StatusOK, res.StatusCode, "served once the memory is free")
	assert.Equal(t, int64(0), s.budget.inUse(), "a finished request gives back all it took")
}

// TestServeBudgetDrain sends a large body that is refused before it is
// read: the client must still read the 503, not a reset connection.
func TestServeBudgetDrain(t *testing.T) {
	s, ts := busyServer(t, serverConfig{MaxMemory: 8 << 20, QueueWait: 10 * time.Millisecond})
	n, _ := s.budget.acquire(context.Background(), 8<<20, 0)
	defer s.budget.release(n)
	// 6 MB of JSON (each letter escaped), more than the socket buffers hold.
	body := `{"text": "` + strings.Repeat(`\u0048\u0065 said it. `, 250_000) + `"}`
	for range 3 {
		conn, err := net.Dial("tcp", ts.Listener.Addr().String())
		require.NoError(t, err)
		// A client that sends the whole body before it reads (the guard
		// deadline only keeps a broken server from hanging the test).
		require.NoError(t, conn.SetDeadline(time.Now().Add(time.Minute)))
		_, err = io.WriteString(conn, "POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "+
			strconv.Itoa(len(body))+"\r\n\r\n"+body)
		require.NoError(t, err, "the refused body is still read")
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		require.NoError(t, err, "an answer, not a reset")
		assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
		_, err = io.ReadAll(res.Body)
		assert.NoError(t, err)
		conn.Close()
	}
}

// TestServeTooLate checks that a request that cannot be answered before
// the write time-out is refused with 503 before it is analyzed: when the
// measured speed says the analysis would take too long, and when the
// analyzer stays busy until it is too late to start.
func TestServeTooLate(t *testing.T) {
	s, ts := busyServer(t, serverConfig{WriteTimeout: time.Second, Parallel: 1})
	s.rate.Store(floatBits(1000)) // 1 kB/s: 10 kB would take 10 s
	res, e := postText(t, ts.URL, strings.Repeat("Officials said it. ", 600))
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	assert.Equal(t, "2", res.Header.Get("Retry-After"))
	assert.Contains(t, e.Error, "within the write time-out")

	s.rate.Store(floatBits(1e6))
	s.slots <- struct{}{} // the one analyzer slot is taken, and stays taken
	res, e = postText(t, ts.URL, "Officials said it.")
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode, "waited for the analyzer until too late")
	assert.Contains(t, e.Error, "within the write time-out")
	<-s.slots
	res, _ = postText(t, ts.URL, "Officials said it.")
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, int64(0), s.budget.inUse())
}

// TestServeUnreadReply posts a text with a large report and never reads
// the reply: at the write time-out the reply is dropped and its memory
// given back.
func TestServeUnreadReply(t *testing.T) {
	// The write time-out leaves the analysis (a second or two under the
	// race detector on a busy machine) time to finish, so that the reply
	// begins and then stalls on the unread socket.
	const writeTimeout = 6 * time.Second
	h := newServer(serverConfig{WriteTimeout: writeTimeout})
	s := h.(*server)
	srv := newHTTPServer(h, 5*time.Second, writeTimeout, 5*time.Second)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServer(ctx, srv, ln) }()
	defer func() {
		cancel()
		require.NoError(t, <-done)
	}()
	text := strings.Repeat("He said it. ", 20_000) // a report of some 12 MB, more than the socket buffers
	conn, err := net.Dial("tcp", ln.Addr().String())
	require.NoError(t, err)
	defer conn.Close()
	_, err = io.WriteString(conn, "POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: "+
		strconv.Itoa(len(text))+"\r\n\r\n"+text)
	require.NoError(t, err)
	// Never read. The loops' bound is a guard against a hang, not a
	// measure: the share comes back at the write time-out.
	guard := time.Now().Add(time.Minute)
	for s.budget.inUse() == 0 && time.Now().Before(guard) { // the request has taken its share
		time.Sleep(time.Millisecond)
	}
	require.NotZero(t, s.budget.inUse(), "the request never took its share")
	for s.budget.inUse() != 0 && time.Now().Before(guard) {
		time.Sleep(10 * time.Millisecond)
	}
	assert.Equal(t, int64(0), s.budget.inUse(), "the unread reply was dropped and its memory given back")
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(time.Minute)))
	got, _ := io.ReadAll(conn)
	assert.True(t, strings.HasPrefix(string(got), "HTTP/1.1 200 OK"), "the reply had begun")
	assert.False(t, strings.HasSuffix(string(got), "\r\n0\r\n\r\n"), "but was cut off, not finished: %d bytes", len(got))
}

func TestServeMaxMemoryFlag(t *testing.T) {
	code, _, stderr := runCmd(t, "", "serve", "--max-memory", "lots")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "want a positive size")
	code, _, stderr = runCmd(t, "", "serve", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, stderr, "-max-memory")
}

func floatBits(f float64) uint64 { return math.Float64bits(f) }
