// Package jsonl reads and writes hearsay's batch format: JSON Lines with
// one document a line in, one hearsay/v1 report (or error record) a line
// out. The command-line tool's batch mode and the Beam pipeline share it,
// so that both accept the same input and explain the same errors in the
// same words.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// An Input is one document of a batch: {"id": ..., "text": ..., "outlet":
// ...}. Other fields are ignored.
type Input struct {
	ID     string // the id as a string; a number is kept as written ("7")
	Text   string
	Outlet string // a string as is, any other JSON value as its text, "" when absent
}

// An ErrorRecord takes the place of a report for a line that could not be
// analyzed.
type ErrorRecord struct {
	ID    string `json:"id"`
	Error string `json:"error"`
	Line  int    `json:"line"`
}

// The errors of Decode. Their messages are the error records' words.
var (
	ErrNotObject = errors.New("line is not a JSON object")
	ErrNoText    = errors.New(`missing "text"`)
	ErrBadID     = errors.New(`"id" must be a string or a number`)
)

type rawInput struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Outlet json.RawMessage `json:"outlet"`
}

// Decode reads one input line. On error the returned Input still carries
// the id when it could be read, so that the error record can name it.
// Invalid UTF-8 inside JSON strings is replaced by U+FFFD, as
// encoding/json does.
func Decode(line []byte) (Input, error) {
	var raw rawInput
	if err := json.Unmarshal(line, &raw); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) && ute.Field == "" {
			return Input{}, ErrNotObject
		}
		return Input{}, fmt.Errorf("bad JSON: %w", err)
	}
	id, err := idString(raw.ID)
	if err != nil {
		return Input{}, err
	}
	in := Input{ID: id, Outlet: outletString(raw.Outlet)}
	if raw.Text == nil {
		return in, ErrNoText
	}
	in.Text = *raw.Text
	return in, nil
}

// idString accepts a string or number id and returns it as a string.
func idString(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", ErrBadID
}

// outletString returns a string outlet as is and any other JSON value as
// its text: a malformed outlet never costs a document its report.
func outletString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s
	}
	return string(raw)
}

// TooLong is the error record's message for a line longer than the limit;
// flag names the option that raises it.
func TooLong(size int64, flag string) string {
	return fmt.Sprintf("line is longer than the limit (%d bytes read); raise %s", size, flag)
}

// ReadLine reads one line without its line end ("\n" or "\r\n"). A line
// longer than max bytes is consumed and discarded without being held in
// memory: data is nil and size tells how many bytes it had. size counts the
// bytes read, line end included. At the end of input it returns io.EOF,
// possibly with a last line that had no line end.
func ReadLine(br *bufio.Reader, max int64) (data []byte, size int64, err error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+2 { // +2: the line end
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, size, err
		}
		if err != nil && len(buf) == 0 {
			return nil, 0, err
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if buf == nil {
			buf = []byte{}
		}
		return buf, size, err
	}
}
