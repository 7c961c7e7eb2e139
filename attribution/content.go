package attribution

// Contents: what is reported. The clause, complement or quotation after a
// cue, the clause before a trailing or inverted one, and where a content
// ends; quotes.go finds the quotations and continues them across
// sentences.

import (
	"slices"
	"strings"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// Content is found as token ranges [first, last] and turned into byte
// spans by setContent.

type part = [2]int

// participleAfterComma reports whether a comma at k opens a participial
// adjunct: ", alluding to …", ", adding that …".
func (r *run) participleAfterComma(k, hi int) bool {
	return k+1 < hi && r.toks[k].Text == "," && r.toks[k+1].Kind == nlp.Word && strings.HasSuffix(r.toks[k+1].Norm, "ing")
}

// contentFor finds the content of a verb cue in normal order (source, then
// cue). It is the clause or quotation after the cue, unless the source
// follows a quotation or a clause set off by a comma and nothing but
// adjuncts follows the cue: “…,” Flynn said Thursday on Fox. A clause
// split by the cue ("Climate change, Mr. Obama says, is …") gives two parts.
func (r *run) contentFor(a *Attribution, fl lexicon.Flags, lo, hi, after int, src [2]int, vg int) ([]part, bool, bool) {
	first := vg
	if src != noSource && src[0] < first {
		first = src[0]
	}
	b := first - 1
	if b == lo-1 && b >= 0 && r.closesQuote(b) && r.nl[lo] == 0 && r.opensSentence(r.quotes[r.qid[b]].open) {
		// “…?” Graham asked. — the quotation ended the previous sentence;
		// one that a cue before it introduced is that cue's ("He said,
		// “…” Her landlord did not respond.")
		k := r.skipAdjuncts(after, hi)
		if k < hi && (r.in(k-1, addressees) || a.Cue.Lemma == "ask") {
			// the one asked or told: "“…?” Todd asked the mogul."
			if e := r.rightNP(k, hi, false); e >= k && (r.in(k, objectPronouns) || r.isName(k, lo) || r.in(k, determiners)) && (e+1 >= hi || isTerminalTok(&r.toks[e+1])) {
				k = e + 1
			} else if r.in(k, objectPronouns) && (k+1 >= hi || isTerminalTok(&r.toks[k+1])) {
				k++
			}
		}
		if k >= hi || isTerminalTok(&r.toks[k]) || r.participleAfterComma(k, hi) {
			// (a participle may follow: "“…?” Clinton remarked, alluding
			// to the film.")
			return []part{r.quotePart(b)}, true, true
		}
	}
	if b-1 >= lo && r.toks[b].Kind == nlp.Word && (r.toks[b].Norm == "that" || r.toks[b].Norm == "which" || r.toks[b].Norm == "whom") && !(r.toks[b].Norm == "that" && (r.resultThat(lo, a, b) || r.complementThat(b))) {
		// an object relative clause: "the strong leader that Mr. Trump so
		// admires" reports the noun phrase before it
		ae := b - 1
		if r.toks[ae].Text == "," && r.toks[b].Norm == "which" && ae-1 >= lo {
			ae-- // "The attacks, which Hollande blamed on …"
		}
		k := r.skipAdjuncts(after, hi)
		tail := part{-1, -1}
		if after < hi && r.toks[after].Kind == nlp.Word && r.in(after, prepositions) && r.toks[after].Norm != "to" && r.skipTime(after, hi) == after {
			k = after
			// what the verb says of it: "blamed on the Islamic State",
			// "dismissed as a hoax"
			e := k
			for e+1 < hi && !isTerminalTok(&r.toks[e+1]) && r.toks[e+1].Text != "," && !r.toks[e+1].Kind.IsQuote() {
				e++
			}
			if e+1 >= hi || isTerminalTok(&r.toks[e+1]) || r.toks[e+1].Text == "," {
				tail = part{k, e}
				k = e + 1
			}
		}
		if k >= hi || isTerminalTok(&r.toks[k]) || r.toks[k].Text == "," {
			if st := r.leftNP(ae, lo); st >= 0 {
				if tail[0] >= 0 {
					return []part{{st, ae}, tail}, true, true
				}
				return []part{{st, ae}}, true, true
			}
		}
	}
	if b > lo && src != noSource && src[0] == first && r.trailingSource(src, b, lo, after, hi) {
		// a source and cue that end the sentence without their comma:
		// "Ratings fell in March the network said."
		return []part{{r.clauseStart(b, lo), b}}, true, true
	}
	if b >= lo && src != noSource && src[0] == first && r.toks[b].Kind == nlp.Word && (indefinitePronoun(r.toks[b].Norm) || r.isContent(b) && !r.verbLike(b) && !r.isName(b, lo)) {
		// a relative clause with no pronoun on the sentence's subject,
		// whose verb comes after the cue: "Nothing the president said
		// will assuage …", "The plan the mayor announced will fail"
		if st := r.leftNP(b, lo); st >= 0 && st == r.skipDateline(lo, hi) && r.mainVerbAt(r.skipAdjuncts(after, hi), hi) {
			return []part{{st, b}}, true, true
		}
	}
	if b >= lo && r.toks[b].Kind == nlp.Word && (r.toks[b].Norm == "what" || r.isContent(b) && !r.verbLike(b) && !r.isName(b, lo)) && first > lo && src != noSource && src[0] == first {
		// a free or reduced relative clause that ends with the cue:
		// "that's what the campaign now hopes.", "the most destructive
		// way forward I can imagine."
		if k := r.skipAdjuncts(after, hi); k >= hi || isTerminalTok(&r.toks[k]) {
			if r.toks[b].Norm == "what" {
				return []part{{b, b}}, true, true
			}
			if st := r.leftNP(b, lo); st >= 0 && !(st-1 >= lo && r.in(st-1, prepositions)) && !strings.HasSuffix(r.toks[after-1].Norm, "ing") {
				return []part{{st, b}}, true, true
			}
		}
	}
	if b >= lo && r.toks[b].Kind == nlp.Word && r.toks[b].Norm == "as" && !r.coordinatingAs(b, lo) {
		// "Hawaii, as one of his advisers pointed out, rarely …"
		end := hi
		if !fl.Has(lexicon.Opener) || fl.Has(lexicon.Inverts) || strings.Contains(a.Cue.Lemma, " ") {
			// (not a verb as common without a report: "As he spoke in the
			// lobby, …" tells when)
			end = r.clauseLimitEnd(b, lo, hi)
		}
		if ps, ok := r.asClause(b, lo, end, after); ok {
			return ps, true, true
		}
	}
	if b >= lo {
		t := &r.toks[b]
		closing := (t.Kind == nlp.CloseQuote || t.Kind == nlp.Quote) && r.inQuote(b) && r.quotes[r.qid[b]].close == b
		if closing && b+1 == first && b-1 >= lo && r.toks[b-1].Kind == nlp.Word && r.quotedName(r.qid[b]) {
			// a title before the source's noun, which it names: "“Daily
			// Show” host Trevor Noah on Thursday showed that …"
			return r.rightContent(a, fl, after, hi, lo)
		}
		if closing || t.Text == "," && b-1 >= lo && r.closesQuote(b-1) {
			if !closing {
				b--
			}
			q := r.quotePart(b)
			st, adverbial := r.quotedClauseStart(q[0], lo)
			if adverbial {
				// a title in a phrase that sets the scene: "In an
				// interview on “Face the Nation,” Ryan said …"
				return r.rightContent(a, fl, after, hi, lo)
			}
			q[0] = st
			ps := r.onePart(q)
			k := r.skipAdjuncts(after, hi)
			if k < hi && r.toks[k].Text == "," {
				k++
			}
			if p, ok := r.resumedQuote(k, hi); ok {
				ps = append(ps, p)
			}
			return ps, true, true
		}
		if t.Text != "," && t.Kind == nlp.Word {
			// "“…,” Tulsa police Chief Chuck Jordan said Monday.": a
			// quotation a few words before a source we took short
			if k := r.skipAdjuncts(after, hi); k >= hi || isTerminalTok(&r.toks[k]) {
				for q := b; q >= lo && q > b-5 && r.toks[q].Kind == nlp.Word; q-- {
					if q-1 >= lo && r.closesQuote(q-1) {
						return []part{r.quotePart(q - 1)}, true, true
					}
				}
			}
		}
		if t.Text == "," && !(fl.Has(lexicon.Opener) && src != noSource && src[0] == first && !r.speakerPhrase(src)) && r.sourceNextTo(src, vg) {
			// (a verb as common without a report takes a clause before
			// it only from one who can speak: "…, the aide added", "…,
			// the memo stated", not "Residents of Ohio, a swing state,
			// said …")
			k := r.skipAdjuncts(after, hi)
			st := r.clauseStart(b-1, lo)
			relative := false // the source interrupts a relative or joined clause
			if k < hi && r.toks[k].Text == "," {
				st = r.afterLoneDash(st, b-1)
				s2 := r.relativeClauseStart(st, b-1)
				relative, st = s2 > st, s2
			}
			for st < b-2 && r.toks[st].Kind == nlp.Word && (r.toks[st].Norm == "and" || r.toks[st].Norm == "but" || r.toks[st].Norm == "or") && r.toks[st+1].Kind == nlp.Word {
				st++ // the link is the writer's: "- and to become, he hopes, …"
			}
			if b > lo && (k >= hi || isTerminalTok(&r.toks[k]) || r.toks[k].Text == "," || r.sententialAppositive(k, hi) && r.finiteIn(st, b-1)) && !(r.toks[st].Kind == nlp.Word && (r.in(st, prepositions) || r.in(st, topicPreps)) && !r.hasComma(st, b-1) && r.afterComparator(st, b-1) == st && !(r.toks[st].Norm == "to" && r.verbAfterTo(st+1))) &&
				!((k >= hi || isTerminalTok(&r.toks[k])) && r.toks[st].Kind == nlp.Word && r.in(st, subordinators) && r.toks[st].Norm != "that" && !r.hasComma(st, b-1) && r.qid[st] < 0) {
				// (nor after a subordinate clause alone: "When the senator
				// spoke, the crowd cheered." reports nothing)
				// not after an introductory phrase: "In response to …, nobody answered"
				// (but "About 30 people showed up, he said" opens with a number)
				var ps []part
				// A quoted sentence after the cue is what was said; an
				// adverbial clause before the source only sets the scene:
				// "When asked about the dam, she said, “It will hold.”"
				quoted := k+1 < hi && r.toks[k].Text == "," && r.quotesSentence(k+1)
				if e := trimEnd(r, st, b-1); e >= st && !r.introParticiple(st) && !(quoted && r.adverbialClause(st, e)) && !(e == st && r.toks[st].Kind == nlp.Word && (r.isAdverb(st) || r.in(st, coordinators)) && r.toks[st].Norm != "nor") {
					// (a lone connective is the writer's link, not what was
					// said: "Still, she added, “…”"; but "Nor, he said, did
					// he …" negates what follows)
					// the clause before the source, unless it is a
					// participial cue of its own ("Asked about the bomb,
					// Clinton said …")
					if st == lo && lo > 0 && r.nl[lo] == 0 && r.qid[lo] >= 0 {
						// a quotation of several sentences that closes
						// before an adjunct: "“You know what I want? I
						// want to wait” before discussing it, he said."
						if q := r.quotes[r.qid[lo]]; q.open < lo && q.closed && q.close < e && r.opensSentence(q.open) {
							st = q.open
						}
					}
					ps = append(ps, part{st, e})
				}
				if k < hi && r.toks[k].Text == "," && k+1 < hi && !(r.isCue[k+1] && strings.HasSuffix(r.toks[k+1].Norm, "ing")) && !(len(ps) > 0 && r.finiteIn(ps[0][0], ps[0][1]) && r.sententialAppositive(k, hi)) && !r.joinedCueClause(k+1, hi) {
					// the predicate resumed after the source, also when
					// its verb is a cue ("Bob, they said, ordered them to
					// wait"), but not a participle of the source's own
					// ("…, he said, adding that …")
					if p, ok := r.clauseFrom(k+1, hi, false); ok {
						if relative && len(p) == 1 {
							p = r.onePart(part{p[0][0], r.relativeClauseEnd(p[0][0], p[0][1])})
						}
						ps = append(ps, p...)
					}
				}
				if len(ps) > 0 {
					return ps, true, true
				}
			}
		}
	}
	ps, ok, opened := r.rightContent(a, fl, after, hi, lo)
	if ok && len(ps) > 0 && b > lo && src != noSource && src[0] == first && ps[0][0] > b && r.relativeBeforeSource(b, lo) && r.subjectStart(src[0]) {
		if k := ps[0][0]; (r.toks[k].Kind == nlp.Word && (r.in(k, coordinators) || r.in(k, subordinators) && r.toks[k].Norm != "as") || isDash(r.toks[k].Text) || r.toks[k].Text == "-" || r.toks[k].Text == ")") && !r.cueIn(k, ps[len(ps)-1][1]) {
			// the cue's own clause ends there: the pronoun is its object
			// and all of what it reports ("which he denied | and …");
			// (what follows stays the content when a cue stands in it,
			// which the rules would otherwise report on its own)
			return []part{{b, b}}, true, true
		}
		ps = append([]part{{b, b}}, ps...)
	}
	return ps, ok, opened
}

// leadingRelative reports whether a content's first part cs[0] is the
// relative pronoun before the source src that relativeBeforeSource
// takes, with the rest of the content after the cue: the cue still has
// its content on its right ("which he said would fail").
func (r *run) leadingRelative(cs []part, src [2]int, lo int) bool {
	return len(cs) > 1 && src != noSource && cs[0][0] == cs[0][1] && cs[0][1] == src[0]-1 && cs[1][0] > src[1] && r.relativeBeforeSource(cs[0][0], lo)
}

// subjectStart reports whether token k can open the subject of a
// relative clause: a name, a pronoun, a determiner or possessive, a number
// or a noun of people ("which officials said"), not a verb ("which
// examines bellwether states").
func (r *run) subjectStart(k int) bool {
	t := &r.toks[k]
	return t.Kind == nlp.Number || r.capitalized(k) || r.in(k, subjectPronouns) || r.in(k, determiners) || r.in(k, possessives) || r.in(k, quantifiers) || r.groupOrRole(k) || r.peopleWord(k)
}

// cueIn reports whether a cue stands among tokens [a, b].
func (r *run) cueIn(a, b int) bool {
	for k := a; k <= b; k++ {
		if r.isCue[k] {
			return true
		}
	}
	return false
}

// relativeBeforeSource reports whether token b, right before a source,
// is a relative pronoun whose clause the cue's content completes: the
// pronoun fills the gap in it and is what was said of ("the tax, which he
// said would hurt farmers", "what she called a disgrace").
func (r *run) relativeBeforeSource(b, lo int) bool {
	t := &r.toks[b]
	if t.Kind != nlp.Word || r.inQuote(b) {
		return false
	}
	switch t.Norm {
	case "which", "what", "who", "whom":
	default:
		return false
	}
	return !(b-1 >= lo && r.toks[b-1].Kind == nlp.Word && r.in(b-1, prepositions))
}

// joinedCueClause reports whether a conjunction or subordinator at k
// opens a clause whose cue is a verb of saying, one that may stand
// before its source ("…, records show, and experts say …", "…, he said,
// because he said …"): that clause reports a statement of its own, not
// the rest of the one before it. A clause of thought or feeling goes on
// with what was said: "…, aides said, because she understands …".
func (r *run) joinedCueClause(k, hi int) bool {
	if k+1 >= hi || r.toks[k].Kind != nlp.Word || !(r.in(k, clauseJoiners) || r.in(k, subordinators)) || !r.cueClauseAt(k+1, hi) {
		return false
	}
	for j := k + 1; j < hi && j <= k+maxSubject; j++ {
		if r.isCue[j] && !r.inQuote(j) {
			m := r.cueMatchAt(j)
			return m != nil && m.Entry != nil && m.Entry.Flags.Has(lexicon.Inverts)
		}
	}
	return false
}

// inOpeningAdjunct reports whether the cue of a stands in a phrase that
// opens its sentence (from lo) and ends at the comma at token c: a
// subordinate clause of time, condition or concession ("after the
// interview ended", "if we had done what we proposed"), a prepositional
// phrase ("In responding Friday", "Despite the attacks") or a participle
// ("Asked to respond to the charge"), with no comma before c. An
// as-clause ("As the paper noted, …") and "according to" are reporting
// frames whose content is the main clause, and are not such phrases.
func (r *run) inOpeningAdjunct(a *Attribution, lo, c int) bool {
	st := r.skipDateline(lo, c)
	for st < c && (r.toks[st].Kind.IsQuote() || r.toks[st].Kind == nlp.Word && (r.in(st, coordinators) || r.isAdverb(st)) && !r.in(st, subordinators)) {
		st++ // "And after …", "But in …"
	}
	ci := r.tokenAt(a.Cue.Start)
	if st >= ci || r.toks[st].Kind != nlp.Word || r.inQuote(st) || r.hasComma(st, c-1) {
		return false
	}
	t := &r.toks[st]
	switch {
	case t.Norm == "as" || t.Norm == "according" || t.Norm == "that":
		return false
	case r.in(st, subordinators):
		return true
	}
	// a phrase without a clause of its own up to the cue: "On Tuesday she
	// doubled down on …, seeking …" opens with a phrase that ends before
	// the main clause
	if !r.in(st, prepositions) && !r.introParticiple(st) {
		return false
	}
	for k := st + 1; k < ci; k++ {
		if r.toks[k].Kind == nlp.Word && !r.inQuote(k) && (r.in(k, subjectPronouns) && r.toks[k].Norm != "that" || r.in(k, modals) || r.finiteAux(k)) {
			return false
		}
	}
	return true
}

// sententialAppositive reports whether the comma or dash at token k
// opens an indefinite noun phrase, which after a finite clause comments
// on the whole statement rather than continuing it: "…, the budget office reported --
// a development that …", "…, Sanders said, a policy that …".
func (r *run) sententialAppositive(k, hi int) bool {
	if k+1 >= hi || r.qid[k] >= 0 || !(r.toks[k].Text == "," || isDash(r.toks[k].Text)) {
		return false
	}
	n := r.toks[k+1].Norm
	return r.toks[k+1].Kind == nlp.Word && (n == "a" || n == "an")
}

// relativeClauseStart returns where the clause that a parenthetical
// source interrupts begins when it is not the sentence's first: a
// relative clause, after the last comma, dash or parenthesis before e
// that a relative word follows before e ("…, which, his advisers believe,
// would lead …", "(the existence of which, many say, represents …)"), or
// a clause joined by "and" or "but" after a clause with a verb, whose
// subject stands before the source ("…, and Ms. Ray, she said, exposes
// him"). What comes before is the writer's. Otherwise it returns st.
func (r *run) relativeClauseStart(st, e int) int {
	if e < st || e < 0 {
		return st // nothing before the source: ", he said, …"
	}
	if t := &r.toks[e]; e > st && t.Kind == nlp.Word && r.qid[e] < 0 && (r.in(e, relativeWh) || r.in(e, subordinators) && t.Norm != "as" && t.Norm != "that") {
		// the word that opens the clause stands right before the
		// source: "the good old days when, he said, protesters …",
		// "because, she said, the comment …"
		return e
	}
	for j := e; j > st; j-- {
		t := &r.toks[j]
		if t.Kind == nlp.Word && r.qid[j] < 0 && (r.in(j, relativeWh) || t.Norm == "whose") && j+1 <= e+1 {
			for d := j - 1; d >= st; d-- {
				dt := &r.toks[d]
				if dt.Kind.IsQuote() || r.qid[d] >= 0 {
					return st
				}
				if dt.Text == "," || dt.Text == "(" || r.cls[d]&clsDash != 0 {
					return d + 1
				}
				if dt.Kind != nlp.Word || r.isVerbCue[d] || r.in(d, beForms) || r.in(d, modals) {
					return st // the relative word is inside a clause of its own
				}
			}
			return st
		}
		if t.Kind == nlp.Word && (t.Norm == "and" || t.Norm == "but") && j < e && r.qid[j] < 0 && r.verbGroupIn(st, j-1) && !r.verbGroupIn(j+1, e) && !r.hasComma(j+1, e) {
			// "…, and Ms. Ray, she said, exposes him": the clause
			// after the conjunction, whose subject the source follows
			return j + 1
		}
		if t.Kind != nlp.Word || r.qid[j] >= 0 {
			return st
		}
	}
	return st
}

// relativeClauseEnd returns where a relative clause resumed at st ends
// within [st, e]: before a comma after which the main clause's predicate
// goes on ("which, neighbors say, has stood empty | , will be sold"), or
// e.
func (r *run) relativeClauseEnd(st, e int) int {
	for c := st + 1; c < e; c++ {
		if r.toks[c].Text == "," && r.qid[c] < 0 {
			n := c + 1
			for n <= e && r.isAdverb(n) {
				n++
			}
			if n <= e && r.toks[n].Kind == nlp.Word && !r.capitalized(n) && (r.in(n, modals) || r.finiteAux(n) && r.toks[n].Norm != "being") {
				return trimEnd(r, st, c-1)
			}
		}
	}
	return e
}

// afterLoneDash returns where a parenthetical source's clause starts
// when one dash, not a pair around an aside, stands between st and e:
// after it, since what it opens is the clause the source interrupts
// ("… religion - attacks that, Sweet noted, Trump said …").
func (r *run) afterLoneDash(st, e int) int {
	d := -1
	for j := st; j <= e; j++ {
		if r.toks[j].Kind == nlp.Punct && (isDash(r.toks[j].Text) || r.toks[j].Text == "-") && r.qid[j] < 0 {
			if d >= 0 {
				return st // an aside between dashes belongs to its clause
			}
			d = j
		}
	}
	if d < 0 || d+1 > e {
		return st
	}
	return d + 1
}

// resultThat reports whether the "that" at token j opens the result of a
// "so" or "such" before the cue a in its sentence (from lo): "grew so
// heated over who supported which bill that …", "such a mess that …".
func (r *run) resultThat(lo int, a *Attribution, j int) bool {
	c := r.tokenAt(a.Cue.Start)
	for k := c - 1; k >= lo && k > c-15; k-- {
		t := &r.toks[k]
		if t.Kind != nlp.Word {
			if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Kind.IsQuote() {
				return false
			}
			continue
		}
		switch t.Norm {
		case "so":
			return k+1 < c && r.toks[k+1].Kind == nlp.Word && (r.isAdverb(k+1) || isAdjectiveStrict(r.toks[k+1].Norm) || r.isContent(k+1)) && r.toks[k+1].Norm != "that"
		case "such":
			return true
		}
	}
	return false
}

// cataphoric reports whether tokens [k, j) before a colon point to what
// follows it: "this way", "the following", "as follows", "as an example".
func (r *run) cataphoric(k, j int) bool {
	for i := k; i < j; i++ {
		if cataphoricWords.has(r.toks[i].Norm) {
			return true
		}
	}
	return false
}

// cataphoricWords: see classes.tsv.
var cataphoricWords = plainClass("cataphoricWords")

// thatSubordinate finds the content of a that-clause at token j that
// opens with a subordinate clause: "said that while he opposed Trump,
// he was supporting Cruz for now" runs over the subordinate clause, its
// cues included, to the end of the main clause after its comma.
func (r *run) thatSubordinate(j, hi int) (part, bool) {
	s := j + 1
	if s >= hi || r.toks[s].Kind != nlp.Word || !r.in(s, subordinators) || r.toks[s].Norm == "that" || r.toks[s].Norm == "whether" {
		return part{}, false
	}
	for c := s + 1; c < hi && c <= s+25; c++ {
		t := &r.toks[c]
		if r.inQuote(c) || t.Kind == nlp.Word || t.Kind == nlp.Number {
			continue
		}
		if t.Text != "," {
			return part{}, false // the sentence or clause ends first
		}
		if e := r.clauseEnd(c+1, hi); e > c {
			return part{j, e}, true
		}
		return part{}, false
	}
	return part{}, false
}

// isParticle reports whether w is an adverb particle that a verb takes
// before its object: "talked up", "played down", "laid out".
func isParticle(w string) bool {
	return w == "up" || w == "down" || w == "out" || w == "off"
}

// adverbialClause reports whether tokens [st, e], set off before a
// source, form an adverbial rather than a clause of what was said: they
// open with a subordinator ("When asked …", "While the jury deliberated"),
// a preposition, an adverb of time ("Later that night"), or a participle
// with no verb of its own after it ("Standing before the crowd").
func (r *run) adverbialClause(st, e int) bool {
	t := &r.toks[st]
	if t.Kind != nlp.Word {
		return false
	}
	if r.in(st, subordinators) || r.in(st, prepositions) || r.in(st, timeWords) || r.in(st, adverbs) {
		return true
	}
	n := t.Norm
	if len(n) <= 4 || !(strings.HasSuffix(n, "ing") || strings.HasSuffix(n, "ed")) || r.in(st, edNouns) {
		return false
	}
	for j := st + 1; j <= e; j++ {
		if r.toks[j].Kind == nlp.Word && (r.in(j, auxiliaries) || r.in(j, beForms)) {
			return false // "Running the state is hard, she said, …"
		}
	}
	return true
}

// quotesSentence reports whether a quotation opens at token k with a
// capitalized word, as a sentence of its own does (“It will hold.”) and
// a quotation that goes on with a clause begun before the cue ("If the
// talks fail, he warned, “there will be war.”") does not.
func (r *run) quotesSentence(k int) bool {
	if !r.opensQuote(k) {
		return false
	}
	for j := k + 1; j < len(r.toks) && j <= k+2; j++ {
		if r.toks[j].Kind.IsQuote() {
			continue // “‘…
		}
		return r.toks[j].Kind == nlp.Word && r.capitalized(j)
	}
	return false
}

// opensSentence reports whether token k is the first of its sentence.
func (r *run) opensSentence(k int) bool {
	si := r.doc.SentenceOf(k)
	return si >= 0 && r.doc.Sentences[si].First == k
}

// trailingSource reports whether a source [src] and its cue end the
// sentence after a clause whose last token is b, with no comma between
// them: "Ratings fell sharply in March the network said.", "The deal is
// off he said." The clause must visibly end at b (a name, number, time
// word, adverb, particle or participle: "in March", "next year",
// "sharply", "off", "rising"), the source must be someone who can speak
// (a name, a personal pronoun, or a phrase headed by a role, group or
// organization noun: "the network", "its owner", "economists"), and the
// cue a finite verb without an auxiliary. A noun with a determiner before
// the source makes a relative clause instead ("the story the network
// reported"); so does a function word ("closer than pollsters predicted",
// "what he said", "questioned about his …").
func (r *run) trailingSource(src [2]int, b, lo, after, hi int) bool {
	if k := r.skipAdjuncts(after, hi); k < hi && !isTerminalTok(&r.toks[k]) {
		return false
	}
	if strings.HasSuffix(r.toks[after-1].Norm, "ing") {
		return false // a participle: "the panel spent the day debating"
	}
	for j := src[1] + 1; j < after; j++ {
		if r.in(j, auxiliaries) || r.in(j, negators) {
			return false // "numbers any taxpayer can understand"
		}
	}
	s := &r.toks[src[0]]
	switch {
	case s.Kind != nlp.Word:
		return false
	case src[0] == src[1] && r.in(src[0], subjectPronouns):
		if s.Norm != "he" && s.Norm != "she" && s.Norm != "they" && s.Norm != "we" && s.Norm != "it" {
			return false
		}
	case s.Norm == "no" || !r.agentPhrase(src):
		return false // "no one", "the two budget requests"
	case r.in(src[0], determiners) || r.in(src[0], possessives) || r.isName(src[0], lo):
	case src[0] == src[1] && r.in(src[0], groupNouns) && isPlural(s.Norm):
	default:
		return false
	}
	t := &r.toks[b]
	switch {
	case t.Kind == nlp.Number || r.in(b, calendarWords):
		return true
	case t.Kind != nlp.Word:
		return false
	case r.isName(b, lo):
		st := r.leftNPStart(b, lo)
		return !(r.in(st, determiners) || r.in(st, possessives) || st > lo && r.toks[st-1].Norm == "'s")
	case t.Norm == "off" || t.Norm == "out" || t.Norm == "up" || t.Norm == "down" || t.Norm == "away" || t.Norm == "back":
		return true // particles: "The deal is off"
	case r.in(b, prepositions) || r.in(b, clauseWords) || r.in(b, determiners) || r.in(b, possessives):
		return false // "questioned about his …", "waited while …"
	case r.in(b, timeWords):
		return b-1 < lo || !r.in(b-1, determiners) || r.toks[b-1].Norm == "this" || r.toks[b-1].Norm == "next" || r.toks[b-1].Norm == "last"
	}
	// A noun could also end a relative clause that the cue closes ("the
	// letter the regulator wrote"); where the model has taken the cue,
	// its evidence settles the reading: "… into the river the regulator
	// said."
	return r.isAdverb(b) || r.verbLike(b) && !r.isCue[b] || r.forced && r.isContent(b)
}

// coordinatingAs reports whether the "as" at b ends "as well as" or
// "such as", which join or list noun phrases and open no clause: "the
// account as well as others like the one reported".
func (r *run) coordinatingAs(b, lo int) bool {
	if b-1 < lo || r.toks[b-1].Kind != nlp.Word {
		return false
	}
	switch r.toks[b-1].Norm {
	case "such":
		return true
	case "well":
		return b-2 >= lo && r.toks[b-2].Norm == "as"
	}
	return false
}

// introParticiple reports whether the clause at st opens with a
// participle that is a cue: "Asked about …", "Speaking to reporters …".
func (r *run) introParticiple(st int) bool {
	t := &r.toks[st]
	return r.isCue[st] && t.Kind == nlp.Word && (strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing"))
}

// clauseLimitEnd returns where the sentence ends when the as-clause at
// token as opens it and clauseLimit cut the cue's clause at its comma:
// "As the Times noted, | Clinton raised …" reports the main clause after
// that comma. Otherwise it returns hi.
func (r *run) clauseLimitEnd(as, lo, hi int) int {
	st := r.skipDateline(lo, r.hi)
	for st < as && r.toks[st].Kind == nlp.Word && r.in(st, coordinators) {
		st++ // "But as The Hill pointed out, …"
	}
	if lo == r.lo && hi < r.hi && as == st && r.toks[hi].Text == "," {
		return r.hi
	}
	return hi
}

// asClause finds the content of a cue in an as-clause ("as police have
// said", "Hawaii, as his advisers pointed out, rarely …"): the clause
// around it, when nothing but adjuncts follows the cue in the as-clause.
func (r *run) asClause(as, lo, hi, after int) ([]part, bool) {
	k := r.skipAdjuncts(after, hi)
	if k < hi && !(isTerminalTok(&r.toks[k]) || r.toks[k].Text == ",") {
		return nil, false
	}
	var ps []part
	e := as - 1
	for e >= lo && (r.toks[e].Text == "," || r.toks[e].Text == "\u2014") {
		e--
	}
	st := r.clauseStart(e, lo)
	for st <= e && r.toks[st].Kind == nlp.Word && (r.in(st, coordinators) || r.isAdverb(st)) {
		st++ // "But as the Times noted, …": the link is the writer's
	}
	if e >= st {
		ps = append(ps, part{st, e})
	}
	if k < hi && r.toks[k].Text == "," {
		if p, ok := r.clauseFrom(k+1, hi, false); ok {
			ps = append(ps, p...)
		}
	}
	return ps, len(ps) > 0
}

// leftContent finds the content of an inverted cue ("“…,” said Smith"):
// the quotation or clause before the cue at vg, and a quotation resumed
// after the source (“…,” said Smith, “…”).
func (r *run) leftContent(a *Attribution, vg, lo, hi, afterSrc int) ([]part, bool) {
	b := vg - 1
	var ps []part
	switch {
	case b >= lo-1 && r.closesQuote(b) && (b >= lo || r.nl[lo] == 0):
		ps = append(ps, r.quotedClause(b, lo))
	case b >= lo && r.toks[b].Text == "," && b-1 >= 0 && r.closesQuote(b-1):
		ps = append(ps, r.quotedClause(b-1, lo))
	case b >= lo:
		e := b
		for e >= lo && (r.toks[e].Text == "," || r.toks[e].Text == "\u2014" || r.toks[e].Text == "--") {
			e--
		}
		st := r.clauseStart(e, lo)
		if e >= st && !(r.toks[st].Kind == nlp.Word && r.in(st, prepositions) && !r.in(st, subordinators) && !r.finiteIn(st, e)) {
			// (a phrase that only sets the topic is no part of what was
			// said: "Of the senator, Cole, who …, said, “…”")
			ps = append(ps, part{st, e})
		}
	}
	k := r.skipAdjuncts(afterSrc, hi)
	rp, resumed := r.resumedQuote(k+1, hi)
	switch {
	case k < hi && r.toks[k].Text == "," && resumed:
		ps = append(ps, rp)
	case k < hi && r.toks[k].Text == ":" && len(ps) == 0:
		// "Said Ellis: “…”"
		if p, ok := r.clauseFrom(k+1, hi, true); ok {
			ps = append(ps, p...)
		}
	case k+1 < hi && r.toks[k].Text == "," && len(ps) == 1 && ps[0][1] == vg-2 && !r.finiteIn(ps[0][0], ps[0][1]) && (r.predicateAt(k+1, hi) || r.subjectAndVerbAt(k+1, hi)):
		// the clause the cue interrupts resumes after its source: "And
		// the mayor, said Ruiz, never forgets a slight."
		if p, ok := r.clauseFrom(k+1, hi, false); ok {
			ps = append(ps, p...)
		}
	}
	return ps, len(ps) > 0
}

// quotedClause returns the quotation that closes at token c with the
// words of its clause before it (see quotedClauseStart).
func (r *run) quotedClause(c, lo int) part {
	q := r.quotePart(c)
	if st, adverbial := r.quotedClauseStart(q[0], lo); !adverbial {
		q[0] = st
	}
	return q
}

// quotedClauseStart returns where the clause that a quotation opening at
// token open ends starts: the quotation, or the words before it that it
// completes ("Oz is “smart as hell,” he wrote"), when no comma, mark or
// cue stands between them and the start of the clause. Words that open
// with a preposition or subordinator make the clause an adverbial, the
// quotation a title or name in it ("On “Face the Nation,” Ryan said"),
// and so does a participle that is a cue ("Citing “obligations,” the
// spokeswoman told …").
func (r *run) quotedClauseStart(open, lo int) (st int, adverbial bool) {
	if open <= lo {
		return open, false
	}
	st = r.clauseStart(open-1, lo)
	for st < open && r.toks[st].Text == "(" {
		st++ // a sentence in parentheses: "(The French are fans of “…,” he said.)"
	}
	if r.toks[open-1].Text == "," {
		return open, false // a quotation after a phrase's comma is all that is said
	}
	k := st
	for k < open && r.toks[k].Kind == nlp.Word && r.in(k, coordinators) {
		k++
	}
	if k < open && r.toks[k].Kind == nlp.Word && r.in(k, subordinators) && r.toks[k].Norm != "that" && !r.hasComma(k, open-1) && r.cueBefore(k+1, open) {
		// the quotation is said in the subordinate clause that opens the
		// sentence, by that clause's cue; the main clause after it
		// reports nothing of it: "As Trump pledged to confront
		// “knife-wielding Palestinians,” many in the crowd cheered"
		return open, true
	}
	if p := open - 1; p > st && r.toks[p].Kind == nlp.Word && r.in(p, prepositions) && r.toks[p].Norm != "that" && !r.cueBefore(st, p+1) && r.verbGroupIn(st, p-1) && !r.in(st, prepositions) {
		// a title as a preposition's object ends the clause it is
		// in, whose verb stands before it: "… well before the gag was
		// made famous in “The Party,” the critic noted" (but "Later on
		// “This Week,” Sanders questioned …" opens the clause)
		return st, false
	}
	if open-st > 12 {
		// a participle's phrase, however long, keeps its quotation:
		// "Citing the attack as a wake-up call for … their “reveries
		// about …,” Will urged …"
		return open, r.toks[st].Kind == nlp.Word && r.introParticiple(st)
	}
	for st < open && r.toks[st].Kind == nlp.Word && r.in(st, coordinators) {
		st++ // "But “…,” he said": the link is the writer's
	}
	if st < open && r.introParticiple(st) {
		// the quotation is a participle's own, in a phrase that opens
		// the clause: "Citing “obligations in Tennessee,” the
		// spokeswoman told …"
		return open, true
	}
	// a time or an adverb may come before the preposition: "Sunday on
	// Fox News's “Sunday Morning Futures,” Issa said", "Later on “This
	// Week,” Sanders questioned …"
	p := st
	for p < open-1 && r.toks[p].Kind == nlp.Word && (r.in(p, timeWords) || r.isAdverb(p)) && !r.isCue[p] {
		p++
	}
	phrase := p < open && r.toks[p].Kind == nlp.Word && (r.in(p, prepositions) || r.in(p, subordinators))
	if phrase {
		// a phrase that a comma ends before the quotation opens the
		// clause the quotation is in: "If they leak, hackers are
		// “losing …,” he added"
		for j := open - 1; j > st; j-- {
			if r.toks[j].Text == "," {
				st, phrase = j+1, false
				break
			}
		}
	}
	for j := st; j < open; j++ {
		t := &r.toks[j]
		if r.qid[j] >= 0 && r.quotes[r.qid[j]].closed && r.quotes[r.qid[j]].close < open && (phrase || r.quotedName(r.qid[j])) {
			// another title in the phrase: "for “Dateline” broadcast on
			// “MSNBC Live,”", or a name in the clause: "“Gold” was to be a
			// “cautionary tale,” she said"
			continue
		}
		if t.Kind != nlp.Word && t.Kind != nlp.Number && t.Text != "," || r.isCue[j] {
			return open, false
		}
	}
	if phrase {
		return open, true
	}
	return st, false
}

// continuingParticiple reports whether token k is a participle cue that
// goes on with the speaker's report ("adding", "continuing"): see
// continues.
func (r *run) continuingParticiple(k int) bool {
	if !r.isCue[k] || !strings.HasSuffix(r.toks[k].Norm, "ing") {
		return false
	}
	m := r.cueMatchAt(k)
	return m != nil && m.Entry != nil && continues(m.Entry.Term)
}

// resumedQuote returns the quotation that resumes a content after its
// source and cue at token k, or after a coordinator and an adverb there
// ("“…,” he said, but “…”", "and still “…”"), which link the writer's
// sentence, not the quoted words.
//
// A short phrase set off by commas may stand before it: the rest of a
// place ("said in Kenansville, N.C., “…”") or a participle's own
// ("said, referring to the excuse, “…”").
func (r *run) resumedQuote(k, hi int) (part, bool) {
	if p, ok := r.quoteAt(k, hi); ok {
		return p, true
	}
	for j := k; j < hi && j < k+12; j++ {
		t := &r.toks[j]
		if t.Text == "," {
			if j > k {
				if j == k+1 && r.continuingParticiple(k) {
					// "said, adding, “…”": the quotation is the
					// participle's, a report of its own
					return part{}, false
				}
				return r.quoteAt(j+1, hi)
			}
			continue
		}
		if t.Kind != nlp.Word && t.Kind != nlp.Number || r.isCue[j] && !strings.HasSuffix(t.Norm, "ing") {
			break
		}
	}
	return part{}, false
}

// quoteAt returns the quotation that opens at token k, or after "and" or
// "but" and an adverb there.
func (r *run) quoteAt(k, hi int) (part, bool) {
	j := k
	if j < hi && r.toks[j].Kind == nlp.Word && (r.toks[j].Norm == "and" || r.toks[j].Norm == "but") {
		j++
		if j < hi && r.isAdverb(j) {
			j++
		}
	}
	if j >= hi || !r.opensQuote(j) {
		return part{}, false
	}
	return r.quotePart(j), true
}

// rightContent finds the content after a cue: a that-clause, quotation,
// colon or wh-clause within a few words of the cue ("told reporters on
// Tuesday that …"), an infinitive for directives ("urged them to …"), or
// else the words right after the cue.
func (r *run) rightContent(a *Attribution, fl lexicon.Flags, after, hi, lo int) (ps []part, ok, opened bool) {
	if after+1 < hi && isParticle(r.toks[after].Norm) && (r.in(after+1, determiners) || r.in(after+1, possessives) || r.isName(after+1, lo)) && r.mannerPhraseEnd(after, hi) < 0 {
		after++ // a verb's particle before its object: "talked up her plan"
	}
	if j := r.prepAfterObject(a, after, hi); j > after {
		// what the one addressed is reminded of ("reminded Americans |
		// of his policy"), or whom it challenges and to what
		// ("challenged Trump to a debate")
		st := j + 1
		if r.toks[j].Norm == "to" {
			st = after
		}
		ps, ok = r.clauseFrom(st, hi, true)
		return ps, ok, true
	}
	if j := r.topicAfterAdverbs(a, after, hi); j > after {
		ps, ok = r.clauseFrom(j+1, hi, true) // "spoke favorably of | Mr. Putin's leadership"
		if ok && len(ps) == 1 {
			// a noun phrase, without what follows it ("… before
			// savaging Mrs. Clinton", "… last week")
			e := r.beforeObjectAdjunct(ps[0][0], ps[0][1], false)
			ps = r.onePart(part{ps[0][0], r.trimTimeTail(ps[0][0], e)})
		}
		return ps, ok, true
	}
	k0 := r.skipAdjuncts(after, hi)
	for k0 < hi && r.toks[k0].Text == "," {
		k0++
	}
	if k0 > after && k0 < hi && r.toks[k0-1].Text == "," && r.inOpeningAdjunct(a, lo, k0-1) && r.cueClauseAt(k0, hi) {
		// "After the interview ended, Maher stated …", "In responding
		// Friday, the campaign took the step of criticizing …": a cue in
		// the phrase that opens the sentence does not report the main
		// clause after its comma, which has a subject and a cue of its own
		return nil, false, false
	}
	if k0 > after && k0 < hi && r.toks[k0-1].Text == "," && sceneSetting(&r.toks[k0]) {
		// "said, when asked about the dam, “It will hold.”": a clause of
		// time between commas sets the scene; the content follows it
		if k := r.afterSceneClause(k0, hi); k >= 0 {
			ps, ok = r.clauseFrom(k, hi, true)
			return ps, ok, true
		}
	}
	if j := r.thatAfterAsides(after, hi); j >= 0 {
		// "has told friends since the spring, at dinners and in private
		// meetings, that …": an object and adjuncts set off by commas
		// stand between the cue and its clause
		ps, ok = r.clauseFrom(j, hi, true)
		return ps, ok, true
	}
	limit := after + r.maxGap + 4
	for j := after; j < hi && j < limit; j++ {
		t := &r.toks[j]
		if isTerminalTok(t) || t.Text == ";" || t.Text == "(" || t.Text == ")" {
			break
		}
		if j > after && r.isCue[j] && !r.inQuote(j) {
			break
		}
		switch {
		case j == after && t.Kind == nlp.Word && t.Norm == "like" && raisingLemmas.has(a.Cue.Lemma) && j+1 < hi && r.toks[j+1].Kind == nlp.Word:
			// "doesn't seem like the kind of candidate who …": how the
			// subject seems, relative clauses and all
			ps, ok = r.clauseFrom(j, hi, true)
			return ps, ok, true
		case j == after && t.Kind == nlp.Word && t.Norm == "to" && j+1 < hi && r.verbAfterTo(j+1):
			// an infinitive right after the cue is its content, "if" and
			// "why" in it included: "vowed to resign if the bill fails"
			ps, ok = r.clauseFrom(j, hi, true)
			if ok && len(ps) == 1 {
				ps[0][1] = r.beforePastPredicate(ps[0][0], ps[0][1])
			}
			return ps, ok, true
		case t.Kind == nlp.Word && t.Norm == "that" && j > k0 && (r.modalBetween(k0, j) || r.pronounClauseAt(k0, j)) && !(r.in(k0, objectPronouns) && !r.in(k0, subjectPronouns)) && !r.in(k0, prepositions) && !r.breakBetween(k0, j):
			// the clause after the cue has its own verb, and "that" is
			// inside it: "said it was clear that he lied", "said it was
			// more informative than the polls that get …"
			j = limit
		case t.Kind == nlp.Word && (t.Norm == "who" || t.Norm == "that") && j > after && fl.Has(lexicon.ObjectClause) && j+1 < hi && (r.subjectGapAt(j+1) || r.isVerbCue[j+1] || pastForm(r.toks[j+1].Norm)) && r.isContent(j-1) && !r.isVerbCue[j-1]:
			// a relative clause on the one told, the report after it:
			// "tells voters who wonder why … that he wasn't brought up
			// that way"
			// (the relative clause's own verb may take a that-clause first:
			// "told a woman who suggested that … that …")
			from := j + 2
			if r.isVerbCue[j+1] && j+2 < hi && r.toks[j+2].Norm == "that" {
				from++
			}
			if k := r.thatClauseFrom(from, hi); k >= 0 {
				ps, ok = r.clauseFrom(k, hi, true)
				return ps, ok, true
			}
			j = limit
		case t.Kind == nlp.Word && (t.Norm == "that" || r.in(j, relativeWh)) && (!fl.Has(lexicon.ObjectClause) || r.subjectGapAt(j+1)) && r.relativeAfterObject(j, k0):
			// "maintain the image of the strong leader that Mr. Trump so
			// admires"; after a verb that takes an object and a clause,
			// a verb right after "that" shows a relative clause: "a
			// video showing an aerial strike that obliterated a boat"
			j = limit
		case t.Kind == nlp.Word && t.Norm == "that" && j > k0 && r.resultThat(lo, a, j):
			// "grew so heated over who supported which bill that
			// Christie said …": the clause of a result, not the cue's
			j = limit
		case t.Kind == nlp.Word && t.Norm == "that":
			if p, ok := r.thatSubordinate(j, hi); ok {
				return r.onePart(p), true, true
			}
			ps, ok = r.clauseFrom(j, hi, true)
			return ps, ok, true
		case r.opensQuote(j) && j-1 > after && r.toks[j-1].Norm == "'s" && r.quotedName(r.qid[j]) && r.quotes[r.qid[j]].close+1 < limit:
			// the title of a program after its network's possessive, a
			// place the words were said: "said on NBC's “Meet the Press”
			// on Sunday that …"; the walk goes on after it, as far as it
			// would have gone had the title been one word
			c := int(r.quotes[r.qid[j]].close)
			limit += c - j
			j = c
		case r.opensQuote(j):
			if j-1 > after && r.toks[j-1].Text == "," && endsInPreposition(a.Cue.Lemma) {
				// "referring to the excuse, “…”": the object the cue
				// ends in, not the quotation after it
				return r.onePart(part{after, j - 2}), true, true
			}
			if j == k0 || j == after || j-1 >= after && (r.toks[j-1].Text == "," || r.toks[j-1].Text == ":") {
				ps, ok = r.clauseFrom(j, hi, true)
				return ps, ok, true
			}
			j = limit // a quotation inside a paraphrase: mixed
		case t.Text == ":" && (j+1 >= hi || r.nl[j+1] > 0):
			// "Limbaugh added:" and the quotation as the next paragraph
			if e := r.paragraphEnd(j + 1); e > j {
				return []part{{j + 1, e}}, true, true
			}
			return nil, false, true
		case t.Text == ":":
			ps, ok = r.clauseFrom(j+1, hi, true)
			if ok && len(ps) == 1 && j > k0 && !fl.Has(lexicon.ObjectClause) && !r.cataphoric(k0, j) && !r.inQuote(j) && !r.opensQuote(j+1) &&
				r.toks[k0].Kind == nlp.Word && !r.in(k0, prepositions) && !r.in(k0, beForms) && !r.in(k0, whOpeners) && !(r.verbLike(k0) && !r.capitalized(k0)) && !r.hasComma(k0, j-1) {
				// an object and what it is: "criticizing the night's big
				// winner: Donald Trump", "say they have a new weapon:
				// Donald Trump"; only one told ("told reporters: …") or a
				// phrase pointing ahead ("put it this way: …") leaves
				// the colon to open the content
				ps = r.onePart(part{k0, ps[0][1]})
			}
			return ps, ok, true
		case t.Kind == nlp.Word && r.in(j, whOpeners) && j > after && r.modalBetween(after, j):
			// "said the tunnel would cost half of what it did": the
			// clause after the cue has its own verb; the wh-word is inside
			j = limit
		case t.Kind == nlp.Word && r.in(j, whOpeners) && j > k0+1 && r.pronounVerbAt(k0):
			// "said he dislikes what Trump is doing": the clause after the
			// cue has its own subject and verb; the wh-word is inside
			j = limit
		case t.Kind == nlp.Word && r.in(j, whOpeners) && j > after && r.relativeOnObject(j, after, lo, fl):
			// "underscoring divisions over a nominee who has never held
			// office": a relative clause on the object, which goes on
			j = limit
		case t.Kind == nlp.Word && r.in(j, whOpeners) && j > after && !(j-1 > after && r.toks[j-1].Text == "," || j-2 > after && r.toks[j-2].Text == ","):
			// not after a comma: "decide the case, even if it goes …"
			ps, ok = r.clauseFrom(j, hi, true)
			return ps, ok, true
		case t.Kind == nlp.Word && t.Norm == "to" && a.Stance == lexicon.Directive && j > after && j-after <= 3 && !endsInPreposition(a.Cue.Lemma) &&
			j+1 < hi && r.toks[j+1].Kind == nlp.Word && !r.capitalized(j+1) && !r.in(j+1, determiners) && !r.in(j+1, possessives):
			// "urged them to …", "asked Congress to …", "decided not
			// to …" (the negation is what was decided)
			st := j
			if j-1 >= after && r.toks[j-1].Kind == nlp.Word && r.in(j-1, negators) {
				st = j - 1
			}
			if k0 < st && !r.hasComma(k0, st-1) && !r.opensQuote(k0) {
				st = k0 // whom it urges and what: "urged voters to stay home"
			}
			ps, ok = r.clauseFrom(st, hi, true)
			if ok && len(ps) == 1 {
				ps[0][1] = r.beforePastPredicate(ps[0][0], ps[0][1])
			}
			return ps, ok, true
		case t.Kind == nlp.Punct && t.Text != ",":
			j = limit
		}
	}
	if p := r.skipAdverbs(after, k0); k0 > p+1 && k0 < hi && r.toks[k0-1].Text == "," && r.toks[p].Kind == nlp.Word && r.in(p, topicPreps) && !r.in(p+1, timeWords) &&
		strings.HasSuffix(r.toks[k0].Norm, "ing") && r.verbLike(k0) && !r.capitalized(k0) {
		// a topic skipped as an adjunct before a participle is the
		// content: "commented on the news business, remarking …"
		if e := r.trimTimeTail(p+1, trimEnd(r, p+1, k0-1)); e > p {
			return []part{{p + 1, e}}, true, true
		}
	}
	if k0 < hi && r.toks[k0].Kind == nlp.Word && r.in(k0, coordinators) && k0 > after {
		if e := trimEnd(r, after+1, k0-1); r.toks[after].Kind == nlp.Word && r.in(after, topicPreps) && r.toks[k0-1].Text != "," && e > after && !(r.in(after+1, timeWords)) {
			// "pushed back on those charges and went home": the topic
			// skipped as an adjunct is the content
			if n := k0 + 1; n < hi && r.toks[n].Kind == nlp.Word && (r.in(n, determiners) || r.in(n, possessives) || r.isName(n, lo)) {
				if e2 := r.rightNP(n, hi, false); e2 >= n && (e2+1 >= hi || isTerminalTok(&r.toks[e2+1]) || r.toks[e2+1].Text == ",") {
					// a second noun phrase that ends the clause is the
					// topic's too: "commented on the governor and his
					// aides"
					e = e2
				}
			}
			return []part{{after + 1, e}}, true, true
		}
		// "His ex-wife agreed, but also contended …", "agreed with him
		// and seemed to think …": a second predicate, not a content
		return nil, false, false
	}
	if n := after + 1; n < hi && r.toks[after].Norm == "so" && (isTerminalTok(&r.toks[n]) || r.toks[n].Text == "," ||
		r.toks[n].Kind == nlp.Word && (r.in(n, prepositions) || r.in(n, timeWords) || r.in(n, calendarWords) || r.lyWord(n))) {
		// "He doesn't think so.", "after half said so in the earlier
		// poll", "said so publicly" (but "said so many times")
		return []part{{after, after}}, true, true
	}
	if k0 >= hi || isTerminalTok(&r.toks[k0]) || k0 > after && r.toks[k0-1].Text == "," && r.trailingCueAt(k0, hi) {
		// nothing, or another attribution's cue after a comma ("shouted
		// at the envoy, according to aides", "…, witnesses said."),
		// follows the adjuncts
		if after < hi && r.toks[after].Kind == nlp.Word && r.in(after, topicPreps) && !(after+1 < hi && r.in(after+1, timeWords)) && r.mannerPhraseEnd(after, hi) < 0 {
			// "declined to comment on the report", but not "warned on
			// Friday" or "spoke on the condition of anonymity"
			ps, ok = r.clauseFrom(after+1, hi, true)
			return ps, ok, true
		}
		return nil, false, false
	}
	// A content right after the cue is its object or complement; a
	// preposition there means a use such as "spoke in a cottage",
	// "responded with logic", unless the cue ends in one ("call for") or
	// it names a topic ("complained about his mic", "spoke of …").
	if t := &r.toks[k0]; t.Kind == nlp.Word && r.in(k0, prepositions) && t.Norm != "to" && !endsInPreposition(a.Cue.Lemma) &&
		!(r.in(k0, approximators) && k0+1 < hi && r.toks[k0+1].Kind == nlp.Number) { // "said about 20 people have …"
		if t.Norm == "by" && k0+1 < hi && r.isCue[k0+1] && strings.HasSuffix(r.toks[k0+1].Norm, "ing") {
			return nil, false, false // "responded by saying …": the participle reports
		}
		if e := r.timePhraseEnd(k0+1, hi); e > 0 && e+2 < hi && r.in(e+1, topicPreps) && r.toks[e+1].Norm != "for" {
			// "spoke for several minutes about the plan": the time, then the topic
			ps, ok = r.clauseFrom(e+2, hi, true)
			return ps, ok, true
		}
		if t.Norm == "as" && k0+1 < hi && r.opensQuote(k0+1) {
			if q := r.quotePart(k0 + 1); q[1] < hi-1 && r.toks[q[1]+1].Kind == nlp.Word {
				// "described as “volatile,” with Clinton: “…”": the
				// quotation is what he called it; what follows is the
				// clause's own
				return []part{q}, true, true
			}
		}
		if r.in(k0, topicPreps) && !(k0+1 < hi && (r.toks[k0+1].Kind == nlp.Number || r.in(k0+1, timeWords) || r.afterComparator(k0+1, hi) > k0+1 || r.timePhraseEnd(k0+1, hi) >= 0)) ||
			t.Norm == "as" && k0+1 < hi && (r.opensQuote(k0+1) || r.toks[k0+1].Norm == "much") ||
			t.Norm == "by" && k0+1 < hi && strings.HasSuffix(r.toks[k0+1].Norm, "ing") {
			// "made the case for …", "described as “…”", "responded by using …"
			ps, ok = r.clauseFrom(k0+1, hi, true)
			return ps, ok, true
		}
		return nil, false, false
	}
	if k0+1 < hi && r.cls[k0]&clsDash != 0 && r.toks[k0+1].Norm == "including" {
		// what the dash adds counts the subject, not what was said:
		// "33% would be scared -- including 60% of Republicans"
		return nil, false, false
	}
	if k0+1 < hi && r.toks[k0+1].Text == "," && r.in(k0, objectPronouns) && !r.asAfter(k0+2, hi) {
		// a pronoun object is all of the content: "as we now know it,
		// on …" (but what it is called may follow: "described him, in
		// the end, as …")
		return []part{{k0, k0}}, true, false
	}
	ps, ok = r.clauseFrom(k0, hi, true)
	if ok && len(ps) == 1 && fl.Has(lexicon.Inverts) {
		ps = r.coordinatedClause(ps)
	}
	if ok && len(ps) == 1 {
		if e := r.beforeSetting(ps[0][0], ps[0][1]); e >= ps[0][0] {
			ps = r.onePart(part{ps[0][0], e})
		}
		for k := ps[0][0] + 1; k <= ps[0][1]; k++ {
			if r.toks[k].Kind == nlp.Word && r.toks[k].Norm == "that" && !r.inQuote(k) && r.resultThat(lo, a, k) {
				ps = r.onePart(part{ps[0][0], k - 1}) // "which bill | that Christie said …"
				break
			}
		}
		ps[0][1] = r.beforeModalPredicate(ps[0][0], ps[0][1])
		ps[0][1] = r.beforeObjectAdjunct(ps[0][0], ps[0][1], strings.HasSuffix(a.Cue.Text, "ing"))
		ps[0][1] = r.beforeObjectComment(ps[0][0], ps[0][1])
		if !r.clauseVerbIn(ps[0][0], ps[0][1]) {
			ps[0][1] = r.trimTimeTail(ps[0][0], ps[0][1]) // "endorsed Clinton | on Thursday"
		}
	}
	return ps, ok, false
}

// coordinatedClause returns the content ps of a verb of saying
// extended over a second subject and its predicate when ps is one noun
// phrase that a cue clause after "and" or "or" cut short: such a verb
// reports a clause, not an object, so the phrase is the first of
// coordinated subjects ("said Mills and another aide asked …"). A
// transitive cue's object stays cut ("denied the charges | and Democrats
// accused …").
func (r *run) coordinatedClause(ps []part) []part {
	st, e := ps[0][0], ps[0][1]
	b := e + 1
	if b+1 >= r.hi || r.toks[b].Kind != nlp.Word || r.toks[b].Norm != "and" && r.toks[b].Norm != "or" || r.inQuote(st) || r.in(st, prepositions) || r.relativeWord(st) ||
		r.rightNP(st, b, false) != e || r.verbGroupIn(st, e) || r.isCue[b+1] || !r.cueClauseAt(b+1, r.hi) {
		return ps
	}
	if end := r.clauseEnd(b+1, r.hi); end > b {
		return r.onePart(part{st, end})
	}
	return ps
}

// trailingCueAt reports whether the words from k on are another
// attribution's cue, or a short subject and a cue ending the sentence:
// "according to aides", "witnesses said.".
func (r *run) trailingCueAt(k, hi int) bool {
	if r.inQuote(k) {
		return false
	}
	for j := k; j < hi && j < k+6; j++ {
		t := &r.toks[j]
		if r.isCue[j] {
			return j == k || j+1 >= hi || isTerminalTok(&r.toks[j+1])
		}
		if t.Kind != nlp.Word {
			return false
		}
	}
	return false
}

// beforeObjectAdjunct returns where an object content [st, e] ends
// before a phrase that tells when or why the cue's act was done rather
// than what it was about: a subordinate clause ("hammered Bush | while
// …", "endorsed Clinton | before the vote") or "during", "throughout",
// "amid" or "despite". A verb of the content's own before it makes the content a
// clause, which may hold such phrases ("said the plan would fail while
// …"), and e is returned. (A participle after a comma is
// beforeObjectComment's; a relative clause after a comma is left in:
// cutting there too cost content F1 on PolNeAR's training and dev
// articles.)
func (r *run) beforeObjectAdjunct(st, e int, ing bool) int {
	if isDash(r.toks[st].Text) || r.toks[st].Text == "-" {
		return e
	}
	for k := st + 1; k <= e; k++ {
		t := &r.toks[k]
		if isDash(t.Text) || t.Text == "(" {
			return e // an aside: "admitted—after he left office—to …"
		}
		if t.Kind != nlp.Word || r.inQuote(k) {
			continue
		}
		switch {
		case t.Norm == "during":
			// a preposition, though its -ing looks like a participle's:
			// "criticized Clinton | during a rally", but a clause
			// whose verb comes after the phrase goes on ("said the
			// average donation during the quarter was $27")
			if r.clauseVerbIn(k+1, e) {
				return e
			}
			return r.beforeJoin(st, r.timeBefore(st, k))
		case r.in(k, beForms) || r.in(k, modals) || r.in(k, auxiliaries) || r.isVerbCue[k] && !r.in(k-1, determiners) && !r.in(k-1, possessives) || r.relativeWord(k) && !(t.Norm == "when" && !r.in(k-1, timeWords)) || !r.capitalized(k) && r.verbLike(k) || irregularPast.has(t.Norm):
			// the content's own verb: a clause ("when" is a relative
			// word after a word of time only: "the day when …", but
			// "asked a question | when Trump interrupted")
			return e
		case (t.Norm == "and" || t.Norm == "but") && !r.in(st, beForms) && !r.in(st, auxiliaries) && !r.in(st, modals) && r.secondPredicate(k+1, e, ing && !strings.HasSuffix(r.toks[st].Norm, "ing")):
			return r.beforeJoin(st, k)
		case t.Norm == "as" && k+1 <= e && r.toks[k+1].Kind == nlp.Word && (r.in(k+1, subjectPronouns) && !r.relativeWord(k+1) && r.toks[k+1].Norm != "it" || r.subjectAndVerbAt(k+1, e+1)):
			// "as" opening a clause of time: "opposed it | as he ran
			// for president" (but "described him as a liar")
			return r.beforeJoin(st, r.timeBefore(st, k))
		case r.in(k, subordinators) && t.Norm != "as" && t.Norm != "if" && t.Norm != "whether" && t.Norm != "once" && !(k+1 <= e && r.toks[k+1].Norm == "of"),
			t.Norm == "during" || t.Norm == "throughout" || t.Norm == "amid" || t.Norm == "despite" && !r.relativeWord(k-1):
			return r.beforeJoin(st, r.timeBefore(st, k))
		}
	}
	return e
}

// trimTimeTail returns where a noun phrase [st, e] ends before the time
// words that end it, which tell when the act was done ("pushed back on
// those claims | Thursday", "| last week"); e when there are none, or
// when nothing but them would be left.
func (r *run) trimTimeTail(st, e int) int {
	j := e
	for j > st && r.toks[j].Kind == nlp.Word && (r.in(j, calendarWords) || r.in(j, timeWords)) && !r.inQuote(j) {
		j--
	}
	if j == e {
		return e
	}
	for j >= st && r.toks[j].Kind == nlp.Word && (r.toks[j].Norm == "on" || r.toks[j].Norm == "in" || r.toks[j].Norm == "last" || r.toks[j].Norm == "this" || r.toks[j].Norm == "next" || r.toks[j].Norm == "early" || r.toks[j].Norm == "late") {
		j--
	}
	if j < st || r.toks[j].Kind != nlp.Word && r.toks[j].Kind != nlp.Number && !r.toks[j].Kind.IsQuote() || r.in(j, calendarWords) || r.in(j, timeWords) {
		return e
	}
	return j
}

// clauseVerbIn reports whether [st, e] holds a verb of its own (an
// auxiliary, modal, form of "be", past form or cue verb) or a relative
// clause, outside quotations: a clause, whose time words belong to what
// it says.
func (r *run) clauseVerbIn(st, e int) bool {
	for k := st; k <= e; k++ {
		t := &r.toks[k]
		if t.Kind != nlp.Word || r.inQuote(k) || r.capitalized(k) {
			continue
		}
		if r.in(k, beForms) || r.in(k, modals) || r.in(k, auxiliaries) || r.isVerbCue[k] || r.verbLike(k) || irregularPast.has(t.Norm) || k > st && r.relativeWord(k) {
			return true // (a relative clause has its verb: "the levy that goes before voters in November")
		}
	}
	return false
}

// skipAdverbs returns the first token at or after k, before hi, that is
// no adverb.
func (r *run) skipAdverbs(k, hi int) int {
	for k < hi && r.isAdverb(k) {
		k++
	}
	return k
}

// timeBefore returns where a measure of time before the subordinator at
// k begins, which tells how long before or after, as the clause does when
// ("criticized Walker | hours after the vote", "| two days before"), or
// an adverb that leads the clause ("| shortly after", "| even though");
// k when there is none. The object's first word st
// stays in the object.
func (r *run) timeBefore(st, k int) int {
	j := k - 1
	if j > st && r.toks[j].Kind == nlp.Word && clauseLeadAdverbs.has(r.toks[j].Norm) {
		return j // "shortly after", "just before", "even though"
	}
	if !(j > st && r.toks[j].Kind == nlp.Word && r.in(j, timeWords) && !r.capitalized(j)) {
		return k
	}
	for j-1 > st && (r.toks[j-1].Kind == nlp.Number || r.toks[j-1].Kind == nlp.Word && (numberWord(r.toks[j-1].Norm) || r.in(j-1, timeWords) && !r.capitalized(j-1) || r.in(j-1, determiners) && r.toks[j-1].Norm != "the" && !r.in(j-1, possessives) || r.toks[j-1].Norm == "few")) {
		j--
	}
	return j
}

// clauseLeadAdverbs lead the subordinate clause after them: "shortly
// after", "just before", "even though". See classes.tsv.
var clauseLeadAdverbs = plainClass("clauseLeadAdverbs")

// secondPredicate reports whether a predicate of the cue's own subject
// starts at token k of an object content that ends at e: a past form
// after "and" or "but" and adverbs, with an object, a particle or a
// phrase after it ("endorsed Bush for president | and midwifed the
// bill", "blamed hackers | but later fessed up", "mentioned the remarks |
// and went back to its guests"), or "was", "is" or "did" there ("referred
// to jihadism | but was careful …"). An -ed word before a bare noun is
// the object's adjective: "endorsed the mayor and elected officials".
// When ing is set, the cue is a participle whose object is no gerund,
// and an -ing form is its second predicate too.
func (r *run) secondPredicate(k, e int, ing bool) bool {
	for k <= e && r.toks[k].Kind == nlp.Word && r.isAdverb(k) && !r.capitalized(k) {
		k++
	}
	if k > e || r.toks[k].Kind != nlp.Word || r.capitalized(k) || r.inQuote(k) {
		return false
	}
	t := &r.toks[k]
	if secondVerbs.has(t.Norm) {
		return k+1 <= e
	}
	switch {
	case ing && strings.HasSuffix(t.Norm, "ing") && len(t.Norm) > 5 && !strings.Contains(t.Norm, "-") && r.verbLike(k):
		// a participle's second: "attacking Mr. Trump | and visiting
		// the campaign's headquarters"
	case !strings.HasSuffix(t.Norm, "ed") || len(t.Norm) < 5 || !r.verbLike(k) && !irregularPast.has(t.Norm):
		return false
	}
	if k+1 > e {
		return true
	}
	n := &r.toks[k+1]
	return n.Kind == nlp.Word && (r.in(k+1, determiners) || r.in(k+1, possessives) || r.in(k+1, objectPronouns) || r.in(k+1, prepositions) || isParticle(n.Norm) || r.isName(k+1, r.lo))
}

// secondVerbs: see classes.tsv.
var secondVerbs = plainClass("secondVerbs")

// beforeSetting finds, in an object content [k, e], a phrase that tells
// where the words were said rather than what was said ("said as much in
// an interview", "rejected that argument in a ruling released Thursday",
// "attacked Machado in early-morning tweets"): a preposition and a noun
// phrase headed by a noun of statements or recordings. It returns the
// last token before that phrase, or -1 when there is none.
func (r *run) beforeSetting(k, e int) int {
	for j := k + 1; j < e; j++ {
		t := &r.toks[j]
		if t.Kind != nlp.Word {
			if t.Kind.IsQuote() {
				return -1 // a quotation's words are its own
			}
			continue
		}
		switch t.Norm {
		case "in", "during", "at", "on", "via", "through":
		default:
			continue
		}
		h := r.rightNP(j+1, e+1, false)
		if h < 0 || !(r.in(h, statements) || r.in(h, recordings)) {
			continue
		}
		b := j - 1
		for b > k && r.toks[b].Text == "," {
			b--
		}
		return b
	}
	return -1
}

// timePhraseEnd returns the word of time that ends the noun phrase at k
// ("thought for a moment", "spoke for several minutes"), or -1.
func (r *run) timePhraseEnd(k, hi int) int {
	for j := k; j < hi && j < k+4; j++ {
		if r.in(j, timeWords) {
			if j+1 >= hi || !r.isContent(j+1) {
				return j
			}
			return -1
		}
		if !(r.in(j, determiners) || r.toks[j].Kind == nlp.Number || numberWord(r.toks[j].Norm) || r.isContent(j)) {
			return -1
		}
	}
	return -1
}

// pronounClauseAt reports whether a clause opens at k0 with a subject
// pronoun and a past form or a verb in -s before j: "reported it
// obtained 72 emails that Carter sent", where "that" opens a relative
// clause inside the content.
func (r *run) pronounClauseAt(k0, j int) bool {
	if k0+1 >= j || !r.in(k0, subjectPronouns) || r.toks[k0].Norm == "that" || r.toks[k0].Norm == "which" || r.toks[k0].Norm == "who" {
		return false
	}
	n := &r.toks[k0+1]
	return n.Kind == nlp.Word && !r.capitalized(k0+1) && (pastForm(n.Norm) && r.verbLike(k0+1) || irregularPast.has(n.Norm))
}

// complementThat reports whether "that" at b opens the complement of the
// word before it, not a relative clause on it: after an adjective ("made
// clear that …") or a noun of complementHeads ("no doubt that …", "the
// fact that …"). (After a cue noun it may be either: "the claim that …",
// "a claim that his office disputes".)
func (r *run) complementThat(b int) bool {
	p := b - 1
	if p < 0 || r.toks[p].Kind != nlp.Word {
		return false
	}
	return isAdjectiveStrict(r.toks[p].Norm) || complementHeads.has(r.toks[p].Norm)
}

// complementHeads take a that-clause for their content, which is no
// relative clause on them: "no doubt that …", "made clear that …".
var complementHeads = plainClass("complementHeads")

// mainVerbAt reports whether the verb group of a clause's predicate
// starts at k, or a quotation that opens with one: a modal, a form of
// "be" or an auxiliary ("… will assuage", "… is a lie", "… “will assuage
// people's fears,”").
func (r *run) mainVerbAt(k, hi int) bool {
	if k < hi && r.opensQuote(k) {
		k++
	}
	if k >= hi || r.toks[k].Kind != nlp.Word || r.capitalized(k) {
		return false
	}
	return r.in(k, modals) || r.in(k, beForms) || r.finiteAux(k)
}

// sourceNextTo reports whether the cue's verb group at vg is the source
// src's first predicate, so that what stands before the source can be the
// cue's: not so for a second predicate after a coordinator ("Eight years
// ago, he backed Obama and said, “…”").
func (r *run) sourceNextTo(src [2]int, vg int) bool {
	if src == noSource || src[1] >= vg {
		return true
	}
	verb := false // the source's own predicate before a coordinator
	for k := src[1] + 1; k < vg; k++ {
		t := &r.toks[k]
		if t.Kind != nlp.Word || r.capitalized(k) {
			continue
		}
		if verb && (t.Norm == "and" || t.Norm == "but") {
			return false
		}
		verb = verb || pastForm(t.Norm) && r.verbLike(k) || r.isVerbCue[k]
	}
	return true
}

// pronounVerbAt reports whether a subject pronoun and a finite verb
// start at k: "he dislikes", "they want", "she said".
func (r *run) pronounVerbAt(k int) bool {
	if k+1 >= len(r.toks) || !r.in(k, subjectPronouns) || r.toks[k].Norm == "that" || r.toks[k].Norm == "which" || r.toks[k].Norm == "who" || r.toks[k].Norm == "it" {
		return false
	}
	n := &r.toks[k+1]
	if n.Kind != nlp.Word || r.capitalized(k+1) || r.in(k+1, prepositions) || r.in(k+1, determiners) {
		return false
	}
	third := r.toks[k].Norm == "he" || r.toks[k].Norm == "she"
	return r.verbLike(k+1) || pastForm(n.Norm) || r.isVerbCue[k+1] || r.in(k+1, modals) || r.finiteAux(k+1) ||
		third && len(n.Norm) > 2 && strings.HasSuffix(n.Norm, "s") || !third && r.isContent(k+1) // "he likes", "they want"
}

// modalBetween reports whether a modal or "will", or a form of "be" after
// the first token, stands among tokens [from, to): a finite verb group of
// a clause.
func (r *run) modalBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if r.in(k, modals) || r.toks[k].Kind == nlp.Word && modalAuxiliaries.has(r.toks[k].Norm) && !r.capitalized(k) {
			return true // ("should", "must": "said the party should brace for how …")
		}
		if k > from && r.in(k, beForms) && !r.in(k-1, relativeWh) && r.toks[k-1].Norm != "that" {
			return true // "says many women are torn by guilt when …"
		}
	}
	return false
}

