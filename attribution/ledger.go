package attribution

// The ledger: the attributions of a document grouped by resolved source.

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/internal/pool"
	"github.com/hearsay-go/hearsay/internal/wordset"
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

// NewLedger groups the attributions of doc, as, typically what
// [Extractor.Extract] found in it, by source. Attributions without a
// source (Kind None), by the writer (Self) and pronouns that could not be
// resolved are left out. An attribution to several people at once ("Chief
// Tom Ruiz and Councilwoman Eva Dahl said", resolved "Tom Ruiz and Eva
// Dahl"), or to a pronoun resolved to them, counts for each of them.
func NewLedger(doc *nlp.Document, as []Attribution) Ledger {
	return newLedger(doc, as, nil)
}

// A LedgerMemory holds the memory of one ledger at a time, for a program
// that builds ledger after ledger and is done with each before it builds
// the next (hearsay's batch, which releases each report once written):
// the entries, their Stances maps and their Statements are then reused,
// not allocated anew for every document. The zero value is ready to use.
type LedgerMemory struct {
	l     Ledger
	stmts []int
}

// NewLedger returns what [NewLedger] returns, in m's memory: the ledger,
// and everything read from it, is valid until the next call of
// m.NewLedger or m.Reset.
func (m *LedgerMemory) NewLedger(doc *nlp.Document, as []Attribution) Ledger {
	return newLedger(doc, as, m)
}

// Reset lets go of what m holds of the last ledger's document (the
// names), keeping the memory for the next.
func (m *LedgerMemory) Reset() {
	all := m.l[:cap(m.l)]
	for i := range all {
		all[i].Name, all[i].Statements = "", nil
	}
	m.l = m.l[:0]
}

// stances returns an empty map for the Stances of entry k, m's own when
// it has one.
func (m *LedgerMemory) stances(k int) map[lexicon.Stance]int {
	if m != nil && k < cap(m.l) {
		if st := m.l[:cap(m.l)][k].Stances; st != nil {
			clear(st)
			return st
		}
	}
	return map[lexicon.Stance]int{}
}

