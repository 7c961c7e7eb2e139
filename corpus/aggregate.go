package corpus

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
)

// A Document is what Options.Each is given of an input document besides
// its report.
type Document struct {
	Line int    // the input line it starts on
	ID   string // its id, "" without one
	// Fields are the kept fields (Options.Keep) as text: a JSON string
	// as is, another JSON value as its JSON, "" for a field it lacks.
	Fields map[string]string
}

// A Period is the span of time an Aggregator groups dates by.
type Period string

// The periods. Weeks are ISO 8601 weeks ("2016-W37"), days "2016-09-12",
// months "2016-09", years "2016".
const (
	Day   Period = "day"
	Week  Period = "week"
	Month Period = "month"
	Year  Period = "year"
)

// An Aggregator adds up analyzed documents by group: all together, by
// the value of an input field (an outlet), or by source; and within a
// group by period of a date field. Sums are exact (Sum), so the result
// does not depend on the order documents are added in or Aggregators
// merged. Set the fields before the first Add; an Aggregator is then safe
// for concurrent use, and Add can be given to Options.Each directly.
type Aggregator struct {
	// By names the input field whose value groups documents, which must
	// be kept (Options.Keep); "" puts every document in one group "".
	By string
	// Sources groups by source instead: each document adds to the group
	// of every entry of its source ledger (hearsay.Source.Name).
	Sources bool
	// Period, when set, splits each group by the period of DateField, a
	// kept field holding dates such as 2016-09-12, 2016-09-12T10:00:00Z,
	// 2016/09/12, 20160912, Sep 12, 2016 or 12 September 2016.
	Period    Period
	DateField string

	mu     sync.Mutex
	groups map[GroupKey]*Group
}

// A GroupKey names a group: the value of Aggregator.By or the source's
// name, and the period ("" without Aggregator.Period).
type GroupKey struct {
	Group, Period string
}

// A Group adds up the documents of one group.
type Group struct {
	GroupKey
	// Documents counts the documents; Statements and Attributions their
	// statements and attributions, or, by source, the statements and
	// attributions of the source.
	Documents, Statements, Attributions int64
	// Stances counts the attributions by stance.
	Stances map[lexicon.Stance]int64
	// Scores sums the documents' scores, or, by source, the scores of
	// the statements attributed to the source.
	Scores Sum
	// Findings counts the findings by category (all of the documents'
	// findings; nil by source).
	Findings map[hearsay.Category]int64

	source bool             // a group of Aggregator.Sources
	names  map[string]int64 // by source: the names it was reported under, counted
}

// MeanScore is the mean of what Scores sums: the mean document score, or
// by source the mean score of its statements; NaN when there are none.
func (g *Group) MeanScore() float64 {
	n := g.Documents
	if g.source {
		n = g.Statements
	}
	if n == 0 {
		return math.NaN()
	}
	return g.Scores.Value() / float64(n)
}

// DoubtShare is the share of attributions whose cue casts doubt on what
// is reported (assertive: claimed, alleged) or charges someone
// (accusation): (assertive + accusation) / attributions; NaN without
// attributions.
func (g *Group) DoubtShare() float64 {
	if g.Attributions == 0 {
		return math.NaN()
	}
	return float64(g.Stances[lexicon.Assertive]+g.Stances[lexicon.Accusation]) / float64(g.Attributions)
}

// Fields returns the input fields the Aggregator reads, to be kept.
func (a *Aggregator) Fields() []string {
	var out []string
	if a.By != "" && !a.Sources {
		out = append(out, a.By)
	}
	if a.Period != "" && a.DateField != "" && !slices.Contains(out, a.DateField) {
		out = append(out, a.DateField)
	}
	return out
}

