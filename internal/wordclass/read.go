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
	// Two passes, the first counting each class's words, so that every
	// list is made at its size rather than grown, which doubled what a
	// start-up allocated for them.
	counts := map[string]int{}
	for line := range strings.Lines(file) {
		if _, c, ok := entry(line); ok {
			counts[c]++
		}
	}
	words := make(map[string][]string, len(counts))
	for c, n := range counts {
		words[c] = make([]string, 0, n)
	}
	for line := range strings.Lines(file) {
		if w, c, ok := entry(line); ok {
			words[c] = append(words[c], w)
		}
	}
	return words
}

// entry returns the word and class of a line of a file, and false for a
// blank line or a comment.
func entry(line string) (w, c string, ok bool) {
	line = strings.TrimSuffix(line, "\n")
	if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
		return "", "", false
	}
	w, c, _ = strings.Cut(line, "\t")
	return w, c, true
}