// newLedger is NewLedger, in mem's memory when mem is not nil.
func newLedger(doc *nlp.Document, as []Attribution, mem *LedgerMemory) Ledger {
	sc := ledgerPool.Get()
	defer sc.release()
	// Each attribution gives one item, or one per person when it names
	// several ("Tom Ruiz and Eva Dahl", see coordinated): each item's key,
	// the lowercase name it is grouped by, is written into one string, and
	// keys are cut from it without allocating.
	b := sc.b[:0]
	spans := sc.spans[:0]
	items := sc.items[:0]
	groups := sc.groups[:0]
	for i := range as {
		a := &as[i]
		src, _, ok := ledgerSource(a)
		if !ok {
			continue
		}
		split := false
		switch a.Source.Kind {
		case Person:
			if split = coordinated(src); split {
				groups = append(groups, src)
			}
		case Pronoun:
			split = slices.Contains(groups, src) // "They" after "Tom Ruiz and Eva Dahl said"
		}
		for off, rest := 0, src; ; {
			part, after, sep, more := cutPerson(rest)
			if !split {
				part, more = rest, false
			}
			st := len(b)
			b = appendLower(b, part)
			spans = append(spans, [2]int32{int32(st), int32(len(b))})
			items = append(items, ledgerItem{attr: int32(i), name: [2]int32{int32(off), int32(off + len(part))}})
			if !more {
				break
			}
			off += len(part) + sep
			rest = after
		}
	}
	sc.b, sc.spans, sc.items, sc.groups = b, spans, items, groups
	all := string(b)

	entries := sc.entries[:0]
	keys := sc.keys[:0]
	ent := sc.ent[:0]           // per item: its entry
	pronouns := sc.pronouns[:0] // per entry: the pronouns resolved to it
	lastStmt := sc.lastStmt[:0] // per entry: its latest statement
	nStmts := 0
	for n, it := range items {
		a := &as[it.attr]
		src, kind, _ := ledgerSource(a)
		key := all[spans[n][0]:spans[n][1]]
		k, ok := sc.lookup(keys, key)
		if !ok {
			k = int32(len(entries))
			sc.insert(keys, key, k)
			entries = append(entries, LedgerEntry{Name: src[it.name[0]:it.name[1]], Kind: kind, Stances: mem.stances(len(entries))})
			keys = append(keys, key)
			pronouns = append(pronouns, 0)
			lastStmt = append(lastStmt, -1)
		}
		ent = append(ent, k)
		e := &entries[k]
		if e.Kind == "" {
			e.Kind = kind
		}
		if a.Source.Kind == Pronoun {
			pronouns[k]++
		}
		if lastStmt[k] != a.Sentence {
			lastStmt[k] = a.Sentence
			nStmts++
			e.Mentions++ // for now, the entry's count of statements
		}
		e.Stances[a.Stance]++
	}
	sc.entries, sc.keys, sc.ent, sc.pronouns, sc.lastStmt = entries, keys, ent, pronouns, lastStmt
	if len(entries) == 0 {
		return nil
	}
	// The statements of all entries share one array, each with a
	// capacity of its own length, so that an append moves it out.
	var l Ledger
	var stmts []int
	if mem != nil && cap(mem.l) >= len(entries) {
		l = mem.l[:len(entries)]
	} else {
		l = make(Ledger, len(entries))
	}
	copy(l, entries)
	if mem != nil && cap(mem.stmts) >= nStmts {
		stmts = mem.stmts[:0]
	} else {
		stmts = make([]int, 0, nStmts)
	}
	if mem != nil {
		mem.l, mem.stmts = l, stmts
	}
	for i := range l {
		n := l[i].Mentions
		l[i].Statements = stmts[len(stmts) : len(stmts) : len(stmts)+n]
		stmts = stmts[:len(stmts)+n]
		l[i].Mentions = 0
		if l[i].Kind == "" {
			l[i].Kind = Person
		}
	}
	for n, it := range items {
		e := &l[ent[n]]
		if m := len(e.Statements); m == 0 || e.Statements[m-1] != as[it.attr].Sentence {
			e.Statements = append(e.Statements, as[it.attr].Sentence)
		}
	}
	counts := sc.countMentions(doc, l, keys)
	for i := range l {
		e := &l[i]
		e.Mentions = int(pronouns[i]) + counts[i]
		if e.Mentions == 0 {
			e.Mentions = len(e.Statements)
		}
	}
	return l
}

// A ledgerItem is one source of an attribution as the ledger groups it:
// the attribution's index, and where its name is in the text that
// ledgerSource returns for it.
type ledgerItem struct {
	attr int32
	name [2]int32
}

// cutPerson cuts the first person's name off a resolved name of
// coordinated people ("Ann Ray, Bo Lin and Cy Diaz"): the name before the
// first ", ", ", and " or " and ", what follows, the separator's length,
// and whether there was one.
func cutPerson(s string) (part, after string, sep int, more bool) {
	i, n := strings.Index(s, " and "), len(" and ")
	if c := strings.Index(s, ", "); c >= 0 && (i < 0 || c < i) {
		i, n = c, len(", ")
		if strings.HasPrefix(s[c:], ", and ") {
			n = len(", and ")
		}
	}
	if i < 0 {
		return s, "", 0, false
	}
	return s[:i], s[i+n:], n, true
}

// coordinated reports whether a person source's resolved name names
// several people joined by "and" and commas, as Source.Resolved does
// ("Tom Ruiz and Eva Dahl", "Ann Ray, Bo Lin and Cy Diaz"): every word but
// "and" is capitalized, or a particle of a name. A description is left whole ("the president and chief
// executive").
func coordinated(name string) bool {
	if !strings.Contains(name, " and ") {
		return false
	}
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if w != "and" && !unicode.IsUpper(r) && !nameParticles.has(w) {
			return false
		}
	}
	return true
}