// Add adds a document and its report. It fails on a date it cannot read,
// naming the line.
func (a *Aggregator) Add(doc Document, r *hearsay.Report) error {
	period := ""
	if a.Period != "" {
		var err error
		if period, err = periodOf(a.Period, doc.Fields[a.DateField]); err != nil {
			return fmt.Errorf("corpus: line %d: field %q: %w", doc.Line, a.DateField, err)
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.groups == nil {
		a.groups = map[GroupKey]*Group{}
	}
	if a.Sources {
		for _, src := range r.Sources {
			g := a.group(GroupKey{attribution.NameKey(src.Name), period}, true)
			if g.names == nil {
				g.names = map[string]int64{}
			}
			g.names[src.Name]++
			g.Documents++
			g.Statements += int64(len(src.Statements))
			for st, n := range src.Stances {
				g.Stances[st] += int64(n)
				g.Attributions += int64(n)
			}
			for _, i := range src.Statements {
				if i >= 0 && i < len(r.Statements) {
					g.Scores.Add(r.Statements[i].Score)
				}
			}
		}
		return nil
	}
	key := ""
	if a.By != "" {
		key = doc.Fields[a.By]
	}
	g := a.group(GroupKey{key, period}, false)
	g.Documents++
	g.Statements += int64(len(r.Statements))
	g.Scores.Add(r.Score)
	for i := range r.Statements {
		st := &r.Statements[i]
		g.Attributions += int64(len(st.Attributions))
		for _, at := range st.Attributions {
			g.Stances[at.Stance]++
		}
		for _, f := range st.Findings {
			g.Findings[f.Category]++
		}
	}
	return nil
}

func (a *Aggregator) group(k GroupKey, source bool) *Group {
	g := a.groups[k]
	if g == nil {
		g = &Group{GroupKey: k, Stances: map[lexicon.Stance]int64{}, source: source}
		if !source {
			g.Findings = map[hearsay.Category]int64{}
		}
		a.groups[k] = g
	}
	return g
}

// Merge adds the groups of o, which is left unchanged.
func (a *Aggregator) Merge(o *Aggregator) {
	if a == o {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.groups == nil {
		a.groups = map[GroupKey]*Group{}
	}
	for k, og := range o.groups {
		g := a.group(k, og.source)
		g.Documents += og.Documents
		g.Statements += og.Statements
		g.Attributions += og.Attributions
		for st, n := range og.Stances {
			g.Stances[st] += n
		}
		for c, n := range og.Findings {
			g.Findings[c] += n
		}
		g.Scores.Merge(og.Scores)
		for n, c := range og.names {
			if g.names == nil {
				g.names = map[string]int64{}
			}
			g.names[n] += c
		}
	}
}

// Groups returns the groups, by group and then period.
//
// By source, names are grouped by attribution.NameKey ("Mr. Trump" and
// "President Donald Trump" are "trump" and "donald trump"), a one-word
// key joins the one longer key of its period that ends with it ("trump"
// joins "donald trump" unless there is also an "ivana trump"), and a
// group is named by a plain name it was reported under, the longest, then
// the most often reported ("Donald Trump" rather than "Mr. Trump"). All of it
// depends on the counts alone, not on the order documents came in.
func (a *Aggregator) Groups() []Group {
	a.mu.Lock()
	defer a.mu.Unlock()
	byKey := make(map[GroupKey]*Group, len(a.groups))
	for k, g := range a.groups {
		c := *g
		c.Scores = Sum{Partials: slices.Clone(g.Scores.Partials)}
		c.Stances = cloneMap(g.Stances)
		c.Findings = cloneMap(g.Findings)
		c.names = cloneMap(g.names)
		byKey[k] = &c
	}
	if a.Sources {
		joinShortNames(byKey)
	}
	out := make([]Group, 0, len(byKey))
	for _, g := range byKey {
		if g.source && len(g.names) > 0 {
			g.Group = mostReported(g.names)
		}
		out = append(out, *g)
	}
	slices.SortFunc(out, func(x, y Group) int {
		return cmp.Or(strings.Compare(x.Group, y.Group), strings.Compare(x.Period, y.Period))
	})
	return out
}

// joinShortNames merges each group whose key is one word into the one
// group of its period whose key has more words and ends with that word.
func joinShortNames(byKey map[GroupKey]*Group) {
	keys := map[string][]string{} // by period
	for k := range byKey {
		keys[k.Period] = append(keys[k.Period], k.Group)
	}
	for period, ks := range keys {
		for short, long := range joinTargets(ks) {
			g, into := byKey[GroupKey{short, period}], byKey[GroupKey{long, period}]
			into.Documents += g.Documents
			into.Statements += g.Statements
			into.Attributions += g.Attributions
			for st, n := range g.Stances {
				into.Stances[st] += n
			}
			into.Scores.Merge(g.Scores)
			if into.names == nil {
				into.names = map[string]int64{}
			}
			for n, c := range g.names {
				into.names[n] += c
			}
			delete(byKey, GroupKey{short, period})
		}
	}
}

// joinTargets maps each one-word key of keys (attribution.NameKey forms)
// to the one longer key that ends with that word, where there is exactly
// one: "trump" to "donald trump", unless there is an "ivana trump" too.
func joinTargets(keys []string) map[string]string {
	longer := map[string][]string{} // last word → the longer keys
	for _, k := range keys {
		if i := strings.LastIndexByte(k, ' '); i >= 0 {
			longer[k[i+1:]] = append(longer[k[i+1:]], k)
		}
	}
	out := map[string]string{}
	for _, k := range keys {
		if strings.IndexByte(k, ' ') < 0 && len(longer[k]) == 1 {
			out[k] = longer[k][0]
		}
	}
	return out
}

// CanonicalNames maps the names a corpus reports its sources under to
// one name a source, as Aggregator.Groups names its source groups:
// names with the same attribution.NameKey are one source, a surname
// alone joins the one full name that ends with it, and a source is
// called by the name it was reported under most often. counts holds how
// often each name was reported; the result maps every name of counts to
// its source's name.
func CanonicalNames(counts map[string]int64) map[string]string {
	byKey := map[string]map[string]int64{}
	keyOf := make(map[string]string, len(counts))
	for name, c := range counts {
		k := attribution.NameKey(name)
		keyOf[name] = k
		if byKey[k] == nil {
			byKey[k] = map[string]int64{}
		}
		byKey[k][name] += c
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	join := joinTargets(keys)
	for short, long := range join {
		for n, c := range byKey[short] {
			byKey[long][n] += c
		}
	}
	out := make(map[string]string, len(counts))
	for name, k := range keyOf {
		if long, ok := join[k]; ok {
			k = long
		}
		out[name] = mostReported(byKey[k])
	}
	return out
}

// mostReported returns the name to call a source by, of the names it
// was reported under: one that is its own key (a plain name, not "Rival
// Hillary Clinton" or "Mr. Trump") if there is one; then the one of most
// words ("Donald Trump" before "Trump"); then the one counted most often,
// and the first in order.
func mostReported(names map[string]int64) string {
	type cand struct {
		name  string
		plain bool
		words int
		n     int64
	}
	var best cand
	first := true
	for name, n := range names {
		c := cand{name, plainName(name), len(strings.Fields(name)), n}
		if first || better(c.plain, best.plain, c.words, best.words, c.n, best.n, c.name, best.name) {
			best, first = c, false
		}
	}
	return best.name
}

// plainName reports whether name is what attribution.NameKey keeps of it,
// but for case.
func plainName(name string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(name), " "), attribution.NameKey(name))
}

// better orders mostReported's candidates.
func better(plain, bestPlain bool, words, bestWords int, n, bestN int64, name, bestName string) bool {
	if plain != bestPlain {
		return plain
	}
	if words != bestWords {
		return words > bestWords
	}
	if n != bestN {
		return n > bestN
	}
	return name < bestName
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// dateLayouts are the forms of date periodOf reads, tried in order.
var dateLayouts = []string{
	"2006-01-02", time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04",
	"2006/01/02", "20060102", "Jan 2, 2006", "January 2, 2006", "2 Jan 2006", "2 January 2006",
	time.RFC1123Z, time.RFC1123, "2006-01",
}

// periodOf returns the period holding a date.
func periodOf(p Period, value string) (string, error) {
	value = strings.TrimSpace(value)
	if value == "" {
		return "", fmt.Errorf("no date")
	}
	var t time.Time
	var err error
	for _, layout := range dateLayouts {
		if t, err = time.Parse(layout, value); err == nil {
			break
		}
	}
	if err != nil {
		return "", fmt.Errorf("cannot read %q as a date (want a form such as 2016-09-12, 2016-09-12T10:00:00Z or Sep 12, 2016)", value)
	}
	switch p {
	case Day:
		return t.Format("2006-01-02"), nil
	case Week:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w), nil
	case Month:
		return t.Format("2006-01"), nil
	case Year:
		return t.Format("2006"), nil
	}
	return "", fmt.Errorf("unknown period %q (want day, week, month or year)", p)
}
