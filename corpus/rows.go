package corpus

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/jsonl"
	"github.com/hearsay-go/hearsay/lexicon"
)

// A Level chooses what one output row is.
type Level string

// The levels. At LevelDocument with JSONL output a row is the whole
// hearsay/v1 report; at the others, and with CSV output, rows are flat:
// the id, the kept fields, then the level's columns (see Columns).
const (
	LevelDocument    Level = "document"    // one row a document
	LevelStatement   Level = "statement"   // one row a statement (sentence)
	LevelAttribution Level = "attribution" // one row an attribution
	LevelFinding     Level = "finding"     // one row a finding (hedge, loaded term, …)
	LevelSource      Level = "source"      // one row an entry of a document's source ledger
)

// Levels lists the levels.
var Levels = []Level{LevelDocument, LevelStatement, LevelAttribution, LevelFinding, LevelSource}

// stanceColumns are the columns counting attributions by stance.
func stanceColumns() []string {
	out := make([]string, len(lexicon.Stances))
	for i, s := range lexicon.Stances {
		out[i] = string(s)
	}
	return out
}

// Columns returns the columns of a flat row at level, after "id" and the
// kept fields; CSV output adds "error" and "line", set on the row of a
// document that could not be analyzed. Offsets ("start", "end") are UTF-8
// bytes, "start_char" and "end_char" Unicode code points, of the
// statement, the cue or the finding; "statement" is the statement's index
// and "score" its score, but at LevelDocument, where "score" is the
// document's. The stance columns count attributions by stance.
//
//   - document: score, statements, attributions, findings, sources, and a
//     column for each stance
//   - statement: statement, start, end, start_char, end_char, score,
//     attributions, findings, compound (its sentiment), text
//   - attribution: statement, cue, lemma, stance, rule, negated, irrealis,
//     source, resolved, source_kind, content, quote, score, start, end,
//     start_char, end_char
//   - finding: statement, category, rule, text, term, weight, score,
//     start, end, start_char, end_char
//   - source: source, kind, mentions, statements, and a column for each
//     stance
func Columns(level Level) []string {
	switch level {
	case LevelDocument:
		return append([]string{"score", "statements", "attributions", "findings", "sources"}, stanceColumns()...)
	case LevelStatement:
		return []string{"statement", "start", "end", "start_char", "end_char", "score", "attributions", "findings", "compound", "text"}
	case LevelAttribution:
		return []string{"statement", "cue", "lemma", "stance", "rule", "negated", "irrealis", "source", "resolved", "source_kind", "content", "quote", "score", "start", "end", "start_char", "end_char"}
	case LevelFinding:
		return []string{"statement", "category", "rule", "text", "term", "weight", "score", "start", "end", "start_char", "end_char"}
	case LevelSource:
		return append([]string{"source", "kind", "mentions", "statements"}, stanceColumns()...)
	}
	return nil
}

// A rowWriter encodes the rows of one document into a buffer.
type rowWriter struct {
	opt     *Options
	columns []string // the level's columns
	keys    []string // for JSONL rows: `,"column":` for each column
}

func newRowWriter(opt *Options) rowWriter {
	w := rowWriter{opt: opt, columns: Columns(opt.Level)}
	for _, c := range w.columns {
		w.keys = append(w.keys, string(jsonl.AppendString([]byte(","), c))+":")
	}
	return w
}

// header returns the CSV header line, or nil for JSONL.
func (w *rowWriter) header() []byte {
	if w.opt.Output != CSV {
		return nil
	}
	rec := append([]string{"id"}, w.opt.keep...)
	rec = append(rec, w.columns...)
	rec = append(rec, "error", "line")
	var b []byte
	for i, f := range rec {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendCSVField(b, f)
	}
	return append(b, '\n')
}

// sizeHint estimates the output of an input line of size bytes: about
// what a report takes of news text (8.7 bytes a byte of JSONL) or, for
// the flat rows of the other levels and CSV, attribution rows as CSV
// (1.4).
func (w *rowWriter) sizeHint(size int64) int {
	if w.opt.Level == LevelDocument && w.opt.Output != CSV {
		return int(min(size, maxHintedLine))*10 + 512
	}
	return int(min(size, maxHintedLine))*2 + 512
}

// maxHintedLine caps the input size sizeHint scales: a longer line's
// output is left to grow as it is written.
const maxHintedLine = 1 << 20

