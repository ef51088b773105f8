package jsonstrict

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
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		return false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return skipSpace(data, i+1) == len(data)
	}
	for {
		end, ok := skipValue(data, i)
		if !ok || !fn(data[i:end]) {
			return false
		}
		i = skipSpace(data, end)
		if i >= len(data) {
			return false
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case ']':
			return skipSpace(data, i+1) == len(data)
		default:
			return false
		}
	}
}

// Object calls fn with the key (without quotes) and the value bytes of each
// member of the JSON object data, in order. It returns false if data is
// not a plain object or fn returns false. Repeated keys are passed on; fn
// decides.
func Object(data []byte, fn func(key, value []byte) bool) bool {
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
		end, ok := skipValue(data, i)
		if !ok || !fn(key, data[i:end]) {
			return false
		}
		i = skipSpace(data, end)
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

// skipString returns the offset after the string starting at data[i].
func skipString(data []byte, i int) (int, bool) {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '"':
			return j + 1, true
		case '\\':
			if j+1 < len(data) && data[j+1] == 'u' {
				return 0, false
			}
			j++
		}
	}
	return 0, false
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
