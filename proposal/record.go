package proposal

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/validate"
)

// Record is what a proposal says and who submitted it: everything but its
// history. It is embedded in [Proposal], whose fields it provides.
type Record struct {
	// Number is the 提案号, the order of receipt, unique within a term;
	// [NumberFormat] writes it (第23号).
	Number int `json:"number" validate:"gte=1,lte=999999" label:"提案号"`
	// Term is the term (届) the proposal belongs to: 9 for 九届.
	Term int `json:"term" validate:"gte=1,lte=99" label:"届次"`
	// Sitting is the plenary session (次会议) of the term the proposal is
	// counted with: 3 for proposals of or after 九届三次会议. 0 if not
	// recorded.
	Sitting int `json:"sitting,omitzero" validate:"gte=0,lte=99" label:"会次"`
	// Kind tells a 大会提案 from a 平时提案.
	Kind Kind `json:"kind" validate:"required,isvalid" label:"提案类型"`
	// Session is the plenary session during which a 大会提案 was
	// submitted; it is required for [Plenary] and not allowed for
	// [Regular].
	Session lvzhi.SessionID `json:"session,omitempty" label:"全体会议"`
	// Title is the 案由, as in 关于加快螺蛳粉产业与“互联网+”产业融合的建议;
	// at most [Rules.TitleMax] characters.
	Title string `json:"title" validate:"required" label:"案由"`
	// Grounds is the 案据 (理由): the situation and its analysis.
	Grounds string `json:"grounds,omitempty" label:"案据"`
	// Suggestions is the 建议 (办法): the concrete suggestions.
	Suggestions string `json:"suggestions,omitempty" label:"建议"`
	// Category is the subject area; it must be one of [Rules.Categories].
	Category Category `json:"category" validate:"required" label:"类别"`
	// Submitter says who submitted the proposal.
	Submitter Submitter `json:"submitter" label:"提案人"`
	// Sector is the name of the proposer's 界别 (经济界, 中国民主同盟 …) as
	// it stood when the proposal was submitted, used for statistics by
	// sector. For a joint proposal it is the first proposer's sector. It
	// is stored as given, so that the proposal package stays independent
	// of package member and a member's later change of sector does not
	// rewrite history. Empty if not recorded.
	Sector string `json:"sector,omitempty" validate:"max=50" label:"界别"`
}

// Submitter is the author of a proposal (提案人): one member, several
// members jointly, or an organisation.
type Submitter struct {
	// Kind is the form of authorship.
	Kind SubmitterKind `json:"kind" validate:"required,isvalid" label:"类型"`
	// Members lists the members who signed. For [Individual] exactly one;
	// for [Joint] at least two, the 第一提案人 first and then the
	// co-signers; for [Collective] optionally the convener or signatories.
	Members []lvzhi.MemberID `json:"members,omitempty" validate:"dive,required" label:"委员"`
	// Body is the kind of organisation of a [Collective] proposal.
	Body Body `json:"body,omitzero" label:"提案单位类型"`
	// Organisation is the organisation's name (民盟某区委员会, 区政协经济委员会),
	// required for [Collective] and not allowed otherwise.
	Organisation string `json:"organisation,omitempty" validate:"max=100" label:"提案单位"`
}

// Lead returns the first proposer: the organisation's name for a
// collective proposal, otherwise the first member's ID.
func (s Submitter) Lead() string {
	if s.Kind == Collective && s.Organisation != "" {
		return s.Organisation
	}
	if len(s.Members) > 0 {
		return string(s.Members[0])
	}
	return ""
}

// Validate checks r under the zero [Rules]; see [Rules.Validate].
func (r Record) Validate() error { return Rules{}.Validate(r) }

// Validate returns every problem with r as [lvzhi.ValidationErrors], or
// nil. Besides the field rules it checks the 案由 length in characters, the
// category against the categories in use, that a 大会提案 names its
// plenary session and a 平时提案 does not, that an individual proposal has
// one member, a joint one at least two different members and a collective
// one an organisation, and that only a 大会提案 may come from a 界别 or a
// 委员小组.
func (rules Rules) Validate(r Record) error {
	var errs lvzhi.ValidationErrors
	if err := validate.Struct(r); err != nil {
		if !errors.As(err, &errs) {
			return err
		}
	}
	add := func(field, label, rule, param, msg string) {
		errs = append(errs, lvzhi.FieldError{Field: field, Label: label, Rule: rule, Param: param, Message: msg})
	}
	if n := utf8.RuneCountInString(r.Title); n > rules.titleMax() {
		add("Title", "案由", "max", fmt.Sprint(rules.titleMax()),
			fmt.Sprintf("案由长度不能超过%d个字符（现为%d个）", rules.titleMax(), n))
	}
	if r.Category != "" && !rules.HasCategory(r.Category) {
		add("Category", "类别", "oneof", "",
			fmt.Sprintf("类别“%s”无效，应为%s之一", r.Category, joinCategories(rules.categories())))
	}
	switch {
	case r.Kind == Plenary && r.Session == "":
		add("Session", "全体会议", "required_if", "", "大会提案须注明提交时的全体会议")
	case r.Kind == Regular && r.Session != "":
		add("Session", "全体会议", "excluded_if", "", "平时提案不属于某次全体会议，不应填写全体会议")
	}
	errs = append(errs, r.Submitter.check(r.Kind)...)
	return errs.Err()
}

// check returns the cross-field problems of s.
func (s Submitter) check(k Kind) lvzhi.ValidationErrors {
	var errs lvzhi.ValidationErrors
	add := func(field, label, rule, msg string) {
		errs = append(errs, lvzhi.FieldError{Field: "Submitter." + field, Label: "提案人." + label, Rule: rule, Message: msg})
	}
	switch s.Kind {
	case Individual:
		if len(s.Members) != 1 {
			add("Members", "委员", "len", fmt.Sprintf("个人提案须有且只有1名提案委员（现为%d名）", len(s.Members)))
		}
	case Joint:
		if len(s.Members) < 2 {
			add("Members", "委员", "min", fmt.Sprintf("联名提案须有至少2名提案委员（现为%d名）", len(s.Members)))
		}
	case Collective:
		if strings.TrimSpace(s.Organisation) == "" {
			add("Organisation", "提案单位", "required_if", "集体提案须填写提案单位名称")
		}
		if !s.Body.IsValid() {
			add("Body", "提案单位类型", "required_if", "集体提案须注明提案单位类型：党派、人民团体、专门委员会、界别或委员小组")
		} else if s.Body.PlenaryOnly() && k != Plenary {
			add("Body", "提案单位类型", "plenary", s.Body.String()+"只能在全体会议期间提出提案")
		}
	}
	if s.Kind != Collective {
		if s.Organisation != "" {
			add("Organisation", "提案单位", "excluded_unless", "只有集体提案填写提案单位")
		}
		if s.Body != 0 {
			add("Body", "提案单位类型", "excluded_unless", "只有集体提案填写提案单位类型")
		}
	}
	seen := make(map[lvzhi.MemberID]int, len(s.Members))
	for i, m := range s.Members {
		if m == "" {
			continue
		}
		if j, dup := seen[m]; dup {
			errs = append(errs, lvzhi.FieldError{
				Field: fmt.Sprintf("Submitter.Members[%d]", i), Label: fmt.Sprintf("提案人.委员[%d]", i),
				Rule: "unique", Message: fmt.Sprintf("委员 %s 重复署名（另见第%d位）", m, j+1)})
			continue
		}
		seen[m] = i
	}
	return errs
}
