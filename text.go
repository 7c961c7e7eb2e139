package hearsay

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes r for a person at a terminal: each statement, numbered,
// with its findings below it.
func WriteText(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	for _, s := range r.Statements {
		ew.printf("[%d] %s\n", s.Index, wrap(s.Text, 76, "    "))
		for _, f := range s.Findings {
			ew.printf("    %-18s %-28q %s %.2f\n", f.Category, f.Text, f.Rule, f.Weight)
		}
		ew.printf("\n")
	}
	return ew.err
}

// errWriter keeps the first write error so the rendering code can stay
// linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// wrap breaks text into lines of at most width bytes at spaces, indenting
// continuation lines. Line breaks inside the text become spaces.
func wrap(text string, width int, indent string) string {
	var b strings.Builder
	line := 0
	for i, word := range strings.Fields(text) {
		if i > 0 {
			if line+1+len(word) > width {
				b.WriteString("\n")
				b.WriteString(indent)
				line = 0
			} else {
				b.WriteByte(' ')
				line++
			}
		}
		b.WriteString(word)
		line += len(word)
	}
	return b.String()
}
