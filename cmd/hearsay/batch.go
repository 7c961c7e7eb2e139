package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/hearsay-go/hearsay/corpus"
	"github.com/hearsay-go/hearsay/corpus/parquetrows"
)

// batchGCPercent is the garbage collector's target for batch runs when the
// GOGC environment variable does not set one.
const batchGCPercent = 400

// defaultBatchMemory is batch's --max-memory: the Go runtime's soft memory
// limit, half of which the documents in flight may reserve.
const defaultBatchMemory = 384 << 20

// maxWorkersPerCore caps -j: beyond a few documents a core, more workers
// only hold more memory.
const maxWorkersPerCore = 4

// An interruptedError ends a run that a signal stopped; its message is the
// summary of what was written.
type interruptedError struct{ msg string }

func (e interruptedError) Error() string { return e.msg }

func batch(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("batch", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var cf corpusFlags
	cf.register(fl)
	progress := fl.Bool("progress", false, "print progress on standard error (default: when it is a terminal)")
	maxLine := fl.Int("max-line", corpus.DefaultMaxLine, "longest input line in bytes; a longer line gets an error line")
	var af analyzerFlags
	af.register(fl)
	maxMemory := byteSize(defaultBatchMemory)
	fl.Var(&maxMemory, "max-memory", "memory for the whole run, in bytes or with KiB, MiB or GiB (default 384MiB); a document too large for half of it gets an error line")
	resume := fl.String("resume", "", "append to the output file `OUT`, skipping the input lines it already answers (for a run that was stopped)")
	keep := fl.String("keep", "", "input fields to copy into every row, `F1,F2` or all")
	level := fl.String("level", "document", "what a row is: `document|statement|attribution|finding|source`")
	format := fl.String("format", "jsonl", "output format, `jsonl|csv|parquet` (parquet: flat rows, also at the document level)")
	texts := fl.Bool("texts", true, "write each span's text; with --texts=false spans have offsets only, for pipelines that keep the input")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: hearsay batch [-j N] [--progress] [--max-line BYTES] [--max-memory SIZE] [--resume OUT] [--rules-only] [--lexicon FILE]... [--idioms FILE]... [--weights FILE]")
		fmt.Fprintln(stderr, "                     [--in jsonl|csv] [--text-field F] [--id-field F] [--keep F1,F2|all] [--level L] [--format jsonl|csv|parquet] [--texts=false] [FILE|-]")
		fmt.Fprintln(stderr, "Reads JSONL ({\"id\": ..., \"text\": ...} a line) or CSV and writes, in input order, one hearsay/v1 report a line")
		fmt.Fprintln(stderr, "or, with --level or --format csv, flat rows.")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 1 {
		return usageError{"batch takes at most one FILE"}
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
		// The work in flight is bounded by --max-memory, so trading some
		// memory for less collection pays: on 47 MB of news JSONL,
		// GOGC=400 ran 12–15% faster than GOGC=100. The soft limit below
		// keeps the heap within --max-memory all the same.
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(int64(maxMemory)))
	}
	in, total, closeIn, err := openInput(fl.Arg(0), stdin)
	if err != nil {
		return err
	}
	defer closeIn()
	a, err := af.analyzer(stderr)
	if err != nil {
		return err
	}
	opt := corpus.Options{
		Analyzer:      a,
		MaxLine:       int64(*maxLine),
		MaxMemory:     int64(maxMemory) / 2,
		MaxLineName:   "--max-line",
		MaxMemoryName: "--max-memory",
	}
	if err := cf.apply(&opt, fl.Arg(0), stderr); err != nil {
		return err
	}
	opt.Level, opt.Output = corpus.Level(*level), corpus.Format(*format)
	opt.OmitTexts = !*texts
	toParquet := *format == "parquet"
	if toParquet {
		opt.Output = corpus.CSV // converted as it is written
	}
	if *keep != "" {
		for _, f := range strings.Split(*keep, ",") {
			if f = strings.TrimSpace(f); f != "" {
				opt.Keep = append(opt.Keep, f)
			}
		}
	}
	if !slices.Contains(corpus.Levels, opt.Level) {
		return usageError{fmt.Sprintf("unknown --level %q (want document, statement, attribution, finding or source)", *level)}
	}
	for _, f := range []corpus.Format{opt.Input, opt.Output} {
		if f != corpus.JSONL && f != corpus.CSV {
			return usageError{fmt.Sprintf("unknown format %q (want jsonl or csv)", f)}
		}
	}
	if *resume != "" && (opt.Level != corpus.LevelDocument || opt.Output != corpus.JSONL) {
		return usageError{"--resume needs one line a document: --level document --format jsonl"}
	}
	out := stdout
	if *resume != "" {
		f, answered, err := openResume(*resume)
		if err != nil {
			return err
		}
		defer f.Close()
		opt.Resume, out = answered, f
	}
	var prog *progressLine
	if *progress || isTerminal(stderr) {
		prog = &progressLine{w: stderr, total: total, start: time.Now()}
		opt.Progress = prog.update
	}

	// SIGINT, SIGTERM and SIGHUP end the run cleanly: no more input, whole
	// lines only, a summary. A second signal ends the process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	var sum corpus.Summary
	if toParquet {
		pr, pw := io.Pipe()
		converted := make(chan error, 1)
		go func() {
			err := parquetrows.FromCSV(pr, out)
			pr.CloseWithError(err) // a failure stops the run's writes
			converted <- err
		}()
		sum, err = corpus.Run(ctx, in, pw, opt)
		pw.Close()
		if perr := <-converted; perr != nil && (err == nil || errors.Is(err, io.ErrClosedPipe)) {
			err = perr
		}
	} else {
		sum, err = corpus.Run(ctx, in, out, opt)
	}
	prog.finish()
	if errors.Is(err, syscall.EPIPE) {
		return nil // the reader went away (| head): end quietly
	}
	if errors.Is(err, corpus.ErrStopped) {
		msg := fmt.Sprintf("interrupted: %d lines answered (%d reports, %d errors)", sum.Lines, sum.Documents, sum.Errors)
		if sum.Skipped > 0 {
			msg += fmt.Sprintf(" after the %d already in %s", sum.Skipped, *resume)
		}
		if sum.LastLine > 0 {
			msg += fmt.Sprintf("; the last input line fully answered is line %d", sum.LastLine)
		}
		if *resume != "" {
			msg += fmt.Sprintf("; continue with --resume %s", *resume)
		} else {
			msg += "; continue with --resume OUT, OUT the output so far"
		}
		return interruptedError{msg}
	}
	return err
}

