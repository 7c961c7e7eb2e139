package attribution

// Candidates: which lexicon cue matches are cues here. lexicalCue reads a
// match in its sentence (a verb or a noun, a participle, a passive, an
// infinitive) and hands it to the finder of its form: verbCue, nounCue,
// prepCue, adverbCue. Each either builds the attribution, with the source
// from source.go and the content from content.go, or rejects the match
// with a reason (see reject).

import (
	"strings"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// adverbialForm marks, inside the package, a cue such as "in a statement"
// that is an attribution only when its sentence has no other cue.
const adverbialForm CueForm = "adverbial"

// reject reports why a cue match is not an attribution, to a debugging
// hook when one is set, and returns the rejection.
func (r *run) reject(a *Attribution, why string) ([2]int, bool) {
	r.lastReject = why
	r.noteRejection(a.Cue.Span, why)
	if r.why != nil {
		r.why(a.Cue.Span, why)
	}
	return noSource, false
}

// noSource is the token range of a missing source.
var noSource = [2]int{-1, -1}

// reading is how a cue word is used in its sentence.
type reading uint8

const (
	readNone reading = iota
	readVerb
	readNoun
)

// lexicalCue builds in a the attribution of one lexicon cue match, or
// reports that the match is not used as a cue here. The attribution is
// built in place: it is copied once, into the result.
func (r *run) lexicalCue(a *Attribution, s *nlp.Sentence, lo, hi int, m lexicon.Match) ([2]int, bool) {
	e := m.Entry
	*a = Attribution{
		Sentence: s.Index,
		Stance:   e.Stance(),
		Weight:   e.Weight,
		Cue:      Cue{Span: m.Span, Text: m.Text, Lemma: e.Term},
		Quote:    Indirect,
	}
	// A cue inside a quotation is part of what is quoted.
	if r.inQuote(m.First) {
		return r.reject(a, "inquote")
	}
	isN, isV := e.Flags.Has(lexicon.Noun), e.Flags.Has(lexicon.Verb)
	var wbuf [8]string
	words := appendFields(wbuf[:0], e.Term)
	if !isN && !isV {
		last := words[len(words)-1]
		if prepositions.has(last) || last == "per" || last == "of" {
			a.Cue.Form, a.Rule = Preposition, RuleAccordingTo
			return r.prepCue(a, lo, hi, m)
		}
		if len(words) == 1 && strings.HasSuffix(last, "ly") {
			return r.adverbCue(a, lo, hi, m)
		}
		if len(words) >= 3 && words[0] == "in" && last == "words" {
			return r.wordsCue(a, lo, hi, m)
		}
		a.Cue.Form = adverbialForm
		return r.reject(a, "adverbial")
	}
	// The verb of a phrase: "did not rule out" → "rule".
	h, k := m.First, 0
	for h < (m.Last+1)-1 && k < len(words)-1 && (r.in(h, auxiliaries) || r.in(h, negators)) {
		h++
		k++
	}
	if r.in(h, prepositions) {
		return r.reject(a, "preposition") // "regarding", "following", "including"
	}
	if r.capitalized(m.First) && !r.atClauseStart(m.First, lo) && !r.titleCase(lo, hi) && (m.First-1 >= lo && r.isName(m.First-1, lo) || m.First == m.Last && m.Last+1 < hi && r.isName(m.Last+1, lo)) {
		// "Stevie Wonder", "the Clean Power Plan"; a first name before a
		// surname within a sentence ("the governor's aide, Hope Hicks,")
		return r.reject(a, "name")
	}
	form := inflection(r.toks[h].Norm, words[min(k, len(words)-1)])
	var rd reading
	switch form {
	case formOther:
		return r.reject(a, "formOther")
	case formNoun:
		rd = readNoun
	case formIng:
		rd = readVerb
		if isN && r.nounContext(h, lo, form) == ctxNoun {
			rd = readNoun
		} else if r.attributiveIng(h, lo, hi) {
			return r.reject(a, "attributive")
		} else if len(words) == 1 && h-1 >= lo && h+1 < hi && r.cls[h-1]&clsDash != 0 && r.cls[h+1]&clsDash != 0 && !isN {
			// a gerund alone between dashes names a thing: "a basic task
			// in politics - bragging - conceding that …"
			return r.reject(a, "ing-noun")
		} else if len(words) == 1 && r.gerundNoun(h, lo, hi) {
			if !isN {
				return r.reject(a, "ing-noun")
			}
			rd = readNoun // "the feeling that …"
		}
	case formEd:
		if r.attributive(h, lo, hi) {
			return r.reject(a, "attributive")
		}
		if h-1 >= lo && r.toks[h-1].Text == "," && h+1 < hi && (r.toks[h+1].Norm == "with" || r.toks[h+1].Norm == "to" && !(h+2 < hi && r.verbAfterTo(h+2))) && len(words) == 1 {
			// ", compared with …" is a preposition (but ", declined to
			// say" a verb and its infinitive)
			return r.reject(a, "preposition")
		}
		rd = readVerb
	default:
		switch ctx := r.nounContext(h, lo, form); {
		case isN && !isV:
			rd = readNoun
		case ctx == ctxNoun:
			rd = readNoun
		case ctx == ctxWeak && isN && form == formS && h+2 < hi && r.toks[h+1].Norm == "that" && r.relativeVerbAt(h+2, hi):
			// a noun's relative clause: "the litmus-test questions that
			// would determine …" (but "the campaign says that would …")
			rd = readNoun
		case ctx == ctxWeak && !r.settleWeak(h, lo, hi, form):
			rd = readNoun
		case ctx == ctxVerb && !r.strongSubjectBefore(h, lo, form) && !r.verbFollows(h, lo, hi) && !(form == formBase && r.infinitiveSeries(h, lo)):
			// no subject to agree with and no complement: "and state
			// officials", "a report released last year"
			rd = readNoun
		case form == formBase && h-1 >= lo && r.isName(h-1, lo) && !r.strongSubjectBefore(h, lo, form) && r.titleAt(h+1):
			// a singular name and a base form before a title: "Ohio
			// state Sen. Ann Ray"
			rd = readNoun
		default:
			rd = readVerb
		}
	}
	if r.forced && h-1 >= lo && r.in(h-1, beForms) {
		// a word the model took after a form of "be" is said of the
		// subject: "has been critical of", "is confident that"
		rd = readVerb
	}
	if rd == readNoun && isV && !isN && len(words) == 1 && neverNouns.has(r.toks[h].Norm) {
		// a verb form no noun shares: "Carly Fiorina, says despite …",
		// "A top strategist, John Weaver, tells reporters …"
		rd = readVerb
	}
	if r.forced && rd == readNoun && isV && !isN && form != formNoun {
		// the model took for a cue a word the lexicon knows only as a
		// verb, where the words around it looked like a noun's: "a poll
		// shows upstart Sen. Sanders leading", "Neither side wants"
		rd = readVerb
	}
	if t := r.toks[h].Tag; t != "" && len(words) == 1 {
		switch {
		case t[0] == 'N' && isN:
			rd = readNoun
		case t[0] == 'V' && isV:
			rd = readVerb
		}
	}
	if rd == readNoun && isV && !isN && h-1 >= lo && r.toks[h-1].Kind == nlp.Word && r.quotationIntro(m.Last+1, hi) {
		// a verb the lexicon knows only as one, between its subject and
		// the quotation it introduces: "The statement read: “…”", "As
		// the judge put it, “…”"
		rd = readVerb
	}
	switch {
	case rd == readNoun && isN:
		a.Cue.Form, a.Rule = Noun, RuleNounCue
		return r.nounCue(a, lo, hi, m, h)
	case rd == readVerb && isV:
		return r.verbCue(a, lo, hi, m, h, form, words)
	}
	return r.reject(a, "reading")
}

// neverNouns are verb forms that no noun shares ("says", "tells"), which
// a noun's context around them does not make nouns.
var neverNouns = plainClass("neverNouns")

// meansNouns name, bare after "by", the means or manner of an act rather
// than who did it: "guaranteed by law", "counted by hand".
var meansNouns = plainClass("meansNouns")

// titleAt reports whether token k is an abbreviated title before a name:
// "Sen. Ann Ray", "Reps. Al Moe".
func (r *run) titleAt(k int) bool {
	if k+1 >= r.hi || r.cls[k]&clsCapWord == 0 || !r.isName(k+1, r.lo) {
		return false
	}
	t := r.toks[k].Text
	return len(t) >= 3 && len(t) <= 6 && t[len(t)-1] == '.' && strings.IndexByte(t[:len(t)-1], '.') < 0
}

// appendFields appends the words of s to ws, as strings.FieldsSeq gives
// them; a term of ASCII letters is split without the iterator.
func appendFields(ws []string, s string) []string {
	n0, start := len(ws), -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ' ' < c && c < utf8.RuneSelf { // most bytes: no space, ASCII
			if start < 0 {
				start = i
			}
			continue
		}
		switch {
		case c >= utf8.RuneSelf:
			ws = ws[:n0]
			for w := range strings.FieldsSeq(s) {
				ws = append(ws, w)
			}
			return ws
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			if start >= 0 {
				ws = append(ws, s[start:i])
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		ws = append(ws, s[start:])
	}
	return ws
}

// listOfNouns reports whether a noun phrase with a determiner ends at
// token e and follows a comma that follows a noun phrase: the items of a
// list ("staffing, the budget") before its last.
func (r *run) listOfNouns(e, lo int) bool {
	if e < lo || r.toks[e].Kind != nlp.Word || r.in(e, functionWords) {
		return false
	}
	st := r.leftNP(e, lo)
	if st < 0 || st == e || !r.in(st, determiners) || st-2 < lo || r.toks[st-1].Text != "," {
		return false
	}
	return r.toks[st-2].Kind == nlp.Word && !r.in(st-2, functionWords) && !r.isVerbCue[st-2]
}

// A wordContext says how strongly the words around a cue word make it a noun.
type wordContext uint8

const (
	ctxVerb wordContext = iota // no sign of a noun
	ctxWeak                    // a determiner two words back: "the campaign says" or "a swing state"
	ctxNoun                    // after a determiner, possessive, preposition or adjective, or before "of"
)

// nounContext tells whether the word at h, in a base or -s form, stands
// where a noun does.
func (r *run) nounContext(h, lo int, form wordForm) wordContext {
	if form != formIng && h+1 < len(r.toks) {
		// "claims of fraud"; "signals have been detected"
		n := &r.toks[h+1]
		if (n.Norm == "of" || n.Kind == nlp.Word && r.in(h+1, auxiliaries) && n.Norm != "to" && n.Norm != "going" && n.Norm != "got") && !r.personSubjectBefore(h, lo, form) {
			// but "The businessman says of Clinton", "Everything Trump
			// says is a lie"
			return ctxNoun
		}
		if form == formS && (n.Norm == "are" || n.Norm == "were") {
			// a plural noun before its verb, whatever stands before it:
			// "Nomination questions are likely to …"
			return ctxNoun
		}
	}
	if h-1 < lo {
		return ctxVerb
	}
	p := &r.toks[h-1]
	switch {
	case (p.Kind == nlp.Number || numberWord(p.Norm)) && form == formBase && p.Norm != "1" && p.Norm != "one":
		// a count of more than one wants a plural noun, so a base form
		// after it is a verb whose subject ends in the number: "4 in 10
		// say", "two in three agree"
		return ctxWeak
	case p.Kind == nlp.Number || numberWord(p.Norm):
		return ctxNoun
	case p.Kind == nlp.Word && r.in(h-1, quantifiers) && form == formS && p.Norm != "one" && p.Norm != "each" && p.Norm != "both" && p.Norm != "all":
		return ctxNoun // "Some advocates for …": an -s form cannot agree with a plural quantifier
	case p.Kind == nlp.Word && p.Norm == "of" && form != formIng:
		return ctxNoun // the object of "of": "a series of tweets", "reports of"
	case p.Kind == nlp.Word && form == formBase && (p.Norm == "one" || p.Norm == "each" || p.Norm == "every" || p.Norm == "another") && !(h-2 >= lo && (r.toks[h-2].Norm == "no" || r.toks[h-2].Norm == "any")):
		// a singular quantifier agrees with no base form: "in one
		// tweet", "each report" (but "no one forecast" is a pronoun and
		// a past form)
		return ctxNoun
	case p.Kind == nlp.Word && r.in(h-1, quantifiers) && !(h+1 < len(r.toks) && r.toks[h+1].Norm == "of"):
		return ctxWeak // "Some believe", "Many say", but "some claims"
	case p.Kind != nlp.Word:
		if p.Norm == "'s" || (p.Kind == nlp.CloseQuote && !p.Space && h-2 >= lo && strings.HasSuffix(r.toks[h-2].Norm, "s")) {
			return ctxNoun
		}
	case p.Norm == "'s" && form == formIng && h-2 >= lo && r.in(h-2, subjectPronouns) && r.toks[h-2].Norm != "it":
		return ctxVerb // "he's predicting": the clitic is "is", not a possessive
	case form == formIng && p.Norm == "those" && h+1 < len(r.toks) && r.toks[h+1].Kind == nlp.Word:
		return ctxVerb // "those supporting deportation": a pronoun and its participle
	case p.Norm == "her" && h-2 >= lo && perceptionVerbs.has(r.toks[h-2].Norm):
		return ctxVerb // an object and what it did: "heard her describe"
	case p.Norm == "'s" || r.in(h-1, determiners) || r.in(h-1, possessives):
		return ctxNoun
	case form == formBase && r.capitalized(h-1) && r.namesArticle(h-1, lo) >= 0:
		// a singular noun after an article and a name that modifies
		// it: "in a Trumpian post", "a CNN report" (an article opens a
		// phrase, never a subject's verb after one name)
		return ctxNoun
	case form == formIng && r.in(h-1, prepositions) && p.Norm != "to" && h+1 < len(r.toks) && r.toks[h+1].Kind == nlp.Word && r.toks[h+1].Norm == "that":
		return ctxVerb // a gerund with its clause: "after hinting that …"
	case form == formIng && r.in(h-1, prepositions) && p.Norm != "to" && p.Norm != "of" && r.gerundObject(h+1):
		// a gerund with its object or infinitive: "by accusing him of …",
		// "by promising to impose …", "after criticizing their demands"
		return ctxVerb
	case form == formBase && r.in(h-1, prepositions) && r.strandedPreposition(h-1, lo):
		return ctxVerb // the verb after a reduced relative: "People I have spoken with say"
	case r.in(h-1, prepositions) && (p.Norm != "to" || form == formS):
		return ctxNoun // "listened to rumors that …", but "to deny"
	case form == formS && r.verbLike(h-1) && !r.in(h-1, auxiliaries) && !r.gerundSubject(h-1, lo):
		return ctxNoun // an object: "ignored rumors that …"
	case form == formS && r.capitalized(h-1) && h-2 >= lo && (r.toks[h-2].Norm == "of" || r.in(h-2, prepositions) && r.toks[h-2].Norm != "to") && demonym(p.Norm):
		// a capitalized adjective after a preposition: "32% of
		// Republican claims", "by Russian reports"
		return ctxNoun
	case form == formS && (p.Norm == "and" || p.Norm == "or") && r.listOfNouns(h-2, lo):
		// the last of a list of noun phrases: "about staffing, the
		// budget and rumors that …"
		return ctxNoun
	case form == formS && r.capitalized(h-1) && h-2 >= lo && r.in(h-2, possessives) && r.toks[h-2].Norm != "her" && !isAcronym(p.Text) &&
		!r.inLower(h-1, titleWords) && !r.inLower(h-1, roleNouns):
		// a capitalized adjective after a possessive: "his Islamophobic
		// remarks" (but "its CEO says", "our President says")
		return ctxNoun
	case form == formS && h-1 == r.skipDateline(lo, r.hi) && r.capitalized(h-1) && isAdjectiveStrict(p.Norm):
		return ctxNoun // "Federal rules allow …": an adjective opening the sentence
	case form == formS && h-1 == r.skipDateline(lo, r.hi) && r.capitalized(h-1) && h+1 < len(r.toks) && r.toks[h+1].Kind == nlp.Word &&
		(r.verbLike(h+1) && strings.HasSuffix(r.toks[h+1].Norm, "ed") || irregularPast.has(r.toks[h+1].Norm)) &&
		h+2 < len(r.toks) && r.toks[h+2].Kind == nlp.Word && (r.in(h+2, determiners) || r.in(h+2, possessives) || r.in(h+2, objectPronouns)):
		return ctxNoun // "Muslim advocates hailed …": a plural noun before the clause's past verb
	case !r.capitalized(h-1) && r.isContent(h-1) && !r.verbLike(h-1):
		if form != formIng && (isAdjectiveStrict(p.Norm) || plainAdjectives.has(p.Norm) && h-2 >= lo && (r.in(h-2, determiners) || r.in(h-2, possessives))) {
			return ctxNoun // "international support", "their old shows"
		}
		if form == formS && plainAdjectives.has(p.Norm) && p.Norm != "old" && p.Norm != "other" && p.Norm != "own" {
			// an adjective is no subject, so an -s form right after one is
			// a plural noun: "key states for Sanders", "new details about"
			// (but "18 to 35 years old shows", "each other says")
			return ctxNoun
		}
		if form == formS && (isPlural(p.Norm) && !r.ofBefore(h-1, lo) && !r.strongComplement(h, lo) || h-2 >= lo && r.in(h-2, prepositions) && r.toks[h-2].Norm != "to") {
			// an -s form cannot agree with a plural before it ("emissions
			// rules", "member states"), unless that ends an of-phrase
			// ("the average of polls shows", settled by settleWeak); nor
			// follow a preposition and one word ("seizing on recent
			// comments")
			return ctxNoun
		}
		if h-2 >= lo {
			pp := &r.toks[h-2]
			if form != formIng && (r.in(h-2, determiners) || r.in(h-2, possessives)) && h-3 == r.skipDateline(lo, r.hi) && r.in(h-3, prepositions) && r.hasComma(h+1, min(h+12, r.hi-1)) {
				// the object of a phrase that opens the sentence and ends
				// at a comma: "In a later memo to staff, the editor said"
				// (but "observers around the country say" report)
				return ctxNoun
			}
			if pp.Norm == "'s" || r.in(h-2, determiners) || r.in(h-2, possessives) {
				return ctxWeak
			}
		}
		if form != formIng && !r.subjectPosition(r.leftNPStart(h-1, lo), lo) {
			return ctxWeak // "coal states", "violent protests"
		}
	case r.isName(h-1, lo) && h-2 >= lo && (r.toks[h-2].Norm == "the" || r.toks[h-2].Norm == "a"):
		return ctxWeak // "the McKinley plan", "The Times reports"
	case r.isName(h-1, lo) && form == formBase:
		// "in the wake of the New York Times report": a phrase after
		// "of" is no subject
		j := h - 1
		for j >= lo && r.isName(j, lo) {
			j--
		}
		det := j >= lo && r.in(j, determiners)
		if det {
			j--
		}
		if j >= lo && r.toks[j].Norm == "of" && (det || j+2 < h || !isPlural(strings.ToLower(r.toks[h-1].Norm))) {
			return ctxNoun
		}
		// but a bare plural group may end a subject's of-phrase: "79
		// percent of Democrats say"
	}
	return ctxVerb
}

// namesArticle returns the "a" or "an" that a run of capitalized words
// ending at token e, not opening its clause, follows, or -1: "a Trumpian
// post", "a Donald Trump tweet" (an article opens a phrase, never a
// subject's verb after its name).
func (r *run) namesArticle(e, lo int) int {
	j := e
	for j > lo && j > e-4 && r.toks[j].Kind == nlp.Word && r.capitalized(j) {
		j--
	}
	if j < lo || j == e || r.atClauseStart(e, lo) || !(r.toks[j].Norm == "a" || r.toks[j].Norm == "an") {
		return -1
	}
	return j
}

// gerundAt reports whether token k is a lowercase -ing word, a gerund
// object of the base form before it: "Most oppose defunding …",
// "Majorities across the spectrum favor granting …".
func (r *run) gerundAt(k, hi int) bool {
	return k < hi && r.toks[k].Kind == nlp.Word && !r.capitalized(k) && len(r.toks[k].Norm) > 5 && strings.HasSuffix(r.toks[k].Norm, "ing")
}

// gerundObject reports whether token k can open the object of a gerund
// before it: a pronoun, a determiner or possessive, a name, a number or
// an infinitive's "to".
func (r *run) gerundObject(k int) bool {
	if k >= r.hi || k >= len(r.toks) {
		return false
	}
	t := &r.toks[k]
	if t.Kind == nlp.Number {
		return true
	}
	return t.Kind == nlp.Word && (r.in(k, objectPronouns) || r.in(k, determiners) || r.in(k, possessives) || t.Norm == "to" || r.capitalized(k) && r.isName(k, r.lo))
}

// demonym reports whether a capitalized word's lowercase form ends like an
// adjective of a nation or party ("Republican", "Democratic", "Chinese",
// "British"), which before an -s form makes it a noun.
func demonym(w string) bool { return endsIn(w, 3, "an", "ic", "ese", "ish") }

// clauseAfterThat reports whether "that" at k opens a clause with a
// subject of its own ("shows that the race …") rather than a relative
// clause whose verb follows it ("rules that could lead to …").
func (r *run) clauseAfterThat(k, hi int) bool {
	if k+1 >= hi {
		return false
	}
	n := &r.toks[k+1]
	return n.Kind == nlp.Number || n.Kind.IsQuote() || r.isName(k+1, r.lo) ||
		n.Kind == nlp.Word && (r.in(k+1, determiners) || r.in(k+1, possessives) || r.in(k+1, subjectPronouns) && n.Norm != "that" && n.Norm != "which" && n.Norm != "who" ||
			n.Norm == "there" || r.isContent(k+1) && !r.verbLike(k+1) && isPlural(n.Norm))
}

// strongComplement reports whether what follows the word at h can only
// follow a verb: a name, a wh-word, a quotation or colon, or the end of a
// clause after a comma ("…, a USA TODAY analysis of reports shows.").
func (r *run) strongComplement(h, lo int) bool {
	k := h + 1
	for k < r.hi && r.isAdverb(k) {
		k++
	}
	if k >= r.hi {
		return false
	}
	n := &r.toks[k]
	switch {
	case n.Kind == nlp.OpenQuote || n.Text == ":" || r.isName(k, lo):
		return true
	case n.Kind == nlp.Word && (n.Norm == "what" || n.Norm == "how" || n.Norm == "why" || n.Norm == "whether"):
		return true
	case isTerminalTok(n):
		return r.verbFollows(h, lo, r.hi)
	}
	return false
}

// relativeVerbAt reports whether the word at k, after "that", is a verb
// or auxiliary that makes "that" the subject of a relative clause:
// "disclosure that protects", "rules that could lead", "a report that
// said".
func (r *run) relativeVerbAt(k, hi int) bool {
	if k >= hi || r.toks[k].Kind != nlp.Word || r.capitalized(k) {
		return false
	}
	n := r.toks[k].Norm
	if r.in(k, auxiliaries) && n != "to" || r.verbLike(k) {
		return true
	}
	if r.isVerbCue[k] && !strings.HasSuffix(n, "s") {
		return true // an irregular past of a cue: "a report that said …", "a study that found …"
	}
	// an -s form before its object: "that protects Mr. Trump's interests"
	if len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && k+1 < hi {
		o := &r.toks[k+1]
		return r.isName(k+1, r.lo) || o.Kind == nlp.Number || o.Kind == nlp.Word && (r.in(k+1, determiners) || r.in(k+1, possessives) || r.in(k+1, objectPronouns))
	}
	return false
}

// personSubjectBefore reports whether the word before h is a subject that
// a verb at h agrees with and that speaks: a personal pronoun, a name not
// after a determiner, or a noun for a person, group or organization.
func (r *run) personSubjectBefore(h, lo int, form wordForm) bool {
	j := h - 1
	if j < lo || r.toks[j].Kind != nlp.Word {
		return false
	}
	p := &r.toks[j]
	switch {
	case r.in(j, subjectPronouns) && p.Norm != "that" && p.Norm != "which" && p.Norm != "it":
		return true
	case r.isName(j, lo):
		if j-1 >= lo && (r.in(j-1, determiners) || r.toks[j-1].Norm == "'s") {
			return false // "the Trump plans are"
		}
		return form == formS || isPlural(p.Norm)
	case !r.capitalized(j) && (r.in(j, roleNouns) || r.in(j, groupNouns) || r.in(j, orgWords)):
		return (form == formS) != isPlural(p.Norm) && r.subjectPosition(r.leftNPStart(j, lo), lo)
	}
	return false
}

// isPlural reports whether a lowercase noun looks plural: "officials",
// but not "press", "campus", "analysis".
func isPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// ofBefore reports whether an of-phrase ends at token j: "of" stands at
// most three words before it.
func (r *run) ofBefore(j, lo int) bool {
	for k := j - 1; k >= lo && k >= j-3; k-- {
		if r.toks[k].Norm == "of" {
			return true
		}
		if r.toks[k].Kind != nlp.Word {
			return false
		}
	}
	return false
}

// numberWord reports whether a word is a spelled-out number above ten:
// "twenty-seven", "Forty".
func numberWord(w string) bool {
	if w == "" {
		return false
	}
	// Every number word starts with one of these letters, and no other
	// first byte lowercases to one.
	switch w[0] {
	case 't', 'f', 's', 'e', 'n', 'd', 'T', 'F', 'S', 'E', 'N', 'D':
	default:
		return false
	}
	w = strings.ToLower(w)
	for _, t := range [...]string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "eleven", "twelve", "dozen"} {
		if strings.HasPrefix(w, t) {
			return true
		}
	}
	return false
}

// verbFollows reports whether what follows the word at h is a verb's
// complement: a that-clause, quotation, colon, noun phrase, pronoun, name,
// wh-word or infinitive, or a short prepositional phrase before one ("says
// on its website that …"); or the end of an inverted clause after a
// quotation or comma ("…,” the ad's narrator says.").
func (r *run) verbFollows(h, lo, hi int) bool {
	k := h + 1
	for k < hi && r.isAdverb(k) {
		k++
	}
	if k >= hi {
		return false
	}
	n := &r.toks[k]
	switch {
	case n.Kind == nlp.OpenQuote || n.Text == ":":
		return true
	case n.Kind == nlp.Word && (n.Norm == "that" || n.Norm == "there" || n.Norm == "to" || r.in(k, determiners) || r.in(k, possessives) || r.in(k, whOpeners) || r.in(k, subjectPronouns) || r.in(k, objectPronouns)):
		return true
	case r.isName(k, lo) || n.Kind == nlp.Number:
		return true
	case r.gerundAt(k, hi) && r.gerundObject(k+1):
		return true // a gerund and its object: "support temporarily banning non-citizens"
	case n.Kind == nlp.Word && r.in(k, prepositions):
		for j := k + 1; j < hi && j < k+7; j++ {
			t := &r.toks[j]
			if t.Norm == "that" || t.Kind == nlp.OpenQuote || t.Text == ":" || r.in(j, whOpeners) {
				return true
			}
			if t.Kind == nlp.Punct && t.Text != "," {
				break
			}
		}
		return false
	case n.Text == "," && k+1 < hi && (r.isName(k+1, lo) || r.toks[k+1].Kind == nlp.OpenQuote || r.toks[k+1].Kind == nlp.Word && (r.in(k+1, determiners) || r.in(k+1, subjectPronouns))):
		// "advisers to Mr. Obama say, the president has …"
		return true
	case isTerminalTok(n) || n.Text == ",":
		// the subject follows a quotation or comma: an inverted clause
		// ("…?” a narrator in the Clinton ad asks.")
		st := r.leftNP(h-1, lo)
		if st >= 0 {
			st = r.extendPP(st, lo)
		}
		for steps := 0; st > lo && r.toks[st-1].Kind == nlp.Word && (r.toks[st-1].Norm == "of" || r.isContent(st-1)); steps++ {
			st = r.leftNP(st-2, lo)
			if st < 0 || steps == r.maxGap {
				return false
			}
		}
		return st > lo && (r.toks[st-1].Text == "," || r.toks[st-1].Kind.IsQuote())
	}
	return false
}

// isAdjectiveStrict reports whether a lowercase word ends like an adjective
// and rarely like a noun: "international", "political", "massive",
// "right-leaning".
func isAdjectiveStrict(w string) bool {
	return endsIn(w, 4, adjectiveSuffixes...) || compoundIng(w)
}

// compoundIng reports whether w is a compound in -ing after a word of its
// own, an adjective or a noun ("right-leaning", "access-peddling"), not a
// verb with a prefix ("co-hosting").
func compoundIng(w string) bool {
	// the suffix first: every word verbLike derives comes here, few end in -ing
	return strings.HasSuffix(w, "ing") && strings.LastIndexByte(w, '-') > 3
}

// plainAdjectives are common adjectives that no suffix shows and that
// stand before a noun, not before a verb as an adverb would: after a
// determiner or possessive, the word after one is a noun ("their old
// shows"; but "those 18 to 35 years old shows"). See classes.tsv.
var plainAdjectives = plainClass("plainAdjectives")

// adjectiveSuffixes are the endings by which isAdjectiveStrict knows an
// adjective.
var adjectiveSuffixes = []string{"al", "ic", "ive", "ous", "ful", "ary", "less"}

// attributive reports whether a participle at h modifies a noun instead of
// being a verb: "the alleged plot", "his stated goal", "a reported 5%".
func (r *run) attributive(h, lo, hi int) bool {
	if h-1 < lo {
		return false
	}
	q := h - 1
	for q > lo && r.toks[q].Kind == nlp.Word && strings.HasSuffix(r.toks[q].Norm, "ly") && r.isAdverb(q) {
		q-- // "deeply reported features", "the widely cited study"
	}
	p := &r.toks[q]
	// after a preposition too: "in written testimony", "in leaked emails"
	// (but "as reported", "than expected", "to be", "by …"), or a number,
	// a count after "than" too: "270 pledged delegates", "more than 300
	// pledged delegates"
	prep := r.in(q, prepositions) && p.Norm != "as" && p.Norm != "than" && p.Norm != "to" && p.Norm != "by" && p.Norm != "like"
	// after a verb of an infinitive: "to reconsider planned deals"
	afterVerb := q == h-1 && q-1 >= lo && r.toks[q-1].Norm == "to" && p.Kind == nlp.Word && !r.capitalized(q) && !r.in(q, functionWords)
	adverbs := q < h-1 && p.Kind == nlp.Punct ||
		q == lo && r.lyWord(q) && givenGender[p.Norm] == 0 // "Widely reported rumors …"
	// coordinated with an adjective after a determiner: "the undivided
	// and recognized capital", but not after a noun in -ing that ends
	// its phrase ("chafed at such second-guessing and said …")
	coordinated := q == h-1 && (p.Norm == "and" || p.Norm == "or") && q-2 >= lo && r.toks[q-1].Kind == nlp.Word && !r.capitalized(q-1) &&
		(r.isContent(q-1) || r.verbLike(q-1)) && !strings.HasSuffix(r.toks[q-1].Norm, "ing") && (r.in(q-2, determiners) || r.in(q-2, possessives))
	// "its own recommended list"
	own := p.Norm == "own" && q-1 >= lo && r.in(q-1, possessives)
	if !(p.Norm == "'s" || r.in(q, determiners) || r.in(q, possessives) || own || prep || p.Kind == nlp.Number && !(q-1 >= lo && r.in(q-1, prepositions) && r.toks[q-1].Norm != "than") || adverbs || afterVerb || coordinated) {
		return false
	}
	if h+1 >= hi {
		return false
	}
	n := &r.toks[h+1]
	if r.isName(h+1, lo) {
		// a name that a verb follows is a subject: "half said Trump
		// would win" (but "the leaked Clinton emails")
		j := h + 1
		for j < hi && r.isName(j, lo) {
			j++
		}
		if j < hi && (r.in(j, modals) || r.in(j, beForms) || r.in(j, auxiliaries) || r.verbLike(j) || r.isVerbCue[j]) {
			return false
		}
	}
	// a subject or time after it opens the verb's clause: "Some said they
	// …", "many said Monday that …"
	return n.Kind == nlp.Number || n.Kind == nlp.Word && !r.in(h+1, prepositions) && !r.in(h+1, clauseWords) && !r.in(h+1, determiners) &&
		!r.in(h+1, subjectPronouns) && !r.in(h+1, calendarWords)
}

// timeHead reports whether the phrase src ends in a word of time ("this
// week", "more time", "last year"), which names when, not who.
func (r *run) timeHead(src [2]int) bool {
	e := src[1]
	return e >= 0 && e < len(r.toks) && r.toks[e].Kind == nlp.Word && (r.in(e, timeWords) || r.in(e, calendarWords) || r.toks[e].Norm == "time")
}

// infinitiveSeries reports whether the base form at h goes on a series
// of infinitives after "and" or "or" ("went on to promote the show, note
// that …, and boast about his club"): a "to" and a base form stand
// earlier in the sentence, within forty tokens, with a comma between.
func (r *run) infinitiveSeries(h, lo int) bool {
	p := h - 1
	if p < lo || r.toks[p].Kind != nlp.Word || (r.toks[p].Norm != "and" && r.toks[p].Norm != "or") {
		return false
	}
	comma := false
	for k := p - 1; k > lo && k > h-40; k-- {
		switch {
		case r.toks[k].Text == ",":
			comma = true
		case r.toks[k].Norm == "to" && r.toks[k].Kind == nlp.Word:
			return comma && r.verbAfterTo(k+1)
		}
	}
	return false
}

// compoundAdjective reports whether an -ed or -ing word is a hyphenated
// compound of a word of three letters or more and a participle, which
// describes a noun: "teary-eyed", "long-awaited", "left-leaning" (but
// "re-elected" and "co-sponsored" are verbs).
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i >= 3 && i < len(w)-3 && !strings.ContainsRune(w[:i], '-')
}

