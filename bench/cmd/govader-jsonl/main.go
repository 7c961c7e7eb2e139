// Command govader-jsonl is the govader side of the whole-process
// benchmark (bench/cmd/process): what a user of govader would run over a
// news corpus in JSON Lines. It reads the same input as `hearsay batch`
// ({"id": ..., "text": ...} a line, with the same line reader and the same
// error records), splits each text into sentences with neurosnap/sentences
// (prose's splitter, as the compare program's govader+split contender
// does), scores every sentence with govader's PolarityScores and writes one
// JSON line a document, in input order:
//
//	{"id":"a1","sentences":[0.4215,-0.296],"mean":0.06275}
//
// "sentences" holds each sentence's compound score and "mean" their mean (0
// for a text without sentences). Documents are scored in parallel by -j
// workers.
//
//	govader-jsonl [-j N] [FILE|-]
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
	"runtime"
	"sync"

	"github.com/hearsay-go/hearsay/jsonl"
	"github.com/jonreiter/govader"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// maxLine bounds one input line, as `hearsay batch`'s default --max-line.
const maxLine = 64 << 20

// Lines and bytes a worker takes at a time, as in `hearsay batch`.
const (
	jobLines = 32
	jobBytes = 1 << 20
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "govader-jsonl:", err)
		os.Exit(1)
	}
}

// A result is one document's line of output.
type result struct {
	ID        string    `json:"id"`
	Sentences []float64 `json:"sentences"`
	Mean      float64   `json:"mean"`
}

// A line is one non-blank input line and, once scored, its output line.
type line struct {
	no   int
	data []byte // nil when the line was longer than maxLine
	size int64
	out  []byte
}

// A job is a run of consecutive lines scored by one worker.
type job struct {
	lines []line
	bytes int64
	done  chan struct{}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("govader-jsonl", flag.ContinueOnError)
	fl.SetOutput(stderr)
	workers := fl.Int("j", runtime.GOMAXPROCS(0), "number of documents scored in parallel")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: govader-jsonl [-j N] [FILE|-]")
		fmt.Fprintln(stderr, "Reads JSONL ({\"id\": ..., \"text\": ...} a line) and writes one line a document: govader's compound score per sentence and their mean.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 1 {
		fl.Usage()
		return flag.ErrHelp
	}
	if *workers < 1 {
		return errors.New("-j must be at least 1")
	}
	in := stdin
	if name := fl.Arg(0); name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	return score(in, stdout, *workers)
}

// score streams in to out through workers; at most 2×workers jobs are in
// flight.
func score(in io.Reader, out io.Writer, workers int) error {
	vader := govader.NewSentimentIntensityAnalyzer()
	jobs := make(chan *job, workers)
	order := make(chan *job, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		tok, err := english.NewSentenceTokenizer(nil)
		if err != nil {
			return fmt.Errorf("sentence splitter: %w", err)
		}
		wg.Go(func() {
			for j := range jobs {
				for i := range j.lines {
					l := &j.lines[i]
					l.out = scoreLine(vader, tok, l)
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
		no := 0
		for {
			data, size, err := jsonl.ReadLine(br, maxLine)
			if size > 0 || data != nil {
				no++
				if data == nil || len(bytes.TrimSpace(data)) > 0 {
					cur.lines = append(cur.lines, line{no: no, data: data, size: size})
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

// scoreLine turns one input line into its output line, or into an error
// record as `hearsay batch` writes them.
func scoreLine(vader *govader.SentimentIntensityAnalyzer, tok *sentences.DefaultSentenceTokenizer, l *line) []byte {
	fail := func(id, msg string) []byte {
		b, _ := json.Marshal(jsonl.ErrorRecord{ID: id, Error: msg, Line: l.no})
		return append(b, '\n')
	}
	if l.data == nil {
		return fail("", jsonl.TooLong(l.size, "the line limit"))
	}
	in, err := jsonl.Decode(l.data)
	if err != nil {
		return fail(in.ID, err.Error())
	}
	r := result{ID: in.ID, Sentences: []float64{}}
	sum := 0.0
	for _, s := range tok.Tokenize(in.Text) {
		c := vader.PolarityScores(s.Text).Compound
		r.Sentences = append(r.Sentences, c)
		sum += c
	}
	if len(r.Sentences) > 0 {
		r.Mean = sum / float64(len(r.Sentences))
	}
	b, err := json.Marshal(r)
	if err != nil {
		return fail(in.ID, "encoding result: "+err.Error())
	}
	return append(b, '\n')
}
