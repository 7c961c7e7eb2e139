package nlp

import "unicode/utf8"

// InvalidUTF8 returns the byte offset of the first byte of s that is not
// part of valid UTF-8, or -1 when s is valid: what an error about bad
// input points at. hearsay's packages and commands all use this one.
func InvalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
