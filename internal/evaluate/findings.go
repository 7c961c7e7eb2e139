package evaluate

import (
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/lexicon"
)

// PRF holds precision, recall and F1 with the counts they come from.
type PRF struct {
	TP, FP, FN int // true positives, false positives, false negatives
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
	N         int // sentences scored
	Uncertain PRF // uncertain is the positive class
}

// Accuracy returns the share of sentences whose label was predicted
// right, certain and uncertain alike.
func (h HedgeResult) Accuracy() float64 {
	return ratio(h.N-h.Uncertain.FP-h.Uncertain.FN, h.N)
}

// Hedges scores hearsay's hedge and vague-source findings on the
// CoNLL-2010 Wikipedia uncertainty sample (a CSV of "label","sentence";
// label -1 is uncertain). The sample keeps the HTML entities of its
// Wikipedia source (&quot;, &amp;): they are unescaped before analysis,
// so that quotation marks are read as such. A sentence is predicted uncertain when its
// analysis has at least one hedge or vague-source finding. It writes the
// scores and the most frequent terms behind false positives to w.
func Hedges(path string, w io.Writer) (HedgeResult, error) {
	return HedgesErrors(path, w, nil)
}

// HedgesErrors is Hedges, and writes to errs (unless nil) each sentence
// it got wrong and each it got right as uncertain: "FP" and "TP" with the
// rules and texts of the findings that made it uncertain, "FN" with
// none, for reading which cues the annotation calls certain, in which
// frames, and which it misses.
func HedgesErrors(path string, w, errs io.Writer) (HedgeResult, error) {
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
		r, err := a.Analyze(html.UnescapeString(row[1]))
		if err != nil {
			return res, fmt.Errorf("%s: row %d: %w", path, i+1, err)
		}
		var terms, rules []string
		for _, st := range r.Statements {
			for _, f := range st.Findings {
				if f.Category == hearsay.Hedge || f.Category == hearsay.VagueSource {
					terms = append(terms, f.Term)
					rules = append(rules, f.Rule+" "+strconv.Quote(f.Text))
				}
			}
		}
		pred := len(terms) > 0
		if errs != nil && (pred || gold) {
			if pred {
				fmt.Fprintf(errs, "%s\t%s\t%s\n", map[bool]string{true: "TP", false: "FP"}[gold], strings.Join(rules, "; "), row[1])
			} else {
				fmt.Fprintf(errs, "FN\t\t%s\n", row[1])
			}
		}
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
	N int // sentences scored
	// Threshold is the bias signal above which a sentence counts as
	// biased; MacroF1 is the sentence-level macro-F1 at it.
	Threshold float64
	MacroF1   float64
	// BestThreshold and BestMacroF1 are the best over a sweep: an upper
	// bound, since the threshold is then chosen on the data it scores.
	BestThreshold float64
	BestMacroF1   float64
	Words         PRF // flagged loaded and booster words and slanting cues against the experts' biased words
	// LoadedWords is the words of loaded findings alone against the
	// experts' biased words: the measure the set's README names.
	LoadedWords PRF
}

// DefaultBiasThreshold is the bias signal above which Bias counts a
// sentence as biased: any loaded, booster or scare-quote finding or
// slanting cue.
const DefaultBiasThreshold = 0.0

// slantCueWeight is what a slanting cue adds to the bias signal:
// "claimed", "insisted" are the writer's framing of what a source said
// (see the stance table in the design). Accusing cues were tried too; they
// lowered sentence macro-F1 on BABE (0.760 to 0.743), since reporting an
// accusation is not itself slanted.
const slantCueWeight = 0.5

// biasSignal sums the weights of what marks a writer's slant: loaded,
// booster and scare-quote findings, and slanting cues (slantingCue).
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
// doubt: an assertive cue, not negated, whose own weight in the lexicon
// is above the middle of its scale (0.5, where a cue neither adds to nor
// takes from its stance): "claimed", "insisted", "touted" put the
// writer's distance on what was said, while "argued", "defended" and
// "made the case" are how news reports a position (on BABE SG1 they
// were never among the experts' biased words: 0 of 29).
func slantingCue(a hearsay.Attribution) bool {
	return !a.Negated && a.Stance == lexicon.Assertive && cueWeights()[a.Cue.Lemma] > slantCueMinWeight
}

// cueWeights holds the weight of each cue term of the built-in lexicon,
// by term (an attribution's Cue.Lemma).
var cueWeights = sync.OnceValue(func() map[string]float64 {
	m := map[string]float64{}
	for _, e := range lexicon.Default().Entries() {
		if e.Category == lexicon.Cue {
			m[e.Term] = e.Weight
		}
	}
	return m
})

// slantCueMinWeight is the cue weight a slanting cue must exceed: the
// middle of the lexicon's scale.
const slantCueMinWeight = 0.5

