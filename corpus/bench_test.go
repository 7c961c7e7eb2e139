package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// polnearJSONL returns the PolNeAR development articles, when they are
// found next to the repository, as JSONL, one {"id", "text"} a line.
func polnearJSONL(b *testing.B) []byte {
	paths, _ := filepath.Glob("../../shared/eval/polnear-dev/text/*.txt")
	var buf bytes.Buffer
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		line, err := json.Marshal(map[string]string{"id": filepath.Base(p), "text": string(data)})
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	if buf.Len() == 0 {
		b.Skip("no PolNeAR articles next to the repository")
	}
	return buf.Bytes()
}

// BenchmarkRunPolNeAR measures Run with one worker over the PolNeAR
// development articles as JSONL, as hearsay batch -j 1 runs: reading,
// decoding, analyzing and writing each document, for the default report
// and for attribution rows as CSV. Allocations per pass are what the
// garbage collector and a process's fresh pages pay for.
func BenchmarkRunPolNeAR(b *testing.B) {
	in := polnearJSONL(b)
	for _, bc := range []struct {
		name string
		opt  Options
	}{
		{"report", Options{}},
		{"attribution-csv", Options{Level: LevelAttribution, Output: CSV}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				opt := bc.opt
				opt.Workers = 1
				if _, err := Run(context.Background(), bytes.NewReader(in), io.Discard, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
