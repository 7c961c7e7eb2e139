package hearsay

import (
	"errors"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scale shrinks the large inputs under the race detector.
func scale(n int) int {
	if raceEnabled {
		return n / 10
	}
	return n
}

func randomBytes(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return string(b)
}

// randomRunes returns valid UTF-8 mixing letters, punctuation, quotes,
// spaces and symbols from several scripts.
func randomRunes(n int) string {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("abcdefghij ABC .,;:!?“”‘’\"'()—-\n\t0123456789 قال官员é🙂\u200b\u00a0")
	var b strings.Builder
	for b.Len() < n {
		b.WriteRune(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// A hostileCase is an input that scraped pages and broken pipelines
// produce, what its analysis must give, and why.
type hostileCase struct {
	name, input string
	want        func(t *testing.T, r *Report, err error)
	doc         string
}

// hostileCases are the inputs of TestHostileInput and
// BenchmarkHostileInput.
func hostileCases() []hostileCase {
	type check = func(t *testing.T, r *Report, err error)
	ok := func(t *testing.T, r *Report, err error) { require.NoError(t, err) }
	statements := func(n int) check {
		return func(t *testing.T, r *Report, err error) {
			require.NoError(t, err)
			assert.Len(t, r.Statements, n)
		}
	}
	invalid := func(t *testing.T, r *Report, err error) {
		assert.True(t, errors.Is(err, ErrInvalidUTF8), "want ErrInvalidUTF8, got %v", err)
		assert.Nil(t, r)
	}
	capped := func(t *testing.T, r *Report, err error) {
		require.NoError(t, err)
		require.NotEmpty(t, r.Statements)
		for _, st := range r.Statements {
			assert.LessOrEqual(t, st.Len(), nlp.DefaultMaxSentence, "a runaway sentence is cut at DefaultMaxSentence bytes")
		}
	}
	noAttributions := func(t *testing.T, r *Report, err error) {
		require.NoError(t, err)
		for _, st := range r.Statements {
			assert.Empty(t, st.Attributions)
		}
	}
	nSentences := scale(100_000)
	return []hostileCase{
		{"empty", "", statements(0), "an empty report"},
		{"whitespace only", " \t\r\n\u00a0\u2003 \n", statements(0), "an empty report"},
		{"invalid UTF-8", "Officials said \xff\xfe it.", invalid, "refused with the offset of the first bad byte"},
		{"NUL bytes", "Officials\x00said it.\x00\x00He left.", statements(2), "NUL separates words like a space"},
		{"1 MB of random bytes", randomBytes(1 << 20), invalid, "random bytes are not UTF-8: refused"},
		{"1 MB of random runes", randomRunes(1 << 20), ok, "analyzed; spans checked below"},
		{"no punctuation", strings.Repeat("officials said the regime may ", scale(20<<20)/30), capped, "one runaway sentence, cut every 4096 bytes"},
		{"100,000 short sentences", strings.Repeat("He said it. ", nSentences), statements(nSentences), "one statement each"},
		{"unbalanced quotes", strings.Repeat("He said “it was fine. She said ‘no. ", scale(20_000)), ok, "quotes never closed are not quotations"},
		{"deeply nested quotes", strings.Repeat("“", scale(50_000)) + "x" + strings.Repeat("”", scale(50_000)), ok, "analyzed"},
		{"only quotation marks", strings.Repeat("\"", scale(1<<20)), noAttributions, "no words, no attributions"},
		{"HTML markup", strings.Repeat(`<p class="lede">Officials <b>said</b> the &amp; <a href="x">boat</a> sank.</p>`+"\n", scale(20_000)), ok, "markup is text; nothing is stripped"},
		{"right-to-left and CJK", strings.Repeat("قال المسؤولون إن القارب غرق. 官员表示船沉了。 ", scale(30_000)), ok, "analyzed; English lexicons find little"},
		{"emoji", strings.Repeat("Officials said 🙂🇻🇪👍🏽 it sank! ", scale(30_000)), ok, "emoji are symbol tokens"},
		{"1 MB word", strings.Repeat("a", 1<<20), statements(1), "one token, one statement"},
		{"Windows line endings", strings.Repeat("Officials said it sank.\r\n", scale(50_000)), statements(scale(50_000)), "CRLF ends a line like LF"},
		{"colons and dashes", strings.Repeat("A: — “ ", scale(200_000)), ok, "analyzed"},
	}
}

// TestHostileInput analyzes each hostile input and checks what its case
// documents, and that every span lies on the input. How long each takes
// and how much it allocates are figures, not checks:
// BenchmarkHostileInput and scripts/hostile-figures.sh print them. A hang
// ends at go test's -timeout.
func TestHostileInput(t *testing.T) {
	for _, tt := range hostileCases() {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Analyze(tt.input)
			t.Logf("%s: %d bytes; %s", tt.name, len(tt.input), tt.doc)
			tt.want(t, r, err)
			if r != nil {
				checkSpans(t, tt.input, r)
			}
		})
	}
}

// BenchmarkHostileInput reports, per hostile input, the time and the
// bytes allocated per input byte (alloc-B/B). scripts/hostile-figures.sh
// compares the allocation with its bound, 500 bytes an input byte plus
// 64 MB: a report on many tiny sentences is itself some 30 times larger
// than its input, and the analysis allocates several times what it keeps.
func BenchmarkHostileInput(b *testing.B) {
	for _, tt := range hostileCases() {
		b.Run(strings.ReplaceAll(tt.name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(tt.input)))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				_, _ = Analyze(tt.input)
			}
			runtime.ReadMemStats(&after)
			per := float64(after.TotalAlloc-before.TotalAlloc) / float64(b.N)
			b.ReportMetric(per/float64(max(len(tt.input), 1)), "alloc-B/B")
			b.ReportMetric(float64(len(tt.input)), "input-B")
		})
	}
}

