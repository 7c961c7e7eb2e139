package hearsay

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// benchTexts returns the seed article and a longer text built from it.
func benchTexts(b *testing.B) []struct{ name, text string } {
	seed, _ := loadSeed(b)
	return []struct{ name, text string }{
		{"seed", seed},
		{"seed-x50", strings.Repeat(seed+"\n", 50)},
	}
}

// BenchmarkFindings measures the finding pass alone: lexicon matching and
// the finding rules on a parsed document.
func BenchmarkFindings(b *testing.B) {
	for _, bc := range benchTexts(b) {
		b.Run(bc.name, func(b *testing.B) {
			doc := nlp.Parse(bc.text)
			lex := lexicon.Default()
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				findings(doc, lex.Match(doc))
			}
		})
	}
}

// BenchmarkScore measures the scoring of every statement of an analysed
// document: the factors, their contributions and the document score.
func BenchmarkScore(b *testing.B) {
	for _, bc := range benchTexts(b) {
		b.Run(bc.name, func(b *testing.B) {
			r, err := Analyze(bc.text)
			if err != nil {
				b.Fatal(err)
			}
			w := DefaultWeights()
			doc := nlp.Parse(bc.text)
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			var scratch []Contribution
			for b.Loop() {
				var sc scorer
				attrs := make([][]Attribution, len(r.Statements))
				fs := make([][]Finding, len(r.Statements))
				for i := range r.Statements {
					attrs[i], fs[i] = r.Statements[i].Attributions, r.Statements[i].Findings
				}
				sc.init(doc, attrs, fs, scratch)
				for i := range r.Statements {
					st := &r.Statements[i]
					st.Score, st.Explanation = sc.score(st, &w)
				}
				scratch = sc.compact(r.Statements)
				r.Score = documentScore(r.Statements)
			}
		})
	}
}

// BenchmarkAnalyze measures the whole analysis, text to report.
func BenchmarkAnalyze(b *testing.B) {
	for _, bc := range benchTexts(b) {
		b.Run(bc.name, func(b *testing.B) {
			var a Analyzer
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.Analyze(bc.text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAnalyzePolNeAR measures the whole analysis over the PolNeAR
// development articles, news text of the kind the tool is for, when they
// are found next to the repository: each article in turn, as a batch
// would.
func BenchmarkAnalyzePolNeAR(b *testing.B) {
	var texts []string
	size := 0
	paths, _ := filepath.Glob("../shared/eval/polnear-dev/text/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	if len(texts) == 0 {
		b.Skip("no PolNeAR articles next to the repository")
	}
	for _, bc := range []struct {
		name string
		a    Analyzer
	}{{"model", Analyzer{}}, {"rules", Analyzer{Attribution: attribution.Extractor{RulesOnly: true}}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range texts {
					if _, err := bc.a.Analyze(t); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
