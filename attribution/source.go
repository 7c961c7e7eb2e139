package attribution

// Sources: who says it. Once a cue is taken (cue.go), the rules here find
// its source: the subject of a finite verb before it, with titles,
// appositives, modifiers and coordinated names ("U.S. President Donald
// Trump", "Flynn, a top Trump surrogate,", "people familiar with the
// matter"); an inverted subject after it ("…, said Smith, a lawyer for the
// firm"); the subject a participle or coordinated verb shares with its
// clause; and no one for an expletive "it" or a dateline. What the source
// refers to is settled later, in resolve.go.

import (
	"strings"

	"github.com/hearsay-go/hearsay/lexicon"
	"github.com/hearsay-go/hearsay/nlp"
)

// finiteSubject finds the subject of a finite verb cue whose verb group
// starts at vg: the noun phrase before it (with an appositive or
// parenthesis), an inverted subject after it ("…, said Smith"), or the main
// clause's subject for a coordinated verb ("… and called for …"). inf
// says the verb group is an infinitive's, which takes no subject after it.
func (r *run) finiteSubject(a *Attribution, lo, hi, vg int, m lexicon.Match, inf bool) [2]int {
	p := vg - 1
	end := p // the subject may run to the verb group over time words
	// "Trump on Tuesday said", "Trump last week said"
	for steps := 0; p >= lo && steps < r.maxGap; steps++ {
		t := &r.toks[p]
		if r.isAdverb(p) || p-1 >= lo && t.Kind == nlp.Word && (intensifiers.has(t.Norm) || floatingQuantifier(t.Norm) && (r.isName(p-1, lo) || isPlural(r.toks[p-1].Norm))) && r.toks[p-1].Kind == nlp.Word && !r.in(p-1, prepositions) && !r.verbLike(p-1) {
			// "Cruz himself said", "Clinton herself has proposed"
			p--
			continue
		}
		if p+1 <= vg && r.isAdverb(p+1) && t.Kind == nlp.Word && degreeWord(t.Norm) {
			p-- // the degree of an adverb: "and most recently defended"
			continue
		}
		year := t.Kind == nlp.Number && len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20")) && p-1 >= lo && r.toks[p-1].Norm == "in"
		if t.Kind == nlp.Word && (r.in(p, calendarWords) || r.in(p, timeWords) && !r.capitalized(p)) || year {
			// "A Bloomberg poll in June showed", "a survey in 2015 found"
			q := p - 1
			for q >= lo && (r.toks[q].Norm == "on" || r.toks[q].Norm == "in" || r.toks[q].Norm == "last" || r.toks[q].Norm == "this" || r.toks[q].Norm == "that" || r.toks[q].Norm == "earlier" || r.toks[q].Norm == "late") {
				// ("that evening": a demonstrative, not a relative pronoun)
				q--
			}
			if q2 := r.timeOpening(q, lo); q2 < q {
				q = q2 // "over the last few weeks", "for several months"
			}
			p = q
			continue
		}
		break
	}
	if p < lo || r.toks[p].Kind == nlp.OpenQuote {
		if e := r.invertedSource((m.Last + 1), hi); e != noSource {
			return r.withRestrictiveRelative(e, hi)
		}
		return noSource
	}
	t := &r.toks[p]
	if t.Kind == nlp.Word && r.in(p, objectPronouns) && p-1 >= lo && perceptionVerbs.has(r.toks[p-1].Norm) && p == vg-1 &&
		inflection(r.toks[m.First].Norm, m.Entry.Term) == formBase && !(p-2 >= lo && r.relativeWord(p-2)) {
		// the one heard or seen saying it: "heard her describe him as …"
		return [2]int{p, p}
	}
	switch {
	case t.Kind == nlp.Punct && (t.Text == "," || r.cls[p]&clsDash != 0) || t.Kind == nlp.CloseQuote || t.Kind == nlp.Quote:
		if !inf && m.Entry != nil && m.Entry.Flags.Has(lexicon.Inverts) && !m.Entry.Flags.Has(lexicon.ObjectClause) {
			// a verb of saying takes no person for its object, so one
			// that ends the clause after it is its subject, whatever
			// comma-bound phrase stands before: "The mayor warned the
			// governor, Ann Lee, during their meeting not to close the
			// plant, said an aide"
			if e := r.invertedSource(m.Last+1, hi); e != noSource && r.agentPhrase(e) && (r.sentenceTail(e[1]+1, hi) || r.resumesAfter(e, m.First, lo, hi)) && !r.asideAfterRelative(p, lo) {
				return r.withRestrictiveRelative(e, hi)
			}
		}
		if src, ok := r.appositiveSubject(p, lo); ok {
			return src
		}
		if src := r.taggedNameBefore(p, lo); src != noSource {
			return src
		}
		// After a clause and a comma only a cue flagged inverts takes its
		// subject after it ("…, said Smith", not "…, endorsed Senator
		// Cruz"); after a quotation any cue does. A naming verb there is
		// a reduced relative ("The charity, called Hope Now, runs …"),
		// which judges turns down when a name follows, and so is an
		// infinitive ("free agents, able to support Cruz"), which has no
		// subject after it.
		quoted := t.Kind.IsQuote() || p-1 >= lo && r.toks[p-1].Kind.IsQuote()
		if quoted || m.Entry != nil && m.Entry.Flags.Has(lexicon.Inverts) || r.in(m.First, namingVerbs) || inf {
			if e := r.invertedSource((m.Last + 1), hi); e != noSource && !r.asideAfterRelative(p, lo) {
				return r.withRestrictiveRelative(e, hi)
			}
		}
		ms := r.mainSubject(lo, vg)
		if c := r.closedQuoteBefore(p); quoted && c >= 0 && ms != noSource && r.quotes[r.qid[c]].open <= ms[0] && ms[1] < c {
			// the main clause's subject lies inside the quotation before
			// the verb, whose speaker it is not: a phrase after the verb
			// that names someone is the speaker ("“It is coming,” said
			// the man in the gray hat …, smiling as he walked away")
			if e := r.rightNP(m.Last+1, hi, true); e > m.Last && r.agentPhrase([2]int{m.Last + 1, e}) {
				return [2]int{m.Last + 1, e}
			}
		}
		return ms
	case t.Kind == nlp.Word && (t.Norm == "and" || t.Norm == "or" || t.Norm == "but" || t.Norm == "then" || t.Norm == "nor"):
		// a verb coordinated with the main clause's, not with one inside
		// what that reports: "Demonstrators said they want justice, but
		// pledged to remain civil"
		return r.outerSubject(lo, vg)
	}
	if t.Kind == nlp.Word && !r.capitalized(p) && pastForm(t.Norm) && !r.in(p, edNouns) && p-1 >= lo && r.toks[p-1].Kind == nlp.Word {
		// the verb of an object relative clause on the subject: "The
		// report that the pollster released | found"
		if rel := r.relativeSubject(p, lo); rel != noSource && r.toks[rel[0]].Norm != "who" {
			for k := rel[0]; k < p; k++ {
				if r.toks[k].Norm == "that" {
					return [2]int{rel[0], end} // with the time after the verb: "released on Tuesday"
				}
			}
		}
	}
	if p-1 >= lo && t.Kind == nlp.Word && (t.Norm == "here" || t.Norm == "there") && !r.capitalized(p) && (r.peopleWord(p-1) || r.inLower(p-1, orgWords)) {
		// a place adverb after people or a body is where they are: "Her
		// campaign workers here said", "Officials there say"
		if s2 := r.leftNP(p-1, lo); s2 >= 0 && r.subjectPosition(s2, lo) {
			return [2]int{r.titledStart(s2, p-1), p}
		}
	}
	st := r.leftNP(p, lo)
	if st >= 0 && st < p && indefinitePronoun(r.toks[st].Norm) && r.isName(st+1, lo) {
		st++ // the subject of a relative clause with no pronoun: "Everything | Trump says is a lie"
	}
	if a := r.extendPP(st, lo); st >= 0 && a-2 >= lo && r.toks[a-1].Text == "," && r.in(a, determiners) && (r.roleAhead(a+1, p+1) || a+3 <= p && r.toks[a+2].Norm == "'s" && r.roleAhead(a+3, p+1)) && r.isName(a-2, lo) {
		// a name that opens the sentence and its role, with no comma
		// before the verb: "Sam Lau, the party's spokesman said …" (a
		// name of two words or more: "Exhausted, the mayor said" opens
		// with an adjective)
		q := a - 2
		for q-1 >= lo && r.isName(q-1, lo) {
			q--
		}
		if q < a-2 && q == r.skipDateline(lo, p) {
			return [2]int{q, p}
		}
	}
	if st-2 >= lo && r.toks[st-1].Kind == nlp.Word && r.in(st-1, prepositions) && !r.in(st-1, subordinators) && r.toks[st-1].Norm != "of" && r.relativeWord(st-2) {
		// a phrase between a relative pronoun and its verb is the
		// verb's adjunct: "objections, which on their face seemed …"
		return [2]int{st - 2, st - 2}
	}
	if st >= 0 && st < p && st-1 >= lo && r.isName(p, lo) && r.toks[st-1].Kind == nlp.Word && !r.capitalized(st-1) &&
		(r.verbLike(st-1) || irregularPast.has(r.toks[st-1].Norm)) {
		// a coordination right after a verb is that verb's object, and
		// a name after "and" a new clause's subject: "Lee has won a
		// state and Ruiz said …" is Ruiz's report
		k := p
		for k > st && r.isName(k, lo) {
			k--
		}
		if k > st && r.toks[k].Kind == nlp.Word && r.toks[k].Norm == "and" {
			st = k + 1
		}
	}
	if st == p && p-1 > lo && r.in(p, objectPronouns) && r.in(p-1, prepositions) && !r.in(p-1, subordinators) && r.toks[p-1].Norm != "than" {
		// a pronoun after a preposition is no subject: "Several included
		// on it told POLITICO" (the phrase with a participle is found
		// below)
		st = -1
	}
	if st < 0 && r.gerundSubject(p, lo) {
		// a gerund heads the subject: "Recent polling shows", "Exit
		// polling shows"
		st = p
		if r.possessorBefore(p, lo) {
			if s2 := r.leftNP(p-2, lo); s2 >= 0 {
				st = s2
			}
		} else if p-1 >= lo && r.toks[p-1].Kind == nlp.Word {
			st = p - 1
		}
	}
	if st < 0 && t.Kind == nlp.Word && r.in(p, objectPronouns) {
		// "those close to him say"
		if s2 := r.extendPP(p, lo); s2 < p {
			st = s2
		}
	} else if st >= 0 {
		if st-2 > lo && r.toks[st-1].Norm == "of" && r.toks[st-2].Text == "," && r.isName(st, lo) {
			// a hometown after an age, with no comma before the verb:
			// "Joy Alessi, 50, of Houston learned …"
			if o := r.ageAndPlace(st-2, lo); o < st-2 && o-1 >= lo {
				if s2 := r.leftNP(o-1, lo); s2 >= 0 && r.subjectPosition(s2, lo) {
					return [2]int{s2, end}
				}
			}
		}
		if q := st - 2; q >= lo && r.in(st-1, ppLinks) && r.toks[st-1].Norm != "of" && r.isName(q, lo) && r.in(st, possessives) &&
			!isPlural(strings.ToLower(r.toks[q].Norm)) && !r.peopleWord(q) && !r.inLower(q, orgWords) && !r.inLower(q, groupNouns) {
			// the occasion after one person's name is the verb's adjunct:
			// "Trump in his announcement speech called …" (but a group's
			// phrase is its own: "Republicans on his committee said")
			if s2 := r.leftNP(q, lo); s2 >= 0 && r.subjectPosition(s2, lo) {
				return [2]int{r.titledStart(s2, q), q}
			}
		}
		st = r.extendPP(st, lo)
		if st-2 >= lo && (r.toks[st-1].Norm == "and" || r.toks[st-1].Norm == "or") && r.peopleNoun(p) && r.peopleNoun(st-2) {
			// coordinated groups or roles: "World leaders and diplomats"
			if s2 := r.leftNP(st-2, lo); s2 >= 0 && r.subjectPosition(s2, lo) {
				st = s2
			}
		}
	}
	if st < 0 && t.Kind == nlp.Word && (t.Norm == "that" || t.Norm == "which") {
		if src := r.issuerOfRelative(p, lo); src != noSource {
			return src // (before the verb of issuing is taken for a participle)
		}
	}
	if st < 0 {
		// "A poll released last year found …", "The report published in
		// May shows …": a noun phrase with a participle after it
		for j := p; j >= lo && j > p-6; j-- {
			tj := &r.toks[j]
			if tj.Kind != nlp.Word && tj.Kind != nlp.Number {
				break
			}
			if tj.Kind == nlp.Word && !r.capitalized(j) && len(tj.Norm) > 4 && strings.HasSuffix(tj.Norm, "ed") && j-1 >= lo {
				// (not the verb of a "whose" clause: "Those whose homes
				// flooded said", found below)
				if s2 := r.leftNP(j-1, lo); s2 >= 0 && r.subjectPosition(s2, lo) && !(s2-1 >= lo && r.toks[s2-1].Norm == "whose") {
					return [2]int{s2, end}
				}
				break
			}
		}
	}
	if st < 0 && t.Kind == nlp.Word && strings.HasSuffix(t.Norm, "ed") && p-1 >= lo && p-2 >= lo && r.in(p-1, subjectPronouns) && r.toks[p-1].Norm != "it" && r.toks[p-1].Norm != "that" && r.toks[p-1].Norm != "which" && r.toks[p-1].Norm != "who" {
		// a reduced relative clause: "all the experts I interviewed said"
		if s2 := r.leftNP(p-2, lo); s2 >= 0 && (!r.isName(p-2, lo) || r.peopleWord(p-2)) && r.subjectPosition(s2, lo) {
			return [2]int{s2, p}
		}
	}
	if st < 0 && t.Kind == nlp.Word && r.in(p, prepositions) {
		// a reduced relative clause ending in its preposition: "people I
		// have spoken with say", "the officials we talked to said"
		q := p - 1
		for q > lo && (r.in(q, auxiliaries) || r.isAdverb(q)) {
			q--
		}
		if q-1 > lo && r.toks[q].Kind == nlp.Word && !r.capitalized(q) && !r.in(q, functionWords) {
			q--
			for q > lo && (r.in(q, auxiliaries) || r.isAdverb(q) || r.in(q, negators)) {
				q--
			}
			if w := r.toks[q].Norm; r.in(q, subjectPronouns) && w != "it" && w != "that" && w != "which" && w != "who" && q-1 >= lo {
				s2 := r.leftNP(q-1, lo)
				if s2-2 >= lo && r.toks[s2-1].Norm == "of" && r.in(s2-2, quantifiers) {
					s2 -= 2 // "many of the farmers I …"
				}
				if s2 >= 0 && (!r.isName(q-1, lo) || r.peopleWord(q-1)) && r.subjectPosition(s2, lo) {
					// (a noun for people is no name at the start of a
					// sentence: "People I have spoken with say")
					return [2]int{s2, p}
				}
			}
		}
	}
	if st < 0 {
		// A relative clause subject: "people who know him say".
		if rel := r.relativeSubject(p, lo); rel != noSource {
			return rel
		}
		if t.Kind == nlp.Word && (t.Norm == "that" || t.Norm == "which") {
			return [2]int{p, p}
		}
		return noSource
	}
	if st == p && p-2 >= lo && (t.Norm == "all" || t.Norm == "both" || t.Norm == "each") {
		// a floating quantifier after an auxiliary or an aside: "The
		// senators will all support", "Party elders, whose influence
		// has waned, both suggested"
		if b := &r.toks[p-1]; b.Kind == nlp.Word && (r.in(p-1, modals) || r.finiteAux(p-1)) && r.toks[p-2].Kind == nlp.Word {
			if s2 := r.leftNP(p-2, lo); s2 >= 0 && r.subjectPosition(s2, lo) {
				return [2]int{s2, p - 2}
			}
		} else if b.Text == "," {
			if src, ok := r.appositiveSubject(p-1, lo); ok {
				return src
			}
		}
	}
	if st == p && p-1 >= lo && (t.Norm == "all" || t.Norm == "both" || t.Norm == "each") && (r.isName(p-1, lo) || r.toks[p-1].Text == ")" || r.in(p-1, subjectPronouns) && r.toks[p-1].Norm != "it") {
		// a floating quantifier after its subject: "Moe, Fey and Diaz all
		// said", "they both said"
		if s2 := r.leftNP(p-1, lo); s2 >= 0 {
			return [2]int{s2, p}
		}
	}
	if rel := r.relativeSubject(st-1, lo); rel != noSource && rel[1] == st-1 {
		return [2]int{rel[0], p}
	}
	return [2]int{r.titledStart(st, p), p}
}

