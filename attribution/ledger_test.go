package attribution

import (
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// TestAppendLower checks that the ledger's lowercasing is strings.ToLower,
// on every rune and on invalid UTF-8.
func TestAppendLower(t *testing.T) {
	cases := []string{"", "Donald Trump", "ÉLYSÉE Palace", "İstanbul", "\u212a", "a\xffB", "\xe2\x80", "x\uFFFDY", "Ǆemal"}
	for r := rune(0); r <= unicode.MaxRune; r += 7 {
		if utf8.ValidRune(r) {
			cases = append(cases, "A"+string(r)+"z")
		}
	}
	for _, s := range cases {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLedgerMatchesReference compares NewLedger with the straightforward
// grouping it replaced, on the seed article and on a text with more
// sources and name words than NewLedger's small indexes hold.
func TestLedgerMatchesReference(t *testing.T) {
	seed, err := os.ReadFile("../testdata/venezuela-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "Officials of Group%d said the plan failed. Group%d officials said so. ", i, i)
		b.WriteString("Officials said it. ")
		fmt.Fprintf(&b, "Jane Doe%d told reporters that Doe%d was right. She said it again. ", i, i)
		fmt.Fprintf(&b, "The Board%d Committee claimed that the Board%d Committee won. ", i%20, i%20)
		fmt.Fprintf(&b, "Critics in Town%d  argued that taxes rose. ", i)
	}
	texts := []string{string(seed), b.String(), ""}
	// and the test articles, with the PolNeAR articles when they are
	// found next to the repository: organizations of one word and of
	// several, groups and people in real news text
	for _, pattern := range []string{"../testdata/*.txt", "../../shared/eval/polnear-dev/text/*.txt"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(text))
		}
	}
	var x Extractor
	for _, text := range texts {
		doc := nlp.Parse(text)
		as := x.Extract(doc)
		got, want := NewLedger(doc, as), referenceLedger(doc, as)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("NewLedger differs from the reference on %.40q…:\ngot  %+v\nwant %+v", text, got, want)
		}
	}
}

// TestLedgerMemory checks that ledgers built one after the other in a
// LedgerMemory, reset between documents, are those NewLedger builds: on
// documents with more sources than the last and with fewer, so that the
// memory both grows and is reused with entries left over.
func TestLedgerMemory(t *testing.T) {
	var b strings.Builder
	for i := range 30 {
		fmt.Fprintf(&b, "Jane Doe%d told reporters that taxes rose. Officials of Group%d said so. ", i, i)
	}
	texts := []string{
		"Officials said the boat sank. Jane Doe claimed it did not.",
		b.String(),
		"",
		"Police said the road was closed. They said it twice. Jane Doe denied it.",
	}
	paths, _ := filepath.Glob("../testdata/*.txt")
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(text))
	}
	texts = append(texts, texts[0], b.String())
	var x Extractor
	var mem LedgerMemory
	for _, text := range texts {
		doc := nlp.Parse(text)
		as := x.Extract(doc)
		want := NewLedger(doc, as)
		got := mem.NewLedger(doc, as)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("LedgerMemory.NewLedger differs from NewLedger on %.40q…:\ngot  %+v\nwant %+v", text, got, want)
		}
		mem.Reset()
	}
}

// referenceLedger and referenceMentions are NewLedger and countMentions
// as they were first written, for TestLedgerMatchesReference.
func referenceLedger(doc *nlp.Document, as []Attribution) Ledger {
	var l Ledger
	index := map[string]int{}
	pronouns := map[int]int{}
	groups := map[string]bool{} // coordinated people, split into their names
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
		names := []string{name}
		if a.Source.Kind == Person && coordinated(name) || a.Source.Kind == Pronoun && groups[name] {
			groups[name] = true
			names = strings.Split(name, " and ")
		}
		for _, name := range names {
			referenceAdd(&l, index, pronouns, a, name, kind)
		}
	}
	for i := range l {
		if l[i].Kind == "" {
			l[i].Kind = Person
		}
	}
	counts := referenceMentions(doc, l)
	for i := range l {
		e := &l[i]
		e.Mentions = pronouns[i] + counts[i]
		if e.Mentions == 0 {
			e.Mentions = len(e.Statements)
		}
	}
	return l
}

