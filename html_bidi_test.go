package hearsay

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var bidiControls = []rune{0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}

// showBidi is the plain statement of what bidiWriter does, to check it
// against.
func showBidi(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isBidiControl(r) {
			fmt.Fprintf(&b, "⟦U+%04X⟧", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestWriteHTMLBidi checks that an unterminated right-to-left override
// (and every other bidi control) cannot reorder the report: each is shown
// as a visible tag, and every piece of the article's text is isolated.
func TestWriteHTMLBidi(t *testing.T) {
	text := "Officials denied \u202eit was over. The minister said \u2067ok\u2069 and \u202adid\u202c not \u200fcomment. \u202dcritics\u061c claimed it."
	var a Analyzer
	r, err := a.Analyze(text)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, WriteHTML(&out, r, &HTMLOptions{Title: "report \u202eLAINED", Text: text}))
	page := out.String()
	for _, c := range bidiControls {
		assert.NotContains(t, page, string(c), "U+%04X is shown, not obeyed", c)
	}
	assert.Contains(t, page, "denied</span>", "the cue is still found")
	assert.Contains(t, page, "⟦U+202E⟧</bdi>", "the override is shown where it stands, outside the content it precedes")
	assert.Contains(t, page, "<bdi>it was over</bdi>")
	assert.Contains(t, page, "<h1><bdi>report ⟦U+202E⟧LAINED</bdi></h1>", "the title too")
	for i, st := range r.Statements {
		assert.Contains(t, page, fmt.Sprintf(`data-start="%d" data-end="%d"`, st.Start, st.End), "statement %d keeps its input offsets", i)
	}
	// Every piece of text in a statement is inside a <bdi>.
	texts := regexp.MustCompile(`(?s)<p class="text"[^>]*>(.*?)</p>`).FindAllStringSubmatch(page, -1)
	require.Len(t, texts, len(r.Statements))
	bdi := regexp.MustCompile(`<bdi>[^<]*</bdi>`)
	tag := regexp.MustCompile(`<[^>]*>`)
	for _, m := range texts {
		rest := tag.ReplaceAllString(bdi.ReplaceAllString(m[1], ""), "")
		assert.Empty(t, rest, "text outside <bdi> in %s", m[1])
	}
	assert.Contains(t, page, "unicode-bidi: isolate", "the marks isolate their content too")
}

// TestBidiWriter writes text through bidiWriter in pieces of every size,
// cutting the controls' UTF-8 bytes apart, and checks the result is the
// same as at once.
func TestBidiWriter(t *testing.T) {
	for _, in := range []string{
		"plain",
		"a\u202eb",
		"\u202e\u202e\u2066\u2069\u200e\u200f\u061c",
		"é–—‘’“” \u2028 ⟦ ✓ ✗ ⟨⟩ ▲ \u2060 \u2065 \u206a",
		"ends with \u202e",
		"\xe2\x80", // cut off, not a control: passed on as is
		"\xd8",
	} {
		want := showBidi(in)
		if !utf8.ValidString(in) {
			want = in
		}
		for size := 1; size <= 8; size++ {
			var out bytes.Buffer
			w := &bidiWriter{w: &out}
			for i := 0; i < len(in); i += size {
				n, err := w.Write([]byte(in[i:min(i+size, len(in))]))
				require.NoError(t, err)
				require.Equal(t, min(size, len(in)-i), n)
			}
			require.NoError(t, w.flush())
			assert.Equal(t, want, out.String(), "%q in pieces of %d", in, size)
		}
	}
}

// FuzzBidiWriter checks that bidiWriter, given valid UTF-8 in two pieces,
// writes what showBidi returns: no control survives, nothing else changes.
func FuzzBidiWriter(f *testing.F) {
	f.Add("Officials denied \u202eit.", 18)
	f.Add("\u2067\u2069\u061c", 1)
	f.Fuzz(func(t *testing.T, s string, cut int) {
		if !utf8.ValidString(s) {
			return
		}
		cut = max(0, min(cut, len(s)))
		var out bytes.Buffer
		w := &bidiWriter{w: &out}
		w.Write([]byte(s[:cut]))
		w.Write([]byte(s[cut:]))
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		if got, want := out.String(), showBidi(s); got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
}
