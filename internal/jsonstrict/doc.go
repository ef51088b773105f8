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
// error naming its path rather than a silent loss of data. So is a key
// written twice in one object (or twice up to letter case, which
// encoding/json matches to one field): encoding/json would keep the last
// value. A leading UTF-8 byte-order mark is skipped. A value with its own
// UnmarshalJSON is located as a whole; if its error is an *Error or has a
// method JSONPath() string, the relative path it names (".history[2]") is
// appended, and [At] does the same for decoders that split a document
// themselves. Messages are Chinese, without Go type names or package
// prefixes; syntax errors give the line and column, and an unknown key
// close to a field's name names the field meant (未知字段 "siting"，应为“sitting”).
//
// # Fast path
//
// [Fast] and [FastTo] decode with encoding/json/v2 (the module
// github.com/go-json-experiment/json, which Go 1.27 makes the standard
// library's encoding/json/v2), about twice as fast, and accept only a
// subset of what Unmarshal accepts: keys written exactly as the tags, no
// key twice, UTF-8 text only. For that subset they give the same value;
// for anything else they report false and the caller takes the general
// path. Unmarshal itself tries Fast first.
//
// # Splitting
//
// [Array], [Object], [ObjectStream], [ArrayPrefix] and [ValueLen] split
// the plain form encoding/json writes into pieces without decoding it, so
// that the pieces can be decoded in parallel; see plain.go.
package jsonstrict
