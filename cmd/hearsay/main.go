// Command hearsay analyzes news text for attribution, hedging, loaded
// language and unverified assertion.
//
// Usage:
//
//	hearsay analyze [--format text|json|html] [--rules-only] [FILE|-]
//	hearsay batch [-j N] [--progress] [--rules-only] [FILE|-]
//	hearsay compare [--format text|json|html] FILE_A FILE_B
//	hearsay serve [--addr 127.0.0.1:8080] [--max-body 1MiB]
//	hearsay explain [--word N|WORD] [--top K] [--rules-only] [FILE|-]
//
// With no FILE, or with -, it reads standard input. The json format is the
// hearsay/v1 report (docs/report-schema.md); the text format is for reading
// in a terminal.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

const usage = `hearsay analyzes news text: who says what, how the writer frames it,
and how much of each statement rests on unverified assertion.

Usage:
  hearsay analyze [--format text|json|html] [FILE|-]  analyze one document
  hearsay batch [-j N] [--progress] [FILE|-]          analyze JSONL, one report a line
  hearsay compare [--format text|json|html] A B       compare how two articles frame their sources
  hearsay serve [--addr 127.0.0.1:8080]               a local web page and HTTP API
  hearsay explain [--word N|WORD] [FILE|-]            why words were or were not taken for cues

Run "hearsay COMMAND -h" for a command's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, testable: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "analyze":
		err = analyze(args[1:], stdin, stdout, stderr)
	case "batch":
		err = batch(args[1:], stdin, stdout, stderr)
	case "compare":
		err = compare(args[1:], stdin, stdout, stderr)
	case "serve":
		err = serve(args[1:], stderr)
	case "explain":
		err = explain(args[1:], stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "hearsay: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)):
		fmt.Fprintln(stderr, "hearsay:", err)
		return 2
	default:
		fmt.Fprintln(stderr, "hearsay:", err)
		return 1
	}
}

// A usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// parseFlags parses a command's arguments: -h and --help come back as
// flag.ErrHelp, any other mistake as a usageError.
func parseFlags(fl *flag.FlagSet, args []string) error {
	if err := fl.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

// readInput reads the named file, or standard input for "" and "-", up to
// the default --max-bytes limit.
func readInput(name string, stdin io.Reader) (string, string, error) {
	return readInputMax(name, stdin, defaultMaxBytes)
}
