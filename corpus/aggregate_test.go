package corpus

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/lexicon"
)

func TestPeriodOf(t *testing.T) {
	tests := []struct {
		value              string
		day, week, mon, yr string
		reason             string
	}{
		{"2016-09-12", "2016-09-12", "2016-W37", "2016-09", "2016", "ISO date"},
		{"2016-09-12T23:30:00-05:00", "2016-09-12", "2016-W37", "2016-09", "2016", "the date as written, in its own zone"},
		{"2016/01/03", "2016-01-03", "2015-W53", "2016-01", "2016", "an ISO week can belong to the year before"},
		{"20161231", "2016-12-31", "2016-W52", "2016-12", "2016", "compact"},
		{"Sep 12, 2016", "2016-09-12", "2016-W37", "2016-09", "2016", "American"},
		{"12 September 2016", "2016-09-12", "2016-W37", "2016-09", "2016", "British"},
		{"Mon, 12 Sep 2016 10:00:00 +0000", "2016-09-12", "2016-W37", "2016-09", "2016", "RSS"},
	}
	for _, tt := range tests {
		for p, want := range map[Period]string{Day: tt.day, Week: tt.week, Month: tt.mon, Year: tt.yr} {
			got, err := periodOf(p, tt.value)
			require.NoError(t, err, "%s (%s)", tt.value, tt.reason)
			assert.Equal(t, want, got, "%s by %s (%s)", tt.value, p, tt.reason)
		}
	}
	_, err := periodOf(Month, "12/09/2016")
	assert.ErrorContains(t, err, `cannot read "12/09/2016" as a date`, "day and month order is ambiguous: refused")
	_, err = periodOf(Month, " ")
	assert.ErrorContains(t, err, "no date")
}

func aggCorpus(n int) string {
	outlets := []string{"wire", "blog", "tv"}
	texts := []string{
		"Officials said the boat sank.",
		"Critics claimed, without evidence, that the vote was rigged. Smith denied it.",
		"Maria Lopez accused the mayor of lying. The regime may have moved the boat, sources said.",
		"The weather was fine.",
	}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id": "d%d", "outlet": %q, "date": "2016-%02d-%02d", "text": %q}`+"\n",
			i, outlets[i%3], 9+i%3, 1+i%28, texts[i%len(texts)])
	}
	return b.String()
}

// TestAggregatorOrderFree: the groups come out the same, to the last bit,
// whatever the order documents are added in and however partial
// Aggregators are merged.
func TestAggregatorOrderFree(t *testing.T) {
	in := aggCorpus(60)
	type item struct {
		doc Document
		r   *hearsay.Report
	}
	var items []item
	_, err := Run(context.Background(), strings.NewReader(in), nil, Options{Keep: []string{"outlet", "date"}, Each: func(d Document, r *hearsay.Report) error {
		items = append(items, item{d, r})
		return nil
	}, Workers: 1})
	require.NoError(t, err)
	require.Len(t, items, 60)
	for _, mk := range []func() *Aggregator{
		func() *Aggregator { return &Aggregator{By: "outlet", Period: Month, DateField: "date"} },
		func() *Aggregator { return &Aggregator{Sources: true} },
	} {
		whole := mk()
		for _, it := range items {
			require.NoError(t, whole.Add(it.doc, it.r))
		}
		want := summarize(whole.Groups())
		rng := rand.New(rand.NewPCG(1, 2))
		for trial := range 5 {
			rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
			parts := []*Aggregator{mk(), mk(), mk()}
			for i, it := range items {
				require.NoError(t, parts[i%3].Add(it.doc, it.r))
			}
			merged := mk()
			for _, p := range parts {
				merged.Merge(p)
			}
			assert.Equal(t, want, summarize(merged.Groups()), "trial %d", trial)
		}
	}
}

