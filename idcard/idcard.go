package idcard

import (
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
)

// Len is the number of characters of a citizen identity number.
const Len = 18

// weights are the weights of the 17 body digits, 2^(17−i) mod 11 for
// position i (ISO 7064 MOD 11-2).
var weights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// checkChars maps the weighted sum modulo 11 to the check character.
const checkChars = "10X98765432"

// Number is a parsed citizen identity number.
type Number struct {
	Region   string     // 6-digit address code, e.g. "110105"
	Birth    lvzhi.Date // the birth date it encodes
	Sequence int        // sequence code 0–999; odd for men, even for women
	Check    byte       // check character '0'–'9' or 'X'
}

// Male reports whether the sequence code is odd, which GB 11643-1999
// reserves for men.
func (n Number) Male() bool { return n.Sequence%2 == 1 }

// String returns the 18-character number.
func (n Number) String() string {
	body := fmt.Sprintf("%s%04d%02d%02d%03d", n.Region, n.Birth.Year, int(n.Birth.Month), n.Birth.Day, n.Sequence)
	return body + string(n.Check)
}

// BornBy reports whether the birth date is on or before day, typically
// today: a number whose holder is born in the future is well formed but
// not real.
func (n Number) BornBy(day lvzhi.Date) bool { return !n.Birth.After(day) }

// CheckDigit returns the check character ('0'–'9' or 'X') of a number
// whose first 17 characters are body. It fails with an [*Error] unless body
// is exactly 17 ASCII digits.
func CheckDigit(body string) (byte, error) {
	if n := utf8.RuneCountInString(body); n != Len-1 || len(body) != Len-1 {
		return 0, &Error{Input: body, Problem: ProblemLength, Detail: fmt.Sprintf("校验码前的本体码应为17位数字，实为%d个字符", n)}
	}
	sum := 0
	for i := 0; i < Len-1; i++ {
		c := body[i]
		if c < '0' || c > '9' {
			return 0, &Error{Input: body, Problem: ProblemCharacter, Detail: fmt.Sprintf("第%d位应为数字，实为“%c”", i+1, c)}
		}
		sum += int(c-'0') * weights[i]
	}
	return checkChars[sum%11], nil
}

// Valid reports whether s is a well-formed number: [Parse] accepts it.
func Valid(s string) bool {
	_, err := Parse(s)
	return err == nil
}

// Parse checks s and returns its parts. The checks run from the outside in
// — length, characters, address code, birth date, check character — and
// the first failure is returned as an [*Error] naming that part.
func Parse(s string) (Number, error) {
	if n := utf8.RuneCountInString(s); n != Len {
		return Number{}, &Error{Input: s, Problem: ProblemLength, Detail: fmt.Sprintf("应为18位，实为%d位", n)}
	}
	i := 0
	for _, c := range s {
		i++
		if c >= '0' && c <= '9' || i == Len && c == 'X' {
			continue
		}
		want := "数字"
		if i == Len {
			want = "数字或大写字母X"
		}
		return Number{}, &Error{Input: s, Problem: ProblemCharacter, Detail: fmt.Sprintf("第%d位应为%s，实为“%c”", i, want, c)}
	}
	if s[0] < '1' || s[0] > '8' {
		return Number{}, &Error{Input: s, Problem: ProblemRegion, Detail: fmt.Sprintf("地址码%s的首位应为1至8", s[:6])}
	}
	birth := lvzhi.Date{Year: atoi(s[6:10]), Month: time.Month(atoi(s[10:12])), Day: atoi(s[12:14])}
	if birth.Year < 1900 || !birth.IsValid() {
		return Number{}, &Error{Input: s, Problem: ProblemBirthDate,
			Detail: fmt.Sprintf("第7至14位的出生日期%s不是1900年以后的有效日期", s[6:14])}
	}
	want, _ := CheckDigit(s[:Len-1])
	if s[Len-1] != want {
		return Number{}, &Error{Input: s, Problem: ProblemCheckDigit,
			Detail: fmt.Sprintf("校验码应为%c，实为%c", want, s[Len-1])}
	}
	return Number{Region: s[:6], Birth: birth, Sequence: atoi(s[14:17]), Check: want}, nil
}

// Make builds the number of a person registered at region (6 digits, first
// 1–8), born on birth (1900–9999) with sequence code seq (0–999; odd for a
// man), computing its check character. It is meant for test data and
// forms; the result is accepted by [Parse].
func Make(region string, birth lvzhi.Date, seq int) (string, error) {
	switch {
	case len(region) != 6 || region[0] < '1' || region[0] > '8' || !digits(region):
		return "", &Error{Input: region, Problem: ProblemRegion, Detail: fmt.Sprintf("地址码%q应为首位1至8的6位数字", region)}
	case birth.Year < 1900 || birth.Year > 9999 || !birth.IsValid():
		return "", &Error{Input: birth.String(), Problem: ProblemBirthDate, Detail: fmt.Sprintf("出生日期%s应为1900年以后的有效日期", birth)}
	case seq < 0 || seq > 999:
		return "", &Error{Input: strconv.Itoa(seq), Problem: ProblemCharacter, Detail: fmt.Sprintf("顺序码%d应在0至999之间", seq)}
	}
	body := fmt.Sprintf("%s%04d%02d%02d%03d", region, birth.Year, int(birth.Month), birth.Day, seq)
	c, err := CheckDigit(body)
	if err != nil {
		return "", err
	}
	return body + string(c), nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi converts a string of ASCII digits already checked by the caller.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
