package hearsay

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/internal/pool"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/sentiment"
)

// ErrInvalidUTF8 is returned (wrapped, with the offset of the first bad
// byte) for input that is not valid UTF-8. The report repeats input text in
// JSON, which cannot carry invalid bytes, so such input is refused rather
// than silently altered.
var ErrInvalidUTF8 = errors.New("hearsay: input is not valid UTF-8")

// ErrInternal is returned (wrapped) when the analysis fails on a defect of
// hearsay rather than on the input. Please report such inputs.
var ErrInternal = errors.New("hearsay: internal error")

// An Analyzer analyzes news text. The zero value is ready to use, with the
// built-in English lexicon. An Analyzer is safe for concurrent use; do not
// change its fields while it is in use.
type Analyzer struct {
	// Lexicon holds the terms to match; nil means lexicon.Default(). To
	// extend the built-in terms, pass lexicon.Merge(lexicon.Default(), own).
	Lexicon *lexicon.Lexicon
	// Parser splits the text; the zero Parser is the default.
	Parser nlp.Parser
	// Weights set the unverified-assertion score; nil means
	// DefaultWeights(). Analyze refuses weights that Weights.Validate
	// refuses: start from DefaultWeights() and change what you need.
	Weights *Weights
	// Sentiment scores each statement's valence; the zero value uses the
	// built-in lexicon.
	Sentiment sentiment.Analyzer
	// Attribution finds reported speech. With Attribution.Cues nil it uses
	// the cue entries of Lexicon (or of the built-in lexicon), matched
	// once for findings and attributions alike.
	Attribution attribution.Extractor
	// Omit leaves parts out of every report, for callers that never read
	// them (flat rows of attributions or findings): the analysis is
	// quicker by what they cost. The zero value omits nothing.
	Omit Parts
}

// Parts name parts of a report that Analyzer.Omit can leave out.
type Parts uint8

// The parts that can be left out.
const (
	// PartSentiment is the valence of every statement and of the
	// document; left out, each is the zero sentiment.Valence. Scores do
	// not depend on it.
	PartSentiment Parts = 1 << iota
	// PartSources is the source ledger; left out, Report.Sources is nil.
	// Attributions keep their sources, resolved.
	PartSources
	// PartExplanation is the factors of every statement's score; left
	// out, each Statement.Explanation is nil. The scores are the same to
	// the bit: what is left out is the factors' share of the score, their
	// order and their copy into the report.
	PartExplanation
)

var defaultWeights = DefaultWeights()

func (a *Analyzer) weights() *Weights {
	if a.Weights != nil {
		return a.Weights
	}
	return &defaultWeights
}

var defaultAnalyzer Analyzer

// Analyze analyzes text with the zero Analyzer.
func Analyze(text string) (*Report, error) { return defaultAnalyzer.Analyze(text) }

func (a *Analyzer) lexicon() *lexicon.Lexicon {
	if a.Lexicon != nil {
		return a.Lexicon
	}
	return lexicon.Default()
}

// Analyze splits text into statements and reports what each contains. Empty
// text gives a report with no statements. Text that is not valid UTF-8 gives
// an error wrapping ErrInvalidUTF8.
//
// Analyze does not panic: a panic inside the analysis (a defect) is
// returned as an error wrapping ErrInternal, so that one bad document
// cannot stop a batch.
func (a *Analyzer) Analyze(text string) (*Report, error) {
	return a.analyze(nil, text)
}

// AnalyzeContext is Analyze that gives up when ctx is done, between stages
// and every few hundred sentences within them, returning ctx's error: a
// long document whose reader has gone away (a closed connection, a run
// stopped by a signal) need not be analyzed to its end.
func (a *Analyzer) AnalyzeContext(ctx context.Context, text string) (*Report, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return a.analyze(ctx, text)
}

