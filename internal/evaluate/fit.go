package evaluate

import (
	"fmt"
	"io"
	"math"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
)

// A Knob is one weight FitWeights may move, with the values it tries and
// a check of the design's properties that a value must keep.
type Knob struct {
	Name   string                              // the weight as a Go expression: "Uncommitment[modal]", "Quoted"
	Values []float64                           // the values tried
	Get    func(w *hearsay.Weights) float64    // reads the weight from w
	Set    func(w *hearsay.Weights, v float64) // sets it in w
	// Keeps reports whether w still meets the design's properties that
	// this knob can break (orderings of the stances and sources); nil
	// means always.
	Keeps func(w *hearsay.Weights) bool
}

func grid(lo, hi, step float64) []float64 {
	var out []float64
	for i := 0; lo+float64(i)*step <= hi+1e-9; i++ {
		out = append(out, math.Round((lo+float64(i)*step)*100)/100)
	}
	return out
}

// FitKnobs are the weights that FitWeights fits: the writer's
// uncommitment, the hedge weight and the weight of findings inside a
// content (below 1, property 9); the uncommitment kinds at most 0.6 and
// the hedge at most 1, so that no single word of the writer's outweighs
// an assertive attribution. The kinds that mark an event as not yet
// real rather than doubted (future, intent, infinitive: "will open",
// "plans to", "met to approve"; and the writer's request in the
// imperative, "consider the map") are held at most IrrealisCap, so
// that a routine sentence stating a plan or a purpose, or asking the
// reader to act, stays in the low band and below the writer's own doubt
// (property 8). Event factuality says
// nothing of evaluation, so the loaded, booster and scare-quote weights
// are not fitted on it; web text has few attributions, so neither are the
// stance, source and evidence weights (SourcesOrdered checks the
// orderings a caller's own fit must keep).
var FitKnobs = []Knob{
	uncommitKnob(hearsay.UncommitModal, 0.6),
	uncommitKnob(hearsay.UncommitFuture, IrrealisCap),
	uncommitKnob(hearsay.UncommitConditional, 0.6),
	uncommitKnob(hearsay.UncommitQuestion, 0.6),
	uncommitKnob(hearsay.UncommitIntent, IrrealisCap),
	uncommitKnob(hearsay.UncommitInfinitive, IrrealisCap),
	uncommitKnob(hearsay.UncommitWish, 0.6),
	uncommitKnob(hearsay.UncommitRequest, IrrealisCap),
	findingKnob(hearsay.Hedge),
	{
		// below 1: the same word weighs less in a source's mouth than in
		// the writer's (property 9)
		Name: "Quoted", Values: grid(0, 0.5, 0.1),
		Get: func(w *hearsay.Weights) float64 { return w.Quoted },
		Set: func(w *hearsay.Weights, v float64) { w.Quoted = v },
	},
}

// IrrealisCap is the most a kind of the writer's uncommitment that
// marks an event as not yet real (future, intent, infinitive, request)
// may weigh: alone it keeps a statement at or below 0.25, the low band.
const IrrealisCap = 0.25

func uncommitKnob(kind string, most float64) Knob {
	return Knob{
		Name: "Uncommitment[" + kind + "]", Values: grid(0, most, 0.05),
		Get: func(w *hearsay.Weights) float64 { return w.Uncommitment[kind] },
		Set: func(w *hearsay.Weights, v float64) { w.Uncommitment[kind] = v },
	}
}

func findingKnob(c hearsay.Category) Knob {
	return Knob{
		Name: "Finding[" + string(c) + "]", Values: grid(0.05, 1, 0.05),
		Get: func(w *hearsay.Weights) float64 { return w.Finding[c] },
		Set: func(w *hearsay.Weights, v float64) { w.Finding[c] = v },
	}
}

// SourcesOrdered reports whether w keeps the orderings of properties 2, 3
// and 7: a named source clearly below an anonymous one, clearly
// below none (properties 3 and 7), and stances in the order of property 2.
func SourcesOrdered(w *hearsay.Weights) bool {
	return w.Source[attribution.Person]+0.2 <= w.Source[attribution.Anonymous]+1e-9 &&
		w.Source[attribution.Anonymous]+0.2 <= w.Source[attribution.None]+1e-9 &&
		w.Stance[lexicon.Assertive] > w.Stance[lexicon.Neutral] && w.Stance[lexicon.Neutral] > w.Stance[lexicon.Factive]
}

// FitWeights fits knobs on one split of the It Happened set in dir by
// coordinate ascent on Spearman ρ, starting from start, for the given
// number of rounds; only values whose Keeps holds are tried. It writes
// each improvement to out and returns the best weights with their
// result. Fit on dev; measure test once with the weights it returns.
func FitWeights(dir, split string, start hearsay.Weights, knobs []Knob, rounds int, out io.Writer) (hearsay.Weights, FactualityResult, error) {
	items, err := ReadFactuality(dir, split)
	if err != nil {
		return start, FactualityResult{}, err
	}
	eval := func(w hearsay.Weights) (Validity, error) {
		a := hearsay.Analyzer{Weights: &w}
		gold := make([]float64, len(items))
		score := make([]float64, len(items))
		for i, it := range items {
			r, err := a.Analyze(it.Text)
			if err != nil {
				return Validity{}, fmt.Errorf("evaluate: %s: %w", it.ID, err)
			}
			gold[i], score[i] = it.Uncommitment, SentenceScore(r)
		}
		return validity(score, gold), nil
	}
	best := cloneWeights(start)
	bv, err := eval(best)
	if err != nil {
		return start, FactualityResult{}, err
	}
	fmt.Fprintf(out, "start: rho %.3f AUC %.3f\n", bv.Spearman, bv.AUC)
	for round := range rounds {
		improved := false
		for _, k := range knobs {
			for _, v := range k.Values {
				w := cloneWeights(best)
				k.Set(&w, v)
				if k.Keeps != nil && !k.Keeps(&w) {
					continue
				}
				vv, err := eval(w)
				if err != nil {
					return start, FactualityResult{}, err
				}
				if vv.Spearman > bv.Spearman+1e-4 {
					fmt.Fprintf(out, "round %d: %s %.2f → %.2f: rho %.3f AUC %.3f\n", round+1, k.Name, k.Get(&best), v, vv.Spearman, vv.AUC)
					best, bv, improved = w, vv, true
				}
			}
		}
		if !improved {
			break
		}
	}
	return best, FactualityResult{Split: split, N: len(items), Score: bv}, nil
}

// cloneWeights copies w, maps included.
func cloneWeights(w hearsay.Weights) hearsay.Weights {
	c := w
	c.Stance = make(map[lexicon.Stance]float64, len(w.Stance))
	for k, v := range w.Stance {
		c.Stance[k] = v
	}
	c.Source = make(map[attribution.SourceKind]float64, len(w.Source))
	for k, v := range w.Source {
		c.Source[k] = v
	}
	c.Finding = make(map[hearsay.Category]float64, len(w.Finding))
	for k, v := range w.Finding {
		c.Finding[k] = v
	}
	c.Uncommitment = make(map[string]float64, len(w.Uncommitment))
	for k, v := range w.Uncommitment {
		c.Uncommitment[k] = v
	}
	return c
}

// PrintWeights writes the weights FitKnobs names, one a line.
func PrintWeights(w hearsay.Weights, knobs []Knob, out io.Writer) {
	for _, k := range knobs {
		fmt.Fprintf(out, "  %-28s %.2f\n", k.Name, k.Get(&w))
	}
}
