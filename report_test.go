package hearsay

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/attribution"
)

// twoPart is a quotation interrupted by its speaker, then a hypothetical
// statement.
const twoPart = "“The ferry will run,” the operator said, “whatever the weather.” Rivals might argue that the timetable is unsafe."

// TestReportCarriesAttribution checks that the report keeps what the
// attribution package found: every part of a discontinuous content, the
// irrealis mark and the rule.
func TestReportCarriesAttribution(t *testing.T) {
	r, err := Analyze(twoPart)
	require.NoError(t, err)
	require.Len(t, r.Statements, 2)
	require.Len(t, r.Statements[0].Attributions, 1)
	said := r.Statements[0].Attributions[0]
	require.NotNil(t, said.Content)
	require.Len(t, said.Content.Parts, 2, "the quotation resumed after “said” is the second part")
	assert.Equal(t, "“The ferry will run,”", said.Content.Parts[0].Text)
	assert.Equal(t, "“whatever the weather.”", said.Content.Parts[1].Text)
	assert.Equal(t, said.Content.Span, said.Content.Parts[0].Span, "the content's span is its first part")
	for _, p := range said.Content.Parts {
		assert.Equal(t, twoPart[p.Start:p.End], p.Text)
	}
	assert.False(t, said.Irrealis)
	assert.Equal(t, attribution.RuleVerbTrailing, said.Rule)

	require.Len(t, r.Statements[1].Attributions, 1)
	argue := r.Statements[1].Attributions[0]
	assert.True(t, argue.Irrealis, "“might argue” supposes the statement")
	assert.Nil(t, argue.Content.Parts, "a content in one part lists no parts")
	assert.Equal(t, attribution.RuleVerbComplement, argue.Rule)

	// JSON: parts only where there are several, irrealis only when true.
	raw, err := json.Marshal(r)
	require.NoError(t, err)
	var back Report
	require.NoError(t, json.Unmarshal(raw, &back))
	assert.Equal(t, r.Statements[0].Attributions[0].Content.Parts, back.Statements[0].Attributions[0].Content.Parts)
	assert.Equal(t, 1, strings.Count(string(raw), `"parts"`))
	assert.Equal(t, 1, strings.Count(string(raw), `"irrealis":true`))
	assert.Equal(t, 2, strings.Count(string(raw), `"rule":"verb-`))
}

func TestWriteTextContentParts(t *testing.T) {
	r, err := Analyze(twoPart)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, WriteText(&out, r))
	text := strings.Join(strings.Fields(out.String()), " ") // unwrapped
	assert.Contains(t, text, "“The ferry will run,” … “whatever the weather.”", "both parts, each quoted once")
	assert.Contains(t, text, `"argue" assertive, irrealis, indirect`)
	assert.NotContains(t, text, "““", "a quotation is not quoted again")
	assert.Contains(t, text, "; verb-trailing")
}

func TestWriteHTMLContentParts(t *testing.T) {
	r, err := Analyze(twoPart)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, WriteHTML(&out, r, &HTMLOptions{Text: twoPart}))
	var contents []string
	irrealis := map[string]string{}
	for _, e := range parseSpans(t, out.String()) {
		if hasClass(e, "content") && e.attrs["data-attr"] == "a0-0" {
			contents = append(contents, e.text)
		}
		if hasClass(e, "cue") && e.attrs["data-attr"] != "" { // not the legend's
			irrealis[e.text] = e.attrs["data-irrealis"]
			assert.NotEmpty(t, e.attrs["data-rule"], "cue %q names its rule", e.text)
		}
	}
	assert.Equal(t, []string{"“The ferry will run,”", "“whatever the weather.”"}, contents, "each part is shaded as the attribution's content")
	assert.Equal(t, map[string]string{"said": "", "argue": "true"}, irrealis)
}

// TestWriteTextQuoting checks that the text report's quoted cues and
// sources show spaces of any kind as they are, and that its quoting still
// escapes the characters that could reorder or move a terminal's line.
func TestWriteTextQuoting(t *testing.T) {
	r, err := Analyze("The plan will fail, according to its\u00a0annual\u00a0report.")
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, WriteText(&out, r))
	assert.Contains(t, out.String(), "\"its\u00a0annual\u00a0report\"", "a no-break space is a space")
	assert.NotContains(t, out.String(), `\u00a0`)
	assert.Equal(t, `"a\u202eb\x1b[2J"`, quoteText("a\u202eb\x1b[2J"), "a bidirectional override and an escape are escaped")
}

// TestWriteTextTerminalSafe checks that the text report shows a text's
// terminal escapes and bidirectional controls as escapes, in statements,
// contents and the ledger alike, and leaves other scripts as they are.
func TestWriteTextTerminalSafe(t *testing.T) {
	r, err := Analyze("The \u202eagency said the plan would fail \x1b[2J now. Le maire a dit « non ».")
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, WriteText(&out, r))
	text := out.String()
	assert.NotContains(t, text, "\u202e")
	assert.NotContains(t, text, "\x1b")
	assert.Contains(t, text, `\u202eagency`)
	assert.Contains(t, text, `\u001b[2J`)
	assert.Contains(t, text, "« non »", "other scripts' marks are shown as they are")
}
