package jsonstrict

import (
	"reflect"
	"strings"
)

// FieldPath turns the Go path of a field of type t, as validation errors
// name it ("Submitter.Members[0]"), into the JSON path relative to a value
// of t (".submitter.members[0]"), following the json tags and promoted
// fields of embedded structs. It returns "" when a name is not a field
// written in JSON.
func FieldPath(t reflect.Type, goPath string) string {
	if goPath == "" {
		return ""
	}
	var b strings.Builder
	for _, seg := range strings.Split(goPath, ".") {
		name, idx, _ := strings.Cut(seg, "[")
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return ""
		}
		f, ok := t.FieldByName(name)
		if !ok || !f.IsExported() {
			return ""
		}
		key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch key {
		case "-":
			return ""
		case "":
			key = f.Name
		}
		b.WriteString("." + key)
		t = f.Type
		if idx != "" {
			b.WriteString("[" + idx)
			for range strings.Count(idx, "[") + 1 {
				for t.Kind() == reflect.Pointer {
					t = t.Elem()
				}
				if t.Kind() != reflect.Slice && t.Kind() != reflect.Array && t.Kind() != reflect.Map {
					return ""
				}
				t = t.Elem()
			}
		}
	}
	return b.String()
}
