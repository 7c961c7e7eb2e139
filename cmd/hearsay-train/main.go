// Command hearsay-train learns hearsay's cue, source and content models
// from annotated news and writes them where the attribution package embeds
// them (-out, -source-out and -content-out; an empty name writes none).
//
//	go run ./cmd/hearsay-train -data ../shared/eval/polnear-train -dev ../shared/eval/polnear-dev
//
// The data is PolNeAR's layout (text/<stem>.txt, attributions/<stem>_<annotator>.ann);
// it is read, never copied: the model files hold only weights and hashed
// word features. Training is deterministic: the same data, flags and
// architecture give the same bytes. With -folds k it first reports k-fold
// cross-validation on the training articles, each fold scored by the rules
// alone and by the rules with the models, so that generalization is seen
// beside the fit to -dev; -cv-errors FILE writes the folds' missed and
// spurious cues and wrong sources and contents, to study errors on the
// training articles rather than on dev.
package main

import (
	"encoding"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/internal/evaluate"
	"github.com/hearsay-go/hearsay/nlp"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hearsay-train:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("hearsay-train", flag.ContinueOnError)
	fs.SetOutput(w)
	data := fs.String("data", "", "training articles in PolNeAR's layout (required)")
	dev := fs.String("dev", "", "development articles to report on (optional)")
	out := fs.String("out", "attribution/model/cue.model", "where to write the model; empty writes none")
	folds := fs.Int("folds", 5, "cross-validation folds on the training articles; 0 skips it")
	seed := fs.Uint64("seed", 1, "seed of the order in which examples are visited")
	bits := fs.Uint("bits", 16, "the feature table has 2^bits weights")
	epochs := fs.Int("epochs", 8, "passes over the training examples")
	rate := fs.Float64("rate", 0.1, "AdaGrad's base learning rate")
	l2 := fs.Float64("l2", 1e-6, "L2 penalty")
	minShare := fs.Float64("min-share", 0.05, "a word is scored when at least this share of its occurrences heads a cue (and -min-count do)")
	minCount := fs.Int("min-count", 2, "a word is scored when it heads a cue at least this many times (and -min-share of its occurrences do)")
	add := fs.Float64("add", 0.6, "probability at which the model adds a cue where the rules found none")
	keep := fs.Float64("keep", 0.1, "probability below which the model drops a verb, participle or noun cue of the rules; 0 never drops one")
	sweep := fs.String("sweep", "", "comma-separated cue thresholds ADD or ADD/KEEP to report besides -add/-keep, in cross-validation and on -dev")
	byReason := fs.Bool("reasons", false, "report on -dev how right the model is where it overrules the rules, by the rules' reason")
	errs := fs.String("errors", "", "write the model's missed and spurious cues on -dev to this file")
	cvErrs := fs.String("cv-errors", "", "write the missed and spurious cues of cross-validation (each fold by the models trained without it) to this file")
	sourceOut := fs.String("source-out", "attribution/model/source.model", "where to write the source model; empty writes none")
	margin := fs.Float64("margin", 1, "log-odds by which the source model's choice must beat the rules' source to replace it")
	margins := fs.String("margin-sweep", "", "comma-separated margins to report besides -margin, in cross-validation and on -dev")
	contentOut := fs.String("content-out", "attribution/model/content.model", "where to write the content model; empty writes none")
	contentMargin := fs.Float64("content-margin", 1, "log-odds by which the content model's end must beat the rules' end to replace it")
	contentMargins := fs.String("content-margin-sweep", "", "comma-separated content margins to report besides -content-margin")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *data == "" {
		return errors.New("-data is required")
	}
	opt := attribution.TrainOptions{Bits: *bits, Epochs: *epochs, Rate: *rate, L2: *l2, Seed: *seed, Add: *add, Keep: *keep, MinShare: *minShare, MinCount: *minCount}
	sopt := attribution.SourceTrainOptions{Epochs: *epochs, Rate: *rate, L2: *l2, Seed: *seed, Margin: *margin}
	sweepMargins := parseMargins(*margins)
	copt := attribution.SourceTrainOptions{Epochs: *epochs, Rate: *rate, L2: *l2, Seed: *seed, Margin: *contentMargin}
	sweepContent := parseMargins(*contentMargins)
	thresholds := parseThresholds(*sweep, *keep)

	t0 := time.Now()
	arts, err := evaluate.LoadPolNeAR(*data)
	if err != nil {
		return err
	}
	docs := trainingDocs(arts)
	fmt.Fprintf(w, "training articles: %d (%s), parsed in %v\n", len(arts), *data, time.Since(t0).Round(time.Millisecond))

	if *folds > 1 {
		var ew io.Writer
		if *cvErrs != "" {
			f, err := os.Create(*cvErrs)
			if err != nil {
				return err
			}
			defer f.Close()
			ew = f
		}
		if err := crossValidate(w, ew, arts, docs, *folds, opt, sopt, copt, thresholds, sweepMargins, sweepContent); err != nil {
			return err
		}
	}

	t1 := time.Now()
	opt.Meta = []string{
		"corpus: PolNeAR training split (networkdynamics/PolNeAR, data/train; Newell, Margolin & Ruths, LREC 2018), " + fmt.Sprint(len(arts)) + " articles",
		fmt.Sprintf("command: go run ./cmd/hearsay-train -data DIR -seed %d -bits %d -epochs %d -rate %g -l2 %g -min-share %g -min-count %d -add %g -keep %g", *seed, *bits, *epochs, *rate, *l2, *minShare, *minCount, *add, *keep),
	}
	var x attribution.Extractor
	m, err := x.Train(docs, opt)
	if err != nil {
		return err
	}
	nz, table := m.Size()
	meta := m.Meta()
	fmt.Fprintf(w, "model: %s; %d of %d weights not zero; trained in %v\n", strings.TrimPrefix(meta[len(meta)-1], "examples: "), nz, table, time.Since(t1).Round(time.Millisecond))
	t2 := time.Now()
	sopt.Meta = []string{
		opt.Meta[0],
		fmt.Sprintf("command: go run ./cmd/hearsay-train -data DIR -seed %d -epochs %d -rate %g -l2 %g -margin %g (with the cue model of the same command)", *seed, *epochs, *rate, *l2, *margin),
	}
	sm, err := x.TrainSources(docs, m, sopt)
	if err != nil {
		return err
	}
	snz, stable := sm.Size()
	smeta := sm.Meta()
	fmt.Fprintf(w, "source model: %s; %d of %d weights not zero; trained in %v\n", strings.TrimPrefix(smeta[len(smeta)-1], "examples: "), snz, stable, time.Since(t2).Round(time.Millisecond))
	t3 := time.Now()
	copt.Meta = []string{
		opt.Meta[0],
		fmt.Sprintf("command: go run ./cmd/hearsay-train -data DIR -seed %d -epochs %d -rate %g -l2 %g -content-margin %g (with the cue model of the same command)", *seed, *epochs, *rate, *l2, *contentMargin),
	}
	ctm, err := x.TrainContents(docs, m, copt)
	if err != nil {
		return err
	}
	cnz, ctable := ctm.Size()
	cmeta := ctm.Meta()
	fmt.Fprintf(w, "content model: %s; %d of %d weights not zero; trained in %v\n", strings.TrimPrefix(cmeta[len(cmeta)-1], "examples: "), cnz, ctable, time.Since(t3).Round(time.Millisecond))

	if *dev != "" {
		devArts, err := evaluate.LoadPolNeAR(*dev)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n%s (%d articles)\n", *dev, len(devArts))
		report(w, "rules alone", evaluate.ScorePolNeAR(devArts, evaluate.PolNeAROptions{Extractor: &attribution.Extractor{RulesOnly: true}}))
		noContent := ctm.WithMargin(math.Inf(1))
		report(w, fmt.Sprintf("rules+cue model %.2f/%.2f", *add, *keep), evaluate.ScorePolNeAR(devArts, evaluate.PolNeAROptions{Extractor: &attribution.Extractor{Model: m, Sources: sm.WithMargin(math.Inf(1)), Contents: noContent}}))
		for _, mg := range sweepMargins {
			report(w, fmt.Sprintf("+source model, margin %g", mg), evaluate.ScorePolNeAR(devArts, evaluate.PolNeAROptions{Extractor: &attribution.Extractor{Model: m, Sources: sm.WithMargin(mg), Contents: noContent}}))
		}
		report(w, fmt.Sprintf("+source model, margin %g", *margin), evaluate.ScorePolNeAR(devArts, evaluate.PolNeAROptions{Extractor: &attribution.Extractor{Model: m, Sources: sm, Contents: noContent}}))
		for _, mg := range sweepContent {
			report(w, fmt.Sprintf("all models, content margin %g", mg), evaluate.ScorePolNeAR(devArts, evaluate.PolNeAROptions{Extractor: &attribution.Extractor{Model: m, Sources: sm, Contents: ctm.WithMargin(mg)}}))
		}
		mo := evaluate.PolNeAROptions{Extractor: &attribution.Extractor{Model: m, Sources: sm, Contents: ctm}}
		if *errs != "" {
			f, err := os.Create(*errs)
			if err != nil {
				return err
			}
			defer f.Close()
			mo.Errors = f
		}
		report(w, fmt.Sprintf("all models, content margin %g", *contentMargin), evaluate.ScorePolNeAR(devArts, mo))
		for _, th := range thresholds {
			a, k := th[0], th[1]
			report(w, fmt.Sprintf("rules+model %.2f/%.2f", a, k), evaluate.ScorePolNeAR(devArts, evaluate.PolNeAROptions{Extractor: &attribution.Extractor{Model: m.WithThresholds(a, k), Sources: sm, Contents: ctm}}))
		}
	}

	if *dev != "" && *byReason {
		devArts, err := evaluate.LoadPolNeAR(*dev)
		if err != nil {
			return err
		}
		reasons(w, devArts, m)
	}

	fmt.Fprintln(w)
	for _, f := range []struct {
		path  string
		model encoding.BinaryMarshaler
	}{{*out, m}, {*contentOut, ctm}, {*sourceOut, sm}} {
		if err := writeModel(w, f.path, f.model); err != nil {
			return err
		}
	}
	return nil
}

