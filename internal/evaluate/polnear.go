package evaluate

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
	"github.com/hearsay-go/hearsay/nlp/prosetag"
)

// PolNeAROptions configure a PolNeAR evaluation. The zero value evaluates
// the default attribution.Extractor without part-of-speech tags.
type PolNeAROptions struct {
	Extractor *attribution.Extractor // nil means the zero Extractor
	Tag       bool                   // parse with prose's part-of-speech tagger (nlp/prosetag)
	Top       int                    // how many missed and spurious cues to print; 0 means 25
	// Errors, when set, receives one line per missed and spurious cue and
	// per matched relation with a poor source or content, for error
	// analysis. A missed cue the lexicon knows is tagged with what let it
	// go, from Extractor.Explain: "MISSED(lexicon:nested)",
	// "MISSED(lexicon:nocontent)", "MISSED(lexicon:model)", ….
	Errors io.Writer
}

// PolNeARResult holds the scores of a PolNeAR evaluation.
type PolNeARResult struct {
	Articles  int // articles scored
	Bytes     int // bytes of text analysed
	Gold      int // gold attribution relations (with a cue)
	Predicted int // predicted attributions

	// Cue detection: a predicted cue counts when it overlaps a gold cue;
	// a gold cue is found when a predicted cue overlaps it.
	CueP, CueR, CueF1 float64
	// The same, leaving out predicted cues that lie inside a gold content.
	// PolNeAR is univocal (a token belongs to at most one attribution), so
	// an attribution reported inside another's content cannot be annotated
	// and is neither right nor wrong there.
	UnivocalP, UnivocalF1 float64

	// Token-pnOverlap scores (micro-averaged over word tokens) of the source
	// and content of gold relations whose cue was found.
	SourceP, SourceR, SourceF1    float64 // of the sources
	ContentP, ContentR, ContentF1 float64 // of the contents

	// Coverage is the share of gold cues that a cue of the lexicon, or a
	// punctuation cue (a colon or dash), overlaps in the text: what the
	// extractor could find at best.
	Coverage float64

	Missed, Spurious []CueCount // most frequent missed gold cues and spurious predicted cues

	// ByRule breaks the figures down by the rule (or model) that made each
	// predicted attribution, in the order of attribution.Rules.
	ByRule []RuleScore

	Elapsed time.Duration // time spent parsing and extracting
	MBps    float64       // megabytes of text per second, parsing and extracting
}

// A RuleScore is how the attributions of one rule fared: how many were
// predicted and how many of their cues a gold cue overlaps, and the
// source and content token F1 of the gold relations they matched.
type RuleScore struct {
	Rule                string  // an attribution.Rules name
	Predicted, Hit      int     // attributions predicted, and those whose cue a gold cue overlaps
	CueP                float64 // Hit / Predicted
	SourceF1, ContentF1 float64 // token F1 of the sources and contents of the gold relations matched

	srcTP, srcPred, srcGold, conTP, conPred, conGold int
}

// A CueCount is a cue string (lowercase) and how often it occurs.
type CueCount struct {
	Cue   string // the cue's text, lowercase
	Count int    // its occurrences
}

// A PolNeARArticle is one article of a PolNeAR directory and its gold
// attribution relations, in byte spans of Text.
type PolNeARArticle struct {
	Stem string            // the file name without .txt
	Text string            // the article
	Gold []PolNeARRelation // its annotated attributions
}

// A PolNeARRelation is one annotated attribution: the spans of its cue,
// source and content (each may have several parts).
type PolNeARRelation struct {
	Cue, Source, Content []nlp.Span // byte spans of Text, every part of each
	CueText              string     // the cue's text as the annotation file gives it
}

// LoadPolNeAR reads a directory in PolNeAR's layout: text/<stem>.txt
// articles and attributions/<stem>_<annotator>.ann brat standoff files
// (Newell, Margolin & Ruths, LREC 2018). Character offsets are converted
// to byte offsets; where several annotators' files exist for an article,
// the alphabetically first is used. Articles without annotation are left
// out. The articles come in the order of their stems.
func LoadPolNeAR(dir string) ([]PolNeARArticle, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("evaluate: no text/*.txt in %s", dir)
	}
	slices.Sort(texts)
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	slices.Sort(anns)
	annOf := map[string]string{}
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		if _, ok := annOf[base[:i]]; !ok {
			annOf[base[:i]] = a
		}
	}
	var out []PolNeARArticle
	for _, tf := range texts {
		stem := strings.TrimSuffix(filepath.Base(tf), ".txt")
		af, ok := annOf[stem]
		if !ok {
			continue
		}
		raw, err := os.ReadFile(tf)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		text := string(raw)
		golds, err := pnReadAnn(af, text)
		if err != nil {
			return nil, err
		}
		out = append(out, PolNeARArticle{Stem: stem, Text: text, Gold: golds})
	}
	return out, nil
}

