package attribution

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// corpusCase is one line of a testdata/attribution/cases*.txt file.
type corpusCase struct {
	file                   string
	line                   int
	group                  string
	text, cue, source, res string
	stance                 string
	// optional key=value fields after the stance
	content, quote, kind string
}

// caseKeys are the optional fields a case may give after its stance.
var caseKeys = []string{"content", "quote", "kind"}

func readCorpus(t *testing.T, path string) []corpusCase {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var cases []corpusCase
	sc := bufio.NewScanner(f)
	line, group := 0, ""
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.TrimSpace(l) == "" {
			continue
		}
		if strings.HasPrefix(l, "#") {
			if g := strings.TrimSpace(strings.TrimPrefix(l, "#")); g != "" && !strings.Contains(g, "  ") {
				group = g
			}
			continue
		}
		parts := strings.Split(l, " ; ")
		opts := map[string]string{}
		for len(parts) > 4 {
			k, v, ok := strings.Cut(parts[len(parts)-1], "=")
			if !ok || !slices.Contains(caseKeys, k) {
				break
			}
			require.NotContains(t, opts, k, "%s:%d: %s given twice", path, line, k)
			opts[k] = v
			parts = parts[:len(parts)-1]
		}
		require.GreaterOrEqual(t, len(parts), 4, "%s:%d: want text ; cue ; source ; stance [; key=value …]", path, line)
		n := len(parts)
		c := corpusCase{
			file: filepath.Base(path), line: line, group: group,
			content: opts["content"], quote: opts["quote"], kind: opts["kind"],
			text:   strings.Join(parts[:n-3], " ; "),
			cue:    parts[n-3],
			source: parts[n-2],
			stance: parts[n-1],
		}
		if src, res, ok := strings.Cut(c.source, "="); ok {
			c.source, c.res = src, res
		}
		cases = append(cases, c)
	}
	require.NoError(t, sc.Err())
	return cases
}

// TestCorpus runs the one-case-a-line corpus: each line is a subtest
// named by its line number and text.
func TestCorpus(t *testing.T) {
	files, err := filepath.Glob("../testdata/attribution/cases*.txt")
	require.NoError(t, err)
	var cases []corpusCase
	for _, f := range files {
		cases = append(cases, readCorpus(t, f)...)
	}
	require.GreaterOrEqual(t, len(cases), 80)
	var x Extractor
	for _, c := range cases {
		name := strings.ReplaceAll(c.text, " ", "_")
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			doc := nlp.Parse(c.text)
			as := x.Extract(doc)
			if c.cue == "-" {
				assert.Empty(t, as, "%s:%d (%s): want no attribution", c.file, c.line, c.group)
				return
			}
			var got *Attribution
			for i := range as {
				if as[i].Cue.Text == c.cue {
					got = &as[i]
					break
				}
			}
			if !assert.NotNil(t, got, "line %d (%s): no attribution with cue %q in %v", c.line, c.group, c.cue, cues(as)) {
				return
			}
			if c.source == "-" {
				assert.Equal(t, None, got.Source.Kind, "line %d: source", c.line)
				assert.Empty(t, got.Source.Text, "line %d: source", c.line)
			} else {
				assert.Equal(t, c.source, got.Source.Text, "line %d: source", c.line)
			}
			if c.res == "-" {
				assert.Empty(t, got.Source.Resolved, "%s:%d: want the source unresolved", c.file, c.line)
			} else if c.res != "" {
				assert.Equal(t, c.res, got.Source.Resolved, "%s:%d: resolved", c.file, c.line)
			}
			assert.Equal(t, lexicon.Stance(c.stance), got.Stance, "line %d: stance", c.line)
			if c.content != "" {
				want := c.content
				if want == "-" {
					want = ""
				}
				assert.Equal(t, want, contentText(c.text, got.Content), "%s:%d: content", c.file, c.line)
			}
			if c.quote != "" {
				assert.Equal(t, QuoteType(c.quote), got.Quote, "%s:%d: quote", c.file, c.line)
			}
			if c.kind != "" {
				assert.Equal(t, SourceKind(c.kind), got.Source.Kind, "%s:%d: source kind", c.file, c.line)
			}
		})
	}
}

// contentText is a content's parts joined by " … ", as a case writes a
// discontinuous content.
func contentText(text string, c Content) string {
	if len(c.Parts) == 0 {
		return c.Text
	}
	ps := make([]string, len(c.Parts))
	for i, p := range c.Parts {
		ps[i] = p.In(text)
	}
	return strings.Join(ps, " … ")
}

func cues(as []Attribution) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Cue.Text)
	}
	return out
}