// writeModel writes a trained model to path, unless path is empty, and
// says so on w.
func writeModel(w io.Writer, path string, m encoding.BinaryMarshaler) error {
	if path == "" {
		return nil
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s (%d bytes)\n", path, len(b))
	return nil
}

// trainingDocs parses the articles and gathers their cue spans.
func trainingDocs(arts []evaluate.PolNeARArticle) []attribution.TrainingDoc {
	docs := make([]attribution.TrainingDoc, len(arts))
	for i, a := range arts {
		d := attribution.TrainingDoc{Doc: nlp.Parse(a.Text)}
		for _, g := range a.Gold {
			d.Cues = append(d.Cues, g.Cue...)
			d.Relations = append(d.Relations, attribution.TrainingRelation{Cue: g.Cue, Source: g.Source, Content: g.Content})
		}
		docs[i] = d
	}
	return docs
}

// crossValidate trains on all folds but one and scores the one left out,
// by the rules alone and with the model; article i is in fold i mod k.
// errs, when not nil, receives the errors of all models on each fold.
func crossValidate(w, errs io.Writer, arts []evaluate.PolNeARArticle, docs []attribution.TrainingDoc, k int, opt attribution.TrainOptions, sopt, copt attribution.SourceTrainOptions, thresholds [][2]float64, margins, contentMargins []float64) error {
	fmt.Fprintf(w, "\n%d-fold cross-validation on the training articles\n", k)
	type sum struct {
		name string
		f    [3]float64
	}
	var sums []*sum
	tally := func(name string, r evaluate.PolNeARResult) {
		var s *sum
		for _, x := range sums {
			if x.name == name {
				s = x
			}
		}
		if s == nil {
			s = &sum{name: name}
			sums = append(sums, s)
		}
		for i, v := range [3]float64{r.CueF1, r.SourceF1, r.ContentF1} {
			s.f[i] += v
		}
	}
	for f := range k {
		var train []attribution.TrainingDoc
		var test []evaluate.PolNeARArticle
		for i := range arts {
			if i%k == f {
				test = append(test, arts[i])
			} else {
				train = append(train, docs[i])
			}
		}
		var x attribution.Extractor
		m, err := x.Train(train, opt)
		if err != nil {
			return err
		}
		sm, err := x.TrainSources(train, m, sopt)
		if err != nil {
			return err
		}
		run := func(name string, x *attribution.Extractor) {
			o := evaluate.PolNeAROptions{Extractor: x}
			if name == "all models" {
				o.Errors = errs
			}
			r := evaluate.ScorePolNeAR(test, o)
			report(w, fmt.Sprintf("fold %d %s", f+1, name), r)
			tally(name, r)
		}
		ctm, err := x.TrainContents(train, m, copt)
		if err != nil {
			return err
		}
		noContent := ctm.WithMargin(math.Inf(1))
		run("rules alone", &attribution.Extractor{RulesOnly: true})
		run("rules+cue model", &attribution.Extractor{Model: m, Sources: sm.WithMargin(math.Inf(1)), Contents: noContent})
		run("+source model", &attribution.Extractor{Model: m, Sources: sm, Contents: noContent})
		run("all models", &attribution.Extractor{Model: m, Sources: sm, Contents: ctm})
		for _, th := range thresholds {
			run(fmt.Sprintf("cue model %.2f/%.2f", th[0], th[1]), &attribution.Extractor{Model: m.WithThresholds(th[0], th[1]), Sources: sm, Contents: ctm})
		}
		for _, mg := range margins {
			run(fmt.Sprintf("source margin %g", mg), &attribution.Extractor{Model: m, Sources: sm.WithMargin(mg), Contents: noContent})
		}
		for _, mg := range contentMargins {
			run(fmt.Sprintf("content margin %g", mg), &attribution.Extractor{Model: m, Sources: sm, Contents: ctm.WithMargin(mg)})
		}
	}
	n := float64(k)
	for _, s := range sums {
		fmt.Fprintf(w, "mean %-18s cue F1 %.4f  source F1 %.4f  content F1 %.4f\n", s.name, s.f[0]/n, s.f[1]/n, s.f[2]/n)
	}
	return nil
}

// parseThresholds reads a comma-separated list of ADD or ADD/KEEP cue
// thresholds, keep defaulting to keep, skipping what is out of range.
func parseThresholds(s string, keep float64) [][2]float64 {
	var out [][2]float64
	for _, f := range strings.Split(s, ",") {
		var a, k float64
		as, ks, _ := strings.Cut(strings.TrimSpace(f), "/")
		if _, err := fmt.Sscan(as, &a); err != nil || a <= 0 || a >= 1 {
			continue
		}
		k = keep
		if ks != "" {
			if _, err := fmt.Sscan(ks, &k); err != nil || k < 0 || k >= 1 {
				continue
			}
		}
		out = append(out, [2]float64{a, k})
	}
	return out
}

// parseMargins reads a comma-separated list of margins, skipping what is
// not a number at least 0.
func parseMargins(s string) []float64 {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		var v float64
		if _, err := fmt.Sscan(strings.TrimSpace(f), &v); err == nil && v >= 0 {
			out = append(out, v)
		}
	}
	return out
}

