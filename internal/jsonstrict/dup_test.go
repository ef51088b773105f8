package jsonstrict_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// A key written twice in one object is an error naming its path, on the
// fast path and on the general one (which encoding/json, keeping the last
// value, would otherwise take silently).
func TestDuplicateKeys(t *testing.T) {
	cases := []struct{ in, path string }{
		{`{"records":[{"id":"a","count":1,"count":2}]}`, "$.records[0].count"},
		{`{"records":[{"id":"a","count":1,"Count":2}]}`, "$.records[0].Count"},
		{`{"records":[],"records":[{"id":"a"}]}`, "$.records"},
		{`{"records":[{"id":"a","history":[{"action":"立案","date":"2022-01-08","date":"2022-01-09"}]}]}`, "$.records[0].history[0].date"},
		{`{"records":[{"id":"a","extra":{"k":1,"k":2}}]}`, `$.records[0].extra.k`},
	}
	for _, tc := range cases {
		var d doc
		err := jsonstrict.Unmarshal([]byte(tc.in), &d)
		var je *jsonstrict.Error
		require.True(t, errors.As(err, &je), "%s: %v", tc.in, err)
		assert.Equal(t, tc.path, je.Path, tc.in)
		assert.Contains(t, err.Error(), "重复出现", tc.in)
		assert.ErrorIs(t, err, lvzhi.ErrSyntax, tc.in)
		assert.Error(t, jsonstrict.CheckText([]byte(tc.in)), tc.in)
	}
	assert.NoError(t, jsonstrict.CheckText([]byte(`{"a":{"k":1},"b":{"k":1},"c":[{"k":1},{"k":2}]}`)))
}

func TestBOMAndSyntaxPlace(t *testing.T) {
	var d doc
	require.NoError(t, jsonstrict.Unmarshal([]byte("\uFEFF"+`{"records":[]}`), &d))
	err := jsonstrict.Unmarshal([]byte("{\n  \"records\": [\n    {\"id\" \"a\"}]}"), &d)
	assert.EqualError(t, err, "JSON 第3行第11列（第28字节）：语法错误：字段名之后应为冒号，实为“\"”")
}

func TestAtComposesPaths(t *testing.T) {
	inner := &jsonstrict.Error{Path: "$.dates.from", Offset: -1, Msg: "没有这一天"}
	e := jsonstrict.At("[3]", inner)
	assert.Equal(t, "$[3].dates.from", e.Path)
	assert.Equal(t, ".activities[3].dates.from", jsonstrict.At(".activities", e).JSONPath())
	assert.Equal(t, "无法解析日期：超出允许范围", jsonstrict.Message(errors.New("lvzhi: 无法解析日期：lvzhi: 超出允许范围")))
}

type subRecord struct {
	Members []string `json:"members"`
}

type record struct {
	Number int       `json:"number"`
	Sub    subRecord `json:"submitter"`
	Plain  string
	Hidden string `json:"-"`
}

type wrapper struct {
	record
	History []int `json:"history"`
}

func TestFieldPath(t *testing.T) {
	w := reflect.TypeFor[*wrapper]()
	assert.Equal(t, ".number", jsonstrict.FieldPath(w, "Number"))
	assert.Equal(t, ".submitter.members[0]", jsonstrict.FieldPath(w, "Sub.Members[0]"))
	assert.Equal(t, ".Plain", jsonstrict.FieldPath(w, "Plain"))
	assert.Equal(t, ".history[3]", jsonstrict.FieldPath(w, "History[3]"))
	assert.Equal(t, "", jsonstrict.FieldPath(w, "Hidden"))
	assert.Equal(t, "", jsonstrict.FieldPath(w, "Nope"))
	assert.Equal(t, "", jsonstrict.FieldPath(w, "Number.X"))
	assert.Equal(t, "", jsonstrict.FieldPath(w, ""))
}

func TestCheckControl(t *testing.T) {
	cases := []struct{ in, path, what string }{
		{`{"a":"x\ny"}`, "$.a", "换行符"},
		{`{"a":["ok","x\ty"]}`, "$.a[1]", "制表符"},
		{`{"a":{"b":"\u001f"}}`, "$.a.b", "控制字符 U+001F"},
		{"{\"a\":\"x\u0085\"}", "$.a", "控制字符 U+0085"},
		{"{\"a\":\"x\u2029\"}", "$.a", "段分隔符 U+2029"},
	}
	for _, tc := range cases {
		err := jsonstrict.CheckControl([]byte(tc.in))
		var je *jsonstrict.Error
		require.True(t, errors.As(err, &je), tc.in)
		assert.Equal(t, tc.path, je.Path, tc.in)
		assert.Contains(t, je.Msg, "含有"+tc.what, tc.in)
		assert.ErrorIs(t, err, jsonstrict.ErrControl)
	}
	for _, ok := range []string{`{"a":"x\\ny"}`, `{"a":"\u4e2d\"\/"}`, `{"a":"·名"}`, `{"a":"“引号”"}`, `{"a":1}`} {
		assert.NoError(t, jsonstrict.CheckControl([]byte(ok)), ok)
	}
	assert.NoError(t, jsonstrict.CheckControl([]byte(`{"a":"x\n`)), "a syntax error first is left to the decoder")
}

// An unknown key close to a field's name says which field was meant.
func TestUnknownFieldSuggestion(t *testing.T) {
	cases := []struct{ in, msg string }{
		{`{"records":[{"id":"a","cuont":1}]}`, `未知字段 "cuont"，应为“count”`},
		{`{"records":[{"id":"a","histroy":[]}]}`, `未知字段 "histroy"，应为“history”`},
		{`{"records":[{"id":"a","colour":1}]}`, `未知字段 "colour"`},
	}
	for _, tc := range cases {
		var d doc
		err := jsonstrict.Unmarshal([]byte(tc.in), &d)
		require.Error(t, err)
		var je *jsonstrict.Error
		require.True(t, errors.As(err, &je))
		if strings.Contains(tc.msg, "应为") {
			assert.Equal(t, tc.msg, je.Msg, tc.in)
		} else {
			assert.NotContains(t, je.Msg, "应为", tc.in)
		}
	}
}
