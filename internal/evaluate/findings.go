package evaluate

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/lexicon"
)

// PRF holds precision, recall and F1 with the counts they come from.
type PRF struct {
	TP, FP, FN int
}

// Precision returns TP / (TP + FP), or 0.
func (p PRF) Precision() float64 { return ratio(p.TP, p.TP+p.FP) }

// Recall returns TP / (TP + FN), or 0.
func (p PRF) Recall() float64 { return ratio(p.TP, p.TP+p.FN) }

// F1 returns the harmonic mean of precision and recall, or 0.
func (p PRF) F1() float64 {
	pr, re := p.Precision(), p.Recall()
	if pr+re == 0 {
		return 0
	}
	return 2 * pr * re / (pr + re)
}

// String formats the scores as "P 0.712  R 0.655  F1 0.682".
func (p PRF) String() string {
	return fmt.Sprintf("P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", p.Precision(), p.Recall(), p.F1(), p.TP, p.FP, p.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// HedgeResult is the score on the CoNLL-2010 Wikipedia sample.
type HedgeResult struct {
	N         int
	Uncertain PRF // uncertain is the positive class
}

// Accuracy returns the share of sentences whose label was predicted
// right, certain and uncertain alike.
func (h HedgeResult) Accuracy() float64 {
	return ratio(h.N-h.Uncertain.FP-h.Uncertain.FN, h.N)
}

// Hedges scores hearsay's hedge and vague-source findings on the
// CoNLL-2010 Wikipedia uncertainty sample (a CSV of "label","sentence";
// label -1 is uncertain). A sentence is predicted uncertain when its
// analysis has at least one hedge or vague-source finding. It writes the
// scores and the most frequent terms behind false positives to w.
func Hedges(path string, w io.Writer) (HedgeResult, error) {
	rows, err := readCSV(path, ',')
	if err != nil {
		return HedgeResult{}, err
	}
	var res HedgeResult
	var a hearsay.Analyzer
	fpTerms, tpTerms := map[string]int{}, map[string]int{}
	for i, row := range rows {
		if len(row) < 2 {
			return res, fmt.Errorf("%s: row %d has %d fields, want 2", path, i+1, len(row))
		}
		gold := strings.TrimSpace(row[0]) == "-1"
		r, err := a.Analyze(row[1])
		if err != nil {
			return res, fmt.Errorf("%s: row %d: %w", path, i+1, err)
		}
		var terms []string
		for _, st := range r.Statements {
			for _, f := range st.Findings {
				if f.Category == hearsay.Hedge || f.Category == hearsay.VagueSource {
					terms = append(terms, f.Term)
				}
			}
		}
		pred := len(terms) > 0
		res.N++
		switch {
		case pred && gold:
			res.Uncertain.TP++
			for _, t := range terms {
				tpTerms[t]++
			}
		case pred && !gold:
			res.Uncertain.FP++
			for _, t := range terms {
				fpTerms[t]++
			}
		case !pred && gold:
			res.Uncertain.FN++
		}
	}
	fmt.Fprintf(w, "hedging (CoNLL-2010 Wikipedia sample, %d sentences; uncertain = a hedge or vague-source finding)\n", res.N)
	fmt.Fprintf(w, "  uncertain: %s\n", res.Uncertain)
	fmt.Fprintf(w, "  accuracy:  %.3f\n", res.Accuracy())
	fmt.Fprintf(w, "  terms in false positives: %s\n", top(fpTerms, 15))
	fmt.Fprintf(w, "  terms in true positives:  %s\n", top(tpTerms, 15))
	return res, nil
}

// BiasResult is the score on BABE (SG1).
type BiasResult struct {
	N int
	// Threshold is the bias signal above which a sentence counts as
	// biased; MacroF1 is the sentence-level macro-F1 at it.
	Threshold float64
	MacroF1   float64
	// BestThreshold and BestMacroF1 are the best over a sweep: an upper
	// bound, since the threshold is then chosen on the data it scores.
	BestThreshold float64
	BestMacroF1   float64
	Words         PRF // flagged loaded words against the experts' biased words
}

// DefaultBiasThreshold is the bias signal above which Bias counts a
// sentence as biased: any loaded, booster or scare-quote finding or
// assertive cue.
const DefaultBiasThreshold = 0.0

// slantCueWeight is what an assertive cue adds to the bias signal:
// "claimed", "insisted" are the writer's framing of what a source said
// (see the stance table in the design). Accusing cues were tried too; they
// lowered sentence macro-F1 on BABE (0.760 to 0.743), since reporting an
// accusation is not itself slanted.
const slantCueWeight = 0.5

// biasSignal sums the weights of what marks a writer's slant: loaded,
// booster and scare-quote findings, and assertive cues.
func biasSignal(r *hearsay.Report) float64 {
	s := 0.0
	for _, st := range r.Statements {
		for _, f := range st.Findings {
			switch f.Category {
			case hearsay.Loaded, hearsay.Booster, hearsay.ScareQuote:
				s += f.Weight
			}
		}
		for _, a := range st.Attributions {
			if slantingCue(a) {
				s += slantCueWeight
			}
		}
	}
	return s
}

// slantingCue reports whether an attribution's cue frames its content with
// doubt: an assertive cue, not negated.
func slantingCue(a hearsay.Attribution) bool {
	return !a.Negated && a.Stance == lexicon.Assertive
}

// Bias scores hearsay on BABE's SG1 (a ';'-separated CSV with columns
// text, news_link, outlet, topic, type, label_bias, label_opinion,
// biased_words). Sentences labelled "No agreement" are dropped. It writes
// sentence-level macro-F1 for the bias signal (the summed weights of
// loaded, booster and scare-quote findings and of assertive cues) and word-level P/R/F1 of loaded and booster words and those cues
// against biased_words.
func Bias(path string, w io.Writer) (BiasResult, error) {
	rows, err := readCSV(path, ';')
	if err != nil {
		return BiasResult{}, err
	}
	if len(rows) == 0 {
		return BiasResult{}, fmt.Errorf("%s: empty", path)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	for _, need := range []string{"text", "label_bias", "biased_words"} {
		if _, ok := col[need]; !ok {
			return BiasResult{}, fmt.Errorf("%s: no column %q", path, need)
		}
	}
	type item struct {
		signal float64
		biased bool
	}
	var items []item
	var res BiasResult
	var a hearsay.Analyzer
	missed, spurious := map[string]int{}, map[string]int{}
	for i, row := range rows[1:] {
		label := row[col["label_bias"]]
		if label != "Biased" && label != "Non-biased" {
			continue
		}
		r, err := a.Analyze(row[col["text"]])
		if err != nil {
			return res, fmt.Errorf("%s: row %d: %w", path, i+2, err)
		}
		items = append(items, item{biasSignal(r), label == "Biased"})
		gold := map[string]bool{}
		for _, w := range parseWordList(row[col["biased_words"]]) {
			gold[strings.ToLower(w)] = true
		}
		pred := map[string]bool{}
		for _, st := range r.Statements {
			for _, a := range st.Attributions {
				if slantingCue(a) {
					for _, w := range strings.Fields(strings.ToLower(a.Cue.Text)) {
						pred[w] = true
					}
				}
			}
			for _, f := range st.Findings {
				if f.Category != hearsay.Loaded && f.Category != hearsay.Booster {
					continue
				}
				for _, w := range strings.Fields(strings.ToLower(f.Text)) {
					pred[strings.Trim(w, `.,;:!?"'“”‘’`)] = true
				}
			}
		}
		for w := range pred {
			if gold[w] {
				res.Words.TP++
			} else {
				res.Words.FP++
				spurious[w]++
			}
		}
		for w := range gold {
			if !pred[w] {
				res.Words.FN++
				missed[w]++
			}
		}
	}
	res.N = len(items)
	macro := func(th float64) float64 {
		var pos, neg PRF // biased and non-biased as the positive class
		for _, it := range items {
			p := it.signal > th
			switch {
			case p && it.biased:
				pos.TP++
			case p && !it.biased:
				pos.FP++
				neg.FN++
			case !p && it.biased:
				pos.FN++
				neg.FP++
			default:
				neg.TP++
			}
		}
		return (pos.F1() + neg.F1()) / 2
	}
	res.Threshold = DefaultBiasThreshold
	res.MacroF1 = macro(res.Threshold)
	res.BestThreshold, res.BestMacroF1 = res.Threshold, res.MacroF1
	for th := 0.0; th <= 3; th += 0.05 {
		if m := macro(th); m > res.BestMacroF1 {
			res.BestThreshold, res.BestMacroF1 = th, m
		}
	}
	fmt.Fprintf(w, "bias (BABE SG1, %d sentences with agreement; signal = summed weights of loaded, booster and scare-quote findings and assertive cues)\n", res.N)
	fmt.Fprintf(w, "  sentence macro-F1 at signal > %.2f: %.3f\n", res.Threshold, res.MacroF1)
	fmt.Fprintf(w, "  best over thresholds 0..3 (chosen on this data, an upper bound): %.3f at > %.2f\n", res.BestMacroF1, res.BestThreshold)
	fmt.Fprintf(w, "  biased words (loaded and booster words and assertive cues vs biased_words): %s\n", res.Words)
	fmt.Fprintf(w, "  most missed words:   %s\n", top(missed, 15))
	fmt.Fprintf(w, "  most spurious words: %s\n", top(spurious, 15))
	return res, nil
}

// parseWordList reads a Python-style list of strings: ['bizarre', "it's"].
func parseWordList(s string) []string {
	var out []string
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "[")
	s = strings.TrimSuffix(s, "]")
	for i := 0; i < len(s); i++ {
		q := s[i]
		if q != '\'' && q != '"' {
			continue
		}
		j := strings.IndexByte(s[i+1:], q)
		if j < 0 {
			break
		}
		out = append(out, s[i+1:i+1+j])
		i += j + 1
	}
	return out
}

// readCSV reads a CSV file with the given separator, dropping a UTF-8
// byte-order mark.
func readCSV(path string, sep rune) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), "\ufeff")))
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

// top formats the n most frequent keys of m as "key (count), …".
func top(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return all[i].k < all[j].k
	})
	var parts []string
	for i := 0; i < len(all) && i < n; i++ {
		parts = append(parts, fmt.Sprintf("%s (%d)", all[i].k, all[i].v))
	}
	return strings.Join(parts, ", ")
}
