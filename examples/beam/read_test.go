package main

import (
	"cmp"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
)

// wantLines is every line of data with its offset, as readLinesFn should
// emit it.
func wantLines(path, data string, maxLine int64) []Line {
	var out []Line
	off := int64(0)
	for _, l := range strings.SplitAfter(data, "\n") {
		if l == "" {
			continue
		}
		text := strings.TrimSuffix(strings.TrimSuffix(l, "\n"), "\r")
		line := Line{Path: path, Offset: off, Text: text, Size: int64(len(l))}
		if int64(len(text)) > maxLine {
			line.Text, line.TooLong = "", true
		}
		out = append(out, line)
		off += int64(len(l))
	}
	return out
}

// process runs fn over a restriction, splitting it dynamically after
// splitAfter lines (never, if negative), and returns the lines and the
// residual restriction, if any.
func process(t *testing.T, fn *readLinesFn, f fileio.ReadableFile, r offsetrange.Restriction, splitAfter int) ([]Line, *offsetrange.Restriction) {
	t.Helper()
	rt := fn.CreateTracker(r)
	var got []Line
	var residual *offsetrange.Restriction
	emit := func(l Line) {
		got = append(got, l)
		if len(got) == splitAfter {
			_, res, err := rt.TrySplit(0.5)
			if err != nil {
				t.Fatal(err)
			}
			if res != nil {
				r := res.(offsetrange.Restriction)
				residual = &r
			}
		}
	}
	if err := fn.ProcessElement(context.Background(), rt, f, emit); err != nil {
		t.Fatal(err)
	}
	if !rt.IsDone() {
		t.Fatalf("restriction %v not done: %v", r, rt.GetRestriction())
	}
	return got, residual
}

// TestReadLinesSplits reads a file in blocks of many sizes, splitting
// each block again while it is read: every line comes out once, with its
// offset, whatever the splits.
func TestReadLinesSplits(t *testing.T) {
	data := "first line\r\n\nsecond, a longer line than the others\nthird\n" +
		strings.Repeat("x", 100) + "\n" + "last line without a newline"
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	f := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(data))}}
	residuals := 0
	for _, maxLine := range []int64{64, 1 << 20} {
		want := wantLines(path, data, maxLine)
		for size := int64(1); size <= int64(len(data))+1; size++ {
			for _, splitAfter := range []int{-1, 1, 2} {
				fn := &readLinesFn{SplitSize: size, MaxLine: maxLine}
				var got []Line
				queue := fn.SplitRestriction(f, fn.CreateInitialRestriction(f))
				for len(queue) > 0 {
					r := queue[0]
					queue = queue[1:]
					lines, residual := process(t, fn, f, r, splitAfter)
					got = append(got, lines...)
					if residual != nil {
						residuals++
						queue = append(queue, *residual)
					}
				}
				// Residuals are read after the blocks that follow them.
				slices.SortFunc(got, func(a, b Line) int { return cmp.Compare(a.Offset, b.Offset) })
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("max %d, split size %d, split after %d:\n got %+v\nwant %+v", maxLine, size, splitAfter, got, want)
				}
			}
		}
	}
	if residuals == 0 {
		t.Error("no restriction was split while being read")
	}
}
