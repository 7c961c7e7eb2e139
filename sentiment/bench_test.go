package sentiment

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/nlp"
)

func seed(b *testing.B) (string, *nlp.Document) {
	b.Helper()
	data, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	return text, nlp.Parse(text)
}

// BenchmarkSentence scores every sentence of the seed article, parsed
// once outside the loop: the cost sentiment adds to an analysis.
func BenchmarkSentence(b *testing.B) {
	text, doc := seed(b)
	var a Analyzer
	a.Text("warm up") // load the lexicon outside the loop
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range doc.Sentences {
			_ = a.Sentence(doc, s)
		}
	}
}

// BenchmarkText parses the seed article and scores it as one unit.
func BenchmarkText(b *testing.B) {
	text, _ := seed(b)
	var a Analyzer
	a.Text("warm up")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Text(text)
	}
}

// BenchmarkLoad loads VADER's lexicon file with Load.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(strings.NewReader(vaderLexiconTxt), "vader_lexicon.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuiltin compiles the built-in lexicon's index from the terms
// of builtin_gen.go, as the first use of Builtin did before the index
// was generated too (builtin_index_gen.go).
func BenchmarkBuiltin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		compileBuiltin()
	}
}

// BenchmarkSentenceEvicted is BenchmarkSentence with the lexicon evicted
// from the per-core caches before each pass over the article, as the
// other stages of an analysis evict it between documents. The eviction
// is not timed.
func BenchmarkSentenceEvicted(b *testing.B) {
	text, doc := seed(b)
	var a Analyzer
	a.Text("warm up")
	evict := make([]byte, 4<<20) // twice a core's L2 cache
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		for i := 0; i < len(evict); i += 64 {
			evict[i]++
		}
		b.StartTimer()
		for _, s := range doc.Sentences {
			_ = a.Sentence(doc, s)
		}
	}
}
