package validate

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
)

// The quick check is a compiled form of the `validate` tags that answers
// one question fast: does a value certainly pass? [Struct] asks it first
// and runs the validator (which names every problem) only when the answer
// is no or unknown. It must never say yes where the validator would
// report a problem; it may say no where the validator would not (the
// validator then has the last word). So every rule is read at least as
// strictly as the validator reads it, and a type using anything else — a
// rule not listed in quickRules, a pointer or interface field, a
// malformed parameter — has no quick check at all.

// ruleKind is one tag rule the quick check understands.
type ruleKind uint8

const (
	ruleRequired ruleKind = iota + 1
	ruleOmitEmpty
	ruleMax // also lte
	ruleMin // also gte
	ruleDive
	ruleIsValid // and its aliases
	ruleDate
	ruleDateRange
	ruleString // zhname, idcard, mobile: a predicate on non-empty strings
)

type rule struct {
	kind ruleKind
	n    int64             // the parameter of max and min
	pred func(string) bool // for ruleString
}

// quickRules maps the tags the quick check reads to their rules, and
// stringPreds the string rules to their predicates; the custom rules come
// from the lists the validator registers (tags.go).
var quickRules, stringPreds = func() (map[string]ruleKind, map[string]func(string) bool) {
	kinds := map[string]ruleKind{
		"required": ruleRequired, "omitempty": ruleOmitEmpty,
		"max": ruleMax, "lte": ruleMax, "min": ruleMin, "gte": ruleMin,
		"dive": ruleDive, TagIsValid: ruleIsValid, TagDate: ruleDate, TagDateRange: ruleDateRange,
	}
	for _, alias := range isValidAliases {
		kinds[alias] = ruleIsValid
	}
	preds := map[string]func(string) bool{}
	for _, r := range stringRules {
		kinds[r.tag] = ruleString
		preds[r.tag] = r.ok
	}
	return kinds, preds
}()

// fieldCheck is the quick check of one struct field.
type fieldCheck struct {
	index int
	rules []rule
}

// quickPlan is the quick check of a struct type; ok is false when the
// type has none.
type quickPlan struct {
	fields []fieldCheck
	ok     bool
}

var quickPlans sync.Map // reflect.Type → *quickPlan

// quickPlanFor returns the plan of struct type t, made on first use.
func quickPlanFor(t reflect.Type) *quickPlan {
	if p, ok := quickPlans.Load(t); ok {
		return p.(*quickPlan)
	}
	p := makeQuickPlan(t, map[reflect.Type]bool{})
	quickPlans.Store(t, p)
	return p
}

// makeQuickPlan compiles t's tags, and checks that every struct type below
// t can be compiled too (a recursive type cannot: the validator's own
// walk of it is left to the validator).
func makeQuickPlan(t reflect.Type, building map[reflect.Type]bool) *quickPlan {
	if building[t] {
		return &quickPlan{}
	}
	building[t] = true
	defer delete(building, t)
	p := &quickPlan{ok: true}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("validate")
		if tag == "-" {
			continue
		}
		rules, ok := parseRules(tag)
		if !ok || !quickType(f.Type, building) {
			return &quickPlan{}
		}
		p.fields = append(p.fields, fieldCheck{index: i, rules: rules})
	}
	return p
}

// quickType reports whether values of t can be walked: no pointers, no
// interfaces, no maps, and every struct below it compiles.
func quickType(t reflect.Type, building map[reflect.Type]bool) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return false
	case reflect.Slice, reflect.Array:
		return quickType(t.Elem(), building)
	case reflect.Struct:
		return makeQuickPlan(t, building).ok
	}
	return true
}

