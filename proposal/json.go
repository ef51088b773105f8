package proposal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// wire is the JSON form of a Proposal: the record's fields, the derived
// state (written for readers, checked when read) and the history.
type wire struct {
	Record
	State   State   `json:"state,omitzero"`
	History history `json:"history"`
}

// MarshalJSON writes the record's fields, the state and the full history.
func (p Proposal) MarshalJSON() ([]byte, error) {
	h := p.steps
	if h == nil {
		h = []Step{}
	}
	return json.Marshal(wire{Record: p.Record, State: p.st.state, History: h})
}

// UnmarshalJSON reads the form written by MarshalJSON strictly (unknown
// fields are errors), validates the record under p's rules (the zero
// [Rules] for a zero Proposal) and replays the history through the same
// state machine as the methods: a step the workflow does not allow gives a
// *[HistoryError] naming its index. A "state" field, if present, must
// agree with the replayed history. Text that encoding/json would silently
// replace with U+FFFD (bytes that are not UTF-8, an escaped lone
// surrogate) is an error wrapping [lvzhi.ErrSyntax]. On error p is
// unchanged.
func (p *Proposal) UnmarshalJSON(data []byte) error {
	w, err := decodeWire(data)
	if err != nil {
		return err
	}
	w.Record.normalise()
	if err := p.rules.Validate(w.Record); err != nil {
		return err
	}
	q := &Proposal{Record: w.Record, rules: p.rules}
	// The decoded steps are this proposal's own: Apply writes each one,
	// as recorded, back into the slot it was read from.
	q.steps = w.History[:0:len(w.History)]
	q.ev = make([]event, 0, len(w.History)+2)
	if len(w.History) == 0 {
		return &HistoryError{Number: q.Number, Index: 0, label: q.Label(),
			Err: &StepError{Number: q.Number, Action: ActionSubmit, Detail: "办理记录为空，至少须有“提交”一步", Err: lvzhi.ErrRequired, label: q.Label()}}
	}
	var r replay
	for i, s := range w.History {
		if err := q.apply(s, &r); err != nil {
			return &HistoryError{Number: q.Number, Index: i, Err: err, label: q.Label()}
		}
	}
	if w.State != 0 && w.State != q.st.state {
		return &HistoryError{Number: q.Number, Index: len(w.History) - 1, label: q.Label(),
			Err: &StepError{Number: q.Number, Action: w.History[len(w.History)-1].Action, Err: ErrStep, label: q.Label(),
				Detail: fmt.Sprintf("记录的状态“%s”与办理记录得出的状态“%s”不符", w.State, q.st.state)}}
	}
	*p = *q
	return nil
}

// decodeWire decodes the JSON form, the usual plain form by the fast path
// of package jsonstrict and anything else by [jsonstrict.Unmarshal], which
// accepts keys in any case, refuses a key written twice and returns an
// *[jsonstrict.Error] naming the exact place of any problem
// ("$.history[1].date"); a decoder of a larger document prefixes its own
// path to it.
func decodeWire(data []byte) (wire, error) {
	if err := jsonstrict.CheckControl(data); err != nil {
		return wire{}, err
	}
	var w wire
	if jsonstrict.FastTo(data, &w) {
		return w, nil
	}
	w = wire{}
	if err := jsonstrict.Unmarshal(data, &w); err != nil {
		return wire{}, err
	}
	return w, nil
}

// Decode parses one proposal from JSON under the zero [Rules]; see
// [Rules.Decode].
func Decode(data []byte) (*Proposal, error) { return Rules{}.Decode(data) }

// Decode parses one proposal written by [Proposal.MarshalJSON] and
// replays its history under rules (see [Proposal.UnmarshalJSON]). Data
// after the JSON value is an error. Decode never panics, whatever the
// input.
func (rules Rules) Decode(data []byte) (*Proposal, error) {
	p := &Proposal{rules: rules}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(p); err != nil {
		if isOurs(err) {
			return nil, err
		}
		return nil, &lvzhi.ParseError{What: "提案", Input: abbreviate(data), Err: fmt.Errorf("%w：%w", lvzhi.ErrSyntax, err)}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, &lvzhi.ParseError{What: "提案", Input: abbreviate(data), Err: fmt.Errorf("%w：JSON 之后有多余内容", lvzhi.ErrSyntax)}
	}
	return p, nil
}

// isOurs reports whether err came from UnmarshalJSON rather than from the
// JSON scanner.
func isOurs(err error) bool {
	var v lvzhi.ValidationErrors
	var h *HistoryError
	var pe *lvzhi.ParseError
	var je *jsonstrict.Error
	return errors.As(err, &v) || errors.As(err, &h) || errors.As(err, &pe) || errors.As(err, &je)
}

// normalise makes empty lists nil, so that a record reads back exactly as
// it was written.
func (r *Record) normalise() {
	if len(r.Submitter.Members) == 0 {
		r.Submitter.Members = nil
	}
}

// abbreviate returns at most the first 40 runes of data, for messages.
func abbreviate(data []byte) string {
	r := []rune(string(data))
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return string(r)
}
