package member

import (
	"fmt"
	"sync"

	"github.com/lvzhi-go/lvzhi"
)

// Ethnicity is the name of one of the 56 ethnic groups (民族) of China,
// written as in GB/T 3304-1991 《中国各民族名称的罗马字母拼写法和代码》
// ("汉族", "蒙古族" …). It is a string so that records read naturally in
// JSON; [Ethnicity.IsValid] checks it against the standard's list and
// [Ethnicity.Code] gives the standard's two-digit code, which is also the
// order used for statistics.
type Ethnicity string

// ethnicities lists the 56 names in the order of their GB/T 3304 codes 01–56.
var ethnicities = [...]Ethnicity{
	"汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
	"满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
	"佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
	"达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
	"塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
	"独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
}

// ethnicityCodes maps each name to its code; built once, never changed.
var ethnicityCodes = sync.OnceValue(func() map[Ethnicity]int {
	m := make(map[Ethnicity]int, len(ethnicities))
	for i, e := range ethnicities {
		m[e] = i + 1
	}
	return m
})

// Han is the Han ethnic group, code 01.
const Han Ethnicity = "汉族"

// Ethnicities returns the 56 names in the order of their codes.
func Ethnicities() []Ethnicity { return append([]Ethnicity(nil), ethnicities[:]...) }

// Code returns the GB/T 3304 code (1 for 汉族 … 56 for 基诺族), or 0 if e
// is not one of the 56 names.
func (e Ethnicity) Code() int { return ethnicityCodes()[e] }

// IsValid reports whether e is one of the 56 names, written exactly.
func (e Ethnicity) IsValid() bool { return e.Code() != 0 }

// IsMinority reports whether e is a valid name other than 汉族.
func (e Ethnicity) IsMinority() bool { return e.IsValid() && e != Han }

// String returns the name.
func (e Ethnicity) String() string { return string(e) }

// ParseEthnicity returns the ethnic group named s; unknown names are an
// error. The suffix 族 must be written ("蒙古族", not "蒙古").
func ParseEthnicity(s string) (Ethnicity, error) {
	e := Ethnicity(s)
	if !e.IsValid() {
		return "", &lvzhi.ParseError{What: "民族", Input: s, Err: fmt.Errorf("%w：不是56个民族的规范名称", lvzhi.ErrSyntax)}
	}
	return e, nil
}

// UnmarshalText accepts the empty string (unset) or one of the 56 names,
// exactly.
func (e *Ethnicity) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*e = ""
		return nil
	}
	v, err := ParseEthnicity(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}
