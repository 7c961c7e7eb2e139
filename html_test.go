package hearsay

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// render draws nodes in a compact form for tests: [class:text] for an
// element, with ^ after the class when it holds its span's start and $
// when it holds its end.
func render(nodes []*htmlNode) string {
	var b strings.Builder
	var walk func([]*htmlNode)
	walk = func(ns []*htmlNode) {
		for _, n := range ns {
			if n.Mark == nil {
				b.WriteString(n.Text)
				continue
			}
			b.WriteString("[" + n.Mark.Class)
			if n.Head {
				b.WriteString("^")
			}
			if n.Tail {
				b.WriteString("$")
			}
			b.WriteString(":")
			walk(n.Children)
			b.WriteString("]")
		}
	}
	walk(nodes)
	return b.String()
}

// plain is the text of nodes without markup.
func plain(nodes []*htmlNode) string {
	var b strings.Builder
	var walk func([]*htmlNode)
	walk = func(ns []*htmlNode) {
		for _, n := range ns {
			b.WriteString(n.Text)
			walk(n.Children)
		}
	}
	walk(nodes)
	return b.String()
}

func sp(start, end, prio int, class string) markSpan {
	return markSpan{start, end, prio, &htmlMark{Class: class}}
}

func TestMarkup(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		base   int
		spans  []markSpan
		want   string
		reason string
	}{
		{"none", "Officials said.", 0, nil, "Officials said.", "text without spans is one text node"},
		{"disjoint", "Officials said it.", 0,
			[]markSpan{sp(0, 9, prioSource, "source"), sp(10, 14, prioCue, "cue")},
			"[source^$:Officials] [cue^$:said] it.", "spans side by side"},
		{"nested", "He said the boat sank.", 0,
			[]markSpan{sp(8, 21, prioContent, "content"), sp(12, 16, prioFinding, "f")},
			"He said [content^$:the [f^$:boat] sank].", "a finding inside content nests"},
		{"crossing", "abcdefgh", 0,
			[]markSpan{sp(0, 5, prioContent, "A"), sp(3, 8, prioFinding, "B")},
			"[A^$:abc[B^:de]][B$:fgh]", "the later span is closed where the earlier ends and opened again"},
		{"crossing three", "abcdefghij", 0,
			[]markSpan{sp(0, 4, prioContent, "A"), sp(2, 7, prioSource, "B"), sp(3, 10, prioFinding, "C")},
			"[A^$:ab[B^:c[C^:d]]][C$:[B$:efg]hij]", "after a split, the longer span goes outside"},
		{"same extent", "said", 0,
			[]markSpan{sp(0, 4, prioCue, "cue"), sp(0, 4, prioContent, "content"), sp(0, 4, prioFinding, "f")},
			"[content^$:[f^$:[cue^$:said]]]", "equal spans nest content, finding, cue from outside in"},
		{"longer outside", "the alleged plot", 0,
			[]markSpan{sp(4, 11, prioCue, "cue"), sp(0, 16, prioFinding, "f")},
			"[f^$:the [cue^$:alleged] plot]", "a longer span is outside a shorter one whatever its kind"},
		{"offset base", "He said it.", 100,
			[]markSpan{sp(103, 107, prioCue, "cue")},
			"He [cue^$:said] it.", "spans are absolute; the text starts at base"},
		{"clipped before", "sank. Then", 50,
			[]markSpan{sp(40, 54, prioContent, "content")},
			"[content$:sank]. Then", "content from an earlier statement: no head here"},
		{"clipped after", "He said the", 0,
			[]markSpan{sp(8, 40, prioContent, "content")},
			"He said [content^:the]", "content running into the next statement: no tail here"},
		{"inside a rune", "café noir", 0,
			[]markSpan{sp(4, 6, prioFinding, "f")},
			"caf[f^$:é ]noir", "a span starting inside é widens to the whole character"},
		{"end inside a rune", "naïve", 0,
			[]markSpan{sp(0, 3, prioFinding, "f")},
			"[f^$:naï]ve", "an end inside ï widens to its end"},
		{"empty and reversed", "abc", 0,
			[]markSpan{sp(1, 1, prioCue, "cue"), sp(2, 1, prioCue, "cue")},
			"abc", "empty and reversed spans draw nothing"},
		{"far outside", "abc", 0,
			[]markSpan{sp(-10, -5, prioCue, "cue"), sp(10, 20, prioCue, "cue"), sp(-3, 99, prioContent, "content")},
			"[content:abc]", "spans outside the text are dropped, spans around it clipped"},
		{"nil mark", "abc", 0,
			[]markSpan{{0, 2, prioCue, nil}},
			"abc", "a span without a mark is ignored"},
		{"empty text", "", 0, []markSpan{sp(0, 3, prioCue, "cue")}, "", "nothing to draw"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			nodes := markup(tc.text, tc.base, tc.spans)
			assert.Equal(t, tc.want, render(nodes), tc.reason)
			assert.Equal(t, tc.text, plain(nodes), "the text is kept whole")
		})
	}
}

