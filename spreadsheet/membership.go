package spreadsheet

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

// A roster cell may hold several time-bounded places, separated by “；”:
//
//	常务委员；副主席（常务副主席，2022-01-08起）
//	经济委员会·副主任（2021-01-10至2022-01-07）
//	科技组·组长
//
// The part in brackets holds the tenure (2022-01-08起, 至2023-01-07,
// 2022-01-08至2023-01-07) and, for a 政协职务, the post's own wording. A
// special committee or group written without “·职务” means an ordinary
// member (委员, 组员).

// item is one place read from a cell.
type item struct {
	name, role, label string
	tenure            member.Tenure
}

// parseItems reads the places of a cell; allowLabel permits free text in
// the brackets (posts only).
func parseItems(s string, allowLabel bool) ([]item, error) {
	var out []item
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '；' || r == ';' || r == '\n' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		var it item
		body, attrs, hasAttrs := strings.Cut(part, "（")
		if !hasAttrs {
			body, attrs, hasAttrs = strings.Cut(part, "(")
		}
		if hasAttrs {
			var ok bool
			if attrs, ok = strings.CutSuffix(attrs, "）"); !ok {
				if attrs, ok = strings.CutSuffix(attrs, ")"); !ok {
					return nil, fmt.Errorf("“%s”缺少右括号", part)
				}
			}
			for _, a := range strings.FieldsFunc(attrs, func(r rune) bool { return r == '，' || r == ',' }) {
				a = strings.TrimSpace(a)
				if t, ok, err := parseTenure(a); ok {
					if err != nil {
						return nil, fmt.Errorf("“%s”的任期有误：%w", part, err)
					}
					it.tenure = t
				} else if allowLabel && it.label == "" {
					it.label = a
				} else {
					return nil, fmt.Errorf("“%s”括号中的“%s”应为任期（如2022-01-08起、至2023-01-07）", part, a)
				}
			}
		}
		it.name, it.role, _ = strings.Cut(strings.TrimSpace(body), "·")
		if it.name == "" {
			return nil, fmt.Errorf("“%s”缺少名称", part)
		}
		out = append(out, it)
	}
	return out, nil
}

// parseTenure reads 2022-01-08起, 至2023-01-07 or 2022-01-08至2023-01-07;
// ok is false when a is not written as a tenure.
func parseTenure(a string) (t member.Tenure, ok bool, err error) {
	from, to, hasTo := strings.Cut(a, "至")
	from, hasFrom := strings.CutSuffix(from, "起")
	if !hasTo && !hasFrom {
		return t, false, nil
	}
	if (from == "" || !looksLikeDate(from)) && (to == "" || !looksLikeDate(to)) {
		return t, false, nil
	}
	if from != "" {
		if t.Start, err = lvzhi.ParseDate(from); err != nil {
			return t, true, err
		}
	}
	if to != "" {
		if t.End, err = lvzhi.ParseDate(to); err != nil {
			return t, true, err
		}
	}
	if t.Start.IsZero() && t.End.IsZero() {
		return t, true, errors.New("没有日期")
	}
	return t, true, nil
}

func looksLikeDate(s string) bool { return len(s) == 10 && s[4] == '-' && s[7] == '-' }

// formatItem writes one place; role is left out when it is the ordinary
// one.
func formatItem(name, role, ordinary, label string, t member.Tenure) string {
	s := name
	if role != "" && role != ordinary {
		s += "·" + role
	}
	var attrs []string
	if label != "" {
		attrs = append(attrs, label)
	}
	switch {
	case !t.Start.IsZero() && !t.End.IsZero():
		attrs = append(attrs, t.Start.String()+"至"+t.End.String())
	case !t.Start.IsZero():
		attrs = append(attrs, t.Start.String()+"起")
	case !t.End.IsZero():
		attrs = append(attrs, "至"+t.End.String())
	}
	if len(attrs) > 0 {
		s += "（" + strings.Join(attrs, "，") + "）"
	}
	return s
}

func formatPosts(ps []member.Post) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = formatItem(p.Role.String(), "", "", p.Label, p.Tenure)
	}
	return strings.Join(out, "；")
}

func formatCommittees(cs []member.CommitteeMembership) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = formatItem(string(c.Committee), c.Role.String(), member.CommitteeMemberRole.String(), "", c.Tenure)
	}
	return strings.Join(out, "；")
}

func formatGroups(gs []member.GroupMembership) string {
	out := make([]string, len(gs))
	for i, g := range gs {
		out[i] = formatItem(g.Group, g.Role.String(), member.GroupMember.String(), "", g.Tenure)
	}
	return strings.Join(out, "；")
}
