package hearsay

import (
	"io"
	"slices"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/jsonl"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/sentiment"
)

// The compact report is encoded by hand, straight into the output
// buffer: encoding/json's reflection was most of what a batch run spent
// on output. The bytes are exactly those encoding/json gives with HTML
// escaping off (TestWriteJSONMatchesEncodingJSON and FuzzWriteJSON hold
// them to it), so a change to a report type must change this file too:
// TestJSONEncoderKnowsEveryField fails until it does.

// A jsonEncoder writes the compact report with its options.
type jsonEncoder struct {
	omitTexts bool
	// plain is the text of the statement being written when JSON holds
	// it as it is (no byte escaped), and plainAt its offset: the text of
	// a span inside it is then copied, not scanned again.
	plain   string
	plainAt int
}

// text appends the "text" member of a span, unless texts are left out.
// s is the text at sp.
func (e *jsonEncoder) text(b []byte, sp nlp.Span, s string) []byte {
	if e.omitTexts {
		return b
	}
	b = append(b, `,"text":`...)
	if p := e.plain; p != "" {
		// A piece of a string that needs no escaping needs none either,
		// when it is cut where code points start; the comparison is of
		// pointers when s is that piece, as it is for every span of the
		// report.
		i, j := sp.Start-e.plainAt, sp.End-e.plainAt
		if 0 <= i && i <= j && j <= len(p) && j-i == len(s) &&
			(i == len(p) || utf8.RuneStart(p[i])) && (j == len(p) || utf8.RuneStart(p[j])) && p[i:j] == s {
			b = append(b, '"')
			b = append(b, s...)
			return append(b, '"')
		}
	}
	return jsonl.AppendString(b, s)
}

// statementText appends the "text" member of statement st, and notes
// whether it was written as it is (see text).
func (e *jsonEncoder) statementText(b []byte, st *Statement) []byte {
	e.plain = ""
	if e.omitTexts {
		return b
	}
	b = append(b, `,"text":`...)
	at := len(b)
	b = jsonl.AppendString(b, st.Text)
	if len(b)-at == len(st.Text)+2 { // every escape lengthens the string
		e.plain, e.plainAt = st.Text, st.Start
	}
	return b
}

