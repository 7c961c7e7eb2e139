package corpus

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
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

	// Input is the format of in: JSONL ("" means JSONL) or CSV, whose
	// first line names the columns.
	Input Format
	// TextField and IDField name the input fields (JSON keys or CSV
	// columns) of the text and the id; "" means "text" and "id". A
	// document without the id field has the id "".
	TextField, IDField string
	// Keep names input fields copied into every row: as columns after
	// the id in flat rows, as "fields" (an object) in a hearsay/v1
	// report. []string{KeepAll} keeps all fields but the text and the id:
	// the CSV header's, or the keys of the first JSONL line.
	Keep []string
	// Level chooses what a row is; "" means LevelDocument. Flat rows
	// leave out of the analysis what they never read (the sentiment, the
	// source ledger, the scores' explanations: see hearsay.Analyzer.Omit),
	// unless Each is set.
	Level Level
	// Output is the format of the rows: JSONL ("" means JSONL) or CSV,
	// with a header line.
	Output Format
	// OmitTexts writes spans without their text, for pipelines that keep
	// the input and slice it at the offsets: a hearsay/v1 report as
	// hearsay.JSONOptions.OmitTexts writes it, and in flat rows the
	// columns that copy a span's text (the statement's and the finding's
	// text; the attribution's cue, source and content) empty.
	OmitTexts bool

	// Each, when set, is called with every document analyzed and its
	// report, from several goroutines at once and in no particular order
	// (an Aggregator's Add, for one). An error stops the run, and Run
	// returns it.
	Each func(Document, *hearsay.Report) error

	keep   []string // the fields kept, resolved
	stop   context.CancelCauseFunc
	noRows bool // out is nil: analyze, call Each, write nothing
	custom bool // JSONL lines need decodeFields rather than jsonl.Decode
	rows   rowWriter
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
	data    []byte  // the JSONL line, or nil when it was too long
	in      *[]byte // data's buffer, from lineBufs
	pre     bool    // id, text, kept and err are decoded (CSV, or after decodeLine)
	id      string
	text    string
	kept    []json.RawMessage
	err     error  // why the line cannot be analyzed
	size    int64  // bytes read for the line
	cost    int64  // bytes reserved in the budget
	out     []byte // the encoded report or error record, with its newline
	outAt   int    // where out starts in its job's buffer
	report  bool   // out is a report, not an error record
	dropped bool   // not analyzed: the run was stopped first
}

// A job is a run of consecutive lines analyzed by one worker. Handing
// lines over in runs rather than one by one keeps the goroutine hand-offs
// (reader → worker → writer) from eating into a core when documents are
// small.
type job struct {
	lines []line
	bytes int64
	done  chan struct{}
	out   *[]byte // the buffer the lines' outputs share, from outBufs
}

// Lines and bytes per job; a job is also sent early when no more input is
// buffered, so a slow producer still sees each report as soon as it can be
// made, and when the budget is full. 64 KiB of input is a dozen news
// articles, some 5 ms of analysis: the hand-offs cost nothing beside it,
// and when the input ends the last job keeps one worker busy no longer
// than that while the others are idle.
const (
	jobLines = 32
	jobBytes = 64 << 10
)

// outBufs recycles the buffers reports are encoded into: the output is
// several times the input, so fresh buffers would be most of what a batch
// allocates. The lines of a job are encoded one after the other into one
// buffer: jobs hold about the same input each, so a buffer from the pool
// most often has room for the next job's output, where a buffer a line,
// handed a larger document than its last, grew (into fresh memory, which
// a process pays for in page faults) most of the time.
var outBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledBuf keeps the buffers of very large outputs out of the pool.
const maxPooledBuf = 8 << 20

// lineBufs recycles the buffers input lines are read into, once the
// workers have decoded them: the input would otherwise be allocated
// twice, as lines and as the texts decoded from them.
var lineBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledLine keeps the buffers of very long lines out of the pool.
const maxPooledLine = 1 << 20

