package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"math"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/jsonl"
	"github.com/hearsay-go/hearsay/nlp"
)

// Defaults of hearsay serve.
const (
	defaultAddr         = "127.0.0.1:8080"
	defaultMaxBody      = 1 << 20 // bytes of text in one request
	defaultReadTimeout  = 30 * time.Second
	defaultWriteTimeout = 60 * time.Second
	defaultIdleTimeout  = 120 * time.Second
	readHeaderTimeout   = 10 * time.Second
	// defaultMaxMemory is the serve memory budget: with it the whole
	// process stays under about 600 MB (scripts/serve-load.sh).
	defaultMaxMemory = 384 << 20
	// defaultQueueWait is how long a request waits for memory before 503.
	defaultQueueWait = 2 * time.Second
	// retryAfter is the Retry-After of a 503, in seconds.
	retryAfter     = 2
	maxHeaderBytes = 64 << 10
	shutdownGrace  = 10 * time.Second
)

// serve runs "hearsay serve" until SIGINT or SIGTERM.
func serve(args []string, stderr io.Writer) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", defaultAddr, "address to listen on; the default is loopback only")
	maxBody := byteSize(defaultMaxBody)
	fl.Var(&maxBody, "max-body", "largest text accepted in one request, in bytes or with KiB, MiB or GiB (default 1MiB)")
	readTimeout := fl.Duration("read-timeout", defaultReadTimeout, "time allowed to read a whole request")
	writeTimeout := fl.Duration("write-timeout", defaultWriteTimeout, "time allowed from the end of the request headers to the end of the response")
	idleTimeout := fl.Duration("idle-timeout", defaultIdleTimeout, "how long an idle keep-alive connection stays open")
	var allowHosts hostList
	fl.Var(&allowHosts, "allow-host", "a host name the server also answers to, beyond its address and localhost (repeat, or separate with commas); others get 421")
	var af analyzerFlags
	af.register(fl)
	maxMemory := byteSize(defaultMaxMemory)
	fl.Var(&maxMemory, "max-memory", "memory budget for request bodies, analyses and replies in flight, in bytes or with KiB, MiB or GiB (default 384MiB); past it requests wait briefly, then get 503 with Retry-After")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: hearsay serve [--addr 127.0.0.1:8080] [--max-body 1MiB] [--max-memory 384MiB] [--rules-only] [--lexicon FILE]... [--idioms FILE]... [--weights FILE]")
		fmt.Fprintln(stderr, "Serves a page with a text box that shows the HTML report, and the JSON API:")
		fmt.Fprintln(stderr, "  POST /v1/analyze  body: the text (text/plain) or {\"text\": \"...\", \"id\": \"...\"} (application/json);")
		fmt.Fprintln(stderr, "                    answer: the hearsay/v1 report (?format=html: the HTML report)")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return usageError{"serve takes no arguments"}
	}
	for _, d := range []*time.Duration{readTimeout, writeTimeout, idleTimeout} {
		if *d <= 0 {
			return usageError{"time-outs must be positive"}
		}
	}
	a, err := af.analyzer(stderr)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if !isLoopback(ln.Addr()) {
		fmt.Fprintf(stderr, "hearsay: warning: listening on %s, beyond this machine; the server has no authentication\n", ln.Addr())
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// Let the collector work harder near the budget rather than let
		// garbage take the process past it; the budget counts live data.
		debug.SetMemoryLimit(int64(maxMemory) + memLimitHeadroom)
	}
	srv := newHTTPServer(newServer(serverConfig{
		MaxBody:      int64(maxBody),
		MaxMemory:    int64(maxMemory),
		WriteTimeout: *writeTimeout,
		Addr:         ln.Addr(),
		AllowHosts:   allowHosts,
		Analyzer:     a,
	}), *readTimeout, *writeTimeout, *idleTimeout)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stderr, "hearsay: serving on http://%s/ (POST /v1/analyze for the JSON report); Ctrl-C stops\n", ln.Addr())
	return runServer(ctx, srv, ln)
}