// attributiveIng reports whether the -ing word h stands between a
// determiner or possessive and the noun it describes, an adjective and no
// participle: "his belittling treatment of Mr. Rubio", "the mayor's
// mocking tone" (but "his mocking the council", with an object).
func (r *run) attributiveIng(h, lo, hi int) bool {
	q := h - 1
	for q > lo && r.lyWord(q) {
		q-- // "his openly mocking tone"
	}
	if q >= lo && r.toks[q].Kind == nlp.Word && indefinitePronoun(r.toks[q].Norm) && q == h-1 && (h+1 >= hi || r.toks[h+1].Kind == nlp.Punct) {
		return true // an adjective after its pronoun: "something promising,"
	}
	if q < lo || !(r.in(q, determiners) || r.in(q, possessives) || r.toks[q].Norm == "'s") || h+1 >= hi {
		return false
	}
	n := h + 1
	t := &r.toks[n]
	return t.Kind == nlp.Word && !r.capitalized(n) && r.isContent(n) && !r.verbLike(n) &&
		!r.in(n, prepositions) && !r.in(n, determiners) && !r.in(n, possessives) && !r.in(n, objectPronouns) && !r.in(n, clauseWords)
}

// gerundNoun reports whether an -ing word at h is a noun: after a
// determiner or possessive and the adjectives of its phrase, with no
// object after it but a preposition, a verb or the phrase's end ("her
// best showing is 10 percent", "a strong showing in the primaries", "his
// offering of support"). An object makes it a participle: "the polls
// showing her behind".
func (r *run) gerundNoun(h, lo, hi int) bool {
	q := h - 1
	for steps := 0; q > lo && steps < 3; steps++ {
		t := &r.toks[q]
		if t.Kind != nlp.Word || r.capitalized(q) || r.in(q, determiners) || r.in(q, possessives) || t.Norm == "'s" {
			break
		}
		if !r.lyWord(q) && !isAdjectiveStrict(t.Norm) && !gerundModifiers.has(t.Norm) {
			return false // a noun: "her ads asking", "an email saying"
		}
		q--
	}
	if q < lo || r.toks[q].Kind != nlp.Word || !(r.in(q, determiners) || r.in(q, possessives) || r.toks[q].Norm == "'s") {
		return false
	}
	if r.toks[q].Norm == "'s" && q-1 >= lo && (r.in(q-1, subjectPronouns) || r.relativeWord(q-1)) {
		return false // "is": "who he's supporting", "the one that's telling"
	}
	n := h + 1
	if n >= hi {
		return true
	}
	t := &r.toks[n]
	switch {
	case t.Kind == nlp.Punct:
		return t.Text == "." || t.Text == ")" || t.Text == "," && !(n+1 < hi && r.toks[n+1].Kind.IsQuote())
	case t.Kind != nlp.Word:
		return false
	}
	// (a finite verb after it is the sentence's, the gerund its subject's
	// noun: "a source familiar with Cruz's thinking said")
	return r.in(n, prepositions) && t.Norm != "that" && t.Norm != "to" || r.in(n, beForms) || r.in(n, modals) ||
		!strings.HasSuffix(t.Norm, "ing") && (r.isVerbCue[n] || pastForm(t.Norm) && !r.capitalized(n))
}

// gerundModifiers are adjectives without an adjective's ending that stand
// before a noun in -ing: "her best showing", "a strong showing".
var gerundModifiers = plainClass("gerundModifiers")

// verbGroup walks left from token j over auxiliaries, negations and
// adverbs. It returns the first token of the group and what it saw.
func (r *run) verbGroup(j, lo int, base bool) (start int, be, aux, neg, inf bool) {
	for ; j >= lo; j-- {
		t := &r.toks[j]
		if t.Kind != nlp.Word {
			break
		}
		n := t.Norm
		switch {
		case r.in(j, aspectual) && j+1 < len(r.toks) && strings.HasSuffix(r.toks[j+1].Norm, "ing"):
			// "start calling", "kept saying": the subject is the
			// aspectual verb's
			aux = true
		case n == "to" && base && !inf && !aux:
			inf = true
		case n == "to":
			return j + 1, be, aux, neg, inf
		case r.capitalized(j) && bareVerbBefore.has(n) && j+1 < len(r.toks) && pastForm(r.toks[j+1].Norm):
			// a modal takes a base form: "Will urged", "May said" name
			// their subject
			return j + 1, be, aux, neg, inf
		case r.in(j, auxiliaries) && !(n == "'s" && j-1 >= lo && r.toks[j-1].Kind == nlp.Word && !r.in(j-1, subjectPronouns)):
			aux = true
			if r.in(j, beForms) {
				be = true
			}
		case r.in(j, negators) && n != "no":
			neg = true
		case r.isAdverb(j) && !r.capitalized(j):
		case n == "likely" && j-1 >= lo && (r.toks[j-1].Text == "," || r.in(j-1, auxiliaries)):
			// an adverb before the verb, though most often an adjective:
			// "…, likely referring to", "has likely seen"
		case n == "since" && j-1 >= lo && r.in(j-1, auxiliaries):
			// an adverb after the auxiliary: "has since said"
		case !inf && linkingVerbs.has(n) && j+1 < len(r.toks) && r.toks[j+1].Norm != "to":
			// a linking verb before an adjective cue: "the senator seems
			// confident that …", "he grew worried that …"
			aux = true
		default:
			if k := r.adjunctAfterAux(j, lo); k >= 0 && !aux && !inf {
				j = k + 1 // "has in the past described", "had last month charged"
				continue
			}
			return j + 1, be, aux, neg, inf
		}
	}
	return j + 1, be, aux, neg, inf
}

// adjunctAfterAux returns the auxiliary, a form of "have" or a modal,
// before a short phrase of time that ends at token j, between the
// auxiliary and its verb ("has in the past described", "had last month
// charged", "has for years argued"), or -1. (After "be" a phrase is the
// predicate: "those who are on the ballot defending …".)
func (r *run) adjunctAfterAux(j, lo int) int {
	if r.in(j, determiners) {
		return -1
	}
	// The phrase ends in a word of time, or it is a short prepositional
	// phrase of manner or frequency: "has at times argued", "have in
	// particular noted".
	timed := r.toks[j].Kind == nlp.Number || r.in(j, timeWords) || r.in(j, calendarWords)
	if !timed && !(r.toks[j].Kind == nlp.Word && !r.capitalized(j) && r.isContent(j) && !r.verbLike(j)) {
		return -1
	}
	for k := j; k >= lo && k > j-5; k-- {
		t := &r.toks[k]
		if t.Kind == nlp.Number {
			continue
		}
		if t.Kind != nlp.Word || r.capitalized(k) && !r.in(k, timeWords) && !r.in(k, calendarWords) {
			return -1
		}
		if k < j && r.in(k, auxiliaries) && t.Norm != "to" && !r.in(k, beForms) && (timed || r.in(k, modals) || strings.HasPrefix(t.Norm, "ha")) {
			first := k + 1 // the phrase opens with a preposition or a word of time
			if r.in(first, prepositions) && first < j && (timed || j-first <= 2) || timed && (r.in(first, timeWords) || r.in(first, calendarWords)) {
				return k
			}
			return -1
		}
		if !(r.in(k, prepositions) || r.in(k, determiners) || r.in(k, timeWords) || r.in(k, calendarWords) || r.isContent(k) && !r.verbLike(k)) {
			return -1
		}
	}
	return -1
}

// linkingVerbs are the forms of verbs that link their subject to an
// adjective, as "be" does: "seems", "remained", "grew".
var linkingVerbs = plainClass("linkingVerbs")

// objectControl verbs take an object that is the subject of a following
// infinitive: "led Ivans to fear", "urged Congress to act".
var objectControl = class("objectControl")

// objectControlled returns the start of the object noun phrase that ends
// at g when an object-control verb precedes it, or -1.
func (r *run) objectControlled(g, lo int) int {
	st := r.leftNP(g, lo)
	if st >= 0 && st < g && objectControlIng(r.toks[st].Norm) {
		return st + 1 // the phrase took the verb as a modifier: ", prompting officials"
	}
	if st < 0 || st-1 < lo {
		return -1
	}
	if st-2 > lo && r.toks[st-1].Kind == nlp.Word && r.in(st-1, prepositions) && !r.in(st-1, subordinators) {
		// a phrase on the object: "forced lawyers for Cruz to respond"
		if s2 := r.leftNP(st-2, lo); s2 > lo && r.in(s2-1, objectControl) {
			return s2
		}
	}
	j := st - 1
	for j >= lo && r.toks[j].Kind == nlp.Word && (r.in(j, timeWords) || r.toks[j].Norm == "at" || r.toks[j].Norm == "on") {
		j--
	}
	if j >= lo && (r.in(j, objectControl) || objectControlIng(r.toks[j].Norm)) {
		return st
	}
	return -1
}

// objectControlIng reports whether w is the -ing form of an object-control
// verb: "prompting officials to warn". The forms are not listed, to keep
// the word-class table small; the base is found by undoing the suffix.
func objectControlIng(w string) bool {
	b, ok := strings.CutSuffix(w, "ing")
	if !ok || len(b) < 2 {
		return false
	}
	return objectControl.has(b) || objectControl.has(b+"e") || b[len(b)-1] == b[len(b)-2] && objectControl.has(b[:len(b)-1])
}

// beforeMainClause returns where the content [st, e] of a participle
// ends when it runs past a comma into the main clause: before a verb with
// no subject of its own ("Ann Ray, a donor urging a recount | , was
// tepid"), or, for a participle that opens the sentence (opening), before
// the main clause's subject and verb ("Fearing the cost | , party leaders
// failed …"). A comma inside a quotation, or one after an earlier comma of
// the content, which may close an aside of its own ("urging the plan,
// drafted in May, to pass"), leaves e.
func (r *run) beforeMainClause(st, e, hi int, opening bool) int {
	for c := st + 1; c <= e; c++ {
		if r.toks[c].Text != "," || r.qid[c] >= 0 {
			continue
		}
		n := c + 1
		for n <= e && r.isAdverb(n) && !r.in(n, prepositions) {
			n++
		}
		if n <= e && r.toks[n].Kind == nlp.Word && !r.capitalized(n) && (r.finiteAux(n) || r.in(n, modals) || pastForm(r.toks[n].Norm) && !r.in(n, edNouns)) ||
			opening && (r.subjectAndVerbAt(c+1, hi) || r.subjectAndPresentAt(c+1, hi)) {
			return trimEnd(r, st, c-1)
		}
		return e
	}
	return e
}

// subjectAndPresentAt reports whether a subject and a verb in the
// present start at k: "the governor remains …".
func (r *run) subjectAndPresentAt(k, hi int) bool {
	n := r.afterSubjectAt(k, hi)
	return n > k && r.toks[n].Kind == nlp.Word && !r.capitalized(n) && strings.HasSuffix(r.toks[n].Norm, "s") && r.verbLike(n)
}

// beforeSubjectAppositive returns where the content [st, e] of a
// participle on a subject's noun ends when the subject's appositive
// follows it before the main verb: "A farmer supporting the mayor | , Ed
// Lund, said …". It returns e when no comma in the content is followed,
// after the content, by a comma and a verb.
func (r *run) beforeSubjectAppositive(st, e, hi int) int {
	n := e + 1
	if n+1 >= hi || r.toks[n].Text != "," || !(r.isCue[n+1] || r.verbLike(n+1) && !r.capitalized(n+1) || r.in(n+1, auxiliaries) || r.in(n+1, modals)) {
		return e
	}
	for k := st + 1; k < e; k++ {
		if r.toks[k].Text == "," && r.qid[k] < 0 {
			if r.isName(k+1, r.lo) || r.in(k+1, determiners) || r.in(k+1, possessives) {
				return trimEnd(r, st, k-1)
			}
			return e
		}
	}
	return e
}

