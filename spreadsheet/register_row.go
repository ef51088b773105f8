package spreadsheet

import (
	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// Short forms accepted in the register's enum columns.
var (
	submitterShort = map[string]string{"委员": "个人提案", "个人": "个人提案", "委员提案": "个人提案", "联名": "联名提案", "集体": "集体提案"}
	kindShort      = map[string]string{"大会": "大会提案", "平时": "平时提案"}
)

// readProposalRow reads the record and the dated steps of one row. The
// problems found are recorded; the error is errStop only.
func readProposalRow(rec record, opts Options) (*proposalRow, error) {
	pr := &proposalRow{events: make([]event, 0, 16)}
	before := len(rec.ps.list)
	var stop error
	ok := func(e error) bool {
		if e != nil {
			stop = e
		}
		return stop == nil
	}
	r := &pr.rec
	var e error
	if r.Term, e = rec.integer(cTerm, 1, 99); !ok(e) {
		return nil, stop
	}
	if r.Sitting, e = rec.integer(cSitting, 0, 99); !ok(e) {
		return nil, stop
	}
	if r.Number, e = rec.integer(cNumber, 1, 1_000_000); !ok(e) {
		return nil, stop
	}
	r.Title = rec.get(cTitle)
	if r.Submitter.Kind, e = enumShort[proposal.SubmitterKind](rec, cSubmitKind, submitterShort, "个人提案（委员）、联名提案、集体提案"); !ok(e) {
		return nil, stop
	}
	if r.Kind, e = enumShort[proposal.Kind](rec, cKind, kindShort, "大会提案、平时提案"); !ok(e) {
		return nil, stop
	}
	r.Session = lvzhi.SessionID(rec.get(cSession))
	lead, e := members(rec, cLead, opts)
	if !ok(e) {
		return nil, stop
	}
	if len(lead) > 1 && !ok(rec.fail(cLead, nil, "第一提案人只能有一位，实为%d位；其余请写在“%s”列", len(lead), cCosigners)) {
		return nil, stop
	}
	co, e := members(rec, cCosigners, opts)
	if !ok(e) {
		return nil, stop
	}
	r.Submitter.Members = append(lead, co...)
	if r.Submitter.Body, e = enum[proposal.Body](rec, cBody, "党派、人民团体、专门委员会、界别、委员小组"); !ok(e) {
		return nil, stop
	}
	r.Submitter.Organisation = rec.get(cOrg)
	if n, e := rec.integer(cSigners, 0, 10000); !ok(e) {
		return nil, stop
	} else if rec.get(cSigners) != "" && len(rec.ps.list) == before && r.Submitter.Kind != proposal.Collective && n != len(r.Submitter.Members) {
		if !ok(rec.fail(cSigners, nil, "应为%d（第一提案人和联名提案人共%d人），实为%d", len(r.Submitter.Members), len(r.Submitter.Members), n)) {
			return nil, stop
		}
	}
	r.Sector = rec.get(cPSector)
	r.Category = proposal.Category(rec.get(cCategory))
	r.Grounds, r.Suggestions = rec.get(cGrounds), rec.get(cSuggest)
	leadActor := r.Submitter.Lead()

	add := func(col string, s proposal.Step) { pr.events = append(pr.events, event{step: s, column: col}) }
	submitted, e := rec.date(cSubmitted)
	if !ok(e) {
		return nil, stop
	}
	if submitted.IsZero() {
		ok(rec.fail(cSubmitted, nil, "缺少提交日期"))
		return nil, stop
	}
	add(cSubmitted, proposal.Step{Action: proposal.ActionSubmit, Date: submitted})
	seconds, e := members(rec, cSeconds, opts)
	if !ok(e) {
		return nil, stop
	}
	for _, m := range seconds {
		add(cSeconds, proposal.Step{Action: proposal.ActionSecond, Date: submitted, Actor: string(m), Member: m})
	}
	office := opts.office()
	if d, e := rec.date(cReviewed); !ok(e) {
		return nil, stop
	} else if !d.IsZero() {
		add(cReviewed, proposal.Step{Action: proposal.ActionReview, Date: d, Actor: office})
	}

	// The outcome of review.
	decided, e := rec.date(cDecided)
	if !ok(e) {
		return nil, stop
	}
	outcome := rec.get(cOutcome)
	decider := rec.get(cDecider)
	if decider == "" {
		decider = office
	}
	switch {
	case outcome == "" && !decided.IsZero():
		ok(rec.fail(cOutcome, nil, "有审查结果日期（%s），应填写审查结果：立案、不予立案、并案、转为意见建议、转为社情民意或撤案", decided))
	case outcome != "" && decided.IsZero():
		ok(rec.fail(cDecided, nil, "审查结果为“%s”，应填写其日期", outcome))
	case outcome != "":
		s := proposal.Step{Date: decided, Actor: decider}
		switch outcome {
		case "立案":
			s.Action = proposal.ActionRegister
		case "不予立案":
			s.Action, s.Reason = proposal.ActionReject, rec.get(cReason)
		case "并案":
			s.Action = proposal.ActionMerge
			if s.Into, e = rec.integer(cInto, 1, 1_000_000); !ok(e) {
				return nil, stop
			}
		case "转为意见建议":
			s.Action = proposal.ActionConvertToSuggestion
		case "转为社情民意":
			s.Action = proposal.ActionConvertToOpinion
		case "撤案":
			s.Action, s.Actor = proposal.ActionWithdraw, leadActor
		default:
			ok(rec.fail(cOutcome, nil, "应为立案、不予立案、并案、转为意见建议、转为社情民意或撤案之一，实为“%s”", outcome))
		}
		if s.Action != 0 {
			add(cOutcome, s)
		}
	}
	if stop != nil {
		return nil, stop
	}
	if d, e := rec.date(cKeyDate); !ok(e) {
		return nil, stop
	} else if !d.IsZero() {
		by := rec.get(cKeyBy)
		if by == "" {
			by = decider
		}
		add(cKeyDate, proposal.Step{Action: proposal.ActionMarkKey, Date: d, Actor: by})
	}
	if err := readHandling(rec, pr, office, leadActor, add); err != nil {
		return nil, err
	}
	pr.state = rec.get(cState)
	return pr, nil
}

// readHandling reads the steps after review: 交办, 转交, 督办, 答复, 反馈
// and 办结.
func readHandling(rec record, pr *proposalRow, office, leadActor string, add func(string, proposal.Step)) error {
	assigned, err := rec.date(cAssigned)
	if err != nil {
		return err
	}
	deadline, err := rec.date(cDeadline)
	if err != nil {
		return err
	}
	var units []proposal.Unit
	var replying []string
	for _, g := range []struct {
		col  string
		role proposal.Role
	}{{cLeadUnit, proposal.Lead}, {cAssisting, proposal.Assisting}, {cSeparate, proposal.Separate}} {
		for _, n := range splitList(rec.get(g.col)) {
			units = append(units, proposal.Unit{Name: n, Role: g.role, Deadline: deadline})
			if g.role != proposal.Assisting {
				replying = append(replying, n)
			}
		}
	}
	switch {
	case assigned.IsZero() && len(units) > 0:
		return rec.fail(cAssigned, nil, "已填写承办单位，应填写交办日期")
	case !assigned.IsZero() && len(units) == 0:
		return rec.fail(cLeadUnit, nil, "有交办日期（%s），应填写主办单位或分办单位", assigned)
	case !assigned.IsZero():
		add(cAssigned, proposal.Step{Action: proposal.ActionAssign, Date: assigned, Actor: or(rec.get(cAssigner), office), Units: units})
	}
	if d, err := rec.date(cForwarded); err != nil {
		return err
	} else if !d.IsZero() {
		add(cForwarded, proposal.Step{Action: proposal.ActionForward, Date: d, Actor: office, To: rec.get(cForwardTo)})
	}
	if d, err := rec.date(cSupervised); err != nil {
		return err
	} else if !d.IsZero() {
		add(cSupervised, proposal.Step{Action: proposal.ActionSupervise, Date: d, Actor: or(rec.get(cSuperviser), office), Leader: rec.get(cLeader)})
	}

	// Replies: one date and one grade per replying unit (主办, then 分办),
	// in column order, “—” for a unit that has not replied; a single date
	// may stand for all.
	dates, grades := splitList(rec.get(cReplied)), splitList(rec.get(cGrade))
	if len(dates) > 0 || len(grades) > 0 {
		if len(dates) == 1 && len(replying) > 1 && len(grades) == len(replying) {
			for len(dates) < len(replying) {
				dates = append(dates, dates[0])
			}
		}
		if len(dates) != len(replying) || len(grades) != len(replying) {
			return rec.fail(cReplied, nil, "应按答复单位（%d个：主办和分办单位）各写一个答复日期和答复类别（未答复的写“—”），实为%d个日期、%d个类别", len(replying), len(dates), len(grades))
		}
		for i, u := range replying {
			if pending(dates[i]) != pending(grades[i]) {
				return rec.fail(cGrade, nil, "“%s”的答复日期和答复类别应同时填写或同时写“—”", u)
			}
			if pending(dates[i]) {
				continue
			}
			d, err := parseDate(dates[i])
			if err != nil {
				return rec.fail(cReplied, err, "“%s”应为日期（如2022-01-08）", dates[i])
			}
			var g proposal.Grade
			if err := g.UnmarshalText([]byte(grades[i])); err != nil {
				return rec.fail(cGrade, err, "应为A、B、C或D，实为“%s”", grades[i])
			}
			add(cReplied, proposal.Step{Action: proposal.ActionReply, Date: d, Actor: u, Unit: u, Grade: g})
		}
	}
	if d, err := rec.date(cFeedback); err != nil {
		return err
	} else if !d.IsZero() {
		s, err := enum[proposal.Satisfaction](rec, cSatisfied, "满意、基本满意、不满意")
		if err != nil {
			return err
		}
		add(cFeedback, proposal.Step{Action: proposal.ActionFeedback, Date: d, Actor: leadActor, Satisfaction: s})
	}
	if d, err := rec.date(cClosed); err != nil {
		return err
	} else if !d.IsZero() {
		add(cClosed, proposal.Step{Action: proposal.ActionClose, Date: d, Actor: office})
	}
	return nil
}

// enumShort is enum with short forms mapped to full names first.
func enumShort[T any, P textEnum[T]](rec record, header string, short map[string]string, want string) (T, error) {
	if full, ok := short[rec.get(header)]; ok {
		var v T
		if err := P(&v).UnmarshalText([]byte(full)); err == nil {
			return v, nil
		}
	}
	return enum[T, P](rec, header, want)
}

// or returns s, or def when s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// pending reports whether a reply list item marks a unit that has not
// replied.
func pending(s string) bool { return s == "—" || s == "-" || s == "未答复" }
