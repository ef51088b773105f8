package jsonstrict_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

type step struct {
	Action string     `json:"action"`
	Date   lvzhi.Date `json:"date"`
}

type rec struct {
	ID      string         `json:"id"`
	Count   int            `json:"count"`
	Small   int8           `json:"small,omitempty"`
	History []step         `json:"history"`
	Extra   map[string]int `json:"extra,omitempty"`
	Period  lvzhi.Period   `json:"period,omitzero"`
}

type doc struct {
	Records []rec `json:"records"`
}

func TestUnmarshalPaths(t *testing.T) {
	cases := []struct {
		in, path, msg string
	}{
		{`{"records":[{"id":"a","count":1},{"id":"b","cnt":2}]}`, "$.records[1].cnt", `未知字段 "cnt"`},
		{`{"records":[{"id":"a","count":"x"}]}`, "$.records[0].count", "类型不符：应为数字，实为字符串"},
		{`{"records":[{"id":"a","history":[{"action":"立案","date":"2022-01-08"},{"action":"交办","date":"2022-02-30"}]}]}`, "$.records[0].history[1].date", "没有这一天"},
		{`{"records":[{"id":"a","small":300}]}`, "$.records[0].small", "数字300超出允许范围：应为-128至127之间的整数"},
		{`{"records":[{"id":"a","extra":{"k":"v"}}]}`, `$.records[0].extra["k"]`, "应为数字"},
		{`{"records":{}}`, "$.records", "应为数组"},
		{`{"records":[{"id":"a","period":"2022-H3"}]}`, "$.records[0].period", "期间"},
		{`{"extra":1}`, "$.extra", "未知字段"},
	}
	for _, tc := range cases {
		var d doc
		err := jsonstrict.Unmarshal([]byte(tc.in), &d)
		require.Error(t, err, tc.in)
		var je *jsonstrict.Error
		require.True(t, errors.As(err, &je), tc.in)
		assert.Equal(t, tc.path, je.Path, tc.in)
		assert.Contains(t, err.Error(), tc.msg, tc.in)
		assert.Contains(t, err.Error(), tc.path, tc.in)
	}
}

func TestUnmarshalSyntaxAndTrailing(t *testing.T) {
	var d doc
	err := jsonstrict.Unmarshal([]byte(`{"records":[}`), &d)
	var je *jsonstrict.Error
	require.ErrorAs(t, err, &je)
	assert.Equal(t, int64(13), je.Offset)
	assert.Contains(t, err.Error(), "语法错误")

	err = jsonstrict.Unmarshal([]byte(`{"records":[]} {}`), &d)
	require.ErrorAs(t, err, &je)
	assert.Contains(t, err.Error(), "多余内容")

	err = jsonstrict.Unmarshal([]byte(`{"records":[`), &d)
	require.ErrorAs(t, err, &je)
	assert.Contains(t, err.Error(), "不完整")

	require.NoError(t, jsonstrict.Unmarshal([]byte(` {"records":[{"id":"a","count":2,"history":null}]} `), &d))
	assert.Equal(t, 2, d.Records[0].Count)
}

func FuzzUnmarshal(f *testing.F) {
	f.Add(`{"records":[{"id":"a","count":1,"history":[{"action":"x","date":"2022-01-08"}]}]}`)
	f.Add(`{"records":[{"ID":"a","Count":1e3}]}`)
	f.Add(`[1,2`)
	f.Fuzz(func(t *testing.T, s string) {
		var d doc
		err := jsonstrict.Unmarshal([]byte(s), &d)
		if err != nil {
			var je *jsonstrict.Error
			if !errors.As(err, &je) {
				t.Fatalf("error of type %T: %v", err, err)
			}
		}
	})
}
