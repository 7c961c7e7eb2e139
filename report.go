package hearsay

import "github.com/hearsay-go/hearsay/nlp"

// Schema names the report format; see docs/report-schema.md.
const Schema = "hearsay/v1"

// A Report is the analysis of one document, in the hearsay/v1 format.
// Offsets are UTF-8 byte offsets into the exact input, end exclusive, and
// every Text field repeats the input at its offsets.
type Report struct {
	Schema     string      `json:"schema"`
	ID         string      `json:"id,omitempty"`
	Language   string      `json:"language"`
	Statements []Statement `json:"statements"`
}

// A Statement is one sentence of the input with what was found in it.
type Statement struct {
	Index int `json:"index"`
	nlp.Span
	Text     string    `json:"text"`
	Findings []Finding `json:"findings"`
}
