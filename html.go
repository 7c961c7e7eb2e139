package hearsay

import (
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
)

// HTMLOptions adjust WriteHTML. The zero value is ready to use.
type HTMLOptions struct {
	// Title heads the page. Empty means the report's ID, or "hearsay
	// report" when that is empty too.
	Title string
	// Text is the text the report was made from. When it is set, the
	// paragraphs of the article are kept (the report alone does not say
	// where one ends) and WriteHTML checks that each statement's text is
	// the text at its offsets. When it is empty, the statements follow one
	// another in a single paragraph.
	Text string
}

// WriteHTML writes r as one self-contained HTML page: no script, style,
// font or image comes from elsewhere, and a Content-Security-Policy in the
// page forbids loading any. The page shows the article statement by
// statement, each with a score bar and every finding in place:
// attribution cues coloured and labelled by stance, sources underlined,
// reported content shaded between ⟨ ⟩, and hedges, boosters, loaded
// terms, scare quotes, evidence markers and vague sources each with its
// own pattern. Hovering over a statement shows what its score is made of;
// clicking it, or its “Why?” line (also with the keyboard), opens the full
// explanation. The source ledger follows as a table, with the document
// score at the top and a legend.
//
// Every piece of input text is escaped (the page is made with
// html/template). Spans may nest or cross, as a cue inside reported
// content does; they are split where they cross, never inside a UTF-8
// character. A report with offsets outside its statements, as from
// hand-edited JSON, is drawn as far as its offsets allow, without panic.
//
// The elements carry data attributes for programs that read the page:
// class "cue" with data-stance, data-rule and, for hypothetical speech,
// data-irrealis; class "source" with data-kind; class "content" with
// data-quote; class "f" (finding) with data-category; and data-attr
// linking the cue, source and content of one attribution, every part of a
// content in several parts included.
func WriteHTML(w io.Writer, r *Report, opts *HTMLOptions) error {
	if r == nil {
		return errors.New("hearsay: WriteHTML: nil report")
	}
	var o HTMLOptions
	if opts != nil {
		o = *opts
	}
	rep, err := newHTMLReport(r, "", o)
	if err != nil {
		return err
	}
	page := htmlPage{Title: rep.Title, Report: rep}
	return executeHTML(w, "report", &page)
}

// htmlPage is what the page templates are executed with.
type htmlPage struct {
	Title      string
	Report     *htmlReport
	Comparison *htmlComparison
}

// Schema, Style and Script are the same for every page.
func (htmlPage) Schema() string      { return Schema }
func (htmlPage) Style() template.CSS { return template.CSS(htmlStyle) }
func (htmlPage) Script() template.JS { return template.JS(htmlScript) }

// htmlReport is one report laid out for the templates.
type htmlReport struct {
	Prefix     string // prefixes every id, to keep two reports apart in one page
	Title      string
	Score      float64
	Counts     string
	Doubt      string // in a comparison, the article's doubt share
	Paragraphs [][]htmlBlock
	Sources    []htmlSource
}

// An htmlBlock is a statement, or text between statements that is not
// white space (Gap).
type htmlBlock struct {
	Gap string
	*htmlStatement
}

type htmlStatement struct {
	ID           string
	Index        int
	Start, End   int
	Score        float64
	Tip          string
	Root         []*htmlNode
	Explanation  []Contribution
	Attributions []string
	Findings     []string
	Compound     float64
}

type htmlSource struct {
	Name       string
	Kind       attribution.SourceKind
	Mentions   int
	Statements []int
	Stances    []stanceCount
}

type stanceCount struct {
	Stance lexicon.Stance
	N      int
}

// An htmlMark is the element around a highlighted span.
type htmlMark struct {
	Class    string // cue, source, content or f (a finding)
	Stance   lexicon.Stance
	Negated  bool
	Irrealis bool
	Category string // a finding's category, "source" or "content"
	Kind     attribution.SourceKind
	Quote    attribution.QuoteType
	Lemma    string
	Term     string
	Rule     string
	Attr     string // the attribution's id, shared by its cue, source and content
	Title    string
}

// An htmlNode is either text or a marked element holding other nodes.
// Head and Tail say whether the element holds the start and the end of
// its span (a span split where it crosses another is drawn in pieces).
type htmlNode struct {
	Text       string
	Mark       *htmlMark
	Head, Tail bool
	Children   []*htmlNode
}

