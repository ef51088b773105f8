package validate

import (
	"errors"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/idcard"
)

// IDCardCheckDigit returns the check character ('0'–'9' or 'X') of a
// resident identity number whose first 17 characters are body; ok is false
// unless body is exactly 17 ASCII digits. See [idcard.CheckDigit].
func IDCardCheckDigit(body string) (check byte, ok bool) {
	c, err := idcard.CheckDigit(body)
	return c, err == nil
}

// IsIDCard reports whether s is a well-formed 18-character citizen identity
// number under GB 11643-1999 (公民身份号码), as [idcard.Parse] checks it. A
// lower-case x is rejected (normalise with `norm:"narrow,upper"`).
//
// Whether the birth date lies in the past cannot be judged without a clock
// and is left to the caller.
func IsIDCard(s string) bool { return idcard.Valid(s) }

// IDCardBirthDate returns the birth date encoded in the resident identity
// number s, with ok false if s is not accepted by [IsIDCard].
func IDCardBirthDate(s string) (birth lvzhi.Date, ok bool) {
	n, err := idcard.Parse(s)
	return n.Birth, err == nil
}

// IDCardMale reports whether the sequence code of the resident identity
// number s is odd, which GB 11643-1999 reserves for men (even for women);
// ok is false if s is not accepted by [IsIDCard].
func IDCardMale(s string) (male, ok bool) {
	n, err := idcard.Parse(s)
	return n.Male(), err == nil
}

// idCardMessage words the idcard rule's failure on value for the field
// labelled label, naming the wrong part: "公民身份号码的校验码有误：校验码应为X，实为1".
func idCardMessage(label string, value any) (string, bool) {
	s, ok := value.(string)
	if !ok {
		return "", false
	}
	var e *idcard.Error
	if _, err := idcard.Parse(s); !errors.As(err, &e) {
		return "", false
	}
	return label + "的" + e.Problem.String() + "有误：" + e.Detail, true
}
