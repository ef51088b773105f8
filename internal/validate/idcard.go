package validate

import (
	"time"

	"github.com/lvzhi-go/lvzhi"
)

// idWeights are the weights of the 17 body digits of a resident identity
// number, 2^(17-i) mod 11 for position i (ISO 7064 MOD 11-2).
var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// idCheckChars maps the weighted sum modulo 11 to the check character.
const idCheckChars = "10X98765432"

// IDCardCheckDigit returns the check character ('0'–'9' or 'X') of a
// resident identity number whose first 17 characters are body; ok is false
// unless body is exactly 17 ASCII digits.
func IDCardCheckDigit(body string) (check byte, ok bool) {
	if len(body) != 17 {
		return 0, false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := body[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		sum += int(c-'0') * idWeights[i]
	}
	return idCheckChars[sum%11], true
}

// IsIDCard reports whether s is a well-formed 18-character citizen identity
// number under GB 11643-1999 (公民身份号码): a 6-digit address code whose
// first digit is 1–8, an 8-digit birth date YYYYMMDD that is a real day in
// 1900 or later, a 3-digit sequence code and a check character computed by
// ISO 7064 MOD 11-2. The check character 10 is written as an upper-case X;
// a lower-case x is rejected (normalise with `norm:"narrow,upper"`).
//
// Whether the birth date lies in the past cannot be judged without a clock
// and is left to the caller.
func IsIDCard(s string) bool {
	_, ok := parseIDCard(s)
	return ok
}

// IDCardBirthDate returns the birth date encoded in the resident identity
// number s, with ok false if s is not accepted by [IsIDCard].
func IDCardBirthDate(s string) (birth lvzhi.Date, ok bool) {
	return parseIDCard(s)
}

// IDCardMale reports whether the sequence code of the resident identity
// number s is odd, which GB 11643-1999 reserves for men (even for women);
// ok is false if s is not accepted by [IsIDCard].
func IDCardMale(s string) (male, ok bool) {
	if _, ok := parseIDCard(s); !ok {
		return false, false
	}
	return (s[16]-'0')%2 == 1, true
}

func parseIDCard(s string) (lvzhi.Date, bool) {
	if len(s) != 18 || s[0] < '1' || s[0] > '8' {
		return lvzhi.Date{}, false
	}
	want, ok := IDCardCheckDigit(s[:17])
	if !ok || s[17] != want {
		return lvzhi.Date{}, false
	}
	y := atoi(s[6:10])
	m := atoi(s[10:12])
	d := atoi(s[12:14])
	birth := lvzhi.Date{Year: y, Month: time.Month(m), Day: d}
	if y < 1900 || !birth.IsValid() {
		return lvzhi.Date{}, false
	}
	return birth, true
}

// atoi converts a string of ASCII digits already checked by the caller.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
