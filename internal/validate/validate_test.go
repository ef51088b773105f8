package validate_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/validate"
)

// color is a test enum with a value receiver IsValid.
type color int

func (c color) IsValid() bool { return c >= 1 && c <= 3 }

// ptrEnum has IsValid on the pointer only.
type ptrEnum int

func (p *ptrEnum) IsValid() bool { return *p == 1 }

type sponsor struct {
	Name     string `validate:"required,zhname" label:"姓名" norm:"name"`
	IDNumber string `validate:"omitempty,idcard" label:"身份证号码" norm:"narrow,upper"`
	Mobile   string `validate:"omitempty,mobile" label:"手机号码" norm:"mobile"`
}

type proposal struct {
	Title    string     `validate:"required,max=10" label:"案由" norm:"trim"`
	Sponsors []sponsor  `validate:"required,dive" label:"提案人"`
	Lead     *sponsor   `validate:"omitempty" label:"第一提案人"`
	Date     lvzhi.Date `validate:"required,date" label:"提交日期"`
	notes    string
}

func fieldErrors(t *testing.T, err error) lvzhi.ValidationErrors {
	t.Helper()
	require.Error(t, err)
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs), "error %T is not ValidationErrors: %v", err, err)
	return verrs
}

func TestStructPathsAndLabels(t *testing.T) {
	p := &proposal{
		Title:    "关于加强社区养老服务的建议",
		Sponsors: []sponsor{{Name: "王小明"}, {Name: "", IDNumber: "110105194912310021"}},
		Lead:     &sponsor{Name: "A"},
		Date:     lvzhi.Date{Year: 2022, Month: time.February, Day: 30},
		notes:    "ignored",
	}
	verrs := fieldErrors(t, validate.Struct(p))
	want := []lvzhi.FieldError{
		{Field: "Title", Label: "案由", Rule: "max", Param: "10", Message: "案由长度不能超过10个字符"},
		{Field: "Sponsors[1].Name", Label: "提案人[1].姓名", Rule: "required", Message: "姓名为必填字段"},
		{Field: "Sponsors[1].IDNumber", Label: "提案人[1].身份证号码", Rule: "idcard", Message: "身份证号码的校验码有误：校验码应为X，实为1"},
		{Field: "Lead.Name", Label: "第一提案人.姓名", Rule: "zhname", Message: "姓名应为2至20个字的中文姓名（由汉字组成，可含间隔号“·”）"},
		{Field: "Date", Label: "提交日期", Rule: "date", Message: "提交日期不是有效的日期"},
	}
	assert.Equal(t, lvzhi.ValidationErrors(want), verrs)
	assert.Contains(t, verrs.Error(), "提案人[1].姓名：姓名为必填字段")
}

func TestStructValid(t *testing.T) {
	p := proposal{
		Title:    "加强养老服务",
		Sponsors: []sponsor{{Name: "阿沛·阿旺晋美", IDNumber: "11010519491231002X", Mobile: "13912345678"}},
		Date:     lvzhi.MustDate(2022, time.March, 1),
	}
	assert.NoError(t, validate.Struct(p))
	assert.NoError(t, validate.Struct(&p))
}

func TestInvalidInput(t *testing.T) {
	var nilPtr *proposal
	for name, v := range map[string]any{"nil": nil, "nil pointer": nilPtr, "int": 3, "string": "x", "slice": []sponsor{}} {
		err := validate.Struct(v)
		require.Error(t, err, name)
		assert.ErrorIs(t, err, validate.ErrInvalidInput, name)
		var verrs lvzhi.ValidationErrors
		assert.False(t, errors.As(err, &verrs), name)
	}
	assert.ErrorIs(t, validate.Var(nil, "required", "x"), validate.ErrInvalidInput)
}

func TestBadTags(t *testing.T) {
	type badRule struct {
		A string `validate:"nosuchrule"`
	}
	type badDive struct {
		A string `validate:"dive"`
	}
	type badNorm struct {
		A string `norm:"sideways"`
	}
	type normOnInt struct {
		A int `norm:"trim"`
	}
	for _, v := range []any{&badRule{}, &badDive{}, &badNorm{}, &normOnInt{}} {
		assert.ErrorIs(t, validate.Struct(v), validate.ErrBadTag, "%T", v)
	}
	assert.ErrorIs(t, validate.Var("x", "nosuchrule", "值"), validate.ErrBadTag)
}

func TestVar(t *testing.T) {
	verrs := fieldErrors(t, validate.Var("", "required,zhname", "姓名"))
	require.Len(t, verrs, 1)
	assert.Equal(t, lvzhi.FieldError{Label: "姓名", Rule: "required", Message: "姓名为必填字段"}, verrs[0])

	verrs = fieldErrors(t, validate.Var("139123", "mobile", "手机号码"))
	assert.Equal(t, "手机号码不是有效的手机号码", verrs[0].Message)

	verrs = fieldErrors(t, validate.Var("", "required", ""))
	assert.Equal(t, "值为必填字段", verrs[0].Message)

	assert.NoError(t, validate.Var("张三", "required,zhname", "姓名"))
	assert.NoError(t, validate.Var(color(2), "isvalid", "颜色"))
}

