package spreadsheet

import (
	"io"
	"slices"
	"strings"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// The register's columns, in export order.
const (
	cTerm        = "届次"
	cSitting     = "会次"
	cNumber      = "提案号"
	cTitle       = "案由"
	cSubmitKind  = "提案类型"
	cKind        = "提案性质"
	cSession     = "全体会议"
	cLead        = "第一提案人"
	cCosigners   = "联名提案人"
	cBody        = "提案单位类型"
	cOrg         = "提案单位"
	cSigners     = "提案人数"
	cPSector     = "界别"
	cCategory    = "内容分类"
	cGrounds     = "案据"
	cSuggest     = "建议"
	cSubmitted   = "提交日期"
	cSeconds     = "附议委员"
	cReviewed    = "审查日期"
	cOutcome     = "审查结果"
	cDecided     = "审查结果日期"
	cDecider     = "审查机构"
	cReason      = "不予立案理由"
	cInto        = "并入提案号"
	cKeyDate     = "列为重点提案日期"
	cKeyBy       = "重点提案审定机构"
	cAssigned    = "交办日期"
	cAssigner    = "交办机构"
	cLeadUnit    = "主办单位"
	cAssisting   = "协办单位"
	cSeparate    = "分办单位"
	cDeadline    = "要求办结日期"
	cForwarded   = "转交日期"
	cForwardTo   = "转交单位"
	cSupervised  = "督办日期"
	cLeader      = "督办领导"
	cSuperviser  = "督办机构"
	cReplied     = "答复日期"
	cGrade       = "答复类别"
	cFeedback    = "反馈日期"
	cSatisfied   = "提案人意见"
	cClosed      = "办结日期"
	cState       = "提案状态"
	registerName = "提案明细表"
)

var registerLayout = layout{
	{header: cTerm, synonyms: []string{"届"}, required: true},
	{header: cSitting, synonyms: []string{"次会议"}},
	{header: cNumber, synonyms: []string{"提案编号", "案号"}, required: true},
	{header: cTitle, synonyms: []string{"提案标题", "题目"}, required: true},
	{header: cSubmitKind, synonyms: []string{"提案形式"}, required: true},
	{header: cKind, synonyms: []string{"提案类别"}, required: true},
	{header: cSession, synonyms: []string{"会议编号"}},
	{header: cLead, synonyms: []string{"提案人", "领衔人"}},
	{header: cCosigners, synonyms: []string{"联名人", "附署人"}},
	{header: cBody, synonyms: []string{"单位类型"}},
	{header: cOrg, synonyms: []string{"集体提案单位"}},
	{header: cSigners},
	{header: cPSector, synonyms: []string{"提案人界别"}},
	{header: cCategory, synonyms: []string{"提案分类", "类别"}, required: true},
	{header: cGrounds, synonyms: []string{"理由"}},
	{header: cSuggest, synonyms: []string{"办法", "建议内容"}},
	{header: cSubmitted, synonyms: []string{"提交时间", "提案日期"}, required: true},
	{header: cSeconds, synonyms: []string{"附议人"}},
	{header: cReviewed, synonyms: []string{"审查时间"}},
	{header: cOutcome, synonyms: []string{"审查意见"}},
	{header: cDecided, synonyms: []string{"立案日期"}},
	{header: cDecider},
	{header: cReason, synonyms: []string{"不立案理由"}},
	{header: cInto, synonyms: []string{"并案"}},
	{header: cKeyDate, synonyms: []string{"重点提案日期"}},
	{header: cKeyBy, synonyms: []string{"重点提案审定"}},
	{header: cAssigned, synonyms: []string{"交办时间"}},
	{header: cAssigner, synonyms: []string{"交办会议"}},
	{header: cLeadUnit, synonyms: []string{"主办"}},
	{header: cAssisting, synonyms: []string{"会办单位"}},
	{header: cSeparate},
	{header: cDeadline, synonyms: []string{"办理期限", "答复期限"}},
	{header: cForwarded},
	{header: cForwardTo},
	{header: cSupervised},
	{header: cLeader, synonyms: []string{"领衔督办领导"}},
	{header: cSuperviser},
	{header: cReplied, synonyms: []string{"答复时间"}},
	{header: cGrade, synonyms: []string{"答复等级"}},
	{header: cFeedback},
	{header: cSatisfied, synonyms: []string{"满意度", "征询意见"}},
	{header: cClosed, synonyms: []string{"办结时间"}},
	{header: cState, synonyms: []string{"办理状态"}},
}

// RegisterImport is the result of reading a proposal register.
type RegisterImport struct {
	// Proposals are the proposals read, in sheet order, each built through
	// the workflow from the dates of its steps.
	Proposals []*proposal.Proposal
	// Notes are the columns not imported (unknown headers).
	Notes Problems
}

// ReadRegister reads a proposal register (提案明细表): one row per proposal
// with the date of each step of its handling. Each proposal is built
// through the workflow of package proposal under opts.Rules, its steps in
// date order: a row whose dates break the workflow (交办 before 立案, a
// reply without 交办) is a problem naming the cell of the step that cannot
// follow, never guessed right. The actors of steps without their own
// column are opts.Office (审查, 转交, 办结), the first proposer (提交, 反馈,
// 撤案) and the unit (答复); 立案 and the other outcomes of review take the
// 审查机构 column, 列为重点提案 its 审定机构 (or else the 审查机构), 交办 and 督办
// their 机构 columns, each opts.Office when empty.
func ReadRegister(r io.Reader, name string, opts Options) (*RegisterImport, error) {
	out := &RegisterImport{}
	if opts.names == nil {
		opts.names = newNames(opts.Roster)
	}
	type key struct{ term, number int }
	seen := map[key]int{}
	notes, err := readSheet(r, name, registerLayout, opts, func(rec record) error {
		before := len(rec.ps.list)
		pr, err := readProposalRow(rec, opts)
		if err != nil {
			return err
		}
		if len(rec.ps.list) > before {
			return nil
		}
		p, err := pr.build(rec, opts)
		if err != nil || p == nil {
			return err
		}
		k := key{p.Term, p.Number}
		if prev, dup := seen[k]; dup {
			return rec.fail(cNumber, proposal.ErrDuplicate, "第%d届%s提案与第%d行重复", p.Term, p.Label(), prev)
		}
		seen[k] = rec.row
		out.Proposals = append(out.Proposals, p)
		return nil
	})
	out.Notes = notes
	if err != nil {
		return nil, err
	}
	return out, nil
}

// event is one step of a row, with the column it came from.
type event struct {
	step   proposal.Step
	column string
}

// proposalRow is what one row says.
type proposalRow struct {
	rec    proposal.Record
	events []event
	state  string
}

// build replays the row's events in date order (the column order breaks
// ties) on a new proposal.
func (pr *proposalRow) build(rec record, opts Options) (*proposal.Proposal, error) {
	if err := opts.Rules.Validate(pr.rec); err != nil {
		return nil, rec.failValidation(err, recordFields, len(rec.ps.list))
	}
	evs := pr.events // sorted in place: a row is built once
	slices.SortStableFunc(evs[1:], func(a, b event) int { return a.step.Date.Compare(b.step.Date) })
	first := evs[0]
	p, err := opts.Rules.New(pr.rec, proposal.Act{Date: first.step.Date, Actor: first.step.Actor})
	if err != nil {
		return nil, rec.fail(first.column, err, "无法登记：%v", err)
	}
	for _, ev := range evs[1:] {
		if err := p.Apply(ev.step); err != nil {
			return nil, rec.fail(ev.column, err, "“%s”（%s）不合办理流程：%s", ev.step.Action, ev.step.Date, trimPkg(err))
		}
	}
	if pr.state != "" && pr.state != p.State().String() {
		return nil, rec.fail(cState, nil, "按各步骤日期应为“%s”，实为“%s”", p.State(), pr.state)
	}
	return p, nil
}

// trimPkg drops the "proposal: " prefix of the package's messages.
func trimPkg(err error) string { return strings.TrimPrefix(err.Error(), "proposal: ") }

// recordFields maps the fields of proposal.Record to the columns.
var recordFields = fieldMap{
	{"Number", cNumber}, {"Term", cTerm}, {"Sitting", cSitting}, {"Kind", cKind}, {"Session", cSession},
	{"Title", cTitle}, {"Category", cCategory}, {"Submitter.Kind", cSubmitKind}, {"Submitter.Members", cLead},
	{"Submitter.Body", cBody}, {"Submitter.Organisation", cOrg}, {"Sector", cPSector},
}

// members resolves a list of member cells.
func members(rec record, col string, opts Options) ([]lvzhi.MemberID, error) {
	var out []lvzhi.MemberID
	for _, s := range splitList(rec.get(col)) {
		id, err := opts.names.ref(s)
		if err != nil {
			return nil, rec.fail(col, err, "%v", err)
		}
		out = append(out, id)
	}
	return out, nil
}