func summarize(gs []Group) []string {
	var out []string
	for _, g := range gs {
		out = append(out, fmt.Sprintf("%s|%s docs %d st %d at %d stances %v findings %v mean %x doubt %x",
			g.Group, g.Period, g.Documents, g.Statements, g.Attributions, g.Stances, g.Findings, math.Float64bits(g.MeanScore()), math.Float64bits(g.DoubtShare())))
	}
	return out
}

// TestAggregatorThroughRun: Add given to Options.Each, by outlet and
// month; the counts match the reports.
func TestAggregatorThroughRun(t *testing.T) {
	agg := &Aggregator{By: "outlet", Period: Month, DateField: "date"}
	in := aggCorpus(30)
	sum, err := Run(context.Background(), strings.NewReader(in), nil, Options{Keep: agg.Fields(), Each: agg.Add, Workers: 3})
	require.NoError(t, err)
	assert.Equal(t, 30, sum.Documents)
	gs := agg.Groups()
	require.Len(t, gs, 3, "each outlet falls in one month here: i%%3 picks both")
	total := int64(0)
	for _, g := range gs {
		total += g.Documents
		assert.Equal(t, int64(10), g.Documents, g.Group)
	}
	assert.Equal(t, int64(30), total)
	wire := gs[2]
	assert.Equal(t, GroupKey{"wire", "2016-09"}, wire.GroupKey)
	assert.Positive(t, wire.Stances[lexicon.Neutral])
	assert.False(t, math.IsNaN(wire.DoubtShare()))
}

func TestAggregatorBadDateStopsTheRun(t *testing.T) {
	in := `{"id": "a", "date": "2016-09-12", "text": "He said it."}
{"id": "b", "date": "yesterday", "text": "He said it."}
`
	agg := &Aggregator{Period: Week, DateField: "date"}
	_, err := Run(context.Background(), strings.NewReader(in), nil, Options{Keep: agg.Fields(), Each: agg.Add, Workers: 1})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `line 2: field "date": cannot read "yesterday" as a date`)
}

// By source, the names a source is reported under are one group:
// "Mr. Hale", "Sen. Tom Hale" and "Hale" join "Tom Hale", but "Hale"
// stays apart when two people share the surname.
func TestAggregatorSourceNames(t *testing.T) {
	add := func(a *Aggregator, texts ...string) {
		for i, text := range texts {
			r, err := hearsay.Analyze(text)
			require.NoError(t, err)
			require.NoError(t, a.Add(Document{Line: i + 1}, r))
		}
	}
	names := func(a *Aggregator) map[string]int64 {
		out := map[string]int64{}
		for _, g := range a.Groups() {
			out[g.Group] = g.Documents
		}
		return out
	}
	a := &Aggregator{Sources: true}
	add(a, "Sen. Tom Hale said the bill would pass.", "Tom Hale denied the report.", "Mr. Hale said no.", "Hale claimed victory.")
	assert.Equal(t, map[string]int64{"Tom Hale": 4}, names(a))

	b := &Aggregator{Sources: true}
	add(b, "Tom Hale said the bill would pass.", "Ann Hale denied the report.", "Hale claimed victory.")
	assert.Equal(t, map[string]int64{"Tom Hale": 1, "Ann Hale": 1, "Hale": 1}, names(b))
}

func TestExportedPeriodOf(t *testing.T) {
	tests := []struct {
		name   string
		period Period
		date   string
		want   string
		err    string
	}{
		{"month of an ISO date", Month, "2016-09-12", "2016-09", ""},
		{"ISO week across a year end", Week, "2016-01-01", "2015-W53", ""},
		{"written month", Year, "Sep 12, 2016", "2016", ""},
		{"no date", Month, " ", "", "corpus: no date"},
		{"unreadable", Day, "yesterday", "", `cannot read "yesterday" as a date`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PeriodOf(tt.period, tt.date)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("PeriodOf(%q, %q) error = %v, want one containing %q", tt.period, tt.date, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("PeriodOf(%q, %q) = %q, %v; want %q", tt.period, tt.date, got, err, tt.want)
			}
		})
	}
}
