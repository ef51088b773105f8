package zh_test

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/lvzhi-go/lvzhi/zh"
)

func ExampleEncodeGB18030() {
	b, err := zh.EncodeGB18030("政协2022")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("% X\n", b)

	_, err = zh.EncodeGB18030("政协\xff")
	fmt.Println(err)
	fmt.Println(errors.Is(err, zh.ErrInvalidUTF8))
	// Output:
	// D5 FE D0 AD 32 30 32 32
	// zh: 第 6 字节（从 0 起算）处格式不正确：不是有效的 UTF-8 编码
	// true
}

func ExampleDecodeGB18030() {
	s, err := zh.DecodeGB18030([]byte{0xD5, 0xFE, 0xD0, 0xAD})
	fmt.Println(s, err)

	_, err = zh.DecodeGB18030([]byte{0xD5, 0xFE, 0xD0})
	var ee *zh.EncodingError
	if errors.As(err, &ee) {
		fmt.Println("bad byte at", ee.Offset)
	}
	// Output:
	// 政协 <nil>
	// bad byte at 2
}

func ExampleNewGB18030Writer() {
	var out bytes.Buffer
	w := zh.NewGB18030Writer(&out)
	// 协 is E5 8D 8F in UTF-8; its bytes may arrive in different writes.
	w.Write([]byte("政\xe5"))
	w.Write([]byte("\x8d\x8f"))
	if err := w.Close(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("% X\n", out.Bytes())
	// Output:
	// D5 FE D0 AD
}
