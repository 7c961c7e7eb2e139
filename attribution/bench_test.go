package attribution

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/nlp/prosetag"
)

// BenchmarkExtract measures Extract alone on the seed article, with the
// cue model and with the rules alone: the difference is the model's cost.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := nlp.Parse(string(text))
	for _, bc := range []struct {
		name string
		x    Extractor
	}{{"model", Extractor{}}, {"rules", Extractor{RulesOnly: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			bc.x.Extract(doc) // load the lexicon and model outside the loop
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				bc.x.Extract(doc)
			}
		})
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
	p := nlp.Parser{Tagger: prosetag.Tagger{}}
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

// hostileShapes are the input shapes that once made extraction quadratic
// (see hearsay's hostile_test.go): run-on text without punctuation, which
// the text layer cuts into 4096-byte sentences full of cues; a long run of
// opening quotation marks and then of closing ones; and very many short
// attributed sentences.
var hostileShapes = []struct {
	name string
	text func() string
}{
	{"NoPunctuation", func() string { return strings.Repeat("officials said the regime may ", (2<<20)/30) }},
	{"NestedQuotes", func() string { return strings.Repeat("\u201c", 50_000) + "x" + strings.Repeat("\u201d", 50_000) }},
	{"ShortSentences", func() string { return strings.Repeat("He said it. ", 100_000) }},
	{"UnbalancedQuotes", func() string {
		return strings.Repeat("He said \u201cit was fine. She said \u2018no. ", 20_000)
	}},
	{"ColonsAndDashes", func() string { return strings.Repeat("A: \u2014 \u201c ", 200_000) }},
}

// BenchmarkExtractHostile measures Extract alone on hostile input shapes;
// the time and allocations per byte should be of the order of news text's.
func BenchmarkExtractHostile(b *testing.B) {
	for _, sh := range hostileShapes {
		b.Run(sh.name, func(b *testing.B) {
			text := sh.text()
			doc := nlp.Parse(text)
			var x Extractor
			x.Extract(doc) // load the lexicon outside the loop
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				x.Extract(doc)
			}
		})
	}
}

// BenchmarkNewLedger measures NewLedger alone on the seed article's
// attributions.
func BenchmarkNewLedger(b *testing.B) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := nlp.Parse(string(text))
	var x Extractor
	as := x.Extract(doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		NewLedger(doc, as)
	}
}

// BenchmarkExtractMatches measures ExtractMatches on the seed article with
// the lexicon matched outside the loop, as hearsay's Analyzer calls it.
func BenchmarkExtractMatches(b *testing.B) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := nlp.Parse(string(text))
	ms := lexicon.Default().Match(doc) // every category, as the Analyzer matches
	var x Extractor
	x.ExtractMatches(doc, ms)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		x.ExtractMatches(doc, ms)
	}
}

// BenchmarkExtractLedgerCorpus measures ExtractMatches and NewLedger
// together, as hearsay's Analyzer calls them, over each test article in
// turn: the .txt files of testdata outside its attribution cases and fuzz
// inputs, the corpus bench/cmd/compare repeats by default.
func BenchmarkExtractLedgerCorpus(b *testing.B) {
	benchExtractLedger(b, "../testdata", false, "attribution", "fuzz")
}

// BenchmarkExtractLedgerPolNeAR is BenchmarkExtractLedgerCorpus over the
// PolNeAR development articles, news text annotated for attribution, when
// they are found next to the repository.
func BenchmarkExtractLedgerPolNeAR(b *testing.B) {
	benchExtractLedger(b, "../../shared/eval/polnear-dev/text", true)
}

// benchExtractLedger measures ExtractMatches and NewLedger over every
// .txt file under dir but in folders named in skip; optional skips the
// benchmark when there is none.
func benchExtractLedger(b *testing.B, dir string, optional bool, skip ...string) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && p != dir && slices.Contains(skip, d.Name()) {
			return fs.SkipDir
		}
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return err
	})
	if len(paths) == 0 && optional {
		b.Skip("no articles in", dir)
	}
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Fatal("no test articles")
	}
	type parsed struct {
		doc *nlp.Document
		ms  []lexicon.Match
	}
	var docs []parsed
	size := 0
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc := nlp.Parse(string(text))
		docs = append(docs, parsed{doc, lexicon.Default().Match(doc)})
		size += len(text)
	}
	for _, bc := range []struct {
		name string
		x    Extractor
	}{{"model", Extractor{}}, {"rules", Extractor{RulesOnly: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					NewLedger(d.doc, bc.x.ExtractMatches(d.doc, d.ms))
				}
			}
		})
	}
}
