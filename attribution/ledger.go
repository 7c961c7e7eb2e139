package attribution

import (
	"math/bits"
	"strings"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// A Ledger lists the sources of a document with what each is reported to
// have said: one entry per resolved source, in order of first attribution.
type Ledger []LedgerEntry

// A LedgerEntry is one source of a document.
type LedgerEntry struct {
	// Name is the source's resolved name ("Donald Trump"), or for an
	// anonymous source its text as first written ("officials").
	Name string
	Kind SourceKind // person, organization or anonymous
	// Mentions counts the references to the source in the document: each
	// capitalized occurrence of a person's last name or of an
	// organization's or group's name, and each pronoun resolved to it.
	Mentions int
	// Statements holds the indices of the sentences in which the source is
	// reported, in order, without repeats.
	Statements []int
	// Stances counts the source's attributions by stance.
	Stances map[lexicon.Stance]int
}

// NewLedger groups the attributions of doc by source. Attributions without
// a source (Kind None), by the writer (Self) and pronouns that could not be
// resolved are left out. as is typically the result of Extract on doc.
func NewLedger(doc *nlp.Document, as []Attribution) Ledger {
	var l Ledger
	index := map[string]int{}
	pronouns := map[int]int{}
	for _, a := range as {
		name, kind := a.Source.Resolved, a.Source.Kind
		switch kind {
		case None, Self:
			continue
		case Anonymous:
			name = strings.ToLower(a.Source.Text)
		case Pronoun:
			if name == "" {
				continue
			}
			kind = ""
		}
		if name == "" {
			continue
		}
		key := strings.ToLower(name)
		i, ok := index[key]
		if !ok {
			i = len(l)
			index[key] = i
			display := name
			if a.Source.Kind == Anonymous {
				display = a.Source.Text
			}
			l = append(l, LedgerEntry{Name: display, Kind: kind, Stances: map[lexicon.Stance]int{}})
		}
		e := &l[i]
		if e.Kind == "" {
			e.Kind = kind
		}
		if a.Source.Kind == Pronoun {
			pronouns[i]++
		}
		if n := len(e.Statements); n == 0 || e.Statements[n-1] != a.Sentence {
			e.Statements = append(e.Statements, a.Sentence)
		}
		e.Stances[a.Stance]++
	}
	for i := range l {
		if l[i].Kind == "" {
			l[i].Kind = Person
		}
	}
	counts := countMentions(doc, l)
	for i := range l {
		e := &l[i]
		e.Mentions = pronouns[i] + counts[i]
		if e.Mentions == 0 {
			e.Mentions = len(e.Statements)
		}
	}
	return l
}

// countMentions counts the occurrences of each entry's name in doc: a
// person's last name as a capitalized word, an organization's or group's
// name as a phrase of token norms. It reads the document once per length
// of name, whatever the number of entries.
func countMentions(doc *nlp.Document, l Ledger) []int {
	counts := make([]int, len(l))
	if doc == nil || len(l) == 0 {
		return counts
	}
	toks := doc.Tokens
	lastNames := map[string][]int{}       // a person's last name → entries
	phrases := map[int]map[string][]int{} // words → phrase → entries
	for i := range l {
		words := strings.Fields(strings.ToLower(l[i].Name))
		switch {
		case len(words) == 0:
		case l[i].Kind == Person:
			w := words[len(words)-1]
			lastNames[w] = append(lastNames[w], i)
		default:
			m := phrases[len(words)]
			if m == nil {
				m = map[string][]int{}
				phrases[len(words)] = m
			}
			k := strings.Join(words, " ")
			m[k] = append(m[k], i)
		}
	}
	if len(lastNames) > 0 {
		var f normFilter
		for w := range lastNames {
			f.add(w)
		}
		for i := range toks {
			t := &toks[i]
			if t.Kind == nlp.Word && f.may(t.Norm) && t.Capitalized() {
				for _, i := range lastNames[t.Norm] {
					counts[i]++
				}
			}
		}
	}
	if len(phrases) == 0 {
		return counts
	}
	// At each token whose norm starts a name, the norms from there joined
	// by spaces are looked up for every length of name.
	// first maps each first word to the lengths of the names it starts,
	// a bit per length (bit 63 for 63 words and more): only those are
	// looked up.
	first := map[string]uint64{}
	var f normFilter
	maxLen := 0
	for n, m := range phrases {
		maxLen = max(maxLen, n)
		for k := range m {
			w, _, _ := strings.Cut(k, " ")
			first[w] |= lengthBit(n)
			f.add(w)
		}
	}
	var buf []byte
	for i := range toks {
		if !f.may(toks[i].Norm) {
			continue
		}
		lens := first[toks[i].Norm]
		if lens == 0 {
			continue
		}
		top := maxLen // the longest name to try
		if lens < 1<<63 {
			top = min(top, bits.Len64(lens)-1)
		}
		buf = buf[:0]
		for n := 1; n <= top && i+n <= len(toks); n++ {
			if n > 1 {
				buf = append(buf, ' ')
			}
			buf = append(buf, toks[i+n-1].Norm...)
			if lens&lengthBit(n) == 0 {
				continue
			}
			if m := phrases[n]; m != nil {
				for _, e := range m[string(buf)] {
					counts[e]++
				}
			}
		}
	}
	return counts
}

// lengthBit is the bit of a name's length in words for countMentions.
func lengthBit(n int) uint64 { return 1 << min(n, 63) }

// A normFilter turns away, before a map lookup, most words that are not
// among those added: a bit per first byte, length and last byte (see
// wordSet). The empty word always passes.
type normFilter [32]uint64

func (f *normFilter) add(w string) {
	if w != "" {
		i, b := filterBit(w)
		f[i] |= b
	}
}

func (f *normFilter) may(w string) bool {
	if w == "" {
		return true
	}
	i, b := filterBit(w)
	return f[i]&b != 0
}
