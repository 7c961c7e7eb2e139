package hearsay

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
)

// ComparisonSchema names the JSON form of a Comparison.
const ComparisonSchema = "hearsay-compare/v1"

// A Comparison sets two reports on one event side by side: how each
// article reported the same sources, and which framing terms only one of
// them used. Compare makes one; it holds no input text beyond the cue and
// term words.
//
// # Doubt share and asymmetry
//
// The doubt share of a set of attribution cues is
//
//	(assertive + accusation) / all cues
//
// counting cues by stance: the share the writer framed with doubt
// (claimed, alleged, insisted) or as a charge (accused, branded, labeled)
// rather than neutrally (said, told), as fact (confirmed, admitted), or as
// the source's own denial, speculation, demand or commitment (promised,
// vowed: a commissive cue is not doubt). It lies in [0, 1] and is
// undefined (nil) when there are no cues.
//
// The asymmetry is B's doubt share minus A's, in [−1, 1]: positive when
// article B frames the source (or, for the whole comparison, its sources
// taken together) with more doubt or more charges than article A, negative
// when less, 0 when alike. It is nil when either share is undefined, as
// for a source only one article reports. "Said" in A and "claimed" in B
// for a source's one statement gives it an asymmetry of +1.
type Comparison struct {
	Schema string `json:"schema"` // ComparisonSchema
	// A and B summarize the two articles, in the order given to Compare.
	A ArticleSummary `json:"a"`
	B ArticleSummary `json:"b"`
	// Asymmetry is B.Doubt − A.Doubt over all attributions of each
	// article, nil when either is undefined.
	Asymmetry *float64 `json:"asymmetry"`
	// Sources lists every source either article reports, matched by
	// name: the resolved name ("Donald Trump" for "Trump" and "He"),
	// compared without regard to case, spacing or the form of
	// apostrophes. Anonymous sources match by their words ("officials").
	// Sources appear in order of first report, in A and then in B.
	Sources []SourceComparison `json:"sources"`
	// OnlyA and OnlyB list the findings (loaded terms, hedges, boosters,
	// scare quotes, evidence markers, vague sources) whose term only one
	// article used, in order of first use.
	OnlyA []TermUse `json:"only_a"`
	OnlyB []TermUse `json:"only_b"`
}

// An ArticleSummary holds one side of a Comparison.
type ArticleSummary struct {
	ID           string  `json:"id,omitempty"` // the report's ID, such as its file name
	Score        float64 `json:"score"`        // the document score
	Statements   int     `json:"statements"`   // how many statements the report has
	Attributions int     `json:"attributions"` // how many attributions, over all statements
	// Stances counts the article's attribution cues by stance.
	Stances map[lexicon.Stance]int `json:"stances"`
	// Doubt is the doubt share of all the article's cues, nil when it has
	// none.
	Doubt *float64 `json:"doubt"`
}

// A SourceComparison is one source as each article reports it.
type SourceComparison struct {
	// Name is the source's name as first reported; Key is the form
	// compared (attribution.NameKey: "Mr. Trump" and "President Donald J.
	// Trump" are "trump" and "donald trump"). For attributions with no
	// source in the text, Name is "(no source)"; for the writer's own,
	// "(the writer)".
	Name string                 `json:"name"`
	Key  string                 `json:"key"`
	Kind attribution.SourceKind `json:"kind"` // as first reported, a pronoun giving way to a later kind
	A    SourceSide             `json:"a"`    // how article A reports the source
	B    SourceSide             `json:"b"`    // how article B reports it
	// Asymmetry is B.Doubt − A.Doubt, nil unless both articles report
	// the source.
	Asymmetry *float64 `json:"asymmetry"`
	// Changed reports whether the articles use different cues for the
	// source: other words, other stances, other counts, or the source in
	// one article only. Cues compare by their words in lower case, their
	// stance and whether they are negated, not by where they stand.
	Changed bool `json:"changed"`
}

// A SourceSide is how one article reports a source.
type SourceSide struct {
	Cues    []CueUse               `json:"cues"`    // in text order; empty when the article does not report the source
	Stances map[lexicon.Stance]int `json:"stances"` // the cues counted by stance
	Doubt   *float64               `json:"doubt"`   // the cues' doubt share; nil without cues
}

// A CueUse is one attribution cue as an article used it.
type CueUse struct {
	Text      string         `json:"text"`  // as written: "claimed"
	Lemma     string         `json:"lemma"` // the lexicon term: "claim"
	Stance    lexicon.Stance `json:"stance"`
	Negated   bool           `json:"negated,omitempty"` // a negated cue: "did not deny"
	Statement int            `json:"statement"`         // the index of the statement holding it
}

