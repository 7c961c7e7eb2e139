// Package attribution finds who says what in news text: for each reported
// statement, belief or intention, its cue ("said", "claimed", "according
// to"), source ("U.S. President Donald Trump", "officials", "He"), content
// (the clause or quotation reported), quote type and stance.
//
// It works on an [nlp.Document] and needs no part-of-speech tagger: the cue
// lexicon (lexicon/data/en/cues.tsv, or a caller's own lexicon), closed
// word classes (see "Word classes" below), capitalization and punctuation, and three small trained
// models where the rules stop (see "The cue model" and "The source and
// content models" below) are enough, so extraction runs at tens of megabytes a second. [Extractor.Extract] returns
// the attributions; [NewLedger] groups them by source.
//
// # Cues
//
// A cue is a lexicon entry of category cue; its class is the [lexicon.Stance]
// it lends to what is reported, its flags say whether it is meant as a verb,
// a noun, or neither (a prepositional cue such as "according to"):
//
//   - Verbs in any tense, aspect and voice: "said", "has announced", "will
//     argue", "was quoted as saying", "did not rule out" (a phrase entry). A
//     base or -s form that could be a noun ("claims", "plans", "state") is a
//     verb only where a verb can stand: not after a determiner, possessive
//     or preposition, not before "of" or an auxiliary, and, after a
//     determiner and a noun, only when it agrees with a plural subject
//     ("his aides say") or a complement follows ("the Times reports that").
//     An -s form cannot agree with a plural before it ("emissions rules"),
//     nor a word stand as a subject after "of" ("in the wake of the New
//     York Times report"); a speaking subject keeps the verb even before
//     "of" or an auxiliary ("The businessman says of Clinton", "Everything
//     Trump says is a lie").
//   - Participial clauses: ", asserting that …", "while insisting …",
//     and clause-initial ones with an object of their own ("Claiming the
//     criticism was unfair, Trump told …"), which take the subject of the
//     main clause and report what follows them, not what the main clause
//     reports ("“…,” she said, adding that …"); "Speaking to reporters,
//     Trump said …" reports only what "said" does. A passive one ("Asked
//     about the bomb, Clinton said …") has no source: the main clause's
//     subject is the one asked, and who asked goes unnamed.
//   - Infinitives take their subject from the verb that governs them
//     ("declined to say", "led Ivans to fear", "gathered to discuss").
//   - Nominal cues need a possessor or agent and a complement ("Maduro's
//     assertion of …", "his call for …", "claims by the campaign that …"),
//     or a that-clause, quotation or of-phrase of their own ("the claim that
//     …", "reports of an explosion"). "Insurance claims" is not one.
//   - Prepositional cues: "according to X", "as per X", and "in" before a
//     single poll or survey ("In a CNN poll released Monday, 50 percent
//     …"; class pollNouns) unless people were asked in it ("voters
//     surveyed in a poll", class pollTakers) or a cue in its clause
//     reports already ("In the poll, 42% say …"); "in" takes the stance
//     and weight of the cue lexicon's "according to".
//   - Sentence adverbs listed as cues ("reportedly", "allegedly"): the
//     clause they stand in, without them, is reported by no one named
//     ("The firm … paid the fine"); after a determiner they modify a word
//     ("the allegedly stolen car") and are no cue.
//   - Punctuation: a speaker's label and a colon opening a sentence or
//     paragraph, as in interview transcripts: a name or role ("PENCE:
//     Well, …", "THE PRESIDENT:"), with a parenthesis ("REP. ANN LEE
//     (D-Ohio):"), and an interviewer's "Q:" and, after it, the answer's
//     "A:". A label opening a paragraph, after a quotation mark too
//     (a quoted transcript), speaks to the paragraph's end. And a dash with a name after a quotation (“…” ― Maria Lopez).
//   - "in a statement" is a cue only in a sentence with no other cue.
//
// A cue needs a content, and, except in the passive, a source: "spoke in a
// cottage" or an imperative is not an attribution. Verbs that are common
// without a content ("continue", "speak", "seem", "decide": the cues
// flagged opener in cues.tsv) need a that-clause, quotation, colon, wh-clause, infinitive ("decided after an
// investigation not to …"), "as" after their object ("rated 32% of claims
// as false") or, for "seem", an adjective; verbs of writing, publishing
// and documenting report their object ("The Times published portions of
// his returns"). A cue inside a
// quotation is the quoted speaker's word, part of the quotation, and is not
// reported. By default a cue inside the content of another attribution of
// its sentence is not reported either ("Republicans said officials believe
// …" gives one attribution), as in PolNeAR's univocal annotation; set
// [Extractor.Nested] to have both.
//
// # Negation
//
// A negation in the cue's verb group ("did not deny", "has never said",
// "didn't claim") sets [Attribution.Negated] and keeps the cue's own
// stance: the source is reported not to have made that statement, and a
// consumer that scores statements should treat it so. Entries that hold
// their negation ("did not rule out", speculative; "declined to comment")
// carry the stance of the whole phrase and are not marked negated.
//
// # Irrealis
//
// Speech that the text supposes or wishes for rather than reports sets
// [Attribution.Irrealis], with the cue's own stance kept: a modal in the
// verb group ("would hesitate to oppose", "could claim", "might argue",
// "may have said"), a cue under a verb of wanting, hoping, planning or
// intending ("hopes to say", "wants to announce"), or a cue in a clause
// opened by "if" or "unless" ("if he said"). "would not say" and "could
// not confirm" are a refusal and an inability, reported as real and
// marked negated; "will announce" is a plan reported as it stands. When
// the wished-for speech has a content of its own ("wants to announce that
// …"), it is the attribution, with that content, rather than the verb of
// wanting with "to announce …"; "hopes to find survivors" stays a hope.
//
// # Rules
//
// [Attribution.Rule] names the rule that found an attribution, from a
// small set whose names are stable ([Rules]):
//
//   - verb-complement: a verb after its subject, the content after it
//     ("Smith said (that) …", "Smith said, “…”", "denied the charges");
//   - verb-trailing: a verb after its subject and its content ("“…,” Smith
//     said", "The plan will fail, Smith said");
//   - verb-inverted: a verb before its subject ("“…,” said Smith");
//   - participle: a participial clause ("…, asserting that …", "Asked
//     about the fire, Smith said …");
//   - passive and passive-by: a passive without an agent, which has no
//     source, and one whose agent is the source ("was rejected by …");
//   - noun-cue: a nominal cue ("the claim that …");
//   - according-to: "according to X", "as per X", "in a CNN poll";
//   - punctuation-colon and punctuation-dash: a speaker's colon ("PENCE:
//     …"), or a clause naming its speaker before a colon and a quotation
//     ("Trump went even further: “…”"), and a dash after a quotation
//     ("“…” ― Maria Lopez");
//   - adverbial-statement: "in a statement" in a sentence with no other
//     cue;
//   - adverb: a sentence adverb ("reportedly", "allegedly"), which
//     reports its clause with no source.
//
// Names beginning with "model:" are those of attributions found by a
// trained model rather than a rule: "model:cue", a cue the cue model took
// where the rules found none (see "The cue model"). A source the source
// model chose in place of the rule's is marked by [Attribution.SourceRule]
// ("model:source"), and a content the content model ended elsewhere by
// [Attribution.ContentRule] ("model:content"), the attribution keeping its
// rule. A quotation
// continued in the following sentences adds parts to the attribution that
// opened it and keeps its rule.
//
// # Sources
//
// The source of a verb is its subject: the noun phrase before the verb
// group, with titles and names ("U.S. Defense Secretary Pete Hegseth"),
// possessives ("Clinton's campaign manager Robby Mook"), of-phrases,
// coordinated names ("Canada and the U.S."), a parenthesis ("Sen. Lindsey
// Graham (R-S.C.)"), an appositive or parenthesis between commas ("Flynn, a
// top Trump surrogate, said"), a prepositional or relative modifier ("people
// familiar with the matter", "voters who backed Trump", "all the experts I
// interviewed", "many of whom"), or a participle ("A poll released Tuesday
// found"), and a list of names that opens its clause ("Sens. Ann Ray, Bo Lin
// and Cy Diaz"). A relative clause between commas whose pronoun reports on
// its own is no part of the source ("Crawford, who recalled the visit,
// said …": Crawford said; who recalled is a second attribution). In
// inverted order the subject follows the cue ("…,” said Smith", with a
// restrictive relative clause that tells which one spoke: "said an aide
// who was briefed on the talks", but not "who spoke on the condition of
// anonymity"), and a
// clause the cue interrupts resumes after the source ("And the mayor,
// said Ruiz, who knows her, never forgets a slight": the source is "Ruiz,
// who knows her"; the content both parts of the clause); a source and cue that end the sentence after a clause that
// visibly ends, without the comma, report that clause ("Ratings fell in
// March the network said."). A participial clause or a coordinated verb
// shares the subject of its main clause ("Maduro denies …, asserting …",
// "Maduro deployed troops and called for …"); after a reported clause with a
// subject that can act, the participle takes that subject ("Auditors said
// the director hid the losses, arguing …"), though not a pronoun or thing,
// nor a cue that goes on with the report (", adding …"); otherwise it is the
// source of the main clause's cue, not of one nested in another's content, a
// relative clause or a noun phrase, and a dateline ("NEW YORK (AP) —") is
// never the subject. A passive's source is its agent ("was rejected by both
// parties", "has been called a charlatan by fellow physicians", "were
// described to him by a reporter", and a participle that takes a stance
// on the noun before it: "an allegation rejected by three inquiries");
// without one
// the source is [None], as for a raising passive ("is said to have …"). An
// expletive "it" is no source: "it seems/appears/emerged that …" report with
// [None], as does any subject of those verbs ("The talks appear to have
// stalled", whose content is the subject and its complement: "The talks …
// to have stalled") unless a reporting verb follows ("appeared to blame
// …"); "it is
// hard to imagine that …" is the writer's aside and no attribution, and "it"
// of weather or time ("It rained …") is never a clause's subject. A nominal
// cue's source is its possessor or agent, or the subject of a light verb
// that takes it ("made an admission", "gave a few hints"); "according to
// X" and "as reported by X" name X.
//
// Sources are classified as [Person], [Organization], [Anonymous] (vague
// groups and unnamed people: "officials", "critics", "a source"), [Pronoun],
// [Self] (the writer's "I" or "we") or [None]. The vague groups are those of
// the lexicon's vague-sources.tsv, so that a source the report flags as
// vague is anonymous; so is a source, not opening with a name, that holds
// one of that file's phrases of anonymity ("The coach, who asked not to be
// named", "an unnamed official"). A name ending in an organization's noun ("Acme
// Robotics", "Delmar Plastics Inc.", "Ridgeway University") or joining
// names with an ampersand ("Kessler & Dunn") is an organization, and so
// is one word that names a country, U.S. state or capital ("Mexico said";
// classes.tsv's placeNames) or that the text calls "its" ("Snack giant
// Nabisco … its Chicago factory"), unless a person of that name was
// introduced. A lone quantifier ("Half said", "Both said") and a share of
// a group ("12% of Democrats", or a list of them) are anonymous, as is a
// plural the text also writes in lower case ("Findings show"); a word in
// -ers or -ists is a group ("Forecasters said") only if the text never
// capitalizes it within a sentence ("Sanders").
//
// # Resolution
//
// [Source.Resolved] names what a source refers to. The people of the
// document are collected from every sentence, sources or not: those named
// with a title or role ("U.S. President Donald Trump", "economist Lena
// Varga", "Lee Park, a former governor,"), those opening a sentence, and,
// as weaker evidence, other names of two or three words. A person's name
// loses its titles ("U.S. President Donald Trump" → "Donald Trump"); a
// later short mention ("Trump", "Mr. Trump") resolves to the earlier name
// that ends with it and agrees in gender, the one mentioned most when
// several do. A description with a name in apposition is that name ("the
// mayor, Hal Brennan"); people coordinated as one source resolve each to
// their name ("Tom Ruiz and Eva Dahl").
//
// "He" and "she" resolve to the person named in the latest sentence (of the
// pronoun's own and the three before it) that names one whose gender is
// unknown or agrees; gender comes from titles and roles (Mr., Ms.,
// "his wife"), from a first name that tells it (data/en/given-names.tsv:
// "Hillary Clinton", not "Chris Hale") and from earlier pronouns. When that sentence names two
// such people and not exactly one of them speaks, or the one named spoke
// no word while another candidate did, the pronoun stays unresolved:
// an empty name is better than a wrong one. With no one named in those
// sentences, it takes the most recent speaker. "They" resolves to the most
// recent organization or group, "it" to the most recent organization, "who"
// and "which" to the noun phrase before them.
//
// A description of "the" and a role noun ("the governor", "the former
// governor", "the Democratic candidate") resolves to the person the text
// has given that role, every word of the description among the role's
// words. A person's roles are all the text gives them: a title before
// the name, even a short one ("Gov. Lee Park", "Gov. Park"), a role
// before it ("businessman Tom Vance"), an appositive, whose adjectives may
// be set off by commas ("Lee Park, a former governor,", "Dana Kerr, the
// blunt, combative governor of Ohio"), a predicate ("Ben Cole is a
// retired economist", "…, who was a businessman,") and a description
// resolved to them before. A past role ("former", "ex-") claims a
// description without the word only when no one holds the role now:
// "the governor" is Gov. Dana Kerr, not Ann Lee, the former governor. Of
// several people who hold the role, the description takes the one named
// in the latest sentence (of its own and the three before) that names one
// of them, if they alone are named there. A role noun given to no one
// names the one person the text has named, when no one was named with a
// role and the noun was used of no one before ("Donald Trump held a
// rally. The Republican presidential candidate said …"); or, as an
// epithet, the person the text is about: the one person named in the
// description's sentence or the one before, when the text has named them
// more often than anyone else and at least twice ("More troubling was
// Vance's refusal … Instead, the businessman has insisted …"), but not
// when a name that may be a person's stands beside them, when the noun
// was used before of someone new or someone's ("a spokesman", "his
// lawyer", "the leader of the team"), or when a capitalized word
// qualifies it ("the Democratic nominee": a fact the text has not told).
// A description whose noun has a complement ("the president of the
// union") is a role of its own. "The company", "the firm" resolve to the
// one business named before, and "the bank" to the one organization
// whose name ends in "Bank": of several, none, for the latest named is
// too often not the one meant (an index or a parent company named in
// passing). A description that fits no one or several stays as written. An
// organization resolves to its noun phrase without appositives ("the Trump
// administration"), and a later "the administration" to it. Anonymous
// sources have no resolved name.
//
// # Content
//
// The content is the that-clause, wh-clause or complement after the cue
// (skipping an indirect object and adjuncts: "told reporters on Tuesday
// that …", and a clause of time between commas before a quotation or
// that-clause: "said, when asked about the dam, “…”"), the quotation for
// direct speech, the clause or quotation before the source in inverted or
// final position ("“…,” Smith said", "The plan, he said, is dead"), the
// main clause for "according to" and "as reported by", the paragraph
// after a colon ("Limbaugh added:"), or the noun phrase that a free or
// reduced relative clause ending in the cue describes ("what the campaign
// hopes", "numbers any taxpayer can understand"). A passive reports its
// subject with what is said of it, in two parts ("The plant | is said |
// to have leaked", "More than 1,200 emails | were deemed | classified",
// "The doctor | has been called | a charlatan by …"), unless a clause
// follows ("It was reported that …") or the subject is asked about a
// topic ("she was asked about the dam"). A verb of object and complement
// in -ed with no object after it, on a noun in object position, is such
// a passive, with no source ("messages later deemed “top secret”").
//
// A content ends at a semicolon, a concessive clause
// (", although …"), or the next attribution (", asserting …", "and
// called for …", "or explain how …", "…: Republicans said …"), but not at
// the comma of a phrase fronted in a that-clause ("noted that in 1972, he
// supported …"). A content does not begin with a coordinator ("agreed,
// but also contended …" is a second predicate), and a relative clause on
// the cue's object is not its content ("maintain the image of the leader
// that Mr. Trump admires"), unless the cue takes an object and a clause
// ("told reporters that …"). What an attribution's cue does not end goes
// on: a that-clause whose subject an aside or a list interrupts runs to
// its verb ("that the mayor, who signed it, had ignored …"), a cue in its
// base form after "and" shares the content's modal or "to" ("would sit
// Putin down and tell him …"), and after a verb of saying a noun phrase
// and "and" begin coordinated subjects ("said Mills and an aide asked
// …"). A source set off by commas inside a relative or joined clause
// reports that clause (", which, its leaders believe, would …"); a
// clause joined after a trailing source with a verb of saying of its own
// ("…, records show, and experts say …") and the main clause after an
// opening phrase that holds a cue ("Asked to respond, Ruiz said …") are
// attributions of their own.
//
// Which side of a cue a quotation stands on decides what is reported. A
// quoted sentence after the cue is the content, not an adverbial clause
// before the source ("When asked about the dam, she said, “It will
// hold.”"); a quotation before the source is, not a clause or participle
// after the cue ("“It will hold,” she said, when asked …"; "adding that
// …" reports what follows "adding"). A quotation before the source takes
// the words of its clause that it completes ("Oz is “smart as hell,” he
// wrote"), but a title in an opening adverbial is not the content ("In
// an interview on “Face the Nation,” Ryan said …"), nor is a quotation
// that a cue before it introduced ("He said, “…” Her aide declined to
// comment.").
//
// A quotation is one attribution even when it spans sentences. A content
// in several parts lists them in [Content.Parts]: a quotation interrupted
// by its source and cue and resumed, also after "and" or "but" ("“…,” he
// said, but “…”"); the quotations that follow in the next sentences of
// the paragraph with no cue of their own; in news style, the paragraphs
// that reopen a quotation left open at the end of the one before (a
// quotation of several paragraphs closes only in its last), all of them
// the cue's whose paragraph ends the run when one there speaks it
// ("“Not a president who … | “Well, my friends, …!” she said."); a
// quotation left open with no paragraph to reopen it is dropped, its
// closing mark missing; and a
// paragraph of one closed quotation with no cue after a paragraph that
// ends with the speaker's direct quotation; and a clause split by its
// cue.
// [Attribution.Quote] is [Direct] when the content is all quotation,
// [Mixed] when it quotes some words, [Indirect] otherwise.
//
// # Word classes
//
// The closed word classes that stand in for a tagger (determiners,
// auxiliaries, prepositions, pronouns, role and title nouns, the words
// of organizations' and firms' names, verbs that govern an infinitive,
// some eighty in all) are data: attribution/data/en/classes.tsv, one word
// and its class a line, under a comment saying what the class holds. The
// file is embedded and read once, when the package initializes; a token is
// looked up once, in the union of the 59 classes of namedSets, and the
// rules test those classes as bits; the classes of plainNames, which few
// tokens are asked about, are looked up each on its own. To extend a
// class, add a line "word<TAB>class" under its comment, with each
// inflected form the class needs (words are not stemmed), then run the
// package's tests, which check the file ("classes.tsv:12: unknown class
// …"), and the evaluation. Adding a class takes Go as well: a rule that
// reads it, and its name at the end of plainNames in words.go, or of
// namedSets for a class that needs a bit; those share a 64-bit word with
// five bits of derived predicates, and all 59 places are taken, so a new
// class there means merging two or widening the word. The names of
// namedSets' classes are features of the cue model, so keep them.
//
// # Idioms
//
// Fixed expressions in which a cue word reports nothing ("calmer than
// expected", "is best known for", "in charge of", "bringing up the rear",
// "only time will tell") are data too: attribution/data/en/idioms.tsv, one
// idiom a line, the cue it applies to (a term of cues.tsv, "*" for every
// cue, or "stance:NAME") and a pattern of the words right before and
// after the cue, "_" standing for the cue and saying, if need be, how it
// is read ("_ed for", "than _ed", "in _noun of"), and "|" between the
// forms of a word ("run|runs|ran|running _base to"); the file's header
// documents the format. A cue match that stands in one is rejected with
// the reason "idiom", which the cue model never overrules, and
// [Extractor.Explain] names the line. [ParseIdioms] reads a file of one's
// own, with errors "file:line: message", and [Extractor.Idioms] takes the
// built-in idioms with it ([DefaultIdioms] and [Idioms.With]); the
// command line's --idioms does the same. The idioms that need more than
// fixed words stay in Go: "find" with no finding ("found ways to"), and
// a cue flagged person-object done to a person ("confirmed 68 judges").
//
// Each fact is written once. The vague groups ("officials", "critics")
// come from the lexicon's vague-sources.tsv, the list by which the report
// calls a source vague. What a cue takes after it is a flag of its entry
// in cues.tsv, which the rules read from the matched entry: opener (a verb
// as common without a report, "continued their attacks") and
// object-clause (a verb with an object and then a clause, "told reporters
// that …"), and whether its subject may follow it after a clause and a
// comma, inverts ("…, said Smith", not "…, endorsed Senator Cruz"); the classes needsOpener and objectAndClause hold those cues'
// words, for the model and for a word the model takes for a cue.
//
// # The cue model
//
// The rules stop where their lists and patterns do: heads outside the
// lexicon ("voted", "unveiled"), cues without the complement the rules
// look for, conventions the rules do not know. After the rules, a trained
// [Model] ([DefaultModel], learned from annotated political news; see
// attribution/model/README.md) reads every word the rules considered and
// every word that often heads a cue in annotated news, with what the rules
// made of it among its features, and gives the probability that it heads
// a cue. Where the rules found none and the probability reaches the
// model's add threshold, the word becomes a cue whose source and content
// the rules find as for a verb; [Model.WithThresholds] sets the thresholds,
// [Extractor.RulesOnly] turns the model off, and a caller's own lexicon
// ([Extractor.Cues]) runs with the rules alone unless [Extractor.Model] is
// set too. The model adds no adverb, never overrules the rejections in
// which a word plays another part ("worth", "expletive", "name",
// "parenthetical", "inf-govcue", "object-not-subject",
// "participle-initial", "inquote", "adv-inquote", "formula", "idiom",
// "naming-inverted", "reduced-relative"),
// and never displaces a cue of the rules. [Extractor.Train] learns a model
// from a caller's own annotated documents.
//
// # The source and content models
//
// The rules take a source by the shapes they know; unless the source they
// took stands next to its cue and names someone who can speak, a second
// trained model,
// [SourceModel] ([DefaultSourceModel]), ranks the cue's possible sources:
// no source, the rules' source, and every noun phrase of the cue's
// sentence outside the cue and the content, each read for what it is
// (head word and classes, length, a name or pronoun), where it stands
// (before or after the cue, how far, across which commas, verbs and
// quotation marks) and how it stands to the rules' choice. When another
// candidate scores the model's margin above the rules' source, it takes
// its place, and [Attribution.SourceRule] says so ("model:source"); a
// source next to its cue may give way to another phrase, never to a
// longer or shorter cut of its own. The model is not asked where a source
// is none or a label by design (a sentence adverb, an agentless passive,
// a noun cue with no possessor, a speaker's label or dash), nor about a
// participle on a noun that can speak ("a report saying") or one whose
// subject the rules took from the reported clause it hangs on.
//
// Likewise a third, [ContentModel] ([DefaultContentModel]), ranks where a
// paraphrase that follows its cue ends: the rules' end, or before any
// later clause boundary of the sentence (a comma, a conjunction, a
// relative or subordinating word, a dash, the sentence's end), never past
// another attribution's cue, a quotation mark or the closing parenthesis
// of one the content began in. A content it ends
// elsewhere is marked by [Attribution.ContentRule] ("model:content").
// Quotations, contents in parts and contents before their cue are the
// rules'.
//
// [Extractor.Sources] and [Extractor.Contents] set other models,
// [Extractor.TrainSources] and [Extractor.TrainContents] learn them, and
// [Extractor.ExplainSpans] lists the candidates, their scores and
// weightiest features, or why a model was not asked.
//
// [Extractor.Explain] tells, word by word, what became of every candidate
// and why: the lexicon entry, the rules' decision ("took:verb", or
// "rejected:" and a reason), the model's probability and its weightiest
// features. The rules' reasons for rejecting a cue match are: inquote and
// adv-inquote (inside a quotation), adverbial ("in a statement" beside
// another cue, or a nominal cue after a verb cue and "in": "said in
// written testimony"), preposition ("regarding", "compared with"), name ("the
// Clean Power Plan"), formOther and reading (not a verb or noun form here),
// attributive (a participle before a noun), inf-nogov, inf-govcue and
// inf-purpose (an infinitive with no governing verb, governed by another
// cue, or of purpose), passive-nothing (a passive that reports no one),
// worth ("it is worth noting"), participle-initial and parenthetical (a
// participle that the main cue reports, or an -ed adjective or absolute
// phrase opening the sentence: "Frustrated, Sanders said"), ing-noun (an -ing noun), object-
// not-subject (a noun phrase that is the verb's object), nosource,
// nocontent, needsopener (a verb that needs a clause, quotation or
// infinitive to report), noun-end and noun-nocomplement (a nominal cue
// without complement), prep-nosource, adv-nosubject, expletive ("it is
// hard to imagine"), adverb-noclause (a sentence adverb with no clause to
// report), nested (inside another attribution's content), and naming,
// naming-inverted and naming-noobject (a naming verb, "called" or
// "dubbed", that names or summons rather than judges: "a stream called
// Miracle Run", "called Clinton on Tuesday", "called into the show"), and
// formula (a discourse formula: "That said, …", "Having said that, …"),
// and idiom (a line of the cue idioms, data/en/idioms.tsv, which
// [Decision.Idiom] names: "known for", a reputation; a comparison:
// "calmer than expected", "As expected, …"; "bringing up the rear";
// or, in Go, "find" that comes upon rather than concludes: "found ways
// to", "found themselves", "found a job in the city", unless a study,
// poll or inquiry finds (class findingNouns); "add" that puts one thing
// to another: "added another duty to her job", "adds to the debt";
// "confirm" that appoints a person: "confirmed 41 judges"), and
// reduced-relative (an -ed form that
// modifies the noun before it, whose cue comes later: "a person briefed
// on the talks said"), and manner (a participle with nothing after it
// that tells how an earlier cue's words were said: "…,” said Robin
// Hale, half joking."), and model-nonagent (a word only the model took
// for a cue whose subject can neither speak nor record: "This action
// follows a build-up") and model-light (a light verb only the model
// took, with no noun of statements after it to report through: "gave
// the storm a name") and model-nosubject (a finite verb only the model
// took, opening its sentence with no subject: an imperative or an
// informal "Loved the food"); "model" when the model dropped a cue of
// the rules.
//
// # Part-of-speech tags
//
// When the document was parsed with a part-of-speech tagger
// (nlp.Parser{Tagger: prosetag.Tagger{}}), a token's tag settles whether a one-word cue is a noun or a verb and refines noun-phrase
// boundaries. On PolNeAR it changes the scores little and costs most of the
// speed (see internal/evaluate).
//
// # Limits
//
// The rules read the surface, not a parse. A capitalized common noun opening
// a sentence looks like a name ("Insurance claims rose" reads as a verb);
// a long subject with a verb-like modifier may be cut short; a quotation
// with mismatched marks may be paired wrongly, though a stray mark never
// runs past its paragraph unless the next one opens with a quotation
// mark. A transcript's turn is attributed by its label, and a turn of
// several paragraphs only in its first, unless the turns are quoted and
// the next paragraph reopens the quotation.
//
// Extraction takes time and memory linear in the input, whatever its
// shape: a content clause runs at most 200 tokens (a quotation may run
// longer), a noun phrase 32, an appositive 64; successive contents of a
// sentence share one walk over it; and resolution weighs at most the 256
// most recent distinct sources for a pronoun and the 256 latest entities
// with a name. Run-on text without punctuation, thousands of nested
// quotation marks or a hundred thousand attributed sentences cost about
// what news text of the same size does.
//
// # Reading the code
//
// One file a step of the data flow: extract.go (the run and its pipeline),
// cue.go (which lexicon matches are cues), source.go (who says it),
// content.go and quotes.go (what is said), model.go (the cue model where
// the rules stop), sourcemodel.go and contentmodel.go (the source and
// content models where the rules are unsure), resolve.go (what sources refer to), ledger.go (sources
// grouped); np.go, form.go and words.go hold the noun-phrase, word-form
// and word-class machinery they share, explain.go and train.go the
// explanations and training.
//
// # Concurrency
//
// An [Extractor] is safe for concurrent use, and its zero value uses the
// built-in cue lexicon and models, each decoded once and shared.
package attribution
