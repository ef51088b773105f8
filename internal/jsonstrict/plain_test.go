package jsonstrict_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

func TestArray(t *testing.T) {
	cases := []struct {
		data string
		want []string
		ok   bool
	}{
		{`[]`, nil, true},
		{" [ 1 , \"a,]\" ,{\"k\":[1,{}]},null ]\n", []string{`1`, `"a,]"`, `{"k":[1,{}]}`, `null`}, true},
		{`["\"]"]`, []string{`"\"]"`}, true},
		{`[1,]`, []string{`1`}, false},
		{`[1 2]`, []string{`1`}, false},
		{`[1]]`, []string{`1`}, false},
		{`["\u0041"]`, nil, false},
		{`[{"a":1]`, []string{`{"a":1]`}, false}, // brackets are counted, not matched: the value's decoder refuses it
		{`{}`, nil, false},
		{``, nil, false},
		{`[`, nil, false},
	}
	for _, tc := range cases {
		var got []string
		ok := jsonstrict.Array([]byte(tc.data), func(e []byte) bool { got = append(got, string(e)); return true })
		assert.Equal(t, tc.ok, ok, tc.data)
		assert.Equal(t, tc.want, got, tc.data)
	}
	n := 0
	assert.False(t, jsonstrict.Array([]byte(`[1,2,3]`), func([]byte) bool { n++; return n < 2 }), "fn stops the walk")
	assert.Equal(t, 2, n)
}

func TestObject(t *testing.T) {
	cases := []struct {
		data string
		want []string // key=value
		ok   bool
	}{
		{`{}`, nil, true},
		{"{ \"a\" : 1 ,\"b\":{\"c\":\"}\"},\"a\":[] }", []string{`a=1`, `b={"c":"}"}`, `a=[]`}, true},
		{`{"a\"b":1}`, nil, false},
		{`{"é":1}`, nil, false},
		{`{"a" 1}`, nil, false},
		{`{"a":}`, nil, false},
		{`{"a":1,}`, []string{`a=1`}, false},
		{`{"a":1} x`, []string{`a=1`}, false},
		{`{"a":"\u00e9"}`, nil, false},
		{`[]`, nil, false},
	}
	for _, tc := range cases {
		var got []string
		ok := jsonstrict.Object([]byte(tc.data), func(k, v []byte) bool { got = append(got, string(k)+"="+string(v)); return true })
		assert.Equal(t, tc.ok, ok, tc.data)
		assert.Equal(t, tc.want, got, tc.data)
	}
}
