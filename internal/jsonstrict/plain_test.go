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

func TestStrings(t *testing.T) {
	// Escapes before, between and after quotes; the value ends at the
	// first unescaped quote.
	for in, want := range map[string]string{
		`"a\"b" x`:       `"a\"b"`,
		`"a\\" x`:        `"a\\"`,
		`"\\\"" x`:       `"\\\""`,
		`"中文\n\t\/" x`:   `"中文\n\t\/"`,
		`"a\\\\\"b\\" x`: `"a\\\\\"b\\"`,
		`"" x`:           `""`,
		`"x\u0041" x`:    ``,
		`"a\"`:           ``,
		`"a\`:            ``,
		`"unterminated`:  ``,
		`"a\\\u0041" x`:  ``,
	} {
		n, ok := jsonstrict.ValueLen([]byte(in))
		if want == "" {
			assert.False(t, ok, in)
			continue
		}
		if assert.True(t, ok, in) {
			assert.Equal(t, want, in[:n], in)
		}
	}
}

func TestObjectStream(t *testing.T) {
	data := []byte(`{"list":[1,[2],{"a":3}],"n":4}`)
	var elems, keys []string
	ok := jsonstrict.ObjectStream(data, func(key, rest []byte) (int, bool) {
		keys = append(keys, string(key))
		if string(key) == "list" {
			return jsonstrict.ArrayPrefix(rest, func(e []byte) bool { elems = append(elems, string(e)); return true })
		}
		return jsonstrict.ValueLen(rest)
	})
	assert.True(t, ok)
	assert.Equal(t, []string{"list", "n"}, keys)
	assert.Equal(t, []string{`1`, `[2]`, `{"a":3}`}, elems)

	// A length that is not a value's, or reaches beyond the input, stops it.
	for _, n := range []int{0, -1, len(data)} {
		assert.False(t, jsonstrict.ObjectStream(data, func([]byte, []byte) (int, bool) { return n, true }), n)
	}
	end, ok := jsonstrict.ArrayPrefix([]byte(` [1, 2] ,"rest"`), func([]byte) bool { return true })
	assert.True(t, ok)
	assert.Equal(t, 7, end)
}

func FuzzPlainSplit(f *testing.F) {
	f.Add([]byte(`{"a":[1,"\"]",{"b":[]}],"c":"\\"}`))
	f.Add([]byte(`["a\\\"",[[]],{}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Whatever the input: no panic, and every piece handed out lies
		// within the input, in order, without overlap.
		last := 0
		inside := func(piece []byte) bool {
			if len(piece) == 0 {
				t.Fatalf("empty piece in %q", data)
			}
			off := cap(data) - cap(piece)
			if off < last || off+len(piece) > len(data) {
				t.Fatalf("piece %q out of place in %q", piece, data)
			}
			last = off + len(piece)
			return true
		}
		jsonstrict.Array(data, inside)
		last = 0
		jsonstrict.Object(data, func(_, v []byte) bool { return inside(v) })
	})
}