// pastManner returns the token after a short phrase of manner or degree
// that starts at k, adverbs and words of degree ("somewhat more
// positively", "very favorably"), or k when none starts there.
func (r *run) pastManner(k, hi int) int {
	j := k
	for j < hi && j < k+4 && r.toks[j].Kind == nlp.Word && (r.isAdverb(j) || r.lyWord(j) || degreeWord(r.toks[j].Norm)) {
		j++
	}
	return j
}

// degreeWord reports whether w grades the adverb or adjective after it:
// "most recently", "somewhat more positively", "very favorably".
func degreeWord(w string) bool {
	return degreeAdverbs.has(w) || degreeComparatives.has(w) || w == "most" || w == "least" || w == "somewhat"
}

// passiveAt reports whether the word at g is a participle after a form of
// "be": "was provided".
func (r *run) passiveAt(g, lo int) bool {
	if !strings.HasSuffix(r.toks[g].Norm, "ed") {
		return false
	}
	for j := g - 1; j >= lo && j >= g-3; j-- {
		if r.in(j, beForms) {
			return true
		}
		if !r.isAdverb(j) && !r.in(j, negators) {
			return false // but "was not authorized to"
		}
	}
	return false
}

// unrealModal reports whether the verb group in tokens [from, to) holds a
// modal that makes its speech hypothetical: "might argue", "would say",
// "could claim". "would not" and "could not" are a refusal or an
// inability, reported as real ("would not say whether …"). A capitalized
// "May" inside a sentence is the month.
func (r *run) unrealModal(from, to int, neg bool) bool {
	for j := from; j < to; j++ {
		if !r.in(j, modals) || j > r.lo && r.capitalized(j) {
			continue
		}
		if n := r.toks[j].Norm; !neg || n == "may" || n == "might" {
			return true
		}
	}
	return false
}

// recordedSpeaker returns where the speaker of a participle after the
// noun phrase [st, e] begins: after "of" when the phrase is a recording
// of someone ("footage of the senator asking …", "a video of workers
// saying …"), whose words the participle reports; else at st.
func (r *run) recordedSpeaker(st, e int) int {
	for j := st + 1; j < e; j++ {
		if r.toks[j].Norm == "of" && r.in(j-1, recordings) {
			return j + 1
		}
	}
	return st
}

// recordings are nouns of recorded speech and images: "footage",
// "video", "clip".
var recordings = class("recordings")

// lightVerbs make a nominal cue their object whose subject is its source:
// "made a condemnation", "voiced support", "issued a warning".
var lightVerbs = class("lightVerbs")

// statements are nouns of what someone issues to speak: "statement",
// "letter", "tweet"; a participle after one reports its issuer's words.
var statements = class("statements")

// namingVerbs name or judge their object: "called it a disgrace", but "a
// group called Hamas".
var namingVerbs = class("namingVerbs")

// aspectual verbs take an -ing form whose subject is their own.
var aspectual = class("aspectual")

// absolute reports whether the noun phrase that ends at token e follows
// "with" or "without" at the start of a clause: "With a vote for Trump
// ruled out, …".
func (r *run) absolute(e, lo int) bool {
	for w := e - 1; w >= lo && w > e-10; w-- {
		t := &r.toks[w]
		if t.Kind != nlp.Word && t.Kind != nlp.Number || r.verbLike(w) {
			return false
		}
		if t.Norm == "with" || t.Norm == "without" {
			return w == r.skipDateline(lo, r.hi) || r.atClauseStart(w, lo)
		}
	}
	return false
}

// headlinePassive reports whether the -ed form at vg, with nothing after it
// but an agent ("by …"), ends a headline: a short line of its own without
// a final stop, or the text's first line, in which "Tax strategy
// assailed" means it was assailed.
func (r *run) headlinePassive(vg, after, lo, hi int) bool {
	if vg-1 < lo || !r.isContent(vg-1) && !r.isName(vg-1, lo) || lo > 0 && r.nl[lo] == 0 || hi < len(r.toks) && r.nl[hi] == 0 {
		return false
	}
	last := hi - 1
	for last > lo && r.toks[last].Kind.IsQuote() {
		last--
	}
	if isTerminalTok(&r.toks[last]) {
		if lo > 0 || r.toks[last].Text != "." {
			return false // a stop ends a headline only on the text's first line
		}
		last--
	}
	if hi-lo > 16 || hi >= len(r.toks) {
		return false
	}
	for k := lo; k < vg; k++ {
		if r.toks[k].Text == "," || r.toks[k].Kind.IsQuote() {
			return false // "Prices fell, officials said": a clause before its source
		}
	}
	return after > last || r.toks[after].Norm == "by" || r.toks[after].Norm == "over" || r.toks[after].Norm == "as"
}

// reducedPassiveBy reports whether an -ed form whose verb group starts
// at vg, with no auxiliary, is a passive participle on the noun before it
// with its agent right after it: "an allegation rejected by a series of
// inquiries". A verb that takes an object has none here, so "by" and a
// phrase that names someone who can speak make it a passive; a pronoun
// before it is a subject, and a bare noun of means no agent ("said by
// phone").
func (r *run) reducedPassiveBy(vg, after, lo, hi int) bool {
	if vg-1 < lo || after+1 >= hi || r.toks[after].Norm != "by" {
		return false
	}
	if !(r.isContent(vg-1) && !r.verbLike(vg-1)) && !r.isName(vg-1, lo) {
		return false
	}
	e := r.rightNP(after+1, hi, false)
	if e < 0 || e == after+1 && meansNouns.has(r.toks[after+1].Norm) {
		return false
	}
	return r.agentPhrase([2]int{after + 1, e})
}

// topicBefore reports whether the content at token k, after a cue whose
// next token is after, is a preposition's object or opens with one other
// than "as" and "to": a topic ("asked about the dam").
func (r *run) topicBefore(k, after int) bool {
	for _, j := range [2]int{k, k - 1} {
		if j >= after && r.toks[j].Kind == nlp.Word && r.in(j, prepositions) && r.toks[j].Norm != "as" && r.toks[j].Norm != "to" {
			return true
		}
	}
	return false
}

// opensClause reports whether a content starting at token k is a clause
// or quotation of its own ("that …", "whether …", "“…”"), which needs no
// subject from outside it.
func (r *run) opensClause(k int) bool {
	t := &r.toks[k]
	return t.Kind.IsQuote() || t.Kind == nlp.Word && (t.Norm == "that" || r.in(k, whOpeners) || r.in(k, conditionals))
}

// complementVerbs: see classes.tsv.
var complementVerbs = plainClass("complementVerbs")

// complementParticiple reports whether a verb of complementVerbs whose
// verb group starts at vg, with the tokens after it from after on, is a
// participle on the noun before it: a lowercase noun stands before the
// group, its phrase is no subject but an object or a predicate (a verb,
// a form of "be" or a preposition stands before it: "handled messages |
// later deemed", "is a plan | widely viewed as"), and no object follows
// the verb, only its complement ("secret", "as doomed", a quotation).
// "The mayor described conditions as dire" has its subject before the
// verb, which is active.
func (r *run) complementParticiple(vg, after, lo, hi int) bool {
	p := vg - 1
	if p < lo || r.toks[p].Kind != nlp.Word || r.capitalized(p) || !r.isContent(p) || r.verbLike(p) || r.in(p, subjectPronouns) || r.in(p, objectPronouns) {
		return false
	}
	st := r.leftNP(p, lo)
	if st <= lo {
		return false
	}
	if b := st - 1; !(r.toks[b].Kind == nlp.Word && (r.verbLike(b) || irregularPast.has(r.toks[b].Norm) || r.in(b, beForms) || r.in(b, prepositions))) {
		return false
	}
	k := after
	for k < hi && r.isAdverb(k) {
		k++
	}
	if k >= hi {
		return false
	}
	t := &r.toks[k]
	if t.Kind == nlp.Number || t.Kind == nlp.Word && (r.in(k, determiners) || r.in(k, possessives) || r.in(k, objectPronouns) || r.in(k, subjectPronouns) || r.isName(k, lo) || t.Norm == "that" || t.Norm == "by") {
		return false // an object, a clause or an agent: "deemed the messages secret", "viewed by"
	}
	return true
}

// reducedRelative reports whether the regular -ed form at vg, right after a noun
// and before a prepositional phrase, is a participle modifying that noun
// rather than a finite verb: in "A person briefed on the talks said …",
// "Officials involved in the review say …", a cue verb follows the
// phrase in the same clause, its subject the noun the participle
// modifies. A name before the -ed form is its subject ("Trump doubled
// down on …"), and "to" opens an infinitive ("declined to …"), not a
// phrase. after is the first token after the participle.
func (r *run) reducedRelative(vg, after, lo, hi int) bool {
	p := vg - 1
	// a capital opening the sentence is no name's: "People briefed on …"
	capital := p >= lo && r.capitalized(p) && p != r.skipDateline(lo, hi)
	if t := r.skipTime(after, hi); t > after && t < hi && (r.isVerbCue[t] && !strings.HasSuffix(r.toks[t].Norm, "ing") || r.in(t, modals) || r.in(t, auxiliaries) && r.toks[t].Norm != "to" && r.toks[t].Norm != "'s") &&
		p >= lo && !capital && r.isContent(p) && !r.verbLike(p) && strings.HasSuffix(r.toks[vg].Norm, "ed") {
		return true // "A news report published Wednesday said …", "The merger announced Monday would …"
	}
	if p < lo || !(strings.HasSuffix(r.toks[vg].Norm, "ed") || relativeParticiples.has(r.toks[vg].Norm)) || after >= hi || !r.in(after, prepositions) || r.toks[after].Norm == "to" || r.toks[p].Kind != nlp.Word || capital ||
		r.in(p, subjectPronouns) || r.in(p, objectPronouns) || !r.isContent(p) || r.verbLike(p) {
		return false
	}
	for k := after + 2; k < hi && k <= after+10; k++ {
		t := &r.toks[k]
		if t.Kind.IsQuote() && r.pluralPossessive(k) {
			continue // "on one of the attackers' phones"
		}
		if t.Kind != nlp.Word && t.Kind != nlp.Number || r.in(k, clauseWords) || r.in(k, subjectPronouns) {
			return false
		}
		if r.isCue[k] {
			return r.isVerbCue[k] && !strings.HasSuffix(t.Norm, "ing") && (r.isContent(k-1) || r.isName(k-1, lo) || r.toks[k-1].Kind == nlp.Number)
		}
	}
	return false
}

var relativeParticiples = plainClass("relativeParticiples")

// pluralPossessive reports whether the apostrophe at k marks a plural's
// possessive before its noun: "the attackers' phones".
func (r *run) pluralPossessive(k int) bool {
	return k > 0 && k+1 < len(r.toks) && (r.toks[k].Text == "'" || r.toks[k].Text == "\u2019") && !r.toks[k].Space &&
		r.toks[k-1].Kind == nlp.Word && strings.HasSuffix(r.toks[k-1].Norm, "s") && r.toks[k+1].Kind == nlp.Word && r.toks[k+1].Space
}

// quotationIntro reports whether a quotation opens at k, right away or
// after a colon or a comma: what a verb before it introduces.
func (r *run) quotationIntro(k, hi int) bool {
	if k < hi && (r.toks[k].Text == ":" || r.toks[k].Text == ",") {
		k++
	}
	return k < hi && (r.toks[k].Kind == nlp.OpenQuote || r.opensQuote(k))
}