func TestIsValidRule(t *testing.T) {
	type rec struct {
		C   color           `validate:"isvalid" label:"颜色"`
		CP  *color          `validate:"isvalid" label:"颜色指针"`
		PE  ptrEnum         `validate:"enum" label:"选项"`
		R   lvzhi.DateRange `validate:"daterange" label:"期间"`
		D   lvzhi.Date      `validate:"isvalid" label:"日期"`
		Req color           `validate:"required,isvalid" label:"必选颜色"`
		N   int             `validate:"isvalid" label:"数字"`
	}
	bad := color(7)
	verrs := fieldErrors(t, validate.Struct(&rec{
		C: 9, CP: &bad, PE: 2,
		R: lvzhi.DateRange{From: lvzhi.MustDate(2022, 5, 2), To: lvzhi.MustDate(2022, 5, 1)},
		D: lvzhi.Date{Year: 2022, Month: 13, Day: 1},
		N: 5,
	}))
	got := map[string]string{}
	for _, fe := range verrs {
		got[fe.Field] = fe.Rule + " " + fe.Message
	}
	assert.Equal(t, map[string]string{
		"C":   "isvalid 颜色的取值无效",
		"CP":  "isvalid 颜色指针的取值无效",
		"PE":  "enum 选项不是有效的选项",
		"R":   "daterange 期间不是有效的日期范围（起止日期须有效且开始日期不晚于结束日期）",
		"D":   "isvalid 日期的取值无效",
		"Req": "required 必选颜色为必填字段",
		"N":   "isvalid 数字的取值无效",
	}, got)

	// Zero values and nil pointers pass every rule but required.
	assert.NoError(t, validate.Struct(rec{Req: 1}))
	good := color(1)
	assert.NoError(t, validate.Struct(rec{C: 3, CP: &good, PE: 1, Req: 2, D: lvzhi.MustDate(2024, 2, 29),
		R: lvzhi.OneDay(lvzhi.MustDate(2022, 1, 8))}))
}

// failing gives, for every rule the project uses, a value and tag that
// fail, so that the message of each can be checked for English.
var failing = []struct {
	tag   string
	value any
}{
	{"required", ""}, {"min=2", "a"}, {"max=2", "abc"}, {"len=3", "ab"},
	{"min=1", []int{}}, {"max=1", []int{1, 2}}, {"gte=1", 0}, {"lte=1", 2}, {"gt=1", 1}, {"lt=1", 1},
	{"eq=1", 2}, {"ne=1", 1}, {"oneof=a b", "c"}, {"email", "x"}, {"url", "x"}, {"numeric", "x"},
	{"number", "x"}, {"alphanum", "·"}, {"startswith=a", "b"}, {"endswith=a", "b"}, {"contains=a", "b"},
	{"excludes=a", "a"}, {"uuid", "x"}, {"ascii", "汉"}, {"datetime=2006-01-02", "x"},
	{"zhname", "a"}, {"idcard", "1"}, {"mobile", "1"}, {"isvalid", color(9)}, {"date", lvzhi.Date{Year: 1}},
	{"daterange", lvzhi.DateRange{From: lvzhi.Date{Year: 1}}}, {"sector", color(9)}, {"party", color(9)},
	{"gender", color(9)}, {"ethnicity", color(9)}, {"enum", color(9)},
	{"dive,required", []string{""}},
}

func TestNoEnglishMessages(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range failing {
		err := validate.Var(tc.value, tc.tag, "字段")
		verrs := fieldErrors(t, err)
		for _, fe := range verrs {
			covered[fe.Rule] = true
			assert.False(t, strings.HasPrefix(fe.Message, "Key: '"), "%s: %s", tc.tag, fe.Message)
			assert.True(t, strings.HasPrefix(fe.Message, "字段"), "%s: %s", tc.tag, fe.Message)
			assert.NotContains(t, fe.Message, "不符合校验规则", "%s has no translation", tc.tag)
			assert.NotRegexp(t, `[a-z]{3,}`, strings.ReplaceAll(fe.Message, tc.tag, ""), "%s: %s", tc.tag, fe.Message)
		}
	}
	for _, tag := range validate.CustomTags() {
		assert.True(t, covered[tag], "custom tag %s has no failing case", tag)
	}
}

func TestFallbackMessageIsChinese(t *testing.T) {
	// hostname_rfc1123 has no Chinese translation in the validator.
	verrs := fieldErrors(t, validate.Var("-", "hostname_rfc1123", "主机名"))
	assert.Equal(t, "主机名不符合校验规则“hostname_rfc1123”", verrs[0].Message)
}

func TestConcurrentUse(t *testing.T) {
	done := make(chan error)
	for range 8 {
		go func() { done <- validate.Struct(&proposal{}) }()
	}
	for range 8 {
		verrs := fieldErrors(t, <-done)
		assert.Len(t, verrs, 3)
	}
}
