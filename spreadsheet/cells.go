package spreadsheet

import (
	"encoding"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

// dateForms are the written forms of a date read from a cell.
var dateForms = regexp.MustCompile(`^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$`)

// excelEpoch is day 0 of the spreadsheet date system (1900 system, with
// the serial numbers from 61 on, which is every date after 1900-02-28).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// parseDate reads a date from a cell: 2022-01-08, 2022/1/8, 2022.1.8,
// 2022年1月8日, 20220108, or a spreadsheet date serial number (44569).
// Nothing else is guessed: a two-digit year or a month without a day is an
// error.
func parseDate(s string) (lvzhi.Date, error) {
	if m := dateForms.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return lvzhi.NewDate(y, time.Month(mo), d)
	}
	if len(s) == 8 && allDigits(s) {
		return lvzhi.ParseDate(s[:4] + "-" + s[4:6] + "-" + s[6:])
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 61 && f < 2958466 && f == float64(int(f)) {
		return lvzhi.DateOf(excelEpoch.AddDate(0, 0, int(f))), nil
	}
	return lvzhi.Date{}, errors.New("bad date")
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// dateIn reads the column as a date; an empty cell is the zero Date.
func (r record) date(header string) (lvzhi.Date, error) {
	s := r.get(header)
	if s == "" {
		return lvzhi.Date{}, nil
	}
	d, err := parseDate(s)
	if err != nil {
		return d, r.fail(header, err, "应为日期（如2022-01-08或2022年1月8日），实为“%s”", s)
	}
	return d, nil
}

// integer reads the column as a whole number; an empty cell is 0.
func (r record) integer(header string, lo, hi int) (int, error) {
	s := r.get(header)
	if s == "" {
		return 0, nil
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "第"), "号")
	n, err := strconv.Atoi(s)
	if err != nil {
		if f, ferr := strconv.ParseFloat(s, 64); ferr == nil && f == float64(int(f)) {
			n, err = int(f), nil
		}
	}
	if err != nil || n < lo || n > hi {
		return 0, r.fail(header, err, "应为%d至%d的整数，实为“%s”", lo, hi, r.get(header))
	}
	return n, nil
}

// yesNo reads a 是/否 column; empty is false.
func (r record) yesNo(header string) (bool, error) {
	switch s := r.get(header); s {
	case "", "否", "不是", "N", "n", "0", "FALSE", "false":
		return false, nil
	case "是", "Y", "y", "1", "TRUE", "true", "√":
		return true, nil
	default:
		return false, r.fail(header, nil, "应为“是”或“否”，实为“%s”", s)
	}
}

// textEnum is a pointer to an enum with Chinese text forms.
type textEnum[T any] interface {
	*T
	encoding.TextUnmarshaler
}

// enum reads the column as one of the names of T; empty is the zero T.
// want lists the accepted names for the message.
func enum[T any, P textEnum[T]](r record, header string, want string) (T, error) {
	var v T
	s := r.get(header)
	if s == "" {
		return v, nil
	}
	if err := P(&v).UnmarshalText([]byte(s)); err != nil {
		return v, r.fail(header, err, "应为%s之一，实为“%s”", want, s)
	}
	return v, nil
}

// names resolves members by ID and name, indexed once per import or
// export.
type names struct {
	name   map[lvzhi.MemberID]string
	byName map[string][]lvzhi.MemberID
}

// newNames indexes ro; a nil roster gives nil (cells hold IDs).
func newNames(ro *member.Roster) *names {
	if ro == nil {
		return nil
	}
	n := &names{name: map[lvzhi.MemberID]string{}, byName: map[string][]lvzhi.MemberID{}}
	for _, m := range ro.Members() {
		n.name[m.ID] = m.Name
		n.byName[m.Name] = append(n.byName[m.Name], m.ID)
	}
	return n
}

// ref resolves a cell naming a member: an ID of the roster, or a name
// unique in it; without a roster, the text is taken as the ID.
func (n *names) ref(s string) (lvzhi.MemberID, error) {
	if n == nil {
		return lvzhi.MemberID(s), nil
	}
	if _, ok := n.name[lvzhi.MemberID(s)]; ok {
		return lvzhi.MemberID(s), nil
	}
	switch ids := n.byName[s]; len(ids) {
	case 1:
		return ids[0], nil
	case 0:
		return "", fmt.Errorf("委员名单中没有编号或姓名为“%s”的委员", s)
	default:
		strs := make([]string, len(ids))
		for i, id := range ids {
			strs[i] = string(id)
		}
		return "", fmt.Errorf("委员名单中有%d位“%s”（编号%s），请改写编号", len(ids), s, strings.Join(strs, "、"))
	}
}

// write writes a member for a sheet: the name when it is unique in the
// roster and no member has it as ID, the ID otherwise, so that ref finds
// the same member.
func (n *names) write(id lvzhi.MemberID) string {
	if n == nil {
		return string(id)
	}
	name, ok := n.name[id]
	if !ok || len(n.byName[name]) != 1 {
		return string(id)
	}
	if _, clash := n.name[lvzhi.MemberID(name)]; clash {
		return string(id)
	}
	return name
}

// splitList splits a cell holding a list: 、，,；; and line breaks
// separate items.
func splitList(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return r == '、' || r == '，' || r == ',' || r == '；' || r == ';' || r == '\n'
	})
	out := f[:0]
	for _, x := range f {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}
