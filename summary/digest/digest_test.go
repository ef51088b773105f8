package digest_test

import (
	"cmp"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/summary/digest"
)

type item struct {
	title string
	key   bool
	n     int
}

func TestTopOrdersDedupesAndLimits(t *testing.T) {
	items := []item{{"甲", false, 3}, {"乙", true, 1}, {"丙", false, 9}, {"乙", true, 1}, {"丁", false, 9}, {"", true, 99}}
	byKeyThenN := func(a, b item) int {
		if a.key != b.key {
			if a.key {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.n, a.n)
	}
	l := digest.Top(items, 2, byKeyThenN, func(i item) string { return i.title }, digest.Book)
	assert.Equal(t, []string{"乙", "丙"}, l.Names, "key first, then largest n, ties in input order")
	assert.Equal(t, 4, l.Total, "乙 counts once and the empty name not at all")
	assert.Equal(t, "《乙》《丙》", l.Joined())
	assert.Equal(t, "《乙》《丙》等4件", l.Etc("件"), "a total is a statistic: digits")
	assert.Equal(t, "《乙》《丙》等", l.String())

	all := digest.Top(items, -1, nil, func(i item) string { return i.title }, digest.Plain)
	assert.Equal(t, []string{"甲", "乙", "丙", "丁"}, all.Names)
	assert.Equal(t, "甲、乙、丙、丁", all.Etc("件"), "nothing left out: no 等")
	assert.Equal(t, "甲、乙、丙、丁4件", all.Counted("件"), "named in full and counted, in digits like 立案32件")
	assert.Equal(t, "《乙》《丙》等4件", l.Counted("件"))
	one := digest.Names([]string{"甲"}, 0, digest.Quote)
	assert.Equal(t, "“甲”", one.Counted("个"), "a single name stands alone")

	def := digest.Names([]string{"a", "b", "c", "d", "e"}, 0, digest.Quote)
	assert.Equal(t, digest.DefaultLimit, def.Len())
	assert.Equal(t, 2, def.More())
	assert.Equal(t, "“a”“b”“c”等5个", def.Etc("个"))
	many := digest.Names([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}, 0, digest.Plain)
	assert.Equal(t, "1、2、3等12个", many.Etc("个"))
}

func TestNumbersCount(t *testing.T) {
	cases := []struct {
		p    digest.Numbers
		n    int
		want string
	}{
		{digest.Chinese, 1, "一期"}, {digest.Chinese, 2, "两期"}, {digest.Chinese, 10, "十期"},
		{digest.Chinese, 11, "11期"}, {digest.Chinese, 0, "0期"}, {digest.Arabic, 2, "2期"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.p.Count(c.n, "期"), "%v %d", c.p, c.n)
	}
	p, ok := digest.ParseNumbers("arabic")
	assert.True(t, ok)
	assert.Equal(t, digest.Arabic, p)
	_, ok = digest.ParseNumbers("roman")
	assert.False(t, ok)
}

func TestCountBy(t *testing.T) {
	acts := [][]string{{"科技组"}, {"科技组", "社会组"}, {"工商组"}, {"社会组", "社会组"}, {""}}
	got := digest.CountBy(acts, func(k []string) []string { return k })
	assert.Equal(t, []digest.Count{{"科技组", 2}, {"社会组", 2}, {"工商组", 1}}, got)
}

func TestProtocol(t *testing.T) {
	assert.Equal(t, "区委、区人大、区政府、区政协", digest.ProtocolList("区政府、区人大、区政协、区委"))
	assert.Equal(t, "区人大常委会、区政府、区政协", digest.Conveners("区政府、区人大、区政协"), "a bare 人大 convenes by its standing committee")
	assert.Equal(t, "区人大常委会、区政府、区政协", digest.Conveners("区政府、区人大常委会、区政协"))
	assert.Equal(t, []string{"中共某区委员会", "市人大", "市政府", "市政协", "市中级人民法院", "市人民检察院", "团市委", "市妇联"},
		digest.Protocol([]string{"市人民检察院", "团市委", "市政协", "市中级人民法院", "市妇联", "市政府", "中共某区委员会", "市人大"}),
		"other bodies (团市委 is not the Party committee) keep their order after the two courts")
}

func TestFactoredAndTrimSuffix(t *testing.T) {
	l := digest.Names([]string{"中小学校建设情况", "农业示范基地建设情况", "工业园区建设情况", "河道治理情况"}, 3, digest.Plain)
	assert.Equal(t, "中小学校、农业示范基地、工业园区建设情况", l.Factored(), "the shared ending once")
	assert.Equal(t, "文史工作座谈会、经济形势分析会", digest.Names([]string{"文史工作座谈会", "经济形势分析会"}, 0, digest.Plain).Factored(),
		"a one-character ending (会) is not factored")
	assert.Equal(t, "《甲报告》《乙报告》", digest.Names([]string{"甲报告", "乙报告"}, 0, digest.Book).Factored(), "titles keep their endings")
	assert.Equal(t, "送文化下乡、义诊进社区、活动", digest.Names([]string{"送文化下乡活动", "义诊进社区活动", "活动"}, 0, digest.Plain).TrimSuffix("活动").Joined(),
		"a name that is only the suffix keeps it")
}

// Grouped writes the names that share an ending together, the ending
// once, so that a sentence does not say 工作座谈会 three times.
func TestGrouped(t *testing.T) {
	l := digest.Names([]string{"经济形势分析会", "文史工作座谈会", "提案工作座谈会"}, 3, digest.Plain)
	assert.Equal(t, "文史、提案工作座谈会和经济形势分析会", l.Grouped())
	assert.Equal(t, "民主监督、文史、提案工作座谈会",
		digest.Names([]string{"民主监督工作座谈会", "文史工作座谈会", "提案工作座谈会"}, 3, digest.Plain).Grouped())
	assert.Equal(t, "文史工作座谈会、经济形势分析会",
		digest.Names([]string{"文史工作座谈会", "经济形势分析会"}, 0, digest.Plain).Grouped(), "nothing shared: joined")
	assert.Equal(t, "《甲报告》《乙报告》", digest.Names([]string{"甲报告", "乙报告"}, 0, digest.Book).Grouped(), "titles keep their endings")
}

func TestJoinShared(t *testing.T) {
	assert.Equal(t, "省政协常务委员会工作报告和关于提案工作情况的报告",
		digest.JoinShared([]string{"省政协常务委员会工作报告", "省政协常务委员会关于提案工作情况的报告"}))
	assert.Equal(t, "区政府工作报告、区财政预（决）算草案、区“两院”报告",
		digest.JoinShared([]string{"区政府工作报告", "区财政预（决）算草案", "区“两院”报告"}), "区 alone is not a shared opening")
	assert.Equal(t, "甲", digest.JoinShared([]string{"甲"}))
}
