package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const summarizeFixture = "testdata/summarize.csv"

// fixtureRows reads the fixture: its header and rows.
func fixtureRows(t *testing.T) ([]string, [][]string) {
	t.Helper()
	f, err := os.Open(summarizeFixture)
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	return recs[0], recs[1:]
}

// writeCSV writes rows under header to a file in a temporary directory.
func writeCSV(t *testing.T, name string, header []string, rows [][]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	f, err := os.Create(path)
	require.NoError(t, err)
	w := csv.NewWriter(f)
	require.NoError(t, w.Write(header))
	require.NoError(t, w.WriteAll(rows))
	require.NoError(t, f.Close())
	return path
}

func summarizeJSON(t *testing.T, args ...string) summary {
	t.Helper()
	code, out, stderr := runCmd(t, "", append([]string{"summarize", "--format", "json"}, args...)...)
	require.Equal(t, 0, code, stderr)
	var res summary
	require.NoError(t, json.Unmarshal([]byte(out), &res), out)
	return res
}

// TestSummarizeArithmetic checks every count of the summary against the
// reports of the fixture's articles analyzed one by one.
func TestSummarizeArithmetic(t *testing.T) {
	_, rows := fixtureRows(t)
	type want struct {
		docs, statements, attributions, words int64
		stances                               map[string]int64
		findings                              map[string]int64
		hist                                  []int64
		scores                                []float64
		loaded                                map[string]int64
	}
	wants := map[[2]string]*want{}
	get := func(k [2]string) *want {
		if wants[k] == nil {
			wants[k] = &want{stances: map[string]int64{}, findings: map[string]int64{}, hist: make([]int64, scoreBins), loaded: map[string]int64{}}
		}
		return wants[k]
	}
	for _, row := range rows {
		r, err := hearsay.Analyze(row[4])
		require.NoError(t, err)
		for _, k := range [][2]string{{row[1], row[2][:7]}, {row[1], ""}} {
			w := get(k)
			w.docs++
			w.statements += int64(len(r.Statements))
			w.scores = append(w.scores, r.Score)
			w.hist[scoreBin(r.Score)]++
			for _, st := range r.Statements {
				w.words += int64(countWords(st.Text))
				w.attributions += int64(len(st.Attributions))
				for _, a := range st.Attributions {
					w.stances[string(a.Stance)]++
				}
				for _, f := range st.Findings {
					w.findings[string(f.Category)]++
					if f.Category == hearsay.Loaded {
						w.loaded[loadedKey(f)]++
					}
				}
			}
		}
	}

	res := summarizeJSON(t, "--by", "outlet", "--period", "month", "--top", "100", summarizeFixture)
	assert.Equal(t, int64(len(rows)), res.Documents)
	assert.Zero(t, res.Failed)
	assert.Len(t, res.Groups, 5, "3 outlets: in 2, 2 and 1 months")
	assert.Len(t, res.Totals, 3)
	check := func(g summaryGroup) {
		w := wants[[2]string{g.Group, g.Period}]
		require.NotNil(t, w, "group %q %q", g.Group, g.Period)
		name := g.Group + " " + cmpOr(g.Period, "all")
		assert.Equal(t, w.docs, g.Documents, name)
		assert.Equal(t, w.statements, g.Statements, name)
		assert.Equal(t, w.attributions, g.Attributions, name)
		assert.Equal(t, w.words, g.Words, name)
		assert.Equal(t, w.hist, g.ScoreHistogram, name)
		for _, st := range lexicon.Stances {
			assert.Equal(t, w.stances[string(st)], g.Stances[string(st)], "%s: %s", name, st)
		}
		for _, c := range hearsay.FindingCategories {
			assert.Equal(t, w.findings[string(c)], g.Findings[string(c)], "%s: %s", name, c)
		}
		sum := 0.0
		for _, s := range w.scores {
			sum += s
		}
		require.NotNil(t, g.MeanScore)
		assert.InDelta(t, sum/float64(w.docs), *g.MeanScore, 1e-12, name)
		if w.attributions > 0 {
			require.NotNil(t, g.DoubtShare, name)
			assert.InDelta(t, float64(w.stances["assertive"]+w.stances["accusation"])/float64(w.attributions), *g.DoubtShare, 1e-15, name)
		} else {
			assert.Nil(t, g.DoubtShare, "%s: no cues, no share", name)
		}
		require.NotNil(t, g.HedgesPer1000, name)
		assert.InDelta(t, 1000*float64(w.findings["hedge"])/float64(w.words), *g.HedgesPer1000, 1e-9, name)
		assert.InDelta(t, 1000*float64(w.findings["loaded"])/float64(w.words), *g.LoadedPer1000, 1e-9, name)
		got := map[string]int64{}
		for _, tc := range g.TopLoaded {
			got[tc.Term] = tc.Count
		}
		assert.Equal(t, w.loaded, got, "%s: loaded terms", name)
	}
	for _, g := range res.Groups {
		check(g)
		assert.Nil(t, g.TopSources, "sources are listed over all periods only")
	}
	for _, g := range res.Totals {
		check(g)
	}
	// The fixture has what the figures need to be more than zeros.
	var all summaryGroup
	for _, g := range res.Totals {
		all.Attributions += g.Attributions
		all.Findings = g.Findings
		if g.Group == "The Valley Ledger" {
			assert.Greater(t, g.Stances["accusation"], int64(0), "the fixture's “accused”")
		}
	}
	assert.Greater(t, all.Attributions, int64(10))
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestSummarizeOrderIndependent: the summary is the same whatever the
// order of the input and the number of workers.
func TestSummarizeOrderIndependent(t *testing.T) {
	header, rows := fixtureRows(t)
	args := []string{"summarize", "--format", "json", "--by", "outlet", "--period", "week"}
	code, first, stderr := runCmd(t, "", append(args, "-j", "1", summarizeFixture)...)
	require.Equal(t, 0, code, stderr)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 3 {
		shuffled := slices.Clone(rows)
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		path := writeCSV(t, fmt.Sprintf("shuffled%d.csv", i), header, shuffled)
		code, out, stderr := runCmd(t, "", append(args, "-j", strconv.Itoa(1+i), path)...)
		require.Equal(t, 0, code, stderr)
		assert.JSONEq(t, first, out, "shuffle %d", i)
	}
}

func TestSummarizeCSV(t *testing.T) {
	res := summarizeJSON(t, "--by", "outlet", "--period", "month", summarizeFixture)
	code, out, stderr := runCmd(t, "", "summarize", "--format", "csv", "--by", "outlet", "--period", "month", summarizeFixture)
	require.Equal(t, 0, code, stderr)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	header := recs[0]
	assert.Equal(t, summaryColumns, header[:len(summaryColumns)])
	assert.Contains(t, header, "score_0.9_1.0")
	assert.Equal(t, []string{"top_loaded", "top_sources"}, header[len(header)-2:])
	require.Len(t, recs, 1+len(res.Groups)+len(res.Totals), "a row per group and month, then per group")
	col := func(rec []string, name string) string { return rec[slices.Index(header, name)] }
	for i, g := range append(slices.Clone(res.Groups), res.Totals...) {
		rec := recs[1+i]
		assert.Equal(t, g.Group, col(rec, "group"))
		assert.Equal(t, cmpOr(g.Period, "all"), col(rec, "period"))
		assert.Equal(t, strconv.FormatInt(g.Documents, 10), col(rec, "documents"))
		assert.Equal(t, strconv.FormatInt(g.Stances["assertive"], 10), col(rec, "assertive"))
		assert.Equal(t, ftoa(g.DoubtShare), col(rec, "doubt_share"))
		var bins int64
		for b := range scoreBins {
			n, err := strconv.ParseInt(rec[slices.Index(header, "score_0.0_0.1")+b], 10, 64)
			require.NoError(t, err)
			bins += n
		}
		assert.Equal(t, g.Documents, bins, "the bins count every document")
	}
	assert.Equal(t, "Ridge & River <News>", recs[len(recs)-2][0], "names kept as they are in CSV")
}

func TestSummarizeHTML(t *testing.T) {
	code, out, stderr := runCmd(t, "", "summarize", "--by", "outlet", "--period", "month", "--min-cues", "1", summarizeFixture)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;">`)
	assert.NotContains(t, out, "<script", "no script, and names escaped")
	assert.NotContains(t, out, "<News>")
	assert.Contains(t, out, "Ridge &amp; River &lt;News&gt;")
	for _, re := range []string{`src=`, `href="http`, `url\(http`, `@import`} {
		assert.NotRegexp(t, regexp.MustCompile(re), out, "nothing loaded from elsewhere")
	}
	// The charts: a doubt line per outlet, a distribution row per
	// outlet, a sources chart per outlet, each with a title, axes and a
	// legend.
	assert.Equal(t, 3, strings.Count(out, `class="series-group"`))
	assert.Equal(t, 3, strings.Count(out, `class="dist-row"`))
	assert.Equal(t, 3, strings.Count(out, `class="chart chart-sources"`))
	charts := regexp.MustCompile(`(?s)<svg class="chart[^"]*".*?</svg>`).FindAllString(out, -1)
	require.Len(t, charts, 5)
	for _, c := range charts {
		assert.Contains(t, c, `class="title"`)
		assert.Contains(t, c, `class="axis x-axis"`)
		assert.Contains(t, c, `class="axis y-axis"`)
		assert.Equal(t, 2, strings.Count(c, `class="axis-label"`), "both axes labelled")
		assert.Contains(t, c, `class="legend"`)
	}
	// Lines differ by dash pattern and marker, not only by colour.
	dashes := regexp.MustCompile(`<polyline class="series" points="[^"]*" stroke="[^"]*" stroke-dasharray="([^"]*)"`).FindAllStringSubmatch(out, -1)
	require.Len(t, dashes, 3)
	assert.NotEqual(t, dashes[0][1], dashes[1][1])
	assert.NotEqual(t, dashes[1][1], dashes[2][1])
	// Every stance has a pattern of its own.
	for _, st := range lexicon.Stances {
		assert.Contains(t, out, `<pattern id="pat-`+string(st)+`"`)
	}
	paths := map[string]bool{}
	for _, st := range lexicon.Stances {
		p := stancePatterns[st]
		key := p.path
		if key == "" {
			key = p.colour // plain fills, told apart by lightness
		}
		assert.False(t, paths[key], "%s shares its pattern", st)
		paths[key] = true
	}
}

func TestSummarizeErrors(t *testing.T) {
	header, rows := fixtureRows(t)
	bad := slices.Clone(rows)
	bad[2] = slices.Clone(bad[2])
	bad[2][2] = "the third of March"
	path := writeCSV(t, "bad-date.csv", header, bad)
	code, _, stderr := runCmd(t, "", "summarize", "--by", "outlet", "--period", "month", path)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `line 4: field "date": cannot read "the third of March" as a date`)

	// A document that cannot be analyzed is counted and named.
	broken := slices.Clone(rows)
	broken[1] = slices.Clone(broken[1])
	broken[1][4] = "The caf\xe9 said so."
	path = writeCSV(t, "broken.csv", header, broken)
	code, out, stderr := runCmd(t, "", "summarize", "--format", "json", "--by", "outlet", path)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "warning: 1 of 7 documents could not be analyzed")
	var res summary
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	assert.Equal(t, 1, res.Failed)
	require.Len(t, res.Failures, 1)
	assert.Equal(t, "a2", res.Failures[0].ID)
	assert.Equal(t, 3, res.Failures[0].Line)
	assert.Contains(t, res.Failures[0].Error, "UTF-8")
	assert.Equal(t, int64(6), res.Documents)
	code, out, _ = runCmd(t, "", "summarize", "--by", "outlet", path)
	require.Equal(t, 0, code)
	assert.Contains(t, out, `<p class="notice" id="failures">1 documents could not be analyzed`)

	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown format", []string{"--format", "pdf"}, `unknown --format "pdf"`},
		{"unknown period", []string{"--period", "quarter"}, `unknown --period "quarter"`},
		{"missing column", []string{"--by", "publisher"}, "publisher"},
		{"two files", []string{summarizeFixture, summarizeFixture}, "at most one FILE"},
		{"top", []string{"--top", "0"}, "--top must be at least 1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"summarize"}, tt.args...)
			if tt.name != "two files" {
				args = append(args, summarizeFixture)
			}
			code, _, stderr := runCmd(t, "", args...)
			assert.NotEqual(t, 0, code)
			assert.Contains(t, stderr, tt.want)
		})
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
		reason     string
	}{
		{"plain", "The mayor said so.", 4, ""},
		{"contraction", "He didn't, they’re sure.", 4, "an apostrophe inside a word joins it"},
		{"hyphen", "A well-known fact - indeed.", 4, "a hyphen inside a word joins it; a dash alone is no word"},
		{"numbers", "In 2016, 3.5 million voted.", 6, "3.5 is two runs of digits"},
		{"quotes", "“Thugs,” he said.", 3, "punctuation is no word"},
		{"other scripts", "Вода и огонь", 3, "letters of any script"},
		{"empty", "", 0, ""},
		{"trailing apostrophe", "the voters' choice", 3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, countWords(tt.text), tt.reason)
		})
	}
}

