package proposal

import (
	"errors"
	"slices"
	"sync"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// history is a proposal's steps in the JSON form. encoding/json decodes it
// as any slice; the fast path (encoding/json/v2) calls UnmarshalJSONFrom,
// which collects the steps in a reused buffer and allocates the result
// once, at its final length, instead of growing it step by step.
type history []Step

// scratch holds step buffers between decodes.
var scratch = sync.Pool{New: func() any { return new([]Step) }}

var errNotArray = errors.New("办理记录应为数组")

// UnmarshalJSONFrom decodes a JSON array of steps (or null) from dec, each
// step as the fast path of package jsonstrict decodes.
func (h *history) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	tok, err := dec.ReadToken()
	switch {
	case err != nil:
		return err
	case tok.Kind() == 'n':
		*h = nil
		return nil
	case tok.Kind() != '[':
		return errNotArray
	}
	buf := scratch.Get().(*[]Step)
	steps := (*buf)[:0]
	defer func() {
		clear(steps)
		*buf = steps[:0]
		scratch.Put(buf)
	}()
	for dec.PeekKind() != ']' {
		steps = append(steps, Step{})
		if err := jsonstrict.FastDecode(dec, &steps[len(steps)-1]); err != nil {
			return err
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*h = slices.Clone(steps)
	if *h == nil {
		*h = history{}
	}
	return nil
}
