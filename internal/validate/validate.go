package validate

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/locales/zh"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	zhtrans "github.com/go-playground/validator/v10/translations/zh"

	"github.com/lvzhi-go/lvzhi"
)

// Errors for input that cannot be validated at all. They describe mistakes
// in the calling code, not in user data, and are returned wrapped with
// detail; test for them with [errors.Is].
var (
	// ErrInvalidInput reports a nil value or a value that is not a struct
	// (or pointer to one) passed to [Struct], or a nil value passed to [Var].
	ErrInvalidInput = errors.New("validate: 只能校验结构体或结构体指针")
	// ErrBadTag reports a `validate` or `norm` struct tag that names an
	// unknown rule or is malformed.
	ErrBadTag = errors.New("validate: 校验标签有误")
)

// engine is the one validator instance with its Chinese translator.
type engine struct {
	v     *validator.Validate
	trans ut.Translator
}

// get builds the engine once, on first use. Every registration below uses
// constant tags, so an error here is a programming mistake caught by the
// package's own tests; it is kept and returned by every call all the same.
var get = sync.OnceValues(func() (*engine, error) {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		label := f.Tag.Get("label")
		if label == "-" {
			return ""
		}
		return label
	})
	loc := zh.New()
	trans, _ := ut.New(loc, loc).GetTranslator("zh")
	if err := zhtrans.RegisterDefaultTranslations(v, trans); err != nil {
		return nil, fmt.Errorf("validate: 注册中文翻译：%w", err)
	}
	if err := registerCustom(v); err != nil {
		return nil, err
	}
	if err := registerMessages(v, trans); err != nil {
		return nil, err
	}
	return &engine{v: v, trans: trans}, nil
})

// Struct validates the struct v (a struct or a pointer to one) against its
// `validate` tags and returns the problems as [lvzhi.ValidationErrors], or
// nil when there are none. When v is a pointer, string fields carrying a
// `norm` tag are first normalised in place (see [Normalize]).
//
// A nil v, a nil pointer or a non-struct gives an error wrapping
// [ErrInvalidInput]; a malformed tag gives one wrapping [ErrBadTag]. Struct
// never panics.
func Struct(v any) (err error) {
	e, err := get()
	if err != nil {
		return err
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return fmt.Errorf("%w：值为 nil", ErrInvalidInput)
	}
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return fmt.Errorf("%w：指针为 nil", ErrInvalidInput)
		}
		if err := Normalize(v); err != nil {
			return err
		}
	}
	if reflect.Indirect(rv).Kind() != reflect.Struct {
		return fmt.Errorf("%w：类型为 %s", ErrInvalidInput, rv.Type())
	}
	if quick(reflect.Indirect(rv)) {
		return nil
	}
	return e.full(v, rv.Type())
}

// full validates v with the validator, which names every problem.
func (e *engine) full(v any, t reflect.Type) (err error) {
	defer recoverBadTag(&err)
	return e.convert(e.v.Struct(v), t, false)
}

// Var validates a single value against tag (written as in a `validate`
// struct tag, e.g. "required,zhname"), using label as the field's name in
// messages ("姓名为必填字段"). The errors carry an empty Field and Label
// equal to label; an empty label becomes "值". Var does not normalise value.
//
// A nil value gives an error wrapping [ErrInvalidInput], a malformed tag
// one wrapping [ErrBadTag].
func Var(value any, tag, label string) (err error) {
	e, err := get()
	if err != nil {
		return err
	}
	if value == nil {
		return fmt.Errorf("%w：值为 nil", ErrInvalidInput)
	}
	if label == "" {
		label = "值"
	}
	defer recoverBadTag(&err)
	// A one-field struct type carries the tag and the label, so that the
	// translations name the field exactly as they do in Struct. reflect
	// caches the type, and the validator caches it once per type.
	typ := reflect.StructOf([]reflect.StructField{{
		Name: "V",
		Type: reflect.TypeOf(value),
		Tag:  reflect.StructTag(fmt.Sprintf("validate:%q label:%q", tag, label)),
	}})
	holder := reflect.New(typ).Elem()
	holder.Field(0).Set(reflect.ValueOf(value))
	return e.convert(e.v.Struct(holder.Interface()), nil, true)
}

// recoverBadTag turns the validator's panics on malformed tags (unknown rule,
// dive on a non-slice, …) into an error.
func recoverBadTag(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w：%v", ErrBadTag, r)
	}
}

// topPrefix is the namespace prefix the validator puts before every path:
// the name of the top-level struct type and a dot ("" for anonymous types).
func topPrefix(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Name() == "" {
		return ""
	}
	return t.Name() + "."
}

// convert turns the validator's result into lvzhi.ValidationErrors.
func (e *engine) convert(err error, top reflect.Type, single bool) error {
	if err == nil {
		return nil
	}
	prefix := ""
	if top != nil {
		prefix = topPrefix(top)
	}
	var inv *validator.InvalidValidationError
	if errors.As(err, &inv) {
		return fmt.Errorf("%w：%w", ErrInvalidInput, err)
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return fmt.Errorf("validate: %w", err)
	}
	out := make(lvzhi.ValidationErrors, 0, len(ves))
	for _, fe := range ves {
		f := lvzhi.FieldError{
			Field:   strings.TrimPrefix(fe.StructNamespace(), prefix),
			Label:   strings.TrimPrefix(fe.Namespace(), prefix),
			Rule:    fe.Tag(),
			Param:   fe.Param(),
			Message: e.message(fe),
		}
		if single {
			f.Field = ""
			f.Label = fe.Field()
		}
		out = append(out, f)
	}
	return out
}

// message translates fe, falling back to a generic Chinese sentence should
// a rule have no translation, so that no English text reaches end users.
func (e *engine) message(fe validator.FieldError) string {
	if fe.Tag() == TagIDCard {
		if msg, ok := idCardMessage(fe.Field(), fe.Value()); ok {
			return msg
		}
	}
	msg := fe.Translate(e.trans)
	if msg == "" || !containsHan(msg) || strings.HasPrefix(msg, "Key: '") {
		return fallbackMessage(fe.Field(), fe.Tag(), fe.Param())
	}
	return msg
}

// fallbackMessage is the message for a rule without a translation.
func fallbackMessage(label, tag, param string) string {
	if param != "" {
		return fmt.Sprintf("%s不符合校验规则“%s=%s”", label, tag, param)
	}
	return fmt.Sprintf("%s不符合校验规则“%s”", label, tag)
}