// checkSpans asserts that every span of r lies in the input, on rune
// boundaries, with Text equal to the input there.
func checkSpans(t *testing.T, input string, r *Report) {
	t.Helper()
	check := func(what string, start, end int, text string) {
		if start < 0 || start > end || end > len(input) {
			t.Fatalf("%s span %d:%d out of bounds", what, start, end)
		}
		if !utf8.RuneStart(input[start]) && start < len(input) || end < len(input) && !utf8.RuneStart(input[end]) {
			t.Fatalf("%s span %d:%d not on rune boundaries", what, start, end)
		}
		if input[start:end] != text {
			t.Fatalf("%s text %q differs from the input at %d:%d", what, text, start, end)
		}
	}
	for _, st := range r.Statements {
		check("statement", st.Start, st.End, st.Text)
		for _, f := range st.Findings {
			check("finding", f.Start, f.End, f.Text)
		}
		for _, a := range st.Attributions {
			check("cue", a.Cue.Start, a.Cue.End, a.Cue.Text)
			if a.Source != nil {
				check("source", a.Source.Start, a.Source.End, a.Source.Text)
			}
			if a.Content != nil {
				check("content", a.Content.Start, a.Content.End, a.Content.Text)
			}
		}
		checkStatementScore(t, st)
	}
}

// TestConcurrentAnalyzers shares one Analyzer among goroutines; run with
// -race. Every goroutine must get the same report for the same input.
func TestConcurrentAnalyzers(t *testing.T) {
	seed, _ := loadSeed(t)
	inputs := []string{seed, "Officials claimed, without evidence, that it sank.", "", "He said “no.” She denied it."}
	var a Analyzer
	want := make([]string, len(inputs))
	for i, in := range inputs {
		r, err := a.Analyze(in)
		require.NoError(t, err)
		want[i] = mustJSON(t, r)
	}
	const goroutines = 16
	errs := make(chan string, goroutines)
	for g := range goroutines {
		go func() {
			for k := range 20 {
				i := (g + k) % len(inputs)
				r, err := a.Analyze(inputs[i])
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := mustJSON(t, r); got != want[i] {
					errs <- "report differs under concurrent use"
					return
				}
			}
			errs <- ""
		}()
	}
	for range goroutines {
		assert.Empty(t, <-errs)
	}
}
