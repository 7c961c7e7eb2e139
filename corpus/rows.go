package corpus

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"

	"github.com/hearsay-go/hearsay"
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

// rows calls add with the values of each row of r at level, in the order
// of Columns(level).
func rows(level Level, r *hearsay.Report, add func(vals ...any)) {
	switch level {
	case LevelDocument:
		counts := make(map[lexicon.Stance]int, len(lexicon.Stances))
		attrs, finds := 0, 0
		for i := range r.Statements {
			st := &r.Statements[i]
			attrs += len(st.Attributions)
			finds += len(st.Findings)
			for _, a := range st.Attributions {
				counts[a.Stance]++
			}
		}
		vals := []any{r.Score, len(r.Statements), attrs, finds, len(r.Sources)}
		for _, s := range lexicon.Stances {
			vals = append(vals, counts[s])
		}
		add(vals...)
	case LevelStatement:
		for i := range r.Statements {
			st := &r.Statements[i]
			add(st.Index, st.Start, st.End, st.StartChar, st.EndChar, st.Score, len(st.Attributions), len(st.Findings), st.Sentiment.Compound, st.Text)
		}
	case LevelAttribution:
		for i := range r.Statements {
			st := &r.Statements[i]
			for _, a := range st.Attributions {
				var src, resolved, kind, content string
				if a.Source != nil {
					src, resolved, kind = a.Source.Text, a.Source.Resolved, string(a.Source.Kind)
				}
				if a.Content != nil {
					content = a.Content.Text
				}
				add(st.Index, a.Cue.Text, a.Cue.Lemma, string(a.Stance), a.Rule, a.Negated, a.Irrealis,
					src, resolved, kind, content, string(a.Quote), st.Score,
					a.Cue.Start, a.Cue.End, a.Cue.StartChar, a.Cue.EndChar)
			}
		}
	case LevelFinding:
		for i := range r.Statements {
			st := &r.Statements[i]
			for _, f := range st.Findings {
				add(st.Index, string(f.Category), f.Rule, f.Text, f.Term, f.Weight, st.Score, f.Start, f.End, f.StartChar, f.EndChar)
			}
		}
	case LevelSource:
		for _, s := range r.Sources {
			vals := []any{s.Name, string(s.Kind), s.Mentions, len(s.Statements)}
			for _, st := range lexicon.Stances {
				vals = append(vals, s.Stances[st])
			}
			add(vals...)
		}
	}
}

// A rowWriter encodes the rows of one document into a buffer.
type rowWriter struct {
	opt     *Options
	columns []string // the level's columns
}

// header returns the CSV header line, or nil for JSONL.
func (w *rowWriter) header() []byte {
	if w.opt.Output != CSV {
		return nil
	}
	rec := append([]string{"id"}, w.opt.keep...)
	rec = append(rec, w.columns...)
	rec = append(rec, "error", "line")
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	cw.Write(rec)
	cw.Flush()
	return b.Bytes()
}

// report writes the rows of r.
func (w *rowWriter) report(b *bytes.Buffer, id string, kept []json.RawMessage, r *hearsay.Report) error {
	if w.opt.Level == LevelDocument && w.opt.Output != CSV {
		if err := hearsay.WriteJSON(b, r, false); err != nil {
			return err
		}
		if len(w.opt.keep) > 0 {
			// Add the kept fields as "fields", the report's last member.
			b.Truncate(b.Len() - 2) // "}\n"
			b.WriteString(`,"fields":{`)
			for i, k := range w.opt.keep {
				if i > 0 {
					b.WriteByte(',')
				}
				writeJSONString(b, k)
				b.WriteByte(':')
				writeRaw(b, kept[i])
			}
			b.WriteString("}}\n")
		}
		return nil
	}
	var rec []string
	var cw *csv.Writer
	if w.opt.Output == CSV {
		cw = csv.NewWriter(b)
		rec = make([]string, 0, 3+len(kept)+len(w.columns))
	}
	rows(w.opt.Level, r, func(vals ...any) {
		if cw != nil {
			rec = append(rec[:0], id)
			for _, k := range kept {
				rec = append(rec, keptString(k))
			}
			for _, v := range vals {
				rec = append(rec, csvValue(v))
			}
			rec = append(rec, "", "")
			cw.Write(rec)
			return
		}
		b.WriteString(`{"id":`)
		writeJSONString(b, id)
		for i, k := range w.opt.keep {
			b.WriteByte(',')
			writeJSONString(b, k)
			b.WriteByte(':')
			writeRaw(b, kept[i])
		}
		for i, v := range vals {
			b.WriteByte(',')
			writeJSONString(b, w.columns[i])
			b.WriteByte(':')
			writeJSONValue(b, v)
		}
		b.WriteString("}\n")
	})
	if cw != nil {
		cw.Flush()
		return cw.Error()
	}
	return nil
}

// failure writes the error record of a line.
func (w *rowWriter) failure(b *bytes.Buffer, id string, kept []json.RawMessage, msg string, lineNo int) {
	if w.opt.Output != CSV {
		enc, _ := json.Marshal(jsonlErrorRecord(id, msg, lineNo))
		b.Write(enc)
		b.WriteByte('\n')
		return
	}
	rec := make([]string, 0, 3+len(w.opt.keep)+len(w.columns))
	rec = append(rec, id)
	for i := range w.opt.keep {
		var k json.RawMessage
		if i < len(kept) {
			k = kept[i]
		}
		rec = append(rec, keptString(k))
	}
	for range w.columns {
		rec = append(rec, "")
	}
	rec = append(rec, msg, strconv.Itoa(lineNo))
	cw := csv.NewWriter(b)
	cw.Write(rec)
	cw.Flush()
}

func csvValue(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

func writeJSONValue(b *bytes.Buffer, v any) {
	switch v := v.(type) {
	case string:
		writeJSONString(b, v)
	case int:
		b.WriteString(strconv.Itoa(v))
	case float64:
		enc, _ := json.Marshal(v)
		b.Write(enc)
	case bool:
		b.WriteString(strconv.FormatBool(v))
	default:
		b.WriteString("null")
	}
}

func writeJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	b.Truncate(b.Len() - 1) // Encode's newline
}

func writeRaw(b *bytes.Buffer, raw json.RawMessage) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		b.WriteString("null")
		return
	}
	var c bytes.Buffer
	if json.Compact(&c, raw) != nil {
		b.WriteString("null")
		return
	}
	b.Write(c.Bytes())
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
