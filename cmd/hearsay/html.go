package main

import (
	"bufio"
	"io"
	"path/filepath"

	"github.com/hearsay-go/hearsay"
)

// writeHTMLReport writes r as the self-contained HTML report, titled with
// the input's file name; text keeps the article's paragraphs.
func writeHTMLReport(w io.Writer, r *hearsay.Report, name, text string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := hearsay.WriteHTML(bw, r, &hearsay.HTMLOptions{Title: displayName(name), Text: text}); err != nil {
		return err
	}
	return bw.Flush()
}

// displayName is how an input is named in a page: its file name, or
// "standard input".
func displayName(name string) string {
	if name == "<stdin>" || name == "" {
		return "standard input"
	}
	return filepath.Base(name)
}
