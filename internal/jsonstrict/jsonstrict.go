package jsonstrict

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Error is a decoding failure at a place in the document.
type Error struct {
	Path   string // JSONPath of the offending value, "$" for the whole document
	Offset int64  // byte offset for syntax errors, otherwise -1
	Msg    string // Chinese description
	Err    error  // the underlying error, if any
}

func (e *Error) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("JSON 第%d字节处：%s", e.Offset, e.Msg)
	}
	return fmt.Sprintf("JSON %s：%s", e.Path, e.Msg)
}

func (e *Error) Unwrap() error { return e.Err }

// Unmarshal decodes data into v (a non-nil pointer), rejecting unknown
// fields and anything after the first value. Text that encoding/json
// would silently replace with U+FFFD — bytes that are not UTF-8, \u escapes
// of lone surrogates — is an error naming the value that holds it. On
// failure v may be partly filled; callers that must not change state decode
// into a fresh value.
func Unmarshal(data []byte, v any) error {
	if Fast(data, v) {
		return nil
	}
	return unmarshalSlow(data, v)
}

// unmarshalSlow is [Unmarshal] with encoding/json alone: it accepts
// everything Unmarshal accepts and names the place of every error.
func unmarshalSlow(data []byte, v any) error {
	lossy := checkText(data)
	if lossy != nil && lossy.Offset < 0 {
		return lossy
	}
	// A syntax error comes before the lossy text: the decoder reports it.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			return &Error{Path: "$", Offset: dec.InputOffset(), Msg: "JSON 值之后还有多余内容"}
		}
		if lossy != nil {
			return lossy
		}
		return nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &Error{Path: "$", Offset: se.Offset, Msg: "语法错误：" + se.Error(), Err: err}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &Error{Path: "$", Offset: int64(len(data)), Msg: "内容不完整", Err: err}
	}
	var tree any
	tdec := json.NewDecoder(bytes.NewReader(data))
	tdec.UseNumber()
	if tdec.Decode(&tree) == nil {
		if e := walk(tree, reflect.TypeOf(v), "$", 0); e != nil {
			if e.Err == nil {
				e.Err = err
			}
			return e
		}
	}
	return &Error{Path: "$", Offset: -1, Msg: err.Error(), Err: err}
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

const maxDepth = 10000

// walk finds the first place where node does not fit t.
func walk(node any, t reflect.Type, path string, depth int) *Error {
	if depth > maxDepth {
		return &Error{Path: path, Offset: -1, Msg: "嵌套层次过深"}
	}
	for t.Kind() == reflect.Pointer {
		if reflect.PointerTo(t).Implements(unmarshalerType) || t.Implements(unmarshalerType) {
			break
		}
		t = t.Elem()
	}
	if node == nil {
		return nil // null is accepted for every type
	}
	if t.Implements(unmarshalerType) || reflect.PointerTo(t).Implements(unmarshalerType) ||
		reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return tryDecode(node, t, path)
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := node.(map[string]any)
		if !ok {
			return mismatch(path, "对象", node)
		}
		fields := fieldsOf(t)
		for _, k := range sortedKeys(obj) {
			f, ok := lookup(fields, k)
			if !ok {
				return &Error{Path: path + "." + k, Offset: -1, Msg: fmt.Sprintf("未知字段 %q", k)}
			}
			if e := walk(obj[k], f.typ, path+"."+k, depth+1); e != nil {
				return e
			}
		}
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			if _, ok := node.(string); !ok {
				return mismatch(path, "字符串", node)
			}
			return tryDecode(node, t, path)
		}
		arr, ok := node.([]any)
		if !ok {
			return mismatch(path, "数组", node)
		}
		for i, el := range arr {
			if e := walk(el, t.Elem(), path+"["+strconv.Itoa(i)+"]", depth+1); e != nil {
				return e
			}
		}
	case reflect.Map:
		obj, ok := node.(map[string]any)
		if !ok {
			return mismatch(path, "对象", node)
		}
		for _, k := range sortedKeys(obj) {
			if e := walk(obj[k], t.Elem(), path+"["+strconv.Quote(k)+"]", depth+1); e != nil {
				return e
			}
		}
		return tryDecode(node, t, path) // key types
	case reflect.String:
		if _, ok := node.(string); !ok {
			return mismatch(path, "字符串", node)
		}
	case reflect.Bool:
		if _, ok := node.(bool); !ok {
			return mismatch(path, "布尔值", node)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		if _, ok := node.(json.Number); !ok {
			return mismatch(path, "数字", node)
		}
		return tryDecode(node, t, path) // range and integer checks
	}
	return nil
}

// tryDecode decodes node alone into a new value of type t.
func tryDecode(node any, t reflect.Type, path string) *Error {
	b, err := json.Marshal(node)
	if err != nil {
		return nil
	}
	err = json.Unmarshal(b, reflect.New(t).Interface())
	if err == nil {
		return nil
	}
	msg := err.Error()
	var sub interface{ JSONPath() string }
	if errors.As(err, &sub) {
		path += sub.JSONPath() // the value's own decoder knows the place within it
	}
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		msg = fmt.Sprintf("值 %s 不能转换为 %s", ute.Value, ute.Type)
		if ute.Field != "" {
			path += "." + ute.Field
		}
	}
	return &Error{Path: path, Offset: -1, Msg: msg, Err: err}
}

func mismatch(path, want string, node any) *Error {
	return &Error{Path: path, Offset: -1, Msg: fmt.Sprintf("类型不符：应为%s，实为%s", want, kindName(node))}
}

func kindName(node any) string {
	switch node.(type) {
	case map[string]any:
		return "对象"
	case []any:
		return "数组"
	case string:
		return "字符串"
	case json.Number:
		return "数字"
	case bool:
		return "布尔值"
	}
	return "null"
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type field struct {
	name string
	typ  reflect.Type
}

// fieldsOf lists the JSON fields of struct type t, following the rules of
// encoding/json for tags and embedded structs (simplified: the first field
// of a name wins).
func fieldsOf(t reflect.Type) []field {
	var out []field
	seen := map[string]bool{}
	var visit func(t reflect.Type, depth int)
	visit = func(t reflect.Type, depth int) {
		if depth > 8 {
			return
		}
		for i := range t.NumField() {
			sf := t.Field(i)
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			ft := sf.Type
			if sf.Anonymous && name == "" {
				et := ft
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				if et.Kind() == reflect.Struct {
					visit(et, depth+1)
					continue
				}
			}
			if !sf.IsExported() {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			if !seen[name] {
				seen[name] = true
				out = append(out, field{name, ft})
			}
		}
	}
	visit(t, 0)
	return out
}

// lookup matches a key like encoding/json: exact first, then case-folded.
func lookup(fields []field, key string) (field, bool) {
	for _, f := range fields {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return field{}, false
}
