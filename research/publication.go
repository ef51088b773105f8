package research

import (
	"fmt"
	"slices"

	"github.com/lvzhi-go/lvzhi"
)

// PubStatus is the state of a 文史 book.
type PubStatus int

// The states of a book.
const (
	Planned   PubStatus = iota + 1 // 编撰中: planned or being compiled
	Published                      // 已出版
)

var pubStatusNames = []string{"", "编撰中", "已出版"}

// String returns the Chinese name of s, or "PubStatus(n)" out of range.
func (s PubStatus) String() string { return enumName(pubStatusNames, "PubStatus", int(s)) }

// IsValid reports whether s is [Planned] or [Published].
func (s PubStatus) IsValid() bool { return s == Planned || s == Published }

// MarshalText writes the exact Chinese name of s.
func (s PubStatus) MarshalText() ([]byte, error) {
	return enumText(pubStatusNames, "出版状态", "PubStatus", int(s))
}

// UnmarshalText accepts exactly the names written by [PubStatus.MarshalText].
func (s *PubStatus) UnmarshalText(b []byte) error {
	n, err := enumParse(pubStatusNames, "出版状态", b)
	if err != nil {
		return err
	}
	*s = PubStatus(n)
	return nil
}

// Publication is a book of the committee's 文史 (cultural and historical)
// work, published or planned. Base.Title is the book's title without
// book-title marks; callers write it 《…》 ([Publication.Description] does).
type Publication struct {
	Base
	// Status says whether the book is published or being compiled.
	Status PubStatus `json:"status" validate:"required,isvalid" label:"出版状态"`
	// Words is the length of the text: 近2万字.
	Words Amount `json:"words,omitzero" label:"字数"`
	// Pictures is the number of pictures: 300多张.
	Pictures Amount `json:"pictures,omitzero" label:"图片数"`
	// Sections is the number of sections (版块): 十一个版块.
	Sections int `json:"sections,omitempty" validate:"gte=0,lte=999" label:"版块数"`
	// SectionTitles are the sections' titles, if known; when both are set
	// their number must equal Sections.
	SectionTitles []string `json:"section_titles,omitempty" validate:"dive,required,max=100" label:"版块名称"`
	// Companion is the title of a book this one forms a set with.
	Companion string `json:"companion,omitempty" validate:"max=200" label:"配套书目"`
	// Launch is the launch event (新书推介会), within the activity's dates.
	Launch Event `json:"launch,omitzero" validate:"omitempty" label:"推介会"`
	// Board is the editorial board (编撰委员会), if one was set up.
	Board Board `json:"board,omitzero" label:"编撰委员会"`
	// Meetings are the editorial meetings (编撰会), within the activity's
	// dates.
	Meetings []Event `json:"meetings,omitempty" validate:"dive" label:"编撰会议"`
}

// Event is a named event on one or more days.
type Event struct {
	Name  string          `json:"name" validate:"required,max=200" label:"名称"`
	Dates lvzhi.DateRange `json:"dates" validate:"required,daterange" label:"日期"`
}

// IsZero reports whether e is unset.
func (e Event) IsZero() bool { return e.Name == "" && e.Dates.IsZero() }

// Board is an editorial board.
type Board struct {
	// Name is the board's name: 编撰委员会.
	Name string `json:"name" label:"名称"`
	// Members are the committee members on the board.
	Members []lvzhi.MemberID `json:"members,omitempty" label:"成员"`
	// Staff are other people on the board, as written.
	Staff []string `json:"staff,omitempty" label:"其他成员"`
	// Established is the day the board was set up, if known.
	Established lvzhi.Date `json:"established,omitzero" label:"成立日期"`
}

// IsZero reports whether b is unset.
func (b Board) IsZero() bool {
	return b.Name == "" && len(b.Members) == 0 && len(b.Staff) == 0 && b.Established.IsZero()
}

// Kind returns [KindPublication].
func (Publication) Kind() Kind { return KindPublication }
func (Publication) activity()  {}

// Team returns the members who worked on the book: its team (Members),
// then the members of its editorial board (Board.Members) not on the
// team, each once and in order. Members on the board are credited with
// the book as its team is (package archive, package participation).
func (a Publication) Team() []lvzhi.MemberID {
	out := make([]lvzhi.MemberID, 0, len(a.Members)+len(a.Board.Members))
	for _, id := range append(slices.Clone(a.Members), a.Board.Members...) {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// Description returns the title in book-title marks: 《鱼跃南潭漾千年·某区十胜概览》.
func (a Publication) Description() string { return "《" + a.Title + "》" }

// Validate returns every problem with a as [lvzhi.ValidationErrors], or
// nil. The launch and the meetings must lie within the activity's dates;
// the board, when set, needs a name; 多 and 余 need a round number.
func (a Publication) Validate() error {
	return validateActivity(a, a.Base, func(p *problems) {
		p.errs = append(p.errs, checkAmount("Words", "字数", a.Words)...)
		p.errs = append(p.errs, checkAmount("Pictures", "图片数", a.Pictures)...)
		if a.Sections > 0 && len(a.SectionTitles) > 0 && a.Sections != len(a.SectionTitles) {
			p.add("SectionTitles", "版块名称", "len", fmt.Sprintf("版块名称有%d个，与版块数%d不符", len(a.SectionTitles), a.Sections))
		}
		if a.Launch.Dates.IsValid() {
			p.within("Launch.Dates", "推介会.日期", a.Launch.Dates, a.Dates, "活动日期")
		}
		if !a.Board.IsZero() {
			if a.Board.Name == "" {
				p.add("Board.Name", "编撰委员会.名称", "required", "编撰委员会名称为必填字段")
			}
			if !a.Board.Established.IsZero() && !a.Board.Established.IsValid() {
				p.add("Board.Established", "编撰委员会.成立日期", "date", "成立日期须为有效日期")
			}
		}
		for i, m := range a.Meetings {
			if m.Dates.IsValid() {
				p.within(fmt.Sprintf("Meetings[%d].Dates", i), fmt.Sprintf("编撰会议[%d].日期", i), m.Dates, a.Dates, "活动日期")
			}
		}
	})
}
