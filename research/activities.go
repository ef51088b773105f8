package research

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/internal/par"
)

// Activities holds activity records of every kind. In JSON it is an array
// of objects tagged by their kind, the record's own fields beside the tag:
//
//	[{"kind":"视察","id":"a1","title":"…","dates":{"from":"2022-03-01","to":"2022-03-01"},"subject":"…"},
//	 {"kind":"文史","id":"a2","title":"…","status":"已出版",…}]
//
// Decoding is strict: an unknown kind, a missing kind, a field the kind
// does not have, or a null element is an error. Encoding refuses nil
// elements and types from outside this package.
type Activities []Activity

// MarshalJSON writes the tagged array described at [Activities].
func (as Activities) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, a := range as {
		if i > 0 {
			buf.WriteByte(',')
		}
		if !known(a) {
			return nil, &lvzhi.ValueError{What: fmt.Sprintf("活动[%d]", i), Value: fmt.Sprintf("%T", a),
				Err: fmt.Errorf("%w：不是本包定义的活动类型", lvzhi.ErrOutOfRange)}
		}
		body, err := json.Marshal(a)
		if err != nil {
			return nil, err
		}
		kind, err := json.Marshal(a.Kind())
		if err != nil {
			return nil, err
		}
		buf.WriteString(`{"kind":`)
		buf.Write(kind)
		if rest := body[1:]; len(rest) > 1 { // body is an object: {…}
			buf.WriteByte(',')
			buf.Write(rest)
		} else {
			buf.WriteByte('}')
		}
	}
	buf.WriteByte(']')
	return buf.Bytes(), nil
}

// known reports whether a is one of this package's activity types.
func known(a Activity) bool {
	switch a.(type) {
	case Inspection, Training, Exchange, Publication, GroupActivity, OpinionWork, Forum, Other:
		return true
	}
	return false
}

// UnmarshalJSON reads the tagged array described at [Activities]. It does
// not validate the records; [DecodeActivities] does. On error *as is
// unchanged; null leaves it unchanged too.
func (as *Activities) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil // like encoding/json: null leaves the value alone
	}
	out, ok := decodeActivitiesFast(data)
	if !ok {
		var err error
		if out, err = decodeActivitiesSlow(data); err != nil {
			return err
		}
	}
	*as = out
	return nil
}

// decodeActivitiesSlow decodes any input, element by element, and names
// the element and the problem on error. UnmarshalJSON uses it when
// [decodeActivitiesFast] does not apply.
func decodeActivitiesSlow(data []byte) (Activities, error) {
	var raws []json.RawMessage
	if err := decodeStrict(data, &raws); err != nil {
		return nil, err
	}
	out := make(Activities, 0, len(raws))
	for i, raw := range raws {
		a, err := decodeActivity(raw)
		if err != nil {
			return nil, jsonstrict.At(fmt.Sprintf("[%d]", i), err)
		}
		out = append(out, a)
	}
	return out, nil
}