// verbCue finds the source and content of a verb cue whose verb is token h.
func (r *run) verbCue(a *Attribution, lo, hi int, m lexicon.Match, h int, form wordForm, words []string) ([2]int, bool) {
	a.Cue.Form = Verb
	if r.formula(lo, hi, m) {
		return r.reject(a, "formula")
	}
	if a.Cue.Lemma == "find" && (r.findsNoFinding(m.Last+1, hi) || r.findsThing(m, lo, hi)) {
		return r.reject(a, "idiom")
	}
	if a.Cue.Lemma == "add" && r.addsTo(m, lo, hi) {
		return r.reject(a, "idiom")
	}
	if id := r.idiomOf(a, lo, hi, m, readVerb, form); id != nil {
		return r.rejectIdiom(a, id) // "calmer than expected", "best known for": idioms.tsv
	}
	if form == formS && m.First-1 >= lo && r.toks[m.First-1].Text == "," && m.First == m.Last && m.Last+2 < hi &&
		r.toks[m.Last+1].Norm == "that" && (r.in(m.Last+2, auxiliaries) || r.in(m.Last+2, beForms)) && r.toks[m.Last+2].Norm != "to" {
		// "…, comments that were echoed by aides": a plural noun set off
		// by a comma, with a relative clause, sums up what came before
		return r.reject(a, "reading")
	}
	if m.Entry.Flags.Has(lexicon.PersonObject) && r.actsOnPerson(m.First, m.Last+1, lo, hi) {
		return r.reject(a, "idiom") // "the Senate confirmed 68 judges", "he was confirmed 92 to 0", "was dismissed after …"
	}
	infSrc, infPurpose := noSource, false
	vg, be, aux, neg, inf := r.verbGroup(m.First-1, lo, form == formBase)
	if form == formEd && !aux && !be && !inf && !r.forced && vg-2 >= lo && r.toks[vg-1].Text == "," && r.isContent(vg-2) && !r.verbLike(vg-2) && !r.capitalized(vg-2) && (r.parentheticalVerb(h, hi) || (r.in(h, namingVerbs) || r.toks[h].Norm == "known" && h+1 < hi && r.toks[h+1].Norm == "as") && r.quotedAfterAside(h, hi)) {
		// "The study, published in Nature, suggests …": a participle
		// set off by commas describes the subject of the cue after it,
		// but "Moreno, disputed that, saying …" is a verb and its
		// participle; so does a naming participle before a quoted
		// predicate ("The program, known as the RFS, “can …,” Clinton
		// wrote")
		return r.reject(a, "parenthetical")
	}
	if form == formEd && !aux && !be && !inf && !r.forced && m.Last+1 < hi && r.toks[m.Last+1].Text == "," && (vg == r.skipDateline(lo, hi) || vg-2 >= lo && r.absolute(vg-1, lo)) {
		// "Frustrated, Sanders said …", "With a vote for Trump ruled
		// out, Cross said …": an adjective or an absolute phrase before
		// the clause, with nothing to report
		return r.reject(a, "participle-initial")
	}
	// "messages later deemed “top secret”", "a plan widely viewed as
	// doomed": with no object of its own, a verb that takes an object
	// and its complement is a passive participle on the noun before it,
	// reported by no one named
	complementPassive := form == formEd && !aux && !be && !inf && complementVerbs.has(r.toks[h].Norm) && r.complementParticiple(vg, m.Last+1, lo, hi)
	if form == formEd && !aux && !be && !inf && !r.forced && r.reducedRelative(vg, m.Last+1, lo, hi) {
		// "A person briefed on the talks said …": a passive participle
		// that modifies the subject of the cue after it
		return r.reject(a, "reduced-relative")
	}
	a.Negated = neg
	a.Irrealis = r.unrealModal(vg, h, neg)
	desired := -1 // the governing verb, when it is a desire cue already reported
	if inf {
		// "declined to say": the governing verb's subject is the source.
		g := vg - 1
		if g < lo {
			return r.reject(a, "inf-nogov")
		}
		gt := &r.toks[g]
		if r.isCue[g] && !r.used[g] && !r.in(g, desireVerbs) {
			return r.reject(a, "inf-govcue") // the governing cue reports it
		}
		if (gt.Norm == "on" || gt.Norm == "yet" || gt.Norm == "order") && g-1 >= lo {
			g-- // "went on to say", "has yet to explain", "in order to"
		}
		// "would hesitate to oppose", "hopes to say": the speech is
		// hypothetical or wished for
		gs, _, _, gneg, _ := r.verbGroup(g-1, lo, false)
		if r.in(g, desireVerbs) {
			a.Irrealis = true
			if r.used[g] {
				desired = g
			}
		} else if r.unrealModal(gs, g, gneg) {
			a.Irrealis = true
		}
		switch {
		case r.in(g, controlWords):
			var gneg bool
			vg, _, _, gneg, _ = r.verbGroup(g-1, lo, false)
			a.Negated = a.Negated || gneg
		case r.objectControlled(g, lo) >= 0:
			// "led Ivans to fear", "prompted NATO to order": the object
			infSrc = [2]int{r.objectControlled(g, lo), g}
		case r.expletiveBefore(g, lo):
			// "It is hard to imagine that …", "it would be wrong to say
			// …": the writer's own aside, no one reported
			return r.reject(a, "expletive")
		case leaveNouns.has(gt.Norm):
			// "speaking on condition of anonymity to discuss the
			// talks": the terms on which a source speaks, which report
			// nothing of what it said
			return r.reject(a, "inf-purpose")
		case g-1 >= lo && (r.isContent(g) || r.isName(g, lo) || gt.Norm == "here" || gt.Norm == "there" || r.in(g, timeWords) && !r.in(g, determiners) ||
			r.haveAt(g-1) && (gt.Norm == "this" || gt.Norm == "that" || indefinitePronoun(gt.Norm))) && !r.passiveAt(g, lo):
			// a purpose clause: "leaders gathered Friday to discuss …",
			// "stood at an event here to say …", and what one has to
			// say: "had this to say", "has nothing to add"
			infPurpose = true
		case r.forced:
			infPurpose = true // the model took the word: the main subject's
		default:
			return r.reject(a, "inf-purpose") // "was provided to support"
		}
	}
	chi := r.clauseLimit(lo, hi, h)
	lastIng := strings.HasSuffix(words[len(words)-1], "ing")
	headline := form == formEd && !aux && !be && !inf && r.headlinePassive(vg, m.Last+1, lo, hi)
	// only a cue that takes a stance on its object: "an allegation
	// rejected by …" reports, "a video posted by …" describes
	st := m.Entry.Stance()
	reducedBy := form == formEd && !aux && !be && !inf && !headline && (st == lexicon.Denial || st == lexicon.Assertive || st == lexicon.Accusation || st == lexicon.Speculative) && r.reducedPassiveBy(vg, m.Last+1, lo, hi)
	passive := be && form == formEd && !lastIng && !inf && !r.in(h, experiencers) || headline || complementPassive || reducedBy
	participle := form == formIng && !aux && !inf

	var src [2]int = noSource
	initial := false      // a participle opening the sentence, its subject after it
	reducedRel := false   // a participle right after its subject's noun phrase: "A farmer backing the mayor"
	unnamed := false      // a passive participle opening the sentence: who asked goes unnamed
	after := (m.Last + 1) // first token after the cue
	switch {
	case passive:
		k := r.skipAdjuncts(after, hi)
		comp := part{-1, -1} // a complement before the agent
		if k < hi && r.toks[k].Norm != "by" {
			// "has been called a charlatan by fellow physicians": the
			// agent after a complement
			if e := r.rightNP(k, hi, false); e >= k && e+1 < hi && r.toks[e+1].Norm == "by" {
				comp = part{k, e}
				k = e + 1
			} else if r.toks[k].Norm == "to" {
				// "were described to him by a reporter": the addressee
				// before the agent
				e := r.rightNP(k+1, hi, false)
				if k+1 < hi && r.in(k+1, objectPronouns) {
					e = k + 1
				}
				if e > k && e+1 < hi && r.toks[e+1].Norm == "by" {
					k = e + 1
				}
			}
		}
		if j := r.pastManner(k, hi); j < hi && r.toks[j].Norm == "by" {
			k = j // "is viewed somewhat more positively by women"
		}
		if k < hi && r.toks[k].Norm == "by" {
			b := k + 1
			for b < hi && r.isAdverb(b) {
				b++ // "by far fewer publications"
			}
			if e := r.agentEnd(b, r.rightNP(b, hi, false), hi); e >= 0 && !(e == b && meansNouns.has(r.toks[b].Norm)) {
				// but a bare noun of means is no agent: "is guaranteed by
				// law", "were counted by hand", "was approved by
				// acclamation"
				src = [2]int{k + 1, e}
				after = e + 1
			}
		}
		var cs []part
		var ok, opened bool
		// a finite verb right after the passive: its clause ended and
		// another's predicate begins ("the reasons Perez is not widely
		// recognized | is that …")
		ended := after < chi && r.toks[after].Kind == nlp.Word && (r.in(after, beForms) || r.in(after, modals)) && r.toks[after].Norm != "be"
		if !headline && !ended && (src == noSource || !r.relativeAt(after, chi)) {
			cs, ok, opened = r.rightContent(a, m.Entry.Flags, after, chi, lo)
			if ok && src != noSource && (!opened || len(cs) == 1 && cs[0][0]-1 >= after && r.in(cs[0][0]-1, prepositions)) {
				// "His views were echoed by experts I spoke to": after
				// the agent, a phrase that opens no clause is the
				// agent's, and a topic the ground of the act ("was
				// praised by critics on release"); what was echoed is
				// the subject
				cs, ok = nil, false
			}
			if src != noSource && comp[0] < 0 && after < chi && r.toks[after].Norm == "as" {
				// what the agent took the subject for is reported with
				// it: "was portrayed by the White House as a protest"
				if c, ok2 := r.clauseFrom(after, chi, true); ok2 && len(c) == 1 {
					comp, cs, ok = c[0], nil, false
				}
			}
		} // else "was backed by Lopez, who said …": the clause is the agent's; a headline's is what stands before
		raising := after < chi && (r.toks[after].Norm == "to" || r.toks[after].Norm == "as") // "is expected to", "was viewed as"
		if src == noSource && !(ok && opened) && !headline && a.Stance == lexicon.Commissive && after < chi && (r.objectStarts(after) && !r.in(after, objectPronouns) || r.toks[after].Text == "$") {
			// the second object of a promise made to the subject is what
			// was promised: "The mill was promised $9 million in tax
			// breaks", "Workers were guaranteed a raise"
			if c, ok2 := r.clauseFrom(after, chi, true); ok2 {
				cs, ok, opened = c, true, true
			}
		}
		if src == noSource && !(ok && opened) && !raising && !headline && a.Stance != lexicon.Denial && a.Stance != lexicon.Assertive && a.Stance != lexicon.Speculative && !r.forced {
			// "The plot was never proven in court": no one is reported
			return r.reject(a, "passive-nothing")
		}
		if !ok && !headline && src == noSource && after < chi && r.toks[after].Norm == "as" {
			// "The union is regarded as one of the more liberal":
			// the as-phrase is what the subject is taken for
			if c, ok2 := r.clauseFrom(after, chi, true); ok2 && len(c) == 1 {
				cs, ok = c, true
			}
		}
		if ok && len(cs) == 1 && cs[0][0] >= after && !r.opensClause(cs[0][0]) && !r.topicBefore(cs[0][0], after) {
			// (but a topic is asked of the subject, not said of it:
			// "she was asked about the dam")
			// "More than 1,200 emails were deemed classified", "Rivals
			// are expected to quit": what is reported of the subject
			// needs the subject ("the emails … classified")
			if st := r.passiveSubject(vg, lo); st >= 0 && !(st == vg-1 && r.toks[st].Norm == "it") && !r.in(st, relativeWh) {
				cs = []part{{st, vg - 1}, cs[0]}
			}
		}
		if !ok {
			// "The claim was denied": the subject is what is reported,
			// with what it was called ("The doctor … a charlatan")
			if st := r.passiveSubject(vg, lo); st >= 0 {
				cs = []part{{st, vg - 1}}
				if comp[0] >= 0 && src != noSource {
					cs = append(cs, comp)
				}
				ok = true
			}
		}
		a.Source = Source{Kind: None}
		a.Rule = RulePassive
		if src != noSource {
			a.Rule = RulePassiveBy
		}
		if st := r.leftNP(vg-1, lo); st > lo && vg-1 >= lo && r.in(st-1, conditionals) {
			a.Irrealis = true // "if the claim is denied"
		}
		r.setContent(a, cs, ok)
		return src, true
	case participle:
		a.Cue.Form = Participle
		if vg-1 >= lo && r.toks[vg-1].Norm == "worth" {
			return r.reject(a, "worth") // "It is worth noting that …": the writer's aside
		}
		if n := m.Last + 1; (n >= hi || isTerminalTok(&r.toks[n])) && r.cueBefore(lo, vg) {
			// "…,” said Robin Maynard, half joking.": with nothing
			// after it, the participle tells how the earlier cue's words
			// were said
			return r.reject(a, "manner")
		}
		if vg <= lo || r.atClauseStart(vg, lo) {
			// "Claiming the criticism is unfair, Trump told Fox …": the
			// subject follows the comma; but "Speaking to reporters,
			// Trump said …" reports only what the main cue does.
			if n := m.Last + 1; r.otherCueIn(lo, hi, m) && (m.Entry.Flags.Has(lexicon.Opener) || n < hi && (r.toks[n].Text == "," || r.toks[n].Kind == nlp.Word && r.in(n, prepositions))) || n < hi && r.toks[n].Text == ":" {
				// the main cue reports it ("Writing for the Times, X
				// noted …"; "Lashing out, Trump said …": nothing stands
				// between the participle and its comma), or a label
				// ("WARNING: …")
				return r.reject(a, "participle-initial")
			}
			if src = r.subjectAfter(vg, hi); src == noSource {
				src = r.subjectAfter(m.Last+1, hi)
			}
			initial = true
		} else {
			p := &r.toks[vg-1]
			switch {
			case p.Text == "," && r.parentheticalCue(h, hi) >= 0:
				// "Trump, speaking to veterans, said …": the main cue
				// reports it
				return r.reject(a, "parenthetical")
			case r.in(vg-1, participleLinks) && (vg-1 == r.openingStart(lo, hi) || vg-2 == r.openingStart(lo, hi) && r.isAdverb(vg-2) ||
				r.timePhraseEnd(r.openingStart(lo, hi), vg) == vg-2 && (r.toks[vg-1].Norm == "after" || r.toks[vg-1].Norm == "before" || r.toks[vg-1].Norm == "since")) ||
				r.in(vg-1, prepositions) && r.openingPreposition(r.openingStart(lo, hi), vg-1):
				// (also after a compound preposition that opens the
				// sentence: "In addition to stating …, Clinton vowed")
				// "After saying …, she was whisked off", "One month after
				// announcing …, Rubio still believes": the subject follows
				// the clause, the content the participle
				src = r.subjectAfter(vg-1, hi)
				initial = true
			case p.Text == ",":
				src = r.participleSubject(lo, vg, m.Last+1, a.Cue.Lemma)
			case p.Kind == nlp.Punct || p.Kind.IsQuote() || r.in(vg-1, participleLinks):
				if src = r.subordinateSubject(lo, vg); src == noSource {
					// (inside a subordinate clause its subject's: "when
					// Trump launched his campaign by talking about …")
					src = r.mainSubject(lo, vg)
				}
			case r.verbBefore(vg - 1):
				// after a verb: "can be heard yelling", "was seen
				// shouting": the participle's subject is that verb's
				gs, _, _, _, _ := r.verbGroup(vg-2, lo, false)
				if st := r.leftNP(gs-1, lo); st >= 0 && gs-1 >= lo {
					src = [2]int{r.recordedSpeaker(st, gs-1), gs - 1}
				} else {
					src = r.mainSubject(lo, vg)
				}
			case r.toks[vg-1].Norm == "it" && vg-2 >= lo && r.toks[vg-2].Kind == nlp.Word && !r.capitalized(vg-2) && (r.verbLike(vg-2) || irregularPast.has(r.toks[vg-2].Norm)):
				// "it" as the object of the verb before says nothing: "He
				// retweeted it imagining …" has the verb's subject
				src = r.mainSubject(lo, vg-2)
			case r.perceivedOn(vg-1, lo) >= 0:
				// "was heard on a microphone telling …", "was caught on
				// tape saying …": the one heard, not the medium
				v := r.perceivedOn(vg-1, lo)
				gs, _, _, _, _ := r.verbGroup(v-1, lo, false)
				if st := r.leftNP(gs-1, lo); st >= 0 && gs-1 >= lo {
					src = [2]int{st, gs - 1}
				} else {
					src = r.mainSubject(lo, vg)
				}
			default:
				if st := r.leftNP(vg-1, lo); st >= 0 {
					if n := m.Last + 1; (r.toks[st].Norm == "a" || r.toks[st].Norm == "an" || r.toks[st].Norm == "the") && n < hi && r.toks[n].Kind == nlp.Word && r.in(n, prepositions) {
						// "at a 2014 Senate hearing for his role": a noun
						// heading the phrase, with no object of its own
						return r.reject(a, "ing-noun")
					}
					if st2 := r.withPhraseStart(st, lo); st2 < st {
						st = st2 // "with the office of the former judge from Ohio saying …"
					}
					e := vg - 1
					if e > st && floatingQuantifier(r.toks[e].Norm) && r.isName(e-1, lo) {
						e-- // "Trump and Christie all calling for …"
					}
					src = [2]int{r.recordedSpeaker(st, e), e}
					reducedRel = true
					issued := r.in(vg-1, statements) ||
						// "sent a letter to the board urging …", "posted a
						// message on Twitter reading …"
						st-2 >= lo && r.in(st-1, ppLinks) && r.in(st-2, statements) || r.issuedObject(st, vg-1, lo)
					// "with" makes its noun phrase the participle's subject:
					// "…, with Canada and the U.S. disputing …"
					adverbial := st-2 >= lo && r.in(st-1, prepositions) && r.toks[st-1].Norm != "with" && r.toks[st-1].Norm != "without" && r.toks[st-2].Text == ","
					// a bare noun after a preposition is the verb's
					// adjunct, not who speaks: "went to work seeking …",
					// "went on Twitter saying …"
					bare := st == vg-1 && st-1 > lo && r.toks[st-1].Kind == nlp.Word && r.in(st-1, prepositions) && !r.peopleWord(st) && !r.in(st, orgWords) && !r.isVerbCue[st-1] &&
						st-2 >= lo && r.toks[st-2].Kind == nlp.Word && !r.capitalized(st-2) && (r.verbLike(st-2) || irregularPast.has(r.toks[st-2].Norm))
					if issued || adverbial || bare || r.spentOn(st, lo) {
						// "The council issued a statement calling for …": who
						// issued it speaks, not the statement; "…, in many
						// cases reporting …": the phrase is the clause's
						// adverbial, the subject the clause's
						if ms := r.mainSubject(lo, st); ms != noSource && ms[1] < st {
							src = ms
						}
					}
				} else {
					src = r.mainSubject(lo, vg)
				}
			}
		}
		if src != noSource && !initial && r.timeHead(src) {
			// "… this week, urging …", "spent more time mocking …": a
			// phrase of time is no one's; the participle shares the
			// main clause's subject
			if o := r.outerSubject(lo, vg); o != noSource && !r.timeHead(o) {
				src = o
			}
		}
	default:
		switch {
		case infSrc != noSource:
			src = infSrc
		case infPurpose:
			if src = r.coordinatedSubject(lo, vg); src == noSource {
				src = r.mainSubject(lo, vg)
			}
		default:
			src = r.finiteSubject(a, lo, hi, vg, m, inf)
			if inf && src != noSource && src[0] > h {
				// an infinitive has no subject after it: "free agents,
				// able to support Cruz, Trump or Kasich"
				src = noSource
			}
			if src == noSource && form == formEd && !aux && !inf && (vg <= lo || r.atClauseStart(vg, lo)) && r.capitalized(vg) {
				// "Asked about the bomb, Clinton said …": a passive
				// participle; the subject of the clause after it is the
				// one asked, and who asked goes unnamed
				if r.subjectAfter(vg, hi) != noSource {
					initial, unnamed = true, true
				}
			}
			if src == noSource && form == formEd && !aux && !inf && vg-1 >= lo && r.in(vg-1, subordinators) && !r.capitalized(vg) && m.Last+1 < hi && r.toks[m.Last+1].Kind == nlp.Word && r.toks[m.Last+1].Norm != "by" {
				// "he said when asked about the plan", "when asked if
				// he …, Ryan said": a clause of its own with its subject
				// left out; who asked goes unnamed
				initial, unnamed = true, true
			}
		}
		if (form == formBase || form == formS) && !inf && !aux && src != noSource && src[0] < h && src[0] > lo && !perceptionVerbs.has(r.toks[src[0]-1].Norm) && (r.verbLike(src[0]-1) && !compoundAdjective(r.toks[src[0]-1].Norm) || src[0]-2 >= lo && bareVerbBefore.has(r.toks[src[0]-2].Norm) && !r.capitalized(src[0]-1)) {
			// "faced narco-terrorism charges", "will confront profound
			// questions": an object, not a subject (but "A teary-eyed
			// Bush says")
			return r.reject(a, "object-not-subject")
		}
	}
	if src == noSource && form == formEd && !aux && !inf && !be && vg-1 >= lo && r.toks[vg-1].Norm == "as" {
		if k := r.skipAdjuncts(after, hi); k+1 < hi && r.toks[k].Norm == "by" {
			// "As reported by the Times, the plan …", "…, as first
			// reported by the Times": the agent vouches for the main
			// clause, as with "according to"
			pm := m
			pm.First, pm.Last = vg-1, k
			src, ok := r.prepCue(a, lo, hi, pm)
			if ok {
				a.Rule = RulePassiveBy
			}
			return src, ok
		}
	}
	if src == noSource && !r.forced && !unnamed {
		return r.reject(a, "nosource") // a cue needs someone to say it
	}
	// "It seems that …", "it emerged that …": an expletive "it" is no
	// source; the clause is reported by no one named. Nor is the subject
	// of a raising verb, which only seems or emerges ("The plan seems
	// doomed", "Details emerged that …").
	expletive := src != noSource && src[0] < h && raisingLemmas.has(a.Cue.Lemma)
	if expletive && !(src[0] == src[1] && r.toks[src[0]].Norm == "it") {
		// but "Trump appeared to blame …", "they seem to think …": the
		// subject of a reporting verb after it is its source
		k := m.Last + 1
		for k < hi && r.isAdverb(k) {
			k++
		}
		expletive = !(k+1 < hi && r.toks[k].Norm == "to" && r.isVerbCue[k+1])
	}
	inverted := src[0] > h && !initial
	if r.in(h, namingVerbs) && m.First == m.Last && !r.forced {
		if !r.judges(a, lo, hi, m, src, inverted) {
			return noSource, false
		}
	}
	if participle && !initial && src != noSource && src[1] == vg-1 && r.subjectPosition(src[0], lo) && m.Last+1 < chi && !r.in(m.Last+1, subjectPronouns) {
		e := r.rightNP(m.Last+1, chi, false)
		for e >= 0 && e+2 < chi && (r.toks[e+1].Norm == "and" || r.toks[e+1].Norm == "or") && r.toks[e+1].Kind == nlp.Word {
			// coordinated objects: "stories alleging waste and fraud at
			// the agency may …"
			e2 := r.rightNP(e+2, chi, false)
			if e2 < e+2 {
				break
			}
			e = e2
		}
		if e >= 0 && e+1 < chi && !strings.HasSuffix(r.toks[e+1].Norm, "ing") &&
			(r.isVerbCue[e+1] || r.toks[e+1].Kind == nlp.Word && (r.in(e+1, modals) || r.in(e+1, auxiliaries) && r.toks[e+1].Norm != "to" || r.in(e+1, beForms) && !r.possessiveS(e+1) || irregularPast.has(r.toks[e+1].Norm) ||
				len(r.toks[e+1].Norm) > 4 && strings.HasSuffix(r.toks[e+1].Norm, "ed") && !r.capitalized(e+1) && r.verbLike(e+1) && e+2 < chi && !r.in(e+2, prepositions) && r.toks[e+2].Norm != "by")) {
			// "A coalition opposing the pipeline argued …", "Democrats
			// supporting Mrs. Clinton have pointed to …": the
			// participle's object ends where its noun's verb begins (but
			// "voters saying they want …" report a clause)
			chi = e + 1
		}
	}
	if src != noSource && src[0] == src[1] && src[0]-1 >= lo && r.toks[src[0]-1].Text == "," && r.in(src[0], relativeWh) {
		chi = r.relativeEnd(m.Last+1, chi)
	}
	if src != noSource && src[0] < h && (src[0] == src[1] && r.in(src[0], relativeWh) || src[0]-1 >= lo && r.isContent(src[0]-1) && !r.capitalized(src[0]-1)) {
		if st := r.skipDateline(lo, hi); st < src[0] && r.in(st, prepositions) && !r.hasComma(st, src[0]) {
			// a relative clause inside a phrase that opens the sentence,
			// with or without its pronoun, ends at the comma before the
			// main clause: "For someone who conceded that she is “not a
			// natural politician,” Hillary Clinton had a good night", "In
			// another study they wrote with Acemoglu, they estimated …"
			for j := m.Last + 1; j < chi; j++ {
				if r.toks[j].Text != "," {
					continue
				}
				k := j + 1
				for k < chi && r.toks[k].Kind.IsQuote() {
					k++
				}
				if r.newClauseAt(k, chi) || r.subjectAndVerbAt(k, chi) {
					chi = j
					break
				}
			}
		}
	}
	var cs []part
	ok, opened := false, true
	if initial || a.Cue.Form == Participle && src[1] != vg-1 {
		// a participle's content follows it: before it stands the main
		// clause and what that reports ("“…,” she said, adding that …")
		cs, ok, opened = r.rightContent(a, m.Entry.Flags, m.Last+1, chi, lo)
	} else if inverted {
		if c, ok := r.resumedPredicate(src, m.First, lo, hi); ok {
			src[1] = c - 1
			for src[1] > src[0] && r.toks[src[1]].Text == "," {
				src[1]--
			}
		}
		cs, ok = r.leftContent(a, vg, lo, hi, src[1]+1)
	} else {
		cs, ok, opened = r.contentFor(a, m.Entry.Flags, lo, chi, m.Last+1, src, vg)
		if ok && len(cs) > 0 && src != noSource && cs[0][1] < src[0] && src[0] == src[1] && r.in(src[0], relativeWh) {
			// "Clinton, who added to her lead, …": before a relative
			// pronoun stands its antecedent, not what it said: the content
			// is after the cue, if anywhere
			cs, ok, opened = r.rightContent(a, m.Entry.Flags, m.Last+1, chi, lo)
		}
	}
	if ok && len(cs) > 0 && src != noSource && src[0] == src[1] && r.toks[src[0]].Norm == "who" && src[0]-2 >= lo && r.toldBefore(src[0]-1, lo) {
		// a relative clause on the one told ends where the report
		// told opens: "tells voters who wonder why … | that he wasn't
		// brought up that way"
		// (not its own that-clause: "who suggested that … | that …")
		if told := r.thatClauseFrom(m.Last+2, hi); told > m.Last+1 {
			kept := cs[:0]
			for _, p := range cs {
				if p[0] < told {
					p[1] = min(p[1], told-1)
					kept = append(kept, p)
				}
			}
			if len(kept) == 0 {
				kept = append(kept, part{m.Last + 1, told - 1}) // "told voters who backed him | that …"
			}
			cs = kept
		}
	}
	if ok && !opened && m.Entry.Flags.Has(lexicon.Opener) && r.opensAfter(a, m.Last+1, chi) {
		opened = true // "declined to say", "decided … not to", "seems confident", "rated … as"
	}
	if !ok && strings.HasSuffix(a.Cue.Lemma, " comment") {
		ok, cs = true, nil // "declined to comment": reported, with nothing said
	}
	if !ok && !r.forced && a.Stance == lexicon.Neutral && !inverted && !initial && a.Cue.Form == Verb && src != noSource && r.mainClauseSource(src, lo) && r.speakerPhrase(src) && !r.quoteIn(m.Last+1, hi) {
		// a speaker whose words the next sentence quotes: "The coach
		// spoke after the game. “We were not ready. …”"
		if p, found := r.quoteNext(hi); found {
			cs, ok, opened = []part{p}, true, true
		}
	}
	if !ok && !r.forced {
		return r.reject(a, "nocontent") // nothing reported: "spoke in a cottage"
	}
	if opened && raisingLemmas.has(a.Cue.Lemma) && !r.forced {
		// "has appeared at rallies over the past days": a place or a
		// time after "appear" is no report; a report opens with "to",
		// "that", "as if" or "like"
		k := r.skipTime(m.Last+1, chi)
		if k < chi && r.toks[k].Kind == nlp.Word && r.in(k, prepositions) && r.toks[k].Norm != "to" && r.toks[k].Norm != "as" && r.toks[k].Norm != "like" {
			opened = false
		}
	}
	if opened && m.Entry.Flags.Has(lexicon.Opener) && !r.forced && r.in(h, aspectual) {
		// "continues to face a war" reports nothing, "continued to
		// insist that …" does: the infinitive after an aspectual verb
		// must be a cue
		if k := m.Last + 1; k+1 < chi && r.toks[k].Norm == "to" && !r.isVerbCue[k+1] {
			opened = false
		}
	}
	if !opened && m.Entry.Flags.Has(lexicon.Opener) && !r.forced {
		return r.reject(a, "needsopener") // "wrote letters"
	}
	if ok && len(cs) == 1 && r.in(h, namingVerbs) && cs[0][0] > h {
		// what a naming verb calls something ends at a clause joined by a
		// comma: "called inversions “unpatriotic,” and his administration
		// has …"
		for k := cs[0][0] + 1; k < cs[0][1]; k++ {
			if (r.toks[k].Norm == "and" || r.toks[k].Norm == "but") && (r.toks[k-1].Text == "," || r.toks[k-1].Kind.IsQuote() && k-2 >= 0 && r.toks[k-2].Text == ",") {
				e := k - 1
				for e > cs[0][0] && r.toks[e].Text == "," {
					e--
				}
				cs[0][1] = e
				break
			}
		}
	}
	subjectPart := expletive && ok && len(cs) > 0 && src[1] < h && cs[0][0] > src[1] && !(src[0] == src[1] && (r.toks[src[0]].Norm == "it" || r.relativeWord(src[0]))) && !r.cueBefore(src[0], src[1]+1)
	if subjectPart {
		// what seems so is the subject with its complement: "Both
		// objections … seemed to carry little weight", "The plan …
		// seems doomed"
		cs = append([]part{{src[0], src[1]}}, cs...)
	}
	if ok && len(cs) == 1 && cs[0][0] > h && src != noSource && src[0] == src[1] && src[0]-1 >= lo && r.toks[src[0]-1].Text == "," && r.relativeWord(src[0]) {
		// a relative clause set off by commas ends where the main
		// clause's predicate goes on: "Kasich, who brags he has held 100
		// town halls, | does not pretend …"
		cs[0][1] = r.relativeClauseEnd(cs[0][0], cs[0][1])
	}
	if reducedRel && ok && len(cs) == 1 && cs[0][0] > h {
		cs[0][1] = r.beforeSubjectAppositive(cs[0][0], cs[0][1], hi)
	}
	if (participle || initial) && ok && len(cs) == 1 && cs[0][0] > h {
		cs[0][1] = r.beforeMainClause(cs[0][0], cs[0][1], hi, initial)
	}
	if participle && !initial && ok && len(cs) == 1 && cs[0][0] > h && src != noSource && src[1] == vg-1 && r.subjectPosition(src[0], lo) {
		cs[0][1] = r.beforeSubjectsPredicate(cs[0][0], cs[0][1])
	}
	r.setContent(a, cs, ok)
	if !inverted && !initial && src[0] < h && src[0] > lo && r.in(src[0]-1, conditionals) {
		a.Irrealis = true // "if he said", "unless the board agrees"
	}
	if n := len(r.out); desired >= 0 && opened && n > 0 && r.out[n-1].Cue.Form == Verb && r.out[n-1].Cue.Contains(r.toks[desired].Span) {
		// "The mayor wants to announce that …": the proposition that
		// would be announced is the content, rather than "to announce …"
		// as what is wanted ("hopes to find survivors" stays a hope)
		r.out[n-1] = Attribution{}
		r.out, r.srcTok = r.out[:n-1], r.srcTok[:n-1]
	}
	switch {
	case participle || initial:
		a.Rule = RuleParticiple
	case inverted:
		a.Rule = RuleVerbInverted
	case a.Content.Text != "" && a.Content.Start < a.Cue.Start && !subjectPart && !r.leadingRelative(cs, src, lo):
		a.Rule = RuleVerbTrailing
	default:
		a.Rule = RuleVerbComplement
	}
	if expletive {
		a.Source = Source{Kind: None}
		return noSource, true
	}
	if r.forced && r.in(h, lightVerbs) && !r.statementAhead(m.Last+1, hi) {
		// a light verb reports only through its noun ("gave a speech",
		// "issued a warning"), which the rules read as a noun cue:
		// "Officials gave the storm a name: “Maria.”" reports nothing
		return r.reject(a, "model-light")
	}
	if r.forced && src != noSource && src[1] < h && !r.speakerPhrase(src) {
		// a cue only the model saw, whose subject cannot speak or
		// record: "This action follows a build-up" reports nothing
		return r.reject(a, "model-nonagent")
	}
	if r.forced && src == noSource && !participle && !passive && !inf && !be && vg == r.skipDateline(lo, hi) && (!initial && !unnamed || !r.hasComma(m.Last+1, hi-1)) {
		// a finite verb only the model saw, opening its sentence with no
		// subject (nor a clause after a comma whose subject it would
		// share, as "Asked about the dam, she said" has), is an
		// imperative or an informal "Loved the food": no one's report
		// ("just call me on my cell phone")
		return r.reject(a, "model-nosubject")
	}
	return src, true
}