// agoPhraseEnd returns where a measure of time that ends in "later",
// "earlier" or "ago" and starts at k ends ("A few minutes later", "Two
// days earlier", "Eight years ago"), or -1.
func (r *run) agoPhraseEnd(k, hi int) int {
	for j := k; j+1 < hi && j < k+5; j++ {
		if r.toks[j].Kind != nlp.Word && r.toks[j].Kind != nlp.Number {
			return -1
		}
		if r.in(j, timeWords) {
			switch r.toks[j+1].Norm {
			case "later", "earlier", "ago":
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// timeOpening returns the token before the opening of a phrase of time
// whose words before its noun end at q: a preposition of duration, "the",
// and words of count or order ("over the last few | weeks", "for several
// | months", "during the past two | years"); q when no such opening
// precedes.
func (r *run) timeOpening(q, lo int) int {
	j := q
	for j >= lo && j > q-4 && (r.toks[j].Kind == nlp.Number || r.toks[j].Kind == nlp.Word && (numberWord(r.toks[j].Norm) || r.in(j, quantifiers) || r.toks[j].Norm == "few" || r.toks[j].Norm == "couple" || r.toks[j].Norm == "of" && j-1 >= lo && r.toks[j-1].Norm == "couple" || r.toks[j].Norm == "past" || r.toks[j].Norm == "last" || r.toks[j].Norm == "recent" || r.toks[j].Norm == "the")) {
		j--
	}
	if j < q && j >= lo && r.toks[j].Kind == nlp.Word {
		switch r.toks[j].Norm {
		case "over", "for", "during", "in", "within", "throughout":
			if j-1 >= lo && (r.verbLike(j-1) || irregularPast.has(r.toks[j-1].Norm)) && !r.isCue[j-1] {
				return q // a participle's own time: "polls taken over the past two weeks"
			}
			return j - 1
		}
	}
	return q
}

// titledStart returns where a titled name starts inside the subject
// [st, p] when a common noun runs into its title with no comma between,
// as after an introductory phrase: "At the party convention Sen.
// Elizabeth Warren said"; otherwise st. A role or place before the title
// belongs to it: "Ohio state Sen. Ann Ray", "Democratic presidential
// candidate Hillary Clinton".
func (r *run) titledStart(st, p int) int {
	for k := st + 1; k < p; k++ {
		if !r.capitalized(k) || !r.inLower(k, titleWords) || !r.isName(k+1, r.lo) {
			continue
		}
		b := k - 1
		if r.toks[b].Kind == nlp.Word && !r.capitalized(b) && r.isContent(b) && !r.verbLike(b) && !r.in(b, prepositions) && !r.in(b, ppLinks) && !r.in(b, functionWords) &&
			!r.in(b, roleNouns) && !r.in(b, roleModifiers) && !r.inLower(b, titleWords) && !r.in(b, placeStarts) && !r.inLower(b, orgWords) {
			return k
		}
	}
	return st
}

// perceptionVerbs take an object and a bare verb that the object does:
// "heard her describe", "saw him sign".
var perceptionVerbs = plainClass("perceptionVerbs")

// peopleNoun reports whether token k is a noun for people: a role
// ("spokesman", "senator") or a group ("officials", "diplomats").
func (r *run) peopleNoun(k int) bool {
	return r.toks[k].Kind == nlp.Word && (r.in(k, roleNouns) || r.in(k, groupNouns))
}

// peopleWord is peopleNoun with plurals the word classes do not list: a
// role's plural ("judges", "mayors") and a plural of people by what they
// do ("forecasters", "economists").
func (r *run) peopleWord(k int) bool {
	t := &r.toks[k]
	return r.peopleNoun(k) || t.Kind == nlp.Word && (roleNouns.has(strings.TrimSuffix(t.Norm, "s")) || pluralAgent(t.Norm))
}

// extendPP extends a subject that starts at st leftward over the
// prepositional phrases that modify it, one or more and coordinated:
// "a new poll in Florida", "people familiar with the matter", "those close
// to him", "observers in Virginia and around the country", "the complaint
// to the court's Board on Professional Responsibility". The extended phrase
// must stand where a subject does; otherwise st is kept.
func (r *run) extendPP(st, lo int) int {
	cur := st
	for steps := 0; steps < 4; steps++ {
		s2 := r.ppHead(cur, lo)
		if s2 < 0 {
			break
		}
		cur = s2
		if r.subjectPosition(cur, lo) {
			return cur
		}
	}
	return st
}

// ppHead returns the start of the noun phrase that a prepositional phrase
// ending in the phrase at st modifies, or the start of an earlier
// phrase's object coordinated with it ("in Virginia and around the
// country"); -1 when there is none.
func (r *run) ppHead(st, lo int) int {
	if st-2 < lo {
		return -1
	}
	pr := &r.toks[st-1]
	if pr.Kind == nlp.Word && (pr.Norm == "and" || pr.Norm == "or") {
		// two objects of one preposition: "experts on North Korea and
		// nuclear nonproliferation"; but a name after a common noun is
		// a new clause's subject: "A woman asked for a photo and Ruiz
		// said …"
		if s2 := r.leftNP(st-2, lo); s2 > lo && r.in(s2-1, ppLinks) && !(r.isName(st, lo) && !r.isName(st-2, lo)) {
			return s2
		}
		return -1
	}
	if pr.Kind == nlp.Word && st-2 >= lo && r.verbLike(st-1) && strings.HasSuffix(pr.Norm, "ing") &&
		(r.isContent(st-2) && !r.verbLike(st-2) || r.isName(st-2, lo) || r.toks[st-2].Norm == "those") && !r.in(st-2, timeWords) {
		// a participle and its object after the noun: "the lawyer
		// representing the family", "a group opposing the plan", "those
		// backing the plan"
		return r.leftNP(st-2, lo)
	}
	if pr.Kind != nlp.Word || !r.in(st-1, ppLinks) {
		return -1
	}
	q := st - 2
	if (r.toks[q].Norm == "and" || r.toks[q].Norm == "or") && q-2 >= lo {
		// "in Virginia and around the country": the first phrase's object
		if s2 := r.leftNP(q-1, lo); s2 > lo && r.in(s2-1, ppLinks) {
			return s2
		}
		return -1
	}
	if r.toks[q].Norm == "not" && q-1 >= lo && (r.isContent(q-1) && !r.verbLike(q-1) || r.isName(q-1, lo)) {
		q-- // a negated phrase on the noun: "One delegate not on the slate"
	} else if r.in(q, postModifiers) && q-1 >= lo {
		q--
	} else if q-1 >= lo && r.verbLike(q) && !r.in(q, edNouns) && (r.isContent(q-1) && !r.verbLike(q-1) || r.isName(q-1, lo)) {
		// a participle after the noun: "the section of the debate devoted
		// to racial issues", "protesters marching through the streets"
		q--
	} else if r.toks[q].Kind == nlp.Word && (r.in(q, quantifiers) || r.toks[q].Norm == "those") && r.toks[q].Norm != "one" && r.subjectPosition(q, lo) {
		return q // a quantifier as the head: "Some in the “Bernie or Bust” crowd", "many in his party"
	} else if !(r.isContent(q) && (!r.verbLike(q) || q-1 >= lo && r.in(q-1, determiners)) || r.isName(q, lo)) || r.in(q, timeWords) {
		// (a gerund after a determiner is a noun: "familiar with the
		// planning for the meeting")
		return -1
	}
	return r.leftNP(q, lo)
}

// subjectPosition reports whether a phrase starting at st stands where a
// subject does: at the start of a clause.
func (r *run) subjectPosition(st, lo int) bool {
	if st <= lo {
		return true
	}
	b := &r.toks[st-1]
	return b.Kind == nlp.Punct || b.Kind.IsQuote() || b.Kind == nlp.Word && (r.in(st-1, clauseWords) || r.in(st-1, subordinators))
}

// relativeSubject finds "NP who …" ending at token p: a source with a
// relative clause ("Democrats who spoke to Politico"). It returns the span
// from the noun phrase to p.
func (r *run) relativeSubject(p, lo int) [2]int {
	for j := p; j >= lo && j > p-10; j-- {
		t := &r.toks[j]
		if t.Kind == nlp.Punct || t.Kind.IsQuote() {
			return noSource
		}
		if t.Norm == "that" && j == p {
			return noSource // "now that Cruz has endorsed": it opens the subject's own clause
		}
		if t.Norm == "that" && j-1 >= lo && r.toks[j-1].Kind == nlp.Word && r.isContent(j-1) && !r.capitalized(j-1) &&
			(!r.verbLike(j-1) || strings.HasSuffix(r.toks[j-1].Norm, "ing") && j-2 >= lo && (r.in(j-2, determiners) || r.isContent(j-2) && !r.verbLike(j-2))) {
			// "The polling that was done before the primary showed": a
			// relative "that" on a noun that stands where a subject does
			st := r.leftNP(j-1, lo)
			if st < 0 && j-2 >= lo && r.verbLike(j-1) {
				if st = r.leftNP(j-2, lo); st < 0 && r.in(j-2, determiners) {
					st = j - 2 // a gerund as the noun: "The little polling that …"
				}
			}
			if st >= 0 && r.subjectPosition(st, lo) {
				return [2]int{st, p}
			}
			return noSource
		}
		if t.Norm == "whose" {
			// "Those whose homes flooded": the clause has its own
			// subject after "whose", and no second clause joined to it
			// ("whose district went for her but who suggested …")
			if j == p {
				return noSource // "those whose support he needs"
			}
			for k := j + 1; k <= p; k++ {
				if r.in(k, coordinators) || r.relativeWord(k) {
					return noSource
				}
			}
		}
		if t.Norm == "who" || t.Norm == "whom" || t.Norm == "whose" {
			if j-2 >= lo && r.toks[j-1].Norm == "of" && (r.in(j-2, quantifiers) || r.toks[j-2].Kind == nlp.Number) {
				return [2]int{j - 2, p} // "many of whom say"
			}
			if st := r.leftNP(j-1, lo); st >= 0 && j-1 >= lo {
				return [2]int{st, p}
			}
			return noSource
		}
	}
	return noSource
}

// closedQuoteBefore returns the closing quotation mark at p, or just
// before the comma at p, or -1.
func (r *run) closedQuoteBefore(p int) int {
	for _, c := range [2]int{p, p - 1} {
		if c >= 0 && r.closesQuote(c) {
			return c
		}
	}
	return -1
}

// floatingQuantifier reports whether w is a quantifier that may follow
// its subject: "Bush and Cruz both floated …", "the senators each said".
func floatingQuantifier(w string) bool { return w == "both" || w == "each" || w == "all" }

// appositiveSubject handles a subject set off by commas before its verb:
// "Flynn, a top Trump surrogate, said", "Trump, in an interview, said",
// "Mr. Obama, who understood …, told". comma is the token before the verb.
func (r *run) appositiveSubject(comma, lo int) ([2]int, bool) {
	last := comma - 1 // the source's last token
	if comma-1 >= lo && r.closesQuote(comma) && r.toks[comma-1].Text == "," {
		// the comma inside the quotation that ends an appositive or
		// relative clause: "Mr. Scott, who has called the comments
		// “racially toxic,” portrayed …"
		last = comma
		comma--
	}
	j := comma - 1
	if last > comma {
		j = r.quotes[r.qid[last]].open - 1
	}
	mark := r.toks[comma].Text
	dash := r.cls[comma]&clsDash != 0 // also a hyphen set off by spaces
	if mark != "," && !dash {
		return noSource, false
	}
	// find the opening comma, or dash: "Kall -- co-editor of a book, …
	// -- said"; a quotation inside is skipped whole ("Joe Scarborough,
	// host of “Morning Joe,” suggested")
	townComma := -1
	for j >= lo && j > comma-30 {
		t := &r.toks[j]
		if t.Text == mark {
			if mark == "," && r.townAndState(j, lo) {
				// a town and its state as an adjective inside the
				// appositive: "Jeffrey Salkin, a Hollywood, Fla., rabbi
				// helping to organize it, said"
				j -= 3
				continue
			}
			if mark == "," && townComma < 0 && r.placeInPhrase(j, comma, lo) {
				// the town's comma inside the appositive: "Cecelia Ruiz,
				// a retired teacher in Allentown, Pa., said" (without
				// an appositive before it, the state is one: "a woman in
				// Worcester, Massachusetts, told him")
				townComma = j
				j--
				continue
			}
			break
		}
		if r.closesQuote(j) && t.Text != "'" && t.Text != "\u2019" && r.quotes[r.qid[j]].open > lo {
			j = r.quotes[r.qid[j]].open - 1
			continue
		}
		if t.Kind == nlp.Punct && t.Text != "(" && t.Text != ")" && t.Text != "." && t.Text != "," && t.Text != "-" && !isDash(t.Text) || t.Kind.IsQuote() && !(t.Text == "'" || t.Text == "\u2019") {
			// (a hyphen set off by spaces is a dash: "Trump, later
			// alleging - again falsely - that …, said")
			return noSource, false
		}
		if t.Text == "," && mark == "," {
			break
		}
		j--
	}
	if (j < lo || r.toks[j].Text != mark) && townComma >= 0 {
		j = townComma
	}
	if j < lo || r.toks[j].Text != mark || j+1 >= comma {
		return noSource, false
	}
	if mark == "," && r.listTail(j+1, comma) {
		// a list ends the appositive: "Anne Richards, assistant secretary
		// for population, refugees, and migration, said"; its short items
		// lead back to the comma that opens the appositive
		for k, steps := j, 0; steps < 6; steps++ {
			p := r.prevComma(k, lo)
			if p < 0 {
				break
			}
			short := k-p-1 <= 3
			k = p
			if !short {
				j = k
				break
			}
		}
	}
	j = r.ageAndPlace(j, lo)
	first := &r.toks[j+1]
	inner := false
	// an adverb before the appositive's article: "Mr. Lewandowski, now a
	// paid CNN commentator, denied …"
	advDet := first.Kind == nlp.Word && r.isAdverb(j+1) && j+2 < comma && r.in(j+2, determiners)
	switch {
	case first.Kind == nlp.Number || first.Norm == "of" && j+2 < comma && r.isName(j+2, lo):
		// an age or a hometown: "Ana Ruiz, 59, of Ashton, Md., said"
	case first.Kind == nlp.Word && (first.Norm == "who" || first.Norm == "whose" || first.Norm == "including" || r.companionAside(j+1) && !r.relativeWord(j-1)),
		dash && first.Kind == nlp.Word && (first.Norm == "and" || first.Norm == "or") && !r.relativeWord(j-1):
		// (others joined between dashes: "Democrats — and some
		// Republicans — say")
		// a relative clause or list that describes the source: "Derek
		// Mitchell, who served as ambassador, said", or others who say
		// the same: "Democratic economists, like their Republican
		// counterparts, say", "Fields, along with a reporter, says"
	case first.Kind == nlp.Word && (r.in(j+1, prepositions) || r.in(j+1, subordinators) || first.Norm == "which" || r.isAdverb(j+1) && !r.roleAhead(j+1, comma) && !advDet):
		// a parenthesis, not part of the source: "…, while still
		// confident in the plan, are warning"
		inner = true
	case first.Kind == nlp.Word && !r.capitalized(j+1) && r.verbLike(j+1):
		// a participle: "The report, released Tuesday by the inspector
		// general, found", "The mayor, speaking at a rally, said"
		inner = true
	case first.Kind == nlp.Word && (r.in(j+1, determiners) || r.in(j+1, possessives) || r.in(j+1, roleNouns)) || r.isName(j+1, lo) || first.Kind == nlp.Number || r.roleAhead(j+1, comma) || advDet:
		// an appositive noun phrase
		if st := r.leftNP(comma-1, lo); st < 0 || st > j+1 {
			// allow "a top Trump surrogate" and longer descriptions with
			// of-phrases or coordinated, also after a possessive name
			// ("China, Pyongyang's only ally and its economic lifeline
			// to the outside world, said")
			possessor := r.isName(j+1, lo) && j+2 < comma && r.toks[j+2].Norm == "'s"
			if !(r.in(j+1, determiners) || r.in(j+1, roleNouns) || r.roleAhead(j+1, comma) || possessor || advDet && st == j+2 || r.namedWithPlace(j+1, st, lo) || dash && r.nameWithRelative(j+1, comma)) {
				return noSource, false
			}
		}
	case dash:
		// any other aside between dashes is the writer's, not part of
		// the source: "a grumpy Trump -- angry at how Fox News has
		// treated him -- stood by his plan"
		inner = true
	default:
		return noSource, false
	}
	if !inner && r.isName(j+1, lo) && r.openingPhraseEnds(j, lo) {
		// a name after the comma of an opening phrase is the subject, a
		// stray comma after it no appositive's: "After the vote, Gov.
		// Ann Ruiz (R-Ohio), said"
		return [2]int{j + 1, last}, true
	}
	st := r.leftNP(j-1, lo)
	if st < 0 || j-1 < lo {
		return noSource, false
	}
	if r.isName(st, lo) {
		// a name described by an article and adjectives: "a grumpy
		// Trump -- angry at … -- stood by"
		k := st - 1
		for k > lo && k >= st-3 && r.isContent(k) && !r.verbLike(k) && !r.capitalized(k) {
			k--
		}
		if k < st-1 && k >= lo && r.in(k, determiners) {
			st = k
		}
	}
	if s2 := r.extendPP(st, lo); s2 < st && (s2 == lo || r.toks[s2-1].Text != "," || r.openingPhraseEnds(s2-1, lo)) {
		// "Attorneys for the bank, Pryor & Webb, said", also after an
		// opening phrase ("In addition to Mr. Lee, two members of
		// Congress from Ohio, Dana Ruiz and Tom Holt, have said"); not a
		// phrase inside an appositive
		st = s2
	}
	if st-2 > lo && r.toks[st-1].Text == "," && r.toks[st].Kind == nlp.Word && !r.capitalized(st) && (r.in(st, roleNouns) || r.roleAhead(st, j)) {
		// the phrase is a first appositive, of a name before it:
		// "Ann Lee, founder of the institute, board member since 2010,
		// said", also before an aside ("Ann Lee, the head of the union,
		// which backs the plan, said")
		if s2 := r.leftNP(st-2, lo); s2 >= 0 && r.isName(st-2, lo) && r.subjectPosition(s2, lo) {
			st = s2
		}
	} else if !inner && st-2 > lo && r.toks[st-1].Text == "," && r.isName(st, lo) {
		// the phrase is the name of one a description before it
		// introduces: "Nevada's governor, Brian Sandoval, a Republican,
		// said", "Her father, Brad, 39, worried"
		if s2 := r.leftNP(st-2, lo); s2 >= 0 && s2 < st-1 && !r.isName(st-2, lo) && r.roleWithin(s2, st-2) && r.subjectPosition(s2, lo) {
			st = s2
		}
	}
	// The phrase before the first comma must stand where a subject does.
	if st > lo {
		b := &r.toks[st-1]
		if !(b.Kind == nlp.Punct || b.Kind.IsQuote() || b.Kind == nlp.Word && (r.in(st-1, clauseWords) || b.Norm == "that" || inner && r.in(st-1, coordinators))) {
			return noSource, false
		}
	}
	if inner {
		return [2]int{st, j - 1}, true
	}
	return [2]int{st, last}, true
}

// reducedTail returns where a source that ends at e and closes its
// sentence ends with the reduced relative clause after it, a participle
// with its agent or time ("according to data released Friday by state
// regulators", "according to exit polls reported by CNN"), or a time and
// the agent ("according to a study last year by economists at Duke"); or
// e. The participle may be a cue's word, which here is no cue. The clause
// must run to the sentence's end, a comma or a semicolon, with no other
// cue, dash or parenthesis in it.
func (r *run) reducedTail(e, hi int) int {
	c := e + 1
	if c >= hi || e < 0 || !r.isContent(e) && !r.isName(e, r.lo) {
		return e
	}
	if k := r.skipTime(c, hi); k > c && k < hi && (r.toks[k].Norm == "by" || r.toks[k].Norm == "from") {
		c = k // "a study last year by …", "a report Tuesday from …"
	} else if v := r.relativeVerbAfter(c, hi); v > c {
		c = v // a relative clause with no pronoun: "figures her campaign released Friday"
	} else {
		t := &r.toks[c]
		if t.Kind != nlp.Word || r.capitalized(c) || !pastForm(t.Norm) || t.Norm == "said" {
			return e
		}
		n := r.skipTime(c+1, hi)
		if n >= hi || !(r.toks[n].Norm == "by" || n > c+1 && isTerminalTok(&r.toks[n])) {
			return e // a participle with an agent or a time: "released Friday by …"
		}
	}
	for d := c + 1; d < hi && d < c+25; d++ {
		t := &r.toks[d]
		switch {
		case isTerminalTok(t) || t.Text == "," || t.Text == ";":
			return d - 1
		case t.Text == "(" || isDash(t.Text) || r.isVerbCue[d] || t.Kind.IsQuote():
			return e
		}
	}
	return e
}

// relativeVerbAfter returns the past verb of a relative clause with no
// pronoun that opens at c after a noun, its subject a personal pronoun or
// a possessive and a noun ("an account she gave to …", "figures her
// campaign released"), or -1.
func (r *run) relativeVerbAfter(c, hi int) int {
	if c+1 >= hi || r.toks[c].Kind != nlp.Word {
		return -1
	}
	v := c + 1
	switch w := r.toks[c].Norm; {
	case w == "he" || w == "she" || w == "they" || w == "we":
	case r.in(c, possessives) && r.isContent(c+1) && !r.verbLike(c+1):
		v = c + 2
	default:
		return -1
	}
	if v >= hi || r.toks[v].Kind != nlp.Word || !pastForm(r.toks[v].Norm) {
		return -1
	}
	return v
}

// taggedNameBefore returns a name closed by a parenthesis (a party and
// state: "Gov. Ann Ruiz (R-Ohio)") that ends at the comma p before a verb
// and opens after a comma or at its clause's start: the parenthesis ends
// the subject, and the comma after it is stray ("…, after winning the
// primary, Gov. Ann Ruiz (R-Ohio), said"). It returns noSource otherwise.
func (r *run) taggedNameBefore(p, lo int) [2]int {
	if p-3 < lo || r.toks[p].Text != "," || r.toks[p-1].Text != ")" {
		return noSource
	}
	st := r.leftNP(p-1, lo)
	if st < 0 || st >= p-3 || !r.isName(st, lo) && !r.in(st, titleWords) || !r.subjectPosition(st, lo) {
		return noSource
	}
	return [2]int{st, p - 1}
}

// companionAside reports whether an aside that opens at token k names
// others of the source's kind, who say the same with it: "like", "along
// with", "such as", "together with".
func (r *run) companionAside(k int) bool {
	t := &r.toks[k]
	if t.Kind != nlp.Word || k+1 >= len(r.toks) {
		return false
	}
	n := r.toks[k+1].Norm
	switch strings.ToLower(t.Norm) {
	case "like":
		return true
	case "along", "together":
		return n == "with"
	case "such":
		return n == "as"
	}
	return false
}

// nameWithRelative reports whether a name at k is followed, before the
// mark at end, by a comma and a relative clause on it: "-- John McCain,
// who lost the 2008 election to Obama --".
func (r *run) nameWithRelative(k, end int) bool {
	j := k
	for j < end && r.isName(j, r.lo) {
		j++
	}
	return j > k && j+1 < end && r.toks[j].Text == "," && r.in(j+1, relativeWh)
}

// namedWithPlace reports whether a name at k heads the phrase whose last
// noun phrase starts at st, over the prepositional phrases that tell where
// the named one works or lives: "Dan Hale of First Church in Akron".
func (r *run) namedWithPlace(k, st, lo int) bool {
	if st < 0 || !r.isName(k, lo) {
		return false
	}
	for steps := 0; steps < 3 && st > k; steps++ {
		s2 := r.ppHead(st, lo)
		if s2 < k || s2 >= st {
			return false
		}
		st = s2
	}
	return st == k
}

// listTail reports whether tokens [a, b) end a list: "and migration", "or
// Crane", "Bolt and Crane" (one-word items).
func (r *run) listTail(a, b int) bool {
	if r.toks[a].Norm == "and" || r.toks[a].Norm == "or" {
		return true
	}
	if b-a > 3 {
		return false // "Dana Ruiz and Tom Holt" is an appositive of its own
	}
	for k := a + 1; k < b-1; k++ {
		if r.toks[k].Norm == "and" || r.toks[k].Norm == "or" {
			return true
		}
	}
	return false
}

// prevComma returns the comma before token k, within 15 tokens and with
// only words, numbers and name marks between, or -1.
func (r *run) prevComma(k, lo int) int {
	for p := k - 1; p >= lo && p >= k-15; p-- {
		t := &r.toks[p]
		if t.Text == "," {
			return p
		}
		if t.Kind != nlp.Word && t.Kind != nlp.Number {
			return -1
		}
	}
	return -1
}

// openingPhraseEnds reports whether the comma at token c closes a phrase
// that opens the sentence at lo with a preposition or subordinator ("In
// addition to Mr. Lee,", "After the vote,"), so that the clause's subject
// follows it.
func (r *run) openingPhraseEnds(c, lo int) bool {
	if c <= lo || !(r.in(lo, prepositions) || r.in(lo, subordinators)) {
		return false
	}
	for k := lo + 1; k < c; k++ {
		if r.toks[k].Kind == nlp.Punct && r.toks[k].Text != "." {
			return false
		}
	}
	return true
}

// ageAndPlace returns the comma that opens a run of appositives of age
// and place ending at the comma j: for "Ana Ruiz, 59, of Ashton, Md.,
// said", the comma after "Ruiz", where j is the one before "Md.". The run
// is made of an age (a number), a town after "of", and a state after its
// town.
func (r *run) ageAndPlace(j, lo int) int {
	open := j
	for {
		p := open - 1
		for p >= lo && p > open-8 && r.toks[p].Text != "," {
			p--
		}
		if p < lo || r.toks[p].Text != "," || p+1 > open-1 {
			return open
		}
		a, b := p+1, open-1 // the segment before the comma at open
		t := &r.toks[a]
		switch {
		case a == b && t.Kind == nlp.Number: // an age
		case t.Norm == "of" && a < b && r.isName(b, lo): // a town
		case a == b && r.isName(a, lo) && open == j && r.ofSegmentBefore(p, lo):
			// a state after its town: "…, of Ashton, Md.,"
		default:
			return open
		}
		open = p
	}
}

// townAndState reports whether the comma at p closes a town and its
// state that modify the noun after them: "a Hollywood, Fla., rabbi", "a
// Des Moines, Iowa, lawyer". The word after the comma is lowercase.
func (r *run) townAndState(p, lo int) bool {
	if p-3 < lo || p+1 >= len(r.toks) || r.toks[p-2].Text != "," || r.capitalized(p+1) || r.toks[p+1].Kind != nlp.Word {
		return false
	}
	return r.stateAt(p-1) && r.isName(p-3, lo)
}

// stateAt reports whether token k can be the state or country after a
// town: an abbreviation ("Pa.", "Fla.") or a place name ("Iowa").
func (r *run) stateAt(k int) bool {
	t := &r.toks[k]
	abbrev := strings.HasSuffix(t.Text, ".") && len(t.Text) <= 7 && r.capitalized(k)
	return abbrev || placeNames.has(strings.ToLower(t.Norm))
}

// placeInPhrase reports whether the comma at p stands between a town
// that a preposition governs and its state, which ends at the comma at
// end: "a retired teacher in Allentown, Pa., said".
func (r *run) placeInPhrase(p, end, lo int) bool {
	state := end == p+2 && r.stateAt(p+1) || end == p+3 && r.twoWordState(p+1)
	return state && p-2 >= lo && r.isName(p-1, lo) && r.toks[p-2].Kind == nlp.Word && r.in(p-2, prepositions)
}

// twoWordState reports whether tokens k and k+1 name a state or country
// of two words that opens with a compass word or "New": "South
// Carolina", "New York", "West Virginia".
func (r *run) twoWordState(k int) bool {
	if k+1 >= len(r.toks) || !r.capitalized(k) || !r.capitalized(k+1) || r.toks[k+1].Kind != nlp.Word {
		return false
	}
	switch strings.ToLower(r.toks[k].Norm) {
	case "new", "north", "south", "west", "rhode":
		return true
	}
	return false
}

// ofSegmentBefore reports whether the segment ending before the comma at
// p opens with "of": "…, of Ashton, …".
func (r *run) ofSegmentBefore(p, lo int) bool {
	for k := p - 1; k >= lo && k > p-8; k-- {
		switch {
		case r.toks[k].Text == ",":
			return k+1 < p && r.toks[k+1].Norm == "of"
		case !r.isName(k, lo) && r.toks[k].Norm != "of":
			return false
		}
	}
	return false
}

// invertedSource finds a subject after its verb: "…,” said Smith", "…,
// said the spokesman, …". after is the first token after the cue.
func (r *run) invertedSource(after, hi int) [2]int {
	k := r.skipTime(after, hi)
	if k >= hi {
		return noSource
	}
	t := &r.toks[k]
	if k+2 < hi && r.toks[k+1].Norm == "of" && (t.Kind == nlp.Number || t.Kind == nlp.Word && (numberWord(t.Norm) || r.in(k, quantifiers))) {
		// a part of a group: "said one of the advisers", "said many of
		// the delegates", "said one of two witnesses who …"
		e := r.rightNP(k+2, hi, true)
		if n := r.toks[k+2].Norm; n == "them" || n == "us" {
			e = k + 2
		}
		speaker := false
		for j := k + 2; j <= e && !speaker; j++ {
			speaker = r.isName(j, r.lo) || r.peopleWord(j) || r.inLower(j, orgWords) || r.toks[j].Norm == "them" || r.toks[j].Norm == "us"
		}
		if e < k+2 || !speaker {
			return noSource
		}
		return r.invertedEnd(k, r.whereaboutsTail(e, hi), hi)
	}
	if !(r.isName(k, r.lo) || t.Kind == nlp.Word && (r.in(k, determiners) || r.in(k, possessives) || r.in(k, roleNouns) || r.in(k, groupNouns) || t.Norm == "he" || t.Norm == "she" || t.Norm == "they" || t.Norm == "we")) {
		// ("it" after a verb is its object: "found the posting,
		// reported it to the F.B.I.")
		return noSource
	}
	e := r.rightNP(k, hi, true)
	if e < 0 {
		return noSource
	}
	if r.toks[k].Norm == "a" && k+2 <= e && r.toks[k+2].Norm == "of" {
		// a quantity: "said a number of aides", but not "wrote a host of
		// new songs"
		speaker := false
		for j := k + 3; j <= e && !speaker; j++ {
			speaker = r.isName(j, r.lo) || r.peopleWord(j) || r.inLower(j, orgWords)
		}
		if !speaker {
			return noSource
		}
	}
	if n := r.toks[k].Norm; n == "a" || n == "an" || n == "another" {
		// a speaker not named, whom only what follows picks out
		e = r.whereaboutsTail(e, hi)
	}
	return r.invertedEnd(k, r.namedTail(k, e, hi), hi)
}

// whereaboutsTail returns where an unnamed speaker's phrase ending at e
// ends with the place that picks them out, when that place ends the
// clause: "said one of the protesters outside the courthouse", "shouted
// a man in the crowd". A definite place is needed ("near the gate", "at
// Mercy Hospital"): "in a statement", "at a news conference" tell how
// the words came, not who spoke, and so does a statement, a recording or
// a time however named ("in the interview", "in the morning"). It returns
// e when no such place follows.
func (r *run) whereaboutsTail(e, hi int) int {
	n := e + 1
	if n+1 >= hi || r.toks[n].Kind != nlp.Word || !whereaboutsPreps.has(r.toks[n].Norm) {
		return e
	}
	if !(r.toks[n+1].Norm == "the" || r.isName(n+1, r.lo)) {
		return e
	}
	e2 := r.rightNP(n+1, hi, false)
	if e2 > n && e2+2 < hi && r.toks[e2+1].Norm == "of" && r.toks[e2+2].Norm == "the" {
		e2 = max(e2, r.rightNP(e2+2, hi, false)) // "at the back of the hall"
	}
	if e2 <= n || r.in(e2, statements) || r.in(e2, timeWords) || r.in(e2, recordings) {
		return e
	}
	if e2+1 < hi && !(r.toks[e2+1].Kind == nlp.Punct || r.toks[e2+1].Kind.IsQuote()) {
		return e
	}
	return e2
}

// invertedEnd returns the inverted source [k, e] when it ends the clause
// ("said Smith." / "said Smith, adding"), also before a relative clause
// (which withRestrictiveRelative may add), else noSource.
func (r *run) invertedEnd(k, e, hi int) [2]int {
	n := e + 1
	n = r.skipAdjuncts(n, hi)
	if n < hi && !(r.toks[n].Kind == nlp.Punct || r.toks[n].Kind.IsQuote()) && !(n >= k+2 && (r.toks[n].Norm == "who" || r.toks[n].Norm == "that") && r.toks[n-1].Kind == nlp.Word) {
		// but a relative clause may follow an appositive: "…,” said
		// Andrew Rice, a former state senator who ran for …
		return noSource
	}
	return [2]int{k, e}
}

// withRestrictiveRelative returns the inverted source src with the
// restrictive relative clause right after it, which tells which one spoke
// ("said an aide who was briefed on the talks"), up to the clause's end (a
// comma, a mark or a quotation); src when none follows, or when the clause
// only sets the terms of speaking ("who spoke on the condition of
// anonymity"), which PolNeAR's annotators leave out of the source.
func (r *run) withRestrictiveRelative(src [2]int, hi int) [2]int {
	n := src[1] + 1
	if src == noSource || n >= hi || r.toks[n].Kind != nlp.Word || r.toks[n].Norm != "who" {
		return src
	}
	j := n + 1
	for j < hi && (r.toks[j].Kind == nlp.Word || r.toks[j].Kind == nlp.Number || r.toks[j].Text == "'s") {
		if r.toks[j].Norm == "anonymity" {
			return src
		}
		j++
	}
	if j > n+1 && (j >= hi || r.toks[j].Kind == nlp.Punct || r.toks[j].Kind.IsQuote()) {
		return [2]int{src[0], j - 1}
	}
	return src
}

// sentenceTail reports whether what follows a phrase from token k on ends
// its sentence with no more to say: nothing, or a relative clause or an
// appositive with no comma or quotation in it ("said an aide who was
// briefed on the talks.", "said Ann Lee, a spokeswoman."). A comma, a
// quotation or a clause after it make the phrase an object or the start
// of a content ("said Obama “understood …”", "said the staff member,
// Paul Manafort, should be fired").
func (r *run) sentenceTail(k, hi int) bool {
	if k < hi && r.toks[k].Text == "," {
		k++
		if k >= hi || !(r.in(k, determiners) || r.in(k, possessives) || r.in(k, roleNouns)) {
			return false
		}
	}
	for ; k < hi; k++ {
		t := &r.toks[k]
		if t.Kind.IsQuote() || t.Kind == nlp.Punct && t.Text != "." && t.Text != "!" && t.Text != "?" {
			return false
		}
	}
	return true
}

// namedTail returns where a phrase [k, e] after a cue ends with the name
// that a naming participle gives it: "said the base chief known as Bob",
// "said a man named Ali Khan". It returns e when no such name follows.
func (r *run) namedTail(k, e, hi int) int {
	n := e + 1
	if r.toks[e].Kind == nlp.Word && e > k && namingParticiples.has(r.toks[e].Norm) {
		n = e // the phrase took the participle in: "the base chief known"
	}
	if n >= hi || !namingParticiples.has(r.toks[n].Norm) {
		return e
	}
	j := n + 1
	if j < hi && r.toks[j].Norm == "as" {
		j++
	}
	if j >= hi || !r.isName(j, r.lo) {
		return e
	}
	for j+1 < hi && r.isName(j+1, r.lo) {
		j++
	}
	return j
}

// namingParticiples give the phrase before them a name: "a man known as
// Bob".
var namingParticiples = plainClass("namingParticiples")

// quantifierAt reports whether an adverb of degree at k quantifies the
// words after it rather than the verb before: "called for more
// investment", "said more than 20 people died", "said too many people
// died", but "said more recently".
func (r *run) quantifierAt(k, hi int) bool {
	if k+1 < hi && r.toks[k+1].Norm == "of" && quantityWords.has(r.toks[k].Norm) {
		return true // a share of what follows: "praised much of the speech"
	}
	switch n := r.toks[k].Norm; {
	case degreeComparatives.has(n):
	case degreeAdverbs.has(n):
		// "said too many people died", "said so few voters came"
		return k+1 < hi && quantityWords.has(r.toks[k+1].Norm)
	default:
		return false
	}
	if k+1 >= hi {
		return false
	}
	n := &r.toks[k+1]
	return n.Kind == nlp.Number || n.Kind == nlp.Word && (n.Norm == "than" || n.Norm != "that" && !r.isAdverb(k+1) && !r.in(k+1, prepositions))
}

// Adverbs of degree and the words of quantity they modify: see
// classes.tsv.
var (
	degreeComparatives = plainClass("degreeComparatives")
	degreeAdverbs      = plainClass("degreeAdverbs")
	quantityWords      = plainClass("quantityWords")
)

// asideAfterRelative reports whether the comma at p closes an aside that
// follows a relative pronoun ("a facet that, to her, invokes Reagan"):
// the verb after it is the relative clause's, and what follows it its
// object, not an inverted subject.
func (r *run) asideAfterRelative(p, lo int) bool {
	if r.toks[p].Text != "," {
		return false
	}
	for q := p - 1; q > lo && q >= p-6; q-- {
		if r.toks[q].Text == "," {
			n := r.toks[q-1].Norm
			return n == "that" || n == "which" || n == "who"
		}
	}
	return false
}

// skipTime skips time words and adverbs after a cue: "said Tuesday",
// "said last week", "added later". A time phrase with a possessive is
// the determiner of what follows, not a time of saying: "said Monday's
// ruling", "said last week's vote".
func (r *run) skipTime(k, hi int) int {
	run := k // where the time words now skipped began
	for steps := 0; k < hi && steps < r.maxGap; steps++ {
		t := &r.toks[k]
		if t.Kind == nlp.Word && r.in(k, timeWords) && k+1 < hi && r.toks[k+1].Norm == "'s" {
			return run
		}
		if t.Norm == "for" && k+3 < hi && r.toks[k+1].Norm == "the" && r.toks[k+3].Norm == "time" {
			k += 4 // "for the first time", "for the last time"
			run = k
			continue
		}
		if t.Kind == nlp.Word && (r.in(k, timeWords) || r.isAdverb(k) && !r.quantifierAt(k, hi) || t.Norm == "on" && k+1 < hi && r.in(k+1, timeWords)) {
			if !r.in(k, timeWords) {
				run = k + 1
			}
			k++
			continue
		}
		break
	}
	return k
}

// skipAdjuncts skips time expressions and a short prepositional phrase of
// manner or place after a cue: "said Thursday in an interview with CNN".
func (r *run) skipAdjuncts(k, hi int) int {
	k = r.skipTime(k, hi)
	if k-1 >= 0 && k < hi && r.in(k-1, addressees) {
		// the addressee of "told The Huffington Post on Thursday"
		e := r.rightNP(k, hi, false)
		if r.toks[k].Kind == nlp.Word && r.in(k, objectPronouns) && !r.in(k, possessives) {
			e = k // a pronoun is the whole addressee: "told me the photo …"
		}
		if e >= k && !(e+1 < hi && (r.toks[e+1].Norm == "that" || r.toks[e+1].Norm == "to")) {
			k = r.skipTime(e+1, hi)
		}
	}
	for steps := 0; k < hi && steps < 3; steps++ {
		t := &r.toks[k]
		if t.Kind != nlp.Word || !r.in(k, adjunctPreps) {
			break
		}
		if e := r.mannerPhraseEnd(k, hi); e > k {
			k = r.skipTime(e+1, hi) // "spoke on condition of anonymity"
			continue
		}
		if r.in(k, subordinators) && r.clauseAfter(k+1, hi) {
			// a clause, not a phrase: "wrote after she learned that …"
			// reports nothing of what she learned
			break
		}
		if t.Norm == "to" && k+1 < hi {
			// "said to reporters", but not "wants to sign"
			n := &r.toks[k+1]
			if !(r.isName(k+1, r.lo) || n.Kind == nlp.Word && (r.in(k+1, determiners) || r.in(k+1, possessives) || r.in(k+1, objectPronouns)) || n.Kind == nlp.Number) {
				break
			}
		}
		e := r.rightNP(k+1, hi, false)
		if e < 0 {
			break
		}
		k = r.skipTime(e+1, hi)
		if k < hi && r.verbLike(k) && strings.HasSuffix(r.toks[k].Norm, "ed") && !r.isCue[k] {
			// a participle on the phrase's noun, with only a time or an
			// agent after it: "said in a statement released Tuesday" (a
			// participle that is a cue of its own, "published", is left
			// to be one)
			if j := r.participleTail(k+1, hi); j > k+1 {
				k = j
			}
		}
	}
	return k
}

// clauseAfter reports whether a subordinator's clause, not a
// preposition's object, starts at k: a subject pronoun, or a noun phrase
// and a verb group after it ("after the mayor learned that …").
func (r *run) clauseAfter(k, hi int) bool {
	if k >= hi || r.toks[k].Kind != nlp.Word {
		return false
	}
	if r.in(k, subjectPronouns) && !r.in(k, objectPronouns) && !r.relativeWord(k) {
		return true
	}
	return r.subjectAndVerbAt(k, hi)
}

// participleTail returns where the words after a participle at k-1 end
// when they are only a time and an agent ("released Tuesday", "published
// by the Times on Friday"), before the sentence's end or a comma; else
// k.
func (r *run) participleTail(k, hi int) int {
	j := r.skipTime(k, hi)
	if j < hi && r.toks[j].Norm == "by" {
		if e := r.rightNP(j+1, hi, false); e > j {
			j = r.skipTime(e+1, hi)
		}
	}
	if j >= hi || isTerminalTok(&r.toks[j]) || r.toks[j].Text == "," {
		return j
	}
	return k
}

// mainSubject returns the subject that a participial or coordinated verb
// at vg shares with its main clause: the source of the sentence's latest
// attribution before vg, or else the sentence's grammatical subject.
func (r *run) mainSubject(lo, vg int) [2]int {
	si := r.doc.SentenceOf(lo)
	for i := len(r.out) - 1; i >= 0 && i >= len(r.out)-maxLookback; i-- {
		if r.out[i].Sentence != si {
			break
		}
		if r.out[i].Cue.End <= r.toks[vg].Start && r.srcTok[i] != noSource && r.out[i].Source.Kind != None {
			if r.introClause(r.srcTok[i], lo, vg) {
				break // "While business groups push for …, Trump has rallied thousands by promising …"
			}
			return r.srcTok[i]
		}
	}
	return r.subjectAfter(lo, vg)
}

// introClause reports whether the source src speaks in a subordinate
// clause that opens the sentence at lo and ends at a comma before vg:
// "While business groups push for free trade, …".
func (r *run) introClause(src [2]int, lo, vg int) bool {
	k := r.skipDateline(lo, vg)
	for k < src[0] && r.toks[k].Kind.IsQuote() {
		k++
	}
	if k >= src[0] || !r.in(k, subordinators) {
		return false
	}
	for j := src[1] + 1; j < vg; j++ {
		if r.toks[j].Text == "," {
			return true
		}
	}
	return false
}

// participleSubject returns the subject of a participial clause after a
// comma at vg-1: the subject of the clause it hangs on. When that is the
// content of an earlier attribution of the sentence, a clause with a
// subject of its own that can act ("Auditors said the director hid the
// losses, arguing that …"), it is that subject; otherwise, and for a cue
// that goes on with the speaker's report (", adding that …"), it is the
// main clause's (see mainSubject). A pronoun or a thing as the inner
// subject leaves the main one ("Analysts said the costs rose,
// citing …"), and so does a pronoun object of the participle, which
// cannot be its own subject ("Trump said Clinton lied, calling her …").
// after is the first token after the cue.
func (r *run) participleSubject(lo, vg, after int, lemma string) [2]int {
	comma := vg - 1
	if comma-1 < lo || continues(lemma) || r.pronounObject(after) {
		return r.outerSubject(lo, vg)
	}
	si := r.doc.SentenceOf(lo)
	for i := len(r.out) - 1; i >= 0 && i >= len(r.out)-maxLookback; i-- {
		q := &r.out[i]
		if q.Sentence != si {
			break
		}
		if q.Cue.End > r.toks[comma].Start {
			continue
		}
		if q.Cue.Form != Verb {
			// a participle or noun inside a phrase ("a suit brought by a
			// tenant claiming that …, calling it …"): the main clause's
			break
		}
		for _, sp := range contentSpans(q.Content) {
			if sp.End != r.toks[comma-1].End || r.inQuote(comma-1) {
				continue
			}
			if sub := r.clauseSubject(r.tokenAt(sp.Start), comma); sub != noSource && r.agentPhrase(sub) {
				return sub
			}
		}
		break // the latest attribution before the participle decides
	}
	return r.outerSubject(lo, vg)
}

// outerSubject returns the subject that a participle after a comma
// shares with the sentence's main clause: the source of the latest verb
// or participle cue before vg that stands in the main clause ("with
// Machado endorsing …, branding …"), not inside another
// attribution's content ("The senator said he did not believe …, arguing …"),
// a relative clause ("a witness who said …, saying …") or a noun
// phrase ("a court order"); or else the sentence's grammatical subject.
func (r *run) outerSubject(lo, vg int) [2]int {
	si := r.doc.SentenceOf(lo)
	first := len(r.out)
	for first > 0 && first > len(r.out)-maxLookback && r.out[first-1].Sentence == si {
		first--
	}
outer:
	for i := len(r.out) - 1; i >= first; i-- {
		q := &r.out[i]
		src := r.srcTok[i]
		if q.Cue.End > r.toks[vg].Start || q.Cue.Form != Verb && q.Cue.Form != Participle || src == noSource || q.Source.Kind == None || src[0] == src[1] && r.in(src[0], relativeWh) {
			continue
		}
		if r.introClause(src, lo, vg) {
			// a cue in the adverbial clause that opens the sentence: the
			// participle hangs on the main clause after it ("When Lee
			// asked about the dam, the minister waved it away, saying …")
			if main := r.subjectAfter(lo, vg); main != noSource && r.toks[main[0]].Start >= q.Cue.End && r.speakerPhrase(main) {
				return main
			}
		}
		for j := first; j < i; j++ {
			if r.out[j].Cue.Form != Verb {
				continue // a noun's of-phrase may run long: "In his report, …"
			}
			for _, sp := range contentSpans(r.out[j].Content) {
				if sp.Contains(q.Cue.Span) {
					continue outer
				}
			}
		}
		return src
	}
	if src := r.subordinateSubject(lo, vg); src != noSource {
		return src
	}
	main := r.subjectAfter(lo, vg)
	if main == noSource || !r.speakerPhrase(main) {
		// a main subject that cannot speak leaves the participle to the
		// subject of the clause of time or cause before its comma, if
		// that one can: "The fracas erupted after the tycoon entered the
		// race, calling them rapists"
		if sub := r.lastClauseSubject(lo, vg); sub != noSource && r.agentPhrase(sub) {
			return sub
		}
	}
	return main
}

// lastClauseSubject returns the subject of the last subordinate clause
// that opens before vg in the sentence from lo, outside quotations, or
// noSource.
func (r *run) lastClauseSubject(lo, vg int) [2]int {
	for k := vg - 2; k > lo; k-- {
		t := &r.toks[k]
		if t.Kind != nlp.Word || r.inQuote(k) || !r.in(k, subordinators) || t.Norm == "as" || t.Norm == "whether" || t.Norm == "if" {
			continue
		}
		if sub := r.clauseSubject(k+1, vg); sub != noSource {
			return sub
		}
		// a verb with no object after it: "after the mayor walked out
		// of the meeting"
		if e := r.rightNP(k+1, vg, false); e > k && e+1 < vg {
			n := e + 1
			if r.toks[n].Kind == nlp.Word && !r.capitalized(n) && (r.verbLike(n) || irregularPast.has(r.toks[n].Norm) || r.in(n, auxiliaries) || r.in(n, modals) || r.in(n, beForms)) {
				return [2]int{k + 1, e}
			}
		}
		return noSource
	}
	return noSource
}

// subordinateSubject returns the subject of a subordinate or relative
// clause that the coordinated verb at vg continues, with no comma
// between: "when Rubio thanked Miami and said …" has Rubio's words, not
// the main clause's subject's; "a boy who stared … and asked" the
// relative pronoun's. It returns noSource when no subordinator or
// relative pronoun opens the verb's clause.
func (r *run) subordinateSubject(lo, vg int) [2]int {
	for k := vg - 2; k >= lo && k > vg-15; k-- {
		t := &r.toks[k]
		if t.Kind != nlp.Word && t.Kind != nlp.Number || r.inQuote(k) {
			return noSource
		}
		if r.in(k, subordinators) && t.Norm != "as" && t.Norm != "whether" && t.Norm != "if" {
			return r.clauseSubject(k+1, vg)
		}
		if (t.Norm == "who" || t.Norm == "which") && k-1 >= lo && r.toks[k-1].Kind == nlp.Word && (r.isContent(k-1) || r.isName(k-1, lo)) && k+1 < vg && r.verbLike(k+1) {
			// a relative clause whose verbs are coordinated: "a young boy
			// who stared at a painting and asked who he was"
			return [2]int{k, k}
		}
	}
	return noSource
}

// pronounObject reports whether token k is a personal pronoun as an
// object, not a reflexive or a possessive before its noun: "calling her a
// liar", but not "blaming her deputy" or "calling himself".
func (r *run) pronounObject(k int) bool {
	if k >= r.hi || !r.in(k, objectPronouns) {
		return false
	}
	switch n := r.toks[k].Norm; {
	case n == "it" || n == "one" || strings.HasSuffix(n, "self") || strings.HasSuffix(n, "selves"):
		return false
	case n == "her":
		return !(k+1 < r.hi && (r.isContent(k+1) || r.isName(k+1, r.lo)))
	}
	return true
}

// continues reports whether a participial cue goes on with the speaker's
// own report rather than with what the reported clause says: ", adding
// that …", ", going on to say …". The lemma's first word is looked up in
// continuingCues.
func continues(lemma string) bool {
	w, _, _ := strings.Cut(lemma, " ")
	return continuingCues.has(w)
}

// continuingCues: see continues.
var continuingCues = plainClass("continuingCues")

// clauseSubject returns the subject of the clause that runs from token k
// to hi (exclusive), after a "that": a run of names, or a phrase with a
// determiner or possessive and its nouns, with coordinated phrases ("the
// director and her deputy") and an of-phrase, followed by the start of a
// verb group (see verbStarts). It returns noSource when the clause does
// not open with a subject and its verb: an object ("scolded Moe for
// …", "turned down a request to …") is no clause.
func (r *run) clauseSubject(k, hi int) [2]int {
	if k < hi && r.toks[k].Norm == "that" {
		k++
	}
	end := -1
	for j := k; j < hi && j < k+maxNP; j++ {
		t := &r.toks[j]
		joined := j > k && (r.toks[j-1].Norm == "and" || r.toks[j-1].Norm == "of")
		switch {
		case t.Kind == nlp.Word && (r.in(j, determiners) || r.in(j, possessives)) && (j == k || joined):
			continue
		case r.isName(j, r.lo) || t.Kind == nlp.Number:
			end = j
			continue
		case t.Kind == nlp.Word && (t.Norm == "and" || t.Norm == "of") && end >= 0 && !joined:
			continue
		case t.Norm == "'s" && end == j-1 && j+1 < hi && (r.isName(j+1, r.lo) || r.isContent(j+1)):
			continue // a possessive: "the military's involvement"
		case end >= 0 && !joined && r.verbStarts(j, hi):
			return [2]int{k, end}
		case r.isContent(j) && !r.verbLike(j) && !r.isCue[j] && !r.in(j, timeWords):
			end = j
			continue
		}
		break
	}
	return noSource
}

// verbStarts reports whether token j, after a subject, starts the verb
// group of a clause whose subject acts: auxiliaries, negations and
// adverbs, then a verb before its object or a that-clause ("hid the
// losses", "had quietly sold his shares", "says that"). A form of "be"
// describes the subject rather than an act ("the treasurer is too cautious",
// "the mayor has been a critic"), and "not to" or a participle before
// a preposition is no finite clause ("urged the board not to act", "the
// plan adopted after …", "the senator sharply in Dayton").
func (r *run) verbStarts(j, hi int) bool {
	for steps := 0; j < hi && steps < 6; steps++ {
		t := &r.toks[j]
		if t.Kind != nlp.Word || r.capitalized(j) {
			return false
		}
		switch {
		case r.in(j, beForms):
			return false
		case r.in(j, auxiliaries) && t.Norm != "to" || r.in(j, negators) || r.isAdverb(j):
			if j+1 < hi && r.toks[j+1].Norm == "to" {
				return false
			}
			j++
			continue
		}
		return r.isContent(j) && j+1 < hi && (r.objectStarts(j+1) || r.toks[j+1].Norm == "that")
	}
	return false
}

// objectStarts reports whether token k can open a verb's object: a
// determiner, possessive, object pronoun, name or number.
func (r *run) objectStarts(k int) bool {
	t := &r.toks[k]
	return t.Kind == nlp.Number || r.isName(k, r.lo) || t.Kind == nlp.Word && (r.in(k, determiners) || r.in(k, possessives) || r.in(k, objectPronouns))
}

// agentPhrase reports whether the phrase [a, b] names someone who can
// speak or act: a name, or a phrase headed by a role, group or
// organization noun. Pronouns are left out: after a reported clause they
// are most often the speaker again ("Trump said he …, arguing …").
func (r *run) agentPhrase(sub [2]int) bool {
	for j := sub[0]; j <= sub[1]; j++ {
		t := &r.toks[j]
		if t.Norm == "of" || t.Norm == "and" {
			break // the head of the first conjunct decides
		}
		if j == sub[1] || r.toks[j+1].Norm == "of" || r.toks[j+1].Norm == "and" {
			return r.isName(j, r.lo) || t.Kind == nlp.Word && (r.in(j, roleNouns) || r.in(j, groupNouns) || r.in(j, orgWords))
		}
	}
	return false
}

// pronounAfterAppositives returns the subject pronoun that follows one or
// two phrases set off by commas from token k on, a name or a noun phrase
// with no verb ("Ed Fields, a banker, she has …"), when a verb comes
// right after it; otherwise k.
func (r *run) pronounAfterAppositives(k, hi int) int {
	j := k
	for seg := 0; seg < 2; seg++ {
		n := j
		for n < hi && n < j+8 && r.toks[n].Kind == nlp.Word && !r.isCue[n] && !(r.verbLike(n) && !r.capitalized(n)) && !r.in(n, subjectPronouns) {
			n++
		}
		if n == j || n+2 >= hi || r.toks[n].Text != "," {
			return k
		}
		p := n + 1
		if w := r.toks[p].Norm; r.toks[p].Kind == nlp.Word && r.in(p, subjectPronouns) && w != "it" && w != "that" && w != "which" && w != "who" && w != "this" {
			if r.in(p+1, auxiliaries) || r.in(p+1, modals) || r.verbLike(p+1) || r.isAdverb(p+1) {
				return p
			}
			return k
		}
		j = p
	}
	return k
}

// subjectAfter finds the subject of the clause starting at token k: after
// an introductory phrase set off by a comma ("Late on Tuesday, …"), the
// noun phrase that precedes the first verb-like word.
func (r *run) subjectAfter(k, hi int) [2]int {
	k = r.skipDateline(k, hi)
	// skip opening quotes and conjunctions
	for k < hi && (r.toks[k].Kind.IsQuote() || r.toks[k].Kind == nlp.Word && (r.toks[k].Norm == "and" || r.toks[k].Norm == "but" || r.toks[k].Norm == "so")) {
		k++
	}
	if k >= hi {
		return noSource
	}
	if e := r.agoPhraseEnd(k, hi); e >= k && e+1 < hi && r.toks[e+1].Kind == nlp.Word && r.in(e+1, subjectPronouns) && !r.relativeWord(e+1) {
		k = e + 1 // a time with no comma before its clause: "A few minutes later they …"
	}
	// An introductory phrase: a preposition, subordinator or adverb up to
	// the first comma; or a participial phrase, -ing or passive
	// ("Chastened by the analyses, …"); one may follow another ("…, as
	// well as …, Trump").
	opener := -1
	for steps := 0; steps < 2 && k < hi; steps++ {
		t := &r.toks[k]
		// a passive participle before its by-phrase, or one in -ed
		// before any preposition: "Stung by …", "Asked about …"
		edPhrase := t.Kind == nlp.Word && k+1 < hi && r.toks[k+1].Kind == nlp.Word && (r.toks[k+1].Norm == "by" && !r.in(k, determiners) ||
			len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") && !r.in(k, edNouns) && r.in(k+1, prepositions))
		// a capitalized adverb opening the sentence, which isAdverb does
		// not take: "Shortly after the announcement, …" (but "Kelly said")
		lyPhrase := r.lyWord(k) && k+1 < hi && (r.in(k+1, prepositions) || r.in(k+1, clauseWords))
		if !(t.Kind == nlp.Word && (r.in(k, prepositions) || r.in(k, clauseWords) || r.isAdverb(k) || r.in(k, timeWords) || strings.HasSuffix(t.Norm, "ing") || r.isCue[k] || edPhrase || lyPhrase ||
			r.timePhraseEnd(k, hi) >= k) || t.Text == ",") { // "The day before, …"
			break
		}
		if t.Kind == nlp.Word && (r.isAdverb(k) || r.in(k, timeWords)) && !r.in(k, prepositions) && !r.in(k, subordinators) && r.subjectAndVerbAt(k+1, hi) {
			k++ // an adverb before the clause's own subject: "now Ruiz has taken on …, seeking"
			break
		}
		j := k
		for j < hi && j < k+25 && r.toks[j].Text != "," {
			j++
		}
		if j >= hi || r.toks[j].Text != "," {
			break
		}
		if steps == 0 && t.Kind == nlp.Word && r.in(k, prepositions) && !r.in(k, subordinators) {
			opener = k
		}
		k = j + 1
		for k < hi && r.closesQuote(k) {
			k++ // the comma inside a quotation: "Citing “obligations,” the …"
		}
	}
	if opener >= 0 {
		// the opening phrase's object may have appositives of its own
		// before the subject: "Along with her husband, Ed Fields, a
		// banker, she has …"
		if s := r.pronounAfterAppositives(k, hi); s > k {
			k = s
		}
	}
	// "On Thursday, however, Trump …", "Ultimately, the mayor …"
	for k+1 < hi && (r.isAdverb(k) || r.lyWord(k)) && r.toks[k+1].Text == "," {
		k += 2
	}
	if k >= hi {
		return noSource
	}
	t := &r.toks[k]
	if t.Kind == nlp.Word && r.in(k, subjectPronouns) && t.Norm != "that" && t.Norm != "which" && t.Norm != "who" {
		if t.Norm == "it" && r.emptyIt(k, hi) {
			return noSource // "It rained for a week, prompting …"
		}
		return [2]int{k, k}
	}
	// Walk right over the noun phrase.
	end := -1
	lowers := 0
	for j := k; j < hi && j < k+12; j++ {
		t := &r.toks[j]
		switch {
		case t.Kind == nlp.Word && r.in(j, determiners) && end == -1:
			continue
		case t.Kind == nlp.Word && (r.in(j, determiners) || r.in(j, possessives)) && j > k && (r.toks[j-1].Norm == "of" || r.toks[j-1].Norm == "and"):
			continue // "Some of his supporters", "the mayor and her deputy"
		case t.Norm == "'s" && end >= 0:
			continue
		case r.isName(j, r.lo):
			end = j
			continue
		case t.Kind == nlp.Number || t.Text == "%" && end == j-1:
			end = j // a share: "46 percent of voters", "46% of voters"
			continue
		case t.Kind == nlp.Word && (t.Norm == "of" || t.Norm == "and") && end >= 0:
			continue
		case t.Kind == nlp.Word && r.in(j, nameParticles) && end >= 0:
			continue
		case t.Text == "," && end >= 0 && end == j-1 && r.isName(end, r.lo) && r.nameListAfter(j, hi) > j:
			// a list of names: "Sens. Ann Ray, Bo Lin and Cy Diaz became …"
			end = r.nameListAfter(j, hi)
			j = end
			continue
		case t.Text == "(" && end >= 0 && end == j-1 && r.isName(end, r.lo):
			// a party and state after a name: "Reps. Al Moe (R-Tex.) and
			// Jo Fey (D-Va.) became …", but not "Zimmerman (left)"
			c := j + 1
			for c < hi && c < j+8 && r.toks[c].Text != ")" && r.toks[c].Text != "(" && r.cls[c]&clsCapWord != 0 {
				c++
			}
			if c > j+1 && c < hi && r.toks[c].Text == ")" {
				end, j = c, c
				if c+2 < hi && r.toks[c+1].Norm == "and" && r.isName(c+2, r.lo) {
					continue
				}
				return [2]int{k, end}
			}
		case r.isContent(j) && !r.verbLike(j) && !r.isCue[j]:
			// A lowercase word in -s after a noun is likely the verb:
			// "the opposition seeks".
			// (but not after an adjective, determiner or possessive:
			// "local officials", "federal prosecutors", "of their
			// lawyers")
			// (a word for people is the noun: "party leaders")
			if p := r.toks[max(j-1, 0)].Norm; lowers > 0 && strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss") && !r.peopleWord(j) && !strings.HasSuffix(p, "s") && p != "'s" && !endsIn(p, 3, adjectiveSuffixes...) && !endsIn(p, 3, "ly", "ern") && !r.in(j-1, determiners) && !r.in(j-1, possessives) {
				break
			}
			// A past form right after a name is the name's verb: "Ben
			// Carson used part of his address to call …".
			if end >= 0 && end == j-1 && (r.isName(end, r.lo) || r.peopleWord(end) || r.inLower(end, orgWords)) && !r.capitalized(j) && pastForm(t.Norm) {
				break
			}
			// A base form after a plural noun ending an of-phrase is
			// the verb: "Some of his supporters remain …".
			if end == j-1 && j-2 > k && r.toks[j-2].Kind == nlp.Word && (r.in(j-2, possessives) || r.in(j-2, determiners) || r.toks[j-2].Norm == "of") && isPlural(r.toks[j-1].Norm) && !isPlural(t.Norm) && !r.capitalized(j) {
				break
			}
			// A word after a noun and before a determiner or pronoun is
			// the verb with its object: "Two unions gave the company …".
			if end >= 0 && j+1 < hi && r.toks[j+1].Kind == nlp.Word && (r.in(j+1, determiners) && !r.in(j+1, quantifiers) || r.in(j+1, possessives) || r.in(j+1, objectPronouns) && r.toks[j+1].Norm != "it") {
				break
			}
			// … or before a name, unless it is a role or title that the
			// name follows ("the committee chairman John Hale"): "the
			// panel held Pagliano in contempt".
			if end >= 0 && j+1 < hi && r.isName(j+1, r.lo) && !r.capitalized(j) && !r.in(j, roleNouns) && !r.in(j, titleWords) && !r.in(j, groupNouns) && !r.in(j, orgWords) {
				break
			}
			end = j
			lowers++
			continue
		}
		break
	}
	if end < 0 {
		return noSource
	}
	// An appositive set off by commas after a name belongs to it, as it
	// does before a verb: "Dean, a former party chairman, poked at …"
	if end+1 < hi && r.toks[end+1].Text == "," && r.isName(end, r.lo) {
		for c := end + 2; c < hi && c < end+32; c++ {
			if t := &r.toks[c]; t.Text == "," {
				if src, ok := r.appositiveSubject(c, r.lo); ok && src[0] == k && src[1] > end {
					return src
				}
				break
			} else if t.Kind == nlp.Punct && t.Text != "(" && t.Text != ")" || t.Kind.IsQuote() {
				break
			}
		}
	}
	return [2]int{k, end}
}

// emptyIt reports whether "it" at k is an empty subject that names no
// one: of weather or time ("it rained", "it was late", "it is 5 o'clock"),
// or an expletive before an extraposed clause ("it is too early to
// tell …", "it is clear that …").
func (r *run) emptyIt(k, hi int) bool {
	j := k + 1
	for j < hi && (r.in(j, auxiliaries) && !r.in(j, beForms) && r.toks[j].Norm != "to" || r.in(j, negators)) {
		j++ // "it will not be", "it has been"
	}
	if j < hi && r.in(j, beForms) {
		for j++; j < hi && (r.isAdverb(j) || r.in(j, beForms)); j++ {
		}
		if j >= hi {
			return false
		}
		t := &r.toks[j]
		if t.Kind == nlp.Number || r.in(j, timeWords) || weatherWords.has(t.Norm) {
			return true
		}
		return t.Kind == nlp.Word && r.isContent(j) && j+1 < hi && (r.toks[j+1].Norm == "to" || r.toks[j+1].Norm == "that")
	}
	return j < hi && weatherWords.has(r.toks[j].Norm)
}

// weatherWords tell the weather or the time of day after an empty "it":
// "rained", "snowing", "cold", "late", "dark".
var weatherWords = plainClass("weatherWords")

// skipDateline returns the first token after a dateline that opens the
// sentence at k ("WASHINGTON (AP) —", "New York, Dec. 8 (AFP) –"), or k.
// A dateline is capitalized words, numbers and commas before a dash that
// either open with a place in capitals or end with a news agency in
// parentheses; a name set off by dashes ("Jason Sims — a teacher — says",
// "Sen. Ann Ray (D-Ohio) —") is the subject, not a dateline.
func (r *run) skipDateline(k, hi int) int {
	if k != r.lo || k >= hi {
		return k
	}
	caps := isAcronym(r.toks[k].Text)
	for j := k; j < hi && j < k+12; j++ {
		t := &r.toks[j]
		switch {
		case r.cls[j]&clsDash != 0 || t.Text == "-":
			agency := j-3 >= k && r.toks[j-1].Text == ")" && r.toks[j-3].Text == "(" && r.cls[j-2]&clsCapWord != 0 && strings.IndexByte(r.toks[j-2].Text, '-') < 0
			if j > k && (caps || agency) {
				return j + 1
			}
			return k
		case r.cls[j]&clsCapWord != 0 || t.Kind == nlp.Number || t.Text == "," || t.Text == "(" || t.Text == ")":
		default:
			return k
		}
	}
	return k
}

// intensifiers are the reflexive pronouns that stress a subject ("Cruz
// himself said"), standing between it and its verb.
var intensifiers = plainClass("intensifiers")

// resumesAfter reports whether the clause that an inverted cue at c
// interrupts resumes right after the source e: "The contrast with the
// mayor, said Lee and others, would be clear" (see resumedPredicate).
func (r *run) resumesAfter(e [2]int, c, lo, hi int) bool {
	j, ok := r.resumedPredicate(e, c, lo, hi)
	return ok && j <= e[1]+1
}

// issuedObject reports whether the noun phrase [st, e] is the object of a
// verb of issuing and names what was issued to speak for the issuer — an
// ad, a resolution, a pitch (issuedNouns) — so that a participle after it
// reports the words of the verb's subject: "Trump released a new radio ad
// calling …", "The council approved a resolution condemning …". A
// particle or an adverb may stand between the verb and its object
// ("put out a flyer", "quietly circulated").
func (r *run) issuedObject(st, e, lo int) bool {
	if e < st || r.toks[e].Kind != nlp.Word {
		return false
	}
	n := strings.ToLower(r.toks[e].Norm)
	if !issuedNouns.has(n) {
		return false
	}
	v := st - 1
	if v >= lo && (r.toks[v].Norm == "out" || r.toks[v].Norm == "up") {
		v--
	}
	for v >= lo && r.toks[v].Kind == nlp.Word && r.lyWord(v) {
		v--
	}
	return v >= lo && r.toks[v].Kind == nlp.Word && !r.capitalized(v) && issueVerbs.has(r.toks[v].Norm)
}

// issuerOfRelative returns the subject of a verb of issuing whose object
// the relative pronoun at k, before its verb, follows: the relative
// clause reports the words of who put the object out, as a participle
// after it does (see issuedObject): "Sanders is releasing an ad that urges
// voters …", "Greenberg released data Monday that suggest …". A time may
// stand between the object and the pronoun. It returns noSource when no
// such verb takes the phrase before the pronoun.
func (r *run) issuerOfRelative(k, lo int) [2]int {
	j := k - 1
	for j > lo && r.toks[j].Kind == nlp.Word && (r.in(j, timeWords) || r.in(j, calendarWords)) {
		j--
	}
	if j <= lo || r.toks[j].Kind != nlp.Word || r.capitalized(j) && !r.isName(j, lo) {
		return noSource
	}
	st := r.leftNP(j, lo)
	if st <= lo || st > j {
		return noSource
	}
	v := st - 1
	if st < j && !r.capitalized(st) && issueVerbs.has(r.toks[st].Norm) {
		v = st // the phrase took the verb for a participle on its noun: "released data"
	}
	if r.toks[v].Norm == "out" || r.toks[v].Norm == "up" {
		v--
	}
	for v >= lo && r.toks[v].Kind == nlp.Word && r.lyWord(v) {
		v--
	}
	if v <= lo || r.toks[v].Kind != nlp.Word || r.capitalized(v) || !issueVerbs.has(r.toks[v].Norm) {
		return noSource
	}
	if v-1 > lo && r.toks[v-1].Text == "," {
		// "Ann Ray, a pollster, released data that …"
		if src, ok := r.appositiveSubject(v-1, lo); ok {
			return src
		}
	}
	if ms := r.mainSubject(lo, v); ms != noSource && ms[1] < v {
		return ms
	}
	return noSource
}

// issueVerbs and issuedNouns: see classes.tsv.
var (
	issueVerbs  = plainClass("issueVerbs")
	issuedNouns = plainClass("issuedNouns")
)

// possessorSource returns the source of a nominal cue whose possessor is
// the pronoun at j: the pronoun itself ("his remarks", "over her
// statement"), or, when its phrase is the object of a verb whose subject
// the pronoun refers back to, that subject, as PolNeAR's annotators take
// the verb and the noun together for the cue: "Trump ratcheted up his
// attacks on Rubio", "she escalated her attacks on …", "Sanders is
// lending his support to …". The subject must agree with the pronoun,
// and no other phrase it could refer to may stand between them.
func (r *run) possessorSource(j, lo int) [2]int {
	self := [2]int{j, j}
	k := j - 1
	if k >= lo && r.toks[k].Kind == nlp.Word && verbParticles.has(r.toks[k].Norm) {
		k-- // "ratcheted up his attacks"
	}
	if k <= lo || r.toks[k].Kind != nlp.Word || r.capitalized(k) || r.in(k, functionWords) {
		return self
	}
	t := &r.toks[k]
	finite := r.verbLike(k) || irregularPast.has(t.Norm) || endsIn(t.Norm, 3, "s") && !endsIn(t.Norm, 1, "ss") && r.toks[k-1].Kind == nlp.Word && !r.in(k-1, determiners) && !r.in(k-1, possessives) && !r.in(k-1, prepositions)
	base := r.toks[k-1].Kind == nlp.Word && (r.toks[k-1].Norm == "to" || modalAuxiliaries.has(r.toks[k-1].Norm))
	if !(finite || base) || r.isContent(k) && !r.verbLike(k) && !finite && !base {
		return self
	}
	sub := r.subjectAfter(lo, k)
	if sub == noSource || sub[1] >= k || sub[0] < lo {
		return self
	}
	for q := sub[1] + 1; q < k; q++ {
		// another phrase the pronoun could stand for, or a clause of its own
		if r.isName(q, lo) && !r.in(q, calendarWords) || r.peopleWord(q) || r.toks[q].Kind == nlp.Word && (r.in(q, subjectPronouns) || r.in(q, objectPronouns) || r.in(q, subordinators)) || r.toks[q].Kind.IsQuote() || r.toks[q].Text == ";" || r.toks[q].Text == ":" {
			return self
		}
	}
	if !r.possessorAgrees(strings.ToLower(r.toks[j].Norm), sub) {
		return self
	}
	return sub
}

// possessorAgrees reports whether the possessive pronoun w can refer to
// the phrase src: "his" and "her" to "he" and "she" or a name or a person,
// "their" to "they" or a plural or coordinated phrase, "its" to "it" or a
// body.
func (r *run) possessorAgrees(w string, src [2]int) bool {
	h := src[1]
	hn := strings.ToLower(r.toks[h].Norm)
	one := src[0] == src[1]
	switch w {
	case "his", "her":
		if one && r.in(h, subjectPronouns) {
			return w == "his" && hn == "he" || w == "her" && hn == "she"
		}
		if one && r.in(h, objectPronouns) {
			return false
		}
		for q := src[0]; q <= src[1]; q++ {
			if r.toks[q].Norm == "and" {
				return false
			}
		}
		return r.isName(h, r.lo) || r.peopleWord(h) && !isPlural(hn)
	case "their":
		if one && r.in(h, subjectPronouns) {
			return hn == "they"
		}
		for q := src[0]; q <= src[1]; q++ {
			if r.toks[q].Norm == "and" {
				return true
			}
		}
		return !r.capitalized(h) && isPlural(hn)
	case "its":
		if one && r.in(h, subjectPronouns) {
			return hn == "it"
		}
		return r.inLower(h, orgWords) && !isPlural(hn)
	}
	return false
}

// verbParticles: see classes.tsv.
var verbParticles = plainClass("verbParticles")

// agentEnd returns where the agent of a passive cue that starts at b and
// whose noun phrase ends at e ends with what belongs to it: a second
// agent coordinated with it ("criticized by Miller and some civil rights
// advocates", "dismissed by the media and voters"), and an appositive
// that runs to the end of the clause ("derided by Armin Laschet, the
// leader of the opposition.").
func (r *run) agentEnd(b, e, hi int) int {
	if e < b {
		return e
	}
	if e+2 < hi && r.toks[e+1].Kind == nlp.Word && r.toks[e+1].Norm == "and" && r.agentPhrase([2]int{b, e}) {
		// (not the subject of a clause of its own: "praised by the mayor
		// and the council said …")
		if e2 := r.rightNP(e+2, hi, false); e2 > e+1 && (r.agentPhrase([2]int{e + 2, e2}) || r.peopleWord(e2)) &&
			(e2+1 >= hi || r.toks[e2+1].Kind == nlp.Punct || r.in(e2+1, prepositions)) {
			e = e2
		}
	}
	if e+1 < hi && r.toks[e+1].Text == "," {
		// an appositive with no clause in it: "…, a detective with the
		// police." but not "…, the composition of which depends on …"
		if e2 := r.rightNP(b, hi, true); e2 > e+1 && (e2+1 >= hi || isTerminalTok(&r.toks[e2+1])) {
			for q := e + 2; q <= e2; q++ {
				if r.relativeWord(q) || r.verbLike(q) || r.toks[q].Kind == nlp.Word && (r.in(q, beForms) || r.in(q, modals)) {
					return e
				}
			}
			e = e2
		}
	}
	return e
}
