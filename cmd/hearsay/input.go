package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// defaultMaxBytes bounds one input document of analyze, compare and explain:
// a larger input is refused before it is held in memory.
const defaultMaxBytes = 64 << 20

// An inputTooLargeError is an input over the --max-bytes limit.
type inputTooLargeError struct {
	name  string
	limit int64
}

func (e *inputTooLargeError) Error() string {
	return fmt.Sprintf("%s: input is larger than the limit of %s; split it, or raise the limit with --max-bytes",
		e.name, formatBytes(e.limit))
}

// maxBytesFlag adds --max-bytes to a command's flags.
func maxBytesFlag(fl *flag.FlagSet) *byteSize {
	b := byteSize(defaultMaxBytes)
	fl.Var(&b, "max-bytes", "largest input document, in bytes or with KiB, MiB or GiB (default 64MiB); a larger one is refused before it is read whole")
	return &b
}

// readInputMax reads the named file, or standard input for "" and "-", and
// refuses with an *inputTooLargeError an input of more than limit bytes,
// having held at most limit+1 of its bytes. A regular file's size is
// checked before it is read.
func readInputMax(name string, stdin io.Reader, limit int64) (string, string, error) {
	r, display := stdin, "<stdin>"
	size := int64(-1)
	if name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", name, err
		}
		defer f.Close()
		r, display = f, name
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			size = st.Size()
			if size > limit {
				return "", display, &inputTooLargeError{display, limit}
			}
		}
	}
	b, err := readAllMax(r, limit, size)
	if errors.Is(err, errTooLarge) {
		return "", display, &inputTooLargeError{display, limit}
	}
	return string(b), display, err
}

var errTooLarge = errors.New("input too large")

// readAllMax reads r to its end, or fails with errTooLarge as soon as it
// has seen more than limit bytes. hint, when not negative, is the expected
// size.
func readAllMax(r io.Reader, limit, hint int64) ([]byte, error) {
	c := int64(512)
	if hint >= 0 {
		c = min(hint, limit) + 1 // +1: the read that sees the end
	}
	b := make([]byte, 0, c)
	for {
		if len(b) == cap(b) {
			// Grow by half, but never past limit+1: one byte beyond the
			// limit is all that is needed to know the input is too large.
			n := min(int64(cap(b))+int64(cap(b))/2+512, limit+1)
			if n <= int64(cap(b)) {
				return nil, errTooLarge
			}
			nb := make([]byte, len(b), n)
			copy(nb, b)
			b = nb
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if int64(len(b)) > limit {
			return nil, errTooLarge
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
