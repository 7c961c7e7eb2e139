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

// newsRules holds the words of each rule of data/news-rules.tsv, in the
// order of the file. The package's tests parse the embedded file, so a
// defect in it fails them rather than a program.
var newsRules = func() map[string][]string {
	m, err := parseNewsRules(newsRulesFile, "news-rules.tsv")
	if err != nil {
		panic("sentiment: " + err.Error())
	}
	return m
}()

// parseNewsRules reads lines of "word<TAB>rule" (blank lines and lines
// starting with '#' aside) into the words of each rule. Errors read
// "name:line: message": a line without exactly two fields, a rule not in
// newsRuleNames, a word with upper case or spaces, or a word listed twice
// for one rule.
func parseNewsRules(text, name string) (map[string][]string, error) {
	known := make(map[string]bool, len(newsRuleNames))
	for _, r := range newsRuleNames {
		known[r] = true
	}
	m := make(map[string][]string, len(newsRuleNames))
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
			return nil, fmt.Errorf("%s:%d: unknown rule %q (want one of %s)", name, i+1, f[1], strings.Join(newsRuleNames, ", "))
		case f[0] == "" || f[0] != strings.ToLower(f[0]) || strings.ContainsAny(f[0], " \r"):
			return nil, fmt.Errorf("%s:%d: a word is lowercase, with no spaces: %q", name, i+1, f[0])
		case seen[line]:
			return nil, fmt.Errorf("%s:%d: %q is listed twice for %s", name, i+1, f[0], f[1])
		}
		seen[line] = true
		m[f[1]] = append(m[f[1]], f[0])
	}
	return m, nil
}