// openResume opens the output of an earlier run for appending and returns
// the ids of the lines it holds. A last line that is cut off (a run
// killed outright) is removed first; any other line that is not a JSON
// object is an error, since the file may not be batch output at all.
func openResume(name string) (*os.File, []string, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, err
	}
	var ids []string
	br := bufio.NewReaderSize(f, 1<<20)
	var good int64 // bytes of whole lines
	for n := 1; ; n++ {
		data, err := br.ReadSlice('\n')
		for err == bufio.ErrBufferFull {
			var more []byte
			more, err = br.ReadSlice('\n')
			data = append(data[:len(data):len(data)], more...)
		}
		if len(data) > 0 && data[len(data)-1] == '\n' {
			var rec struct {
				ID json.RawMessage `json:"id"`
			}
			if json.Unmarshal(data, &rec) != nil {
				f.Close()
				return nil, nil, fmt.Errorf("%s:%d: not a line of batch output; cannot resume from it", name, n)
			}
			var id string
			if len(rec.ID) > 0 && json.Unmarshal(rec.ID, &id) != nil {
				id = string(rec.ID)
			}
			ids = append(ids, id)
			good += int64(len(data))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			f.Close()
			return nil, nil, err
		}
	}
	if err := f.Truncate(good); err != nil {
		f.Close()
		return nil, nil, err
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, ids, nil
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

func (p *progressLine) update(s corpus.Summary) {
	p.docs = s.Lines
	p.bytes = s.Bytes
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
