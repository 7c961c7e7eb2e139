package hearsay

import (
	"bufio"
	"fmt"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

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

// writeCompactJSON writes r as compact JSON and a newline to w, a
// statement at a time.
func writeCompactJSON(w *bufio.Writer, r *Report) error {
	b := make([]byte, 0, 8<<10)
	b = append(b, `{"schema":`...)
	b = appendJSONString(b, r.Schema)
	if r.ID != "" {
		b = append(b, `,"id":`...)
		b = appendJSONString(b, r.ID)
	}
	b = append(b, `,"language":`...)
	b = appendJSONString(b, r.Language)
	b = append(b, `,"score":`...)
	b, err := appendFloat(b, r.Score)
	if err != nil {
		return err
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
			if b, err = appendStatement(b, &r.Statements[i]); err != nil {
				return err
			}
			if len(b) >= 32<<10 {
				if _, err := w.Write(b); err != nil {
					return err
				}
				b = b[:0]
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"sources":`...)
	b = appendSources(b, r.Sources)
	b = append(b, `,"sentiment":`...)
	if b, err = appendValence(b, &r.Sentiment); err != nil {
		return err
	}
	b = append(b, "}\n"...)
	if _, err := w.Write(b); err != nil {
		return err
	}
	return w.Flush()
}

// appendStatement appends the compact JSON of st.
func appendStatement(b []byte, st *Statement) ([]byte, error) {
	var err error
	b = append(b, `{"index":`...)
	b = strconv.AppendInt(b, int64(st.Index), 10)
	b = appendSpan(b, st.Span, st.CharSpan)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, st.Text)
	b = append(b, `,"score":`...)
	if b, err = appendFloat(b, st.Score); err != nil {
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
			b = appendAttribution(b, &st.Attributions[i])
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
			if b, err = appendFinding(b, &st.Findings[i]); err != nil {
				return b, err
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"sentiment":`...)
	if b, err = appendValence(b, &st.Sentiment); err != nil {
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
			b = appendJSONString(b, c.Factor)
			b = append(b, `,"contribution":`...)
			if b, err = appendFloat(b, c.Contribution); err != nil {
				return b, err
			}
			b = appendSpan(b, c.Span, c.CharSpan)
			b = append(b, `,"text":`...)
			b = appendJSONString(b, c.Text)
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
	b = strconv.AppendInt(b, int64(sp.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(sp.End), 10)
	b = append(b, `,"start_char":`...)
	b = strconv.AppendInt(b, int64(c.StartChar), 10)
	b = append(b, `,"end_char":`...)
	return strconv.AppendInt(b, int64(c.EndChar), 10)
}

func appendAttribution(b []byte, a *Attribution) []byte {
	b = append(b, `{"cue":`...)
	b = appendSpanFirst(b, a.Cue.Span, a.Cue.CharSpan)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, a.Cue.Text)
	b = append(b, `,"lemma":`...)
	b = appendJSONString(b, a.Cue.Lemma)
	b = append(b, `},"stance":`...)
	b = appendJSONString(b, string(a.Stance))
	if s := a.Source; s != nil {
		b = append(b, `,"source":`...)
		b = appendSpanFirst(b, s.Span, s.CharSpan)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, s.Text)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, string(s.Kind))
		b = append(b, `,"resolved":`...)
		b = appendJSONString(b, s.Resolved)
		b = append(b, '}')
	}
	if c := a.Content; c != nil {
		b = append(b, `,"content":`...)
		b = appendSpanFirst(b, c.Span, c.CharSpan)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, c.Text)
		if len(c.Parts) > 0 {
			b = append(b, `,"parts":[`...)
			for i := range c.Parts {
				if i > 0 {
					b = append(b, ',')
				}
				p := &c.Parts[i]
				b = appendSpanFirst(b, p.Span, p.CharSpan)
				b = append(b, `,"text":`...)
				b = appendJSONString(b, p.Text)
				b = append(b, '}')
			}
			b = append(b, ']')
		}
		b = append(b, '}')
	}
	b = append(b, `,"quote":`...)
	b = appendJSONString(b, string(a.Quote))
	if a.Negated {
		b = append(b, `,"negated":true`...)
	}
	if a.Irrealis {
		b = append(b, `,"irrealis":true`...)
	}
	if a.Rule != "" {
		b = append(b, `,"rule":`...)
		b = appendJSONString(b, a.Rule)
	}
	return append(b, '}')
}

func appendFinding(b []byte, f *Finding) ([]byte, error) {
	b = append(b, `{"category":`...)
	b = appendJSONString(b, string(f.Category))
	b = append(b, `,"rule":`...)
	b = appendJSONString(b, f.Rule)
	b = appendSpan(b, f.Span, f.CharSpan)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, f.Text)
	if f.Term != "" {
		b = append(b, `,"term":`...)
		b = appendJSONString(b, f.Term)
	}
	b = append(b, `,"weight":`...)
	b, err := appendFloat(b, f.Weight)
	return append(b, '}'), err
}

func appendValence(b []byte, v *sentiment.Valence) ([]byte, error) {
	var err error
	for _, f := range [...]struct {
		name string
		v    float64
	}{{`{"compound":`, v.Compound}, {`,"positive":`, v.Positive}, {`,"negative":`, v.Negative}, {`,"neutral":`, v.Neutral}} {
		b = append(b, f.name...)
		if b, err = appendFloat(b, f.v); err != nil {
			return b, err
		}
	}
	if v.Emphasis != 0 {
		b = append(b, `,"emphasis":`...)
		if b, err = appendFloat(b, v.Emphasis); err != nil {
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
			b = append(b, `,"text":`...)
			b = appendJSONString(b, w.Text)
			b = append(b, `,"prior":`...)
			if b, err = appendFloat(b, w.Prior); err != nil {
				return b, err
			}
			b = append(b, `,"valence":`...)
			if b, err = appendFloat(b, w.Valence); err != nil {
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
		b = appendJSONString(b, s.Name)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, string(s.Kind))
		b = append(b, `,"mentions":`...)
		b = strconv.AppendInt(b, int64(s.Mentions), 10)
		b = append(b, `,"statements":`...)
		if s.Statements == nil {
			b = append(b, "null"...)
		} else {
			b = append(b, '[')
			for j, n := range s.Statements {
				if j > 0 {
					b = append(b, ',')
				}
				b = strconv.AppendInt(b, int64(n), 10)
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
				b = appendJSONString(b, string(k))
				b = append(b, ':')
				b = strconv.AppendInt(b, int64(s.Stances[k]), 10)
			}
			b = append(b, '}')
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendFloat appends f as encoding/json does: the shortest decimal that
// reads back as f, in exponent form below 1e-6 and from 1e21 on, and an
// error for NaN and infinities, which JSON cannot hold.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string as encoding/json does with
// HTML escaping off: quotation marks, backslashes and control characters
// escaped, invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
