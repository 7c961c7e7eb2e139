// Corpus analyzes a JSONL corpus ({"id": ..., "text": ..., "outlet": ...}
// a line) and prints a summary per outlet: documents, mean document score,
// the share of each attribution stance and the most frequent loaded terms.
// Lines without an outlet are summarized under "(none)"; lines that cannot
// be analyzed are counted and reported, never dropped silently.
//
//	go run ./examples/corpus corpus.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/lexicon"
)

type doc struct {
	ID     string  `json:"id"`
	Text   *string `json:"text"`
	Outlet string  `json:"outlet"`
}

type summary struct {
	docs    int
	score   float64
	stances map[lexicon.Stance]int
	loaded  map[string]int
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: corpus FILE.jsonl")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var a hearsay.Analyzer
	outlets := map[string]*summary{}
	bad := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil || d.Text == nil {
			fmt.Fprintf(os.Stderr, "line %d: not a JSON object with a \"text\"\n", line)
			bad++
			continue
		}
		r, err := a.Analyze(*d.Text)
		if err != nil {
			fmt.Fprintf(os.Stderr, "line %d: %v\n", line, err)
			bad++
			continue
		}
		name := d.Outlet
		if name == "" {
			name = "(none)"
		}
		s := outlets[name]
		if s == nil {
			s = &summary{stances: map[lexicon.Stance]int{}, loaded: map[string]int{}}
			outlets[name] = s
		}
		s.docs++
		s.score += r.Score
		for _, st := range r.Statements {
			for _, at := range st.Attributions {
				s.stances[at.Stance]++
			}
			for _, fd := range st.Findings {
				if fd.Category == hearsay.Loaded {
					s.loaded[strings.ToLower(fd.Text)]++
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("line %d: %v", line+1, err)
	}
	names := make([]string, 0, len(outlets))
	for n := range outlets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := outlets[n]
		fmt.Printf("%s: %d documents, mean score %.3f\n", n, s.docs, s.score/float64(s.docs))
		total := 0
		for _, c := range s.stances {
			total += c
		}
		var parts []string
		for _, st := range lexicon.Stances {
			if c := s.stances[st]; c > 0 {
				parts = append(parts, fmt.Sprintf("%s %.0f%%", st, 100*float64(c)/float64(total)))
			}
		}
		fmt.Printf("    stances: %s\n", strings.Join(parts, ", "))
		fmt.Printf("    loaded:  %s\n", topN(s.loaded, 8))
	}
	if bad > 0 {
		fmt.Printf("%d lines could not be analyzed (see standard error)\n", bad)
	}
}

func topN(m map[string]int, n int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s (%d)", k, m[k])
	}
	return strings.Join(parts, ", ")
}
