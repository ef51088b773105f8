package lvzhi

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Level is the administrative level of a committee.
type Level int

// The four levels of 政协 committees.
const (
	LevelNational Level = iota + 1 // 全国政协
	LevelProvince                  // 省级政协 (provinces, autonomous regions, municipalities)
	LevelCity                      // 市级政协 (prefecture-level cities)
	LevelCounty                    // 县级政协 (counties, county-level cities, city districts)
)

var levelNames = [...]string{"", "全国", "省级", "市级", "县级"}
var levelCodes = [...]string{"", "national", "province", "city", "county"}

// String returns the Chinese name of l ("县级"), or "Level(n)" out of range.
func (l Level) String() string {
	if l < 1 || int(l) >= len(levelNames) {
		return "Level(" + strconv.Itoa(int(l)) + ")"
	}
	return levelNames[l]
}

// IsValid reports whether l is one of the four levels.
func (l Level) IsValid() bool { return l >= LevelNational && l <= LevelCounty }

// MarshalText writes the Chinese name: "全国", "省级", "市级" or "县级", as
// every lvzhi enum does in JSON; the zero (unset) Level is written as "",
// so that records not yet complete can be saved and loaded again.
func (l Level) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	if !l.IsValid() {
		return nil, &ValueError{What: "政协层级", Value: l.String(), Err: ErrOutOfRange}
	}
	return []byte(levelNames[l]), nil
}

// UnmarshalText accepts the Chinese name written by MarshalText or the code
// "national", "province", "city" or "county"; "" gives the zero Level.
func (l *Level) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*l = 0
		return nil
	}
	for i := 1; i < len(levelCodes); i++ {
		if s == levelCodes[i] || s == levelNames[i] {
			*l = Level(i)
			return nil
		}
	}
	return &ParseError{What: "政协层级", Input: s, Err: fmt.Errorf("%w：应为 全国、省级、市级、县级 之一", ErrSyntax)}
}

// Committee identifies the committee whose work is recorded and summarised.
//
//	lvzhi.Committee{
//		Name:      "中国人民政治协商会议柳州市某区委员会",
//		ShortName: "区政协",
//		Level:     lvzhi.LevelCounty,
//		Term:      9,
//		Superior:  "市政协",
//	}
type Committee struct {
	// Name is the full name, as in the committee's seal and letterhead
	// (中国人民政治协商会议柳州市某区委员会, or the common form 柳州市某区政协委员会).
	Name string `json:"name"`
	// ShortName is the short name used in running text: 区政协, 县政协,
	// 市政协, 省政协, 全国政协.
	ShortName string `json:"short_name"`
	// Level is the administrative level.
	Level Level `json:"level"`
	// Term is the number of the current term (届), counted from one.
	Term int `json:"term"`
	// TermDates is the span of the current term, if known. Sessions dated
	// outside it are rejected when it is set.
	TermDates DateRange `json:"term_dates,omitzero"`
	// Superior is the short name of the committee one level up, to which
	// proposals may be forwarded (转交市政协办理): 市政协 for a district.
	// Empty for the national committee.
	Superior string `json:"superior,omitempty"`
}

// Validate returns every problem with c as [ValidationErrors], or nil.
func (c Committee) Validate() error {
	var errs ValidationErrors
	add := func(field, label, rule, msg string) {
		errs = append(errs, FieldError{Field: field, Label: label, Rule: rule, Message: msg})
	}
	if strings.TrimSpace(c.Name) == "" {
		add("Name", "全称", "required", "全称为必填字段")
	} else if utf8.RuneCountInString(c.Name) > 100 {
		add("Name", "全称", "max", "全称长度不能超过100个字符")
	}
	if strings.TrimSpace(c.ShortName) == "" {
		add("ShortName", "简称", "required", "简称为必填字段")
	} else if !strings.HasSuffix(c.ShortName, "政协") {
		add("ShortName", "简称", "suffix", "简称应以“政协”结尾，如“区政协”")
	}
	if !c.Level.IsValid() {
		add("Level", "层级", "oneof", "层级必须是全国、省级、市级、县级之一")
	}
	if c.Term < 1 || c.Term > 99 {
		add("Term", "届次", "range", "届次必须在1到99之间")
	}
	if !c.TermDates.IsZero() && !c.TermDates.IsValid() {
		add("TermDates", "本届起止日期", "daterange", "本届起止日期须为有效日期且开始不晚于结束")
	}
	if c.Level == LevelNational && c.Superior != "" {
		add("Superior", "上级政协", "excluded", "全国政协没有上级政协")
	}
	return errs.Err()
}
