package jsonstrict

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/lvzhi-go/lvzhi"
)

// bom is the UTF-8 byte-order mark some editors write at the start of a
// file; it is not part of the JSON text and is skipped.
var bom = []byte("\uFEFF")

// TrimBOM returns data without a leading UTF-8 byte-order mark.
func TrimBOM(data []byte) []byte { return bytes.TrimPrefix(data, bom) }

// dupFrame is one open object or array while looking for duplicate keys.
type dupFrame struct {
	obj  bool
	key  string              // the current key of an object
	idx  int                 // the current index of an array
	keys []string            // the folded keys seen so far, while few
	set  map[string]struct{} // the same, once there are many
}

// seen reports whether the folded key k was met before in f, and records it.
func (f *dupFrame) seen(k string) bool {
	if f.set == nil && len(f.keys) < 16 {
		for _, s := range f.keys {
			if s == k {
				return true
			}
		}
		f.keys = append(f.keys, k)
		return false
	}
	if f.set == nil {
		f.set = make(map[string]struct{}, 2*len(f.keys))
		for _, s := range f.keys {
			f.set[s] = struct{}{}
		}
	}
	if _, ok := f.set[k]; ok {
		return true
	}
	f.set[k] = struct{}{}
	return false
}

// fold returns the form of key under which encoding/json matches it to a
// field: two keys with the same fold fill the same field.
func fold(key string) string { return strings.ToLower(strings.ToUpper(key)) }

// checkDuplicates finds the first object in data with a key written twice
// (or twice up to letter case, which encoding/json matches to one field):
// encoding/json would keep the last value and drop the first without a
// word. It returns nil when there is none or when data is not valid JSON
// (the decoder reports that).
func checkDuplicates(data []byte) *Error {
	dec := jsontext.NewDecoder(bytes.NewReader(data),
		jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	var stack []dupFrame
	path := func() string {
		var b strings.Builder
		b.WriteByte('$')
		for _, f := range stack {
			if f.obj {
				b.WriteString("." + f.key)
			} else {
				b.WriteString("[" + strconv.Itoa(f.idx) + "]")
			}
		}
		return b.String()
	}
	for {
		tok, err := dec.ReadToken()
		if err != nil {
			return nil // io.EOF at the end, or a syntax error the decoder names
		}
		kind := tok.Kind()
		if n := len(stack); n > 0 && kind != '}' && kind != ']' {
			top := &stack[n-1]
			if top.obj && isName(dec) {
				top.key = tok.String()
				if top.seen(fold(top.key)) {
					msg := fmt.Sprintf("字段“%s”重复出现（同一对象中的键不能出现两次，字母大小写不同也算同一字段）", top.key)
					return &Error{Path: path(), Offset: -1, Msg: msg, Err: fmt.Errorf("%w：%s", lvzhi.ErrSyntax, msg)}
				}
				continue
			}
			if !top.obj {
				top.idx++
			}
		}
		switch kind {
		case '{':
			stack = append(stack, dupFrame{obj: true})
		case '[':
			stack = append(stack, dupFrame{idx: -1})
		case '}', ']':
			stack = stack[:len(stack)-1]
		}
	}
}

// isName reports whether the token just read from dec was an object name:
// inside an object, names and values alternate, so after a name the count
// of tokens read at this depth is odd.
func isName(dec *jsontext.Decoder) bool {
	kind, n := dec.StackIndex(dec.StackDepth())
	return kind == '{' && n%2 == 1
}