// newHTTPServer wraps h with the time-outs and header limit.
func newHTTPServer(h http.Handler, read, write, idle time.Duration) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: min(readHeaderTimeout, read),
		ReadTimeout:       read,
		WriteTimeout:      write,
		IdleTimeout:       idle,
		MaxHeaderBytes:    maxHeaderBytes,
	}
}

// runServer serves on ln until ctx is done, then shuts down, letting
// requests in flight finish.
func runServer(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

func isLoopback(a net.Addr) bool {
	ta, ok := a.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}

// byteSize is a flag value: a number of bytes, optionally with a unit.
type byteSize int64

func (b *byteSize) String() string { return formatBytes(int64(*b)) }

func (b *byteSize) Set(s string) error {
	s = strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return errors.New("want a positive size such as 1048576, 512KiB or 1MiB")
	}
	*b = byteSize(n * mult)
	return nil
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// serverConfig configures the HTTP handler. The zero value is ready to
// use.
type serverConfig struct {
	MaxBody   int64             // largest text in one request; 0 means defaultMaxBody
	Analyzer  *hearsay.Analyzer // nil means the zero Analyzer
	Parallel  int               // analyses at once; 0 means GOMAXPROCS
	MaxMemory int64             // memory budget in bytes; 0 means defaultMaxMemory
	QueueWait time.Duration     // longest wait for memory; 0 means defaultQueueWait
	// WriteTimeout is the server's write time-out: a request that cannot be
	// answered before it ends is refused before it is analyzed. 0 means
	// none.
	WriteTimeout time.Duration
	// Addr is the address the server listens on. A request's Host must
	// name it (an IP address of it, or localhost), or be one of
	// AllowHosts, so that a page on another site cannot reach the server
	// through a name it controls (DNS rebinding). nil means a loopback
	// address.
	Addr       net.Addr
	AllowHosts []string
}

// server holds the handlers of hearsay serve.
type server struct {
	maxBody      int64
	analyzer     *hearsay.Analyzer
	slots        chan struct{} // bounds the analyses running at once
	budget       *memBudget
	queueWait    time.Duration
	writeTimeout time.Duration
	rate         atomic.Uint64 // analysis speed in bytes a second (float64 bits), a running average
	bindIP       net.IP        // the listening address's IP; nil for loopback
	allowHosts   map[string]bool
	crossOrigin  *http.CrossOriginProtection
	mux          *http.ServeMux
}

// newServer returns the handler of hearsay serve:
//
//	GET  /             the page with a text box
//	POST /report       the page's form: the HTML report
//	POST /v1/analyze   the text (text/plain) or {"text", "id"} (JSON): the JSON report,
//	                   or with ?format=html the HTML report
//	GET  /healthz      "ok"
func newServer(cfg serverConfig) http.Handler {
	s := &server{maxBody: cfg.MaxBody, analyzer: cfg.Analyzer}
	if s.maxBody <= 0 {
		s.maxBody = defaultMaxBody
	}
	if s.analyzer == nil {
		s.analyzer = new(hearsay.Analyzer)
	}
	n := cfg.Parallel
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	s.slots = make(chan struct{}, n)
	s.budget = newMemBudget(cmp.Or(cfg.MaxMemory, defaultMaxMemory))
	s.queueWait = cmp.Or(cfg.QueueWait, defaultQueueWait)
	s.writeTimeout = cfg.WriteTimeout
	s.rate.Store(math.Float64bits(initialRate))
	if ta, ok := cfg.Addr.(*net.TCPAddr); ok {
		s.bindIP = ta.IP
	}
	s.allowHosts = map[string]bool{"localhost": true}
	for _, h := range cfg.AllowHosts {
		s.allowHosts[normalHost(h)] = true
	}
	s.crossOrigin = http.NewCrossOriginProtection()
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("GET /{$}", s.index)
	s.mux.HandleFunc("POST /report", s.report)
	s.mux.HandleFunc("POST /v1/analyze", s.analyzeAPI)
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	return s
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "no-store")
	if !s.hostAllowed(r.Host) {
		writeJSONError(w, &httpError{status: http.StatusMisdirectedRequest, msg: fmt.Sprintf(
			"this server does not answer to the host %q; reach it by its address, or start it with --allow-host %s",
			r.Host, normalHost(r.Host))})
		return
	}
	if err := s.crossOrigin.Check(r); err != nil {
		// A form or script on another site posting here (Sec-Fetch-Site,
		// or an Origin that is not this Host).
		writeJSONError(w, &httpError{status: http.StatusForbidden, msg: "cross-site requests are refused: post from this server's own page, or without a browser"})
		return
	}
	s.mux.ServeHTTP(w, r)
}

