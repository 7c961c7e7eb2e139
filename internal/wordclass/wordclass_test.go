package wordclass

import (
	"fmt"
	"strings"
	"testing"
)

// words is a table of function and modal words, as a word-class file
// holds them, each with a bit or two.
var words = map[string]uint64{
	"the": 1, "a": 1, "an": 1 | 2, "this": 1, "to": 4, "of": 8, "in": 8, "and": 16,
	"would": 32, "could": 32 | 64, "might": 32, "may": 32, "will": 128, "if": 256,
	"whether": 256, "i": 512, "we": 512, "you": 512, "according": 1024, "it's": 2048,
	"u.s.": 4096, "tu": 8, "ot": 8,
}

func TestOf(t *testing.T) {
	tab, err := New(words)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != len(words) {
		t.Errorf("Len %d, want %d", tab.Len(), len(words))
	}
	for w, want := range words {
		if got := tab.Of(w); got != want {
			t.Errorf("Of(%q) = %d, want %d", w, got, want)
		}
	}
	// words of the same length and bytes as ones in the table, in
	// another order or with one byte changed, and the empty word
	for _, w := range []string{"", "teh", "hte", "eht", "ta", "ot.", "o", "b", "wouldd", "woulb", "coulf", "accordinf", "xccording", "us", "u.s", "If", "THE"} {
		if got := tab.Of(w); got != 0 {
			t.Errorf("Of(%q) = %d, want 0", w, got)
		}
	}
	var zero Table
	if zero.Of("the") != 0 || zero.Len() != 0 {
		t.Error("the zero Table is not empty")
	}
}

// TestOfMany checks a table of many words, most of the slots' hashes
// close, against a map.
func TestOfMany(t *testing.T) {
	m := map[string]uint64{}
	for i := range 3000 {
		m[fmt.Sprintf("w%dx", i)] = uint64(i + 1)
	}
	m["skipped"] = 0
	m[""] = 7
	tab, err := New(m)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != 3000 {
		t.Errorf("Len %d, want 3000", tab.Len())
	}
	for i := range 6000 {
		w := fmt.Sprintf("w%dx", i)
		want := m[w]
		if got := tab.Of(w); got != want {
			t.Fatalf("Of(%q) = %d, want %d", w, got, want)
		}
	}
	if tab.Of("skipped") != 0 || tab.Of("") != 0 {
		t.Error("a word without bits, or the empty word, is in the table")
	}
}

func TestNewTooLong(t *testing.T) {
	if _, err := New(map[string]uint64{strings.Repeat("x", 256): 1}); err == nil {
		t.Error("a word of 256 bytes: no error")
	}
}

// news is a sentence of news text, its words as a tokenizer lowercases
// them.
var news = strings.Fields("the president said on tuesday that the deal , which critics called a giveaway to the industry , would not be signed before the election , according to two officials familiar with the talks")

// BenchmarkOf looks up the words of a news sentence; BenchmarkMap does
// the same in a plain map, to show what the table saves.
func BenchmarkOf(b *testing.B) {
	tab, _ := New(words)
	var n uint64
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range news {
			n |= tab.Of(w)
		}
	}
	_ = n
}

func BenchmarkMap(b *testing.B) {
	var n uint64
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range news {
			n |= words[w]
		}
	}
	_ = n
}
