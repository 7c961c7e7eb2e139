package sentiment

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/news-rules.tsv
var newsRulesFile string

// newsRuleNames are the rules data/news-rules.tsv may name.
var newsRuleNames = []string{"shifter", "copula", "irrealis", "negation"}

//go:embed data/vader-rules.tsv
var vaderRulesFile string

// vaderRuleNames are the rules data/vader-rules.tsv may name; only the
// boosters may be phrases.
var vaderRuleNames = []string{"negation", "booster-up", "booster-down"}

// newsRules holds the words of each rule of data/news-rules.tsv, in the
// order of the file. The package's tests parse the embedded file, so a
// defect in it fails them rather than a program.
var newsRules = mustParseRules(newsRulesFile, "news-rules.tsv", newsRuleNames, nil)

// vaderRules holds the words of each rule of data/vader-rules.tsv, VADER's
// own lists, in the order of the file.
var vaderRules = mustParseRules(vaderRulesFile, "vader-rules.tsv", vaderRuleNames, map[string]bool{"booster-up": true, "booster-down": true})

// mustParseRules is parseRules for an embedded file, which the package's
// tests check.
func mustParseRules(text, name string, rules []string, phrases map[string]bool) map[string][]string {
	m, err := parseRules(text, name, rules, phrases)
	if err != nil {
		panic("sentiment: " + err.Error())
	}
	return m
}

// parseNewsRules is parseRules for the rules of data/news-rules.tsv.
func parseNewsRules(text, name string) (map[string][]string, error) {
	return parseRules(text, name, newsRuleNames, nil)
}

// parseRules reads lines of "word<TAB>rule" (blank lines and lines
// starting with '#' aside) into the words of each rule. Errors read
// "name:line: message": a line without exactly two fields, a rule not in
// rules, a word with upper case or spaces (a phrase of words separated
// by single spaces where phrases allows its rule), or a word listed twice
// for one rule.
func parseRules(text, name string, rules []string, phrases map[string]bool) (map[string][]string, error) {
	known := make(map[string]bool, len(rules))
	for _, r := range rules {
		known[r] = true
	}
	m := make(map[string][]string, len(rules))
	seen := make(map[string]bool)
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case len(f) != 2:
			return nil, fmt.Errorf("%s:%d: want a word and a rule separated by a tab, got %q", name, i+1, line)
		case !known[f[1]]:
			return nil, fmt.Errorf("%s:%d: unknown rule %q (want one of %s)", name, i+1, f[1], strings.Join(rules, ", "))
		case f[0] == "" || f[0] != strings.ToLower(f[0]) || strings.ContainsAny(f[0], "\r") || !phrases[f[1]] && strings.Contains(f[0], " "):
			return nil, fmt.Errorf("%s:%d: a word is lowercase, with no spaces: %q", name, i+1, f[0])
		case strings.Contains(f[0], "  ") || strings.HasPrefix(f[0], " ") || strings.HasSuffix(f[0], " "):
			return nil, fmt.Errorf("%s:%d: a phrase's words are separated by single spaces: %q", name, i+1, f[0])
		case seen[line]:
			return nil, fmt.Errorf("%s:%d: %q is listed twice for %s", name, i+1, f[0], f[1])
		}
		seen[line] = true
		m[f[1]] = append(m[f[1]], f[0])
	}
	return m, nil
}
