package hearsay

import (
	"math"
	"slices"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// Weights set how much each factor adds to a statement's
// unverified-assertion score. Start from DefaultWeights and change what you
// need; a Weights value is read, never modified, by the Analyzer.
//
// A statement's raw score is the sum of its factors:
//
//   - each attribution adds Stance[stance] × (1 − ContentShare +
//     ContentShare × share), where share is the part of the statement's
//     bytes its content covers (all its parts), so a longer attributed
//     content counts more; an irrealis attribution ("might argue",
//     "hopes to say") adds that times 1 − IrrealisDiscount, since the text
//     supposes the statement rather than reports it;
//   - its source adds that amount again times Source[kind] − 1 (a vague
//     source more, a named one nothing);
//   - each finding adds Finding[category] × the finding's own weight
//     (negative for evidence-supported). A vague-source finding that is
//     already an attribution's source is not counted twice.
//
// The score is 1 − e^(−raw), which keeps it in [0, 1) and makes every
// factor raise it with diminishing effect; a raw sum at or below zero gives
// 0. Each factor's contribution in the explanation is its share of the
// score, so the contributions add up to the score.
type Weights struct {
	Stance       map[lexicon.Stance]float64
	Source       map[attribution.SourceKind]float64
	ContentShare float64
	// IrrealisDiscount is the share of its weight an irrealis attribution
	// loses, in [0, 1]; 0 counts it as if it were reported.
	IrrealisDiscount float64
	Finding          map[Category]float64
}

// DefaultWeights returns the default weights, a new copy each call.
//
// The stance weights order the cues as the design asks: claimed/alleged
// (assertive) above said (neutral) above confirmed (factive). Accusations
// and denials are counter-assertions that rest on the source's word; a
// speculative cue is uncertain by the source's own word; a directive
// asserts nothing; a commissive (promised, vowed) asserts nothing either,
// but the commitment itself rests on the source's word, so it weighs more
// than a directive and less than a neutral report.
func DefaultWeights() Weights {
	return Weights{
		Stance: map[lexicon.Stance]float64{
			lexicon.Assertive:   0.9,
			lexicon.Accusation:  0.8,
			lexicon.Denial:      0.6,
			lexicon.Speculative: 0.6,
			lexicon.Neutral:     0.4,
			lexicon.Commissive:  0.3,
			lexicon.Directive:   0.15,
			lexicon.Factive:     0.1,
		},
		Source: map[attribution.SourceKind]float64{
			attribution.Anonymous:    1.6,
			attribution.None:         1.3,
			attribution.Pronoun:      1.0,
			attribution.Person:       1.0,
			attribution.Organization: 1.0,
			attribution.Self:         0.8,
		},
		ContentShare:     0.5,
		IrrealisDiscount: 0.5,
		Finding: map[Category]float64{
			Hedge:             0.35,
			Booster:           0.15,
			Loaded:            0.1,
			ScareQuote:        0.2,
			EvidenceAbsent:    0.6,
			EvidenceSupported: -0.5,
			VagueSource:       0.3,
		},
	}
}

// A Contribution is one factor of a statement's score and the span it comes
// from.
type Contribution struct {
	// Factor names the factor: "attribution:assertive", "source:anonymous",
	// "hedge", "evidence-absent", …
	Factor       string  `json:"factor"`
	Contribution float64 `json:"contribution"`
	nlp.Span
	CharSpan
	Text string `json:"text"`
}

// A scorer scores the statements of one document, carving their
// explanations from one array and reusing its scratch space.
type scorer struct {
	slab    []Contribution
	sources []nlp.Span
}

// init sizes the scorer's array for statements with the given attributions
// and findings: each attribution gives at most two factors, each finding
// one, and the floor one more.
func (sc *scorer) init(attrs [][]Attribution, fs [][]Finding) {
	n := 0
	for i := range attrs {
		if k := 2*len(attrs[i]) + len(fs[i]); k > 0 {
			n += k + 1
		}
	}
	sc.slab = make([]Contribution, 0, n)
}

// score computes a statement's score and explanation from its
// attributions and findings.
func (sc *scorer) score(st *Statement, w *Weights) (float64, []Contribution) {
	var raw []Contribution
	if n := 2*len(st.Attributions) + len(st.Findings); n > 0 {
		if cap(sc.slab)-len(sc.slab) < n+1 {
			sc.slab = make([]Contribution, 0, n+1)
		}
		l := len(sc.slab)
		raw = sc.slab[l : l : l+n+1]
		sc.slab = sc.slab[:l+n+1]
	}
	sources := sc.sources[:0]
	n := float64(st.Len())
	for _, a := range st.Attributions {
		share := 0.0
		if a.Content != nil && n > 0 {
			ov := overlap(a.Content.Span, st.Span)
			for _, p := range a.Content.Parts[min(1, len(a.Content.Parts)):] {
				ov += overlap(p.Span, st.Span) // the first part is the content's span
			}
			share = math.Min(1, math.Max(0, float64(ov)/n))
		}
		base := w.Stance[a.Stance] * (1 - w.ContentShare + w.ContentShare*share)
		if a.Irrealis {
			base *= 1 - w.IrrealisDiscount
		}
		raw = append(raw, Contribution{Factor: stanceFactor(a.Stance), Contribution: base, Span: a.Cue.Span, Text: a.Cue.Text})
		kind, sp, text := attribution.None, a.Cue.Span, a.Cue.Text
		if a.Source != nil {
			kind, sp, text = a.Source.Kind, a.Source.Span, a.Source.Text
			sources = append(sources, sp)
			sc.sources = sources
		}
		if m, ok := w.Source[kind]; ok && m != 1 {
			raw = append(raw, Contribution{Factor: sourceFactor(kind), Contribution: base * (m - 1), Span: sp, Text: text})
		}
	}
	for _, f := range st.Findings {
		if f.Category == VagueSource && overlapsAny(f.Span, sources) {
			continue
		}
		if c := w.Finding[f.Category] * f.Weight; c != 0 {
			raw = append(raw, Contribution{Factor: string(f.Category), Contribution: c, Span: f.Span, Text: f.Text})
		}
	}
	total := 0.0
	for _, c := range raw {
		total += c.Contribution
	}
	if total <= 0 {
		if len(raw) > 0 {
			// Supporting evidence outweighs the rest: list the factors
			// and the floor that brings their sum to the score, 0.
			raw = append(raw, Contribution{Factor: "floor", Contribution: -total})
		}
		return 0, nonNil(raw)
	}
	s := 1 - math.Exp(-total)
	scale := s / total
	sum := 0.0
	for i := range raw {
		raw[i].Contribution *= scale
		sum += raw[i].Contribution
	}
	// Rounding aside, the contributions add up to s; give the last the
	// remainder so the sum is exact.
	raw[len(raw)-1].Contribution += s - sum
	// The same stable merge sort as sort.SliceStable, without its
	// reflection: the order, ties included, is the same.
	slices.SortStableFunc(raw, func(a, b Contribution) int {
		switch {
		case a.Contribution > b.Contribution:
			return -1
		case b.Contribution > a.Contribution:
			return 1
		}
		return 0
	})
	return s, raw
}

// stanceFactor returns "attribution:" + st, without building the string
// for the known stances.
func stanceFactor(st lexicon.Stance) string {
	switch st {
	case lexicon.Neutral:
		return "attribution:neutral"
	case lexicon.Assertive:
		return "attribution:assertive"
	case lexicon.Denial:
		return "attribution:denial"
	case lexicon.Accusation:
		return "attribution:accusation"
	case lexicon.Factive:
		return "attribution:factive"
	case lexicon.Speculative:
		return "attribution:speculative"
	case lexicon.Directive:
		return "attribution:directive"
	case lexicon.Commissive:
		return "attribution:commissive"
	}
	return "attribution:" + string(st)
}

// sourceFactor returns "source:" + kind, without building the string for
// the known kinds.
func sourceFactor(kind attribution.SourceKind) string {
	switch kind {
	case attribution.Person:
		return "source:person"
	case attribution.Organization:
		return "source:organization"
	case attribution.Anonymous:
		return "source:anonymous"
	case attribution.Pronoun:
		return "source:pronoun"
	case attribution.Self:
		return "source:self"
	case attribution.None:
		return "source:none"
	}
	return "source:" + string(kind)
}

// overlap returns the number of bytes a and b share.
func overlap(a, b nlp.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

func overlapsAny(s nlp.Span, spans []nlp.Span) bool {
	for _, o := range spans {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

// documentScore is the mean of the statement scores weighted by statement
// length in bytes.
func documentScore(sts []Statement) float64 {
	var num, den float64
	for _, st := range sts {
		num += st.Score * float64(st.Len())
		den += float64(st.Len())
	}
	if den == 0 {
		return 0
	}
	return num / den
}
