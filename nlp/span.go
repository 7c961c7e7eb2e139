package nlp

// A Span is a half-open byte range [Start, End) into a text. Offsets count
// UTF-8 bytes, not runes, so a span can be used to slice the original input
// directly. The zero Span is empty and lies at the start of any text.
type Span struct {
	Start int `json:"start"` // the first byte
	End   int `json:"end"`   // the byte after the last
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// In returns the part of text the span covers, or "" when the span does not
// lie within text.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies entirely within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Union returns the smallest span that covers both s and o.
func (s Span) Union(o Span) Span {
	if o.Start < s.Start {
		s.Start = o.Start
	}
	if o.End > s.End {
		s.End = o.End
	}
	return s
}
