package attribution

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay/internal/learn"
	"github.com/hearsay-go/hearsay/nlp"
)

// A TrainingDoc is a parsed document and the byte spans of the cues a
// person annotated in it (every part of a discontinuous cue).
type TrainingDoc struct {
	Doc  *nlp.Document // the parsed document
	Cues []nlp.Span    // the annotated cues' spans
	// Relations are the annotated attributions with their sources and
	// contents, for [Extractor.TrainSources] and [Extractor.TrainContents];
	// the cue model needs only Cues.
	Relations []TrainingRelation
}

// A TrainingRelation is one annotated attribution: the byte spans of its
// cue, its source and its content (every part of each; no source is
// none).
type TrainingRelation struct {
	Cue, Source, Content []nlp.Span
}

// TrainOptions control [Extractor.Train]. The zero value is usable.
type TrainOptions struct {
	Bits   uint    // the feature table has 2^Bits weights; 0 means 16
	Epochs int     // passes over the examples; 0 means 8
	Rate   float64 // AdaGrad's base rate; 0 means 0.1
	L2     float64 // L2 penalty; 0 means 1e-6
	Seed   uint64  // seeds the order in which examples are visited
	// A word is scored by the model (beside the lexicon's cues and the
	// rules' candidates) when it is the head of an annotated cue at least
	// MinCount times (0 means 2) and in at least MinShare of its
	// occurrences (0 means 0.05).
	MinCount int
	MinShare float64
	// Add and Keep are the model's thresholds (see
	// [Model.WithThresholds]); Add 0 means 0.5, Keep 0 never drops a cue
	// of the rules.
	Add, Keep float64
	// Meta lines are saved with the model: the corpus, the command. Train
	// adds a line of its own, "examples: N words, H heads of cues".
	Meta []string
}

