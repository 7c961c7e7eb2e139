package main

import (
	"encoding/json"
	"math"

	"github.com/hearsay-go/hearsay"
	hcorpus "github.com/hearsay-go/hearsay/corpus" // the tests name their input corpus
	"github.com/hearsay-go/hearsay/lexicon"
)

// SourceAcc accumulates one resolved source (a ledger Name) across the
// corpus. Each document contributes one per ledger entry; the combiner
// adds them up.
type SourceAcc struct {
	// Kinds counts the documents by the kind the ledger gave the source.
	Kinds map[string]int64
	// Documents is how many documents have the source in their ledger.
	Documents int64
	Mentions  int64
	// Statements is how many statements are attributed to the source
	// (each statement once per document, however many cues it holds).
	Statements int64
	// Stances counts the source's cues by stance.
	Stances map[string]int64
	// Scores sums the scores of those statements.
	Scores hcorpus.Sum
}

// sourceOf is a document's contribution for one ledger entry.
func sourceOf(r *hearsay.Report, src hearsay.Source) (string, SourceAcc) {
	acc := SourceAcc{
		Kinds:      map[string]int64{string(src.Kind): 1},
		Documents:  1,
		Mentions:   int64(src.Mentions),
		Statements: int64(len(src.Statements)),
		Stances:    make(map[string]int64, len(src.Stances)),
	}
	for st, n := range src.Stances {
		acc.Stances[string(st)] += int64(n)
	}
	for _, i := range src.Statements {
		if i >= 0 && i < len(r.Statements) {
			acc.Scores.Add(r.Statements[i].Score)
		}
	}
	return src.Name, acc
}

func addCounts(dst *map[string]int64, src map[string]int64) {
	if len(src) == 0 {
		return
	}
	if *dst == nil {
		*dst = make(map[string]int64, len(src))
	}
	for k, v := range src {
		(*dst)[k] += v
	}
}

// sourceCombine adds up SourceAccs.
type sourceCombine struct{}

func (sourceCombine) CreateAccumulator() SourceAcc { return SourceAcc{} }

func (c sourceCombine) AddInput(a, in SourceAcc) SourceAcc { return c.MergeAccumulators(a, in) }

// MergeAccumulators adds b into a; b is left unchanged.
func (sourceCombine) MergeAccumulators(a, b SourceAcc) SourceAcc {
	addCounts(&a.Kinds, b.Kinds)
	a.Documents += b.Documents
	a.Mentions += b.Mentions
	a.Statements += b.Statements
	addCounts(&a.Stances, b.Stances)
	a.Scores.Merge(b.Scores)
	return a
}

// ExtractOutput works out the mean score.
func (sourceCombine) ExtractOutput(a SourceAcc) SourceStats {
	out := SourceStats{
		Kinds:      nonNilCounts(a.Kinds),
		Documents:  a.Documents,
		Mentions:   a.Mentions,
		Statements: a.Statements,
		Stances:    nonNilCounts(a.Stances),
	}
	if a.Statements > 0 {
		out.MeanScore = a.Scores.Value() / float64(a.Statements)
	}
	return out
}

// SourceStats is one line of sources.jsonl (with the name added).
type SourceStats struct {
	Name       string           `json:"name"`
	Kinds      map[string]int64 `json:"kinds"`
	Documents  int64            `json:"documents"`
	Mentions   int64            `json:"mentions"`
	Statements int64            `json:"statements"`
	Stances    map[string]int64 `json:"stances"`
	// MeanScore is the mean score of the statements attributed to the
	// source (0 when there are none).
	MeanScore float64 `json:"mean_score"`
}

func formatSource(name string, st SourceStats) (string, error) {
	st.Name = name
	b, err := json.Marshal(st)
	return string(b), err
}

// Bins is the number of bins of the document-score histogram; the bins
// are [0, 0.01), [0.01, 0.02), ... [0.99, 1].
const Bins = 100

// OutletAcc accumulates the documents of one outlet.
type OutletAcc struct {
	Documents int64
	Scores    hcorpus.Sum
	Min, Max  float64
	// Histogram counts the document scores in Bins bins of width 1/Bins.
	Histogram []int64
	// Attributions counts the attributions of the outlet's documents, and
	// Assertive and Accusation those with that stance.
	Attributions int64
	Assertive    int64
	Accusation   int64
}

// bin is the histogram bin of a score in [0, 1].
func bin(score float64) int {
	b := int(math.Floor(score * Bins))
	return min(max(b, 0), Bins-1)
}

// outletOf is a document's contribution to its outlet.
func outletOf(r *hearsay.Report) OutletAcc {
	acc := OutletAcc{Documents: 1, Min: r.Score, Max: r.Score, Histogram: make([]int64, Bins)}
	acc.Scores.Add(r.Score)
	acc.Histogram[bin(r.Score)] = 1
	for _, st := range r.Statements {
		for _, at := range st.Attributions {
			acc.Attributions++
			switch at.Stance {
			case lexicon.Assertive:
				acc.Assertive++
			case lexicon.Accusation:
				acc.Accusation++
			}
		}
	}
	return acc
}