// sceneSetting reports whether t opens a clause of time, which sets the
// scene of a statement rather than belongs to it.
func sceneSetting(t *nlp.Token) bool {
	if t.Kind != nlp.Word {
		return false
	}
	switch t.Norm {
	case "when", "while", "as", "after", "before", "once", "since":
		return true
	}
	return false
}

// afterSceneClause returns the start of a quotation or that-clause right
// after the comma that ends a clause of time opening at k, or -1.
func (r *run) afterSceneClause(k, hi int) int {
	for j := k + 1; j < hi && j < k+24; j++ {
		t := &r.toks[j]
		if isTerminalTok(t) || t.Text == ";" || t.Text == ":" || t.Kind.IsQuote() {
			return -1
		}
		if t.Text == "," {
			if n := j + 1; n < hi && (r.opensQuote(n) || r.toks[n].Kind == nlp.Word && r.toks[n].Norm == "that") {
				return n
			}
			return -1
		}
	}
	return -1
}

// subjectGapAt reports whether token k, right after "that" or a
// wh-word, is a verb in -ed or -ing with no subject before it: the word
// before opened a relative clause ("a strike that obliterated …").
func (r *run) subjectGapAt(k int) bool {
	return k < len(r.toks) && r.toks[k].Kind == nlp.Word && r.verbLike(k) && !r.capitalized(k) && !r.in(k, auxiliaries)
}

