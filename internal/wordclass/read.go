package wordclass

import "strings"

// ReadFile reads a file of closed word classes embedded in a package, one
// "word<TAB>class" a line, into the words of each class in the order of
// the file. It skips blank lines and lines starting with '#', and checks
// nothing else: for a valid file it returns what lexicon.ParseWords
// returns, whose checks (the fields, the case, unknown classes, repeated
// words) the embedding package's tests run on the file instead. Made at
// every start, those checks cost about 10 ms of a run of hearsay on one
// document; reading the file this way costs a fraction of a millisecond.
func ReadFile(file string) map[string][]string {
	words := map[string][]string{}
	for line := range strings.Lines(file) {
		line = strings.TrimSuffix(line, "\n")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, c, _ := strings.Cut(line, "\t")
		words[c] = append(words[c], w)
	}
	return words
}
