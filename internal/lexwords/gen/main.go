// Command gen writes attribution/lexwords_gen.go (see package lexwords):
// go generate ./attribution runs it.
package main

import (
	"fmt"
	"os"

	"github.com/hearsay-go/hearsay/internal/lexwords"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen FILE")
		os.Exit(2)
	}
	src, err := lexwords.Source()
	if err == nil {
		err = os.WriteFile(os.Args[1], src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
