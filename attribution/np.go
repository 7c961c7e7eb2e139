package attribution

// Noun phrases: where a phrase begins and ends, read from capitalization,
// punctuation and the word classes, for sources (source.go) and contents.

import (
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// Noun phrases are found without a parser: capitalization, punctuation and
// the closed word classes of words.go tell where a phrase begins and ends.
// When the document is tagged, tags refine the decisions.

// atClauseStart reports whether token i is the first word of its sentence
// or follows an opening quote, a colon or a line break.
func (r *run) atClauseStart(i, lo int) bool {
	for j := i - 1; j >= lo; j-- {
		t := &r.toks[j]
		switch {
		case t.Kind == nlp.OpenQuote || t.Kind == nlp.Quote:
			continue
		case t.Kind == nlp.Punct && (t.Text == ":" || t.Text == "(" || t.Text == "\u2014" || t.Text == "--"):
			return true
		}
		return false
	}
	return true
}

// isName reports whether token i is a capitalized word that can be part of
// a name: not a function word opening the sentence ("But", "In").
func (r *run) isName(i, lo int) bool {
	return r.cls[i]&clsCapWord != 0 && r.isNameCap(i, lo)
}

// notNameAdverb are adverbs that are never a name, capitalized or not
// ("Just", "Now", "Still" in a title-case headline); adverbs that are also
// surnames ("Long", "Rather") are not among them.
var notNameAdverb = plainClass("notNameAdverbs")

// lowercaseElsewhere reports whether the word of token i, capitalized,
// stands somewhere in the document in lower case: a common word, not a
// name.
//
// It is asked of -ing words longer than five bytes (clsIng) and of words
// in -s (pluralWord) only, in most documents not at all or once or twice:
// the first maxWordScans questions (with capitalizedWithin's) each read
// the tokens for the one word, which costs less than filling the maps of
// all such words; the next reads the document's words into the maps once,
// so a text of many such sentence openings stays linear.
func (r *run) lowercaseElsewhere(i int) bool {
	if !r.lowerIngMade && r.wordScans < maxWordScans {
		r.wordScans++
		w := r.toks[i].Norm
		for k := range r.toks {
			if c := r.cls[k]; c&(clsKind|clsCapWord) == uint8(nlp.Word) && r.toks[k].Norm == w && (c&clsIng != 0 || pluralWord(w)) {
				return true
			}
		}
		return false
	}
	r.makeWordMaps()
	return r.lowerIng[r.toks[i].Norm]
}

// maxWordScans bounds the questions of lowercaseElsewhere and
// capitalizedWithin answered by a pass over the tokens for one word
// before the maps of all words are made.
const maxWordScans = 4

// makeWordMaps fills lowerIng and capWithin, once a run.
func (r *run) makeWordMaps() {
	if r.lowerIngMade {
		return
	}
	r.lowerIngMade = true
	if r.lowerIng == nil {
		r.lowerIng = map[string]bool{}
	}
	if r.capWithin == nil {
		r.capWithin = map[string]bool{}
	}
	for k := range r.toks {
		c := r.cls[k]
		if c&(clsKind|clsCapWord) == uint8(nlp.Word) && (c&clsIng != 0 || pluralWord(r.toks[k].Norm)) {
			r.lowerIng[r.toks[k].Norm] = true
		} else if c&(clsKind|clsCapWord) == uint8(nlp.Word)|clsCapWord && pluralWord(r.toks[k].Norm) && !r.sentenceStart(k) {
			// a capitalized word in -s within a sentence: a name's
			r.capWithin[r.toks[k].Norm] = true
		}
	}
}

// capitalizedWithin reports whether the word of token i, in -s, stands
// capitalized somewhere in the document other than at a sentence's or a
// quotation's start: a name ("Sanders", "Waters"), not a plural that a
// sentence opens with ("Forecasters said …"). Like lowercaseElsewhere, it
// reads the tokens for its first questions.
func (r *run) capitalizedWithin(i int) bool {
	if !r.lowerIngMade && r.wordScans < maxWordScans {
		r.wordScans++
		w := r.toks[i].Norm
		for k := range r.toks {
			if c := r.cls[k]; c&(clsKind|clsCapWord) == uint8(nlp.Word)|clsCapWord && r.toks[k].Norm == w && pluralWord(w) && !r.sentenceStart(k) {
				return true
			}
		}
		return false
	}
	r.makeWordMaps()
	return r.capWithin[r.toks[i].Norm]
}

// sentenceStart reports whether token k opens its sentence or a
// quotation or parenthesis.
func (r *run) sentenceStart(k int) bool {
	if k == 0 {
		return true
	}
	s := &r.doc.Sentences[r.doc.SentenceOf(k)]
	if k == s.First {
		return true
	}
	p := &r.toks[k-1]
	return p.Kind.IsQuote() || p.Text == "(" || p.Text == ":" || isDash(p.Text)
}

// pluralWord reports whether a lowercase word looks like a plural noun:
// longer than four bytes and in -s, not -ss ("findings", "results").
func pluralWord(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// capitalized is r.toks[i].Capitalized(), read from the class byte for a
// word.
func (r *run) capitalized(i int) bool {
	if c := r.cls[i]; c&clsKind == uint8(nlp.Word) {
		return c&clsCapWord != 0
	}
	return r.toks[i].Capitalized()
}

// isNameCap is isName for a capitalized word.
func (r *run) isNameCap(i, lo int) bool {
	t := &r.toks[i]
	if t.Norm == "i" {
		return false
	}
	if r.atClauseStart(i, lo) && (r.in(i, functionWords) || len(t.Norm) > 5 && strings.HasSuffix(t.Norm, "ly") && !r.in(i, lyNouns)) {
		return false // "But", "In", "Apparently"
	}
	if notNameAdverb.has(t.Norm) {
		// "Barack Obama Just Nominated …": a title-case headline's
		// adverb; "Maybe Trump is …": a sentence's
		return false
	}
	if r.cls[i]&(clsKind|clsIng) == uint8(nlp.Word)|clsIng && r.atClauseStart(i, lo) && !(i+1 < len(r.toks) && r.cls[i+1]&clsCapWord != 0) && r.lowercaseElsewhere(i) {
		return false // "Running counter to …", when the text has "running" in lower case too
	}
	if r.doc.Tagged && t.Tag != "" && t.Tag != "NNP" && t.Tag != "NNPS" && r.in(i, functionWords) {
		return false
	}
	return true
}

// functionWords is the union of the function words that are never part
// of a source's noun phrase: prepositions, clause words, other function
// words, pronouns, auxiliaries, negators, and determiners other than
// possessives. addFunctionWords fills it.
var functionWords = class("functionWords")

// addFunctionWords fills functionWords from the sets it is the union of;
// byName finds a set by its name.
func addFunctionWords(byName func(string) wordSet) {
	u := byName("functionWords")
	for _, n := range []string{"prepositions", "clauseWords", "otherFunction", "subjectPronouns", "objectPronouns", "auxiliaries", "negators"} {
		for w := range byName(n).All() {
			u.add(w)
		}
	}
	possessives := byName("possessives")
	for w := range byName("determiners").All() {
		if !possessives.has(w) {
			u.add(w)
		}
	}
}

// in reports whether token k's norm is in the set s. The bits of every
// token's sets are looked up once, in newRun: the rules ask about the
// same tokens again and again.
func (r *run) in(k int, s wordSet) bool { return r.wcs[k]&s.bit != 0 }

// derived returns token k's word classes with the derived predicates
// filled in: they cost more than the sets' bits and few tokens need them,
// so they are computed on first use.
func (r *run) derived(k int) uint64 {
	if c := r.wcs[k]; c&wcDerived != 0 {
		return c
	}
	return r.derive(k)
}

func (r *run) derive(k int) uint64 {
	t := &r.toks[k]
	c := r.wcs[k] | wcDerived
	capWord := r.cls[k]&clsCapWord != 0
	if adverbOf(t, c, capWord) || r.noDoubt(k) {
		c |= wcAdverb
	}
	if r.contentOf(k, c) {
		c |= wcContent
	}
	if verbLikeOf(t, c, capWord) {
		c |= wcVerbLike
	}
	r.wcs[k] = c
	return c
}

// noDoubt reports whether token k is a word of "no doubt" used as an
// adverb before a verb or adjective: "Supporters will no doubt claim …",
// but not "there is no doubt that …" or "no doubt about it".
func (r *run) noDoubt(k int) bool {
	t := &r.toks[k]
	var n int // the token after "doubt"
	switch {
	case t.Norm == "no" && k+2 < len(r.toks) && r.toks[k+1].Norm == "doubt":
		n = k + 2
	case t.Norm == "doubt" && k > 0 && k+1 < len(r.toks) && r.toks[k-1].Norm == "no":
		n = k + 1
	default:
		return false
	}
	a := &r.toks[n]
	return a.Kind == nlp.Word && a.Space && r.cls[n]&clsCapWord == 0 && r.wcs[n]&(prepositions.bit|clauseWords.bit|determiners.bit) == 0
}

// isAdverb reports whether token k is a lowercase word that is an adverb
// that may stand inside a verb group: a listed adverb or a word in -ly.
func (r *run) isAdverb(k int) bool { return r.derived(k)&wcAdverb != 0 }

// adverbOf is isAdverb for a token whose set bits are c; capWord tells
// whether it is a capitalized word.
func adverbOf(t *nlp.Token, c uint64, capWord bool) bool {
	if t.Kind != nlp.Word {
		return false
	}
	if capWord {
		return notNameAdverb.has(t.Norm) // "Obama Just Nominated …", "Now, …"
	}
	if t.Tag != "" {
		return t.Tag == "RB" || t.Tag == "RBR" || t.Tag == "RBS"
	}
	if c&adverbs.bit != 0 {
		return true
	}
	return lyAdverb(t.Norm, c)
}

// lyAdverb reports whether a lowercase form whose word-class bits are c
// is an adverb in -ly ("reportedly", not "family").
func lyAdverb(n string, c uint64) bool {
	return len(n) > 4 && strings.HasSuffix(n, "ly") && c&lyNouns.bit == 0
}

// lyWord is lyAdverb for token k, capitalized or not: "Shortly after …".
func (r *run) lyWord(k int) bool {
	return r.toks[k].Kind == nlp.Word && lyAdverb(r.toks[k].Norm, r.wcs[k])
}

// lyNouns end in -ly but are not adverbs.
var lyNouns = class("lyNouns")

// isContent reports whether token i is a lowercase word that can be part of
// a noun phrase (a noun or adjective, by elimination).
func (r *run) isContent(i int) bool { return r.derived(i)&wcContent != 0 }

// contentOf is isContent for token i whose set bits are c, with wcAdverb
// already derived: an adverb is no content word.
func (r *run) contentOf(i int, c uint64) bool {
	t := &r.toks[i]
	if t.Kind != nlp.Word {
		return false
	}
	if t.Tag != "" {
		c := t.Tag[0]
		return c == 'N' || c == 'J' || t.Tag == "VBN" && i > 0 && r.in(i-1, determiners) || t.Tag == "CD"
	}
	return c&(functionWords.bit|wcAdverb) == 0
}

// verbLike reports whether a lowercase word looks like a verb form that
// ends a noun phrase: a participle or past tense in -ed or -ing, or a word
// tagged as a verb.
func (r *run) verbLike(i int) bool { return r.derived(i)&wcVerbLike != 0 }

// verbLikeOf is verbLike for a token whose set bits are c.
func verbLikeOf(t *nlp.Token, c uint64, capWord bool) bool {
	if t.Tag != "" {
		return t.Tag[0] == 'V' || t.Tag == "MD"
	}
	if capWord || t.Kind != nlp.Word {
		return false
	}
	n := t.Norm
	if compoundIng(n) {
		return false // "access-peddling", "record-breaking"
	}
	return len(n) > 4 && (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing")) && c&edNouns.bit == 0 || irregularPast.has(n)
}

// bareVerbBefore: see classes.tsv.
var bareVerbBefore = plainClass("bareVerbBefore")

// irregularPast are past forms of irregular verbs that are no nouns or
// adjectives, so that, like a form in -ed, they end a noun phrase
// ("Hillary Clinton | went on offense", "his endorsement | came with
// caveats").
var irregularPast = plainClass("irregularPast")

// edNouns end in -ed or -ing but are nouns or adjectives in a source.
var edNouns = class("edNouns")

// workNouns name works that carry a title: "the book The Art of the
// Deal". See classes.tsv.
var workNouns = plainClass("workNouns")

// leftNP returns the first token of the noun phrase that ends at token end
// (inclusive), scanning no further left than lo. It returns -1 when token
// end cannot end a source's noun phrase. A phrase may hold titles and names
// ("U.S. Defense Secretary Pete Hegseth"), determiners, possessives
// ("Clinton's campaign manager Robby Mook"), of-phrases ("the director of
// the FBI"), coordinated names ("Canada and the U.S.") and a parenthesis
// ("Sen. Lindsey Graham (R-S.C.)"), and a list of names that opens its
// clause ("Sens. Ann Ray, Bo Lin and Cy Diaz").
func (r *run) leftNP(end, lo int) int {
	st, list := r.leftNPScan(end, lo)
	if st > lo {
		st = r.approximated(st, lo)
		st = r.shareList(st, lo)
		st = r.bareConjunct(st, end, lo)
		st = r.namedConjunct(st, lo)
		st = r.pronounConjunct(st, lo)
		st = r.possessiveConjunct(st, lo)
		st = r.evenConjunct(st, lo)
		if n := strings.ToLower(r.toks[max(st-1, 0)].Norm); st > lo && (n == "neither" || n == "either") {
			st-- // "Neither Cruz nor Christie"
		}
	}
	if list >= 0 && (st < 0 || !r.nameList(st, list, lo)) {
		// "In Ohio, Bo Lin and Cy Diaz": the list's earlier items are no
		// names, or the list does not stand where a subject does
		return list
	}
	return st
}

// bareConjunct returns the start of a coordination whose last conjunct
// is the bare singular noun at st (= end), which cannot stand alone as a
// phrase, so that the determiner before the first conjunct is shared:
// "The book and film blame …". It returns st otherwise.
func (r *run) bareConjunct(st, end, lo int) int {
	if st != end || st-2 <= lo || !r.isContent(st) || r.verbLike(st) || isPlural(r.toks[st].Norm) {
		return st
	}
	if c := r.toks[st-1].Norm; c != "and" && c != "or" {
		return st
	}
	if s2, _ := r.leftNPScan(st-2, lo); s2 >= lo && s2 < st-2 && (r.in(s2, determiners) || r.in(s2, possessives)) && r.subjectPosition(s2, lo) {
		return s2 // the coordination stands where a subject does, not after a verb
	}
	return st
}

// namedConjunct returns the start of a coordination of named people
// whose last conjunct, at st, is a lowercase role and a name: "Fire chief
// Tom Ruiz and councilwoman Eva Dahl" (the scan stops at the role, where
// a capitalized title would have run on). It returns st otherwise.
func (r *run) namedConjunct(st, lo int) int {
	if st-2 < lo || r.toks[st-1].Norm != "and" || !r.isName(st-2, lo) || r.capitalized(st) || !r.in(st, roleNouns) || st+1 >= len(r.toks) || !r.isName(st+1, lo) {
		return st
	}
	if s2, _ := r.leftNPScan(st-2, lo); s2 >= lo && s2 < st-1 {
		return s2
	}
	return st
}

// pronounConjunct returns the start of a coordination whose first
// conjunct is a personal pronoun and whose last is the phrase at st, with
// "both", "either" or "neither" before it: "he and Rubio promised",
// "both she and her deputy said". It returns st otherwise.
func (r *run) pronounConjunct(st, lo int) int {
	if st-2 < lo {
		return st
	}
	if c := r.toks[st-1].Norm; c != "and" && c != "or" && c != "nor" {
		return st
	}
	p := st - 2
	if !r.nominative(p) {
		return st
	}
	if p-1 >= lo && correlative(r.toks[p-1].Norm) {
		p--
	}
	return p
}

// possessiveConjunct returns the start of a coordination whose last
// conjunct opens with a possessive, at st, and whose first is a name or a
// noun phrase standing where a subject does: "Sanders and his aides",
// "the company and its founder", "both Ms. Ray and her campaign". It
// returns st otherwise.
func (r *run) possessiveConjunct(st, lo int) int {
	if st-2 < lo || r.toks[st].Kind != nlp.Word || !r.in(st, possessives) || r.toks[st-1].Norm != "and" {
		return st
	}
	p := st - 2
	if !(r.isName(p, lo) || r.toks[p].Kind == nlp.Word && r.isContent(p) && !r.verbLike(p) && !r.in(p, functionWords)) {
		return st
	}
	s2, _ := r.leftNPScan(p, lo)
	if s2 < lo || s2 > p {
		return st
	}
	if s2-1 >= lo && correlative(r.toks[s2-1].Norm) {
		s2--
	}
	if !r.subjectPosition(s2, lo) {
		return st
	}
	return s2
}

// evenConjunct returns the start of a coordination whose last conjunct,
// at st, is set off by "and even" or "or even": the focus adverb keeps
// the scan from joining the conjuncts, but the speakers are all of them
// ("Mayors and even some governors say …"). The first conjunct must
// stand where a subject does, or after the "with" of an absolute phrase,
// so that an object before a new clause is not taken. It returns st
// otherwise.
func (r *run) evenConjunct(st, lo int) int {
	if st-3 < lo || r.toks[st-1].Norm != "even" {
		return st
	}
	if c := r.toks[st-2].Norm; c != "and" && c != "or" {
		return st
	}
	s2 := r.leftNP(st-3, lo)
	if s2 < lo || s2 > st-3 {
		return st
	}
	if !r.subjectPosition(s2, lo) && r.toks[s2-1].Norm != "with" {
		return st
	}
	return s2
}

// bodyBeforeName reports whether the lowercase noun at i is a kind of
// body whose name follows it, with an article or a modifier before it:
// "the liberal watchdog group Media Matters", "the tech news site Pando";
// not a statement or a finding, which a name after it does not name.
func (r *run) bodyBeforeName(i, lo int) bool {
	if i-1 < lo || r.capitalized(i) || !r.in(i, orgWords) || r.in(i, statements) || findingNouns.has(r.toks[i].Norm) {
		return false // a work is no body: "In a Bloomberg interview Trump declared"
	}
	return r.in(i-1, determiners) || r.isContent(i-1) && !r.verbLike(i-1)
}

// countAt reports whether token k is a number, in figures or words
// ("9", "nine", "Forty"), as a proportion opens: "nine out of 10".
func (r *run) countAt(k int) bool {
	t := &r.toks[k]
	return t.Kind == nlp.Number || t.Kind == nlp.Word && (numberWord(t.Norm) || countWords.has(strings.ToLower(t.Norm)))
}

// gradeWords: see classes.tsv.
var gradeWords = plainClass("gradeWords")

// ordinalAdverbs: see classes.tsv.
var ordinalAdverbs = plainClass("ordinalAdverbs")

// correlative reports whether w opens a coordination of two phrases:
// "both", "either" or "neither", in any case.
func correlative(w string) bool {
	switch strings.ToLower(w) {
	case "both", "either", "neither":
		return true
	}
	return false
}

// pluralNoun reports whether token k is a lowercase plural noun (by its
// ending), no verb form.
func (r *run) pluralNoun(k int) bool {
	t := &r.toks[k]
	return t.Kind == nlp.Word && r.isContent(k) && !r.verbLike(k) && isPlural(t.Norm)
}

// neitherBefore reports whether "neither" opens the phrase that ends at
// token k, within four words: "Neither Cruz nor …".
func (r *run) neitherBefore(k, lo int) bool {
	for j := k; j >= lo && j > k-4; j-- {
		if strings.EqualFold(r.toks[j].Norm, "neither") {
			return true
		}
	}
	return false
}

// shareList returns the start of a list of shares of groups that ends
// with the phrase at st, itself a share: "45% of Republicans, 28% of
// independents and 12% of Democrats say …". It returns st when the
// phrase is no share or no list comes before it.
func (r *run) shareList(st, lo int) int {
	if !r.shareAt(st) || st-1 < lo || r.toks[st-1].Norm != "and" {
		return st
	}
	first := st
	for k := st - 1; ; {
		e := k - 1
		if e >= lo && r.toks[e].Text == "," && r.toks[k].Norm == "and" {
			e-- // "…, 28% of independents, and 12% …"
		}
		if e < lo {
			break
		}
		s := r.leftNP(e, lo)
		if s < 0 || !r.shareAt(s) {
			break
		}
		first = s
		if k = s - 1; k < lo || r.toks[k].Text != "," {
			break
		}
	}
	return first
}

// shareAt reports whether a share of a group opens at token i: a number
// with "%" or "percent" and "of" ("12% of", "45 percent of"), perhaps
// bounded or approximated ("about 45 percent of", "more than 12% of").
func (r *run) shareAt(i int) bool {
	i = r.afterComparator(i, len(r.toks))
	if i+2 >= len(r.toks) || r.toks[i].Kind != nlp.Number {
		return false
	}
	n := &r.toks[i+1]
	return (n.Text == "%" && !n.Space || n.Norm == "percent") && r.toks[i+2].Norm == "of"
}

// approximated returns the start of a phrase opening with a count at
// st, with the words before it that make the count approximate: "about 4
// in 10", "only about half", "more than 20", "at least one"; st itself
// when the phrase opens with no count or nothing approximates it.
func (r *run) approximated(st, lo int) int {
	t := &r.toks[st]
	share := t.Norm == "a" && st+1 < len(r.toks) && pluralForms.has(r.toks[st+1].Norm) // "nearly a third"
	if !(t.Kind == nlp.Number || t.Kind == nlp.Word && (numberWord(t.Norm) || r.in(st, quantifiers) || t.Norm == "half" || share)) {
		return st
	}
	count := func(k int) bool {
		return k >= lo && (r.toks[k].Kind == nlp.Number || numberWord(r.toks[k].Norm) || r.in(k, quantifiers))
	}
	if st-2 >= lo && r.toks[st-1].Norm == "in" && count(st-2) && count(st) {
		st -= 2 // a proportion in words: "one in five"
	}
	for k := st - 1; k >= lo && k >= st-4; k-- {
		switch n := strings.ToLower(r.toks[k].Norm); {
		case r.in(k, approximators) && n != "over" && n != "under":
			st = k
		case n == "than" && k-1 >= lo && (r.toks[k-1].Norm == "more" || r.toks[k-1].Norm == "fewer" || r.toks[k-1].Norm == "less"),
			(n == "least" || n == "most") && k-1 >= lo && r.toks[k-1].Norm == "at":
			st = k - 1
			k--
		default:
			return st
		}
	}
	return st
}

// nameList reports whether tokens [st, list) are the earlier items of a
// list of names, each a run of capitalized words with perhaps a
// parenthesis, and the list stands where a subject does.
func (r *run) nameList(st, list, lo int) bool {
	if !r.subjectPosition(st, lo) {
		return false
	}
	paren := false
	for k := st; k < list; k++ {
		t := &r.toks[k]
		switch {
		case t.Text == "(":
			paren = true
		case t.Text == ")":
			paren = false
		case paren || t.Text == "," || t.Norm == "and" || r.isName(k, lo):
		default:
			return false
		}
	}
	return true
}

// leftNPScan is leftNP without the check of a list of names: it returns
// the phrase's first token and, when the phrase took earlier items of a
// list over commas, the first token of the phrase without them, or -1.
func (r *run) leftNPScan(end, lo int) (int, int) {
	if end < lo {
		return -1, -1
	}
	t := &r.toks[end]
	// A personal pronoun is a phrase of its own.
	if t.Kind == nlp.Word && (r.in(end, subjectPronouns) && t.Norm != "that") {
		return end, -1
	}
	start := -1
	i := end
	switch {
	case t.Text == "%" && end-1 >= lo && r.toks[end-1].Kind == nlp.Number && !t.Space:
		// a share of those asked: "42% say"
		start, i = end-1, end-2
	case t.Kind == nlp.Word && r.in(end, objectPronouns) && end-2 >= lo && r.toks[end-1].Norm == "of" && r.ofHead(end-2, lo):
		// a part of a group named before: "most of them said", "two of
		// us agreed"
		start, i = end, end-1
	}
	names := 0      // capitalized words taken so far
	lowerHead := -1 // index of the rightmost lowercase word taken
	steps := 0
	coord := false   // names joined by "and": a list may go on over commas
	joined := -1     // the token "and" or a list comma was last taken at
	list := -1       // the phrase's start before it took a list comma
	plurals := false // plural nouns coordinated
	for i >= lo && steps < 16 {
		steps++
		t := &r.toks[i]
		switch {
		case t.Kind == nlp.Punct && t.Text == ")" && (i == end || i == joined-1):
			// "(R-S.C.)" after a name, "(R-Tex.) and Jo Fey (D-Va.)"
			j := i - 1
			for j >= lo && j > i-30 && r.toks[j].Text != "(" && r.toks[j].Text != ")" {
				j--
			}
			if j < lo || r.toks[j].Text != "(" || j == lo || i-j > 8 && !r.isName(j-1, lo) {
				// (a longer aside only after a name: "Chris Murphy (a
				// Connecticut Democrat so boyish he … ) says")
				return -1, list
			}
			start = j
			i = j - 1
			continue
		case t.Norm == "'s" || (t.Kind == nlp.CloseQuote || t.Kind == nlp.Quote) && t.Text != "\u201d" && t.Text != "\"" && i > lo && strings.HasSuffix(r.toks[i-1].Norm, "s") && !t.Space:
			// possessive: "Clinton's campaign manager"
			if start == -1 || i == lo {
				return start, list
			}
			start = i
			plurals = false // the possessor's phrase: "the candidate's friends and allies"
			i--
			continue
		case start != -1 && start == i+1 && !r.capitalized(start) && r.isContent(start) && r.closesQuote(i) && r.quotedName(r.qid[i]) && r.quotes[r.qid[i]].open-1 >= lo &&
			r.toks[r.quotes[r.qid[i]].open-1].Kind == nlp.Word && (r.in(r.quotes[r.qid[i]].open-1, determiners) || r.in(r.quotes[r.qid[i]].open-1, possessives)):
			// a quoted name before the head, after an article: "the
			// “Bernie or Bust” crowd", "the “Stop Trump” movement"
			start = r.quotes[r.qid[i]].open
			i = start - 1
			continue
		case t.Text == "/" && start == i+1 && i > lo && !t.Space && !r.toks[i+1].Space && r.isName(i+1, lo) && r.isName(i-1, lo):
			// names joined by a slash: "the CNN/ORC poll", "a New York
			// Times/CBS News survey"
			i--
			continue
		case r.isName(i, lo):
			if r.in(i, calendarWords) && start == i+1 && r.toks[i+1].Norm == "'s" {
				// a day's or month's: "Saturday's primary"
				start = i
				i--
				continue
			}
			if r.in(i, calendarWords) && start != -1 {
				return start, list
			}
			if r.in(i, calendarWords) {
				return -1, list
			}
			start = i
			names++
			i--
			continue
		case t.Kind == nlp.Number:
			start = i
			i--
			// a proportion: "4 in 10", "two out of three"
			if i-1 >= lo && r.toks[i].Norm == "in" && r.countAt(i-1) {
				start, i = i-1, i-2
			} else if i-2 >= lo && r.toks[i].Norm == "of" && r.toks[i-1].Norm == "out" && r.countAt(i-2) {
				start, i = i-2, i-3
			}
			continue
		case t.Kind == nlp.Word && r.in(i, possessives):
			if start == -1 {
				return -1, list
			}
			if r.predeterminer(i-1, lo) {
				return i - 1, list // "both his parents"
			}
			if i-2 >= lo && r.toks[i-1].Norm == "of" && r.toks[i-2].Kind == nlp.Word && (r.in(i-2, determiners) || r.in(i-2, quantifiers) || numberWord(strings.ToLower(r.toks[i-2].Norm))) && !r.in(i-2, possessives) {
				// a share of a group named by its possessor: "One of his
				// advisers", "each of their donors"
				start = i
				i--
				continue
			}
			if i-3 >= lo && (r.toks[i-1].Norm == "nor" || r.toks[i-1].Norm == "and") && r.isName(i-2, lo) && r.neitherBefore(i-2, lo) {
				// "Neither Donald J. Trump nor his opponents": the
				// phrase goes on to the first name
				start = i
				i--
				continue
			}
			return i, list
		case t.Kind == nlp.Word && t.Norm == "that" && start == i+1 && !r.capitalized(i+1) && r.isContent(i+1) && r.atClauseStart(i, lo):
			// a demonstrative that opens the clause: "That letter
			// demanded …" (a relative "that" follows its noun)
			return i, list
		case t.Kind == nlp.Word && start == i+1 && gradeWords.has(t.Norm) && !r.capitalized(start) && r.isContent(start) && i-1 >= lo &&
			(r.in(i-1, possessives) || r.toks[i-1].Norm == "the" || r.toks[i-1].Kind == nlp.Number || r.toks[i-1].Norm == "'s") && !isAdjective(r.toks[end].Norm):
			// a degree before an adjective, after an article, possessive
			// or number, is inside the phrase: "The most recent polling",
			// "the 10 most populous cities" (a phrase that ends in the
			// adjective has its noun after it: "the most basic question")
			i--
			continue
		case t.Kind == nlp.Word && r.in(i, determiners):
			if start == -1 {
				// "some", "many", "one", "several", "both": a pronoun-like
				// source on its own ("Some say …"), as is a number ("the
				// mother of three replied") or "those" ("Those close to
				// him say")
				if r.in(i, groupNouns) || t.Norm == "both" || t.Norm == "all" || t.Norm == "those" || r.in(i, quantifiers) {
					start = i
					i--
					continue
				}
				return -1, list
			}
			start = i
			if (t.Norm == "the" || t.Norm == "these" || t.Norm == "those") && r.predeterminer(i-1, lo) {
				return i - 1, list // "all the experts"
			}
			if i-1 >= lo && (countWords.has(t.Norm) || t.Norm == "other") && r.toks[i-1].Kind == nlp.Word && (r.in(i-1, possessives) || r.toks[i-1].Norm == "the" || r.toks[i-1].Norm == "these" || r.toks[i-1].Norm == "those") {
				return i - 1, list // "the two men", "his many critics", "the other candidates"
			}
			// "Canada and the U.S.", "the governor and the mayor"
			if i-2 >= lo && (r.toks[i-1].Norm == "and" || r.toks[i-1].Norm == "&") && (r.isName(i-2, lo) || r.groupOrRole(i-2)) {
				i--
				continue
			}
			// "one of the", "some of the", "director of the"
			if i-1 > lo && r.toks[i-1].Norm == "of" && r.ofHead(i-2, lo) {
				i -= 2
				continue
			}
			return start, list
		case t.Kind == nlp.Word && t.Norm == "of":
			if start != -1 && i-2 >= lo && r.toks[i-1].Text == "%" && !r.toks[i-1].Space && r.toks[i-2].Kind == nlp.Number {
				// a share of a group: "12% of Democrats"
				start = i - 2
				i -= 3
				continue
			}
			if start == -1 || !r.ofHead(i-1, lo) {
				return start, list
			}
			i--
			continue
		case t.Kind == nlp.Word && (t.Norm == "and" || t.Norm == "nor") && start == i+1 && names == 0 && i-1 >= lo && r.pluralNoun(end) && r.pluralNoun(i-1):
			// Coordinated plural nouns: "Her advisers and allies", "many
			// marchers and spectators"; only adjectives and determiners
			// go on before them ("The mayor met voters and officials
			// said" is no phrase)
			start = i - 1
			i -= 2
			plurals = true
			continue
		case t.Kind == nlp.Word && (t.Norm == "and" || t.Norm == "or") && start == i+1 && start < end && r.modifierConjuncts(i, lo):
			// Coordinated modifiers or roles before the head: "current
			// and former officials", "liberal and conservative
			// economists", "comedian and actor Ann Ray"
			start = i - 1
			i -= 2
			continue
		case t.Kind == nlp.Word && (t.Norm == "and" || t.Norm == "nor" && i-2 >= lo && r.neitherBefore(i-1, lo)) || t.Text == "&":
			// Coordinated names: "Canada and the U.S.", "Clinton and Kaine",
			// "Pryor & Webb" (an ampersand is punctuation), "Moe (R-Tex.)
			// and Fey (D-Va.)", "Ray, Lin, and Diaz", "Neither Cruz nor
			// Christie".
			if start == -1 || i-1 < lo || !(r.isName(start, lo) || r.in(start, determiners) || r.in(start, possessives) && r.toks[i].Norm == "nor") {
				return start, list
			}
			switch p := &r.toks[i-1]; {
			case r.isName(i-1, lo):
			case (p.Text == ")" || p.Text == ",") && i-2 >= lo && r.isName(start, lo) && r.isName(i-2, lo):
			case p.Text == ")" && r.isName(start, lo):
			case r.groupOrRole(i - 1):
				// a group, body or role and another: "The Clinton campaign
				// and DNC", "the governor and the mayor"
			default:
				return start, list
			}
			coord = coord || r.isName(start, lo)
			joined = i
			i--
			continue
		case t.Text == "," && coord && start != -1 && r.isName(start, lo) && i-1 >= lo && (r.isName(i-1, lo) || r.toks[i-1].Text == ")"):
			// an earlier item of a list of names: "Ann Ray, Bo Lin and …";
			// leftNP checks that the items are names
			if list == -1 {
				list = start
			}
			joined = i
			i--
			continue
		case r.in(i, nameParticles) && start != -1 && r.isName(start, lo) && i-1 >= lo && r.isName(i-1, lo):
			// "Tren de Aragua", "Nicolás de la Cruz"
			i--
			continue
		case t.Norm == "for" && start != -1 && r.isName(start, lo) && i-1 >= lo && r.isName(i-1, lo):
			// "Center for Public Opinion Research"
			i--
			continue
		case start == i+1 && start < end && t.Kind == nlp.Word && r.isAdverb(i) && !r.capitalized(start) && r.verbLike(start) && i-1 >= lo && (r.in(i-1, determiners) || r.in(i-1, possessives) || r.toks[i-1].Norm == "'s"):
			// an adverb of the participle that modifies the head: "the
			// newly elected mayor", "Trump's newly installed campaign chief"
			start = i
			i--
			continue
		case t.Kind == nlp.Word && start == i+1 && !r.capitalized(start) && r.isContent(start) && ordinalAdverbs.has(t.Norm) && i-1 >= lo &&
			(r.in(i-1, determiners) || r.in(i-1, possessives) || r.toks[i-1].Norm == "'s" || plainAdjectives.has(r.toks[i-1].Norm)) &&
			(r.peopleWord(end) || r.in(end, orgWords) || r.isName(end, lo)):
			// an ordinal before a head that can speak, after an article,
			// possessive or adjective: "the former first lady", "its last
			// chairman" (not a time: "for the first time", "in his first
			// term")
			i--
			continue
		case r.isContent(i):
			if plurals && !isAdjective(t.Norm) {
				return start, list
			}
			if start != -1 && i-1 >= lo && !r.capitalized(i) && bareVerbBefore.has(r.toks[i-1].Norm) {
				// a word after a modal is its verb: "will confront |
				// profound questions"
				return start, list
			}
			if r.verbLike(i) && !(i-1 >= lo && (r.in(i-1, determiners) || r.isAdverb(i-1) || r.toks[i-1].Norm == "'s" && start == i+1 ||
				start == i+1 && strings.HasSuffix(t.Norm, "ing") && r.isName(i-1, lo) && !r.capitalized(i) && r.toks[i-1].Kind == nlp.Word)) { // "the Daybreak tracking poll"
				// a participle modifies the phrase only where the phrase
				// starts: "where restructuring experts say"
				if start == -1 || !(i == lo || r.subjectPosition(i, lo)) {
					return start, list
				}
			}
			// A lowercase word right before a name must be a title or
			// role: "press secretary Karoline Leavitt", but not "the
			// debate Trump said"; or the noun of a work whose title
			// stands in apposition with a capitalized article: "his
			// book The Truth About Hillary" (but not "its oversight of
			// the centers The S.E.C. said").
			if start != -1 && names > 0 && lowerHead == -1 && r.isName(i+1, lo) && !r.in(i, roleNouns) && !agentNoun(t.Norm) && !isAdjective(t.Norm) && !r.inLower(i+1, titleWords) && !r.bodyBeforeName(i, lo) &&
				!(workNouns.has(t.Norm) && r.in(i+1, determiners) && !r.atClauseStart(i+1, lo) && !r.in(i+1, possessives)) {
				return start, list
			}
			if lowerHead == -1 {
				lowerHead = i
			}
			start = i
			i--
			continue
		}
		break
	}
	return start, list
}

// modifierConjuncts reports whether the "and" or "or" at token i joins
// two modifiers or two roles of the head after it: lowercase adjectives
// or singular nouns, no verb forms ("current and former", "domestic and
// international", "pollster and strategist"), the first perhaps
// capitalized where the sentence opens ("Liberal and conservative").
func (r *run) modifierConjuncts(i, lo int) bool {
	a, b := i-1, i+1
	if a < lo || b >= len(r.toks) || r.toks[a].Kind != nlp.Word || r.toks[b].Kind != nlp.Word || r.capitalized(b) {
		return false
	}
	if r.capitalized(a) && !(a == lo || r.atClauseStart(a, lo)) {
		return false
	}
	role := func(k int) bool { return r.inLower(k, roleNouns) }
	mod := func(k int) bool {
		n := strings.ToLower(r.toks[k].Norm)
		return r.isContent(k) && !r.verbLike(k) && !r.in(k, functionWords) && (isAdjective(n) || role(k) || !isPlural(n))
	}
	return mod(a) && mod(b) && !r.in(a, timeWords) && !r.in(b, timeWords)
}

// countWords are determiners that count what follows and may themselves
// follow "the" or a possessive: "the two men", "her many critics", but
// not "the most interesting".
var countWords = plainClass("countWords")

// predeterminer reports whether token i stands before a determiner in a
// noun phrase: "all", "both", "half".
func (r *run) predeterminer(i, lo int) bool {
	if i < lo {
		return false
	}
	n := strings.ToLower(r.toks[i].Norm)
	return n == "all" || n == "both" || n == "half"
}

// ofHead reports whether the token before an "of" can head a noun phrase
// ("director of", "one of", "some of").
func (r *run) ofHead(i, lo int) bool {
	if i < lo {
		return false
	}
	t := &r.toks[i]
	if t.Kind == nlp.Number {
		return true
	}
	if t.Kind != nlp.Word {
		return false
	}
	if r.in(i, groupNouns) || r.in(i, determiners) {
		return true
	}
	return r.isName(i, lo) || r.isContent(i) && !r.verbLike(i)
}

// isAdjective reports whether a lowercase word looks like an adjective by
// its ending ("longtime" is listed among roles).
func isAdjective(w string) bool {
	return endsIn(w, 3, "al", "ic", "ive", "ous", "ary", "ful", "ian", "an", "ese", "ish", "ent", "ant", "ble", "ior", "er", "est", "time", "term")
}

// endsIn reports whether w ends in one of sufs with at least stem bytes
// before it.
func endsIn(w string, stem int, sufs ...string) bool {
	for _, suf := range sufs {
		if len(w) >= len(suf)+stem && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// agentNoun reports whether a word's suffix makes it a noun for a person
// by what they do or know, as roleNouns lists the common ones: "venture
// capitalist", "retired neurosurgeon", "former physician" (but not
// "shortlist", "persist").
func agentNoun(w string) bool {
	if strings.HasSuffix(w, "surgeon") {
		return true
	}
	if !endsIn(w, 4, "ist", "ian") || strings.HasSuffix(w, "sist") {
		return false // "persist", "consist"
	}
	// a compound of "list" has a consonant before it ("shortlist",
	// "checklist"), a person's noun a vowel ("capitalist", "novelist")
	return !strings.HasSuffix(w, "list") || isVowel(w[len(w)-5])
}

// maxNP bounds a noun phrase scanned rightward in tokens; an appositive
// after it may run twice as long ("…, said Nick Witney, a fellow at the
// European Council on Foreign Relations who ran …").
const maxNP = 32

// cueMatchAt returns the lexicon cue match that starts at token j, or
// nil.
func (r *run) cueMatchAt(j int) *lexicon.Match {
	k, ok := slices.BinarySearchFunc(r.cues, j, func(m lexicon.Match, j int) int { return m.First - j })
	if !ok {
		return nil
	}
	return &r.cues[k]
}

// verbCueAt reports whether a lexicon cue meant as a verb starts at token
// j in a verb's form: not a name's word ("the Rules Committee") nor a
// derived noun ("an economic policy adviser" matched "advise").
func (r *run) verbCueAt(j int) bool {
	if !r.isVerbCue[j] || r.capitalized(j) || r.prepositionIdiom(j) {
		return false
	}
	m := r.cueMatchAt(j)
	if m == nil {
		return true
	}
	head, _, _ := strings.Cut(m.Entry.Term, " ")
	switch inflection(r.toks[j].Norm, head) {
	case formOther, formNoun:
		return false
	}
	return true
}

// prepositionIdiom reports whether the word at j stands bare between
// "in" and "of", which make a preposition of it: "in charge of", "in
// light of", "in search of".
func (r *run) prepositionIdiom(j int) bool {
	return j-1 >= 0 && j+1 < len(r.toks) && r.toks[j-1].Norm == "in" && r.toks[j+1].Norm == "of"
}

// roleAhead reports whether a role follows token k within a few words,
// after an adverb or modifiers: "now a consultant", "executive vice
// president for policy", an organization's ("Twitter's director of …"),
// modifiers coordinated, dated or named ("research and policy director",
// "Clinton's 2008 campaign manager", "Acme chief executive").
func (r *run) roleAhead(k, hi int) bool {
	if k+2 < hi && r.isName(k, r.lo) && r.toks[k+1].Norm == "'s" {
		k += 2 // an organization's role: "Twitter's director of …"
	}
	named := false
	for j := k; j < hi && j < k+6; j++ {
		t := &r.toks[j]
		if j+1 < hi && (j > k && (t.Norm == "and" || t.Text == "&") || t.Kind == nlp.Number && len(t.Text) == 4) {
			continue // between modifiers: "policy and research director", a year's "2008 campaign manager"
		}
		if j+1 < hi && t.Kind == nlp.Word && r.capitalized(j) && r.isName(j, r.lo) && !r.in(j, calendarWords) && r.toks[j+1].Kind == nlp.Word && !r.capitalized(j+1) {
			named = true
			continue // a name that the role is of: "Acme chief executive", "Europe coordinator"
		}
		if t.Kind != nlp.Word || r.capitalized(j) {
			return false
		}
		role := r.in(j, roleNouns)
		if h := strings.LastIndexByte(t.Norm, '-'); !role && h > 0 && wordClasses.of(t.Norm[h+1:])&roleNouns.bit != 0 {
			role = true // "co-editor", "vice-chairman"
		}
		if role {
			if named {
				// but a role with a name after it is a title that starts
				// a new phrase: "…, Acme spokesman Jesse Lane said …"
				for j+1 < hi && r.toks[j+1].Kind == nlp.Word && !r.capitalized(j+1) && r.in(j+1, roleNouns) {
					j++
				}
				return !(j+1 < hi && r.isName(j+1, r.lo))
			}
			return true
		}
		if !(r.isAdverb(j) || r.in(j, timeWords) || r.in(j, determiners) || r.isContent(j) && !r.verbLike(j)) {
			return false
		}
	}
	return false
}

// postModified returns where the noun phrase starts that a modifier at k
// of a person noun leads to — an adjective and its preposition ("familiar
// with", "close to"), "with knowledge of", or "to" after a role ("aide to")
// — or 0 when k starts none of these.
func (r *run) postModified(k, hi int) int {
	j := k
	switch t := &r.toks[k]; {
	case r.in(k, postModifiers) && k+1 < hi && r.in(k+1, ppLinks) && r.toks[k+1].Norm != "of":
		j = k + 2
	case t.Norm == "with":
		j = k + 1
		for n := 0; n < 2 && j < hi && r.isContent(j) && !r.verbLike(j) && r.toks[j].Norm != "knowledge"; n++ {
			j++ // "with direct knowledge of"
		}
		if j+1 >= hi || r.toks[j].Norm != "knowledge" || r.toks[j+1].Norm != "of" {
			return 0
		}
		j += 2
	case t.Norm == "to" && roleNouns.has(strings.TrimSuffix(r.toks[k-1].Norm, "s")):
		if j = k + 1; j < hi && !(r.isName(j, r.lo) || r.in(j, determiners) || r.in(j, possessives)) {
			return 0 // "telling aides to leave"
		}
	default:
		return 0
	}
	if j < hi && (r.isName(j, r.lo) || r.in(j, determiners) || r.in(j, possessives) || r.isContent(j) && !r.verbLike(j)) {
		return j
	}
	return 0
}

// groupOrRole reports whether token k is a lowercase noun of a body, a
// group or a role ("campaign", "officials", "governor"), which can be
// coordinated with another source.
func (r *run) groupOrRole(k int) bool {
	return r.toks[k].Kind == nlp.Word && !r.capitalized(k) && (r.in(k, orgWords) || r.in(k, groupNouns) || r.in(k, roleNouns))
}

// rightNP returns the last token (inclusive) of the noun phrase that starts
// at token start, scanning no further than hi (exclusive), or -1. With
// appositive set, a following ", the director of …" that runs to the end of
// the clause belongs to the phrase, as after an inverted cue ("…, said Hans
// Schellnhuber, the director of the Potsdam Institute").
func (r *run) rightNP(start, hi int, appositive bool) int {
	if start >= hi {
		return -1
	}
	t := &r.toks[start]
	if t.Kind == nlp.Word && r.in(start, subjectPronouns) && t.Norm != "that" && t.Norm != "which" {
		return start
	}
	end := -1
	i := start
	sawHead := false
	for i < hi && i < start+maxNP { // a longer phrase is run-on text
		t := &r.toks[i]
		switch {
		case t.Kind == nlp.Word && r.in(i, determiners) && !sawHead:
			if r.in(i, groupNouns) || t.Norm == "both" || t.Norm == "all" {
				end = i
			}
			if i > start && i+1 < hi && r.toks[i+1].Norm == "of" {
				// a share of a group after a preposition: "a strategist
				// for one of these candidates"
				end, sawHead = i, true
			}
			i++
			continue
		case t.Kind == nlp.Word && r.in(i, possessives) && !sawHead:
			i++
			continue
		case t.Norm == "'s" && sawHead:
			sawHead = false
			i++
			continue
		case r.isName(i, r.lo):
			if r.in(i, calendarWords) && !(i > start && r.in(i-1, determiners)) {
				return end // "said Smith on Tuesday", but "a June report"
			}
			end = i
			sawHead = true
			i++
			continue
		case t.Kind == nlp.Number:
			end = i
			i++
			continue
		case t.Kind == nlp.Punct && t.Text == "(" && sawHead:
			j := i + 1
			for j < hi && j < i+8 && r.toks[j].Text != ")" && r.toks[j].Text != "(" {
				j++
			}
			if j < hi && r.toks[j].Text == ")" {
				end = j
				i = j + 1
				continue
			}
			return end
		case t.Kind == nlp.Word && (t.Norm == "of" || t.Norm == "for" || t.Norm == "at" || t.Norm == "by" && appositive) && sawHead:
			if i+1 < hi && (r.isName(i+1, r.lo) || r.in(i+1, determiners) || r.isContent(i+1) && !r.verbLike(i+1)) {
				if t.Norm != "of" && !(r.isName(i+1, r.lo) || r.in(i+1, determiners)) {
					return end
				}
				sawHead = false
				i++
				continue
			}
			return end
		case t.Kind == nlp.Word && sawHead && end == i-1 && !r.isName(end, r.lo) && r.peopleWord(end) && r.postModified(i, hi) > 0:
			// what sets the speaker apart: "a person familiar with the
			// talks", "officials with knowledge of the call", "an aide to
			// the governor"
			sawHead = false
			i = r.postModified(i, hi)
			continue
		case t.Kind == nlp.Word && t.Norm == "from" && sawHead && end == i-1 && !r.capitalized(end) && r.inLower(end, orgWords) && i+1 < hi && (r.isName(i+1, r.lo) || r.in(i+1, determiners)):
			// who made a poll or report: "a just-released poll from
			// Florida Atlantic University"
			sawHead = false
			i++
			continue
		case t.Kind == nlp.Word && (t.Norm == "on" || t.Norm == "in") && sawHead && end == i-1 && r.isName(end, r.lo) && !r.in(end, calendarWords) &&
			i+1 < hi && r.isName(i+1, r.lo) && !r.in(i+1, calendarWords) && r.inLower(end, orgWords):
			i++ // a name's own preposition: "the Joint Committee on Taxation", "the Council on Foreign Relations"
			continue
		case t.Text == "/" && end == i-1 && i+1 < hi && !t.Space && !r.toks[i+1].Space && r.isName(i-1, r.lo) && r.isName(i+1, r.lo):
			i++ // "a CNN/ORC poll"
			continue
		case (t.Kind == nlp.Word && t.Norm == "and" || t.Text == "&") && sawHead:
			if i+1 < hi && (r.isName(i+1, r.lo) || t.Norm == "&") {
				i++
				continue
			}
			if i+1 < hi && r.toks[i+1].Norm == "others" && r.isName(end, r.lo) {
				// "Doyle and others": the others are of the same kind
				return i + 1
			}
			if i+1 < hi && end >= 0 && r.pluralNoun(end) && r.pluralNoun(i+1) && (i+2 >= hi || r.toks[i+2].Kind != nlp.Word || !r.isContent(i+2) || r.in(i+2, prepositions)) {
				// coordinated plural nouns: "by Republicans and
				// independents", "voters and officials"
				end = i + 1
				i += 2
				continue
			}
			return end
		case appositive && t.Text == "," && sawHead && end == i-1 && r.isName(end, r.lo):
			// a list of names after an inverted cue: "said Sens. Ann Ray,
			// Bo Lin and Cy Diaz"
			if e := r.nameListAfter(i, hi); e > i {
				end = e
				i = e + 1
				continue
			}
		case r.in(i, nameParticles) && sawHead && i+1 < hi && r.isName(i+1, r.lo):
			i++
			continue
		case t.Text == "." && sawHead && end == i-1 && i+1 < hi && r.domainDot(i):
			end = i + 1 // a web address: "MoveOn.org", "Mic.com"
			i += 2
			continue
		case !sawHead && i > start && r.lyWord(i) && i+1 < hi && (r.isContent(i+1) || r.verbLike(i+1)):
			i++ // "a newly uncovered email"
			continue
		case !sawHead && i > start && t.Kind.IsQuote() && r.in(i-1, determiners):
			// a quoted title before the head: "the “Medicare for all”
			// document"
			j := i + 1
			for j < hi && j < i+8 && !r.toks[j].Kind.IsQuote() {
				j++
			}
			if j >= hi || j == i+8 || j+1 >= hi || !r.isContent(j+1) {
				return end
			}
			i = j + 1
			continue
		case r.isContent(i) && !r.in(i, timeWords):
			if (r.verbLike(i) || sawHead && irregularPast.has(t.Norm)) && !(i > start && (r.in(i-1, determiners) || r.lyWord(i-1) && i-1 > start && r.in(i-2, determiners))) {
				return end // (an irregular past after the head: "the scrutiny | grew")
			}
			// A determiner after a noun starts a new phrase.
			end = i
			sawHead = true
			i++
			continue
		}
		break
	}
	if end >= 0 && appositive && i < hi && r.toks[i].Text == "," && i+1 < hi {
		a := i + 1
		if a+1 < hi && r.toks[a].Kind == nlp.Word && r.isAdverb(a) && r.in(a+1, determiners) {
			a++ // "…, then the girlfriend of …", "…, now a lobbyist"
		}
		n := &r.toks[a]
		if a+1 < hi && r.verbLike(a+1) && r.toks[a+1].Kind == nlp.Word && (a+2 >= hi || isTerminalTok(&r.toks[a+2])) {
			return end // a participle of manner: "…, said Robin Maynard, half joking."
		}
		// a party and state: "…, said Senator Jeff Sessions, Republican
		// of Alabama"
		party := r.isName(a, r.lo) && r.inLower(a, titleWords) && a+1 < hi && r.toks[a+1].Norm == "of"
		// the name after a role: "…, said Rubio's deputy campaign
		// manager, Rich Beeson"
		named := r.isName(a, r.lo) && !r.in(a, calendarWords) && !r.capitalized(end) && (r.in(end, roleNouns) || agentNoun(r.toks[end].Norm))
		if !named && r.isName(a, r.lo) && !r.in(a, calendarWords) && r.roleWithin(start, end) {
			// the name of one a phrase describes: "…, said his best
			// friend at Lehigh, Bruce Turry." — the name alone, up to the
			// end of the clause or a comma
			e := a
			for e+1 < hi && (r.isName(e+1, r.lo) || r.in(e+1, nameParticles) && e+2 < hi && r.isName(e+2, r.lo)) {
				e++
			}
			if e+1 >= hi || isTerminalTok(&r.toks[e+1]) || r.toks[e+1].Text == "," {
				return e
			}
		}
		if n.Kind == nlp.Word && (r.in(a, determiners) || r.in(a, possessives) || r.in(a, roleNouns) || n.Norm == "who" || n.Norm == "whose") || r.isName(a, r.lo) && r.inLower(a, roleNouns) || party || named || n.Kind == nlp.Number || r.roleAhead(a, hi) {
			// The appositive runs to the end of the clause, over a
			// quoted title: "…, a co-author of “Those Guys Have All the
			// Fun.”"
			j := i + 1
			lastComma := -1
			relative := false // a relative clause in it may have a verb; the appositive itself has none
			for j < hi && j < i+2*maxNP && !(r.toks[j].Kind == nlp.Punct && r.toks[j].Text != "(" && r.toks[j].Text != ")" && r.toks[j].Text != "," && !r.domainDot(j)) && !(r.verbCueAt(j) && (lastComma >= 0 || !r.inNounPhrase(j, i))) {
				if r.relativeWord(j) {
					relative = true
				} else if !relative && r.toks[j].Kind == nlp.Word && r.toks[j].Norm != "'s" && (r.in(j, beForms) || r.in(j, modals)) {
					break // a clause of its own: "according to agency records, the last one was completed in 2014"
				}
				if r.toks[j].Kind.IsQuote() {
					if !r.opensQuote(j) || r.quotes[r.qid[j]].close >= hi || r.quotes[r.qid[j]].close < j || r.toks[j-1].Text == "," {
						// (a quotation after a comma resumes what was said:
						// "…,” said the minister, who visited the dam, “and
						// we will prove it.”)
						break
					}
					j = r.quotes[r.qid[j]].close + 1
					continue
				}
				if r.toks[j].Text == "," {
					lastComma = j
				}
				j++ // "…, said Tim Hess, a developer in Virginia, who introduced …"
			}
			if j < hi && !isTerminalTok(&r.toks[j]) && lastComma > i+1 {
				// a cue of a clause of its own after the appositive: the
				// appositive ends before it ("…, said Peter Morgan, a
				// lawyer for the club, who has been challenging …")
				j = lastComma
			} else if w := r.relativeIn(i+2, j); j < hi && !isTerminalTok(&r.toks[j]) && w > 0 {
				// the same without the comma: "…, said Andrew Rice, a
				// former state senator who ran for …", "…, a Republican
				// who has not endorsed a candidate"
				lastComma = w
				j = lastComma
			}
			if j >= hi || isTerminalTok(&r.toks[j]) || j == lastComma {
				end = j - 1
				// but not a time or the topic of the words set off at
				// its end: "…, a veteran of the committee, on Tuesday.",
				// "…, chairman of the state party, of the rift." (but a
				// hometown stays: "…, 45, of Columbus")
				for c := i + 2; c < end; c++ {
					if r.toks[c].Text == "," && (r.skipTime(c+1, j) == j || c+1 < j && r.toks[c+1].Kind == nlp.Word && r.in(c+1, topicPreps) && !(r.toks[c+1].Norm == "of" && c+2 < j && r.isName(c+2, r.lo))) {
						end = c - 1
						break
					}
				}
			}
		}
	}
	return end
}

// domainDot reports whether the dot at token i joins a name to the end
// of a web address with no space on either side: "MoveOn.org",
// "Factcheck.org", "Mic.com".
func (r *run) domainDot(i int) bool {
	if i < 1 || i+1 >= len(r.toks) || r.toks[i].Text != "." || r.toks[i].Space || r.toks[i+1].Space || r.toks[i-1].Kind != nlp.Word {
		return false
	}
	switch r.toks[i+1].Text {
	case "com", "org", "net", "gov", "edu", "info", "io", "co":
		return true
	}
	return false
}

// roleWithin reports whether a lowercase role or noun for people heads
// or leads the phrase [a, b] that a name after a comma may follow: "his
// best friend at Lehigh, Bruce Turry", "the ambassador at the time, John
// Herbst", "another Twitter user, Jo Bayer".
func (r *run) roleWithin(a, b int) bool {
	for j := a; j <= b; j++ {
		t := &r.toks[j]
		if t.Kind != nlp.Word || r.capitalized(j) {
			continue
		}
		if r.in(j, prepositions) {
			return false // only the words before the phrase's preposition head it
		}
		if r.inLower(j, roleNouns) && !r.in(j, roleModifiers) || agentNoun(t.Norm) || r.peopleWord(j) {
			return true
		}
	}
	return false
}

// nameListAfter returns the last token of the later items of a list of
// names that go on from the comma at i ("…, Bo Lin and Cy Diaz", "…, Bo
// Lin, and Cy Diaz"), or -1: names, each perhaps with a parenthesis,
// separated by commas, the last after "and".
func (r *run) nameListAfter(i, hi int) int {
	j := i
	for items := 0; j < hi && items < 16; items++ {
		// j is at a comma or "and" before an item
		and := r.toks[j].Norm == "and"
		j++
		if !and && j < hi && r.toks[j].Norm == "and" {
			and = true
			j++ // an Oxford comma
		}
		k := j
		for k < hi && r.isName(k, r.lo) {
			k++
		}
		if k == j {
			return -1
		}
		if k < hi && r.toks[k].Text == "(" {
			c := k + 1
			for c < hi && c < k+8 && r.toks[c].Text != ")" && r.toks[c].Text != "(" {
				c++
			}
			if c >= hi || r.toks[c].Text != ")" {
				return -1
			}
			k = c + 1
		}
		if and {
			return k - 1
		}
		if k >= hi || !(r.toks[k].Text == "," || r.toks[k].Norm == "and") {
			return -1
		}
		j = k
	}
	return -1
}

// isTerminalTok reports whether a token is sentence-final punctuation.
func isTerminalTok(t *nlp.Token) bool {
	if t.Kind != nlp.Punct {
		return false
	}
	switch t.Text[0] {
	case '.', '!', '?':
		return true
	}
	return strings.HasPrefix(t.Text, "\u2026")
}

// inLower reports whether token k's norm, lowercased, is in the set s. A
// word's norm is lowercase already; other tokens keep their text as norm.
func (r *run) inLower(k int, s wordSet) bool {
	if r.cls[k]&clsKind == uint8(nlp.Word) {
		return r.in(k, s)
	}
	return r.inLowerOther(k, s)
}

func (r *run) inLowerOther(k int, s wordSet) bool {
	return s.has(strings.ToLower(r.toks[k].Norm))
}

// inNounPhrase reports whether the cue word at j, after token i, stands
// inside a noun phrase rather than as a verb: after a determiner, a
// possessive or a noun or adjective ("a former state senator").
func (r *run) inNounPhrase(j, i int) bool {
	p := j - 1
	if p <= i {
		return false
	}
	if r.capitalized(p) {
		// a name as a modifier inside the phrase: "a former Oklahoma
		// state senator", but not a subject: "Smith states that …"
		return p-1 > i && (r.in(p-1, determiners) || r.isContent(p-1) && !r.capitalized(p-1))
	}
	return r.in(p, determiners) || r.in(p, possessives) || r.isContent(p) && !r.verbLike(p)
}

// relativeIn returns the last "who" or "that" in [a, b) that opens a
// relative clause after a noun, or -1.
func (r *run) relativeIn(a, b int) int {
	for k := b - 1; k > a; k-- {
		if n := r.toks[k].Norm; (n == "who" || n == "that") && r.toks[k-1].Kind == nlp.Word && !r.in(k-1, functionWords) {
			return k
		}
	}
	return -1
}
