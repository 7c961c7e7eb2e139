package jsonl

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name, line string
		want       Input
		err        string
		reason     string
	}{
		{"document", `{"id": "a", "text": "Hi.", "outlet": "x", "extra": 1}`, Input{ID: "a", Text: "Hi.", Outlet: "x"}, "", "other fields are ignored"},
		{"numeric id and outlet", `{"id": 7, "text": "", "outlet": 3}`, Input{ID: "7", Outlet: "3"}, "", "a number id is kept as written"},
		{"float id", `{"id": 1.50, "text": "x"}`, Input{ID: "1.50", Text: "x"}, "", "as written, not reformatted"},
		{"no id", `{"text": "x"}`, Input{Text: "x"}, "", "the id is optional"},
		{"pair escape", `{"text": "\ud83d\ude42 said"}`, Input{Text: "🙂 said"}, "", "a surrogate pair is one character"},
		{"escaped backslash before u", `{"text": "\\ud800"}`, Input{Text: `\ud800`}, "", "an escaped backslash, then the letters ud800"},
		{"trailing space", "{\"text\": \"x\"} \t\r", Input{Text: "x"}, "", "white space after the object is fine"},
		{"not an object", `[1, 2]`, Input{}, "line is not a JSON object", "an array"},
		{"null", `null`, Input{}, "line is not a JSON object", "null decodes into a struct without error in encoding/json"},
		{"string", `"text"`, Input{}, "line is not a JSON object", "a string"},
		{"broken", `{"id": "a", "text": `, Input{}, "bad JSON at offset 20", "cut off"},
		{"trailing garbage", `{"text":"a"} junk`, Input{}, "bad JSON at offset 13: invalid character 'j' after top-level value", "one object a line, nothing after it"},
		{"two objects", `{"text":"a"}{"text":"b"}`, Input{}, "bad JSON at offset 12", "one object a line"},
		{"no text", `{"id": "d"}`, Input{ID: "d"}, `missing "text"`, "the id is kept"},
		{"null text", `{"id": "d", "text": null}`, Input{ID: "d"}, `"text" must be a string`, "null is not a string"},
		{"number text", `{"id": "d", "text": 12}`, Input{ID: "d"}, `"text" must be a string`, "the id is kept and no Go type is named"},
		{"array text", `{"id": 9, "text": ["a"]}`, Input{ID: "9"}, `"text" must be a string`, "an array"},
		{"object text", `{"id": "d", "text": {"a": 1}}`, Input{ID: "d"}, `"text" must be a string`, "an object"},
		{"bool text", `{"id": "d", "text": true}`, Input{ID: "d"}, `"text" must be a string`, "a bool"},
		{"bad id", `{"id": {"x": 1}, "text": "x"}`, Input{}, `"id" must be a string or a number`, "an object id"},
		{"invalid UTF-8 in text", "{\"id\": \"u\", \"text\": \"caf\xe9\"}", Input{ID: "u"}, "not valid UTF-8: first invalid byte at offset 24", "encoding/json would replace it with U+FFFD"},
		{"lone high surrogate", `{"id": "s", "text": "ab\ud800cd"}`, Input{ID: "s"}, `lone surrogate escape at offset 23: \ud800 is half`, "encoding/json would replace it with U+FFFD"},
		{"lone low surrogate", `{"id": "s", "text": "\uDC00"}`, Input{ID: "s"}, `lone surrogate escape at offset 21`, "a low half alone"},
		{"high then not low", `{"text": "\ud800\u0041"}`, Input{}, `lone surrogate escape at offset 10`, "a high half followed by another escape"},
		{"surrogate in id", `{"id": "\ud800", "text": "x"}`, Input{ID: "\ufffd"}, `lone surrogate escape at offset 8`, "everywhere in the line, not only in text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.line))
			if tt.err != "" {
				require.Error(t, err, tt.reason)
				assert.Contains(t, err.Error(), tt.err, tt.reason)
				assert.NotContains(t, err.Error(), "Go ", "no Go internals")
				assert.NotContains(t, err.Error(), "rawInput", "no Go internals")
			} else {
				require.NoError(t, err, tt.reason)
			}
			assert.Equal(t, tt.want, got, tt.reason)
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	_, err := Decode([]byte("{\"text\": \"\xff\"}"))
	var oe *OffsetError
	require.True(t, errors.As(err, &oe))
	assert.Equal(t, int64(10), oe.Offset)
	assert.True(t, errors.Is(err, ErrBadUTF8))
	_, err = Decode([]byte(`{"text": "\udfff"}`))
	assert.True(t, errors.Is(err, ErrSurrogate))
	_, err = Decode([]byte(`{"text": 1} x`))
	assert.True(t, errors.Is(err, ErrBadJSON))
}

func TestReadLine(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader("one\r\n"+strings.Repeat("x", 100)+"\n\nlast"), 16)
	var got []string
	var sizes []int64
	for {
		data, size, err := ReadLine(br, 20)
		if data == nil && size > 0 {
			got = append(got, "<too long>")
		} else if data != nil {
			got = append(got, string(data))
		}
		sizes = append(sizes, size)
		if err != nil {
			require.True(t, errors.Is(err, io.EOF))
			break
		}
	}
	assert.Equal(t, []string{"one", "<too long>", "", "last"}, got)
	assert.Equal(t, []int64{5, 101, 1, 4}, sizes)
}

