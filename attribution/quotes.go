package attribution

// Quotations: the marks paired into quotations, per document, and the
// quotations that run on into later sentences and paragraphs.

import (
	"slices"

	"github.com/hearsay-go/hearsay/nlp"
)

// A quotation is a pair of quotation marks and what lies between them, in
// token indices of the document (both marks included).
type quotation struct {
	open, close int
	closed      bool // false when it ran unclosed to the end of its paragraph
}

const (
	famNone = iota
	famDouble
	famSingle
)

// family tells which pairs a quotation mark belongs to.
func family(t *nlp.Token) int {
	if !t.Kind.IsQuote() {
		return famNone
	}
	switch t.Text {
	case "\u201c", "\u201d", "\"", "\u00ab", "\u00bb", "\u201e", "\u201f", "``":
		return famDouble
	}
	return famSingle
}

// findQuotes pairs quotation marks. Curly and angle quotes face one way;
// straight quotes take their direction from the spacing (nlp) or, when that
// is unclear, from whether a quotation of their family is open. Two single
// quotes in a row (”) count as one double quote. A quotation still open at
// the end of its paragraph is kept only when the next paragraph opens
// with a mark of its family: news style for a quotation of several
// paragraphs, each reopened and only the last closed. Otherwise its
// closing mark is missing ("“We will rebuild, the mayor said.") and it is
// dropped, even when it opened its paragraph, so that a stray mark never
// swallows the rest of a paragraph, nor its cue.
func (r *run) findQuotes() {
	qid := r.qid
	for i := range qid {
		qid[i] = -1
	}
	stack := r.stack[:0]
	r.quotes = slices.Grow(r.quotes[:0], r.marks/2+1)
	var onStack [3]int // open marks of each family on the stack
	paraStart := 0
	flush := func(last int) {
		reopened := famNone // the family of a mark opening the next paragraph
		if n := last + 1; n < len(r.toks) && r.toks[n].Kind != nlp.CloseQuote {
			reopened = int(r.cls[n] & clsFam >> clsFamShift)
		}
		for _, o := range stack {
			if o.fam == reopened {
				r.quotes = append(r.quotes, quotation{open: o.tok, close: last})
				reopened = famNone // the outermost of the family
			}
		}
		stack = stack[:0]
		onStack = [3]int{}
	}
	truncate := func(n int) {
		for _, o := range stack[n:] {
			onStack[o.fam]--
		}
		stack = stack[:n]
	}
	toks := r.toks
	// Only quotation marks and paragraph starts matter: newRun listed
	// them.
	events := r.events
	for e := 0; e < len(events); e++ {
		i := int(events[e])
		if i > 0 && r.nl[i] > 0 {
			flush(i - 1)
			paraStart = i
		}
		fam := int(r.cls[i] & clsFam >> clsFamShift)
		if fam == famNone {
			continue
		}
		t := &toks[i]
		first := i
		kind := t.Kind
		if fam == famSingle && r.singlePair(i) && !(!t.Space && r.singlePair(i+1)) {
			// '' as a double quote; its direction is the outer mark's.
			fam = famDouble
			if kind == nlp.Quote {
				kind = toks[i+1].Kind
			}
			i++
			// i is a mark, so the next event, and no paragraph start
			// (no space before it)
			e++
		}
		top := -1
		if len(stack) > 0 {
			top = stack[len(stack)-1].fam
		}
		closeIt := false
		if kind == nlp.CloseQuote && i == paraStart && len(stack) == 0 {
			kind = nlp.OpenQuote // a mark turned the wrong way: ” … at a paragraph start
		}
		switch kind {
		case nlp.OpenQuote:
		case nlp.CloseQuote:
			if top != fam {
				// A double close may end a quotation with an unclosed
				// single quote inside; a lone single close is an
				// apostrophe ("voters’").
				// The family count keeps a lone mark from scanning the
				// whole stack; a found mark pops what lies above it.
				if onStack[fam] == 0 {
					continue
				}
				k := len(stack) - 1
				for stack[k].fam != fam {
					k--
				}
				truncate(k + 1)
			}
			closeIt = true
		default: // ambiguous straight quote
			if top == fam {
				closeIt = true
			}
		}
		if closeIt {
			o := stack[len(stack)-1]
			truncate(len(stack) - 1)
			r.quotes = append(r.quotes, quotation{open: o.tok, close: i, closed: true})
			continue
		}
		stack = append(stack, openMark{first, fam})
		onStack[fam]++
	}
	flush(len(toks) - 1)
	r.stack = stack[:0]
	// Quotations nest (they are paired on a stack), so after sorting them
	// by opening mark one sweep with a stack of the quotations open at
	// each token marks it with the innermost.
	slices.SortFunc(r.quotes, func(a, b quotation) int { return a.open - b.open })
	qs := r.quotes
	if len(qs) == 0 {
		return
	}
	inner := make([]int32, 0, 16)
	next := 0
	for i := qs[0].open; i < len(qid); {
		for len(inner) > 0 && qs[inner[len(inner)-1]].close < i {
			inner = inner[:len(inner)-1]
		}
		for next < len(qs) && qs[next].open == i {
			inner = append(inner, int32(next))
			next++
		}
		if len(inner) == 0 {
			if next == len(qs) {
				break // no quotation holds a later token
			}
			i = qs[next].open // the tokens up to it stay -1
			continue
		}
		// The innermost quotation holds every token up to its close or
		// the next opening, whichever comes first.
		top := inner[len(inner)-1]
		end := min(qs[top].close, len(qid)-1)
		if next < len(qs) {
			end = min(end, qs[next].open-1)
		}
		for end = max(end, i); i <= end; i++ {
			qid[i] = top
		}
	}
}

// singlePair reports whether the single quotation mark at token i is
// followed right away by another, the two written for a double quote.
// Of three after a word, where a single quotation ends with the double
// one around it, the first closes the single quotation and the other two
// the double one.
func (r *run) singlePair(i int) bool {
	return i+1 < len(r.toks) && family(&r.toks[i+1]) == famSingle && !r.toks[i+1].Space && r.toks[i+1].Start == r.toks[i].End
}

// An openMark is a quotation mark on findQuotes' stack: its token and
// family.
type openMark struct {
	tok, fam int
}

// inQuote reports whether token i lies inside a quotation (marks included).
func (r *run) inQuote(i int) bool { return i >= 0 && i < len(r.qid) && r.qid[i] >= 0 }
