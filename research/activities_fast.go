package research

import (
	"bytes"
	"errors"
	"io"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// decodeActivitiesFast decodes the tagged array of [Activities] in one
// pass of encoding/json/v2, reading each element's "kind" ahead of the
// decoder when it comes first (as [Activities.MarshalJSON] writes it) and
// otherwise from the element's bytes. It returns ok=false for anything
// encoding/json/v2 refuses — invalid JSON or UTF-8, a lone surrogate, a key
// that repeats or is not written exactly as the tag, an unknown field —
// and for a null element or a missing, unknown or escaped kind; the caller
// then decodes with the general path, which gives the same records for
// valid input and the exact error for invalid input.
func decodeActivitiesFast(data []byte) (Activities, bool) {
	if jsonstrict.CheckControl(data) != nil {
		return nil, false // the general path names the place
	}
	dec := jsontext.NewDecoder(bytes.NewBuffer(data))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '[' {
		return nil, false
	}
	out := Activities{}
	for {
		switch dec.PeekKind() {
		case ']':
			if _, err := dec.ReadToken(); err != nil {
				return nil, false
			}
			if _, err := dec.ReadToken(); !errors.Is(err, io.EOF) {
				return nil, false
			}
			return out, true
		case '{':
		default:
			return nil, false
		}
		var a Activity
		var ok bool
		if k, lead := leadingKind(dec.UnreadBuffer()); lead {
			a, ok = decodeKind(k, func(v any) bool { return jsonstrict.FastDecode(dec, v) == nil })
		} else {
			raw, rerr := dec.ReadValue()
			if rerr != nil {
				return nil, false
			}
			k, found := findKind(raw)
			if !found {
				return nil, false
			}
			a, ok = decodeKind(k, func(v any) bool { return jsonstrict.Fast(raw, v) })
		}
		if !ok {
			return nil, false
		}
		out = append(out, a)
	}
}

// leadingKind reads the kind of the object at the start of buf (after
// white space and a comma) when "kind" is its first key and the value a
// plain string naming a kind.
func leadingKind(buf []byte) (Kind, bool) {
	buf = bytes.TrimLeft(buf, " \t\r\n,")
	buf, ok := bytes.CutPrefix(buf, []byte("{"))
	if !ok {
		return 0, false
	}
	buf, ok = bytes.CutPrefix(bytes.TrimLeft(buf, " \t\r\n"), []byte(`"kind"`))
	if !ok {
		return 0, false
	}
	buf, ok = bytes.CutPrefix(bytes.TrimLeft(buf, " \t\r\n"), []byte(":"))
	if !ok {
		return 0, false
	}
	return kindValue(bytes.TrimLeft(buf, " \t\r\n"))
}

// kindValue reads the plain JSON string at the start of buf as a kind.
func kindValue(buf []byte) (Kind, bool) {
	if len(buf) < 2 || buf[0] != '"' {
		return 0, false
	}
	end := bytes.IndexByte(buf[1:], '"')
	if end < 0 {
		return 0, false
	}
	name := buf[1 : 1+end]
	var k Kind
	if bytes.IndexByte(name, '\\') >= 0 || k.UnmarshalText(name) != nil || k == 0 {
		return 0, false
	}
	return k, true
}

// findKind reads the "kind" member of the JSON object raw, wherever it
// stands.
func findKind(raw []byte) (Kind, bool) {
	var k Kind
	found := false
	ok := jsonstrict.Object(raw, func(key, value []byte) bool {
		if string(key) == "kind" {
			k, found = kindValue(value)
			return found
		}
		return true
	})
	return k, ok && found
}

// kindTag stands for the "kind" member beside an activity's fields; the
// fast path has already read it.
type kindTag struct{}

func (*kindTag) UnmarshalJSON([]byte) error { return nil }

// decodeKind decodes an activity of kind k with decode, which reports
// success. Each wrapper promotes the activity's fields beside "kind", so a
// strict decoder accepts exactly the kind's fields and the tag.
func decodeKind(k Kind, decode func(any) bool) (Activity, bool) {
	switch k {
	case KindInspection:
		return decodeTagged[Inspection](decode)
	case KindTraining:
		return decodeTagged[Training](decode)
	case KindExchange:
		return decodeTagged[Exchange](decode)
	case KindPublication:
		return decodeTagged[Publication](decode)
	case KindGroup:
		return decodeTagged[GroupActivity](decode)
	case KindOpinion:
		return decodeTagged[OpinionWork](decode)
	case KindForum:
		return decodeTagged[Forum](decode)
	}
	return decodeTagged[Other](decode)
}

// decodeTagged decodes an activity of type T beside its "kind" member.
func decodeTagged[T Activity](decode func(any) bool) (Activity, bool) {
	var w struct {
		Kind kindTag `json:"kind"`
		A    T       `json:",embed"`
	}
	ok := decode(&w)
	return w.A, ok
}
