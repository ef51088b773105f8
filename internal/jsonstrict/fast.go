package jsonstrict

import (
	"reflect"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// strictV2 are the options of every fast decode: unknown members are
// refused; the other defaults of encoding/json/v2 already refuse invalid
// UTF-8, lone surrogate escapes and duplicate names, and match names
// exactly.
var strictV2 = jsonv2.RejectUnknownMembers(true)

// Fast decodes data into v (a non-nil pointer to a zero value) with
// encoding/json/v2, about twice as fast as encoding/json, and reports
// whether it succeeded. It accepts a subset of what [Unmarshal] accepts —
// object keys written exactly as the field tags, no key twice, only
// UTF-8 text — and for that subset gives the same value; anything else,
// valid or not, is false and leaves *v unchanged, so that the caller can
// decode with [Unmarshal] (or its own general path) to get the value or an
// error that names its place. A v that is not a pointer to a zero value
// is false too: Unmarshal merges into existing values, a fresh decode
// would not.
//
// Types with their own UnmarshalJSON or UnmarshalText methods are decoded
// by those methods, as encoding/json would.
func Fast(data []byte, v any) bool {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || !rv.Elem().IsZero() {
		return false
	}
	fresh := reflect.New(rv.Elem().Type())
	if jsonv2.Unmarshal(data, fresh.Interface(), strictV2) != nil {
		return false
	}
	rv.Elem().Set(fresh.Elem())
	return true
}

// FastTo is [Fast] for a value the caller has just created and does not
// keep on failure: it decodes into *v directly, without a fresh copy, and
// *v is unspecified when it returns false.
func FastTo[T any](data []byte, v *T) bool {
	return v != nil && jsonv2.Unmarshal(data, v, strictV2) == nil
}

// FastDecode is [FastTo] for the next value of dec, for decoders that
// walk a stream themselves: it decodes with the same options and returns
// encoding/json/v2's error.
func FastDecode(dec *jsontext.Decoder, v any) error {
	return jsonv2.UnmarshalDecode(dec, v, strictV2)
}