// statementAhead reports whether a noun of statements or a cue stands
// among the few words from token k to the next punctuation mark: the
// object through which a light verb reports ("gave a speech", "made
// the case").
func (r *run) statementAhead(k, hi int) bool {
	for j := k; j < hi && j < k+6; j++ {
		t := &r.toks[j]
		if t.Kind == nlp.Punct || t.Kind.IsQuote() {
			return false
		}
		if t.Kind == nlp.Word && (r.in(j, statements) || r.isCue[j]) {
			return true
		}
	}
	return false
}

// speakerPhrase reports whether the phrase src can be a source: a
// pronoun, a name, or a phrase headed by a noun of people, roles, groups
// or organizations (agentPhrase), or of statements and recordings ("the
// memo shows", "a video showing").
func (r *run) speakerPhrase(src [2]int) bool {
	if r.agentPhrase(src) {
		return true
	}
	h := src[1]
	for j := src[0]; j < src[1]; j++ {
		if n := r.toks[j+1].Norm; n == "of" || n == "and" || n == "who" || n == "that" || r.toks[j+1].Text == "," {
			h = j
			break
		}
	}
	if r.shareEndAt(h) {
		// a share of people speaks for them: "38% of likely voters",
		// "a third of independents"; in a poll, "33%" alone does
		if h == src[1] || h+2 <= src[1] && r.toks[h+1].Norm == "of" && r.peopleWord(src[1]) {
			return true
		}
	}
	t := &r.toks[h]
	return t.Kind == nlp.Word && (r.in(h, subjectPronouns) || r.in(h, objectPronouns) || r.in(h, statements) || r.in(h, recordings) || r.peopleWord(h) || r.in(h, quantifiers) || r.in(h, relativeWh))
}

// shareEndAt reports whether token k ends a share: a percentage ("38%",
// "38 percent") or a fraction ("a third"). (shareAt tells where one opens.)
func (r *run) shareEndAt(k int) bool {
	switch n := r.toks[k].Norm; n {
	case "%", "percent", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "plurality", "minority":
		return true
	}
	return false
}

// sourceTail returns where the source of "according to", whose noun
// phrase ends at token e, ends with what modifies its noun up to a comma
// or the sentence's end: a prepositional phrase, participle or relative
// clause ("according to audio provided to The Times", "a report in the
// Des Moines Register", "a party official who was not authorized to
// speak"). A parenthesis, a dash, or a verb cue outside a relative
// clause on the way leaves e.
func (r *run) sourceTail(e, hi int) int {
	if x := r.reducedTail(e, hi); x > e {
		return x
	}
	c := e + 1
	if c >= hi || r.toks[c].Kind != nlp.Word || r.capitalized(c) || !(r.in(c, prepositions) && r.toks[c].Norm != "as" || r.verbLike(c) || r.relativeWord(c)) {
		return e
	}
	relative := r.relativeWord(c)
	for d := c; d < hi && d < c+25; d++ {
		t := &r.toks[d]
		switch {
		case isTerminalTok(t) || t.Text == "," || t.Text == ";":
			return d - 1
		case t.Text == "(" || isDash(t.Text) || r.isVerbCue[d] && !relative:
			return e
		case !relative && d > c && t.Kind == nlp.Word && r.in(d, determiners) && (r.isContent(d-1) || r.isName(d-1, r.lo)):
			// a new phrase after a noun with no preposition between is
			// the subject of the clause the source reports: "According to
			// officials in Kyiv | the strike killed 12 people."
			return e
		}
	}
	if c+25 >= hi {
		return hi - 1
	}
	return e
}

// openingAdjunct reports whether tokens [lo, c), before the comma that
// precedes a cue at c, are only a short adjunct opening the sentence (a
// phrase of time or place: "About 10 p.m.,", "In Benghazi,"), not a clause.
func (r *run) openingAdjunct(lo, c int) bool {
	e := c - 1
	if e > lo && r.toks[lo].Kind == nlp.Word && r.in(lo, coordinators) {
		lo++ // "But on Monday,": the link is the writer's
	}
	if e <= lo || r.toks[e].Text != "," || e-lo > 6 {
		return false
	}
	t := &r.toks[lo]
	// a determiner may open a phrase of time that ends in its noun: "The
	// next day,", "That night,"
	timeNP := t.Kind == nlp.Word && r.in(lo, determiners) && r.toks[e-1].Kind == nlp.Word && r.in(e-1, timeWords)
	if !(timeNP || t.Kind == nlp.Number || t.Kind == nlp.Word && (r.in(lo, prepositions) || r.in(lo, timeWords) || r.lyWord(lo) && (r.in(lo+1, prepositions) || r.in(lo+1, timeWords)))) {
		return false // "About 10 p.m.", "Shortly after midnight", "Late Tuesday"
	}
	for j := lo + 1; j < e; j++ {
		if tj := &r.toks[j]; tj.Kind == nlp.Punct || tj.Kind == nlp.Word && (r.in(j, beForms) || r.in(j, auxiliaries) || r.in(j, modals) || r.isVerbCue[j] || !r.capitalized(j) && r.verbLike(j)) {
			return false
		}
	}
	return true
}

// openingPreposition reports whether tokens [st, p], p a preposition,
// are a compound preposition that opens the sentence with a preposition
// ("In addition to", "On top of"): at most three lowercase words after
// the first, none of them a verb or a determiner.
func (r *run) openingPreposition(st, p int) bool {
	if p-st > 3 || p <= st || !r.in(st, prepositions) {
		return false
	}
	for k := st + 1; k < p; k++ {
		if r.toks[k].Kind != nlp.Word || r.capitalized(k) || r.verbLike(k) || r.in(k, determiners) {
			return false
		}
	}
	return true
}

// passiveSubject returns where the subject of a passive whose verb
// group starts at vg begins, with the phrases that modify its noun
// ("Scenes from the film were described …"), or -1.
func (r *run) passiveSubject(vg, lo int) int {
	if vg-1 < lo {
		return -1
	}
	st := r.leftNP(vg-1, lo)
	if st < 0 {
		return -1
	}
	return r.extendPP(st, lo)
}

// toOpeningComma returns where the source of an opening "according to",
// whose noun phrase was found to end at token e, ends when a comma closes
// the opening phrase a few words later with nothing on the way that a
// clause would need: the words before the comma still name the source
// ("According to the book and the movie, …", "According to the officer
// in charge of the base that night, …"), as does a relative clause set
// off by commas ("According to Smith, who was there, …"). Otherwise it
// returns e.
func (r *run) toOpeningComma(e, hi int) int {
	if c := e + 1; c+2 < hi && r.toks[c].Text == "," && (r.toks[c+1].Norm == "who" || r.toks[c+1].Norm == "whose") {
		for d := c + 2; d < hi && d <= c+25; d++ {
			if t := &r.toks[d]; t.Text == "," {
				return d - 1
			} else if t.Kind != nlp.Word && t.Kind != nlp.Number && t.Norm != "'s" || r.isCue[d] && !r.in(d-1, prepositions) {
				return e
			}
		}
		return e
	}
	for d := e + 1; d < hi && d <= e+15; d++ {
		t := &r.toks[d]
		switch {
		case t.Text == ",":
			if d == e+1 {
				return e
			}
			return d - 1
		case t.Kind == nlp.Number || t.Text == "&" || t.Text == "-" || t.Norm == "'s":
		case t.Kind != nlp.Word || r.isCue[d] && !r.in(d-1, prepositions) || r.in(d, auxiliaries) || r.in(d, beForms) || r.relativeWord(d) && !(d+1 < hi && r.in(d+1, timeWords)) || !r.capitalized(d) && r.verbLike(d):
			return e
		}
	}
	return e
}

// formula reports whether a verb cue is a participle in a discourse
// formula that reports nothing but links to what was said before: "That
// said, …", "Having said that, …", "That being said, …", "With this in
// mind" aside. The formula opens its clause and a comma closes it, so a
// relative ("a message that said, …") is not one.
func (r *run) formula(lo, hi int, m lexicon.Match) bool {
	demonstrative := false
	k := m.Last + 1
	if k < hi && (r.toks[k].Norm == "that" || r.toks[k].Norm == "this") {
		demonstrative = true
		k++
	}
	if k >= hi || r.toks[k].Text != "," {
		return false
	}
	j := m.First - 1
	for ; j >= lo; j-- {
		switch r.toks[j].Norm {
		case "that", "this":
			demonstrative = true
			continue
		case "having", "being", "with", "all":
			continue
		}
		break
	}
	if !demonstrative || j == m.First-1 {
		// a formula has its word before the verb ("That said", "Having
		// said that"): "Moreno, disputed that, saying …" reports
		return false
	}
	if j >= lo && r.in(j, coordinators) {
		j-- // "But having said that, …"
	}
	return j < lo || r.toks[j].Kind == nlp.Punct && !r.toks[j].Kind.IsQuote() || r.atClauseStart(j+1, lo)
}

// actsOnPerson reports whether a cue flagged person-object at
// first..after-1 is done to a person rather than reports: its object is a
// person ("confirmed a judge", "confirmed 68 judicial nominees",
// "confirmed Smith as secretary", "rejected him"), or, passive, its
// subject is ("he was confirmed 92 to 0", "Schilling, who …, was
// dismissed after …"), with no clause or report after it.
func (r *run) actsOnPerson(first, after, lo, hi int) bool {
	k := after
	for k < hi && r.isAdverb(k) {
		k++
	}
	person := func(j int) bool {
		t := &r.toks[j]
		return t.Kind == nlp.Word && (r.inLower(j, roleNouns) || r.peopleWord(j) || pronounGender[t.Norm] == 'm' || pronounGender[t.Norm] == 'f' || t.Norm == "him" || t.Norm == "her" || t.Norm == "anybody" || t.Norm == "anyone")
	}
	if k < hi && (r.toks[k].Kind == nlp.Number && k+1 < hi && r.toks[k+1].Norm == "to") {
		return true // a vote count: "confirmed 92 to 0"
	}
	if e := r.rightNP(k, hi, false); e >= k {
		n := r.skipTime(e+1, hi) // "confirmed 41 judges last year"
		// a name is taken for a person when nothing but time follows it
		// ("dismissed Schilling on Wednesday"), or "as" and a role
		end := n >= hi || isTerminalTok(&r.toks[n]) || r.toks[n].Text == ","
		if !end && r.toks[n].Norm == "as" && r.characterizes(n+1, hi) {
			// what the person is called, not the post they are given or
			// taken from: "dismissed Walker as an ineffective leader",
			// "dismissing her as “a disgruntled employee”"
			return false
		}
		if (end || r.toks[n].Norm == "as" || r.toks[n].Norm == "to" || r.toks[n].Norm == "by" || r.toks[n].Norm == "for") &&
			(person(e) || (end || r.toks[n].Norm == "as") && r.nameFrom(k, e, lo)) {
			return true
		}
	}
	// passive: "he was confirmed", "If anybody should have been confirmed"
	j := first - 1
	for j >= lo && (r.isAdverb(j) || r.in(j, auxiliaries) || r.in(j, beForms) || r.in(j, negators) || r.in(j, modals)) {
		j--
	}
	if j < first-1 && j >= lo && (k >= hi || r.toks[k].Norm != "that") {
		if person(j) {
			return r.passiveAt(first, lo)
		}
		if r.toks[j].Text == "," {
			// a subject set off by what describes it: "Schilling, who
			// had worked for the network, was dismissed"
			c := lo
			for c < j && r.toks[c].Text != "," {
				c++
			}
			if e := c - 1; c < j && e >= lo && r.leftNP(e, lo) == lo && r.isName(e, lo) && !r.in(e, roleNouns) && !r.peopleNoun(e) {
				return r.passiveAt(first, lo)
			}
		}
	}
	return false
}

// characterizes reports whether the phrase after "as" at token k says
// what someone is taken for rather than names a post: a quotation, an
// indefinite article, an adjective, or a noun phrase not headed by a role
// ("as an ineffective leader", "as the latest incarnation of …"; but "as
// host", "as Trump's campaign manager", "as secretary of state").
func (r *run) characterizes(k, hi int) bool {
	if k >= hi {
		return false
	}
	t := &r.toks[k]
	if t.Kind.IsQuote() || t.Norm == "a" || t.Norm == "an" {
		return true
	}
	e := r.rightNP(k, hi, false)
	if e < k {
		e = k
	}
	h := e
	for j := k + 1; j <= e; j++ {
		if r.toks[j].Norm == "of" || r.toks[j].Norm == "to" { // "secretary of state", "ambassador to Chile"
			h = j - 1
			break
		}
	}
	return !(r.inLower(h, roleNouns) || r.inLower(h, titleWords))
}

// nameFrom reports whether tokens [k, e] are the words of one name.
func (r *run) nameFrom(k, e, lo int) bool {
	for j := k; j <= e; j++ {
		if !r.isName(j, lo) && !r.in(j, nameParticles) {
			return false
		}
	}
	return r.isName(e, lo)
}

// findsNoFinding reports whether "find" with its object at k means to
// come upon or contrive, not to conclude: "found ways to cut taxes",
// "find a way through", "found themselves in a war zone". A finding takes
// a clause or a complement ("found that …", "found the claims false").
func (r *run) findsNoFinding(k, hi int) bool {
	if k >= hi || r.toks[k].Kind != nlp.Word {
		return false
	}
	if n := r.toks[k].Norm; strings.HasSuffix(n, "self") || strings.HasSuffix(n, "selves") {
		return true
	}
	for j := k; j < hi && j < k+4; j++ {
		t := &r.toks[j]
		if t.Kind != nlp.Word || r.capitalized(j) || r.verbLike(j) {
			return false
		}
		if t.Norm == "way" || t.Norm == "ways" {
			return true
		}
		if r.in(j, prepositions) || t.Norm == "that" {
			return false
		}
	}
	return false
}

// findsThing reports whether "find" in m comes upon a thing rather than
// concludes: a noun phrase as its whole object, with nothing after it
// that says what was found of it ("cannot find jobs that pay well",
// "found sanctuary in Russia", "when agents find the tunnels"), and a
// subject that is no study, poll or inquiry, whose findings are what it
// finds ("The poll found a strong appetite for change").
func (r *run) findsThing(m lexicon.Match, lo, hi int) bool {
	k := m.Last + 1
	if k >= hi || r.toks[k].Kind != nlp.Word || r.capitalized(k) || r.inQuote(k) {
		return false
	}
	e := -1
	switch {
	case r.in(k, objectPronouns):
		e = k
	case r.toks[k].Norm == "no":
		return false // a finding of absence: "found no record of …"
	case r.in(k, determiners) || r.in(k, possessives):
		e = r.rightNP(k, hi, false)
	}
	if e < k || e > k && strings.HasSuffix(r.toks[e].Norm, "ing") {
		return false // (the object's complement: "find his message chilling")
	}
	if n := e + 1; n < hi {
		t := &r.toks[n]
		if !(isTerminalTok(t) || t.Text == "," || t.Kind == nlp.Word && (r.in(n, prepositions) && t.Norm != "to" || r.in(n, coordinators) || r.relativeWord(n))) {
			return false // "found the claims false", "found him to be …"
		}
	}
	gs, _, _, _, _ := r.verbGroup(m.First-1, lo, false)
	if s := gs - 1; s >= lo && r.toks[s].Kind == nlp.Word {
		if findingNouns.has(strings.ToLower(r.toks[s].Norm)) {
			return false
		}
		if w := strings.ToLower(r.toks[s].Norm); (w == "i" || w == "we") && r.toks[m.First].Norm == "find" {
			return false // a judgement in the present: "I find his message on trade chilling"
		}
	}
	return true
}

// subjectAndVerbAt reports whether a clause opens at token k: a noun
// phrase, then a past form or a verb cue ("they estimated …", "Hillary
// Clinton had …").
func (r *run) subjectAndVerbAt(k, hi int) bool {
	n := r.afterSubjectAt(k, hi)
	for steps := 0; steps < 2 && n >= 0 && n+1 < hi && r.toks[n].Kind == nlp.Word && r.isAdverb(n) && !r.in(n, prepositions); steps++ {
		n++ // "party leaders repeatedly failed"
	}
	return n >= 0 && r.toks[n].Kind == nlp.Word && !r.capitalized(n) && (pastForm(r.toks[n].Norm) || r.isVerbCue[n] || r.finiteAux(n))
}

// withPhraseStart returns where the noun phrase that ends with the
// phrase starting at st begins when "with" or "without" opens it, over
// the of- and from-phrases between ("with the office of the former judge
// from Ohio saying …"); st otherwise.
func (r *run) withPhraseStart(st, lo int) int {
	for k := st - 1; k > lo && k > st-12; k-- {
		t := &r.toks[k]
		if t.Text == "," && k-1 > lo && r.isName(k-1, lo) && r.isName(k+1, lo) {
			continue // a list of names: "with Donald Trump, Mike Huckabee and Chris Christie calling for …"
		}
		if t.Kind != nlp.Word && t.Kind != nlp.Number || r.inQuote(k) || r.isCue[k] && !r.capitalized(k) {
			return st
		}
		if (t.Norm == "with" || t.Norm == "without") && k+1 < st {
			return k + 1
		}
		if r.in(k, prepositions) && t.Norm != "of" && t.Norm != "from" && t.Norm != "in" && t.Norm != "at" && t.Norm != "for" || r.verbLike(k) || r.in(k, subordinators) {
			return st
		}
	}
	return st
}

// addsTo reports whether "add" in m puts something to something rather
// than saying more: "added another facet to his job", "adding to his
// lead", with no quotation before it in the sentence ("“…,” Trump added
// to People" is what he told the magazine).
func (r *run) addsTo(m lexicon.Match, lo, hi int) bool {
	for k := lo; k < m.First; k++ {
		if r.toks[k].Kind.IsQuote() {
			return false
		}
	}
	k := m.Last + 1
	for k < hi && r.isAdverb(k) {
		k++
	}
	if k >= hi || r.toks[k].Kind != nlp.Word {
		return false
	}
	if r.toks[k].Norm == "to" {
		return true
	}
	if !r.objectStarts(k) || r.in(k, objectPronouns) && k+1 < hi && r.toks[k+1].Norm == "to" {
		return false // ("added him to the list" puts a person; kept as before)
	}
	e := r.rightNP(k, hi, false)
	return e >= k && e+1 < hi && r.toks[e+1].Norm == "to" && !(e+2 < hi && r.verbAfterTo(e+2) && !r.objectStarts(e+2))
}

// findingNouns: see classes.tsv.
var findingNouns = plainClass("findingNouns")

// relativeAt reports whether a relative clause on the phrase before k
// opens at k, after a comma or not: "who", "which", "whose", "whom".
func (r *run) relativeAt(k, hi int) bool {
	if k < hi && r.toks[k].Text == "," {
		k++
	}
	if k >= hi || r.toks[k].Kind != nlp.Word {
		return false
	}
	switch r.toks[k].Norm {
	case "who", "which", "whose", "whom":
		return true
	}
	return false
}

// judges reports whether a naming verb ("called", "dubbed") whose source
// is src reports a judgement, and rejects a when not. A naming verb judges
// its object only with a complement after it ("called Clinton a liar", "called
// the plan unfair") or with the object moved before it ("what she called
// a rant"). It is not inverted after a quotation as "said" is ("The
// program, called EB-5, lets …"), takes no preposition at once ("called
// into the show", "called to testify"), and a name with nothing after it
// is named or summoned: "a stream called Miracle Run", "called Clinton on
// Tuesday".
func (r *run) judges(a *Attribution, lo, hi int, m lexicon.Match, src [2]int, inverted bool) bool {
	if inverted {
		r.reject(a, "naming-inverted")
		return false
	}
	if src != noSource && src[0]-1 >= lo {
		switch r.toks[src[0]-1].Norm {
		case "what", "which", "that", "whom", "who", "as":
			return true // the object stands before the verb
		}
	}
	k := m.Last + 1
	for k < hi && r.isAdverb(k) {
		k++
	}
	if k >= hi {
		return true
	}
	t := &r.toks[k]
	if t.Kind == nlp.Word && t.Norm != "as" && (t.Norm == "to" || r.in(k, prepositions)) {
		r.reject(a, "naming-noobject")
		return false
	}
	if !r.isName(k, lo) || r.in(k, calendarWords) {
		return true
	}
	e := k
	for e+1 < hi && r.isName(e+1, lo) {
		e++
	}
	n := e + 1
	if n >= hi || isTerminalTok(&r.toks[n]) || r.toks[n].Text == "," || r.toks[n].Kind == nlp.Word && r.toks[n].Norm != "as" && (r.toks[n].Norm == "to" || r.in(n, prepositions) || r.in(n, coordinators)) {
		r.reject(a, "naming")
		return false
	}
	if src != noSource && (r.toks[src[0]].Norm == "a" || r.toks[src[0]].Norm == "an" || src[0]-1 >= lo && r.in(src[0]-1, prepositions)) {
		// "a group called Lashkar-e-Taiba belongs …": the noun the
		// participle follows is no speaker, whatever comes next
		if nt := &r.toks[n]; !(nt.Kind.IsQuote() || nt.Kind == nlp.Word && (nt.Norm == "as" || r.in(n, determiners) || r.in(n, possessives))) {
			r.reject(a, "naming")
			return false
		}
	}
	return true
}

// verbBefore reports whether token j is a verb a participle after it
// depends on: a past form in -ed, a word after a modal auxiliary ("can
// reasonably campaign saying"), or the verb cue of the latest attribution
// ("heard" in "can be heard yelling").
func (r *run) verbBefore(j int) bool {
	if j < r.lo || r.toks[j].Kind != nlp.Word || r.in(j, edNouns) {
		return false
	}
	if r.verbLike(j) && strings.HasSuffix(r.toks[j].Norm, "ed") {
		return true
	}
	k := j - 1
	for k >= r.lo && k > j-3 && r.isAdverb(k) {
		k--
	}
	if k >= r.lo && k < j && r.toks[k].Kind == nlp.Word && modalAuxiliaries.has(r.toks[k].Norm) && !r.capitalized(j) {
		return true // "can reasonably campaign saying …"
	}
	n := len(r.out)
	return n > 0 && r.out[n-1].Cue.Form == Verb && r.out[n-1].Cue.Contains(r.toks[j].Span)
}

// raisingLemmas are the cue lemmas of verbs that say how something seems
// or came to be known rather than who says it, so that their subject, an
// expletive "it" or not, names no source: "it seems that …", "the plan
// appears doomed", "it emerged that …".
var raisingLemmas = plainClass("raisingLemmas")

