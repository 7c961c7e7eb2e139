package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/jsonl"
)

// batchGCPercent is the garbage collector's target for batch runs when the
// GOGC environment variable does not set one.
const batchGCPercent = 400

// defaultMaxLine bounds one JSONL input line. A longer line is skipped (an
// error line takes its place) without being held in memory.
const defaultMaxLine = 64 << 20

// A line is one non-blank input line and, once analyzed, its output.
type line struct {
	no   int
	data []byte // the line, or nil when it was too long
	size int    // bytes read for the line
	out  []byte // the encoded report or error, with its newline
	buf  *bytes.Buffer
}

// outBufs recycles the buffers reports are encoded into: the output is
// several times the input, so fresh buffers would be most of what a batch
// allocates.
var outBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuf keeps the buffers of very large reports out of the pool.
const maxPooledBuf = 4 << 20

// A job is a run of consecutive lines analyzed by one worker. Handing
// lines over in runs rather than one by one keeps the goroutine hand-offs
// (reader → worker → writer) from eating into a core when documents are
// small.
type job struct {
	lines []line
	bytes int
	done  chan struct{}
}

// Lines and bytes per job; a job is also sent early when no more input is
// buffered, so a slow producer still sees each report as soon as it can be
// made.
const (
	jobLines = 32
	jobBytes = 1 << 20
)

func batch(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("batch", flag.ContinueOnError)
	fl.SetOutput(stderr)
	workers := fl.Int("j", runtime.GOMAXPROCS(0), "number of documents analyzed in parallel")
	progress := fl.Bool("progress", false, "print progress on standard error (default: when it is a terminal)")
	maxLine := fl.Int("max-line", defaultMaxLine, "longest input line in bytes; a longer line gets an error line")
	rulesOnly := fl.Bool("rules-only", false, "find attributions with the rules alone, without the trained cue model")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: hearsay batch [-j N] [--progress] [--max-line BYTES] [--rules-only] [FILE|-]")
		fmt.Fprintln(stderr, "Reads JSONL ({\"id\": ..., \"text\": ...} a line) and writes one hearsay/v1 report a line, in input order.")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 1 {
		return usageError{"batch takes at most one FILE"}
	}
	if *workers < 1 {
		return usageError{"-j must be at least 1"}
	}
	if *maxLine < 1 {
		return usageError{"--max-line must be positive"}
	}
	if f, ok := stdout.(*os.File); ok && f == os.Stdout {
		// Get EPIPE from writes instead of dying of SIGPIPE, so that a
		// reader that goes away (| head) ends the run quietly.
		signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	}
	if os.Getenv("GOGC") == "" {
		// Batch memory is bounded by the lines in flight (about 50 MB at
		// GOGC=100), so trading some of it for less collection pays: on 47
		// MB of news JSONL, GOGC=400 ran 12–15% faster at 140–180 MB peak.
		debug.SetGCPercent(batchGCPercent)
	}
	in, total, closeIn, err := openInput(fl.Arg(0), stdin)
	if err != nil {
		return err
	}
	defer closeIn()
	var prog *progressLine
	if *progress || isTerminal(stderr) {
		prog = &progressLine{w: stderr, total: total, start: time.Now()}
	}
	analyzer := &hearsay.Analyzer{}
	analyzer.Attribution.RulesOnly = *rulesOnly
	err = runBatch(analyzer, in, stdout, *workers, *maxLine, prog)
	prog.finish()
	if errors.Is(err, syscall.EPIPE) {
		return nil // the reader went away (| head): end quietly
	}
	return err
}

