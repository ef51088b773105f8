package member_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

func d(y int, m time.Month, day int) lvzhi.Date { return lvzhi.MustDate(y, m, day) }

// fixture returns five valid members. Their identity numbers were computed
// by hand with the GB 11643 check character and agree with birth date and
// gender.
func fixture() []member.Member {
	year := member.Tenure{Start: d(2022, 1, 1), End: d(2022, 12, 31)}
	return []member.Member{
		{ID: "m1", Name: "张伟", Gender: member.Male, Ethnicity: "汉族", BirthDate: d(1970, 5, 1),
			IDNumber: "45020219700501011X", Party: member.PartyDemocraticLeague, Sector: member.SectorDemocraticLeague,
			Posts:  []member.Post{{Role: member.RoleViceChair, Tenure: member.Tenure{Start: d(2021, 1, 10)}}},
			Groups: []member.GroupMembership{{Group: "科技组", Role: member.GroupLeader, Tenure: year}}},
		{ID: "m2", Name: "李娜", Gender: member.Female, Ethnicity: "壮族", BirthDate: d(1985, 3, 12),
			IDNumber: "450202198503120025", Party: member.PartyCPC, Sector: member.SectorCPC,
			Groups: []member.GroupMembership{{Group: "社会组", Role: member.GroupMember, Tenure: year}}},
		{ID: "m3", Name: "王强", Gender: member.Male, Ethnicity: "汉族", BirthDate: d(1960, 11, 20),
			IDNumber: "450202196011200134", Party: member.PartyNonParty, Sector: member.SectorEconomy,
			NonPublicEconomy: true,
			Posts:            []member.Post{{Role: member.RoleStandingMember, Tenure: member.Tenure{Start: d(2021, 1, 10), End: d(2022, 6, 30)}}},
			Groups:           []member.GroupMembership{{Group: "科技组", Role: member.GroupMember, Tenure: year}}},
		{ID: "m4", Name: "陈静", Gender: member.Female, Ethnicity: "瑶族", BirthDate: d(1990, 8, 8),
			IDNumber: "450202199008080243", Party: member.PartyMasses, Sector: "特邀人士",
			Groups: []member.GroupMembership{{Group: "社会组", Role: member.GroupLeader, Tenure: year}}},
		{ID: "m5", Name: "丁一", Gender: member.Male, BirthDate: d(1955, 12, 31),
			IDNumber: "450202195512310353", Party: member.PartyJiuSan, Sector: member.SectorEconomy},
	}
}

// localSectors is the registry of the fixture: national plus 特邀人士.
func localSectors() member.Sectors { return member.MustSectors("特邀人士") }

func fixtureRoster(t testing.TB) *member.Roster {
	t.Helper()
	r, err := member.NewRosterOf(localSectors(), fixture()...)
	require.NoError(t, err)
	return r
}

func names(ms []member.Member) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
	}
	return out
}
