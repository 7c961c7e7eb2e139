package attribution

import (
	"os"
	"testing"

	"github.com/hearsay-go/hearsay/nlp"
)

// TestWordClasses holds the word-class table to the sets it is built
// from: on every word of the sets, on every string of one or two bytes
// and of three ASCII bytes (which find tells apart by their hashes
// alone), and on the words of the seed article.
func TestWordClasses(t *testing.T) {
	want := map[string]uint64{}
	for _, s := range allSets() {
		for w := range s.m {
			if w != "" {
				want[w] |= s.bit
			}
		}
	}
	check := func(w string) {
		t.Helper()
		if got := wordClasses.of(w); got != want[w] {
			t.Fatalf("of(%q) = %#x, want %#x", w, got, want[w])
		}
	}
	for w := range want {
		check(w)
		check(w + "s")
		check(w[1:])
	}
	var b [3]byte
	for i := range 256 {
		b[0] = byte(i)
		check(string(b[:1]))
		for j := range 256 {
			b[1] = byte(j)
			check(string(b[:2]))
			if i < 128 && j < 128 {
				for k := range 128 {
					b[2] = byte(k)
					check(string(b[:3]))
				}
			}
		}
	}
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range nlp.Parse(string(text)).Tokens {
		check(tok.Norm)
	}
}