// report appends the rows of r to b.
func (w *rowWriter) report(b []byte, id string, kept []json.RawMessage, r *hearsay.Report) ([]byte, error) {
	if w.opt.Level == LevelDocument && w.opt.Output != CSV {
		b, err := hearsay.AppendJSON(b, r, &hearsay.JSONOptions{OmitTexts: w.opt.OmitTexts})
		if err != nil {
			return b, err
		}
		if len(w.opt.keep) > 0 {
			// Add the kept fields as "fields", the report's last member.
			b = b[:len(b)-2] // "}\n"
			b = append(b, `,"fields":{`...)
			for i, k := range w.opt.keep {
				if i > 0 {
					b = append(b, ',')
				}
				b = jsonl.AppendString(b, k)
				b = append(b, ':')
				b = appendRaw(b, kept[i])
			}
			b = append(b, "}}\n"...)
		}
		return b, nil
	}
	e := rowEncoder{w: w, b: b, csv: w.opt.Output == CSV, omitTexts: w.opt.OmitTexts}
	e.prefix(id, kept)
	e.rows(r)
	return e.b, nil
}

// A rowEncoder appends flat rows, each value straight to the buffer:
// the row's start (the id and the kept fields, encoded once a document),
// then the level's columns in order, then its end.
type rowEncoder struct {
	w         *rowWriter
	b         []byte
	csv       bool
	omitTexts bool   // the columns that copy a span's text are left empty
	start     []byte // the id and kept fields, encoded
	col       int    // the next column
}

// prefix encodes what begins every row of the document.
func (e *rowEncoder) prefix(id string, kept []json.RawMessage) {
	if e.csv {
		e.start = appendCSVField(nil, id)
		for _, k := range kept {
			e.start = append(e.start, ',')
			e.start = appendCSVField(e.start, keptString(k))
		}
		return
	}
	e.start = []byte(`{"id":`)
	e.start = jsonl.AppendString(e.start, id)
	for i, k := range e.w.opt.keep {
		e.start = append(e.start, ',')
		e.start = jsonl.AppendString(e.start, k)
		e.start = append(e.start, ':')
		e.start = appendRaw(e.start, kept[i])
	}
}

func (e *rowEncoder) begin() {
	e.b = append(e.b, e.start...)
	e.col = 0
}

func (e *rowEncoder) end() {
	if e.csv {
		e.b = append(e.b, ",,\n"...) // the empty error and line columns
	} else {
		e.b = append(e.b, "}\n"...)
	}
}

// key starts the next column's value.
func (e *rowEncoder) key() {
	if e.csv {
		e.b = append(e.b, ',')
	} else {
		e.b = append(e.b, e.w.keys[e.col]...)
	}
	e.col++
}

func (e *rowEncoder) str(s string) {
	e.key()
	if e.csv {
		e.b = appendCSVField(e.b, s)
	} else {
		e.b = jsonl.AppendString(e.b, s)
	}
}

// text is a column that copies a span's text.
func (e *rowEncoder) text(s string) {
	if e.omitTexts {
		s = ""
	}
	e.str(s)
}

func (e *rowEncoder) int(n int) {
	e.key()
	e.b = jsonl.AppendInt(e.b, n)
}

func (e *rowEncoder) float(f float64) {
	e.key()
	if e.csv {
		e.b = strconv.AppendFloat(e.b, f, 'f', -1, 64)
		return
	}
	var err error
	if e.b, err = jsonl.AppendFloat(e.b, f); err != nil {
		e.b = append(e.b, "null"...) // NaN or infinite: JSON has no such number
	}
}

func (e *rowEncoder) bool(v bool) {
	e.key()
	e.b = strconv.AppendBool(e.b, v)
}

// rows appends the rows of r at the writer's level, their values in the
// order of Columns.
func (e *rowEncoder) rows(r *hearsay.Report) {
	switch e.w.opt.Level {
	case LevelDocument:
		var counts [16]int // by the stance's place in lexicon.Stances
		attrs, finds := 0, 0
		for i := range r.Statements {
			st := &r.Statements[i]
			attrs += len(st.Attributions)
			finds += len(st.Findings)
			for j := range st.Attributions {
				if k := slices.Index(lexicon.Stances, st.Attributions[j].Stance); k >= 0 && k < len(counts) {
					counts[k]++
				}
			}
		}
		e.begin()
		e.float(r.Score)
		e.int(len(r.Statements))
		e.int(attrs)
		e.int(finds)
		e.int(len(r.Sources))
		for k := range lexicon.Stances {
			e.int(counts[k])
		}
		e.end()
	case LevelStatement:
		for i := range r.Statements {
			st := &r.Statements[i]
			e.begin()
			e.int(st.Index)
			e.int(st.Start)
			e.int(st.End)
			e.int(st.StartChar)
			e.int(st.EndChar)
			e.float(st.Score)
			e.int(len(st.Attributions))
			e.int(len(st.Findings))
			e.float(st.Sentiment.Compound)
			e.text(st.Text)
			e.end()
		}
	case LevelAttribution:
		for i := range r.Statements {
			st := &r.Statements[i]
			for j := range st.Attributions {
				a := &st.Attributions[j]
				var src, resolved, kind, content string
				if a.Source != nil {
					src, resolved, kind = a.Source.Text, a.Source.Resolved, string(a.Source.Kind)
				}
				if a.Content != nil {
					content = a.Content.Text
				}
				e.begin()
				e.int(st.Index)
				e.text(a.Cue.Text)
				e.str(a.Cue.Lemma)
				e.str(string(a.Stance))
				e.str(a.Rule)
				e.bool(a.Negated)
				e.bool(a.Irrealis)
				e.text(src)
				e.str(resolved)
				e.str(kind)
				e.text(content)
				e.str(string(a.Quote))
				e.float(st.Score)
				e.int(a.Cue.Start)
				e.int(a.Cue.End)
				e.int(a.Cue.StartChar)
				e.int(a.Cue.EndChar)
				e.end()
			}
		}
	case LevelFinding:
		for i := range r.Statements {
			st := &r.Statements[i]
			for j := range st.Findings {
				f := &st.Findings[j]
				e.begin()
				e.int(st.Index)
				e.str(string(f.Category))
				e.str(f.Rule)
				e.text(f.Text)
				e.str(f.Term)
				e.float(f.Weight)
				e.float(st.Score)
				e.int(f.Start)
				e.int(f.End)
				e.int(f.StartChar)
				e.int(f.EndChar)
				e.end()
			}
		}
	case LevelSource:
		for i := range r.Sources {
			s := &r.Sources[i]
			e.begin()
			e.str(s.Name)
			e.str(string(s.Kind))
			e.int(s.Mentions)
			e.int(len(s.Statements))
			for _, st := range lexicon.Stances {
				e.int(s.Stances[st])
			}
			e.end()
		}
	}
}

