package wordset

import (
	"slices"
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	s := Of("mr", "dr", "gen", "", "u.s")
	for _, w := range []string{"mr", "dr", "gen", "", "u.s"} {
		if !s.Has(w) || !s.HasBytes([]byte(w)) {
			t.Errorf("%q not found", w)
		}
	}
	for _, w := range []string{"m", "mrs", "Mr", "general", "us", "rd"} {
		if s.Has(w) || s.HasBytes([]byte(w)) {
			t.Errorf("%q found", w)
		}
	}
	if s.Len() != 5 {
		t.Errorf("Len %d, want 5", s.Len())
	}
	got := slices.Sorted(s.All())
	if want := []string{"", "dr", "gen", "mr", "u.s"}; !slices.Equal(got, want) {
		t.Errorf("All %q, want %q", got, want)
	}
	var z Set
	if z.Has("a") || z.Len() != 0 {
		t.Error("the zero Set is not empty")
	}
	z.Add("a")
	if !z.Has("a") {
		t.Error("Add to the zero Set")
	}
}

// news is a sentence of news text, its words as a tokenizer lowercases
// them.
var news = strings.Fields("the president said on tuesday that the deal , which critics called a giveaway to the industry , would not be signed before the election , according to two officials familiar with the talks")

var function = []string{"the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which", "who", "and", "or", "but", "not", "would", "be", "before", "after", "according"}

// BenchmarkHas looks up the words of a news sentence in a set of
// function words; BenchmarkMap does the same in a plain map, to show
// what the filter saves on words that are in no set.
func BenchmarkHas(b *testing.B) {
	s := Of(function...)
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range news {
			if s.Has(w) {
				n++
			}
		}
	}
	_ = n
}

func BenchmarkMap(b *testing.B) {
	m := map[string]struct{}{}
	for _, w := range function {
		m[w] = struct{}{}
	}
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range news {
			if _, ok := m[w]; ok {
				n++
			}
		}
	}
	_ = n
}

// BenchmarkHasMiss looks up words that are in no set, most tokens of news.
func BenchmarkHasMiss(b *testing.B) {
	s := Of(function...)
	miss := strings.Fields("president said tuesday deal critics called giveaway industry signed election officials familiar talks")
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range miss {
			if s.Has(w) {
				n++
			}
		}
	}
	_ = n
}
