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
	"github.com/hearsay-go/hearsay/nlp"
	"strings"
	"unicode/utf8"
)

// An Input is one document of a batch: {"id": ..., "text": ..., "outlet":
// ...}. Other fields are ignored.
type Input struct {
	ID     string // the id as a string; a number is kept as written ("7")
	Text   string // the document, valid UTF-8
	Outlet string // a string as is, any other JSON value as its text, "" when absent
}

// An ErrorRecord takes the place of a report for a line that could not be
// analyzed.
type ErrorRecord struct {
	ID    string `json:"id"`    // the line's id, or "" when it has none or it could not be read
	Error string `json:"error"` // what is wrong, in words that say what to do
	Line  int    `json:"line"`  // the input line, from 1
}

// The errors of Decode. Their messages are the error records' words.
var (
	ErrNotObject = errors.New("line is not a JSON object")
	ErrNoText    = errors.New(`missing "text"`)
	ErrTextType  = errors.New(`"text" must be a string`)
	ErrBadID     = errors.New(`"id" must be a string or a number`)
	ErrBadJSON   = errors.New("bad JSON")
	ErrBadUTF8   = errors.New("not valid UTF-8")
	ErrSurrogate = errors.New("lone surrogate escape")
)

// An OffsetError is an error at a byte offset of the decoded line (or
// request body). It wraps ErrBadJSON, ErrBadUTF8 or ErrSurrogate.
type OffsetError struct {
	Err    error  // what is wrong
	Offset int64  // where, in bytes from the start of the line
	Detail string // more words, or ""
}

// Error says what is wrong and at which byte offset; for invalid UTF-8,
// the offset of the first bad byte.
func (e *OffsetError) Error() string {
	switch {
	case errors.Is(e.Err, ErrBadUTF8):
		return fmt.Sprintf("%v: first invalid byte at offset %d", e.Err, e.Offset)
	case e.Detail != "":
		return fmt.Sprintf("%v at offset %d: %s", e.Err, e.Offset, e.Detail)
	}
	return fmt.Sprintf("%v at offset %d", e.Err, e.Offset)
}

// Unwrap returns Err, so that errors.Is finds ErrBadJSON, ErrBadUTF8 or
// ErrSurrogate.
func (e *OffsetError) Unwrap() error { return e.Err }

type rawInput struct {
	ID     json.RawMessage `json:"id"`
	Text   json.RawMessage `json:"text"`
	Outlet json.RawMessage `json:"outlet"`
}

// Decode reads one input line, or one request body: a single JSON object
// with nothing but white space after it. It is strict where encoding/json
// repairs: invalid UTF-8 anywhere and a \u escape of a lone UTF-16
// surrogate (such as \ud800) are errors with their byte offset, so that a
// report's spans always point into the text as sent. On error the returned
// Input still carries the id when it could be read, so that the error
// record can name it.
func Decode(line []byte) (Input, error) {
	if in, ok := decodeFast(line, nil); ok {
		return in, nil
	}
	return decodeSlow(line)
}

// DecodeBuffered is Decode with the text decoded into buf, grown when it
// is too small, which it returns for the next call: the Input's Text is
// then buf's bytes, and stays valid only until buf is written again. A
// program that is done with each text before it decodes the next line
// (hearsay batch, once a document's rows are encoded) saves a copy of
// every text: news input is nearly all text. The id and outlet are
// copies, as Decode's are; a line that Decode reads the long way gets a
// text of its own, and buf back as it was.
func DecodeBuffered(line, buf []byte) (Input, []byte, error) {
	if in, ok := decodeFast(line, &buf); ok {
		return in, buf, nil
	}
	in, err := decodeSlow(line)
	return in, buf, err
}

