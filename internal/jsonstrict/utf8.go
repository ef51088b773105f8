package jsonstrict

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
)

// checkText finds the first place where data holds text that encoding/json
// would silently replace with U+FFFD: a byte sequence that is not UTF-8, or
// a \u escape of a lone surrogate. It returns nil when there is none, an
// Error with a path when it found the value holding it, and an Error with
// an offset when a syntax error comes first.
func checkText(data []byte) *Error {
	bad, what := -1, ""
	if !utf8.Valid(data) {
		bad, what = firstInvalidUTF8(data), "不是有效的 UTF-8 编码"
	}
	if s := loneSurrogate(data); s >= 0 && (bad < 0 || s < bad) {
		bad, what = s, "是单独的代理项转义（\\uD800–\\uDFFF），不能表示字符"
	}
	if bad < 0 {
		return nil
	}
	path, serr := locate(data, int64(bad))
	if serr != nil {
		return serr
	}
	msg := fmt.Sprintf("第%d字节处%s", bad, what)
	return &Error{Path: path, Offset: -1, Msg: msg, Err: fmt.Errorf("%w：%s", lvzhi.ErrSyntax, msg)}
}

// firstInvalidUTF8 returns the offset of the first byte of data that does
// not start a valid UTF-8 sequence; data must not be valid UTF-8.
func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// loneSurrogate returns the offset of the first \u escape in data that
// encodes a surrogate not paired as UTF-16 requires, or -1. Outside strings
// a backslash is a syntax error, so every backslash starts an escape.
func loneSurrogate(data []byte) int {
	if !bytes.Contains(data, []byte(`\u`)) {
		return -1
	}
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' {
			continue
		}
		r, ok := escapedRune(data[i:])
		if !ok {
			i++ // skip the escaped character
			continue
		}
		switch {
		case r >= 0xDC00 && r <= 0xDFFF:
			return i
		case r >= 0xD800 && r <= 0xDBFF:
			lo, ok := escapedRune(data[i+6:])
			if !ok || utf16.DecodeRune(r, lo) == utf8.RuneError {
				return i
			}
			i += 11
		default:
			i += 5
		}
	}
	return -1
}

// escapedRune reads a \uXXXX escape at the start of b.
func escapedRune(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b[2:6]), 16, 16)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

// frame is one open object or array while locating an offset.
type frame struct {
	obj     bool
	wantKey bool
	key     string
	idx     int
}

// locate returns the JSON path of the value (or member name) whose text
// covers byte offset off, or the syntax error met before reaching it.
func locate(data []byte, off int64) (string, *Error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []frame
	path := func() string {
		p := "$"
		for _, f := range stack {
			if f.obj {
				p += "." + f.key
			} else {
				p += "[" + strconv.Itoa(f.idx) + "]"
			}
		}
		return p
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return "", syntaxError(data, se)
			}
			if errors.Is(err, io.EOF) && len(stack) == 0 {
				return "$", nil
			}
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return "", &Error{Path: "$", Offset: int64(len(data)), Msg: "内容不完整", Err: err}
			}
			return "$", nil
		}
		end := dec.InputOffset()
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		if n := len(stack); n > 0 && stack[n-1].obj && stack[n-1].wantKey {
			stack[n-1].key, _ = tok.(string)
			stack[n-1].wantKey = false
			if end > off {
				return path(), nil
			}
			continue
		}
		if n := len(stack); n > 0 {
			if stack[n-1].obj {
				stack[n-1].wantKey = true
			} else {
				stack[n-1].idx++
			}
		}
		if end > off {
			return path(), nil
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{obj: true, wantKey: true})
		case json.Delim('['):
			stack = append(stack, frame{idx: -1})
		}
	}
}

// CheckText reports, as an *Error naming the value's path, the first place
// where encoding/json would silently lose data: text it would replace with
// U+FFFD (bytes that are not UTF-8, a \u escape of a lone surrogate), or a
// key written twice in one object (also up to letter case), whose first
// value it would drop. It returns nil when there is none, or when a syntax
// error comes first (the decoder reports that). Decoders that do not use
// [Unmarshal] call it before decoding.
func CheckText(data []byte) error {
	if e := checkText(data); e != nil && e.Offset < 0 {
		return e
	}
	if e := checkDuplicates(data); e != nil {
		return e
	}
	return nil
}
