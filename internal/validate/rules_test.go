package validate_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/validate"
)

func TestIDCard(t *testing.T) {
	cases := []struct {
		in   string
		ok   bool
		male bool
		date string
	}{
		{"11010519491231002X", true, false, "1949-12-31"}, // the example of GB 11643-1999
		{"110101200001010010", true, true, "2000-01-01"},
		{"310115199003071239", true, true, "1990-03-07"},
		{"650102198512319871", true, true, "1985-12-31"},
		{"810000199912310012", true, true, "1999-12-31"},
		{"11010519491231002x", false, false, ""}, // lower-case x
		{"110105194912310021", false, false, ""}, // wrong check digit
		{"440524188001010014", false, false, ""}, // right check digit, born before 1900
		{"110105194902300021", false, false, ""}, // 30 February
		{"910105194912310021", false, false, ""}, // region 9
		{"010105194912310021", false, false, ""}, // region 0
		{"11010519491231002", false, false, ""},  // 17 characters
		{"11010519491231002X1", false, false, ""},
		{"1101051949123100２X", false, false, ""}, // full-width digit
		{"", false, false, ""},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.ok, validate.IsIDCard(tc.in), tc.in)
		d, ok := validate.IDCardBirthDate(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.date, d.String(), tc.in)
		male, ok := validate.IDCardMale(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.male, male, tc.in)
	}
	c, ok := validate.IDCardCheckDigit("11010519491231002")
	assert.True(t, ok)
	assert.Equal(t, byte('X'), c)
	_, ok = validate.IDCardCheckDigit("1101051949123100A")
	assert.False(t, ok)
}

// checkDigit is an independent implementation of ISO 7064 MOD 11-2 from
// its definition: the check character a18 makes Σ aᵢ·2^(18-i) ≡ 1 (mod 11),
// where X stands for 10.
func checkDigit(body string) byte {
	sum, w := 0, 1
	for i := 16; i >= 0; i-- {
		w = w * 2 % 11
		sum += int(body[i]-'0') * w
	}
	for a := 0; a <= 10; a++ {
		if (sum+a)%11 == 1 {
			if a == 10 {
				return 'X'
			}
			return byte('0' + a)
		}
	}
	return '?'
}

func FuzzIDCard(f *testing.F) {
	f.Add("11010519491231002X", uint32(0))
	f.Add("110101200001010010", uint32(1))
	f.Add("", uint32(42))
	f.Add("\xff\xfe", uint32(7))
	f.Fuzz(func(t *testing.T, s string, seed uint32) {
		// Arbitrary input never panics and is accepted only in canonical form.
		if validate.IsIDCard(s) {
			require.Len(t, s, 18)
			assert.Equal(t, checkDigit(s[:17]), s[17])
		}
		// An identity number built from the seed with the right check digit
		// always passes; with any other last character it fails.
		y := 1900 + int(seed%200)
		m := 1 + int(seed/200%12)
		d := 1 + int(seed/2400%28)
		body := fmt.Sprintf("%d%05d%04d%02d%02d%03d", 1+seed%8, seed%100000, y, m, d, seed%1000)
		id := body + string(checkDigit(body))
		assert.True(t, validate.IsIDCard(id), id)
		birth, ok := validate.IDCardBirthDate(id)
		assert.True(t, ok)
		assert.Equal(t, fmt.Sprintf("%04d-%02d-%02d", y, m, d), birth.String())
		wrong := body + "7"
		if checkDigit(body) != '7' {
			assert.False(t, validate.IsIDCard(wrong), wrong)
		}
	})
}

func TestZhName(t *testing.T) {
	cases := []struct {
		in string
		ok bool
	}{
		{"张三", true},
		{"欧阳修", true},
		{"阿沛·阿旺晋美", true},
		{"爱新觉罗·溥仪", true},
		{"买买提·吐尔逊·艾力", true},
		{"𠀋一", true}, // CJK Extension B
		{"王〇", true}, // U+3007 is Han
		{strings.Repeat("张", 20), true},
		{strings.Repeat("张", 21), false},
		{"张", false},
		{"·张三", false},
		{"张三·", false},
		{"阿沛··阿旺", false},
		{"阿沛・阿旺", false}, // katakana middle dot needs normalisation
		{"张 三", false},
		{"Zhang San", false},
		{"张3", false},
		{"⺁一", false}, // a radical, not a character
		{"", false},
		{"\xff张", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.ok, validate.IsZhName(tc.in), tc.in)
	}
}

