package validate

import "reflect"

// Quick is the quick check Struct asks first.
func Quick(v any) bool { return quick(reflect.Indirect(reflect.ValueOf(v))) }

// Full is Struct without the quick check and without normalising.
func Full(v any) error {
	e, err := get()
	if err != nil {
		return err
	}
	return e.full(v, reflect.TypeOf(v))
}