func report(w io.Writer, name string, r evaluate.PolNeARResult) {
	fmt.Fprintf(w, "%-22s cue P %.3f R %.3f F1 %.4f | source F1 %.4f | content F1 %.4f | %d gold, %d predicted\n",
		name, r.CueP, r.CueR, r.CueF1, r.SourceF1, r.ContentF1, r.Gold, r.Predicted)
}

// reasons reports, by what the rules made of a word, how often the model's
// overruling of them is right on the articles: cues it added where the
// rules rejected a match (or had none), and cues of the rules it dropped.
func reasons(w io.Writer, arts []evaluate.PolNeARArticle, m *attribution.Model) {
	type tally struct{ n, gold int }
	added, dropped := map[string]*tally{}, map[string]*tally{}
	bump := func(mp map[string]*tally, k string, gold bool) {
		t := mp[k]
		if t == nil {
			t = &tally{}
			mp[k] = t
		}
		t.n++
		if gold {
			t.gold++
		}
	}
	x := attribution.Extractor{Model: m}
	for _, a := range arts {
		doc := nlp.Parse(a.Text)
		var cues []nlp.Span
		for _, g := range a.Gold {
			cues = append(cues, g.Cue...)
		}
		for _, d := range x.Explain(doc, 1000) {
			gold := false
			for _, c := range cues {
				if d.Span.Overlaps(c) {
					gold = true
				}
			}
			switch {
			case d.Outcome == "attribution" && d.By == "model":
				probe := ""
				for _, f := range d.Features {
					if strings.HasPrefix(f.Name, "v:") && strings.Count(f.Name, "|") == 1 && !strings.Contains(f.Name, "-") {
						probe = " " + f.Name
					}
				}
				bump(added, d.Rule+probe, gold)
			case d.Outcome != "attribution" && d.By == "model" && strings.HasPrefix(d.Rule, "took:"):
				bump(dropped, d.Rule, gold)
			}
		}
	}
	show := func(name string, mp map[string]*tally, right func(t *tally) int) {
		keys := make([]string, 0, len(mp))
		for k := range mp {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b string) int { return mp[b].n - mp[a].n })
		fmt.Fprintf(w, "\n%s (by what the rules made of the word): n, right\n", name)
		for _, k := range keys {
			if k == "" {
				fmt.Fprintf(w, "  %-28s %4d %4d\n", "(no lexicon cue)", mp[k].n, right(mp[k]))
				continue
			}
			fmt.Fprintf(w, "  %-28s %4d %4d\n", k, mp[k].n, right(mp[k]))
		}
	}
	show("cues the model added", added, func(t *tally) int { return t.gold })
	show("cues of the rules the model dropped", dropped, func(t *tally) int { return t.n - t.gold })
}
