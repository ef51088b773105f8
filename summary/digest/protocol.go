package digest

import (
	"slices"
	"strings"
)

// Protocol returns a copy of bodies in protocol order (礼宾顺序): the
// Party committee (区委, 中共某区委员会, 党委), then the people's congress
// (人大), the government (政府), the 政协, the court (法院) and the
// procuratorate (检察院), then any other body in the given order.
func Protocol(bodies []string) []string {
	out := slices.Clone(bodies)
	slices.SortStableFunc(out, func(a, b string) int { return protocolRank(a) - protocolRank(b) })
	return out
}

// ProtocolList splits a list written with 顿号 (区政府、区人大、区政协), puts
// it in protocol order and joins it again: 区人大、区政府、区政协.
func ProtocolList(list string) string {
	return strings.Join(Protocol(strings.Split(list, "、")), "、")
}

// Conveners writes the bodies that convene a meeting together in
// protocol order, naming a people's congress written bare (区人大) by the
// body that acts for it between its sessions, its standing committee:
// 区政府、区人大、区政协 → 区人大常委会、区政府、区政协.
func Conveners(list string) string {
	bodies := Protocol(strings.Split(list, "、"))
	for i, b := range bodies {
		if strings.HasSuffix(b, "人大") {
			bodies[i] = b + "常委会"
		}
	}
	return strings.Join(bodies, "、")
}

// protocolRank ranks a body by the rules of [Protocol].
func protocolRank(b string) int {
	switch {
	case strings.Contains(b, "人大"):
		return 1
	case strings.Contains(b, "政府"):
		return 2
	case strings.Contains(b, "政协"):
		return 3
	case strings.Contains(b, "法院"):
		return 4
	case strings.Contains(b, "检察院"):
		return 5
	case strings.HasPrefix(b, "中共"), strings.Contains(b, "党委"), partyCommittee(b):
		return 0
	}
	return 6
}

// partyCommittee reports whether b is a short name of a Party committee:
// 区委, 柳州市委, but not 团市委 or 纪委.
func partyCommittee(b string) bool {
	for _, s := range []string{"区委", "市委", "县委", "省委", "州委", "旗委"} {
		if strings.HasSuffix(b, s) && !strings.Contains(b, "团") && len([]rune(b)) <= 5 {
			return true
		}
	}
	return false
}
