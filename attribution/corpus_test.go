package attribution

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// corpusCase is one line of testdata/attribution/cases.txt.
type corpusCase struct {
	line                   int
	group                  string
	text, cue, source, res string
	stance                 string
}

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
		require.GreaterOrEqual(t, len(parts), 4, "line %d: want text ; cue ; source ; stance", line)
		n := len(parts)
		c := corpusCase{
			line: line, group: group,
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
	cases := readCorpus(t, "../testdata/attribution/cases.txt")
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
				assert.Empty(t, as, "line %d (%s): want no attribution", c.line, c.group)
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
			if c.res != "" {
				assert.Equal(t, c.res, got.Source.Resolved, "line %d: resolved", c.line)
			}
			assert.Equal(t, lexicon.Stance(c.stance), got.Stance, "line %d: stance", c.line)
		})
	}
}

func cues(as []Attribution) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Cue.Text)
	}
	return out
}
