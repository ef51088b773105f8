package summary_test

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/summary"
)

// halfyearRecords returns the records of the main example as written.
func halfyearRecords(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile("../examples/halfyear/data/records.json")
	require.NoError(tb, err)
	return string(data)
}

// element returns the offset of the opening brace of element i of the
// top-level array key in the pretty-printed records.
func element(tb testing.TB, s, key string, i int) int {
	tb.Helper()
	at := strings.Index(s, "\n  \""+key+"\": [")
	require.GreaterOrEqual(tb, at, 0, key)
	for n := 0; ; n++ {
		next := strings.Index(s[at+1:], "\n    {")
		require.GreaterOrEqual(tb, next, 0, "%s[%d]", key, i)
		at += 1 + next
		if n == i {
			return at + len("\n    {")
		}
	}
}

// within returns the offset of the n-th (from 0) occurrence of sub at or
// after from.
func within(tb testing.TB, s string, from int, sub string, n int) int {
	tb.Helper()
	for ; ; n-- {
		i := strings.Index(s[from:], sub)
		require.GreaterOrEqual(tb, i, 0, sub)
		if n == 0 {
			return from + i
		}
		from += i + len(sub)
	}
}

// goNames matches what a clerk must not read in a message: Go package
// prefixes, Go type names and formatted out-of-range enums.
var goNames = regexp.MustCompile(`lvzhi:|proposal:|research:|\*?lvzhi\.[A-Z]|proposal\.[a-zA-Z]|research\.[A-Z]|Grade\(|Action\(|Record\.|"\{\\?"`)