// Prepare builds the built-in tables the analyzer uses (the lexicon, the
// sentiment lexicon unless sentiment is omitted, the cue model unless the
// rules alone decide), each in a goroutine of its own, and returns when
// all are built. Analyze builds them on first use anyway, one after the
// other; a program about to analyze calls Prepare so that they are built
// side by side on a machine with more than one CPU, before its workers
// start.
func (a *Analyzer) Prepare() {
	var wg sync.WaitGroup
	build := func(f func()) {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	build(func() { a.lexicon() })
	if a.Omit&PartSentiment == 0 && a.Sentiment.Lexicon == nil {
		build(func() { sentiment.Builtin() })
	}
	if x := &a.Attribution; !x.RulesOnly && x.Model == nil && x.Cues == nil {
		build(func() { attribution.DefaultModel() })
	}
	wg.Wait()
}

// analyze is Analyze, and AnalyzeContext when ctx is not nil.
func (a *Analyzer) analyze(ctx context.Context, text string) (r *Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	done := func() error {
		if ctx == nil {
			return nil
		}
		return ctx.Err()
	}
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("%w: first invalid byte at offset %d", ErrInvalidUTF8, nlp.InvalidUTF8(text))
	}
	if a.Weights != nil {
		if err := a.Weights.Validate(); err != nil {
			return nil, err
		}
	}
	doc := docPool.Get()
	defer putDoc(doc)
	if err := a.Parser.ParseInto(doc, text); err != nil {
		return nil, fmt.Errorf("hearsay: %w", err)
	}
	if err := done(); err != nil {
		return nil, err
	}
	lex := a.lexicon()
	work := analysisPool.Get()
	defer analysisPool.Put(work)
	matches := lex.AppendMatch(work.matches[:0], doc)
	work.matches = matches
	mem := reportMemPool.Get()
	work.findings.gapped = appendGappedMatches(work.findings.gapped[:0], lex, doc, matches, &work.gap)
	fs := findingsInto(doc, matches, &mem.findings, &work.findings)
	if err := done(); err != nil {
		return nil, err
	}
	var attrs []attribution.Attribution
	switch {
	case a.Attribution.Cues == nil && ctx != nil:
		ext := a.Attribution
		ext.Cues = a.Lexicon
		attrs, err = ext.AppendExtractMatchesContext(ctx, work.attrs[:0], doc, matches)
		work.attrs = attrs
		if err != nil {
			return nil, err
		}
	case a.Attribution.Cues == nil:
		// The cues are those of lex, just matched: match once.
		ext := a.Attribution
		ext.Cues = a.Lexicon
		attrs = ext.AppendExtractMatches(work.attrs[:0], doc, matches)
		work.attrs = attrs
	default:
		attrs = a.Attribution.Extract(doc)
	}
	if err := done(); err != nil {
		return nil, err
	}
	ns := len(doc.Sentences)
	work.bySentence, work.counts = resize(work.bySentence, ns), resize(work.counts, ns)
	clear(work.counts)
	bySentence := attributionsBySentenceIn(work.bySentence, work.counts, attrs, doc.Text, mem)
	sc := scorer{mem: &work.score, explain: &mem.explain}
	sc.index(doc, bySentence) // what reaches each statement, for findings and score alike
	fs = inContext(doc, fs, bySentence, sc.contents)
	r = &Report{
		Schema:     Schema,
		Language:   "en",
		Statements: slab(&mem.statements, len(doc.Sentences)),
		mem:        mem,
	}
	w := a.weights()
	sc.init(doc, bySentence, fs, work.slab)
	// what the statements wrote in the slab, for the pool to clear, and
	// the scorer's working slices, also when the analysis stops or
	// panics between statements
	defer func() { work.slab = sc.slab; sc.keep() }()
	sc.noExplanation = a.Omit&PartExplanation != 0
	for i, s := range doc.Sentences {
		if i%256 == 255 {
			if err := done(); err != nil {
				return nil, err
			}
		}
		st := &r.Statements[i]
		*st = Statement{
			Index:        i,
			Span:         s.Span,
			Text:         s.Text,
			Attributions: nonNil(bySentence[i]),
			Findings:     nonNil(fs[i]),
		}
		st.Score, st.Explanation = sc.score(st, w)
	}
	sc.compact(r.Statements)
	if a.Omit&PartSentiment == 0 {
		// The sentences' valences and the document's, in one pass over
		// the sentiment lexicon.
		// The Words go into the array of a released report as far as it
		// has room (none in a new one: see Release).
		mem.words = mem.words[:0]
		r.Sentiment = a.Sentiment.DocumentInto(doc, &mem.words, func(i int, v sentiment.Valence) {
			r.Statements[i].Sentiment = v
			mem.wantWords += len(v.Words)
		})
	}
	r.Score = documentScore(r.Statements)
	if a.Omit&PartSources == 0 {
		r.Sources = ledgerInto(&mem.sources, mem.ledger.NewLedger(doc, attrs))
	}
	setCharOffsets(r, text)
	return r, nil
}

// docPool recycles parsed documents between analyses: the report refers to
// the input text, never to a document's tokens, so a document can be
// reused as soon as its report is built.
var docPool = pool.New(func(d *nlp.Document) bool { return pool.Fits(maxPooledTokens, cap(d.Tokens)) })