// parseRules reads a `validate` tag; ok is false for anything the quick
// check does not read exactly.
func parseRules(tag string) ([]rule, bool) {
	if tag == "" {
		return nil, true
	}
	var rules []rule
	for part := range strings.SplitSeq(tag, ",") {
		name, param, hasParam := strings.Cut(part, "=")
		kind, ok := quickRules[name]
		if !ok || strings.ContainsAny(part, "|") {
			return nil, false
		}
		r := rule{kind: kind}
		switch kind {
		case ruleMax, ruleMin:
			n, err := strconv.ParseInt(param, 10, 64)
			if !hasParam || err != nil {
				return nil, false
			}
			r.n = n
		case ruleString:
			r.pred = stringPreds[name]
		}
		if hasParam && kind != ruleMax && kind != ruleMin {
			return nil, false
		}
		rules = append(rules, r)
	}
	return rules, true
}

// quick reports whether v, a struct, certainly passes validation.
func quick(v reflect.Value) bool {
	if v.Kind() != reflect.Struct {
		return false
	}
	p := quickPlanFor(v.Type())
	if !p.ok {
		return false
	}
	return p.check(v)
}

func (p *quickPlan) check(v reflect.Value) bool {
	for _, f := range p.fields {
		if !checkValue(v.Field(f.index), f.rules) {
			return false
		}
	}
	return true
}

// checkValue applies rules to v and then, as the validator does, checks
// the fields of a struct value.
func checkValue(v reflect.Value, rules []rule) bool {
	for i, r := range rules {
		switch r.kind {
		case ruleOmitEmpty:
			if empty(v) {
				return true
			}
		case ruleRequired:
			if empty(v) || (v.Kind() == reflect.Slice || v.Kind() == reflect.Array) && v.Len() == 0 {
				return false
			}
		case ruleMax, ruleMin:
			n, ok := size(v)
			if !ok || (r.kind == ruleMax && n > r.n) || (r.kind == ruleMin && n < r.n) {
				return false
			}
		case ruleDive:
			if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
				return false
			}
			for j := range v.Len() {
				if !checkValue(v.Index(j), rules[i+1:]) {
					return false
				}
			}
			return true
		case ruleIsValid:
			if !v.IsZero() && !isValid(v) {
				return false
			}
		case ruleDate:
			d, ok := asValue[lvzhi.Date](v)
			if !ok || !d.IsZero() && !d.IsValid() {
				return false
			}
		case ruleDateRange:
			d, ok := asValue[lvzhi.DateRange](v)
			if !ok || !d.IsZero() && !d.IsValid() {
				return false
			}
		case ruleString:
			if v.Kind() != reflect.String {
				return false
			}
			if s := v.String(); s != "" && !r.pred(s) {
				return false
			}
		}
	}
	if v.Kind() == reflect.Struct {
		return quickPlanFor(v.Type()).check(v)
	}
	return true
}

// empty reports whether the validator sees no value in v: nil for slices,
// the zero value for everything else.
func empty(v reflect.Value) bool {
	if v.Kind() == reflect.Slice {
		return v.IsNil()
	}
	return v.IsZero()
}

// size is what max and min compare: characters of a string, elements of
// a list, the value of a signed integer. Other kinds are left to the
// validator.
func size(v reflect.Value) (int64, bool) {
	switch v.Kind() {
	case reflect.String:
		return int64(utf8.RuneCountInString(v.String())), true
	case reflect.Slice, reflect.Array:
		return int64(v.Len()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int(), true
	}
	return 0, false
}

// iface returns v as an interface without copying it: a pointer to v when
// v can be addressed (Interface would copy an addressable value), else v
// itself (held by the interface it came from).
func iface(v reflect.Value) any {
	if v.CanAddr() {
		return v.Addr().Interface()
	}
	return v.Interface()
}

// asValue returns v as a T, if it is one.
func asValue[T any](v reflect.Value) (T, bool) {
	switch x := iface(v).(type) {
	case *T:
		return *x, true
	case T:
		return x, true
	}
	var zero T
	return zero, false
}

// isValid calls v's IsValid method. A method on the pointer of a value
// that cannot be addressed is out of reach: the answer is then no, and
// the validator decides.
func isValid(v reflect.Value) bool {
	if iv, ok := iface(v).(validity); ok {
		return iv.IsValid()
	}
	return false
}
