package zh_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/zh"
)

func ExampleBookTitle() {
	fmt.Println(zh.BookTitle("关于在小学和社区创办“四点钟学校”的建议"))
	fmt.Println(zh.BookTitle("关于学习《民法典》的建议"))
	fmt.Println(zh.BookTitle("《社情民意》"))
	// Output:
	// 《关于在小学和社区创办“四点钟学校”的建议》
	// 《关于学习〈民法典〉的建议》
	// 《社情民意》
}
