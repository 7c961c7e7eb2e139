package attribution

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAppendLower checks that the ledger's lowercasing is strings.ToLower,
// on every rune and on invalid UTF-8.
func TestAppendLower(t *testing.T) {
	cases := []string{"", "Donald Trump", "ÉLYSÉE Palace", "İstanbul", "\u212a", "a\xffB", "\xe2\x80", "x\uFFFDY", "Ǆemal"}
	for r := rune(0); r <= unicode.MaxRune; r += 7 {
		if utf8.ValidRune(r) {
			cases = append(cases, "A"+string(r)+"z")
		}
	}
	for _, s := range cases {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSingleSpaced checks singleSpaced against its definition.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "the new york times", "é b"} {
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " ") == s; got && !want {
			t.Errorf("singleSpaced(%q) = %v, but Join(Fields) is %q", s, got, strings.Join(strings.Fields(s), " "))
		}
	}
}