// beforePastPredicate returns where an infinitive content [st, e] ends
// when "and" or "but" and a past form follow within it: a second
// predicate of the cue's subject, not a second infinitive ("has vowed to
// keep abortion legal | and celebrated the ruling"), which would take a
// base form ("vowed to cut taxes and raise wages"); or a subject pronoun
// and a finite verb, a clause of its own ("… | and she performed well").
func (r *run) beforePastPredicate(st, e int) int {
	for k := st + 2; k < e; k++ {
		if r.toks[k].Kind != nlp.Word || (r.toks[k].Norm != "and" && r.toks[k].Norm != "but") || r.inQuote(k) ||
			r.verbLike(k-1) || irregularPast.has(r.toks[k-1].Norm) {
			continue // "to be loved and respected": participles coordinated
		}
		n := k + 1
		for n < e && r.isAdverb(n) {
			n++
		}
		if w := r.toks[n].Norm; !r.capitalized(n) && (len(w) > 4 && strings.HasSuffix(w, "ed") && r.verbLike(n) || irregularPast.has(w)) {
			return r.beforeJoin(st, k)
		}
		if n+1 < e && r.nominative(n) && r.toks[n+1].Kind == nlp.Word {
			// a clause with a subject of its own: "decided not to enter
			// the race | and she performed well"
			if pastForm(r.toks[n+1].Norm) || r.finiteAux(n+1) {
				return r.beforeJoin(st, k)
			}
		}
	}
	return e
}

