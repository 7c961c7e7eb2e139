package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"

	"github.com/hearsay-go/hearsay/jsonl"
)

// A Line is one line of an input file, without its line end, with where
// it starts: the file and the byte offset, so that an error record can
// point at it. (A line number would need every reader to count the lines
// before its split; a byte offset does not.)
type Line struct {
	Path   string
	Offset int64
	Text   string
	// Size is the bytes the line took in the file, line end included.
	Size int64
	// TooLong marks a line longer than the limit: Text is empty and the
	// line was skipped without being held in memory.
	TooLong bool
}

// readLines reads the lines of every file matching glob, which may be on
// any filesystem Beam has registered (local, gs://, s3://). Files are
// split into blocks of splitSize bytes to start with, and runners split
// them further while they run; a line belongs to the block it starts in.
// Gzipped files (.gz) are read whole by one worker.
func readLines(s beam.Scope, glob string, splitSize, maxLine int64) beam.PCollection {
	s = s.Scope("ReadLines")
	matches := fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow())
	files := fileio.ReadMatches(s, matches, fileio.ReadAutoCompression(), fileio.ReadDirectorySkip())
	return beam.ParDo(s, &readLinesFn{SplitSize: splitSize, MaxLine: maxLine}, files)
}

// readLinesFn is a splittable DoFn over the byte range of a file. It is
// textio's reader with byte offsets and a bound on the length of a line.
type readLinesFn struct {
	SplitSize int64 `json:"split_size"`
	MaxLine   int64 `json:"max_line"`
}

func compressed(f fileio.ReadableFile) bool { return filepath.Ext(f.Metadata.Path) == ".gz" }

// CreateInitialRestriction covers the whole file. A compressed file gets
// the range [0, 1): claiming offset 0 reads it all, and there is nothing
// left to split off.
func (fn *readLinesFn) CreateInitialRestriction(f fileio.ReadableFile) offsetrange.Restriction {
	if compressed(f) {
		return offsetrange.Restriction{Start: 0, End: 1}
	}
	return offsetrange.Restriction{Start: 0, End: f.Metadata.Size}
}

// SplitRestriction cuts a file into blocks of about SplitSize bytes,
// merging a short last block into the one before.
func (fn *readLinesFn) SplitRestriction(f fileio.ReadableFile, r offsetrange.Restriction) []offsetrange.Restriction {
	if compressed(f) || fn.SplitSize <= 0 {
		return []offsetrange.Restriction{r}
	}
	splits := r.SizedSplits(fn.SplitSize)
	if n := len(splits); n > 1 && splits[n-1].End-splits[n-1].Start <= fn.SplitSize/4 {
		splits[n-2].End = splits[n-1].End
		splits = splits[:n-1]
	}
	return splits
}

// RestrictionSize is the bytes a restriction covers.
func (fn *readLinesFn) RestrictionSize(f fileio.ReadableFile, r offsetrange.Restriction) float64 {
	if compressed(f) {
		return float64(f.Metadata.Size)
	}
	return r.Size()
}

// CreateTracker tracks the offsets claimed in a restriction.
func (fn *readLinesFn) CreateTracker(r offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(r))
}

// ProcessElement emits every line that starts in the restriction, even
// if it runs past its end; a line that starts before it belongs to the
// restriction before.
func (fn *readLinesFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, f fileio.ReadableFile, emit func(Line)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	maxLine := fn.MaxLine
	if maxLine <= 0 {
		maxLine = defaultMaxLine
	}
	path := f.Metadata.Path
	bufSize := int(min(1<<20, max(f.Metadata.Size, 4096)))
	finish := func() { rt.TryClaim(rt.GetRestriction().(offsetrange.Restriction).End) }

	if compressed(f) {
		if !rt.TryClaim(int64(0)) {
			return nil
		}
		br := bufio.NewReaderSize(rc, 1<<20) // the size is of the compressed file
		for pos := int64(0); ; {
			data, size, err := jsonl.ReadLine(br, maxLine)
			if size > 0 {
				emit(Line{Path: path, Offset: pos, Text: string(data), Size: size, TooLong: data == nil})
				pos += size
			}
			if err == io.EOF {
				finish()
				return nil
			}
			if err != nil {
				return err
			}
		}
	}

	pos := rt.GetRestriction().(offsetrange.Restriction).Start
	var br *bufio.Reader
	if pos > 0 {
		// The line holding byte pos-1 belongs to the restriction before;
		// the first line of this one starts after its end.
		if sk, ok := rc.(io.Seeker); ok {
			if _, err := sk.Seek(pos-1, io.SeekStart); err != nil {
				return err
			}
			br = bufio.NewReaderSize(rc, bufSize)
		} else {
			br = bufio.NewReaderSize(rc, bufSize)
			if _, err := br.Discard(int(pos - 1)); err != nil {
				return fmt.Errorf("%s: restriction starts at %d, past the end of the file: %w", path, pos, err)
			}
		}
		n, err := skipLine(br)
		pos += n - 1
		if err == io.EOF {
			finish() // no line starts in this restriction
			return nil
		}
		if err != nil {
			return err
		}
	} else {
		br = bufio.NewReaderSize(rc, bufSize)
	}
	for rt.TryClaim(pos) {
		data, size, err := jsonl.ReadLine(br, maxLine)
		if size > 0 {
			emit(Line{Path: path, Offset: pos, Text: string(data), Size: size, TooLong: data == nil})
			pos += size
		}
		if err == io.EOF {
			finish()
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// skipLine reads up to and including the next newline and tells how many
// bytes that took.
func skipLine(br *bufio.Reader) (int64, error) {
	var n int64
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if err == bufio.ErrBufferFull {
			continue
		}
		return n, err
	}
}
