// Package lexicon holds hearsay's word lists as data and matches them
// against text.
//
// # Files
//
// The built-in English lexicons are tab-separated text files under
// data/en/, embedded in the binary with go:embed and listed by [Files]:
// attribution cues with their stances, hedges, boosters, loaded terms,
// evidence markers and vague sources. Each file begins with comment lines
// saying what it holds and which published lists informed it. A line reads
//
//	term	category	class	weight	[flags]
//
// for example
//
//	claim	cue	assertive	0.8	noun,verb,inverts
//	suspected	hedge	adjective	0.5	attributive,exact
//	no evidence was provided	evidence-absent	phrase	0.8
//
// See [Parse] for the rules. A researcher can read, diff and extend these
// files without writing Go; a user's own file is loaded with [Parse] and
// combined with the built-in one with [Merge].
//
// [ParseWords] reads the simpler files of closed word classes, one word
// and its class a line, with the same line rules and errors: package
// attribution keeps its determiners, auxiliaries, role nouns and the like
// in one.
//
// # Matching
//
// A token matches a term's word when their keys are equal ([Key]): the
// snowball English stem of the word's lemma, with irregular forms
// (data/en/irregular.tsv: "said" → "say", "was" → "be") looked up first. So
// "claim" matches "claims", "claimed" and "claiming", and the phrase "did
// not rule out" matches "didn't rule out" and "does not rule out". Phrases
// match as token sequences within one sentence. Flags narrow a match:
// exact (no stemming: "suspected" but not "suspect"), lower (not the
// capitalized "May" mid-sentence), attributive ("the alleged plot" but not
// "Trump alleged that"). Whatever the flags, a one-word term does not
// match a capitalized word inside a sentence that stands beside another
// capitalized word and only shares the term's stem: "Mr. Madden" is part
// of a name, not "maddening" (in a title-case headline it still matches).
// [Lexicon.Match] returns every match; [Longest]
// drops those nested in a longer one, so "could" is no hedge inside "could
// not be independently verified". Other flags do not change a match but
// say what its entry is: noun and verb the part of speech, and for cues
// opener and object-clause what the cue takes after it ([Opener],
// [ObjectClause]), person-object that it is an act when done to a person
// ([PersonObject]), inverts that its subject may follow it after a clause
// and a comma ([Inverts]).
//
// A [Lexicon] is immutable and safe for concurrent use.
package lexicon
