package idcard_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/idcard"
)

// checkDigit is an independent implementation of ISO 7064 MOD 11-2 from its
// definition: the check character a18 makes Σ aᵢ·2^(18−i) ≡ 1 (mod 11).
func checkDigit(body string) byte {
	for _, c := range "0123456789X" {
		v := int(c - '0')
		if c == 'X' {
			v = 10
		}
		sum, w := v, 2 // position 18 has weight 2^0 = 1; position 17 has 2
		for i := 16; i >= 0; i-- {
			sum += int(body[i]-'0') * w
			w = w * 2 % 11
		}
		if sum%11 == 1 {
			return byte(c)
		}
	}
	return 0
}

func TestParseProblems(t *testing.T) {
	cases := []struct {
		in      string
		problem idcard.Problem
		msg     string
	}{
		{"11010519491231002", idcard.ProblemLength, "公民身份号码的位数有误：应为18位，实为17位"},
		{"11010519491231002X1", idcard.ProblemLength, "公民身份号码的位数有误：应为18位，实为19位"},
		{"1101051949123100２X", idcard.ProblemCharacter, "公民身份号码的字符有误：第17位应为数字，实为“２”"},
		{"11010519491231002x", idcard.ProblemCharacter, "公民身份号码的字符有误：第18位应为数字或大写字母X，实为“x”"},
		{"1101A5194912310021", idcard.ProblemCharacter, "公民身份号码的字符有误：第5位应为数字，实为“A”"},
		{"910105194912310021", idcard.ProblemRegion, "公民身份号码的地址码有误：地址码910105的首位应为1至8"},
		{"110105194902300021", idcard.ProblemBirthDate, "公民身份号码的出生日期有误：第7至14位的出生日期19490230不是1900年以后的有效日期"},
		{"440524188001010014", idcard.ProblemBirthDate, "公民身份号码的出生日期有误：第7至14位的出生日期18800101不是1900年以后的有效日期"},
		{"110105194912310021", idcard.ProblemCheckDigit, "公民身份号码的校验码有误：校验码应为X，实为1"},
	}
	for _, tc := range cases {
		_, err := idcard.Parse(tc.in)
		var e *idcard.Error
		require.True(t, errors.As(err, &e), tc.in)
		assert.Equal(t, tc.problem, e.Problem, tc.in)
		assert.Equal(t, tc.in, e.Input)
		assert.Equal(t, tc.msg, err.Error(), tc.in)
		assert.False(t, idcard.Valid(tc.in), tc.in)
	}
}

func TestParseValid(t *testing.T) {
	n, err := idcard.Parse("11010519491231002X") // the example of GB 11643-1999
	require.NoError(t, err)
	assert.Equal(t, idcard.Number{Region: "110105", Birth: lvzhi.MustDate(1949, 12, 31), Sequence: 2, Check: 'X'}, n)
	assert.False(t, n.Male())
	assert.Equal(t, "11010519491231002X", n.String())
	assert.True(t, n.BornBy(lvzhi.MustDate(1949, 12, 31)))
	assert.False(t, n.BornBy(lvzhi.MustDate(1949, 12, 30)))
}

func TestMakeRoundTrip(t *testing.T) {
	for seq := 0; seq < 1000; seq += 37 {
		s, err := idcard.Make("320106", lvzhi.MustDate(1975, 2, 28), seq)
		require.NoError(t, err)
		n, err := idcard.Parse(s)
		require.NoError(t, err, s)
		assert.Equal(t, seq, n.Sequence)
		assert.Equal(t, seq%2 == 1, n.Male())
		assert.Equal(t, checkDigit(s[:17]), s[17], s)
	}
	for _, bad := range []struct {
		region string
		birth  lvzhi.Date
		seq    int
		p      idcard.Problem
	}{
		{"020106", lvzhi.MustDate(1975, 2, 28), 1, idcard.ProblemRegion},
		{"32010", lvzhi.MustDate(1975, 2, 28), 1, idcard.ProblemRegion},
		{"3201a6", lvzhi.MustDate(1975, 2, 28), 1, idcard.ProblemRegion},
		{"320106", lvzhi.MustDate(1899, 12, 31), 1, idcard.ProblemBirthDate},
		{"320106", lvzhi.Date{}, 1, idcard.ProblemBirthDate},
		{"320106", lvzhi.MustDate(1975, 2, 28), 1000, idcard.ProblemCharacter},
		{"320106", lvzhi.MustDate(1975, 2, 28), -1, idcard.ProblemCharacter},
	} {
		_, err := idcard.Make(bad.region, bad.birth, bad.seq)
		var e *idcard.Error
		require.True(t, errors.As(err, &e), "%+v", bad)
		assert.Equal(t, bad.p, e.Problem, "%+v", bad)
	}
}

func TestCheckDigit(t *testing.T) {
	c, err := idcard.CheckDigit("11010519491231002")
	require.NoError(t, err)
	assert.Equal(t, byte('X'), c)
	_, err = idcard.CheckDigit("1101051949123100A")
	assert.EqualError(t, err, "公民身份号码的字符有误：第17位应为数字，实为“A”")
	_, err = idcard.CheckDigit("110105")
	assert.EqualError(t, err, "公民身份号码的位数有误：校验码前的本体码应为17位数字，实为6个字符")
	assert.Equal(t, "Problem(9)", idcard.Problem(9).String())
	assert.Equal(t, "校验码", idcard.ProblemCheckDigit.String())
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"11010519491231002X", "110105194912310021", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := idcard.Parse(s)
		if err != nil {
			var e *idcard.Error
			if !errors.As(err, &e) || e.Problem.String() == "" {
				t.Fatalf("%q: %v", s, err)
			}
			return
		}
		if n.String() != s || checkDigit(s[:17]) != s[17] {
			t.Fatalf("%q parsed to %+v", s, n)
		}
	})
}
