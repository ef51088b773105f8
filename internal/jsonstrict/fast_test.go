package jsonstrict_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

type code string

type inner struct {
	Code code `json:"code,omitempty"`
	Flag bool `json:"flag,omitempty"`
}

type wide struct {
	inner
	Name   string         `json:"name"`
	Small  int8           `json:"small,omitempty"`
	Dates  []lvzhi.Date   `json:"dates,omitempty"`
	Ptrs   []*inner       `json:"ptrs,omitempty"`
	Nested *inner         `json:"nested,omitempty"`
	Picky  picky          `json:"picky,omitzero"`
	Tags   map[string]int `json:"tags,omitempty"`
	Fixed  [2]int         `json:"fixed,omitzero"`
}

// sameFast checks Fast against the encoding/json path: what Fast accepts
// the slow path accepts with the same value, and what the slow path
// refuses Fast refuses without touching the destination.
func sameFast(t *testing.T, data []byte) (fast bool) {
	t.Helper()
	var want, got wide
	err := jsonstrict.UnmarshalSlow(data, &want)
	ok := jsonstrict.Fast(data, &got)
	if !ok {
		assert.Zero(t, got, "a refused fast decode changed the destination")
		return false
	}
	if assert.NoError(t, err, "Fast accepts what the slow path refuses") {
		assert.Equal(t, want, got)
	}
	return true
}

func TestFastAgreesWithSlowPath(t *testing.T) {
	cases := []struct {
		in   string
		fast bool
	}{
		{`{"name":"甲","code":"x","flag":true,"small":-3}`, true},
		{`{"name":"甲","dates":["2022-06-15","2022-01-01"],"fixed":[1,2]}`, true},
		{`{"ptrs":[null,{"code":"a"}],"nested":{"flag":false},"tags":{"a":1,"b":2}}`, true},
		{`{"ptrs":[],"dates":[],"tags":{}}`, true},
		{`{"name":null,"dates":null,"nested":null}`, true},
		{`{"picky":"ok"}`, true},
		{`{"name":"\u4e00\n\"\\/"}`, true},
		{` {"name":"甲"} `, true},
		{`{}`, true},
		{`null`, true},

		{`{"Name":"甲"}`, false},             // by case: encoding/json accepts, Fast does not
		{`{"name":"甲","name":"乙"}`, false},  // twice
		{`{"name":"\ud800"}`, false},        // lone surrogate
		{"{\"name\":\"\xff\"}", false},      // not UTF-8
		{`{"nme":"甲"}`, false},              // unknown
		{`{"small":300}`, false},            // overflow
		{`{"small":1.5}`, false},            // fraction
		{`{"dates":["2022-02-30"]}`, false}, // no such day
		{`{"picky":"bad"}`, false},          // its own method refuses
		{`{"fixed":[1,2,3]}`, false},        // encoding/json drops the third, Fast refuses
		{`{"name":"甲"}{}`, false},           // trailing value
		{`{"name":"甲"`, false},              // cut short
		{`{"tags":{"a":1,"a":2}}`, false},   // map key twice
		{`{"name":"甲",}`, false},            // trailing comma
		{`{"flag":"true"}`, false},          // wrong type
	}
	for _, tc := range cases {
		assert.Equal(t, tc.fast, sameFast(t, []byte(tc.in)), tc.in)
	}
}

func TestFastNeedsAZeroDestination(t *testing.T) {
	w := wide{Name: "已有"}
	assert.False(t, jsonstrict.Fast([]byte(`{"small":1}`), &w), "Unmarshal merges into existing values; Fast must not replace them")
	assert.Equal(t, wide{Name: "已有"}, w)
	assert.False(t, jsonstrict.Fast([]byte(`{}`), nil))
	assert.False(t, jsonstrict.Fast([]byte(`{}`), wide{}))
	var p *wide
	assert.False(t, jsonstrict.Fast([]byte(`{}`), p))

	// Unmarshal still merges through the slow path.
	require.NoError(t, jsonstrict.Unmarshal([]byte(`{"small":1}`), &w))
	assert.Equal(t, wide{Name: "已有", Small: 1}, w)
}

func TestUnmarshalTakesTheFastPath(t *testing.T) {
	var w wide
	require.NoError(t, jsonstrict.Unmarshal([]byte(`{"Name":"甲"}`), &w), "the slow path accepts keys by case")
	assert.Equal(t, "甲", w.Name)
	var v wide
	err := jsonstrict.Unmarshal([]byte(`{"dates":["2022-01-01","2022-02-30"]}`), &v)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "$.dates[1]", "a fast failure still gives the slow path's error and place")
}

func FuzzFast(f *testing.F) {
	f.Add([]byte(`{"name":"甲","code":"x","flag":true,"small":-3,"dates":["2022-06-15"],"fixed":[1,2]}`))
	f.Add([]byte(`{"ptrs":[null,{"code":"a"}],"nested":{"flag":false},"tags":{"a":1},"picky":"ok"}`))
	f.Add([]byte(`{"Name":"甲","name":"\ud800"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameFast(t, data)
	})
}
