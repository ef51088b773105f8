package main

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/research"
)

// IDs of the research topics.
const (
	idTopicFood    lvzhi.TopicID = "topic-2022-food-park"
	idTopicSchools lvzhi.TopicID = "topic-2022-school-groups"
	idTopicHousing lvzhi.TopicID = "topic-2022-old-communities"
)

// advance is one phase step of a topic.
type advance struct {
	phase research.Phase
	on    lvzhi.Date
	note  string
}

// buildTopics returns the research topics, their phases recorded through
// Topic.Advance and each checked against isChair (the leader rule).
func buildTopics(isChair func(lvzhi.MemberID, lvzhi.Date) bool) ([]research.Topic, error) {
	year := days(day(2022, 3, 15), day(2022, 12, 31))
	plan := func(prep lvzhi.Date) []research.Milestone {
		return []research.Milestone{
			{Phase: research.PhaseApproved, Due: chairs9Date},
			{Phase: research.PhasePreparing, Due: prep},
			{Phase: research.PhaseFieldwork, Due: day(2022, 8, 31)},
			{Phase: research.PhaseSymposium, Due: day(2022, 9, 30)},
			{Phase: research.PhaseDrafting, Due: day(2022, 10, 31)},
			{Phase: research.PhaseSubmitted, Due: day(2022, 11, 30)},
		}
	}
	type spec struct {
		topic research.Topic
		steps []advance
	}
	specs := []spec{
		{
			topic: research.Topic{
				ID: idTopicFood, Title: "建设特色食品产业园", ChosenAt: idChairs9, Key: true,
				Leader: "m001", Members: ids("m006", "m009", "m013", "m022", "m025"),
				Offices: []string{"经济委员会", "提案委员会"},
				Units:   []string{uDev, uIndustry, uCommerce},
				Span:    year, Plan: plan(day(2022, 4, 30)),
			},
			steps: []advance{
				{research.PhaseApproved, chairs9Date, "九届九次主席会议确定为重点调研课题，成立由主席牵头的课题调研组"},
				{research.PhasePreparing, day(2022, 4, 8), "查阅资料、制定调研考察方案"},
			},
		},
		{
			topic: research.Topic{
				ID: idTopicSchools, Title: "推进中小学集团化办学", ChosenAt: idChairs9, Key: true,
				Leader: "m003", Members: ids("m007", "m038", "m039", "m041"),
				Offices: []string{"教科卫体委员会"},
				Units:   []string{uEdu},
				Span:    year, Plan: plan(day(2022, 4, 30)),
			},
			steps: []advance{
				{research.PhaseApproved, chairs9Date, "九届九次主席会议确定为重点调研课题，成立由副主席牵头的课题调研组"},
				{research.PhasePreparing, day(2022, 4, 12), "查阅资料、制定调研考察方案"},
			},
		},
		{
			topic: research.Topic{
				ID: idTopicHousing, Title: "加强老旧小区改造后续管理", ChosenAt: idChairs10,
				Leader: "m004", Members: ids("m030", "m037", "m049"),
				Offices: []string{"社会和法制委员会"},
				Units:   []string{uHousing, uCivil},
				Span:    days(chairs10Date, day(2022, 12, 31)),
				Plan: []research.Milestone{
					{Phase: research.PhaseApproved, Due: chairs10Date},
					{Phase: research.PhasePreparing, Due: day(2022, 7, 31)},
					{Phase: research.PhaseFieldwork, Due: day(2022, 9, 30)},
					{Phase: research.PhaseDrafting, Due: day(2022, 11, 15)},
					{Phase: research.PhaseSubmitted, Due: day(2022, 12, 15)},
				},
			},
			steps: []advance{
				{research.PhaseApproved, chairs10Date, "九届十次主席会议同意列为年度调研课题"},
			},
		},
	}
	topics := make([]research.Topic, 0, len(specs))
	for _, s := range specs {
		t := s.topic
		for _, st := range s.steps {
			if err := t.Advance(st.phase, st.on, st.note); err != nil {
				return nil, err
			}
		}
		if err := t.CheckLeader(isChair); err != nil {
			return nil, fmt.Errorf("课题%s：%w", t.Title, err)
		}
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("课题%s：%w", t.Title, err)
		}
		topics = append(topics, t)
	}
	return topics, nil
}
