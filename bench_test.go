package hearsay

import (
	"strings"
	"testing"

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
			for b.Loop() {
				var sc scorer
				attrs := make([][]Attribution, len(r.Statements))
				fs := make([][]Finding, len(r.Statements))
				for i := range r.Statements {
					attrs[i], fs[i] = r.Statements[i].Attributions, r.Statements[i].Findings
				}
				sc.init(doc, attrs, fs)
				for i := range r.Statements {
					st := &r.Statements[i]
					st.Score, st.Explanation = sc.score(st, &w)
				}
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
