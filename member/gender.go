package member

// Gender is a member's sex (性别) as recorded on the roster.
type Gender int

// The two values of GB/T 2261.1 in use on rosters.
const (
	Male   Gender = iota + 1 // 男
	Female                   // 女
)

var genderNames = []string{"", "男", "女"}

// String returns "男" or "女", or "Gender(n)" out of range.
func (g Gender) String() string { return enumName(genderNames, "Gender", int(g)) }

// IsValid reports whether g is Male or Female.
func (g Gender) IsValid() bool { return g == Male || g == Female }

// MarshalText writes "男" or "女".
func (g Gender) MarshalText() ([]byte, error) {
	return enumText(genderNames, "性别", "Gender", int(g))
}

// UnmarshalText accepts exactly "男" or "女".
func (g *Gender) UnmarshalText(b []byte) error {
	n, err := enumParse("性别", b, genderNames)
	if err != nil {
		return err
	}
	*g = Gender(n)
	return nil
}