// referenceAdd adds to l the attribution a of the source name.
func referenceAdd(l *Ledger, index map[string]int, pronouns map[int]int, a Attribution, name string, kind SourceKind) {
	key := strings.ToLower(name)
	i, ok := index[key]
	if !ok {
		i = len(*l)
		index[key] = i
		display := name
		if a.Source.Kind == Anonymous {
			display = a.Source.Text
		}
		*l = append(*l, LedgerEntry{Name: display, Kind: kind, Stances: map[lexicon.Stance]int{}})
	}
	e := &(*l)[i]
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

// countMentions counts the occurrences of each entry's name in doc: a
// person's last name as a capitalized word, an organization's or group's
// name as a phrase of token norms. It reads the document once per length
// of name, whatever the number of entries.
func referenceMentions(doc *nlp.Document, l Ledger) []int {
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
			f.Add(w)
		}
		for i := range toks {
			t := &toks[i]
			if t.Kind == nlp.Word && f.May(t.Norm) && t.Capitalized() {
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
			f.Add(w)
		}
	}
	var buf []byte
	for i := range toks {
		if !f.May(toks[i].Norm) {
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

// TestAppendFields checks appendFields against strings.Fields, on every
// cue term and on odd spacing.
func TestAppendFields(t *testing.T) {
	cases := []string{"", " ", "said", "did not rule out", "  a\tb \n", "x\u00a0y z", "é b", "a\u2003b"}
	for _, e := range defaultCues().Entries() {
		cases = append(cases, e.Term)
	}
	for _, s := range cases {
		got := appendFields([]string{"keep"}, s)
		want := append([]string{"keep"}, strings.Fields(s)...)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLedgerCoordinated checks that a source naming several people counts
// for each of them, as does a pronoun resolved to them, and that a name
// joined to a description is not split.
func TestLedgerCoordinated(t *testing.T) {
	type entry struct {
		name       string
		statements []int
	}
	tests := []struct {
		name, text string
		want       []entry
	}{
		{
			"each person of a coordinated source",
			"Chief Tom Ruiz and Councilwoman Eva Dahl said the park would reopen. They added that the pool would not. Ruiz said the fence was fixed.",
			[]entry{{"Tom Ruiz", []int{0, 1, 2}}, {"Eva Dahl", []int{0, 1}}},
		},
		{
			"each person of a list of titled names",
			"Sens. Ann Ray, Bo Lin and Cy Diaz said the bill was dead. Lin said it could pass.",
			[]entry{{"Ann Ray", []int{0}}, {"Bo Lin", []int{0, 1}}, {"Cy Diaz", []int{0}}},
		},
		{
			"a person and a description are one source",
			"Mayor Hal Brennan and the fire chief said the bridge was safe.",
			[]entry{{"Hal Brennan and the fire chief", []int{0}}},
		},
	}
	var x Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := nlp.Parse(tt.text)
			var got []entry
			for _, e := range NewLedger(doc, x.Extract(doc)) {
				got = append(got, entry{e.Name, e.Statements})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ledger of %q:\ngot  %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestCoordinated(t *testing.T) {
	for name, want := range map[string]bool{
		"Tom Ruiz and Eva Dahl":             true,
		"Ann Ray, Bo Lin and Cy Diaz":       true,
		"Nicolás de la Cruz and Eva Dahl":   true,
		"Donald Trump":                      false,
		"the president and chief executive": false,
		"Hal Brennan and the fire chief":    false,
		"Robinson and":                      false,
	} {
		if got := coordinated(name); got != want {
			t.Errorf("coordinated(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestLedgerScratchFirstWords checks that a recycled scratch finds the
// first words of a document's names only among that document's: past
// smallIndex of them it looks them up in a map, which the reset between
// documents must clear.
func TestLedgerScratchFirstWords(t *testing.T) {
	sc := &ledgerScratch{}
	var fs []firstWord
	for i := range smallIndex + 4 {
		fs, _ = sc.addFirst(fs, fmt.Sprint("a", i))
	}
	if !sc.reset() {
		t.Fatal("a small scratch is not kept")
	}
	fs = fs[:0]
	for i := range smallIndex + 4 {
		fs, _ = sc.addFirst(fs, fmt.Sprint("b", i))
	}
	last := fmt.Sprint("a", smallIndex+3) // a first word of the last document only
	fs, k := sc.addFirst(fs, last)
	if int(k) >= len(fs) || fs[k].word != last {
		t.Fatalf("%s, new to this document, got index %d of %d first words, not one of its own", last, k, len(fs))
	}
}
