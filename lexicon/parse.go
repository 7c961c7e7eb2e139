package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/nlp"
)

//go:embed data/en/*.tsv
var embedded embed.FS

// formsFile maps irregular word forms to their lemma; it has two columns and
// is not a lexicon of its own.
const formsFile = "irregular.tsv"

// maxLine bounds a lexicon line. Real entries are short; a longer line is
// almost certainly not a lexicon file.
const maxLine = 4096

// Files returns the names of the embedded English lexicon files, sorted.
func Files() []string {
	ents, err := fs.ReadDir(embedded, "data/en")
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range ents {
		if e.Name() != formsFile {
			names = append(names, e.Name())
		}
	}
	return names
}

// ReadFile returns the contents of an embedded lexicon file by name, as
// listed by Files.
func ReadFile(name string) ([]byte, error) {
	return embedded.ReadFile(path.Join("data/en", name))
}

var defaultLexicon = sync.OnceValue(buildDefault)

//go:generate go test -run TestDefaultGenerated -update .

// buildDefault indexes the embedded files' entries. They were parsed and
// merged when the program was built, into default_gen.go
// (TestDefaultGenerated holds it to the files): parsing them, which stems
// every word, was most of the lexicon's start-up, and merging them a
// third of what was left (a copy of every entry, a map of their keys).
// The generated entries are the lexicon's own, never modified.
func buildDefault() *Lexicon {
	l := &Lexicon{entries: defaultEntries}
	l.build()
	return l
}

// Default returns the built-in English lexicon: every embedded file merged.
// It is built once, from the entries the files held when the program was
// built, and shared; it must not be modified.
func Default() *Lexicon {
	return defaultLexicon()
}

// Parse reads a lexicon file. name is used in error messages, which read
// "name:line: message".
//
// The format is UTF-8 text, one entry a line, with four or five fields
// separated by tabs:
//
//	term	category	class	weight	[flags]
//
// Blank lines and lines starting with '#' are ignored. term is a word or
// phrase (tokens separated by spaces); category is one of [Categories];
// class is one of [Classes] for the category (a [Stance] for cues); weight
// is a number in [0, 1]; flags is a comma-separated list of exact, lower,
// attributive, noun and verb, and for cues opener and object-clause (see
// [Flags]). A term may appear once per category. A
// byte-order mark and CRLF line ends are errors, since they usually mean the
// file was saved by a tool that also changed other things.
func Parse(r io.Reader, name string) (*Lexicon, error) {
	l, err := parseEntries(r, name)
	if err != nil {
		return nil, err
	}
	l.build()
	return l, nil
}

// parseEntries is Parse without the index: a lexicon with its entries
// only, for Merge.
func parseEntries(r io.Reader, name string) (*Lexicon, error) {
	var errs []error
	l := &Lexicon{}
	seen := map[string]int{}
	var (
		parser nlp.Parser // one for all lines, and one document
		doc    nlp.Document
	)
	err := scanLines(r, name, func(line int, text string) {
		e, err := parseEntry(text, &parser, &doc)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
			return
		}
		key := string(e.Category) + "\x00" + e.Term
		if prev, ok := seen[key]; ok {
			note := ""
			if raw, _, _ := strings.Cut(text, "\t"); raw != e.Term {
				note = fmt.Sprintf("; %q is the same term, spaces between words count once", raw)
			}
			errs = append(errs, fmt.Errorf("%s:%d: duplicate %s entry %q (first at line %d%s)", name, line, e.Category, e.Term, prev, note))
			return
		}
		seen[key] = line
		e.Source = name + ":" + strconv.Itoa(line)
		l.entries = append(l.entries, e)
	})
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, joinErrors(name, errs)
	}
	return l, nil
}

// maxErrors bounds the errors a parser reports: a file with more is
// most likely not the kind the parser reads at all.
const maxErrors = 10

// joinErrors joins a parser's errors, the first maxErrors of them.
func joinErrors(name string, errs []error) error {
	if len(errs) > maxErrors {
		errs = append(errs[:maxErrors:maxErrors], fmt.Errorf("%s: and %d more errors", name, len(errs)-maxErrors))
	}
	return errors.Join(errs...)
}