// FuzzMarkup checks that any spans keep the text whole, split it only at
// character boundaries, and nest.
func FuzzMarkup(f *testing.F) {
	f.Add("Trump claimed the vessel carried 11 “terrorists.”", 0, 5, 6, 13, 14, 48)
	f.Add("naïve café", 2, 3, 1, 8, 0, 11)
	f.Add("\xff\xfe bad", 0, 1, 1, 2, -1, 3)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		spans := []markSpan{sp(a, b, prioContent, "content"), sp(c, d, prioFinding, "f"), sp(e, g, prioCue, "cue"), sp(c, b, prioSource, "source")}
		nodes := markup(text, 0, spans)
		require.Equal(t, text, plain(nodes))
		if !utf8.ValidString(text) {
			return
		}
		var walk func([]*htmlNode)
		walk = func(ns []*htmlNode) {
			for _, n := range ns {
				if n.Mark == nil {
					require.True(t, utf8.ValidString(n.Text), "piece %q cuts a character", n.Text)
					continue
				}
				require.NotEmpty(t, plain(n.Children), "an element holds text")
				walk(n.Children)
			}
		}
		walk(nodes)
	})
}

// FuzzWriteHTML analyzes any text and draws it: the page is UTF-8, its
// spans nest, and the text comes back whole from the page.
func FuzzWriteHTML(f *testing.F) {
	f.Add("Officials claimed, without evidence, that 11 “terrorists” were aboard.\n\nHe said: “No.”")
	f.Add("<b>“Never,” she said</b> & 'so'")
	f.Add("naïve café — “a ‘quote’ inside” — he said.")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		r, err := Analyze(text)
		if err != nil {
			return // an internal error is the analyzer's, tested there
		}
		var out bytes.Buffer
		require.NoError(t, WriteHTML(&out, r, &HTMLOptions{Text: text}))
		page := out.String()
		require.True(t, utf8.ValidString(page))
		parseSpans(t, page)
		texts := regexp.MustCompile(`(?s)<p class="text"[^>]*>(.*?)</p>`).FindAllStringSubmatch(page, -1)
		require.Len(t, texts, len(r.Statements))
		tag := regexp.MustCompile(`<[^>]*>`)
		for i, m := range texts {
			// html/template writes NUL, which HTML does not allow, as U+FFFD;
			// bidi controls are shown as tags (bidiWriter).
			want := strings.ReplaceAll(r.Statements[i].Text, "\x00", "\uFFFD")
			var wb strings.Builder
			for _, c := range want {
				if isBidiControl(c) {
					fmt.Fprintf(&wb, "⟦U+%04X⟧", c)
				} else {
					wb.WriteRune(c)
				}
			}
			want = wb.String()
			require.Equal(t, want, html.UnescapeString(tag.ReplaceAllString(m[1], "")), "statement %d comes back whole", i)
		}
	})
}

func seedHTML(t *testing.T) (string, *Report, string) {
	t.Helper()
	b, err := os.ReadFile("testdata/venezuela-strike.txt")
	require.NoError(t, err)
	text := string(b)
	r, err := Analyze(text)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, WriteHTML(&out, r, &HTMLOptions{Title: "venezuela-strike.txt", Text: text}))
	return out.String(), r, text
}

// element is a span of the page, read back by parseSpans.
type element struct {
	attrs map[string]string
	text  string // unescaped text inside, markup removed
}

var (
	tagRE  = regexp.MustCompile(`<(/?)([a-zA-Z0-9]+)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*(/?)>`)
	attrRE = regexp.MustCompile(`([a-zA-Z-]+)(?:="([^"]*)")?`)
)

