// Compare sets two articles on one event side by side: for each source
// both report, the verbs each article used and how much more doubt one
// of them casts (the doubt share and its asymmetry), then the loaded
// terms, hedges and other findings only one article has.
//
//	go run ./examples/compare [FILE_A FILE_B]
//
// The files default to two bundled reports of one fire, a wire story and a
// tabloid one.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/hearsay-go/hearsay"
)

func main() {
	paths := []string{"testdata/compare/plant-fire-wire.txt", "testdata/compare/plant-fire-tabloid.txt"}
	if len(os.Args) == 3 {
		paths = os.Args[1:]
	} else if len(os.Args) != 1 {
		log.Fatal("usage: compare [FILE_A FILE_B]")
	}
	var reports [2]*hearsay.Report
	for i, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		if reports[i], err = hearsay.Analyze(string(text)); err != nil {
			log.Fatalf("%s: %v", p, err)
		}
	}
	c := hearsay.Compare(reports[0], reports[1])

	fmt.Printf("A %s: score %.2f, doubt share %s\n", paths[0], c.A.Score, share(c.A.Doubt))
	fmt.Printf("B %s: score %.2f, doubt share %s\n", paths[1], c.B.Score, share(c.B.Doubt))
	fmt.Printf("asymmetry (B - A): %s\n\n", signed(c.Asymmetry))

	for _, sc := range c.Sources {
		if len(sc.A.Cues) == 0 || len(sc.B.Cues) == 0 {
			continue // reported by one article only
		}
		fmt.Printf("%-20s A: %-28s B: %-28s asymmetry %s\n", sc.Name, verbs(sc.A), verbs(sc.B), signed(sc.Asymmetry))
	}
	for _, side := range []struct {
		name string
		uses []hearsay.TermUse
	}{{"A", c.OnlyA}, {"B", c.OnlyB}} {
		var terms []string
		for _, u := range side.uses {
			terms = append(terms, fmt.Sprintf("%s (%s)", u.Texts[0], u.Category))
		}
		if len(terms) == 0 {
			terms = []string{"nothing"}
		}
		fmt.Printf("\nonly in %s: %s\n", side.name, strings.Join(terms, ", "))
	}
}

// verbs lists a source's cues in one article.
func verbs(s hearsay.SourceSide) string {
	var vs []string
	for _, cu := range s.Cues {
		vs = append(vs, cu.Text+"/"+string(cu.Stance))
	}
	return strings.Join(vs, ", ")
}

// share prints a doubt share, which is undefined (nil) without cues.
func share(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf("%.2f", *v)
}

// signed prints an asymmetry, which is undefined (nil) unless both sides
// have cues.
func signed(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf("%+.2f", *v)
}