// ledgerSource returns the text whose lowercase form groups an
// attribution's source in the ledger, and the kind of its entry ("" for a
// pronoun, which takes its referent's), or false when the ledger leaves
// the attribution out.
func ledgerSource(a *Attribution) (string, SourceKind, bool) {
	name, kind := a.Source.Resolved, a.Source.Kind
	switch kind {
	case None, Self:
		return "", "", false
	case Anonymous:
		name = a.Source.Text // lowercased twice before: the same
	case Pronoun:
		kind = ""
	}
	return name, kind, name != ""
}

// appendLower appends strings.ToLower(s) to b: rune by rune, an invalid
// byte becoming U+FFFD as strings.Map writes it.
func appendLower(b []byte, s string) []byte {
	b = slices.Grow(b, len(s))
	i := 0
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// smallIndex is the number of keys up to which NewLedger finds a key by
// comparing it with each: a map costs more for so few.
const smallIndex = 16

// lookup returns the entry of key among keys, the keys of the entries so
// far.
func (sc *ledgerScratch) lookup(keys []string, key string) (int32, bool) {
	if len(keys) <= smallIndex {
		for i, k := range keys {
			if k == key {
				return int32(i), true
			}
		}
		return 0, false
	}
	k, ok := sc.index[key]
	return k, ok
}

// insert records that key, not among keys, is the key of entry k.
func (sc *ledgerScratch) insert(keys []string, key string, k int32) {
	if len(keys) < smallIndex {
		return
	}
	if sc.index == nil {
		sc.index = map[string]int32{}
	}
	if len(keys) == smallIndex {
		for i, k := range keys {
			sc.index[k] = int32(i)
		}
	}
	sc.index[key] = k
}

// ledgerScratch holds NewLedger's working memory for reuse by the next
// call; none of it leaves NewLedger.
type ledgerScratch struct {
	b        []byte
	spans    [][2]int32 // per item: its key in b
	items    []ledgerItem
	groups   []string // the names of coordinated people split into items
	index    map[string]int32
	entries  []LedgerEntry
	keys     []string
	ent      []int32
	pronouns []int32
	lastStmt []int
	counts   []int
	next     []int32 // per entry: the next entry with the same last name or first word, or -1
	lastName map[string]int32
	wordsAt  [][2]int32 // per entry: its name's words in words, for organizations and groups
	words    []string
	// past maxCompared names with one first word: their names by their
	// words joined with spaces, names alike chained through phraseNext
	phrase     map[string]int32
	phraseNext []int32
	buf        []byte
	firsts     []firstWord
	firstMap   map[string]int32 // past smallIndex first words: their index in firsts
}

// ledgerPool recycles scratches, cleared of the last document; a huge
// document's memory is not kept.
var ledgerPool = pool.New((*ledgerScratch).reset)

// reset clears sc of the last document, and reports whether it is worth
// keeping. firstMap must go too: a first word of the last document's
// names would otherwise be found at its index of then, another word's
// or past the end, once a document has more than smallIndex of them.
func (sc *ledgerScratch) reset() bool {
	if !pool.Fits(1<<16, cap(sc.spans)) {
		return false
	}
	clear(sc.index)
	clear(sc.groups)
	clear(sc.entries)
	clear(sc.keys)
	clear(sc.lastName)
	clear(sc.words)
	clear(sc.phrase)
	clear(sc.firstMap)
	return true
}

// release returns sc to the pool.
func (sc *ledgerScratch) release() { ledgerPool.Put(sc) }

// countMentions counts the occurrences of each entry's name in doc: a
// person's last name as a capitalized word, an organization's or group's
// name as a phrase of token norms. keys holds each entry's name in
// lowercase. It reads the document once, whatever the number of entries.
func (sc *ledgerScratch) countMentions(doc *nlp.Document, l Ledger, keys []string) []int {
	counts := slices.Grow(sc.counts[:0], len(l))[:len(l)]
	clear(counts)
	sc.counts = counts
	if doc == nil || len(l) == 0 {
		return counts
	}
	if sc.lastName == nil {
		sc.lastName = map[string]int32{}
	}
	// People who share a last name are chained through next, the first
	// in the map; so are the organizations and groups whose names start
	// with the same word, the latest in firsts. words holds the words of
	// each of those names, at wordsAt.
	next := slices.Grow(sc.next[:0], len(l))[:len(l)]
	wordsAt := slices.Grow(sc.wordsAt[:0], len(l))[:len(l)]
	words := sc.words[:0]
	firsts := sc.firsts[:0]
	var fLast, fFirst, fOne normFilter // fOne: the names of one word
	maxLen := 0
	for i := range l {
		next[i] = -1
		st := len(words)
		words = appendFields(words, keys[i])
		ws := words[st:]
		switch {
		case len(ws) == 0:
		case l[i].Kind == Person:
			last := ws[len(ws)-1]
			words = words[:st] // only the last word is needed
			if h, ok := sc.lastName[last]; ok {
				for next[h] >= 0 {
					h = next[h]
				}
				next[h] = int32(i)
			} else {
				sc.lastName[last] = int32(i)
			}
			fLast.Add(last)
		default:
			wordsAt[i] = [2]int32{int32(st), int32(len(words))}
			var f int32
			firsts, f = sc.addFirst(firsts, ws[0])
			fw := &firsts[f]
			next[i], fw.head = fw.head, int32(i)
			fw.names++
			fw.lens |= lengthBit(len(ws))
			maxLen = max(maxLen, len(ws))
			fFirst.Add(ws[0])
			if len(ws) == 1 {
				fOne.Add(ws[0])
			}
		}
	}
	sc.next, sc.wordsAt, sc.words = next, wordsAt, words
	// Comparing a token with the names a word starts costs a pass over
	// them; past maxCompared names, the norms from the token, joined by
	// spaces, are looked up for each length of those names instead (bit
	// 63 for 63 words and more), so that a great many names sharing a
	// first word cost no more per token than their lengths.
	//
	// The second words of all those names turn away most tokens after a
	// first word ("the", "a" start many names, and are followed by none
	// of their second words): then only names of one word are tried.
	var fSecond normFilter
	for f := range firsts {
		for e := firsts[f].head; e >= 0; e = next[e] {
			if wordsAt[e][1]-wordsAt[e][0] >= 2 {
				fSecond.Add(words[wordsAt[e][0]+1])
			}
		}
		if firsts[f].names <= maxCompared {
			continue
		}
		if sc.phrase == nil {
			sc.phrase = map[string]int32{}
		}
		if len(sc.phraseNext) < len(l) {
			sc.phraseNext = make([]int32, len(l))
		}
		for e := firsts[f].head; e >= 0; e = next[e] {
			k := strings.Join(words[wordsAt[e][0]:wordsAt[e][1]], " ")
			sc.phraseNext[e] = -1
			if h, ok := sc.phrase[k]; ok {
				sc.phraseNext[e], sc.phraseNext[h] = sc.phraseNext[h], e
			} else {
				sc.phrase[k] = e
			}
		}
	}
	toks := doc.Tokens
	hasLast, hasPhrase := len(sc.lastName) > 0, len(firsts) > 0
	var fAny normFilter // fLast and fFirst together: most tokens pass neither
	for i := range fAny {
		fAny[i] = fLast[i] | fFirst[i]
	}
	for i := range toks {
		t := &toks[i]
		if t.Norm == "" {
			continue // no name has an empty word
		}
		fi, fb := wordset.FilterBit(t.Norm) // the same bit in all filters
		if fAny[fi]&fb == 0 {
			continue
		}
		if hasLast && fLast[fi]&fb != 0 && t.Kind == nlp.Word && t.Capitalized() {
			if h, ok := sc.lastName[t.Norm]; ok {
				for ; h >= 0; h = next[h] {
					counts[h]++
				}
			}
		}
		// At each token whose norm starts names, the norms from there are
		// compared with the words of each.
		if !hasPhrase || fFirst[fi]&fb == 0 {
			continue
		}
		// Before no second word, only a name of one word can start here,
		// and most tokens are no such name ("the"): they need not be
		// looked for among the first words.
		second := i+1 < len(toks) && fSecond.May(toks[i+1].Norm)
		if !second && fOne[fi]&fb == 0 {
			continue
		}
		f, ok := sc.firstIndex(firsts, t.Norm)
		if !ok {
			continue
		}
		lens := firsts[f].lens
		if !second {
			if lens&lengthBit(1) == 0 {
				continue
			}
			lens = lengthBit(1)
		}
		if firsts[f].names > maxCompared {
			sc.lookUpPhrases(toks, i, lens, maxLen, counts)
			continue
		}
	names:
		for e := firsts[f].head; e >= 0; e = next[e] {
			ws := words[wordsAt[e][0]:wordsAt[e][1]]
			if i+len(ws) > len(toks) || lens&lengthBit(len(ws)) == 0 {
				continue
			}
			for k := 1; k < len(ws); k++ {
				if toks[i+k].Norm != ws[k] {
					continue names
				}
			}
			counts[e]++
		}
	}
	clear(firsts)
	sc.firsts = firsts[:0]
	clear(sc.firstMap)
	return counts
}

// lookUpPhrases counts the names that start at token i, of the lengths
// lens, whose first word starts names, from the phrase map.
func (sc *ledgerScratch) lookUpPhrases(toks []nlp.Token, i int, lens uint64, maxLen int, counts []int) {
	top := maxLen // the longest name to try
	if lens < 1<<63 {
		top = min(top, bits.Len64(lens)-1)
	}
	buf := sc.buf[:0]
	for n := 1; n <= top && i+n <= len(toks); n++ {
		if n > 1 {
			buf = append(buf, ' ')
		}
		buf = append(buf, toks[i+n-1].Norm...)
		if lens&lengthBit(n) == 0 {
			continue
		}
		if h, ok := sc.phrase[string(buf)]; ok {
			for ; h >= 0; h = sc.phraseNext[h] {
				counts[h]++
			}
		}
	}
	sc.buf = buf
}

// maxCompared is the number of names sharing a first word up to which
// countMentions compares a token with each.
const maxCompared = 8

// lengthBit is the bit of a name's length in words in firstWord.lens.
func lengthBit(n int) uint64 { return 1 << min(n, 63) }

// A firstWord is the first word of organizations' and groups' names, the
// latest of those entries (see countMentions), their number and a bit per
// length of their names (see lengthBit).
type firstWord struct {
	word  string
	head  int32
	names int32
	lens  uint64
}

// addFirst returns fs with w, and the index of w in it; past smallIndex
// words, firstMap indexes them.
func (sc *ledgerScratch) addFirst(fs []firstWord, w string) ([]firstWord, int32) {
	if i, ok := sc.firstIndex(fs, w); ok {
		return fs, i
	}
	if len(fs) >= smallIndex {
		if sc.firstMap == nil {
			sc.firstMap = map[string]int32{}
		}
		if len(fs) == smallIndex {
			for i := range fs {
				sc.firstMap[fs[i].word] = int32(i)
			}
		}
		sc.firstMap[w] = int32(len(fs))
	}
	return append(fs, firstWord{word: w, head: -1}), int32(len(fs))
}

// firstIndex returns the index of w in fs. The filter has turned most
// words away, and a document has few first words: below smallIndex of
// them a scan costs less than hashing.
func (sc *ledgerScratch) firstIndex(fs []firstWord, w string) (int32, bool) {
	if len(fs) > smallIndex {
		i, ok := sc.firstMap[w]
		return i, ok
	}
	for i := range fs {
		if len(fs[i].word) == len(w) && fs[i].word == w {
			return int32(i), true
		}
	}
	return 0, false
}

// A normFilter turns away, before a map lookup, most words that are not
// among those added (see wordset.Filter).
type normFilter = wordset.Filter
