package nlp

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// The prose model is decoded once and shared: without prose.UsingModel every
// prose.NewDocument decodes it again, which costs more than the tagging.
var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("hearsay") })

// tag fills Token.Tag from prose's averaged-perceptron tagger. prose
// tokenizes by itself and folds curly quotes, so its tokens are aligned back
// to ours by their folded text; a token prose split differently keeps the tag
// of the prose token that starts inside it.
func tag(doc *Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("nlp: part-of-speech tagger failed: %v", r)
		}
	}()
	model := proseModel()
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		pd, perr := prose.NewDocument(s.Text,
			prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(model))
		if perr != nil {
			return fmt.Errorf("nlp: part-of-speech tagger: %w", perr)
		}
		align(s, pd.Tokens())
	}
	doc.Tagged = true
	return nil
}

var quoteFold = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

// align copies tags from prose's tokens onto the sentence's tokens by
// walking both through the sentence text.
func align(s *Sentence, ptoks []prose.Token) {
	folded := quoteFold.Replace(s.Text)
	// Map each of our tokens to its start in the folded text.
	starts := make([]int, len(s.Tokens))
	off := 0 // folded offset corresponding to s.Start
	prev := s.Start
	for i, t := range s.Tokens {
		off += len(quoteFold.Replace(s.Text[prev-s.Start : t.Start-s.Start]))
		starts[i] = off
		prev = t.Start
	}
	pos := 0
	j := 0
	for _, pt := range ptoks {
		at := strings.Index(folded[pos:], pt.Text)
		if at < 0 {
			continue
		}
		at += pos
		pos = at + len(pt.Text)
		for j+1 < len(starts) && starts[j+1] <= at {
			j++
		}
		if j < len(s.Tokens) && s.Tokens[j].Tag == "" {
			s.Tokens[j].Tag = pt.Tag
		}
	}
}