// parseSpans reads the span elements of a page written by WriteHTML,
// checking that they nest.
func parseSpans(t *testing.T, page string) []element {
	t.Helper()
	type open struct {
		el    *element
		start int
	}
	var stack []open
	var out []*element
	var text strings.Builder
	pos := 0
	for _, m := range tagRE.FindAllStringSubmatchIndex(page, -1) {
		text.WriteString(html.UnescapeString(page[pos:m[0]]))
		pos = m[1]
		name := page[m[4]:m[5]]
		if name != "span" {
			continue
		}
		if m[3] > m[2] { // closing
			require.NotEmpty(t, stack, "</span> without <span> at byte %d", m[0])
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			top.el.text = text.String()[top.start:]
			continue
		}
		el := &element{attrs: map[string]string{}}
		for _, a := range attrRE.FindAllStringSubmatch(page[m[6]:m[7]], -1) {
			el.attrs[a[1]] = html.UnescapeString(a[2])
		}
		out = append(out, el)
		stack = append(stack, open{el, text.Len()})
	}
	require.Empty(t, stack, "unclosed spans")
	els := make([]element, len(out))
	for i, e := range out {
		els[i] = *e
	}
	return els
}

func hasClass(e element, c string) bool {
	return strings.Contains(" "+e.attrs["class"]+" ", " "+c+" ")
}

// TestWriteHTMLSeed checks that every attribution and finding of the seed
// article is in the page with its stance or category.
func TestWriteHTMLSeed(t *testing.T) {
	page, r, text := seedHTML(t)
	require.True(t, utf8.ValidString(page))
	els := parseSpans(t, page)
	// Pieces of one span share data-attr (attributions) or position;
	// join the pieces of each attribution's cue.
	cues := map[string]string{}
	stances := map[string]string{}
	for _, e := range els {
		if hasClass(e, "cue") && e.attrs["data-attr"] != "" {
			cues[e.attrs["data-attr"]] += e.text
			stances[e.attrs["data-attr"]] = e.attrs["data-stance"]
		}
	}
	for _, st := range r.Statements {
		for i, a := range st.Attributions {
			id := fmt.Sprintf("a%d-%d", st.Index, i)
			assert.Equal(t, a.Cue.Text, cues[id], "cue %s in statement %d", id, st.Index)
			assert.Equal(t, string(a.Stance), stances[id], "stance of %s", id)
		}
	}
	for _, st := range r.Statements {
		for _, f := range st.Findings {
			found := false
			for _, e := range els {
				if hasClass(e, "f") && e.attrs["data-category"] == string(f.Category) && strings.Contains(f.Text, e.text) && e.text != "" {
					found = true
					break
				}
			}
			assert.True(t, found, "finding %s %q in statement %d", f.Category, f.Text, st.Index)
		}
	}
	// One paragraph for each line of the article; one block per statement.
	lines := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			lines++
		}
	}
	assert.Equal(t, lines, strings.Count(page, `<div class="para">`))
	assert.Equal(t, len(r.Statements), strings.Count(page, `<details class="why"`))
	assert.Contains(t, page, `<title>venezuela-strike.txt</title>`)
	assert.Contains(t, page, fmt.Sprintf(`<span class="num">%.2f</span>`, r.Score), "document score")
	assert.Contains(t, page, `<th scope="row"><bdi>Donald Trump</bdi></th>`, "ledger")
	assert.Contains(t, page, `id="s3-why"`)
}

// TestWriteHTMLSelfContained checks that the page loads nothing and that
// its script is the one its Content-Security-Policy allows.
func TestWriteHTMLSelfContained(t *testing.T) {
	page, _, _ := seedHTML(t)
	for _, bad := range []string{"src=", "http://", "https://", "@import", "url(", "<link rel=\"stylesheet\""} {
		assert.NotContains(t, page, bad, "the page must not load anything")
	}
	m := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindAllStringSubmatch(page, -1)
	require.Len(t, m, 1)
	h := sha256.Sum256([]byte(m[0][1]))
	want := "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(page)
	require.NotNil(t, csp)
	assert.Contains(t, html.UnescapeString(csp[1]), "script-src "+want)
	assert.Contains(t, html.UnescapeString(csp[1]), "default-src 'none'")
}

