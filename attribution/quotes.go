package attribution

import "github.com/hearsay-go/hearsay/nlp"

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
func family(t nlp.Token) int {
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
// the end of its paragraph is kept when it opened the paragraph (news
// style: a quotation that goes on in the next paragraph is not closed) and
// dropped otherwise, so a stray mark never swallows the rest of a text.
func (r *run) findQuotes() {
	for i := range r.qid {
		r.qid[i] = -1
	}
	type open struct {
		tok, fam int
	}
	var stack []open
	paraStart := 0
	flush := func(last int) {
		for _, o := range stack {
			if o.tok == paraStart || (o.tok == paraStart+1 && !r.toks[paraStart].IsWord()) {
				r.quotes = append(r.quotes, quotation{open: o.tok, close: last})
			}
		}
		stack = stack[:0]
	}
	toks := r.toks
	for i := 0; i < len(toks); i++ {
		if i > 0 && r.nl[i] > 0 {
			flush(i - 1)
			paraStart = i
		}
		t := toks[i]
		fam := family(t)
		if fam == famNone {
			continue
		}
		first := i
		kind := t.Kind
		if fam == famSingle && i+1 < len(toks) && family(toks[i+1]) == famSingle && !toks[i+1].Space && toks[i+1].Start == t.End {
			// '' as a double quote; its direction is the outer mark's.
			fam = famDouble
			if kind == nlp.Quote {
				kind = toks[i+1].Kind
			}
			i++
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
				found := false
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].fam == fam {
						stack = stack[:k+1]
						found = true
						break
					}
				}
				if !found {
					continue
				}
			}
			closeIt = true
		default: // ambiguous straight quote
			if top == fam {
				closeIt = true
			}
		}
		if closeIt {
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			r.quotes = append(r.quotes, quotation{open: o.tok, close: i, closed: true})
			continue
		}
		stack = append(stack, open{first, fam})
	}
	flush(len(toks) - 1)
	// Sort by opening mark so that inner quotations come later, then mark
	// each token with its innermost quotation.
	qs := r.quotes
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].open < qs[j-1].open; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
	for qi, q := range qs {
		for k := q.open; k <= q.close; k++ {
			r.qid[k] = int32(qi)
		}
	}
}

// inQuote reports whether token i lies inside a quotation (marks included).
func (r *run) inQuote(i int) bool { return i >= 0 && i < len(r.qid) && r.qid[i] >= 0 }

// outerQuote returns the outermost quotation holding token i, or -1.
func (r *run) outerQuote(i int) int {
	q := int(r.qid[i])
	if q < 0 {
		return -1
	}
	for k := q - 1; k >= 0; k-- {
		if r.quotes[k].open <= i && i <= r.quotes[k].close {
			q = k
		}
	}
	return q
}