// A markSpan is a span to highlight, in absolute byte offsets.
type markSpan struct {
	start, end int
	prio       int // at equal extent, lower is outer: content, source, finding, cue
	mark       *htmlMark
}

const (
	prioContent = iota
	prioSource
	prioFinding
	prioCue
)

func newHTMLReport(r *Report, prefix string, o HTMLOptions) (*htmlReport, error) {
	title := o.Title
	if title == "" {
		title = r.ID
	}
	if title == "" {
		title = "hearsay report"
	}
	if o.Text != "" {
		for _, st := range r.Statements {
			if st.In(o.Text) != st.Text {
				return nil, fmt.Errorf("hearsay: WriteHTML: the text does not match the report at statement %d (bytes %d to %d)", st.Index, st.Start, st.End)
			}
		}
	}
	rep := &htmlReport{Prefix: prefix, Title: title, Score: r.Score, Counts: reportCounts(r)}
	order := make([]int, len(r.Statements))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return r.Statements[order[i]].Start < r.Statements[order[j]].Start })
	spans := statementSpans(r, prefix, order)
	blankLines := blankLine.MatchString(strings.TrimSpace(o.Text))
	para := []htmlBlock{}
	prevEnd := 0
	for k, i := range order {
		st := &r.Statements[i]
		if o.Text != "" {
			gap := ""
			if st.Start >= prevEnd && st.Start <= len(o.Text) {
				gap = o.Text[prevEnd:st.Start]
			}
			if k > 0 && breaksParagraph(gap, blankLines) && len(para) > 0 {
				rep.Paragraphs = append(rep.Paragraphs, para)
				para = []htmlBlock{}
			}
			if g := strings.TrimSpace(gap); g != "" {
				para = append(para, htmlBlock{Gap: g})
			}
			prevEnd = max(prevEnd, st.End)
		}
		para = append(para, htmlBlock{htmlStatement: newHTMLStatement(st, prefix, spans[k])})
	}
	if o.Text != "" && prevEnd < len(o.Text) {
		if g := strings.TrimSpace(o.Text[prevEnd:]); g != "" {
			para = append(para, htmlBlock{Gap: g})
		}
	}
	if len(para) > 0 {
		rep.Paragraphs = append(rep.Paragraphs, para)
	}
	for _, s := range r.Sources {
		rep.Sources = append(rep.Sources, htmlSource{Name: s.Name, Kind: s.Kind, Mentions: s.Mentions, Statements: s.Statements, Stances: stanceCounts(s.Stances)})
	}
	return rep, nil
}

var blankLine = regexp.MustCompile(`\n[ \t\r\f\v]*\n`)

// breaksParagraph reports whether the text between two statements ends a
// paragraph: a blank line where the text has blank lines, else any line
// break.
func breaksParagraph(gap string, blankLines bool) bool {
	if blankLines {
		return blankLine.MatchString(gap)
	}
	return strings.Contains(gap, "\n")
}

func reportCounts(r *Report) string {
	attrs := 0
	byCat := map[Category]int{}
	nf := 0
	for _, st := range r.Statements {
		attrs += len(st.Attributions)
		for _, f := range st.Findings {
			byCat[f.Category]++
			nf++
		}
	}
	var parts []string
	for _, c := range FindingCategories {
		if n := byCat[c]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, c))
		}
	}
	s := fmt.Sprintf("%s · %s · %s", plural(len(r.Statements), "statement"), plural(attrs, "attribution"), plural(nf, "finding"))
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func stanceCounts(m map[lexicon.Stance]int) []stanceCount {
	var out []stanceCount
	for _, s := range lexicon.Stances {
		if n := m[s]; n > 0 {
			out = append(out, stanceCount{s, n})
		}
	}
	// Stances outside the closed set (from hand-made reports) go last.
	var rest []lexicon.Stance
	for s, n := range m {
		if n > 0 && !slices.Contains(lexicon.Stances, s) {
			rest = append(rest, s)
		}
	}
	slices.Sort(rest)
	for _, s := range rest {
		out = append(out, stanceCount{s, m[s]})
	}
	return out
}

