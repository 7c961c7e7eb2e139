// Package evaluate measures hearsay on public annotated data that is not
// part of the repository: attribution on PolNeAR (cue precision, recall
// and F1 by overlap; source and content token F1 over matched relations,
// also by rule), sentiment on VADER's ground truth, hedging on the
// CoNLL-2010 Wikipedia sample, bias on BABE SG1, and the statement score
// against event factuality on It Happened, where it also fits the
// score's weights that come from data (FitWeights, FitKnobs).
// examples/evaluate prints these figures and cmd/hearsay-train scores its
// models with them; the tests run them where the data lies beside the
// repository (FindSet) and skip otherwise. The data is read, never copied.
package evaluate
