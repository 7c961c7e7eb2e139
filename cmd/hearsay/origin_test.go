package main

import (
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServeHost checks the Host header against the listening address: a
// name that only resolves to the server (DNS rebinding) is refused.
func TestServeHost(t *testing.T) {
	loop := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}
	all := &net.TCPAddr{IP: net.IPv4zero, Port: 8080}
	lan := &net.TCPAddr{IP: net.IPv4(10, 1, 2, 3), Port: 8080}
	tests := []struct {
		name  string
		addr  net.Addr
		allow []string
		host  string
		want  int
		why   string
	}{
		{"loopback ip", loop, nil, "127.0.0.1:8080", 200, "the address itself"},
		{"localhost", loop, nil, "localhost:8080", 200, "localhost never resolves elsewhere"},
		{"localhost dot upper", loop, nil, "LOCALHOST.:8080", 200, "case and final dot do not matter"},
		{"ipv6 loopback", loop, nil, "[::1]:8080", 200, "a loopback address"},
		{"rebinding name", loop, nil, "attacker.example:8080", 421, "a name that resolves to 127.0.0.1"},
		{"other ip", loop, nil, "10.0.0.1:8080", 421, "not an address of a loopback server"},
		{"allowed name", loop, []string{"hearsay.internal"}, "hearsay.internal:8080", 200, "--allow-host"},
		{"all interfaces ip", all, nil, "192.0.2.7:8080", 200, "listening on every address"},
		{"all interfaces name", all, nil, "news.example", 421, "names still need --allow-host"},
		{"bound ip", lan, nil, "10.1.2.3:8080", 200, "the bound address"},
		{"bound other ip", lan, nil, "10.1.2.4", 421, "another address"},
		{"no addr", nil, nil, "127.0.0.1", 200, "the zero config is loopback"},
		{"no addr name", nil, nil, "evil.example", 421, "the zero config is loopback"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newServer(serverConfig{Addr: tc.addr, AllowHosts: tc.allow})
			req := httptest.NewRequest("GET", "/healthz", nil)
			req.Host = tc.host
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			assert.Equal(t, tc.want, rec.Code, tc.why)
			if tc.want == 421 {
				assert.Contains(t, rec.Body.String(), "--allow-host", "the refusal says what to do")
			}
		})
	}
}

// TestServeCrossSite checks that a form or script on another site cannot
// post to the server, while the server's own page and non-browser clients
// can.
func TestServeCrossSite(t *testing.T) {
	ts := newTestServer(t, serverConfig{})
	tests := []struct {
		name, path, ctype string
		headers           map[string]string
		want              int
		why               string
	}{
		{"cross-site form", "/report", "application/x-www-form-urlencoded", map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, 403, "a form on another site"},
		{"cross-site text/plain", "/v1/analyze", "text/plain", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403, "a form with enctype=text/plain needs no preflight"},
		{"origin only", "/v1/analyze", "text/plain", map[string]string{"Origin": "https://evil.example"}, 403, "an older browser sends only Origin"},
		{"same origin", "/report", "application/x-www-form-urlencoded", map[string]string{"Sec-Fetch-Site": "same-origin"}, 200, "the server's own page"},
		{"user typed", "/v1/analyze", "text/plain", map[string]string{"Sec-Fetch-Site": "none"}, 200, "not from a page"},
		{"curl", "/v1/analyze", "text/plain", nil, 200, "no browser headers"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := "Officials said it."
			if strings.HasPrefix(tc.ctype, "application/x-www") {
				body = "text=Officials+said+it."
			}
			req, err := http.NewRequest("POST", ts.URL+tc.path, strings.NewReader(body))
			require.NoError(t, err)
			req.Header.Set("Content-Type", tc.ctype)
			for k, v := range tc.headers {
				req.Header.Set(k, v)
			}
			res, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			res.Body.Close()
			assert.Equal(t, tc.want, res.StatusCode, tc.why)
		})
	}
}

func TestHostList(t *testing.T) {
	var l hostList
	require.NoError(t, l.Set("a.example, b.example"))
	require.NoError(t, l.Set("c.example"))
	assert.Equal(t, hostList{"a.example", "b.example", "c.example"}, l)
}