// beforeModalPredicate returns where an object content [st, e] ends when
// "and" or "but" and a modal follow within it, outside a quotation and
// with no verb of a clause before: a noun phrase holds no modal, so the
// modal begins a second predicate of the cue's subject ("rejects Trump's
// remarks | but will meet with him").
func (r *run) beforeModalPredicate(st, e int) int {
	for k := st + 1; k < e; k++ {
		t := &r.toks[k]
		if t.Kind != nlp.Word || r.inQuote(k) {
			continue
		}
		if r.relativeWord(k) || r.verbLike(k) || r.in(k, beForms) && !r.possessiveS(k) || r.in(k, modals) || t.Norm == "will" {
			return e // a clause inside the phrase may coordinate its own predicates
		}
		if (t.Norm == "and" || t.Norm == "but") && (r.in(k+1, modals) || r.toks[k+1].Norm == "will") && k+2 <= e && !r.capitalized(k+2) {
			return r.beforeJoin(st, k)
		}
	}
	return e
}

// beforeJoin returns the last token of a content starting at st before
// the coordinator at k, and before a comma that precedes it.
func (r *run) beforeJoin(st, k int) int {
	b := k - 1
	if r.toks[b].Text == "," && b > st {
		b--
	}
	return b
}

// breakBetween reports whether a comma, or a relative word that opens a
// clause inside another, stands among tokens [a, b): then a verb there is
// that clause's, not the content's ("assured the families, who had been
// waiting outside, that …").
func (r *run) breakBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if r.toks[k].Text == "," || r.relativeWord(k) {
			return true
		}
	}
	return false
}

