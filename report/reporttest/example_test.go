package reporttest_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/report/reporttest"
)

func ExampleDiff() {
	want := "一、加强党风廉政建设\n（一）坚持民主集中制原则\n1.举办常委学习班\n"
	got := "一、加强党风廉政建设\n（一）坚持民主集中制原则\n1、举办常委学习班\n"
	fmt.Print(reporttest.Diff(want, got))
	// Output:
	// @@ -1,3 +1,3 @@
	//   1 1 | 一、加强党风廉政建设
	//   2 2 | （一）坚持民主集中制原则
	// - 3   | 1[-.-]举办常委学习班
	// +   3 | 1{+、+}举办常委学习班
}
