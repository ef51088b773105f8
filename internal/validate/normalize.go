package validate

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/width"
)

// normOpts are the options of one `norm` tag.
type normOpts struct {
	narrow, upper, name, mobile bool
}

// parseNorm parses a `norm` tag value such as "narrow,upper".
func parseNorm(tag string) (normOpts, error) {
	var o normOpts
	for opt := range strings.SplitSeq(tag, ",") {
		switch strings.TrimSpace(opt) {
		case "trim":
		case "narrow":
			o.narrow = true
		case "upper":
			o.upper = true
		case "name":
			o.name = true
		case "mobile":
			o.narrow, o.mobile = true, true
		default:
			return o, fmt.Errorf("%w：未知的规范化选项 %q", ErrBadTag, opt)
		}
	}
	return o, nil
}

// NormalizeString applies the options of a `norm` tag value to s, exactly
// as [Normalize] does to a field; an unknown option is an error wrapping
// [ErrBadTag].
func NormalizeString(s, tag string) (string, error) {
	o, err := parseNorm(tag)
	if err != nil {
		return s, err
	}
	return o.apply(s), nil
}

// isTrimmed reports the characters trimmed from both ends: Unicode white
// space (which includes the ideographic space U+3000 and no-break spaces),
// the zero-width space and the byte-order mark.
func isTrimmed(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF'
}

func (o normOpts) apply(s string) string {
	s = strings.TrimFunc(s, isTrimmed)
	if o.narrow {
		s = strings.Map(narrowAlnum, s)
	}
	if o.upper {
		s = strings.ToUpper(s)
	}
	if o.name {
		s = strings.Map(func(r rune) rune {
			switch {
			case isTrimmed(r):
				return -1
			case isLookAlikeDot(r):
				return MiddleDot
			}
			return r
		}, s)
	}
	if o.mobile {
		s = normMobile(s)
	}
	return s
}

// narrowAlnum folds a full-width ASCII letter or digit to its half-width
// form with the Unicode width mapping; other characters, full-width
// punctuation included, are kept.
func narrowAlnum(r rune) rune {
	if r < '\uFF10' || r > '\uFF5A' {
		return r
	}
	n := []rune(width.Narrow.String(string(r)))
	if len(n) == 1 && n[0] < 0x80 && (unicode.IsLetter(n[0]) || unicode.IsDigit(n[0])) {
		return n[0]
	}
	return r
}

// normMobile removes spaces, hyphens and parentheses from a phone number
// and drops a leading country code +86, 0086 or 86 when 11 digits remain.
func normMobile(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case isTrimmed(r), r == '-', r == '(', r == ')', r == '（', r == '）', r == '－':
			return -1
		case r == '＋':
			return '+'
		}
		return r
	}, s)
	for _, cc := range []string{"+86", "0086", "86"} {
		if rest, ok := strings.CutPrefix(s, cc); ok && len(rest) == 11 {
			return rest
		}
	}
	return s
}

// Normalize rewrites, in place, every string field of the struct that v
// points to whose `norm` tag asks for it, recursing into nested structs,
// pointers to structs and slices or arrays of them. A value that is not a
// pointer cannot be changed and is left alone. See the package
// documentation for the options. An unknown option is an error wrapping
// [ErrBadTag], reported before anything is changed in the struct holding
// that field.
func Normalize(v any) error {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil
	}
	return normValue(rv.Elem(), map[uintptr]bool{})
}

// fieldPlan says what Normalize does with one struct field.
type fieldPlan struct {
	index int
	opts  *normOpts // for string, *string, []string and [N]string fields
}

type structPlan struct {
	fields []fieldPlan
	err    error
}

// plans caches the plan of each struct type; it only grows with the
// number of distinct types normalised.
var plans sync.Map // reflect.Type → *structPlan

func planFor(t reflect.Type) *structPlan {
	if p, ok := plans.Load(t); ok {
		return p.(*structPlan)
	}
	p := &structPlan{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag, hasTag := f.Tag.Lookup("norm")
		if hasTag && stringLike(f.Type) {
			o, err := parseNorm(tag)
			if err != nil {
				p.err = fmt.Errorf("字段 %s.%s：%w", t.Name(), f.Name, err)
				break
			}
			p.fields = append(p.fields, fieldPlan{index: i, opts: &o})
			continue
		}
		if hasTag {
			p.err = fmt.Errorf("%w：字段 %s.%s 不是字符串，不能规范化", ErrBadTag, t.Name(), f.Name)
			break
		}
		if mayHoldStructs(f.Type) {
			p.fields = append(p.fields, fieldPlan{index: i})
		}
	}
	actual, _ := plans.LoadOrStore(t, p)
	return actual.(*structPlan)
}

// stringLike reports whether t is a string, *string, []string or [N]string
// (named string types included).
func stringLike(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return t.Elem().Kind() == reflect.String
	}
	return false
}

// mayHoldStructs reports whether a field of type t may lead to structs.
func mayHoldStructs(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}

func normValue(v reflect.Value, seen map[uintptr]bool) error {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return nil
		}
		seen[v.Pointer()] = true
		return normValue(v.Elem(), seen)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := normValue(v.Index(i), seen); err != nil {
				return err
			}
		}
		return nil
	case reflect.Struct:
	default:
		return nil
	}
	p := planFor(v.Type())
	if p.err != nil {
		return p.err
	}
	for _, fp := range p.fields {
		f := v.Field(fp.index)
		if fp.opts == nil {
			if err := normValue(f, seen); err != nil {
				return err
			}
			continue
		}
		normStrings(f, *fp.opts)
	}
	return nil
}

// normStrings applies o to a string-like field.
func normStrings(f reflect.Value, o normOpts) {
	switch f.Kind() {
	case reflect.String:
		if f.CanSet() {
			if s := o.apply(f.String()); s != f.String() {
				f.SetString(s)
			}
		}
	case reflect.Pointer:
		if !f.IsNil() {
			normStrings(f.Elem(), o)
		}
	case reflect.Slice, reflect.Array:
		for i := range f.Len() {
			normStrings(f.Index(i), o)
		}
	}
}