// PolNeAR scores attribution extraction on a directory in PolNeAR's
// layout (see [LoadPolNeAR]). It prints a report to w and returns the
// scores.
func PolNeAR(dir string, w io.Writer, opt PolNeAROptions) (PolNeARResult, error) {
	arts, err := LoadPolNeAR(dir)
	if err != nil {
		return PolNeARResult{}, err
	}
	res := ScorePolNeAR(arts, opt)
	printPolNeAR(w, dir, opt, res)
	return res, nil
}

// ScorePolNeAR scores attribution extraction on loaded articles.
func ScorePolNeAR(arts []PolNeARArticle, opt PolNeAROptions) PolNeARResult {
	var res PolNeARResult
	x := opt.Extractor
	if x == nil {
		x = &attribution.Extractor{}
	}
	top := opt.Top
	if top <= 0 {
		top = 25
	}
	parser := nlp.Parser{}
	if opt.Tag {
		parser.Tagger = prosetag.Tagger{}
	}
	cueLex := lexicon.Default().Only(lexicon.Cue)
	if x.Cues != nil {
		cueLex = x.Cues
	}

	var (
		predN, predHit, predIn, predInHit int
		goldN, goldHit, covered           int
		srcTP, srcPred, srcGold           int
		conTP, conPred, conGold           int
		missed, spurious                  = map[string]int{}, map[string]int{}
		byRule                            = map[string]*RuleScore{}
	)
	rule := func(name string) *RuleScore {
		r := byRule[name]
		if r == nil {
			r = &RuleScore{Rule: name}
			byRule[name] = r
		}
		return r
	}
	for _, art := range arts {
		stem, text, golds := art.Stem, art.Text, art.Gold
		res.Articles++
		res.Bytes += len(text)

		t0 := time.Now()
		doc, _ := parser.Parse(text)
		pred := x.Extract(doc)
		res.Elapsed += time.Since(t0)

		words := pnWordSpans(doc)
		var decisions []attribution.Decision // explained on the first miss
		// lexicon coverage in context
		var lexSpans []nlp.Span
		for _, m := range cueLex.Match(doc) {
			if m.Entry.Category == lexicon.Cue {
				lexSpans = append(lexSpans, m.Span)
			}
		}
		for _, t := range doc.Tokens {
			switch t.Text {
			case ":", "\u2015", "\u2014", "\u2013", "--":
				lexSpans = append(lexSpans, t.Span)
			}
		}
		var goldContent []nlp.Span
		for _, g := range golds {
			goldContent = append(goldContent, g.Content...)
		}
		// precision side
		for _, p := range pred {
			hit := false
			for _, g := range golds {
				if pnOverlapsAny(p.Cue.Span, g.Cue) {
					hit = true
					break
				}
			}
			predN++
			rs := rule(p.Rule)
			rs.Predicted++
			if hit {
				rs.Hit++
			}
			inside := !hit && pnInsideAny(p.Cue.Span, goldContent)
			if !inside {
				predIn++
			}
			if hit {
				predHit++
				predInHit++
			} else {
				spurious[strings.ToLower(p.Cue.Text)]++
				if opt.Errors != nil {
					tag := "SPURIOUS"
					if inside {
						tag = "SPURIOUS(nested)"
					}
					fmt.Fprintf(opt.Errors, "%s:%s\t%s\t%q\tsrc=%q\t%s\n", tag, p.Rule, stem, p.Cue.Text, p.Source.Text, pnContext(text, p.Cue.Span))
				}
			}
		}
		// recall side and source/content pnOverlap
		for _, g := range golds {
			goldN++
			cov := pnOverlapsAnyOf(g.Cue, lexSpans)
			if cov {
				covered++
			}
			best := -1
			for i, p := range pred {
				if pnOverlapsAny(p.Cue.Span, g.Cue) {
					best = i
					break
				}
			}
			gs := pnTokensIn(words, g.Source)
			gc := pnTokensIn(words, g.Content)
			if best < 0 {
				missed[strings.ToLower(g.CueText)]++
				if opt.Errors != nil {
					tag := "MISSED(unknown)"
					if cov {
						// why the rules let it go: their reason, or what
						// decided the outcome ("nested", the model)
						if decisions == nil {
							decisions = x.Explain(doc, 0)
						}
						tag = "MISSED(lexicon)"
						for _, d := range decisions {
							if pnOverlapsAny(d.Span, g.Cue) && d.Lexicon != "" {
								tag = "MISSED(lexicon:" + d.By + ")"
								break
							}
						}
					}
					fmt.Fprintf(opt.Errors, "%s\t%s\t%q\t%s\n", tag, stem, g.CueText, pnContext(text, g.Cue[0]))
				}
				continue
			}
			goldHit++
			p := pred[best]
			var ps, pc map[int]bool
			if p.Source.Kind != attribution.None {
				ps = pnTokensIn(words, []nlp.Span{p.Source.Span})
			}
			cs := p.Content.Parts
			if len(cs) == 0 && p.Content.Text != "" {
				cs = []nlp.Span{p.Content.Span}
			}
			pc = pnTokensIn(words, cs)
			stp, ctp := pnOverlap(gs, ps), pnOverlap(gc, pc)
			srcTP += stp
			srcPred += len(ps)
			srcGold += len(gs)
			conTP += ctp
			conPred += len(pc)
			conGold += len(gc)
			rs := rule(p.Rule)
			rs.srcTP, rs.srcPred, rs.srcGold = rs.srcTP+stp, rs.srcPred+len(ps), rs.srcGold+len(gs)
			rs.conTP, rs.conPred, rs.conGold = rs.conTP+ctp, rs.conPred+len(pc), rs.conGold+len(gc)
			if opt.Errors != nil {
				if pnF1(stp, len(ps), len(gs)) < 0.5 {
					fmt.Fprintf(opt.Errors, "SOURCE\t%s\t%q\t%s\tgold=%q\tpred=%q\n", stem, p.Cue.Text, p.Rule, pnSpansText(text, g.Source), p.Source.Text)
				}
				if pnF1(ctp, len(pc), len(gc)) < 0.5 {
					fmt.Fprintf(opt.Errors, "CONTENT\t%s\t%q\t%s\tgold=%q\tpred=%q\n", stem, p.Cue.Text, p.Rule, pnClip(pnSpansText(text, g.Content)), pnClip(pnSpansText(text, cs)))
				}
			}
		}
	}
	res.Gold, res.Predicted = goldN, predN
	res.CueP, res.CueR = pnRatio(predHit, predN), pnRatio(goldHit, goldN)
	res.CueF1 = pnHarmonic(res.CueP, res.CueR)
	res.UnivocalP = pnRatio(predInHit, predIn)
	res.UnivocalF1 = pnHarmonic(res.UnivocalP, res.CueR)
	res.SourceP, res.SourceR = pnRatio(srcTP, srcPred), pnRatio(srcTP, srcGold)
	res.SourceF1 = pnHarmonic(res.SourceP, res.SourceR)
	res.ContentP, res.ContentR = pnRatio(conTP, conPred), pnRatio(conTP, conGold)
	res.ContentF1 = pnHarmonic(res.ContentP, res.ContentR)
	res.Coverage = pnRatio(covered, goldN)
	for _, name := range append(slices.Clone(attribution.Rules), "") {
		if r := byRule[name]; r != nil {
			r.CueP = pnRatio(r.Hit, r.Predicted)
			r.SourceF1 = pnF1(r.srcTP, r.srcPred, r.srcGold)
			r.ContentF1 = pnF1(r.conTP, r.conPred, r.conGold)
			res.ByRule = append(res.ByRule, *r)
			delete(byRule, name)
		}
	}
	for _, r := range byRule { // rules the list does not name, if any
		r.CueP = pnRatio(r.Hit, r.Predicted)
		r.SourceF1 = pnF1(r.srcTP, r.srcPred, r.srcGold)
		r.ContentF1 = pnF1(r.conTP, r.conPred, r.conGold)
		res.ByRule = append(res.ByRule, *r)
	}
	res.Missed = pnTopCounts(missed, top)
	res.Spurious = pnTopCounts(spurious, top)
	if s := res.Elapsed.Seconds(); s > 0 {
		res.MBps = float64(res.Bytes) / 1e6 / s
	}
	return res
}