// TestParseErrorPaths holds every decoding error inside proposals and
// activities to the exact JSON path of the offending value and a Chinese
// message without Go names or JSON dumps.
func TestParseErrorPaths(t *testing.T) {
	good := halfyearRecords(t)
	insert := func(at int, text string) string { return good[:at] + text + good[at:] }
	replaceAt := func(at int, from, to string) string {
		require.True(t, strings.HasPrefix(good[at:], from), "%q at %d", from, at)
		return good[:at] + to + good[at+len(from):]
	}
	p0, p2, p5 := element(t, good, "proposals", 0), element(t, good, "proposals", 2), element(t, good, "proposals", 5)
	cases := []struct{ name, in, path, msg string }{
		{"second history key", insert(p0, `"history": [],`), "$.proposals[0].history", "字段“history”重复出现"},
		{"second committee name", insert(within(t, good, 0, `"name": `, 0), `"name": "某区政协", `), "$.committee.name", "字段“name”重复出现"},
		{"keys differing in case", insert(p0, `"Number": 7,`), "$.proposals[0].number", "字段“number”重复出现"},
		{"number as text", replaceAt(within(t, good, p5, `"number": 6`, 0), `"number": 6`, `"number": "6"`), "$.proposals[5].number", "类型不符：应为数字，实为字符串"},
		{"unknown key in a step", insert(within(t, good, p2, `"action": `, 1), `"foo": 1, `), "$.proposals[2].history[1].foo", `未知字段 "foo"`},
		{"step date", replaceAt(within(t, good, p0, `"date": "2022-03-08"`, 0), `"date": "2022-03-08"`, `"date": "2022-03-32"`), "$.proposals[0].history[1].date", "没有这一天"},
		{"step action", replaceAt(within(t, good, p0, `"action": "审查"`, 0), `"action": "审查"`, `"action": "审核"`), "$.proposals[0].history[1].action", `无法解析办理步骤 "审核"`},
		{"reply grade", replaceAt(within(t, good, p0, `"grade": "`, 0), `"grade": "`, `"grade": 9, "x": "`), "$.proposals[3].history[4].grade", "类型不符：应为字符串，实为数字"},
		{"history as object", replaceAt(within(t, good, p0, `"history": [`, 0), `"history": [`, `"history": {"steps": [`), "$", "语法错误"},
		{"history an object", insert(within(t, good, p0, `"history": [`, 0)+len(`"history": `), `{"a": 1}, "x": `), "$.proposals[0].history", "类型不符：应为数组，实为对象"},
		{"date a number", replaceAt(within(t, good, p0, `"date": "2022-03-08"`, 0), `"date": "2022-03-08"`, `"date": 20220308`), "$.proposals[0].history[1].date", "类型不符：应为字符串，实为数字"},
		{"activity field", insert(element(t, good, "activities", 3), `"colour": 1,`), "$.activities[3].colour", `未知字段 "colour"`},
		{"activity kind", replaceAt(within(t, good, element(t, good, "activities", 3), `"kind": "委员小组活动"`, 0), `"kind": "委员小组活动"`, `"kind": "小组活动"`), "$.activities[3].kind", "未知的活动类型"},
		{"group activity form", insert(element(t, good, "activities", 3), `"forms": 1,`), "$.activities[3].forms", `未知字段 "forms"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.NotEqual(t, good, tc.in)
			_, err := summary.Parse([]byte(tc.in))
			require.Error(t, err)
			je := requireJSONError(t, err)
			assert.Equal(t, tc.path, je.Path)
			assert.Contains(t, err.Error(), tc.msg)
			assert.NotRegexp(t, goNames, je.Msg)
			assert.NotContains(t, err.Error(), "活动活动")
		})
	}
}

// TestParseBOM accepts records and outlines that start with the UTF-8
// byte-order mark some editors write.
func TestParseBOM(t *testing.T) {
	good := halfyearRecords(t)
	want, err := summary.Parse([]byte(good))
	require.NoError(t, err)
	got, err := summary.Parse([]byte("\uFEFF" + good))
	require.NoError(t, err)
	assert.Equal(t, want, got)
	_, err = summary.ParseOutline([]byte("\uFEFF" + `{"period":"2022-H1","sections":[]}`))
	assert.NoError(t, err)
}

// TestParseRefusesControlCharacters refuses, at load and naming the record
// field, control characters that would otherwise surface only when
// rendering (a "\n" in a title started a new paragraph in every format).
func TestParseRefusesControlCharacters(t *testing.T) {
	good := halfyearRecords(t)
	p0 := element(t, good, "proposals", 0)
	title := within(t, good, p0, `"title": "`, 0) + len(`"title": "`)
	a2 := element(t, good, "activities", 2)
	actTitle := within(t, good, a2, `"title": "`, 0) + len(`"title": "`)
	m1 := within(t, good, element(t, good, "members", 1), `"name": "`, 0) + len(`"name": "`)
	cases := []struct{ name, in, path, what string }{
		{"newline in a proposal title", good[:title] + `关于\n` + good[title:], "$.proposals[0].title", "换行符"},
		{"tab in an activity title", good[:actTitle] + `\t` + good[actTitle:], "$.activities[2].title", "制表符"},
		{"line separator in a name", good[:m1] + "\u2028" + good[m1:], "$.members[1].name", "行分隔符 U+2028"},
		{"escaped C1 control", good[:title] + `\u0085` + good[title:], "$.proposals[0].title", "控制字符 U+0085"},
		{"DEL", good[:title] + "\x7f" + good[title:], "$.proposals[0].title", "控制字符 U+007F"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := summary.Parse([]byte(tc.in))
			je := requireJSONError(t, err)
			assert.Equal(t, tc.path, je.Path)
			assert.Contains(t, je.Msg, "含有"+tc.what)
		})
	}
	// An escaped backslash followed by n is two characters, not a newline.
	rec, err := summary.Parse([]byte(good[:title] + `a\\n` + good[title:]))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(rec.Proposals[0].Title, `a\n`))
}

// TestParseWrongTypesSpeakChinese replaces, one at a time, every value of
// a proposal and a group activity with values of other
// JSON types, and holds every resulting message to a JSON path inside the
// record and Chinese without Go names, encoding/json's English or dumps.
func TestParseWrongTypesSpeakChinese(t *testing.T) {
	good := halfyearRecords(t)
	english := regexp.MustCompile(`json:|cannot|unmarshal|invalid character|looking for|Go value|\bstruct\b`)
	spans := []struct {
		key string
		i   int
	}{{"proposals", 0}, {"activities", 3}}
	checked := 0
	for _, sp := range spans {
		start := element(t, good, sp.key, sp.i)
		end := element(t, good, sp.key, sp.i+1)
		for at := start; ; {
			i := strings.Index(good[at:end], `": `)
			if i < 0 {
				break
			}
			v := at + i + len(`": `)
			at = v
			if good[v] == '[' || good[v] == '{' {
				continue // containers: their members are tried one by one
			}
			n := len(good[v:]) - len(strings.TrimLeft(good[v:], "0123456789.-"))
			if good[v] == '"' {
				n = strings.Index(good[v+1:], `"`) + 2
			} else if strings.HasPrefix(good[v:], "true") || strings.HasPrefix(good[v:], "null") {
				n = 4
			} else if strings.HasPrefix(good[v:], "false") {
				n = 5
			}
			for _, bad := range []string{`{"x":1}`, `12345678901234567890`, `"？"`} {
				in := good[:v] + bad + good[v+n:]
				_, err := summary.Parse([]byte(in))
				if err == nil {
					continue
				}
				checked++
				var je *jsonstrict.Error
				if !errors.As(err, &je) {
					continue // a validation error found after decoding
				}
				assert.True(t, strings.HasPrefix(je.Path, "$."+sp.key+"["), "%s: path %s", bad, je.Path)
				assert.NotRegexp(t, goNames, je.Msg, "%s at %s", bad, je.Path)
				assert.NotRegexp(t, english, je.Msg, "%s at %s", bad, je.Path)
				assert.NotContains(t, je.Msg, "{", "%s at %s", bad, je.Path)
			}
		}
	}
	assert.Greater(t, checked, 40)
}

// A history that breaks the workflow is named once, by its JSON path and
// the step counted from 1, without repeating the proposal's number.
func TestParseHistoryMessage(t *testing.T) {
	good := halfyearRecords(t)
	p0 := element(t, good, "proposals", 0)
	at := within(t, good, p0, `"action": "审查"`, 0)
	in := good[:at] + `"action": "立案"` + good[at+len(`"action": "审查"`):]
	_, err := summary.Parse([]byte(in))
	je := requireJSONError(t, err)
	assert.Equal(t, "$.proposals[0].history[1]", je.Path)
	assert.Equal(t, "办理记录第2步不合流程：当前状态为“已提交”，不能“立案”", je.Msg)
}