// relativeWord reports whether token k is a word that may open a relative
// clause: a wh-word of relativeWh, "whose" or "that".
func (r *run) relativeWord(k int) bool {
	t := &r.toks[k]
	return t.Kind == nlp.Word && (r.in(k, relativeWh) || t.Norm == "that" || t.Norm == "whose")
}

// asAfter reports whether "as" stands among tokens [k, hi).
func (r *run) asAfter(k, hi int) bool {
	for ; k < hi; k++ {
		if r.toks[k].Norm == "as" {
			return true
		}
	}
	return false
}

// relativeAfterObject reports whether "that" or a wh-word at j opens a
// relative clause on the cue's object rather than its content: it follows
// the noun phrase that starts the words after the cue, or that phrase and
// its "as" complement ("views him as a man who …"). A cue flagged
// object-clause is asked no such thing: it takes an object and a clause
// ("told reporters that", "warned voters that").
func (r *run) relativeAfterObject(j, k0 int) bool {
	if j <= k0 || j-1 < 0 {
		return false
	}
	// the words from k0 to j are the object: a noun phrase, and a comma
	// ("endorses Trump, who says …")
	e := j - 1
	if r.toks[e].Text == "," && e-1 >= k0 {
		e--
	}
	if r.toks[e].Kind != nlp.Word || r.in(e, timeWords) {
		return false
	}
	x := r.rightNP(k0, e+1, false)
	if x == e {
		return true
	}
	// an object and its "as" complement: "views Mr. Trump as a candidate
	// who has aggravated divisions"
	return x >= k0 && x+2 <= e && r.toks[x+1].Norm == "as" && r.rightNP(x+2, e+1, false) == e
}

// objectAndClause are verbs that take an object and then a clause: the
// one-word terms of the cues flagged object-clause in the lexicon's
// cues.tsv (see addLexiconWords), and in classes.tsv verbs that are no
// cues there. A word the cue model takes for a cue gets the flag from its
// class (see modelCue).
var objectAndClause = class("objectAndClause")

// relativeWh open a relative clause after a noun.
var relativeWh = class("relativeWh")

// endsInPreposition reports whether a cue phrase ends in a preposition
// ("call for", "point to"), after which its content starts at once.
func endsInPreposition(term string) bool {
	i := strings.LastIndexByte(term, ' ')
	return i >= 0 && prepositions.has(term[i+1:])
}

// paragraphEnd returns the last token of the paragraph that starts at
// token k, or -1.
func (r *run) paragraphEnd(k int) int {
	if k >= len(r.toks) {
		return -1
	}
	e := k
	for e+1 < len(r.toks) && r.nl[e+1] == 0 {
		e++
	}
	return e
}

// quantityAt reports whether an approximator and a number start at k:
// "for about five minutes".
func (r *run) quantityAt(k, hi int) bool {
	return k+1 < hi && r.in(k, approximators) && (r.toks[k+1].Kind == nlp.Number || r.in(k+1, quantifiers) || numberWord(r.toks[k+1].Norm))
}

// afterComparator returns the token after a comparison that opens a
// quantity at k ("more than", "fewer than", "at least", "about" before a
// number or quantifier), else k.
func (r *run) afterComparator(k, hi int) int {
	j := k
	switch {
	case k+2 < hi && r.toks[k+1].Norm == "than" && (r.toks[k].Norm == "more" || r.toks[k].Norm == "fewer" || r.toks[k].Norm == "less"),
		k+2 < hi && r.toks[k].Norm == "at" && (r.toks[k+1].Norm == "least" || r.toks[k+1].Norm == "most"):
		j = k + 2
	case r.quantityAt(k, hi):
		return k + 1
	}
	if j > k && (r.toks[j].Kind == nlp.Number || r.in(j, quantifiers) || numberWord(r.toks[j].Norm)) {
		return j
	}
	return k
}

// approximators before a number make a quantity, not a phrase of place
// or topic: "about 20 people".
var approximators = class("approximators")

// coordinators join a second predicate to a cue's clause.
var coordinators = class("coordinators")

// topicPreps introduce what a cue is about: "spoke of", "complained about".
var topicPreps = class("topicPreps")

// whOpeners open a content clause: "asked whether …", "told him how …".
var whOpeners = class("whOpeners")

// clauseFrom returns the clause that starts at token k: up to the end of
// the sentence, a semicolon, or a comma before a subordinate clause or
// another attribution; a quotation that starts at k runs to its closing
// mark, even across sentences.
func (r *run) clauseFrom(k, hi int, cut bool) ([]part, bool) {
	for k < hi && (r.toks[k].Text == "," || r.toks[k].Text == ":") {
		k++
	}
	if k >= hi || isTerminalTok(&r.toks[k]) {
		return nil, false
	}
	if r.opensQuote(k) {
		q := r.quotes[r.qid[k]]
		if q.close >= hi-1 || q.close+1 < len(r.toks) && isTerminalTok(&r.toks[q.close+1]) && q.close+2 >= hi {
			return r.onePart(part{k, q.close}), true
		}
		if q.closed && q.close-1 > k && isTerminalTok(&r.toks[q.close-1]) {
			// “What curfew?” and kept going: a quoted sentence ends the
			// content; what follows is the writer's
			return r.onePart(part{k, q.close}), true
		}
	}
	if t := &r.toks[k]; t.Kind == nlp.Word && t.Norm == "that" && k+2 < hi && r.toks[k+1].Text == "," {
		// an aside set off by commas after "that": "said that, if the
		// report is true, the deal is dead"; the clause goes on after it
		for c := k + 2; c < hi && c < k+20 && !isTerminalTok(&r.toks[c]); c++ {
			if r.toks[c].Text == "," {
				if end := r.clauseEnd(c+1, hi); end > c {
					return r.onePart(part{k, end}), true
				}
				break
			}
		}
	}
	end := r.clauseEnd(k, hi)
	if end < k {
		return nil, false
	}
	return r.onePart(part{k, end}), true
}

// onePart returns a slice of the one part p, carved from a block shared
// with other such slices: each has a capacity of one, so an append to it
// moves it out rather than overwrite a neighbour.
func (r *run) onePart(p part) []part {
	if len(r.partBlock) == cap(r.partBlock) {
		r.partBlock = make([]part, 0, 64)
	}
	r.partBlock = append(r.partBlock, p)
	n := len(r.partBlock)
	return r.partBlock[n-1 : n : n]
}

// clauseEnd returns the last token of the clause that starts at k: the
// token before the first break at or after k, before hi, within
// maxClause tokens (a quotation that starts inside runs to its end).
//
// Whether a token breaks the clause does not depend on k, except at k
// itself and at a dash that closes an aside opened before k (a walk that
// passed a dash is not reused past it), so successive contents of one
// sentence walk the same path:
// the walk goes on where the last one stopped (see clauseWalk), and
// run-on text with a cue every few words costs a walk over the
// sentence, not one per cue.
func (r *run) clauseEnd(k, hi int) int {
	e := r.clauseWalkEnd(k, hi)
	for steps := 0; steps < 2; steps++ {
		// a break at "and" after "that" and a noun phrase joins a
		// second subject, not a second clause: "noted that both Sanders
		// and Trump were …" (but "… the vote was rigged and Democrats
		// accused …" after a clause, or "and said …", break)
		w := &r.walk
		b := w.to
		if !w.broke || b >= hi || b <= k || r.toks[b].Kind != nlp.Word || r.toks[b].Norm != "and" && r.toks[b].Norm != "or" || b+1 >= hi || r.isCue[b+1] || !r.bareSubject(k, b) {
			break
		}
		e = r.clauseWalkEnd(b+1, hi)
	}
	if v := r.subjectVerbAfter(k, hi); v > 0 {
		// "said that the governor, who must decide, has revealed
		// nothing": a that-clause broken before its verb goes on to it
		if e2 := r.clauseWalkEnd(v, hi); e2 > e {
			e = e2
		}
	}
	return e
}

// subjectVerbAfter returns where the verb group of a that-clause starting
// at k begins when the last walk broke it at a comma or dash after its
// subject, a noun phrase with no verb: past an aside or the rest of a
// list ("that the governor, who must decide, has revealed …", "that
// moderates, suburbanites and women backed Clinton"), the clause goes on
// to its predicate, which is part of what was said. It returns -1 when
// the walk did not break so, or when anything but asides, noun phrases
// and adverbs stands before the verb.
func (r *run) subjectVerbAfter(k, hi int) int {
	w := &r.walk
	b := w.to
	if !w.broke || b >= hi || b <= k+1 || r.toks[k].Norm != "that" || r.toks[k].Kind != nlp.Word || !(r.toks[b].Text == "," || r.cls[b]&clsDash != 0) || r.qid[b] >= 0 || r.in(k+1, prepositions) {
		return -1
	}
	limit := min(hi, b+maxSubject)
	sep := func(j int) bool { return r.toks[j].Text == "," || r.cls[j]&clsDash != 0 }
	p := r.rightNP(k+1, b+1, false) + 1
	if p <= k+1 || p > b || !sep(p) || r.verbGroupIn(k+1, p-1) {
		return -1 // the subject is one noun phrase, set off by the comma or dash
	}
	p++
	for p < limit {
		// an aside up to the next comma or dash: a relative clause, or
		// words with no verb ("AKA Danger Mouse", "with expert witnesses")
		q := p
		for q < limit && !sep(q) && !isTerminalTok(&r.toks[q]) && r.toks[q].Text != ";" && r.toks[q].Text != ":" && !r.toks[q].Kind.IsQuote() {
			q++
		}
		if q < limit && sep(q) && q > p && (r.relativeWord(p) || !r.finiteIn(p, q-1) && !r.clauseVerbIn(p, q-1)) {
			p = q + 1
			continue
		}
		break
	}
	if p <= b || p < limit && r.in(p, subjectPronouns) {
		return -1 // the walk broke later, or a clause of its own begins
	}
	// the rest of the subject: noun phrases joined by "and" or "or"
	for p < limit {
		e := r.rightNP(p, limit, false)
		if e < p {
			break
		}
		p = e + 1
		if p < limit && r.toks[p].Kind == nlp.Word && (r.toks[p].Norm == "and" || r.toks[p].Norm == "or") {
			p++
			continue
		}
		break
	}
	for p < limit && (r.isAdverb(p) || r.in(p, negators)) {
		p++ // "mostly backed", "never opposed"
	}
	if p >= limit || r.toks[p].Kind != nlp.Word || r.qid[p] >= 0 {
		return -1
	}
	t := &r.toks[p]
	if r.in(p, beForms) || r.in(p, modals) || r.in(p, auxiliaries) && t.Norm != "to" || !r.capitalized(p) && (pastForm(t.Norm) || r.isVerbCue[p] && !strings.HasSuffix(t.Norm, "ing")) {
		return p
	}
	return -1
}

// maxSubject bounds the tokens subjectVerbAfter reads for the verb of a
// that-clause's subject after the comma that broke it.
const maxSubject = 30

// bareSubject reports whether tokens [k, b) are the first of coordinated
// subjects: "that" and one noun phrase and nothing else, a subject
// pronoun ("said he and Rubio …"), "both", "either" or "neither" and
// a noun phrase, or a clause ending in a subordinator and one noun
// phrase.
func (r *run) bareSubject(k, b int) bool {
	if r.toks[k].Kind != nlp.Word {
		return false
	}
	if correlative(r.toks[k].Norm) {
		// a correlative opens coordinated subjects: "said both he and
		// Rubio promised …"
		return k+1 < b && !r.inQuote(k+1) && (b == k+2 && r.nominative(k+1) || r.rightNP(k+1, b, false) == b-1)
	}
	if r.nominative(k) {
		return b == k+1 // a subject pronoun is no object: "said he and Rubio …"
	}
	if r.toks[k].Norm != "that" {
		// without "that" the phrase may be an object: "denied the
		// charges and Democrats accused …"; but one noun phrase right
		// after a subordinator is the subject of its clause: "will
		// arrive sooner because Congress and Obama agreed …"
		st := r.leftNP(b-1, k+1)
		return st > k && r.toks[st-1].Kind == nlp.Word && r.in(st-1, subordinators) && r.toks[st-1].Norm != "as" && !r.inQuote(st)
	}
	k++
	if k >= b || r.inQuote(k) {
		return false
	}
	return r.rightNP(k, b, false) == b-1
}

// nominative reports whether token k is a subject pronoun that cannot be
// an object: he, she, we, they, I.
func (r *run) nominative(k int) bool {
	switch strings.ToLower(r.toks[k].Norm) {
	case "he", "she", "we", "they", "i":
		return r.toks[k].Kind == nlp.Word
	}
	return false
}

