package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
)

// writeShards writes the lines of col to shards files: prefix+ext when
// shards is 1, otherwise prefix-00000-of-0000N+ext and so on. A line goes
// to the shard its hash picks, so the shards are about the same size and
// a rerun puts every line where it was; the lines of a shard are in no
// particular order. A shard that gets no line is not written. It returns
// the names of the files written.
func writeShards(s beam.Scope, prefix, ext string, shards int, col beam.PCollection) beam.PCollection {
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	grouped := beam.GroupByKey(s, keyed)
	return beam.ParDo(s, &writeShardFn{Prefix: prefix, Ext: ext, Shards: shards}, grouped)
}

// logFiles logs the files written, once they all are. Besides telling the
// user, it gives each writing stage an output that another stage reads:
// prism (v2.77.0) busy-waits on a bundle of a stage without one for as
// long as the bundle runs, which with one core starves the writer itself.
func logFiles(s beam.Scope, names ...beam.PCollection) {
	all := beam.Flatten(s, names...)
	beam.ParDo0(s, logFilesFn, beam.Combine(s, &namesCombine{}, all))
}

// namesCombine collects the file names in a sorted list.
type namesCombine struct{}

func (namesCombine) CreateAccumulator() []string            { return nil }
func (namesCombine) AddInput(a []string, n string) []string { return append(a, n) }
func (namesCombine) MergeAccumulators(a, b []string) []string {
	return append(a, b...)
}
func (namesCombine) ExtractOutput(a []string) []string {
	slices.Sort(a)
	return a
}

func logFilesFn(ctx context.Context, names []string) {
	for _, n := range names {
		filesWritten.Inc(ctx, 1)
		log.Infof(ctx, "wrote %s", n)
	}
}

var filesWritten = beam.NewCounter("hearsay", "files")

// shardName is the file a shard is written to.
func shardName(prefix, ext string, shard, shards int) string {
	if shards <= 1 {
		return prefix + ext
	}
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, shard, shards, ext)
}

type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(max(fn.Shards, 1))), line)
}

type writeShardFn struct {
	Prefix string `json:"prefix"`
	Ext    string `json:"ext"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool, emit func(string)) error {
	name := shardName(fn.Prefix, fn.Ext, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		if err := bw.WriteByte('\n'); err != nil {
			w.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	emit(name)
	return nil
}
