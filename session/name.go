package session

import (
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// ShortName returns the short name of s as used in running text. For
// numbered kinds it is the term and sitting in Chinese numerals (GB/T
// 15835-2011 §4.2: names of sessions take Chinese numerals) followed by the
// kind: 九届三次会议, 九届十二次常委会议, 九届九次主席会议, 九届三次秘书长会议.
// For other kinds, or a numbered session without its numbers, it is
// s.Name.
func (s Session) ShortName() string {
	if !s.Kind.Numbered() || s.Term < 1 || s.Sitting < 1 {
		return s.Name
	}
	return zh.Numeral(int64(s.Term)) + "届" + zh.Numeral(int64(s.Sitting)) + "次" + kindSuffix[s.Kind]
}

// NameIn returns the short name prefixed with the committee's short name,
// as in the heading 召开区政协九届三次会议: 区政协九届三次会议. A name that
// already starts with the committee's short name is returned unchanged.
func (s Session) NameIn(c lvzhi.Committee) string {
	n := s.ShortName()
	if c.ShortName == "" || strings.HasPrefix(n, c.ShortName) {
		return n
	}
	return c.ShortName + n
}

// FullName returns the formal name of a numbered session, built from the
// region part of the committee's name (see [Region]):
//
//	全体会议        政协第九届柳州市某区委员会第三次会议
//	常务委员会会议  政协第九届柳州市某区委员会常务委员会第十二次会议
//	主席会议        政协第九届柳州市某区委员会第九次主席会议
//	秘书长会议      政协第九届柳州市某区委员会第三次秘书长会议
//
// For the national committee the region is 全国 (政协第十四届全国委员会第一次会议).
// Sessions of other kinds have no formal numbered name; FullName returns
// [Session.NameIn] for them. The error reports a committee name from which
// no region can be taken.
func (s Session) FullName(c lvzhi.Committee) (string, error) {
	if !s.Kind.Numbered() || s.Term < 1 || s.Sitting < 1 {
		return s.NameIn(c), nil
	}
	region, err := Region(c)
	if err != nil {
		return "", err
	}
	head := "政协" + zh.Ordinal(int64(s.Term)) + "届" + region + "委员会"
	nth := zh.Ordinal(int64(s.Sitting)) + "次"
	switch s.Kind {
	case KindStanding:
		return head + "常务委员会" + nth + "会议", nil
	case KindChairs:
		return head + nth + "主席会议", nil
	case KindSecretaryGeneral:
		return head + nth + "秘书长会议", nil
	}
	return head + nth + "会议", nil
}

// Region returns the region part of a committee's full name: 柳州市某区
// from 中国人民政治协商会议柳州市某区委员会, 政协柳州市某区委员会,
// 柳州市某区政协委员会 or 柳州市某区政协; 全国 for the national committee.
// The error wraps [lvzhi.ErrSyntax] when c.Name has none of these forms.
func Region(c lvzhi.Committee) (string, error) {
	n := strings.TrimSpace(c.Name)
	var r string
	switch {
	case strings.HasPrefix(n, "中国人民政治协商会议") && strings.HasSuffix(n, "委员会"):
		r = strings.TrimSuffix(strings.TrimPrefix(n, "中国人民政治协商会议"), "委员会")
	case strings.HasPrefix(n, "政协") && strings.HasSuffix(n, "委员会"):
		r = strings.TrimSuffix(strings.TrimPrefix(n, "政协"), "委员会")
	case strings.HasSuffix(n, "政协委员会"):
		r = strings.TrimSuffix(n, "政协委员会")
	case strings.HasSuffix(n, "政协"):
		r = strings.TrimSuffix(n, "政协")
	}
	if r == "" {
		return "", &lvzhi.ParseError{What: "政协全称", Input: c.Name,
			Err: fmt.Errorf("%w：应为“中国人民政治协商会议××委员会”“政协××委员会”或“××政协委员会”", lvzhi.ErrSyntax)}
	}
	return r, nil
}
