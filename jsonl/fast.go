package jsonl

import (
	"slices"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// decodeFast decodes the common line, a flat object whose id is a string,
// a number or null, whose text is a string and whose outlet, if any, is a
// string or null, without encoding/json: on news input Decode's checking
// and copying through reflection took as long as writing a report's rows.
// It reports false for anything else (nested values, keys with escapes
// or that differ from "id", "text" or "outlet" only in case, repeated
// keys, a lone surrogate, invalid UTF-8 or JSON), which Decode then reads
// the long way, with its errors; so what it returns when it reports true
// is what the long way returns.
//
// With text non-nil, the text is decoded into *text, grown when it is too
// small, and aliases it (see DecodeBuffered).
func decodeFast(line []byte, text *[]byte) (Input, bool) {
	if !utf8.Valid(line) {
		return Input{}, false
	}
	d := fastDecoder{b: line, text: text}
	d.space()
	if !d.byte('{') {
		return Input{}, false
	}
	var in Input
	var seen [3]bool // id, text, outlet
	d.space()
	if !d.byte('}') {
		for {
			d.space()
			key, ok := d.plainString()
			if !ok {
				return Input{}, false
			}
			d.space()
			if !d.byte(':') {
				return Input{}, false
			}
			d.space()
			field := fieldIndex(key)
			if field == -2 {
				return Input{}, false // a name encoding/json would match without regard to case
			}
			if field >= 0 {
				if seen[field] {
					return Input{}, false
				}
				seen[field] = true
			}
			start := d.i
			switch {
			case d.i < len(d.b) && d.b[d.i] == '"':
				s, ok := d.string(field >= 0, field == 1)
				if !ok {
					return Input{}, false
				}
				switch field {
				case 0:
					in.ID = s
				case 1:
					in.Text = s
				case 2:
					in.Outlet = s
				}
			case d.literal("null"):
				if field == 1 {
					return Input{}, false // "text": null is an error the long way
				}
			case d.literal("true") || d.literal("false"):
				if field >= 0 {
					return Input{}, false
				}
			default:
				if !d.number() || field == 1 || field == 2 {
					return Input{}, false
				}
				if field == 0 {
					in.ID = string(d.b[start:d.i]) // a number as written
				}
			}
			d.space()
			if d.byte(',') {
				continue
			}
			if d.byte('}') {
				break
			}
			return Input{}, false
		}
	}
	d.space()
	if d.i != len(d.b) || !seen[1] {
		return Input{}, false
	}
	return in, true
}

// fieldIndex tells which field of Input key names: 0 id, 1 text, 2
// outlet, -1 none, and -2 for a name that differs from one of them only
// in case, which encoding/json matches too.
func fieldIndex(key []byte) int {
	for i, name := range [...]string{"id", "text", "outlet"} {
		if string(key) == name {
			return i
		}
		if len(key) == len(name) && equalFoldASCII(key, name) {
			return -2
		}
	}
	return -1
}

func equalFoldASCII(b []byte, s string) bool {
	for i := range b {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// A fastDecoder reads JSON from b at i.
type fastDecoder struct {
	b    []byte
	i    int
	text *[]byte // the buffer the text is decoded into, or nil
}

func (d *fastDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *fastDecoder) byte(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *fastDecoder) literal(s string) bool {
	if len(d.b)-d.i >= len(s) && string(d.b[d.i:d.i+len(s)]) == s {
		d.i += len(s)
		return true
	}
	return false
}

// plainString reads a string without escapes and returns its bytes.
func (d *fastDecoder) plainString() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.i
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			return d.b[start : d.i-1], true
		case c == '\\' || c < 0x20:
			return nil, false
		}
		d.i++
	}
	return nil, false
}