// hostAllowed tells whether a request's Host names this server: localhost,
// a name given with --allow-host, or an IP address the server listens on
// (any address when it listens on all of them). A name that merely
// resolves here is not enough.
func (s *server) hostAllowed(host string) bool {
	h := normalHost(host)
	if s.allowHosts[h] {
		return true
	}
	ip := net.ParseIP(h)
	switch {
	case ip == nil:
		return false
	case s.bindIP == nil || s.bindIP.IsLoopback():
		return ip.IsLoopback()
	case s.bindIP.IsUnspecified():
		return true
	}
	return ip.Equal(s.bindIP)
}

// normalHost returns the host name of a Host header or flag, without its
// port, brackets and final dot, in lower case.
func normalHost(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	return strings.ToLower(host)
}

// hostList is the value of --allow-host: names, repeated or comma-separated.
type hostList []string

func (l *hostList) String() string { return strings.Join(*l, ",") }

func (l *hostList) Set(v string) error {
	for h := range strings.SplitSeq(v, ",") {
		if h = strings.TrimSpace(h); h != "" {
			*l = append(*l, h)
		}
	}
	return nil
}

// An httpError is a failed request: its status and a message for the
// client.
type httpError struct {
	status     int
	msg        string
	retryAfter int // seconds, for a 503; 0 for none
}

func (e *httpError) Error() string { return e.msg }

// readBody reads the request body, refusing one of more than limit bytes
// with 413.
func (s *server) readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, *httpError) {
	tooLarge := &httpError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf(
		"the request body is larger than the limit of %s; split the text, or start the server with a larger --max-body", formatBytes(limit))}
	if r.ContentLength > limit {
		return nil, tooLarge
	}
	body, err := readAllMax(http.MaxBytesReader(w, r.Body, limit), limit, r.ContentLength)
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok || errors.Is(err, errTooLarge) {
			return nil, tooLarge
		}
		return nil, &httpError{status: http.StatusBadRequest, msg: "reading the request body: " + err.Error()}
	}
	return body, nil
}

// checkText refuses text that is not UTF-8 or is over the limit.
func (s *server) checkText(text string) *httpError {
	if int64(len(text)) > s.maxBody {
		return &httpError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf(
			"the text is larger than the limit of %s; split it, or start the server with a larger --max-body", formatBytes(s.maxBody))}
	}
	if !utf8.ValidString(text) {
		return &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf(
			"the text is not valid UTF-8: first invalid byte at offset %d; convert it to UTF-8 and send it again", nlp.InvalidUTF8(text))}
	}
	return nil
}