// TestWriteHTMLEscapes feeds markup through every field that reaches the
// page.
func TestWriteHTMLEscapes(t *testing.T) {
	evil := `<script>alert("x")</script> & 'q' <img src=x onerror=alert(1)>`
	text := `Officials said ` + evil + ` was “terrorist” work.`
	r, err := Analyze(text)
	require.NoError(t, err)
	r.ID = `</title><script>alert(2)</script>`
	r.Sources = append(r.Sources, Source{Name: `<b onmouseover="x">`, Kind: "person", Stances: map[lexicon.Stance]int{`"><script>`: 1}})
	st := &r.Statements[0]
	st.Attributions = append(st.Attributions, Attribution{
		Cue:    Cue{Span: nlp.Span{Start: 0, End: 9}, Text: "Officials", Lemma: `"onmouseover="alert(3)`},
		Stance: `x" onclick="alert(4)`,
		Source: &AttributionSource{Span: nlp.Span{Start: 0, End: 9}, Text: `<i>`, Kind: `"><svg onload=alert(5)>`, Resolved: `<u>`},
	})
	st.Explanation = append(st.Explanation, Contribution{Factor: `<factor>`, Text: `<em>`})
	var out bytes.Buffer
	require.NoError(t, WriteHTML(&out, r, nil))
	page := out.String()
	for _, bad := range []string{"<script>alert", "<img", "<b ", "<i>", "<u>", "<em>", "<svg", "<factor>", `" onclick=`, `"onmouseover=`} {
		assert.NotContains(t, page, bad)
	}
	assert.Contains(t, page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
	assert.Equal(t, 1, strings.Count(page, "<script>"), "only the page's own script")
	parseSpans(t, page)
}

// TestWriteHTMLRobust draws reports whose offsets do not fit their text,
// as hand-edited JSON may have.
func TestWriteHTMLRobust(t *testing.T) {
	tests := []struct {
		name   string
		r      *Report
		reason string
	}{
		{"empty", &Report{Schema: Schema}, "no statements"},
		{"offsets outside", &Report{Statements: []Statement{{
			Span: nlp.Span{Start: 10, End: 20}, Text: "short",
			Attributions: []Attribution{{Cue: Cue{Span: nlp.Span{Start: 5, End: 500}}, Source: &AttributionSource{Span: nlp.Span{Start: -4, End: 2}}, Content: &Content{Span: nlp.Span{Start: 30, End: 12}}}},
			Findings:     []Finding{{Span: nlp.Span{Start: 12, End: 13}}, {Span: nlp.Span{Start: 1 << 40, End: -1 << 40}}},
		}}}, "spans beyond the statement and reversed spans"},
		{"unsorted and overlapping statements", &Report{Statements: []Statement{
			{Index: 1, Span: nlp.Span{Start: 6, End: 11}, Text: "world"},
			{Index: 0, Span: nlp.Span{Start: 0, End: 8}, Text: "hello wo"},
		}}, "statements out of order"},
		{"invalid UTF-8", &Report{Statements: []Statement{{Span: nlp.Span{Start: 0, End: 4}, Text: "\xe2\x80a\xff",
			Findings: []Finding{{Category: Hedge, Span: nlp.Span{Start: 1, End: 3}}}}}}, "bytes that are not UTF-8"},
		{"nil source", &Report{Statements: []Statement{{Span: nlp.Span{Start: 0, End: 4}, Text: "said",
			Attributions: []Attribution{{Cue: Cue{Span: nlp.Span{Start: 0, End: 4}}, Stance: lexicon.Neutral}}}}}, "an attribution without source or content"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			require.NotPanics(t, func() {
				require.NoError(t, WriteHTML(&out, tc.r, nil), tc.reason)
			})
			parseSpans(t, out.String())
		})
	}
}

