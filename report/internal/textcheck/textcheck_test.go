package textcheck_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/report/internal/textcheck"
	"github.com/lvzhi-go/lvzhi/summary"
)

func TestCheck(t *testing.T) {
	for _, ok := range []string{"", "正文\t换行\n回车\r", "<script>&\"'", "😀𠀀", "\uFFFD"} {
		rule, _ := textcheck.Check(ok)
		assert.Empty(t, rule, "%q", ok)
	}
	cases := []struct{ in, rule, msg string }{
		{"甲\x00", "xmlchar", "第2个字符是控制字符U+0000"},
		{"\x1b", "xmlchar", "U+001B"},
		{"甲乙\uFFFE", "xmlchar", "第3个字符是非字符U+FFFE"},
		{"a\xffb", "utf8", "第2个字符处含有无效的UTF-8字节0xFF"},
		{"\xed\xa0\x80", "utf8", "0xED"},
	}
	for _, c := range cases {
		rule, msg := textcheck.Check(c.in)
		assert.Equal(t, c.rule, rule, "%q", c.in)
		assert.Contains(t, msg, c.msg, "%q", c.in)
	}
}

func TestDocument(t *testing.T) {
	errs, err := textcheck.Document(&summary.Document{Title: "", Sections: []summary.Section{{Heading: "一\x07"}}, Issuer: "\xff"})
	require.NoError(t, err)
	var fields []string
	for _, e := range errs {
		fields = append(fields, e.Field+":"+e.Rule)
	}
	assert.Equal(t, []string{"Title:required", "Sections[0].Heading:xmlchar", "Issuer:utf8"}, fields)
}
