package main

import (
	"bytes"
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/summary"
)

// committee is the committee whose records these are.
func committee() lvzhi.Committee {
	return lvzhi.Committee{
		Name:      "政协柳州市某区委员会",
		ShortName: "区政协",
		Level:     lvzhi.LevelCounty,
		Term:      9,
		TermDates: termDates,
		Superior:  "市政协",
	}
}

// build builds every record and checks the whole with
// [summary.Records.Validate].
func build() (*summary.Records, error) {
	c := committee()
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("政协：%w", err)
	}
	members, roster, err := buildMembers(c.TermDates)
	if err != nil {
		return nil, fmt.Errorf("委员：%w", err)
	}
	sessions, err := buildSessions(c)
	if err != nil {
		return nil, fmt.Errorf("会议：%w", err)
	}
	var rules proposal.Rules
	props, err := buildProposals(rules, c.Superior)
	if err != nil {
		return nil, fmt.Errorf("提案：%w", err)
	}
	isChair := func(id lvzhi.MemberID, on lvzhi.Date) bool {
		m, ok := roster.Get(id)
		return ok && (m.HasPost(member.RoleChair, on) || m.HasPost(member.RoleViceChair, on))
	}
	topics, err := buildTopics(isChair)
	if err != nil {
		return nil, fmt.Errorf("调研课题：%w", err)
	}
	acts, err := buildActivities()
	if err != nil {
		return nil, fmt.Errorf("活动：%w", err)
	}
	rec := &summary.Records{
		Committee:     c,
		LocalSectors:  localSectors(),
		ProposalRules: rules,
		Members:       members,
		Sessions:      sessions,
		Proposals:     props,
		Topics:        topics,
		Activities:    acts,
	}
	rec.Duties = keptDuties(rec)
	if err := rec.Validate(); err != nil {
		return nil, err
	}
	return rec, nil
}

// generate returns the records as written to the data file.
func generate() ([]byte, error) {
	rec, err := build()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := rec.Save(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
