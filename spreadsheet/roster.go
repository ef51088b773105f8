package spreadsheet

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

// The roster's columns, in export order.
const (
	colID        = "委员编号"
	colName      = "姓名"
	colGender    = "性别"
	colEthnicity = "民族"
	colBirth     = "出生日期"
	colIDNumber  = "证件号码"
	colParty     = "政治面貌"
	colSector    = "界别"
	colUnit      = "工作单位"
	colTitle     = "职务"
	colMobile    = "手机"
	colEmail     = "电子邮件"
	colAddress   = "通讯地址"
	colNonPublic = "非公有制经济人士"
	colPosts     = "政协职务"
	colCommittee = "所属专委会"
	colGroup     = "委员活动小组"
)

var rosterLayout = layout{
	{header: colID, synonyms: []string{"编号", "委员证号"}, required: true},
	{header: colName, synonyms: []string{"委员姓名"}, required: true},
	{header: colGender, required: true},
	{header: colEthnicity, synonyms: []string{"民族成分"}},
	{header: colBirth, synonyms: []string{"出生年月日"}},
	{header: colIDNumber, synonyms: []string{"公民身份号码", "身份证号码", "身份证号"}},
	{header: colParty, synonyms: []string{"党派"}, required: true},
	{header: colSector, synonyms: []string{"所属界别"}, required: true},
	{header: colUnit, synonyms: []string{"单位名称", "单位名称及职务", "工作单位及职务", "单位"}},
	{header: colTitle, synonyms: []string{"单位职务"}},
	{header: colMobile, synonyms: []string{"手机号码", "移动电话"}},
	{header: colEmail, synonyms: []string{"电子邮箱", "邮箱", "Email", "E-mail"}},
	{header: colAddress, synonyms: []string{"联系地址", "地址"}},
	{header: colNonPublic, synonyms: []string{"非公经济人士", "是否非公有制经济人士"}},
	{header: colPosts},
	{header: colCommittee, synonyms: []string{"专门委员会", "专委会"}},
	{header: colGroup, synonyms: []string{"活动小组"}},
}

// fieldColumns maps the Go paths of validation errors to roster columns.
var fieldColumns = fieldMap{
	{"ID", colID}, {"Name", colName}, {"Gender", colGender}, {"Ethnicity", colEthnicity},
	{"BirthDate", colBirth}, {"IDNumber", colIDNumber}, {"Party", colParty}, {"Sector", colSector},
	{"WorkUnit", colUnit}, {"Title", colTitle}, {"Contact.Mobile", colMobile}, {"Contact.Email", colEmail},
	{"Contact.Address", colAddress}, {"Posts", colPosts}, {"Committees", colCommittee}, {"Groups", colGroup},
}

// RosterImport is the result of reading a roster.
type RosterImport struct {
	// Members are the members read, in sheet order, normalised
	// (member.Member.Normalize) and valid.
	Members []member.Member
	// Notes are the columns that were not imported because their headers
	// are not known: reported, so that nothing is dropped unseen.
	Notes Problems
}

// ReadRoster reads a roster (委员名单) from an XLSX or CSV file named name
// (the name decides the format under FormatAuto, and names the sheet of a
// CSV file in problems). Every row is one member; columns are found by
// their headers, in any order. The error is Problems when rows are wrong:
// every problem at once (or the first, with StopAtFirst), each naming its
// cell and saying what was expected. A result is returned only without
// problems.
func ReadRoster(r io.Reader, name string, opts Options) (*RosterImport, error) {
	out := &RosterImport{}
	seenID := map[lvzhi.MemberID]int{}
	seenIDNumber := map[string]int{}
	notes, err := readSheet(r, name, rosterLayout, opts, func(rec record) error {
		if isGroupHeading(rec.cells) {
			return nil
		}
		m, ok, err := readMember(rec, opts)
		if err != nil {
			return err
		}
		if prev, dup := seenID[m.ID]; dup {
			if err := rec.fail(colID, nil, "委员编号“%s”与第%d行重复", m.ID, prev); err != nil {
				return err
			}
		} else {
			seenID[m.ID] = rec.row
		}
		if m.IDNumber != "" {
			if prev, dup := seenIDNumber[m.IDNumber]; dup {
				if err := rec.fail(colIDNumber, nil, "证件号码与第%d行重复", prev); err != nil {
					return err
				}
			} else {
				seenIDNumber[m.IDNumber] = rec.row
			}
		}
		if ok {
			out.Members = append(out.Members, m)
		}
		return nil
	})
	out.Notes = notes
	if err != nil {
		return nil, err
	}
	return out, nil
}