// A TermUse is a finding term as one article used it.
type TermUse struct {
	Category Category `json:"category"` // the finding's category
	// Term is what is compared, in lower case: the lexicon term
	// ("terrorist"), or a scare quote's quoted words.
	Term string `json:"term"`
	// Texts are the distinct forms used, as written: "terrorists".
	Texts      []string `json:"texts"`
	Count      int      `json:"count"`      // how many findings of the term the article has
	Statements []int    `json:"statements"` // the statements holding them, in order, without repeats
}

// Compare compares two reports, typically of two articles on the same
// event. It does not modify them. See Comparison for the figures.
func Compare(a, b *Report) Comparison {
	c := Comparison{Schema: ComparisonSchema, A: summarize(a), B: summarize(b)}
	c.Asymmetry = diff(c.A.Doubt, c.B.Doubt)
	index := map[string]int{}
	collect := func(r *Report, side int) {
		if r == nil {
			return
		}
		for _, st := range r.Statements {
			for _, at := range st.Attributions {
				name, kind := attributionSource(at)
				key := attribution.NameKey(name)
				i, ok := index[key]
				if !ok {
					i = len(c.Sources)
					index[key] = i
					c.Sources = append(c.Sources, SourceComparison{Name: name, Key: key, Kind: kind})
				}
				sc := &c.Sources[i]
				if sc.Kind == attribution.Pronoun && kind != attribution.Pronoun {
					sc.Kind = kind
				}
				s := &sc.A
				if side == 1 {
					s = &sc.B
				}
				s.Cues = append(s.Cues, CueUse{Text: at.Cue.Text, Lemma: at.Cue.Lemma, Stance: at.Stance, Negated: at.Negated, Statement: st.Index})
			}
		}
	}
	collect(a, 0)
	collect(b, 1)
	for i := range c.Sources {
		sc := &c.Sources[i]
		for _, s := range []*SourceSide{&sc.A, &sc.B} {
			s.Cues = nonNil(s.Cues)
			s.Stances = map[lexicon.Stance]int{}
			for _, cu := range s.Cues {
				s.Stances[cu.Stance]++
			}
			s.Doubt = doubtShare(s.Stances)
		}
		sc.Asymmetry = diff(sc.A.Doubt, sc.B.Doubt)
		sc.Changed = !slices.Equal(cueKeys(sc.A.Cues), cueKeys(sc.B.Cues))
	}
	c.Sources = nonNil(c.Sources)
	ta, tb := termUses(a), termUses(b)
	c.OnlyA, c.OnlyB = onlyIn(ta, tb), onlyIn(tb, ta)
	return c
}

func summarize(r *Report) ArticleSummary {
	s := ArticleSummary{Stances: map[lexicon.Stance]int{}}
	if r == nil {
		return s
	}
	s.ID, s.Score, s.Statements = r.ID, r.Score, len(r.Statements)
	for _, st := range r.Statements {
		s.Attributions += len(st.Attributions)
		for _, at := range st.Attributions {
			s.Stances[at.Stance]++
		}
	}
	s.Doubt = doubtShare(s.Stances)
	return s
}

// doubtShare is (assertive + accusation) / all, nil for no cues.
func doubtShare(stances map[lexicon.Stance]int) *float64 {
	total := 0
	for _, n := range stances {
		total += n
	}
	if total == 0 {
		return nil
	}
	v := float64(stances[lexicon.Assertive]+stances[lexicon.Accusation]) / float64(total)
	return &v
}

func diff(a, b *float64) *float64 {
	if a == nil || b == nil {
		return nil
	}
	v := *b - *a
	return &v
}

// attributionSource names an attribution's source the way the ledger
// does: the resolved name, an anonymous source's words, a pronoun's
// referent.
func attributionSource(at Attribution) (string, attribution.SourceKind) {
	s := at.Source
	if s == nil || s.Kind == attribution.None || s.Kind == "" {
		return "(no source)", attribution.None
	}
	if s.Kind == attribution.Self {
		return "(the writer)", attribution.Self
	}
	name := s.Resolved
	if s.Kind == attribution.Anonymous || name == "" {
		name = s.Text
	}
	return strings.Join(strings.Fields(name), " "), s.Kind
}

