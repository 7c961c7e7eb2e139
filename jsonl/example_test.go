package jsonl_test

import (
	"encoding/json"
	"fmt"

	"github.com/hearsay-go/hearsay/jsonl"
)

func ExampleDecode() {
	for i, line := range []string{
		`{"id": "a1", "text": "Officials said the boat sank.", "outlet": "wire"}`,
		`{"id": "a2"}`,
	} {
		in, err := jsonl.Decode([]byte(line))
		if err != nil {
			rec, _ := json.Marshal(jsonl.ErrorRecord{ID: in.ID, Error: err.Error(), Line: i + 1})
			fmt.Println(string(rec))
			continue
		}
		fmt.Printf("%s (%s): %s\n", in.ID, in.Outlet, in.Text)
	}
	// Output:
	// a1 (wire): Officials said the boat sank.
	// {"id":"a2","error":"missing \"text\"","line":2}
}