// mainClauseSource reports whether the source src is a main clause's
// subject: no relative pronoun, and no subordinator, relative word or
// preposition before it ("after the senator spoke", "where Mrs. Clinton
// also spoke", "who … responded" are not).
func (r *run) mainClauseSource(src [2]int, lo int) bool {
	if r.relativeWord(src[0]) {
		return false
	}
	p := src[0] - 1
	if p < lo {
		return true
	}
	t := &r.toks[p]
	return !(t.Kind == nlp.Word && (r.in(p, subordinators) || r.in(p, relativeWh) || r.in(p, prepositions) || r.in(p, whOpeners) || t.Norm == "where"))
}

// quoteIn reports whether a quotation mark stands among tokens [k, hi).
func (r *run) quoteIn(k, hi int) bool {
	for j := k; j < hi; j++ {
		if r.toks[j].Kind.IsQuote() {
			return true
		}
	}
	return false
}

// quoteNext returns the quotation that opens the sentence starting at
// token k, when no cue of its own follows its close within three words
// (a quotation that "he said" follows is that cue's); an open quotation
// runs to its paragraph's end.
func (r *run) quoteNext(k int) (part, bool) {
	if k >= len(r.toks) || !r.opensQuote(k) {
		return part{}, false
	}
	q := r.quotes[r.qid[k]]
	if !q.closed {
		return part{k, r.paragraphEnd(k)}, true
	}
	for j := q.close + 1; j < len(r.toks) && j <= q.close+3; j++ {
		if r.isCue[j] {
			return part{}, false
		}
		if isTerminalTok(&r.toks[j]) {
			break
		}
	}
	return part{q.open, q.close}, true
}

// spentOn reports whether the noun phrase at st is the object of a verb of
// spending time ("spent much of his campaign attacking …", "spent the
// week praising …"), with at most "much of", "most of" or "more" between
// them: the participle after it tells what the subject did with it.
func (r *run) spentOn(st, lo int) bool {
	if h := r.ppHead(st, lo); h >= 0 && h < st && r.spentOn(h, lo) {
		return true // "spent much of the run-up to the caucuses portraying …"
	}
	for j := st - 1; j >= lo && j >= st-3; j-- {
		t := &r.toks[j]
		if t.Kind != nlp.Word {
			return false
		}
		if spendVerbs.has(t.Norm) {
			return true
		}
		if t.Norm != "of" && t.Norm != "much" && !r.in(j, quantifiers) {
			return false
		}
	}
	return false
}

// spendVerbs: see classes.tsv.
var spendVerbs = plainClass("spendVerbs")

// modalAuxiliaries: see classes.tsv.
var modalAuxiliaries = plainClass("modalAuxiliaries")

// expletiveBefore reports whether the word g that governs an infinitive
// is an adjective or noun after an expletive "it" and a form of "be":
// "it is hard to imagine", "it would be wrong to say", "it's fair to say".
func (r *run) expletiveBefore(g, lo int) bool {
	if !r.isContent(g) || r.isName(g, lo) {
		return false
	}
	j, be := g-1, false
	for ; j >= lo && j > g-6; j-- {
		switch {
		case r.in(j, beForms):
			be = true
			continue
		case r.in(j, auxiliaries) || r.in(j, negators) || r.isAdverb(j):
			continue
		}
		break
	}
	return be && j >= lo && r.toks[j].Norm == "it" && r.subjectPosition(j, lo)
}

// adverbCue handles a sentence adverb ("reportedly", "allegedly"): the
// clause it stands in is reported, by no one named, and is the content
// without the adverb ("The firm … paid the fine"). After a determiner
// the adverb modifies a word, not a clause ("the allegedly stolen car").
func (r *run) adverbCue(a *Attribution, lo, hi int, m lexicon.Match) ([2]int, bool) {
	a.Cue.Form = Adverb
	k := m.First
	if k-1 >= lo && (r.in(k-1, determiners) || r.in(k-1, possessives) || r.toks[k-1].Norm == "'s") {
		return r.reject(a, "attributive")
	}
	var cs []part
	if k > lo && !r.atClauseStart(k, lo) && r.toks[k-1].Kind == nlp.Word {
		// the subject and any auxiliaries before the adverb: "The two men
		// had allegedly forged …"
		vg, _, _, _, _ := r.verbGroup(k-1, lo, false)
		st := vg
		if s := r.leftNP(vg-1, lo); s >= 0 && vg-1 >= lo {
			st = s
		} else if vg-1 >= lo && r.toks[vg-1].Kind == nlp.Word && (r.in(vg-1, relativeWh) || r.toks[vg-1].Norm == "that" && vg-2 >= lo && r.isContent(vg-2)) {
			st = vg - 1 // "the man who allegedly …", "an investigation that has reportedly widened"
		}
		if st < k {
			cs = append(cs, part{st, k - 1})
		}
	}
	rest, ok := r.clauseFrom(k+1, r.clauseLimit(lo, hi, k), true)
	if !ok {
		return r.reject(a, "adverb-noclause")
	}
	if len(cs) > 0 && r.relativeWord(cs[0][0]) {
		// a relative clause ends where the main clause's verb group
		// begins: "who reportedly leaked the memo | was fired", "which
		// reportedly began in May | , has widened"
		p := rest[0]
		aside := cs[0][0]-1 >= lo && r.toks[cs[0][0]-1].Text == ","
		for j := p[0] + 2; j <= p[1]; j++ {
			if aside && r.toks[j].Text == "," && !r.inQuote(j) {
				// a relative clause set off by commas ends at its
				// second comma: "the senator, who is supposedly his
				// friend, | as …"
				rest = []part{{p[0], j - 1}}
				break
			}
			if r.in(j, auxiliaries) && r.toks[j].Norm != "to" && r.isContent(j-1) {
				rest = []part{{p[0], j - 1}}
				break
			}
			if r.toks[j-1].Text == "," && j-2 > p[0] && r.finiteAux(j) {
				rest = []part{{p[0], j - 2}}
				break
			}
		}
	}
	cs = append(cs, rest...)
	a.Source = Source{Kind: None}
	a.Rule = RuleAdverb
	r.setContent(a, cs, true)
	return noSource, true
}

// cameReply returns the closing mark of the quotation that "came" or a
// form of "be" and the noun phrase of the noun cue at n, their subject,
// follow: "“Never,” came the reply", "“Not yet”, came her answer",
// "“Absolutely not,” was Santos’s answer"; -1 when there is none.
func (r *run) cameReply(n, lo int) int {
	j := n - 1
	if j-2 < lo || r.toks[j].Kind != nlp.Word {
		return -1
	}
	switch {
	case r.toks[j].Norm == "the" || r.in(j, possessives):
	case r.toks[j].Norm == "'s" || r.toks[j].Text == "\u2019s":
		// a possessive: "Santos’s", "the mayor's"
		if j = r.leftNP(j-1, lo); j < 0 {
			return -1
		}
	default:
		return -1
	}
	v := j - 1
	if v-1 < lo {
		return -1
	}
	switch r.toks[v].Norm {
	case "came", "comes", "was", "is":
	default:
		return -1
	}
	q := v - 1
	if r.toks[q].Text == "," && q-1 >= lo {
		q--
	}
	if !r.closesQuote(q) {
		return -1
	}
	return q
}

// wordsCue handles "in his words", "in her own words": the possessive
// within the cue is the source, and the content is the clause the cue
// opens or, set off by commas inside it, the clause around it ("The deal,
// in his words, was “a disaster.”").
func (r *run) wordsCue(a *Attribution, lo, hi int, m lexicon.Match) ([2]int, bool) {
	a.Cue.Form, a.Rule = Preposition, RuleAccordingTo
	var cs []part
	if !r.atClauseStart(m.First, lo) {
		e := m.First - 1
		if e-1 < lo || r.toks[e].Text != "," || m.Last+1 >= hi || r.toks[m.Last+1].Text != "," {
			return r.reject(a, "prep-nosource")
		}
		st := r.leftNP(e-1, lo)
		if st < 0 || st > e-1 {
			return r.reject(a, "prep-nosource")
		}
		cs = append(cs, part{st, e - 1})
	}
	k := m.Last + 1
	if k < hi && r.toks[k].Text == "," {
		k++
	}
	rest, ok := r.clauseFrom(k, r.clauseLimit(lo, hi, m.First), true)
	if !ok {
		return r.reject(a, "adverb-noclause")
	}
	cs = append(cs, rest...)
	r.setContent(a, cs, true)
	return [2]int{m.First + 1, m.First + 1}, true
}

// opensAfter reports whether what follows a cue whose verb is common
// without a content still marks one: an infinitive, after adjuncts and a
// negation after a control verb ("declined to say", "decided after an
// investigation not to recommend"); an adjective or "like" after "seem"
// ("seem confident", "can seem like"); or "as" after its object ("rated
// 32% of claims as false").
func (r *run) opensAfter(a *Attribution, after, hi int) bool {
	k := after
	if r.in(after-1, controlWords) {
		// adjuncts between a control verb and its infinitive; after
		// other verbs an infinitive there tells a purpose ("spoke at a
		// gathering to discuss")
		k = r.skipAdjuncts(after, hi)
	}
	if k < hi && r.toks[k].Norm == "not" {
		k++
	}
	if k+1 < hi && r.toks[k].Norm == "to" && r.verbAfterTo(k+1) {
		return true
	}
	if k >= hi || r.toks[k].Kind != nlp.Word {
		return false
	}
	t := &r.toks[k]
	if k == after && (r.in(k, whOpeners) || t.Norm == "whether") && k+1 < hi && r.toks[k+1].Kind == nlp.Word {
		return true // a wh-clause: "hasn't decided what other issues it would raise"
	}
	if k == after && r.in(k, subjectPronouns) && t.Norm != "that" && t.Norm != "it" && k+1 < hi &&
		(r.in(k+1, auxiliaries) || r.in(k+1, modals) || r.in(k+1, beForms) || r.verbLike(k+1)) {
		return true // a clause with no "that": "learned he had been bumped"
	}
	if k == after && t.Norm == "there" && k+1 < hi && (r.in(k+1, beForms) || r.in(k+1, modals)) {
		return true // "stating there was a benefit to …"
	}
	if k == after && !r.in(k, objectPronouns) && r.in(k, determiners) && r.subjectAndVerbAt(k, hi) {
		return true // and with a noun phrase for its subject: "imagined the governor was thinking"
	}
	if a.Cue.Lemma == "seem" || a.Cue.Lemma == "appear" {
		if after-2 >= 0 && r.toks[after-2].Norm == "it" && !(r.in(k, prepositions) && t.Norm != "like" && t.Norm != "as") {
			return true // the clause "it" stands for: "it seems the public's view of her is awful", "It seems likely Gowdy is correct"
		}
		// how the subject seems: "seemed confident", "appeared poised
		// to win", "appeared paralyzed"
		return t.Norm == "like" || !r.capitalized(k) && r.isContent(k) && !r.in(k, prepositions) && !isPlural(t.Norm) && k+1 < hi && !r.isContent(k+1)
	}
	if r.prepAfterObject(a, k, hi) > k {
		return true // "reminded Americans of his policy", "challenged Trump to a debate"
	}
	if r.topicAfterAdverbs(a, k, hi) > k {
		return true // "spoke favorably of Mr. Putin", "has written extensively about"
	}
	if a.Cue.Lemma == "post" {
		// what one posts where others read it: "posted a comment on
		// Twitter", "posted the story on Facebook"
		for j := k; j+1 < hi && j < k+8 && r.toks[j].Kind == nlp.Word; j++ {
			if (r.toks[j].Norm == "on" || r.toks[j].Norm == "to") && j > k {
				if e := r.rightNP(j+1, hi, false); e > j && postPlaces.has(strings.ToLower(r.toks[e].Norm)) {
					// (but a participle after the place reports what the
					// post says: "posted a message on Twitter reading …")
					return !(e+1 < hi && r.isCue[e+1])
				}
			}
		}
	}
	if a.Cue.Lemma == "decline" {
		// a request turned down: "declined comment", "declined an
		// interview request", "declined multiple requests for an
		// interview"
		if e := r.rightNP(k, hi, false); e >= k && declinedNouns.has(r.toks[e].Norm) {
			return true
		}
		for j := k; j < hi && j < k+4 && r.toks[j].Kind == nlp.Word; j++ {
			if declinedNouns.has(r.toks[j].Norm) {
				return true
			}
		}
	}
	if e := r.rightNP(k, hi, false); e >= k && e+2 < hi && r.toks[e+1].Norm == "as" && (r.opensQuote(e+2) || r.toks[e+2].Kind == nlp.Word) {
		return true
	}
	return false
}

// prepAfterObject returns the "of" or "to" after the object that starts
// at k of a cue of ofAfterObject or toAfterObject, which opens what the
// one addressed is reminded of or challenged to ("reminded Americans of
// his policy", "challenged the governor to a debate"), or -1.
func (r *run) prepAfterObject(a *Attribution, k, hi int) int {
	prep := ""
	switch {
	case ofAfterObject.has(a.Cue.Lemma):
		prep = "of"
	case toAfterObject.has(a.Cue.Lemma):
		prep = "to"
	default:
		return -1
	}
	if k >= hi || !(r.in(k, objectPronouns) || r.isName(k, r.lo) || r.in(k, determiners) || r.in(k, possessives) || r.peopleWord(k)) {
		return -1
	}
	for j := k + 1; j+1 < hi && j < k+6 && r.toks[j].Kind == nlp.Word && !r.isVerbCue[j]; j++ {
		if r.toks[j].Norm == prep {
			return j
		}
	}
	return -1
}

// topicAfterAdverbs returns the "of" or "about" after one or more adverbs
// at k that opens the topic of a cue of topicVerbs ("spoke favorably of
// Mr. Putin", "has written extensively about"), or -1.
func (r *run) topicAfterAdverbs(a *Attribution, k, hi int) int {
	if !topicVerbs.has(a.Cue.Lemma) {
		return -1
	}
	j := k
	for j < hi && r.isAdverb(j) {
		j++
	}
	if j > k && j+1 < hi && (r.toks[j].Norm == "of" || r.toks[j].Norm == "about") {
		return j
	}
	return -1
}

// thatClauseFrom returns the first "that" from token k on, before the
// sentence ends, that opens a clause with a subject, outside quotations:
// the report a verb of telling gives after a relative clause on the one
// told ("tells voters who wonder why … | that he wasn't brought up that
// way"), or -1.
func (r *run) thatClauseFrom(k, hi int) int {
	for end := min(hi, k+28); k < end; k++ {
		t := &r.toks[k]
		if isTerminalTok(t) || t.Text == ";" {
			return -1
		}
		if t.Kind == nlp.Word && t.Norm == "that" && r.clauseAfterThat(k, hi) && !r.inQuote(k) {
			return k
		}
	}
	return -1
}

// ofAfterObject and toAfterObject are the lemmas of cues that report
// what follows their object's "of" or "to": "reminded Americans of his
// policy", "challenged Trump to a debate".
var (
	ofAfterObject = plainClass("ofAfterObject")
	toAfterObject = plainClass("toAfterObject")
)

// topicVerbs are verbs of speaking whose topic after "of" or "about" is
// what they report: "spoke favorably of", "wrote extensively about".
var topicVerbs = plainClass("topicVerbs")

// postPlaces are where a post is read: "posted … on Twitter", "… on his
// Facebook page".
var postPlaces = plainClass("postPlaces")

// declinedNouns are what one declines when one declines to speak:
// "declined comment", "declined an interview request".
var declinedNouns = plainClass("declinedNouns")

// verbAfterTo reports whether the word at k, after "to", can be an
// infinitive: not a name, number, determiner, pronoun or plural noun
// ("spoke to reporters").
func (r *run) verbAfterTo(k int) bool {
	t := &r.toks[k]
	return t.Kind == nlp.Word && !r.capitalized(k) && !isPlural(t.Norm) && !r.in(k, determiners) && !r.in(k, possessives) && !r.in(k, objectPronouns)
}

// needsOpener holds the one-word terms of the cues flagged opener in the
// lexicon's cues.tsv (see addLexiconWords): verbs as common without a
// reported content ("continued their attacks", "wrote letters"). The
// rules read the flag of the matched entry; a word the cue model takes
// for a cue gets it from this class (see modelCue).
var needsOpener = class("needsOpener")

// experiencers are participles that, after "be", describe the subject's
// attitude rather than a passive: "the campaign is worried that …".
var experiencers = class("experiencers")

// participleLinks introduce a participial clause whose subject is the main
// clause's: ", asserting that …", "while insisting …", "by saying …".
var participleLinks = class("participleLinks")

// ppLinks are prepositions that can attach a phrase to a source.
var ppLinks = class("ppLinks")

// postModifiers are adjectives that follow a source with a prepositional
// phrase: "people familiar with …", "those close to …".
var postModifiers = class("postModifiers")

// addressees are verb forms whose object is the person addressed, not what
// is said: "told reporters", "assured voters".
var addressees = class("addressees")

// adjunctPreps open a phrase of manner, place or time after a cue.
var adjunctPreps = class("adjunctPreps")

// otherCueIn reports whether the sentence has a cue other than m.
func (r *run) otherCueIn(lo, hi int, m lexicon.Match) bool {
	if lo == r.lo && hi == r.hi {
		n := r.info(infoCues).cues
		if r.isCue[m.First] && !r.inQuote(m.First) {
			n--
		}
		return n > 0
	}
	for i := lo; i < hi; i++ {
		if r.isCue[i] && i != m.First && !r.inQuote(i) {
			return true
		}
	}
	return false
}

// cueBefore reports whether a cue of the lexicon outside quotations
// starts in tokens [lo, k).
func (r *run) cueBefore(lo, k int) bool {
	for i := lo; i < k; i++ {
		if r.isCue[i] && !r.inQuote(i) {
			return true
		}
	}
	return false
}

// mannerOfSpeech reports whether the noun phrase that ends in a nominal cue
// starting at token first is the object of a preposition right after a
// verb cue: "said in written testimony", "wrote in a memo", "argued in a
// court filing".
func (r *run) mannerOfSpeech(first, lo int) bool {
	j := first - 1
	for steps := 0; j >= lo && steps < 4 && (r.in(j, determiners) || r.in(j, possessives) || (r.isContent(j) || r.verbLike(j)) && !r.in(j, prepositions)); steps++ {
		j--
	}
	if j-1 < lo || r.toks[j].Kind != nlp.Word || !(r.toks[j].Norm == "in" || r.toks[j].Norm == "during" || r.toks[j].Norm == "through" || r.toks[j].Norm == "via") {
		return false
	}
	v := j - 1
	return r.isVerbCue[v] && r.used[v] && !r.inQuote(v)
}

