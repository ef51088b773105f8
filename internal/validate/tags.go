package validate

import (
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/go-playground/validator/v10"

	"github.com/lvzhi-go/lvzhi"
)

// The custom rules, usable in `validate` struct tags next to the
// validator's standard ones (required, omitempty, min, max, len, oneof,
// dive, gte, lte, email …). Every rule except required lets the zero value
// pass, so "required,zhname" is how a mandatory name is written.
const (
	// TagZhName: a Chinese personal name (see [IsZhName]).
	TagZhName = "zhname"
	// TagIDCard: an 18-character resident identity number (see [IsIDCard]).
	TagIDCard = "idcard"
	// TagMobile: a mainland mobile number of 11 digits (see [IsMobile]).
	TagMobile = "mobile"
	// TagIsValid: the field's type has a method IsValid() bool (on the value
	// or the pointer), which must report true; enums, lvzhi.Date,
	// lvzhi.Level, lvzhi.DateRange and lvzhi.Period qualify.
	TagIsValid = "isvalid"
	// TagDateRange: a lvzhi.DateRange whose dates are valid and ordered.
	TagDateRange = "daterange"
	// TagDate: a lvzhi.Date that names a real day.
	TagDate = "date"
	// TagSector: an alias of isvalid whose message speaks of a 界别.
	TagSector = "sector"
	// TagParty: an alias of isvalid whose message speaks of a 党派.
	TagParty = "party"
	// TagGender: an alias of isvalid whose message speaks of 性别.
	TagGender = "gender"
	// TagEthnicity: an alias of isvalid whose message speaks of a 民族.
	TagEthnicity = "ethnicity"
	// TagEnum: an alias of isvalid whose message speaks of an option.
	TagEnum = "enum"
)

// registerCustom registers the custom rules. Each is called for nil
// pointers too, and lets them pass like any zero value.
func registerCustom(v *validator.Validate) error {
	register := func(tag string, fn validator.Func) error {
		if err := v.RegisterValidation(tag, fn, true); err != nil {
			return fmt.Errorf("validate: 注册规则“%s”：%w", tag, err)
		}
		return nil
	}
	for _, r := range stringRules {
		if err := register(r.tag, stringRule(r.ok)); err != nil {
			return err
		}
	}
	if err := errors.Join(register(TagIsValid, isValidRule), register(TagDateRange, dateRangeRule), register(TagDate, dateRule)); err != nil {
		return err
	}
	for _, alias := range isValidAliases {
		v.RegisterAlias(alias, TagIsValid)
	}
	return nil
}

// stringRules are the custom rules that hold a predicate on non-empty
// strings; the validator and the quick check both read them from here.
var stringRules = []struct {
	tag string
	ok  func(string) bool
}{{TagZhName, IsZhName}, {TagIDCard, IsIDCard}, {TagMobile, IsMobile}}

// isValidAliases are the tags that stand for TagIsValid with a message of
// their own.
var isValidAliases = []string{TagSector, TagParty, TagGender, TagEthnicity, TagEnum}

// deref follows pointers; ok is false for a nil pointer or nil interface.
func deref(f reflect.Value) (reflect.Value, bool) {
	for f.Kind() == reflect.Pointer || f.Kind() == reflect.Interface {
		if f.IsNil() {
			return f, false
		}
		f = f.Elem()
	}
	return f, f.IsValid()
}

// stringRule adapts a string predicate: the empty string passes, a
// non-string field fails.
func stringRule(ok func(string) bool) validator.Func {
	return func(fl validator.FieldLevel) bool {
		f, set := deref(fl.Field())
		if !set {
			return true
		}
		if f.Kind() != reflect.String {
			return false
		}
		s := f.String()
		return s == "" || ok(s)
	}
}

// validity is the method the isvalid rule calls.
type validity interface{ IsValid() bool }

// isValidRule implements TagIsValid.
func isValidRule(fl validator.FieldLevel) bool {
	f, set := deref(fl.Field())
	if !set || f.IsZero() {
		return true
	}
	if f.CanInterface() {
		if iv, ok := f.Interface().(validity); ok {
			return iv.IsValid()
		}
	}
	if !f.CanInterface() {
		return false
	}
	// The method may have a pointer receiver: call it on a copy.
	p := reflect.New(f.Type())
	p.Elem().Set(f)
	if iv, ok := p.Interface().(validity); ok {
		return iv.IsValid()
	}
	return false
}

var dateType = reflect.TypeFor[lvzhi.Date]()

// dateRule implements TagDate. It reads the fields through reflection
// rather than Interface, which would allocate for every date validated.
func dateRule(fl validator.FieldLevel) bool {
	f, set := deref(fl.Field())
	if !set {
		return true
	}
	if f.Type() != dateType {
		return false
	}
	d := lvzhi.Date{Year: int(f.Field(0).Int()), Month: time.Month(f.Field(1).Int()), Day: int(f.Field(2).Int())}
	return d.IsZero() || d.IsValid()
}

// dateRangeRule implements TagDateRange.
func dateRangeRule(fl validator.FieldLevel) bool {
	f, set := deref(fl.Field())
	if !set || !f.CanInterface() {
		return !set
	}
	r, ok := f.Interface().(lvzhi.DateRange)
	return ok && (r.IsZero() || r.IsValid())
}

// IsEmail reports whether s is an e-mail address as the validator's own
// `email` rule judges it, so that code checking an address by hand accepts
// exactly what the tag accepts. The empty string is not an address.
func IsEmail(s string) bool {
	e, err := get()
	if err != nil {
		return false
	}
	return e.v.Var(s, "email") == nil
}
