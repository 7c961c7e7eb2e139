package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay/jsonl"
)

// A Format is an encoding of documents in or rows out.
type Format string

// The formats.
const (
	JSONL Format = "jsonl" // JSON Lines, one object a line
	CSV   Format = "csv"   // comma-separated values with a header line (RFC 4180)
)

// KeepAll, as the only element of Options.Keep, keeps every input field
// but the text and the id.
const KeepAll = "all"

// A source reads documents one at a time, in input order.
type source interface {
	// next returns the next document, with done true at the end of the
	// input. A document that cannot be read has its error in rec.err; an
	// error returned ends the input.
	next() (rec line, done bool, err error)
}

// jsonlSource reads JSON Lines. Lines are decoded by the workers, in
// parallel; next only splits them.
type jsonlSource struct {
	br      *bufio.Reader
	maxLine int64
	lineNo  int
	pending *line // a line read ahead (to learn the fields to keep)
}

func (s *jsonlSource) next() (line, bool, error) {
	if s.pending != nil {
		l := *s.pending
		s.pending = nil
		return l, false, nil
	}
	in := lineBufs.Get().(*[]byte)
	for {
		data, size, err := jsonl.AppendLine(*in, s.br, s.maxLine)
		if data != nil {
			*in = data[:0] // a blank line's buffer serves the next
		}
		if size > 0 || data != nil {
			s.lineNo++
			if data == nil || len(bytes.TrimSpace(data)) > 0 {
				l := line{no: s.lineNo, data: data, in: in, size: size}
				if err != nil && err != io.EOF {
					return l, false, fmt.Errorf("corpus: reading input: %w", err)
				}
				return l, false, nil // io.EOF comes again with the next call
			}
		}
		if err == io.EOF {
			return line{}, true, nil
		}
		if err != nil {
			return line{}, true, fmt.Errorf("corpus: reading input: %w", err)
		}
	}
}

// keysOfFirst reads ahead to the first non-blank line and returns its
// keys, in order, for KeepAll.
func (s *jsonlSource) keysOfFirst() ([]string, error) {
	l, done, err := s.next()
	if err != nil || done {
		return nil, err
	}
	s.pending = &l
	if l.data == nil {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(l.data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil // not an object: its error record says so
	}
	var keys []string
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return keys, nil
		}
		k, _ := t.(string)
		keys = append(keys, k)
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return keys, nil
		}
	}
	return keys, nil
}

// csvSource reads CSV with a header line. Records are decoded as they are
// read: CSV cannot be split into records without parsing it.
type csvSource struct {
	r        *csv.Reader
	maxLine  int64
	header   []string
	text, id int   // columns; id is -1 when there is none
	keep     []int // columns kept; -1 for a column the header lacks
	offset   int64
}

func newCSVSource(in io.Reader, opt *Options) (*csvSource, error) {
	r := csv.NewReader(bufio.NewReaderSize(in, 1<<20))
	r.FieldsPerRecord = -1 // a short or long record gets an error record of its own
	r.LazyQuotes = true    // news text has stray quotes
	r.ReuseRecord = true
	header, err := r.Read()
	if err == io.EOF {
		return nil, errors.New("corpus: the CSV input is empty: no header line")
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: reading the CSV header: %w", err)
	}
	s := &csvSource{r: r, maxLine: opt.MaxLine, header: slices.Clone(header), id: -1, offset: r.InputOffset()}
	if len(s.header) > 0 {
		s.header[0] = strings.TrimPrefix(s.header[0], "\uFEFF") // a byte order mark from a spreadsheet
	}
	s.text = slices.Index(s.header, opt.TextField)
	if s.text < 0 {
		return nil, fmt.Errorf("corpus: the CSV header has no column %q (it has %s)", opt.TextField, strings.Join(quoteAll(s.header), ", "))
	}
	s.id = slices.Index(s.header, opt.IDField)
	return s, nil
}

// fieldsToKeep resolves Options.Keep against the header.
func (s *csvSource) fieldsToKeep(opt *Options) ([]string, error) {
	names := opt.Keep
	if len(names) == 1 && names[0] == KeepAll {
		names = nil
		for i, h := range s.header {
			if i != s.text && i != s.id {
				names = append(names, h)
			}
		}
	}
	s.keep = make([]int, len(names))
	for i, n := range names {
		s.keep[i] = slices.Index(s.header, n)
		if s.keep[i] < 0 {
			return nil, fmt.Errorf("corpus: the CSV header has no column %q to keep (it has %s)", n, strings.Join(quoteAll(s.header), ", "))
		}
	}
	return names, nil
}

func (s *csvSource) next() (line, bool, error) {
	rec, err := s.r.Read()
	if err == io.EOF {
		return line{}, true, nil
	}
	no, _ := s.r.FieldPos(0)
	end := s.r.InputOffset()
	l := line{no: no, size: end - s.offset, pre: true}
	s.offset = end
	var pe *csv.ParseError
	if err != nil && !errors.As(err, &pe) {
		return line{}, true, fmt.Errorf("corpus: reading input: %w", err)
	}
	if s.id >= 0 && s.id < len(rec) {
		l.id = rec[s.id]
	}
	l.kept = make([]json.RawMessage, len(s.keep))
	for i, c := range s.keep {
		if c < len(rec) {
			l.kept[i], _ = json.Marshal(rec[c])
		}
	}
	switch {
	case err != nil:
		l.no = pe.StartLine
		l.err = fmt.Errorf("bad CSV: %w", pe.Err)
	case len(rec) != len(s.header):
		l.err = fmt.Errorf("the record has %d fields, the header %d", len(rec), len(s.header))
	case l.size > s.maxLine+2:
		l.err = errTooLong
	default:
		l.text = rec[s.text]
	}
	return l, false, nil
}

// errTooLong marks a record longer than Options.MaxLine.
var errTooLong = errors.New("too long")

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// decodeFields decodes a JSONL line whose text and id are in other fields
// than "text" and "id", or whose other fields are kept, with the rules
// and words of jsonl.Decode.
func decodeFields(data []byte, opt *Options) (id, text string, kept []json.RawMessage, err error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return "", "", nil, jsonl.ErrNotObject
		}
		return "", "", nil, fmt.Errorf("bad JSON: %w", err)
	}
	if obj == nil {
		return "", "", nil, jsonl.ErrNotObject
	}
	if raw := bytes.TrimSpace(obj[opt.IDField]); len(raw) > 0 && string(raw) != "null" {
		if json.Unmarshal(raw, &id) != nil {
			var n json.Number
			if json.Unmarshal(raw, &n) != nil {
				return "", "", nil, fmt.Errorf("%q must be a string or a number", opt.IDField)
			}
			id = n.String()
		}
	}
	kept = make([]json.RawMessage, len(opt.keep))
	for i, k := range opt.keep {
		kept[i] = obj[k]
	}
	raw, ok := obj[opt.TextField]
	if !ok || string(bytes.TrimSpace(raw)) == "null" {
		return id, "", kept, fmt.Errorf("missing %q", opt.TextField)
	}
	if err := json.Unmarshal(raw, &text); err != nil {
		return id, "", kept, fmt.Errorf("%q must be a string", opt.TextField)
	}
	return id, text, kept, nil
}

// keptString is a kept value as text: a JSON string as is, null or an
// absent field as "", any other value as its JSON.
func keptString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if raw[0] == '"' && json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}