// reserve returns b with room for n more bytes. An empty buffer that is
// too small is replaced with one a quarter larger than asked, so that a
// job a little larger than the last does not replace it again; a buffer
// that must grow part way through a job at least doubles. The new array
// is not cleared first, as a buffer grown by append would be, so its
// fresh pages are touched only where output is written. A buffer that
// would be too large to pool is left as it is: a document that large
// (dense reported speech writes 48 bytes a byte) is better left to grow
// its output as it is written, after its analysis has let go of its
// memory, than to hold an estimate of it all through the analysis.
func reserve(b []byte, n int) []byte {
	if cap(b)-len(b) >= n || len(b)+n > maxPooledBuf {
		return b
	}
	c := n + n/4
	if len(b) > 0 {
		c = max(2*cap(b), len(b)+n)
	}
	nb := make([]byte, len(b), c)
	copy(nb, b)
	return nb
}

// putLineBuf keeps the buffer of l's data, decoded and no longer read,
// for a later line.
func putLineBuf(l *line) {
	if l.in == nil {
		return
	}
	if l.data != nil && cap(l.data) <= maxPooledLine {
		*l.in = l.data[:0]
		lineBufs.Put(l.in)
	}
	l.in = nil
}

// Run reads documents from in and writes their rows to out, in input
// order. With the zero Options it reads JSONL and writes one hearsay/v1
// report a line, each with its input's id; a line that cannot be analyzed
// gets a jsonl.ErrorRecord in its place (in CSV output, a row with the
// columns "error" and "line" set). Blank lines are skipped.
//
// When ctx ends before the input does, Run stops reading, drops the
// documents not yet started, finishes those being analyzed, writes the
// answers of a prefix of the input (whole lines only), and returns an
// error wrapping ErrStopped; the Summary says which lines were answered.
// A Read of in that blocks is not interrupted: Run returns without
// waiting for it.
//
// With out nil, Run writes nothing: it analyzes for Options.Each.
//
// Run returns an error, with the Summary of what was written, when
// reading or writing fails or Options.Each fails.
func Run(ctx context.Context, in io.Reader, out io.Writer, opt Options) (Summary, error) {
	opt.defaults()
	src, err := opt.prepare(in)
	if err != nil {
		return Summary{}, err
	}
	// The built-in tables are built side by side while the first lines are
	// read; the workers' first documents wait for them.
	go opt.Analyzer.Prepare()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	opt.stop = cancel
	if out == nil {
		out, opt.noRows = io.Discard, true
	}
	bud := newBudget(opt.MaxMemory)

	jobs := make(chan *job, opt.Workers)
	order := make(chan *job, 2*opt.Workers) // its capacity bounds the jobs in flight
	for range opt.Workers {
		go func() {
			var text []byte // the texts of the worker's lines, one at a time
			for j := range jobs {
				j.out = outBufs.Get().(*[]byte)
				est := 0
				for i := range j.lines {
					est += opt.rows.sizeHint(j.lines[i].size)
				}
				b := reserve((*j.out)[:0], est)
				for i := range j.lines {
					l := &j.lines[i]
					if ctx.Err() != nil {
						l.dropped, l.data = true, nil
						continue
					}
					b = opt.analyze(ctx, l, reserve(b, opt.rows.sizeHint(l.size)), &text)
					if cap(text) > maxPooledLine {
						text = nil // a huge document's is not kept
					}
					// Trade the estimate for what the output takes.
					if n := int64(len(l.out)) + lineCost; n < l.cost {
						bud.release(l.cost - n)
						l.cost = n
					} else if n > l.cost {
						bud.force(n - l.cost)
						l.cost = n
					}
				}
				// A line's output moved when the buffer grew after it.
				for i := range j.lines {
					if l := &j.lines[i]; l.out != nil {
						l.out = b[l.outAt : l.outAt+len(l.out) : l.outAt+len(l.out)]
					}
				}
				*j.out = b
				close(j.done)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		readErr <- opt.read(ctx, src, bud, jobs, order)
	}()

	var sum Summary
	sum.Skipped = len(opt.Resume)
	bw := bufio.NewWriterSize(out, 1<<16)
	var writeErr error
	if h := opt.rows.header(); h != nil && len(opt.Resume) == 0 && !opt.noRows {
		bw.Write(h)
	}
	stopped := false // a line was dropped, or writing failed: write nothing more
	for {
		j, ok := next(ctx, order)
		if !ok {
			break
		}
		<-j.done
		// The job's lines, when all were answered, are written with one
		// write: their outputs lie one after the other in its buffer.
		whole, written := -1, 0
		if all, ok := j.output(); ok && !stopped {
			n, err := writeOut(bw, out, all)
			if err != nil {
				writeErr = err
				cancel(err)
			}
			whole, written = n, 0
		}
		for i := range j.lines {
			l := &j.lines[i]
			if l.dropped {
				stopped = true
			}
			if !stopped {
				var err error
				if whole < 0 {
					_, err = writeOut(bw, out, l.out)
				} else if written += len(l.out); written > whole {
					err = writeErr // the write ended within this line
				}
				if err != nil {
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
			l.out = nil
		}
		if j.out != nil && cap(*j.out) <= maxPooledBuf {
			*j.out = (*j.out)[:0]
			outBufs.Put(j.out)
		}
		j.out = nil
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

// output returns the outputs of j's lines as one slice of its buffer,
// and false when a line was dropped or the outputs do not follow one
// another.
func (j *job) output() ([]byte, bool) {
	if j.out == nil {
		return nil, false
	}
	start, end := -1, 0
	for i := range j.lines {
		l := &j.lines[i]
		if l.dropped {
			return nil, false
		}
		if l.out == nil {
			continue
		}
		if start < 0 {
			start, end = l.outAt, l.outAt
		}
		if l.outAt != end {
			return nil, false
		}
		end += len(l.out)
	}
	if start < 0 {
		return nil, true
	}
	b := *j.out
	if end > len(b) {
		return nil, false
	}
	return b[start:end], true
}

// directWrite is the size from which an output goes to the writer as it
// is, rather than through the buffer: a copy less of most reports.
const directWrite = 16 << 10

// writeOut writes p through bw, or, when p is large, flushes bw and
// writes p to w directly.
func writeOut(bw *bufio.Writer, w io.Writer, p []byte) (int, error) {
	if len(p) < directWrite {
		return bw.Write(p)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return w.Write(p)
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
	if opt.Input == "" {
		opt.Input = JSONL
	}
	if opt.Output == "" {
		opt.Output = JSONL
	}
	if opt.TextField == "" {
		opt.TextField = "text"
	}
	if opt.IDField == "" {
		opt.IDField = "id"
	}
	if opt.Level == "" {
		opt.Level = LevelDocument
	}
}

// prepare checks the options, opens the input (reading a CSV header, or
// the first JSONL line for KeepAll) and settles the fields to keep.
func (opt *Options) prepare(in io.Reader) (source, error) {
	for _, f := range []Format{opt.Input, opt.Output} {
		if f != JSONL && f != CSV {
			return nil, fmt.Errorf("corpus: unknown format %q (want jsonl or csv)", f)
		}
	}
	if !slices.Contains(Levels, opt.Level) {
		return nil, fmt.Errorf("corpus: unknown level %q (want document, statement, attribution, finding or source)", opt.Level)
	}
	if len(opt.Resume) > 0 && (opt.Level != LevelDocument || opt.Output != JSONL) {
		return nil, errors.New("corpus: resuming needs one output line a document: the document level in JSONL")
	}
	keepAll := len(opt.Keep) == 1 && opt.Keep[0] == KeepAll
	var src source
	if opt.Input == CSV {
		cs, err := newCSVSource(in, opt)
		if err != nil {
			return nil, err
		}
		if opt.keep, err = cs.fieldsToKeep(opt); err != nil {
			return nil, err
		}
		src = cs
	} else {
		js := &jsonlSource{br: bufio.NewReaderSize(in, 1<<20), maxLine: opt.MaxLine}
		opt.keep = opt.Keep
		if keepAll {
			keys, err := js.keysOfFirst()
			if err != nil {
				return nil, err
			}
			opt.keep = nil
			for _, k := range keys {
				if k != opt.TextField && k != opt.IDField {
					opt.keep = append(opt.keep, k)
				}
			}
		}
		opt.custom = len(opt.keep) > 0 || opt.TextField != "text" || opt.IDField != "id"
		src = js
	}
	opt.rows = newRowWriter(opt)
	if omit := opt.unread(); omit != 0 && opt.Each == nil && opt.Analyzer.Omit&omit != omit {
		a := *opt.Analyzer
		a.Omit |= omit
		opt.Analyzer = &a
	}
	if opt.Level != LevelDocument || opt.Output == CSV {
		taken := append([]string{"id", "error", "line"}, opt.rows.columns...)
		for _, k := range opt.keep {
			if slices.Contains(taken, k) {
				return nil, fmt.Errorf("corpus: the kept field %q is also a column of the %s rows; rename it in the input", k, opt.Level)
			}
		}
	}
	return src, nil
}

// unread is what the rows do not read of a report: flat rows leave the
// analysis of it undone.
func (opt *Options) unread() hearsay.Parts {
	switch opt.Level {
	case LevelDocument:
		if opt.Output == JSONL {
			return 0 // the whole report
		}
		return hearsay.PartSentiment | hearsay.PartExplanation
	case LevelStatement:
		return hearsay.PartSources | hearsay.PartExplanation
	case LevelSource:
		return hearsay.PartSentiment | hearsay.PartExplanation
	}
	return hearsay.PartSentiment | hearsay.PartSources | hearsay.PartExplanation
}

// read hands the documents of src to the workers in jobs, each job also
// queued in order for the writer, reserving each line's cost in bud
// first. It returns nil when the input ends, an error when reading fails,
// and errStop when ctx is done.
func (opt *Options) read(ctx context.Context, src source, bud *budget, jobs, order chan<- *job) error {
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
	buffered := func() bool { return false }
	if js, ok := src.(*jsonlSource); ok {
		buffered = func() bool { return js.br.Buffered() > 0 }
	}
	skip := 0
	for {
		if ctx.Err() != nil {
			return errStop
		}
		l, done, err := src.next()
		if err != nil {
			if !send() {
				return errStop
			}
			return err
		}
		if done {
			if !send() {
				return errStop
			}
			if skip < len(opt.Resume) {
				return fmt.Errorf("corpus: resuming: the input has %d lines, fewer than the %d already answered", skip, len(opt.Resume))
			}
			return nil
		}
		if skip < len(opt.Resume) {
			if err := opt.checkResumed(&l, opt.Resume[skip]); err != nil {
				return err
			}
			skip++
			continue
		}
		l.cost = lineCost
		if (l.data != nil || l.pre) && l.size*CostPerByte+lineCost <= opt.MaxMemory {
			l.cost += l.size * CostPerByte
		}
		if !bud.tryAcquire(l.cost) {
			// Let the lines held so far go on before waiting for them to
			// give memory back.
			if !send() || !bud.acquire(ctx, l.cost) {
				return errStop
			}
		}
		cur.lines = append(cur.lines, l)
		cur.bytes += l.size
		if len(cur.lines) >= jobLines || cur.bytes >= jobBytes || !buffered() {
			if !send() {
				return errStop
			}
		}
	}
}

// checkResumed checks that a line skipped for Options.Resume has the id
// that was answered.
func (opt *Options) checkResumed(l *line, want string) error {
	opt.decodeLine(l, nil)
	if l.id != want {
		return fmt.Errorf("corpus: resuming: input line %d has id %q where the output has %q; is it the output of this input?", l.no, l.id, want)
	}
	return nil
}

// decodeLine fills in the id, text and kept fields of a JSONL line. With
// text non-nil, the text of a line of the default fields is decoded into
// *text (see jsonl.DecodeBuffered).
func (opt *Options) decodeLine(l *line, text *[]byte) {
	if l.pre {
		return
	}
	l.pre = true
	if l.data == nil {
		l.err = errTooLong
		return
	}
	if opt.custom {
		l.id, l.text, l.kept, l.err = decodeFields(l.data, opt)
		return
	}
	var in jsonl.Input
	var err error
	if text != nil {
		in, *text, err = jsonl.DecodeBuffered(l.data, *text)
	} else {
		in, err = jsonl.Decode(l.data)
	}
	l.id, l.text, l.err = in.ID, in.Text, err
}

// analyze turns one input line into its output rows, appended to buf
// (the buffer of the line's job), and returns the buffer: l.out is what
// was appended, at l.outAt, until the buffer grows again (see Run).
//
// text is the worker's buffer for the texts of its lines: a text is done
// with once its rows are encoded, unless Each is set, which may keep what
// it is given.
func (opt *Options) analyze(ctx context.Context, l *line, buf []byte, text *[]byte) []byte {
	if opt.Each != nil {
		text = nil
	}
	opt.decodeLine(l, text)
	if !opt.custom {
		// jsonl.Decode copies what it returns: the line is done with.
		putLineBuf(l)
	}
	l.data = nil
	l.outAt = len(buf)
	b := opt.analyzeInto(ctx, l, buf)
	if l.out != nil {
		l.out = b[l.outAt:]
	}
	return b
}

// analyzeInto does analyze's work after decoding: it appends l's rows to
// b and returns it, with l.out non-nil when it appended any.
func (opt *Options) analyzeInto(ctx context.Context, l *line, b []byte) []byte {
	start := len(b)
	fail := func(msg string) []byte {
		b = opt.rows.failure(b[:start], l.id, l.kept, msg, l.no)
		l.out, l.report = b[start:], false
		return b
	}
	switch {
	case l.err == errTooLong:
		return fail(jsonl.TooLong(l.size, opt.MaxLineName))
	case l.err != nil:
		return fail(l.err.Error())
	}
	if need := l.size*CostPerByte + lineCost; need > opt.MaxMemory {
		return fail(fmt.Sprintf("document too large for the memory budget: %d bytes need about %d MiB, more than %d MiB; raise %s",
			l.size, need>>20, opt.MaxMemory>>20, opt.MaxMemoryName))
	}
	r, err := opt.Analyzer.AnalyzeContext(ctx, l.text)
	l.text = ""
	if err != nil && ctx.Err() != nil {
		// stopped part way: not answered, so a resumed run does it again
		l.out, l.dropped = nil, true
		return b
	}
	if err != nil {
		return fail(err.Error())
	}
	r.ID = l.id
	if opt.Each != nil {
		doc := Document{Line: l.no, ID: l.id, Fields: make(map[string]string, len(opt.keep))}
		for i, k := range opt.keep {
			if i < len(l.kept) {
				doc.Fields[k] = keptString(l.kept[i])
			}
		}
		if err := opt.Each(doc, r); err != nil {
			opt.stop(err)
			l.out, l.dropped = nil, true // not answered: the run stops before it
			return b
		}
	}
	if opt.noRows {
		l.out, l.report = nil, true
		return b
	}
	b, err = opt.rows.report(b, l.id, l.kept, r)
	if opt.Each == nil {
		// The rows copy what they need of the report, and nothing else
		// has it: its arrays can serve the next document.
		r.Release()
	}
	if err != nil {
		return fail("encoding report: " + err.Error())
	}
	l.out, l.report = b[start:], true
	return b
}

func jsonlErrorRecord(id, msg string, lineNo int) jsonl.ErrorRecord {
	return jsonl.ErrorRecord{ID: id, Error: msg, Line: lineNo}
}
