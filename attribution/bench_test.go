package attribution

import (
	"os"
	"testing"

	"github.com/hearsay-go/hearsay/nlp"
)

// BenchmarkExtract measures Extract alone on the seed article.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := nlp.Parse(string(text))
	var x Extractor
	x.Extract(doc) // load the lexicon outside the loop
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		x.Extract(doc)
	}
}

// BenchmarkParseExtract measures parsing and extraction together, the
// cost of attribution from raw text without part-of-speech tags.
func BenchmarkParseExtract(b *testing.B) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	var x Extractor
	x.Extract(nlp.Parse(s))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		x.Extract(nlp.Parse(s))
	}
}

// BenchmarkParseTaggedExtract is BenchmarkParseExtract with prose's
// part-of-speech tagger, for the trade-off in speed.
func BenchmarkParseTaggedExtract(b *testing.B) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	p := nlp.Parser{Tag: true}
	var x Extractor
	doc, _ := p.Parse(s)
	x.Extract(doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		doc, _ := p.Parse(s)
		x.Extract(doc)
	}
}
