package zh_test

import (
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi/zh"
)

func ExampleSortByStroke() {
	type member struct {
		Name   string
		Sector string
	}
	members := []member{
		{"陈明", "经济界"}, {"张伟", "教育界"}, {"何静", "医药卫生界"}, {"吴刚", "农业界"},
		{"杨帆", "科学技术界"}, {"李强", "中国民主同盟"}, {"王芳", "文化艺术界"},
		{"毛建国", "中国致公党"}, {"丁一", "无党派人士"}, {"卜红", "社会科学界"},
	}
	zh.SortByStroke(members, func(m member) string { return m.Name })
	for _, m := range members {
		fmt.Println(m.Name, m.Sector)
	}
	// Output:
	// 丁一 无党派人士
	// 卜红 社会科学界
	// 王芳 文化艺术界
	// 毛建国 中国致公党
	// 李强 中国民主同盟
	// 杨帆 科学技术界
	// 吴刚 农业界
	// 何静 医药卫生界
	// 张伟 教育界
	// 陈明 经济界
}

func ExampleStrokeCompare() {
	names := []string{"王芳", "王　伟", "古丽·王", "王"}
	slices.SortFunc(names, zh.StrokeCompare)
	fmt.Println(names)
	fmt.Println(zh.StrokeCompare("李", "杨"), zh.StrokeCompare("陈", "张"))
	// Output:
	// [王 王　伟 王芳 古丽·王]
	// -1 1
}

func ExampleStrokeLess() {
	fmt.Println(zh.StrokeLess("丁", "卜"), zh.StrokeLess("毛", "王"))
	// Output: true false
}

func ExampleStrokeOrder() {
	for _, r := range "王李" {
		order, _ := zh.StrokeOrder(r)
		fmt.Println(string(r), order)
	}
	_, ok := zh.StrokeOrder('A')
	fmt.Println(ok)
	// Output:
	// 王 横横竖横
	// 李 横竖撇点折竖横
	// false
}

func ExampleStrokes() {
	n, ok := zh.Strokes('陈')
	fmt.Println(n, ok)
	// Output: 7 true
}