// statementSpans collects every span to highlight and hands each to the
// statements it overlaps (reported content may reach into the next
// statements). The result is indexed like order.
func statementSpans(r *Report, prefix string, order []int) [][]markSpan {
	out := make([][]markSpan, len(order))
	starts := make([]int, len(order))
	for k, i := range order {
		starts[k] = r.Statements[i].Start
	}
	add := func(sp markSpan) {
		if sp.end <= sp.start {
			return
		}
		// The statements from the last one starting at or before sp.start
		// to the last one starting before sp.end.
		first := sort.SearchInts(starts, sp.start+1) - 1
		first = max(first, 0)
		for k := first; k < len(order) && starts[k] < sp.end; k++ {
			st := &r.Statements[order[k]]
			if sp.start < st.End && st.Start < sp.end {
				out[k] = append(out[k], sp)
			}
		}
	}
	for _, i := range order {
		st := &r.Statements[i]
		for ai, a := range st.Attributions {
			id := fmt.Sprintf("%sa%d-%d", prefix, st.Index, ai)
			srcDesc := sourceDesc(a.Source)
			cueDesc := fmt.Sprintf("“%s” (%s)", a.Cue.Text, stanceDesc(a))
			add(markSpan{a.Cue.Start, a.Cue.End, prioCue, &htmlMark{
				Class: "cue", Stance: a.Stance, Negated: a.Negated, Irrealis: a.Irrealis, Lemma: a.Cue.Lemma, Quote: a.Quote, Rule: a.Rule, Attr: id,
				Title: fmt.Sprintf("cue “%s”: %s, %s quote; source %s%s", a.Cue.Text, stanceDesc(a), a.Quote, srcDesc, ruleDesc(a.Rule)),
			}})
			if a.Source != nil && a.Source.Kind != attribution.None {
				add(markSpan{a.Source.Start, a.Source.End, prioSource, &htmlMark{
					Class: "source", Category: "source", Kind: a.Source.Kind, Attr: id,
					Title: fmt.Sprintf("source %s, reported with %s", srcDesc, cueDesc),
				}})
			}
			if a.Content != nil {
				// Each part of a discontinuous content is marked, all with
				// the one mark: they belong to one attribution.
				m := &htmlMark{
					Class: "content", Category: "content", Quote: a.Quote, Attr: id,
					Title: fmt.Sprintf("content (%s quote) reported with %s; source %s", a.Quote, cueDesc, srcDesc),
				}
				for _, sp := range a.Content.spans() {
					add(markSpan{sp.Start, sp.End, prioContent, m})
				}
			}
		}
		for _, f := range st.Findings {
			add(markSpan{f.Start, f.End, prioFinding, &htmlMark{
				Class: "f", Category: string(f.Category), Term: f.Term, Rule: f.Rule,
				Title: findingDesc(f),
			}})
		}
	}
	return out
}

// quoted puts s in quotation marks, unless it already starts with one (a
// scare quote's text).
func quoted(s string) string {
	if strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "'") || strings.HasPrefix(s, "«") {
		return s
	}
	return "“" + s + "”"
}

func stanceDesc(a Attribution) string {
	d := string(a.Stance)
	if a.Negated {
		d = "negated " + d
	}
	if a.Irrealis {
		d = "hypothetical " + d
	}
	return d
}

// ruleDesc names the rule behind an attribution for a title, or gives ""
// when it has none.
func ruleDesc(rule string) string {
	if rule == "" {
		return ""
	}
	return "; rule " + rule
}

func sourceDesc(s *AttributionSource) string {
	if s == nil || s.Kind == attribution.None || s.Kind == "" {
		return "none named"
	}
	d := fmt.Sprintf("“%s” (%s)", s.Text, s.Kind)
	if s.Resolved != "" && s.Resolved != s.Text {
		d += " = " + s.Resolved
	}
	return d
}

func findingDesc(f Finding) string {
	d := fmt.Sprintf("%s %s: %s, weight %.2f", f.Category, quoted(f.Text), f.Rule, f.Weight)
	if f.Term != "" && !strings.EqualFold(f.Term, f.Text) {
		d += ", term “" + f.Term + "”"
	}
	return d
}

