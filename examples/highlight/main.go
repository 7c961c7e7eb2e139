// Highlight writes an article's HTML report: the text with every
// attribution and finding in place, a score bar beside each statement,
// the source ledger and a legend, in one self-contained file.
//
//	go run ./examples/highlight [FILE] > report.html
//
// FILE defaults to the bundled example article.
package main

import (
	"bufio"
	"log"
	"os"
	"path/filepath"

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
	w := bufio.NewWriter(os.Stdout)
	// Passing the text keeps the article's paragraphs.
	opts := &hearsay.HTMLOptions{Title: filepath.Base(path), Text: string(text)}
	if err := hearsay.WriteHTML(w, report, opts); err != nil {
		log.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
}
