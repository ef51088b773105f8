// Package jsonstrict decodes JSON strictly and says where it failed.
//
// [Unmarshal] rejects unknown object keys, trailing data and type
// mismatches like encoding/json with DisallowUnknownFields, and on failure
// returns an [*Error] whose Path names the offending value in JSONPath
// form ("$.proposals[3].history[2].date") with a Chinese message. It
// finds the path by walking the document against the Go type only after
// the fast decode has failed, so valid input costs one ordinary decode
// and one scan for text encoding/json would silently replace with U+FFFD
// (invalid UTF-8, lone surrogate escapes such as "\ud800"): such text is an
// error naming its path rather than a silent loss of data. A value with
// its own UnmarshalJSON is located as a whole; if its error has a method
// JSONPath() string, the relative path it returns (".history[2]") is
// appended.
package jsonstrict