// clauseWalkEnd is clauseEnd without the coordinated subjects.
func (r *run) clauseWalkEnd(k, hi int) int {
	limit := min(hi, k+maxClause)
	w := &r.walk
	j := k
	after := false // j follows a quotation the walk stepped over
	if w.valid && w.hi == hi && w.from < k && k < w.to && r.qid[k] < 0 && (w.dash < 0 || w.dash >= k) && (w.paren < 0 || w.paren >= k) {
		// k lies on the last walk, which found nothing before w.to (and
		// no dash before k, which could open an aside that k's clause
		// ends at its closing dash: see breaksAt)
		if w.broke {
			return trimEnd(r, k, w.to-1)
		}
		j, after = w.to, w.after
	} else {
		w.from, w.hi, w.dash, w.paren = k, hi, -1, -1
	}
	w.valid = true
	broke := false
	for j < limit {
		if after {
			after = false
			// (an auxiliary right after the quotation goes on with a
			// clause it is the subject of: "said any “reasonable
			// person” should have known …")
			auxNext := r.toks[j].Kind == nlp.Word && (r.in(j, auxiliaries) && r.toks[j].Norm != "to" || r.in(j, modals)) && r.toks[j-2].Text != ","
			if j > k+1 && (r.cueClauseAt(j, hi) && !auxNext || r.toks[j-2].Text == "," && r.breaksAfter(j, hi)) {
				// "… “don’t know about that,” she said.", "… a
				// “terrible situation,” but stopped short …"
				broke = true
				break
			}
		}
		t := &r.toks[j]
		if w.dash < 0 && r.cls[j]&clsDash != 0 {
			w.dash = j
		}
		if r.opensQuote(j) {
			c := r.quotes[r.qid[j]].close
			if c >= limit {
				w.to, w.broke, w.after = j, false, false
				return c
			}
			if c > j {
				j, after = c+1, true
				continue
			}
		}
		if t.Text == "(" {
			// an aside in parentheses ends nothing, though it asks or
			// exclaims: "time to think about it (really?) and that …"
			if c := r.parenClose(j, limit); c > j {
				if w.paren < 0 {
					w.paren = j
				}
				j = c + 1
				continue
			}
		}
		if isTerminalTok(t) || t.Text == ";" {
			// keep a closing quotation mark that follows
			broke = true
			break
		}
		if t.Text == ")" && j > k {
			// the parenthesis the clause began in closes (one opened
			// inside it was stepped over): "(… declaring himself the
			// “comeback kid”) makes this …"
			broke = true
			break
		}
		if j > k && r.breaksAt(j, hi) {
			broke = true
			break
		}
		j++
	}
	w.to, w.broke, w.after = j, broke, after
	return trimEnd(r, k, j-1)
}

// clauseWalk remembers where the last clauseEnd stopped: the tokens
// between from and to broke nothing for a clause ending before hi. When
// broke is set, to is the break; otherwise the walk stopped at its limit
// there, after a quotation when after is set.
type clauseWalk struct {
	valid, broke, after bool
	from, to, hi        int
	dash                int // the first dash the walk passed, or -1
	paren               int // the first parenthesis the walk stepped over, or -1
}

// breaksAt reports whether token j, not the first of its clause, ends a
// clause that must end before hi: a run-on sentence, a comma or dash
// before a clause that is not part of the content, or a conjunction before
// a clause with a cue of its own.
func (r *run) breaksAt(j, hi int) bool {
	t := &r.toks[j]
	// Run-on text with a lost full stop: "… the regional centers The
	// S.E.C. said …". (The classes say: a capitalized word after a word
	// that is not.)
	if r.cls[j]&clsCapWord != 0 && r.in(j, runOnStarters) && r.cls[j-1]&(clsKind|clsCapWord) == uint8(nlp.Word) {
		return true
	}
	if r.cls[j]&clsKind != uint8(nlp.Word) && (t.Text == "," || t.Text == "\u2014" || t.Text == "\u2015" || t.Text == "\u2013" || t.Text == "--" || t.Text == "(") && r.breaksAfter(j+1, hi) {
		return true
	}
	if r.cls[j]&clsDash != 0 {
		// "His speech — in which he joked about …, cited … — kept the
		// audience laughing": the dash that closes the aside a content
		// began in ends it (an aside that opens inside the content is
		// not closed by this rule)
		if o := r.dashAsideOpen(j); o >= 0 && o < r.walk.from {
			return true
		}
	}
	// "calling him a “nice guy” and he didn't …": after an object, a
	// subject pronoun opens a clause of its own (after a clause, a
	// second clause goes on with what was said)
	if t.Kind == nlp.Word && (t.Norm == "and" || t.Norm == "but") && j+2 < hi && r.nominative(j+1) && r.toks[j+2].Kind == nlp.Word && (r.finiteAux(j+2) || r.in(j+2, modals)) && !r.verbGroupIn(r.walk.from, j-1) {
		return true
	}
	// "… and called for …", "… and Democrats accused …", "…: Republicans
	// said …"
	return (t.Kind == nlp.Word && r.in(j, clauseJoiners) || t.Text == ":") && j+1 < hi && r.cueClauseAt(j+1, hi) && !r.sharedVerbGroup(j)
}

// sharedVerbGroup reports whether the "and" at token j joins a cue in its
// base form to a verb group that a modal or "to" opened in the clause
// being walked: the modal or "to" governs both verbs, so the second
// predicate is the clause's, not a new report ("says he'd sit Putin down
// and tell him …", "hopes to win the state and encourage …"). A finite
// form after "and" may be the outer subject's second predicate ("said she
// would run and announced …") and still breaks, and so does "or", which
// offers an alternative act of its own ("refuses to release the report or
// explain …").
func (r *run) sharedVerbGroup(j int) bool {
	n := j + 1
	if r.toks[j].Norm != "and" || !r.isVerbCue[n] || r.inQuote(n) || r.capitalized(n) {
		return false
	}
	m := r.cueMatchAt(n)
	if m == nil || m.Entry == nil {
		return false
	}
	if head, _, _ := strings.Cut(m.Entry.Term, " "); r.toks[n].Norm != head {
		return false // not the base form: "and called", "and says"
	}
	for k := j - 1; k >= r.walk.from && k >= r.lo; k-- {
		t := &r.toks[k]
		if t.Kind != nlp.Word {
			if t.Text == "," || t.Text == ";" || t.Kind.IsQuote() {
				return false
			}
			continue
		}
		if r.in(k, modals) || t.Norm == "to" && k+1 < j && r.toks[k+1].Kind == nlp.Word && !r.in(k+1, determiners) && !r.in(k+1, possessives) && !r.capitalized(k+1) {
			return true
		}
	}
	return false
}

// dashAsideOpen returns the dash that opened the aside the dash at token
// j closes, or -1: the nearest dash before j in its sentence (within
// maxClause tokens, and in the same quotation or none) when an odd number
// stand before it.
func (r *run) dashAsideOpen(j int) int {
	n, open := 0, -1
	for i := j - 1; i >= r.lo && i > j-maxClause; i-- {
		if r.cls[i]&clsDash != 0 && r.qid[i] == r.qid[j] {
			if n == 0 {
				open = i
			}
			n++
		}
	}
	if n%2 == 1 {
		return open
	}
	return -1
}

// clauseJoiners join a clause that may have a cue of its own.
var clauseJoiners = class("clauseJoiners")

// runOnStarters begin a sentence; capitalized after a lowercase word
// inside a sentence they mark a missing full stop.
var runOnStarters = class("runOnStarters")

// clauseLimit returns the end (exclusive) of the clause that holds the cue
// at token i when the sentence opens with a subordinate clause ending in a
// comma after the cue ("As Clinton talked about X, Trump …"), else hi.
func (r *run) clauseLimit(lo, hi, i int) int {
	var k, comma int
	if lo == r.lo && hi == r.hi {
		in := r.info(infoSub)
		k, comma = in.subK, in.subComma
	} else {
		k, comma = r.subordinateClause(lo, hi)
	}
	if k < 0 || k >= i || comma < 0 || comma < i {
		return hi
	}
	return comma
}

// subordinateClause returns the subordinator that opens tokens [lo, hi)
// and the first comma or dash after it outside quotations, each -1 when
// there is none.
func (r *run) subordinateClause(lo, hi int) (k, comma int) {
	k = lo
	for k < hi && (r.toks[k].Kind.IsQuote() || r.toks[k].Kind == nlp.Word && (r.toks[k].Norm == "and" || r.toks[k].Norm == "but")) {
		k++
	}
	if k+1 < hi && r.lyWord(k) && r.in(k+1, subordinators) {
		k++ // "Shortly after it ruled …, Cruz proposed …"
	}
	if k >= hi || !r.in(k, subordinators) || r.inQuote(k) {
		// one inside a quotation is the quoted speaker's: "“If you
		// go,” he said, “I stay.”"
		return -1, -1
	}
	for j := k + 1; j < hi; j++ {
		if r.inQuote(j) {
			continue
		}
		if t := r.toks[j].Text; t == "," || t == "\u2014" || t == "\u2015" || t == "--" {
			return k, j
		}
	}
	return k, -1
}

// subordinators open a subordinate clause.
var subordinators = class("subordinators")

// cueClauseAt reports whether a clause with a cue of its own starts at k:
// a cue verb, or a short subject and a cue verb.
func (r *run) cueClauseAt(k, hi int) bool {
	n := k
	if n < hi && !r.isCue[n] {
		st := r.afterComparator(n, hi) // "more than 4 in 10 said"
		e := r.rightNP(st, hi, false)
		if e >= 0 && e+2 < hi && r.toks[e+1].Norm == "in" && (r.toks[e].Kind == nlp.Number || numberWord(r.toks[e].Norm)) && (r.toks[e+2].Kind == nlp.Number || numberWord(r.toks[e+2].Norm)) {
			e += 2 // a proportion: "4 in 10"
		}
		if e >= 0 && e-st < 5 {
			n = e + 1
			// a cue word the phrase took for a noun: "1 percent support
			// the Green Party's Jill Stein"
			for p := k + 1; p <= e; p++ {
				prev, v := r.toks[p-1].Norm, r.toks[p].Norm
				plural := isPlural(prev) || prev == "percent" && p-2 >= k && r.toks[p-2].Kind == nlp.Number
				if r.isVerbCue[p] && !r.inQuote(p) && plural != (strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss")) {
					n = p
					break
				}
			}
		}
	}
	if n > k {
		n = r.skipTime(n, hi) // "A poll this month found …"
	}
	for steps := 0; n < hi && steps < r.maxGap && (r.isAdverb(n) || r.toks[n].Kind == nlp.Word && r.in(n, auxiliaries) && r.toks[n].Norm != "to"); steps++ {
		n++
	}
	// (an adjective in -ed before its noun is no verb: "the undivided
	// and recognized capital")
	return n < hi && r.isCue[n] && !r.inQuote(n) && !(n == k && strings.HasSuffix(r.toks[n].Norm, "ed") && r.attributive(n, r.lo, hi))
}

// maxClause bounds a content clause in tokens (a quotation may run
// longer), which bounds the work per cue on run-on text.
const maxClause = 200

// breaksAfter reports whether the words after a comma at k start a new
// clause that is not part of the content: a subordinate clause, "according
// to", a participial cue, or "he said".
func (r *run) breaksAfter(k, hi int) bool {
	if k >= hi {
		return true
	}
	t := &r.toks[k]
	if t.Kind == nlp.Word && r.in(k, clauseBreakersAfterComma) {
		return !r.relativeAside(k, hi)
	}
	if t.Kind == nlp.Word && t.Norm == "and" && r.newClauseAt(k+1, hi) {
		return true // "…, and a fourth judge has not been chosen"
	}
	if r.frontedInClause(k - 1) {
		// "noted that at one of his first DNC meetings, in 1972, he
		// supported …": the subject and verb of the that-clause follow
		return false
	}
	for j := k; j < hi && j < k+6; j++ {
		tj := &r.toks[j]
		if tj.Kind == nlp.Punct || tj.Kind.IsQuote() {
			return false
		}
		if r.isCue[j] && !r.inQuote(j) && !(j > k && r.toks[j-1].Kind == nlp.Word && r.in(j-1, prepositions) && r.toks[j-1].Norm != "to") {
			// (a gerund after a preposition opens no clause: "…, and Cy
			// Ruiz for criticizing the plan")
			return true
		}
	}
	// "…, Sen. Lindsey Graham (R-S.C.) told …": a longer subject
	if e := r.rightNP(k, hi, false); e >= k && e-k < 10 {
		n := e + 1
		for steps := 0; n < hi && steps < r.maxGap && (r.isAdverb(n) || r.toks[n].Kind == nlp.Word && r.in(n, auxiliaries) && r.toks[n].Norm != "to"); steps++ {
			n++
		}
		return n < hi && r.isVerbCue[n] && !r.inQuote(n)
	}
	return false
}

// newClauseAt reports whether a clause with a subject of its own starts
// at k: a noun phrase, not a relative pronoun, and a finite verb group (a
// form of "be", "have" or "do", or a modal) after it.
func (r *run) newClauseAt(k, hi int) bool {
	n := r.afterSubjectAt(k, hi)
	if n < 0 {
		return false
	}
	w := r.toks[n].Norm
	return r.toks[n].Kind == nlp.Word && r.finiteAux(n) &&
		w != "being" && w != "been" && w != "be" // "and the partner being supportive" goes on with the content
}

// afterSubjectAt returns the token after the noun phrase that may open a
// clause at k (not a preposition, a relative word or a quotation's word),
// or -1 when none does or nothing follows it before hi.
func (r *run) afterSubjectAt(k, hi int) int {
	if k >= hi || r.toks[k].Kind != nlp.Word || r.inQuote(k) || r.in(k, prepositions) || r.relativeWord(k) {
		return -1
	}
	e := r.rightNP(k, hi, false)
	if e < k || e+1 >= hi {
		return -1
	}
	return e + 1
}

// finiteAux reports whether token k can begin a finite verb group: an
// auxiliary or modal other than "to", or a form of "be" or "get".
func (r *run) finiteAux(k int) bool {
	return r.in(k, auxiliaries) && r.toks[k].Norm != "to" || r.in(k, beForms)
}

// relativeAside reports whether the relative clause that "which" or
// "who" opens at k is set off by a second comma after which a verb
// follows with no subject of its own: the clause sits inside the
// content's subject, which the verb goes on with ("said the decision,
// which struck down the rules, illustrates …"). Without the second comma
// the clause is the writer's comment on what was said ("said the tax
// would rise, which angered voters").
func (r *run) relativeAside(k, hi int) bool {
	if n := r.toks[k].Norm; n != "which" && n != "who" {
		return false
	}
	for j := k + 1; j < hi && j < k+25; j++ {
		t := &r.toks[j]
		if t.Text == "," {
			n := j + 1
			for n < hi && r.isAdverb(n) {
				n++
			}
			if n >= hi || r.toks[n].Kind != nlp.Word || r.capitalized(n) {
				return false
			}
			w := r.toks[n].Norm
			return r.isVerbCue[n] || r.in(n, auxiliaries) && w != "to" || r.in(n, beForms) || r.in(n, modals) ||
				len(w) > 4 && strings.HasSuffix(w, "ed") && r.verbLike(n) || irregularPast.has(w) ||
				len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !r.in(n, functionWords) // "illustrates"
		}
		if t.Kind == nlp.Punct || t.Kind.IsQuote() {
			return false
		}
	}
	return false
}

// frontedInClause reports whether the comma at c ends an adverbial
// fronted in a that-clause: it follows "that" at once, and no verb stands
// between them.
func (r *run) frontedInClause(c int) bool {
	aux, verb := false, false
	for j := c - 1; j >= r.lo && j > c-25; j-- {
		t := &r.toks[j]
		switch {
		case t.Kind == nlp.Word && t.Norm == "that":
			// the phrase after "that" is an adverbial: a subordinator
			// opens it, with a verb of its own ("that when the bill
			// passed,"), or a preposition, whose participles and
			// gerunds are no verb group ("that despite the excitement
			// surrounding the opening,"), or an adverb
			if j+1 >= c || r.toks[j+1].Kind != nlp.Word {
				return false
			}
			switch {
			case r.in(j+1, subordinators):
				return true
			case r.in(j+1, prepositions):
				return !aux
			}
			return r.isAdverb(j+1) && !aux && !verb
		case t.Kind == nlp.Punct && t.Text != "," || t.Kind.IsQuote() || r.isCue[j]:
			return false
		case t.Kind == nlp.Word && r.in(j, auxiliaries) && t.Norm != "to":
			aux = true
		case t.Kind == nlp.Word && r.verbLike(j):
			verb = true
		}
	}
	return false
}

// clauseBreakersAfterComma start a clause that is not part of what was
// reported: "…, although no evidence was provided".
var clauseBreakersAfterComma = class("clauseBreakersAfterComma")

// trimEnd drops trailing commas, dashes and colons from [st, e].
func trimEnd(r *run, st, e int) int {
	for e >= st {
		t := &r.toks[e]
		if t.Kind == nlp.Punct && (t.Text == "," || t.Text == "\u2014" || t.Text == "\u2013" || t.Text == "--" || t.Text == "-" || t.Text == ":" || t.Text == ";") {
			e--
			continue
		}
		break
	}
	return e
}

// hasComma reports whether tokens [a, b] hold a comma.
func (r *run) hasComma(a, b int) bool {
	if a > b {
		return false
	}
	if r.lo <= a && b < r.hi {
		c := r.info(infoClauses).commas
		return c[b+1-r.lo] > c[a-r.lo]
	}
	for j := a; j <= b; j++ {
		if r.toks[j].Text == "," {
			return true
		}
	}
	return false
}

// clauseStart returns the first token of the clause that ends at e: the
// sentence start after its dateline ("RIVERTON —", "WASHINGTON (AP) —"),
// or the token after a semicolon or colon.
func (r *run) clauseStart(e, lo int) int {
	if e < lo {
		return lo
	}
	var st int
	if lo == r.lo && e < r.hi {
		st = int(r.info(infoClauses).start[e-lo])
	} else {
		st = e
		for st > lo && !clauseMark(&r.toks[st-1]) {
			st--
		}
	}
	if st == r.lo {
		if d := r.skipDateline(st, r.hi); d <= e {
			st = d
		}
	}
	return st
}

// beforeSubjectsPredicate returns where the clause [k, e] that a
// participle on the sentence's subject reports ends: before the verb of
// that subject, which comes after the clause's own subject and verb ("The
// share of voters saying they want a ban | is as high as …"); e when
// there is none. See mainPredicateAfter, which a pronoun and the word
// after it also make finite here.
func (r *run) beforeSubjectsPredicate(k, e int) int {
	if k > 0 && r.toks[k-1].Norm == "to" || r.toks[k].Norm == "to" {
		return e // an infinitive has no subject of its own
	}
	finite := false
	for v := k; v <= e; v++ {
		t := &r.toks[v]
		if t.Kind != nlp.Word && t.Kind != nlp.Number || r.inQuote(v) {
			return e
		}
		if r.in(v, coordinators) || r.relativeWord(v) || r.in(v, subordinators) || r.in(v, whOpeners) {
			return e
		}
		aux := (r.finiteAux(v) || r.in(v, modals)) && !r.capitalized(v) && t.Norm != "'s" && t.Norm != "to"
		if aux && finite && v > k && !r.in(v-1, auxiliaries) && !r.in(v-1, beForms) && !r.in(v-1, modals) && !r.isAdverb(v-1) && !r.in(v-1, negators) && !r.in(v-1, subjectPronouns) {
			return trimEnd(r, k, v-1)
		}
		if aux || !r.capitalized(v) && pastForm(t.Norm) || v > k && r.in(v-1, subjectPronouns) && !r.in(v-1, objectPronouns) {
			finite = true
		}
	}
	return e
}