func printPolNeAR(w io.Writer, dir string, opt PolNeAROptions, r PolNeARResult) {
	if w == nil {
		return
	}
	tag := "without part-of-speech tags"
	if opt.Tag {
		tag = "with part-of-speech tags"
	}
	fmt.Fprintf(w, "PolNeAR %s: %d articles, %d gold relations, %d predicted (%s)\n", dir, r.Articles, r.Gold, r.Predicted, tag)
	fmt.Fprintf(w, "cue       P %.3f  R %.3f  F1 %.3f\n", r.CueP, r.CueR, r.CueF1)
	fmt.Fprintf(w, "cue (univocal: nested cues left out)  P %.3f  F1 %.3f\n", r.UnivocalP, r.UnivocalF1)
	fmt.Fprintf(w, "source    P %.3f  R %.3f  F1 %.3f  (token overlap, matched relations)\n", r.SourceP, r.SourceR, r.SourceF1)
	fmt.Fprintf(w, "content   P %.3f  R %.3f  F1 %.3f\n", r.ContentP, r.ContentR, r.ContentF1)
	fmt.Fprintf(w, "lexicon coverage of gold cues %.3f\n", r.Coverage)
	fmt.Fprintf(w, "speed %.2f MB/s (%d bytes in %v, parse and extract)\n", r.MBps, r.Bytes, r.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "by rule: predicted, cue P, source F1, content F1 (matched relations)\n")
	for _, r := range r.ByRule {
		name := r.Rule
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(w, "  %-20s %5d  P %.3f  source %.3f  content %.3f\n", name, r.Predicted, r.CueP, r.SourceF1, r.ContentF1)
	}
	fmt.Fprintf(w, "missed:  ")
	for _, c := range r.Missed {
		fmt.Fprintf(w, " %q:%d", c.Cue, c.Count)
	}
	fmt.Fprintf(w, "\nspurious:")
	for _, c := range r.Spurious {
		fmt.Fprintf(w, " %q:%d", c.Cue, c.Count)
	}
	fmt.Fprintln(w)
}