// ParseWords reads a file of closed word classes, one word and the class
// it belongs to a line:
//
//	word	class
//
// It returns the words of each class in the order of the file. name is
// used in error messages, which read "name:line: message". classes lists
// the classes the file may use; nil allows any. A word is lowercase and
// has no spaces; it may stand in several classes, but once in each.
// Blank lines and lines starting with '#' are ignored; a byte-order mark
// and CRLF line ends are errors, as for [Parse].
func ParseWords(r io.Reader, name string, classes []string) (map[string][]string, error) {
	// Read whole, so that the set of words seen is made at its size.
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var errs []error
	words := make(map[string][]string, len(classes))
	type wordIn struct{ word, class string }
	seen := make(map[wordIn]int, bytes.Count(data, []byte{'\n'})+1)
	err = scanLines(bytes.NewReader(data), name, func(line int, text string) {
		f := strings.Split(text, "\t")
		if len(f) != 2 {
			errs = append(errs, fmt.Errorf("%s:%d: want 2 tab-separated fields (word, class), got %d", name, line, len(f)))
			return
		}
		w, c := f[0], f[1]
		switch {
		case w == "" || c == "":
			errs = append(errs, fmt.Errorf("%s:%d: empty word or class", name, line))
			return
		case strings.ContainsFunc(w, unicode.IsSpace) || strings.ContainsFunc(c, unicode.IsSpace):
			errs = append(errs, fmt.Errorf("%s:%d: word or class has spaces", name, line))
			return
		case w != strings.ToLower(w):
			errs = append(errs, fmt.Errorf("%s:%d: word %q must be lowercase", name, line, w))
			return
		case classes != nil && !slices.Contains(classes, c):
			errs = append(errs, fmt.Errorf("%s:%d: unknown class %q", name, line, c))
			return
		}
		if prev, ok := seen[wordIn{w, c}]; ok {
			errs = append(errs, fmt.Errorf("%s:%d: duplicate word %q in class %s (first at line %d)", name, line, w, c, prev))
			return
		}
		seen[wordIn{w, c}] = line
		words[c] = append(words[c], w)
	})
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, joinErrors(name, errs)
	}
	return words, nil
}

// ParseRows reads a file of tab-separated rows with the checks of
// [Parse]: blank lines and lines starting with '#' are skipped, and a
// byte-order mark, CRLF line ends, invalid UTF-8 and overlong lines are
// errors. It calls fn with each row's line number and its fields, which
// must number n; an error fn returns is reported as "name:line: message",
// and so is a row of another length. Other packages' data files (the cue
// idioms of package attribution) are read with it, so that their bad
// lines are reported as a lexicon's are.
func ParseRows(r io.Reader, name string, n int, fn func(line int, fields []string) error) error {
	var errs []error
	err := scanLines(r, name, func(line int, text string) {
		f := strings.Split(text, "\t")
		if len(f) != n {
			errs = append(errs, fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, line, n, len(f)))
			return
		}
		if err := fn(line, f); err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
		}
	})
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return joinErrors(name, errs)
	}
	return nil
}

