package attribution

import (
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
		e := &l[i]
		if e.Kind == "" {
			e.Kind = Person
		}
		e.Mentions = pronouns[i] + countMentions(doc, e)
		if e.Mentions == 0 {
			e.Mentions = len(e.Statements)
		}
	}
	return l
}

// countMentions counts the occurrences of an entry's name in doc: a
// person's last name as a capitalized word, an organization's or group's
// name as a phrase.
func countMentions(doc *nlp.Document, e *LedgerEntry) int {
	if doc == nil {
		return 0
	}
	words := strings.Fields(strings.ToLower(e.Name))
	if len(words) == 0 {
		return 0
	}
	if e.Kind == Person {
		last := words[len(words)-1]
		n := 0
		for _, t := range doc.Tokens {
			if t.Kind == nlp.Word && t.Capitalized() && t.Norm == last {
				n++
			}
		}
		return n
	}
	// phrase match on token norms
	n := 0
	toks := doc.Tokens
	for i := 0; i+len(words) <= len(toks); i++ {
		ok := true
		for j, w := range words {
			if toks[i+j].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			n++
		}
	}
	return n
}