// nounCue handles a nominal cue at token h: it needs a possessor or agent
// ("Maduro's assertion of …", "his claim that …", "claims by the
// campaign that …") and a complement, or a that-clause or quotation of its
// own ("the claim that …").
func (r *run) nounCue(a *Attribution, lo, hi int, m lexicon.Match, h int) ([2]int, bool) {
	if id := r.idiomOf(a, lo, hi, m, readNoun, formNoun); id != nil {
		return r.rejectIdiom(a, id) // "the agent in charge of the inquiry": idioms.tsv
	}
	src := noSource
	// possessor: up to four modifiers between it and the noun, adverbs
	// of degree and coordinated adjectives among them ("Mr. Comey's
	// most surprising suggestion", "her shifting and inaccurate
	// explanations")
	j := m.First - 1
	for steps := 0; j >= lo && steps < 4 && r.possessedModifier(j, m.First, steps) && !r.in(j, possessives) && !r.isName(j, lo); steps++ {
		j--
	}
	if j >= lo {
		t := &r.toks[j]
		switch {
		case t.Norm == "'s" || t.Kind == nlp.CloseQuote && !t.Space && j > lo && strings.HasSuffix(r.toks[j-1].Norm, "s"):
			if st := r.leftNP(j-1, lo); st >= 0 && j-1 >= lo {
				src = [2]int{st, j - 1}
			}
		case t.Kind == nlp.Word && r.in(j, possessives):
			src = r.possessorSource(j, lo)
		}
	}
	if src == noSource && m.First-1 >= lo && r.capitalized(m.First-1) {
		// a name before the noun is who made it: "a New York Times
		// report", "a CNN poll"
		if art := r.namesArticle(m.First-1, lo); art >= 0 {
			src = [2]int{art, m.First - 1}
		}
	}
	if q := r.cameReply(m.First, lo); q >= 0 {
		// the quotation before "came the reply" or "was her answer" is
		// what was replied, by the possessor if any
		if src == noSource {
			a.Source = Source{Kind: None}
		}
		r.setContent(a, []part{r.quotePart(q)}, true)
		return src, true
	}
	hi = r.clauseLimit(lo, hi, h)
	k := (m.Last + 1)
	forWhat := part{-1, -1} // what a stance received is for
	if src == noSource && k+3 < hi && r.toks[k].Norm == "for" {
		// what it is for, before who holds it: "faced criticism for the
		// move from White House hopefuls"
		e := r.rightNP(k+1, hi, false)
		for j := k + 2; j <= e+1 && j+1 < hi; j++ {
			if r.toks[j].Kind == nlp.Word && (r.toks[j].Norm == "from" || r.toks[j].Norm == "by") {
				if e2 := r.rightNP(j+1, hi, false); e2 > j && (r.agentPhrase([2]int{j + 1, e2}) || r.peopleWord(e2)) {
					src, forWhat = [2]int{j + 1, e2}, part{k + 1, j - 1}
					k = e2 + 1
				}
				break
			}
		}
	}
	if src == noSource && k+1 < hi && (r.toks[k].Norm == "by" || r.toks[k].Norm == "from") {
		// "claims by the campaign that …", "criticism from unions" (but
		// not what it is for: "from lawmakers | for the layoffs")
		if e := r.rightNP(k+1, hi, false); e >= 0 {
			for j := k + 2; j < e; j++ {
				if r.toks[j].Kind == nlp.Word && r.toks[j].Norm == "for" && !r.capitalized(j+1) {
					e = j - 1 // (but "Citizens for Responsibility")
					break
				}
			}
			src = [2]int{k + 1, e}
			k = e + 1
		}
	}
	if src == noSource && r.mannerOfSpeech(m.First, lo) {
		// "said in joint written testimony that …", "wrote in a memo
		// that …": how the verb's speech was made; the clause is the
		// verb's content, not a second report of it
		return r.reject(a, "adverbial")
	}
	lv := m.First - 1 // the word before the noun phrase: "made" in "made a strong condemnation"
	for steps := 0; lv >= lo && steps < 4 && (r.in(lv, determiners) || r.isContent(lv) && !r.in(lv, lightVerbs)); steps++ {
		lv--
	}
	if src == noSource && lv >= lo && r.in(lv, lightVerbs) && !r.inQuote(lv) {
		// "The council made a strong condemnation of …", "the senator
		// issued a warning that …": the one who makes it is the subject
		// of the verb it is the object of
		j := lv
		if vg, _, _, _, _ := r.verbGroup(j-1, lo, false); vg > lo {
			if sub := r.finiteSubject(a, lo, hi, vg, lexicon.Match{First: j, Last: j}, false); sub != noSource && sub[1] < j {
				src = sub
			}
		} else if sub := r.subjectAfter(lo, j); sub != noSource && sub[1] < j {
			src = sub
		}
	}
	if rv := r.receivedStance(m.First, lo); rv >= 0 {
		// "The senator won the endorsement of the union", "The plan
		// drew criticism from Ann Ray": who takes the stance is after
		// "of" or "from", and what it is taken toward is the receiver,
		// the subject of the verb
		if src == noSource && k+1 < hi && r.toks[k].Norm == "of" {
			e := r.rightNP(k+1, hi, true)
			if k+3 < hi && r.toks[k+2].Norm == "of" && (r.in(k+1, quantifiers) || r.in(k+1, determiners)) {
				e = r.rightNP(k+3, hi, true) // "the support of most of the unions"
			}
			if e > k && r.agentPhrase([2]int{k + 1, e}) {
				src = [2]int{k + 1, e}
				k = e + 1
			}
		}
		if src != noSource && src[0] > m.Last && !(k < hi && (r.toks[k].Norm == "that" || r.opensQuote(k) || r.toks[k].Text == ":")) {
			// (a clause after it is what was said: "drew criticism
			// from unions that it would cut jobs")
			sub := noSource
			if vg, _, _, _, _ := r.verbGroup(rv-1, lo, false); vg > lo {
				sub = r.finiteSubject(a, lo, hi, vg, lexicon.Match{First: rv, Last: rv}, false)
			} else {
				sub = r.subjectAfter(lo, rv)
			}
			if forWhat[0] >= 0 {
				// what it is for is what the stance is taken toward:
				// "faced criticism for the move from …"
				r.setContent(a, r.onePart(forWhat), true)
				return src, true
			}
			if sub == noSource || sub[1] >= rv {
				sub = r.mainSubject(lo, rv) // "will continue to face the criticism of …"
			}
			if sub != noSource && sub[1] < rv {
				r.setContent(a, r.onePart(part{sub[0], sub[1]}), true)
				return src, true
			}
		}
	}
	if k >= hi && !r.forced {
		return r.reject(a, "noun-end")
	}
	if k >= hi {
		if src == noSource {
			a.Source = Source{Kind: None}
		}
		return src, true // the model took the noun: nothing follows it
	}
	c := &r.toks[k]
	var cs []part
	ok := false
	infEnd := -1 // where an infinitive after the noun, as the clause's subject, ends
	if src != noSource && c.Norm == "to" && k+1 < hi && r.subjectPosition(src[0], lo) {
		infEnd = r.infinitiveEnd(k+1, hi)
	}
	switch {
	case c.Kind == nlp.Word && (c.Norm == "was" || c.Norm == "is") && k+1 < hi && r.toks[k+1].Norm == "that" && r.clauseAfterThat(k+1, hi):
		// the noun as the subject and the clause as what it was: "Rubio's
		// response was that …", "One view is that …"
		cs, ok = r.clauseFrom(k+1, hi, true)
	case src != noSource && endsInPreposition(a.Cue.Lemma) && c.Kind != nlp.Punct:
		// a noun cue ending in its preposition takes the phrase after it,
		// up to the clause's verb: "His attacks on Mr. Clinton | began"
		if v := r.predicateAfter(k, hi); v > k {
			cs, ok = []part{{k, v - 1}}, true
		} else if e := r.rightNP(k, hi, false); e >= k {
			cs, ok = []part{{k, e}}, true
		}
	case c.Norm == "that" && c.Kind == nlp.Word && !r.relativeVerbAt(k+1, hi):
		// "the claim that …", but not "disclosure that protects …"
		cs, ok = r.clauseFrom(k, hi, true)
		if ok && len(cs) == 1 {
			if v := r.mainPredicateAfter(k+1, cs[0][1]); v > k+1 {
				// the clause ends where the sentence's own verb begins:
				// "Smith's claim that the vote was rigged | has been
				// debunked"
				cs = r.onePart(part{cs[0][0], v - 1})
			}
		}
		if ok && len(cs) == 1 && r.cueAfterRelative(k+1, cs[0][1]) {
			// "The report that Gallup released on Tuesday found that
			// …": "that" opens a relative clause on the noun, which is
			// the subject of the cue after it, and no complement
			cs, ok = nil, false
		}
	case (c.Kind == nlp.OpenQuote || c.Kind == nlp.Quote) && r.opensQuote(k):
		// a recorded quotation only: a mark that opens none (“0 at the end
		// of the text) is no content
		cs, ok = []part{r.quotePart(k)}, true
	case c.Text == ":" && k+1 < hi:
		cs, ok = r.clauseFrom(k+1, hi, false)
	case c.Kind == nlp.Word && r.in(k, beForms) && k+3 < hi && r.toks[k+1].Kind == nlp.Word && !r.isCue[k+1] && !r.in(k+1, determiners) && r.toks[k+2].Text == ":" && r.opensQuote(k+3):
		// what the noun was, said of it before a colon and the quotation
		// it was: "Her answer was simple: “No.”"
		cs, ok = []part{r.quotePart(k + 3)}, true
	case infEnd > k+1:
		// a noun and its infinitive as the clause's subject: the
		// infinitive ends where the clause's verb begins ("Sanders'
		// decision to hold off on backing Clinton | hasn't sat well")
		cs, ok = []part{{k, infEnd - 1}}, true
	case src != noSource && c.Kind == nlp.Word && r.in(k, nominalComplements) && k+1 < hi:
		if v := r.predicateAfter(k+1, hi); v > k+1 && (c.Norm == "of" || c.Norm == "about" || c.Norm == "on") {
			cs, ok = []part{{k + 1, v - 1}}, true // "the mayor's claims of fraud are false"
		} else {
			cs, ok = r.clauseFrom(k+1, r.nextCue(k+1, hi), true)
		}
	case c.Kind == nlp.Word && (c.Norm == "of" || c.Norm == "about") && a.Stance != lexicon.Directive && a.Stance != lexicon.Commissive && k+1 < hi:
		// "claims of sexual abuse", "reports of an explosion"; "a promise
		// of jobs" or "the demands of the union" report no statement
		if v := r.predicateAfter(k+1, hi); v > k+1 && !r.in(k+1, whOpeners) {
			// the noun phrase ends where the clause's verb begins: "the
			// mayor's claims of fraud are false", "reports of an
			// explosion have not been confirmed" (a wh-clause has its
			// own verb: "concerns about how it would work")
			cs, ok = []part{{k + 1, v - 1}}, true
		} else if r.in(k+1, whOpeners) {
			// a noun in it is no cue of its own ("how the plan would
			// work"); it ends where the sentence's own verb begins
			cs, ok = r.clauseFrom(k+1, hi, true)
			if ok && len(cs) == 1 {
				if v := r.mainPredicateAfter(k+2, cs[0][1]); v > k+2 {
					cs = r.onePart(part{cs[0][0], v - 1})
				}
			}
		} else {
			cs, ok = r.clauseFrom(k+1, r.nextCue(k+1, hi), true)
		}
	}
	if !ok && !r.forced {
		return r.reject(a, "noun-nocomplement")
	}
	if ok && len(cs) == 1 && r.inOpeningPhrase(lo, m.First) {
		// "Despite fears of a growing threat | , the White House has …"
		cs[0][1] = r.beforeMainClause(cs[0][0], cs[0][1], hi, true)
	}
	if src == noSource {
		a.Source = Source{Kind: None}
	}
	r.setContent(a, cs, true)
	return src, true
}

// inOpeningPhrase reports whether token k lies in a phrase that opens the
// sentence with a preposition, before any comma: "Despite fears of …,",
// "Amid declarations of victory, …".
func (r *run) inOpeningPhrase(lo, k int) bool {
	st := r.skipDateline(lo, k)
	if st >= k || r.toks[st].Kind != nlp.Word || !r.in(st, prepositions) || r.in(st, subordinators) {
		return false
	}
	for j := st; j < k; j++ {
		if r.toks[j].Kind != nlp.Word && r.toks[j].Kind != nlp.Number && r.toks[j].Text != "'s" {
			return false
		}
	}
	return true
}

// mainPredicateAfter returns where a second finite verb group begins in
// the that-clause [k, e] of a noun: after the clause's own finite verb,
// an auxiliary, modal or form of "be" with only plain words between, no
// mark, conjunction, relative word or "that" (which could open a clause
// of its own); -1 when there is none.
func (r *run) mainPredicateAfter(k, e int) int {
	finite := false
	for v := k + 1; v <= e; v++ {
		t := &r.toks[v]
		if t.Kind != nlp.Word && t.Kind != nlp.Number || r.inQuote(v) {
			return -1
		}
		if r.in(v, coordinators) || r.relativeWord(v) || r.in(v, subordinators) {
			return -1
		}
		aux := r.finiteAux(v) && !r.capitalized(v) && !r.possessiveS(v)
		if aux && finite && !r.in(v-1, auxiliaries) && !r.in(v-1, beForms) && !r.isAdverb(v-1) && !r.in(v-1, negators) && !r.in(v-1, subjectPronouns) {
			// (a pronoun before it opens a clause inside: "the process he
			// was using")
			return v
		}
		if aux || !r.capitalized(v) && pastForm(t.Norm) {
			finite = true
		}
	}
	return -1
}

// openingStart returns where a sentence's opening phrase starts: after a
// dateline and a coordinator that joins the sentence to the one before
// ("But while denouncing …", "And in explaining …").
func (r *run) openingStart(lo, hi int) int {
	k := r.skipDateline(lo, hi)
	if k+1 < hi && r.toks[k].Kind == nlp.Word && (r.in(k, coordinators) || r.toks[k].Norm == "yet" || r.toks[k].Norm == "so") {
		k++
		if k+1 < hi && r.toks[k].Text == "," {
			k++
		}
	}
	return k
}

// receivedStance returns the verb of receiving (receiveVerbs) whose
// object the noun cue at first heads, over a determiner and up to two
// adjectives ("won the strong endorsement"), or -1.
func (r *run) receivedStance(first, lo int) int {
	v := first - 1
	for steps := 0; v >= lo && steps < 3 && r.toks[v].Kind == nlp.Word && (r.in(v, determiners) || r.isContent(v) && !r.verbLike(v) && !receiveVerbs.has(r.toks[v].Norm)); steps++ {
		v--
	}
	if v >= lo && r.toks[v].Kind == nlp.Word && r.toks[v].Norm == "up" && v-1 >= lo && r.toks[v-1].Norm == "picked" {
		return v - 1 // "picked up the endorsement of"
	}
	if v < lo || r.toks[v].Kind != nlp.Word || !receiveVerbs.has(r.toks[v].Norm) || r.inQuote(v) {
		return -1
	}
	return v
}

// cueAfterRelative reports whether the clause [k, e] after a noun's
// "that" holds a finite verb and then, with no mark, conjunction or
// subject between, a verb cue in the past or in -s: the clause is a
// relative one on the noun, and the cue the sentence's own verb ("the
// report that Gallup released on Tuesday | found").
func (r *run) cueAfterRelative(k, e int) bool {
	finite := false
	for v := k; v <= e; v++ {
		t := &r.toks[v]
		if t.Kind != nlp.Word && t.Kind != nlp.Number || r.inQuote(v) || r.in(v, coordinators) || r.in(v, subordinators) || r.relativeWord(v) || t.Norm == "that" {
			return false
		}
		past := !r.capitalized(v) && (pastForm(t.Norm) || r.isVerbCue[v] && r.finiteCueForm(v))
		if finite && past && r.isVerbCue[v] && !r.in(v-1, auxiliaries) && !r.in(v-1, beForms) && !r.in(v-1, modals) && !r.in(v-1, subjectPronouns) && !(r.isName(v-1, r.lo) && !r.in(v-1, calendarWords)) &&
			r.toks[v-1].Norm != "to" && !r.in(v-1, determiners) && !r.in(v-1, possessives) && !r.in(v-1, prepositions) && r.toks[v-1].Norm != "'s" {
			return true
		}
		if past || r.finiteAux(v) && !r.capitalized(v) {
			finite = true
		}
	}
	return false
}

// finiteCueForm reports whether the verb cue matched at token v stands
// in a form that can be finite: a past ("found") or one in -s.
func (r *run) finiteCueForm(v int) bool {
	m := r.cueMatchAt(v)
	if m == nil {
		return false
	}
	switch inflection(r.toks[v].Norm, m.Entry.Term) {
	case formEd, formS:
		return true
	}
	return false
}

// predicateAfter returns the auxiliary or form of "be" that ends a noun
// phrase starting at token k, within eight words of plain words (no mark,
// relative word, verb or cue among them), or -1: "fraud are false".
func (r *run) predicateAfter(k, hi int) int {
	for v := k + 1; v < hi && v <= k+8; v++ {
		t := &r.toks[v]
		if t.Kind != nlp.Word && t.Kind != nlp.Number {
			return -1
		}
		if (r.in(v, auxiliaries) || r.in(v, beForms) || irregularPast.has(t.Norm)) && t.Norm != "to" && !r.capitalized(v) && !r.possessiveS(v) {
			if r.in(v-1, determiners) || r.in(v-1, possessives) {
				return -1
			}
			return v
		}
		if r.isCue[v] || r.verbLike(v) || r.in(v, relativeWh) || t.Norm == "that" {
			return -1
		}
	}
	return -1
}

// infinitiveEnd returns the token after an infinitive phrase whose verb
// is at k, where a finite verb of the clause begins: an auxiliary, a form
// of "be" or a modal that no "to" precedes, within 15 words and no
// punctuation; -1 when there is none.
func (r *run) infinitiveEnd(k, hi int) int {
	for v := k + 1; v < hi && v <= k+15; v++ {
		t := &r.toks[v]
		if t.Kind != nlp.Word && t.Kind != nlp.Number {
			return -1
		}
		if r.in(v, relativeWh) || t.Norm == "that" {
			return -1 // a clause inside may have its own verbs
		}
		if (r.in(v, auxiliaries) || r.in(v, beForms) || r.in(v, modals)) && t.Norm != "to" && r.toks[v-1].Norm != "to" && !r.capitalized(v) && !r.possessiveS(v) {
			return v
		}
	}
	return -1
}

// possessiveS reports whether token v is a clitic "'s" that marks a
// possessive rather than "is" or "has": a content word that is no verb
// follows it ("last year's presidential election", but "it's been",
// "he's a liar").
func (r *run) possessiveS(v int) bool {
	if r.toks[v].Norm != "'s" || v+1 >= len(r.toks) {
		return false
	}
	n := v + 1
	return r.toks[n].Kind == nlp.Word && r.isContent(n) && !r.verbLike(n) && !r.isAdverb(n)
}

// prepCue handles "according to X", "as per X": the source follows the
// cue; the content is the rest of the clause.
func (r *run) prepCue(a *Attribution, lo, hi int, m lexicon.Match) ([2]int, bool) {
	k := (m.Last + 1)
	initial := r.atClauseStart(m.First, lo) || m.First > lo && r.toks[m.First-1].Kind == nlp.Word && (r.toks[m.First-1].Norm == "but" || r.toks[m.First-1].Norm == "and") && r.atClauseStart(m.First-1, lo)
	e := r.rightNP(k, hi, !initial)
	if e < 0 {
		return r.reject(a, "prep-nosource")
	}
	if !initial && r.openingAdjunct(lo, m.First) {
		// "About 10 p.m., according to a timeline, the guards left":
		// after an opening adjunct the main clause follows the source,
		// which ends at its comma: an appositive that runs to the end of
		// the sentence is that clause
		if e2 := r.rightNP(k, hi, false); e2 >= 0 && e2 < e && e2+1 < hi && r.toks[e2+1].Text == "," && !(e+1 < hi && r.toks[e+1].Text == ",") {
			// keeping an appositive that a later comma closes: "In
			// Ohio, according to Ann Lee, a professor, prices rose"
			c := e
			for c > e2+1 && r.toks[c].Text != "," {
				c--
			}
			e = max(e2, c-1)
		}
	}
	if initial {
		// "According to an analysis by Lily Ross, a former aide, the
		// plan …": the by-phrase and an appositive between two commas
		// belong to the source; the clause after them is the content
		if e2 := r.rightNP(k, hi, true); e2 > e {
			if c := e2 + 1; c < hi && r.toks[c].Text == "," && r.toks[e+1].Text != "," {
				e = e2 // a by-phrase
			}
		}
		if c := e + 1; c < hi && r.verbLike(c) && !r.capitalized(c) {
			// a participle phrase on the source before the comma:
			// "According to a study commissioned by the company, …"
			for d := c + 1; d < hi && d < c+16; d++ {
				if t := &r.toks[d]; t.Text == "," {
					e = d - 1
					break
				} else if t.Kind != nlp.Word && t.Kind != nlp.Number || r.isCue[d] {
					break
				}
			}
		}
		if c := e + 1; c+1 < hi && r.toks[c].Text == "," && (r.in(c+1, determiners) || r.in(c+1, roleNouns) || r.roleAhead(c+1, hi)) {
			for d := c + 2; d < hi && d < c+30; d++ {
				if t := &r.toks[d]; t.Text == "," {
					e = d - 1
					break
				} else if t.Kind != nlp.Word && t.Kind != nlp.Number || r.verbLike(d) && !r.capitalized(d) {
					break
				}
			}
		}
	}
	e = r.sourceTail(e, hi)
	if initial {
		e = r.toOpeningComma(e, hi)
	}
	if !initial && e+2 < hi && r.toks[e+1].Text == "," && r.toks[e+2].Norm == "including" {
		// what the source includes belongs to it: "according to three
		// recent polls, including one from Monmouth University"
		d := e + 3
		for d < hi && r.toks[d].Text != "," && !isTerminalTok(&r.toks[d]) && !r.toks[d].Kind.IsQuote() {
			d++
		}
		if d > e+3 {
			e = d - 1
		}
	}
	src := [2]int{k, e}
	var cs []part
	n := e + 1
	if n < hi && r.toks[n].Text == "," {
		n++
	}
	if initial {
		if c, ok := r.clauseFrom(n, hi, false); ok {
			cs = c
		}
	} else {
		st := r.clauseStart(m.First-1, lo)
		end := m.First - 1
		for end >= st && (r.toks[end].Text == "," || r.toks[end].Text == "\u2014") {
			end--
		}
		if end > st && end == m.First-2 {
			// a relative clause right before the comma is what the source
			// says: "Republicans denounced the deal, which would cut its
			// tax rate to 17 percent, according to company leaders"
			for j := end; j > st+1; j-- {
				if r.toks[j].Text == "," || r.toks[j].Kind.IsQuote() {
					break
				}
				if (r.toks[j].Norm == "which" || r.toks[j].Norm == "who") && r.toks[j-1].Text == "," {
					if a0 := r.leftNP(j-2, st); a0 > st {
						st = a0
					}
					break
				}
			}
		}
		if end >= st {
			cs = append(cs, part{st, end})
		}
		if n < hi && n > e+1 && !(r.toks[n].Kind == nlp.Word && (r.toks[n].Norm == "who" || r.toks[n].Norm == "whose")) {
			// (a relative clause after the source's comma is about the
			// source: "according to two officials, who spoke on condition
			// of anonymity")
			if c, ok := r.clauseFrom(n, hi, false); ok {
				cs = append(cs, c...)
			}
		}
	}
	r.setContent(a, cs, len(cs) > 0)
	return src, true
}

// pollCues finds the sentence's prepositional cues "in" before a poll or
// survey (class pollNouns), which report as "according to" does: "In a
// CNN poll released Monday, 50 percent chose Clinton", "Clinton held a
// 24-point lead in a CNN poll". They take the stance and weight of the
// cue lexicon's "according to", and none without it. After the lexical
// cues: one the sentence's attributions already hold (a poll that
// "found" it, a cue's content) stays theirs.
func (r *run) pollCues(a *Attribution, s *nlp.Sentence, lo, hi, first int) {
	for k := lo; k+2 < hi; k++ {
		t := &r.toks[k]
		if t.Kind != nlp.Word || t.Norm != "in" || r.used[k] || r.inQuote(k) {
			continue
		}
		e := r.rightNP(k+1, hi, false)
		for j := k + 1; j < e; j++ {
			if r.toks[j].Norm == "of" {
				e = j - 1 // the head before an of-phrase: "in the wake of a poll"
				break
			}
		}
		if e <= k || !pollNouns.has(r.toks[e].Norm) || k > lo && pollTakers.has(r.toks[k-1].Norm) || r.withinAttribution(first, k) {
			continue
		}
		entry, ok := r.accordingTo()
		if !ok {
			return
		}
		*a = Attribution{
			Sentence: s.Index, Stance: entry.Stance(), Weight: entry.Weight, Quote: Indirect,
			Cue:  Cue{Span: nlp.Span{Start: t.Start, End: t.End}, Text: t.Text, Lemma: "in", Form: Preposition},
			Rule: RuleAccordingTo,
		}
		m := lexicon.Match{Entry: &entry, First: k, Last: k}
		if src, ok := r.prepCue(a, lo, hi, m); ok && !r.cueWithin(first, a) {
			r.add(a, src, k)
		}
	}
}

// cueWithin reports whether the content of a holds the cue of one of the
// attributions from first on: "In the poll, 42% say …" is the share's
// report, which names who in the poll says it.
func (r *run) cueWithin(first int, a *Attribution) bool {
	for i := first; i < len(r.out); i++ {
		at := r.out[i].Cue.Start
		if c := &a.Content; c.End > 0 && c.Start <= at && at < c.End {
			return true
		}
		for _, p := range a.Content.Parts {
			if p.Start <= at && at < p.End {
				return true
			}
		}
	}
	return false
}

// withinAttribution reports whether token k lies in the source or
// content of one of the attributions from first on.
func (r *run) withinAttribution(first, k int) bool {
	at := r.toks[k].Start
	for i := first; i < len(r.out); i++ {
		if src := r.srcTok[i]; src != noSource && src[0] <= k && k <= src[1] {
			return true
		}
		c := &r.out[i].Content
		if c.Start <= at && at < c.End && c.End > 0 {
			return true
		}
		for _, p := range c.Parts {
			if p.Start <= at && at < p.End {
				return true
			}
		}
	}
	return false
}

// accordingTo returns the cue lexicon's entry for "according to", whose
// stance and weight a poll cue takes.
func (r *run) accordingTo() (lexicon.Entry, bool) {
	if r.cueLex != nil {
		return r.cueLex.Lookup("according to", lexicon.Cue)
	}
	return lexicon.Default().Lookup("according to", lexicon.Cue)
}