// runBatch streams in to out through workers running analyzer, which is
// safe for concurrent use. At most 2×workers jobs (each at most jobBytes,
// or one line of at most maxLine) are in flight, so memory stays bounded
// whatever the input size.
func runBatch(analyzer *hearsay.Analyzer, in io.Reader, out io.Writer, workers, maxLine int, prog *progressLine) error {
	jobs := make(chan *job, workers)
	order := make(chan *job, 2*workers) // its capacity bounds the jobs in flight
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				for i := range j.lines {
					l := &j.lines[i]
					l.out, l.buf = analyzeLine(analyzer, l)
					l.data = nil
				}
				close(j.done)
			}
		})
	}

	readErr := make(chan error, 1)
	stop := make(chan struct{})
	go func() {
		defer close(order)
		defer close(jobs)
		br := bufio.NewReaderSize(in, 1<<20)
		cur := &job{done: make(chan struct{})}
		send := func() bool {
			if len(cur.lines) == 0 {
				return true
			}
			select {
			case order <- cur:
			case <-stop:
				return false
			}
			jobs <- cur
			cur = &job{done: make(chan struct{})}
			return true
		}
		lineNo := 0
		for {
			data, size64, err := jsonl.ReadLine(br, int64(maxLine))
			size := int(size64)
			if size > 0 || data != nil {
				lineNo++
				if len(bytes.TrimSpace(data)) > 0 || data == nil {
					cur.lines = append(cur.lines, line{no: lineNo, data: data, size: size})
					cur.bytes += size
				}
			}
			if err == nil && (len(cur.lines) >= jobLines || cur.bytes >= jobBytes || br.Buffered() == 0) {
				if !send() {
					readErr <- nil
					return
				}
			}
			if err != nil {
				if !send() {
					readErr <- nil
					return
				}
				if err == io.EOF {
					err = nil
				}
				readErr <- err
				return
			}
		}
	}()

	bw := bufio.NewWriterSize(out, 1<<16)
	var writeErr error
	for j := range order {
		<-j.done
		if writeErr != nil {
			continue // drain so the reader and workers can finish
		}
		for _, l := range j.lines {
			if _, err := bw.Write(l.out); err != nil {
				writeErr = err
				close(stop)
				break
			}
			if prog != nil {
				prog.add(1, l.size)
			}
			if l.buf != nil && l.buf.Cap() <= maxPooledBuf {
				l.buf.Reset()
				outBufs.Put(l.buf)
			}
		}
		if writeErr == nil && len(order) == 0 { // nothing else ready: let the reader see output now
			if err := bw.Flush(); err != nil {
				writeErr = err
				close(stop)
			}
		}
	}
	wg.Wait()
	if writeErr == nil {
		writeErr = bw.Flush()
	}
	if err := <-readErr; err != nil {
		return fmt.Errorf("reading input: %w", err)
	}
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	return nil
}

// analyzeLine turns one input line into its output line, encoded into a
// buffer from outBufs (returned with it) unless it is an error line.
func analyzeLine(a *hearsay.Analyzer, l *line) ([]byte, *bytes.Buffer) {
	fail := func(id, msg string) ([]byte, *bytes.Buffer) {
		b, _ := json.Marshal(jsonl.ErrorRecord{ID: id, Error: msg, Line: l.no})
		return append(b, '\n'), nil
	}
	if l.data == nil {
		return fail("", jsonl.TooLong(int64(l.size), "--max-line"))
	}
	in, err := jsonl.Decode(l.data)
	if err != nil {
		return fail(in.ID, err.Error())
	}
	r, err := a.Analyze(in.Text)
	if err != nil {
		return fail(in.ID, err.Error())
	}
	r.ID = in.ID
	b := outBufs.Get().(*bytes.Buffer)
	if err := hearsay.WriteJSON(b, r, false); err != nil {
		b.Reset()
		outBufs.Put(b)
		return fail(in.ID, "encoding report: "+err.Error())
	}
	return b.Bytes(), b
}

// openInput opens FILE or standard input and tells its size when known.
func openInput(name string, stdin io.Reader) (io.Reader, int64, func(), error) {
	if name == "" || name == "-" {
		size := int64(-1)
		if f, ok := stdin.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				size = st.Size()
			}
		}
		return stdin, size, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, nil, err
	}
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return f, size, func() { f.Close() }, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressLine prints documents done, throughput and, when the input size
// is known, an estimate of the time left, at most a few times a second.
type progressLine struct {
	w     io.Writer
	total int64
	start time.Time
	docs  int
	bytes int64
	last  time.Time
}

func (p *progressLine) add(docs, size int) {
	p.docs += docs
	p.bytes += int64(size)
	if now := time.Now(); now.Sub(p.last) >= 250*time.Millisecond {
		p.last = now
		p.print()
	}
}

func (p *progressLine) print() {
	el := time.Since(p.start).Seconds()
	mbs := 0.0
	if el > 0 {
		mbs = float64(p.bytes) / 1e6 / el
	}
	line := fmt.Sprintf("\r%d documents, %.1f MB, %.2f MB/s", p.docs, float64(p.bytes)/1e6, mbs)
	if p.total > 0 && p.bytes > 0 && mbs > 0 {
		left := float64(p.total-p.bytes) / 1e6 / mbs
		line += ", ETA " + (time.Duration(left) * time.Second).String()
	}
	fmt.Fprint(p.w, line+"   ")
}

func (p *progressLine) finish() {
	if p == nil {
		return
	}
	p.print()
	fmt.Fprintln(p.w)
}