// analyzeText runs the analysis in one of the slots, waiting for one while
// the client is still there and the reply can still be written before the
// write time-out (deadline; zero for none).
func (s *server) analyzeText(ctx context.Context, text string, deadline time.Time) (*hearsay.Report, *httpError) {
	var late <-chan time.Time
	if !deadline.IsZero() {
		// The last moment an analysis of this text can start and be
		// answered in time.
		start := deadline.Add(-s.estimate(len(text)))
		wait := time.Until(start)
		if wait <= 0 {
			return nil, tooLate()
		}
		t := time.NewTimer(wait)
		defer t.Stop()
		late = t.C
	}
	select {
	case s.slots <- struct{}{}:
	case <-late:
		return nil, tooLate()
	case <-ctx.Done():
		return nil, &httpError{status: http.StatusServiceUnavailable, msg: "the request was cancelled while waiting for the analyzer"}
	}
	defer func() { <-s.slots }()
	began := time.Now()
	rep, err := s.analyzer.AnalyzeContext(ctx, text)
	if ctx.Err() != nil {
		// the client went away: the analysis stopped part way
		return nil, &httpError{status: http.StatusServiceUnavailable, msg: "the request was cancelled during the analysis"}
	}
	s.observe(len(text), time.Since(began))
	if errors.Is(err, hearsay.ErrInvalidUTF8) {
		return nil, &httpError{status: http.StatusBadRequest, msg: err.Error()}
	}
	if err != nil {
		return nil, &httpError{status: http.StatusInternalServerError, msg: err.Error()}
	}
	return rep, nil
}

// analyzeAPI handles POST /v1/analyze.
func (s *server) analyzeAPI(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format != "" && format != "json" && format != "html" {
		writeJSONError(w, &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf("unknown format %q (want json or html)", format)})
		return
	}
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if r.Header.Get("Content-Type") == "" {
		mt, err = "text/plain", nil
	}
	if err != nil {
		writeJSONError(w, &httpError{status: http.StatusUnsupportedMediaType, msg: "bad Content-Type: " + err.Error()})
		return
	}
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
		writeJSONError(w, &httpError{status: http.StatusUnsupportedMediaType, msg: fmt.Sprintf("charset %q is not supported; send UTF-8", params["charset"])})
		return
	}
	if mt != "text/plain" && mt != "application/json" {
		writeJSONError(w, &httpError{status: http.StatusUnsupportedMediaType, msg: fmt.Sprintf(
			"Content-Type %q is not supported; send the text as text/plain, or as application/json {\"text\": \"...\"}", mt)})
		return
	}
	limit := s.maxBody
	if mt == "application/json" {
		// JSON escapes: \n, \" and \u00e9 take more bytes than the text.
		limit = 6*s.maxBody + 4096
	}
	l, herr := s.admit(r, limit)
	if herr != nil {
		writeJSONError(w, herr)
		return
	}
	defer l.done()
	body, herr := s.readBody(w, r, limit)
	if herr != nil {
		writeJSONError(w, herr)
		return
	}
	var text, id string
	if mt == "application/json" {
		// The decoder of batch: the same rules, the same words.
		in, err := jsonl.Decode(body)
		if err != nil {
			writeJSONError(w, &httpError{status: http.StatusBadRequest, msg: "the JSON body: " + err.Error()})
			return
		}
		text, id = in.Text, in.ID
	} else {
		text = string(body)
	}
	body = nil
	if herr := s.checkText(text); herr != nil {
		writeJSONError(w, herr)
		return
	}
	l.shrink(analysisCost(len(text)))
	rep, herr := s.analyzeText(r.Context(), text, l.deadline)
	if herr != nil {
		writeJSONError(w, herr)
		return
	}
	l.shrink(replyCost(len(text)))
	rep.ID = id
	if format == "html" {
		writeHTMLPage(w, rep, cmp.Or(id, "hearsay report"), text)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	hearsay.WriteJSON(w, rep, false) // an error here is the client going away
}