// pnReadAnn reads a brat standoff file and returns its attribution relations
// with byte spans into text.
func pnReadAnn(path, text string) ([]PolNeARRelation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	// rune index → byte offset
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	conv := func(c int) (int, error) {
		if c < 0 || c >= len(offs) {
			return 0, fmt.Errorf("offset %d out of range", c)
		}
		return offs[c], nil
	}
	type tb struct {
		typ   string
		spans []nlp.Span
		text  string
	}
	ts := map[string]tb{}
	var rels [][4]string // cue, source, content ids
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if !pnAnnLine(l) {
			// the text of an annotation may hold line breaks: its
			// other lines carry nothing to read
			continue
		}
		switch {
		case strings.HasPrefix(l, "T"):
			parts := strings.SplitN(l, "\t", 3)
			if len(parts) < 2 {
				return nil, fmt.Errorf("evaluate: %s:%d: bad text-bound line", path, line)
			}
			typ, rest, _ := strings.Cut(parts[1], " ")
			var sps []nlp.Span
			for _, p := range strings.Split(rest, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(p), " ")
				if !ok {
					return nil, fmt.Errorf("evaluate: %s:%d: bad span %q", path, line, p)
				}
				ai, err1 := strconv.Atoi(a)
				bi, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil {
					return nil, fmt.Errorf("evaluate: %s:%d: bad span %q", path, line, p)
				}
				ab, err1 := conv(ai)
				bb, err2 := conv(bi)
				if err := errors.Join(err1, err2); err != nil {
					return nil, fmt.Errorf("evaluate: %s:%d: %w", path, line, err)
				}
				sps = append(sps, nlp.Span{Start: ab, End: bb})
			}
			t := ""
			if len(parts) == 3 {
				t = parts[2]
			}
			ts[parts[0]] = tb{typ, sps, t}
		case strings.HasPrefix(l, "E"):
			parts := strings.SplitN(l, "\t", 2)
			if len(parts) < 2 {
				continue
			}
			var rel [4]string
			for _, f := range strings.Fields(parts[1]) {
				k, v, _ := strings.Cut(f, ":")
				switch k {
				case "Cue":
					rel[0] = v
				case "Source":
					rel[1] = v
				case "Content":
					rel[2] = v
				}
			}
			rels = append(rels, rel)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: %s: %w", path, err)
	}
	var out []PolNeARRelation
	for _, rel := range rels {
		c, ok := ts[rel[0]]
		if !ok {
			continue // a relation without a cue is not scored
		}
		g := PolNeARRelation{Cue: c.spans, CueText: c.text}
		if s, ok := ts[rel[1]]; ok {
			g.Source = s.spans
		}
		if s, ok := ts[rel[2]]; ok {
			g.Content = s.spans
		}
		out = append(out, g)
	}
	return out, nil
}

