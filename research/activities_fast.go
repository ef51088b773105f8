package research

import (
	"bytes"
	"encoding/json"
	"io"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// decodeActivitiesFast decodes the tagged array of [Activities] in two
// passes: a light scan reads each element's "kind", then one strict
// json.Decoder decodes every element straight into its type. It returns
// ok=false whenever the input is anything but the plain form
// [Activities.MarshalJSON] writes — invalid JSON or UTF-8, an escape in a
// key, a \u escape anywhere, a key that is not ASCII or that repeats
// (case-insensitively, as encoding/json matches keys), a missing or unknown
// kind, a field the kind does not have — and the caller then decodes with
// the general path, which gives the same records for valid input and the
// exact error for invalid input.
func decodeActivitiesFast(data []byte) (Activities, bool) {
	if !utf8.Valid(data) {
		return nil, false
	}
	kinds, ok := scanKinds(data)
	if !ok {
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, false
	}
	out := make(Activities, 0, len(kinds))
	for _, k := range kinds {
		if !dec.More() {
			return nil, false
		}
		a, err := decodeKind(dec, k)
		if err != nil {
			return nil, false
		}
		out = append(out, a)
	}
	if dec.More() {
		return nil, false
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim(']') {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false
	}
	return out, true
}

// kindTag stands for the "kind" member beside an activity's fields; the
// scan has already read it.
type kindTag struct{}

func (*kindTag) UnmarshalJSON([]byte) error { return nil }

// decodeKind decodes the next element of dec as an activity of kind k.
// Each wrapper promotes the activity's fields beside "kind", so a strict
// decoder accepts exactly the kind's fields and the tag.
func decodeKind(dec *json.Decoder, k Kind) (Activity, error) {
	switch k {
	case KindInspection:
		var w struct {
			Kind kindTag `json:"kind"`
			Inspection
		}
		err := dec.Decode(&w)
		return w.Inspection, err
	case KindTraining:
		var w struct {
			Kind kindTag `json:"kind"`
			Training
		}
		err := dec.Decode(&w)
		return w.Training, err
	case KindExchange:
		var w struct {
			Kind kindTag `json:"kind"`
			Exchange
		}
		err := dec.Decode(&w)
		return w.Exchange, err
	case KindPublication:
		var w struct {
			Kind kindTag `json:"kind"`
			Publication
		}
		err := dec.Decode(&w)
		return w.Publication, err
	case KindGroup:
		var w struct {
			Kind kindTag `json:"kind"`
			GroupActivity
		}
		err := dec.Decode(&w)
		return w.GroupActivity, err
	case KindOpinion:
		var w struct {
			Kind kindTag `json:"kind"`
			OpinionWork
		}
		err := dec.Decode(&w)
		return w.OpinionWork, err
	case KindForum:
		var w struct {
			Kind kindTag `json:"kind"`
			Forum
		}
		err := dec.Decode(&w)
		return w.Forum, err
	}
	var w struct {
		Kind kindTag `json:"kind"`
		Other
	}
	err := dec.Decode(&w)
	return w.Other, err
}

// scanKinds reads the kind of every element of the JSON array data. It
// does not validate the JSON (the decoder does) but reports ok=false for
// anything outside the plain form described at [decodeActivitiesFast].
func scanKinds(data []byte) ([]Kind, bool) {
	kinds := []Kind{}
	var keys [][]byte
	ok := jsonstrict.Array(data, func(elem []byte) bool {
		var k Kind
		keys = keys[:0]
		ok := jsonstrict.Object(elem, func(key, value []byte) bool {
			for _, seen := range keys {
				if bytes.EqualFold(seen, key) { // encoding/json matches keys so
					return false
				}
			}
			keys = append(keys, key)
			if !bytes.EqualFold(key, []byte("kind")) {
				return true
			}
			// Only the exact key names the kind, as a plain string.
			if string(key) != "kind" || len(value) < 2 || value[0] != '"' || bytes.IndexByte(value, '\\') >= 0 {
				return false
			}
			return k.UnmarshalText(value[1:len(value)-1]) == nil
		})
		kinds = append(kinds, k)
		return ok && k != 0
	})
	return kinds, ok
}
