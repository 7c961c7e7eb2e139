package hearsay

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// quoteText quotes s for a terminal: as %q does, but letters, marks and
// spaces of any script stay as they are ("its\u00a0Amazon" reads "its
// Amazon"); control and format characters, which could move the cursor or
// reorder the line, are still escaped.
func quoteText(s string) string { return strconv.QuoteToGraphic(s) }

// terminalSafe escapes, as \uXXXX, the characters of s that would act on
// a terminal rather than be shown: controls other than line breaks and
// tabs (an escape sequence could move the cursor or clear the screen) and
// the bidirectional controls that reorder the rest of a line. Other text,
// in any script, is left as it is.
func terminalSafe(s string) string {
	if strings.IndexFunc(s, unsafeRune) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unsafeRune reports whether r is a control other than a line break or a
// tab, or a bidirectional control character.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t' || r == '\r':
		return false
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	}
	return isBidiControl(r)
}

// WriteText writes r for a person at a terminal: each statement, numbered,
// with a bar for its score, its attributions and findings; then the source
// ledger and the document score. A text's control characters and
// bidirectional controls are written as \uXXXX escapes, so an input
// cannot move the cursor or reorder the lines.
func WriteText(w io.Writer, r *Report) error {
	ew := &errWriter{w: w}
	for _, s := range r.Statements {
		ew.printf("[%d] %s %.2f\n    %s\n", s.Index, bar(s.Score, 20), s.Score, wrap(terminalSafe(s.Text), 76, "    "))
		for _, a := range s.Attributions {
			src := "no source"
			if a.Source != nil && a.Source.Kind != "none" {
				src = fmt.Sprintf("%s [%s]", quoteText(a.Source.Text), a.Source.Kind)
				if a.Source.Resolved != "" && a.Source.Resolved != a.Source.Text {
					src += " = " + a.Source.Resolved
				}
			}
			flags := ""
			if a.Negated {
				flags += ", negated"
			}
			if a.Irrealis {
				flags += ", irrealis"
			}
			rule := ""
			if a.Rule != "" {
				rule = "; " + a.Rule
			}
			ew.printf("    %-18s %s %s%s, %s, %s%s\n", "attribution", quoteText(a.Cue.Text), a.Stance, flags, a.Quote, src, rule)
			if a.Content != nil {
				ew.printf("    %-18s %s\n", "", wrap(terminalSafe(contentText(a.Content)), 56, strings.Repeat(" ", 23)))
			}
		}
		for _, f := range s.Findings {
			ew.printf("    %-18s %s %s %.2f\n", f.Category, quoteText(f.Text), f.Rule, f.Weight)
		}
		if len(s.Explanation) > 0 {
			parts := make([]string, len(s.Explanation))
			for i, c := range s.Explanation {
				parts[i] = fmt.Sprintf("%s %+.2f", c.Factor, c.Contribution)
			}
			ew.printf("    %-18s %s\n", "score", wrap(strings.Join(parts, ", "), 56, strings.Repeat(" ", 23)))
		}
		ew.printf("\n")
	}
	if len(r.Sources) > 0 {
		ew.printf("Sources\n")
		for _, src := range r.Sources {
			var stances []string
			for st, n := range src.Stances {
				stances = append(stances, fmt.Sprintf("%s %d", st, n))
			}
			sort.Strings(stances)
			ew.printf("    %s [%s]: %d mentions, statements %v; %s\n", terminalSafe(src.Name), src.Kind, src.Mentions, src.Statements, strings.Join(stances, ", "))
		}
		ew.printf("\n")
	}
	ew.printf("Document score %s %.2f (%d statements)\n", bar(r.Score, 20), r.Score, len(r.Statements))
	return ew.err
}

// contentText returns a content between quotation marks (its own, for a
// quotation), its parts joined by " … ".
func contentText(c *Content) string {
	if len(c.Parts) == 0 {
		return quoted(c.Text)
	}
	parts := make([]string, len(c.Parts))
	for i, p := range c.Parts {
		parts[i] = quoted(p.Text)
	}
	return strings.Join(parts, " … ")
}

// bar draws v in [0, 1] as a bar of width cells, readable without colour.
func bar(v float64, width int) string {
	n := int(v*float64(width) + 0.5)
	n = max(0, min(width, n))
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
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
