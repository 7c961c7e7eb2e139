package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var in strings.Builder
	for i := range 100 {
		fmt.Fprintf(&in, `{"id":%d,"text":"The plan is a disaster. We love it! Number %d."}`+"\n", i, i)
		if i == 50 {
			in.WriteString("\n  \n{\"id\":\"bad\"}\nnot json\n")
		}
	}
	for _, j := range []string{"1", "3"} {
		t.Run("j"+j, func(t *testing.T) {
			var out, errs bytes.Buffer
			if err := run([]string{"-j", j}, strings.NewReader(in.String()), &out, &errs); err != nil {
				t.Fatalf("%v: %s", err, errs.String())
			}
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if len(lines) != 102 {
				t.Fatalf("%d lines out, want 102: one a document, one a bad line, none for blank lines", len(lines))
			}
			for k, l := range lines {
				var r struct {
					ID        string    `json:"id"`
					Sentences []float64 `json:"sentences"`
					Mean      float64   `json:"mean"`
					Error     string    `json:"error"`
					Line      int       `json:"line"`
				}
				if err := json.Unmarshal([]byte(l), &r); err != nil {
					t.Fatalf("line %d: %v: %s", k+1, err, l)
				}
				switch {
				case k == 51:
					if r.ID != "bad" || r.Error != `missing "text"` || r.Line != 54 {
						t.Errorf("line %d: %s, want the error record of input line 54", k+1, l)
					}
				case k == 52:
					if r.Error == "" || r.Line != 55 {
						t.Errorf("line %d: %s, want the error record of input line 55", k+1, l)
					}
				default:
					doc := k
					if k > 52 {
						doc = k - 2
					}
					if r.ID != fmt.Sprint(doc) || len(r.Sentences) != 3 || r.Sentences[0] >= 0 || r.Sentences[1] <= 0 {
						t.Errorf("line %d: %s, want document %d in order with three scores, negative then positive", k+1, l, doc)
					}
					if mean := (r.Sentences[0] + r.Sentences[1] + r.Sentences[2]) / 3; r.Mean != mean {
						t.Errorf("line %d: mean %v, want %v", k+1, r.Mean, mean)
					}
				}
			}
		})
	}
	if err := run([]string{"-j", "0"}, strings.NewReader(""), new(bytes.Buffer), new(bytes.Buffer)); err == nil {
		t.Error("-j 0 accepted")
	}
}