func TestScoreBin(t *testing.T) {
	for _, tt := range []struct {
		score float64
		want  int
	}{{0, 0}, {0.0999, 0}, {0.1, 1}, {0.55, 5}, {0.9, 9}, {1, 9}, {-0.1, 0}, {math.NaN(), 0}} {
		assert.Equal(t, tt.want, scoreBin(tt.score), "score %v", tt.score)
	}
}

func TestTopSources(t *testing.T) {
	src := map[string]map[lexicon.Stance]int64{
		"A": {lexicon.Neutral: 2, lexicon.Assertive: 2},     // 50% of 4
		"B": {lexicon.Accusation: 1},                        // 100% of 1: too few cues
		"C": {lexicon.Neutral: 4, lexicon.Accusation: 4},    // 50% of 8: before A
		"D": {lexicon.Neutral: 3},                           // 0%
		"E": {lexicon.Assertive: 2, lexicon.Accusation: 1},  // 100% of 3
		"F": {lexicon.Denial: 3, lexicon.Speculative: 3},    // 0% of 6: before D
		"G": {lexicon.Neutral: 1, lexicon.Assertive: 1},     // 50% of 2: too few
		"H": {lexicon.Factive: 1, lexicon.Assertive: 1 + 1}, // 67% of 3
	}
	got := topSources(src, 5, 3)
	var names []string
	for _, s := range got {
		names = append(names, s.Name)
	}
	assert.Equal(t, []string{"E", "H", "C", "A", "F"}, names, "by doubt share, then cues; fewer than 3 cues left out; the top 5")
	assert.Equal(t, int64(8), got[2].Attributions)
	assert.Equal(t, int64(4), got[2].Stances["accusation"])
	assert.Zero(t, got[2].Stances["commissive"], "every stance present")
	assert.Len(t, got[2].Stances, len(lexicon.Stances))
}

func TestNiceStep(t *testing.T) {
	for _, tt := range []struct{ most, want float64 }{{1, 1}, {6, 1}, {7, 2}, {13, 5}, {72, 20}, {100, 20}, {0, 1}, {3.2, 1}} {
		assert.Equal(t, tt.want, niceStep(tt.most), "most %v", tt.most)
	}
}

// TestSpreadLabels: direct labels at the lines' ends never overlap.
func TestSpreadLabels(t *testing.T) {
	ss := []series{{LabelY: 100}, {LabelY: 102}, {LabelY: 101}, {LabelY: 298}, {LabelY: 300}}
	spreadLabels(ss, 300)
	ys := []float64{}
	for _, s := range ss {
		ys = append(ys, s.LabelY)
		assert.LessOrEqual(t, s.LabelY, 300.0)
	}
	slices.Sort(ys)
	for i := 1; i < len(ys); i++ {
		assert.GreaterOrEqual(t, ys[i]-ys[i-1], 13.0, "labels %v", ys)
	}
}
