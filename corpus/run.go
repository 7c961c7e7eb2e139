package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/jsonl"
)

// CostPerByte is what a document is estimated to take in memory, per byte
// of its input line, while it is analyzed and until its output is
// written: its report and its encoded output. Measured on the densest
// text in the tests ("He said it. " repeated, a report and an
// attribution every 12 bytes), a megabyte's report holds 54 MB and its
// JSON is 48 MB; news articles take less than half of that.
const CostPerByte = 112

// lineCost is what every line reserves besides its bytes: the bookkeeping
// of a line and the smallest report, so that a run of blank-ish lines is
// bounded too.
const lineCost = 4 << 10

// Defaults of [Options].
const (
	DefaultMaxLine   = 64 << 20  // the longest input line
	DefaultMaxMemory = 256 << 20 // the budget for documents in flight
)

// Options configure [Run]. The zero value is ready to use.
type Options struct {
	// Analyzer analyzes each document; nil means a zero hearsay.Analyzer.
	Analyzer *hearsay.Analyzer
	// Workers is the number of documents analyzed in parallel; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// MaxLine is the longest input line in bytes, line end excluded; a
	// longer line gets an error record without being held in memory. 0
	// means DefaultMaxLine.
	MaxLine int64
	// MaxMemory is the budget, in bytes, for the documents in flight:
	// their input, analysis and output not yet written, as estimated by
	// CostPerByte. 0 means DefaultMaxMemory. A document whose estimate
	// alone exceeds it gets an error record.
	MaxMemory int64
	// Resume holds the ids of the lines already answered by an earlier,
	// interrupted run, in order ("" for a line without id). That many
	// non-blank input lines are skipped; an id that differs from the
	// input's is an error, before anything is written.
	Resume []string
	// Progress, when set, is called after each line written, from the
	// goroutine that writes.
	Progress func(Summary)
	// MaxLineName and MaxMemoryName name the settings that raise the
	// limits, in error records; "" means "MaxLine" and "MaxMemory".
	MaxLineName, MaxMemoryName string
}

// A Summary tells how far a run got.
type Summary struct {
	// Lines is the number of non-blank input lines answered (written),
	// Documents those answered with a report, Errors with an error record.
	Lines, Documents, Errors int
	// LastLine is the number (from 1, blank lines counted) of the last
	// input line answered; every non-blank line up to it is answered.
	LastLine int
	// Skipped is the number of lines skipped for Options.Resume.
	Skipped int
	// Bytes is the input read for the lines answered, line ends included.
	Bytes int64
	// PeakReserved is the most memory reserved at once by documents in
	// flight, in bytes, by the estimate that MaxMemory bounds.
	PeakReserved int64
}

// ErrStopped is returned (wrapped, with the context's cause) when the
// context ended a run before all its input was answered.
var ErrStopped = errors.New("corpus: stopped before the end of the input")

// A line is one non-blank input line and, once analyzed, its output.
type line struct {
	no      int
	data    []byte // the line, or nil when it was too long
	size    int64  // bytes read for the line
	cost    int64  // bytes reserved in the budget
	out     []byte // the encoded report or error record, with its newline
	buf     *bytes.Buffer
	report  bool // out is a report, not an error record
	dropped bool // not analyzed: the run was stopped first
}

// A job is a run of consecutive lines analyzed by one worker. Handing
// lines over in runs rather than one by one keeps the goroutine hand-offs
// (reader → worker → writer) from eating into a core when documents are
// small.
type job struct {
	lines []line
	bytes int64
	done  chan struct{}
}

// Lines and bytes per job; a job is also sent early when no more input is
// buffered, so a slow producer still sees each report as soon as it can be
// made, and when the budget is full.
const (
	jobLines = 32
	jobBytes = 1 << 20
)

// outBufs recycles the buffers reports are encoded into: the output is
// several times the input, so fresh buffers would be most of what a batch
// allocates.
var outBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuf keeps the buffers of very large reports out of the pool.
const maxPooledBuf = 4 << 20

