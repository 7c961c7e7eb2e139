// Sources prints the source ledger of an article: who is reported, how
// often, in which statements, and with which verbs and stances.
//
//	go run ./examples/sources [FILE]
//
// FILE defaults to the bundled example article.
package main

import (
	"fmt"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/hearsay-go/hearsay"
)

func main() {
	path := "testdata/venezuela-strike.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	text, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	report, err := hearsay.Analyze(string(text))
	if err != nil {
		log.Fatal(err)
	}
	// The verbs each source was reported with, from the attributions.
	verbs := map[string][]string{}
	for _, st := range report.Statements {
		for _, a := range st.Attributions {
			name := sourceName(a)
			verbs[name] = append(verbs[name], fmt.Sprintf("%s (%s)", a.Cue.Text, a.Stance))
		}
	}
	for _, src := range report.Sources {
		fmt.Printf("%s [%s], %d mentions, statements %v\n", src.Name, src.Kind, src.Mentions, src.Statements)
		var stances []string
		for s, n := range src.Stances {
			stances = append(stances, fmt.Sprintf("%s %d", s, n))
		}
		sort.Strings(stances)
		fmt.Printf("    stances: %s\n", strings.Join(stances, ", "))
		fmt.Printf("    verbs:   %s\n", strings.Join(verbs[src.Name], ", "))
	}
}

// sourceName is the ledger name of an attribution's source.
func sourceName(a hearsay.Attribution) string {
	if a.Source == nil {
		return ""
	}
	if a.Source.Resolved != "" {
		return a.Source.Resolved
	}
	return a.Source.Text
}
