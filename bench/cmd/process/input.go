package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/hearsay-go/hearsay/jsonl"
)

// An article is one .txt file of a corpus directory.
type article struct {
	name string // the path below the directory, with forward slashes
	text string
}

// readArticles reads every .txt file under dir (recursively, in lexical
// order), leaving out files that hold only white space.
func readArticles(dir string) ([]article, error) {
	var out []article
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if len(bytes.TrimSpace(b)) == 0 {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		out = append(out, article{name: filepath.ToSlash(rel), text: string(b)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no .txt files with text", dir)
	}
	return out, nil
}

// writeJSONL writes the articles repeat times over, one {"id": ..., "text":
// ...} line each, the id being the article's name and the pass ("a.txt#2").
// It returns the number of lines written.
func writeJSONL(w io.Writer, articles []article, repeat int) (int, error) {
	if repeat < 1 {
		return 0, fmt.Errorf("repeat must be at least 1, not %d", repeat)
	}
	bw := bufio.NewWriter(w)
	n := 0
	for pass := 1; pass <= repeat; pass++ {
		for _, a := range articles {
			b, err := json.Marshal(struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}{fmt.Sprintf("%s#%d", a.name, pass), a.text})
			if err != nil {
				return n, err
			}
			bw.Write(b)
			if err := bw.WriteByte('\n'); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, bw.Flush()
}

// countDocuments counts the lines of a JSONL input that `hearsay batch`
// answers with a line each: every line but blank ones, as jsonl.ReadLine
// reads them (a line too long for the reader counts too: it gets an error
// record). It also returns the input's size in bytes.
func countDocuments(r io.Reader) (docs int, size int64, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		data, n, err := jsonl.ReadLine(br, math.MaxInt64-2)
		size += n
		if n > 0 || data != nil {
			if data == nil || len(bytes.TrimSpace(data)) > 0 {
				docs++
			}
		}
		if err == io.EOF {
			return docs, size, nil
		}
		if err != nil {
			return docs, size, err
		}
	}
}