func newHTMLStatement(st *Statement, prefix string, spans []markSpan) *htmlStatement {
	hs := &htmlStatement{
		ID:          fmt.Sprintf("%ss%d", prefix, st.Index),
		Index:       st.Index,
		Start:       st.Start,
		End:         st.End,
		Score:       st.Score,
		Explanation: st.Explanation,
		Compound:    st.Sentiment.Compound,
		Root:        markup(st.Text, st.Start, spans),
	}
	var tip []string
	for _, c := range st.Explanation {
		t := fmt.Sprintf("%s %+.2f", c.Factor, c.Contribution)
		if c.Text != "" {
			t += " " + quoted(c.Text)
		}
		tip = append(tip, t)
	}
	if len(tip) == 0 {
		hs.Tip = fmt.Sprintf("Score %.2f: nothing here rests on anyone's word. Click for details.", st.Score)
	} else {
		hs.Tip = fmt.Sprintf("Score %.2f = %s. Click for details.", st.Score, strings.Join(tip, "; "))
	}
	for _, a := range st.Attributions {
		d := fmt.Sprintf("“%s”: %s, %s quote; source %s", a.Cue.Text, stanceDesc(a), a.Quote, sourceDesc(a.Source))
		if a.Content != nil {
			d += "; content " + contentText(a.Content)
		}
		hs.Attributions = append(hs.Attributions, d)
	}
	for _, f := range st.Findings {
		hs.Findings = append(hs.Findings, findingDesc(f))
	}
	return hs
}

// markup builds the nodes of text, which starts at byte offset base of the
// input, with spans (absolute offsets) highlighted. Spans are clipped to
// text and widened to whole UTF-8 characters. Where spans cross, the one
// that opened later is closed and opened again after the other ends, so
// elements nest properly.
func markup(text string, base int, spans []markSpan) []*htmlNode {
	type rel struct {
		start, end         int // clipped to text, relative
		origStart, origEnd int // relative, unclipped
		prio               int
		mark               *htmlMark
	}
	rs := make([]rel, 0, len(spans))
	bounds := []int{0, len(text)}
	for _, sp := range spans {
		if sp.mark == nil {
			continue
		}
		s, e := sp.start-base, sp.end-base
		cs, ce := runeFloor(text, max(s, 0)), runeCeil(text, min(e, len(text)))
		if cs >= ce {
			continue
		}
		rs = append(rs, rel{cs, ce, s, e, sp.prio, sp.mark})
		bounds = append(bounds, cs, ce)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	slices.SortStableFunc(rs, func(a, b rel) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.prio, b.prio))
	})
	type frame struct {
		sp   *rel
		node *htmlNode
	}
	var (
		roots []*htmlNode
		stack []frame
		next  int
	)
	appendChild := func(n *htmlNode) {
		if len(stack) == 0 {
			roots = append(roots, n)
			return
		}
		p := stack[len(stack)-1].node
		p.Children = append(p.Children, n)
	}
	var open []*rel
	for bi, p := range bounds {
		// Close what ends here, and what was opened inside it.
		open = open[:0]
		if k := slices.IndexFunc(stack, func(f frame) bool { return f.sp.end <= p }); k >= 0 {
			for _, f := range stack[k:] {
				if f.sp.end <= p {
					f.node.Tail = f.sp.origEnd <= p
				} else {
					open = append(open, f.sp)
				}
			}
			stack = stack[:k]
		}
		for next < len(rs) && rs[next].start == p {
			open = append(open, &rs[next])
			next++
		}
		// Longer spans outside shorter ones.
		slices.SortStableFunc(open, func(a, b *rel) int {
			return cmp.Or(cmp.Compare(b.end, a.end), cmp.Compare(a.prio, b.prio))
		})
		for _, sp := range open {
			n := &htmlNode{Mark: sp.mark, Head: sp.origStart >= p}
			appendChild(n)
			stack = append(stack, frame{sp, n})
		}
		if bi+1 < len(bounds) {
			appendChild(&htmlNode{Text: text[p:bounds[bi+1]]})
		}
	}
	return roots
}

// runeFloor moves i back to the start of the UTF-8 character holding it.
func runeFloor(s string, i int) int {
	for n := 0; n < utf8.UTFMax-1 && i > 0 && i < len(s) && !utf8.RuneStart(s[i]); n++ {
		i--
	}
	return i
}

