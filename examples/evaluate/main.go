// Evaluate measures hearsay against public annotated data and prints
// precision, recall and F1 (or Pearson r for sentiment). The data is not
// part of this repository; pass the path of each set.
//
//	go run ./examples/evaluate polnear ../shared/eval/polnear-dev
//	go run ./examples/evaluate vader   ../shared/eval/vader
//	go run ./examples/evaluate hedges  ../shared/eval/conll2010-wiki-sample/uncertainty-conll2010.csv
//	go run ./examples/evaluate bias    ../shared/eval/babe-sg1/final_labels_SG1.csv
//	go run ./examples/evaluate factuality ../shared/eval/it-happened        # dev split
//	go run ./examples/evaluate factuality ../shared/eval/it-happened test   # held out: once, at the end
//	go run ./examples/evaluate fit ../shared/eval/it-happened               # fit weights on dev
//	go run ./examples/evaluate all     ../shared/eval
//	go run ./examples/evaluate -errors hedges ../shared/eval/conll2010-wiki-sample/uncertainty-conll2010.csv
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/internal/evaluate"
)

const usage = `usage: evaluate [-errors] SET PATH
  -errors       also print the sentences behind the figures (hedges: the
                uncertain ones, TP/FP/FN with their findings; bias: FP/FN
                and the precision of each rule and entry; vader: the texts
                the default analyser misses most; factuality: the
                sentences by the gap between their rank by score and by
                uncommitment, widest first, with the score's factors)
  polnear DIR   attribution cues, sources and content on PolNeAR (text/, attributions/)
  vader   DIR   sentiment on Hutto & Gilbert's ground truth
  hedges  FILE  hedging on the CoNLL-2010 Wikipedia sample (CSV)
  bias    FILE  bias on BABE SG1 (CSV)
  factuality DIR [dev|test]
                the score against event factuality on It Happened (dev unless told)
  fit     DIR   fit the score's fitted weights on It Happened's dev split
  all     DIR   every set, found under DIR by its usual name`

func main() {
	var errs io.Writer
	if len(os.Args) > 1 && os.Args[1] == "-errors" {
		errs = os.Stdout
		os.Args = append(os.Args[:1], os.Args[2:]...)
	}
	split := "dev"
	if len(os.Args) == 4 && os.Args[1] == "factuality" {
		split = os.Args[3]
	} else if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	set, path := os.Args[1], os.Args[2]
	var err error
	switch set {
	case "polnear":
		err = polnear(path)
	case "vader":
		_, err = evaluate.VaderErrors(path, os.Stdout, errs)
	case "hedges":
		_, err = evaluate.HedgesErrors(path, os.Stdout, errs)
	case "bias":
		_, err = evaluate.BiasErrors(path, os.Stdout, errs)
	case "factuality":
		_, err = evaluate.FactualityErrors(path, split, nil, os.Stdout, errs)
	case "fit":
		var best hearsay.Weights
		best, _, err = evaluate.FitWeights(path, "dev", hearsay.DefaultWeights(), evaluate.FitKnobs, 3, os.Stdout)
		if err == nil {
			fmt.Println("fitted weights:")
			evaluate.PrintWeights(best, evaluate.FitKnobs, os.Stdout)
		}
	case "all":
		err = all(path)
	default:
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

func all(dir string) error {
	steps := []func() error{
		func() error { return polnear(filepath.Join(dir, "polnear-dev")) },
		func() error { _, err := evaluate.Vader(filepath.Join(dir, "vader"), os.Stdout); return err },
		func() error {
			_, err := evaluate.Hedges(filepath.Join(dir, "conll2010-wiki-sample", "uncertainty-conll2010.csv"), os.Stdout)
			return err
		},
		func() error {
			_, err := evaluate.Bias(filepath.Join(dir, "babe-sg1", "final_labels_SG1.csv"), os.Stdout)
			return err
		},
		func() error {
			_, err := evaluate.Factuality(filepath.Join(dir, "it-happened"), "dev", nil, os.Stdout)
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
		fmt.Println()
	}
	return nil
}