// outletCombine adds up OutletAccs.
type outletCombine struct{}

func (outletCombine) CreateAccumulator() OutletAcc { return OutletAcc{} }

func (c outletCombine) AddInput(a, in OutletAcc) OutletAcc { return c.MergeAccumulators(a, in) }

// MergeAccumulators adds b into a; b is left unchanged.
func (outletCombine) MergeAccumulators(a, b OutletAcc) OutletAcc {
	if b.Documents == 0 {
		return a
	}
	if a.Documents == 0 || b.Min < a.Min {
		a.Min = b.Min
	}
	if a.Documents == 0 || b.Max > a.Max {
		a.Max = b.Max
	}
	a.Documents += b.Documents
	a.Scores.Merge(b.Scores)
	if len(a.Histogram) < Bins {
		a.Histogram = append(a.Histogram, make([]int64, Bins-len(a.Histogram))...)
	}
	for i, n := range b.Histogram {
		a.Histogram[i] += n
	}
	a.Attributions += b.Attributions
	a.Assertive += b.Assertive
	a.Accusation += b.Accusation
	return a
}

// ExtractOutput works out the mean, the quantiles and the shares.
func (outletCombine) ExtractOutput(a OutletAcc) OutletStats {
	out := OutletStats{
		Documents:    a.Documents,
		Attributions: a.Attributions,
		Assertive:    a.Assertive,
		Accusation:   a.Accusation,
	}
	out.Score.Histogram = make([]int64, Bins)
	copy(out.Score.Histogram, a.Histogram)
	if a.Documents > 0 {
		out.Score.Mean = a.Scores.Value() / float64(a.Documents)
		out.Score.Min, out.Score.Max = a.Min, a.Max
		out.Score.Quantiles = map[string]float64{}
		for _, q := range []struct {
			name string
			q    float64
		}{{"p10", 0.10}, {"p25", 0.25}, {"p50", 0.50}, {"p75", 0.75}, {"p90", 0.90}} {
			out.Score.Quantiles[q.name] = quantile(out.Score.Histogram, a.Documents, q.q, a.Min, a.Max)
		}
	}
	if a.Attributions > 0 {
		out.AssertiveShare = float64(a.Assertive) / float64(a.Attributions)
		out.AccusationShare = float64(a.Accusation) / float64(a.Attributions)
	}
	return out
}

// quantile estimates the q-quantile of n scores from their histogram,
// interpolating linearly within a bin: it is off by less than a bin's
// width (0.01), and never outside [lo, hi], the smallest and largest
// score.
func quantile(hist []int64, n int64, q, lo, hi float64) float64 {
	rank := q * float64(n)
	var cum float64
	for i, c := range hist {
		if c == 0 {
			continue
		}
		if cum+float64(c) >= rank {
			v := (float64(i) + (rank-cum)/float64(c)) / Bins
			return min(max(v, lo), hi)
		}
		cum += float64(c)
	}
	return hi
}

// OutletStats is one line of outlets.jsonl (with the outlet added).
type OutletStats struct {
	// Outlet is the documents' "outlet" field; "" for documents without.
	Outlet    string `json:"outlet"`
	Documents int64  `json:"documents"`
	// Score is the distribution of the document scores.
	Score ScoreDistribution `json:"score"`
	// Attributions, Assertive and Accusation count the attributions of
	// the outlet's documents, all and by stance; the shares are their
	// ratios.
	Attributions    int64   `json:"attributions"`
	Assertive       int64   `json:"assertive"`
	Accusation      int64   `json:"accusation"`
	AssertiveShare  float64 `json:"assertive_share"`
	AccusationShare float64 `json:"accusation_share"`
}

// ScoreDistribution describes document scores: exact mean, minimum and
// maximum; quantiles estimated from the histogram (within 0.01); the
// histogram of Bins bins of width 0.01.
type ScoreDistribution struct {
	Mean      float64            `json:"mean"`
	Min       float64            `json:"min"`
	Max       float64            `json:"max"`
	Quantiles map[string]float64 `json:"quantiles"`
	Histogram []int64            `json:"histogram"`
}

func formatOutlet(outlet string, st OutletStats) (string, error) {
	st.Outlet = outlet
	b, err := json.Marshal(st)
	return string(b), err
}

// Tally counts the input: non-blank lines, documents reported, error
// records and bytes read.
type Tally struct {
	Lines     int64 `json:"lines"`
	Documents int64 `json:"documents"`
	Errors    int64 `json:"errors"`
	Bytes     int64 `json:"bytes"`
}

func mergeTallies(a, b Tally) Tally {
	return Tally{Lines: a.Lines + b.Lines, Documents: a.Documents + b.Documents, Errors: a.Errors + b.Errors, Bytes: a.Bytes + b.Bytes}
}

func formatTally(t Tally) (string, error) {
	b, err := json.Marshal(t)
	return string(b), err
}

func nonNilCounts(m map[string]int64) map[string]int64 {
	if m == nil {
		return map[string]int64{}
	}
	return m
}