// runeCeil moves i forward to the end of the UTF-8 character holding it.
func runeCeil(s string, i int) int {
	for n := 0; n < utf8.UTFMax-1 && i > 0 && i < len(s) && !utf8.RuneStart(s[i]); n++ {
		i++
	}
	return i
}

//go:embed htmltemplate/report.html.tmpl htmltemplate/report.css htmltemplate/report.js
var htmlFiles embed.FS

var (
	htmlStyle  = mustRead("htmltemplate/report.css")
	htmlScript = mustRead("htmltemplate/report.js")
	// htmlCSP allows the page's own style and script and nothing else:
	// a report never loads anything.
	htmlCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" +
		func() string { h := sha256.Sum256([]byte(htmlScript)); return base64.StdEncoding.EncodeToString(h[:]) }() +
		"'; base-uri 'none'; form-action 'none'"
)

func mustRead(name string) string {
	b, err := htmlFiles.ReadFile(name)
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	return string(b)
}

var htmlTemplates = sync.OnceValue(func() *template.Template {
	src := strings.ReplaceAll(mustRead("htmltemplate/report.html.tmpl"), "__CSP__", htmlCSP)
	return template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
		"band":   scoreBand,
		"quoted": quoted,
		"pct":    func(v float64) int { return int(min(1, max(0, v))*100 + 0.5) },
	}).Parse(src))
})

// scoreBand names the band of a score for the bar's colour (the number is
// always printed beside it).
func scoreBand(v float64) string {
	switch {
	case v < 0.2:
		return "low"
	case v < 0.5:
		return "mid"
	default:
		return "high"
	}
}

func executeHTML(w io.Writer, name string, page *htmlPage) error {
	bw := &bidiWriter{w: w}
	err := htmlTemplates().ExecuteTemplate(bw, name, page)
	if err == nil {
		err = bw.flush()
	}
	if err != nil {
		return fmt.Errorf("hearsay: writing HTML: %w", err)
	}
	return nil
}

// A bidiWriter shows the bidirectional formatting characters of the text
// it passes on (embeddings, overrides, isolates and marks, U+202A–U+202E,
// U+2066–U+2069, U+200E, U+200F, U+061C) as visible tags such as
// ⟦U+202E⟧, so that text in a report cannot reorder what follows it: an
// unterminated right-to-left override would otherwise display the rest of
// a statement, and the report's own labels, backwards. Only user text can
// hold them (the templates, style and script have none), and the tags are
// plain text, valid in element content and in attribute values alike.
// Offsets in data attributes are not touched: they still count the input's
// bytes.
type bidiWriter struct {
	w    io.Writer
	tail []byte // the start of a character cut off at the end of a Write
	err  error
}

func (b *bidiWriter) Write(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	n := len(p)
	if len(b.tail) > 0 {
		p = append(b.tail, p...)
		b.tail = nil
	}
	// Keep back an unfinished character at the end, to see it whole.
	if i := len(p) - 1; i >= 0 && (p[i] == 0xE2 || p[i] == 0xD8) {
		b.tail, p = append([]byte(nil), p[i:]...), p[:i]
	} else if i >= 1 && p[i-1] == 0xE2 {
		b.tail, p = append([]byte(nil), p[i-1:]...), p[:i-1]
	}
	start := 0
	for i := 0; i < len(p); i++ {
		if p[i] != 0xE2 && p[i] != 0xD8 {
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if !isBidiControl(r) {
			i += size - 1
			continue
		}
		if _, err := b.w.Write(p[start:i]); err != nil {
			b.err = err
			return 0, err
		}
		if _, err := fmt.Fprintf(b.w, "⟦U+%04X⟧", r); err != nil {
			b.err = err
			return 0, err
		}
		i += size - 1
		start = i + 1
	}
	if _, err := b.w.Write(p[start:]); err != nil {
		b.err = err
		return 0, err
	}
	return n, nil
}

// flush writes what was kept back.
func (b *bidiWriter) flush() error {
	if b.err != nil || len(b.tail) == 0 {
		return b.err
	}
	_, err := b.w.Write(b.tail)
	b.tail = nil
	return err
}

// isBidiControl reports whether r is a bidirectional formatting character.
func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return r == 0x200E || r == 0x200F || r == 0x061C
}