// An analysis holds what an analysis makes that its report keeps nothing
// of, for the next analysis: the lexicon's matches and the attributions,
// which the report copies what it needs from.
type analysis struct {
	matches []lexicon.Match
	attrs   []attribution.Attribution
	slab    []Contribution // the scorer's scratch: explanations before compact
	score   scoreScratch   // the scorer's index and working slices
	// bySentence holds the attributions of each sentence, each the
	// statement's own slice, and counts their numbers
	bySentence [][]Attribution
	counts     []int
	findings   findingScratch
	gap        gapScratch
}

// analysisPool recycles analyses, cleared (their values point into the
// text), but not those of very large inputs.
var analysisPool = pool.New(func(w *analysis) bool {
	clear(w.matches)
	clear(w.attrs)
	clear(w.slab) // as long as what an analysis, stopped or not, wrote in it: the rest is clear
	clear(w.bySentence)
	fs := &w.findings
	clear(fs.out)
	clear(fs.terms)
	clear(fs.isCue)
	clear(fs.work)
	w.matches, w.attrs, w.slab = w.matches[:0], w.attrs[:0], w.slab[:0]
	clear(fs.gapped)
	fs.out, fs.terms, fs.isCue, fs.gapped, fs.work = fs.out[:0], fs.terms[:0], fs.isCue[:0], fs.gapped[:0], fs.work[:0]
	return pool.Fits(maxPooledTokens, cap(w.matches), cap(w.attrs), cap(w.slab), cap(w.bySentence), cap(fs.out), cap(fs.terms), cap(fs.isCue), cap(fs.gapped), cap(fs.work), cap(fs.starts)) && w.score.reset(maxPooledTokens) && w.gap.reset(maxPooledTokens)
})

// maxPooledTokens keeps documents of very large inputs out of the pool.
const maxPooledTokens = 1 << 17

func putDoc(d *nlp.Document) { docPool.Put(d) }

// A reportMem holds the arrays a report is made of: the statements, their
// attributions with their sources and contents, their findings, their
// explanations and their sentiment Words, and the report's sources.
// [Report.Release] gives them back for the next analysis, so that a
// program that encodes each report and drops it does not allocate them,
// nor the garbage collector sweep them, document after document.
type reportMem struct {
	statements []Statement
	attrs      []Attribution
	srcs       []AttributionSource
	contents   []Content
	parts      []ContentPart // the contents' parts, of those of several
	findings   []Finding
	explain    []Contribution
	words      []sentiment.Word // the statements' sentiment Words
	wantWords  int              // how many Words the report has, in words or not
	sources    []Source
	ledger     attribution.LedgerMemory // the memory of sources' Stances and Statements
}

// reportMemPool recycles the arrays of released reports, cleared (their
// values point into the text), but not those of very large inputs.
var reportMemPool = pool.New(func(m *reportMem) bool {
	clear(m.statements)
	clear(m.attrs)
	clear(m.srcs)
	clear(m.contents)
	clear(m.parts)
	clear(m.findings)
	clear(m.explain)
	clear(m.words)
	clear(m.sources)
	m.ledger.Reset()
	m.statements, m.attrs, m.srcs, m.contents, m.parts, m.findings, m.explain, m.words, m.sources = m.statements[:0], m.attrs[:0], m.srcs[:0], m.contents[:0], m.parts[:0], m.findings[:0], m.explain[:0], m.words[:0], m.sources[:0]
	return pool.Fits(maxPooledTokens, cap(m.statements), cap(m.attrs), cap(m.parts), cap(m.findings), cap(m.explain), cap(m.words), cap(m.sources))
})

// slab returns *s at length n, all of it zero and never nil, growing it
// when it is too short. Every slab of a reportMem is zero beyond its
// length: the pool clears what a report used.
func slab[T any](s *[]T, n int) []T {
	if cap(*s) < n || *s == nil {
		*s = make([]T, n)
	}
	*s = (*s)[:n]
	return *s
}

// Release gives the memory of r's statements (with their attributions,
// findings, explanations and sentiment Words) and sources back to the
// analyses that follow, for a program that encodes each report and then
// drops it, as hearsay batch does: they are then not allocated anew for
// every document. Neither r nor anything read from it (a copy of it, a
// statement, an attribution, a slice) may be used after Release, and a
// report is released once at most. A report that is not released is
// collected as any other value.
func (r *Report) Release() {
	if r == nil || r.mem == nil {
		return
	}
	m := r.mem
	*r = Report{}
	if m.wantWords > cap(m.words) {
		// Room for the Words of a report as large, and some, from the next
		// one on: a report that is never released has no array of Words
		// beyond what it uses.
		m.words = make([]sentiment.Word, 0, m.wantWords+m.wantWords/2)
	}
	m.wantWords = 0
	reportMemPool.Put(m)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
