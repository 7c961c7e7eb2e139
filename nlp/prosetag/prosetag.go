// Package prosetag tags hearsay's documents with prose's part-of-speech
// tagger (github.com/jdkato/prose/v2, an averaged perceptron trained on
// the Penn Treebank).
//
// It is a package of its own so that only programs which ask for tags link
// prose and its model: package nlp, and every hearsay package above it,
// works without tags. Set it as a parser's tagger:
//
//	p := nlp.Parser{Tagger: prosetag.Tagger{}}
//	doc, err := p.Parse(text)
//
// Tagging is slow (about 0.5 MB/s against the parser's tens of MB/s); the
// model is decoded once, on first use, and shared, so a Tagger is safe for
// concurrent use.
package prosetag

import (
	"fmt"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay/nlp"
	"github.com/jdkato/prose/v2"
)

// Tagger is prose's part-of-speech tagger as an [nlp.Tagger]. The zero
// value is ready to use.
type Tagger struct{}

// The prose model is decoded once and shared: without prose.UsingModel every
// prose.NewDocument decodes it again, which costs more than the tagging.
var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("hearsay") })

// Tag fills Token.Tag from prose's averaged-perceptron tagger. prose
// tokenizes by itself and folds curly quotes, so its tokens are aligned back
// to ours by their folded text; a token prose split differently keeps the tag
// of the prose token that starts inside it.
func (Tagger) Tag(doc *nlp.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("nlp: part-of-speech tagger failed: %v", r)
		}
	}()
	// One call for the whole text: each prose.NewDocument call has a
	// fixed cost of milliseconds, so tagging sentence by sentence is ten
	// times slower.
	pd, perr := prose.NewDocument(doc.Text,
		prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(proseModel()))
	if perr != nil {
		return fmt.Errorf("nlp: part-of-speech tagger: %w", perr)
	}
	align(doc, pd.Tokens())
	return nil
}

var quoteFold = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

// align copies tags from prose's tokens onto the document's tokens by
// walking both through the text, with prose's quote folding applied.
func align(doc *nlp.Document, ptoks []prose.Token) {
	folded := quoteFold.Replace(doc.Text)
	// starts[i] is where token i begins in the folded text.
	starts := make([]int, len(doc.Tokens))
	off, prev := 0, 0
	for i, t := range doc.Tokens {
		off += len(quoteFold.Replace(doc.Text[prev:t.Start]))
		starts[i] = off
		prev = t.Start
	}
	pos, j := 0, 0
	for _, pt := range ptoks {
		at := strings.Index(folded[pos:], pt.Text)
		if at < 0 || at > 64 {
			// prose changed the token beyond quote folding; skip it
			// rather than jump ahead and misalign the rest.
			continue
		}
		at += pos
		pos = at + len(pt.Text)
		for j+1 < len(starts) && starts[j+1] <= at {
			j++
		}
		if j < len(doc.Tokens) && doc.Tokens[j].Tag == "" {
			doc.Tokens[j].Tag = pt.Tag
		}
	}
}