// nameKey is the form in which cue words and terms are compared (source
// names by attribution.NameKey).
func nameKey(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// cueKeys lists cues by words, stance and negation, sorted, so that two
// sides compare as multisets.
func cueKeys(cs []CueUse) []string {
	keys := make([]string, len(cs))
	for i, cu := range cs {
		keys[i] = fmt.Sprintf("%s\x00%s\x00%t", nameKey(cu.Text), cu.Stance, cu.Negated)
	}
	slices.Sort(keys)
	return keys
}

// termUses groups a report's findings by category and term, in order of
// first use.
func termUses(r *Report) []TermUse {
	if r == nil {
		return nil
	}
	var out []TermUse
	index := map[string]int{}
	for _, st := range r.Statements {
		for _, f := range st.Findings {
			term := f.Term
			if term == "" {
				term = f.Text
			}
			term = nameKey(term)
			key := string(f.Category) + "\x00" + term
			i, ok := index[key]
			if !ok {
				i = len(out)
				index[key] = i
				out = append(out, TermUse{Category: f.Category, Term: term})
			}
			u := &out[i]
			u.Count++
			if !slices.Contains(u.Texts, f.Text) {
				u.Texts = append(u.Texts, f.Text)
			}
			if n := len(u.Statements); n == 0 || u.Statements[n-1] != st.Index {
				u.Statements = append(u.Statements, st.Index)
			}
		}
	}
	return out
}

// onlyIn returns the uses in a whose category and term b lacks.
func onlyIn(a, b []TermUse) []TermUse {
	in := map[string]bool{}
	for _, u := range b {
		in[string(u.Category)+"\x00"+u.Term] = true
	}
	out := []TermUse{}
	for _, u := range a {
		if !in[string(u.Category)+"\x00"+u.Term] {
			out = append(out, u)
		}
	}
	return out
}

// WriteComparisonText writes c for a person at a terminal: both articles'
// scores and doubt shares, the asymmetry, each source with the cues each
// article used for it, and the terms only one article used.
func WriteComparisonText(w io.Writer, c *Comparison) error {
	ew := &errWriter{w: w}
	for _, s := range []struct {
		label string
		a     *ArticleSummary
	}{{"A", &c.A}, {"B", &c.B}} {
		name := s.a.ID
		if name == "" {
			name = "(article " + s.label + ")"
		}
		ew.printf("%s  %s\n   score %s %.2f, %d statements, %d attributions, doubt share %s\n",
			s.label, terminalSafe(name), bar(s.a.Score, 20), s.a.Score, s.a.Statements, s.a.Attributions, fmtShare(s.a.Doubt, s.a.Stances))
	}
	ew.printf("Asymmetry (B - A) %s\n\n", fmtSigned(c.Asymmetry))
	if len(c.Sources) > 0 {
		ew.printf("Sources (doubt share = assertive and accusation cues / all cues)\n")
	}
	for _, sc := range c.Sources {
		mark := " "
		if sc.Changed {
			mark = "*"
		}
		ew.printf("%s %s [%s]: doubt A %s, B %s, asymmetry %s\n", mark, terminalSafe(sc.Name), sc.Kind, fmtShare(sc.A.Doubt, sc.A.Stances), fmtShare(sc.B.Doubt, sc.B.Stances), fmtSigned(sc.Asymmetry))
		if !sc.Changed {
			ew.printf("      A, B  %s\n", fmtCues(sc.A.Cues))
			continue
		}
		ew.printf("      A     %s\n", fmtCues(sc.A.Cues))
		ew.printf("      B     %s\n", fmtCues(sc.B.Cues))
	}
	if len(c.Sources) > 0 {
		ew.printf("  (* the articles use different cues for the source)\n\n")
	}
	for _, s := range []struct {
		label string
		us    []TermUse
	}{{"A", c.OnlyA}, {"B", c.OnlyB}} {
		if len(s.us) == 0 {
			ew.printf("Only in %s: no terms\n", s.label)
			continue
		}
		ew.printf("Only in %s\n", s.label)
		for _, u := range s.us {
			ew.printf("    %-18s %s ×%d, statements %v\n", u.Category, quoteAll(u.Texts), u.Count, u.Statements)
		}
	}
	return ew.err
}

func fmtShare(v *float64, stances map[lexicon.Stance]int) string {
	if v == nil {
		return "-"
	}
	total := 0
	for _, n := range stances {
		total += n
	}
	return fmt.Sprintf("%.2f (%d of %d)", *v, stances[lexicon.Assertive]+stances[lexicon.Accusation], total)
}

func fmtSigned(v *float64) string {
	if v == nil {
		return "-"
	}
	if *v == 0 {
		return "0.00" // not -0.00
	}
	return fmt.Sprintf("%+.2f", *v)
}

func fmtCues(cs []CueUse) string {
	if len(cs) == 0 {
		return "-"
	}
	parts := make([]string, len(cs))
	for i, cu := range cs {
		neg := ""
		if cu.Negated {
			neg = "not "
		}
		parts[i] = fmt.Sprintf("%q (%s%s) #%d", cu.Text, neg, cu.Stance, cu.Statement)
	}
	return strings.Join(parts, ", ")
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// ComparisonHTMLOptions adjust WriteComparisonHTML. The zero value is
// ready to use.
type ComparisonHTMLOptions struct {
	// Title heads the page; empty means "hearsay comparison".
	Title string
	// A and B are the options of each article's own view: its title
	// (empty means the report's ID, or "A" and "B") and its text.
	A, B HTMLOptions
}

// WriteComparisonHTML writes the comparison of a and b (Compare) as one
// self-contained HTML page, on the same terms as WriteHTML: a table of the
// two articles' scores and doubt shares, the sources with the cues each
// article used (coloured and labelled by stance; sources whose cues differ
// marked ▲), the terms only one article used, and both articles with their
// findings in place, side by side (one above the other on a narrow
// screen).
func WriteComparisonHTML(w io.Writer, a, b *Report, opts *ComparisonHTMLOptions) error {
	if a == nil || b == nil {
		return fmt.Errorf("hearsay: WriteComparisonHTML: nil report")
	}
	var o ComparisonHTMLOptions
	if opts != nil {
		o = *opts
	}
	if o.Title == "" {
		o.Title = "hearsay comparison"
	}
	if o.A.Title == "" {
		o.A.Title = cmp.Or(a.ID, "A")
	}
	if o.B.Title == "" {
		o.B.Title = cmp.Or(b.ID, "B")
	}
	c := Compare(a, b)
	ra, err := newHTMLReport(a, "a-", o.A)
	if err != nil {
		return err
	}
	rb, err := newHTMLReport(b, "b-", o.B)
	if err != nil {
		return err
	}
	ra.Doubt = "doubt share " + fmtShare(c.A.Doubt, c.A.Stances)
	rb.Doubt = "doubt share " + fmtShare(c.B.Doubt, c.B.Stances)
	hc := &htmlComparison{
		Asymmetry: fmtSigned(c.Asymmetry),
		Reports:   []*htmlReport{ra, rb},
	}
	switch {
	case c.Asymmetry == nil:
		hc.AsymmetryNote = "At least one article attributes nothing, so there is no asymmetry to measure."
	case *c.Asymmetry > 0:
		hc.AsymmetryNote = "B frames what its sources say with more doubt or more charges than A."
	case *c.Asymmetry < 0:
		hc.AsymmetryNote = "A frames what its sources say with more doubt or more charges than B."
	default:
		hc.AsymmetryNote = "Both articles frame what their sources say with doubt or charges in the same share."
	}
	for _, s := range []struct {
		label, name string
		a           *ArticleSummary
	}{{"A", o.A.Title, &c.A}, {"B", o.B.Title, &c.B}} {
		hc.Sides = append(hc.Sides, htmlSide{Label: s.label, Name: s.name, Score: s.a.Score, Doubt: fmtShare(s.a.Doubt, s.a.Stances), Stances: stanceCounts(s.a.Stances)})
	}
	for _, sc := range c.Sources {
		hs := htmlSourceComparison{
			Name: sc.Name, Kind: sc.Kind, Changed: sc.Changed, A: sc.A.Cues, B: sc.B.Cues,
			DoubtA: fmtShare(sc.A.Doubt, sc.A.Stances), DoubtB: fmtShare(sc.B.Doubt, sc.B.Stances), Asymmetry: fmtSigned(sc.Asymmetry),
		}
		if sc.Asymmetry != nil && *sc.Asymmetry > 0 {
			hs.Sign = "pos"
		} else if sc.Asymmetry != nil && *sc.Asymmetry < 0 {
			hs.Sign = "neg"
		}
		hc.Sources = append(hc.Sources, hs)
	}
	for _, s := range []struct {
		label, name string
		us          []TermUse
	}{{"A", o.A.Title, c.OnlyA}, {"B", o.B.Title, c.OnlyB}} {
		ht := htmlTerms{Label: s.label, Name: s.name}
		for _, u := range s.us {
			ht.Terms = append(ht.Terms, htmlTerm{Category: u.Category, Text: strings.Join(u.Texts, ", "), Count: u.Count})
		}
		hc.Terms = append(hc.Terms, ht)
	}
	return executeHTML(w, "compare", &htmlPage{Title: o.Title, Comparison: hc})
}

// htmlComparison is a Comparison laid out for the templates.
type htmlComparison struct {
	Sides         []htmlSide
	Asymmetry     string
	AsymmetryNote string
	Sources       []htmlSourceComparison
	Terms         []htmlTerms
	Reports       []*htmlReport
}

type htmlSide struct {
	Label, Name string
	Score       float64
	Doubt       string
	Stances     []stanceCount
}

type htmlSourceComparison struct {
	Name                      string
	Kind                      attribution.SourceKind
	Changed                   bool
	A, B                      []CueUse
	DoubtA, DoubtB, Asymmetry string
	Sign                      string
}

type htmlTerms struct {
	Label, Name string
	Terms       []htmlTerm
}

type htmlTerm struct {
	Category Category
	Text     string
	Count    int
}