// decodeSlow is Decode through encoding/json, for every line decodeFast
// leaves: it finds what is wrong and says so.
func decodeSlow(line []byte) (Input, error) {
	var raw rawInput
	if err := json.Unmarshal(line, &raw); err != nil {
		if se, ok := errors.AsType[*json.SyntaxError](err); ok {
			off := se.Offset // bytes read, the bad one included
			if strings.HasPrefix(se.Error(), "invalid character") && off > 0 {
				off-- // the offset of the bad byte itself
			}
			return Input{}, &OffsetError{Err: ErrBadJSON, Offset: off, Detail: se.Error()}
		}
		if _, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			return Input{}, ErrNotObject
		}
		return Input{}, fmt.Errorf("%w: %v", ErrBadJSON, err)
	}
	if t := bytes.TrimLeft(line, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return Input{}, ErrNotObject // null decodes into a struct without error
	}
	id, idErr := idString(raw.ID)
	in := Input{ID: id}
	if !utf8.Valid(line) {
		return in, &OffsetError{Err: ErrBadUTF8, Offset: int64(nlp.InvalidUTF8(string(line)))}
	}
	if off := loneSurrogate(line); off >= 0 {
		return in, &OffsetError{Err: ErrSurrogate, Offset: int64(off),
			Detail: fmt.Sprintf("%s is half of a UTF-16 pair and encodes no character", line[off:off+6])}
	}
	if idErr != nil {
		return in, idErr
	}
	in.Outlet = outletString(raw.Outlet)
	text := bytes.TrimSpace(raw.Text)
	if len(text) == 0 {
		return in, ErrNoText
	}
	if text[0] != '"' {
		return in, ErrTextType
	}
	if err := json.Unmarshal(text, &in.Text); err != nil {
		return in, fmt.Errorf("%w: %v", ErrBadJSON, err) // not reached: the line was checked whole
	}
	return in, nil
}

// loneSurrogate returns the offset of the first \u escape in a string of
// the JSON text b that is a UTF-16 surrogate without its other half, or
// -1. b must be valid JSON.
func loneSurrogate(b []byte) int {
	inString := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !inString {
			inString = c == '"'
			continue
		}
		switch c {
		case '"':
			inString = false
		case '\\':
			if i+1 < len(b) && b[i+1] != 'u' {
				i++ // a one-letter escape, \" among them
				continue
			}
			r := hex4(b, i+2)
			switch {
			case r < 0:
				return -1 // not reached in valid JSON
			case r >= 0xDC00 && r <= 0xDFFF:
				return i // a low half first
			case r >= 0xD800 && r <= 0xDBFF:
				if i+11 < len(b) && b[i+6] == '\\' && b[i+7] == 'u' {
					if lo := hex4(b, i+8); lo >= 0xDC00 && lo <= 0xDFFF {
						i += 11
						continue
					}
				}
				return i
			}
			i += 5
		}
	}
	return -1
}

// hex4 reads the four hex digits at b[i:], or returns -1.
func hex4(b []byte, i int) int {
	if i+4 > len(b) {
		return -1
	}
	r := 0
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | int(c)
	}
	return r
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
// of more than max bytes, its line end not counted, is consumed and
// discarded without being held in memory: data is nil and size tells how
// many bytes it had. So a line of exactly max bytes is returned whether or
// not a line end follows it, and one of max+1 bytes never is. size counts
// the bytes read, line end included. At the end of input it returns io.EOF,
// possibly with a last line that had no line end.
func ReadLine(br *bufio.Reader, max int64) (data []byte, size int64, err error) {
	return AppendLine(nil, br, max)
}

// AppendLine is [ReadLine] reading the line into dst's memory: data is
// dst[:0] extended by the line (a new array when dst has too little room),
// so that a reader that is done with a line can read the next into it. A
// line too long gives data nil, as from ReadLine.
func AppendLine(dst []byte, br *bufio.Reader, max int64) (data []byte, size int64, err error) {
	buf := dst[:0]
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if !tooLong {
			// Up to max bytes and a two-byte line end may still be a
			// line of at most max bytes; anything more cannot.
			if int64(len(buf)+len(chunk)) > max+2 {
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
		if b, ok := bytes.CutSuffix(buf, []byte("\n")); ok {
			buf = bytes.TrimSuffix(b, []byte("\r"))
		}
		if int64(len(buf)) > max {
			return nil, size, err
		}
		if buf == nil {
			buf = []byte{}
		}
		return buf, size, err
	}
}
