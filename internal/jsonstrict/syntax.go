package jsonstrict

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
)

// syntaxPhrases translates the endings of encoding/json's syntax error
// messages ("invalid character 'x' <ending>").
var syntaxPhrases = []struct{ en, zh string }{
	{"looking for beginning of value", "此处应为一个值（对象、数组、字符串、数字、true、false 或 null）"},
	{"looking for beginning of object key string", "此处应为带双引号的字段名"},
	{"after object key:value pair", "字段之后应为逗号或右花括号“}”"},
	{"after object key", "字段名之后应为冒号"},
	{"after array element", "数组元素之后应为逗号或右方括号“]”"},
	{"after top-level value", "JSON 值之后还有多余内容"},
	{"in string literal", "字符串中不能直接出现控制字符，须写作转义序列"},
	{"in string escape code", "字符串中的转义序列无效"},
	{"in \\u hexadecimal character escape", "\\u 转义之后应为4位十六进制数字"},
	{"in numeric literal", "数字的写法无效"},
	{"in literal true (expecting", "应为 true"},
	{"in literal false (expecting", "应为 false"},
	{"in literal null (expecting", "应为 null"},
}

// syntaxError words a syntax error in Chinese, with its line and column
// (counted in characters, from 1), which a text editor shows.
func syntaxError(data []byte, se *json.SyntaxError) *Error {
	off := int(se.Offset)
	if off > len(data) {
		off = len(data)
	}
	if off > 0 {
		off-- // encoding/json's offset is just past the offending byte
	}
	line := bytes.Count(data[:off], []byte("\n")) + 1
	col := utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off]) + 1
	what := "语法错误"
	msg := se.Error()
	for _, p := range syntaxPhrases {
		if strings.Contains(msg, p.en) {
			what = "语法错误：" + p.zh
			break
		}
	}
	if r, _ := utf8.DecodeRune(data[off:]); strings.HasPrefix(msg, "invalid character") && off < len(data) {
		what += fmt.Sprintf("，实为“%c”", r)
	}
	return &Error{Path: "$", Offset: se.Offset, Line: line, Column: col, Msg: what,
		Err: fmt.Errorf("%w：%w", lvzhi.ErrSyntax, se)}
}