// scanLines calls fn for each non-comment, non-blank line, checking the
// encoding as it goes.
func scanLines(r io.Reader, name string, fn func(line int, text string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1024), maxLine)
	sc.Split(scanRawLines)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 && strings.HasPrefix(text, "\ufeff") {
			return fmt.Errorf("%s:1: byte-order mark at start of file; save it as UTF-8 without BOM", name)
		}
		if !utf8.ValidString(text) {
			return fmt.Errorf("%s:%d: invalid UTF-8", name, line)
		}
		if strings.HasSuffix(text, "\r") {
			return fmt.Errorf("%s:%d: CRLF line end; save the file with LF line ends", name, line)
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fn(line, text)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("%s:%d: line longer than %d bytes", name, line+1, maxLine)
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// scanRawLines is bufio.ScanLines without its silent removal of a carriage
// return, so that CRLF files can be reported.
func scanRawLines(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// parseEntry parses one line; parser and doc are the caller's, reused
// from line to line.
func parseEntry(text string, parser *nlp.Parser, doc *nlp.Document) (Entry, error) {
	f := strings.Split(text, "\t")
	if len(f) < 4 || len(f) > 5 {
		return Entry{}, fmt.Errorf("want 4 or 5 tab-separated fields (term, category, class, weight, [flags]), got %d", len(f))
	}
	for i, s := range f {
		if strings.TrimSpace(s) != s {
			return Entry{}, fmt.Errorf("field %d has leading or trailing spaces", i+1)
		}
	}
	for _, r := range f[0] {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return Entry{}, fmt.Errorf("term %q holds the control or invalid character %U", f[0], r)
		}
	}
	// Words are separated by one space however the file spaces them, so
	// that "no  evidence" is the entry "no evidence", not a second one.
	e := Entry{Term: strings.Join(strings.Fields(f[0]), " "), Category: Category(f[1]), Class: f[2]}
	if e.Term == "" {
		return Entry{}, errors.New("empty term")
	}
	if e.Term != strings.ToLower(e.Term) {
		return Entry{}, fmt.Errorf("term %q must be lowercase", e.Term)
	}
	allowed, ok := classes[e.Category]
	if !ok {
		return Entry{}, fmt.Errorf("unknown category %q (want one of %s)", f[1], joinCategories())
	}
	if !slices.Contains(allowed, e.Class) {
		what := "class"
		if e.Category == Cue {
			what = "stance"
		}
		return Entry{}, fmt.Errorf("unknown %s %q for %s (want one of %s)", what, e.Class, e.Category, strings.Join(allowed, ", "))
	}
	// Decimal only: strconv also reads 0x1p-1, 1e0, inf and nan.
	w, err := strconv.ParseFloat(f[3], 64)
	if !isDecimal(f[3]) || err != nil || w < 0 || w > 1 {
		return Entry{}, fmt.Errorf("weight %q is not a decimal number in [0, 1] such as 0.5", f[3])
	}
	e.Weight = w
	if len(f) == 5 {
		if e.Flags, err = parseFlags(f[4]); err != nil {
			return Entry{}, err
		}
		if g := e.Flags & cueFlags; g != 0 && e.Category != Cue {
			return Entry{}, fmt.Errorf("flag %s is for cues only", g)
		}
	}
	_ = parser.ParseInto(doc, e.Term) // fails only when tagging
	words := 0
	e.norms = make([]string, 0, len(doc.Tokens))
	e.keys = make([]string, 0, len(doc.Tokens))
	for _, t := range doc.Tokens {
		e.norms = append(e.norms, t.Norm)
		if t.Kind == nlp.Word {
			e.keys = append(e.keys, Key(t.Norm))
			words++
		} else {
			e.keys = append(e.keys, t.Norm)
			words += btoi(t.Kind == nlp.Number)
		}
	}
	if words == 0 {
		return Entry{}, fmt.Errorf("term %q has no words", e.Term)
	}
	if len(e.keys) > maxTerm {
		return Entry{}, fmt.Errorf("term %q has more than %d tokens", e.Term, maxTerm)
	}
	return e, nil
}

// isDecimal reports whether s is digits with at most one decimal point
// among or before them: 1, 0.25, .5, 1.0.
func isDecimal(s string) bool {
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !point:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// maxTerm bounds the tokens of a term, which bounds the matcher's work per
// token.
const maxTerm = 12

func joinCategories() string {
	var s []string
	for _, c := range Categories {
		s = append(s, string(c))
	}
	return strings.Join(s, ", ")
}

// parseForms reads the irregular-forms table: "form<TAB>lemma" a line.
func parseForms(r io.Reader, name string) (map[string]string, error) {
	forms := map[string]string{}
	var errs []error
	err := scanLines(r, name, func(line int, text string) {
		f := strings.Split(text, "\t")
		if len(f) != 2 || f[0] == "" || f[1] == "" {
			errs = append(errs, fmt.Errorf("%s:%d: want 2 tab-separated fields (form, lemma)", name, line))
			return
		}
		if _, dup := forms[f[0]]; dup {
			errs = append(errs, fmt.Errorf("%s:%d: duplicate form %q", name, line, f[0]))
			return
		}
		forms[f[0]] = f[1]
	})
	if err != nil {
		errs = append(errs, err)
	}
	return forms, errors.Join(errs...)
}
