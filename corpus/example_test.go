package corpus_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/hearsay-go/hearsay/corpus"
)

func ExampleRun() {
	in := strings.NewReader(`{"id": "a1", "text": "Officials said the boat sank."}
{"id": "a2"}
`)
	var out strings.Builder
	sum, err := corpus.Run(context.Background(), in, &out, corpus.Options{Workers: 2})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	fmt.Println(lines[0][:40])
	fmt.Println(lines[1])
	fmt.Printf("%d lines: %d reports, %d errors\n", sum.Lines, sum.Documents, sum.Errors)
	// Output:
	// {"schema":"hearsay/v1","id":"a1","langua
	// {"id":"a2","error":"missing \"text\"","line":2}
	// 2 lines: 1 reports, 1 errors
}
