package digest_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/summary/digest"
)

func ExampleTop() {
	type topic struct {
		title string
		key   bool
	}
	topics := []topic{{"发展数字经济", false}, {"建设特色食品产业园", true}, {"推进中小学集团化办学", true}, {"发展数字经济", false}, {"完善养老服务体系", false}}
	keyFirst := func(a, b topic) int {
		switch {
		case a.key == b.key:
			return 0
		case a.key:
			return -1
		}
		return 1
	}
	l := digest.Top(topics, 2, keyFirst, func(t topic) string { return t.title }, digest.Quote)
	fmt.Println("确定" + l.Etc("个") + "课题")
	// Output: 确定“建设特色食品产业园”“推进中小学集团化办学”等4个课题
}

func ExampleCountBy() {
	groups := [][]string{{"科技组"}, {"科技组", "社会组"}, {"工商组"}, {"科技组"}}
	for _, c := range digest.CountBy(groups, func(g []string) []string { return g }) {
		fmt.Printf("%s%d次 ", c.Name, c.N)
	}
	// Output: 科技组3次 社会组1次 工商组1次
}

func ExampleNumbers_Count() {
	fmt.Println("分" + digest.Chinese.Count(2, "期") + "组织学习培训，第" + digest.Chinese.Count(12, "期") + "结业")
	fmt.Println("分" + digest.Arabic.Count(2, "期") + "组织学习培训")
	// Output:
	// 分两期组织学习培训，第12期结业
	// 分2期组织学习培训
}

func ExampleProtocolList() {
	fmt.Println(digest.ProtocolList("区政府、区人大、区政协") + "召开联席会议")
	// Output: 区人大、区政府、区政协召开联席会议
}

func ExampleConveners() {
	fmt.Println(digest.Conveners("区政府、区人大、区政协") + "召开联席会议")
	// Output: 区人大常委会、区政府、区政协召开联席会议
}
