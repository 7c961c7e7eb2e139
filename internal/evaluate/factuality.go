package evaluate

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/hearsay-go/hearsay"
)

// FactualityFile is the file of the It Happened set under its directory.
const FactualityFile = "sentences.tsv"

// FactualitySplits are the splits of the It Happened set, in the order
// they are meant to be used: tune on dev, report test once.
var FactualitySplits = []string{"dev", "test"}

// uncommittedAt is the uncommitment above which a sentence counts as
// leaving an event open, the positive class of the ROC AUC.
const uncommittedAt = 0.5

// baselinePattern is the lexical baseline the score is measured beside:
// twenty reporting verbs and modals, counted per sentence. A score that
// cannot beat it does not measure more than the words it names.
var baselinePattern = regexp.MustCompile(`(?i)\b(say|says|said|saying|told|tell|reported|reports|claimed|claims|according|may|might|could|would|should|can|will|must|shall)\b`)

// Baseline returns the lexical baseline's value for a sentence: how many
// of its words are reporting verbs or modals.
func Baseline(text string) float64 {
	return float64(len(baselinePattern.FindAllStringIndex(text, -1)))
}

// A FactualityItem is one sentence of the It Happened set.
type FactualityItem struct {
	ID           string  // the sentence's id in the set
	Split        string  // the split it belongs to: "dev", "test", …
	Uncommitment float64 // 0: the writer commits to every event; 1: some event is left open
	// Events holds the uncommitment of each of the sentence's annotated
	// predicates (1 − |factuality| / 3), of which Uncommitment is the
	// maximum: a sentence with more events has more chances of one left
	// open, whatever the writer leans on.
	Events []float64
	Text   string // the sentence
}

// ReadFactuality reads the It Happened sentences (a TSV with a header
// line and the columns split, sentence, uncommitment, predicates, text)
// from dir, keeping those of the given split ("" for all).
func ReadFactuality(dir, split string) ([]FactualityItem, error) {
	path := dir + "/" + FactualityFile
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	var items []FactualityItem
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if line == 1 {
			continue // header
		}
		parts := strings.SplitN(sc.Text(), "\t", 5)
		if len(parts) != 5 {
			return nil, fmt.Errorf("evaluate: %s:%d: want 5 tab-separated fields, got %d", path, line, len(parts))
		}
		u, err := strconv.ParseFloat(parts[2], 64)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %s:%d: uncommitment: %w", path, line, err)
		}
		if split != "" && parts[0] != split {
			continue
		}
		var preds []struct {
			Factuality float64 `json:"factuality"`
		}
		if err := json.Unmarshal([]byte(parts[3]), &preds); err != nil {
			return nil, fmt.Errorf("evaluate: %s:%d: predicates: %w", path, line, err)
		}
		events := make([]float64, len(preds))
		for k, p := range preds {
			events[k] = 1 - math.Abs(p.Factuality)/3
		}
		items = append(items, FactualityItem{ID: parts[1], Split: parts[0], Uncommitment: u, Events: events, Text: parts[4]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: reading %s: %w", path, err)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("evaluate: %s: no sentences in split %q", path, split)
	}
	return items, nil
}

// Validity is how well a per-sentence value tracks the writer's
// uncommitment.
type Validity struct {
	Spearman float64 // rank correlation with uncommitment
	AUC      float64 // ROC AUC for uncommitment > 0.5
}

// FactualityResult is the statement score and the lexical baseline on
// one split of the It Happened set.
type FactualityResult struct {
	Split    string   // the split scored
	N        int      // sentences scored
	Open     int      // sentences with uncommitment > 0.5
	Score    Validity // of the statement score
	Baseline Validity // of the lexical baseline (Baseline)
	// Events is the validity of the number of annotated events alone,
	// a reference for what the sentence-level maximum rewards by itself
	// (longer sentences), not a predictor the score could use.
	Events Validity
	// PerEvent and BaselinePerEvent measure the score and the baseline
	// against each annotated event's own uncommitment, the event given
	// its sentence's value: a reading in which a sentence's number of
	// events no longer helps, and in which a sentence value cannot
	// tell which of its events a factor bears on.
	PerEvent, BaselinePerEvent Validity
}

// SentenceScore returns the value the factuality evaluation takes from a
// report: the highest statement score (a row of the set is one
// sentence, which the splitter may cut in two; its uncommitment is a
// maximum over its events too).
func SentenceScore(r *hearsay.Report) float64 {
	s := 0.0
	for _, st := range r.Statements {
		s = math.Max(s, st.Score)
	}
	return s
}

// Factuality measures the statement score against human judgements of
// event factuality on one split of the It Happened set in dir: Spearman ρ
// with uncommitment and the ROC AUC for uncommitment > 0.5, for the score
// and for the lexical baseline (Baseline). a nil Analyzer means the zero
// one. It writes one line per measure to w.
func Factuality(dir, split string, a *hearsay.Analyzer, w io.Writer) (FactualityResult, error) {
	return FactualityErrors(dir, split, a, w, nil)
}

