// Package nlp is hearsay's text layer: it splits text into sentences and
// tokens that carry exact byte offsets into the input.
//
// Every other hearsay package works on the [Document] this package returns.
// Part-of-speech tagging is optional ([Parser].Tagger): its sub-package
// nlp/prosetag is the only package that imports prose
// (github.com/jdkato/prose/v2), so that a program which never tags links
// neither prose nor its model.
//
// # Offsets
//
// A [Span] is a half-open range of UTF-8 bytes, End exclusive. A token's
// Text is always the original input at its span, including curly quotes and
// apostrophes; its Norm is the lowercase form used for comparisons.
//
// # Sentences
//
// Sentences end at terminal punctuation (. ! ? …) followed by a capitalized
// word, a number or an opening quote, with closing quotes and brackets kept
// in the sentence. A period that belongs to an abbreviation ("U.S.",
// "Gen.", "Inc.") ends a sentence only before a common sentence opener
// ("the", "he", "but", …) or a line break; a title ("Mr.", "Gen.") never
// does on the same line. A line break ends a sentence unless the next line
// starts in lower case or the line ends with a comma or hyphen, so headings
// without a full stop stand alone. A sentence longer than
// [DefaultMaxSentence] bytes is cut at a token boundary.
//
// Why not prose's own splitter and tokenizer: prose rebuilds its Punkt model
// on every call (it cannot be shared through prose's API), keeps no offsets,
// rewrites curly quotes, and on the seed article joins a paragraph ending in
// "U.S." with the next paragraph. This package gets all 31 sentences of the
// seed's gold annotation exactly (see the tests).
//
// # Invalid UTF-8
//
// Parse accepts any string. Each byte that is not part of valid UTF-8
// becomes a Symbol token of its own, so spans always lie on the boundaries
// that utf8.DecodeRuneInString walks. Callers that need valid text (such as
// hearsay's report, which is JSON) check for it before parsing.
//
// # Concurrency
//
// Parse and [Parser].Parse are safe for concurrent use, as long as the
// Parser's Tagger is (prosetag.Tagger is).
package nlp