func FuzzZhName(f *testing.F) {
	for _, s := range []string{"张三", "阿沛·阿旺晋美", "·", "··", "张·", "\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ok := validate.IsZhName(s)
		if !ok {
			return
		}
		n := utf8.RuneCountInString(s)
		assert.True(t, n >= 2 && n <= 20, s)
		assert.False(t, strings.HasPrefix(s, "·") || strings.HasSuffix(s, "·") || strings.Contains(s, "··"), s)
		assert.True(t, utf8.ValidString(s))
		// Normalising a valid name leaves it unchanged.
		out, err := validate.NormalizeString(s, "name")
		require.NoError(t, err)
		assert.Equal(t, s, out)
	})
}

func TestMobile(t *testing.T) {
	for in, ok := range map[string]bool{
		"13912345678": true, "19912345678": true, "16612345678": true,
		"12912345678": false, "1391234567": false, "139123456789": false, "+8613912345678": false,
		"1391234567a": false, "23912345678": false, "": false,
	} {
		assert.Equal(t, ok, validate.IsMobile(in), in)
	}
}

func TestNormalizeString(t *testing.T) {
	cases := []struct{ tag, in, want string }{
		{"trim", "\u3000 张三 \t\u200B", "张三"},
		{"trim", "北京市，朝阳区", "北京市，朝阳区"},
		{"narrow", "　１１０１０５ｘ　", "110105x"},
		{"narrow", "（１）号，", "（1）号，"}, // full-width punctuation kept
		{"narrow,upper", "１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"},
		{"name", " 张　三 ", "张三"},
		{"name", "阿沛・阿旺晋美", "阿沛·阿旺晋美"},
		{"name", "阿沛•阿旺晋美", "阿沛·阿旺晋美"},
		{"mobile", "+86 139-1234-5678", "13912345678"},
		{"mobile", "＋８６　１３９１２３４５６７８", "13912345678"},
		{"mobile", "0086 13912345678", "13912345678"},
		{"mobile", "8613912345678", "13912345678"},
		{"mobile", "(0771) 123-4567", "07711234567"},
		{"mobile", "86139", "86139"},
	}
	for _, tc := range cases {
		got, err := validate.NormalizeString(tc.in, tc.tag)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%s %q", tc.tag, tc.in)
	}
	_, err := validate.NormalizeString("x", "trim,bogus")
	assert.ErrorIs(t, err, validate.ErrBadTag)
}

type address struct {
	Line string `norm:"trim"`
}

type person struct {
	Name     string    `norm:"name"`
	ID       string    `norm:"narrow,upper"`
	Nick     *string   `norm:"trim"`
	Aliases  []string  `norm:"trim"`
	Raw      string    // no tag: left alone
	Home     address   // nested struct
	Work     *address  // pointer to struct
	Old      []address // slice of structs
	Others   []*person // slice of pointers, possibly cyclic
	Nothing  *address  // nil pointer: skipped
	private  string    `norm:"trim"`
	Birthday lvzhi.Date
}

func TestNormalize(t *testing.T) {
	nick := " 小张 "
	p := &person{
		Name: " 张　三 ", ID: "ｘ１", Nick: &nick, Aliases: []string{" a ", "b "}, Raw: " raw ",
		Home: address{" 家 "}, Work: &address{" 单位 "}, Old: []address{{" 旧 "}},
		private: " keep ",
	}
	p.Others = []*person{p, nil}
	require.NoError(t, validate.Normalize(p))
	assert.Equal(t, "张三", p.Name)
	assert.Equal(t, "X1", p.ID)
	assert.Equal(t, "小张", nick)
	assert.Equal(t, []string{"a", "b"}, p.Aliases)
	assert.Equal(t, " raw ", p.Raw)
	assert.Equal(t, "家", p.Home.Line)
	assert.Equal(t, "单位", p.Work.Line)
	assert.Equal(t, "旧", p.Old[0].Line)
	assert.Equal(t, " keep ", p.private)

	// A struct value is not changed, and Struct on a value does not normalise.
	v := person{Name: " 张三 "}
	require.NoError(t, validate.Normalize(v))
	assert.Equal(t, " 张三 ", v.Name)
	assert.NoError(t, validate.Normalize(nil))
}

func TestStructNormalisesBeforeValidating(t *testing.T) {
	s := &sponsor{Name: " 阿沛・阿旺晋美 ", IDNumber: "１１０１０５１９４９１２３１００２ｘ", Mobile: "+86 139 1234 5678"}
	require.NoError(t, validate.Struct(s))
	assert.Equal(t, sponsor{Name: "阿沛·阿旺晋美", IDNumber: "11010519491231002X", Mobile: "13912345678"}, *s)

	// Passed by value, the same data is not normalised and fails.
	v := sponsor{Name: " 张三 ", IDNumber: "11010519491231002x"}
	verrs := fieldErrors(t, validate.Struct(v))
	assert.Len(t, verrs, 2)
}
