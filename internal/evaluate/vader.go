package evaluate

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/sentiment"
)

// VaderFiles are the sets of Hutto & Gilbert (2014) that Vader scores, in
// the order it prints them: news first.
var VaderFiles = []string{
	"nytEditorialSnippets_GroundTruth.txt",
	"tweets_GroundTruth.txt",
}

// VaderResult holds Vader's scores: one run per lexicon, each with a score
// per file.
type VaderResult struct {
	Runs []VaderRun // one per analyser configuration
}

// A VaderRun is the scores of one analyser configuration.
type VaderRun struct {
	Name string     // "vader": VADER's lexicon and rules as published; "hearsay": the defaults; "report": the report's document sentiment
	Sets []VaderSet // one per file of VaderFiles
}

// A VaderSet is the score on one file.
type VaderSet struct {
	File    string  // the file's name
	N       int     // rated texts
	Pearson float64 // Pearson r between compound score and mean rating
	MacroF1 float64 // three-class macro-F1, thresholds ±0.05 on mean/4 and on compound
}

// Set returns the run's score on the file, and whether it has one.
func (r VaderRun) Set(file string) (VaderSet, bool) {
	for _, s := range r.Sets {
		if s.File == file {
			return s, true
		}
	}
	return VaderSet{}, false
}

// Run returns the run of the given name, and whether there is one.
func (r VaderResult) Run(name string) (VaderRun, bool) {
	for _, run := range r.Runs {
		if run.Name == name {
			return run, true
		}
	}
	return VaderRun{}, false
}

// vaderItem is one rated text.
type vaderItem struct {
	mean float64 // mean of 20 ratings, -4 … +4
	text string
}

// Vader scores hearsay's sentiment analyser on the ground truth of Hutto
// & Gilbert (2014) in dir (files "id<TAB>mean<TAB>text", CRLF line ends;
// see VaderFiles). Each text is scored as one unit, as VADER does. It runs
// the analyser twice: as VADER ("vader": VADER's lexicon as published, rule
// windows across clauses as in vaderSentiment.py) and as hearsay's default
// ("hearsay": the built-in lexicon with the news adjustments, windows
// within clauses), and a third time through hearsay.Analyze, reading the
// report's document sentiment ("report"). It writes one line per run and
// file to w.
func Vader(dir string, w io.Writer) (VaderResult, error) {
	return VaderErrors(dir, w, nil)
}

// vaderResiduals is how many texts of each file VaderErrors lists.
const vaderResiduals = 40

// VaderErrors is Vader, and when errs is not nil it also writes, for each
// file, the texts the default analyser ("hearsay") misses most: the
// largest differences between the compound score and the mean rating
// scaled to [-1, 1], each with the words that made its score, so that a
// class of error can be read off them.
func VaderErrors(dir string, w, errs io.Writer) (VaderResult, error) {
	sets := make([][]vaderItem, len(VaderFiles))
	for i, name := range VaderFiles {
		items, err := readVader(filepath.Join(dir, name))
		if err != nil {
			return VaderResult{}, err
		}
		sets[i] = items
	}
	runs := []struct {
		name string
		a    *sentiment.Analyzer
	}{
		{"vader", &sentiment.Analyzer{Lexicon: sentiment.VADER(), AcrossClauses: true}},
		{"hearsay", &sentiment.Analyzer{}},
		{"report", nil}, // the report's document sentiment, through hearsay.Analyze
	}
	var res VaderResult
	fmt.Fprintf(w, "%-8s %-38s %5s %7s %8s\n", "lexicon", "file", "n", "r", "macroF1")
	for _, run := range runs {
		vr := VaderRun{Name: run.name}
		for i, items := range sets {
			gold := make([]float64, len(items))
			pred := make([]float64, len(items))
			for j, it := range items {
				gold[j] = it.mean
				if run.a == nil {
					r, err := hearsay.Analyze(it.text)
					if err != nil {
						return res, fmt.Errorf("evaluate: %s: %w", VaderFiles[i], err)
					}
					pred[j] = r.Sentiment.Compound
					continue
				}
				pred[j] = run.a.Text(it.text).Compound
			}
			s := VaderSet{
				File:    VaderFiles[i],
				N:       len(items),
				Pearson: pearson(pred, gold),
				MacroF1: macroF1(pred, gold),
			}
			vr.Sets = append(vr.Sets, s)
			fmt.Fprintf(w, "%-8s %-38s %5d %7.4f %8.3f\n", run.name, s.File, s.N, s.Pearson, s.MacroF1)
			if errs != nil && run.name == "hearsay" {
				writeResiduals(errs, run.a, items, pred)
			}
		}
		res.Runs = append(res.Runs, vr)
	}
	return res, nil
}

// writeResiduals writes the texts whose compound score is farthest from
// their mean rating scaled to [-1, 1], with each word's prior and
// valence.
func writeResiduals(w io.Writer, a *sentiment.Analyzer, items []vaderItem, pred []float64) {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	res := func(i int) float64 { return pred[i] - items[i].mean/4 }
	sort.Slice(order, func(x, y int) bool { return math.Abs(res(order[x])) > math.Abs(res(order[y])) })
	for _, i := range order[:min(vaderResiduals, len(order))] {
		fmt.Fprintf(w, "  %+.2f gold %+.2f pred %+.2f  %s\n", res(i), items[i].mean/4, pred[i], items[i].text)
		var b strings.Builder
		for _, word := range a.Text(items[i].text).Words {
			fmt.Fprintf(&b, " %s(%.1f→%.2f)", word.Text, word.Prior, word.Valence)
		}
		fmt.Fprintf(w, "       words:%s\n", b.String())
	}
}

// readVader reads "id<TAB>mean<TAB>text" lines.
func readVader(path string) ([]vaderItem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	var items []vaderItem
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		parts := strings.SplitN(s, "\t", 3)
		if len(parts) != 3 {
			return nil, fmt.Errorf("evaluate: %s:%d: want id<TAB>mean<TAB>text", path, line)
		}
		mean, err := strconv.ParseFloat(parts[1], 64)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %s:%d: mean rating: %w", path, line, err)
		}
		items = append(items, vaderItem{mean: mean, text: parts[2]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: reading %s: %w", path, err)
	}
	if len(items) == 0 {
		return nil, errors.New("evaluate: " + path + ": no rated texts")
	}
	return items, nil
}

// pearson returns the correlation of x and y, or 0 when either is constant.
func pearson(x, y []float64) float64 {
	n := float64(len(x))
	if n == 0 {
		return 0
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}

// polarity classes at VADER's ±0.05 threshold.
func polarity(x float64) int {
	switch {
	case x > 0.05:
		return 2
	case x < -0.05:
		return 0
	}
	return 1
}

// macroF1 is the mean F1 over the negative, neutral and positive classes,
// with gold classes from the mean rating scaled to [-1, 1] (mean/4) and
// predicted classes from the compound score.
func macroF1(pred, gold []float64) float64 {
	var tp, fp, fn [3]float64
	for i := range pred {
		p, g := polarity(pred[i]), polarity(gold[i]/4)
		if p == g {
			tp[p]++
		} else {
			fp[p]++
			fn[g]++
		}
	}
	sum := 0.0
	for c := range 3 {
		if d := 2*tp[c] + fp[c] + fn[c]; d > 0 {
			sum += 2 * tp[c] / d
		}
	}
	return sum / 3
}
