package research

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Channel is how a 社情民意 clue came in.
type Channel int

// The channels of clues.
const (
	ChannelWeChat  Channel = iota + 1 // 微信
	ChannelSMS                        // 短信
	ChannelMeeting                    // 座谈
	ChannelLetter                     // 来信
	ChannelOther                      // 其他
)

var channelNames = []string{"", "微信", "短信", "座谈", "来信", "其他"}

// String returns the Chinese name of c, or "Channel(n)" out of range.
func (c Channel) String() string { return enumName(channelNames, "Channel", int(c)) }

// IsValid reports whether c is one of the defined channels.
func (c Channel) IsValid() bool { return c >= ChannelWeChat && c <= ChannelOther }

// MarshalText writes the exact Chinese name of c.
func (c Channel) MarshalText() ([]byte, error) {
	return enumText(channelNames, "征集渠道", "Channel", int(c))
}

// UnmarshalText accepts exactly the names written by [Channel.MarshalText].
func (c *Channel) UnmarshalText(b []byte) error {
	n, err := enumParse(channelNames, "征集渠道", b)
	if err != nil {
		return err
	}
	*c = Channel(n)
	return nil
}

// OpinionWork records the collection and editing of 社情民意信息 (social
// conditions and public opinion) over a span of time: clues collected,
// issues of the internal bulletin published, and, as outputs of kind
// [OutputAdopted] and [OutputInstruction], items adopted by a higher level
// and leaders' instructions.
type OpinionWork struct {
	Base
	// Clues are the clues collected, one entry per clue or per batch.
	Clues []Clues `json:"clues,omitempty" validate:"dive" label:"线索"`
	// Bulletin is the name of the internal bulletin without book-title
	// marks; empty means 社情民意.
	Bulletin string `json:"bulletin,omitempty" validate:"max=50" label:"刊物名称"`
	// Issues are the issues of the bulletin published.
	Issues []Issue `json:"issues,omitempty" validate:"dive" label:"刊物期数"`
}

// Clues is one clue or one batch of clues from one channel.
type Clues struct {
	// Channel is how the clues came in.
	Channel Channel `json:"channel" validate:"required,isvalid" label:"征集渠道"`
	// Count is the number of clues, 1 for a single clue, at most 10,000.
	Count int `json:"count" validate:"min=1,max=10000" label:"条数"`
	// Date is when they came in, if recorded; within the activity's dates.
	Date lvzhi.Date `json:"date,omitzero" validate:"date" label:"日期"`
	// From is the member who reported them, if any.
	From lvzhi.MemberID `json:"from,omitempty" label:"反映委员"`
	// Subject summarises them.
	Subject string `json:"subject,omitempty" validate:"max=200" label:"内容"`
}

// Issue is one issue of the internal bulletin.
type Issue struct {
	// Number is the issue number (第1期).
	Number int `json:"number" validate:"min=1,max=9999" label:"期号"`
	// Date is the publication date, within the activity's dates.
	Date lvzhi.Date `json:"date" validate:"required,isvalid" label:"编发日期"`
	// Items is the number of items in the issue.
	Items int `json:"items,omitempty" validate:"gte=0,lte=1000" label:"篇数"`
	// Titles are the items' titles, if recorded; with Items set too their
	// number must equal Items.
	Titles []string `json:"titles,omitempty" validate:"dive,required,max=200" label:"篇目"`
}

// Kind returns [KindOpinion].
func (OpinionWork) Kind() Kind { return KindOpinion }
func (OpinionWork) activity()  {}

// ClueCount returns the total number of clues.
func (a OpinionWork) ClueCount() int {
	n := 0
	for _, c := range a.Clues {
		n += c.Count
	}
	return n
}

// Validate returns every problem with a as [lvzhi.ValidationErrors], or
// nil. Clue and issue dates must lie within the activity's dates and issue
// numbers must not repeat.
func (a OpinionWork) Validate() error {
	return validateActivity(a, a.Base, func(p *problems) {
		for i, c := range a.Clues {
			if c.Date.IsValid() && a.Dates.IsValid() && !a.Dates.Contains(c.Date) {
				p.add(fmt.Sprintf("Clues[%d].Date", i), fmt.Sprintf("线索[%d].日期", i), "within",
					fmt.Sprintf("日期%s不在活动日期（%s）之内", zh.Date(c.Date), zh.DateRange(a.Dates)))
			}
		}
		seen := make(map[int]bool)
		for i, is := range a.Issues {
			f, l := fmt.Sprintf("Issues[%d]", i), fmt.Sprintf("刊物期数[%d]", i)
			if is.Date.IsValid() && a.Dates.IsValid() && !a.Dates.Contains(is.Date) {
				p.add(f+".Date", l+".编发日期", "within", fmt.Sprintf("日期%s不在活动日期（%s）之内", zh.Date(is.Date), zh.DateRange(a.Dates)))
			}
			if seen[is.Number] {
				p.add(f+".Number", l+".期号", "unique", fmt.Sprintf("第%d期重复", is.Number))
			}
			seen[is.Number] = true
			if is.Items > 0 && len(is.Titles) > 0 && is.Items != len(is.Titles) {
				p.add(f+".Titles", l+".篇目", "len", fmt.Sprintf("篇目有%d篇，与篇数%d不符", len(is.Titles), is.Items))
			}
		}
	})
}

// Forum is members' participation in a meeting held by another body
// outside the committee's own sessions (参加市政协社会法制工作座谈会), or
// help in organising one (协助筹备).
type Forum struct {
	Base
	// Host is the body that held the meeting: 市政协.
	Host string `json:"host" validate:"required,max=100" label:"主办单位"`
	// Assisted marks help in preparing and holding the meeting.
	Assisted bool `json:"assisted,omitempty" label:"协助筹备"`
	// Report is what the committee reported or said there:
	// 汇报了区政协提案法制委工作情况.
	Report string `json:"report,omitempty" validate:"max=500" label:"汇报内容"`
}

// Kind returns [KindForum].
func (Forum) Kind() Kind { return KindForum }
func (Forum) activity()  {}

// Validate returns every problem with a as [lvzhi.ValidationErrors], or nil.
func (a Forum) Validate() error { return validateActivity(a, a.Base, nil) }

// Other is any other activity, described freely: members sent to the
// district procuratorate's 检察开放日, for instance.
type Other struct {
	Base
	// Host is the body that held the activity, if not the committee.
	Host string `json:"host,omitempty" validate:"max=100" label:"主办单位"`
}

// Kind returns [KindOther].
func (Other) Kind() Kind { return KindOther }
func (Other) activity()  {}

// Validate returns every problem with a as [lvzhi.ValidationErrors], or nil.
func (a Other) Validate() error { return validateActivity(a, a.Base, nil) }
