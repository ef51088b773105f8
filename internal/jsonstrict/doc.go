// Package jsonstrict decodes JSON strictly and says where it failed.
//
// [Unmarshal] rejects unknown object keys, trailing data and type
// mismatches like encoding/json with DisallowUnknownFields, and on failure
// returns an [*Error] whose Path names the offending value in JSONPath
// form ("$.proposals[3].history[2].date") with a Chinese message. It
// finds the path by walking the document against the Go type only after
// the fast decode has failed, so valid input costs one ordinary decode.
package jsonstrict