// TestReadLineBoundary checks that max is exact: a line of max bytes is
// read, one of max+1 is not, whatever ends it, for buffer sizes that split
// the line anywhere.
func TestReadLineBoundary(t *testing.T) {
	const max = 40
	for _, n := range []int{max - 1, max, max + 1, max + 2} {
		for _, end := range []string{"", "\n", "\r\n"} {
			for _, bufSize := range []int{16, 17, 39, 41, 64, 4096} {
				line := strings.Repeat("y", n)
				input := line // the last line, without a line end
				if end != "" {
					input += end + "next\n"
				}
				br := bufio.NewReaderSize(strings.NewReader(input), bufSize)
				data, size, _ := ReadLine(br, max)
				name := strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(end)
				if n <= max {
					assert.Equal(t, line, string(data), "%d bytes%s, buffer %d: accepted", n, name, bufSize)
				} else {
					assert.Nil(t, data, "%d bytes%s, buffer %d: refused", n, name, bufSize)
				}
				assert.Equal(t, int64(n+len(end)), size, "size counts the line end")
				if end != "" {
					next, _, _ := ReadLine(br, max)
					assert.Equal(t, "next", string(next), "the next line is intact")
				}
			}
		}
	}
}

// FuzzDecode checks that Decode never panics, that any text it returns
// is valid UTF-8 and equal to what encoding/json reads from the same line,
// and that an error keeps its offset within the line.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "Hi."}`, `{"id": 7, "text": "\ud83d\ude42"}`, `{"text": "\ud800"}`,
		"{\"text\": \"\xff\"}", `{"text": 1}`, `{"text":"a"} junk`, `null`, `{"text": "\\u0041\u00e9"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		in, err := Decode(line)
		if oe, ok := errors.AsType[*OffsetError](err); ok {
			if oe.Offset < 0 || oe.Offset > int64(len(line)) {
				t.Fatalf("offset %d outside a line of %d bytes", oe.Offset, len(line))
			}
		}
		if err != nil {
			return
		}
		if !utf8.ValidString(in.Text) {
			t.Fatalf("text is not valid UTF-8: %q", in.Text)
		}
		var std struct {
			Text string `json:"text"`
		}
		if jerr := json.Unmarshal(line, &std); jerr != nil {
			t.Fatalf("Decode accepted what encoding/json refuses: %v", jerr)
		}
		if std.Text != in.Text {
			t.Fatalf("text %q, encoding/json reads %q", in.Text, std.Text)
		}
	})
}

// decodeFast returns what the long way returns, whenever it decodes a
// line at all, and decodes the common lines.
func TestDecodeFast(t *testing.T) {
	cases := []struct {
		name, line string
		fast       bool
		reason     string
	}{
		{"plain", `{"id": "a1", "text": "Officials said it."}`, true, "the common line"},
		{"number id", `{"id": -12.5e+3, "text": "x", "other": [1, {"a": 2}]}`, false, "a nested value goes the long way"},
		{"number id flat", `{"id": 7, "text": "x", "n": 1.5, "b": true, "z": null}`, true, "numbers and literals"},
		{"escapes", `{"text": "He said \"no\"\n\u00e9\ud83d\ude00\/\t\\"}`, true, "escapes and a surrogate pair"},
		{"outlet", `{"text": "x", "outlet": "wire"}`, true, "the outlet is read too"},
		{"outlet null", `{"text": "x", "outlet": null, "id": null}`, true, "null is no outlet and no id"},
		{"lone surrogate", `{"text": "\ud800"}`, false, "an error the long way"},
		{"case", `{"Text": "x"}`, false, "encoding/json matches names without regard to case"},
		{"repeated", `{"text": "x", "text": "y"}`, false, "the last one wins the long way"},
		{"no text", `{"id": "a"}`, false, "an error"},
		{"text number", `{"text": 5}`, false, "an error"},
		{"trailing", `{"text": "x"} x`, false, "not one object"},
		{"bad number", `{"text": "x", "n": 01}`, false, "not JSON"},
		{"control", "{\"text\": \"a\tb\"}", false, "a raw tab in a string is not JSON"},
		{"bad UTF-8", "{\"text\": \"a\xffb\"}", false, "an error with its offset"},
		{"empty", `{}`, false, "no text"},
		{"spaces", " \t{ \"text\" : \"x\" , \"id\" : \"y\" } \r\n", true, "white space anywhere JSON allows"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, ok := decodeFast([]byte(c.line), nil)
			assert.Equal(t, c.fast, ok, c.reason)
			if ok {
				want, err := decodeSlow([]byte(c.line))
				require.NoError(t, err)
				assert.Equal(t, want, in)
			}
		})
	}
	// DecodeBuffered gives what Decode gives, one line after another
	// through one buffer, each text read before the next line is decoded.
	var buf []byte
	for _, c := range cases {
		want, wantErr := Decode([]byte(c.line))
		var in Input
		var err error
		in, buf, err = DecodeBuffered([]byte(c.line), buf)
		assert.Equal(t, wantErr, err, c.name)
		assert.Equal(t, want, in, c.name)
	}
}

// TestDecodeBufferedReuse checks that DecodeBuffered decodes texts,
// plain or escaped, into the buffer it is given once that is large
// enough, and that the id is a copy that outlives the buffer's reuse.
func TestDecodeBufferedReuse(t *testing.T) {
	buf := make([]byte, 0, 256)
	in, buf2, err := DecodeBuffered([]byte(`{"id": "a", "text": "He said \"no\"."}`), buf)
	require.NoError(t, err)
	assert.Equal(t, `He said "no".`, in.Text)
	assert.Equal(t, unsafe.SliceData(buf), unsafe.StringData(in.Text), "an escaped text is decoded into the buffer")
	id := in.ID
	in, _, err = DecodeBuffered([]byte(`{"id": "b", "text": "Officials said it."}`), buf2)
	require.NoError(t, err)
	assert.Equal(t, "Officials said it.", in.Text)
	assert.Equal(t, unsafe.SliceData(buf), unsafe.StringData(in.Text), "a plain text is copied into the buffer")
	assert.Equal(t, "a", id)
}

func FuzzDecodeFast(f *testing.F) {
	f.Add([]byte(`{"id": 7, "text": "He said \"no\" \u00e9", "outlet": "w", "x": [1]}`))
	f.Add([]byte(`{"text": "\ud83d\ude00", "n": -0.5e3, "b": false}`))
	f.Add([]byte(`{"id": "x", "text": "“Sure,” the mayor’s aide said — \"twice\".\nThen: «non», \u2028 café."}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		in, ok := decodeFast(line, nil)
		if !ok {
			return
		}
		var buf []byte
		inb, _, err := DecodeBuffered(line, buf)
		require.NoError(t, err, "%q", line)
		require.Equal(t, in, inb, "%q", line)
		want, err := decodeSlow(line)
		require.NoError(t, err, "%q", line)
		require.Equal(t, want, in, "%q", line)
	})
}

// BenchmarkDecode decodes a news article's line (the seed article, its
// line ends escaped), the fast way and the long way.
func BenchmarkDecode(b *testing.B) {
	text, err := os.ReadFile("../testdata/venezuela-strike.txt")
	require.NoError(b, err)
	line, err := json.Marshal(map[string]string{"id": "seed", "text": string(text)})
	require.NoError(b, err)
	for _, c := range []struct {
		name   string
		decode func([]byte) (Input, error)
	}{{"Decode", Decode}, {"encoding-json", decodeSlow}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.decode(line); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