// Run reads JSONL documents from in and writes one hearsay/v1 report a
// line to out, in input order, each with its input's id; a line that
// cannot be analyzed gets a jsonl.ErrorRecord in its place. Blank lines
// are skipped.
//
// When ctx ends before the input does, Run stops reading, drops the
// documents not yet started, finishes those being analyzed, writes the
// answers of a prefix of the input (whole lines only), and returns an
// error wrapping ErrStopped; the Summary says which lines were answered.
// A Read of in that blocks is not interrupted: Run returns without
// waiting for it.
//
// Run returns an error, with the Summary of what was written, when
// reading or writing fails.
func Run(ctx context.Context, in io.Reader, out io.Writer, opt Options) (Summary, error) {
	opt.defaults()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	bud := newBudget(opt.MaxMemory)

	jobs := make(chan *job, opt.Workers)
	order := make(chan *job, 2*opt.Workers) // its capacity bounds the jobs in flight
	for range opt.Workers {
		go func() {
			for j := range jobs {
				for i := range j.lines {
					l := &j.lines[i]
					if ctx.Err() != nil {
						l.dropped, l.data = true, nil
						continue
					}
					opt.analyze(l)
					l.data = nil
					// Trade the estimate for what the output takes.
					if n := int64(len(l.out)) + lineCost; n < l.cost {
						bud.release(l.cost - n)
						l.cost = n
					} else if n > l.cost {
						bud.force(n - l.cost)
						l.cost = n
					}
				}
				close(j.done)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		readErr <- opt.read(ctx, in, bud, jobs, order)
	}()

	var sum Summary
	sum.Skipped = len(opt.Resume)
	bw := bufio.NewWriterSize(out, 1<<16)
	var writeErr error
	stopped := false // a line was dropped, or writing failed: write nothing more
	for {
		j, ok := next(ctx, order)
		if !ok {
			break
		}
		<-j.done
		for i := range j.lines {
			l := &j.lines[i]
			if l.dropped {
				stopped = true
			}
			if !stopped {
				if _, err := bw.Write(l.out); err != nil {
					writeErr = err
					stopped = true
					cancel(err)
				} else {
					sum.Lines++
					sum.LastLine = l.no
					sum.Bytes += l.size
					if l.report {
						sum.Documents++
					} else {
						sum.Errors++
					}
					if opt.Progress != nil {
						opt.Progress(sum)
					}
				}
			}
			bud.release(l.cost)
			if l.buf != nil && l.buf.Cap() <= maxPooledBuf {
				l.buf.Reset()
				outBufs.Put(l.buf)
			}
			l.out, l.buf = nil, nil
		}
		if !stopped && len(order) == 0 { // nothing else ready: let the reader see output now
			if err := bw.Flush(); err != nil {
				writeErr = err
				stopped = true
				cancel(err)
			}
		}
	}
	if writeErr == nil {
		writeErr = bw.Flush()
	}
	sum.PeakReserved = bud.peakUsed()
	if writeErr != nil {
		return sum, fmt.Errorf("corpus: writing output: %w", writeErr)
	}
	select {
	case err := <-readErr:
		if err == nil && !stopped {
			return sum, nil // the whole input answered
		}
		if err != nil && err != errStop {
			return sum, err
		}
	default:
		// The reader is still running (perhaps blocked in Read): the run
		// was stopped.
	}
	return sum, fmt.Errorf("%w: %w", ErrStopped, context.Cause(ctx))
}

// errStop is what the reader returns when the context stopped it.
var errStop = errors.New("stopped")

// next returns the next job queued for the writer. Once ctx is done it
// returns only jobs already queued, so as not to wait for a reader that
// may be blocked in Read.
func next(ctx context.Context, order <-chan *job) (*job, bool) {
	select {
	case j, ok := <-order:
		return j, ok
	default:
	}
	select {
	case j, ok := <-order:
		return j, ok
	case <-ctx.Done():
		select {
		case j, ok := <-order:
			return j, ok
		default:
			return nil, false
		}
	}
}

func (opt *Options) defaults() {
	if opt.Analyzer == nil {
		opt.Analyzer = &hearsay.Analyzer{}
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.MaxLine <= 0 {
		opt.MaxLine = DefaultMaxLine
	}
	if opt.MaxMemory <= 0 {
		opt.MaxMemory = DefaultMaxMemory
	}
	if opt.MaxLineName == "" {
		opt.MaxLineName = "MaxLine"
	}
	if opt.MaxMemoryName == "" {
		opt.MaxMemoryName = "MaxMemory"
	}
}

// read splits in into lines and hands them to the workers in jobs, each
// job also queued in order for the writer, reserving each line's cost in
// bud first. It returns nil when the input ends, an error when reading
// fails, and errStop when ctx is done.
func (opt *Options) read(ctx context.Context, in io.Reader, bud *budget, jobs, order chan<- *job) error {
	br := bufio.NewReaderSize(in, 1<<20)
	cur := &job{done: make(chan struct{})}
	send := func() bool {
		if len(cur.lines) == 0 {
			return true
		}
		select {
		case order <- cur:
		case <-ctx.Done():
			return false
		}
		jobs <- cur // every job in order reaches a worker, which closes done
		cur = &job{done: make(chan struct{})}
		return true
	}
	lineNo, skip := 0, 0
	for {
		if ctx.Err() != nil {
			return errStop
		}
		data, size, err := jsonl.ReadLine(br, opt.MaxLine)
		if size > 0 || data != nil {
			lineNo++
			if len(bytes.TrimSpace(data)) > 0 || data == nil {
				if skip < len(opt.Resume) {
					if err := checkResumed(data, opt.Resume[skip], lineNo); err != nil {
						return err
					}
					skip++
				} else {
					l := line{no: lineNo, data: data, size: size, cost: lineCost}
					if data != nil && size*CostPerByte+lineCost <= opt.MaxMemory {
						l.cost += size * CostPerByte
					}
					if !bud.tryAcquire(l.cost) {
						// Let the lines held so far go on before waiting
						// for them to give memory back.
						if !send() || !bud.acquire(ctx, l.cost) {
							return errStop
						}
					}
					cur.lines = append(cur.lines, l)
					cur.bytes += size
				}
			}
		}
		if err == nil && (len(cur.lines) >= jobLines || cur.bytes >= jobBytes || br.Buffered() == 0) {
			if !send() {
				return errStop
			}
		}
		if err != nil {
			if !send() {
				return errStop
			}
			if err == io.EOF {
				if skip < len(opt.Resume) {
					return fmt.Errorf("corpus: resuming: the input has %d lines, fewer than the %d already answered", skip, len(opt.Resume))
				}
				return nil
			}
			return fmt.Errorf("corpus: reading input: %w", err)
		}
	}
}

// checkResumed checks that a line skipped for Options.Resume has the id
// that was answered.
func checkResumed(data []byte, want string, lineNo int) error {
	var id string
	if data != nil {
		in, _ := jsonl.Decode(data)
		id = in.ID
	}
	if id != want {
		return fmt.Errorf("corpus: resuming: input line %d has id %q where the output has %q; is it the output of this input?", lineNo, id, want)
	}
	return nil
}

// analyze turns one input line into its output line, encoded into a
// buffer from outBufs unless it is an error record.
func (opt *Options) analyze(l *line) {
	fail := func(id, msg string) {
		b, _ := json.Marshal(jsonl.ErrorRecord{ID: id, Error: msg, Line: l.no})
		l.out, l.report = append(b, '\n'), false
	}
	if l.data == nil {
		fail("", jsonl.TooLong(l.size, opt.MaxLineName))
		return
	}
	in, err := jsonl.Decode(l.data)
	if err != nil {
		fail(in.ID, err.Error())
		return
	}
	if need := l.size*CostPerByte + lineCost; need > opt.MaxMemory {
		fail(in.ID, fmt.Sprintf("document too large for the memory budget: %d bytes need about %d MiB, more than %d MiB; raise %s",
			l.size, need>>20, opt.MaxMemory>>20, opt.MaxMemoryName))
		return
	}
	r, err := opt.Analyzer.Analyze(in.Text)
	if err != nil {
		fail(in.ID, err.Error())
		return
	}
	r.ID = in.ID
	b := outBufs.Get().(*bytes.Buffer)
	if err := hearsay.WriteJSON(b, r, false); err != nil {
		b.Reset()
		outBufs.Put(b)
		fail(in.ID, "encoding report: "+err.Error())
		return
	}
	l.out, l.buf, l.report = b.Bytes(), b, true
}
