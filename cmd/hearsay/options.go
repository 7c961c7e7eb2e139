package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/corpus"
	"github.com/hearsay-go/hearsay/lexicon"
)

// analyzerFlags are the flags that set up the analysis, the same on every
// command that analyzes: own lexicon and idioms files, own score weights,
// and the rules without the trained models.
type analyzerFlags struct {
	lexicons  listFlag
	idioms    listFlag
	weights   string
	rulesOnly bool
}

// register adds the flags to fl.
func (f *analyzerFlags) register(fl *flag.FlagSet) {
	fl.Var(&f.lexicons, "lexicon", "a lexicon `FILE` (the TSV format of lexicon/data/en) merged over the built-in one; repeat it for several, later files win")
	fl.Var(&f.idioms, "idioms", "an idioms `FILE` (the TSV format of attribution/data/en/idioms.tsv) added to the built-in idioms of cues; repeat it for several")
	fl.StringVar(&f.weights, "weights", "", "score weights as a JSON `FILE` laid over the defaults (see docs/weights.md)")
	fl.BoolVar(&f.rulesOnly, "rules-only", false, "find attributions with the rules alone, without the trained cue, source and content models")
}

// analyzer builds the Analyzer the flags ask for. A lexicon entry that
// replaces an earlier one with the same category and words gets a warning
// on stderr naming both places, so that a user sees what an own file
// changes.
func (f *analyzerFlags) analyzer(stderr io.Writer) (*hearsay.Analyzer, error) {
	a := &hearsay.Analyzer{}
	a.Attribution.RulesOnly = f.rulesOnly
	if len(f.lexicons) > 0 {
		ls := []*lexicon.Lexicon{lexicon.Default()}
		for _, name := range f.lexicons {
			l, err := readLexicon(name)
			if err != nil {
				return nil, err
			}
			ls = append(ls, l)
		}
		merged, shadowed := lexicon.Overlay(ls...)
		for _, s := range shadowed {
			fmt.Fprintf(stderr, "hearsay: warning: %s: %s %q replaces %s: %s %q\n", s.New.Source, s.New.Category, s.New.Term, s.Old.Source, s.Old.Category, s.Old.Term)
		}
		a.Lexicon = merged
	}
	ids, err := readIdioms(f.idioms)
	if err != nil {
		return nil, err
	}
	a.Attribution.Idioms = ids
	if f.weights != "" {
		file, err := os.Open(f.weights)
		if err != nil {
			return nil, err
		}
		defer file.Close()
		w, err := hearsay.ParseWeights(file)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.weights, err)
		}
		a.Weights = &w
	}
	return a, nil
}

// readLexicon parses one lexicon file; its entries' sources name the file.
func readLexicon(name string) (*lexicon.Lexicon, error) {
	file, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return lexicon.Parse(file, name)
}

// readIdioms parses the idioms files named and adds them to the built-in
// idioms; nil, the built-in idioms alone, when none is named.
func readIdioms(names []string) (*attribution.Idioms, error) {
	if len(names) == 0 {
		return nil, nil
	}
	all := make([]*attribution.Idioms, len(names))
	for i, name := range names {
		file, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		all[i], err = attribution.ParseIdioms(file, name)
		file.Close()
		if err != nil {
			return nil, err
		}
	}
	return attribution.DefaultIdioms().With(all...), nil
}

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// corpusFlags are the flags of the commands that read a corpus (batch,
// summarize): the input format and fields, and the workers.
type corpusFlags struct {
	in, textField, idField string
	workers                int
}

// register adds the flags to fl.
func (f *corpusFlags) register(fl *flag.FlagSet) {
	fl.StringVar(&f.in, "in", "", "input format, `jsonl|csv` (default: from FILE's extension, .csv or .jsonl; else jsonl)")
	fl.StringVar(&f.textField, "text-field", "text", "the input field (JSON key or CSV column) holding the text")
	fl.StringVar(&f.idField, "id-field", "id", "the input field holding the id")
	fl.IntVar(&f.workers, "j", runtime.GOMAXPROCS(0), "number of documents analyzed in parallel (at most 4 a core)")
}

// apply checks the flags and sets opt's input format, fields and
// workers; file is the input's name, whose extension tells the format
// when --in does not. A -j beyond maxWorkersPerCore a core is capped with
// a warning on stderr.
func (f *corpusFlags) apply(opt *corpus.Options, file string, stderr io.Writer) error {
	if f.workers < 1 {
		return usageError{"-j must be at least 1"}
	}
	if limit := maxWorkersPerCore * runtime.NumCPU(); f.workers > limit {
		fmt.Fprintf(stderr, "hearsay: warning: -j %d is more than %d a core; using -j %d\n", f.workers, maxWorkersPerCore, limit)
		f.workers = limit
	}
	opt.Workers = f.workers
	opt.TextField, opt.IDField = f.textField, f.idField
	opt.Input = corpus.Format(f.in)
	if f.in == "" {
		opt.Input = corpus.JSONL
		if strings.EqualFold(filepath.Ext(file), ".csv") {
			opt.Input = corpus.CSV
		}
	}
	if opt.Input != corpus.JSONL && opt.Input != corpus.CSV {
		return usageError{fmt.Sprintf("unknown --in %q (want jsonl or csv)", f.in)}
	}
	return nil
}
