package research

import "slices"

// Phase is the phase a research topic (调研课题) has reached. Phases move
// forward one at a time; the only step that may be skipped is
// [PhaseSymposium] (座谈), for topics whose findings are discussed in the
// field. A phase never goes back. The zero Phase means the topic has not
// yet been approved; the only phase that may follow it is [PhaseApproved].
type Phase int

// The phases of a research topic, in order.
const (
	// PhaseApproved: the topic was chosen by the chairpersons' meeting
	// (立项). Next: PhasePreparing.
	PhaseApproved Phase = iota + 1 // 立项
	// PhasePreparing: the team reads up and draws up its plan (准备：查阅资料、
	// 制定方案). Next: PhaseFieldwork.
	PhasePreparing // 准备
	// PhaseFieldwork: field research and inspection visits (实地调研、视察).
	// Next: PhaseSymposium, or PhaseDrafting when no 座谈 is held.
	PhaseFieldwork // 实地调研
	// PhaseSymposium: discussion meetings with departments and members
	// (座谈). Next: PhaseDrafting.
	PhaseSymposium // 座谈
	// PhaseDrafting: the report is being written (撰写报告). Next:
	// PhaseSubmitted.
	PhaseDrafting // 撰写报告
	// PhaseSubmitted: the report was sent to the Party committee and the
	// government (报送). Next: PhaseApplied.
	PhaseSubmitted // 报送
	// PhaseApplied: the results are being put to use (成果转化): leaders'
	// instructions, suggestions adopted. Final: no phase follows.
	PhaseApplied // 成果转化
)

var phaseNames = []string{"", "立项", "准备", "实地调研", "座谈", "撰写报告", "报送", "成果转化"}

// String returns the Chinese name of p ("实地调研"), "未立项" for the zero
// Phase, or "Phase(n)" out of range.
func (p Phase) String() string {
	if p == 0 {
		return "未立项"
	}
	return enumName(phaseNames, "Phase", int(p))
}

// IsValid reports whether p is one of the defined phases (not the zero
// Phase).
func (p Phase) IsValid() bool { return p >= PhaseApproved && p <= PhaseApplied }

// Next returns the phases that may follow p, in order; nil for
// [PhaseApplied] and for values out of range.
func (p Phase) Next() []Phase {
	switch {
	case p == 0:
		return []Phase{PhaseApproved}
	case p == PhaseFieldwork:
		return []Phase{PhaseSymposium, PhaseDrafting}
	case p >= PhaseApproved && p < PhaseApplied:
		return []Phase{p + 1}
	}
	return nil
}

// CanAdvance reports whether a topic in phase p may move to phase q.
func (p Phase) CanAdvance(q Phase) bool { return slices.Contains(p.Next(), q) }

// MarshalText writes the exact Chinese name of p.
func (p Phase) MarshalText() ([]byte, error) {
	return enumText(phaseNames, "课题阶段", "Phase", int(p))
}

// UnmarshalText accepts exactly the names written by [Phase.MarshalText].
func (p *Phase) UnmarshalText(b []byte) error {
	n, err := enumParse(phaseNames, "课题阶段", b)
	if err != nil {
		return err
	}
	*p = Phase(n)
	return nil
}
