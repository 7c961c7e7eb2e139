package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// An output is what a run wrote, as read back after the run.
type output struct {
	bytes  int64
	lines  int      // newline-terminated lines, and a last one without a newline
	errors int      // error records: {"id": ..., "error": ..., "line": ...}
	first  string   // the first error record
	sum    [32]byte // SHA-256 of the bytes
}

// readOutput reads a run's output back, counting its lines and the error
// records among them (lines whose only fields are id, error and line, as
// `hearsay batch` writes for a document it could not analyze).
func readOutput(r io.Reader) (output, error) {
	var out output
	h := sha256.New()
	br := bufio.NewReaderSize(io.TeeReader(r, h), 1<<20)
	for {
		line, err := br.ReadSlice('\n')
		for err == bufio.ErrBufferFull { // a long line: read on to its end
			out.bytes += int64(len(line))
			line, err = br.ReadSlice('\n')
		}
		if len(line) > 0 {
			out.bytes += int64(len(line))
			out.lines++
			if isErrorRecord(line) {
				out.errors++
				if out.first == "" {
					out.first = string(bytes.TrimSpace(line))
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return out, err
		}
	}
	copy(out.sum[:], h.Sum(nil))
	return out, nil
}

// errorKey is how an error record's key appears in a line; inside JSON
// strings the quotes are escaped, so it appears only as a key.
var errorKey = []byte(`"error":`)

func isErrorRecord(line []byte) bool {
	if len(line) > 64<<10 || !bytes.Contains(line, errorKey) {
		return false // an error record is short: an id, a message, a number
	}
	var rec map[string]json.RawMessage
	if json.Unmarshal(line, &rec) != nil || len(rec) != 3 {
		return false
	}
	for _, k := range []string{"id", "error", "line"} {
		if _, ok := rec[k]; !ok {
			return false
		}
	}
	return true
}

// check tells whether a run's output is what it should be for docs input
// documents: one line each (unless the contender writes rows, any number of
// lines) and no error records.
func (o output) check(docs int, rows bool) error {
	var problems []string
	if !rows && o.lines != docs {
		problems = append(problems, fmt.Sprintf("%d lines out for %d documents in", o.lines, docs))
	}
	if rows && o.bytes == 0 && docs > 0 {
		problems = append(problems, fmt.Sprintf("no output for %d documents", docs))
	}
	if o.errors > 0 {
		problems = append(problems, fmt.Sprintf("%d error records (the first: %s)", o.errors, o.first))
	}
	if len(problems) == 0 {
		return nil
	}
	return errors.New(strings.Join(problems, "; "))
}