// readMember reads one row; ok is false when the row had problems (they
// are recorded).
func readMember(rec record, opts Options) (m member.Member, ok bool, err error) {
	before := len(rec.ps.list)
	step := func(e error) bool {
		if e != nil && errors.Is(e, errStop) {
			err = e
		}
		return err == nil
	}
	m.ID = lvzhi.MemberID(rec.get(colID))
	m.Name = rec.get(colName)
	m.Ethnicity = member.Ethnicity(rec.get(colEthnicity))
	m.IDNumber = rec.get(colIDNumber)
	m.Sector = member.Sector(rec.get(colSector))
	m.WorkUnit, m.Title = rec.get(colUnit), rec.get(colTitle)
	m.Contact = member.Contact{Mobile: rec.get(colMobile), Email: rec.get(colEmail), Address: rec.get(colAddress)}
	var e error
	m.Gender, e = enum[member.Gender](rec, colGender, "“男”“女”")
	if !step(e) {
		return m, false, err
	}
	m.Party, e = enum[member.Party](rec, colParty, "中国共产党、各民主党派的全称或简称（民盟、民建……）、无党派人士、群众")
	if !step(e) {
		return m, false, err
	}
	m.BirthDate, e = rec.date(colBirth)
	if !step(e) {
		return m, false, err
	}
	m.NonPublicEconomy, e = rec.yesNo(colNonPublic)
	if !step(e) {
		return m, false, err
	}
	if !step(readPlaces(rec, &m)) {
		return m, false, err
	}
	m.Normalize()
	if verr := m.ValidateIn(opts.Sectors); verr != nil && !step(rec.failValidation(verr, fieldColumns, before)) {
		return m, false, err
	}
	return m, len(rec.ps.list) == before, nil
}

// readPlaces reads the 政协职务, 专委会 and 活动小组 cells.
func readPlaces(rec record, m *member.Member) error {
	posts, err := parseItems(rec.get(colPosts), true)
	if err != nil {
		return rec.fail(colPosts, err, "%v；应写作“常务委员”或“副主席（2022-01-08起）”，多项以“；”分隔", err)
	}
	for _, it := range posts {
		var r member.Role
		if it.role != "" || r.UnmarshalText([]byte(it.name)) != nil {
			return rec.fail(colPosts, nil, "“%s”应为主席、副主席、秘书长、常务委员或委员", it.name)
		}
		m.Posts = append(m.Posts, member.Post{Role: r, Label: it.label, Tenure: it.tenure})
	}
	cs, err := parseItems(rec.get(colCommittee), false)
	if err != nil {
		return rec.fail(colCommittee, err, "%v；应写作“经济委员会”或“经济委员会·副主任（2022-01-08起）”", err)
	}
	for _, it := range cs {
		role := member.CommitteeMemberRole
		if it.role != "" {
			if role.UnmarshalText([]byte(it.role)) != nil {
				return rec.fail(colCommittee, nil, "“%s”的职务应为主任、副主任或委员，实为“%s”", it.name, it.role)
			}
		}
		m.Committees = append(m.Committees, member.CommitteeMembership{Committee: member.SpecialCommittee(it.name), Role: role, Tenure: it.tenure})
	}
	gs, err := parseItems(rec.get(colGroup), false)
	if err != nil {
		return rec.fail(colGroup, err, "%v；应写作“科技组”或“科技组·组长（2022-01-08起）”", err)
	}
	for _, it := range gs {
		role := member.GroupMember
		if it.role != "" {
			if role.UnmarshalText([]byte(it.role)) != nil {
				return rec.fail(colGroup, nil, "“%s”的职务应为组长、副组长或组员，实为“%s”", it.name, it.role)
			}
		}
		m.Groups = append(m.Groups, member.GroupMembership{Group: it.name, Role: role, Tenure: it.tenure})
	}
	return nil
}

// isGroupHeading reports whether a row is a heading of a roster grouped
// by sector, as WriteRoster writes it: “中国共产党（12人）” in the first cell
// and nothing else.
func isGroupHeading(cells []string) bool {
	if len(cells) == 0 || !strings.HasSuffix(strings.TrimSpace(cells[0]), "人）") || !strings.Contains(cells[0], "（") {
		return false
	}
	return blank(cells[1:])
}

// WriteRoster writes the roster (委员名单) as one sheet named 委员名单, in
// 姓氏笔画 order, or grouped by sector (in the registry's order) with a
// heading row “界别（N人）” before each group when opts.BySector is set.
// Every field of a member is written, so ReadRoster reads the same members
// back.
func WriteRoster(w io.Writer, ro *member.Roster, opts ExportOptions) error {
	s := sheet{name: "委员名单", header: [][]string{rosterLayout.headers()}, plain: true}
	if opts.BySector {
		for _, g := range ro.GroupedBySector() {
			s.rows = append(s.rows, []cell{heading(fmt.Sprintf("%s（%d人）", g.Sector, len(g.Members)))})
			for _, m := range g.Members {
				s.rows = append(s.rows, rosterRow(m))
			}
		}
	} else {
		for _, m := range ro.Members() {
			s.rows = append(s.rows, rosterRow(m))
		}
	}
	return write(w, s, opts)
}

func rosterRow(m member.Member) []cell {
	yes := ""
	if m.NonPublicEconomy {
		yes = "是"
	}
	return []cell{text(string(m.ID)), text(m.Name), text(m.Gender.String()), text(string(m.Ethnicity)),
		dateCell(m.BirthDate), text(m.IDNumber), text(m.Party.String()), text(string(m.Sector)),
		text(m.WorkUnit), text(m.Title), text(m.Contact.Mobile), text(m.Contact.Email), text(m.Contact.Address),
		text(yes), text(formatPosts(m.Posts)), text(formatCommittees(m.Committees)), text(formatGroups(m.Groups))}
}