func TestWriteHTMLErrors(t *testing.T) {
	var out bytes.Buffer
	assert.ErrorContains(t, WriteHTML(&out, nil, nil), "nil report")
	r, err := Analyze("Officials said it. It rained.")
	require.NoError(t, err)
	err = WriteHTML(&out, r, &HTMLOptions{Text: "Something else entirely."})
	assert.ErrorContains(t, err, "hearsay: WriteHTML: the text does not match the report at statement 0")
	assert.ErrorContains(t, WriteHTML(failWriter{}, r, nil), "hearsay: writing HTML")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

// TestWriteHTMLParagraphs checks how the text between statements is kept.
func TestWriteHTMLParagraphs(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		paras  int
		gap    bool
		reason string
	}{
		{"one line", "It rained. Officials said so.", 1, false, "no line break"},
		{"lines", "It rained.\nOfficials said so.\nThe end.", 3, false, "without blank lines, each line is a paragraph"},
		{"blank lines", "It rained\nhard. Then\nit stopped.\n\nOfficials said so.", 2, false, "with blank lines, only they separate paragraphs"},
		{"heading", "STORM\n\nIt rained. Officials said so.", 2, false, "a heading is a statement of its own"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Analyze(tc.text)
			require.NoError(t, err)
			var out bytes.Buffer
			require.NoError(t, WriteHTML(&out, r, &HTMLOptions{Text: tc.text}))
			assert.Equal(t, tc.paras, strings.Count(out.String(), `<div class="para">`), tc.reason)
			assert.Equal(t, tc.gap, strings.Contains(out.String(), `class="gap"`))
			out.Reset()
			require.NoError(t, WriteHTML(&out, r, nil))
			assert.Equal(t, 1, strings.Count(out.String(), `<div class="para">`), "without the text, one paragraph")
		})
	}
}

// TestWriteHTMLGap shows text the statements do not cover.
func TestWriteHTMLGap(t *testing.T) {
	r := &Report{Statements: []Statement{{Span: nlp.Span{Start: 0, End: 3}, Text: "One"}, {Index: 1, Span: nlp.Span{Start: 8, End: 11}, Text: "Two"}}}
	var out bytes.Buffer
	require.NoError(t, WriteHTML(&out, r, &HTMLOptions{Text: "One <x> Two ~end"}))
	assert.Contains(t, out.String(), `<p class="gap"><bdi>&lt;x&gt;</bdi></p>`)
	assert.Contains(t, out.String(), `<p class="gap"><bdi>~end</bdi></p>`)
}

func TestWriteHTMLCrossStatementContent(t *testing.T) {
	// A quotation over two statements: its content is shaded in both,
	// opened in the first and closed in the second.
	text := `“We will stay. We will not leave,” she said.`
	second := strings.Index(text, " We") + 1
	said := strings.Index(text, "said")
	contentEnd := strings.Index(text, "”")
	r := &Report{Statements: []Statement{
		{Index: 0, Span: nlp.Span{Start: 0, End: second - 1}, Text: text[:second-1]},
		{Index: 1, Span: nlp.Span{Start: second, End: len(text)}, Text: text[second:],
			Attributions: []Attribution{{
				Cue: Cue{Span: nlp.Span{Start: said, End: said + 4}, Text: "said"}, Stance: lexicon.Neutral, Quote: attribution.Direct,
				Content: &Content{Span: nlp.Span{Start: len("“"), End: contentEnd}},
			}}},
	}}
	var out bytes.Buffer
	require.NoError(t, WriteHTML(&out, r, &HTMLOptions{Text: text}))
	var contents []element
	for _, e := range parseSpans(t, out.String()) {
		if hasClass(e, "content") && e.attrs["data-attr"] == "a1-0" {
			contents = append(contents, e)
		}
	}
	require.Len(t, contents, 2)
	assert.Equal(t, "content head", contents[0].attrs["class"])
	assert.Equal(t, "We will stay.", contents[0].text)
	assert.Equal(t, "content tail", contents[1].attrs["class"])
	assert.Equal(t, "We will not leave,", contents[1].text)
}

func TestScoreBand(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{{0, "low"}, {0.19, "low"}, {0.2, "mid"}, {0.49, "mid"}, {0.5, "high"}, {1, "high"}} {
		assert.Equal(t, tc.want, scoreBand(tc.v), "%v", tc.v)
	}
}

func BenchmarkWriteHTML(b *testing.B) {
	text, err := os.ReadFile("testdata/venezuela-strike.txt")
	require.NoError(b, err)
	r, err := Analyze(string(text))
	require.NoError(b, err)
	opts := &HTMLOptions{Text: string(text)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteHTML(bytes.NewBuffer(nil), r, opts); err != nil {
			b.Fatal(err)
		}
	}
}