// string reads a string, which must be valid UTF-8 (checked beforehand)
// with valid escapes and no lone surrogate, and returns it decoded when
// keep is true: into d.text when isText is true and d.text is set.
func (d *fastDecoder) string(keep, isText bool) (string, bool) {
	d.i++ // the opening quotation mark
	start := d.i
	for d.i < len(d.b) {
		if d.i+8 <= len(d.b) && literal8(d.b[d.i:d.i+8]) {
			d.i += 8
			continue
		}
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			if !keep {
				return "", true
			}
			if isText && d.text != nil {
				*d.text = append((*d.text)[:0], d.b[start:d.i-1]...)
				return unsafe.String(unsafe.SliceData(*d.text), len(*d.text)), true
			}
			return string(d.b[start : d.i-1]), true
		case c == '\\':
			return d.escaped(start, isText)
		case c < 0x20:
			return "", false
		}
		d.i++
	}
	return "", false
}

// literal8 reports whether the eight bytes of b stand for themselves in
// a JSON string being decoded: no control character, quotation mark or
// backslash. Unlike plain8 it lets bytes of multi-byte UTF-8 sequences
// through, the line being valid UTF-8 (see decodeFast): news text has a
// curly quotation mark or a dash in most sentences, which sent plain8's
// callers to a byte at a time.
func literal8(b []byte) bool {
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	return special8(x)&highs == 0
}

// escaped goes on reading a string that began at start, from its first
// backslash, decoding into a new buffer, or into d.text when isText is
// true and d.text is set.
func (d *fastDecoder) escaped(start int, isText bool) (string, bool) {
	var out []byte
	if isText && d.text != nil {
		out = slices.Grow((*d.text)[:0], len(d.b)-start)
		defer func() { *d.text = out[:0] }()
	} else {
		out = make([]byte, 0, len(d.b)-start)
	}
	out = append(out, d.b[start:d.i]...)
	for d.i < len(d.b) {
		run := d.i
		for d.i+8 <= len(d.b) && literal8(d.b[d.i:d.i+8]) {
			d.i += 8
		}
		for d.i < len(d.b) && d.b[d.i] >= 0x20 && d.b[d.i] != '"' && d.b[d.i] != '\\' {
			d.i++
		}
		out = append(out, d.b[run:d.i]...)
		if d.i == len(d.b) {
			break
		}
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			// out is this string's own and is not written again (or,
			// in d.text, not before the caller is done with it): the
			// string can be made of it without a copy (a text's size).
			return unsafe.String(unsafe.SliceData(out), len(out)), true
		case c < 0x20:
			return "", false
		}
		if d.i+1 >= len(d.b) {
			return "", false
		}
		e := d.b[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(d.b, d.i)
			if r < 0 {
				return "", false
			}
			d.i += 4
			if utf16.IsSurrogate(rune(r)) {
				if r >= 0xDC00 || d.i+6 > len(d.b) || d.b[d.i] != '\\' || d.b[d.i+1] != 'u' {
					return "", false
				}
				lo := hex4(d.b, d.i+2)
				if lo < 0xDC00 || lo > 0xDFFF {
					return "", false
				}
				d.i += 6
				r = int(utf16.DecodeRune(rune(r), rune(lo)))
			}
			out = utf8.AppendRune(out, rune(r))
		default:
			return "", false
		}
	}
	return "", false
}

// number reads a JSON number.
func (d *fastDecoder) number() bool {
	start := d.i
	d.byte('-')
	switch {
	case d.byte('0'):
	case d.i < len(d.b) && '1' <= d.b[d.i] && d.b[d.i] <= '9':
		d.digits()
	default:
		return false
	}
	if d.byte('.') && !d.digits() {
		return false
	}
	if d.byte('e') || d.byte('E') {
		if !d.byte('+') {
			d.byte('-')
		}
		if !d.digits() {
			return false
		}
	}
	return d.i > start
}

// digits reads one or more digits.
func (d *fastDecoder) digits() bool {
	start := d.i
	for d.i < len(d.b) && '0' <= d.b[d.i] && d.b[d.i] <= '9' {
		d.i++
	}
	return d.i > start
}