// Train learns a cue model from annotated documents. The rules of x (its
// lexicon and gap) run on each document, and what they made of each word
// is among the word's features, so the model learns where to trust them.
// The same documents and options give the same model, byte for byte.
func (x *Extractor) Train(docs []TrainingDoc, opt TrainOptions) (*Model, error) {
	if len(docs) == 0 {
		return nil, errors.New("attribution: no training documents")
	}
	if opt.Bits == 0 {
		opt.Bits = 16
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	if opt.MinShare <= 0 {
		opt.MinShare = 0.05
	}
	if !validThreshold(opt.Add) {
		opt.Add = 0.5
	}
	if !validKeep(opt.Keep) {
		return nil, fmt.Errorf("attribution: keep threshold %g not in [0, 1)", opt.Keep)
	}
	base := &learn.Model{Name: cueModelName, Bits: opt.Bits, Weights: make([]float32, 1<<opt.Bits)}
	base.SetVocab(trainingVocab(docs, opt))
	var ex []learn.Example
	var xr Extractor
	if x != nil {
		xr = *x
	}
	for _, d := range docs {
		if d.Doc == nil {
			continue
		}
		label := cueHeads(d)
		xr.extract(d.Doc, nil, false, hooks{model: &Model{lm: base}, collect: func(tok int, feat []uint32) {
			if label[tok] != inOtherCue {
				ex = append(ex, learn.Example{Features: slices.Clone(feat), Label: label[tok] == headOfCue})
			}
		}})
	}
	if len(ex) == 0 {
		return nil, errors.New("attribution: no word to learn from")
	}
	heads := 0
	for _, e := range ex {
		if e.Label {
			heads++
		}
	}
	lm, err := learn.Train(ex, learn.TrainOptions{Bits: opt.Bits, Epochs: opt.Epochs, Rate: opt.Rate, L2: opt.L2, Seed: opt.Seed})
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	lm.Name = cueModelName
	lm.Meta = append(slices.Clone(opt.Meta), fmt.Sprintf("examples: %d words, %d heads of cues", len(ex), heads))
	lm.SetVocab(base.Vocab)
	lm.Thresholds = []float32{float32(opt.Add), float32(opt.Keep)}
	return &Model{lm: lm, add: float32(opt.Add), keep: float32(opt.Keep)}, nil
}

// What an annotated cue makes of a token, for training.
const (
	outsideCue = iota
	headOfCue  // the word that carries the cue: "said" of "has said"
	inOtherCue // another word of a cue: not learned from either way
)

// cueHeads labels each token of d by the annotated cues: the head of a cue
// is its first word that is not an auxiliary, negation, adverb, "to",
// determiner or possessive ("has been critical of" → "critical",
// "recently pitched" → "pitched", "according to" → "according"); a cue of
// punctuation alone is its own head. The model learns to find heads, and
// the rules' verb groups and phrases give the words around them.
func cueHeads(d TrainingDoc) []uint8 {
	toks := d.Doc.Tokens
	label := make([]uint8, len(toks))
	skip := auxiliaries.bit | beForms.bit | negators.bit | adverbs.bit | determiners.bit | possessives.bit
	for _, c := range d.Cues {
		i, _ := slices.BinarySearchFunc(toks, c.Start, func(t nlp.Token, off int) int { return cmp.Compare(t.End, off+1) })
		head := -1
		for k := i; k < len(toks) && toks[k].Start < c.End; k++ {
			if !toks[k].Overlaps(c) {
				continue
			}
			t := &toks[k]
			if head < 0 && t.Kind == nlp.Word && t.Norm != "to" && wordClasses.of(t.Norm)&skip == 0 && !strings.HasSuffix(t.Norm, "ly") {
				head = k
			}
			if label[k] == outsideCue {
				label[k] = inOtherCue
			}
		}
		if head < 0 {
			// punctuation, or only function words: the first token
			for k := i; k < len(toks) && toks[k].Start < c.End; k++ {
				if toks[k].Overlaps(c) {
					head = k
					break
				}
			}
		}
		if head >= 0 {
			label[head] = headOfCue
		}
	}
	return label
}

// trainingVocab returns the sorted hashes of the words that are inside
// annotated cues often enough to be scored.
func trainingVocab(docs []TrainingDoc, opt TrainOptions) []uint64 {
	type count struct{ in, all int }
	counts := map[string]*count{}
	for _, d := range docs {
		if d.Doc == nil {
			continue
		}
		label := cueHeads(d)
		for k, t := range d.Doc.Tokens {
			c := counts[t.Norm]
			if c == nil {
				c = &count{}
				counts[t.Norm] = c
			}
			c.all++
			if label[k] == headOfCue {
				c.in++
			}
		}
	}
	var out []uint64
	for w, c := range counts {
		if c.in >= opt.MinCount && float64(c.in) >= opt.MinShare*float64(c.all) {
			out = append(out, vocabKey(learn.StringHash(w)))
		}
	}
	slices.SortFunc(out, cmp.Compare[uint64])
	return slices.Compact(out)
}

// SourceTrainOptions control [Extractor.TrainSources] and
// [Extractor.TrainContents], which learn rankers alike. The zero value is
// usable.
type SourceTrainOptions struct {
	Epochs int     // passes over the examples; 0 means 8
	Rate   float64 // AdaGrad's base rate; 0 means 0.1
	L2     float64 // L2 penalty; 0 means 1e-6
	Seed   uint64  // seeds the order in which examples are visited
	// Margin is by how much (in log-odds) another candidate must beat the
	// rules' source, or the rules' content end, to replace it.
	Margin float64
	Meta   []string // lines saved with the model, as TrainOptions.Meta
}

// TrainSources learns a source model from annotated documents. The rules
// of x, with the cue model cm (nil: the rules alone), run on each
// document; every attribution whose cue overlaps an annotated cue gives
// its candidate sources as examples, the one closest to the annotated
// source (by the F1 of their words, at least 0.5; no source when the
// annotation has none) positive and the others negative. An attribution
// with no candidate that close teaches nothing. The same documents and
// options give the same model, byte for byte.
func (x *Extractor) TrainSources(docs []TrainingDoc, cm *Model, opt SourceTrainOptions) (*SourceModel, error) {
	lm, err := x.trainRanker(docs, cm, opt, false)
	if err != nil {
		return nil, err
	}
	return &SourceModel{ranker{lm: lm, margin: float32(opt.Margin)}}, nil
}

// TrainContents learns a content model from annotated documents, as
// TrainSources learns a source model: every paraphrased content that
// follows its cue and whose cue overlaps an annotated cue gives its
// candidate ends as examples, the one whose content is closest to the
// annotated content (by the F1 of their words, at least 0.5) positive.
// The documents' relations need their Content spans.
func (x *Extractor) TrainContents(docs []TrainingDoc, cm *Model, opt SourceTrainOptions) (*ContentModel, error) {
	lm, err := x.trainRanker(docs, cm, opt, true)
	if err != nil {
		return nil, err
	}
	return &ContentModel{ranker{lm: lm, margin: float32(opt.Margin)}}, nil
}

// trainRanker learns the source model, or with content the content model.
func (x *Extractor) trainRanker(docs []TrainingDoc, cm *Model, opt SourceTrainOptions, content bool) (*learn.Model, error) {
	what, name, bits := "sources", sourceModelName, uint(sourceBits)
	if content {
		what, name, bits = "contents", contentModelName, contentBits
	}
	if len(docs) == 0 {
		return nil, errors.New("attribution: no training documents")
	}
	if opt.Margin < 0 {
		return nil, fmt.Errorf("attribution: margin %g below 0", opt.Margin)
	}
	var xr Extractor
	if x != nil {
		xr = *x
	}
	xr.Model, xr.RulesOnly = cm, cm == nil
	var groups []learn.Group
	for _, d := range docs {
		if d.Doc == nil {
			continue
		}
		toks := d.Doc.Tokens
		learnFrom := func(a *Attribution, cands [][2]int, feats [][]uint32) {
			var gold []nlp.Span
			found := false
			for _, g := range d.Relations {
				for _, c := range g.Cue {
					if c.Overlaps(a.Cue.Span) {
						gold, found = g.Source, true
						if content {
							gold = g.Content
						}
						break
					}
				}
				if found {
					break
				}
			}
			if !found {
				return
			}
			gw := wordsIn(toks, gold)
			best, bestF := -1, 0.0
			for k, c := range cands {
				f := 0.0
				switch {
				case c == noSource && gw == 0:
					f = 1
				case c != noSource && gw > 0:
					f = overlapF1(toks, c, gold, gw)
				}
				if f > bestF {
					best, bestF = k, f
				}
			}
			if best < 0 || bestF < 0.5 {
				return
			}
			groups = append(groups, learn.Group{Candidates: feats, Best: best})
		}
		h := hooks{sources: learnFrom}
		if content {
			h = hooks{contents: learnFrom}
		}
		xr.extract(d.Doc, nil, false, h)
	}
	if len(groups) == 0 {
		return nil, fmt.Errorf("attribution: no attribution to learn %s from", what)
	}
	cands := 0
	for _, g := range groups {
		cands += len(g.Candidates)
	}
	lm, err := learn.TrainRank(groups, learn.TrainOptions{Bits: bits, Epochs: opt.Epochs, Rate: opt.Rate, L2: opt.L2, Seed: opt.Seed})
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	lm.Name = name
	lm.Meta = append(slices.Clone(opt.Meta), fmt.Sprintf("examples: %d attributions, %d candidates", len(groups), cands))
	lm.Thresholds = []float32{float32(opt.Margin)}
	return lm, nil
}

// wordsIn counts the word and number tokens that overlap sps.
func wordsIn(toks []nlp.Token, sps []nlp.Span) int {
	n := 0
	for i := range toks {
		if toks[i].Kind != nlp.Word && toks[i].Kind != nlp.Number {
			continue
		}
		for _, sp := range sps {
			if toks[i].Overlaps(sp) {
				n++
				break
			}
		}
	}
	return n
}

// overlapF1 is the F1 of the words of tokens [c[0], c[1]] against the gw
// words of gold.
func overlapF1(toks []nlp.Token, c [2]int, gold []nlp.Span, gw int) float64 {
	tp, pn := 0, 0
	for i := c[0]; i <= c[1] && i < len(toks); i++ {
		if toks[i].Kind != nlp.Word && toks[i].Kind != nlp.Number {
			continue
		}
		pn++
		for _, sp := range gold {
			if toks[i].Overlaps(sp) {
				tp++
				break
			}
		}
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(pn), float64(tp)/float64(gw)
	return 2 * p * r / (p + r)
}
