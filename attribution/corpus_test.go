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
	content, quote, kind, rule, irrealis string
	alone                                bool // checked with the rules alone too (alone=true)
}

// caseKeys are the optional fields a case may give after its stance.
var caseKeys = []string{"content", "quote", "kind", "rule", "irrealis", "alone"}

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
			rule: opts["rule"], irrealis: opts["irrealis"], alone: opts["alone"] == "true",
			text:   strings.ReplaceAll(strings.Join(parts[:n-3], " ; "), `\n`, "\n"),
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
	rules := Extractor{RulesOnly: true}
	for _, c := range cases {
		name := strings.NewReplacer(" ", "_", "\n", "_").Replace(c.text)
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			checkCase(t, &x, c)
			if c.alone {
				// a rule the model might mask: the rules alone must pass too
				checkCase(t, &rules, c)
			}
		})
	}
}

// checkCase checks one case against what x extracts.
func checkCase(t assert.TestingT, x *Extractor, c corpusCase) {
	doc := nlp.Parse(c.text)
	as := x.Extract(doc)
	if c.cue == "-" {
		assert.Empty(t, as, "%s:%d (%s): want no attribution", c.file, c.line, c.group)
		return
	}
	if not, ok := strings.CutPrefix(c.cue, "not:"); ok {
		assert.NotContains(t, cues(as), not, "%s:%d (%s): want no attribution with this cue", c.file, c.line, c.group)
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
	if c.rule != "" {
		assert.Equal(t, c.rule, got.Rule, "%s:%d: rule", c.file, c.line)
	}
	if c.irrealis != "" {
		if assert.Contains(t, []string{"true", "false"}, c.irrealis, "%s:%d: irrealis", c.file, c.line) {
			assert.Equal(t, c.irrealis == "true", got.Irrealis, "%s:%d: irrealis", c.file, c.line)
		}
	}
	for _, a := range as {
		assert.Contains(t, Rules, a.Rule, "%s:%d: cue %q has no rule of the documented set", c.file, c.line, a.Cue.Text)
	}
}

// failures counts the failures of checks, for comparing extractors.
type failures int

func (f *failures) Errorf(string, ...any) { *f++ }

// TestCorpusRulesAndModel runs the cases with the rules alone and with the
// cue model, and logs how many of each group pass with each: the model's
// gain, or loss, construction by construction.
//
//	go test ./attribution -run TestCorpusRulesAndModel -v
func TestCorpusRulesAndModel(t *testing.T) {
	files, err := filepath.Glob("../testdata/attribution/cases*.txt")
	require.NoError(t, err)
	open, err := filepath.Glob("../testdata/attribution/open*.txt")
	require.NoError(t, err)
	files = append(files, open...)
	type tally struct{ n, rules, model int }
	var groups []string
	by := map[string]*tally{}
	rules, model := &Extractor{RulesOnly: true}, &Extractor{}
	for _, f := range files {
		for _, c := range readCorpus(t, f) {
			g := filepath.Base(f) + ": " + c.group
			if by[g] == nil {
				by[g] = &tally{}
				groups = append(groups, g)
			}
			tl := by[g]
			tl.n++
			var fr, fm failures
			checkCase(&fr, rules, c)
			checkCase(&fm, model, c)
			if fr == 0 {
				tl.rules++
			}
			if fm == 0 {
				tl.model++
			}
		}
	}
	var total tally
	for _, g := range groups {
		tl := by[g]
		t.Logf("%-80s %3d cases: rules %3d, rules+model %3d", g, tl.n, tl.rules, tl.model)
		if strings.HasPrefix(g, "open") {
			continue
		}
		total.n, total.rules, total.model = total.n+tl.n, total.rules+tl.rules, total.model+tl.model
	}
	t.Logf("%-80s %3d cases: rules %3d, rules+model %3d", "all cases*.txt", total.n, total.rules, total.model)
	assert.Equal(t, total.n, total.model, "with the model every case of cases*.txt passes (TestCorpus says which fail)")
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
