package jsonstrict

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi"
)

// Error is a decoding failure at a place in the document.
type Error struct {
	Path   string // JSONPath of the offending value, "$" for the whole document
	Offset int64  // byte offset for syntax errors, otherwise -1
	Line   int    // line of a syntax error, counted from 1; 0 if unknown
	Column int    // its column in characters, counted from 1
	Msg    string // Chinese description
	Err    error  // the underlying error, if any
}

func (e *Error) Error() string {
	if e.Offset >= 0 && e.Line > 0 {
		return fmt.Sprintf("JSON 第%d行第%d列（第%d字节）：%s", e.Line, e.Column, e.Offset, e.Msg)
	}
	if e.Offset >= 0 {
		return fmt.Sprintf("JSON 第%d字节处：%s", e.Offset, e.Msg)
	}
	return fmt.Sprintf("JSON %s：%s", e.Path, e.Msg)
}

func (e *Error) Unwrap() error { return e.Err }

// JSONPath returns the place of the error relative to the decoded value,
// Path without its leading "$" (".history[1].date"), so that the decoder
// of an enclosing document names it in full ("$.proposals[0].history[1].date").
// It is "" for a syntax error, which has an offset instead.
func (e *Error) JSONPath() string {
	if e.Offset >= 0 {
		return ""
	}
	return strings.TrimPrefix(e.Path, "$")
}

// At returns err as an *Error at the path prefix ("[3]", ".activities")
// followed by the place err itself names: the Path of an *Error it wraps,
// or the JSONPath() of any other error that has that method. The message
// is err's JSONMessage() if it has that method (its message without the
// place), otherwise its own without Go package prefixes such as "lvzhi: ". Decoders
// that split a document themselves use it to name places in the whole.
func At(prefix string, err error) *Error {
	var je *Error
	if errors.As(err, &je) && je.Offset < 0 {
		return &Error{Path: "$" + prefix + je.JSONPath(), Offset: -1, Msg: je.Msg, Err: je.Err}
	}
	path := "$" + prefix
	var sub interface{ JSONPath() string }
	if errors.As(err, &sub) {
		path += sub.JSONPath()
	}
	msg := Message(err)
	var own interface{ JSONMessage() string }
	if errors.As(err, &own) {
		msg = own.JSONMessage() // the error's message without the place the path gives
	}
	return &Error{Path: path, Offset: -1, Msg: msg, Err: err}
}

// pkgPrefix matches the Go package prefixes ("lvzhi: ", "proposal: ") that
// errors for programmers start with, at the start of a message or of a
// wrapped cause.
var pkgPrefix = regexp.MustCompile(`(^|：)[a-z][a-z0-9/]*: `)

// Message returns err's message for a reader of the data: without the Go
// package prefixes programmers' messages carry.
func Message(err error) string {
	return pkgPrefix.ReplaceAllString(err.Error(), "$1")
}