// decodeActivity decodes one tagged activity. Its errors are
// *[jsonstrict.Error] naming the place within the activity.
func decodeActivity(raw []byte) (Activity, error) {
	var fields map[string]json.RawMessage
	if err := decodeStrict(raw, &fields); err != nil {
		return nil, err
	}
	if fields == nil {
		return nil, &jsonstrict.Error{Path: "$", Offset: -1, Msg: "活动不能为 null，应为对象", Err: lvzhi.ErrSyntax}
	}
	tag, ok := fields["kind"]
	if !ok {
		return nil, &jsonstrict.Error{Path: "$.kind", Offset: -1, Msg: "缺少活动类型，应为" + kindList() + "之一", Err: lvzhi.ErrRequired}
	}
	var k Kind
	if err := json.Unmarshal(tag, &k); err != nil {
		var name string
		if json.Unmarshal(tag, &name) != nil {
			return nil, &jsonstrict.Error{Path: "$.kind", Offset: -1, Err: fmt.Errorf("%w：%w", lvzhi.ErrSyntax, err),
				Msg: "活动类型应为字符串：" + kindList() + "之一"}
		}
		return nil, &jsonstrict.Error{Path: "$.kind", Offset: -1, Err: fmt.Errorf("%w：%w", lvzhi.ErrSyntax, err),
			Msg: fmt.Sprintf("未知的活动类型“%s”，应为%s之一", name, kindList())}
	}
	delete(fields, "kind")
	rest, err := json.Marshal(fields)
	if err != nil {
		return nil, err
	}
	switch k {
	case KindInspection:
		return decodeAs[Inspection](rest)
	case KindTraining:
		return decodeAs[Training](rest)
	case KindExchange:
		return decodeAs[Exchange](rest)
	case KindPublication:
		return decodeAs[Publication](rest)
	case KindGroup:
		return decodeAs[GroupActivity](rest)
	case KindOpinion:
		return decodeAs[OpinionWork](rest)
	case KindForum:
		return decodeAs[Forum](rest)
	}
	return decodeAs[Other](rest)
}

func decodeAs[T Activity](data []byte) (Activity, error) {
	var v T
	if err := decodeStrict(data, &v); err != nil {
		return nil, err
	}
	return v, nil
}

// kindList returns the names of the kinds, for messages: 视察、培训、…、其他.
func kindList() string { return strings.Join(kindNames[1:], "、") }

// Validate validates every activity and returns all problems as
// [lvzhi.ValidationErrors], with paths under the index ("[2].Dates",
// "活动[2].日期"), or nil. IDs must be unique and elements non-nil.
func (as Activities) Validate() error {
	// Each record's own checks are independent of the others: long lists
	// are checked on all processors, and the results read in order.
	own := make([]error, len(as))
	par.Chunks(len(as), 512, func(lo, hi int) bool {
		for i, a := range as[lo:hi] {
			if a != nil && known(a) {
				own[lo+i] = a.Validate()
			}
		}
		return true
	})
	var errs lvzhi.ValidationErrors
	seen := make(map[lvzhi.ActivityID]int, len(as))
	for i, a := range as {
		at := func() (string, string) { return fmt.Sprintf("[%d]", i), fmt.Sprintf("活动[%d]", i) }
		if a == nil {
			f, l := at()
			errs = append(errs, lvzhi.FieldError{Field: f, Label: l, Rule: "required", Message: "活动不能为空"})
			continue
		}
		if !known(a) {
			f, l := at()
			errs = append(errs, lvzhi.FieldError{Field: f, Label: l, Rule: "kind",
				Message: fmt.Sprintf("%T 不是本包定义的活动类型（活动以值存放，如 research.Forum{…}，而非指针）", a)})
			continue
		}
		if err := own[i]; err != nil {
			verrs, ok := err.(lvzhi.ValidationErrors)
			if !ok {
				return err
			}
			errs = append(errs, verrs.Prefix(at())...)
		}
		id := a.ActivityID()
		if j, dup := seen[id]; dup && id != "" {
			f, l := at()
			errs = append(errs, lvzhi.FieldError{Field: f + ".ID", Label: l + ".编号", Rule: "unique",
				Message: fmt.Sprintf("编号 %s 与活动[%d]重复", id, j)})
			continue
		}
		seen[id] = i
	}
	return errs.Err()
}

// DecodeActivities reads a tagged array (see [Activities]) strictly and
// validates every record. It never panics, whatever the input.
func DecodeActivities(data []byte) (Activities, error) {
	var as Activities
	if err := as.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	if err := as.Validate(); err != nil {
		return nil, err
	}
	return as, nil
}

// Get returns the activity with the given ID.
func (as Activities) Get(id lvzhi.ActivityID) (Activity, bool) {
	for _, a := range as {
		if a != nil && a.ActivityID() == id {
			return a, true
		}
	}
	return nil, false
}