// pollNouns head the phrase after "in" that makes it a cue: "in a CNN
// poll", "in the polls", "in a survey released Monday".
var pollNouns = plainClass("pollNouns")

// pollTakers before "in" make the poll where people were asked, not
// what reports: "voters surveyed in a new poll", "took part in the survey".
var pollTakers = plainClass("pollTakers")

// adverbialCue handles "in a statement" in a sentence with no other cue:
// the clause's subject is the source, the rest of the clause the content.
func (r *run) adverbialCue(a *Attribution, s *nlp.Sentence, lo, hi int, m lexicon.Match) ([2]int, bool) {
	e := m.Entry
	*a = Attribution{
		Sentence: s.Index, Stance: e.Stance(), Weight: e.Weight, Quote: Indirect,
		Cue:  Cue{Span: m.Span, Text: m.Text, Lemma: e.Term, Form: Preposition},
		Rule: RuleAdverbialStatement,
	}
	if r.inQuote(m.First) {
		return r.reject(a, "adv-inquote")
	}
	k := (m.Last + 1)
	for k < hi && (r.toks[k].Text == "," || r.toks[k].Kind == nlp.Word && r.in(k, timeWords)) {
		k++
	}
	src := r.subjectAfter(k, hi)
	if src == noSource {
		return r.reject(a, "adv-nosubject")
	}
	cs, ok := r.clauseFrom(src[1]+1, hi, false)
	r.setContent(a, cs, ok)
	return src, true
}

// settleWeak decides a weak context: a verb when a plural subject agrees
// with it ("Many say", "his aides say") or a complement follows ("the
// Times reports that", "the poll shows Clinton leading"), a noun
// otherwise ("a swing state", "coal states digging").
func (r *run) settleWeak(h, lo, hi int, form wordForm) bool {
	x := r.toks[h-1].Norm
	plural := isPlural(x) || pluralForms.has(x) ||
		x == "percent" && h-2 >= lo && r.toks[h-2].Kind == nlp.Number // "1 percent support"
	if r.in(h-1, quantifiers) {
		plural = x != "one" && x != "each" && x != "half" && x != "much"
	}
	if plural && form == formBase && (r.in(h-1, quantifiers) || r.subjectPosition(h-1, lo) || h-2 >= lo && (r.in(h-2, determiners) || r.in(h-2, possessives) || r.toks[h-2].Norm == "'s" || r.subjectPosition(h-2, lo))) {
		// "Many say", "Officials say", "His aides say", but not "Some
		// state officials"; a bare noun may follow ("Many of his
		// supporters believe bigotry … are acceptable")
		k := h + 1
		return r.verbFollows(h, lo, hi) || r.gerundAt(k, hi) || k < hi && (isTerminalTok(&r.toks[k]) || r.toks[k].Text == ",") ||
			k+1 < hi && r.isContent(k) && !r.verbLike(k) && !r.capitalized(k) && !isAdjectiveStrict(r.toks[k].Norm) && (r.toks[k+1].Kind == nlp.Word && (r.in(k+1, auxiliaries) || r.toks[k+1].Norm == "and")) ||
			// a plural subject and its verb: "The women say officers
			// still watch …"
			k+1 < hi && isPlural(r.toks[k].Norm) && r.isContent(k) && !r.capitalized(k) && r.toks[k+1].Kind == nlp.Word && !r.capitalized(k+1) &&
				!r.in(k+1, prepositions) && !r.in(k+1, coordinators) && !r.in(k+1, determiners) && !isPlural(r.toks[k+1].Norm)
	}
	if k := h + 1; k < hi && (isTerminalTok(&r.toks[k]) || r.toks[k].Text == ",") && r.verbFollows(h, lo, hi) {
		return true // "…,” the article read."
	}
	if form == formBase && (r.toks[h-1].Kind == nlp.Number || numberWord(x)) && x != "1" {
		return r.verbFollows(h, lo, hi) // a count of people: "About 4 in 10 say they …"
	}
	if !plural && form == formBase && !r.in(h-1, quantifiers) {
		// "a swing state", "the McKinley plan"; but the noun may close a
		// prepositional phrase inside a longer subject: "observers in
		// Virginia and around the country say Scott …"
		// or the object that closes a relative clause on the subject:
		// "analysts who expect a recession say the bank …"
		st := r.leftNPStart(h-1, lo)
		return st-1 >= lo && (r.in(st-1, prepositions) || r.relativeVerbEnds(st-1, lo)) && (r.verbFollows(h, lo, hi) || r.gerundAt(h+1, hi))
	}
	if plural && form == formS && !r.in(h-1, quantifiers) && !r.isName(h-1, lo) {
		// (a name ending in -s is one subject: "The Times says")
		// "college savings plans that …", but "the average of polls shows
		// Clinton leading", "… seems to be"
		k := h + 1
		for k < hi && r.isAdverb(k) {
			k++
		}
		return k < hi && (r.isName(k, lo) || r.toks[k].Kind == nlp.Number || r.toks[k].Kind == nlp.OpenQuote || r.toks[k].Text == ":" || r.toks[k].Norm == "to" || r.toks[k].Norm == "that" && r.toks[h].Norm != r.toks[h-1].Norm && !strings.HasSuffix(r.toks[h].Norm, "ns") && r.clauseAfterThat(k, hi))
	}
	return r.verbFollows(h, lo, hi)
}

// pluralForms are nouns that agree with a plural verb without an -s:
// irregular plurals ("The women say"), and shares of a group ("Nearly a
// third say", "a majority say").
var pluralForms = plainClass("pluralForms")

// gerundSubject reports whether the -ing word at g heads a noun phrase
// (a gerund used as a noun) rather than acting on what follows: it opens
// the sentence, or a determiner, a possessive or an adjective stands
// before it ("Recent polling shows", "Exit polling shows", "The
// fighting continues"), not an auxiliary or preposition ("by ignoring
// claims that …").
func (r *run) gerundSubject(g, lo int) bool {
	t := &r.toks[g]
	if t.Kind != nlp.Word || !strings.HasSuffix(t.Norm, "ing") {
		return false
	}
	if g == r.skipDateline(lo, r.hi) {
		return true
	}
	if g-1 < lo {
		return true
	}
	p := &r.toks[g-1]
	if p.Kind != nlp.Word {
		return false
	}
	return r.in(g-1, determiners) || r.in(g-1, possessives) || isAdjectiveStrict(p.Norm) || g-1 == r.skipDateline(lo, r.hi) && r.capitalized(g-1) && !r.in(g-1, prepositions) && !r.in(g-1, subordinators) ||
		r.possessorBefore(g, lo) // "the senator's thinking"
}

// strandedPreposition reports whether the preposition at p ends a
// relative clause with no pronoun of its own on a noun before it: "people
// I have spoken with", "the officials we talked to".
func (r *run) strandedPreposition(p, lo int) bool {
	q := p - 1
	if q <= lo || r.toks[q].Kind != nlp.Word || r.capitalized(q) || !(pastForm(r.toks[q].Norm) || r.verbLike(q)) {
		return false
	}
	q--
	for q > lo && (r.in(q, auxiliaries) || r.isAdverb(q) || r.in(q, negators)) {
		q--
	}
	w := r.toks[q].Norm
	return q-1 >= lo && r.in(q, subjectPronouns) && w != "it" && w != "that" && w != "which" && w != "who" &&
		r.toks[q-1].Kind == nlp.Word && r.isContent(q-1) && !r.verbLike(q-1)
}

// toldBefore reports whether the noun phrase that ends at e is the
// object of a cue that takes an object and a clause: "tells voters", "told
// reporters".
func (r *run) toldBefore(e, lo int) bool {
	for v := e - 1; v >= lo && v >= e-4; v-- {
		if r.isVerbCue[v] {
			m := r.cueMatchAt(v)
			return m != nil && m.Entry.Flags.Has(lexicon.ObjectClause)
		}
		if t := &r.toks[v]; t.Kind != nlp.Word || !(r.isContent(v) || r.in(v, determiners) || r.in(v, possessives)) {
			return false
		}
	}
	return false
}

// haveAt reports whether token k is a form of "have".
func (r *run) haveAt(k int) bool {
	switch r.toks[k].Norm {
	case "has", "have", "had", "having":
		return true
	}
	return false
}

// coordinatedSubject returns the subject of a clause that a coordinator
// after a comma or dash opens before token g, the clause an infinitive at
// g hangs on: "Paul attacked the program — and Cruz, who is running
// third, was bold enough to tout …". A relative clause set off by commas
// after the subject is part of it. It returns noSource when no such
// clause opens between the sentence's last cue and g.
func (r *run) coordinatedSubject(lo, g int) [2]int {
	for k := g - 1; k > lo+1 && k > g-30; k-- {
		t := &r.toks[k]
		if r.isCue[k] && r.used[k] {
			return noSource // the infinitive hangs on an attribution's clause
		}
		if t.Kind != nlp.Word || t.Norm != "and" && t.Norm != "but" || !(r.toks[k-1].Text == "," || r.cls[k-1]&clsDash != 0) {
			continue
		}
		e := r.rightNP(k+1, g, false)
		if e <= k {
			return noSource
		}
		end, n := e, e+1
		if n+1 < g && r.toks[n].Text == "," && r.in(n+1, relativeWh) {
			for c := n + 2; c < g; c++ {
				if r.toks[c].Text == "," {
					end, n = c-1, c+1
					break
				}
			}
		}
		if n < g && r.toks[n].Kind == nlp.Word && (r.in(n, beForms) || r.in(n, auxiliaries) || r.in(n, modals) || !r.capitalized(n) && (pastForm(r.toks[n].Norm) || r.verbLike(n))) {
			return [2]int{k + 1, end}
		}
		return noSource
	}
	return noSource
}

// possessedModifier reports whether token j, steps words before the
// noun cue at n, can modify it between its possessor and it: any content
// word next to the noun ("the council's budget report"), further out only
// an adjective, an adverb of degree or "and" between adjectives.
func (r *run) possessedModifier(j, n, steps int) bool {
	t := &r.toks[j]
	if t.Kind != nlp.Word || r.in(j, prepositions) {
		return false
	}
	if steps < 2 && r.isContent(j) {
		return true
	}
	return degreeWord(t.Norm) || isAdjectiveStrict(t.Norm) || r.lyWord(j) || strings.HasSuffix(t.Norm, "ing") && r.isContent(j) ||
		t.Norm == "and" && j+1 < n && r.isContent(j+1)
}

// possessorBefore reports whether a possessive "'s" stands before token
// g on a noun, not "is" after a pronoun ("who's thinking").
func (r *run) possessorBefore(g, lo int) bool {
	return g-2 >= lo && r.toks[g-1].Norm == "'s" && r.toks[g-2].Kind == nlp.Word && !r.in(g-2, subjectPronouns) && !r.relativeWord(g-2) && !r.in(g-2, functionWords)
}

// relativeVerbEnds reports whether token v is the verb of a relative
// clause opened by "who" right before its verb group, on a plural noun
// with which a base form after the clause agrees: "analysts who
// expect", "voters who have long opposed". (After "that" the rules take
// the relative pronoun for the clause's source, as PolNeAR does, and
// leave the later verb inside its content.)
func (r *run) relativeVerbEnds(v, lo int) bool {
	if r.toks[v].Kind != nlp.Word || r.capitalized(v) || r.wcs[v]&notPhraseEnds != 0 {
		return false
	}
	k := v - 1
	for k >= lo && (r.in(k, auxiliaries) || r.in(k, modals) || r.in(k, negators) || r.isAdverb(k)) {
		k--
	}
	return k-1 >= lo && r.toks[k].Norm == "who" && r.toks[k-1].Kind == nlp.Word && !r.verbLike(k-1) && isPlural(r.toks[k-1].Norm)
}

// strongSubjectBefore reports whether the word before a base or -s form
// at h is a subject it agrees with, or an auxiliary: "he says", "they
// claim", "officials say", "Trump claims", "will argue", "to deny".
func (r *run) strongSubjectBefore(h, lo int, form wordForm) bool {
	j := h - 1
	for j >= lo && r.isAdverb(j) {
		j--
	}
	if j < lo {
		return false
	}
	p := &r.toks[j]
	if p.Kind != nlp.Word {
		// a subject with its appositive between commas: "one
		// conservative, the radio host Dan Prager, disagrees"
		if p.Text != "," || j != h-1 {
			return false
		}
		_, ok := r.appositiveSubject(j, lo)
		return ok
	}
	n := p.Norm
	switch {
	case r.in(j, subjectPronouns) && n != "that" && n != "which":
		return true
	case r.in(j, auxiliaries) || r.in(j, negators) || n == "who":
		return true
	case (n == "that" || n == "which") && j-1 >= lo && (r.isContent(j-1) || r.isName(j-1, lo)):
		return true // a relative clause: "nations that oppose …"
	case (n == "and" || n == "or" || n == "but") && form == formS:
		return true // a coordinated verb: "… and repeatedly says"
	case r.isName(j, lo):
		// a name agrees with an -s form ("Trump claims"), or with a base
		// form when plural ("Democrats say", "Trump and Clinton say")
		if form == formS {
			return true
		}
		return strings.HasSuffix(n, "s") || j-2 >= lo && (r.toks[j-2].Norm == "and" || r.toks[j-1].Norm == "and")
	case r.isContent(j) && !r.verbLike(j):
		plural := len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") || pluralForms.has(n) // "the women say"
		return plural && form == formBase && r.subjectPosition(r.leftNPStart(j, lo), lo) || !plural && form == formS && r.subjectPosition(r.leftNPStart(j, lo), lo)
	}
	return false
}

// leftNPStart returns the start of the noun phrase ending at j, or j.
func (r *run) leftNPStart(j, lo int) int {
	if st := r.leftNP(j, lo); st >= 0 {
		return st
	}
	return j
}

// titleCase reports whether most words of tokens [lo, hi) are
// capitalized, as in a headline.
func (r *run) titleCase(lo, hi int) bool {
	if lo == r.lo && hi == r.hi {
		return r.info(infoTitle).title
	}
	return r.titleCaseScan(lo, hi)
}

func (r *run) titleCaseScan(lo, hi int) bool {
	words, caps := 0, 0
	for i := lo; i < hi; i++ {
		t := &r.toks[i]
		if t.Kind != nlp.Word || len(t.Norm) < 4 {
			continue
		}
		words++
		if r.cls[i]&clsCapWord != 0 { // a word, so Capitalized
			caps++
		}
	}
	return words > 0 && caps*3 >= words*2
}

// parentheticalCue returns the cue after a participial phrase at h set
// off between a subject and its verb ("Trump, speaking to a veterans
// group, said …": "said"), or -1 when the phrase is not set off so.
func (r *run) parentheticalCue(h, hi int) int {
	j := r.asideComma(h, hi)
	if j < 0 {
		return -1
	}
	k := j + 1
	for k < hi && (r.isAdverb(k) || r.toks[k].Kind == nlp.Word && r.in(k, auxiliaries) && r.toks[k].Norm != "to") {
		k++
	}
	if k < hi && r.isCue[k] {
		return k
	}
	return -1
}

// asideComma returns the comma that closes the phrase a participle at h
// opens, within 15 tokens and with no other mark, quotation or cue on
// the way, or -1.
func (r *run) asideComma(h, hi int) int {
	for j := h + 1; j < hi && j < h+15; j++ {
		t := &r.toks[j]
		if t.Text == "," {
			return j
		}
		if t.Kind == nlp.Punct || t.Kind.IsQuote() || r.isCue[j] {
			return -1
		}
	}
	return -1
}

// quotedAfterAside reports whether the phrase set off by commas that a
// participle at h opens is followed by a quotation, the predicate of the
// subject before the phrase: "The program, known as the RFS, “can
// continue …,” Clinton wrote".
func (r *run) quotedAfterAside(h, hi int) bool {
	if strings.HasSuffix(r.toks[h].Norm, "ing") {
		return false // "…, saying, “…”": the participle's own quotation
	}
	j := r.asideComma(h, hi)
	return j > h+1 && j+1 < hi && r.opensQuote(j+1)
}

// parentheticalVerb reports whether the cue after the phrase at h set off
// by commas is a verb that is not itself a participle.
func (r *run) parentheticalVerb(h, hi int) bool {
	k := r.parentheticalCue(h, hi)
	return k >= 0 && !strings.HasSuffix(r.toks[k].Norm, "ing")
}

// relativeEnd returns where a relative clause set off by commas ends,
// from token k on: at the comma before the main clause's verb ("The
// mayor, who said the plan was dead, left early"), or hi.
func (r *run) relativeEnd(k, hi int) int {
	for j := k; j+1 < hi; j++ {
		if r.toks[j].Text != "," {
			continue
		}
		n := j + 1
		for n < hi && r.isAdverb(n) {
			n++
		}
		if n < hi && r.toks[n].Kind == nlp.Word && !r.capitalized(n) && r.wcs[n]&(functionWords.bit|determiners.bit|possessives.bit|subjectPronouns.bit|objectPronouns.bit|prepositions.bit|coordinators.bit|clauseWords.bit|relativeWh.bit) == 0 && !strings.HasSuffix(r.toks[n].Norm, "ing") {
			return j
		}
		if n+1 < hi && (r.in(n, modals) || r.finiteAux(n)) && r.toks[n+1].Kind == nlp.Word && !r.capitalized(n+1) && (pastForm(r.toks[n+1].Norm) || r.verbLike(n+1)) {
			return j // the main clause's verb group: "…, which seemed weak, had forced …"
		}
		if r.toks[n].Norm == "and" && r.namedConjunctEnds(n+1, hi) {
			// the next of a list of people the relative clause's
			// antecedent heads: "Sen. Ted Cruz, who has blasted the plan,
			// and Ohio Gov. John Kasich - are …"
			return j
		}
	}
	return hi
}

// namedConjunctEnds reports whether a titled name starting at token k
// ends its phrase: a run of capitalized words with a title among them
// ("Ohio Gov. John Kasich"), then a dash, comma, parenthesis or the
// clause's end.
func (r *run) namedConjunctEnds(k, hi int) bool {
	title := false
	j := k
	for j < hi && j < k+6 && r.toks[j].Kind == nlp.Word && r.capitalized(j) {
		title = title || r.inLower(j, titleWords)
		j++
	}
	if !title || j == k {
		return false
	}
	return j >= hi || isDash(r.toks[j].Text) || r.toks[j].Text == "-" || r.toks[j].Text == "," || r.toks[j].Text == ")" || isTerminalTok(&r.toks[j])
}

// nextCue returns the first cue at or after k outside quotations, or hi:
// a nominal cue's of-phrase ends before the sentence's verb ("The GOP's
// complaint to the board says …").
func (r *run) nextCue(k, hi int) int {
	if k >= hi {
		return hi
	}
	if r.lo <= k && k < r.hi && hi <= r.hi {
		return min(int(r.info(infoNextVerb).nextVerb[k-r.lo]), hi)
	}
	for j := k; j < hi; j++ {
		if r.isVerbCue[j] && !r.inQuote(j) {
			return j
		}
	}
	return hi
}

// quantifiers are determiners that also stand alone as a subject: "Some
// believe", "Many say".
var quantifiers = class("quantifiers")

// pastForm reports whether a word is a verb's past form: in -ed, or an
// irregular past ("said", "went").
func pastForm(n string) bool {
	return len(n) > 3 && strings.HasSuffix(n, "ed") || n == "said" || irregularPast.has(n)
}

// indefinitePronoun reports whether a word is a pronoun that an
// adjective follows: "something promising".
func indefinitePronoun(n string) bool { return indefinitePronouns.has(n) }

// indefinitePronouns: see classes.tsv.
var indefinitePronouns = plainClass("indefinitePronouns")

// resumedPredicate reports where, after an inverted cue set off by commas
// inside a clause, the clause resumes: at a comma after the source (or
// inside what was read as its appositive or relative clause) followed by
// a predicate or a clause, when the words before the cue are no clause
// of their own. "And the mayor, said Ruiz, who knows her, never forgets
// a slight": the source ends at "her", and "never forgets a slight"
// completes "And the mayor". It returns the comma's token.
func (r *run) resumedPredicate(src [2]int, c, lo, hi int) (int, bool) {
	if src == noSource || c-2 < lo || r.toks[c-1].Text != "," || r.qid[c-1] >= 0 {
		return 0, false
	}
	st := r.clauseStart(c-2, lo)
	for st < c-1 && r.toks[st].Kind == nlp.Word && r.in(st, coordinators) {
		st++
	}
	if st > c-2 || r.finiteIn(st, c-2) {
		return 0, false
	}
	for j := src[0] + 1; j < hi-1; j++ {
		t := &r.toks[j]
		if isTerminalTok(t) || t.Text == ";" || t.Text == ":" || t.Kind.IsQuote() {
			return 0, false
		}
		if t.Text != "," || j < src[1] && j == src[0]+1 {
			continue
		}
		if r.predicateAt(j+1, hi) || r.subjectAndVerbAt(j+1, hi) {
			return j, true
		}
	}
	return 0, false
}

// predicateAt reports whether a verb group with no subject starts at
// token k, past adverbs and negations: "never forgets", "doesn't
// forgive", "is dead", "will close".
func (r *run) predicateAt(k, hi int) bool {
	for k < hi && r.toks[k].Kind == nlp.Word && (r.isAdverb(k) || r.in(k, negators)) && !r.in(k, beForms) {
		k++
	}
	if k >= hi || r.toks[k].Kind != nlp.Word || r.capitalized(k) {
		return false
	}
	if r.in(k, beForms) || r.in(k, modals) || r.in(k, auxiliaries) && r.toks[k].Norm != "to" {
		return true
	}
	n := r.toks[k].Norm
	return r.verbLike(k) && pastForm(n) || len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && r.isContent(k)
}

// perceivedOn returns the passive participle of perception ("heard",
// "seen", "caught", "shown", "filmed", "recorded") before a prepositional
// phrase that ends at token j, after a form of "be" ("was heard on a
// microphone", "was caught on tape"), or -1.
func (r *run) perceivedOn(j, lo int) int {
	st := r.leftNP(j, lo)
	if st < 0 || st-3 < lo || r.toks[st-1].Kind != nlp.Word || !r.in(st-1, prepositions) {
		return -1
	}
	v := st - 2
	if !perceivedParticiples.has(r.toks[v].Norm) {
		return -1
	}
	k := v - 1
	for k >= lo && r.isAdverb(k) {
		k--
	}
	if k < lo || !r.in(k, beForms) {
		return -1
	}
	return v
}

// perceivedParticiples are the passive participles of verbs of perception
// and recording after which a participle tells what the one perceived
// did: "was heard telling", "was caught on tape saying". See classes.tsv.
var perceivedParticiples = plainClass("perceivedParticiples")

// receiveVerbs: see classes.tsv.
var receiveVerbs = plainClass("receiveVerbs")