// Unmarshal decodes data into v (a non-nil pointer), rejecting unknown
// fields and anything after the first value. Text that encoding/json
// would silently replace with U+FFFD — bytes that are not UTF-8, \u escapes
// of lone surrogates — is an error naming the value that holds it. On
// failure v may be partly filled; callers that must not change state decode
// into a fresh value.
func Unmarshal(data []byte, v any) error {
	data = TrimBOM(data)
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
	if dup := checkDuplicates(data); dup != nil {
		return dup
	}
	// A syntax error comes before the lossy text: the decoder reports it.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			return &Error{Path: "$", Offset: dec.InputOffset(), Msg: "JSON 值之后还有多余内容", Err: lvzhi.ErrSyntax}
		}
		if lossy != nil {
			return lossy
		}
		return nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return syntaxError(data, se)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &Error{Path: "$", Offset: int64(len(data)), Msg: "内容不完整，JSON 在文件结束前没有闭合", Err: fmt.Errorf("%w：%w", lvzhi.ErrSyntax, err)}
	}
	var tree any
	tdec := json.NewDecoder(bytes.NewReader(data))
	tdec.UseNumber()
	if tdec.Decode(&tree) == nil {
		if e := walk(tree, reflect.TypeOf(v), "$", 0); e != nil {
			if e.Err == nil {
				e.Err = fmt.Errorf("%w：%w", lvzhi.ErrSyntax, err)
			}
			return e
		}
	}
	return &Error{Path: "$", Offset: -1, Msg: Message(err), Err: err}
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
				return &Error{Path: path + "." + k, Offset: -1, Msg: fmt.Sprintf("未知字段 %q", k) + suggest(fields, k)}
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
	var je *Error
	if errors.As(err, &je) {
		return At(strings.TrimPrefix(path, "$"), err)
	}
	var verrs lvzhi.ValidationErrors
	if errors.As(err, &verrs) && len(verrs) > 0 {
		// A value that validates itself while decoding (a proposal's
		// record) names its fields by their Go paths: name the first
		// problem's place in JSON.
		if rel := FieldPath(t, verrs[0].Field); rel != "" {
			msg := verrs[0].Message
			if len(verrs) > 1 {
				msg += fmt.Sprintf("（另有%d处问题：%s）", len(verrs)-1, Message(verrs[1:]))
			}
			return &Error{Path: path + rel, Offset: -1, Msg: msg, Err: err}
		}
	}
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		// Only values decoded by encoding/json alone get here: the
		// decoders of this module report *Error. ute.Field names Go
		// fields, not keys, so the place stays that of the value.
		if num, ok := strings.CutPrefix(ute.Value, "number "); ok && ute.Type != nil {
			if lo, hi, ok := intRange(ute.Type); ok {
				return &Error{Path: path, Offset: -1, Err: err,
					Msg: fmt.Sprintf("数字%s超出允许范围：应为%d至%d之间的整数", num, lo, hi)}
			}
		}
		return &Error{Path: path, Offset: -1, Err: err,
			Msg: fmt.Sprintf("类型不符：应为%s，实为%s", wantName(ute.Type), valueName(ute.Value))}
	}
	// The value's own decoder knows the place within it.
	e := At(strings.TrimPrefix(path, "$"), err)
	if !t.Implements(unmarshalerType) && !reflect.PointerTo(t).Implements(unmarshalerType) && !errors.Is(e.Err, lvzhi.ErrSyntax) {
		// Text that a type's UnmarshalText refuses (a date, an enum name)
		// does not have the form expected.
		e.Err = fmt.Errorf("%w：%w", lvzhi.ErrSyntax, e.Err)
	}
	return e
}

// wantName describes in Chinese the JSON a value of type t is written as.
func wantName(t reflect.Type) string {
	if t == nil {
		return "其他类型"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return "字符串"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "对象"
	case reflect.Slice, reflect.Array:
		return "数组"
	case reflect.String:
		return "字符串"
	case reflect.Bool:
		return "布尔值"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "整数"
	case reflect.Float32, reflect.Float64:
		return "数字"
	}
	return "其他类型"
}

// intRange returns the bounds of an integer type.
func intRange(t reflect.Type) (lo int64, hi uint64, ok bool) {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		bits := t.Bits()
		return -1 << (bits - 1), 1<<(bits-1) - 1, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return 0, 1<<t.Bits() - 1, true
	}
	return 0, 0, false
}

// valueName translates the JSON kinds encoding/json names in an
// UnmarshalTypeError ("number 1e400" keeps its text).
func valueName(v string) string {
	kind, rest, _ := strings.Cut(v, " ")
	names := map[string]string{"string": "字符串", "number": "数字", "object": "对象", "array": "数组", "bool": "布尔值", "null": "null"}
	if n, ok := names[kind]; ok {
		if rest != "" {
			return n + " " + rest
		}
		return n
	}
	return v
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