// clauseMark reports whether a token ends a clause for clauseStart.
func clauseMark(t *nlp.Token) bool {
	return t.Kind == nlp.Punct && (t.Text == ";" || t.Text == ":")
}

// sentenceInfo holds what several rules ask of the current sentence as a
// whole, each part computed on first use: asking each time would cost a
// scan of the sentence per cue, and most sentences need only some parts.
type sentenceInfo struct {
	have     infoPart // the parts computed
	cues     int      // cue words outside quotations
	title    bool     // most words capitalized (titleCase)
	subK     int      // the subordinator opening the sentence, or -1
	subComma int      // the first comma or dash after it, or -1
	start    []int32  // per token: the first token of its clause (clauseStart)
	commas   []int32  // per token and one more: the commas before it
	nextVerb []int32  // per token: the next verb cue outside quotations, or hi
}

// An infoPart is a set of parts of a sentenceInfo.
type infoPart uint8

const (
	infoCues infoPart = 1 << iota
	infoTitle
	infoSub
	infoClauses // start and commas
	infoNextVerb
)

// info returns the current sentence's information with the parts want
// computed.
func (r *run) info(want infoPart) *sentenceInfo {
	in := &r.sent
	if in.have&want == want {
		return in
	}
	lo, hi := r.lo, r.hi
	n := hi - lo
	toks, cls, qid := r.toks[lo:hi], r.cls[lo:hi], r.qid[lo:hi]
	if want&^in.have&infoCues != 0 {
		cues := 0
		for i, c := range r.isCue[lo:hi] {
			if c && qid[i] < 0 {
				cues++
			}
		}
		in.cues = cues
	}
	if want&^in.have&infoTitle != 0 {
		in.title = r.titleCaseScan(lo, hi)
	}
	if want&^in.have&infoSub != 0 {
		in.subK, in.subComma = r.subordinateClause(lo, hi)
	}
	if want&^in.have&infoClauses != 0 {
		in.start = grow(in.start, n)
		in.commas = grow(in.commas, n+1)
		start, commaCount := in.start[:n], in.commas[:n+1]
		commas, st := int32(0), int32(lo)
		for i := range toks {
			commaCount[i] = commas
			if toks[i].Text == "," {
				commas++
			}
			if i > 0 && cls[i-1]&clsKind == uint8(nlp.Punct) && clauseMark(&toks[i-1]) {
				st = int32(lo + i)
			}
			start[i] = st
		}
		commaCount[n] = commas
	}
	if want&^in.have&infoNextVerb != 0 {
		in.nextVerb = grow(in.nextVerb, n)
		nextVerb, isVerbCue := in.nextVerb[:n], r.isVerbCue[lo:hi]
		next := int32(hi)
		for i := n - 1; i >= 0; i-- {
			if isVerbCue[i] && qid[i] < 0 {
				next = int32(lo + i)
			}
			nextVerb[i] = next
		}
	}
	in.have |= want
	return in
}

// grow returns s with length n, reusing its memory when it can.
func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// opensQuote reports whether token k is the opening mark of a quotation.
func (r *run) opensQuote(k int) bool {
	return k >= 0 && k < len(r.toks) && r.qid[k] >= 0 && r.quotes[r.qid[k]].open == k
}

// closesQuote reports whether token k is the closing mark of a quotation.
func (r *run) closesQuote(k int) bool {
	if k < 0 || k >= len(r.toks) || r.qid[k] < 0 {
		return false
	}
	q := r.quotes[r.qid[k]]
	return q.close == k && q.closed
}

// quotePart returns the quotation holding its mark at token k.
func (r *run) quotePart(k int) part {
	q := r.quotes[r.qid[k]]
	return part{q.open, q.close}
}

// setContent stores the content parts and the quote type.
func (r *run) setContent(a *Attribution, ps []part, ok bool) {
	if !ok || len(ps) == 0 {
		return
	}
	valid := 0
	in, out := 0, 0
	for x := range ps {
		p := &ps[x]
		if p[0] > p[1] || p[0] < 0 || p[1] >= len(r.toks) {
			continue
		}
		if c := r.writerLinkComma(p[0]); c > 0 && c < p[1] {
			p[0] = c + 1
		}
		if e := p[1]; e > p[0] && r.toks[e].Kind == nlp.Word && r.in(e, coordinators) && !r.inQuote(e) {
			// a paraphrase cut before an aside after its conjunction
			// ("writes a column and, since 2013, leads …") ends before it
			p[1] = trimEnd(r, p[0], e-1)
		}
		valid++
		i, o := r.quoteWords(p[0], p[1])
		in += i
		out += o
		if valid == 1 {
			a.Content.Span = r.span(p[0], p[1])
		}
	}
	if valid == 0 {
		return
	}
	a.Content.Text = r.text(a.Content.Span)
	if valid > 1 {
		spans := make([]nlp.Span, 0, valid)
		for _, p := range ps {
			if !(p[0] > p[1] || p[0] < 0 || p[1] >= len(r.toks)) {
				spans = append(spans, r.span(p[0], p[1]))
			}
		}
		a.Content.Parts = spans
	}
	switch {
	case in > 0 && out == 0:
		a.Quote = Direct
	case in > 0:
		a.Quote = Mixed
	default:
		a.Quote = Indirect
	}
}

var writerLinks = plainClass("writerLinks")

// writerLinkComma returns the comma after the writer's link that opens
// the sentence at token k, set off by that comma: a connective of
// writerLinks ("However, the plan will fail, the mayor said" reports what
// follows it) or a short link phrase ("What's more,", "Even so,"; see
// linkPhrase); -1 when there is none.
func (r *run) writerLinkComma(k int) int {
	if k+1 >= len(r.toks) || r.toks[k].Kind != nlp.Word || r.sentLoOf(k) != k || r.inQuote(k) {
		return -1
	}
	if writerLinks.has(r.toks[k].Norm) && r.toks[k+1].Text == "," {
		return k + 1
	}
	for e := k + 1; e <= k+2 && e+1 < len(r.toks); e++ {
		if r.toks[e+1].Text == "," && r.linkPhrase(k, e) {
			return e + 1
		}
	}
	return -1
}

// linkPhrase reports whether tokens [st, e] are a phrase of two or three
// words that links a sentence to the one before it, as a connective does:
// adverbs, and "what" and "'s", ending in an adverb ("What's more", "Even
// so", "Then again"). It says how the writer goes on, not what a source
// said.
func (r *run) linkPhrase(st, e int) bool {
	if e <= st || e-st > 2 || !r.isAdverb(e) && !notNameAdverb.has(r.toks[e].Norm) {
		return false
	}
	for k := st; k <= e; k++ {
		t := &r.toks[k]
		if t.Kind != nlp.Word || r.inQuote(k) || !(r.isAdverb(k) || notNameAdverb.has(t.Norm) || t.Norm == "what" || t.Norm == "'s") {
			return false
		}
	}
	return true
}

// quoteWords counts the words and numbers of tokens [a, b] inside and
// outside quotations, from prefix counts made on first use.
func (r *run) quoteWords(a, b int) (in, out int) {
	if len(r.quotes) == 0 {
		// no quotations: all that matters is whether there is a word
		for i := a; i <= b; i++ {
			if k := r.toks[i].Kind; k == nlp.Word || k == nlp.Number {
				return 0, 1
			}
		}
		return 0, 0
	}
	if r.wordsBefore == nil {
		n := len(r.toks)
		r.wordsBefore = r.scratch.i32[n : 2*n+1 : 2*n+1] // see newRun
		r.quotedBefore = r.scratch.i32[2*n+1 : 3*n+2 : 3*n+2]
		wb, qb := r.wordsBefore[:n+1], r.quotedBefore[:n+1]
		cls, qid := r.cls[:n], r.qid[:n]
		var w, q int32
		for i := range cls {
			wb[i], qb[i] = w, q
			// without branches: whether a token is a word and quoted
			// follows no pattern a branch predictor could learn
			var d int32
			if cls[i]&clsKind <= uint8(nlp.Number) { // Word or Number
				d = 1
			}
			w += d
			q += d & int32(uint32(^qid[i])>>31) // 1 when qid[i] >= 0
		}
		wb[n], qb[n] = w, q
	}
	in = int(r.quotedBefore[b+1] - r.quotedBefore[a])
	return in, int(r.wordsBefore[b+1]-r.wordsBefore[a]) - in
}

// punctuationCues finds attributions marked by punctuation: a speaker's
// name and a colon opening a sentence ("PENCE: Well, …", "Pence: Flowers
// won't be at debate"), and a dash with a name after a quotation (“…” ―
// Sonya Herridge).
func (r *run) punctuationCues(s *nlp.Sentence, lo, hi int, ms []lexicon.Match) {
	// speaker colon
	start := lo
	for start < hi && r.toks[start].Kind.IsQuote() {
		start++
	}
	label := -1 // where the label's words end, when a parenthesis follows them
	for c, limit := start+1, start+7; c < hi && c < limit; c++ {
		t := &r.toks[c]
		if t.Text == "(" && label < 0 && c > start {
			// "REP. ANN LEE (D-Ohio):", "TRUMP (via telephone):"
			p := c + 1
			for p < hi && p < c+8 && r.toks[p].Text != ")" && r.toks[p].Text != ":" {
				p++
			}
			if p+1 >= hi || r.toks[p].Text != ")" || r.toks[p+1].Text != ":" {
				break
			}
			label, c, limit = c, p, p+2
			continue
		}
		if t.Text != ":" {
			if t.Kind != nlp.Word || !(r.isName(c, lo) || r.in(c, nameParticles) || t.Norm == "'s" || t.Norm == "and" || r.in(c, roleNouns)) {
				break
			}
			continue
		}
		if label < 0 {
			label = c
		}
		if !r.speakerAt(start, label, lo) || c+1 >= hi || isTerminalTok(&r.toks[c+1]) || !r.speakerLabel(start, label) {
			break
		}
		if c == start+1 && r.toks[start].Norm == "q" {
			r.asked = true
		}
		end := hi - 1
		if r.nl[lo] > 0 {
			// a speaker label opening a paragraph speaks to its end
			for end+1 < len(r.toks) && r.nl[end+1] == 0 {
				end++
			}
		}
		a := Attribution{
			Sentence: s.Index, Stance: lexicon.Neutral, Weight: 0.2, Quote: Indirect,
			Cue:  Cue{Span: r.toks[c].Span, Text: r.toks[c].Text, Lemma: ":", Form: Punctuation},
			Rule: RulePunctuationColon,
		}
		e := trimEnd(r, c+1, end)
		for e > c+1 && r.closesQuote(e) && r.quotes[r.qid[e]].open < c {
			e-- // the mark closing a quotation of the whole turn: “SMITH: …”
		}
		for e > c+1 && isTerminalTok(&r.toks[e]) && !r.toks[e-1].Kind.IsQuote() {
			e--
		}
		if !r.hasWord(c+1, e+1) {
			break // a tally ("Clinton: 1,769."), not a turn
		}
		if !r.turnLabel(start, label) && !r.finiteIn(c+1, e) {
			// a mixed-case name before a phrase with no verb is a
			// heading or a list: "Christie: A closing surge.", "South
			// Carolina: Andrew Collins, …" ("Pence: Flowers won't be at
			// debate" reports)
			break
		}
		r.setContent(&a, []part{{c + 1, e}}, e >= c+1)
		r.add(&a, [2]int{start, c - 1}, c)
		break
	}
	// dash after a quotation
	for j := lo; j < hi && r.dashes > 0; j++ {
		if r.cls[j]&clsDash == 0 || j-1 < 0 {
			continue
		}
		t := &r.toks[j]
		q := j - 1
		if !r.closesQuote(q) {
			continue
		}
		e := r.rightNP(j+1, hi, false)
		if e < 0 || !r.isName(e, lo) || e-j > 6 {
			continue
		}
		if e+1 < hi && !(isTerminalTok(&r.toks[e+1]) || r.toks[e+1].Text == ",") {
			continue
		}
		a := Attribution{
			Sentence: s.Index, Stance: lexicon.Neutral, Weight: 0.2, Quote: Direct,
			Cue:  Cue{Span: t.Span, Text: t.Text, Lemma: t.Text, Form: Punctuation},
			Rule: RulePunctuationDash,
		}
		r.setContent(&a, []part{r.quotePart(q)}, true)
		r.add(&a, [2]int{j + 1, e}, j)
	}
}

// colonQuote adds the attribution of a quotation that a colon opens after
// a clause naming its speaker with no reporting word: "In a Fox interview,
// Trump went even further: “If he loses, …”", "He tweeted about it again
// … Donald Trump: “Appreciate the congrats.”". The speaker is the clause's
// subject when it is a name, a personal pronoun or a role after a
// determiner ("The senator put it bluntly: “…”"), or else a name right
// before the colon; without
// either there is no attribution ("The message was clear: “…”"). The cue
// is what the subject did up to the colon ("went even further:", "has a
// word for the plan:"), or the colon after a name. A verb cue before the
// colon may report the quotation itself ("He said: “…”"), so with one
// there colonQuote waits for the cues, and runs again after them (late,
// the sentence's attributions from first on) for a quotation none of them
// reports ("put it plainly: “…”"); a noun cue before the colon does not
// hold it back ("In a Fox interview, …", "has a word for the plan: “No.”").
// It returns, on the first pass, the colon it waits at, or -1.
func (r *run) colonQuote(s *nlp.Sentence, lo, hi int, ms []lexicon.Match, late bool, first int) int {
	c := lo + 1
	for ; c+1 < hi; c++ {
		// the class byte tells a colon, without reading the token
		if r.cls[c]&clsColon != 0 && r.cls[c]&clsKind != uint8(nlp.Word) && !r.inQuote(c) && !r.used[c] && r.opensQuote(c+1) {
			break
		}
	}
	if c+1 >= hi {
		return -1
	}
	q := r.quotePart(c + 1)
	if late {
		for i := first; i < len(r.out); i++ {
			for _, sp := range contentSpans(r.out[i].Content) {
				if sp.Overlaps(r.span(q[0], q[1])) {
					return -1
				}
			}
		}
	} else {
		for _, m := range ms {
			// a verb cue, not a noun read as one after a determiner
			// ("for the plan:")
			if m.First < c && !r.inQuote(m.First) && m.Entry.Flags.Has(lexicon.Verb) &&
				!(m.First-1 >= lo && (r.in(m.First-1, determiners) || r.in(m.First-1, possessives) || r.toks[m.First-1].Norm == "'s")) {
				return c
			}
		}
	}
	src := noSource
	sub := r.subjectAfter(lo, c)
	if sub != noSource && r.isName(sub[0], lo) && !r.isName(sub[1], lo) {
		// a name and a verb the phrase took in: "Trump went even further"
		e := sub[0]
		for e+1 < sub[1] && r.isName(e+1, lo) {
			e++
		}
		sub[1] = e
	}
	// a capitalized word for people opening the sentence is no name:
	// "Officials gave the storm a name: “Maria.”"
	name := func(k int) bool {
		n := r.toks[k].Norm
		return r.isName(k, lo) && !r.in(k, roleNouns) && !r.peopleNoun(k) && !roleNouns.has(strings.TrimSuffix(n, "s")) && !strings.HasSuffix(n, "ing")
	}
	person := sub != noSource && (name(sub[1]) ||
		r.in(sub[1], subjectPronouns) && sub[0] == sub[1] ||
		r.in(sub[1], roleNouns) && sub[1] > sub[0] && r.in(sub[0], determiners)) // "The senator", not "Officials"
	cue := c // the cue's first token: the verb phrase and the colon, or the colon
	if person && sub[1] < c-1 && r.toks[sub[1]+1].Norm != "'s" && r.plainPredicate(sub[1]+1, c) {
		src, cue = sub, sub[1]+1
	} else if name(c - 1) {
		// a name right before the colon, not in a phrase of place or
		// medium ("on CNN:", "to the newspaper NRC Handelsblad:")
		if st := r.leftNP(c-1, lo); st >= lo && (st == lo || !r.in(st-1, prepositions)) {
			src = [2]int{st, c - 1}
			for p := st + 1; p < c-1; p++ {
				if n := r.toks[p].Norm; r.in(p, prepositions) && n != "of" && n != "for" && n != "de" {
					// a headline's speaker and topic: "CNN President On
					// Trump: …", "Obama to Congress: …"
					src = [2]int{st, p - 1}
					break
				}
			}
		}
	}
	if src == noSource || r.toks[src[0]].Norm == "it" {
		return -1
	}
	sp := r.span(cue, c)
	a := Attribution{
		Sentence: s.Index, Stance: lexicon.Neutral, Weight: 0.2, Quote: Direct,
		Cue:  Cue{Span: sp, Text: r.text(sp), Lemma: ":", Form: Punctuation},
		Rule: RulePunctuationColon,
	}
	r.setContent(&a, []part{q}, true)
	r.add(&a, src, cue)
	return -1
}

// hasWord reports whether tokens [a, b) hold a word.
func (r *run) hasWord(a, b int) bool {
	for k := a; k < b && k < len(r.toks); k++ {
		if nlp.Kind(r.cls[k]&clsKind) == nlp.Word {
			return true
		}
	}
	return false
}

// speakerAt reports whether a speaker's label that ends before token c
// can start at token start: with a name or a role ("SMITH:", "Moderator:"),
// "the" and a role ("THE PRESIDENT:"), or, in an interview, the letters
// that mark the question and, once a question was asked, the answer
// ("Q:", "A:").
func (r *run) speakerAt(start, c, lo int) bool {
	switch {
	case c == start+1 && r.toks[start].Text == "A":
		return r.asked && (start == 0 || r.nl[start] > 0)
	case r.isName(start, lo) || r.in(start, roleNouns):
		return true
	}
	if r.toks[start].Norm != "the" || c-1 <= start || !r.in(c-1, roleNouns) {
		return false
	}
	for j := start; j < c; j++ {
		if w := r.toks[j].Text; strings.ToUpper(w) != w {
			return false // "The President: A Life" is a title
		}
	}
	return true
}