// failure appends the error record of a line.
func (w *rowWriter) failure(b []byte, id string, kept []json.RawMessage, msg string, lineNo int) []byte {
	if w.opt.Output != CSV {
		enc, _ := json.Marshal(jsonlErrorRecord(id, msg, lineNo))
		b = append(b, enc...)
		return append(b, '\n')
	}
	b = appendCSVField(b, id)
	for i := range w.opt.keep {
		var k json.RawMessage
		if i < len(kept) {
			k = kept[i]
		}
		b = append(b, ',')
		b = appendCSVField(b, keptString(k))
	}
	for range w.columns {
		b = append(b, ',')
	}
	b = append(b, ',')
	b = appendCSVField(b, msg)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(lineNo), 10)
	return append(b, '\n')
}

// appendCSVField appends s as encoding/csv's Writer writes a field (comma
// separator, "\n" line ends): quoted when it holds a comma, a quotation
// mark, a line end, begins with white space or is `\.`, with quotation
// marks doubled.
func appendCSVField(b []byte, s string) []byte {
	if !csvNeedsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b = append(b, s[:i+1]...)
		b = append(b, '"')
		s = s[i+1:]
	}
	b = append(b, s...)
	return append(b, '"')
}

// csvSpecial8 reports whether one of the eight bytes of s is a line end,
// a quotation mark or a comma, a word at a time: the texts of rows are
// long and mostly need no quotes.
func csvSpecial8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	// a high bit where a byte is one of the four (and perhaps above one)
	n, r, q, c := x^(ones*'\n'), x^(ones*'\r'), x^(ones*'"'), x^(ones*',')
	return ((n-ones)&^n|(r-ones)&^r|(q-ones)&^q|(c-ones)&^c)&highs != 0
}

func csvNeedsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s == `\.` {
		return true
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if csvSpecial8(s[i : i+8]) {
			return true
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '"', ',':
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// appendRaw appends a kept JSON value, compacted; null when it is absent
// or not valid JSON.
func appendRaw(b []byte, raw json.RawMessage) []byte {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return append(b, "null"...)
	}
	n := len(b)
	var c bytes.Buffer
	if json.Compact(&c, raw) != nil {
		return append(b[:n], "null"...)
	}
	return append(b, c.Bytes()...)
}

// A Kind is the type of a column's values.
type Kind int

// The kinds of column.
const (
	KindString Kind = iota
	KindInt
	KindFloat
	KindBool
)

// columnKinds are the kinds of the columns that are not strings.
var columnKinds = map[string]Kind{
	"statement": KindInt, "start": KindInt, "end": KindInt, "start_char": KindInt, "end_char": KindInt,
	"statements": KindInt, "attributions": KindInt, "findings": KindInt, "sources": KindInt, "mentions": KindInt,
	"line":  KindInt,
	"score": KindFloat, "weight": KindFloat, "compound": KindFloat,
	"negated": KindBool, "irrealis": KindBool,
}

// KindOf returns the kind of a column of flat rows: of a name from
// Columns, or "error" or "line". The stance columns are counts; any other
// name (the id, a kept field) is a string.
func KindOf(column string) Kind {
	if k, ok := columnKinds[column]; ok {
		return k
	}
	if slices.Contains(lexicon.Stances, lexicon.Stance(column)) {
		return KindInt
	}
	return KindString
}