// writeCompactJSON writes r as compact JSON and a newline to w, a
// statement at a time: the buffer the report is encoded in is written
// whenever it holds 32 KiB, without a copy through a buffered writer.
func writeCompactJSON(w io.Writer, r *Report, opt *JSONOptions) error {
	b := make([]byte, 0, 40<<10)
	b, err := appendCompactJSON(b, r, opt, func(b []byte) ([]byte, error) {
		if _, err := w.Write(b); err != nil {
			return b, err
		}
		return b[:0], nil
	})
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// appendCompactJSON appends the compact JSON of r and a newline to b. When
// flush is not nil it is called with b whenever b holds 32 KiB or more
// between statements, and b goes on with what it returns: so a writer
// need not hold a large report's JSON whole.
func appendCompactJSON(b []byte, r *Report, opt *JSONOptions, flush func([]byte) ([]byte, error)) ([]byte, error) {
	var e jsonEncoder
	if opt != nil {
		e.omitTexts = opt.OmitTexts
	}
	if flush == nil {
		b = slices.Grow(b, e.sizeHint(r))
	}
	b = append(b, `{"schema":`...)
	b = jsonl.AppendString(b, r.Schema)
	if r.ID != "" {
		b = append(b, `,"id":`...)
		b = jsonl.AppendString(b, r.ID)
	}
	b = append(b, `,"language":`...)
	b = jsonl.AppendString(b, r.Language)
	if e.omitTexts {
		b = append(b, `,"texts":false`...)
	}
	b = append(b, `,"score":`...)
	b, err := jsonl.AppendFloat(b, r.Score)
	if err != nil {
		return b, err
	}
	b = append(b, `,"statements":`...)
	switch {
	case r.Statements == nil:
		b = append(b, "null"...)
	case len(r.Statements) == 0:
		b = append(b, "[]"...)
	default:
		for i := range r.Statements {
			if i == 0 {
				b = append(b, '[')
			} else {
				b = append(b, ',')
			}
			if b, err = e.appendStatement(b, &r.Statements[i]); err != nil {
				return b, err
			}
			if flush != nil && len(b) >= 32<<10 {
				if b, err = flush(b); err != nil {
					return b, err
				}
			}
		}
		b = append(b, ']')
	}
	e.plain = ""
	b = append(b, `,"sources":`...)
	b = appendSources(b, r.Sources)
	b = append(b, `,"sentiment":`...)
	if b, err = e.appendValence(b, &r.Sentiment); err != nil {
		return b, err
	}
	return append(b, "}\n"...), nil
}

// sizeHint returns about how many bytes the compact JSON of r takes, so
// that a buffer is grown once rather than doubled (and copied) again and
// again: the report of a news article takes 6 to 13 bytes for each byte of
// its text, 9 in the middle, and 6.5 without the texts.
func (e *jsonEncoder) sizeHint(r *Report) int {
	n := 0
	for i := range r.Statements {
		n += r.Statements[i].Span.Len()
	}
	if e.omitTexts {
		return 7*n + 512
	}
	return 10*n + 512
}

// appendStatement appends the compact JSON of st.
func (e *jsonEncoder) appendStatement(b []byte, st *Statement) ([]byte, error) {
	var err error
	b = append(b, `{"index":`...)
	b = jsonl.AppendInt(b, st.Index)
	b = appendSpan(b, st.Span, st.CharSpan)
	b = e.statementText(b, st)
	b = append(b, `,"score":`...)
	if b, err = jsonl.AppendFloat(b, st.Score); err != nil {
		return b, err
	}
	b = append(b, `,"attributions":`...)
	if st.Attributions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range st.Attributions {
			if i > 0 {
				b = append(b, ',')
			}
			b = e.appendAttribution(b, &st.Attributions[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"findings":`...)
	if st.Findings == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range st.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = e.appendFinding(b, &st.Findings[i]); err != nil {
				return b, err
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"sentiment":`...)
	if b, err = e.appendValence(b, &st.Sentiment); err != nil {
		return b, err
	}
	b = append(b, `,"explanation":`...)
	if st.Explanation == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range st.Explanation {
			if i > 0 {
				b = append(b, ',')
			}
			c := &st.Explanation[i]
			b = append(b, `{"factor":`...)
			b = jsonl.AppendString(b, c.Factor)
			b = append(b, `,"contribution":`...)
			if b, err = jsonl.AppendFloat(b, c.Contribution); err != nil {
				return b, err
			}
			b = appendSpan(b, c.Span, c.CharSpan)
			b = e.text(b, c.Span, c.Text)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// appendSpan appends the members of a span and its code point offsets,
// after a comma.
func appendSpan(b []byte, sp nlp.Span, c CharSpan) []byte {
	return appendSpanMembers(append(b, ','), sp, c)
}

// appendSpanFirst is appendSpan for a span that opens its object.
func appendSpanFirst(b []byte, sp nlp.Span, c CharSpan) []byte {
	return appendSpanMembers(append(b, '{'), sp, c)
}

// appendSpanMembers appends "start", "end", "start_char" and "end_char".
func appendSpanMembers(b []byte, sp nlp.Span, c CharSpan) []byte {
	b = append(b, `"start":`...)
	b = jsonl.AppendInt(b, sp.Start)
	b = append(b, `,"end":`...)
	b = jsonl.AppendInt(b, sp.End)
	b = append(b, `,"start_char":`...)
	b = jsonl.AppendInt(b, c.StartChar)
	b = append(b, `,"end_char":`...)
	return jsonl.AppendInt(b, c.EndChar)
}

func (e *jsonEncoder) appendAttribution(b []byte, a *Attribution) []byte {
	b = append(b, `{"cue":`...)
	b = appendSpanFirst(b, a.Cue.Span, a.Cue.CharSpan)
	b = e.text(b, a.Cue.Span, a.Cue.Text)
	b = append(b, `,"lemma":`...)
	b = jsonl.AppendString(b, a.Cue.Lemma)
	b = append(b, `},"stance":`...)
	b = jsonl.AppendString(b, string(a.Stance))
	if s := a.Source; s != nil {
		b = append(b, `,"source":`...)
		b = appendSpanFirst(b, s.Span, s.CharSpan)
		b = e.text(b, s.Span, s.Text)
		b = append(b, `,"kind":`...)
		b = jsonl.AppendString(b, string(s.Kind))
		b = append(b, `,"resolved":`...)
		b = jsonl.AppendString(b, s.Resolved)
		if s.Rule != "" {
			b = append(b, `,"rule":`...)
			b = jsonl.AppendString(b, s.Rule)
		}
		b = append(b, '}')
	}
	if c := a.Content; c != nil {
		b = append(b, `,"content":`...)
		b = appendSpanFirst(b, c.Span, c.CharSpan)
		b = e.text(b, c.Span, c.Text)
		if len(c.Parts) > 0 {
			b = append(b, `,"parts":[`...)
			for i := range c.Parts {
				if i > 0 {
					b = append(b, ',')
				}
				p := &c.Parts[i]
				b = appendSpanFirst(b, p.Span, p.CharSpan)
				b = e.text(b, p.Span, p.Text)
				b = append(b, '}')
			}
			b = append(b, ']')
		}
		if c.Rule != "" {
			b = append(b, `,"rule":`...)
			b = jsonl.AppendString(b, c.Rule)
		}
		b = append(b, '}')
	}
	b = append(b, `,"quote":`...)
	b = jsonl.AppendString(b, string(a.Quote))
	if a.Negated {
		b = append(b, `,"negated":true`...)
	}
	if a.Irrealis {
		b = append(b, `,"irrealis":true`...)
	}
	if a.Rule != "" {
		b = append(b, `,"rule":`...)
		b = jsonl.AppendString(b, a.Rule)
	}
	return append(b, '}')
}

func (e *jsonEncoder) appendFinding(b []byte, f *Finding) ([]byte, error) {
	b = append(b, `{"category":`...)
	b = jsonl.AppendString(b, string(f.Category))
	b = append(b, `,"rule":`...)
	b = jsonl.AppendString(b, f.Rule)
	b = appendSpan(b, f.Span, f.CharSpan)
	b = e.text(b, f.Span, f.Text)
	if f.Term != "" {
		b = append(b, `,"term":`...)
		b = jsonl.AppendString(b, f.Term)
	}
	b = append(b, `,"weight":`...)
	b, err := jsonl.AppendFloat(b, f.Weight)
	return append(b, '}'), err
}

func (e *jsonEncoder) appendValence(b []byte, v *sentiment.Valence) ([]byte, error) {
	var err error
	for _, f := range [...]struct {
		name string
		v    float64
	}{{`{"compound":`, v.Compound}, {`,"positive":`, v.Positive}, {`,"negative":`, v.Negative}, {`,"neutral":`, v.Neutral}} {
		b = append(b, f.name...)
		if b, err = jsonl.AppendFloat(b, f.v); err != nil {
			return b, err
		}
	}
	if v.Emphasis != 0 {
		b = append(b, `,"emphasis":`...)
		if b, err = jsonl.AppendFloat(b, v.Emphasis); err != nil {
			return b, err
		}
	}
	if len(v.Words) > 0 {
		b = append(b, `,"words":[`...)
		for i := range v.Words {
			if i > 0 {
				b = append(b, ',')
			}
			w := &v.Words[i]
			b = appendSpanFirst(b, w.Span, CharSpan{w.StartChar, w.EndChar})
			b = e.text(b, w.Span, w.Text)
			b = append(b, `,"prior":`...)
			if b, err = jsonl.AppendFloat(b, w.Prior); err != nil {
				return b, err
			}
			b = append(b, `,"valence":`...)
			if b, err = jsonl.AppendFloat(b, w.Valence); err != nil {
				return b, err
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// appendSources appends the source ledger.
func appendSources(b []byte, ss []Source) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	var keys []lexicon.Stance
	for i := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		s := &ss[i]
		b = append(b, `{"name":`...)
		b = jsonl.AppendString(b, s.Name)
		b = append(b, `,"kind":`...)
		b = jsonl.AppendString(b, string(s.Kind))
		b = append(b, `,"mentions":`...)
		b = jsonl.AppendInt(b, s.Mentions)
		b = append(b, `,"statements":`...)
		if s.Statements == nil {
			b = append(b, "null"...)
		} else {
			b = append(b, '[')
			for j, n := range s.Statements {
				if j > 0 {
					b = append(b, ',')
				}
				b = jsonl.AppendInt(b, n)
			}
			b = append(b, ']')
		}
		b = append(b, `,"stances":`...)
		if s.Stances == nil {
			b = append(b, "null"...)
		} else {
			// encoding/json writes a map's keys sorted
			keys = keys[:0]
			for k := range s.Stances {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			b = append(b, '{')
			for j, k := range keys {
				if j > 0 {
					b = append(b, ',')
				}
				b = jsonl.AppendString(b, string(k))
				b = append(b, ':')
				b = jsonl.AppendInt(b, s.Stances[k])
			}
			b = append(b, '}')
		}
		b = append(b, '}')
	}
	return append(b, ']')
}