// pnAnnLine reports whether l starts an annotation: a letter, digits and a
// tab ("T12\t…", "E3\t…").
func pnAnnLine(l string) bool {
	if len(l) < 3 || l[0] < 'A' || l[0] > 'Z' {
		return false
	}
	i := 1
	for i < len(l) && '0' <= l[i] && l[i] <= '9' {
		i++
	}
	return i > 1 && i < len(l) && l[i] == '\t'
}

// pnWordSpans returns the spans of the document's word and number tokens.
func pnWordSpans(doc *nlp.Document) []nlp.Span {
	out := make([]nlp.Span, 0, len(doc.Tokens))
	for _, t := range doc.Tokens {
		if t.Kind == nlp.Word || t.Kind == nlp.Number {
			out = append(out, t.Span)
		}
	}
	return out
}

// pnTokensIn returns the indices of the word tokens that pnOverlap any span.
func pnTokensIn(words []nlp.Span, sps []nlp.Span) map[int]bool {
	if len(sps) == 0 {
		return nil
	}
	out := map[int]bool{}
	for _, sp := range sps {
		i, _ := slices.BinarySearchFunc(words, sp.Start, func(w nlp.Span, s int) int { return cmp.Compare(w.End, s+1) })
		for ; i < len(words) && words[i].Start < sp.End; i++ {
			if words[i].Overlaps(sp) {
				out[i] = true
			}
		}
	}
	return out
}

func pnOverlap(a, b map[int]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func pnOverlapsAny(s nlp.Span, sps []nlp.Span) bool {
	for _, o := range sps {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

func pnOverlapsAnyOf(a, b []nlp.Span) bool {
	for _, s := range a {
		if pnOverlapsAny(s, b) {
			return true
		}
	}
	return false
}

func pnInsideAny(s nlp.Span, sps []nlp.Span) bool {
	for _, o := range sps {
		if o.Contains(s) {
			return true
		}
	}
	return false
}

func pnRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func pnHarmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pnF1(tp, pred, gold int) float64 {
	if pred == 0 && gold == 0 {
		return 1
	}
	return pnHarmonic(pnRatio(tp, pred), pnRatio(tp, gold))
}

func pnTopCounts(m map[string]int, n int) []CueCount {
	out := make([]CueCount, 0, len(m))
	for k, v := range m {
		out = append(out, CueCount{k, v})
	}
	slices.SortFunc(out, func(a, b CueCount) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return strings.Compare(a.Cue, b.Cue)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func pnSpansText(text string, sps []nlp.Span) string {
	var b strings.Builder
	for i, s := range sps {
		if i > 0 {
			b.WriteString(" … ")
		}
		b.WriteString(s.In(text))
	}
	return b.String()
}

func pnClip(s string) string {
	if len(s) <= 160 {
		return s
	}
	i := 160
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// pnContext returns the text around a span, on one line, with the span
// marked.
func pnContext(text string, sp nlp.Span) string {
	a, b := sp.Start-90, sp.End+90
	if a < 0 {
		a = 0
	}
	if b > len(text) {
		b = len(text)
	}
	for a > 0 && !utf8.RuneStart(text[a]) {
		a++
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b--
	}
	s := text[a:sp.Start] + "[[" + text[sp.Start:sp.End] + "]]" + text[sp.End:b]
	return strings.ReplaceAll(s, "\n", " | ")
}

// FindSet returns the directory of an evaluation set by name
// ("polnear-dev", "polnear-train"): the environment variable env when it
// is set, else shared/eval/<name> beside the repository, looked for from
// the working directory upward, as the tests of any package run. It
// returns an error when the set has no text/ folder there; the sets are
// never copied into the repository.
func FindSet(name, env string) (string, error) {
	if dir := os.Getenv(env); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "text")); err != nil {
			return "", fmt.Errorf("evaluate: %s=%s: %w", env, dir, err)
		}
		return dir, nil
	}
	up := ".."
	for range 6 {
		dir := filepath.Join(up, "shared", "eval", name)
		if _, err := os.Stat(filepath.Join(dir, "text")); err == nil {
			return dir, nil
		}
		up = filepath.Join(up, "..")
	}
	return "", fmt.Errorf("evaluate: %s not found beside the repository (set %s)", name, env)
}