// turnLabel reports whether the label [start, c) is a transcript's: "Q"
// or "A", or in capitals ("RAMOS", "THE PRESIDENT").
func (r *run) turnLabel(start, c int) bool {
	if c == start+1 && (r.toks[start].Text == "Q" || r.toks[start].Text == "A") {
		return true
	}
	for j := start; j < c; j++ {
		if w := r.toks[j].Text; r.toks[j].Kind == nlp.Word && (strings.ToUpper(w) != w || len(w) < 2) {
			return false
		}
	}
	return true
}

// finiteIn reports whether tokens [a, b] hold a quotation or a finite
// verb: a form of "be", a modal or auxiliary, a subject pronoun, a verb
// cue, a lowercase past (pastForm) or -s form, or a capitalized form in
// -ed in a title-case headline.
func (r *run) finiteIn(a, b int) bool {
	for k := a; k <= b; k++ {
		t := &r.toks[k]
		if t.Kind.IsQuote() {
			return true
		}
		if t.Kind != nlp.Word {
			continue
		}
		if r.in(k, beForms) || r.in(k, modals) || r.in(k, auxiliaries) || r.in(k, subjectPronouns) || r.isVerbCue[k] {
			return true
		}
		if !r.capitalized(k) && (pastForm(t.Norm) || strings.HasSuffix(t.Norm, "n't") || len(t.Norm) > 3 && strings.HasSuffix(t.Norm, "s") && r.verbLike(k)) ||
			r.capitalized(k) && len(t.Norm) > 3 && strings.HasSuffix(t.Norm, "ed") && r.info(infoTitle).title {
			return true // "Hillary thinks feds …", a headline's "… Helped Reveal …"
		}
	}
	return false
}

// speakerLabel reports whether tokens [start, c) before a colon can name a
// speaker: at most four words, none of them a capitalized function word
// (a headline: "Stealth Over Health:") or an editorial label
// ("Correction:", "Source:").
func (r *run) speakerLabel(start, c int) bool {
	if c-start > 4 {
		return false
	}
	for j := start; j < c; j++ {
		n := strings.ToLower(r.toks[j].Norm)
		if j > start && r.inLower(j, functionWords) && n != "and" || r.inLower(j, editorialLabels) {
			return false
		}
	}
	return true
}

// parenClose returns the token closing the parenthesis opened at token
// j, within eight tokens and before limit, or -1.
func (r *run) parenClose(j, limit int) int {
	for c := j + 1; c < limit && c <= j+8; c++ {
		switch r.toks[c].Text {
		case ")":
			return c
		case "(":
			return -1
		}
	}
	return -1
}

// plainPredicate reports whether tokens [a, b), between a subject and a
// colon, are one plain predicate: at most twelve words, with no comma,
// colon, "that" or subject pronoun other than "it" among them (which
// would open another clause: "Conceding that … he warned:"; but "put it
// plainly:").
func (r *run) plainPredicate(a, b int) bool {
	if b-a > 12 {
		return false
	}
	for k := a; k < b; k++ {
		t := &r.toks[k]
		if t.Text == "," || t.Text == ":" || t.Norm == "that" || t.Kind == nlp.Word && r.in(k, subjectPronouns) && t.Norm != "it" {
			return false
		}
	}
	return true
}

// editorialLabels open notes that are no one's statement.
var editorialLabels = class("editorialLabels")

// continueQuotes adds to a direct or mixed attribution the quotations that
// follow it in the next sentences of its paragraph and have no cue of
// their own: “…,” Flynn said. “I mean, …” A quotation left open at the end
// of a paragraph goes on in the next one, when that one opens with a
// quotation mark, so the quotations of the next paragraph follow too.
func (r *run) continueQuotes() {
	if len(r.out) == 0 || len(r.quotes) == 0 {
		return
	}
	n := len(r.doc.Sentences)
	r.flags = slices.Grow(r.flags[:0], len(r.quotes)+2*n)[:len(r.quotes)+2*n]
	clear(r.flags)
	claimed := r.flags[:len(r.quotes)] // per quotation: already a content
	for ai := range r.out {
		for _, sp := range contentSpans(r.out[ai].Content) {
			if i := r.tokenAt(sp.Start); i < len(r.toks) && r.opensQuote(i) {
				claimed[r.qid[i]] = true
			}
		}
	}
	hasCue := r.flags[len(r.quotes) : len(r.quotes)+n] // per sentence
	outer := r.flags[len(r.quotes)+n:]                 // per sentence: a cue outside quotations
	for ai := range r.out {
		if si := r.out[ai].Sentence; si >= 0 && si < len(hasCue) {
			hasCue[si] = true
			if at := r.tokenAt(r.out[ai].Cue.Start); at < len(r.toks) && !r.inQuote(at) {
				outer[si] = true
			}
		}
	}
	for ai := range r.out {
		a := &r.out[ai]
		if a.Quote == Indirect || a.Content.Text == "" {
			continue
		}
		si := a.Sentence
		last := r.doc.Sentences[si].First + len(r.doc.Sentences[si].Tokens) - 1
		open := false // the content ends with a quotation left open
		for _, sp := range contentSpans(a.Content) {
			if e := r.tokenAt(sp.End) - 1; e > last {
				last = e
			}
			var end int
			if end, open = r.leftOpen(sp); open && end > last {
				last = end
			}
		}
		var spans []nlp.Span
		added := false
		for k := last + 1; k < len(r.toks) && (r.nl[k] == 0 || open && r.opensQuote(k) || r.quoteParagraph(k)); {
			if !r.opensQuote(k) || claimed[r.qid[k]] || r.nl[k] > 0 && r.labelAfter(k) {
				break // "“VIDEO: …" opens a turn of its own in a quoted transcript
			}
			q := r.quotes[r.qid[k]]
			ok := !r.reopenedForCue(q, k, outer)
			// the sentences from the one holding k to the quotation's end
			for j := max(si+1, r.doc.SentenceOf(k)); j < len(r.doc.Sentences); j++ {
				sj := r.doc.Sentences[j]
				if sj.First > q.close {
					break
				}
				if sj.First+len(sj.Tokens)-1 >= k && hasCue[j] {
					ok = false
				}
			}
			if !ok {
				break
			}
			// the quotation must end its sentence
			n := q.close + 1
			if n < len(r.toks) && r.nl[n] == 0 && r.doc.SentenceOf(n) == r.doc.SentenceOf(q.close) {
				break
			}
			if !added {
				spans = append(spans, contentSpans(a.Content)...)
			}
			spans = append(spans, r.span(q.open, q.close))
			claimed[r.qid[k]] = true
			added = true
			open = !q.closed
			k = q.close + 1
		}
		if added {
			a.Content.Parts = spans
		}
	}
	for ai := range r.out {
		r.takeReopened(&r.out[ai], claimed)
	}
}

// takeReopened prepends to a's content the quotation paragraphs that its
// quotation reopens, when no one else has claimed them: the speaker of
// “Well, my friends, …!” in "“Not a president who … | “Well, my friends,
// …!” she said." said both. The run goes back to the quotation that
// opened it, at most maxReopened paragraphs.
func (r *run) takeReopened(a *Attribution, claimed []bool) {
	if a.Quote == Indirect || a.Content.Text == "" {
		return
	}
	sps := contentSpans(a.Content)
	i := r.tokenAt(sps[0].Start)
	var before []nlp.Span
	for n := 0; n < maxReopened && i > 0 && i < len(r.toks) && r.nl[i] > 0 && r.opensQuote(i); n++ {
		p := i - 1
		if r.qid[p] < 0 || claimed[r.qid[p]] {
			break
		}
		c := r.quotes[r.qid[p]]
		if c.closed || c.close != p || r.toks[c.open].Text != r.toks[i].Text || !r.quotesSentence(c.open) {
			// (the same mark, before a sentence of its own: a mark left
			// unpaired is no reopened quotation)
			break
		}
		claimed[r.qid[p]] = true
		before = append(before, r.span(c.open, c.close))
		i = c.open
	}
	if len(before) == 0 {
		return
	}
	slices.Reverse(before)
	a.Content.Parts = append(before, sps...)
	a.Content.Span = before[0]
	a.Content.Text = r.text(before[0])
}

// reopenedForCue reports whether quotation q, left open at its
// paragraph's end, is reopened in the paragraphs after it up to one where
// a cue outside the quotation speaks it: "“Not a president who … | “Well,
// my friends, …!” she said." is all hers, not the earlier speaker's.
// k is q's opening mark; outer tells the sentences with a cue outside
// quotations. A run of more than maxReopened paragraphs is not followed
// to its end.
func (r *run) reopenedForCue(q quotation, k int, outer []bool) bool {
	c := q
	for n := 0; n < maxReopened && !c.closed && c.close+1 < len(r.toks) && r.opensQuote(c.close+1) && family(&r.toks[c.close+1]) == family(&r.toks[k]); n++ {
		c = r.quotes[r.qid[c.close+1]]
		if outer[r.doc.SentenceOf(c.close)] {
			return true
		}
	}
	return false
}

// maxReopened bounds the paragraphs that reopenedForCue follows.
const maxReopened = 32

// labelAfter reports whether the quotation mark at k is followed by a
// label: capitalized words and a colon ("“VIDEO:", "“MR. SMITH:").
func (r *run) labelAfter(k int) bool {
	for j := k + 1; j < len(r.toks) && j <= k+4; j++ {
		t := &r.toks[j]
		if t.Text == ":" {
			return j > k+1
		}
		if t.Kind != nlp.Word || !r.capitalized(j) {
			return false
		}
	}
	return false
}

// quoteParagraph reports whether a paragraph starting at token k is one
// quotation and nothing else: news style for the last speaker's further
// words (“Our members are frustrated,” said Mozloom. | “He too
// frequently gives the labor community whatever they want.”). The
// quotation may be left open, going on in the next paragraph.
func (r *run) quoteParagraph(k int) bool {
	if r.nl[k] == 0 || !r.opensQuote(k) {
		return false
	}
	q := r.quotes[r.qid[k]]
	if q.open != k || !q.closed && !(q.close+1 < len(r.toks) && r.opensQuote(q.close+1) && family(&r.toks[q.close+1]) == family(&r.toks[k])) {
		// left open, it must go on in a quotation that opens the next
		// paragraph
		return false
	}
	n := q.close + 1
	for n < len(r.toks) && r.nl[n] == 0 && r.toks[n].Kind == nlp.Punct && isTerminalTok(&r.toks[n]) {
		n++
	}
	return n >= len(r.toks) || r.nl[n] > 0
}

// leftOpen reports whether a content part ends a quotation left open at
// the end of its paragraph, which the next paragraph may reopen: the
// part is the quotation, or its end ("PENCE: …" inside a quoted
// transcript), and end is the quotation's last token.
func (r *run) leftOpen(sp nlp.Span) (end int, ok bool) {
	e := r.tokenAt(sp.End) - 1
	if i := r.tokenAt(sp.Start); r.opensQuote(i) {
		// the quotation itself, which may end with one inside it
		if q := r.quotes[r.qid[i]]; !q.closed && q.close == e {
			return e, true
		}
	}
	if e < 0 || e >= len(r.toks) || r.qid[e] < 0 {
		return 0, false
	}
	q := r.quotes[r.qid[e]]
	if q.closed || r.toks[q.open].Start > sp.Start || !(q.close == e || q.close == e+1 && isTerminalTok(&r.toks[e+1])) {
		return 0, false
	}
	return q.close, true
}

// contentSpans returns the parts of a content.
func contentSpans(c Content) []nlp.Span {
	if len(c.Parts) > 0 {
		return c.Parts
	}
	if c.Text == "" {
		return nil
	}
	return []nlp.Span{c.Span}
}

// quotedName reports whether quotation q reads as a name or title inside
// a clause rather than quoted speech of its own: closed, a few words, no
// sentence's end inside it, and no comma right after it.
func (r *run) quotedName(q int32) bool {
	qt := r.quotes[q]
	if !qt.closed || qt.close-qt.open > 10 {
		return false
	}
	for k := qt.open + 1; k < qt.close; k++ {
		if isTerminalTok(&r.toks[k]) || r.toks[k].Text == "," {
			return false
		}
	}
	n := qt.close + 1
	return n < len(r.toks) && r.toks[n].Kind == nlp.Word
}

// thatAfterAsides returns the "that" after a comma that opens a cue's
// clause past phrases set off by commas, from token k on: words with no
// verb among them (an object, times, places, "in a call"), a first comma
// within a few words, and the comma right before "that" ("told aides on
// Monday, in a call, that …"); or -1.
func (r *run) thatAfterAsides(k, hi int) int {
	commas := 0
	for j := k; j < hi && j < k+25; j++ {
		t := &r.toks[j]
		if commas == 0 && j > k+8 {
			// the first aside opens soon after the cue: a longer
			// stretch is a phrase of its own, whose noun a relative
			// "that" may follow ("pleaded guilty in 2010 to … for his
			// work with a charity in Khartoum, Sudan, that …")
			return -1
		}
		switch {
		case t.Text == ",":
			commas++
			continue
		case t.Kind == nlp.Number:
			continue
		case t.Kind != nlp.Word || r.inQuote(j):
			return -1
		case t.Norm == "that":
			if j == k || commas == 0 || r.toks[j-1].Text != "," || j+1 >= hi || r.toks[j+1].Kind != nlp.Word || r.in(j+1, beForms) {
				return -1 // "…, that is, …"
			}
			return j
		case r.isCue[j] && !(j > k && (r.in(j-1, determiners) || r.in(j-1, possessives))) || r.in(j, auxiliaries) || r.in(j, modals) || r.in(j, beForms) || r.in(j, subjectPronouns) || r.relativeWord(j) || r.in(j, subordinators) && !r.in(j, prepositions) || !r.capitalized(j) && r.verbLike(j):
			return -1
		}
	}
	return -1
}

// verbGroupIn reports whether tokens [a, b] hold a finite verb group
// outside quotations: a form of "be", a modal or auxiliary, a subject
// pronoun, or a lowercase past form.
func (r *run) verbGroupIn(a, b int) bool {
	for k := max(a, 0); k <= b; k++ {
		t := &r.toks[k]
		if t.Kind != nlp.Word || r.qid[k] >= 0 {
			continue
		}
		if r.in(k, beForms) || r.in(k, modals) || r.in(k, auxiliaries) && t.Norm != "to" || r.in(k, subjectPronouns) || !r.capitalized(k) && pastForm(t.Norm) {
			return true
		}
	}
	return false
}

// mannerPhraseEnd returns where a phrase of manner that opens with "on"
// or "off" at k ends ("on the record", "on condition of anonymity", "on
// behalf of the campaign", "on Trump's behalf"), or -1: how one spoke,
// not what about.
func (r *run) mannerPhraseEnd(k, hi int) int {
	if k+1 >= hi || r.toks[k].Norm != "on" && r.toks[k].Norm != "off" {
		return -1
	}
	h := k + 1 // the head: after an article, or a possessor's "'s"
	if r.in(h, determiners) || r.in(h, possessives) {
		h++
	}
	if h+2 < hi && r.toks[h+1].Norm == "'s" {
		h += 2
	}
	if h >= hi || !mannerNouns.has(r.toks[h].Norm) {
		return -1
	}
	e := h
	if e+2 < hi && r.toks[e+1].Norm == "of" {
		if e2 := r.rightNP(e+2, hi, false); e2 > e+1 {
			e = e2
		}
	}
	return e
}

// mannerNouns head a phrase after "on" that tells how one spoke: "on
// the record", "on condition of anonymity", "on behalf of".
var mannerNouns = plainClass("mannerNouns")

// relativeOnObject reports whether the wh-word at j, after the object of a
// cue whose next token is after, opens a relative clause on that object
// rather than the cue's content: a relative pronoun right after a noun,
// for a cue that takes no object before a clause ("showing divisions over
// a nominee who …", but "asked the mayor who would pay").
func (r *run) relativeOnObject(j, after, lo int, fl lexicon.Flags) bool {
	pronoun := j-1 >= after && (r.toks[j-1].Norm == "those" || indefinitePronoun(r.toks[j-1].Norm))
	if fl.Has(lexicon.ObjectClause) || j-1 <= after && !pronoun {
		return false
	}
	switch r.toks[j].Norm {
	case "who", "whom", "whose", "which", "where":
	default:
		return false
	}
	p := j - 1
	// ("for those who survived", "anyone who asked")
	return r.toks[p].Kind == nlp.Word && (r.isContent(p) && !r.verbLike(p) || r.isName(p, lo) || pronoun) && !r.in(p, prepositions)
}

// beforeObjectComment returns where an object content [st, e] with no
// verb of its own ends before a comma and a participle that is no cue,
// the writer's comment on the act ("supported Trump, providing a boost to
// …", "backed a no-fly zone, putting her at odds with …"); e otherwise.
func (r *run) beforeObjectComment(st, e int) int {
	if r.verbGroupIn(st, e) || strings.HasSuffix(r.toks[st].Norm, "ing") {
		return e // a clause, or a gerund's list: "eliminating caucuses, limiting …"
	}
	for k := st + 1; k < e; k++ {
		t := &r.toks[k]
		if t.Kind.IsQuote() || t.Text == "(" || isDash(t.Text) {
			return e
		}
		if t.Kind == nlp.Word && (r.relativeWord(k) || r.isVerbCue[k]) {
			return e // a clause, which goes on (verbGroupIn saw no other verb)
		}
		if t.Text != "," || k+1 > e {
			continue
		}
		n := &r.toks[k+1]
		if n.Kind == nlp.Word && !r.capitalized(k+1) && strings.HasSuffix(n.Norm, "ing") && r.verbLike(k+1) && !r.isCue[k+1] && !r.in(k+1, prepositions) && k-1 >= st &&
			k+2 <= e && r.toks[k+2].Kind != nlp.Punct && r.toks[k+2].Norm != "and" && r.toks[k+2].Norm != "or" {
			return k - 1
		}
	}
	return e
}
