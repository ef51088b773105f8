// Package jsonpath turns the Go path of a field, as validation reports it
// ("Proposals[3].Submitter.Members[0]"), into the place of that field in
// the value's JSON form ("$.proposals[3].submitter.members[0]"), so that
// people who edit the JSON file are told where to look.
//
// # How the path is found
//
// [Of] walks the value itself, not only its type: an element held in an
// interface (an activity of research.Activities) is followed to its
// concrete type. A field's key is its json tag's name, or the Go name when
// the tag gives none, as encoding/json does; the fields of an embedded
// struct are the outer object's, as encoding/json flattens them, whether
// the path names them through the embedded struct or not. A segment that does
// not resolve — an unknown name, an index out of range, a nil pointer, a
// field the JSON leaves out (json:"-") — makes the whole path unknown
// rather than wrong.
package jsonpath

import (
	"reflect"
	"strconv"
	"strings"
)

// Of returns the JSONPath of the field that goPath names inside v, and
// whether every segment resolved. goPath is a dotted Go path with indexes:
// "Members[4].Name", "Activities[7].Batches[0].Members[6]"; an empty
// goPath is v itself, "$".
func Of(v any, goPath string) (string, bool) {
	cur := reflect.ValueOf(v)
	var b strings.Builder
	b.WriteByte('$')
	for rest := goPath; rest != ""; {
		var seg string
		seg, rest = next(rest)
		if seg == "" {
			return "", false
		}
		cur = indirect(cur)
		if !cur.IsValid() {
			return "", false
		}
		if seg[0] == '[' {
			i, err := strconv.Atoi(seg[1 : len(seg)-1])
			if err != nil || i < 0 {
				return "", false
			}
			if k := cur.Kind(); k != reflect.Slice && k != reflect.Array || i >= cur.Len() {
				return "", false
			}
			cur = cur.Index(i)
			b.WriteString(seg)
			continue
		}
		if cur.Kind() != reflect.Struct {
			return "", false
		}
		f, ok := cur.Type().FieldByName(seg)
		if !ok || !f.IsExported() {
			return "", false
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			return "", false
		}
		key, _, _ := strings.Cut(tag, ",")
		fv, err := cur.FieldByIndexErr(f.Index)
		if err != nil { // through a nil embedded pointer
			return "", false
		}
		cur = fv
		if key == "" && f.Anonymous && indirectType(f.Type).Kind() == reflect.Struct {
			continue // an embedded struct's fields are the outer object's
		}
		if key == "" {
			key = f.Name
		}
		b.WriteByte('.')
		b.WriteString(key)
	}
	return b.String(), true
}

// next splits the first segment off a Go path: a name ("Members") or an
// index ("[4]"), and the rest after it without a leading dot. It returns
// an empty segment for a malformed path.
func next(p string) (seg, rest string) {
	if p[0] == '[' {
		end := strings.IndexByte(p, ']')
		if end < 2 {
			return "", ""
		}
		seg, rest = p[:end+1], p[end+1:]
	} else {
		end := strings.IndexAny(p, ".[")
		if end < 0 {
			end = len(p)
		}
		seg, rest = p[:end], p[end:]
	}
	if strings.HasPrefix(rest, ".") {
		rest = rest[1:]
		if rest == "" {
			return "", ""
		}
	}
	return seg, rest
}

// indirectType is the type a pointer type points to, or t itself.
func indirectType(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}

// indirect follows pointers and interfaces to the value they hold; it
// returns the zero Value for a nil one.
func indirect(v reflect.Value) reflect.Value {
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}