// FactualityErrors is Factuality, and writes to errs (unless nil) one
// line a sentence, those where the score and the judgements part most
// first: by the gap between the sentence's rank by score and its rank by
// uncommitment (each as a share of the split, so the gap lies in [−1,
// 1]: above 0 the score ranks it higher than the judgements do, "over",
// below 0 lower, "under", at 0 "even"), then its uncommitment, its score, the
// factors of its highest-scoring statement and its text.
func FactualityErrors(dir, split string, a *hearsay.Analyzer, w, errs io.Writer) (FactualityResult, error) {
	items, err := ReadFactuality(dir, split)
	if err != nil {
		return FactualityResult{}, err
	}
	if a == nil {
		a = &hearsay.Analyzer{}
	}
	gold := make([]float64, len(items))
	score := make([]float64, len(items))
	base := make([]float64, len(items))
	events := make([]float64, len(items))
	var evGold, evScore, evBase []float64 // one an annotated event
	var explained []string
	if errs != nil {
		explained = make([]string, len(items))
	}
	res := FactualityResult{Split: split, N: len(items)}
	for i, it := range items {
		r, err := a.Analyze(it.Text)
		if err != nil {
			return res, fmt.Errorf("evaluate: %s: %w", it.ID, err)
		}
		gold[i] = it.Uncommitment
		score[i] = SentenceScore(r)
		if errs != nil {
			explained[i] = factors(r)
		}
		base[i] = Baseline(it.Text)
		events[i] = float64(len(it.Events))
		for _, e := range it.Events {
			evGold = append(evGold, e)
			evScore = append(evScore, score[i])
			evBase = append(evBase, base[i])
		}
		if it.Uncommitment > uncommittedAt {
			res.Open++
		}
	}
	res.Score = validity(score, gold)
	res.Baseline = validity(base, gold)
	res.Events = validity(events, gold)
	fmt.Fprintf(w, "factuality (It Happened %s, %d sentences, %d with uncommitment > %.1f)\n", split, res.N, res.Open, uncommittedAt)
	fmt.Fprintf(w, "  %-38s rho %6.3f  AUC %.3f\n", "statement score:", res.Score.Spearman, res.Score.AUC)
	fmt.Fprintf(w, "  %-38s rho %6.3f  AUC %.3f\n", "baseline (reporting verbs + modals):", res.Baseline.Spearman, res.Baseline.AUC)
	fmt.Fprintf(w, "  %-38s rho %6.3f  AUC %.3f\n", "reference: number of annotated events:", res.Events.Spearman, res.Events.AUC)
	res.PerEvent, res.BaselinePerEvent = validity(evScore, evGold), validity(evBase, evGold)
	fmt.Fprintf(w, "  per event (%d, each given its sentence's value):\n", len(evGold))
	fmt.Fprintf(w, "  %-38s rho %6.3f  AUC %.3f\n", "  statement score:", res.PerEvent.Spearman, res.PerEvent.AUC)
	fmt.Fprintf(w, "  %-38s rho %6.3f  AUC %.3f\n", "  baseline:", res.BaselinePerEvent.Spearman, res.BaselinePerEvent.AUC)
	if errs != nil {
		writeRankGaps(errs, items, gold, score, explained)
	}
	return res, nil
}

// writeRankGaps writes the sentences of a split by how far apart their
// ranks by score and by uncommitment lie, the widest first (see
// FactualityErrors).
func writeRankGaps(errs io.Writer, items []FactualityItem, gold, score []float64, explained []string) {
	rg, rs := ranks(gold), ranks(score)
	n := float64(len(items))
	gap := make([]float64, len(items))
	order := make([]int, len(items))
	for i := range items {
		gap[i] = (rs[i] - rg[i]) / n
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(math.Abs(gap[b]), math.Abs(gap[a]))
	})
	for _, i := range order {
		dir := "even"
		switch {
		case gap[i] > 0:
			dir = "over"
		case gap[i] < 0:
			dir = "under"
		}
		fmt.Fprintf(errs, "FACT\t%s\t%+.2f\t%.3f\t%.3f\t%s\t%s\n", dir, gap[i], gold[i], score[i], explained[i], items[i].Text)
	}
}

func validity(x, gold []float64) Validity {
	pos := make([]bool, len(gold))
	for i, g := range gold {
		pos[i] = g > uncommittedAt
	}
	return Validity{Spearman: Spearman(x, gold), AUC: AUC(x, pos)}
}

// ranks returns the ranks of x, 1-based, ties given their mean rank.
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case x[a] < x[b]:
			return -1
		case x[a] > x[b]:
			return 1
		}
		return 0
	})
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && x[idx[j]] == x[idx[i]] {
			j++
		}
		mean := float64(i+j+1) / 2 // ranks i+1 … j
		for k := i; k < j; k++ {
			r[idx[k]] = mean
		}
		i = j
	}
	return r
}

// Spearman returns the rank correlation of x and y (Pearson's r of their
// ranks, ties at their mean rank), or 0 when either is constant.
func Spearman(x, y []float64) float64 {
	return pearson(ranks(x), ranks(y))
}

// AUC returns the area under the ROC curve of x as a predictor of pos:
// the probability that a positive item scores above a negative one, ties
// counting a half. It is 0.5 when either class is empty.
func AUC(x []float64, pos []bool) float64 {
	r := ranks(x)
	var np, nn, sum float64
	for i, p := range pos {
		if p {
			np++
			sum += r[i]
		} else {
			nn++
		}
	}
	if np == 0 || nn == 0 {
		return 0.5
	}
	return (sum - np*(np+1)/2) / (np * nn)
}

// factors formats the factors of a report's highest-scoring statement as
// "kind +0.25 (text); …".
func factors(r *hearsay.Report) string {
	best := -1
	for i, st := range r.Statements {
		if best < 0 || st.Score > r.Statements[best].Score {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	var parts []string
	for _, f := range r.Statements[best].Explanation {
		parts = append(parts, fmt.Sprintf("%s %+.2f %q", f.Factor, f.Contribution, f.Text))
	}
	return strings.Join(parts, "; ")
}
