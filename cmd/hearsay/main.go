// Command hearsay analyzes news text for attribution, hedging, loaded
// language and unverified assertion.
//
// Usage:
//
//	hearsay analyze [--format text|json|html] [--rules-only] [FILE|-]
//	hearsay batch [-j N] [--progress] [--max-memory SIZE] [--resume OUT] [--rules-only] [FILE|-]
//	hearsay compare [--format text|json|html] FILE_A FILE_B
//	hearsay serve [--addr 127.0.0.1:8080] [--max-body 1MiB]
//	hearsay explain [--word N|WORD] [--top K] [--rules-only] [FILE|-]
//	hearsay summarize [--by FIELD] [--period month --date-field F] [--format html|csv|json] [FILE|-]
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
	"runtime/debug"
	"strings"
)

const usage = `hearsay analyzes news text: who says what, how the writer frames it,
and how much of each statement rests on unverified assertion.

Usage:
  hearsay analyze [--format text|json|html] [FILE|-]  analyze one document
  hearsay batch [-j N] [--progress] [FILE|-]          analyze JSONL or CSV, one report (or flat rows) a line
  hearsay compare [--format text|json|html] A B       compare how two articles frame their sources
  hearsay serve [--addr 127.0.0.1:8080]               a local web page and HTTP API
  hearsay explain [--word N|WORD] [FILE|-]            why words were or were not taken for cues
  hearsay summarize --by FIELD [--period month] FILE  tables and charts per outlet and period

Run "hearsay help COMMAND" (or "hearsay COMMAND -h") for a command's flags,
"hearsay --version" for the version.
`

// commands are the subcommands by name.
var commands = map[string]func(args []string, stdin io.Reader, stdout, stderr io.Writer) error{
	"analyze": analyze,
	"batch":   batch,
	"compare": compare,
	"serve":   func(args []string, _ io.Reader, _, stderr io.Writer) error { return serve(args, stderr) },
	"explain": explain,

	"summarize": summarize,
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, testable: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help":
		if len(args) < 2 {
			fmt.Fprint(stdout, usage)
			return 0
		}
		// "hearsay help analyze" is "hearsay analyze -h"
		name, args = args[1], []string{args[1], "-h"}
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "hearsay", version())
		return 0
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "hearsay: unknown command %q\n\n%s", name, usage)
		return 2
	}
	err := cmd(args[1:], stdin, stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(scoreAbove)):
		fmt.Fprintln(stderr, "hearsay:", err)
		return 3
	case errors.As(err, new(usageError)):
		msg := err.Error()
		if !strings.HasPrefix(msg, name+" ") {
			msg = name + ": " + msg // "analyze takes at most one FILE" names it already
		}
		fmt.Fprintf(stderr, "hearsay %s\nRun \"hearsay help %s\" for its flags.\n", msg, name)
		return 2
	default:
		// one "hearsay:" prefix, also for the library's errors inside
		// ours ("<stdin>: hearsay: input is not valid UTF-8")
		fmt.Fprintln(stderr, "hearsay:", strings.ReplaceAll(strings.TrimPrefix(err.Error(), "hearsay: "), ": hearsay: ", ": "))
		return 1
	}
}

// A usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// parseFlags parses a command's arguments, flags before and after its
// file names alike ("analyze a.txt --format json"; "--" ends the flags):
// -h and --help print the command's usage and come back as flag.ErrHelp,
// any other mistake as a usageError, which run prints once. Afterwards
// fl.Args() holds the file names.
func parseFlags(fl *flag.FlagSet, args []string) error {
	// The flag package would print a mistake and the usage itself; run
	// prints the mistake, and the usage only on -h.
	out, usage := fl.Output(), fl.Usage
	fl.SetOutput(io.Discard)
	fl.Usage = func() {}
	defer func() { fl.SetOutput(out); fl.Usage = usage }()
	var names []string
	for {
		if err := fl.Parse(args); err != nil {
			if err == flag.ErrHelp {
				fl.SetOutput(out)
				usage()
				return err
			}
			return usageError{err.Error()}
		}
		rest := fl.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" || len(rest) == 0 {
			names = append(names, rest...)
			break
		}
		names = append(names, rest[0])
		args = rest[1:]
	}
	// leave the names as fl.Args()
	return fl.Parse(append([]string{"--"}, names...))
}

// version is the module's version when built by "go install …@version",
// else the commit it was built from, or "devel".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return "devel"
	}
	return "devel " + rev + dirty
}

// readInput reads the named file, or standard input for "" and "-", up to
// the default --max-bytes limit.
func readInput(name string, stdin io.Reader) (string, string, error) {
	return readInputMax(name, stdin, defaultMaxBytes)
}
