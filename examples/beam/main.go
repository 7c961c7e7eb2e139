// Command beam analyzes a corpus of news articles with hearsay on Apache
// Beam: the same pipeline runs on one machine (Beam's prism runner, the
// default) and on a cluster (Flink or Spark through Beam's portable
// runner, or Google Cloud Dataflow).
//
// It reads JSONL documents, {"id": ..., "text": ..., "outlet": ...} a line
// ("outlet" is optional; other fields are ignored), from any Beam
// filesystem (local paths, gs://, s3://; files ending in .gz are
// decompressed), analyzes each with a hearsay.Analyzer that every worker
// sets up once and reuses, and writes, under the --output prefix:
//
//	reports.jsonl   one hearsay/v1 report a line, byte for byte what
//	                hearsay batch writes for the document, in no
//	                particular order (with --shards N: reports-00000-of-0000N.jsonl, ...)
//	errors.jsonl    one {"id", "error", "file", "offset"} a line for each
//	                line that could not be analyzed (written only if
//	                there is one): never dropped silently
//	sources.jsonl   per resolved source (the name in the reports' source
//	                ledgers): documents, mentions, statements attributed,
//	                cues per stance, mean score of those statements
//	outlets.jsonl   per outlet: documents, document-score mean, minimum,
//	                maximum, quantiles and histogram, and the share of
//	                assertive and of accusation cues among attributions
//	totals.json     lines, documents, errors and bytes read
//
// When it is done it logs the files written and prints the counters
// documents, errors and files on standard error.
//
// Documents are independent, so the analysis scales with the workers; the
// aggregates are combiners (partial sums per bundle, merged per key), so
// they do too. Means are computed from exact sums, so they do not depend on
// how a runner bundles the work.
//
// Usage:
//
//	go run . --input 'corpus/*.jsonl' --output out/
//
// Flags:
//
//	--input PATTERN   JSONL input files (required)
//	--output PREFIX   prefix of the output files, "out/" or "gs://bucket/run1-" (required)
//	--shards N        number of report files (default 1)
//	--split_size N    bytes per initial block of an input file (default 64 MiB)
//	--max_line N      longest input line in bytes; a longer one gets an
//	                  error record (default 64 MiB)
//
// plus Beam's own flags: --runner (prism by default; flink, spark,
// universal, dataflow), --endpoint, --environment_type,
// --environment_config, --job_name, and Dataflow's --project, --region,
// --temp_location, --staging_location, --num_workers, --max_num_workers,
// --worker_machine_type. The repository README's "Corpora at scale"
// section gives complete command lines.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// Filesystems for --input and --output.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
)

func init() {
	register.DoFn4x1[context.Context, *sdf.LockRTracker, fileio.ReadableFile, func(Line), error](&readLinesFn{})
	register.Emitter1[Line]()
	register.DoFn7x1[context.Context, Line, func(string), func(string), func(string, SourceAcc), func(string, OutletAcc), func(Tally), error](&analyzeFn{})
	register.Emitter1[string]()
	register.Emitter2[string, SourceAcc]()
	register.Emitter2[string, OutletAcc]()
	register.Emitter1[Tally]()
	register.Combiner3[SourceAcc, SourceAcc, SourceStats](&sourceCombine{})
	register.Combiner3[OutletAcc, OutletAcc, OutletStats](&outletCombine{})
	register.Function2x1(mergeTallies)
	register.Function2x2(formatSource)
	register.Function2x2(formatOutlet)
	register.Function1x2(formatTally)
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Emitter2[int, string]()
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeShardFn{})
	register.Iter1[string]()
	register.Combiner3[[]string, string, []string](&namesCombine{})
	register.Function2x0(logFilesFn)
}

var (
	input     = flag.String("input", "", "JSONL input files: a file pattern on any Beam filesystem (required)")
	output    = flag.String("output", "", `prefix of the output files, such as "out/" or "gs://bucket/run1-" (required)`)
	shards    = flag.Int("shards", 1, "number of report files")
	splitSize = flag.Int64("split_size", defaultSplitSize, "bytes per initial block of an input file")
	maxLine   = flag.Int64("max_line", defaultMaxLine, "longest input line in bytes; a longer one gets an error record")
)

func main() {
	flag.Parse()
	beam.Init() // on a worker, this runs the worker and does not return
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "usage: beam --input PATTERN --output PREFIX [--shards N] [--runner R ...]")
		flag.PrintDefaults()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, Options{Input: *input, Output: *output, Shards: *shards, SplitSize: *splitSize, MaxLine: *maxLine}); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
	if res != nil {
		counters := res.Metrics().AllMetrics().Counters()
		sort.Slice(counters, func(i, j int) bool { return counters[i].Key.Name < counters[j].Key.Name })
		for _, c := range counters {
			if c.Key.Namespace == "hearsay" {
				fmt.Fprintf(os.Stderr, "%s: %d\n", c.Key.Name, c.Result())
			}
		}
	}
}
