// Package attribution finds who says what in news text: for each reported
// statement, belief or intention, its cue ("said", "claimed", "according
// to"), source ("U.S. President Donald Trump", "officials", "He"), content
// (the clause or quotation reported), quote type and stance.
//
// It works on an [nlp.Document] and needs no part-of-speech tagger: the cue
// lexicon (lexicon/data/en/cues.tsv, or a caller's own lexicon), closed lists
// of function words, capitalization and punctuation are enough, so
// extraction runs at tens of megabytes a second. [Extractor.Extract] returns
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
//     criticism was unfair, Trump told …", "Asked about the bomb, Clinton
//     said …"), which take the subject of the main clause; "Speaking to
//     reporters, Trump said …" reports only what "said" does.
//   - Infinitives take their subject from the verb that governs them
//     ("declined to say", "led Ivans to fear", "gathered to discuss").
//   - Nominal cues need a possessor or agent and a complement ("Maduro's
//     assertion of …", "his call for …", "claims by the campaign that …"),
//     or a that-clause, quotation or of-phrase of their own ("the claim that
//     …", "reports of an explosion"). "Insurance claims" is not one.
//   - Prepositional cues: "according to X", "as per X".
//   - Sentence adverbs listed as cues ("reportedly", "allegedly"): the
//     clause they stand in, without them, is reported by no one named
//     ("The firm … paid the fine"); after a determiner they modify a word
//     ("the allegedly stolen car") and are no cue.
//   - Punctuation: a speaker's name and a colon opening a sentence or
//     paragraph ("PENCE: Well, …"), and a dash with a name after a
//     quotation (“…” ― Maria Lopez).
//   - "in a statement" is a cue only in a sentence with no other cue.
//
// A cue needs a content, and, except in the passive, a source: "spoke in a
// cottage" or an imperative is not an attribution. Verbs that are common
// without a content ("continue", "speak", "seem", "decide") need a
// that-clause, quotation, colon, wh-clause, infinitive ("decided after an
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
// and Cy Diaz"). In inverted order the subject follows the cue ("…,” said
// Smith"); a source and cue that end the sentence after a clause that
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
// parties", "has been called a charlatan by fellow physicians"); without one
// the source is [None], as for a raising passive ("is said to have …"). An
// expletive "it" is no source: "it seems/appears/emerged that …" report with
// [None], as does any subject of those verbs ("The talks appear to have
// stalled") unless a reporting verb follows ("appeared to blame …"); "it is
// hard to imagine that …" is the writer's aside and no attribution, and "it"
// of weather or time ("It rained …") is never a clause's subject. A nominal
// cue's source is its possessor or agent; "according to X" names X.
//
// Sources are classified as [Person], [Organization], [Anonymous] (vague
// groups and unnamed people: "officials", "critics", "a source"), [Pronoun],
// [Self] (the writer's "I" or "we") or [None].
//
// # Resolution
//
// [Source.Resolved] names what a source refers to. A person's name loses its
// titles ("U.S. President Donald Trump" → "Donald Trump"); a later short
// mention ("Trump", "Mr. Trump") resolves to the longest earlier name that
// ends with it, including names introduced with a title outside any
// attribution ("U.S. President Donald Trump shared a video"). "He" and
// "she" resolve to the most recent person source whose gender is unknown or
// agrees (gender comes from titles such as Mr. and Ms. and from earlier
// pronouns); "they" to the most recent organization or group, "it" to the
// most recent organization, "who" and "which" to the noun phrase before
// them. An organization resolves to its noun phrase without appositives
// ("the Trump administration"), and a later "the administration" to it.
// Anonymous sources have no resolved name.
//
// # Content
//
// The content is the that-clause, wh-clause or complement after the cue
// (skipping an indirect object and adjuncts: "told reporters on Tuesday
// that …"), the quotation for direct speech (one attribution even when the
// quotation spans sentences), the clause or quotation before the source in
// inverted or final position ("“…,” Smith said"), the main clause for
// "according to", the paragraph after a colon ("Limbaugh added:"), or the
// noun phrase that a free or reduced relative clause ending in the cue
// describes ("what the campaign hopes", "numbers any taxpayer can
// understand"). It ends at a semicolon, a concessive clause (",
// although …"), or the next attribution (", asserting …", "and called for
// …", "or explain how …", "…: Republicans said …"), but not at the comma
// of a phrase fronted in a that-clause ("noted that in 1972, he
// supported …"). A content does not begin with a coordinator ("agreed,
// but also contended …" is a second predicate), and a relative clause on
// the cue's object is not its content ("maintain the image of the leader
// that Mr. Trump admires"), unless the cue takes an object and a clause
// ("told reporters that …"). A content in several
// parts — a quotation interrupted by "he said", resumed in the following
// sentences, or a clause split by its cue — lists them in [Content.Parts].
// [Attribution.Quote] is [Direct] when the content is all quotation,
// [Mixed] when it quotes some words, [Indirect] otherwise.
//
// # Part-of-speech tags
//
// When the document was parsed with nlp.Parser{Tag: true}, a token's tag
// settles whether a one-word cue is a noun or a verb and refines noun-phrase
// boundaries. On PolNeAR it changes the scores little and costs most of the
// speed (see internal/evaluate).
//
// # Limits
//
// The rules read the surface, not a parse. A capitalized common noun opening
// a sentence looks like a name ("Insurance claims rose" reads as a verb);
// a long subject with a verb-like modifier may be cut short; a quotation
// with mismatched marks may be paired wrongly, though a stray mark never
// runs past its paragraph.
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
// # Concurrency
//
// An [Extractor] is safe for concurrent use, and its zero value uses the
// built-in cue lexicon, parsed once and shared.
package attribution