// Bias scores hearsay on BABE's SG1 (a ';'-separated CSV with columns
// text, news_link, outlet, topic, type, label_bias, label_opinion,
// biased_words). Sentences labelled "No agreement" are dropped. It writes
// sentence-level macro-F1 for the bias signal (the summed weights of
// loaded, booster and scare-quote findings and of slanting cues) and word-level P/R/F1 of loaded and booster words and those cues, and of loaded words alone
// against biased_words.
func Bias(path string, w io.Writer) (BiasResult, error) {
	return BiasErrors(path, w, nil)
}

// BiasErrors is Bias, and writes to errs (unless nil) each sentence whose
// label the signal got wrong ("FP" with the findings behind its signal,
// "FN"), then the biased-word precision of each rule and of each term
// that flagged a word, for finding the noisy classes and entries.
func BiasErrors(path string, w, errs io.Writer) (BiasResult, error) {
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
	byRule := precisionTable{}
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
		pred, loaded := map[string]bool{}, map[string]bool{}
		var why []string
		for _, st := range r.Statements {
			for _, a := range st.Attributions {
				if slantingCue(a) {
					why = append(why, "cue "+strconv.Quote(a.Cue.Text))
					for _, w := range strings.Fields(strings.ToLower(a.Cue.Text)) {
						pred[w] = true
						byRule.add("cue/assertive", "cue:"+a.Cue.Text, gold[w])
					}
				}
			}
			for _, f := range st.Findings {
				switch f.Category {
				case hearsay.ScareQuote:
					why = append(why, f.Rule+" "+strconv.Quote(f.Text))
				case hearsay.Loaded, hearsay.Booster:
					why = append(why, f.Rule+" "+strconv.Quote(f.Text))
					for _, w := range strings.Fields(strings.ToLower(f.Text)) {
						w = strings.Trim(w, `.,;:!?"'“”‘’`)
						pred[w] = true
						if f.Category == hearsay.Loaded {
							loaded[w] = true
						}
						byRule.add(f.Rule+inQuote(st, f), f.Term, gold[w])
					}
				}
			}
		}
		if errs != nil {
			biased := label == "Biased"
			if p := len(why) > 0; p != biased {
				if p {
					fmt.Fprintf(errs, "FP\t%s\t%s\n", strings.Join(why, "; "), row[col["text"]])
				} else {
					fmt.Fprintf(errs, "FN\t%s\t%s\n", row[col["biased_words"]], row[col["text"]])
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
			if !loaded[w] {
				res.LoadedWords.FN++
			}
		}
		for w := range loaded {
			if gold[w] {
				res.LoadedWords.TP++
			} else {
				res.LoadedWords.FP++
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
	fmt.Fprintf(w, "bias (BABE SG1, %d sentences with agreement; signal = summed weights of loaded, booster and scare-quote findings and slanting cues)\n", res.N)
	fmt.Fprintf(w, "  sentence macro-F1 at signal > %.2f: %.4f\n", res.Threshold, res.MacroF1)
	fmt.Fprintf(w, "  best over thresholds 0..3 (chosen on this data, an upper bound): %.4f at > %.2f\n", res.BestMacroF1, res.BestThreshold)
	fmt.Fprintf(w, "  biased words (loaded and booster words and slanting cues vs biased_words): %s\n", res.Words)
	fmt.Fprintf(w, "  biased words (loaded words alone vs biased_words):                       %s\n", res.LoadedWords)
	fmt.Fprintf(w, "  most missed words:   %s\n", top(missed, 15))
	fmt.Fprintf(w, "  most spurious words: %s\n", top(spurious, 15))
	if errs != nil {
		byRule.write(errs)
	}
	return res, nil
}

// A precisionTable counts, per rule and per term, the flagged words that
// were and were not among the experts' biased words.
type precisionTable map[[2]string]*PRF

// add counts one flagged word of a rule and term, under both the rule
// alone and the rule and term, as a hit when ok.
func (t precisionTable) add(rule, term string, ok bool) {
	for _, k := range [][2]string{{rule, ""}, {rule, term}} {
		p := t[k]
		if p == nil {
			p = &PRF{}
			t[k] = p
		}
		if ok {
			p.TP++
		} else {
			p.FP++
		}
	}
}

// write prints each rule's precision, then each term's, most flagged
// first.
func (t precisionTable) write(w io.Writer) {
	keys := make([][2]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if (a[1] == "") != (b[1] == "") {
			return a[1] == ""
		}
		na, nb := t[a].TP+t[a].FP, t[b].TP+t[b].FP
		if na != nb {
			return na > nb
		}
		return a[0]+a[1] < b[0]+b[1]
	})
	for _, k := range keys {
		p := t[k]
		fmt.Fprintf(w, "PREC\t%s\t%s\t%d\t%d\t%.2f\n", k[0], k[1], p.TP, p.FP, p.Precision())
	}
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

// inQuote returns " (content)" when the finding lies inside the content
// of one of the statement's attributions (the source's word, not the
// writer's), and "" otherwise: the precision table keeps the two apart.
func inQuote(st hearsay.Statement, f hearsay.Finding) string {
	for _, a := range st.Attributions {
		if a.Content != nil {
			if a.Content.Start <= f.Start && f.End <= a.Content.End {
				return " (content)"
			}
		}
	}
	return ""
}
