package jsonstrict

import "bytes"

// Array and Object split JSON in its plain form — the form encoding/json
// writes for the project's records — without the cost of a full scan, so
// that a decoder can take a fast path and fall back to [Unmarshal] (or its
// own general path) whenever they report false. They do not validate the
// values they hand out (the decoder of each value does) but refuse, beside
// broken structure, what a fast path could get wrong: a key that is not
// printable ASCII or holds an escape, and any \u escape (which may hide a
// lone surrogate, see [CheckText]). They never panic.

// Array calls fn with the bytes of each element of the JSON array data, in
// order, without surrounding white space. It returns false if data is not
// a plain array or fn returns false.
func Array(data []byte, fn func(elem []byte) bool) bool {
	n, ok := ArrayPrefix(data, fn)
	return ok && skipSpace(data, n) == len(data)
}

// ArrayPrefix is [Array] for the array at the start of data (after white
// space), which may go on after it: it returns the offset just after the
// array's closing bracket.
func ArrayPrefix(data []byte, fn func(elem []byte) bool) (end int, ok bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		return 0, false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return i + 1, true
	}
	for {
		end, ok := skipValue(data, i)
		if !ok || !fn(data[i:end]) {
			return 0, false
		}
		i = skipSpace(data, end)
		if i >= len(data) {
			return 0, false
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case ']':
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// ValueLen returns the length of the plain JSON value at the start of
// data, which must not start with white space.
func ValueLen(data []byte) (int, bool) { return skipValue(data, 0) }

// Object calls fn with the key (without quotes) and the value bytes of each
// member of the JSON object data, in order. It returns false if data is
// not a plain object or fn returns false. Repeated keys are passed on; fn
// decides.
func Object(data []byte, fn func(key, value []byte) bool) bool {
	return ObjectStream(data, func(key, rest []byte) (int, bool) {
		n, ok := ValueLen(rest)
		return n, ok && fn(key, rest[:n])
	})
}

// ObjectStream is [Object] for a caller that scans each value itself, to
// split it while scanning: fn receives the key and the input from the
// start of the value on, and returns the length of the value (with
// [ValueLen], [ArrayPrefix] or its own scan) or false to stop.
func ObjectStream(data []byte, fn func(key, rest []byte) (n int, ok bool)) bool {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return skipSpace(data, i+1) == len(data)
	}
	for {
		key, next, ok := plainKey(data, i)
		if !ok {
			return false
		}
		i = skipSpace(data, next)
		if i >= len(data) || data[i] != ':' {
			return false
		}
		i = skipSpace(data, i+1)
		if i >= len(data) {
			return false
		}
		n, ok := fn(key, data[i:])
		if !ok || n <= 0 || n > len(data)-i {
			return false
		}
		i = skipSpace(data, i+n)
		if i >= len(data) {
			return false
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case '}':
			return skipSpace(data, i+1) == len(data)
		default:
			return false
		}
	}
}

// plainKey reads a key at data[i]: printable ASCII without escapes.
func plainKey(data []byte, i int) ([]byte, int, bool) {
	if i >= len(data) || data[i] != '"' {
		return nil, 0, false
	}
	for j := i + 1; j < len(data); j++ {
		switch c := data[j]; {
		case c == '"':
			return data[i+1 : j], j + 1, true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// skipValue returns the offset after the value starting at data[i]: a
// string, a bracketed value (brackets counted outside strings) or a run of
// other bytes up to a delimiter. It refuses \u escapes.
func skipValue(data []byte, i int) (int, bool) {
	depth, start := 0, i
	for i < len(data) {
		if depth > 0 && !structural[data[i]] {
			// Inside brackets only quotes and brackets matter: skip the
			// rest (white space, numbers, literals, commas, colons) in a
			// tight loop.
			i++
			for i < len(data) && !structural[data[i]] {
				i++
			}
			continue
		}
		switch data[i] {
		case '"':
			j, ok := skipString(data, i)
			if !ok {
				return 0, false
			}
			i = j
			if depth == 0 {
				return i, true
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i, i > start
			}
			depth--
			if depth == 0 {
				return i + 1, true
			}
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return i, i > start
			}
		}
		i++
	}
	return 0, false
}

// structural marks the bytes skipValue must look at inside brackets.
var structural = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true}

// skipString returns the offset after the string starting at data[i]. It
// jumps from quote to quote, looking for escapes only between them.
func skipString(data []byte, i int) (int, bool) {
	j := i + 1
	for {
		q := bytes.IndexByte(data[j:], '"')
		if q < 0 {
			return 0, false
		}
		seg := data[j : j+q]
		b := bytes.IndexByte(seg, '\\')
		if b < 0 {
			return j + q + 1, true
		}
		// An escape before the quote: step over it and look again.
		k := j + b
		if k+1 >= len(data) || data[k+1] == 'u' {
			return 0, false
		}
		j = k + 2
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}
