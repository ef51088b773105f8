package validate

import (
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
)

// Normalize rewrites, in place, every string field of the struct that v
// points to whose `norm` tag asks for it, recursing into nested structs,
// pointers to structs and slices or arrays of them. A value that is not a
// pointer cannot be changed and is left alone. See the package
// documentation for the options. An unknown option is an error wrapping
// [ErrBadTag], reported before anything is changed in the struct holding
// that field.
//
// The tags of each struct type are read once and kept as a plan, so that
// normalising a value costs no reflection over tags and, when nothing
// needs changing, no allocation.
func Normalize(v any) error {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil
	}
	t := structBelow(rv.Type().Elem())
	if t == nil {
		return nil
	}
	return normNested(rv.Elem(), planFor(t).self, &visited{})
}

// fieldPlan says what Normalize does with one struct field: apply opts to
// a string-like field, or walk nested down to the structs it holds.
type fieldPlan struct {
	index  int
	opts   *normOpts   // for string, *string, []string and [N]string fields
	nested *nestedPlan // for fields that may lead to structs
}

// nestedPlan is the plan of the struct type reached from a field through
// pointers, slices and arrays, looked up on first use; looking it up when
// the field's own plan is made would never end for a recursive type.
type nestedPlan struct {
	typ  reflect.Type
	plan atomic.Pointer[structPlan]
}

func (n *nestedPlan) get() *structPlan {
	if p := n.plan.Load(); p != nil {
		return p
	}
	p := planFor(n.typ)
	n.plan.Store(p)
	return p
}

type structPlan struct {
	fields []fieldPlan
	err    error
	self   *nestedPlan // leads to this plan, for the top of a walk
}

// plans caches the plan of each struct type; it only grows with the
// number of distinct types normalised.
var plans sync.Map // reflect.Type → *structPlan

// planFor returns the plan of the struct type t, making it on first use.
func planFor(t reflect.Type) *structPlan {
	if p, ok := plans.Load(t); ok {
		return p.(*structPlan)
	}
	return makePlan(t, map[reflect.Type]bool{})
}

// makePlan makes the plans of t and of the struct types below it. A field
// is left out of the plan when nothing below it carries a `norm` tag (a
// [lvzhi.Date], say), so that walks skip it. building holds the types whose
// plans are being made: a field leading back to one of them is kept, as it
// may have work to do.
func makePlan(t reflect.Type, building map[reflect.Type]bool) *structPlan {
	if p, ok := plans.Load(t); ok {
		return p.(*structPlan)
	}
	building[t] = true
	defer delete(building, t)
	p := &structPlan{self: &nestedPlan{typ: t}}
	p.self.plan.Store(p)
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
		st := structBelow(f.Type)
		if st == nil {
			continue
		}
		nested := &nestedPlan{typ: st}
		if !building[st] {
			sub := makePlan(st, building)
			if sub.err == nil && len(sub.fields) == 0 {
				continue
			}
			nested.plan.Store(sub)
		}
		p.fields = append(p.fields, fieldPlan{index: i, nested: nested})
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

// structBelow returns the struct type a value of type t leads to through
// pointers, slices and arrays, or nil if it leads to none.
func structBelow(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	return t
}

// visited records the pointers Normalize has followed, so that a cycle is
// entered once. The set is made on the first pointer met, which keeps a
// struct without pointers free of allocations.
type visited struct{ seen map[uintptr]bool }

// first reports whether p is met for the first time, and records it.
func (v *visited) first(p uintptr) bool {
	if v.seen[p] {
		return false
	}
	if v.seen == nil {
		v.seen = map[uintptr]bool{}
	}
	v.seen[p] = true
	return true
}

// normNested walks v, a value of a type that leads to the struct type of
// n, and normalises every struct it reaches.
func normNested(v reflect.Value, n *nestedPlan, seen *visited) error {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || !seen.first(v.Pointer()) {
			return nil
		}
		return normNested(v.Elem(), n, seen)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := normNested(v.Index(i), n, seen); err != nil {
				return err
			}
		}
		return nil
	case reflect.Struct:
		return normStruct(v, n.get(), seen)
	}
	return nil
}

// normStruct normalises the struct v following its plan p.
func normStruct(v reflect.Value, p *structPlan, seen *visited) error {
	if p.err != nil {
		return p.err
	}
	for i := range p.fields {
		fp := &p.fields[i]
		f := v.Field(fp.index)
		if fp.opts != nil {
			normStrings(f, *fp.opts)
			continue
		}
		if err := normNested(f, fp.nested, seen); err != nil {
			return err
		}
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
