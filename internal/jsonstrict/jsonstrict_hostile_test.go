package jsonstrict_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// TestUnmarshalRejectsLossyText checks that text encoding/json would
// silently turn into U+FFFD is an error naming the value that holds it.
func TestUnmarshalRejectsLossyText(t *testing.T) {
	cases := []struct {
		name, in, path string
		offset         int
	}{
		{"invalid byte in a value", "{\"records\":[{\"id\":\"a\xffb\"}]}", "$.records[0].id", 20},
		{"truncated sequence", "{\"records\":[{\"id\":\"a\"},{\"id\":\"\xe4\xb8\"}]}", "$.records[1].id", 30},
		{"lone continuation byte", "{\"records\":[{\"id\":\"ok\",\"history\":[{\"action\":\"\x80\"}]}]}", "$.records[0].history[0].action", 45},
		{"encoded surrogate", "{\"records\":[{\"id\":\"\xed\xa0\x80\"}]}", "$.records[0].id", 19},
		{"overlong encoding", "{\"records\":[{\"id\":\"\xc0\xaf\"}]}", "$.records[0].id", 19},
		{"in a key", "{\"records\":[{\"i\xffd\":\"a\"}]}", "$.records[0].i\uFFFDd", 15},
		{"in a map key", "{\"records\":[{\"extra\":{\"k\xff\":1}}]}", "$.records[0].extra.k\uFFFD", 24},
		{"lone high surrogate escape", `{"records":[{"id":"\ud800x"}]}`, "$.records[0].id", 19},
		{"lone low surrogate escape", `{"records":[{"id":"x\udc00"}]}`, "$.records[0].id", 20},
		{"high surrogate before a non-surrogate", `{"records":[{"id":"\ud800\u0041"}]}`, "$.records[0].id", 19},
		{"upper-case hex", `{"records":[{"id":"\uDBFF"}]}`, "$.records[0].id", 19},
		{"after a valid pair", `{"records":[{"id":"😀"},{"id":"\ud83d\ude00\udfff"}]}`, "$.records[1].id", 45},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var d doc
			err := jsonstrict.Unmarshal([]byte(tc.in), &d)
			var je *jsonstrict.Error
			require.ErrorAs(t, err, &je)
			assert.Equal(t, tc.path, je.Path)
			assert.Equal(t, int64(-1), je.Offset, "the path, not the offset, is the place")
			assert.ErrorIs(t, err, lvzhi.ErrSyntax)
			assert.Contains(t, err.Error(), tc.path)
			assert.Contains(t, err.Error(), "第"+itoa(tc.offset)+"字节处")
			assert.True(t, utf8.ValidString(err.Error()), "the message itself is valid UTF-8")
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestUnmarshalKeepsValidText checks that the text check rejects nothing
// encoding/json would keep: valid pairs, escaped backslashes before "u",
// U+FFFD written on purpose and characters outside the BMP.
func TestUnmarshalKeepsValidText(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"records":[{"id":"\ud83d\ude00"}]}`, "😀"},
		{`{"records":[{"id":"\\ud800"}]}`, `\ud800`},
		{`{"records":[{"id":"\\\ud83d\ude00"}]}`, `\😀`},
		{`{"records":[{"id":"\ufffd"}]}`, "\uFFFD"},
		{`{"records":[{"id":"` + "\uFFFD𠀀" + `"}]}`, "\uFFFD𠀀"},
		{`{"records":[{"id":"\u4e2d\u6587"}]}`, "中文"},
	}
	for _, tc := range cases {
		var d doc
		require.NoError(t, jsonstrict.Unmarshal([]byte(tc.in), &d), tc.in)
		assert.Equal(t, tc.want, d.Records[0].ID, tc.in)
	}
}

// TestUnmarshalSyntaxBeforeBadText checks that a syntax error before the
// bad text is reported as a syntax error, with its offset.
func TestUnmarshalSyntaxBeforeBadText(t *testing.T) {
	var d doc
	err := jsonstrict.Unmarshal([]byte("{\"records\":[}\"\xff\""), &d)
	var je *jsonstrict.Error
	require.ErrorAs(t, err, &je)
	assert.Equal(t, int64(13), je.Offset)
	assert.Contains(t, err.Error(), "语法错误")

	err = jsonstrict.Unmarshal([]byte("{\"records\":[]}\xff"), &d)
	require.ErrorAs(t, err, &je)
	assert.Equal(t, int64(14), je.Offset)
	assert.Contains(t, err.Error(), "多余内容")

	err = jsonstrict.Unmarshal([]byte("{\"records\":[{\"id\":\"\xff"), &d)
	require.ErrorAs(t, err, &je)
	assert.Contains(t, err.Error(), "不完整")
}

// TestUnmarshalHostileShapes checks deep nesting, huge numbers and long
// strings: each is decoded or refused with an *Error, never a panic.
func TestUnmarshalHostileShapes(t *testing.T) {
	deep := strings.Repeat(`{"records":[`, 20000) + strings.Repeat(`]}`, 20000)
	cases := []struct{ name, in, want string }{
		{"deep nesting", deep, "$"},
		{"deep arrays", `{"records":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}`, "$"},
		{"huge integer", `{"records":[{"count":1` + strings.Repeat("0", 400) + `}]}`, "$.records[0].count"},
		{"huge exponent", `{"records":[{"count":1e999999999}]}`, "$.records[0].count"},
		{"float for int", `{"records":[{"count":1.5}]}`, "$.records[0].count"},
		{"negative for int8", `{"records":[{"small":-129}]}`, "$.records[0].small"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var d doc
			err := jsonstrict.Unmarshal([]byte(tc.in), &d)
			var je *jsonstrict.Error
			require.ErrorAs(t, err, &je)
			assert.True(t, strings.HasPrefix(je.Path, tc.want), "path %q", je.Path)
		})
	}

	var d doc
	err := jsonstrict.Unmarshal([]byte(`{"records":[{"id":"`+strings.Repeat("\xe3", 1<<20)+`"}]}`), &d)
	assert.ErrorContains(t, err, "$.records[0].id", "a megabyte of broken text is refused at once")
	err = jsonstrict.Unmarshal([]byte(`{"records":[{"id":"`+strings.Repeat(`\ud800`, 1<<18)+`"}]}`), &d)
	assert.ErrorContains(t, err, "$.records[0].id")

	long := strings.Repeat("长", 1<<20)
	require.NoError(t, jsonstrict.Unmarshal([]byte(`{"records":[{"id":"`+long+`"}]}`), &d))
	assert.Equal(t, long, d.Records[0].ID)
}

// FuzzUnmarshalText checks that any string placed into a value either
// reads back unchanged or is refused with an *Error naming a path: the
// decoder never replaces text silently.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"甲", "\xff", "\xed\xa0\x80", `\ud800`, `\\ud800`, `\ud83d\ude00`, `\u0041`, "\uFFFD", `\"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d doc
		err := jsonstrict.Unmarshal([]byte(`{"records":[{"id":"`+s+`"}]}`), &d)
		if err != nil {
			var je *jsonstrict.Error
			if !errors.As(err, &je) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if !strings.HasPrefix(je.Path, "$") {
				t.Fatalf("path %q", je.Path)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 %q accepted", s)
		}
		if !strings.Contains(s, `\`) && d.Records[0].ID != s {
			t.Fatalf("%q read back as %q", s, d.Records[0].ID)
		}
		if strings.Contains(d.Records[0].ID, "\uFFFD") && !strings.Contains(s, "\uFFFD") && !strings.Contains(strings.ToLower(s), `\ufffd`) {
			t.Fatalf("%q silently became %q", s, d.Records[0].ID)
		}
	})
}

// picky decodes itself and refuses the value "bad", saying where inside
// it the problem lies when sub is set.
type picky struct{ V string }

type pickyError struct{ sub string }

func (e pickyError) Error() string    { return "不接受 bad" }
func (e pickyError) JSONPath() string { return e.sub }

func (p *picky) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"bad"`:
		return pickyError{}
	case `"deep"`:
		return pickyError{sub: ".steps[2]"}
	}
	p.V = string(b)
	return nil
}

type pickyDoc struct {
	Items []*picky         `json:"items"`
	ByKey map[string]picky `json:"by_key,omitempty"`
}

// TestUnmarshalPointerUnmarshaler checks that a failing value held by
// pointer, whose pointer type has the UnmarshalJSON method, is named by its
// own path, with the path its error gives appended.
func TestUnmarshalPointerUnmarshaler(t *testing.T) {
	cases := []struct{ in, path string }{
		{`{"items":["ok","bad"]}`, "$.items[1]"},
		{`{"items":["ok","ok","deep"]}`, "$.items[2].steps[2]"},
		{`{"items":[],"by_key":{"a":"ok","b":"bad"}}`, `$.by_key["b"]`},
	}
	for _, tc := range cases {
		var d pickyDoc
		err := jsonstrict.Unmarshal([]byte(tc.in), &d)
		var je *jsonstrict.Error
		require.ErrorAs(t, err, &je, tc.in)
		assert.Equal(t, tc.path, je.Path, tc.in)
		assert.Contains(t, err.Error(), "不接受 bad", tc.in)
	}
}