// report handles the page's form.
func (s *server) report(w http.ResponseWriter, r *http.Request) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/x-www-form-urlencoded" {
		writePageError(w, &httpError{status: http.StatusUnsupportedMediaType, msg: "send the form from the page"})
		return
	}
	// Form encoding takes up to three bytes for one of the text.
	limit := 3*s.maxBody + 4096
	l, herr := s.admit(r, limit)
	if herr != nil {
		writePageError(w, herr)
		return
	}
	defer l.done()
	body, herr := s.readBody(w, r, limit)
	if herr != nil {
		writePageError(w, herr)
		return
	}
	form, err := url.ParseQuery(string(body))
	body = nil
	if err != nil {
		writePageError(w, &httpError{status: http.StatusBadRequest, msg: "bad form: " + err.Error()})
		return
	}
	text := strings.ReplaceAll(form.Get("text"), "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		writePageError(w, &httpError{status: http.StatusBadRequest, msg: "the text box was empty: paste an article into it"})
		return
	}
	if herr := s.checkText(text); herr != nil {
		writePageError(w, herr)
		return
	}
	l.shrink(analysisCost(len(text)))
	rep, herr := s.analyzeText(r.Context(), text, l.deadline)
	if herr != nil {
		writePageError(w, herr)
		return
	}
	l.shrink(replyCost(len(text)))
	title := strings.TrimSpace(form.Get("title"))
	writeHTMLPage(w, rep, cmp.Or(title, "Pasted text"), text)
}

// writeHTMLPage streams the HTML report: an error once it has begun is the
// client going away (or the write time-out), and ends the reply.
func writeHTMLPage(w http.ResponseWriter, rep *hearsay.Report, title, text string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	bw := bufio.NewWriterSize(w, 32<<10)
	if hearsay.WriteHTML(bw, rep, &hearsay.HTMLOptions{Title: title, Text: text}) == nil {
		bw.Flush()
	}
}

func writeJSONError(w http.ResponseWriter, e *httpError) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	setRetryAfter(w, e)
	w.WriteHeader(e.status)
	json.NewEncoder(w).Encode(struct {
		Error  string `json:"error"`
		Status int    `json:"status"`
	}{e.msg, e.status})
}

func writePageError(w http.ResponseWriter, e *httpError) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", pageCSP)
	setRetryAfter(w, e)
	w.WriteHeader(e.status)
	pageTemplate().ExecuteTemplate(w, "error", struct {
		Status int
		Text   string
		Msg    string
	}{e.status, http.StatusText(e.status), e.msg})
}

// index serves the page with the text box.
func (s *server) index(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", pageCSP)
	pageTemplate().ExecuteTemplate(w, "index", struct{ MaxBody, Host string }{formatBytes(s.maxBody), r.Host})
}

