// Package hearsay analyzes news text for attribution, hedging, loaded
// language and unverified assertion.
//
// [Analyze] reads a document and returns a [Report] in the hearsay/v1
// format (docs/report-schema.md): the document split into statements
// (sentences), each with
//
//   - its attributions: who is reported (the source, resolved to a full
//     name where a pronoun or short name refers back), with which cue
//     ("said", "claimed", "according to") and stance (neutral, assertive,
//     denial, accusation, factive, speculative, directive, commissive), and
//     what (the content, with its quote type);
//   - its findings: hedges, boosters, loaded terms, scare quotes, evidence
//     markers and vague sources ([Category]);
//   - its sentiment (VADER-style valence, from package sentiment);
//   - its unverified-assertion score in [0, 1] with an explanation whose
//     contributions add up to it ([Weights] documents the model).
//
// The report also holds a ledger of sources: per resolved source, its
// mentions, the statements it is the source of, and its cues' stances.
//
// Every span is a UTF-8 byte range of the input, end exclusive, and every
// text field repeats the input at its span, so a caller can highlight
// findings in the original.
//
// # Data flow
//
// text → [nlp.Parse] (sentences, tokens, offsets) → [lexicon.Lexicon.Match]
// (stems and phrases) → attribution.Extractor (cues, sources, content,
// stance; pronouns across sentences) → sentiment.Analyzer → score →
// Report. Each of those packages can be used on its own.
//
// # Concurrency
//
// An [Analyzer] is safe for concurrent use, and the result of analyzing a
// document does not depend on what was analyzed before.
package hearsay
