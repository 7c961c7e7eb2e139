package hearsay

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkCharSpans walks the JSON of a report on input and checks that
// every object with a "start" and an "end" (every span, wherever it is)
// has "start_char" and "end_char", and that slicing the input by code
// points there gives what slicing it by bytes at start and end gives. It
// returns the number of spans checked.
func checkCharSpans(t *testing.T, input string, raw []byte) int {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal(raw, &v))
	runes := []rune(input)
	n := 0
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["start"].(float64); ok {
				e := v["end"].(float64)
				sc, ok1 := v["start_char"].(float64)
				ec, ok2 := v["end_char"].(float64)
				require.True(t, ok1 && ok2, "%s: a span without start_char and end_char", path)
				require.True(t, 0 <= sc && sc <= ec && int(ec) <= len(runes), "%s: code points %v:%v out of bounds", path, sc, ec)
				require.Equal(t, input[int(s):int(e)], string(runes[int(sc):int(ec)]), "%s: bytes %v:%v, code points %v:%v", path, s, e, sc, ec)
				n++
			}
			for k, x := range v {
				walk(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path+"[]", x)
			}
		}
	}
	walk("report", v)
	return n
}

func TestCharSpans(t *testing.T) {
	seed, _ := loadSeed(t)
	tests := []struct{ name, input, reason string }{
		{"seed", seed, "curly quotes and dashes throughout: the issue that Python slicing by byte offsets got every cue wrong"},
		{"ascii", "Officials said the boat sank. He denied it.", "code points equal bytes"},
		{"emoji and accents", "Ünïcödé “quotes” — and emoji 🙂 said the spokesman. “Nein,” sagte Müller.", "two-, three- and four-byte code points before spans"},
		{"combining marks", "Jose\u0301 said the regime \u201cobliterated\u201d it. Officials claimed so.", "a combining accent is a code point of its own"},
		{"cjk", "東京 officials said the plan may fail. 北京 denied it.", "three-byte code points at the start of sentences"},
		{"quotation across sentences", "“We will win. They will lose. Nobody doubts it,” she said. Rivals might argue otherwise.", "content parts in later statements"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Analyze(tt.input)
			require.NoError(t, err)
			raw, err := json.Marshal(r)
			require.NoError(t, err)
			n := checkCharSpans(t, tt.input, raw)
			assert.Greater(t, n, 2*len(r.Statements), "spans beyond the statements' were checked (%s)", tt.reason)
		})
	}
}

// FuzzCharSpans: for any UTF-8 input, slicing the input by code points at
// every span's start_char and end_char gives the span's text.
func FuzzCharSpans(f *testing.F) {
	for _, s := range []string{
		"", "Ünïcödé “quotes” — and emoji 🙂 said the spokesman.", "“Yes,” she said, “no.” 🙂🙂 He denied it.",
		"Officials claimed — without evidence — it was “a hoax.”", "東京 officials said it may fail.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, input string) {
		if !utf8.ValidString(input) {
			return // refused with ErrInvalidUTF8; FuzzAnalyze checks that
		}
		r, err := Analyze(input)
		require.NoError(t, err)
		raw, err := json.Marshal(r)
		require.NoError(t, err)
		checkCharSpans(t, input, raw)
	})
}

// BenchmarkCharSpans measures filling in the code point offsets of a
// report on the seed article, to compare with BenchmarkAnalyze.
func BenchmarkCharSpans(b *testing.B) {
	seed, _ := loadSeed(b)
	r, err := Analyze(seed)
	require.NoError(b, err)
	b.ReportAllocs()
	b.SetBytes(int64(len(seed)))
	for b.Loop() {
		setCharOffsets(r, seed)
	}
}

// TestCharOffsetsAt holds charOffsets.at to utf8.RuneCountInString at
// every code point's start, for ASCII text (which needs no table) and
// for text with multi-byte code points, one table reused for both in
// turn as the pool would.
func TestCharOffsetsAt(t *testing.T) {
	var c charOffsets
	for _, text := range []string{
		"", "a", "Officials said the boat sank.", "exactly8", "sixteen bytes ok",
		"“Quoted,” she said — café — ok", "é", "abcdefg\u00e9", "The plan, officials said.",
		strings.Repeat("x", 63) + "\u201c",
	} {
		c.init(text)
		if isASCII(text) != (utf8.RuneCountInString(text) == len(text)) {
			t.Errorf("isASCII(%q) = %v", text, isASCII(text))
		}
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) {
				continue
			}
			if got, want := c.at(off), utf8.RuneCountInString(text[:off]); got != want {
				t.Errorf("at(%d) of %q = %d, want %d", off, text, got, want)
			}
		}
		if got, want := c.at(len(text)+5), utf8.RuneCountInString(text); got != want {
			t.Errorf("at past the end of %q = %d, want %d", text, got, want)
		}
	}
}
