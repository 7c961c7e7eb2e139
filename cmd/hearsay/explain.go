package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/nlp"
)

// explain prints why words were or were not taken for attribution cues.
func explain(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("explain", flag.ContinueOnError)
	fl.SetOutput(stderr)
	word := fl.String("word", "", "the word to explain: a token number (as printed) or the word as written; empty explains every candidate")
	top := fl.Int("top", 8, "how many of the model's features to list for each word")
	rulesOnly := fl.Bool("rules-only", false, "explain the rules alone, without the trained models")
	var idioms listFlag
	fl.Var(&idioms, "idioms", "an idioms `FILE` (the TSV format of attribution/data/en/idioms.tsv) added to the built-in idioms; repeat it for several")
	spans := fl.Bool("spans", false, "explain how each attribution's source and content were chosen: the source and content models' candidates and scores")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: hearsay explain [--word N|WORD] [--top K] [--rules-only] [--idioms FILE] [--spans] [FILE|-]")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 1 {
		return usageError{"explain takes at most one FILE"}
	}
	if *top < 0 {
		return usageError{"--top must not be negative"}
	}
	text, name, err := readInput(fl.Arg(0), stdin)
	if err != nil {
		return err
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("%s: %w: first invalid byte at offset %d", name, hearsay.ErrInvalidUTF8, nlp.InvalidUTF8(text))
	}
	doc, err := (&nlp.Parser{}).Parse(text)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	x := attribution.Extractor{RulesOnly: *rulesOnly}
	if x.Idioms, err = readIdioms(idioms); err != nil {
		return err
	}
	want := -1
	if n, err := strconv.Atoi(*word); err == nil {
		if n < 0 || n >= len(doc.Tokens) {
			return usageError{fmt.Sprintf("--word %d: the text has tokens 0 to %d", n, len(doc.Tokens)-1)}
		}
		want = n
	}
	w := bufio.NewWriter(stdout)
	if *spans {
		if *rulesOnly {
			return usageError{"--spans explains the source and content models, which --rules-only turns off"}
		}
		return explainSpans(w, doc, x.ExplainSpans(doc, *top), want, *word, name)
	}
	if m := attribution.DefaultModel(); !*rulesOnly {
		add, keep := m.Thresholds()
		fmt.Fprintf(w, "cue model: adds a cue at p >= %.2f, keeps a cue of the rules at p >= %.2f\n", add, keep)
	} else {
		fmt.Fprintln(w, "rules alone")
	}
	ds := x.Explain(doc, *top)
	shown := 0
	for _, d := range ds {
		switch {
		case want >= 0 && d.Token != want:
			continue
		case want < 0 && *word != "" && !strings.EqualFold(d.Text, *word):
			continue
		}
		shown++
		writeDecision(w, doc, d)
	}
	if shown == 0 && *word != "" {
		// a word no rule and no model looked at: say so rather than
		// print nothing
		for i, t := range doc.Tokens {
			if i == want || want < 0 && strings.EqualFold(t.Text, *word) {
				fmt.Fprintf(w, "\ntoken %d %q, bytes %d-%d: not a cue candidate: no lexicon cue starts here, the rules made nothing of it, and the model does not score it (not a word it learned as a cue head, or inside a quotation)\n", i, t.Text, t.Start, t.End)
				shown++
			}
		}
		if shown == 0 {
			return fmt.Errorf("%s: no token %q", name, *word)
		}
	}
	return w.Flush()
}

func writeDecision(w io.Writer, doc *nlp.Document, d attribution.Decision) {
	fmt.Fprintf(w, "\ntoken %d %q, bytes %d-%d, sentence %d\n", d.Token, d.Text, d.Span.Start, d.Span.End, doc.SentenceOf(d.Token))
	if d.Lexicon != "" {
		fmt.Fprintf(w, "  lexicon  cue entry %q\n", d.Lexicon)
	}
	rule := d.Rule
	if rule == "" {
		rule = "-"
	}
	if d.Idiom != "" {
		rule += " (" + d.Idiom + ")"
	}
	fmt.Fprintf(w, "  rules    %s\n", rule)
	if d.Scored {
		fmt.Fprintf(w, "  model    p = %.3f\n", d.Prob)
	}
	by := d.By
	if by == "" {
		by = "-"
	}
	fmt.Fprintf(w, "  outcome  %s (decided by %s)\n", d.Outcome, by)
	for _, f := range d.Features {
		fmt.Fprintf(w, "    %+7.3f  %s\n", f.Weight, f.Name)
	}
}

// explainSpans prints the source and content models' decisions, for the
// attributions whose cue holds the wanted token or word (all without
// --word).
func explainSpans(w *bufio.Writer, doc *nlp.Document, ds []attribution.SpanDecision, want int, word, name string) error {
	fmt.Fprintf(w, "source model: replaces the rules' source when another candidate scores %.2f above it\n", attribution.DefaultSourceModel().Margin())
	fmt.Fprintf(w, "content model: ends a paraphrase elsewhere when that end scores %.2f above the rules' end\n", attribution.DefaultContentModel().Margin())
	shown := 0
	for _, d := range ds {
		if want >= 0 && !d.Cue.Contains(doc.Tokens[want].Span) || want < 0 && word != "" && !strings.EqualFold(d.CueText, word) {
			continue
		}
		shown++
		fmt.Fprintf(w, "\ncue %q, bytes %d-%d, rule %s: %s decided by %s", d.CueText, d.Cue.Start, d.Cue.End, d.Rule, d.Part, d.By)
		switch d.Skipped {
		case attribution.SkipAdjacent:
			fmt.Fprint(w, " (the rules' source stands next to its cue: the model is not asked)")
		case attribution.SkipByDesign:
			fmt.Fprint(w, " (a source that is none or a label, or a participle's that the rules read, by design: the model is not asked)")
		case attribution.SkipShape:
			fmt.Fprint(w, " (a quotation, or a content in parts or before its cue: the model is not asked)")
		}
		fmt.Fprintln(w)
		for _, c := range d.Candidates {
			mark := "  "
			switch {
			case c.Chosen && c.Rules:
				mark = "=>"
			case c.Chosen:
				mark = "->"
			case c.Rules:
				mark = " r"
			}
			text := strconv.Quote(c.Text)
			if c.None {
				text = "(no source)"
			}
			fmt.Fprintf(w, "  %s %+7.3f  %s\n", mark, c.Score, text)
			for _, f := range c.Features {
				fmt.Fprintf(w, "           %+7.3f  %s\n", f.Weight, f.Name)
			}
		}
	}
	if shown == 0 && word != "" {
		return fmt.Errorf("%s: no attribution with the cue %q", name, word)
	}
	if shown > 0 {
		fmt.Fprintln(w, "\n=> the rules' choice, kept; -> the model's choice; r the rules' choice it replaced")
	}
	return w.Flush()
}
