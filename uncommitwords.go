package hearsay

import (
	_ "embed"
	"sync"

	"github.com/hearsay-go/hearsay/internal/wordclass"
	"github.com/hearsay-go/hearsay/internal/wordset"
	"github.com/hearsay-go/hearsay/nlp"
)

// uncommitFile holds the word classes of the writer's uncommitment
// beside context.tsv: the imperative's and the writer's plans; see its
// header.
//
//go:embed data/en/uncommitment.tsv
var uncommitFile string

// The classes of uncommitment.tsv.
const (
	impVerb   = "imperative-verb"
	impOpener = "imperative-opener"
	impObject = "imperative-object"
	planWord  = "plan"
	backshift = "backshift"
)

// uncommitSets holds the words of uncommitment.tsv, a set a class.
// They are fields, not a map of their names: imperative asks two of them
// at every clause's start, and a lookup of the class by its name hashed
// the name each time.
type uncommitSets struct {
	impVerb, impOpener, impObject, plan, backshift *wordset.Set
}

// uncommitWords holds the words of uncommitment.tsv by class, parsed
// once.
var uncommitWords = sync.OnceValue(func() *uncommitSets {
	words := wordclass.ReadFile(uncommitFile) // checked by TestUncommitmentFile
	return &uncommitSets{
		impVerb:   wordset.Of(words[impVerb]...),
		impOpener: wordset.Of(words[impOpener]...),
		impObject: wordset.Of(words[impObject]...),
		plan:      wordset.Of(words[planWord]...),
		backshift: wordset.Of(words[backshift]...),
	}
})

// imperative returns the index in toks of the verb of the writer's
// request to the reader in the imperative, or -1: a clause with no
// subject, at the sentence's start or after a colon or semicolon
// ("Moral of the story: don't drink the water"), whose first word,
// after an opener ("please", "just", "always"), is a verb's base form
// ("Consider the route map.", "Be careful.", "Let's be clear."), or
// "do not" and a word ("Don't drink the water."). A verb that is as
// often a noun is taken only before the start of its object or
// complement, a name, a number or the clause's end ("Stop the
// count!", not "Stop signs were …"). A question ("Don't you think?")
// and a clause inside a content (the speaker's request) are none.
func imperative(toks []nlp.Token, contents []nlp.Span) int {
	if question(toks) {
		return -1
	}
	words := uncommitWords()
	start := true // the next word opens a clause
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != nlp.Word {
			if t.Kind == nlp.Punct && (t.Text == ":" || t.Text == ";") {
				start = true
			}
			continue
		}
		if !start {
			continue
		}
		start = false
		k := i
		for k < len(toks) && toks[k].Kind == nlp.Word && words.impOpener.Has(toks[k].Norm) {
			k++
		}
		if k >= len(toks) || toks[k].Kind != nlp.Word || containedIn(toks[k].Span, contents) {
			continue
		}
		switch v := toks[k].Norm; {
		case v == "do" && k+2 < len(toks) && inClass(toks, k+1, ctxNegation) && toks[k+2].Kind == nlp.Word && !toks[k+2].Capitalized():
			return k // "don't drink", "do not use"
		case v == "be":
			return k // "Be careful": "be" opens no sentence with a subject before it
		case words.impVerb.Has(v) && imperativeObject(toks, k+1, words.impObject):
			return k
		}
	}
	return -1
}

// imperativeObject reports whether the token at i can follow the verb
// of an imperative: the start of its object or complement (a word of
// objs), a name or a number, or the clause's end, but for a colon: a
// verb before one is a label ("Watch: …").
func imperativeObject(toks []nlp.Token, i int, objs *wordset.Set) bool {
	if i >= len(toks) {
		return true
	}
	t := &toks[i]
	switch t.Kind {
	case nlp.Punct:
		// not a label before a colon ("Watch: …", "Read more: …")
		return t.Text != ":" && t.Text != "'" && t.Text != "-"
	case nlp.Number:
		return true
	case nlp.Word:
		return objs.Has(t.Norm) || t.Capitalized()
	}
	return false
}
