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

// polnearTexts returns the PolNeAR development articles when they are
// found next to the repository, and their size in bytes.
func polnearTexts(b *testing.B) ([]string, int) {
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
	return texts, size
}

// BenchmarkAnalyzePolNeAR measures the whole analysis over the PolNeAR
// development articles, news text of the kind the tool is for, when they
// are found next to the repository: each article in turn, as a batch
// would.
func BenchmarkAnalyzePolNeAR(b *testing.B) {
	texts, size := polnearTexts(b)
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

// BenchmarkScorePolNeAR measures what the analysis does after the
// lexicon and the attributions over the PolNeAR development articles:
// the findings, their context check and the score of every statement,
// the stages that a whole analysis measures among much else.
func BenchmarkScorePolNeAR(b *testing.B) {
	texts, size := polnearTexts(b)
	type parsed struct {
		doc     *nlp.Document
		matches []lexicon.Match
		attrs   [][]Attribution
		sts     []Statement
	}
	docs := make([]parsed, len(texts))
	lex := lexicon.Default()
	for i, t := range texts {
		doc := nlp.Parse(t)
		ms := lex.Match(doc)
		var x attribution.Extractor
		attrs := x.ExtractMatches(doc, ms)
		docs[i] = parsed{doc, ms, attributionsBySentence(attrs, doc.Text, len(doc.Sentences)), make([]Statement, len(doc.Sentences))}
	}
	w := DefaultWeights()
	var scratch []Contribution
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			fs := findings(d.doc, d.matches)
			var sc scorer
			sc.index(d.doc, d.attrs)
			fs = inContext(d.doc, fs, d.attrs, sc.contents)
			sc.init(d.doc, d.attrs, fs, scratch)
			for i, s := range d.doc.Sentences {
				st := &d.sts[i]
				*st = Statement{Index: i, Span: s.Span, Text: s.Text, Attributions: d.attrs[i], Findings: fs[i]}
				st.Score, st.Explanation = sc.score(st, &w)
			}
			scratch = sc.compact(d.sts)
		}
	}
}
