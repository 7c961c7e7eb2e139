package hearsay

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// JSONOptions change the compact hearsay/v1 report that AppendJSON
// writes. The zero value writes the complete report, as WriteJSON does.
type JSONOptions struct {
	// OmitTexts leaves out the "text" member of every span (statements,
	// cues, sources, contents and their parts, findings, sentiment words,
	// explanation lines) and adds "texts": false after "language", for
	// pipelines that keep the input and slice it at the offsets (on news
	// articles the report is about three quarters of its full size).
	// Names that are not spans of the input (a cue's lemma, a source's
	// resolved name, a finding's term, the source ledger's names) stay.
	OmitTexts bool
}

// AppendJSON appends the compact hearsay/v1 JSON of r and a newline to b
// and returns the extended buffer: the bytes WriteJSON(w, r, false)
// writes, unless opt changes them (nil is the zero JSONOptions). It
// writes straight into b, for callers that collect many reports in
// buffers of their own. On error (a NaN or infinite number, which JSON
// cannot hold) b holds part of a report.
func AppendJSON(b []byte, r *Report, opt *JSONOptions) ([]byte, error) {
	return appendCompactJSON(b, r, opt, nil)
}

// WriteJSON writes r as JSON (the hearsay/v1 report) followed by a newline,
// indented when indent is true. It encodes one statement at a time, so the
// encoded form of a large report is never held in memory whole. The bytes
// are those encoding/json gives for r (keys in the same order, HTML
// characters not escaped).
func WriteJSON(w io.Writer, r *Report, indent bool) error {
	if !indent {
		return writeCompactJSON(w, r, nil)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	nl, in1, in2 := "", "", ""
	if indent {
		nl, in1, in2 = "\n", "  ", "    "
		enc.SetIndent(in2, "  ")
	}
	put := func(v any) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	field := func(name string, v any, last bool) error {
		bw.WriteString(in1)
		bw.WriteString(`"` + name + `":`)
		if indent {
			bw.WriteByte(' ')
			enc.SetIndent(in1, "  ")
		}
		if err := put(v); err != nil {
			return err
		}
		if !last {
			bw.WriteByte(',')
		}
		_, err := bw.WriteString(nl)
		return err
	}
	bw.WriteString("{" + nl)
	if err := field("schema", r.Schema, false); err != nil {
		return err
	}
	if r.ID != "" {
		if err := field("id", r.ID, false); err != nil {
			return err
		}
	}
	if err := field("language", r.Language, false); err != nil {
		return err
	}
	if err := field("score", r.Score, false); err != nil {
		return err
	}
	bw.WriteString(in1 + `"statements":`)
	if indent {
		bw.WriteByte(' ')
		enc.SetIndent(in2, "  ")
	}
	if r.Statements == nil {
		bw.WriteString("null")
	} else if len(r.Statements) == 0 {
		bw.WriteString("[]")
	} else {
		bw.WriteString("[" + nl)
		for i := range r.Statements {
			bw.WriteString(in2)
			if err := put(&r.Statements[i]); err != nil {
				return err
			}
			if i < len(r.Statements)-1 {
				bw.WriteByte(',')
			}
			bw.WriteString(nl)
		}
		bw.WriteString(in1 + "]")
	}
	bw.WriteString("," + nl)
	if err := field("sources", r.Sources, false); err != nil {
		return err
	}
	if err := field("sentiment", r.Sentiment, true); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