// pageCSP allows the pages' own inline style and their form, nothing else.
const pageCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// pageTemplate is parsed on first use, not by every command's start-up.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(`
{{- define "top"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.}}</title>
<link rel="icon" href="data:,">
<style>
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d232b; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; }
label { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
textarea, input[type=text] { width: 100%; font: inherit; padding: .5rem; border: 1px solid #8a94a3; border-radius: .3rem; }
textarea { min-height: 18rem; resize: vertical; }
button { font: inherit; font-weight: 600; margin-top: .8rem; padding: .45rem 1.2rem; border: 1px solid #1a56a8; border-radius: .3rem; background: #1a56a8; color: #fff; cursor: pointer; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid #1a56a8; outline-offset: 2px; }
.sub { color: #5a6472; }
code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; }
pre { background: #f3f5f8; padding: .6rem; border-radius: .3rem; overflow-x: auto; }
.error { border-left: 4px solid #b3261e; padding: .3rem .8rem; background: #fff1f0; }
</style>
</head>
<body>
<main>
{{end}}
{{- define "index"}}{{template "top" "hearsay"}}<h1>hearsay</h1>
<p class="sub">Paste a news article to see who says what, how the writer frames it, and how much of each statement rests on unverified assertion. Nothing leaves this machine.</p>
<form method="post" action="/report" accept-charset="utf-8">
<label for="title">Title (optional)</label>
<input type="text" id="title" name="title" autocomplete="off">
<label for="text">Article text (UTF-8, at most {{.MaxBody}})</label>
<textarea id="text" name="text" required spellcheck="false"></textarea>
<button type="submit" id="analyze">Analyze</button>
</form>
<h2>API</h2>
<pre>curl --data-binary @article.txt -H 'Content-Type: text/plain' http://{{.Host}}/v1/analyze
curl -d '{"id": "a1", "text": "Officials said the strike may continue."}' -H 'Content-Type: application/json' http://{{.Host}}/v1/analyze
curl --data-binary @article.txt 'http://{{.Host}}/v1/analyze?format=html' &gt; report.html</pre>
<p class="sub">The answer is the hearsay/v1 JSON report. A body over the limit gets 413, text that is not UTF-8 gets 400, and a request the server is too busy to take 503 with Retry-After, all with {"error": "..."}.</p>
</main>
</body>
</html>
{{end}}
{{- define "error"}}{{template "top" "hearsay: error"}}<h1>{{.Status}} {{.Text}}</h1>
<p class="error" role="alert">{{.Msg}}</p>
<p><a href="/">Back to the text box</a></p>
</main>
</body>
</html>
{{end}}`))
})

// initialRate is the analysis speed assumed before any is measured, in
// bytes a second: about the slowest measured, on the densest text, so that
// the first requests are not refused for want of an estimate.
const initialRate = 1e6

// admit takes the request's share of the memory budget before its body is
// read: the body (bodyLimit bytes, or fewer by its Content-Length) and the
// analysis of as much text as it can hold. When the budget stays full for
// the queue wait (or until too late to answer before the write time-out),
// it refuses with 503 and Retry-After.
func (s *server) admit(r *http.Request, bodyLimit int64) (*lease, *httpError) {
	if r.ContentLength > bodyLimit {
		// readBody refuses it with 413 without reading it: no memory.
		return &lease{b: s.budget}, nil
	}
	l := &lease{b: s.budget}
	body := bodyLimit
	if r.ContentLength >= 0 {
		body = r.ContentLength
	}
	text := int(min(body, s.maxBody))
	wait := s.queueWait
	if s.writeTimeout > 0 {
		l.deadline = time.Now().Add(s.writeTimeout)
		wait = min(wait, time.Until(l.deadline)-s.estimate(text))
	}
	n, ok := s.budget.acquire(r.Context(), body+analysisCost(text), wait)
	if !ok {
		drain(r, bodyLimit)
		return nil, &httpError{status: http.StatusServiceUnavailable, retryAfter: retryAfter, msg: fmt.Sprintf(
			"the server is busy: its memory budget (--max-memory %s) is taken by requests in flight; try again in a few seconds",
			formatBytes(s.budget.limit))}
	}
	l.n = n
	return l, nil
}

// estimate returns how long analyzing and answering textBytes should take,
// from the speed of the analyses so far.
func (s *server) estimate(textBytes int) time.Duration {
	rate := math.Float64frombits(s.rate.Load())
	sec := 1.25*float64(textBytes)/rate + 0.01 // a quarter more for writing the reply
	return time.Duration(sec * float64(time.Second))
}

// observe adds one analysis to the running average of the speed. Small
// texts say more about fixed costs than about speed and are left out.
func (s *server) observe(textBytes int, took time.Duration) {
	if textBytes < 16<<10 || took <= 0 {
		return
	}
	r := float64(textBytes) / took.Seconds()
	for {
		old := s.rate.Load()
		avg := 0.7*math.Float64frombits(old) + 0.3*r
		if s.rate.CompareAndSwap(old, math.Float64bits(avg)) {
			return
		}
	}
}

// drain reads and discards the body of a request refused before it was
// read, a small buffer at a time, so that the client, still sending, gets
// the answer rather than a reset connection. A client that waits for 100
// Continue has sent nothing and is left alone.
func drain(r *http.Request, limit int64) {
	if strings.EqualFold(r.Header.Get("Expect"), "100-continue") {
		return
	}
	io.Copy(io.Discard, io.LimitReader(r.Body, limit))
}

func tooLate() *httpError {
	return &httpError{status: http.StatusServiceUnavailable, retryAfter: retryAfter,
		msg: "the server is busy: the requests before this one leave too little time to answer it within the write time-out; try again in a few seconds"}
}

func setRetryAfter(w http.ResponseWriter, e *httpError) {
	if e.retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(e.retryAfter))
	}
}
