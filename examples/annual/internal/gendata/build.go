package main

import (
	"bytes"
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/summary"
)

// committee is the committee whose records these are.
func committee() lvzhi.Committee {
	return lvzhi.Committee{
		Name:      "政协青山县委员会",
		ShortName: "县政协",
		Level:     lvzhi.LevelCounty,
		Term:      11,
		TermDates: lvzhi.DateRange{From: day(2021, 1, 1), To: day(2025, 12, 31)},
		Superior:  "市政协",
	}
}

// years are the years recorded.
var years = []int{2022, 2023}

// day returns the date y-m-d of a constant in this program.
func day(y int, m time.Month, d int) lvzhi.Date { return lvzhi.MustDate(y, m, d) }

// seq is a fixed pseudo-random sequence (xorshift), so that the records
// vary without depending on anything outside the program.
type seq uint64

// next returns a number in [0, n).
func (s *seq) next(n int) int {
	x := uint64(*s)
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	*s = seq(x)
	return int(x % uint64(n))
}

// chance reports true about pct times in 100.
func (s *seq) chance(pct int) bool { return s.next(100) < pct }

// build builds every record and checks the whole.
func build() (*summary.Records, error) {
	c := committee()
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("政协：%w", err)
	}
	ms := buildMembers()
	sessions := buildSessions(ms)
	var rules proposal.Rules
	var props []*proposal.Proposal
	for _, y := range years {
		ps, err := buildProposals(rules, ms, y, len(props))
		if err != nil {
			return nil, fmt.Errorf("%d年提案：%w", y, err)
		}
		props = append(props, ps...)
	}
	topics, err := buildTopics(ms)
	if err != nil {
		return nil, fmt.Errorf("调研课题：%w", err)
	}
	rec := &summary.Records{
		Committee:     c,
		ProposalRules: rules,
		Members:       ms.list,
		Sessions:      sessions,
		Proposals:     props,
		Topics:        topics,
		Activities:    buildActivities(ms),
	}
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
