package idcard

import "strconv"

// Problem tells which part of a number is wrong.
type Problem int

// The problems [Parse] reports, in the order it checks for them.
const (
	ProblemLength     Problem = iota + 1 // not 18 characters
	ProblemCharacter                     // a character other than a digit (or X last)
	ProblemRegion                        // the address code does not start with 1–8
	ProblemBirthDate                     // positions 7–14 are not a real day in 1900 or later
	ProblemCheckDigit                    // the check character does not match
)

var problemNames = [...]string{"", "位数", "字符", "地址码", "出生日期", "校验码"}

// String returns the Chinese name of the part: 位数, 字符, 地址码, 出生日期,
// 校验码; out of range it returns "Problem(n)".
func (p Problem) String() string {
	if p >= ProblemLength && int(p) < len(problemNames) {
		return problemNames[p]
	}
	return "Problem(" + strconv.Itoa(int(p)) + ")"
}

// Error reports a number that is not well formed. Its message is Chinese
// and says what is wrong, e.g. "公民身份号码的出生日期有误：第7至14位的出生日期
// 19700230不是1900年以后的有效日期".
type Error struct {
	Input   string  // the text as given
	Problem Problem // which part is wrong
	Detail  string  // what was expected and found, in Chinese
}

func (e *Error) Error() string {
	return "公民身份号码的" + e.Problem.String() + "有误：" + e.Detail
}
