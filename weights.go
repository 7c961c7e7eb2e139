package hearsay

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
)

// UncommitmentKinds lists the keys of Weights.Uncommitment.
var UncommitmentKinds = []string{UncommitModal, UncommitFuture, UncommitConditional, UncommitQuestion, UncommitIntent, UncommitInfinitive, UncommitWish, UncommitRequest}

// Validate reports the first thing wrong with w, naming the field: a
// stance, source kind, finding category or uncommitment kind without a
// weight, a key that is none of them, or a weight that is not a finite
// number in its range. A Weights that is only partly filled is an error
// rather than zeros that silently change the score; start from
// DefaultWeights and change what you need.
//
// The ranges: stance, source, uncommitment and finding weights are at
// least 0 (EvidenceSupported, which lowers the score, at most 0);
// ContentShare, CueWeight, IrrealisDiscount and Quoted lie in [0, 1].
func (w *Weights) Validate() error {
	if w == nil {
		return errors.New("hearsay: Weights is nil")
	}
	if err := checkMap("Stance", w.Stance, lexicon.Stances, positive); err != nil {
		return err
	}
	if err := checkMap("Source", w.Source, attribution.SourceKinds, positive); err != nil {
		return err
	}
	if err := checkMap("Finding", w.Finding, FindingCategories, func(c Category, v float64) error {
		if c == EvidenceSupported {
			if v > 0 {
				return errors.New("must be at most 0: supporting evidence lowers the score")
			}
			return nil
		}
		return positive(c, v)
	}); err != nil {
		return err
	}
	if err := checkMap("Uncommitment", w.Uncommitment, UncommitmentKinds, positive); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"ContentShare", w.ContentShare}, {"CueWeight", w.CueWeight}, {"IrrealisDiscount", w.IrrealisDiscount}, {"Quoted", w.Quoted}} {
		if math.IsNaN(f.v) || f.v < 0 || f.v > 1 {
			return fmt.Errorf("hearsay: Weights.%s is %v: must be in [0, 1]", f.name, f.v)
		}
	}
	return nil
}

func positive[K any](_ K, v float64) error {
	if v < 0 {
		return errors.New("must be at least 0")
	}
	return nil
}

// checkMap checks that m has a finite weight for every key of keys, and no
// other key, and that check accepts each.
func checkMap[K ~string](field string, m map[K]float64, keys []K, check func(K, float64) error) error {
	for _, k := range keys {
		v, ok := m[k]
		if !ok {
			return fmt.Errorf("hearsay: Weights.%s[%s] is missing", field, k)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("hearsay: Weights.%s[%s] is %v: must be a finite number", field, k, v)
		}
		if err := check(k, v); err != nil {
			return fmt.Errorf("hearsay: Weights.%s[%s] is %v: %w", field, k, v, err)
		}
	}
	if len(m) != len(keys) {
		for k := range m {
			known := false
			for _, want := range keys {
				known = known || k == want
			}
			if !known {
				return fmt.Errorf("hearsay: Weights.%s[%s]: no such key (want one of %v)", field, k, keys)
			}
		}
	}
	return nil
}

// weightsFile is the JSON form of Weights that ParseWeights reads: every
// field optional, maps keyed by name.
type weightsFile struct {
	Stance           map[lexicon.Stance]float64         `json:"stance"`
	Source           map[attribution.SourceKind]float64 `json:"source"`
	ContentShare     *float64                           `json:"content_share"`
	CueWeight        *float64                           `json:"cue_weight"`
	IrrealisDiscount *float64                           `json:"irrealis_discount"`
	Finding          map[Category]float64               `json:"finding"`
	Quoted           *float64                           `json:"quoted"`
	Uncommitment     map[string]float64                 `json:"uncommitment"`
}

// ParseWeights reads weights as JSON and lays them over DefaultWeights:
// a field or map key the file leaves out keeps its default. The fields
// are "stance", "source", "finding" and "uncommitment" (objects keyed by
// stance, source kind, finding category and uncommitment kind), and
// "content_share", "cue_weight", "irrealis_discount" and "quoted"
// (numbers):
//
//	{"stance": {"assertive": 1.0}, "source": {"anonymous": 2.0}}
//
// An unknown field or key, a value that is not a number, trailing data,
// or a weight out of its range (see Weights.Validate) is an error.
func ParseWeights(r io.Reader) (Weights, error) {
	w := DefaultWeights()
	data, err := io.ReadAll(io.LimitReader(r, 1<<20))
	if err != nil {
		return w, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f weightsFile
	if err := dec.Decode(&f); err != nil {
		return w, fmt.Errorf("hearsay: weights: %w", err)
	}
	if dec.More() {
		return w, errors.New("hearsay: weights: data after the JSON object")
	}
	for k, v := range f.Stance {
		w.Stance[k] = v
	}
	for k, v := range f.Source {
		w.Source[k] = v
	}
	for k, v := range f.Finding {
		w.Finding[k] = v
	}
	for k, v := range f.Uncommitment {
		w.Uncommitment[k] = v
	}
	if f.ContentShare != nil {
		w.ContentShare = *f.ContentShare
	}
	if f.CueWeight != nil {
		w.CueWeight = *f.CueWeight
	}
	if f.IrrealisDiscount != nil {
		w.IrrealisDiscount = *f.IrrealisDiscount
	}
	if f.Quoted != nil {
		w.Quoted = *f.Quoted
	}
	return w, w.Validate()
}
