// Package corpus analyzes many documents at once: a stream of JSON Lines
// ({"id": ..., "text": ...} a line) in, one hearsay/v1 report a line out,
// in input order, with several documents analyzed in parallel.
//
// The input may also be CSV, whose first line names its columns
// ([Options].Input, TextField, IDField), and input fields can be copied
// into the output ([Options].Keep). In place of reports, [Options].Level
// writes flat rows, a document, statement, attribution, finding or source
// a row, with the columns [Columns] lists, as JSONL or CSV
// ([Options].Output). An [Aggregator], its Add given as [Options].Each,
// adds up the reports by group and period, as hearsay summarize does.
//
// [Run] is what the hearsay batch command runs. Its memory is bounded by
// a byte budget ([Options].MaxMemory) rather than by a count of lines:
// each document reserves an estimate of what its analysis and its output
// will take ([CostPerByte] times its size) before it is read further, and
// gives it back once its output is written, so a run over documents of a
// megabyte holds as few of them at once as the budget allows, and a run
// over short news articles holds many. A document too large for the whole
// budget is refused with an error line rather than analyzed.
//
// A line that cannot be analyzed (bad JSON, no "text", too long, too
// large for the budget) gets an error record in its place, with its id and
// line number, and the run goes on. Cancelling the context stops the run
// cleanly: no more input is read, documents not yet finished are dropped
// (one in analysis is abandoned part way, through
// [hearsay.Analyzer.AnalyzeContext]), and only whole lines are written, the answers to a prefix of the input;
// the [Summary] tells how far it got, and [Options].Resume continues it.
//
// # Safety
//
// Run may be called from several goroutines at once, on different inputs
// and outputs; the [hearsay.Analyzer] it uses is safe for concurrent use.
package corpus
