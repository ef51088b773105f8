package spreadsheet

import (
	"io"
	"strings"

	"github.com/lvzhi-go/lvzhi/member"
)

// The columns of a duty sheet (履职记录: attendance and activities).
const (
	dMember = "委员"
	dDate   = "日期"
	dKind   = "履职类型"
	dCount  = "数量"
	dReason = "请假事由"
	dGroup  = "活动小组"
	dRef    = "来源编号"
	dNote   = "备注"
	dutyTab = "履职记录"
)

var dutyLayout = layout{
	{header: dMember, synonyms: []string{"姓名", "委员姓名", "委员编号"}, required: true},
	{header: dDate, synonyms: []string{"活动日期", "会议日期", "时间"}, required: true},
	{header: dKind, synonyms: []string{"类型", "履职项目"}, required: true},
	{header: dCount, synonyms: []string{"次数", "半天数"}},
	{header: dReason, synonyms: []string{"请假原因"}},
	{header: dGroup, synonyms: []string{"委员活动小组"}},
	{header: dRef, synonyms: []string{"活动编号", "会议编号"}},
	{header: dNote, synonyms: []string{"说明"}},
}

// dutyFields maps the fields of member.Duty to the columns.
var dutyFields = fieldMap{{"Member", dMember}, {"Date", dDate}, {"Kind", dKind}, {"Count", dCount},
	{"Reason", dReason}, {"Group", dGroup}, {"Ref", dRef}, {"Note", dNote}}

// dutyShort maps the words attendance sheets use to duty kinds.
var dutyShort = map[string]string{
	"出席": "出席全体会议", "出席全会": "出席全体会议", "缺席": "无故缺席", "出席常委会": "出席常委会议",
	"提案": "提交提案", "大会发言": "大会发言", "社情民意": "社情民意报送", "调研": "参加调研", "视察": "参加视察",
	"小组活动": "参加小组活动",
}

// DutyImport is the result of reading a duty sheet.
type DutyImport struct {
	// Duties are the records read, in sheet order, each valid.
	Duties []member.Duty
	// Notes are the columns not imported.
	Notes Problems
}

// ReadDuties reads an attendance or activity sheet (履职记录): one row per
// member and occasion, with the kind of duty (出席全体会议, 请假 with its
// reason, 参加视察 …) and the number of units (half-days, items). The 委员
// column holds an ID, or a name unique in opts.Roster.
func ReadDuties(r io.Reader, name string, opts Options) (*DutyImport, error) {
	out := &DutyImport{}
	opts.names = newNames(opts.Roster)
	notes, err := readSheet(r, name, dutyLayout, opts, func(rec record) error {
		before := len(rec.ps.list)
		var d member.Duty
		if s := rec.get(dMember); s != "" {
			id, err := opts.names.ref(s)
			if err != nil {
				if err := rec.fail(dMember, err, "%v", err); err != nil {
					return err
				}
			}
			d.Member = id
		}
		var err error
		if d.Date, err = rec.date(dDate); err != nil {
			return err
		}
		if d.Kind, err = enumShort[member.DutyKind](rec, dKind, dutyShort, dutyKindList()); err != nil {
			return err
		}
		if d.Count, err = rec.integer(dCount, 0, 1000); err != nil {
			return err
		}
		d.Reason, d.Group, d.Ref, d.Note = rec.get(dReason), rec.get(dGroup), rec.get(dRef), rec.get(dNote)
		if verr := d.Validate(); verr != nil {
			if err := rec.failValidation(verr, dutyFields, before); err != nil {
				return err
			}
		}
		if len(rec.ps.list) == before {
			out.Duties = append(out.Duties, d)
		}
		return nil
	})
	out.Notes = notes
	if err != nil {
		return nil, err
	}
	return out, nil
}

func dutyKindList() string {
	var names []string
	for _, k := range member.DutyKinds() {
		names = append(names, k.String())
	}
	return strings.Join(names, "、")
}

// WriteDuties writes duty records as a 履职记录 sheet, in the order given;
// ReadDuties reads them back.
func WriteDuties(w io.Writer, duties []member.Duty, opts ExportOptions) error {
	s := sheet{name: dutyTab, header: [][]string{dutyLayout.headers()}, plain: true}
	nm := newNames(opts.Roster)
	for _, d := range duties {
		count := text("")
		if d.Count != 0 {
			count = integer(d.Count)
		}
		s.rows = append(s.rows, []cell{text(nm.write(d.Member)), dateCell(d.Date), text(d.Kind.String()),
			count, text(d.Reason), text(d.Group), text(d.Ref), text(d.Note)})
	}
	return write(w, s, opts)
}
