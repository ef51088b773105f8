package research

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/internal/validate"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Errors wrapped by [*PhaseError], for use with [errors.Is].
var (
	// ErrTransition reports a move to a phase that may not follow the
	// current one (see [Phase]).
	ErrTransition = errors.New("不允许的阶段变化")
	// ErrStepDate reports a step dated invalidly, before the previous step
	// or outside the topic's span.
	ErrStepDate = errors.New("阶段日期不正确")
)

// PhaseError reports a refused [Topic.Advance]. Its Chinese message names
// the topic, the current and the attempted phase.
type PhaseError struct {
	Topic  lvzhi.TopicID
	Title  string
	From   Phase
	To     Phase
	Date   lvzhi.Date
	Detail string // why, in Chinese
	Err    error  // ErrTransition or ErrStepDate
}

func (e *PhaseError) Error() string {
	when := "该日"
	if e.Date.IsValid() {
		when = zh.Date(e.Date)
	}
	return fmt.Sprintf("research: 课题“%s”（%s）不能于%s从“%s”进入“%s”：%s", e.Title, e.Topic, when, e.From, e.To, e.Detail)
}

func (e *PhaseError) Unwrap() error { return e.Err }

// Advance moves the topic to phase p on date d, recording note in the
// history. It refuses, with a *[PhaseError] and without changing anything,
// a phase that may not follow the current one ([Phase.Next]), an invalid
// date, a date before the last step, or a date outside the topic's Span.
func (t *Topic) Advance(p Phase, d lvzhi.Date, note string) error {
	cur := t.Phase()
	fail := func(err error, detail string) error {
		return &PhaseError{Topic: t.ID, Title: t.Title, From: cur, To: p, Date: d, Detail: detail, Err: err}
	}
	switch {
	case !cur.CanAdvance(p):
		return fail(ErrTransition, nextText(cur))
	case !d.IsValid():
		return fail(ErrStepDate, "日期无效")
	case len(t.History) > 0 && d.Before(t.History[len(t.History)-1].Date):
		return fail(ErrStepDate, "日期早于上一阶段的日期"+zh.Date(t.History[len(t.History)-1].Date))
	case t.Span.IsValid() && !t.Span.Contains(d):
		return fail(ErrStepDate, "日期不在课题起止日期（"+zh.DateRange(t.Span)+"）之内")
	}
	t.History = append(t.History, Step{Phase: p, Date: d, Note: note})
	return nil
}

// structErrors runs the shared validator on v and returns its field
// errors with the path of the embedded [Base] removed ("Base.ID" becomes
// "ID"); any other error is returned as is.
func structErrors(v any) (lvzhi.ValidationErrors, error) {
	err := validate.Struct(v)
	if err == nil {
		return nil, nil
	}
	var verrs lvzhi.ValidationErrors
	if !errors.As(err, &verrs) {
		return nil, err
	}
	out := make(lvzhi.ValidationErrors, len(verrs))
	for i, fe := range verrs {
		fe.Field = stripBase(fe.Field, "Base")
		fe.Label = stripBase(fe.Label, "Base")
		out[i] = fe
	}
	return out, nil
}

func stripBase(path, name string) string {
	rest, _ := strings.CutPrefix(path, name+".")
	return rest
}

// decodeStrict decodes data into v with [jsonstrict.Unmarshal]: unknown
// fields, a key written twice and trailing data are errors, returned as an
// *[jsonstrict.Error] that names the exact place ("$.dates.from") and
// wraps [lvzhi.ErrSyntax].
func decodeStrict(data []byte, v any) error {
	if err := jsonstrict.CheckControl(data); err != nil {
		return err
	}
	return jsonstrict.Unmarshal(data, v)
}

// DecodeTopic parses one topic from JSON strictly (unknown fields and
// trailing data are errors) and validates it. It never panics.
func DecodeTopic(data []byte) (Topic, error) {
	var t Topic
	if err := decodeStrict(data, &t); err != nil {
		return Topic{}, err
	}
	if err := t.Validate(); err != nil {
		return Topic{}, err
	}
	return t, nil
}
