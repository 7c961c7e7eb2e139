package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// notArticles are the folders of the repository's testdata that hold test
// inputs rather than articles: one-line attribution cases with their
// expected fields, and fuzzing corpora.
var notArticles = []string{"attribution", "fuzz"}

// loadCorpus reads a directory of .txt files (recursively, in lexical order,
// leaving out folders named in skip) or a JSONL file whose lines carry a
// "text" field. Empty texts are skipped.
func loadCorpus(path string, skip ...string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	var texts []string
	if st.IsDir() {
		err = filepath.WalkDir(path, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.IsDir() && p != path && slices.Contains(skip, e.Name()) {
				return fs.SkipDir
			}
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if len(strings.TrimSpace(string(b))) > 0 {
				texts = append(texts, string(b))
			}
			return nil
		})
	} else {
		texts, err = loadJSONL(path)
	}
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("%s: no texts (want .txt files or JSONL lines with a \"text\" field)", path)
	}
	return texts, nil
}

func loadJSONL(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<30)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var in struct {
			Text *string `json:"text"`
		}
		if err := json.Unmarshal(b, &in); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if in.Text == nil {
			return nil, fmt.Errorf("%s:%d: no \"text\" field", path, line)
		}
		if strings.TrimSpace(*in.Text) != "" {
			texts = append(texts, *in.Text)
		}
	}
	return texts, sc.Err()
}

// repeat cycles through texts, a whole pass at least, until the documents
// hold at least size bytes. Each repetition is a copy in memory of its own,
// so the corpus takes as much memory as it has bytes and does not sit in the
// CPU's caches.
func repeat(texts []string, size int64) []document {
	var docs []document
	var total int64
	for i := 0; i < len(texts) || total < size; i++ {
		t := texts[i%len(texts)]
		if i >= len(texts) {
			t = strings.Clone(t)
		}
		docs = append(docs, newDocument(t))
		total += int64(len(t))
	}
	return docs
}

// prefix returns the leading documents that hold at least size bytes (all
// of them when size is 0).
func prefix(docs []document, size int64) []document {
	if size <= 0 {
		return docs
	}
	var total int64
	for i := range docs {
		total += int64(len(docs[i].text))
		if total >= size {
			return docs[:i+1]
		}
	}
	return docs
}

func sumBytes[T string | document](xs []T) int64 {
	var n int64
	for _, x := range xs {
		switch v := any(x).(type) {
		case string:
			n += int64(len(v))
		case document:
			n += int64(len(v.text))
		}
	}
	return n
}

// parseSize reads a byte count with an optional K, M or G suffix (powers of
// 1024: 5M is 5,242,880 bytes).
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	s = strings.TrimSuffix(s, "B")
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, s[:len(s)-1]
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, s[:len(s)-1]
	case strings.HasSuffix(s, "G"):
		mult, s = 1<<30, s[:len(s)-1]
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(n * float64(mult)), nil
}
